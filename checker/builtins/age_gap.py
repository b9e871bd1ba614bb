"""builtin.age-gap: an age difference must match the two ages it is between.

"the 31-year-old, who was 12 years older than the 17-year-old" is flagged (31 - 17 = 14, and ages
taken on different birthdays differ by at most one year more); "12 years older than the 19-year-old"
passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from checker.builtins.words import following
from checker.findings import finding
from checker.model import Claim, Finding, Severity, fmt_number

ID = "builtin.age-gap"
OPTIONS = {"tolerance": (1, "years the difference may be off by (ages taken on different birthdays)")}
SEVERITY = Severity.ERROR
MESSAGE = "An age difference does not match the two ages"
EXAMPLES = {
    "flagged": ["The 31-year-old, who was 12 years older than the 17-year-old, was arrested."],
    "passes": ["The 31-year-old, who was 12 years older than the 19-year-old, was arrested.",
               "The 31-year-old, who was 13 years older than the 19-year-old, was arrested."],
}
_DIRECTION = re.compile(r"^[ \t]+(?P<way>older|younger)[ \t]+than\b", re.I)


def run(claims: list[Claim], options: Mapping[str, int] | None = None) -> Iterator[Finding]:
    """A finding for 'A-year-old ... D years older than the B-year-old' when A - B is not D (give or take a year)."""
    for first, gap, second in zip(claims, claims[1:], claims[2:]):
        if first.kind != "age" or gap.kind != "duration" or second.kind != "age" or gap.unit != "year":
            continue
        if not (first.sentence == gap.sentence == second.sentence) or None in (first.value, gap.value, second.value):
            continue
        way = _DIRECTION.match(following(gap))
        if way is None:
            continue
        difference = first.value - second.value if way["way"].lower() == "older" else second.value - first.value  # type: ignore[operator]
        if abs(difference - gap.value) > (options or {}).get("tolerance", 1):  # type: ignore[operator]
            evidence = (f"\"{first.text}\" and \"{second.text}\" are {fmt_number(abs(difference))} years apart "
                        f"(give or take one); \"{gap.text} {way['way']} than\" says {fmt_number(gap.value)}")  # type: ignore[arg-type]
            yield finding(ID, SEVERITY, MESSAGE, [gap, first, second], evidence)
