"""Two versions of a quotation, word by word: what drifts and what an editor accepts."""

from __future__ import annotations

import pytest

from checker.extract import quotations
from checker.model import Source
from checker.wording import compare, diff, normal, same_quote, wording


def _wording(quoted: str):  # type: ignore[no-untyped-def]
    text = f"She said: “{quoted}”"
    (q,) = quotations(Source.build("t", text))
    return text, wording(text, q)


@pytest.mark.parametrize(("word", "expected"), [
    ("Organisation", "organization"), ("colour", "color"), ("four", "four"), ("centre", "center"),
    ("analysed", "analyzed"), ("defence", "defense"), ("programmes", "programs"), ("5,100", "5100"),
    ("it’s", "it's"), ("Hours", "hours"),
])
def test_normal(word: str, expected: str) -> None:
    assert normal(word) == expected


# (reference, other version, expected word diff of the drift, "" when accepted)
CASES = [
    ("We will act now and soon.", "We will act now and soon.", ""),
    ("We will act now and soon.", "we will act now and soon", ""),
    ("We will act now and soon.", "We will act and soon.", "We will act [-now-] and soon"),
    ("We will act now and soon.", "We will act right now and soon.", "We will act {+right+} now and soon"),
    ("We will act now and soon.", "We will act later and soon.", "We will act [-now-] {+later+} and soon"),
    ("We will act now and soon.", "We will act … and soon.", ""),
    ("We will act now and soon.", "We [the council] will act now and soon.", ""),
    ("We will act now and soon.", "[The council] will act now and soon.", ""),
    ("We will act now and soon.", "will act now", ""),
    ("The council will act now and soon, and for good.", "They will act now and soon, and for good.", "[-The council-] {+They+} will act now …"),
]


@pytest.mark.parametrize(("a", "b", "expected"), CASES)
def test_compare(a: str, b: str, expected: str) -> None:
    text_a, wa = _wording(a)
    text_b, wb = _wording(b)
    c = compare(wa, wb)
    assert same_quote(c, wa, wb)
    assert diff(text_a, wa, text_b, wb, c.drift) == expected


def test_different_quotes_are_not_one() -> None:
    _, wa = _wording("We will act now and soon.")
    _, wb = _wording("Nobody expected the figures to rise so fast this year.")
    assert not same_quote(compare(wa, wb), wa, wb)
