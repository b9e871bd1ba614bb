"""Money: '$5', '£1.2 million', '75 USD million', '3 dollars 50 cents', '20p'."""

from __future__ import annotations

from fractions import Fraction

import regex

from checker.extract import bounds
from checker.extract import lexicon as lx
from checker.extract.common import (
    CURRENCY_AFTER, CURRENCY_BEFORE, ENDS_WITH_NUMBER, NATIONAL, SP, Raw, alternation, before, currency_code,
    figure, hedge,
)
from checker.extract.numbers import Num
from checker.extract.scan import match_at

_CURRENCY_WORD_BEFORE = regex.compile(rf"(?<![\w])(?P<word>dollars?|euros?|pounds?|yen|yuan){SP}+\Z", regex.I)
_SCALE_AFTER = regex.compile(rf"{SP}+(?P<s>{alternation(lx.SCALES, ignore_case=True)})(?![\w])", regex.I)
_MINOR = regex.compile(rf"(?:{SP}+and)?{SP}+", regex.I)  # all that stands between units and hundredths
_MINOR_AFTER = regex.compile(rf"{SP}*(?:cents?|pence|p)(?![\w])|{SP}*(?=[.,;!?)]|\Z)", regex.I)


def money(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """A figure with a currency symbol, code or word before or after it."""
    n = nums[i]
    unit, start, end, factor = None, n.start, n.end, Fraction(1)
    found = before(CURRENCY_BEFORE, text, n.start, 8)
    if found is not None and found["code"] and found.end() != n.start and before(ENDS_WITH_NUMBER, text, found.start(), 30):
        found = None  # "10 rmb 20 usd": the code belongs to the figure before it ("3 USD50": glued, to this one)
    if found is not None:
        unit, start = currency_code(found), found.start()
        if found["mega"]:
            factor = Fraction(10**6)
    elif n.scaled and (word := before(_CURRENCY_WORD_BEFORE, text, n.start, 12)) is not None:
        unit, start = lx.CURRENCY_WORDS[lx.key(word["word"])], word.start()  # "dollar 22.5 million"
    after = match_at(CURRENCY_AFTER, text, n.end) if unit is None else None  # (read only when nothing before names the currency)
    if unit is None and after is not None:
        if after["p"] and after.start("p") != n.end:
            return None
        unit, factor = _currency_after(after)
        end = after.end()
        scale = match_at(_SCALE_AFTER, text, end) if after["code"] else None
        if scale is not None:  # "75 USD million"
            factor, end = factor * lx.SCALES[lx.key(scale["s"])], scale.end()
    if unit is None:
        return None
    qualifier, start = hedge(text, start)
    step = bounds.count_step(n.step, n.value, n.scaled or factor > 1)
    value, used = n.value * factor, 1
    minor = _minor_part(text, nums, i, end) if factor == 1 and n.value.denominator == 1 else None
    if minor is not None:
        value, end, used = value + minor[0], minor[1], 2
    return figure("money", start, end, value, step * factor, unit, qualifier), i + used


def _currency_after(m: regex.Match[str]) -> tuple[str, Fraction]:
    """The currency code (and factor to whole units) of a word or code after a figure."""
    national = NATIONAL.match(m["nat"]) if m["nat"] else None
    if national is not None:
        nation = " ".join(national["nat"].split()).lower()
        return lx.NATIONAL_CURRENCIES[(nation, national["cur"].lower())], Fraction(1)
    if m["word"]:
        return lx.CURRENCY_WORDS[lx.key(m["word"])], Fraction(1)
    if m["code"]:
        return m["code"].upper(), Fraction(10**6 if m["mega"] else 1)
    if m["sym"]:
        return lx.CURRENCY_SYMBOLS[m["sym"]], Fraction(1)
    return lx.CURRENCY_CENTS[lx.key(m["cents"] or m["p"])], Fraction(1, 100)


def _minor_part(text: str, nums: list[Num], i: int, end: int) -> tuple[Fraction, int] | None:
    """'3 dollars 50 cents', 'thirteen dollars and forty-five cents': the hundredths after the units."""
    if i + 1 >= len(nums):
        return None
    nxt = nums[i + 1]
    if _MINOR.fullmatch(text, end, nxt.start) is None or nxt.value.denominator != 1 or not 0 < nxt.value < 100:
        return None
    tail = match_at(_MINOR_AFTER, text, nxt.end)
    if tail is None:
        return None
    return nxt.value / 100, tail.end()
