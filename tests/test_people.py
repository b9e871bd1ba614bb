"""One person, one identity: which two speaker keys name one speaker."""

from __future__ import annotations

import pytest

from checker.people import same

# (key, key, one speaker?)
SAME = [
    ("angelina jolie", "jolie", True),
    ("angelina", "angelina jolie", True),
    ("angelina jolie", "angelina", True),
    ("national crime agency", "nca", True),
    ("j. smith", "john smith", True),
    ("angelina", "angelina smith jolie", False),  # a first name is held only against a name of two words
    ("brad pitt", "angelina jolie", False),
    ("john", "jane", False),
    ("ed davey", "ed davies", False),
]


@pytest.mark.parametrize(("a", "b", "expected"), SAME, ids=[f"{a}|{b}" for a, b, _ in SAME])
def test_same(a: str, b: str, expected: bool) -> None:
    assert same(a, b) is expected


@pytest.mark.parametrize("a, b, agree", [
    ("BPI chairman", "BPI chief", True),  # "chief": the head of the body, whatever their office
    ("NSPCC chief executive", "NSPCC head", True),
    ("NSPCC chief executive", "NSPCC chairman", False),  # two offices
    ("Tory foreign affairs spokesman", "Conservative shadow foreign secretary", True),
    ("Labour health spokeswoman", "Labour shadow health secretary", True),
    ("Tory health spokesman", "Conservative shadow foreign secretary", False),  # two briefs
    ("Lib Dem leader", "Liberal Democrat leader", True),
    ("chief constable", "chief executive", False),
    ("chief", "spokesman", False),  # a head is no spokesman
    ("chief", "chairman", True),  # the body named apart from the title: a head, and its chairman
    ("leader", "MP", False),
    ("union boss", "union member", False),
    ("shadow chancellor", "shadow home secretary", False),
    ("shadow chancellor", "Labour transport spokeswoman", False),
])
def test_titles_that_may_both_be_right(a: str, b: str, agree: bool) -> None:
    from checker import people
    from checker.model import Speaker

    def said(title: str) -> str:
        found = people.title(Speaker(text=title, name="Ann Lee", title=title, organisation=None, how="beside", start=0, end=0))
        assert found is not None
        return found

    assert people.titles_agree(said(a), said(b)) is agree
