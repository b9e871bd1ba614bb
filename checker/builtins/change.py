"""builtin.change: a percentage change must match the two figures it is said to go between.

"rose by 20% from 2,400 to 3,100" is flagged (that is 24.5% to 34% with the figures' rounding);
"rose by almost a third, from 2,400 to 3,100" passes, and so does "fell by a quarter, from 800 to 610".
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from checker import arith
from checker.findings import allows, finding
from checker.model import Claim, Finding, Interval, Severity

ID = "builtin.change"
SEVERITY = Severity.ERROR
MESSAGE = "The change stated does not match the figures it goes between"
EXAMPLES = {
    "flagged": ["Cases rose by 20% from 2,400 to 3,100 last year.", "Thefts fell by 40 per cent, from 800 to 610."],
    "passes": ["Cases rose by almost a third, from 2,400 to 3,100 last year.", "Crime fell by a quarter, from 800 to 610.",
               "Cases rose by 29% from 2,400 to 3,100."],
}
FIGURES = {"count", "money", "percent", "measure"}
HUNDRED = Interval.exact(Fraction(100))


def run(claims: list[Claim]) -> Iterator[Finding]:
    """A finding for each stated percentage change that no values of its two figures allow."""
    for span in claims:
        details = dict(span.details)
        if span.kind != "change" or "from" not in details:
            continue
        inside = [c for c in claims if span.start <= c.start and c.end <= span.end and c is not span]
        stated = [c for c in inside if c.kind == "change" and c.unit == "percent" and "from" not in dict(c.details)]
        ends = [c for c in inside if c.kind in FIGURES][-2:]
        if len(stated) != 1 or len(ends) != 2 or ends[0].unit != ends[1].unit:
            continue
        start, end = ends
        if start.interval.low is None or start.interval.low <= 0:
            continue
        actual = arith.mul(arith.div(arith.sub(end.interval, start.interval), start.interval), HUNDRED)
        if arith.overlap(actual, stated[0].interval) is None:
            evidence = (f"from \"{start.text}\" to \"{end.text}\" is a change of {allows(actual, 'percent')}; "
                        f"\"{stated[0].text}\" allows {allows(stated[0].interval, 'percent')}")
            yield finding(ID, SEVERITY, MESSAGE, [stated[0], start, end], evidence)
