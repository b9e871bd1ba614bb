"""builtin.breakdown: the parts listed after a total must add up to it.

Arithmetic over `breakdown` relations: "2,310 admissions: 1,040 in the north, 870 in the centre and
380 in the south" (2,290) is flagged; "2,290 admissions: ..." passes, and so does "nine lamps: three
at the front, two on each side and two at the back" (a part on each side counts twice). A total split
by words ("are split between Cardiff (200), Swansea (150) and Newport (50)", "comprises", "in total,")
is read as a colon is; after ", of which" the list may leave some out, so only parts that exceed the
total are flagged. A list of ages,
names with figures, scores or figures of another kind is no breakdown.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from fractions import Fraction
from functools import reduce

from checker import arith
from checker.builtins import precision
from checker.builtins.words import finding, of_kind, read
from checker.findings import allows
from checker.model import Claim, Finding, Interval, Severity
from checker.relations import Relation

ID = "builtin.breakdown"
OPTIONS: dict[str, tuple[int, str]] = {}
SEVERITY = Severity.ERROR
MESSAGE = "The parts listed after a total do not add up to it"
EXAMPLES = {
    "flagged": ["The hospital had 2,310 admissions: 1,040 in the north, 870 in the centre and 380 in the south.",
                "The van has nine lamps: three at the front, two on each side, and one at the back."],
    "passes": ["The hospital had 2,290 admissions: 1,040 in the north, 870 in the centre and 380 in the south.",
               "The hospital had about 2,300 admissions: 1,040 in the north, 870 in the centre and 380 in the south.",
               "The van has nine lamps: three at the front, two on each side, and two at the back.",
               "The couple have four children: Tom Lee, 30; Amy, 27; Ben, 22; and Cal, 9."],
}


def run(claims: list[Claim], options: Mapping[str, int] | None = None, found: list[Relation] | None = None) -> Iterator[Finding]:
    """A finding when 'TOTAL ...: PART, PART and PART' cannot add up."""
    for r in of_kind(claims, found, "breakdown"):
        times = r.detail("times")
        total, *parts = precision.at_precision(r.figures)
        summed = _sum(parts, times)
        if r.detail("exhaustive", True) is False:  # "1,250 responses, of which 700 ... and 400 ...": only more than the total is a slip
            summed = Interval(summed.low, None, summed.low_closed, False)
        if arith.overlap(summed, total.interval) is None:
            listed = " + ".join(p.text if n == 1 else f"{n} x {p.text}" for p, n in zip(parts, times))
            evidence = (f"{read(r)}: {listed} = {allows(summed, total.unit)}; "
                        f"\"{total.text}\" allows {allows(total.interval, total.unit)}")
            yield finding(r, ID, SEVERITY, MESSAGE, list(r.figures), evidence)


def _sum(parts: list[Claim], times: tuple[int, ...]) -> Interval:
    """What the parts add up to: shares each keep their rounding (each is rounded from a share of its own);
    counts and sums one rounding at a time, as copy adds them (`checker.builtins.precision`)."""
    def add(values: list[Interval]) -> Interval:
        return reduce(arith.add, (v.scaled(Fraction(n)) for v, n in zip(values, times)))
    if any(p.kind == "percent" for p in parts):
        return add([p.interval for p in parts])
    return precision.one_at_a_time(parts, add)
