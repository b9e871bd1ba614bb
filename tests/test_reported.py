"""Reported speech inside quotation marks: a fragment that puts a speaker's words in the third person."""

from __future__ import annotations

import pytest

from checker import quotecheck
from checker.extract import quotations
from checker.model import Source

OWN = "Maria Lopez wrote: “I mean to stay fit to watch my sons play football and to coach my grandsons some day.”\n"
VOW = "Tom Hill told the rally: “I will never give up this fight for the town, whatever they throw at us.”\n"


def reworded(a: str, b: str) -> list[str]:
    """The evidence of the reported-speech findings between two articles."""
    sources = {name: Source.build(name, text) for name, text in (("a.txt", a), ("b.txt", b))}
    found = quotecheck.check(sources, {n: quotations(s) for n, s in sources.items()}, {n: [] for n in sources})
    return [f.evidence for f in found if f.rule == "builtin.quote-wording" and "in the third person" in f.evidence]


FLAGGED = [
    ("her for my", OWN, "Lopez said she trained so she could “watch her grandsons play football”.\n",
     "[-watch my sons play football and to coach my grandsons-] {+watch her grandsons play football+}"),
    ("he for I", VOW, "Hill said “he would never give up the fight” for the town.\n",
     "[-I will never give up this fight-] {+he would never give up the fight+}"),
    ("their for our", "Ann Lee said: “Our nurses are tired, and our patients wait far too long for beds.”\n",
     "Lee warned that “their patients wait for beds” while nurses tire.\n",
     "[-our patients wait far too long for beds-] {+their patients wait for beds+}"),
]


@pytest.mark.parametrize(("case", "a", "b", "shown"), FLAGGED, ids=[c[0] for c in FLAGGED])
def test_third_person_inside_the_marks(case: str, a: str, b: str, shown: str) -> None:
    (evidence,) = reworded(a, b)
    assert evidence.endswith(shown)


PASSES = [
    ("the speaker's own third person, word for word", "Ann Lee said: “We will help families keep their homes this winter.”\n",
     "Lee vowed to “help families keep their homes” this winter.\n"),
    ("a third person the speaker used too", "Ann Lee said: “We must speak with him before Friday about the fire at the farm.”\n",
     "Lee said police wanted to “speak with him about the farm fire”.\n"),
    ("another speaker", OWN, "Tom Hill said he hoped to “watch his grandsons play football” in the town.\n"),
    ("words far apart", "Maria Lopez wrote: “I want to watch the sea. My garden has roses and lilies and a pond, and in the summer the "
     "grandsons play there until late and the neighbours come to kick a football.”\n",
     "Lopez said she hoped to “watch her grandsons play football”.\n"),
    ("no first person in the other", "Maria Lopez wrote: “People want to watch sons play football and to coach grandsons.”\n",
     "Lopez said she hoped to “watch her grandsons play football”.\n"),
    ("a quotation of its own, not a fragment", OWN, "“She will watch her grandsons play football,” her doctor said.\n"),
]


@pytest.mark.parametrize(("case", "a", "b"), PASSES, ids=[c[0] for c in PASSES])
def test_not_reworded(case: str, a: str, b: str) -> None:
    assert reworded(a, b) == []
