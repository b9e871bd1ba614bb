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

TABLES = TIMED_PAIR_TREND + TIMED_PAIR_CHANGE
CASES = [(slip, [rule]) for slip, _, rule in TABLES] + [(twin, []) for _, twin, _ in TABLES] + [(t, []) for t in QUIET]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_a_slip_gives_its_finding_and_its_twin_none(text: str, rules: list[str]) -> None:
    found = list(builtins.run(claims_of(text), None, text))
    assert [f.rule for f in found] == rules, [f.evidence for f in found]
