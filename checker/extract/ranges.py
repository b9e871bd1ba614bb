"""Ranges: '5-10', 'between 20 and 30', '$5-10 million', 'more than 10 and less than 20'."""

from __future__ import annotations

import re
from fractions import Fraction

import regex

from checker.extract import lexicon as lx
from checker.extract.common import (
    AGE_AFTER, AGE_BEFORE, CURRENCY_AFTER, CURRENCY_BEFORE, DURATION, MEASURE, NOT_DURATION, PERCENT, SP, Raw,
    alternation, before, currency_code, duration_unit, measure_unit,
)
from checker.extract.numbers import Num
from checker.extract.trends import CHANGE_FROM, MOVED_BY
from checker.model import Interval
from checker.extract.scan import match_at

_RANGE_SEP = re.compile(rf"(?P<sp1>{SP}*)(?P<sep>-|–|—|~|to|through|and|or)(?P<sp2>{SP}*)", re.I)
_LOWER = {"more_than", "at_least", "just_over"}
_UPPER = {"less_than", "at_most"}
_BOUND_LINK = regex.compile(rf"{SP}*,?{SP}*(?:and|but|,){SP}*", regex.I)
_CURRENCY_PREFIX = regex.compile(rf"{SP}*(?:{alternation(lx.CURRENCY_SYMBOLS)}){SP}?\Z")
_BETWEEN_BEFORE = regex.compile(rf"(?<![\w])(?:between|from)(?:{SP}+ages?)?{SP}+\Z", regex.I)
_DASH_DIGIT = regex.compile(r"-\d")
_DIGIT_DASH_BEFORE = regex.compile(r"\d-\Z")
_HYPHEN_TO = regex.compile(rf"-{SP}*(?=to{SP})")
# What _RANGE_SEP and then _CURRENCY_PREFIX leave just before the second figure of a range. A word
# separator follows a figure or its unit, which never end in the middle of a word.
_SEPARATOR_BEFORE = regex.compile(
    rf"(?:-|–|—|~|(?<![A-Za-z])(?:to|through|and|or)){SP}*(?:(?:{alternation(lx.CURRENCY_SYMBOLS, backward=True, ignore_case=True)}){SP}?)?\Z", regex.I
)


def _may_separate(gap: str) -> bool:
    """Whether the text between two figures holds a dash or a word that _SEPARATOR_BEFORE ends with."""
    if "-" in gap or "–" in gap or "—" in gap or "~" in gap:
        return True
    low = gap.lower()
    return "to" in low or "or" in low or "and" in low or "through" in low


def range_(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """Two figures joined by a dash, 'to', or 'between ... and ...', in one unit."""
    if i + 1 >= len(nums):
        return None
    a, b = nums[i], nums[i + 1]
    if (a.fraction and a.words) or b.start - a.end > 40:
        return None
    gap = text[a.end : b.start]
    if not _may_separate(gap) or not before(_SEPARATOR_BEFORE, text, b.start, len(gap)):
        return None  # no separator (and currency sign) just before the second figure
    unit_a, gap_start = _unit_after(text, a)
    sep = match_at(_RANGE_SEP, text, gap_start)
    if sep is None:
        return None
    prefix_b = _CURRENCY_PREFIX.match(text, sep.end(), b.start)
    if sep.end() != b.start and not prefix_b:
        return None
    word = sep["sep"].lower()
    sign = before(CURRENCY_BEFORE, text, a.start, 8)
    between = before(_BETWEEN_BEFORE, text, sign.start() if sign else a.start, 20)  # "between £190m and £265m"
    if word in {"and", "or"} and not (between and between[0].lower().startswith("between")):
        return None
    if word in {"-", "–", "—"} and (_phone_like(text, a, b) or not text[a.start].isdigit() or not text[b.start].isdigit()):
        return None
    if word == "to" and before(CHANGE_FROM, text, sign.start() if sign else a.start, 80):
        return None
    if word == "to" and prefix_b and (b.value >= MOVE_TO_LEVEL * a.value or _to_the_cent(a, b)) \
            and before(MOVED_BY, text, sign.start() if sign else a.start, 20):
        return None  # "rose $3.15 to $47.90", "fell $24.17 to $31.42": by how much, then to what level
    if a.value == b.value or word == "or" or (b.value < a.value and not (unit_a and a.value < 0)):
        return None
    start = between.start() if between is not None else a.start
    currency = sign or before(CURRENCY_BEFORE, text, start, 8)
    currency_a = currency_code(currency) if currency is not None else None
    currency_b = currency_code(CURRENCY_BEFORE.search(prefix_b[0].strip())) if prefix_b else None
    unit_b, end = _unit_after(text, b)
    if currency_b and currency_a != currency_b:
        return None
    if currency is not None:
        start = min(start, currency.start())
    units = {u for u in (unit_a, unit_b, currency_a, currency_b) if u}
    if len(units) > 1:
        return None
    unit = units.pop() if units else None
    aged = before(AGE_BEFORE, text, start, 20)
    if aged is not None:
        start = aged.start()
        unit = unit or "year"
    a_value = a.value
    if b.scale > 1 and a.scale == 1 and not a.words and a.value < b.value / b.scale:
        a_value = a.value * b.scale  # "$5-10 million": both ends in millions
    low, high = min(a_value, b.value), max(a_value, b.value)
    return Raw("range", start, end, (low + high) / 2, Interval(low, high), unit, "exact",
               {"low_text": text[a.start : a.end], "high_text": text[b.start : b.end]}), i + 2


MOVE_TO_LEVEL = 4  # a level after a move is at least this many times the move ("up $3.15 to $47.90"); closer ends are a range
CENT = Fraction(1, 100)


def _to_the_cent(a: Num, b: Num) -> bool:
    """Both told to the cent, not in round cents ("fell $24.17 to $31.42"): no range is told so finely
    ("up $1.50 to $3.50" may be one)."""
    return a.step <= CENT >= b.step and ((a.value * 20).denominator > 1 or (b.value * 20).denominator > 1)


def _phone_like(text: str, a: Num, b: Num) -> bool:
    """'+1-222-2222' and '2017-18' are not ranges."""
    if match_at(_DASH_DIGIT, text, b.end) or _DIGIT_DASH_BEFORE.search(text, max(0, a.start - 2), a.start):
        return True
    return text[a.start - 1 : a.start] == "+"


def _unit_after(text: str, n: Num) -> tuple[str | None, int]:
    """The unit written straight after a figure (percent, age, duration, currency, measure) and its end."""
    pct = match_at(PERCENT, text, n.end)
    if pct:
        return ("percentage_point" if "point" in pct["u"].lower() else "percent"), pct.end()
    age = match_at(AGE_AFTER, text, n.end)
    if age:
        return duration_unit(age["u"] or age["u2"] or "years"), age.end()
    duration = match_at(DURATION, text, n.end)
    if duration and not (duration["a"] and duration.start() != n.end) and not match_at(NOT_DURATION, text, duration.end()):
        return duration_unit(duration["u"] or duration["a"] or duration["b"]), duration.end()
    money = match_at(CURRENCY_AFTER, text, n.end)
    if money and (money["word"] or money["code"]):
        word = money["word"] or money["code"]
        return lx.CURRENCY_WORDS.get(word.lower(), word.upper()), money.end()
    measure = match_at(MEASURE, text, n.end)
    if measure and not (len(measure["u"]) == 1 and measure["sp"] and not measure["t"]) and measure["u"].lower() != "in":
        return measure_unit(measure), measure.end()
    hyphen = _HYPHEN_TO.match(text, n.end, n.end + 6)
    if hyphen:
        return None, hyphen.end()
    return None, n.end


def bound_pairs(text: str, raws: list[Raw]) -> list[Raw]:
    """'more than 10 and less than 20': two one-sided bounds that make one range."""
    out = []
    for a, b in zip(raws, raws[1:]):
        quals = {a.qualifier, b.qualifier}
        if not (quals & _LOWER and quals & _UPPER) or a.kind != b.kind or a.unit != b.unit:
            continue
        if _BOUND_LINK.fullmatch(text, a.end, b.start) is None:
            continue
        lower, upper = (a, b) if a.qualifier in _LOWER else (b, a)
        lo, hi = lower.interval, upper.interval
        if lo.low is None or hi.high is None or lo.low > hi.high:
            continue
        interval = Interval(lo.low, hi.high, lo.low_closed, hi.high_closed)
        out.append(Raw("range", a.start, b.end, (lo.low + hi.high) / 2, interval, a.unit, "exact",
                       {"low_text": text[lower.start : lower.end], "high_text": text[upper.start : upper.end]}))
    return out
