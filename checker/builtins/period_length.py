"""builtin.period-length: a duration must match the dates of the period it names, counted as copy counts.

Arithmetic over `period-length` relations. Copy counts a span of months both ways: "the 12 months
between January 2018 and December 2018" counts both ends (12), "the two years from January 2019 to
January 2021" one (24 months); either count is right, so the check allows every count from the
months between the ends to that plus one. "In the 12 months between March 2020 and September 2021"
(18 or 19 months) is flagged. Ends named to the month or the year are checked in months; a length in days or weeks
against ends named to the day in days ("six weeks, from 1 March to 5 April 2024" is 35 or 36 days; a week is told to
the nearest, three days either way).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date
from fractions import Fraction

from checker.builtins.words import finding, of_kind, read
from checker.extract import lexicon as lx
from checker.arith import overlap
from checker.findings import allows
from checker.model import Claim, Finding, Interval, Severity, fmt_number
from checker.relations import Relation

ID = "builtin.period-length"
OPTIONS = {"tolerance": (0, "months the duration may be off by beyond the two ways copy counts a span")}
SEVERITY = Severity.ERROR
MESSAGE = "A duration does not match the dates of the period it names"
EXAMPLES = {
    "flagged": ["In the 12 months between March 2020 and September 2021, admissions fell.",
                "From June 2025 to December 2027, a 24-month programme will run.",
                "The strike lasted six weeks, from 1 March to 5 April 2024."],
    "passes": ["In the 18 months between March 2020 and September 2021, admissions fell.",
               "In the two years from January 2019 to January 2021, admissions fell.",
               "In the 12 months between January 2018 and December 2018, admissions fell.",
               "In the 18 months from April 2017 to September 2018, admissions fell.",
               "From June 2025 to December 2027, a 30-month programme will run.",
               "In the 18 months from 2015 to 2016, admissions fell.",
               "The strike lasted five weeks, from 1 March to 5 April 2024."],
}
MONTHS = {"month": Fraction(1), "year": Fraction(12), "decade": Fraction(120)}
_MONTH = re.compile(r"\b(?:" + "|".join(sorted(lx.MONTHS, key=len, reverse=True)) + r")\b", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _months(first: date, last: date) -> int:
    return (last.year * 12 + last.month) - (first.year * 12 + first.month)


def spans(period: Claim, first: date, last: date) -> tuple[int, int] | None:
    """The fewest and most months copy may call a period (both ends counted or one), or None when its ends are not months or years."""
    if len(_MONTH.findall(period.text)) >= 2:
        between = _months(first, last)
        return between, between + 1
    if not _MONTH.search(period.text) and len(_YEAR.findall(period.text)) >= 2:  # "from 2015 to 2020": five or six years
        years = last.year - first.year
        return 12 * years, 12 * (years + 1)
    return None


def run(claims: list[Claim], options: Mapping[str, int] | None = None, found: list[Relation] | None = None) -> Iterator[Finding]:
    """A finding for 'N months between A and B' where N is neither way of counting A to B."""
    tolerance = (options or {}).get("tolerance", 0)
    for r in of_kind(claims, found, "period-length"):
        length, period = r.figure("length"), r.figure("period")
        if (length.unit or "") in DAYS:
            yield from _in_days(r, length)
            continue
        counted = spans(period, r.detail("first"), r.detail("last"))
        if counted is None or length.value is None or (length.unit or "") not in MONTHS:
            continue
        stated = length.interval.scaled(MONTHS[length.unit or ""])
        low, high = counted
        if overlap(stated, Interval(Fraction(low - tolerance), Fraction(high + tolerance), True, True)) is None:
            way = f"{low} or {high}" if high - low == 1 else f"{low} to {high}"
            evidence = (f"{read(r)}: \"{period.text}\" spans {way} months (one end counted or both); "
                        f"\"{length.text}\" is {told(length, stated, 'months')}")
            yield finding(r, ID, SEVERITY, MESSAGE, [length, period], evidence)


DAYS = {"day": 1, "week": 7, "fortnight": 14}
ROUNDED = {"day": 0, "week": 3, "fortnight": 3}  # days a length in weeks may be off by: weeks are told to the nearest week


def _in_days(r: Relation, length: Claim) -> Iterator[Finding]:
    """'six weeks, from 1 March to 5 April 2024': a length in days or weeks against two ends named to the day."""
    named = r.has("first") and r.has("last") and all(_a_day(r.figure(e)) for e in ("first", "last"))
    if length.value is None or not (named or _DAY_SPAN.search(r.figure("period").text)):
        return
    first, last = r.detail("first"), r.detail("last")
    between = (last - first).days
    unit = length.unit or ""
    stated = length.interval.scaled(Fraction(DAYS[unit]))
    slack = ROUNDED[unit]
    leap = bool(r.detail("undated")) and any(first < date(y, 3, 1) <= last for y in {first.year, last.year})  # a 29 February not known
    if overlap(stated, Interval(Fraction(between - slack), Fraction(between + 1 + slack + leap), True, True)) is None:
        evidence = (f"{read(r)}: \"{r.figure('period').text}\" spans {between} or {between + 1} days (one end counted or both); "
                    f"\"{length.text}\" is {told(length, stated, 'days')}")
        yield finding(r, ID, SEVERITY, MESSAGE, [length, r.figure("period")], evidence)


_DAY_SPAN = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]*(?:to|until|-|–)[ \t]*\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z]")  # "12 to 16 July"


def told(length: Claim, stated: Interval, unit: str) -> str:
    """What a length says in months or days: one number when plain, the reach of its hedge when hedged."""
    if stated.low is not None and stated.low == stated.high:
        return f"{fmt_number(stated.low)} {unit}"
    return f"{allows(stated)} {unit} (\"{length.qualifier.replace('_', ' ')}\")"


def _a_day(c: Claim) -> bool:
    """A date named to the day ("1 March", "5 April 2024")."""
    details = dict(c.details)
    return isinstance(details.get("day"), int) or details.get("first") is not None and details.get("first") == details.get("last")
