"""builtin.ratio-percent: a ratio and the percentage that restates it must agree.

Arithmetic over `restatement` relations of a ratio and a percentage: "one in four pupils (40%)" is
flagged, as is "one-third (38%)" (38% is nearer two in five than a third: see
`checker.extract.bounds.fraction_interval`); "one in four (25%)" passes, as does "a third (32%)".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from fractions import Fraction

from checker.arith import overlap
from checker.builtins.words import finding, of_kind, read
from checker.findings import allows
from checker.model import Claim, Finding, Severity
from checker.relations import Relation

ID = "builtin.ratio-percent"
OPTIONS: dict[str, tuple[int, str]] = {}
SEVERITY = Severity.ERROR
MESSAGE = "A ratio and the percentage given beside it do not agree"
EXAMPLES = {
    "flagged": ["One in four pupils (40%) said they had been bullied.",
                "Only one-third (38%) said they would share a flat with him."],  # 38% is nearer two in five
    "passes": ["One in four pupils (25%) said they had been bullied.", "A third of them (32%) agreed.",
               "One in four pupils, or 26 per cent, said so."],
}


def run(claims: list[Claim], options: Mapping[str, int] | None = None, found: list[Relation] | None = None) -> Iterator[Finding]:
    """A finding for a ratio restated as a percentage that no value of both allows."""
    yield from disagreeing(claims, found, "ratio-percent", ID, SEVERITY, MESSAGE)


def disagreeing(claims: list[Claim], found: list[Relation] | None, told: str, rule: str, severity: Severity,
                message: str) -> Iterator[Finding]:
    """A finding for each restatement of a ratio as a percentage, `told` as one ("ratio-percent", or "share" for a part
    of a whole: "1,300 of the 2,000 homes ... about 45 per cent"), that no value of both allows."""
    for r in of_kind(claims, found, "restatement"):
        if r.detail("as") != told:
            continue
        first, second = r.figures
        ratio, pct = (first, second) if first.kind == "ratio" else (second, first)
        as_percent = ratio.interval.scaled(Fraction(100))
        if overlap(as_percent, pct.interval) is None:
            evidence = (f"{read(r)}: \"{ratio.text}\" allows {allows(as_percent, 'percent')}; \"{pct.text}\" allows "
                        f"{allows(pct.interval, 'percent')}: no value fits both")
            yield finding(r, rule, severity, message, [first, second], evidence)
