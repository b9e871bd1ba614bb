"""Ages and durations: '42-year-old', 'aged 7', '18 months', 'half an hour', 'a few weeks'."""

from __future__ import annotations

from fractions import Fraction

import re

import regex

from checker.extract.common import (
    AGE_AFTER, AGE_BEFORE, DURATION, NOT_DURATION, SP, Raw, before, duration_unit, figure, hedge,
)
from checker.extract.numbers import Num, some_day
from checker.extract.scan import Tokens, anchored, match_at
from checker.model import Interval

_DURATION_WORDS = re.compile(
    rf"""(?<![\w-])(?:  # not inside a hyphened word: the "a-week" of "seven-day-a-week" is a rate's
        (?P<one>an?|one|another|all|full|the{SP}+whole|whole)
      | (?P<half>half(?:[{SP[1:-1]}-]+an?)?|a{SP}+half)
      | (?P<quarter>(?:(?P<three>three[{SP[1:-1]}-]+quarters)|(?:a|one)[{SP[1:-1]}-]+quarter){SP}+of{SP}+an?)
      | (?P<few>a{SP}+few|few|several|some|many|a{SP}+couple{SP}+of)
    )[{SP[1:-1]}-]+(?:business{SP}+)?(?P<u>year|month|week|fortnight|day|hour|minute|decade|century|business{SP}+days?)(?P<pl>s)?
    (?P<andhalf>[{SP[1:-1]}-]+and[{SP[1:-1]}-]+(?:a[{SP[1:-1]}-]+)?half)?(?![\w])""",
    re.I | re.X,
)
_RATE_BEFORE = regex.compile(rf"(?:\d|once|twice|thrice|times|per|[a-z]+ly){SP}+\Z", regex.I)


OPENERS = frozenset({"a", "an", "one", "another", "all", "full", "the", "whole", "half", "few", "several", "some", "many", "three"})
_UNIT_WORDS = frozenset(
    f"{u}{s}" for u in ("year", "month", "week", "fortnight", "day", "hour", "minute", "decade") for s in ("", "s")
) | {"century", "centuries", "business"}
# the words that may follow each opener in _DURATION_WORDS ("a few", "half an", "the whole"; else a unit)
FOLLOWED = {w: _UNIT_WORDS for w in OPENERS} | {"a": _UNIT_WORDS | {"half", "few", "couple", "quarter"}, "half": _UNIT_WORDS | {"a", "an"},
                                                "one": _UNIT_WORDS | {"quarter"}, "the": frozenset({"whole"}),
                                                "three": frozenset({"quarters"})}


def _no_span(text: str, m: re.Match[str]) -> bool:
    """'One day, he hoped', 'can benefit the country one day.': some day, no duration."""
    one_day = (m["one"] or "").lower() == "one" and m["u"].lower() == "day" and not m["pl"]
    return one_day and some_day(text, m.start(), m.end())


def duration_words(text: str, tokens: Tokens | None = None) -> list[Raw]:
    """'a decade', 'half an hour', 'an hour and a half', 'a few minutes', 'another week', 'three-quarters of an
    hour', 'a quarter of a century'."""
    out = []
    tokens = tokens or Tokens(text, OPENERS)
    for m in anchored(_DURATION_WORDS, text, tokens.starts(OPENERS, followed=FOLLOWED)):
        if (m["one"] or "").lower() in {"a", "an"} and before(_RATE_BEFORE, text, m.start(), 12):
            continue  # "80 a day", "twice a year": rates, not durations
        if m["one"] and m["pl"] and m["one"].lower() not in {"all", "full", "whole"}:
            continue
        if match_at(NOT_DURATION, text, m.end()):
            continue  # "one year old" is an age
        if _no_span(text, m):
            continue
        unit = duration_unit(m["u"].split()[-1])
        if m["few"]:
            out.append(Raw("duration", m.start(), m.end(), None, Interval(None, None, False, False), unit, "approx"))
            continue
        value = Fraction(1, 2) if m["half"] else Fraction(3 if m["three"] else 1, 4) if m["quarter"] else Fraction(1)
        if m["andhalf"]:
            value += Fraction(1, 2)
        out.append(Raw("duration", m.start(), m.end(), value, Interval.exact(value), unit, "exact"))
    return out


def age(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """'42-year-old', '6 months old', 'aged 7', '18 yo'."""
    n = nums[i]
    m = match_at(AGE_AFTER, text, n.end)
    aged = before(AGE_BEFORE, text, n.start, 20)
    if m is None and aged is None:
        return None
    unit = duration_unit((m["u"] or m["u2"] or "years") if m else "years")
    qualifier, start = hedge(text, aged.start() if aged else n.start)
    return figure("age", start, m.end() if m else n.end, n.value, Fraction(0), unit, qualifier), i + 1


def duration(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """'18 months', '3 hrs', '10-minute'."""
    n = nums[i]
    m = match_at(DURATION, text, n.end)
    if m is None or (m["a"] and m.start() != n.end):
        return None
    if match_at(NOT_DURATION, text, m.end()):
        return None
    qualifier, start = hedge(text, n.start)
    if qualifier == "more_than" and text[start : start + 4].lower() == "over":
        qualifier, start = "exact", n.start  # "over 18 months" is during them, not more than them
    unit = duration_unit(m["u"] or m["a"] or m["b"])
    return figure("duration", start, m.end(), n.value, Fraction(0), unit, qualifier), i + 1
