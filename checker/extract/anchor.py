"""What a date can mean (`DateSpan`, `Days`), and relative dates resolved against an anchor day:
the article's publication date, or a day the article itself states unambiguously.

The rules, one place for all of them:
- a weekday ("on Wednesday") is the nearest such day on or before publication, or on or after it
  when the sentence speaks of the future before it ("will start on Wednesday", "starting
  Wednesday"); "last Wednesday" is strictly before, "next Wednesday" strictly after;
- "yesterday", "today", "tonight", "tomorrow": the day before, of, after publication;
- "last/this/next week" a Monday-to-Sunday week, "weekend" its Saturday and Sunday;
- a day or month without a year ("April 5", "in December") is in the year of publication, or the
  previous one when it would otherwise fall more than three months after publication (or after
  it at all, told in the past: "died in April"), or the next one when the sentence speaks of the
  future and it would fall more than a month before it;
- "earlier this month" runs from the month's first day to publication, "later this year" from
  publication to the year's last day.
An anchor inferred from the article (not its publication day) resolves no "yesterday" and no bare
weekday to one day: a weekday is then one of the two such days within six days of the anchor.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any, NamedTuple

import regex

from checker.extract import lexicon as lx

WEEKDAY_NUMBER = {name: i for i, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
DAY_WORDS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# future before a date, inside its clause: "will", "is due to", "is set to", "starting", ...
_FUTURE = regex.compile(
    r"(?r)(?:(?<![\w'’])(?:will|shall|won['’]t|(?:is|are)\s+(?:due|set|expected|scheduled|planned|to)|due\s+to"
    r"|plans?\s+to|going\s+to|starting|beginning|effective|begins?|starts?)|['’]ll)(?![\w'’])",
    regex.I,
)
# a verb in the past between the future and the date: "will investigate the crash that happened on
# Sunday"; a participle after "be" is the future's passive ("will be imposed on Monday"); "since"
# ("since June") speaks of a past date too
_PAST = regex.compile(
    r"(?<![\w'’])(?<!\bbe\s)(?<!\bbeen\s)(?:(?!(?:need|speed|feed|seed|red|bed|shed|hundred|proceed|exceed|succeed"
    r"|breed|indeed)(?![\w'’]))[a-z]+ed|said|told|was|were|had|did|came|went|began|took|made|"
    r"saw|left|held|met|won|lost|fell|rose|hit|shot|ran|found|gave|got|sent|struck|broke|since)(?![\w'’])",
    regex.I,
)
_CLAUSE_STOP = regex.compile(r"(?r)[!?;:\"“”\n]|(?<!\d)[.,]|[.,](?!\d)")  # not the point of "4.6", the comma of "2,000"
_CLAUSE_REACH = 60
_SENTENCE_END = regex.compile(r"[.!?;\n]")
_OPENS = regex.compile(r"\s*[\"“‘']?\s*(?:(?:early|late|later|earlier)\s+)?(?:on|from|by|until|till|since|as\s+of)?\s*", regex.I)
_FORWARD_FUTURE = regex.compile(_FUTURE.pattern.replace("(?r)", "", 1), regex.I)


class Anchor(NamedTuple):
    """A day relative dates are resolved against; `published` when it is the publication day."""

    day: date
    published: bool = True


class Days(NamedTuple):
    """What a date can mean: its first and last day when resolved, else what is known of it."""

    first: date | None = None
    last: date | None = None
    weekday: int | None = None
    month: int | None = None
    day: int | None = None
    day_last: int | None = None


class DateSpan(NamedTuple):
    """A date or period found in text, with its first and last day when resolved."""

    kind: str  # "date" or "period"
    start: int
    end: int
    first: date | None
    last: date | None
    counts: bool = False  # holds a figure of its own ("the six months to ...", "the past 3 weeks")
    weekday: int | None = None  # Monday = 0, when a weekday is named
    month: int | None = None  # the month and days of the month named, when no year is known
    day: int | None = None
    day_last: int | None = None

    @classmethod
    def of(cls, kind: str, start: int, end: int, days: Days, counts: bool = False) -> DateSpan:
        """A span with what is known of its days."""
        return cls(kind, start, end, days.first, days.last, counts, days.weekday, days.month, days.day, days.day_last)

    def details(self) -> dict[str, Any]:
        """What a claim says of its days: first and last when resolved, the weekday, month and
        days of the month named when not."""
        if self.first is not None and self.last is not None:
            return {"first": self.first, "last": self.last, "weekday": self.weekday}
        return {"first": self.first, "last": self.last, "weekday": self.weekday, "month": self.month,
                "day": self.day, "day_last": self.day_last if self.day_last != self.day else None}


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    """The year and month `k` months after month `m` of year `y`."""
    index = y * 12 + (m - 1) + k
    return index // 12, index % 12 + 1


def tense(text: str, start: int, end: int) -> str | None:
    """'future' when the clause before the date at [start, end) speaks of the future ("will start
    on", "starting"), 'past' when it speaks of the past ("died in", "will study the crash that
    happened on"), else None; a date that opens its sentence ("On Friday, the bishop will ask")
    takes the tense of the words after it."""
    low = max(0, start - _CLAUSE_REACH)
    stop = _CLAUSE_STOP.search(text, low, start)  # the last stop, searched backwards
    low = stop.end() if stop else low
    ahead = _FUTURE.search(text, low, start)  # the last future, backwards
    if _PAST.search(text, ahead.end() if ahead else low, start) is not None:
        return "past"
    if ahead is not None:
        return "future"
    if _OPENS.fullmatch(text, low, start) is None:
        return None
    after = _SENTENCE_END.search(text, end, end + _CLAUSE_REACH)
    high = after.start() if after else min(len(text), end + _CLAUSE_REACH)
    past, ahead = _PAST.search(text, end, high), _FORWARD_FUTURE.search(text, end, high)
    if ahead is not None and (past is None or ahead.start() < past.start()):
        return "future"
    return "past" if past is not None else None


def month_end(y: int, m: int) -> date:
    """The last day of month `m` of year `y`."""
    return date(y, m, calendar.monthrange(y, m)[1])


def weekday(number: int, anchor: Anchor | None, ahead: bool, rel: str = "") -> Days:
    """A weekday ('Wednesday', 'last Wednesday', 'next Wednesday'), resolved when it can be."""
    if anchor is None:
        return Days(weekday=number)
    gap = (anchor.day.weekday() - number) % 7  # days back to the nearest such day, on or before
    if not anchor.published:
        if rel in {"last", "next"}:
            return Days(weekday=number)  # relative to the writing day, which is unknown
        low, high = anchor.day - timedelta(days=6), anchor.day + timedelta(days=6)
        return Days(low, high, number)
    if rel == "last":
        back = gap or 7
    elif rel == "next" or ahead:
        back = -((number - anchor.day.weekday()) % 7 or (7 if rel == "next" else 0))
    else:
        back = gap
    day = anchor.day - timedelta(days=back)
    return Days(day, day, number)


def day_word(word: str, anchor: Anchor | None, beyond: int = 0) -> Days:
    """'yesterday', 'today', 'tonight', 'tomorrow': resolved against the publication day only; `beyond` days further
    ("the day before yesterday": -1)."""
    if anchor is None or not anchor.published:
        return Days()
    day = anchor.day + timedelta(days=DAY_WORDS[lx.key(word)] + beyond)
    return Days(day, day)


def week(unit: str, k: int, anchor: Anchor | None) -> Days:
    """'last week' (k=-1), 'this weekend' (k=0), 'next week' (k=1): Monday to Sunday, or its weekend."""
    if anchor is None or not anchor.published:
        return Days()
    monday = anchor.day - timedelta(days=anchor.day.weekday()) + timedelta(weeks=k)
    if unit == "weekend":
        return Days(monday + timedelta(days=5), monday + timedelta(days=6))
    return Days(monday, monday + timedelta(days=6))


def part(unit: str, side: str, anchor: Anchor | None) -> Days:
    """'earlier this month' (side 'earlier') or 'later this year' ('later'): up to or from publication."""
    if anchor is None or not anchor.published:
        return Days()
    p = anchor.day
    if unit == "week":
        whole = week("week", 0, anchor)
        first, last = whole.first or p, whole.last or p
    elif unit == "month":
        first, last = p.replace(day=1), month_end(p.year, p.month)
    else:
        first, last = date(p.year, 1, 1), date(p.year, 12, 31)
    return Days(first, p) if side == "earlier" else Days(p, last)


def trailing(unit: str, anchor: Anchor) -> Days:
    """'the past week', 'the past month', 'the past year': the stretch ending on publication."""
    p = anchor.day
    if unit == "week":
        return Days(p - timedelta(days=6), p)
    if unit == "month":
        y, m = (p.year, p.month - 1) if p.month > 1 else (p.year - 1, 12)
        return Days(_same_day(y, m, p.day) + timedelta(days=1), p)
    return Days(_same_day(p.year - 1, p.month, p.day) + timedelta(days=1), p)


def year_of(month: int, day: int | None, anchor: Anchor | None, said: str | None) -> int | None:
    """The year of a date stated without one ('April 5', 'in December'), told in the tense `said`
    ('past', 'future' or None); None when unknown."""
    if anchor is None:
        return None
    p = anchor.day
    y = p.year
    if not anchor.published:  # the year that puts it nearest to the stated day
        return min((y - 1, y, y + 1), key=lambda c: abs((_same_day(c, month, day) - p).days))
    first = _same_day(y, month, day)
    if (first - p).days > 92 or said == "past" and first > p:
        return y - 1
    if said == "future" and (p - first).days > 31:
        return y + 1
    return y


def _same_day(y: int, month: int, day: int | None) -> date:
    return date(y, month, min(day or 1, calendar.monthrange(y, month)[1]))
