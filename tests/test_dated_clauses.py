"""A figure takes its period from its own clause, and a date is held against the date of another
report only when both date the same figures: "In 2019 it drew 40,000; in 2024 55,000 came"."""

from __future__ import annotations

import pytest

from checker.extract import extract
from checker.model import Source
from tests.test_extract_readings import two_reports_disagree


@pytest.mark.parametrize("text, periods", [
    ("In 2019 the show drew 40,000 visitors; in 2024 55,000 came.", {"40,000": "2019", "55,000": "2024"}),
    ("The club had 1,200 members in 2020, but 900 in 2023.", {"1,200": "2020", "900": "2023"}),
    ("In March sales were 300 cars \u2013 in April 410 were sold.", {"300": "March", "410": "April"}),
    ("In 2021, while 640 applied, 2,300 were turned away in 2022.", {"640": "2021", "2,300": "2022"}),
    ("The council had 1,450 complaints in the first half of 2025, and 3,100 in the whole of 2024.", {"3,100": "2024"}),
    # no clause break: the nearest date, as ever
    ("The show drew 40,000 visitors in 2019 and 55,000 in 2024.", {"40,000": "2019", "55,000": "2024"}),
])
def test_a_figure_is_dated_in_its_own_clause(text: str, periods: dict[str, str]) -> None:
    found = {c.text: c.period.text for c in extract(Source.build("a.txt", text)) if c.period is not None}
    assert {k: found.get(k) for k in periods} == periods


@pytest.mark.parametrize("a, b, flagged", [
    ("In 2019 the Wenlow show drew 40,000 visitors; in 2024 55,000 came.", "The Wenlow show drew 55,000 visitors in 2024.", False),
    ("In 2019 the Wenlow show drew 40,000 visitors; in 2024 55,000 visitors came.", "The Wenlow show drew 50,000 visitors in 2024.", True),
    ("In 2019 the Wenlow show drew 40,000 visitors; in 2024 55,000 came.", "The Wenlow show drew 40,000 visitors in 2018.", True),
    ("The Hartley club had 1,200 members in 2020, but 900 in 2023.", "The Hartley club had 900 members in 2023.", False),
    ("The Hartley club had 1,200 members in 2020, but 900 in 2023.", "The Hartley club had 1,100 members in 2023.", True),
    ("Brill council logged 1,450 complaints in the first half of 2025, and 3,100 in the whole of 2024.",
     "Complaints to Brill council reached 3,100 in 2024.", False),
    ("Brill council logged 1,450 complaints in the first half of 2025, and 3,100 complaints in the whole of 2024.",
     "Complaints to Brill council reached 3,400 in 2024.", True),
    # a figure after a semicolon is a figure of its own clause, never a restatement of the one before
    ("Tolley Mill sold 300 bikes in March; 410 bikes went in April.", "Tolley Mill sold 380 bikes in April.", True),
    ("Tolley Mill sold 300 bikes in March; 410 bikes went in April.", "Tolley Mill sold 410 bikes in April.", False),
])
def test_dates_of_different_clauses_are_not_one_date(a: str, b: str, flagged: bool) -> None:
    assert two_reports_disagree(a, b) is flagged
