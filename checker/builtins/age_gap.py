"""builtin.age-gap: an age difference must match the two ages it is between.

Arithmetic over `age-gap` relations: "the 31-year-old, who was 12 years older than the
17-year-old" is flagged (31 - 17 = 14, and ages taken on different birthdays differ by at most one
year more); "12 years older than the 19-year-old" passes, as does "Smith, 45, and his wife, 38,
seven years his junior".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from fractions import Fraction

from checker.builtins.words import finding, of_kind, read
from checker.model import Claim, Finding, Interval, Severity, fmt_number

from checker.relations import Relation

ID = "builtin.age-gap"
OPTIONS = {"tolerance": (1, "years the difference may be off by (ages taken on different birthdays)")}
SEVERITY = Severity.ERROR
MESSAGE = "An age difference does not match the two ages"
EXAMPLES = {
    "flagged": ["The 31-year-old, who was 12 years older than the 17-year-old, was arrested.",
                "The 24-year-old man, who was 15 years older than the girl, met her when she was 13."],
    "passes": ["The 31-year-old, who was 12 years older than the 19-year-old, was arrested.",
               "The 31-year-old, who was 13 years older than the 19-year-old, was arrested.",
               "Smith, 45, and his wife, 38, seven years his junior, were arrested.",
               "The 24-year-old is more than four decades younger than the 68-year-old."],
}


def _allows(gap: Interval, difference: Fraction, tolerance: int) -> bool:
    """True when the gap's values ("more than four decades" is above 40), widened by the tolerance, hold the difference."""
    low, high = gap.low, gap.high
    return (low is None or difference >= low - tolerance) and (high is None or difference <= high + tolerance)


def run(claims: list[Claim], options: Mapping[str, int] | None = None, found: list[Relation] | None = None) -> Iterator[Finding]:
    """A finding for each age gap that the two ages, give or take the tolerance, do not make."""
    tolerance = (options or {}).get("tolerance", 1)
    for r in of_kind(claims, found, "age-gap"):
        gap, older, younger = r.figure("gap"), r.figure("older"), r.figure("younger")
        if None in (gap.value, older.value, younger.value):
            continue
        difference = older.value - younger.value  # type: ignore[operator]
        if not _allows(gap.interval, difference, tolerance):
            evidence = (f"{read(r)}: \"{older.text}\" and \"{younger.text}\" are {fmt_number(difference)} years apart "
                        f"(give or take {tolerance}); \"{gap.text}\" says "
                        f"{fmt_number(gap.value) if gap.interval.low == gap.interval.high else gap.interval.notation()}")  # type: ignore[arg-type]
            yield finding(r, ID, SEVERITY, MESSAGE, [gap, older, younger], evidence)
