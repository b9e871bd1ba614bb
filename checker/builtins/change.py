"""builtin.change: a stated change must match the two figures it is said to go between.

Arithmetic over `change` relations: "rose by 20% from 2,400 to 3,100" is flagged (that is 24.5%
to 34% with the figures' rounding), as is "a 40 per cent fall, from 900 to 610" and "up by 1,200
to 5,400 from 4,800"; "rose by almost a third, from 2,400 to 3,100" passes, and so does "fell by a
quarter, from 800 to 610". A percentage is held against the relative change, points against the
difference of two percentages, an amount against the difference.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from fractions import Fraction

from checker import arith
from checker.builtins import precision
from checker.builtins.words import finding, of_kind, read
from checker.findings import allows
from checker.model import Claim, Finding, Interval, Severity, fmt_number
from checker.relations import Relation

ID = "builtin.change"
OPTIONS: dict[str, tuple[int, str]] = {}
SEVERITY = Severity.ERROR
MESSAGE = "The change stated does not match the figures it goes between"
EXAMPLES = {
    "flagged": ["Cases rose by 20% from 2,400 to 3,100 last year.", "Thefts fell by 40 per cent, from 800 to 610.",
                "Thefts showed a drop of more than 30 per cent, from 800 to 610.",
                "There was a 40 per cent fall, from 900 to 610."],
    "passes": ["Cases rose by almost a third, from 2,400 to 3,100 last year.", "Crime fell by a quarter, from 800 to 610.",
               "Cases rose by 29% from 2,400 to 3,100.", "There was a 32 per cent fall, from 900 to 610.",
               "Thefts showed a drop of more than 20 per cent, from 800 to 610."],
}
FIGURES = {"count", "money", "percent", "measure"}
HUNDRED = Interval.exact(Fraction(100))
ONE = Interval.exact(Fraction(1))


def actual(stated: Claim, start: Claim, end: Claim) -> list[Interval]:
    """What the two figures make of the change in the stated change's unit, one of them rounded at a time
    (`checker.builtins.precision`): none when it cannot be compared, two for a percentage change of
    percentages (relative, or loosely in points)."""
    fine = (precision.step(stated) or 1) < 1  # a change given to decimals ("4.99%"), made from sums finer than those printed
    figures = precision.at_precision([precision.to_the_unit(start), precision.to_the_unit(end)] if fine else [start, end])  # "£2,205"
    # end / start - 1, not (end - start) / start: each figure's interval used once, so the bounds are tight
    relative = precision.one_at_a_time(figures, lambda v: arith.mul(arith.sub(arith.div(v[1], v[0]), ONE), HUNDRED))
    difference = precision.one_at_a_time(figures, lambda v: arith.sub(v[1], v[0]))
    if stated.unit == "percent":
        return [relative, difference] if start.unit == "percent" else [relative]
    if stated.unit == "percentage_point" and start.unit == "percent" or stated.unit == start.unit:
        return [difference]
    return []


def signed(stated: Claim) -> Interval:
    """The stated change with the sign of its direction ('fell by 40%' is -40%)."""
    iv = stated.interval
    positive = iv.high > 0 if iv.high is not None else iv.low is not None and iv.low >= 0  # "a drop of more than 12%": (12%, inf)
    if dict(stated.details).get("direction") == "down" and positive:
        return iv.scaled(Fraction(-1))
    return iv


def run(claims: list[Claim], options: Mapping[str, int] | None = None, found: list[Relation] | None = None) -> Iterator[Finding]:
    """A finding for each stated change that no values of its two figures allow."""
    for r in of_kind(claims, found, "change"):
        stated, start, end = r.figure("stated"), r.figure("from"), r.figure("to")
        made = actual(stated, start, end)
        if made and all(arith.overlap(m, signed(stated)) is None for m in made):
            unit = "percent" if stated.unit == "percent" else stated.unit
            evidence = (f"{read(r)}: from {_told(start, end)} to \"{end.text}\" is a change of {' or '.join(allows(m, unit) for m in made)}; "
                        f"\"{stated.text}\" allows {allows(signed(stated), unit)}")
            yield finding(r, ID, SEVERITY, MESSAGE, [stated, start, end], evidence)


def _told(start: Claim, end: Claim) -> str:
    """Where a change went from, as read: its words, or what a change by an amount to a figure makes of them ("1,100" less
    "300", 800)."""
    by = dict(start.details).get("moved_by")
    if by is None or start.value is None or end.value is None:
        return f"\"{start.text}\""
    how = "less" if start.value < end.value else "plus"
    return f"\"{end.text}\" {how} \"{by}\" ({fmt_number(start.value)})"
