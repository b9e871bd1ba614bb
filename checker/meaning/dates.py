"""Which days a date claim can mean, and whether two date claims can mean the same days.

A claim's details give its days: `first` and `last` when resolved; else what is known of them,
`month`, `day` (and `day_last`) of a date stated without a year, and `weekday` (Monday = 0).
A yearless date takes its years from the claim's period when that is resolved.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import regex

from checker.extract.anchor import Days
from checker.extract.clock import DAY as DAY_MINUTES
from checker.model import Claim, WHEN_KINDS

_CYCLE = 400  # years after which the Gregorian calendar repeats every month, day and weekday


class DaySet(Days):
    """The days a claim can mean: every day within [first, last] (either end open when None) in
    `month`, between `day` and `day_last` of its month, on `weekday`, each when given."""

    __slots__ = ()

    @property
    def known(self) -> bool:
        """Whether anything at all is known of the days."""
        return any(v is not None for v in self)

    def ends(self) -> tuple[date, date] | None:
        """The first and last day, when both are resolved."""
        return (self.first, self.last) if self.first is not None and self.last is not None else None

    def meet(self, other: DaySet) -> DaySet | None:
        """The days both sets allow, as a set; None when their stated parts disagree outright."""
        first = max((d for d in (self.first, other.first) if d is not None), default=None)
        last = min((d for d in (self.last, other.last) if d is not None), default=None)
        month, weekday = _same(self.month, other.month), _same(self.weekday, other.weekday)
        low = max((d for d in (self.day, other.day) if d is not None), default=None)
        high = min((d for d in (self.day_last or self.day, other.day_last or other.day) if d is not None), default=None)
        if month == -1 or weekday == -1 or low is not None and high is not None and low > high:
            return None
        return DaySet(first, last, weekday, month, low, high)

    def empty(self) -> bool:
        """Whether no day fits (bounded: one 400-year cycle of the calendar is searched at most)."""
        return _empty(self)

    def _search_empty(self) -> bool:
        low = self.first or (date(max(self.last.year - _CYCLE, 1), 1, 1) if self.last else date(2000, 1, 1))
        high = min(self.last or date.max, date(min(low.year + _CYCLE, 9999), 12, 31))
        for y in range(low.year, high.year + 1):
            for m in [self.month] if self.month else range(1, 13):
                size = calendar.monthrange(y, m)[1]
                if self.day is not None and self.day > size:
                    continue
                a = max(date(y, m, self.day or 1), low)
                b = min(date(y, m, min(self.day_last or self.day or size, size)), high)
                if a <= b and (self.weekday is None or any((a + timedelta(days=k)).weekday() == self.weekday
                                                           for k in range(min(7, (b - a).days + 1)))):
                    return False
        return True


@lru_cache(maxsize=65536)
def _empty(found: DaySet) -> bool:
    """`DaySet.empty`, worked out once for each set of days (a story asks it of the same dates often)."""
    return found._search_empty()


def _meets(a: date, b: date, first: bool) -> bool:
    """Whether two ends of periods can be one end told at different precision: the same day, or
    the same year (month) where one of them is that year's (month's) first or last day ("between
    2003 and 2014" and "between March 2003 and May 2014" share their ends; "... and 2012" does not)."""
    if a == b:
        return True
    if a.year != b.year:
        return False
    edge_of_year = (lambda d: (d.month, d.day) == (1, 1)) if first else (lambda d: (d.month, d.day) == (12, 31))
    if edge_of_year(a) or edge_of_year(b):
        return True
    edge_of_month = (lambda d: d.day == 1) if first else (lambda d: d.day == calendar.monthrange(d.year, d.month)[1])
    return a.month == b.month and (edge_of_month(a) or edge_of_month(b))


def _same(a: int | None, b: int | None) -> int | None:
    """The one value two optional parts give; -1 when they give two."""
    if a is None or b is None:
        return a if b is None else b
    return a if a == b else -1


@lru_cache(maxsize=65536)
def days(claim: Claim) -> DaySet:
    """The days a date or period claim can mean; a figure's, those of its period."""
    details = dict(claim.details)
    if claim.kind not in WHEN_KINDS:
        period = claim.period
        return DaySet(period.first, period.last) if period is not None else DaySet()
    found = DaySet(*(_day(details.get(name)) for name in Days._fields))
    if found.first is None and found.last is None and claim.period is not None:
        found = found._replace(first=claim.period.first, last=claim.period.last)  # the year of a yearless date
    return found


def _day(value: Any) -> Any:
    """A day as a date when it is given in ISO form (claims read back from JSON), else as it is."""
    return date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else value


def consistent(a: Claim, b: Claim) -> bool | None:
    """Whether two date claims can mean the same days: False when no day fits both, True when
    some does, None when either says nothing of its days (or nothing fits itself), or when only
    an unknown year would reconcile them (a weekday against a day of a month, neither with a year).

    Two periods resolved at both ends must have ends that meet at the coarser precision ('between
    2003 and 2014' and 'between March 2003 and May 2014' do, '... and 2012' does not); a date and
    a period, or two dates, must share a day."""
    told = clock(a), clock(b)
    if told != (None, None):
        return _clocks_meet(*told)
    x, y = days(a), days(b)
    if not x.known or not y.known or x.empty() or y.empty():
        return None
    ends_x, ends_y = x.ends(), y.ends()
    if a.kind == b.kind == "period" and ends_x and ends_y:
        return _meets(ends_x[0], ends_y[0], True) and _meets(ends_x[1], ends_y[1], False)
    both = x.meet(y)
    if both is None:
        return False
    if both.first is None and both.last is None and (x.weekday is None) != (y.weekday is None):
        return None  # 'Tuesday' and 'Nov. 14' meet in some year: no telling which
    return not both.empty()


def clock(claim: Claim) -> tuple[int, int, str | None] | None:
    """The minutes after midnight a time of day allows, and its zone; None for a day, month or year."""
    details = dict(claim.details)
    low, high = details.get("clock_from"), details.get("clock_to")
    return None if low is None or high is None else (low, high, details.get("zone"))


def clock_words(low: int, high: int, zone: str | None) -> str:
    """The times of day a time allows, as copy writes them: '14:45 to 15:15 GMT'."""
    def hhmm(m: int) -> str:
        return f"{m % DAY_MINUTES // 60:02d}:{m % 60:02d}"
    return f"{hhmm(low)} to {hhmm(high)}" + (f" {zone}" if zone else "")


def _clocks_meet(x: tuple[int, int, str | None] | None, y: tuple[int, int, str | None] | None) -> bool | None:
    """Whether two times of day can be one moment: None when one is a day (a time against 'Tuesday')
    or their zones differ and one is unknown (the same moment is another hour elsewhere), else whether
    some minute fits both, midnight crossed either way, each zone's time brought to UTC by any of its
    offsets ('ET' is EST or EDT)."""
    if x is None or y is None:
        return None
    if x[2] == y[2]:
        offsets = [0]
    elif x[2] in UTC_OFFSETS and y[2] in UTC_OFFSETS:
        offsets = [b - a for a in UTC_OFFSETS[x[2]] for b in UTC_OFFSETS[y[2]]]  # y's minutes minus this are x's zone
    else:
        return None
    return any(x[0] <= y[1] - offset + shift and y[0] - offset + shift <= x[1]
               for offset in offsets for shift in (-DAY_MINUTES, 0, DAY_MINUTES))


# minutes ahead of UTC of the zones `checker.extract.clock` reads (not IST, Irish or Indian; not CST, Central or China)
UTC_OFFSETS: dict[str | None, tuple[int, ...]] = {
    "UTC": (0,), "BST": (60,), "CET": (60,), "CEST": (120,), "EST": (-300,), "EDT": (-240,), "ET": (-300, -240),
    "PST": (-480,), "PDT": (-420,), "PT": (-480, -420), "CDT": (-300,), "AEST": (600,), "JST": (540,), "MSK": (180,),
}


# the part of a trading or reporting year a figure is for: "in the first quarter", "Q3", "the first
# half", "half-year", "for the full year", "annual" (a quarter's profit is not the year's)
_PART_OF_YEAR = regex.compile(r"\b(?:(?P<q>first|second|third|fourth|final)[\s-]+quarter|q(?P<qn>[1-4])|(?P<h>first|second)[\s-]half|"
                              r"(?P<hy>half[\s-]year(?:ly)?|interim)|(?P<fy>full[\s-]year|annual|yearly|twelve\s+months|12\s+months))\b", regex.I)
_NTH = {"first": "1", "second": "2", "third": "3", "fourth": "4", "final": "4"}


@lru_cache(maxsize=4096)
def part_of_year(clause: str) -> str | None:
    """The part of the year a figure's clause says it is for ('q1', 'h1', 'year'), or None."""
    m = _PART_OF_YEAR.search(clause)
    if m is None:
        return None
    if m["q"] or m["qn"]:
        return "q" + (m["qn"] or _NTH[m["q"].lower()])
    if m["h"] or m["hy"]:
        return "h" + _NTH[m["h"].lower()] if m["h"] else "h1"
    return "year"


MONTH_DAYS = 31  # a period this long at most is one month


def year_to(when: object, part: str | None) -> object:
    """A change told annual for one month ("an annual increase of 2.4% in September") is of the twelve months
    to its end, as "in the year to September" is; any other period is as told."""
    if part != "year" or not isinstance(when, tuple) or None in when:
        return when
    first, last = when
    if not isinstance(first, date) or not isinstance(last, date) or (last - first).days >= MONTH_DAYS:
        return when
    return (date(last.year, 1, 1) if last.month == 12 else date(last.year - 1, last.month + 1, 1), last)

