"""Dates and periods: 'April 2017', 'September last year', 'between April 2017 and September
2018', 'the six months to September 2018'; resolved against the publication date when it is known."""

from __future__ import annotations

import calendar
from datetime import date
from typing import NamedTuple

import re

import regex

from checker.extract import lexicon as lx
from checker.extract.scan import DIGIT, Tokens, anchored, before, word_then_blanks

_SP = r"[ \t\u00a0]"
_MONTH = "|".join(sorted(lx.MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"
_NUMWORD = "|".join(sorted([*lx.UNITS, *lx.TENS, "a", "an"], key=len, reverse=True))
_WEEKDAY = "|".join(sorted(lx.WEEKDAYS, key=len, reverse=True))
_SEASON = r"spring|summer|autumn|fall|winter"
_DECADE_WORDS = r"twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties"
_RELWORD = rf"last|this|next|coming|upcoming|previous|following|past|current|same|that|rest{_SP}+(?:of{_SP}+)?(?:the|my|this|current)|rest{_SP}+of"
_ATOM = re.compile(
    rf"""(?<![\w'’])(?:
      (?P<rel>(?:(?:early|late|mid)[ -]?)?(?:the{_SP}+)?(?:{_RELWORD})){_SP}+(?P<relunit>year|month|week|weekend|quarter|decade|{_SEASON}|{_WEEKDAY}|{_MONTH})
    | (?P<vague>
        (?:the{_SP}+)?(?:next|past|last|previous|coming|following|first){_SP}+(?:\d+|few|several|couple{_SP}+of|{_NUMWORD}){_SP}*(?:days?|weeks?|months?|years?|decades?|quarters?)
      | (?:the{_SP}+)?(?:past|previous|coming|upcoming){_SP}+(?:day|week|month|year|decade|weekend)
      | upcoming{_SP}+(?:week|month|year)
      | (?:the{_SP}+)?year{_SP}+to{_SP}+date | the{_SP}+week{_SP}+after{_SP}+next | (?:the{_SP}+)?weekend
      | rest{_SP}+(?:of{_SP}+)?(?:the|my|this|current|of)?{_SP}*(?:week|month|year)
      | (?:the{_SP}+)?(?:first|second|third|fourth|last)[ -]{_SP}*quarter(?:{_SP}+of{_SP}+\d{{4}})?
      | \d{{4}}{_SP}+the{_SP}+(?:first|second|third|fourth){_SP}+quarter
      | Q[1-4](?:{_SP}+\d{{4}})?
      | (?:(?:early|late|mid)[ -]?)?(?:the{_SP}+)?(?:{_SEASON})(?:{_SP}+(?:of{_SP}+)?\d{{4}})?
      | (?:the{_SP}+)?(?:nineteen{_SP}+|two{_SP}+thousand{_SP}+and{_SP}+)?(?:{_DECADE_WORDS}|tens)
      | the{_SP}+(?:twenty-tens|two{_SP}+thousands)
      | week{_SP}+(?:[1-9]|[1-4]\d|5[0-3])(?![\d:])
      | (?:this|next|last|coming)?{_SP}*(?:{_WEEKDAY})(?:{_SP}+the{_SP}+\d{{1,2}}(?:st|nd|rd|th))?
      | today|tomorrow|yesterday|tonight
    )
    | (?:(?P<pre>early|late|mid)[ -]?)?(?:(?P<d1>\d{{1,2}}){_ORD}{_SP}+(?:of{_SP}+)?)?(?P<m>{_MONTH})\.?
        (?:{_SP}+(?:the{_SP}+)?(?P<d2>\d{{1,2}}){_ORD}(?![\d:]))?
        (?:(?:,{_SP}*|{_SP}+)(?P<y>\d{{4}})(?![\d])|{_SP}+(?P<yrel>last|this|next){_SP}+year)?
    | (?P<decade>the{_SP}+['’]?(?:\d{{2}})?\d0['’]?s)
    | (?P<ym>(?:19|20)\d\d){_SP}?[-/]{_SP}?(?P<ymm>1[0-2]|0?[1-9])(?![\d/])
    | (?P<fy>(?:19|20)\d\d)[-/](?P<fy2>\d\d)(?![\d/])
    | (?P<year>(?:1[89]|20)\d\d)(?![\d,.]?\d)
    )(?![\w])""",
    re.X | re.I | re.A,
)
# what _ATOM needs at a run of one or two digits: a day, then a month
_DAY_MONTH = re.compile(rf"\d{{1,2}}{_ORD}{_SP}+(?:of{_SP}+)?(?:{_MONTH})", re.I | re.A)
_DIGIT_RUN = re.compile(r"[0-9]+")
_YEAR_CONTEXT = regex.compile(
    rf"(?<![\w])(?:in|since|until|till|by|from|to|between|during|before|after|of|and|through|year|early|late|mid|summer|spring|autumn|winter|fiscal|financial|the|,){_SP}*-?\Z",
    regex.I,
)
_TEMPORAL_PREP = regex.compile(r"(?<![\w])(?:in|since|until|till|by|from|to|of|during|before|after|this|last|next|between|early|late|mid|every|each)[ \t]+\Z", regex.I)
_LINK = regex.compile(rf"{_SP}*(?:-|–|—|to|until|till|through|and){_SP}*", regex.I)
_BETWEEN = regex.compile(rf"(?<![\w])(?:between|from){_SP}+\Z", regex.I)
_SPAN_BEFORE = regex.compile(
    rf"(?<![\w])(?:(?:in|over|during){_SP}+)?the{_SP}+(?:(?P<n>\d+|{_NUMWORD}|few|several|last|past|first){_SP}+)?(?:(?P<n2>{_NUMWORD}|\d+){_SP}+)?(?P<u>years?|months?|weeks?|days?|quarters?){_SP}+(?P<rel>(?:to|until|up{_SP}+to){_SP}+the{_SP}+end{_SP}+of|to|until|ending|ended|up{_SP}+to|since|from|before|after){_SP}+\Z",
    regex.I,
)
_SPAN_LAST = ("of", "to", "until", "ending", "ended", "since", "from", "before", "after")  # the words _SPAN_BEFORE ends with
_SINCE = regex.compile(rf"(?<![\w])since{_SP}+\Z", regex.I)
_BLANKS = " \t\u00a0"  # the characters of _SP


_DIGITS = regex.compile(r"\d+")
_NEXT_WORD = regex.compile(rf"{_SP}+([a-z]+)")
_MONEY_SIGN_BEFORE = regex.compile(r"[$£€¥₹]\s?\Z")
_PERCENT_AFTER = regex.compile(rf"{_SP}*(?:%|per{_SP}?cent|percent)", regex.I)


class DateSpan(NamedTuple):
    """A date or period found in text, with its first and last day when resolved."""

    kind: str  # "date" or "period"
    start: int
    end: int
    first: date | None
    last: date | None
    counts: bool = False  # holds a figure of its own ("the six months to ...", "the past 3 weeks")


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    index = y * 12 + (m - 1) + k
    return index // 12, index % 12 + 1


# every word a date can open with (the atom pattern above opens with one of these, or a digit)
OPENERS = frozenset(
    {"early", "late", "mid", "the", "last", "this", "next", "coming", "upcoming", "previous",
     "following", "past", "current", "same", "that", "rest", "first", "second", "third", "fourth",
     "year", "week", "weekend", "q", "spring", "summer", "autumn", "fall", "winter", "nineteen",
     "two", "twenty", "tens", "today", "tomorrow", "yesterday", "tonight", "whole"}
    | set(lx.MONTHS) | set(lx.WEEKDAYS) | set(_DECADE_WORDS.split("|"))
)


_UNITS = {"year", "years", "month", "months", "week", "weeks", "weekend", "day", "days", "decade",
          "decades", "quarter", "quarters"}
_SEASONS = {"spring", "summer", "autumn", "fall", "winter"}
_RELATIVE = {"last", "this", "next", "coming", "upcoming", "previous", "following", "past",
             "current", "same", "that", "rest", "first", "second", "third", "fourth", "whole"}
_CALENDAR = frozenset(_UNITS | _SEASONS | set(lx.MONTHS) | set(lx.WEEKDAYS) | {"q", DIGIT})
# common words that open a date only before certain words: "the past year", not "the minister"
FOLLOWED = {
    "the": frozenset(_RELATIVE | _CALENDAR | {"nineteen", "two", "twenty", "tens", "noughties"} | set(_DECADE_WORDS.split("|"))),
    "that": _CALENDAR, "this": _CALENDAR, "same": _CALENDAR, "first": _CALENDAR,
    "second": _CALENDAR, "third": _CALENDAR, "fourth": _CALENDAR, "whole": _CALENDAR,
    "two": frozenset({"thousand", "thousands"}), "year": frozenset({"to", DIGIT}),
    "week": frozenset({"of", "after", DIGIT}), "past": _CALENDAR | frozenset({"few", "several", "couple", DIGIT} | set(lx.UNITS) | set(lx.TENS)),
    "last": _CALENDAR | frozenset({"few", "several", "couple", DIGIT} | set(lx.UNITS) | set(lx.TENS)),
    "next": _CALENDAR | frozenset({"few", "several", "couple", DIGIT} | set(lx.UNITS) | set(lx.TENS)),
}


def find_dates(text: str, published: date | None, tokens: Tokens | None = None) -> list[DateSpan]:
    """Every date and period in `text`, periods including the dates they join."""
    tokens = tokens or Tokens(text, OPENERS)
    digits = [p for p in tokens.digits if _may_open_date(text, p)]
    found = anchored(_ATOM, text, sorted(tokens.starts(OPENERS, followed=FOLLOWED) + digits))
    atoms = [a for a in (_atom(text, m, published) for m in found) if a is not None]
    periods = _periods(text, atoms, published)
    return sorted(atoms + periods, key=lambda d: (d.start, -d.end))


def _may_open_date(text: str, p: int) -> bool:
    """Whether the run of digits at `p` can open a date: four digits, or a day before a month."""
    digits = _DIGIT_RUN.match(text, p)
    size = digits.end() - p if digits else 0
    return size == 4 or size in (1, 2) and _DAY_MONTH.match(text, p) is not None


def _atom(text: str, m: regex.Match[str], published: date | None) -> DateSpan | None:
    if m["vague"]:
        return _vague(text, m)
    if m["ym"]:
        y, mo = int(m["ym"]), int(m["ymm"])
        if len(m["ymm"]) == 2 and mo == (y + 1) % 100:
            return DateSpan("period", m.start(), m.end(), date(y, 1, 1), date(y + 1, 12, 31))  # 2011-12
        return DateSpan("date", m.start(), m.end(), date(y, mo, 1), _month_end(y, mo))
    if m["year"]:
        return _year_atom(text, m)
    if m["fy"]:
        y = int(m["fy"])
        y2 = y // 100 * 100 + int(m["fy2"])
        if y2 != y + 1:
            return None
        return DateSpan("period", m.start(), m.end(), date(y, 1, 1), date(y2, 12, 31))
    if m["decade"]:
        digits = _DIGITS.search(m["decade"])[0]
        if len(digits) != 4:
            return DateSpan("period", m.start(), m.end(), None, None)
        return DateSpan("period", m.start(), m.end(), date(int(digits), 1, 1), date(int(digits) + 9, 12, 31))
    if m["rel"]:
        return _relative(m, published)
    return _month_atom(text, m, published)


def _vague(text: str, m: regex.Match[str]) -> DateSpan | None:
    """Periods named but not resolved here: 'the past 3 weeks', 'Q3', 'the seventies', 'Friday'."""
    words = m["vague"].lower().split()
    if words[-1] in lx.WEEKDAYS or words[-1].rstrip("s") in {"today", "tomorrow", "yesterday", "tonight"}:
        if m["vague"][0].islower() and words[0] in lx.WEEKDAYS:
            return None
        return DateSpan("date", m.start(), m.end(), None, None)
    if words[-1] in {"spring", "summer", "autumn", "fall", "winter"} and words[0] == "fall":
        return None  # "fall" the verb
    if words == ["weekend"] or words[-1] == "tens" and len(words) == 1:
        return None
    counted = _DIGITS.search(m["vague"]) is not None or any(w in lx.UNITS or w in lx.TENS for w in words)
    return DateSpan("period", m.start(), m.end(), None, None, counted)


def _year_atom(text: str, m: regex.Match[str]) -> DateSpan | None:
    context = before(_YEAR_CONTEXT, text, m.start(), 30)
    after = _NEXT_WORD.match(text, m.end(), m.end() + 30)
    if context is None and after is not None and after[1] not in {"and", "to", "or", "when", "after", "before", "as", "the"}:
        return None  # "2000 people" is a count
    if _MONEY_SIGN_BEFORE.search(text, max(0, m.start() - 3), m.start()):
        return None  # "$2000" is money
    if _PERCENT_AFTER.match(text, m.end(), m.end() + 12):
        return None
    y = int(m["year"])
    return DateSpan("date", m.start(), m.end(), date(y, 1, 1), date(y, 12, 31))


def _relative(m: regex.Match[str], published: date | None) -> DateSpan | None:
    rel, unit = m["rel"].lower(), m["relunit"].lower()
    kind = "date" if unit in lx.MONTHS or unit in lx.WEEKDAYS else "period"
    if rel.split()[-1] in {"that", "same"} and unit in lx.MONTHS and unit in {"may", "march", "mar", "jan"}:
        return None
    if published is None or unit not in {"year", "month"}:
        return DateSpan(kind, m.start(), m.end(), None, None)
    k = -1 if rel.endswith(("last", "previous", "past")) else 1 if rel.endswith(("next", "following")) else 0
    if unit == "year":
        y = published.year + k
        return DateSpan(kind, m.start(), m.end(), date(y, 1, 1), date(y, 12, 31))
    y, mo = _shift_month(published.year, published.month, k)
    return DateSpan(kind, m.start(), m.end(), date(y, mo, 1), _month_end(y, mo))


def _month_atom(text: str, m: regex.Match[str], published: date | None) -> DateSpan | None:
    word = m["m"]
    month = lx.MONTHS[lx.key(word)]
    bare = not (m["d1"] or m["d2"] or m["y"] or m["yrel"])
    if not word[0].isupper() and (bare or word.lower() in {"may", "march", "mar", "jan"} and not m["y"]):
        return None
    if bare and not m["pre"] and (len(word) <= 3 and word.lower() != "may" or word.lower() in {"may", "march"}):
        if not before(_TEMPORAL_PREP, text, m.start(), 12):
            return None  # "May" the verb, "March" the walk, "Jan" the name
    year: int | None = None
    if m["y"]:
        year = int(m["y"])
    elif m["yrel"] and published is not None:
        year = published.year + {"last": -1, "this": 0, "next": 1}[lx.key(m["yrel"])]
    day = m["d1"] or m["d2"]
    if year is None:
        return DateSpan("date", m.start(), m.end(), None, None)
    if day:
        try:
            d = date(year, month, int(day))
        except ValueError:
            return None
        return DateSpan("date", m.start(), m.end(), d, d)
    return DateSpan("date", m.start(), m.end(), date(year, month, 1), _month_end(year, month))


def _periods(text: str, atoms: list[DateSpan], published: date | None) -> list[DateSpan]:
    out: list[DateSpan] = []
    for a, b in zip(atoms, atoms[1:]):
        link = _LINK.fullmatch(text, a.end, b.start)
        if link is None:
            continue
        between = before(_BETWEEN, text, a.start, 12)
        if link[0].strip().lower() == "and" and between is None:
            continue
        start = between.start() if between else a.start
        first, last = a.first, b.last
        if first and last and first > last:
            continue
        out.append(DateSpan("period", start, b.end, first, last, True))
    for a in atoms:
        span = before(_SPAN_BEFORE, text, a.start, 60) if word_then_blanks(text, a.start, 60, _SPAN_LAST, _BLANKS) else None
        if span is not None:
            out.append(_span_period(span, a))
        elif a.first is not None and word_then_blanks(text, a.start, 8, ("since",), _BLANKS) \
                and (since := before(_SINCE, text, a.start, 8)) is not None:
            out.append(DateSpan("period", since.start(), a.end, a.first, published, True))
    return out


def _span_period(span: regex.Match[str], anchor: DateSpan) -> DateSpan:
    """'the six months to September 2018' = April to September 2018."""
    n = _count_word(span["n2"] or span["n"])
    unit = span["u"].lower().rstrip("s")
    first = last = None
    rel = " ".join(span["rel"].lower().split()[:1])
    if n is not None and anchor.first is not None and anchor.last is not None and unit in {"month", "year"}:
        months = n * (12 if unit == "year" else 1)
        if rel in {"to", "until", "ending", "ended"} or rel.startswith("up"):
            y, m = _shift_month(anchor.last.year, anchor.last.month, -(months - 1))
            first, last = date(y, m, 1), anchor.last
        elif rel in {"since", "from", "after"}:
            y, m = _shift_month(anchor.first.year, anchor.first.month, months - 1)
            first, last = anchor.first, _month_end(y, m)
    return DateSpan("period", span.start(), anchor.end, first, last, True)


def _count_word(word: str | None) -> int | None:
    if word is None:
        return None
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in {"a", "an"}:
        return 1
    return {**lx.UNITS, **lx.TENS}.get(word)
