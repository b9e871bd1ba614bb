"""Dates told as a span back from the day of writing: "ten days ago", "three weeks ago", "a fortnight ago",
"two years ago"; read only against a publication day (without one each stays a span of time), as a day for days and as a few days either side
for weeks and months (a writer counts them loosely), as the calendar year for years."""

from __future__ import annotations

from datetime import date, timedelta

import regex

from checker.extract import lexicon as lx
from checker.extract.anchor import DateSpan
from checker.extract.common import SP

_NUMBER = "|".join(sorted([*lx.UNITS, *lx.TENS, "a", "an"], key=len, reverse=True))
_BEFORE = regex.compile(rf"(?<![\w'’.,-])(?P<n>\d{{1,3}}|(?i:{_NUMBER}))(?:-(?P<n2>(?i:{'|'.join(lx.UNITS)})))?{SP}+"
                        rf"(?P<u>(?i:days?|weeks?|fortnights?|months?|years?)){SP}+\Z")
_AGO = regex.compile(r"(?<![\w'’])(?i:ago)(?![\w'’])")
REACH = 32  # characters before "ago" read for the span it counts back
_LOOSE = {"week": 3, "fortnight": 3, "month": 7}  # days either side of a span counted in weeks or months


def _counts(m: regex.Match[str]) -> tuple[int, int]:
    """The fewest and the most units the words count: "twenty-three" is 23, "two-three" is two or three."""
    word = m["n"].lower()
    n = int(word) if word.isdigit() else 1 if word in ("a", "an") else lx.UNITS.get(word, lx.TENS.get(word, 0))
    if not m["n2"]:
        return n, n
    second = lx.UNITS[m["n2"].lower()]
    if word in lx.TENS:
        return n + second, n + second
    return min(n, second), max(n, second)  # a units word before another is a range ("two-three years ago")


def spans(text: str, published: date | None) -> list[DateSpan]:
    """Every "N days ago" of `text`, resolved against the `published` day (none without one: each stays a duration)."""
    if published is None:
        return []  # no day to count back from: each span stays a span of time ("died 32 years ago"), compared as one
    out: list[DateSpan] = []
    for ago in _AGO.finditer(text):
        m = _BEFORE.search(text, max(0, ago.start() - REACH), ago.start())
        if m is None:
            continue
        (fewest, most), unit = _counts(m), m["u"].lower().rstrip("s")
        if fewest <= 0:
            continue
        if unit == "year":
            out.append(DateSpan("date", m.start(), ago.end(), date(published.year - most, 1, 1), date(published.year - fewest, 12, 31)))
        else:
            days = {"day": 1, "week": 7, "fortnight": 14, "month": 30}[unit]
            loose = timedelta(days=_LOOSE.get(unit, 0))
            out.append(DateSpan("date", m.start(), ago.end(), published - timedelta(days=most * days) - loose,
                                published - timedelta(days=fewest * days) + loose))
    return out
