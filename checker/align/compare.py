"""Comparing one quantity across sources: one binding per source, then the values no source can share."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from fractions import Fraction
from typing import Any

from checker.arith import overlap
from checker.findings import allows, finding
from checker.meaning import days
from checker.model import Claim, Finding, Interval, Severity
from checker.tellings import agreed
from checker.units.restate import as_stated, in_one_unit


def value(claim: Claim) -> Claim:
    """The claim with the interval it is compared by: a date's days as day ordinals, and a hedged
    figure's open end closed, so that "nearly 10 days" and "more than 5,000" agree with "10 days"
    and "5,000" (a reader takes them so); rounding intervals stay as they are (33 percent is not 32%)."""
    iv = days(claim) if claim.kind == "date" else None
    iv = iv or claim.interval
    if claim.qualifier not in {"exact", "approx"}:
        iv = Interval(iv.low, iv.high, True, True)
    return claim._replace(interval=iv)


def bindings(group: Sequence[Any]) -> tuple[list[Claim], list[list[Claim]]]:
    """One claim per source, in one unit (a quantity told twice in agreement binds once), and the
    sources that tell it twice differently."""
    claims = [d.claim for d, _ in group]
    if claims[0].kind != "date":
        claims = in_one_unit(claims)
    per_source: dict[str, list[Claim]] = {}
    for claim in claims:
        per_source.setdefault(claim.source, []).append(value(claim))
    bound: list[Claim] = []
    torn: list[list[Claim]] = []
    for tellings in per_source.values():
        one = agreed(tellings)
        if one is None:
            torn.append(tellings)
        else:
            bound.append(one)
    return bound, torn


def conflict(a: Claim, b: Claim) -> bool:
    """Whether two bound figures cannot both be right. Two plain figures of different precision
    agree when the finer rounds to the coarser ("32,000" and "32,400"; not "32,000" and "32,500",
    which rounds to 33,000); otherwise, and for hedged figures, when their intervals share no value."""
    if _plain(a) and _plain(b) and _width(a) != _width(b):
        fine, coarse = (a, b) if _width(a) < _width(b) else (b, a)
        return fine.value is not None and not coarse.interval.contains(fine.value)
    return overlap(a.interval, b.interval) is None


def _plain(claim: Claim) -> bool:
    return claim.qualifier == "exact" and claim.value is not None and claim.kind != "date"


def _width(claim: Claim) -> Fraction:
    iv = claim.interval
    return iv.high - iv.low if iv.low is not None and iv.high is not None else Fraction(-1)


def findings(rule: str, severity: Severity, message: str, group: Sequence[Any]) -> Iterator[Finding]:
    """A finding for each source whose figure conflicts with the best-supported figure, beside
    every figure it conflicts with."""
    bound, _ = bindings(group)
    why = _why(group)
    ranges = [c for c in bound if c.kind == "range"]
    if 1 < len(ranges) == len(bound):
        yield from _ranges(rule, severity, message, ranges, why)
        return
    support = [sum(not conflict(c, d) for d in bound) for c in bound]
    best = bound[max(range(len(bound)), key=lambda k: (support[k], -k))]
    for outlier in bound:
        if outlier is best or not conflict(outlier, best):
            continue
        others = [c for c in bound if c is not outlier and not conflict(c, best) and conflict(c, outlier)]
        fits = "no value fits both" if len(others) == 1 else "no value fits them all"
        evidence = "; ".join(_stated(c) for c in [outlier, *others]) + f": {fits}. {why}"
        yield finding(rule, severity, message, [outlier, *others], evidence)
    for coarse in bound:
        finer = [c for c in bound if c is not coarse and not conflict(c, coarse) and roughly(coarse, c)]
        if finer and not conflict(coarse, best):
            evidence = ("; ".join(_stated(c) for c in [coarse, *finer])
                        + f": they agree only if {' '.join(coarse.text.split())!r} is rounded to one significant figure. {why}")
            yield finding(rule, Severity.WARNING, ROUGH_MESSAGE, [coarse, *finer], evidence)


ROUGH_MESSAGE = "Two sources give this figure differently: they agree only at one significant figure"
ROUGH_SHARE = Fraction(1, 10)  # a plain figure this loose for its size (or looser) is stated to one significant figure
ROUGH_GAP = Fraction(1, 20)  # the least gap, as a share of the rough figure, that is more than rounding in a reader's eyes


def roughly(coarse: Claim, fine: Claim) -> bool:
    """Whether a plain figure stated to one significant figure ('$2 billion', '4 percent', '1%') is
    held against a finer one (plain or hedged: 'nearly $1.8 billion') that differs from it by more than a reader takes for rounding
    ('$1.8 billion', '3.7 per cent', '0.5%'): true by the rules of rounding, worth a look."""
    if not _plain(coarse) or fine.value is None or fine.kind == "date" or coarse.value is None or not coarse.value:
        return False
    if not _width(fine) < _width(coarse) or _width(coarse) < ROUGH_SHARE * abs(coarse.value):
        return False
    return abs(fine.value - coarse.value) > ROUGH_GAP * abs(coarse.value)


def _ranges(rule: str, severity: Severity, message: str, ranges: list[Claim], why: str) -> Iterator[Finding]:
    """Ranges are told by their ends: '12 to 48 hours' and '12 to 24 hours' disagree at the top."""
    first = ranges[0]
    for other in ranges[1:]:
        if (first.interval.low, first.interval.high) != (other.interval.low, other.interval.high):
            evidence = f"{_stated(first)}; {_stated(other)}: the ranges end differently. {why}"
            yield finding(rule, severity, message, [other, first], evidence)


def _stated(claim: Claim) -> str:
    shown = allows(claim.interval, claim.unit) if claim.kind != "date" else "the days " + _days(claim)
    converted = as_stated(claim)
    words = " ".join(claim.text.split())
    return f"\"{words}\"{f' ({converted})' if converted else ''} ({claim.source}:{claim.line}) allows {shown}"


def _days(claim: Claim) -> str:
    details = dict(claim.details)
    first, last = details.get("first"), details.get("last")
    return str(first) if first == last else f"{first} to {last}"


def _why(group: Sequence[Any]) -> str:
    d, s = group[0]
    return (f"Taken as one quantity ({d.meaning.describe()}): the words around the figures and their sentences "
            f"match (score {min(s for _, s in group):.2f}).")
