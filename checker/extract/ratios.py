"""Ratios: 'one in five', 'one of every nine', '3 out of 10', '12 of the 40', 'a third'."""

from __future__ import annotations

from fractions import Fraction

import regex

from checker.extract import bounds
from checker.extract.common import SP, Raw, hedge
from checker.extract.numbers import Num
from checker.extract.scan import match_at

_RATIO = regex.compile(
    rf"{SP}+(?P<w>(?:in|out{SP}+of|of){SP}+every|in|out{SP}+of|of(?:{SP}+(?:the|all|those|these))?){SP}+", regex.I
)


# "one adult in 20", "one shopper in every eight": the thing counted between the one and its whole (not "one goal in 20 minutes")
_NOUN_RATIO = regex.compile(rf"{SP}+(?!(?:of|in|out|per|and|or|to|a|an|the)(?![\w'’-]))[a-z][\w'’-]*{SP}+(?P<w>in{SP}+every|out{SP}+of{SP}+every|in){SP}+")
_TIME_AFTER = regex.compile(rf"{SP}+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?![\w])", regex.I)


def ratio(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """A part of a whole ('one in five', '12 of the 40', 'one adult in 20') or a fraction in words ('a third')."""
    n = nums[i]
    if i + 1 < len(nums):
        m = match_at(_RATIO, text, n.end)
        d = nums[i + 1]
        if m is None and n.words and n.value == 1 and (m := match_at(_NOUN_RATIO, text, n.end)) is not None \
                and match_at(_TIME_AFTER, text, d.end) is not None:
            m = None  # "one goal in 20 minutes": a rate of a time, no share
        if m is not None and m.end() == d.start and d.value and n.value.denominator == 1 and d.value.denominator == 1:
            word = m["w"].lower()
            idiom = not word.startswith("of") or word.endswith("every")  # "one in five", "one of every nine"
            if not idiom and n.words and n.value == 1:
                return None  # "one of the three men": one picks out a man; the three count them
            if (idiom and n.value <= d.value and not is_year(text, d)) or (not idiom and n.value > 0 and not is_year(text, d)):
                qualifier, start = hedge(text, n.start)
                interval = bounds.ratio_interval(n.value, d.value, idiom)
                if qualifier != "exact":
                    interval = bounds.hedged(n.value / d.value, Fraction(0), qualifier)
                raw = Raw("ratio", start, d.end, n.value / d.value, interval, "ratio", qualifier,
                          {"part": n.value, "whole": d.value})
                return raw, i + 2
    if n.fraction and n.words:
        qualifier, start = hedge(text, n.start)
        interval = bounds.fraction_interval(n.value)
        if qualifier != "exact":
            interval = bounds.hedged_fraction(n.value, qualifier)
        return Raw("ratio", start, n.end, n.value, interval, "ratio", qualifier), i + 1
    return None


def is_year(text: str, n: Num) -> bool:
    """A four-digit whole number from 1800 to 2100, written in digits."""
    return n.value.denominator == 1 and 1800 <= n.value.numerator <= 2100 and n.end - n.start == 4 and text[n.start : n.end].isdigit()
