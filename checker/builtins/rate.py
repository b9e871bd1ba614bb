"""builtin.rate: a rate must match the total and the period it is derived from.

Arithmetic over `rate` relations: "9,100 calls in the year, or 80 a day" is flagged (about 25 a
day), as is "1,944 offences in the six months to September, about 30 a day" (about 10.6) and
"£1.2m a year, or £10,000 a month"; "9,100 calls in the year, or about 25 a day" passes, as does
"25 a day" (a rate in whole digits is read as rounded to its last digit). A month is 28 to 31
days, a year 365 or 366.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from fractions import Fraction

from checker import arith
from checker.builtins.words import finding, of_kind, read
from checker.extract.bounds import rounding
from checker.findings import allows
from checker.model import Claim, Finding, Interval, Severity
from checker.relations import Relation

ID = "builtin.rate"
OPTIONS: dict[str, tuple[int, str]] = {}
SEVERITY = Severity.ERROR
MESSAGE = "A rate does not match the total it is derived from"
EXAMPLES = {
    "flagged": ["The line took 9,100 calls in the year, or 80 a day.",
                "Police logged 1,944 offences in the six months to September 2018, about 30 a day."],
    "passes": ["The line took 9,100 calls in the year, or about 25 a day.", "The line took 9,100 calls in the year, or 25 a day.",
               "The line took 520 calls over the year, or 10 a week.",
               "Police logged 1,944 offences in the six months to September 2018, about 11 a day."],
}
DAYS = {"day": Interval.exact(Fraction(1)), "week": Interval.exact(Fraction(7)), "month": Interval(Fraction(28), Fraction(31)),
        "year": Interval(Fraction(365), Fraction(366)), "hour": Interval.exact(Fraction(1, 24)),
        "decade": Interval(Fraction(3652), Fraction(3653))}


def run(claims: list[Claim], options: Mapping[str, int] | None = None, found: list[Relation] | None = None) -> Iterator[Finding]:
    """A finding for 'N over a period, or M a day' when no values they allow make M the per-day share of N."""
    for r in of_kind(claims, found, "rate"):
        total, rate = r.figure("total"), r.figure("rate")
        count, unit = r.detail("over")
        per = r.detail("per")
        if unit not in DAYS or per not in DAYS:
            continue
        periods = arith.div(arith.mul(Interval.exact(Fraction(count)), DAYS[unit]), DAYS[per])
        expected = arith.div(total.interval, periods)
        stated = rate.interval
        if rate.qualifier == "exact" and rate.value is not None and rate.value.denominator == 1:
            stated = rounding(rate.value, Fraction(1))
        if arith.overlap(expected, stated) is None:
            evidence = (f"{read(r)}: \"{total.text}\" over {r.detail('period')} is {allows(expected)} a {per}; "
                        f"\"{rate.text}\" allows {allows(stated)}")
            yield finding(r, ID, SEVERITY, MESSAGE, [rate, total], evidence)
