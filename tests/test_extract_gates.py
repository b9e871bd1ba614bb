"""Cheap tests that let extraction skip a pattern must never change what it reads.

Each gate is checked against the pattern run without it, on phrasings of our own that the
pattern does read (so that a gate too strict fails here) and on ones it does not."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import pytest

from checker.extract import _VOCABULARY, ages, clock
from checker.extract.scan import Tokens
from checker.model import Claim, Source

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


def test_clock_gate_still_reads_times() -> None:
    text = "Kick-off is at 15:30, with gates open from 1400 hrs; the launch is at 0830 GMT, the vote at 10pm."
    assert [r.details["clock"] for r in clock.times(text, Tokens(text, _VOCABULARY))] == ["15:30", "14:00", "08:30", "22:00"]


@pytest.mark.parametrize("text", ["in her twentie\u017f", "in his TWENT\u0130ES", "in their th\u0131rties"])
def test_decade_words_read_letters_a_case_blind_match_takes_for_ascii(text: str) -> None:
    """The long s, the dotted capital I and the dotless i match 's' and 'i' ignoring case: the decade is still read (no KeyError)."""
    assert [r.value for r in ages.decade_words(text)] == [20 if "twent" in text.lower() else 30]


COUNTS_AND_CLOCKS = [
    "The doors open at 7 pm and 300 people queued.",
    "By 9a.m. some 40 had left; by 10 o'clock 55 more.",
    "At 1400 GMT 12 ships sailed, 3 BST or 4 UTC.",
    "the 2:30 train carried 450",
    "It cost 5 pounds, 4th in line, 12 apples, 7\u00a0pm",
]


class _Everything(frozenset[str]):
    def __contains__(self, item: object) -> bool:
        return True


_EVERYTHING = _Everything()


def extract_kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in extract_all(text)]


def test_line_end_stop_read_from_the_end_is_the_pattern() -> None:
    """`_ends_with_stop` reads what `[.!?…:]["'”’)\\]]*[ \\t]*\\Z` finds, on every short mix of stops, closers and blanks."""
    import random

    import regex

    from checker.extract.context import _ends_with_stop

    pattern = regex.compile(r"[.!?…:][\"'”’)\]]*[ \t]*\Z")
    chars = list("ab .!?…:\"'”’)] \t\n\r")
    rng = random.Random(7)
    for _ in range(20000):
        line = "".join(rng.choice(chars) for _ in range(rng.randint(0, 8)))
        assert _ends_with_stop(line) == bool(pattern.search(line)), repr(line)


def read_times(text: str) -> list[object]:
    return list(clock.times(text, Tokens(text, _VOCABULARY)))


NAMES = [
    "Jo Hart said 40 staff left. Ms Hart told the BBC 12 more would go, according to Unison.",
    "Hart\tsaid 5; Hart, who said 6; Hart's 7; Hart has warned 8 times.",
]
_NOTHING: frozenset[str] = frozenset()
# (module, the name of its gate, a value that lets everything through, a reader, texts)
GATES = [(clock, "_may_tell_time", lambda text, p: True, read_times, TIMES),
         ("figures", "_CLOCK_OPENS", _EVERYTHING, extract_kinds, COUNTS_AND_CLOCKS),
         ("context", "_SPACE_TAB", _EVERYTHING, lambda text: [(c.text, c.entities, c.about, c.place) for c in extract_all(text)], NAMES),
         ("numbers", "_ASCII_DIGITS", _NOTHING, extract_kinds, [*COUNTS_AND_CLOCKS, *TIMES, "It fell to minus 5, then minus 12 by 6am."])]


@pytest.mark.parametrize(("module", "gate", "open_gate", "read", "text"),
                         [(m, g, o, r, t) for m, g, o, r, texts in GATES for t in texts])
def test_gate_reads_what_the_patterns_read(module: object, gate: str, open_gate: object, read: Callable[[str], object],
                                           text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each gate lets extraction skip a pattern only where the pattern finds nothing: the same readings with the gate open."""
    if isinstance(module, str):
        module = importlib.import_module(f"checker.extract.{module}")
    gated = read(text)
    monkeypatch.setattr(module, gate, open_gate)
    assert gated == read(text)


def extract_all(text: str) -> list[Claim]:
    from checker.extract import extract

    return extract(Source.build("t", text))
