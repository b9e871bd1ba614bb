"""Claims re-expressed in one unit, so that a quantity's figures can be compared: each keeps the
unit and value it was stated in, for evidence ('"three-fifths" (= 60%)')."""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

from checker.model import Claim, fmt_number
from checker.units import factor, in_unit, measure, symbol

STATED = "stated_unit"  # the detail a converted claim keeps its own unit and value in


def convert(claim: Claim, unit: str | None) -> Claim:
    """The claim re-expressed in `unit` of its measure, its own unit and value kept in its details
    (STATED); its value is None when the conversion is not exact."""
    low, high, shift = factor(claim.unit, unit, claim.kind != "change")
    value = None if claim.value is None or low != high else claim.value * low + shift
    return claim._replace(value=value, interval=in_unit(claim, unit), unit=unit,
                          details=(*claim.details, (STATED, (claim.unit, claim.value))))


def stated(claim: Claim) -> tuple[str | None, Fraction | None] | None:
    """The unit and value a claim re-expressed by `convert` was stated in (None if it was not)."""
    return next((value for key, value in claim.details if key == STATED), None)


def as_stated(claim: Claim) -> str:
    """What a re-expressed claim's words amount to in its new unit: '= 60%', '= 4536 to 5080 kg'; '' when unchanged."""
    unit, value = stated(claim) or (claim.unit, None)
    if unit == claim.unit or value is None:
        return ""
    low, high, shift = factor(unit, claim.unit, claim.kind != "change")
    if low == high:
        return f"= {fmt_number(value * low + shift)}{symbol(claim.unit)}"
    ends = sorted((value * low + shift, value * high + shift))
    return f"= {fmt_number(ends[0])} to {fmt_number(ends[1])}{symbol(claim.unit)}"


PREFERRED = {"share": "percent"}  # shares stated both ways are compared in per cent


def common_unit(claims: list[Claim]) -> str | None:
    """The unit most of the claims are stated in (a tie: the first claim's); per cent for shares
    stated both as percentages and as ratios."""
    counts = Counter(c.unit for c in claims)
    preferred = PREFERRED.get(measure(claims[0]) or "")
    if len(counts) > 1 and preferred in counts:
        return preferred
    best = max(counts.values())
    return next(c.unit for c in claims if counts[c.unit] == best)


def one_measure(claims: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """The claims of the measure most of them have (a tie: the first claim's), and the others."""
    dims = [measure(c) for c in claims]
    if len(set(dims)) <= 1:
        return claims, []
    counts = Counter(dims)
    best = next(d for d in dims if counts[d] == max(counts.values()))
    return [c for c, d in zip(claims, dims) if d == best], [c for c, d in zip(claims, dims) if d != best]


def in_one_unit(claims: list[Claim], unit: str | None = None) -> list[Claim]:
    """Claims of one measure in one unit (`unit`, else the one most are stated in); unchanged when
    they already share it."""
    if not claims or unit is None and len({c.unit for c in claims}) == 1:
        return claims  # already in one unit
    target = common_unit(claims) if unit is None else unit
    if all(c.unit == target for c in claims):
        return claims
    return [convert(c, target) for c in claims]


def in_shared_units(quantities: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """Quantities of one measure in one unit, the first such quantity's (each already in one unit)."""
    chosen: dict[str, str | None] = {}
    out = {}
    for name, claims in quantities.items():
        dim = measure(claims[0]) if claims else None
        out[name] = claims if dim is None else in_one_unit(claims, chosen.setdefault(dim, claims[0].unit))
    return out
