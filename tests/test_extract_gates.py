"""Cheap tests that let extraction skip a pattern must never change what it reads.

Each gate is checked against the pattern run without it, on phrasings of our own that the
pattern does read (so that a gate too strict fails here) and on ones it does not."""

from __future__ import annotations

import pytest

from checker.extract import _VOCABULARY, ages, clock
from checker.extract.scan import Tokens

DECADES = [
    "She moved to Leeds in her eighties and still swims.",
    "Both men were in their early twenties at the time.",
    "a woman in her mid-thirties",
    "He was in his late\u00a0forties.",
    "IN HIS SIXTIES, he took up painting.",
    "The sixties were a decade of change.",  # a decade of time: no age
    "in her twentie\u017f",  # the long s that a case-blind pattern takes for 's'
    "in his TWENT\u0130ES",  # the dotted capital I
    "in their th\u0131rties",  # the dotless i
    "No decade is named here, only 1,944 cases in 2018.",
    "",
]


@pytest.mark.parametrize("text", DECADES)
def test_decade_words_gate_reads_what_the_pattern_reads(text: str) -> None:
    assert ages.decade_words(text, Tokens(text, _VOCABULARY)) == ages.decade_words(text)


def test_decade_words_gate_still_reads_ages() -> None:
    text = "She moved to Leeds in her eighties and still swims."
    assert [r.value for r in ages.decade_words(text, Tokens(text, _VOCABULARY))] == [80]


TIMES = [
    "The polls close at 10pm and results follow at 3.30 a.m.",
    "Kick-off is at 15:30, with gates open from 1400 hrs.",
    "The launch was set for 0830 GMT on Monday.",
    "The launch was set for 0830      GMT on Monday.",
    "It happened at 9 in the morning, and again at 10 o'clock at night.",
    "The meeting began at ten past 3 in the afternoon.",
    "by 11 tonight",
    "at 20 to 6 in the evening",
    "at 1200 hours",
    "at 2200 local time",
    "Police recorded 1,944 cases in 2018, up 50%, and 215 were closed by 2019.",
    "12 of the 14 councils; 2019 then 2020; 1 2 3",
    "at 7 PM",
    "at 7",
]


@pytest.mark.parametrize("text", TIMES)
def test_clock_gate_reads_what_the_patterns_read(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = clock.times(text, Tokens(text, _VOCABULARY))
    monkeypatch.setattr(clock, "_may_tell_time", lambda text, p: True)
    assert gated == clock.times(text, Tokens(text, _VOCABULARY))


def test_clock_gate_still_reads_times() -> None:
    text = "Kick-off is at 15:30, with gates open from 1400 hrs; the launch is at 0830 GMT, the vote at 10pm."
    assert [r.details["clock"] for r in clock.times(text, Tokens(text, _VOCABULARY))] == ["15:30", "14:00", "08:30", "22:00"]


@pytest.mark.parametrize("text", ["in her twentie\u017f", "in his TWENT\u0130ES", "in their th\u0131rties"])
def test_decade_words_read_letters_a_case_blind_match_takes_for_ascii(text: str) -> None:
    """The long s, the dotted capital I and the dotless i match 's' and 'i' ignoring case: the decade is still read (no KeyError)."""
    assert [r.value for r in ages.decade_words(text)] == [20 if "twent" in text.lower() else 30]
