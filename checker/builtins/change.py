"""builtin.change: a percentage change must match the two figures it is said to go between.

"rose by 20% from 2,400 to 3,100" is flagged (that is 24.5% to 34% with the figures' rounding);
"rose by almost a third, from 2,400 to 3,100" passes, and so does "fell by a quarter, from 800 to 610".
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from fractions import Fraction
from itertools import accumulate, islice

from checker import arith
from checker.findings import allows, finding
from checker.model import Claim, Finding, Interval, Severity

ID = "builtin.change"
OPTIONS: dict[str, tuple[int, str]] = {}
SEVERITY = Severity.ERROR
MESSAGE = "The change stated does not match the figures it goes between"
EXAMPLES = {
    "flagged": ["Cases rose by 20% from 2,400 to 3,100 last year.", "Thefts fell by 40 per cent, from 800 to 610."],
    "passes": ["Cases rose by almost a third, from 2,400 to 3,100 last year.", "Crime fell by a quarter, from 800 to 610.",
               "Cases rose by 29% from 2,400 to 3,100."],
}
FIGURES = {"count", "money", "percent", "measure"}
HUNDRED = Interval.exact(Fraction(100))


def between(claims: list[Claim], kinds: set[str]) -> Iterator[tuple[Claim, Claim, Claim]]:
    """(stated, from, to): a claim of `kinds` written with the 'from X to Y' it describes."""
    ordered = sorted(claims, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    reach = list(accumulate((c.end for c in ordered), max))  # the furthest end of a claim up to each one
    for span in claims:
        if span.kind != "change" or "from" not in dict(span.details):
            continue
        inside = ordered[bisect_left(starts, span.start) : bisect_right(starts, span.end)]
        ends = [c for c in inside if c.end <= span.end and c.kind in FIGURES][-2:]
        if len(ends) != 2 or ends[0].unit != ends[1].unit:
            continue
        stated = list(islice(_overlapping(ordered, reach, bisect_left(starts, ends[0].start), span, kinds), 2))
        if len(stated) == 1 and ends[0].interval.low is not None and ends[0].interval.low > 0:
            yield stated[0], ends[0], ends[1]


def _overlapping(ordered: list[Claim], reach: list[int], before: int, span: Claim, kinds: set[str]) -> Iterator[Claim]:
    """The claims of `kinds` (no 'from X to Y' themselves) that open before index `before` and end inside `span`,
    walking back only while some earlier claim still reaches into it."""
    for i in range(before - 1, -1, -1):
        if reach[i] <= span.start:
            return
        c = ordered[i]
        if c is not span and c.kind in kinds and "from" not in dict(c.details) and c.end > span.start:
            yield c


def run(claims: list[Claim], options: Mapping[str, int] | None = None) -> Iterator[Finding]:
    """A finding for each stated percentage change that no values of its two figures allow."""
    for stated, start, end in between(claims, {"change"}):
        if stated.unit != "percent":
            continue
        actual = arith.mul(arith.div(arith.sub(end.interval, start.interval), start.interval), HUNDRED)
        if arith.overlap(actual, stated.interval) is None:
            evidence = (f"from \"{start.text}\" to \"{end.text}\" is a change of {allows(actual, 'percent')}; "
                        f"\"{stated.text}\" allows {allows(stated.interval, 'percent')}")
            yield finding(ID, SEVERITY, MESSAGE, [stated, start, end], evidence)
