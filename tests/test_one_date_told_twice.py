"""Figures whose periods are one date told differently are one period's figures: when two reports date one event
differently ("from 3 March" / "from 5 March") and the dates are found to be one date (a finding of their own), the
other figures those dates date are compared too, not kept apart as figures of two periods.
"""

from __future__ import annotations

from datetime import date

import pytest

from checker.align import check
from checker.extract import extract
from checker.model import Source

PUBLISHED = date(2026, 3, 10)


def _flagged(a: str, b: str) -> set[str]:
    """The words of every figure a cross-source finding points at in the second report."""
    claims = {name: extract(Source.build(name, text, published=PUBLISHED)) for name, text in (("a.txt", a), ("b.txt", b))}
    return {loc.text for f in check(claims) for loc in f.locations if loc.path == "b.txt"}


@pytest.mark.parametrize("a, b, flagged", [
    # one event dated two ways: the date is flagged, and so is a count those dates date
    ("The council imposed a curfew for a 14-day period from 3 March in 12 districts.",
     "The council imposed a curfew for a 14-day period from 5 March in 15 districts.", {"5 March", "15"}),
    ("The council imposed a curfew for a 14-day period from 3 March in 12 districts.",
     "The council imposed a curfew for a 14-day period from 5 March in 12 districts.", {"5 March"}),
    ("Ministers ordered a 30-day ban on fishing from 1 June in 40 coastal zones, officials said.",
     "Officials said ministers ordered a 30-day ban on fishing from 4 June in 46 coastal zones.", {"4 June", "46"}),
    ("Ministers ordered a 30-day ban on fishing from 1 June in 40 coastal zones, officials said.",
     "Officials said ministers ordered a 30-day ban on fishing from 1 June in 40 coastal zones.", set()),
])
def test_figures_dated_by_one_date_told_twice_are_compared(a: str, b: str, flagged: set[str]) -> None:
    assert _flagged(a, b) == flagged


@pytest.mark.parametrize("a, b", [
    # two dates, two counts: the dates are not one date (their sentences state different facts), nor the counts
    ("The ferry carried 1,200 passengers on Saturday, up from 900 on Friday.", "The ferry carried 900 passengers on Friday and 1,200 on Saturday."),
    ("The firm sold 5,000 cars in 2024.", "The firm sold 6,500 cars in 2025."),
    # two events of two days told by both: each day's count is held against the same day's only
    ("Firefighters rescued nine people from the flats on Monday and four more from the mill on Tuesday.",
     "Four people were rescued from the mill on Tuesday, a day after nine were saved from the flats on Monday."),
])
def test_figures_of_two_dates_stay_apart(a: str, b: str) -> None:
    assert _flagged(a, b) == set()
