"""builtin.ratio-percent: a ratio and the percentage given beside it must agree.

"one in four pupils (40%)" is flagged, as is "one-third (38%)" (38% is nearer two in five than a
third: see `checker.extract.bounds.fraction_interval`); "one in four (25%)" passes, as does "a third (32%)".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from fractions import Fraction

import regex

from checker.arith import overlap
from checker.builtins.words import between
from checker.findings import allows, finding
from checker.model import Claim, Finding, Severity

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
# up to two words, then a bracket, a comma (", or"), a dash or "or": "pupils (", "pupils, or "
_BETWEEN = regex.compile(r"(?:[ \t]+\w+){0,2}[ \t]*(?:\(|,[ \t]*(?:or[ \t]+)?|[–—-]|\bor\b)[ \t]*")


def run(claims: list[Claim], options: Mapping[str, int] | None = None) -> Iterator[Finding]:
    """A finding for a ratio followed closely by a percentage that no value of both allows."""
    for ratio, pct in zip(claims, claims[1:]):
        if ratio.kind != "ratio" or pct.kind != "percent" or pct.unit != "percent" or ratio.sentence != pct.sentence:
            continue
        if not 0 <= pct.start - ratio.end <= 24 or not _BETWEEN.fullmatch(between(ratio, pct)):
            continue
        as_percent = ratio.interval.scaled(Fraction(100))
        if overlap(as_percent, pct.interval) is None:
            evidence = (f"\"{ratio.text}\" allows {allows(as_percent, 'percent')}; \"{pct.text}\" allows "
                        f"{allows(pct.interval, 'percent')}: no value fits both")
            yield finding(ID, SEVERITY, MESSAGE, [ratio, pct], evidence)
