"""`--statistics`: how many findings each rule gave, most first."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from checker.model import Finding


def lines(findings: Iterable[Finding]) -> list[str]:
    """One line per rule: its count of findings shown, its id, its severity, and how many were suppressed."""
    shown: Counter[str] = Counter()
    hidden: Counter[str] = Counter()
    severity = {}
    for f in findings:
        (shown if f.suppressed is None else hidden)[f.rule] += 1
        severity[f.rule] = f.severity
    order = sorted(severity, key=lambda rule: (-shown[rule], rule))
    return [f"{shown[rule]:>5}  {rule}  {severity[rule]}" + (f"  ({hidden[rule]} suppressed)" if hidden[rule] else "")
            for rule in order]
