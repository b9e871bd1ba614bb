"""Turn the numbers of a text into typed figures: each number goes to the first family that claims it
(range, change, percent, money, ratio, age, duration, measure, multiplier), else it is a count."""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

import regex

from checker.extract import bounds, trends
from checker.extract import lexicon as lx
from checker.extract.common import MEASURE, SP, Raw, figure, hedge, trailing_hedge
from checker.extract.money import money
from checker.extract.numbers import Num
from checker.extract.percents import percent
from checker.extract.ranges import range_
from checker.extract.ratios import is_year, ratio
from checker.extract.times import age, duration
from checker.extract.trends import change, multiplier

_FOLLOWED_BY_LETTER = regex.compile(r"[A-Za-z]")
_CLOCK = regex.compile(rf"{SP}?(?:[ap]\.?m\.?|o'clock|GMT|BST|UTC)(?![\w])|:\d\d", regex.I)

Builder = Callable[[str, list[Num], int], "tuple[Raw, int] | None"]


def assemble(text: str, nums: list[Num]) -> list[Raw]:
    """Type every number of `text` into figures, left to right."""
    out: list[Raw] = []
    i = 0
    while i < len(nums):
        near = Near(text, nums, i)
        for build, may in _BUILDERS:
            if not may(near):
                continue
            made = build(text, nums, i)
            if made is not None:
                raw, i = made
                out.append(trailing_hedge(text, raw))
                break
        else:
            i += 1
    return out


_PLURAL_AFTER = regex.compile(rf"{SP}+[a-z]+s(?![\w])")
_OF_THE = regex.compile(rf"{SP}+of{SP}+(?:the|its|his|her|their|our|my|your|those|these)(?![\w])", regex.I)


def _measure(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """'5 km', '20kg', '3.5 miles'."""
    n = nums[i]
    m = MEASURE.match(text, n.end)
    if m is None or (len(m["u"]) == 1 and m["sp"]) or m["u"].lower() == "in" and m["sp"]:
        return None
    qualifier, start = hedge(text, n.start)
    unit = lx.MEASURE_UNITS[lx.key(m["u"])]
    return figure("measure", start, m.end(), n.value, Fraction(0), unit, qualifier), i + 1


def _count(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """Any other number: a count (or a fraction, as a ratio), unless it is a year, code or time of day."""
    n = nums[i]
    if is_year(text, n) and not _PLURAL_AFTER.match(text, n.end, n.end + 30):
        return None
    if not n.words and _FOLLOWED_BY_LETTER.match(text, n.end) and not n.scaled:
        return None  # "4th", "A4", "mp3": ordinals and codes
    if _CLOCK.match(text, n.end) or text[n.start - 1 : n.start] == ":":
        return None  # "2 pm", "10:20": times of day
    if text[n.start : n.end].lower() == "one" and _OF_THE.match(text, n.end, n.end + 12):
        return None  # "one of the biggest concerns": a phrase, not a figure
    qualifier, start = hedge(text, n.start)
    kind = "ratio" if n.fraction else "count"
    step = bounds.count_step(n.step, n.value, n.scaled)
    return figure(kind, start, n.end, n.value, step, "ratio" if n.fraction else None, qualifier), i + 1


class Near:
    """The words either side of a number, read once, so that a family whose words are absent is not tried."""

    __slots__ = ("after", "before", "chars_before", "fraction", "gap")
    after: str
    before: str
    chars_before: str
    fraction: bool
    gap: int | None

    def __init__(self, text: str, nums: list[Num], i: int) -> None:
        n = nums[i]
        m = _AFTER.match(text, n.end)
        self.after = ((m.group(1) if m else None) or "").lower()
        b = _BEFORE_REVERSED.match(text[max(0, n.start - 40) : n.start][::-1])
        self.before = b.group(1)[::-1].lower() if b else ""
        self.chars_before = text[max(0, n.start - 8) : n.start]
        self.fraction = n.fraction
        self.gap = nums[i + 1].start - n.end if i + 1 < len(nums) else None


_AFTER = re.compile(r"[ \t\u00a0]*-?[ \t\u00a0]*([A-Za-z]+|[^\sA-Za-z0-9])?")
# the last word within eight other characters before a number, read in the reversed 40 characters
# before it (the standard re, forward, is quicker than a backward search of the regex module)
_BEFORE_REVERSED = re.compile(r"[^A-Za-z0-9\n]{0,8}([A-Za-z]+)")
_CURRENCY_CHARS = frozenset("".join(lx.CURRENCY_SYMBOLS))
_CODES = frozenset(c.lower() for c in lx.CURRENCY_CODES)
_MONEY_AFTER = (
    frozenset(lx.CURRENCY_WORDS) | _CODES | frozenset(lx.CURRENCY_CENTS) | {"penny"}
    | frozenset(n.split()[0] for n, _ in lx.NATIONAL_CURRENCIES) | frozenset(lx.CURRENCY_SYMBOLS) | _CURRENCY_CHARS
)
_MONEY_BEFORE = _CODES | {"dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan"}
_PERCENT_WORDS = frozenset({"%", "per", "percent", "percents", "percentage", "pc", "pct"})
_AGE_AFTER = frozenset({"year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "yo", "y"})
_AGE_BEFORE = frozenset({"aged", "age", "ages", "of", "between"})
_DURATION_AFTER = frozenset(lx.DURATION_UNITS) | {"ys", "hr", "hrs", "min", "mins", "sec", "secs"}
_MEASURE_AFTER = frozenset(u.lower() for u in lx.MEASURE_UNITS) | {"°"}
_HEDGE_ENDS = frozenset(h.split()[-1] for h in lx.HEDGES)
_CHANGE_BEFORE = frozenset(trends.UP | trends.DOWN) | {"by", "a", "an"} | _HEDGE_ENDS


def _may_be_money(near: Near) -> bool:
    if near.after in _MONEY_AFTER or near.after[1:] in _CODES or near.before in _MONEY_BEFORE:
        return True
    return not _CURRENCY_CHARS.isdisjoint(near.chars_before) or near.before[1:] in _CODES


_BUILDERS: list[tuple[Builder, Callable[[Near], bool]]] = [
    (range_, lambda near: near.gap is not None and near.gap <= 40),
    (change, lambda near: near.before in _CHANGE_BEFORE and (near.fraction or near.after in _PERCENT_WORDS)),
    (percent, lambda near: near.after in _PERCENT_WORDS or near.before == "of"),
    (money, _may_be_money),
    (ratio, lambda near: near.fraction or near.after in {"in", "out", "of"}),
    (age, lambda near: near.after in _AGE_AFTER or near.before in _AGE_BEFORE),
    (duration, lambda near: near.after in _DURATION_AFTER),
    (_measure, lambda near: near.after in _MEASURE_AFTER),
    (multiplier, lambda near: near.after in {"times", "fold"}),
    (_count, lambda near: True),
]
