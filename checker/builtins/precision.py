"""How far a relation's figures may stray from what they state: the arithmetic of copy's rounding.

Copy computes a change, a multiple or a sum from the figures it prints, each rounded; the checks
allow that rounding, but not every figure rounded at once in the direction that rescues the
arithmetic ("halved from £8m to £6m" is not £8.49m to £5.5m). Two readings, documented in the
README's rule reference:
- one figure off at a time (`one_at_a_time`): what the figures make when any one of them is off
  its stated value, by its rounding or its hedge ("about 250"), and the others are as stated; a
  bound ("more than 300") is always read as the bound it is;
- a round figure at its partner's precision (`at_precision`): a figure rounded more coarsely than
  a figure of the same kind and notation beside it is read to that figure's step: "3,000" beside
  "2,500" is [2,950, 3,050), "£3m" beside "£3.4m" is [£2.95m, £3.05m) (trailing zeros say
  nothing of how a figure was rounded; its partner does), and "600" beside "640" is 600 (a
  partner given to the unit). A hedged figure keeps its hedge.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from fractions import Fraction

from checker.extract.bounds import rounding
from checker.model import Claim, Interval

Arithmetic = Callable[[list[Interval]], Interval]


NEAR = {"exact", "approx", "almost", "just_over"}  # a figure stated plainly or near a value: one value, when not the one off


def as_stated(c: Claim) -> Interval:
    """What a figure allows when another is the one off: its value when stated plainly or hedged near it ("about 250"),
    its whole reach when it is a bound ("more than 300")."""
    return Interval.exact(c.value) if c.qualifier in NEAR and c.value is not None else c.interval


def one_at_a_time(figures: Sequence[Claim], arithmetic: Arithmetic) -> Interval:
    """What `arithmetic` makes of the figures' intervals when any one of them is rounded and the rest are as
    stated: the hull of one result per figure (each holds the result of the stated values, so the hull is their union)."""
    made = [arithmetic([f.interval if k == i else as_stated(f) for k, f in enumerate(figures)]) for i in range(len(figures))]
    return hull(made)


def hull(intervals: Sequence[Interval]) -> Interval:
    """The smallest interval holding all of `intervals` (an end closed when any interval reaching it is)."""
    low_iv = min(intervals, key=lambda iv: (iv.low is not None, iv.low or 0, not iv.low_closed))
    high_iv = max(intervals, key=lambda iv: (iv.high is None, iv.high or 0, iv.high_closed))
    return Interval(low_iv.low, high_iv.high, low_iv.low_closed, high_iv.high_closed)


def step(c: Claim) -> Fraction | None:
    """The step a plainly stated figure was rounded to (0 when exact), or None when hedged or unbounded."""
    iv = c.interval
    if c.qualifier != "exact" or c.value is None or iv.low is None or iv.high is None:
        return None
    return iv.high - iv.low


_SCALE = re.compile(r"(?:[0-9]|\b[a-z]+)[ \t]*(k|m|bn|tn|thousand|million|billion|trillion)\b", re.I)  # "1.6 million", "two million"


def notation(c: Claim) -> str:
    """How a figure is written: its scale word ("m", "bn", "million"), or none."""
    m = _SCALE.search(c.text)
    return m[1].lower() if m else ""


def to_the_unit(c: Claim) -> Claim:
    """A sum of money stated plainly in whole units, with no scale word ("£2,205", not "£2.2m" nor "£2,204.79"), as the
    amount it was rounded from to the unit: copy prints a bill grown by 4.99% from £2,100 as "£2,205"."""
    if c.kind != "money" or c.qualifier != "exact" or c.value is None or c.value.denominator != 1 or step(c) != 0 \
            or notation(c) or "." in c.text:
        return c
    return c._replace(interval=rounding(c.value, Fraction(1)))


def at_precision(figures: Sequence[Claim]) -> list[Claim]:
    """The figures, each rounded more coarsely than another of the same kind, unit and notation read to that
    one's step ("3,000" beside "2,500" is read to the hundred, "600" beside "640" to the unit); a hedged figure as it is."""
    steps = [step(c) for c in figures]
    out = []
    for c, own in zip(figures, steps):
        finer = [s for d, s in zip(figures, steps) if s is not None and d is not c and d.kind == c.kind and d.unit == c.unit
                 and notation(d) == notation(c)]
        if own and c.value is not None and finer and min(finer) < own:
            c = c._replace(interval=rounding(c.value, min(finer)))
        out.append(c)
    return out
