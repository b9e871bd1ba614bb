"""Periods made of dates: 'between April 2017 and September 2018', 'from June 24 to 26',
'since 2014', 'the six months to September 2018' (April to September 2018)."""

from __future__ import annotations

from datetime import MAXYEAR, MINYEAR, date

import regex

from checker.extract import lexicon as lx
from checker.extract.anchor import DateSpan, month_end, shift_month
from checker.extract.common import SP
from checker.extract.scan import before, word_then_blanks

NUMWORD = "|".join(sorted([*lx.UNITS, *lx.TENS, "a", "an"], key=len, reverse=True))
_LINK = regex.compile(rf"{SP}*(?:-|–|—|to|until|till|through|and){SP}*", regex.I)
_BETWEEN = regex.compile(rf"(?<![\w])(?:between|from){SP}+\Z", regex.I)
_SPAN_BEFORE = regex.compile(
    rf"(?<![\w])(?:(?:in|over|during){SP}+)?the{SP}+(?:(?P<n>\d+|{NUMWORD}|few|several|last|past|first){SP}+)?(?:(?P<n2>{NUMWORD}|\d+){SP}+)?(?P<u>years?|months?|weeks?|days?|quarters?){SP}+(?P<rel>(?:to|until|up{SP}+to){SP}+the{SP}+end{SP}+of|to|until|ending|ended|up{SP}+to|since|from|before|after){SP}+\Z",
    regex.I,
)
_SPAN_LAST = ("of", "to", "until", "ending", "ended", "since", "from", "before", "after")  # the words _SPAN_BEFORE ends with
_SINCE = regex.compile(rf"(?<![\w])since{SP}+\Z", regex.I)
_BLANKS = " \t\u00a0"  # the characters of SP


def join(text: str, atoms: list[DateSpan], published: date | None) -> list[DateSpan]:
    """The periods the dates of `text` make: 'between April 2017 and September 2018', 'since 2014',
    'the six months to September 2018'."""
    out: list[DateSpan] = []
    for a, b in zip(atoms, atoms[1:]):
        link = _LINK.fullmatch(text, a.end, b.start)
        if link is None:
            continue
        between = before(_BETWEEN, text, a.start, 12)
        if link[0].strip().lower() == "and" and between is None:
            continue
        start = between.start() if between else a.start
        first, last = a.first, b.last
        if first and last and first > last and not _YEAR.search(text, a.start, a.end):
            first = _year_of(first, last)  # "from March to May 2025": a yearless first date takes the last one's year
        if first and last and first > last:
            continue
        out.append(DateSpan("period", start, b.end, first, last, True))
    for a in atoms:
        span = before(_SPAN_BEFORE, text, a.start, 60) if word_then_blanks(text, a.start, 60, _SPAN_LAST, _BLANKS) else None
        if span is not None:
            out.append(_span_period(span, a))
        elif a.first is not None and word_then_blanks(text, a.start, 8, ("since",), _BLANKS) \
                and (since := before(_SINCE, text, a.start, 8)) is not None:
            last = published if published is not None and published >= a.first else None
            out.append(DateSpan("period", since.start(), a.end, a.first, last, True))
    return out


_YEAR = regex.compile(r"\d{4}")


def _year_of(first: date, last: date) -> date:
    """A yearless first date resolved after the last date it runs to, moved to the last one's year (the year
    before when it comes later in the year: "from November to March 2020")."""
    try:
        return first.replace(year=last.year - ((first.month, first.day) > (last.month, last.day)))
    except ValueError:  # 29 February in a year that has none
        return first


def _span_period(span: regex.Match[str], anchor: DateSpan) -> DateSpan:
    """'the six months to September 2018' = April to September 2018."""
    unit = span["u"].lower()
    n = _count_word(span["n2"] or span["n"]) if span["n2"] or span["n"] or unit.endswith("s") else 1  # 'the year to'
    unit = unit.rstrip("s")
    first = last = None
    rel = " ".join(span["rel"].lower().split()[:1])
    if n is not None and anchor.first is not None and anchor.last is not None and unit in {"month", "year"}:
        months = n * (12 if unit == "year" else 1)
        if rel in {"to", "until", "ending", "ended"} or rel.startswith("up"):
            y, m = shift_month(anchor.last.year, anchor.last.month, -(months - 1))
            if MINYEAR <= y:  # beyond the calendar ("the 3000 years to 2018"): unresolved
                first, last = date(y, m, 1), anchor.last
        elif rel in {"since", "from", "after"}:
            y, m = shift_month(anchor.first.year, anchor.first.month, months - 1)
            if y <= MAXYEAR:
                first, last = anchor.first, month_end(y, m)
    return DateSpan("period", span.start(), anchor.end, first, last, True)


def _count_word(word: str | None) -> int | None:
    if word is None:
        return None
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in {"a", "an"}:
        return 1
    return {**lx.UNITS, **lx.TENS}.get(word)
