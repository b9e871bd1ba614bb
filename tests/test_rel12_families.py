"""Families of phrasing read by the in-article checks (issue 11, rel12), found by the ninth blind set
(`fixtures/blind9/`): for each family, invented slips its check flags and correct copy it leaves quiet. Each table was
written before its fix and failed without it."""

from __future__ import annotations

import pytest

from checker import builtins
from tests.conftest import claims_of

# (slip, its correct twin, the check that flags the slip)
TIMED_PAIR_TREND = [  # a trend word and two figures each told of its time (a year, "now", "this season"), in its
    # sentence or split over it and the next that continues it: the earlier is where it went from (class P/G)
    ("In 2018 the charity ran 30 clubs. It now runs five times as many – about 90.",
     "In 2018 the charity ran 30 clubs. It now runs five times as many – about 150.", "builtin.trend"),
    ("From 120 in 2015, the number of food banks in the city has tripled. There are 210 now.",
     "From 120 in 2015, the number of food banks in the city has tripled. There are 360 now.", "builtin.trend"),
    ("Arrests have trebled since 2019, when police made 140; this year they have made 260.",
     "Arrests have trebled since 2019, when police made 140; this year they have made 420.", "builtin.trend"),
    ("Rents are now four times what they were in 2000, when the average flat cost £300. Today the average flat costs £850.",
     "Rents are now four times what they were in 2000, when the average flat cost £300. Today the average flat costs £1,200.",
     "builtin.trend"),
]
TIMED_PAIR_CHANGE = [  # a stated change whose sentence has one figure of a time, the sentence before the other (class P)
    ("The museum had 41,000 visitors last year. This year it is up 40 per cent, at 46,000.",
     "The museum had 41,000 visitors last year. This year it is up 12 per cent, at 46,000.", "builtin.change"),
    ("Attendance was 2,400 in 2023. In 2025 it rose by a fifth, to 3,600.",
     "Attendance was 2,400 in 2023. In 2025 it rose by a fifth, to 2,880.", "builtin.change"),
]
PAIR_PAST_ITS_NOUN = [  # "X things in a place this year, down from Y": the thing counted and its place between the figure and
    # ", down from" (class P)
    ("# Burglaries in Bolton halve\n\nPolice recorded 2,310 burglaries in the borough this year, down from 3,020 last year.",
     "# Burglaries in Bolton halve\n\nPolice recorded 2,310 burglaries in the borough this year, down from 4,700 last year.", "builtin.trend"),
    ("Pupil numbers fell by 5%: the school has 1,120 pupils on its roll this term, down from 1,400 a year ago.",
     "Pupil numbers fell by 20%: the school has 1,120 pupils on its roll this term, down from 1,400 a year ago.", "builtin.change"),
]
START_OF_A_TIME = [  # "to X from this year's Y": the start after a possessive time (class P)
    ("Water bills will rise by 3% in April, taking the average bill to £540 from this year's £480.",
     "Water bills will rise by 3% in April, taking the average bill to £494 from this year's £480.", "builtin.change"),
    ("The fee is going up 10 per cent, to £66 from last year's £50.",
     "The fee is going up 10 per cent, to £55 from last year's £50.", "builtin.change"),
]
OPENED_UP_OR_DOWN_FROM = [  # a sentence opened by "Down from X," or "Up from X,", its figure now after "stands at" or "is"
    # (class P), the change a fraction in words ("a fall of a tenth")
    ("Down from 5,200 in 2015, the number of pubs in the county now stands at 4,160 – a fall of a tenth.",
     "Down from 5,200 in 2015, the number of pubs in the county now stands at 4,160 – a fall of a fifth.", "builtin.change"),
    ("Up from 300 a decade ago, membership is now 450, a rise of 15%.",
     "Up from 300 a decade ago, membership is now 450, a rise of 50%.", "builtin.change"),
]
WHOLE_POUNDS_OF_A_FINE_CHANGE = [  # a change given to two decimals between sums printed to the pound (class O: how figures
    # are rounded): the sums were rounded to the pound, so "4.99%" from £1,980 to "£2,079" holds
    ("Council tax will rise by 4.99% next year, taking a Band D bill from £1,980 to £2,179.",
     "Council tax will rise by 4.99% next year, taking a Band D bill from £1,980 to £2,079.", "builtin.change"),
    ("The Band D charge rises 2.99% to £1,833 from £1,751.",
     "The Band D charge rises 2.99% to £1,803 from £1,751.", "builtin.change"),
]
TOTAL_AFTER_ITS_PARTS = [  # the parts, then their total with "in all", "in total" or "altogether" after it (class P)
    ("Volunteers planted 120 oaks, 85 beeches and 40 rowans – 265 trees in all.",
     "Volunteers planted 120 oaks, 85 beeches and 40 rowans – 245 trees in all.", "builtin.breakdown"),
    ("The appeal raised £12,000 in March, £9,500 in April and £7,000 in May, £31,500 in total.",
     "The appeal raised £12,000 in March, £9,500 in April and £7,000 in May, £28,500 in total.", "builtin.breakdown"),
    ("Firefighters rescued 14 people from the first floor, six from the stairs and nine from the roof, 37 altogether.",
     "Firefighters rescued 14 people from the first floor, six from the stairs and nine from the roof, 29 altogether.", "builtin.breakdown"),
]
OF_THE_NOUN_NEXT = [  # a sentence opened by "Of the NOUN," (no figure of its own) after one that ends with its whole (class P)
    ("The crash injured 48 passengers. Of the injured, 20 were taken to Leeds, 16 to York and the other 19 to Hull.",
     "The crash injured 48 passengers. Of the injured, 20 were taken to Leeds, 16 to York and the other 12 to Hull.", "builtin.breakdown"),
    ("Police arrested 36 fans after the match. Of the men held, 41 were from Cardiff.",
     "Police arrested 36 fans after the match. Of the men held, 21 were from Cardiff.", "builtin.part-whole"),
]
NOUNS_OF_A_CHANGE = [  # "a 40% shortfall on", "a 30% gain on": more nouns of a change (class L)
    ("Just 41mm of rain fell in June, a 40% shortfall on the 52mm average.",
     "Just 41mm of rain fell in June, a 21% shortfall on the 52mm average.", "builtin.change"),
    ("The shares closed at 460p, a 30% gain on the 400p they listed at.",
     "The shares closed at 460p, a 15% gain on the 400p they listed at.", "builtin.change"),
    # (who said so between the figure and its change: class P)
    ("Some 31mm of rain fell in May, forecasters said, a 50% shortfall on the 46mm average.",
     "Some 31mm of rain fell in May, forecasters said, a 33% shortfall on the 46mm average.", "builtin.change"),
]
NAMES_SET_OFF = [  # a count and its names set off by dashes or brackets, the names before the count or after it (class P)
    ("Of the seven finalists, just three – Amara, Boyd, Chen and Dunn – were British.",
     "Of the seven finalists, just four – Amara, Boyd, Chen and Dunn – were British.", "builtin.named-count"),
    ("Hull, Grimsby, Goole and Scunthorpe – the three ports on the estuary – reported delays.",
     "Hull, Grimsby, Goole and Scunthorpe – the four ports on the estuary – reported delays.", "builtin.named-count"),
    ("Ms Obi and Mr Park (the three councillors who resigned) will not stand again.",
     "Ms Obi and Mr Park (the two councillors who resigned) will not stand again.", "builtin.named-count"),
]
OUT_OF_FAR = [  # a part, then its whole after a dash or comma and "out of just" (class P)
    ("Some 540 homes were flooded in the storm – out of only 480 in the village.",
     "Some 340 homes were flooded in the storm – out of only 480 in the village.", "builtin.part-whole"),
    ("Inspectors failed 75 restaurants last year, out of just 70 they visited.",
     "Inspectors failed 75 restaurants last year, out of just 170 they visited.", "builtin.part-whole"),
]
RATIO_AS_A_RATE = [  # a ratio, then its percentage told after a dash as "a N% success rate" (class P)
    ("Nine out of ten applicants get a place – a 65% acceptance rate.",
     "Nine out of ten applicants get a place – a 90% acceptance rate.", "builtin.ratio-percent"),
    ("Three in four trains ran on time in May – a 55 per cent punctuality rate.",
     "Three in four trains ran on time in May – a 75 per cent punctuality rate.", "builtin.ratio-percent"),
]
LENGTH_IN_THE_MAIN_CLAUSE = [  # a period in a fronted or parenthetical clause, its length in the main clause after a verb
    # of what lasted it ("retired after", "was shut for") (class P)
    ("Having played from 2004 until 2019, the captain retired after 11 years.",
     "Having played from 2004 until 2019, the captain retired after 15 years.", "builtin.period-length"),
    ("The pool, closed from 3 March to 31 March, was shut for eight weeks.",
     "The pool, closed from 3 March to 31 March, was shut for four weeks.", "builtin.period-length"),
    ("The line, which closed on 4 August and reopened on 1 September, was out of action for nine weeks.",
     "The line, which closed on 4 August and reopened on 1 September, was out of action for four weeks.", "builtin.period-length"),
]
RATE_EACH_PERIOD_FAR = [  # a total counted "each month" after its noun, verb and place, then its rate (class P)
    ("About 2,000 fines are handed out in the city centre every month, or roughly 200 a day.",
     "About 2,000 fines are handed out in the city centre every month, or roughly 65 a day.", "builtin.rate"),
    ("Some 9,000 meals are served in the hospital canteen each week – about 5,000 a day.",
     "Some 9,000 meals are served in the hospital canteen each week – about 1,300 a day.", "builtin.rate"),
]
SHARE_PER_HEAD_IN_CLAUSES = [  # a sum, the heads and each one's share in relative clauses: "which totals", "who each receive"
    # (class P)
    ("The bonus pool, which totals £600,000, is split among the 40 staff, who each receive £25,000.",
     "The bonus pool, which totals £600,000, is split among the 40 staff, who each receive £15,000.", "builtin.rate"),
    ("The grant, which totalled £90,000, went to six villages, which each get £25,000.",
     "The grant, which totalled £90,000, went to six villages, which each get £15,000.", "builtin.rate"),
]
AMOUNT_FAR_BEFORE_ITS_SHARE = [  # an amount, its noun and clause, then ", or" or a dash and its share of a whole (class P)
    ("Some 380 people who answered the survey backed the plan – 25 per cent of the 1,900 asked.",
     "Some 380 people who answered the survey backed the plan – 20 per cent of the 1,900 asked.", "builtin.share"),
    ("Roughly 1,100 homes on the estate were left without heating, or 55% of the 2,600 homes there.",
     "Roughly 1,100 homes on the estate were left without heating, or 42% of the 2,600 homes there.", "builtin.share"),
]
PARTS_LABELLED_AFTER_A_VERB = [  # a total, its verb ("have come from", "went to"), then parts each after a name, their
    # figures in brackets in words or digits (class P); such a list may leave some out, so only parts that add up to more
    # than the total are flagged
    ("The side's 19 league goals this season have come from Ames (ten), Burke (eight) and Cole (three).",
     "The side's 23 league goals this season have come from Ames (ten), Burke (eight) and Cole (three).", "builtin.breakdown"),
    ("The 12 medals the squad won in Paris went to Lee (6), Park (5) and Cho (2).",
     "The 13 medals the squad won in Paris went to Lee (6), Park (5) and Cho (2).", "builtin.breakdown"),
]
SEATS_OF_A_BODY = [  # seats held on a body told by its size ("the 35-member council", "the 29-seat assembly") (class L)
    ("The Greens now hold 14 seats on the 12-member board.",
     "The Greens now hold 4 seats on the 12-member board.", "builtin.part-whole"),
    ("Independents won 31 seats in the 29-seat assembly.",
     "Independents won 11 seats in the 29-seat assembly.", "builtin.part-whole"),
]
QUIET = [
    "Some 9,000 meals are served at the two hospital canteens each week – about 1,300 a day.",  # the two counts canteens
    "The three children – Tom (12), Amy (9) and Ben (4) – were unhurt.",  # ages of names in brackets
    "From 2015 to 2020, she was jailed for three years and banned from driving.",  # a sentence, not the span
    "Tickets cost £5, £8 and £12, with 400 sold in all.",  # prices, then a count of tickets
    "Officers searched 12 houses. Of the drugs found, 300 grams were cannabis.",
    "In Paris, Rome and Berlin, the two leaders met officials.",  # names then a count, set off by a comma only
    "A 12% gain in the shares, to 460p, followed the results.",
    "Nine in ten shops were open – a 5% rise in footfall followed.",
    "Sales were £2m in 2020. This year profits doubled to £5m.",  # two things: sales, then profits
    "The club had 300 members in 2010. Its budget has doubled since, and it now employs 40 staff.",
    "In 2019 the firm made 200 vans. Output has doubled, it said, and 90 of its 400 staff are new this year.",
    # a neighbour with a pair of its own; forecasts, whose years the words do not order against "now"
    "The rate averaged 11.5% in 2024, down from 12.3% in 2023. This improvement came with growth of 5.2% in 2024.",
    "The board hopes to triple wheat yields. Yields should climb from some 2,000 kilos a hectare now to 7,000 by 2031.",
    "Ferry bookings may rise 12% in the coming months, to 54,000 trips, and reach 90,000 trips by 2030.",
    "Members numbered 800 in 2020. The club expects them to double, to 1,200, next year.",
]

TABLES = (TIMED_PAIR_TREND + TIMED_PAIR_CHANGE + PAIR_PAST_ITS_NOUN + START_OF_A_TIME + OPENED_UP_OR_DOWN_FROM
          + WHOLE_POUNDS_OF_A_FINE_CHANGE + TOTAL_AFTER_ITS_PARTS + OF_THE_NOUN_NEXT + NOUNS_OF_A_CHANGE + NAMES_SET_OFF
          + OUT_OF_FAR + RATIO_AS_A_RATE + LENGTH_IN_THE_MAIN_CLAUSE + RATE_EACH_PERIOD_FAR + SHARE_PER_HEAD_IN_CLAUSES
          + AMOUNT_FAR_BEFORE_ITS_SHARE + PARTS_LABELLED_AFTER_A_VERB + SEATS_OF_A_BODY)
CASES = [(slip, [rule]) for slip, _, rule in TABLES] + [(twin, []) for _, twin, _ in TABLES] + [(t, []) for t in QUIET]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_a_slip_gives_its_finding_and_its_twin_none(text: str, rules: list[str]) -> None:
    found = list(builtins.run(claims_of(text), None, text))
    assert [f.rule for f in found] == rules, [f.evidence for f in found]
