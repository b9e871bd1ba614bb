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
