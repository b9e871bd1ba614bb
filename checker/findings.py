"""Building findings: locations from claims, stable fingerprints, evidence in words."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from checker.model import Claim, Finding, Interval, Location, Severity, fmt_number

UNIT_WORDS = {"percent": "%", "percentage_point": " points", "ratio": "", "times": "x"}


def location(claim: Claim, source_text_lines: int | None = None) -> Location:
    """Where a claim's words are (a claim never spans lines in practice; end is computed from its text)."""
    lines = claim.text.split("\n")
    end_line = claim.line + len(lines) - 1
    end_column = (claim.column + len(claim.text)) if len(lines) == 1 else len(lines[-1]) + 1
    return Location(claim.source, claim.line, claim.column, end_line, end_column, claim.text)


def fingerprint(rule: str, claims: Iterable[Claim], extra: str = "") -> str:
    """A finding's identity: its rule and its claims' sources, kinds and words, never their lines."""
    parts = sorted(f"{c.source}|{c.kind}|{c.unit}|{' '.join(c.text.split()).lower()}" for c in claims)
    return hashlib.sha256("\n".join([rule, extra, *parts]).encode()).hexdigest()[:32]


def finding(rule: str, severity: Severity, message: str, claims: list[Claim], evidence: str) -> Finding:
    """A finding on `claims` (the first is where it is reported)."""
    return Finding(rule, severity, message, tuple(location(c) for c in claims), evidence, fingerprint(rule, claims))


def allows(iv: Interval, unit: str | None = None) -> str:
    """'68.5 to 71.5', 'more than 5,100', 'exactly 43' for an interval."""
    u = UNIT_WORDS.get(unit or "", "")
    if iv.low is not None and iv.low == iv.high:
        return f"exactly {fmt_number(iv.low)}{u}"
    if iv.low is None and iv.high is None:
        return "any value"
    if iv.low is None:
        return f"{'at most' if iv.high_closed else 'below'} {fmt_number(iv.high)}{u}"  # type: ignore[arg-type]
    if iv.high is None:
        return f"{'at least' if iv.low_closed else 'more than'} {fmt_number(iv.low)}{u}"
    return f"{fmt_number(iv.low)}{u} to {fmt_number(iv.high)}{u}"


def stated(claim: Claim) -> str:
    """A claim as evidence: its words, its source line and what they allow."""
    return f"\"{' '.join(claim.text.split())}\" ({claim.source}:{claim.line}) allows {allows(claim.interval, claim.unit)}"
