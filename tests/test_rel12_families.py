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
QUIET = [
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
          + WHOLE_POUNDS_OF_A_FINE_CHANGE)
CASES = [(slip, [rule]) for slip, _, rule in TABLES] + [(twin, []) for _, twin, _ in TABLES] + [(t, []) for t in QUIET]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_a_slip_gives_its_finding_and_its_twin_none(text: str, rules: list[str]) -> None:
    found = list(builtins.run(claims_of(text), None, text))
    assert [f.rule for f in found] == rules, [f.evidence for f in found]
