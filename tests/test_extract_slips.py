"""Table tests for the families of extraction slips seen on real copy (issue 10, point 7).

Every sentence here is invented, in the phrasing of its family."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from tests.conftest import claims_of

N = None
# (text, kind, claim text, value, low, high): the one claim of that kind the text must give
FIGURES = [
    # millimetres and metres, not millions
    ("He shot it on a 35mm film camera.", "measure", "35mm", 35, 35, 35),
    ("Officers found a 9mm pistol in the car.", "measure", "9mm", 9, 9, 9),
    ("The army moved 120mm guns to the border.", "measure", "120mm", 120, 120, 120),
    ("The fund raised $35mm last year.", "money", "$35mm", 35000000, 34500000, 35500000),
    ("She retained her 5,000m title in Paris.", "measure", "5,000m", 5000, 5000, 5000),
    ("He broke the world 1,500m record.", "measure", "1,500m", 1500, 1500, 1500),
    ("He won the 400m hurdles at the trials.", "measure", "400m", 400, 400, 400),
    ("The bank lent a further £1,200m to the group.", "money", "£1,200m", 1200000000, 1150000000, 1250000000),
    ("The site now has 5m users.", "count", "5m", 5000000, 4500000, 5500000),
    ("The fund has handed out £25m in three years.", "money", "£25m", 25000000, 24500000, 25500000),
    ("It will take $5m of public money.", "money", "$5m", 5000000, 4500000, 5500000),
    ("The 35mm print was found.", "measure", "35mm", 35, 35, 35),
    ("The chain of 35 M&S stores closed.", "count", "35", 35, 35, 35),
    ("His run in the 800m also won him a medal.", "measure", "800m", 800, 800, 800),
    ("He lowered his 200m best again.", "measure", "200m", 200, 200, 200),
    ("The firm's 5m users were told.", "count", "5m", 5000000, 4500000, 5500000),
    ("He took the triple jump at 6.63m, a record.", "measure", "6.63m", F(663, 100), F(663, 100), F(663, 100)),
    ("He cleared 2.31m to take the title.", "measure", "2.31m", F(231, 100), F(231, 100), F(231, 100)),
    ("The court fined it 1.47m yuan.", "money", "1.47m yuan", 1470000, 1465000, 1475000),
    ("The network has 1.25m subscribers.", "count", "1.25m", 1250000, 1245000, 1255000),
    # pounds as a weight before a noun
    ("An 800-pound vehicle rolled down the hill.", "measure", "800-pound", 800, 800, 800),
    ("The jet dropped a 2,000-pound bomb on the depot.", "measure", "2,000-pound", 2000, 2000, 2000),
    ("They lifted a 300-pound safe onto the lorry.", "measure", "300-pound", 300, 300, 300),
    ("She found a five-pound note in the street.", "money", "five-pound", 5, 5, 5),
    ("He was handed a 20-pound fine for littering.", "money", "20-pound", 20, 20, 20),
    # age groups and decades of life
    ("Free travel for the over-65s will go on.", "age", "over-65s", 65, 65, N),
    # an age said of a person: a pronoun or 'who' and 'was', 'is', 'turned'; 'died at'
    ("Her mother died when she was 49.", "age", "49", 49, 49, 49),
    ("The singer left school in 1970. She was 16.", "age", "16", 16, 16, 16),
    ("He turned 40 in May and retired.", "age", "40", 40, 40, 40),
    ("The boy, who was 17 at the time, was not named.", "age", "17", 17, 17, 17),
    ("The poet died at 56, in Paris.", "age", "56", 56, 56, 56),
    ("I was 12 when the war began.", "age", "12", 12, 12, 12),
    ("The scheme is closed to under-18s.", "age", "under-18s", 18, N, 18),
    ("He was picked for England Under-21s again.", "age", "Under-21s", 21, N, 21),
    ("Tickets for the over 50s cost less.", "age", "over 50s", 50, 50, N),
    ("A driver in his 30s was held.", "age", "his 30s", 30, 30, 40),
    ("She left school in her late teens and was in her early 20s by then.", "age", "her early 20s", 20, 20, 30),
    # a name, a comma, a number and a comma: an age
    ("Bellamy, 25, was hurt in the second tackle.", "age", "25", 25, 25, 25),
    ("The singer, 34, said she would appeal.", "age", "34", 34, 34, 34),
    ("Mr Okafor, 61, has denied the charges.", "age", "61", 61, 61, 61),
    ("The cast includes Ann Lee, 12.", "age", "12", 12, 12, 12),
    # a level crossed is a level, not a change
    ("Inflation fell below 2% in May.", "percent", "below 2%", 2, N, 2),
    ("Unemployment rose above 8% last year.", "percent", "above 8%", 8, 8, N),
    ("Turnout dropped under 40% for the first time.", "percent", "under 40%", 40, N, 40),
    ("Sales fell by under 10% in the year.", "change", "fell by under 10%", -10, -10, N),
    ("Shares fell almost 10% on the news.", "change", "fell almost 10%", -10, -10, -9),
    # a verb that changes the level it names: a change, not a range
    ("The plan would raise the pension age from 60 to 65.", "change", "raise the pension age from 60 to 65", 5, 5, 5),
    ("The board lifted its stake from 20 to 30 shops.", "change", "lifted its stake from 20 to 30", 10, 10, 10),
    ("Ministers want to extend the ban from 10 to 14 days.", "change", "extend the ban from 10 to 14 days", 4, 4, 4),
    # a verb that changes its object by a share: the change is "by" and its size
    ("The firm will raise its standard tariff by 12 per cent from January.", "change", "by 12 per cent", 12, F(23, 2), F(25, 2)),
    ("The council cut bus fares by 5% in May.", "change", "by 5%", -5, F(-11, 2), F(-9, 2)),
    ("Ofgem lowered the price cap by about 3 per cent.", "change", "by about 3 per cent", -3, F(-7, 2), F(-5, 2)),
    ("Ministers boosted the schools budget by 4.5% this year.", "change", "by 4.5%", F(9, 2), F(89, 20), F(91, 20)),
    ("Between 60 and 65 people were there.", "range", "Between 60 and 65", F(125, 2), 60, 65),
    ("Prices ran from 7 to 10 in the zone.", "range", "from 7 to 10", F(17, 2), 7, 10),
    # 'between' before a currency sign: both ends in that currency
    ("It hopes to cut costs by between £190m and £265m a year.", "range", "between £190m and £265m", 227500000, 190000000, 265000000),
    ("Tickets cost between $5 and $10.", "range", "between $5 and $10", F(15, 2), 5, 10),
    ("The deal is worth between $2bn and $3bn.", "range", "between $2bn and $3bn", 2500000000, 2000000000, 3000000000),
    ("Between €5 and €8 million was spent.", "range", "Between €5 and €8 million", 6500000, 5000000, 8000000),
    # a half inside a number: the duration is the whole
    ("He was on crutches for three and a half months.", "duration", "three and a half months", F(7, 2), F(7, 2), F(7, 2)),
    ("The talks lasted two and a half hours.", "duration", "two and a half hours", F(5, 2), F(5, 2), F(5, 2)),
    ("It took half an hour.", "duration", "half an hour", F(1, 2), F(1, 2), F(1, 2)),
    # 'only one' before a noun is a count
    ("Only one episode has been shown so far.", "count", "one", 1, 1, 1),
    ("They had only one goalkeeper fit.", "count", "one", 1, 1, 1),
    # 'one of every nine': a rate, like 'one in nine'
    ("About one of every nine drivers is uninsured.", "ratio", "About one of every nine", F(1, 9), F(1, 10), F(11, 90)),
    ("One out of every five homes was damaged.", "ratio", "One out of every five", F(1, 5), F(2, 11), F(2, 9)),
    ("Only one in every ten bids succeeds.", "ratio", "one in every ten", F(1, 10), F(2, 21), F(2, 19)),
    # glued codes, hours
    ("The winners get 3 USD50 vouchers.", "money", "USD50", 50, 50, 50),
    ("The relay lasted 24 h in all.", "duration", "24 h", 24, 24, 24),
]


@pytest.mark.parametrize(("text", "kind", "claim", "value", "low", "high"), FIGURES, ids=[r[0] for r in FIGURES])
def test_figure(text: str, kind: str, claim: str, value: object, low: object, high: object) -> None:
    found = [c for c in claims_of(text) if c.kind == kind]
    assert [c.text for c in found] == [claim]
    assert (found[0].value, found[0].low, found[0].high) == (value, low, high)


# (text, words): no claim other than a date may hold these words
NOT_FIGURES = [
    # numbers inside names
    ("AlphaGo Zero beat the champion in three days.", "Zero"),
    ("The campaign group Article 19 said the law was too wide.", "19"),
    ("State channel Rossiya 24 showed the ceremony.", "24"),
    ("She said on BBC Radio Five Live that she would retire.", "Five"),
    ("Wales open their Six Nations campaign in Cardiff.", "Six"),
    ("The studio is making The Fantastic Four again.", "Four"),
    ("The release of Media Player 10 was delayed.", "10"),
    ("It was the console maker's answer to the PlayStation 2 launch.", "2"),
    ("The firm filed for Chapter 11 protection on Monday.", "11"),
    ("The engineers built the Three Gorges Dam.", "Three"),
    ("The chain sells the Quarter Pounder and salads.", "Quarter"),
    ("They drank at the Half Moon pub in Leeds.", "Half"),
    # codes
    ("North Korea tested a Hwasong-15 missile.", "15"),
    ("The air force bought more F-16 jets.", "16"),
    ("The song was a top-10 hit in France.", "10"),
    ("The galaxy J1149.5+6663 was brighter.", "6663"),
    ("Dividing by zero, as in 1/0, is undefined.", "0"),
    ("Operators paid billions for 3G licences.", "3G"),
    ("The song went straight in at #1 last week.", "1"),
    ("He signed the communiqu&#233; on Friday.", "233"),
    ("The council cited UN resolution 1441 again.", "1441"),
    ("Passengers on flight 93 fought back.", "93"),
    ("The rule is set out in section 28 of the act.", "28"),
    # ordinals after an article
    ("Labour is seeking a third term.", "third"),
    ("A third Space-Cat film is being made.", "third"),
    ("It was a fifth consecutive monthly rise.", "fifth"),
    # ranks and stages of play
    ("The single went in at number two.", "two"),
    ("She is the world number one.", "one"),
    ("They scored twice in the second half.", "half"),
    ("The score was level at half-time.", "half"),
    ("They reached a quarter-final for the first time.", "quarter"),
    ("The Leicester fly-half kicked four goals.", "half"),
    ("She ran a half-marathon in Lisbon.", "half"),
    ("He met his half-brother for the first time.", "half"),
    ("They scored once in each half.", "half"),
    # a leading zero makes a code; a year before a noun stays a year
    ("He is tipped to play 007 in the next film.", "007"),
    ("Call 0800 555 0100 for details.", "0800"),
    ("Stocks remain below their 2004 levels.", "2004"),
    ("The unbeaten 1967 tourists drew only once.", "1967"),
    # pronouns
    ("He saved two break points and then earned one himself.", "one"),
    ("She might play the queen in one, the maid in the next.", "one"),
    ("It is one of raising standards for all.", "one"),
    # 'one' after an article and an adjective, in idioms and in compounds
    ("The switch to Derby would be a costly one for her.", "one"),
    ("The treaty was the most significant one since the war.", "one"),
    ("Her debut was an impressive one, the critics agreed.", "one"),
    ("The two leaders held a one-on-one meeting.", "one"),
    ("She gave one-to-one lessons each week.", "one"),
    ("The payment was a one-off.", "one"),
    ("If there's one thing voters hate, it is a tax rise.", "one"),
    ("It is one thing to promise and another to deliver.", "one"),
    ("At one point the crowd fell silent.", "one"),
    # 'twice', 'double' and 'doubles' that multiply nothing; 'one day' as some day; 'no-one'
    ("You should think twice before lending money.", "twice"),
    ("They meet twice a week.", "twice"),
    ("The camera also doubles up as a music player.", "doubles"),
    ("She won the doubles title in Paris.", "doubles"),
    ("They lost in the men's doubles.", "doubles"),
    ("The team got back into double figures.", "double"),
    ("One day, he hoped, the wall would fall.", "One day"),
    ("One day she will be president.", "One day"),
    ("The plan can benefit the country one day.", "one day"),
    ("No-one present would ever forget it.", "one"),
    ('"The mood is calm," said one Paris-based trader.', "one"),
    ("According to one estimate, 300 people died.", "one"),
    ("A draw \u201cwould be one hell of a result,\u201d she said.", "one"),
    ("The mayor is doubling down on her plan.", "doubling"),
    ("The school doubled as a shelter.", "doubled"),
    # ordinals written out
    ("It was the seventy-third anniversary of the battle.", "seventy"),
    ("It was the twenty fifth time he had won.", "twenty"),
    ("The fair is now in its twenty-second season.", "twenty"),
    # decades are no seconds
    ("Rents rose in the late 1990s.", "1990s"),
    ("In the mid-70s the band played every week.", "70s"),
    # the 'a day' of a rate is no duration
    ("The field pumps 60,000 barrels a day.", "a day"),
    ("The plant will build 150,000 cars a year.", "a year"),
    ("The port ships 5 million tonnes of grain a year.", "a year"),
    ("Staff were paid £5 a week more.", "a week"),
    # "the quarter" of a trading year: three months, not a share
    ("Profit rose 8% in the quarter, the bank said.", "quarter"),
    ("The quarter saw sales fall at all three chains.", "quarter"),
    ("Margins held up over the quarter.", "quarter"),
    ("Revenue in the fiscal quarter beat forecasts.", "quarter"),
    ("Each quarter the fund pays a dividend.", "quarter"),
]


@pytest.mark.parametrize(("text", "words"), NOT_FIGURES, ids=[r[0] for r in NOT_FIGURES])
def test_not_a_figure(text: str, words: str) -> None:
    assert [c.text for c in claims_of(text) if c.kind not in {"date", "period"} and words in c.text] == []


# (text, words): no claim of any kind, a date included, may hold these words
NO_CLAIMS = [
    # days and idioms written with a slash
    ("Security was tightened after 9/11.", "9/11"),
    ("The 9/11 attacks changed the city.", "9/11"),
    ("The 7/7 bombings shook London.", "7/7"),
    ("The help desk is open 24/7.", "24/7"),
    # emergency lines and street numbers
    ("A neighbour called 911 when she heard shots.", "911"),
    ("The 911 caller said the man was armed.", "911"),
    ("He dialled 999 and waited for an ambulance.", "999"),
    ("Officers received a 999 call at dawn.", "999"),
    ("The minister spoke outside 10 Downing Street.", "10"),
    ("Protesters gathered at 1600 Pennsylvania Avenue.", "1600"),
    # versions of a named product, and the versions listed after one
    ("The flaw affects PCs with Windows 2000, 95, 98 and Server 2003.", "2000"),
    ("The flaw affects PCs with Windows 2000, 95, 98 and Server 2003.", "95"),
    ("The flaw affects PCs with Windows 2000, 95, 98 and Server 2003.", "98"),
    ("The flaw affects PCs with Windows 2000, 95, 98 and Server 2003.", "2003"),
    ("It runs on Windows XP and Windows 2000.", "2000"),
    ("The phone runs Android 8.1 and costs $300.", "8.1"),
]


@pytest.mark.parametrize(("text", "words"), NO_CLAIMS, ids=[f"{r[0]} {r[1]}" for r in NO_CLAIMS])
def test_no_claim(text: str, words: str) -> None:
    assert [c.text for c in claims_of(text) if words in c.text] == []


# (text, kind, claim text): figures next to the slips above that must stay (None: no claim of that kind)
STILL_FIGURES = [
    ("Six people died in the blast.", "count", "Six"),
    ("The total was 56 in the end.", "count", "56"),  # no person: no age
    ("The score was 12 when the rain came.", "count", "12"),
    ("It is 40 miles from the coast.", "measure", "40 miles"),
    ("Police arrested 25 people.", "count", "25"),
    ("About 40 people came.", "count", "About 40"),
    ("Seven, 25, and 30 were the numbers drawn.", "count", "30"),
    ("Of the 40 schools, 25, or more than half, replied.", "count", "25"),
    ("There were twenty-five of them.", "count", "twenty-five"),
    ("One person died.", "count", "One"),
    ("NEWS IN BRIEF Three people were hurt.", "count", "Three"),
    ("The show was a half-hour special.", "duration", "a half-hour"),
    ("The party won 2000 votes there.", "count", "2000"),
    ("The drive holds 10G of data.", "count", "10G"),
    ("He beat Lisa Raymond 7-5 in the final set.", "count", "7"),
    ("Profits were £125m a year earlier.", "duration", "a year"),
    ("Flights were held up for an hour.", "duration", "an hour"),
    ("The wait took 30 seconds.", "duration", "30 seconds"),
    ("one in five victims", "ratio", "one in five"),
    ("half of all victims", "ratio", "half"),
    ("Costs were cut by a third in May.", "change", "cut by a third"),
    ("A third of the staff left.", "ratio", "A third"),
    ("The price rose by about a third, they said.", "change", "rose by about a third"),
    ("He is the only one who knew.", "count", N),
    ("He said that only one person died.", "count", "one"),
    # 'one of the three men' picks out one man: the three are the figure, no share
    ("One of the three men was later released.", "ratio", N),
    ("One of the three men was later released.", "count", "three"),
    ("He was one of four candidates on the ballot.", "count", "four"),
    ("She is one of 12 children.", "count", "12"),
    ("Two of the three men were released.", "ratio", "Two of the three"),
    # multipliers: 'twice as', verbs 'to double', 'will triple'; spans of one day and a full year
    ("The battery is twice as large as any other.", "multiplier", "twice"),
    ("The city spends more than twice as much as its neighbours.", "multiplier", "more than twice"),
    ("It costs twice the price of the old model.", "multiplier", "twice"),
    ("Nigeria hopes to triple cocoa output within three years.", "multiplier", "triple"),
    ("The firm will double its workforce.", "multiplier", "double"),
    ("Oil output doubles every decade.", "multiplier", "doubles"),
    ("He was suspended for one day.", "duration", "one day"),
    ("The strike lasted one day.", "duration", "one day"),
    ("One day later the talks resumed.", "duration", "One day"),
    ("Half of voters backed the plan.", "ratio", "Half"),
    ("A third of MPs, Labour said, backed it.", "ratio", "A third"),
    ("Officials said one man was arrested.", "count", "one"),
    ("Sales doubled as prices fell.", "multiplier", "doubled"),
    # four digits before 1800 that count
    ("The flood resulted in 1500 deaths.", "count", "1500"),
    ("A crowd of 1713 people watched.", "count", "1713"),
    ("The club sold a total of 1713.", "count", "1713"),
    # numbers like the names above that still count or date
    ("The firm cut 999 jobs.", "count", "999"),
    ("The museum had 911 visitors.", "count", "911"),
    ("Only 3/4 of them voted.", "ratio", "3/4"),
    ("Sales will recover by Christmas 2004.", "date", "2004"),
    ("In 2004, 35 people died.", "count", "35"),
    ("The phone costs $300 and weighs 8.1 ounces.", "measure", "8.1 ounces"),
    ("A further one million people were affected.", "count", "one million"),
    ("The bombing that killed one soldier was condemned.", "count", "one"),
    ("Only one thing went wrong.", "count", "one"),
    ("They signed a one-year deal.", "duration", "one-year"),
    # a move by its size, then its level, is no range: "closed up $3.15 to $47.90"
    ("Light crude closed up $3.15 to $47.90 a barrel.", "range", N),
    ("Shares fell 3p to 120p in early trading.", "range", N),
    ("Brent rose by $1.10 to $44.30 in London.", "range", N),
    ("Sales jumped £2m to £14m last year.", "range", N),
    ("Sales jumped £2m to £14m last year.", "money", "£14m"),
    ("Norvia fell $24.17 to $31.42 in Sao Paulo.", "range", N),  # to the cent: a move and a level, however close
    ("Shares fell $1.27 to $3.40 in late trade.", "range", N),
    ("Shares fell $1.27 to $3.40 in late trade.", "money", "$3.40"),
    # ... while a range after a move or a cut stays one
    ("Prices ranged from $3.15 to $47.90 a barrel.", "range", "from $3.15 to $47.90"),
    ("The firm will cut 10 to 20 jobs.", "range", "10 to 20"),
    ("Prices rose 10 to 20 per cent.", "range", "10 to 20 per cent"),
    ("Oil is forecast to rise $3 to $5 a barrel.", "range", "$3 to $5"),
    ("Fares could go up $1 to $3 a trip.", "range", "$1 to $3"),
    ("Fares could go up $1.50 to $3.50 a trip.", "range", "$1.50 to $3.50"),
    # ... while a quarter of something stays a share
    ("A quarter of adults now work from home.", "ratio", "A quarter"),
    ("Sales fell by a quarter in May.", "change", "fell by a quarter"),
    ("The quarter of voters who backed him were young.", "ratio", "quarter"),
]


@pytest.mark.parametrize(("text", "kind", "claim"), STILL_FIGURES, ids=[r[0] for r in STILL_FIGURES])
def test_still_a_figure(text: str, kind: str, claim: str | None) -> None:
    found = [c.text for c in claims_of(text) if c.kind == kind]
    assert claim in found if claim else found == []


@pytest.mark.parametrize(("text", "claim", "value"), [
    ("Shares in Brell closed 4% higher at 230p.", "4% higher", 4),
    ("Brell's shares ended the session 11% lower.", "11% lower", -11),
    ("Prices were 3% lower than a year ago.", "3% lower", -3),
    ("Sales were about 5% up on last year.", "about 5% up", 5),
    ("Turnout was 3% down on 2022.", "3% down", -3),
])
def test_a_percentage_then_the_way_it_moved_is_a_change(text: str, claim: str, value: int) -> None:
    found = [(c.text, c.value) for c in claims_of(text) if c.kind == "change"]
    assert found == [(claim, value)]


@pytest.mark.parametrize("text", ["Only 20% up front is needed.", "A 10% down payment is required.", "Some 40% of people voted."])
def test_a_percentage_before_other_words_is_no_change(text: str) -> None:
    assert [c.text for c in claims_of(text) if c.kind == "change"] == []
