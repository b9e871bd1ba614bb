"""A figure whose counted thing is left out ("1,200 members in 2020, but 900 in 2023") counts what
the figure before it in its sentence counts; one followed by a verb ("12 were injured") does not."""

from __future__ import annotations

import pytest

from checker.extract import extract
from checker.meaning import describe
from checker.model import Source
from tests.test_extract_readings import two_reports_disagree


@pytest.mark.parametrize("text, figure, counted", [
    ("The Hartley club had 1,200 members in 2020, but 900 in 2023.", "900", ("member",)),
    ("The council logged 1,450 complaints in May, and 3,100 in the whole of June.", "3,100", ("complain",)),
    ("The firm sold 300 bikes in March and 410 in April.", "410", ("bike",)),
    ("It recorded 2.5 million visits in 2020 and 3 million in 2021.", "3 million", ("visit",)),
    # a verb after the figure, a scale word or nothing counted before: nothing inherited
    ("Police arrested 30 protesters and 12 were injured.", "12", ()),
    ("Numbers fell from 1.2 million in 2019 to 850,000 last year.", "850,000", ()),
])
def test_an_elided_figure_counts_what_the_one_before_counts(text: str, figure: str, counted: tuple[str, ...]) -> None:
    found = {c.text: describe(c) for c in extract(Source.build("a.txt", text))}
    meaning = found[figure]
    assert meaning is not None and tuple(c for c in meaning.counted) == counted


@pytest.mark.parametrize("a, b, flagged", [
    ("Brill council logged 1,450 complaints in the first half of 2025, and 3,100 in the whole of 2024.",
     "Brill council logged 3,400 complaints in 2024.", True),
    ("Brill council logged 1,450 complaints in the first half of 2025, and 3,100 in the whole of 2024.",
     "Brill council logged 3,100 complaints in 2024.", False),
    ("Tolley Mill sold 300 bikes in March and 410 in April.", "Tolley Mill sold 450 bikes in April.", True),
    ("Tolley Mill sold 300 bikes in March and 410 in April.", "Tolley Mill sold 410 bikes in April.", False),
])
def test_an_elided_figure_is_held_against_the_same_count(a: str, b: str, flagged: bool) -> None:
    assert two_reports_disagree(a, b) is flagged
