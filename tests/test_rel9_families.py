"""Families of phrasing read by the in-article checks (issue 11, the sixth blind set's misses, rel9): for each family,
invented slips its check flags and correct copy it leaves quiet. Each table was written before its fix and failed
without it."""

from __future__ import annotations

import pytest

from checker import builtins
from tests.conftest import claims_of

# (slip, its correct twin, the check that flags the slip)
CHANGE_NOUNS = [  # a percentage named by any noun of a change: "a 25 per cent hike", "a 30% slump", "the plunge, of 40%"
    ("Bus fares will go from £2 to £3 in April, a 20 per cent hike.",
     "Bus fares will go from £2 to £3 in April, a 50 per cent hike.", "builtin.change"),
    ("Shares went from 400p to 300p on Monday, a 40% slump for the retailer.",
     "Shares went from 400p to 300p on Monday, a 25% slump for the retailer.", "builtin.change"),
    ("Orders fell from 5,000 to 4,000 last quarter. The plunge, of 40 per cent, alarmed investors.",
     "Orders fell from 5,000 to 4,000 last quarter. The plunge, of 20 per cent, alarmed investors.", "builtin.change"),
    ("Rents rose from £800 to £840 a month, a 10% spike in a year.",
     "Rents rose from £800 to £840 a month, a 5% spike in a year.", "builtin.change"),
]
CHANGE_INTENSIFIED = [  # a verb in any form, then "by a whopping" or "by a hefty" before the size ("set to soar by a whopping 18%")
    ("Water bills are set to soar by a whopping 30 per cent, from £400 to £480.",
     "Water bills are set to soar by a whopping 20 per cent, from £400 to £480.", "builtin.change"),
    ("Ticket sales could drop by a staggering 50%, from 9,000 to 6,000.",
     "Ticket sales could drop by a staggering 33%, from 9,000 to 6,000.", "builtin.change"),
    ("Pay climbs by a modest 2% this year, taking the average from £30,000 to £31,500.",
     "Pay climbs by a modest 5% this year, taking the average from £30,000 to £31,500.", "builtin.change"),
]
CHANGE_AMOUNT_OR_PERCENT = [  # a change told by its amount and ", or" its percentage ("to $300m, down $100m, or 25%")
    ("Net income slipped to $300 million, down $100 million, or 50%, from a year earlier.",
     "Net income slipped to $300 million, down $100 million, or 25%, from a year earlier.", "builtin.change"),
    ("Membership rose to 2,400, up 400, or 25%, on last season.",
     "Membership rose to 2,400, up 400, or 20%, on last season.", "builtin.change"),
    ("The deficit shrank by £2bn, or 40%, to £10bn.",
     "The deficit shrank by £2bn, or 17%, to £10bn.", "builtin.change"),
    ("Visits fell by 1,500, or about 10%, to 4,500 a week.",
     "Visits fell by 1,500, or about 25%, to 4,500 a week.", "builtin.change"),
    ("The average fare rose to £2,300 a year, an increase of £300 or 25% on last year.",
     "The average fare rose to £2,300 a year, an increase of £300 or 15% on last year.", "builtin.change"),
    ("Output fell to 800 tonnes, a drop of 200, or 30%.",
     "Output fell to 800 tonnes, a drop of 200, or 20%.", "builtin.change"),
]
CHANGE_UP_AMOUNT_TO = [  # a verb with no "by", the amount and the level it moved to ("gone up 50p to £1.60"), and its percentage
    ("The price of a loaf has gone up 50p to £1.60, a rise of 50 per cent.",
     "The price of a loaf has gone up 40p to £1.60, a rise of 33 per cent.", "builtin.change"),
    ("The fee went up £5 to £25, an increase of 20%.",
     "The fee went up £5 to £25, an increase of 25%.", "builtin.change"),
]
SHARE_AMOUNT_HEDGED = [  # the amount restating a share after a dash or comma, hedged ("– just 120 –", ", only 90,")
    ("The survey found that 55% of the 400 firms questioned – just 120 – planned to hire.",
     "The survey found that 30% of the 400 firms questioned – just 120 – planned to hire.", "builtin.share"),
    ("Some 25% of the 360 pupils, only 45, passed the test.",
     "Some 12.5% of the 360 pupils, only 45, passed the test.", "builtin.share"),
]
CHANGE_OF_DURATIONS = [  # a change between two lengths of time ("from 10 weeks to 15 weeks", "18 weeks, compared with 12")
    ("Waits rose 20% from 10 weeks to 15 weeks.", "Waits rose 50% from 10 weeks to 15 weeks.", "builtin.change"),
    ("The average stay fell by a third, from 9 days to 8 days.",
     "The average stay fell by a third, from 9 days to 6 days.", "builtin.change"),
]
CHANGE_PRIOR_YEAR = [  # a figure and the year before's in brackets, as annual reports give it ("£210m (2024: £180m)")
    ("Revenue grew 5% to £210m (2024: £180m).", "Revenue grew 17% to £210m (2024: £180m).", "builtin.change"),
    ("Pre-tax profit rose 30% to $3.1bn (prior year: $2.8bn).",
     "Pre-tax profit rose 11% to $3.1bn (prior year: $2.8bn).", "builtin.change"),
    ("Operating costs were £96m (2023: £120m), a fall of 10%.",
     "Operating costs were £96m (2023: £120m), a fall of 20%.", "builtin.change"),
]
CHANGE_PAIR_NEXT = [  # a change, then in the next sentence the pair of the same thing, moving the same way
    ("House prices in the county fell 12% over the year. The average home now costs £240,000, down from £250,000.",
     "House prices in the county fell 4% over the year. The average home now costs £240,000, down from £250,000.",
     "builtin.change"),
    ("Bus fares are going up by 20%. A single fare will rise from £2.50 to £2.75 in May.",
     "Bus fares are going up by 10%. A single fare will rise from £2.50 to £2.75 in May.", "builtin.change"),
]
BREAKDOWN_MIX_OF = [  # a total that "will be a mix of" or "a combination of" its parts
    ("The 48 new homes will be a mix of 20 flats, 18 houses and 6 bungalows.",
     "The 44 new homes will be a mix of 20 flats, 18 houses and 6 bungalows.", "builtin.breakdown"),
    ("The 30 new posts are a combination of 12 nurses, 10 porters and 4 cleaners.",
     "The 26 new posts are a combination of 12 nurses, 10 porters and 4 cleaners.", "builtin.breakdown"),
]
CHANGE_DOWN_MORE_THAN = [  # a fall of "more than" a percentage: the bound below it, never above
    ("Entries showed a drop of more than 30 per cent, from 800 to 610.",
     "Entries showed a drop of more than 20 per cent, from 800 to 610.", "builtin.change"),
    ("There was a fall of more than 40%, from 1,000 to 700.",
     "There was a fall of more than 25%, from 1,000 to 700.", "builtin.change"),
]
TREND_STOOD_LATEST = [  # a trend, then the figure it "stood at" and the latest one after a semicolon or a comma
    ("Rough sleeping has halved since 2020, when it stood at 800; the latest count is 600.",
     "Rough sleeping has halved since 2020, when it stood at 800; the latest count is 400.", "builtin.trend"),
    ("Complaints have doubled since 2019, when they stood at 1,200; the current figure is 1,500.",
     "Complaints have doubled since 2019, when they stood at 1,200; the current figure is 2,500.", "builtin.trend"),
    ("Delays have trebled since the spring, when the total was 30; now it is 60.",
     "Delays have trebled since the spring, when the total was 30; now it is 90.", "builtin.trend"),
]
TREND_IN_YEAR_NOW = [  # a trend, then two figures each of its time ("£3.10 in 2018, £5.90 now", "40 in 2015 and 170 in 2025")
    ("Season tickets have nearly tripled in price: £210 in 2016, £390 now.",
     "Season tickets have nearly doubled in price: £210 in 2016, £390 now.", "builtin.trend"),
    ("The colony has quadrupled, the trust says, with 40 nests in 2015 and 110 in 2025.",
     "The colony has quadrupled, the trust says, with 40 nests in 2015 and 160 in 2025.", "builtin.trend"),
    ("Fees have doubled: £9,000 in 2012, £27,000 today.",
     "Fees have trebled: £9,000 in 2012, £27,000 today.", "builtin.trend"),
]
TREND_HEADLINE_QUADRUPLE = [  # a headline's trend verb in the present, over the pair it describes
    ("# Bike thefts quadruple\n\nPolice recorded 936 bike thefts this year, against 312 last year.",
     "# Bike thefts treble\n\nPolice recorded 936 bike thefts this year, against 312 last year.", "builtin.trend"),
    ("# Solar installs quintuple\n\nInstallers fitted 2,000 panels in 2025, up from 1,000 in 2024.",
     "# Solar installs double\n\nInstallers fitted 2,000 panels in 2025, up from 1,000 in 2024.", "builtin.trend"),
]
RATE_EACH_BEFORE = [  # a sum shared out, what each gets told after "giving each", "each receiving"
    ("The £90,000 prize fund is shared by the 30 finalists, each receiving £4,000.",
     "The £90,000 prize fund is shared by the 30 finalists, each receiving £3,000.", "builtin.rate"),
    ("A £600,000 pot will be divided among 40 clubs, giving each £40,000.",
     "A £600,000 pot will be divided among 40 clubs, giving each £15,000.", "builtin.rate"),
    ("The 25 staff will split a £50,000 bonus pool, with each worker getting £4,000.",
     "The 25 staff will split a £50,000 bonus pool, with each worker getting £2,000.", "builtin.rate"),
]
RATE_WORKS_OUT = [  # a rate told again with no comma before it: "£624,000 a year works out at £12,000 a week"
    ("Her pension of £52,000 a year works out at £2,000 a week.",
     "Her pension of £52,000 a year works out at £1,000 a week.", "builtin.rate"),
    ("The line carries 3,650 passengers a year, which comes to 30 a day.",
     "The line carries 3,650 passengers a year, which comes to 10 a day.", "builtin.rate"),
    ("A bill of £1,200 a year amounts to £200 a month for most families.",
     "A bill of £1,200 a year amounts to £100 a month for most families.", "builtin.rate"),
]
AGE_THE_ELDER = [  # two named people and their ages, then one of them "the elder by N years" or "N years the younger"
    ("Omar, 30, and Sami, 25, run the bakery. Omar, the elder by nine years, does the books.",
     "Omar, 30, and Sami, 21, run the bakery. Omar, the elder by nine years, does the books.", "builtin.age-gap"),
    ("Sisters Maya, 16, and Zoe, 10, won medals. Zoe is three years the younger.",
     "Sisters Maya, 16, and Zoe, 13, won medals. Zoe is three years the younger.", "builtin.age-gap"),
    ("Cousins Ella, 12, and Noor, 11, were rescued. Noor, the younger by four years, was unhurt.",
     "Cousins Ella, 15, and Noor, 11, were rescued. Noor, the younger by four years, was unhurt.", "builtin.age-gap"),
]
PART_OF_THE_DOZEN = [  # a whole told as "the dozen"
    ("Fourteen of the dozen clubs in the league have signed up.",
     "Four of the dozen clubs in the league have signed up.", "builtin.part-whole"),
    ("Police say 15 of the dozen suspects have been charged.",
     "Police say five of the dozen suspects have been charged.", "builtin.part-whole"),
]
PERIOD_UNTIL_EVENT = [  # a length, then "from YEAR until his death in YEAR": the end told by what ended it
    ("He led the club for twelve years, from 2001 until his death in 2010.",
     "He led the club for nine years, from 2001 until his death in 2010.", "builtin.period-length"),
    ("The mill ran for 25 years, from 1950 to its closure in 1990.",
     "The mill ran for 40 years, from 1950 to its closure in 1990.", "builtin.period-length"),
    ("She was editor for three years, from 2016 till her retirement in 2023.",
     "She was editor for seven years, from 2016 till her retirement in 2023.", "builtin.period-length"),
]
BREAKDOWN_TOTAL_THEN_DASH = [  # "A total of N ... – a in X, b in Y and c in Z": the dash far after the total
    ("A total of 60 flights were cancelled at the airport over the weekend – 25 on Saturday, 20 on Sunday and 25 on Monday.",
     "A total of 60 flights were cancelled at the airport over the weekend – 25 on Saturday, 20 on Sunday and 15 on Monday.",
     "builtin.breakdown"),
    ("A total of £4m was raised by the appeal in its first month: £2.5m from the public and £2m from businesses.",
     "A total of £4m was raised by the appeal in its first month: £2.5m from the public and £1.5m from businesses.",
     "builtin.breakdown"),
]
BREAKDOWN_ALL_VOTED = [  # "All N members voted, a for and b against": the kinds of one whole after a total opened by "All"
    ("All 11 directors voted on the bid, seven in favour and five against.",
     "All 11 directors voted on the bid, six in favour and five against.", "builtin.breakdown"),
    ("All 40 delegates cast a ballot, 22 for and 20 against the motion.",
     "All 40 delegates cast a ballot, 22 for and 18 against the motion.", "builtin.breakdown"),
]
BREAKDOWN_AGE_BANDS = [  # parts whose labels hold an age band ("adults over 65"): the band is no part
    ("The clinic saw 500 patients last week: 220 adults over 65, 180 adults under 65 and 150 children.",
     "The clinic saw 550 patients last week: 220 adults over 65, 180 adults under 65 and 150 children.", "builtin.breakdown"),
    ("A record 925 people were vaccinated: 310 people aged over 80, 420 people aged under 80 and 95 staff.",
     "A record 825 people were vaccinated: 310 people aged over 80, 420 people aged under 80 and 95 staff.", "builtin.breakdown"),
]
NAMED_LEAVING = [  # "N of the M withdrew, leaving only A and B" / "leaving A as the sole remaining ...": the rest named
    ("Nine of the 12 candidates dropped out, leaving only Ms Reyes and Mr Kahn.",
     "Ten of the 12 candidates dropped out, leaving only Ms Reyes and Mr Kahn.", "builtin.named-count"),
    ("Four of the six clubs folded, leaving Hawks as the only side in the league.",
     "Five of the six clubs folded, leaving Hawks as the only side in the league.", "builtin.named-count"),
    ("Three of the five bidders pulled out, leaving Apex, Bolt and Crane in the running.",
     "Two of the five bidders pulled out, leaving Apex, Bolt and Crane in the running.", "builtin.named-count"),
]
NAMED_THEY_WERE = [  # a count, then the next sentence names them: "They were A, B and C."
    ("Two ministers resigned on Friday. They were Ms Hart, Mr Cole and Dr Singh.",
     "Three ministers resigned on Friday. They were Ms Hart, Mr Cole and Dr Singh.", "builtin.named-count"),
    ("Only four of the county's libraries will stay open. These are Ashby, Beeston and Calder.",
     "Only three of the county's libraries will stay open. These are Ashby, Beeston and Calder.", "builtin.named-count"),
]
NAMED_LIST_ITEMS = [  # a count and a colon, then a list of names, one an item (no figure in any)
    ("Two stations will close next year:\n\n- Elm Road\n- Kingsway\n- Marsh Lane\n",
     "Three stations will close next year:\n\n- Elm Road\n- Kingsway\n- Marsh Lane\n", "builtin.named-count"),
    ("Five firms made the shortlist:\n\n* Arlo Ltd\n* Beacon Group\n* Corvid Works\n* Dunmore\n",
     "Four firms made the shortlist:\n\n* Arlo Ltd\n* Beacon Group\n* Corvid Works\n* Dunmore\n", "builtin.named-count"),
]
SHARE_OF_THEM_SAME_SENTENCE = [  # a whole, then "a share of them, amount" in the same sentence or list item after it
    ("The council has 1,200 tenants, and a quarter of them, about 600, are in arrears.",
     "The council has 1,200 tenants, and a quarter of them, about 300, are in arrears.", "builtin.share"),
    ("Some 800 runners started; half of them, 600, finished inside four hours.",
     "Some 800 runners started; half of them, 400, finished inside four hours.", "builtin.share"),
]
RATIO_HEADLINE_THING_BEFORE = [  # a headline's share in words over a percentage whose thing the body names before it
    ("# Three in four drivers break limit\n\nThe study of 1,200 drivers found 45% broke the speed limit.",
     "# Three in four drivers break limit\n\nThe study of 1,200 drivers found 76% broke the speed limit.", "builtin.ratio-percent"),
    ("# A third of tenants behind on rent\n\nAmong tenants in the borough, 52 per cent are in arrears.",
     "# A third of tenants behind on rent\n\nAmong tenants in the borough, 33 per cent are in arrears.", "builtin.ratio-percent"),
]
# correct copy: figures that look like a change or a trend but are not one told of its pair (no finding)
QUIET = [
    "Crowds fell by 2,100 to 14,900, a drop of more than 12 per cent.",
    "The team were 3-1 up at half-time, and won 4-2.",
    "Sales rose 10% last year. Profits went from £2m to £3m, the firm said.",
    "The price was £4 in 2019, £5 in 2021 and £6 now, a rise the club defends.",
    "Registrations have doubled, while cancellations rose from 40 in 2020 to 50 now.",
    "The 30 finalists, each receiving £3,000 from the fund, will meet 12 judges.",
    "Brothers Sam, 14, and Tom, 9, were hurt. Sam, the elder, was later discharged after three days.",
    "The dozen eggs cost £3, and 18 of them were broken.",
    "He joined the club in 2001 and stayed until his death in 2010, aged 71.",
    "All 12 victims were named, five men and four women among them.",
    "Six of the eight bidders withdrew, leaving London for good.",
    "Two men were arrested. They were taken to Leeds and Bradford.",
    "Three things to know:\n\n- Prices are rising\n- Wages are flat\n- Rents are up\n",
    "A total of 300 homes were hit by floods, the council said on Monday – more than in any year since 2007.",
    "# Half of firms expect to hire\n\nA poll of 500 bosses found 30% of workers want to move.",
    "The score was 3-1 at the break, up from 2-1, and the crowd of 12,000 was a mix of home and away fans.",
    "Rents rose to £1,150, up £150 on last year, and a deposit of £2,000 or more is now usual.",
    "# Patients wait longer in a year\n\nPatients now wait 18 weeks, compared with 12 weeks last year.",
    "The sentence was cut from five years to three years on appeal.",
    "House prices were 9% higher on the year. The average home costs £182,000, down from £187,000 in the summer.",
    "Bus fares are going up by 20%. Train tickets will rise from £10 to £10.50 in May.",
    "Revenue was £210m (2024: £180m) and staff numbers 1,200 (2024: 1,100).",
]

TABLES = (CHANGE_NOUNS + CHANGE_INTENSIFIED + CHANGE_AMOUNT_OR_PERCENT + CHANGE_DOWN_MORE_THAN + TREND_STOOD_LATEST
          + TREND_IN_YEAR_NOW + TREND_HEADLINE_QUADRUPLE + RATE_EACH_BEFORE + RATE_WORKS_OUT + AGE_THE_ELDER + PART_OF_THE_DOZEN
          + PERIOD_UNTIL_EVENT + BREAKDOWN_TOTAL_THEN_DASH + BREAKDOWN_ALL_VOTED + BREAKDOWN_AGE_BANDS + NAMED_LEAVING
          + NAMED_THEY_WERE + NAMED_LIST_ITEMS + SHARE_OF_THEM_SAME_SENTENCE + RATIO_HEADLINE_THING_BEFORE
          + BREAKDOWN_MIX_OF + CHANGE_UP_AMOUNT_TO + SHARE_AMOUNT_HEDGED + CHANGE_OF_DURATIONS + CHANGE_PRIOR_YEAR + CHANGE_PAIR_NEXT)
CASES = [(slip, [rule]) for slip, _, rule in TABLES] + [(twin, []) for _, twin, _ in TABLES] + [(t, []) for t in QUIET]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_a_slip_gives_its_finding_and_its_twin_none(text: str, rules: list[str]) -> None:
    found = list(builtins.run(claims_of(text), None, text))
    assert [f.rule for f in found] == rules, [f.evidence for f in found]
