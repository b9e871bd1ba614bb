"""Turn the numbers of a text into typed figures: each number goes to the first family that claims it
(range, change, percent, money, ratio, age, duration, measure, multiplier), else it is a count."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

import regex

from checker.extract import bounds
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
        for build in _BUILDERS:
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
    unit = lx.MEASURE_UNITS[m["u"].lower()]
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


_BUILDERS: list[Builder] = [range_, change, percent, money, ratio, age, duration, _measure, multiplier, _count]
