"""Table tests: whose age an unnamed description tells (`checker.meaning.protagonist`)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from checker.extract import extract
from checker.meaning import protagonist
from checker.model import Source


def _said(name: str, times: int) -> str:
    return " ".join([f"{name} spoke."] * times)


@pytest.mark.parametrize("text, expected", [
    (_said("Brandt", 5) + " Rosa Vint wept. " + _said("Vint", 2), "ellie brandt"),  # 5 against 3: a clear lead
    (_said("Brandt", 4) + " Rosa Vint wept. " + _said("Vint", 2), None),  # 4 against 3: no one's article
    (_said("Brandt", 3) + " Rosa Vint wept. Vint left.", None),  # 3 against 2
    (_said("Brandt", 5) + " Rosa Vint wept. " + _said("Vint", 3), None),  # 5 against 4: not half as many again
    (_said("Brandt", 7) + " Rosa Vint wept. " + _said("Vint", 3), "ellie brandt"),
])
def test_the_protagonist_leads_by_a_clear_margin(text: str, expected: str | None) -> None:
    people = {"ellie brandt": {Fraction(16)}, "rosa vint": {Fraction(58)}}
    assert protagonist.of_text(text, people, Fraction(16)) == expected


@pytest.mark.parametrize("sentence, figure, expected", [
    ("The UN envoy, 39, said she had made the choice.", "39", True),
    ("The UN Ambassador, 39, said she had made the choice.", "39", True),  # a capitalised title is still a role
    ("The Tory MP, 52, said he would stand down.", "52", True),
    ("The Head Teacher, 47, said the school would reopen.", "47", True),
    ("Rosa Vint, 58, said she had made the choice.", "58", False),  # named beside it: that name's
    ("The Labour MP Tom Reed, 52, said he would stand.", "52", False),  # a title, then the name
    ("The Republican Sen. Tom Reed, 61, said no.", "61", False),
    ("Police said Ellie Brandt, the 16-year-old, was found.", "16-year-old", False),
    ("The 16-year-old was seen boarding a bus.", "16-year-old", True),
    ("A 31-year-old Dorset man is in hospital after a fall.", "31-year-old", True),
    ("Police spoke to a 31-year-old man at the scene.", "31-year-old", False),  # indefinite inside the sentence: someone new
])
def test_an_age_told_of_someone_described(sentence: str, figure: str, expected: bool) -> None:
    (claim,) = [c for c in extract(Source.build("a.txt", sentence)) if c.text == figure]
    assert protagonist.described(claim) is expected
