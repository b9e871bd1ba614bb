"""Cheap tests that let extraction skip a pattern must never change what it reads."""

from __future__ import annotations

import pytest

from checker.extract import ages


@pytest.mark.parametrize("text", ["in her twentie\u017f", "in his TWENT\u0130ES", "in their thırties"])
def test_decade_words_read_letters_a_case_blind_match_takes_for_ascii(text: str) -> None:
    """The long s, the dotted capital I and the dotless i match 's' and 'i' ignoring case: the decade is still read (no KeyError)."""
    assert [r.value for r in ages.decade_words(text)] == [20 if "twent" in text.lower() else 30]
