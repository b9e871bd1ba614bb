"""What a figure measures and in which unit: figures of one measure are compared after conversion,
figures of different measures never.

    dimension("percent", "percent") == dimension("ratio", "ratio") == "share"
    in_unit(three_fifths, "percent")   # [55, 65]: "three-fifths" read as per cent

A measure (dimension) is a word: "count", "share", "percentage point", "multiplier", "time",
"length", "mass", ..., "money:GBP" (each currency its own: no exchange rates), "age" for an age,
"relative change" for a change in per cent or as a fraction ("up 20%", "fell by a quarter"),
"change:X" for a change in X ("rose by £3m"), "measure:UNIT" for a unit the table does not know
(it compares only with itself). Dates and periods have none.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache

from checker import arith
from checker.extract import bounds
from checker.model import Claim, Interval, WHEN_KINDS
from checker.units.table import UNITS, Unit

NO_MEASURE = frozenset(WHEN_KINDS)


@lru_cache(maxsize=1024)
def dimension(kind: str, unit: str | None) -> str | None:
    """What a figure of this kind and unit measures; None when it has no comparable measure."""
    if kind in NO_MEASURE:
        return None
    level = _level(unit)
    if kind == "change" and level != "percentage point":
        return "relative change" if level == "share" else f"change:{level}"
    if kind == "age":
        return "age" if level == "time" else f"age:{level}"
    return level


def _level(unit: str | None) -> str:
    """What a unit measures, as a level (not a change)."""
    if unit is None:
        return "count"
    known = UNITS.get(unit)
    if known is not None:
        return known.dimension
    if len(unit) == 3 and unit.isalpha() and unit.isupper():
        return f"money:{unit}"
    return f"measure:{unit}"


WORDS = {"count": "a count", "percentage point": "percentage points", "time": "a duration", "money": "money",
         "date": "a date", "energy": "energy", "power": "power", "data": "data", "temperature": "a temperature"}


def describe(dim: str | None) -> str:
    """A measure in words: 'a share', 'money in GBP', 'a change in a count', 'a measure in degree'."""
    if dim is None:
        return "no measure (a date or period)"
    head, _, rest = dim.partition(":")
    if head.startswith("time per "):
        return f"a duration {head.removeprefix('time ')}"  # 'a duration per day': "open 12 hours a day"
    if head == "money" and rest:
        return f"money in {rest}"
    if head == "measure" and rest:
        return f"a measure in {rest}"
    if rest:
        return f"{describe(head)} in {describe(rest)}"
    return WORDS.get(dim) or f"{'an' if dim[0] in 'aeiou' else 'a'} {dim}"


_AGES = re.compile(r"(?:aged?|ages)\b|.*year-olds?\Z", re.I)


def measure(claim: Claim) -> str | None:
    """What a figure measures: its kind and unit's `dimension`, but a range of ages ("aged 12 to
    15", "ages 12-15", "12- to 15-year-olds") is an age, as a range of years ("12-15 years") is a duration."""
    dim = dimension(claim.kind, claim.unit)
    if dim == "time" and claim.kind == "range" and _AGES.match(claim.text):
        return "age"
    return dim


def comparable(a: Claim, b: Claim) -> bool:
    """Whether two figures measure the same thing, so that one can be held against the other."""
    dim = measure(a)
    return dim is not None and dim == measure(b)


def base(dim: str) -> str | None:
    """The unit `in_base` gives a measure in: the ratio for shares, the second, the metre, the
    currency itself, a unit the table lacks as stated; None for counts."""
    head, _, rest = dim.partition(":")
    if head in {"money", "measure"}:
        return rest
    level = {"relative change": "share", "age": "time"}.get(dim, rest if head in {"change", "age"} else dim)
    if level != dim:
        return base(level)
    return next((name for name, u in UNITS.items() if u.dimension == level and u.low == u.high == 1 and not u.offset), None)


def in_base(claim: Claim) -> Interval:
    """The claim's interval in its measure's base unit (unchanged for a figure of no measure)."""
    dim = measure(claim)
    return claim.interval if dim is None else in_unit(claim, base(dim))


def in_unit(claim: Claim, unit: str | None) -> Interval:
    """The claim's interval in `unit` of its measure: exact between units of one size (or of one
    family, a year being 12 months), within both bounds of a unit of no single size otherwise
    ("5 tons" is 4,536 to 5,080 kg). Changes are converted without a temperature's zero. A figure
    stated exactly in an imperial unit and converted to a metric one, or the other way, is first
    taken as `rounded`: reporters round such conversions ("100 miles (160km)")."""
    if unit == claim.unit:
        return claim.interval
    low, high, shift = factor(claim.unit, unit, claim.kind != "change")
    interval = claim.interval
    if _unit(claim.unit).imperial != _unit(unit).imperial and claim.qualifier == "exact" and interval.low == interval.high:
        interval = rounded(claim.interval.low)
    if low == high:
        return _shifted(interval.scaled(low), shift)
    return _shifted(arith.mul(interval, Interval(low, high)), shift)


def rounded(value: Fraction | None) -> Interval:
    """A figure stated exactly, as rounded at its last digit, and never more finely than its second
    significant digit: 4.8 [4.75, 4.85), 30 [29.5, 30.5), 160 [155, 165), 5,000 [4,950, 5,050)."""
    if value is None:
        return Interval(None, None, False, False)
    places = next((k for k in range(7) if (value * 10**k).denominator == 1), None)
    if places is None:
        return Interval.exact(value)
    digits = str(abs(value.numerator))
    zeros = len(digits) - len(digits.rstrip("0"))
    step = Fraction(1, 10**places) if places else Fraction(10) ** min(zeros, max(len(digits) - 2, 0))
    return bounds.rounding(value, step)


def _shifted(iv: Interval, shift: Fraction) -> Interval:
    if not shift:
        return iv
    return Interval(None if iv.low is None else iv.low + shift, None if iv.high is None else iv.high + shift,
                    iv.low_closed, iv.high_closed)


def factor(source: str | None, target: str | None, with_zero: bool) -> tuple[Fraction, Fraction, Fraction]:
    """Least and most a value in `source` is multiplied by to be in `target`, and what is then added."""
    a, b = _unit(source), _unit(target)
    if a.dimension != b.dimension:
        raise ValueError(f"{source} ({describe(a.dimension)}) cannot be converted to {target} ({describe(b.dimension)})")
    if a.family is not None and a.family == b.family:
        return a.steps / b.steps, a.steps / b.steps, Fraction(0)
    shift = (a.offset - b.offset) / b.low if with_zero else Fraction(0)
    return a.low / b.high, a.high / b.low, shift


def _unit(unit: str | None) -> Unit:
    """A unit's row; a unit the table lacks is the base of a measure of its own."""
    known = UNITS.get(unit or "")
    return known if known is not None else Unit(_level(unit), Fraction(1), Fraction(1), symbol(unit))


def symbol(unit: str | None) -> str:
    """How evidence writes a unit after a number: '%', ' km', ' GBP'; nothing for a count or a ratio."""
    known = UNITS.get(unit or "")
    if known is not None:
        return known.symbol
    return "" if unit is None else f" {unit}"


KIND_MEASURES = {"count": "count", "percent": "share", "ratio": "share", "money": "money", "age": "age",
                 "duration": "time", "measure": "measure", "change": "change", "multiplier": "multiplier",
                 "date": "date", "period": "date", "time": "time of day"}  # a range is of whatever its unit measures


def kind_measure(kind: str) -> str | None:
    """What figures of a kind measure, whatever their unit (None for a range: its unit says)."""
    return KIND_MEASURES.get(kind)


def unit_measure(unit: str) -> str:
    """What a unit measures: 'share' for per cent and ratios, 'money:GBP', 'length', ..."""
    return _level(unit)
