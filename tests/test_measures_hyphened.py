"""A measure told as a hyphened adjective ("the 14-kilometre bypass", "a two-mile walk") is a measure,
and how a measure extends ("12 miles long") is no thing counted: the two are one quantity."""

from __future__ import annotations

import pytest

from checker.extract import extract
from checker.model import Source
from tests.test_extract_readings import two_reports_disagree


@pytest.mark.parametrize("text, figure, unit", [
    ("Drivers used the 14-kilometre Felsham bypass.", "14-kilometre", "kilometre"),
    ("It is a 12-mile route.", "12-mile", "mile"),
    ("A 3.5-mile stretch was shut.", "3.5-mile", "mile"),
    ("They built a two-mile path.", "two-mile", "mile"),
    ("A 10-tonne lorry overturned.", "10-tonne", "tonne"),
    ("The 15-acre site was sold.", "15-acre", "acre"),
    ("A queue 12-mile-long formed.", "12-mile", "mile"),
    ("A 40 km-long road opened.", "40 km", "kilometre"),
])
def test_a_hyphened_measure_is_a_measure(text: str, figure: str, unit: str) -> None:
    found = {c.text: (c.kind, c.unit) for c in extract(Source.build("a.txt", text))}
    assert found.get(figure) == ("measure", unit)


@pytest.mark.parametrize("a, b, flagged", [
    ("The new Felsham bypass, which opened on Monday, is 12 miles long.", "Drivers began using the 14-kilometre Felsham bypass on Monday.", True),
    ("The new Felsham bypass, which opened on Monday, is 12 miles long.", "Drivers began using the 19-kilometre Felsham bypass on Monday.", False),
    ("The Orwell wall is 40 metres high.", "The 55-metre Orwell wall was finished.", True),
    ("The Orwell wall is 40 metres high.", "The 40-metre Orwell wall was finished.", False),
])
def test_a_hyphened_measure_is_held_against_the_same_measure(a: str, b: str, flagged: bool) -> None:
    assert two_reports_disagree(a, b) is flagged
