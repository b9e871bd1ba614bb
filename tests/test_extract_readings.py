"""Readings of extraction that a family of phrasings got wrong: a multiplier read twice, a difference read as a floor."""

from __future__ import annotations

import pytest

from checker.extract import extract
from checker.model import Source


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.text, c.qualifier) for c in extract(Source.build("a.txt", text))]


@pytest.mark.parametrize("text, expected", [
    ("Complaints rose five-fold in two years.", [("multiplier", "five-fold", "exact"), ("duration", "two years", "exact")]),
    ("Sales grew three-fold to 900.", [("multiplier", "three-fold", "exact"), ("count", "900", "exact")]),
    ("a ten fold rise", [("multiplier", "ten fold", "exact")]),
    ("a 10-fold rise", [("multiplier", "10-fold", "exact")]),
    ("a fourfold rise", [("multiplier", "fourfold", "exact")]),
    ("Output nearly trebled.", [("multiplier", "nearly trebled", "almost")]),
])
def test_a_multiplier_is_read_once(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a figure, then "more than" another: the difference between them, the other stated plainly
    ("There were 1,200 more than the 2,850 recorded before.", [("count", "1,200", "exact"), ("count", "2,850", "exact")]),
    ("The club has 40 more members than the 300 it had.", [("count", "40", "exact"), ("count", "300", "exact")]),
    ("It took 15 fewer than the 90 planned.", [("count", "15", "exact"), ("count", "90", "exact")]),
    # no figure before it: a floor or a ceiling as ever
    ("More than 2,850 were recorded.", [("count", "More than 2,850", "more_than")]),
    ("It cost less than £5m.", [("money", "less than £5m", "less_than")]),
    ("Police said more than 40 were held.", [("count", "more than 40", "more_than")]),
])
def test_a_difference_is_no_hedge(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a step, a stage or a part named by its number counts nothing
    ("Of 2,600 homes, 1,450 are in phase one and 1,150 in phase two.", [("count", "2,600"), ("count", "1,450"), ("count", "1,150")]),
    ("She went out in round 3 to the champion.", []),
    ("It is now a Category 4 storm with 130mph winds.", [("measure", "130mph")]),
    ("The airline filed for Chapter 11 protection.", []),
    ("Stage 2 of the scheme costs £4m.", [("money", "£4m")]),
    ("Pupils in year 9 sit the test.", []),
    # the same words before a share, a multiple or a count of something stay figures
    ("The level was 40% higher.", [("change", "40% higher")]),  # a change: a percentage then the way it moved
    ("The second phase 30 per cent over budget", [("percent", "30 per cent")]),
    ("In round 2 there were 16 players left.", [("count", "16")]),
    ("In phase one 300 people were moved.", [("count", "300")]),
])
def test_a_named_part_is_no_figure(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(k, t) for k, t, _ in _read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # areas in words and signs, and temperatures glued to their scale
    ("The fire burned 30 square kilometres of forest.", [("measure", "30 square kilometres", "square kilometre")]),
    ("It covers 12 square miles.", [("measure", "12 square miles", "square mile")]),
    ("a 40km2 reserve", [("measure", "40km2", "square kilometre")]),
    ("5,000 sq ft of offices", [("measure", "5,000 sq ft", "square foot")]),
    ("a 200 square metre flat", [("measure", "200 square metre", "square metre")]),
    ("Temperatures fell to -12C overnight.", [("measure", "-12C", "degree Celsius")]),
    ("It was minus 15C at dawn.", [("measure", "minus 15C", "degree Celsius")]),
    ("It hit 95F in the shade.", [("measure", "95F", "degree Fahrenheit")]),
    # a lone letter set apart, or a word after "square", is no unit
    ("The 30 square was full.", [("count", "30", None)]),
    ("He got 3 Cs and a B.", [("count", "3", None)]),
])
def test_areas_and_temperatures(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(c.kind, c.text, c.unit) for c in extract(Source.build("a.txt", text))] == expected


@pytest.mark.parametrize("a, b, flagged", [
    ("The blaze burned 30 square kilometres of forest near the town.", "The blaze burned 12 square miles of forest near the town.", False),
    ("The blaze burned 30 square kilometres of forest near the town.", "The blaze burned 20 square miles of forest near the town.", True),
    ("Overnight the temperature in the city fell to -12C.", "Overnight the temperature in the city fell to 10F.", False),
    ("Overnight the temperature in the city fell to -12C.", "Overnight the temperature in the city fell to -2C.", True),
])
def test_areas_and_temperatures_compared_in_one_unit(a: str, b: str, flagged: bool) -> None:
    assert two_reports_disagree(a, b) is flagged


def two_reports_disagree(a: str, b: str) -> bool:
    """Whether the cross-source check flags anything between two reports."""
    from checker.align import check

    return bool(check({name: extract(Source.build(name, text)) for name, text in (("a.txt", a), ("b.txt", b))}))
