"""Building findings: locations from claims, stable fingerprints, evidence in words."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from typing import TypeVar

from checker import units
from checker.ci.paths import source_key
from checker.model import Claim, Finding, Interval, Location, Quote, Severity, fmt_number
from checker.units import restate

UNIT_WORDS = {"percent": "%", "percentage_point": " points", "ratio": "", "times": "x"}
MEMO = 1 << 15  # claims remembered at most by each of `once`'s memos: cleared whole when full
T = TypeVar("T")


def once(memo: dict[int, tuple[Claim, T]], claim: Claim, make: Callable[[Claim], T]) -> T:
    """`make(claim)`, worked out once per claim (found by identity; the memo keeps the claim alive, so
    its id is never another's): a figure of a quantity told by hundreds of sources is told again in
    each finding held against it, its words, place and fingerprint the same each time."""
    found = memo.get(id(claim))
    if found is None or found[0] is not claim:
        if len(memo) >= MEMO:
            memo.clear()
        found = memo[id(claim)] = (claim, make(claim))
    return found[1]


_LOCATIONS: dict[int, tuple[Claim, Location]] = {}
_PARTS: dict[int, tuple[Claim, tuple[str, str]]] = {}  # a claim's fingerprint part, with the directory it was made in


def location(claim: Claim) -> Location:
    """Where a claim's words are (a claim never spans lines in practice; end is computed from its text)."""
    return once(_LOCATIONS, claim, _location)


def _location(claim: Claim) -> Location:
    lines = claim.text.split("\n")
    end_line = claim.line + len(lines) - 1
    end_column = (claim.column + len(claim.text)) if len(lines) == 1 else len(lines[-1]) + 1
    return Location(claim.source, claim.line, claim.column, end_line, end_column, claim.text)


def fingerprint(rule: str, claims: Iterable[Claim], extra: str = "") -> str:
    """A finding's identity: its rule and its claims' sources (relative to the project root), kinds and
    words, never their lines."""
    cwd = os.getcwd()  # a source's key is relative to it (`source_key`)
    return digest(rule, (_part(c, cwd) for c in claims), extra)


def _part(claim: Claim, cwd: str) -> str:
    """`_fingerprinted(claim)`, worked out once per claim and working directory."""
    made_in, part = once(_PARTS, claim, lambda c: (cwd, _fingerprinted(c)))
    if made_in != cwd:
        part = _fingerprinted(claim)
        _PARTS[id(claim)] = (claim, (cwd, part))
    return part


def _fingerprinted(c: Claim) -> str:
    """What a fingerprint reads of a claim: its source's key, kind, own unit and words."""
    return f"{source_key(c.source)}|{c.kind}|{_own_unit(c)}|{' '.join(c.text.split()).lower()}"


def _own_unit(claim: Claim) -> str | None:
    """The unit a claim is stated in, before any conversion."""
    original = restate.stated(claim)
    return claim.unit if original is None else original[0]


def digest(rule: str, parts: Iterable[str], extra: str = "") -> str:
    """A stable identity from a rule and what a finding is about, in any order: sources and words, never lines."""
    return hashlib.sha256("\n".join([rule, extra, *sorted(parts)]).encode()).hexdigest()[:32]


def quote_location(q: Quote) -> Location:
    """Where a quotation is: from its opening mark to its closing one."""
    return Location(q.source, q.line, q.column, q.end_line, q.end_column, q.text)


def finding(rule: str, severity: Severity, message: str, claims: list[Claim], evidence: str) -> Finding:
    """A finding on `claims` (the first is where it is reported)."""
    return Finding(rule, severity, message, tuple(location(c) for c in claims), evidence, fingerprint(rule, claims))


def allows(iv: Interval, unit: str | None = None, symbol: str | None = None) -> str:
    """What an interval allows, in interval notation: 'exactly 43', '[31.5%, 32.5%)', '(5000, 6000)'
    (`symbol` written after each number instead of the unit's usual word)."""
    u = UNIT_WORDS.get(unit or "", "") if symbol is None else symbol
    if iv.low is not None and iv.low == iv.high:
        return f"exactly {fmt_number(iv.low)}{u}"
    low = "-inf" if iv.low is None else f"{fmt_number(iv.low)}{u}"
    high = "inf" if iv.high is None else f"{fmt_number(iv.high)}{u}"
    left = "[" if iv.low is not None and iv.low_closed else "("
    right = "]" if iv.high is not None and iv.high_closed else ")"
    return f"{left}{low}, {high}{right}"


def stated(claim: Claim) -> str:
    """A claim as evidence: its words, its source line and what they allow; a claim converted to
    another unit says what its words amount to there ('"three-fifths" (= 60%)') and names its units."""
    words = f"\"{' '.join(claim.text.split())}\""
    if restate.stated(claim) is None:
        return f"{words} ({claim.source}:{claim.line}) allows {allows(claim.interval, claim.unit)}"
    amount = restate.as_stated(claim)
    words += f" ({amount})" if amount else ""
    return f"{words} ({claim.source}:{claim.line}) allows {allows(claim.interval, claim.unit, units.symbol(claim.unit))}"
