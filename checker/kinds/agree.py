"""agree: one quantity must have a common value in every source that states it (in one unit:
"60%" and "three-fifths" agree, "half" does not).

    checks:
      instagram-share:
        agree: instagram.share        # or a list of quantities
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from fractions import Fraction
from typing import Any

from checker.arith import overlap
from checker.errors import RuleFileError
from checker.findings import finding, stated
from checker.model import Claim, Finding, Interval, Severity
from checker.yamlnodes import Node, ScalarNode, SequenceNode, where

KEY = "agree"
EXTRA_KEYS: dict[str, str] = {}
DEFAULT_MESSAGE = "The sources give figures for this quantity that cannot all be true"
EXAMPLES = {  # each: quantities, the check's options, one article per source
    "flagged": [
        ({"share": {"kind": "percent", "about": ["Instagram"]}}, "share",
         ["Data show Instagram accounted for 33 percent of cases.", "Data show Instagram was used in 32% of cases."]),
        ({"total": {"kind": "count", "subject": ["offences"]}}, "total",
         ["Police recorded more than 5,000 offences.", "Police recorded 4,800 offences."]),
        ({"share": {"kind": ["percent", "ratio"], "sentence": ["voters"]}}, "share",  # compared in per cent
         ["Officials said 60% of voters backed it.", "Officials said half of voters backed it."]),
    ],
    "passes": [
        ({"total": {"kind": "count", "subject": ["reports", "offences"]}}, "total",
         ["There were more than 5,100 reports.", "There were more than 5,000 offences."]),
        ({"share": {"kind": "ratio", "sentence": ["victims"]}}, "share",
         ["One in five victims was 11.", "Around one in five victims was 11."]),
        ({"share": {"kind": "percent", "about": ["Instagram"]}}, "share",
         ["Data show Instagram had 32.5% of cases.", "Data show Instagram was used in 33% of cases."]),
        ({"share": {"kind": ["percent", "ratio"], "sentence": ["voters"]}}, "share",
         ["Officials said 60% of voters backed it.", "Officials said three-fifths of voters backed it."]),
        ({"span": {"kind": "measure", "sentence": ["bridge"]}}, "span",  # converted, "100 miles" is [152.9, 169) km
         ["The bridge is 100 miles long.", "The bridge is 160km long."]),
    ],
}


def parse(path: str, node: Node, entries: dict[str, Any], quantities: dict[str, Any]) -> tuple[str, ...]:
    """The quantity names to hold against each other; each must be declared."""
    items = node.value if isinstance(node, SequenceNode) else [node]
    if not items:
        raise RuleFileError(where(path, node), "agree needs a quantity or a list of quantities")
    names = []
    for item in items:
        if not isinstance(item, ScalarNode) or item.value not in quantities:
            known = ", ".join(quantities) or "none declared"
            raise RuleFileError(where(path, item), f"agree: unknown quantity {getattr(item, 'value', '')!r} (quantities: {known})")
        names.append(item.value)
    return tuple(names)


def run(check: Any, bound: dict[str, list[Claim]]) -> Iterator[Finding]:
    """A finding for each source whose figure no common value can reconcile with the others."""
    for name in check.options:
        yield from conflicts(check.id, check.severity, check.message, bound.get(name, []))


def conflicts(rule: str, severity: Severity, message: str, claims: Sequence[Claim]) -> Iterator[Finding]:
    """A finding for each claim no common value reconciles with the others, beside one it cannot agree with."""
    for outlier, reference in disagreements(claims):
        evidence = f"{stated(outlier)}; {stated(reference)}: no value fits both"
        yield finding(rule, severity, message, [outlier, reference], evidence)


def disagreements(claims: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """Each claim outside the value most claims allow, paired with a claim it cannot agree with.

    O(n log n): the best-supported value is found by counting, for candidate values, how many
    intervals hold them, with sorted bounds.
    """
    if len(claims) < 2:
        return []
    counter = _Coverage([c.interval for c in claims])
    counts = [(x, counter.count(x)) for x in _candidates(claims)]
    best_count = max(n for _, n in counts)
    if best_count == len(claims):
        return []
    tops = [x for x, n in counts if n == best_count]
    best = next(x for c in claims for x in tops if c.interval.contains(x))
    holders = [c for c in claims if c.interval.contains(best)]
    out = []
    for c in claims:
        if c.interval.contains(best):
            continue
        reference = next((h for h in holders if overlap(h.interval, c.interval) is None), None)
        if reference is not None:
            out.append((c, reference))
    return out


def _candidates(claims: Sequence[Claim]) -> list[Fraction]:
    """Every bound, every midpoint between neighbouring bounds, and a value beyond each end:
    the number of intervals holding a value is constant between these, so they cover all cases."""
    bounds = sorted({b for c in claims for b in (c.interval.low, c.interval.high) if b is not None})
    if not bounds:
        return [Fraction(0)]
    mids = [(a + b) / 2 for a, b in zip(bounds, bounds[1:])]
    return [bounds[0] - 1, *bounds, *mids, bounds[-1] + 1]


class _Coverage:
    """How many intervals hold a value, by binary search over their sorted bounds."""

    def __init__(self, intervals: list[Interval]) -> None:
        self.closed_lows = sorted(iv.low for iv in intervals if iv.low is not None and iv.low_closed)
        self.open_lows = sorted(iv.low for iv in intervals if iv.low is not None and not iv.low_closed)
        self.unbounded_low = sum(1 for iv in intervals if iv.low is None)
        self.closed_highs = sorted(iv.high for iv in intervals if iv.high is not None and iv.high_closed)
        self.open_highs = sorted(iv.high for iv in intervals if iv.high is not None and not iv.high_closed)

    def count(self, x: Fraction) -> int:
        started = self.unbounded_low + bisect.bisect_right(self.closed_lows, x) + bisect.bisect_left(self.open_lows, x)
        ended = bisect.bisect_left(self.closed_highs, x) + bisect.bisect_right(self.open_highs, x)
        return started - ended
