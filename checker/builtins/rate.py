"""builtin.rate: a rate must match the total it is derived from.

"9,100 calls in the year, or 80 a day" is flagged (about 25 a day); "9,100 calls in the year, or
about 25 a day" passes, as does "25 a day" (a rate is read as rounded to its last digit).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from fractions import Fraction

from checker import arith
from checker.extract.bounds import rounding
from checker.builtins.words import between, following
from checker.findings import allows, finding
from checker.model import Claim, Finding, Interval, Severity

ID = "builtin.rate"
OPTIONS: dict[str, tuple[int, str]] = {}
SEVERITY = Severity.ERROR
MESSAGE = "A rate does not match the total it is derived from"
EXAMPLES = {
    "flagged": ["The line took 9,100 calls in the year, or 80 a day."],
    "passes": ["The line took 9,100 calls in the year, or about 25 a day.", "The line took 9,100 calls in the year, or 25 a day.",
               "The line took 520 calls over the year, or 10 a week."],
}
_SPAN = re.compile(
    r"\b(?:in|over|during|across|for)[ \t]+(?:the|a|one|that|last|this)[ \t]+(?P<per>year|12[ \t]+months|twelve[ \t]+months|month|week)\b"
    r"[^;:.]{0,30}?,[ \t]*(?:or|equal[ \t]+to|equivalent[ \t]+to|which[ \t]+is)[ \t]+$", re.I)
_UNIT = re.compile(r"^[ \t]+(?:a|per|each|every)[ \t]+(?P<unit>day|week|month)\b", re.I)
DAYS = {"day": Interval.exact(Fraction(1)), "week": Interval.exact(Fraction(7)),
        "month": Interval(Fraction(28), Fraction(31)), "year": Interval(Fraction(365), Fraction(366))}


def run(claims: list[Claim], options: Mapping[str, int] | None = None) -> Iterator[Finding]:
    """A finding for 'N in the year, or M a day' when no values they allow make M = N per day."""
    for total, rate in zip(claims, claims[1:]):
        if total.kind != "count" or rate.kind != "count" or total.sentence != rate.sentence:
            continue
        span, unit = _SPAN.search(between(total, rate)), _UNIT.match(following(rate))
        if span is None or unit is None:
            continue
        per = "year" if span["per"].lower().endswith(("year", "months")) else span["per"].lower()
        periods = arith.div(DAYS[per], DAYS[unit["unit"].lower()])
        expected = arith.div(total.interval, periods)
        stated = rate.interval
        if rate.qualifier == "exact" and rate.value is not None and rate.value.denominator == 1:
            stated = rounding(rate.value, Fraction(1))
        if arith.overlap(expected, stated) is None:
            evidence = (f"\"{total.text}\" a {per} is {allows(expected)} a {unit['unit'].lower()}; "
                        f"\"{rate.text}\" allows {allows(stated)}")
            yield finding(ID, SEVERITY, MESSAGE, [rate, total], evidence)
