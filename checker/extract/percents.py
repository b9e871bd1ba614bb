"""Percentages: '40%', '12 per cent', '3 percentage points', 'per cent of 210'."""

from __future__ import annotations

from fractions import Fraction

import regex

from checker.extract import bounds
from checker.extract.common import ENDS_WITH_NUMBER, PERCENT, SP, Raw, before, figure, hedge
from checker.extract.numbers import Num
from checker.extract.scan import match_at

_PERCENT_OF = regex.compile(rf"(?<![\w])(?:per{SP}?cents?|percents?){SP}+of{SP}+\Z", regex.I)


def percent(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """'40%', 'about 12 per cent', '3 percentage points'."""
    n = nums[i]
    m = match_at(PERCENT, text, n.end)
    if m is None:
        return _percent_of(text, nums, i)
    unit = "percentage_point" if "point" in m["u"].lower() else "percent"
    qualifier, start = hedge(text, n.start)
    step = n.step if n.value.denominator != 1 or n.step < 1 else Fraction(1)
    if n.fraction:
        step = Fraction(0)
    if qualifier == "more_than":
        step = bounds.floor_step(n.step)
    return figure("percent", start, m.end(), n.value, step, unit, qualifier), i + 1


def _percent_of(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """'per cent of 210': the unit written first (and no figure before it)."""
    n = nums[i]
    m = before(_PERCENT_OF, text, n.start, 20)
    if m is None or before(ENDS_WITH_NUMBER, text, m.start(), 30):
        return None
    step = n.step if n.value.denominator != 1 else Fraction(1)
    return figure("percent", m.start(), n.end, n.value, step, "percent", "exact"), i + 1
