"""What a stated figure allows: its interval, from its rounding and its hedge.

The semantics (documented in the README, relied on by every check):
- an exact figure allows its rounding: "33 percent" [32.5, 33.5); "1.2 million" [1.15m, 1.25m);
  round counts of a hundred or more ("5,100", "2,400") the same, to their last non-zero digit;
  other whole counts are exact;
- "more than X" / "over X": a figure rounded down, (X, X + step) when X is round (a multiple of
  ten for percentages, of a hundred for counts), else (X, inf);
- "exactly X", "equal to X": exactly X;
- "at least X" [X, inf); "at most X", "up to X", "X or under" (-inf, X]; "fewer than X" (-inf, X);
- "almost X", "nearly X": [X - tolerance, X); "around X", "about X": [X - tolerance, X + tolerance]
  where tolerance is 10% of X, and at least half a unit ("about 3%" allows [2.5, 3.5]).
"""

from __future__ import annotations

import math
from fractions import Fraction

from checker.arith import overlap
from checker.model import Interval

TOLERANCE = Fraction(1, 10)
HALF = Fraction(1, 2)
ONE = Fraction(1)
ZERO = Fraction(0)


def rounding(value: Fraction, step: Fraction) -> Interval:
    """The values that round to `value` at `step` (exact when step is 0)."""
    if not step:
        return Interval.exact(value)
    # value -+ step / 2 over one denominator: two Fractions made, where four operations made six
    a, b, c, d = value.numerator, value.denominator, step.numerator, step.denominator
    return Interval(Fraction(2 * a * d - b * c, 2 * b * d), Fraction(2 * a * d + b * c, 2 * b * d), True, False)


def hedged(value: Fraction, step: Fraction, qualifier: str) -> Interval:
    """The interval a figure allows given its rounding step and its qualifier."""
    if qualifier == "exact":
        return rounding(value, step)
    if qualifier == "more_than":
        return Interval(value, value + step if step else None, False, False)
    if qualifier == "at_least":
        return Interval(value, None, True, False)
    if qualifier == "at_most":
        return Interval(None, value, False, True)
    if qualifier == "less_than":
        return Interval(None, value, False, False)
    if qualifier == "exactly":
        return Interval.exact(value)
    unit = step or (ONE if value.denominator == 1 and value else Fraction(0))  # a whole count: its unit
    tolerance = max(abs(value) * TOLERANCE, min(unit, ONE) * HALF)
    if qualifier == "just_over":
        return Interval(value, value + tolerance, False, True)
    if qualifier == "almost":
        return Interval(value - tolerance, value, True, False)
    if qualifier == "approx":
        return Interval(value - tolerance, value + tolerance, True, True)
    return rounding(value, step)


def floor_step(step: Fraction) -> Fraction:
    """The step a percentage after "more than" is read by: a round figure is rounded down ("more than 30%"
    is in the thirties) and any other is a bound ("more than 33%": no ceiling)."""
    return step if step >= 10 else Fraction(0)


def count_step(step: Fraction, value: Fraction, scaled: bool) -> Fraction:
    """Round counts of a hundred and more, and scaled figures, are rounded; other counts exact."""
    if scaled or (step >= 100 and abs(value) >= 100):
        return step
    return ZERO


def ratio_interval(part: Fraction, whole: Fraction, idiom: bool) -> Interval:
    """'one in five' rounds the whole: [1/5.5, 1/4.5); 'seven out of 10' rounds the part. Over a
    whole that copy gives shares as (halves to fifths) the idiom is that share in other words, and
    allows no more than it: "three out of four" is "three-quarters", (70.8%, 77.5%), not every value
    that rounds to three quarters-of-four (62.5% to 87.5%, where copy says "three in five" or
    "more than four in five"); "one in three" is "a third", (29.2%, 36.7%)."""
    if not idiom or not whole:
        return Interval.exact(part / whole)
    if part == 1 and whole > 1:
        rounded = Interval(1 / (whole + HALF), 1 / (whole - HALF), False, True)
    else:
        rounded = Interval((part - HALF) / whole, (part + HALF) / whole, True, False)
    if whole not in REPORTED_DENOMINATORS or not 0 < part < whole:
        return rounded
    both = overlap(rounded, fraction_interval(part / whole))  # never empty: both hold part / whole
    assert both is not None
    return both


FRACTION_TOLERANCE = Fraction(1, 20)
REPORTED_DENOMINATORS = (2, 3, 4, 5)  # the fractions copy gives shares as: halves, thirds, quarters, fifths


def hedged_fraction(value: Fraction, qualifier: str) -> Interval:
    """A hedged share in words, read within the share's own reach (`fraction_interval`): "about a
    quarter" is all of it, [22.5%, 29.2%], never narrower than "a quarter"; "almost" or "nearly"
    the part below ("nearly half" [45%, 50%)), "just over" the part above ("just over a third"
    (33.3%, 36.7%]); other hedges as a figure's (`hedged`, a step of five hundredths)."""
    bare = fraction_interval(value)
    if qualifier == "approx":
        return Interval(bare.low, bare.high, True, True)
    if qualifier == "almost":
        return Interval(bare.low, value, True, False)
    if qualifier == "just_over":
        return Interval(value, bare.high, False, True)
    return hedged(value, FRACTION_TOLERANCE, qualifier)


def fraction_interval(value: Fraction) -> Interval:
    """A share in words ("a third", "half", "three-fifths") allows the values nearer to it than to
    any other fraction copy gives shares as (halves, thirds, quarters, fifths, and its own kind:
    "three in ten" beside tenths, "an eighth" beside eighths): "a third" is (29.2%, 36.7%), as
    25% is "a quarter" and 40% "two in five"; the ends are open, so "half" and "three-fifths"
    never agree. Other values (zero, a negative, "one and a half") allow five hundredths either side."""
    if not 0 < value < 1:
        return Interval(value - FRACTION_TOLERANCE, value + FRACTION_TOLERANCE, True, True)
    kinds = {*REPORTED_DENOMINATORS, value.denominator}
    below = max(Fraction(math.ceil(value * d) - 1, d) for d in kinds)  # the nearest fraction of each kind below it
    above = min(Fraction(math.floor(value * d) + 1, d) for d in kinds)  # ... and above it
    return Interval((below + value) / 2, (value + above) / 2, False, False)
