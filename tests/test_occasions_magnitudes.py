"""How often something happened ('twice', 'three times': a count of occasions, never a multiple) and
an earthquake's magnitude ('magnitude 6.1', 'a 6.4-magnitude quake', '5.8 on the Richter scale': a
measure), read the same way however a report words them, and held against another report's."""

from __future__ import annotations

import pytest

from checker.extract import extract
from checker.model import Source
from tests.test_extract_readings import two_reports_disagree


def _read(text: str) -> list[tuple[str, str, float | None, str | None, str | None]]:
    out = []
    for c in extract(Source.build("t.txt", text)):
        assert text[c.start : c.end] == c.text
        out.append((c.kind, c.text, float(c.value) if c.value is not None else None, c.unit, c.subject))
    return out


@pytest.mark.parametrize("text, expected", [
    ("The striker has been sent off twice this season.", [("count", "twice", 2.0, None, "times")]),
    ("The bank has been fined twice by the regulator.", [("count", "twice", 2.0, None, "times")]),
    ("She has won the title twice.", [("count", "twice", 2.0, None, "times")]),
    ("He scored twice before the break.", [("count", "twice", 2.0, None, "times")]),
    ("He was stopped at least twice by officers.", [("count", "at least twice", 2.0, None, "times")]),
    # a multiple, a rate or an idiom: no occasions
    ("Prices rose twice as fast as wages.", [("multiplier", "twice", 2.0, "times", None)]),
    ("The new hall is twice the size of the old one.", [("multiplier", "twice", 2.0, "times", "size of the old one")]),
    ("Sales were twice this level in 2010.", [("multiplier", "twice", 2.0, "times", None), ("date", "2010", None, None, None)]),
    ("The bins are emptied twice-weekly.", []),
    ("He is a cousin twice removed.", []),
    ("You should think twice before lending money.", []),
    ("Lightning never strikes twice, they say.", []),
])
def test_how_often_is_a_count_of_occasions(text: str, expected: list[tuple[str, str, float | None, str | None, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The quake, of magnitude 6.1, struck at dawn.", [("measure", "magnitude 6.1", 6.1, "magnitude", None)]),
    ("A magnitude-7.2 earthquake hit the island.", [("measure", "magnitude-7.2", 7.2, "magnitude", "earthquake hit the island")]),
    ("The 6.4-magnitude quake struck at dawn.", [("measure", "6.4-magnitude", 6.4, "magnitude", "quake struck")]),
    ("The tremor measured 5.8 on the Richter scale.", [("measure", "5.8 on the Richter scale", 5.8, "magnitude", None)]),
    ("An aftershock of about magnitude 4.5 followed.", [("measure", "about magnitude 4.5", 4.5, "magnitude", "followed")]),
    ("It was the largest of 12 aftershocks.", [("count", "12", 12.0, None, "aftershocks")]),
])
def test_a_magnitude_is_a_measure_wherever_its_unit_stands(text: str, expected: list[tuple[str, str, float | None, str | None, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("a, b, flagged", [
    ("The striker has been sent off twice this season.", "The striker has been sent off three times this season.", True),
    ("The bank has been fined twice by the regulator since 2019.", "The regulator has fined the bank three times since 2019.", True),
    ("The striker has been sent off twice this season.", "The striker has been sent off two times this season.", False),
    ("The quake, of magnitude 6.1, struck the coast at dawn.", "The 6.4-magnitude quake struck the coast at dawn.", True),
    ("A magnitude-7.2 earthquake hit the island on Monday.", "The earthquake that hit the island on Monday measured 7.2 on the Richter scale.", False),
    ("A magnitude-7.2 earthquake hit the island on Monday.", "The earthquake that hit the island on Monday measured 6.9 on the Richter scale.", True),
])
def test_two_reports_of_how_often_and_how_strong(a: str, b: str, flagged: bool) -> None:
    assert two_reports_disagree(a, b) is flagged
