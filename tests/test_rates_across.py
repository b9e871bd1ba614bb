"""A figure given per day, week, month or year is a rate: held against the same rate in another
report, never against a rate per another period or against a total."""

from __future__ import annotations

import pytest

from checker.extract import extract
from checker.meaning import describe
from checker.model import Source
from tests.test_extract_readings import two_reports_disagree


@pytest.mark.parametrize("text, figure, dimension", [
    ("Ashby General is treating 40 patients a day for flu.", "40", "count per day"),
    ("About 280 flu patients a week are being treated.", "About 280", "count per week"),
    ("The field pumps 60,000 barrels of oil a day.", "60,000 barrels", "volume per day"),
    ("He was paid £300 a week.", "£300", "money:GBP per week"),
    ("The plant builds 150,000 cars every year.", "150,000", "count per year"),
    # a day after the clause, or a day that dates, is no rate
    ("Police arrested 30 people a day later.", "30", "count"),
    ("The plant built 150,000 cars and a year later closed.", "150,000", "count"),
    # the time something took is no rate: "within a day", "inside a week", "over a year", "in less than a month"
    ("Supporters gave £45,000 to the fund within a day.", "£45,000", "money:GBP"),
    ("The petition gathered 120,000 signatures inside a week.", "120,000", "count"),
    ("The charity spent £2m on the scheme over a year.", "£2m", "money:GBP"),
    ("The festival sold 30,000 tickets in less than a month.", "30,000", "count"),
    ("Rescuers had pulled 14 people from the rubble within an hour.", "14", "count"),
    ("Engineers laid 3 miles of track during a week of night shifts.", "3 miles", "length"),
    # but a rate stays a rate however many words stand between
    ("The hospital saw 40 new flu patients each day.", "40", "count per day"),
    ("The ferry carries 2,000 passengers across the strait a day.", "2,000", "count per day"),
])
def test_a_figure_per_period_is_a_rate(text: str, figure: str, dimension: str) -> None:
    found = {c.text: describe(c) for c in extract(Source.build("a.txt", text))}
    meaning = found[figure]
    assert meaning is not None and meaning.dimension == dimension


@pytest.mark.parametrize("a, b, flagged", [
    ("Ashby General is treating 40 patients a day for flu.", "About 280 flu patients a week are treated at Ashby General.", False),
    ("Ashby General is treating 40 patients a day for flu.", "Ashby General is treating 55 flu patients a day.", True),
    ("The Tarn field pumps 60,000 barrels of oil a day.", "The Tarn field pumps 65,000 barrels of oil a day.", True),
    ("Kell Foods paid its drivers £300 a week.", "Kell Foods paid its drivers £1,200 a month.", False),
    ("The Dunmore plant builds 150,000 cars a year.", "The Dunmore plant has built 400,000 cars.", False),
    # a sum raised within a day is a sum: held against the other report's sum
    ("Fans gave £45,000 to the Corran appeal within a day.", "The Corran appeal raised £54,000 from fans.", True),
    ("Fans gave £45,000 to the Corran appeal within a day.", "The Corran appeal raised £45,000 from fans within a day.", False),
])
def test_rates_are_compared_per_one_period(a: str, b: str, flagged: bool) -> None:
    assert two_reports_disagree(a, b) is flagged
