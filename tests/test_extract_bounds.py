"""Extraction reads a bounded window around each figure: matches at a position, a figure's
subject, a sentence, the names and dates nearest to a figure. Work is counted, never timed."""

from __future__ import annotations

import bisect
import random
import re
from collections.abc import Iterator
from typing import Any

import pytest
import regex

import checker.extract as extract_module
from checker.extract import context, figures, near, numbers, ranges, trends
from checker.extract.anchor import DateSpan
from checker.extract.common import Raw
from checker.extract.context import MAX_SENTENCE, Mention, Names, SentenceIndex, sentences, subject
from checker.extract.dates import find_dates
from checker.extract.scan import REACH, Tokens, match_at
from tests.conftest import claims_of
from tests.test_linear import Counting, _growth

_PERCENT = regex.compile(r"[ \t]*(?:%|per cent)(?![\w])")
_CLAUSE_END = regex.compile(r"[ \t]*(?:[.,;]|\Z)")
_ANYTHING_THEN_X = regex.compile(r".*x")
MATCHES = [
    ("a match within the reach", _PERCENT, "5 per cent of them", 1, " per cent"),
    ("blanks across the window's end are read to their end", _PERCENT, "5" + " " * 300 + "%", 1, " " * 300 + "%"),
    ("the window's end is not the text's end", _CLAUSE_END, "5" + " " * 300 + "said", 1, None),
    ("the text's end is", _CLAUSE_END, "5   ", 1, "   "),
    ("nothing beyond the reach", _ANYTHING_THEN_X, "a" * (REACH + 10) + "x", 0, None),
]


@pytest.mark.parametrize(("case", "pattern", "text", "pos", "expected"), MATCHES, ids=[c[0] for c in MATCHES])
def test_a_match_at_a_position_reads_a_bounded_window(case: str, pattern: regex.Pattern[str], text: str, pos: int,
                                                      expected: str | None) -> None:
    found = match_at(pattern, text, pos)
    assert (found[0] if found else None) == expected


# (family, unit repeated with no full stop, module, pattern matched after figures)
SCANS = [
    ("from X to Y", "it rose from 5 to 6 and ", trends, "_TO_AFTER"),
    ("between 1 and", "between 1 and ", trends, "_TO_AFTER"),
    ("units after a range", "1 to 2 and ", ranges, "CURRENCY_AFTER"),
    ("clocks after figures", "1 a,", figures, "_CLOCK"),  # (a blank and "a" may open "am": the pattern is tried)
    ("'a' before a number word", "a hundred and a dozen and ", numbers, "_A_NUMBER"),
]


@pytest.mark.parametrize(("case", "unit", "module", "name"), SCANS, ids=[c[0] for c in SCANS])
def test_patterns_after_figures_scan_linearly(monkeypatch: pytest.MonkeyPatch, case: str, unit: str, module: Any, name: str) -> None:
    def work(n: int) -> int:
        counter = Counting(getattr(module, name))
        monkeypatch.setattr(module, name, counter)
        claims_of(unit * n)
        monkeypatch.setattr(module, name, counter.pattern)
        return counter.scanned
    assert work(10) > 0
    assert _growth(work, 100) < 6


SUBJECTS = [
    ("words after the figure", "It has 5 large firms.", "large firms"),
    ("a share's leading words and figure skipped", "It has 5 of the 10 largest firms.", "largest firms"),
    ("a few leading figures skipped", "They sold 2 1 1 1 cases.", "cases"),
    ("past the lead's reach, none", "They sold 2" + " 1" * (context.LEAD_REACH + 1) + " cases.", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), SUBJECTS, ids=[c[0] for c in SUBJECTS])
def test_a_subject_is_read_within_its_reach(case: str, text: str, expected: str | None) -> None:
    assert claims_of(text)[0].subject == expected


def test_subjects_read_a_bounded_number_of_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    read = 0

    class Tokens_:
        def finditer(self, text: str, pos: int, endpos: int) -> Iterator[Any]:
            nonlocal read
            for m in token.finditer(text, pos, endpos):
                read += 1
                yield m

    token = context._TOKEN
    monkeypatch.setattr(context, "_TOKEN", Tokens_())

    def work(n: int) -> int:
        nonlocal read
        read = 0
        text = "1 " * n
        for start, end in sentences(text):
            for at in range(start, end, 2):
                subject(text, at + 1, end)
        return read
    assert _growth(work, 200) < 6


CUTS = [
    ("a sentence under the limit is whole", "a " * 700 + "end", [(0, 1403)]),
    ("a long run is cut at its last blank", "ab " * 1000, [(0, 1997), (1998, 2999)]),
    ("a run with no blank is cut at the limit", "a" * 4500, [(0, 2000), (2000, 4000), (4000, 4500)]),
    ("blanks before a sentence count for nothing", " " * 1500 + "a " * 700 + "end", [(1500, 2903)]),
]


@pytest.mark.parametrize(("case", "text", "spans"), CUTS, ids=[c[0] for c in CUTS])
def test_a_sentence_is_at_most_the_limit(case: str, text: str, spans: list[tuple[int, int]]) -> None:
    assert sentences(text) == spans
    assert all(b - a <= MAX_SENTENCE for a, b in spans)


def _about_all_pairs(raws: list[Raw], index: SentenceIndex, names: Names) -> dict[int, tuple[str, ...]]:
    """near.about's giving of names to figures as it was written, over all pairs: the reference."""
    found: dict[int, list[str]] = {}
    figures: dict[tuple[int, int], list[Raw]] = {}
    dated: dict[tuple[int, int], list[Raw]] = {}
    for raw in raws:
        (dated if raw.kind in {"date", "period"} else figures).setdefault(index.around(raw.start), []).append(raw)
    for span, group in dated.items():
        for m in names.in_sentence(*span):
            for raw in group if not m.attribution else ():
                if m.start - near.BESIDE <= raw.end <= m.start:
                    found.setdefault(id(raw), []).append(m.name)
    for span, group in figures.items():
        for m in names.in_sentence(*span):
            if not m.attribution:
                nearest = min(near.gap(m, r) for r in group)
                for r in group:
                    if near.gap(m, r) == nearest:
                        found.setdefault(id(r), []).append(m.name)
    return {k: tuple(v) for k, v in found.items()}


def _period_all_pairs(dates: list[DateSpan], raw: Raw, figures: list[int], text: str) -> DateSpan | None:
    """The date or period nearest to a figure as it was written, over all pairs, one of its own
    clause before one across a clause break: the reference."""
    def across(d: DateSpan) -> bool:
        gap = text[d.end : raw.start] if d.end <= raw.start else text[raw.end : d.start]
        return re.search(r";|\s[\u2013\u2014-]\s|,\s+(?:and|but|while|whereas)\b", gap) is not None

    def between(d: DateSpan) -> bool:
        lo, hi = (d.end, raw.start) if d.end <= raw.start else (raw.end, d.start)
        i = bisect.bisect_left(figures, lo)
        return i < len(figures) and figures[i] < hi
    here = [d for d in dates if d.end <= raw.start or d.start >= raw.end]
    here = [d for d in here if not any(o is not d and o.start <= d.start and d.end <= o.end for o in here)]
    mine = [d for d in here if not between(d)]
    return min(mine, key=lambda d: (across(d), raw.start - d.end if d.end <= raw.start else d.start - raw.end,
                                    d.kind != "period", d.end <= raw.start), default=None)


_PIECES = ["Kent", "Ann Lee", "the NHS", "said", "recorded", "5", "12 cases", "10%", "£3m", "from 4 to 6",
           "between 2 and 3", "in May 2019", "last year", "between May and June 2019", "on Monday", "in 2018",
           "and", "of", "the", ",", "about 40", "the 2004 Brenner Law", "according to Smith", "more than 7", ";", ", but", ", and", "\u2013"]


def _texts(count: int, seed: int = 13) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(count):
        yield " ".join(" ".join(rng.choice(_PIECES) for _ in range(rng.randint(3, 14))) + "." for _ in range(rng.randint(1, 4)))


@pytest.mark.parametrize("text", list(_texts(200)))
def test_nearest_names_and_periods_are_the_all_pairs_ones(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    seen: dict[str, Any] = {}
    about = near.about

    def keep(raws: list[Raw], index: SentenceIndex, names: Names) -> dict[int, tuple[str, ...]]:
        seen.update(raws=list(raws), index=index, names=names)
        return about(raws, index, names)

    monkeypatch.setattr(near, "about", keep)
    claims_of(text)
    if not seen:
        return  # no figure
    raws, index = seen["raws"], seen["index"]
    assert about(raws, index, seen["names"]) == _about_all_pairs(raws, index, seen["names"])
    dates = find_dates(text, None)
    figures = sorted(r.start for r in raws if r.kind not in {"date", "period"})
    for raw in raws:
        if raw.kind not in {"date", "period"}:
            span = index.around(raw.start)
            within = [d for d in dates if span[0] <= d.start and d.end <= span[1]]
            assert near.Dated(within).period(raw, figures, text) == _period_all_pairs(within, raw, figures, text)


def _name(i: int) -> str:
    """A made-up name for the number `i`, in letters ('Bb', 'Bc', ...)."""
    return "B" + "".join("abcdefghij"[int(d)] for d in str(i))


NEAR_FAMILIES = [
    ("names and figures in one sentence", "{name} had 5 and {name}son had 6, "),
    ("names, figures and dates in one sentence", "{name} recorded 5 cases in May 2019, "),
]


@pytest.mark.parametrize(("case", "unit"), NEAR_FAMILIES, ids=[c[0] for c in NEAR_FAMILIES])
def test_nearest_names_are_found_with_a_bounded_number_of_gaps(monkeypatch: pytest.MonkeyPatch, case: str, unit: str) -> None:
    calls = 0
    gap = near.gap

    def counted(m: Mention, raw: Raw) -> int:
        nonlocal calls
        calls += 1
        return gap(m, raw)

    monkeypatch.setattr(near, "gap", counted)

    def work(n: int) -> int:
        nonlocal calls
        calls = 0
        claims_of("".join(unit.format(name=_name(i)) for i in range(n)))  # as many names as figures, in one sentence
        return calls
    assert _growth(work, 20) < 6


DURATIONS = ["a few days", "half an hour", "the whole week", "a half hour", "a couple of weeks", "half a day", "an hour",
             "another week", "many years", "one day and a half"]


@pytest.mark.parametrize("words", DURATIONS)
def test_durations_open_with_their_own_followers(words: str) -> None:
    assert [(c.kind, c.text) for c in claims_of(f"It took {words} in all.")] == [("duration", words)]


def test_lines_of_a_lone_a_index_nothing_and_read_no_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "a\n" * 1000
    assert Tokens(text, extract_module._VOCABULARY).words.get("a", []) == []
    monkeypatch.setattr(extract_module, "sentence_index", lambda text: pytest.fail("a sentence index for no figure"))
    assert claims_of(text) == []
