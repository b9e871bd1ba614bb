"""Families of phrasing read by the in-article checks (issue 11, point 4, rel7): for each family, invented slips its
check flags and correct copy it leaves quiet. Each table was written before its fix and failed without it."""

from __future__ import annotations

import pytest

from checker import builtins
from tests.conftest import claims_of

# (slip, its correct twin, the check that flags the slip)
PERIOD_DAYS_NO_YEAR = [
    ("The bridge is shut from 6 May to 24 June, a three-week closure.",
     "The bridge is shut from 3 June to 24 June, a three-week closure.", "builtin.period-length"),
    ("Trading was suspended from 1 February to 1 March, a six-week halt.",
     "Trading was suspended from 1 February to 1 March, a four-week halt.", "builtin.period-length"),
    ("The pool will be closed from 18 December to 8 January, a five-week refit.",
     "The pool will be closed from 18 December to 8 January, a three-week refit.", "builtin.period-length"),
    ("The exhibition runs from October 3 to October 10, a 12-day show.",
     "The exhibition runs from October 3 to October 14, a 12-day show.", "builtin.period-length"),
]
PERIOD_DECADES_HEDGED = [
    ("She sat on the bench from 2008 to 2013, about a decade.",
     "She sat on the bench from 2003 to 2013, about a decade.", "builtin.period-length"),
    ("From 1975 to 1983, almost two decades, the mine was the town's biggest employer.",
     "From 1965 to 1983, almost two decades, the mine was the town's biggest employer.", "builtin.period-length"),
    ("He ran the pub from 1990 to 2020, more than four decades behind the bar.",
     "He ran the pub from 1978 to 2020, more than four decades behind the bar.", "builtin.period-length"),
]
PART_IN_UNITS = [
    ("Volunteers have cleared 9 miles of the 12km riverside path.",
     "Volunteers have cleared 6 miles of the 12km riverside path.", "builtin.part-whole"),
    ("Of the 3km sea wall, almost 2.5 miles is to be rebuilt.",
     "Of the 3km sea wall, almost 1.5 miles is to be rebuilt.", "builtin.part-whole"),
    ("Some 700 yards of the 500-metre runway were resurfaced.",
     "Some 300 yards of the 500-metre runway were resurfaced.", "builtin.part-whole"),
    ("Of the 20-mile bypass, 40km is dual carriageway.",
     "Of the 20-mile bypass, 24km is dual carriageway.", "builtin.part-whole"),
]
# a length of a whole that is measured across, not along: no part of it (correct copy, no finding)
ACROSS = [
    "About 400 metres of the 3-metre-high fence was torn down.",
    "Engineers lined 90 metres of the 6ft-wide culvert.",
    "Divers searched 200 metres of the 40-metre-deep quarry lake.",
]
CHANGE_IN_A_YEAR = [  # the period a change is told over, not an annual rate
    ("Rents in the city rose 5% in a year, from £900 to £1,080 a month.",
     "Rents in the city rose 20% in a year, from £900 to £1,080 a month.", "builtin.change"),
    ("Membership fell 10 per cent over a year, from 5,000 to 3,500.",
     "Membership fell 30 per cent over a year, from 5,000 to 3,500.", "builtin.change"),
]
CHANGE_BY_TO = [  # a change by an amount to a figure, and its percentage or share
    ("Sightings rose by 120 to 520 this summer, up 50%.", "Sightings rose by 120 to 520 this summer, up 30%.", "builtin.change"),
    ("The deficit shrank by £3m to £9m, down 40 per cent.", "The deficit shrank by £3m to £9m, down 25 per cent.",
     "builtin.change"),
    ("Arrests fell by 90 to 410, a drop of a third.", "Arrests fell by 90 to 410, a drop of almost a fifth.", "builtin.change"),
    ("Enrolments grew by 2,000 to 10,000, a rise of more than a half.",
     "Enrolments grew by 4,000 to 10,000, a rise of more than a half.", "builtin.change"),
]
CHANGE_THEN = [  # a change and the figure it leads to, where it went from in the next sentence
    ("Revenue rose 15% to £46m. A year earlier it stood at £32m.",
     "Revenue rose 15% to £46m. A year earlier it stood at £40m.", "builtin.change"),
    ("Admissions fell 12 per cent to 2,200. That compares with 3,000 in 2021.",
     "Admissions fell 27 per cent to 2,200. That compares with 3,000 in 2021.", "builtin.change"),
    ("Exports grew 4% to $8.1bn. Last year they were $6bn.", "Exports grew 35% to $8.1bn. Last year they were $6bn.",
     "builtin.change"),
]
TREND_MULTIPLE_OF = [  # a figure told as a multiple of another after it
    ("The bill is now £5,100 a month, double the £3,400 it was in 2022.",
     "The bill is now £6,900 a month, double the £3,400 it was in 2022.", "builtin.trend"),
    ("Attendance reached 18,000, twice the 12,000 who came last year.",
     "Attendance reached 24,000, twice the 12,000 who came last year.", "builtin.trend"),
    ("Output was 240 tonnes, almost treble the 150 tonnes of 2019.",
     "Output was 420 tonnes, almost treble the 150 tonnes of 2019.", "builtin.trend"),
    ("The club now has 310 members, half last year's 400.", "The club now has 210 members, half last year's 400.",
     "builtin.trend"),
]
TREND_THERE_WERE = [  # a trend word, its pair in the next sentence opened by "There were"
    ("Reported thefts halved in the spring. There were 700, down from 900.",
     "Reported thefts halved in the spring. There were 450, down from 900.", "builtin.trend"),
    ("Sightings of the bird have doubled. There have been 130 this year, up from 100 in 2023.",
     "Sightings of the bird have doubled. There have been 210 this year, up from 100 in 2023.", "builtin.trend"),
]
NAMED_PART_APPOSED = [  # a part of a whole, its items named beside it
    ("Three of the 11 trustees, Green, Okafor, Baines and Lowe, resigned.",
     "Four of the 11 trustees, Green, Okafor, Baines and Lowe, resigned.", "builtin.named-count"),
    ("Two of the five finalists, Alvarez, Chen and Ross, were local.",
     "Three of the five finalists, Alvarez, Chen and Ross, were local.", "builtin.named-count"),
]
NAMED_DISSENT = [  # the rest named as those that did otherwise, after a semicolon
    ("Of the 12 unions, nine accepted; Unite, GMB, Unison and the RCN refused.",
     "Of the 12 unions, eight accepted; Unite, GMB, Unison and the RCN refused.", "builtin.named-count"),
    ("All but three of the 14 parish councils backed the plan; Ashby and Thorpe were against.",
     "All but two of the 14 parish councils backed the plan; Ashby and Thorpe were against.", "builtin.named-count"),
    ("Seven of the 10 boroughs have signed; Camden, Hackney, Islington and Brent have not.",
     "Six of the 10 boroughs have signed; Camden, Hackney, Islington and Brent have not.", "builtin.named-count"),
]
NAMED_SOME = [  # some of the items counted, named: never more than the count
    ("The four stations, including Elm Park, Dagenham, Upney, Barking and Becontree, will close.",
     "The nine stations, including Elm Park, Dagenham, Upney, Barking and Becontree, will close.", "builtin.named-count"),
    ("Her three novels include Ash, Fen, Marram and Tern.", "Her six novels include Ash, Fen, Marram and Tern.",
     "builtin.named-count"),
]
RATE_HOURS = [  # a total of hours or minutes and its rate
    ("Volunteers gave 5,200 hours to the project last year, about 200 hours a week.",
     "Volunteers gave 5,200 hours to the project last year, about 100 hours a week.", "builtin.rate"),
    ("Patients waited 36,000 minutes in corridors over the month, some 3,000 minutes a day.",
     "Patients waited 36,000 minutes in corridors over the month, some 1,200 minutes a day.", "builtin.rate"),
]
RATE_EACH_AFTER_NOUN = [  # a total that is itself a rate, "each year" after a longer noun
    ("The plant sends 7,300 tonnes of waste to landfill each year, or 40 tonnes a day.",
     "The plant sends 7,300 tonnes of waste to landfill each year, or 20 tonnes a day.", "builtin.rate"),
    ("The trust pays £2.6m to outside agencies every year, about £100,000 a month.",
     "The trust pays £2.6m to outside agencies every year, about £220,000 a month.", "builtin.rate"),
]
PERIOD_A_SPELL_OF = [  # a period, then its length named as a spell, a stint, a term, a wait
    ("She led the party from 2010 to 2019, a turbulent stint of four years.",
     "She led the party from 2010 to 2019, a turbulent stint of nine years.", "builtin.period-length"),
    ("The road was shut from March 2020 to June 2021, a frustrating wait of 25 months.",
     "The road was shut from March 2020 to June 2021, a frustrating wait of 15 months.", "builtin.period-length"),
    ("He was mayor between 1998 and 2002, a term of six years.", "He was mayor between 1998 and 2002, a term of four years.",
     "builtin.period-length"),
]
RATIO_SET_OFF_LONG = [  # a ratio restated between commas after five or six words of what it counts
    ("Three in four homes on the new estate, 52%, have solar panels.",
     "Three in four homes on the new estate, 76%, have solar panels.", "builtin.ratio-percent"),
    ("One in five pupils at the county's secondary schools, 31 per cent, is persistently absent.",
     "One in five pupils at the county's secondary schools, 21 per cent, is persistently absent.", "builtin.ratio-percent"),
]
RATIO_HEADLINE = [  # a ratio in a headline, the percentage of the same thing in the sentence under it
    ("Two in five drivers fail eyesight test\nThe study found 22% of drivers could not read a plate at 20 metres.",
     "Two in five drivers fail eyesight test\nThe study found 41% of drivers could not read a plate at 20 metres.",
     "builtin.ratio-percent"),
    ("HALF OF SHOPS SHUT ON SUNDAYS\nA count showed 30 per cent of shops in the centre were closed.",
     "HALF OF SHOPS SHUT ON SUNDAYS\nA count showed 49 per cent of shops in the centre were closed.", "builtin.ratio-percent"),
]
# a ratio in a headline and a percentage of something else under it: no restatement
RATIO_HEADLINE_OTHER = [
    "One in four young people out of work\nUnemployment among graduates rose to 12% last year.",
    "Three in five councils raise tax\nThe average bill will rise by 5% of its current level.",
]
AGE_GAP_NEXT_SENTENCE = [  # two people named with their ages, one's gap told in the next sentence
    ("Brothers Tom, 30, and Sam, 24, run the farm. Sam is four years younger.",
     "Brothers Tom, 30, and Sam, 24, run the farm. Sam is six years younger.", "builtin.age-gap"),
    ("The couple, Raj, 58, and Meera, 49, met at university. Raj is two years older.",
     "The couple, Raj, 58, and Meera, 49, met at university. Raj is nine years older.", "builtin.age-gap"),
    ("Finalists Lena, 19, and Joy, 33, face off on Sunday. Joy is 20 years older.",
     "Finalists Lena, 19, and Joy, 33, face off on Sunday. Joy is 14 years older.", "builtin.age-gap"),
]
BREAKDOWN_IN_TOTAL = [  # "In total N ..., A for adults and B for children": the kinds of one whole after a clause
    ("In total 860 runners took part, 500 for men and 300 for women.",
     "In total 800 runners took part, 500 for men and 300 for women.", "builtin.breakdown"),
    ("In total £4,500 was raised, £2,000 from adults and £2,000 from children.",
     "In total £4,000 was raised, £2,000 from adults and £2,000 from children.", "builtin.breakdown"),
]
BREAKDOWN_WERE_WORDS = [  # "The 12 medals won by the team were five golds, ...": the parts after a longer noun, in words
    ("The nine trophies won by the club were four titles, three shields and one plate.",
     "The eight trophies won by the club were four titles, three shields and one plate.", "builtin.breakdown"),
    ("The 11 staff at the tiny branch are six tellers and three managers.",
     "The nine staff at the tiny branch are six tellers and three managers.", "builtin.breakdown"),
]
CURRENCY_CAPITALS = [  # a headline's sums in capitals: "$5BN", "£1.2TN"
    ("CHIPMAKER BOUGHT IN $8BN (£60BN) TAKEOVER", "CHIPMAKER BOUGHT IN $8BN (£6BN) TAKEOVER", "builtin.currency-pair"),
    ("STATE FUND HITS $1.6TN (£12TN)", "STATE FUND HITS $1.6TN (£1.2TN)", "builtin.currency-pair"),
    ("Telecoms group fined €2BN (£170M) by regulators", "Telecoms group fined €2BN (£1.7BN) by regulators",
     "builtin.currency-pair"),
]
CHANGE_WAY_AFTER = [  # a percentage with its direction after it, then the figure it is at and its pair
    ("The pound ended 3% higher at $1.30, up from $1.20.", "The pound ended 8% higher at $1.30, up from $1.20.", "builtin.change"),
    ("Turnover was 15 per cent lower at £34m, against £36m a year earlier.",
     "Turnover was 6 per cent lower at £34m, against £36m a year earlier.", "builtin.change"),
    ("The index finished 2% down on the day at 7,100, down from 7,400.", "The index finished 4% down on the day at 7,100, down from 7,400.",
     "builtin.change"),
]
CHANGE_PAID_NOW_PAYS = [  # a figure then and one now, told by what was paid and is paid
    ("Commuters paid £3,000 for a season ticket in 2020 and now pay £3,600, a rise of 30%.",
     "Commuters paid £3,000 for a season ticket in 2020 and now pay £3,600, a rise of 20%.", "builtin.change"),
]
CURRENCY_NORDIC = [  # the Nordic crowns, with their country named
    ("The club was fined 2m Norwegian kroner (£1,500).", "The club was fined 2m Norwegian kroner (£150,000).",
     "builtin.currency-pair"),
    ("The painting sold for 30m Swedish kronor ($280,000).", "The painting sold for 30m Swedish kronor ($2.8m).",
     "builtin.currency-pair"),
    ("The wind farm will cost 9bn Danish kroner (£10bn).", "The wind farm will cost 9bn Danish kroner (£1bn).",
     "builtin.currency-pair"),
]

CHANGE_ON_LAST_SEASONS = [  # a change "on" last season's, term's or month's figure
    ("Members: 2,600 this season, up 30% on last season's 2,300.",
     "Members: 2,600 this season, up 13% on last season's 2,300.", "builtin.change"),
    ("Applications fell to 410 this term, down 20% on last term's 440.",
     "Applications fell to 410 this term, down 7% on last term's 440.", "builtin.change"),
]

BREAKDOWN_LOWER_LABEL = [
    # a labelled breakdown whose later labels are common nouns
    ("The 26 seats went to the Tories (14), Labour (10) and independents (4).",
     "The 28 seats went to the Tories (14), Labour (10) and independents (4).", "builtin.breakdown"),
    ("The 36 rebels came from Labour (20), the SNP (12) and independents (8).",
     "The 40 rebels came from Labour (20), the SNP (12) and independents (8).", "builtin.breakdown"),
]

NAMED_COMPRISES = [
    # a count and its items after "comprises", "consists of", "is made up of"
    ("The panel of three comprises Judge Amis, Dr Khan, Ms Ortiz and Mr Yeo.",
     "The panel of four comprises Judge Amis, Dr Khan, Ms Ortiz and Mr Yeo.", "builtin.named-count"),
    ("The new trust's board of five is made up of Hart, Lowe, Mills and Nash.",
     "The new trust's board of four is made up of Hart, Lowe, Mills and Nash.", "builtin.named-count"),
]

AGE_GAP_THAN_KIN = [
    # a named person's gap in the next sentence, against "his sister", "her brother"
    ("Ella, 8, and Sam, 15, were found safe. Sam is four years older than his sister.",
     "Ella, 8, and Sam, 15, were found safe. Sam is seven years older than his sister.", "builtin.age-gap"),
    ("Ruth, 70, and Ivan, 52, run the shop. Ivan is 10 years younger than his wife.",
     "Ruth, 70, and Ivan, 52, run the shop. Ivan is 18 years younger than his wife.", "builtin.age-gap"),
]

TREND_EARLIER = [
    # a trend word and the figure it leads to, where it went from in the next sentence
    ("Burglaries have doubled to 1,800. Three years ago there were 1,200.",
     "Burglaries have doubled to 1,800. Three years ago there were 900.", "builtin.trend"),
    ("The charity's income has tripled to £6m. A decade earlier it was £3m.",
     "The charity's income has tripled to £6m. A decade earlier it was £2m.", "builtin.trend"),
]

TABLES = TREND_EARLIER + AGE_GAP_THAN_KIN + NAMED_COMPRISES + BREAKDOWN_LOWER_LABEL + CHANGE_ON_LAST_SEASONS + CURRENCY_NORDIC + CHANGE_WAY_AFTER + CHANGE_PAID_NOW_PAYS + CURRENCY_CAPITALS + BREAKDOWN_IN_TOTAL + BREAKDOWN_WERE_WORDS + AGE_GAP_NEXT_SENTENCE + RATIO_SET_OFF_LONG + RATIO_HEADLINE + PERIOD_A_SPELL_OF + RATE_HOURS + RATE_EACH_AFTER_NOUN + NAMED_PART_APPOSED + NAMED_DISSENT + NAMED_SOME + TREND_MULTIPLE_OF + TREND_THERE_WERE + CHANGE_IN_A_YEAR + CHANGE_BY_TO + CHANGE_THEN + PERIOD_DAYS_NO_YEAR + PERIOD_DECADES_HEDGED + PART_IN_UNITS
QUIET = ACROSS + RATIO_HEADLINE_OTHER
CASES = [(slip, [rule]) for slip, _, rule in TABLES] + [(twin, []) for _, twin, _ in TABLES] + [(t, []) for t in QUIET]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_a_slip_gives_its_finding_and_its_twin_none(text: str, rules: list[str]) -> None:
    found = list(builtins.run(claims_of(text)))
    assert [f.rule for f in found] == rules, [f.evidence for f in found]
