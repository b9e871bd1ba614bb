"""builtin.rate: a rate must match the total and the period it is derived from.

Arithmetic over `rate` relations: "9,100 calls in the year, or 80 a day" is flagged (about 25 a
day), as is "1,944 offences in the six months to September, about 30 a day" (about 10.6) and
"£1.2m a year, or £10,000 a month" ("a season" is a year); "9,100 calls in the year, or about 25 a day" passes, as does
"25 a day" (a rate in whole digits is read as rounded to its last digit). A month is 28 to 31
days, a year 52 weeks (364 days, as copy divides it: "£31,200 a year, or £600 a week") to 366 days. A sum shared out per head ("The four directors shared a £2m pot, £800,000 apiece", "Each of
the 12 wards has 24 beds, 300 in all") is held against the sum over the heads, one figure off at a time.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from fractions import Fraction

from checker import arith
from checker.builtins import precision
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
                "Police logged 1,944 offences in the six months to September 2018, about 30 a day.",
                "The four directors shared a £2m bonus pot, £800,000 apiece."],
    "passes": ["The line took 9,100 calls in the year, or about 25 a day.", "The line took 9,100 calls in the year, or 25 a day.",
               "The line took 520 calls over the year, or 10 a week.",
               "Police logged 1,944 offences in the six months to September 2018, about 11 a day.",
               "The four directors shared a £2m bonus pot, £500,000 apiece."],
}
SAME = {"season": "year"}  # "£1.5m a season": a season of sport is its year
DAYS = {"day": Interval.exact(Fraction(1)), "week": Interval.exact(Fraction(7)), "month": Interval(Fraction(28), Fraction(31)),
        "year": Interval(Fraction(364), Fraction(366)), "hour": Interval.exact(Fraction(1, 24)),
        "decade": Interval(Fraction(3652), Fraction(3653))}


def run(claims: list[Claim], options: Mapping[str, int] | None = None, found: list[Relation] | None = None) -> Iterator[Finding]:
    """A finding for 'N over a period, or M a day' when no values they allow make M the per-day share of N."""
    for r in of_kind(claims, found, "rate"):
        total, rate = r.figure("total"), r.figure("rate")
        count, unit = r.detail("over")
        per = r.detail("per")
        if per == "head":  # a sum shared out: one of the sum, the heads and the share off its stated value at a time
            yield from _per_head(r, total, rate, r.figure("heads"))
            continue
        if per == "population":  # "96 per 100,000 ... 58 in a population of 82,000"
            yield from _per_population(r, total, rate, r.figure("heads"), Interval.exact(Fraction(r.detail("base"))))
            continue
        per = SAME.get(per, per)
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


def _per_population(r: Relation, total: Claim, rate: Claim, people: Claim, base: Interval) -> Iterator[Finding]:
    """'96 burglaries per 100,000 people ... 58 in a population of 82,000': the count over the population, times the base."""
    expected = arith.mul(arith.div(total.interval, people.interval), base)
    stated = rounding(rate.value, Fraction(1)) if rate.qualifier == "exact" and rate.value is not None and rate.value.denominator == 1 \
        else rate.interval
    if arith.overlap(expected, stated) is None:
        evidence = (f"{read(r)}: \"{total.text}\" in \"{people.text}\" is {allows(expected)} per {int(base.low or 0):,}; "
                    f"\"{rate.text}\" allows {allows(stated)}")
        yield finding(r, ID, SEVERITY, MESSAGE, [rate, total, people], evidence)


def _per_head(r: Relation, total: Claim, rate: Claim, heads: Claim) -> Iterator[Finding]:
    """'The four directors shared a £2m pot, £800,000 apiece': the sum over the heads against what each gets."""
    total, rate = precision.at_precision([total, rate])  # "300 in all" beside "24 beds" is 300 beds to the unit
    made = precision.one_at_a_time([total, heads, rate], lambda v: arith.sub(arith.div(v[0], v[1]), v[2]))
    if not made.contains(Fraction(0)):
        expected = arith.div(total.interval, heads.interval)
        evidence = (f"{read(r)}: \"{total.text}\" shared between \"{heads.text}\" is {allows(expected)} each; "
                    f"\"{rate.text}\" allows {allows(rate.interval)}")
        yield finding(r, ID, SEVERITY, MESSAGE, [rate, total, heads], evidence)
