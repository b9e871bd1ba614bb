"""Dates and periods: 'April 2017', 'September last year', 'on Wednesday', 'Sunday, Nov. 25',
'24 and 25 June', 'the second quarter of 2019'; resolved against the publication date when it is
known (`anchor`), joined into periods by `periods`."""

from __future__ import annotations

import calendar

from datetime import date

import re

import regex

from checker.extract import ages, ago
from checker.extract import anchor as an
from checker.extract import lexicon as lx
from checker.extract import years
from checker.extract.anchor import Anchor, DateSpan, Days, month_end, shift_month
from checker.extract.common import SP
from checker.extract.periods import NUMWORD, join
from checker.extract.scan import DIGIT, Tokens, anchored, before, match_at

_SP = SP
_MONTH = "|".join(sorted(lx.MONTHS, key=len, reverse=True))
_MONTH_NAMES = {"may", "june", "july"} | {m for m in lx.MONTHS if len(m) > 4}
# a month named in full, or shortened with its full stop ("Nov."), never the full stop of a sentence
_MONTH_WORD = (f"(?:{'|'.join(sorted(_MONTH_NAMES, key=len, reverse=True))}"
               f"|(?:{'|'.join(sorted(set(lx.MONTHS) - _MONTH_NAMES, key=len, reverse=True))})\\.?)")
_ORD = r"(?:st|nd|rd|th)?"
_WEEKDAY = "|".join(sorted(lx.WEEKDAYS, key=len, reverse=True))
_SEASON = r"spring|summer|autumn|fall|winter"
_DECADE_WORDS = "|".join([*ages.DECADE_WORDS, "noughties"])  # a decade in words: "the eighties", "the noughties"
_DECADES = frozenset(_DECADE_WORDS.split("|"))
_RELWORD = rf"last|this|next|coming|upcoming|previous|following|past|current|same|that|rest{_SP}+(?:of{_SP}+)?(?:the|my|this|current)|rest{_SP}+of"
_ATOM = re.compile(
    rf"""(?<![\w'’])(?:
      (?P<rel>(?:(?:early|late|mid)[ -]?|(?P<side>earlier|later){_SP}+)?(?:the{_SP}+)?(?:{_RELWORD})){_SP}+(?P<relunit>year|month|week|weekend|quarter(?!{_SP}+of{_SP}+\d)|decade|{_SEASON}|{_WEEKDAY}|{_MONTH})
    | (?P<vague>
        (?:the{_SP}+)?(?:next|past|last|previous|coming|following|first){_SP}+(?:\d+|few|several|couple{_SP}+of|{NUMWORD}){_SP}*(?:days?|weeks?|months?|years?|decades?|quarters?)
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
      | (?:the{_SP}+day{_SP}+(?:before|after){_SP}+)?(?:today|tomorrow|yesterday|tonight)
      | this{_SP}+(?:morning|afternoon|evening)
    )
    | (?:(?P<pre>early|late|mid)[ -]?)?(?:(?:(?P<d0>\d{{1,2}}){_ORD}{_SP}*(?P<link0>-|–|to|and){_SP}*)?(?P<d1>\d{{1,2}}){_ORD}{_SP}+(?:of{_SP}+)?)?(?P<m>{_MONTH_WORD})
        (?:{_SP}+(?:the{_SP}+)?(?P<d2>\d{{1,2}}){_ORD}(?![\d:])(?:{_SP}*(?P<link3>-|–|to|and){_SP}*(?P<d3>\d{{1,2}}){_ORD}(?![\d:]))?)?
        (?:(?:,{_SP}*|{_SP}+)(?P<y>\d{{4}})(?![\d])|{_SP}+(?P<yrel>last|this|next){_SP}+year)?
    | (?P<decade>(?P<the>the{_SP}+)?(?P<part>(?:early|late|mid)(?:-|{_SP}+))?['’]?(?P<dec1>(?:\d{{2}})?\d0)['’]?s(?:{_SP}+and{_SP}+(?:the{_SP}+)?['’]?(?P<dec2>(?:\d{{2}})?\d0)['’]?s)?)
    | (?P<ym>(?:19|20)\d\d){_SP}?[-/]{_SP}?(?P<ymm>1[0-2]|0?[1-9])(?![\d/])
    | (?P<fy>(?:19|20)\d\d)[-/](?P<fy2>(?:19|20)?\d\d)(?![\d/])
    | (?P<year>(?:1[89]|20)\d\d|1[0-7]\d\d)(?![\d,.]?\d)
    )(?![\w])""",
    re.X | re.I | re.A,
)
# what _ATOM needs at a run of one or two digits: a day, then a month
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"
_DAY_MONTH = re.compile(rf"{_DAY}{_ORD}(?:{_SP}*(?:-|–|to|and){_SP}*{_DAY}{_ORD})?{_SP}+(?:of{_SP}+)?(?:{_MONTH})", re.I | re.A)
_DIGIT_RUN = re.compile(r"[0-9]+")
_YEAR_CONTEXT = regex.compile(
    rf"(?<![\w])(?:in|since|until|till|by|from|to|between|during|before|after|of|for|and|through|year|early|late|mid|summer|spring|autumn|winter|fiscal|financial|the|,){_SP}*(?:\n{_SP}*)?-?\Z",
    regex.I,
)
# the words before a year that make it one whatever follows: "in 2004 voters rejected", "since 2000"
_TIME_WORDS = frozenset({"in", "since", "until", "till", "between", "during", "before", "after", "through", "year",
                         "early", "late", "mid", "summer", "spring", "autumn", "winter", "fiscal", "financial"})
_CONTEXT_BLANKS = " \t\u00a0\n-,"
# verbs whose object is a year: "began 2005 with a win", "ended 2004 on a high", "spent 2003 on loan"
_YEAR_VERB_BEFORE = regex.compile(
    rf"(?<![\w])(?:beg[ai]n|begins|beginning|start(?:s|ed|ing)?|end(?:s|ed|ing)?|finish(?:es|ed|ing)?"
    rf"|spen[dt]|spends|spending|enter(?:s|ed|ing)?){_SP}+\Z",
    regex.I,
)
_OLD_YEAR_BEFORE = regex.compile(
    rf"(?:(?<![\w])(?i:in|since|until|till|during|before|after|circa|c\.)|(?<![\w])[A-Z][a-z]+{_SP}+of){_SP}+\Z"
)
_TEMPORAL_PREP = regex.compile(r"(?<![\w])(?:in|since|until|till|by|from|to|of|during|before|after|this|last|next|between|early|late|mid|every|each)[ \t]+\Z", regex.I)
_FY_REACH = 30  # '2007-13', '1994-96': years apart at most this many when the second is cut short
_REACHABLE = (2, 9998)  # the years of an anchor whose neighbouring days and years are all dates
_WEEKDAY_GAP = regex.compile(rf",?{_SP}+(?:the{_SP}+)?|{_SP}*,{_SP}*")  # between 'Sunday' and 'Nov. 25'


_DIGITS = regex.compile(r"\d+")
_NEXT_WORD = regex.compile(rf"{_SP}+([a-z]+)")
_MONEY_SIGN_BEFORE = regex.compile(r"[$£€¥₹]\s?\Z")
_PERCENT_AFTER = regex.compile(rf"{_SP}*(?:%|per{_SP}?cent|percent)", regex.I)


# every word a date can open with (the atom pattern above opens with one of these, or a digit)
OPENERS = frozenset(
    {"early", "late", "mid", "the", "last", "this", "next", "coming", "upcoming", "previous",
     "following", "past", "current", "same", "that", "rest", "first", "second", "third", "fourth",
     "year", "week", "weekend", "q", "spring", "summer", "autumn", "fall", "winter", "nineteen",
     "two", "twenty", "tens", "today", "tomorrow", "yesterday", "tonight", "whole", "earlier", "later"}
    | set(lx.MONTHS) | set(lx.WEEKDAYS) | _DECADES
)


_UNITS = {"year", "years", "month", "months", "week", "weeks", "weekend", "day", "days", "decade",
          "decades", "quarter", "quarters"}
_SEASONS = {"spring", "summer", "autumn", "fall", "winter"}
_RELATIVE = {"last", "this", "next", "coming", "upcoming", "previous", "following", "past",
             "current", "same", "that", "rest", "first", "second", "third", "fourth", "whole"}
_CALENDAR = frozenset(_UNITS | _SEASONS | set(lx.MONTHS) | set(lx.WEEKDAYS) | {"q", DIGIT})
_DAY_PARTS = frozenset({"morning", "afternoon", "evening"})  # "this morning": the day of publication
# common words that open a date only before certain words: "the past year", not "the minister"
FOLLOWED = {
    "the": frozenset(_RELATIVE | _CALENDAR | {"nineteen", "two", "twenty", "tens", "noughties", "early", "late", "mid"}
                     | _DECADES),
    "that": _CALENDAR, "this": _CALENDAR | _DAY_PARTS, "same": _CALENDAR, "first": _CALENDAR,
    "second": _CALENDAR, "third": _CALENDAR, "fourth": _CALENDAR, "whole": _CALENDAR,
    "two": frozenset({"thousand", "thousands"}), "year": frozenset({"to", DIGIT}),
    "week": frozenset({"of", "after", DIGIT}), "earlier": frozenset({"this"}), "later": frozenset({"this"}), "past": _CALENDAR | frozenset({"few", "several", "couple", DIGIT} | set(lx.UNITS) | set(lx.TENS)),
    "last": _CALENDAR | frozenset({"few", "several", "couple", DIGIT} | set(lx.UNITS) | set(lx.TENS)),
    "next": _CALENDAR | frozenset({"few", "several", "couple", DIGIT} | set(lx.UNITS) | set(lx.TENS)),
}


def find_dates(text: str, published: date | None, tokens: Tokens | None = None) -> list[DateSpan]:
    """Every date and period in `text`, periods including the dates they join."""
    tokens = tokens or Tokens(text, OPENERS)
    digits = [p for p in tokens.digits if _may_open_date(text, p)]
    found = list(anchored(_ATOM, text, sorted(tokens.starts(OPENERS, followed=FOLLOWED) + digits)))
    anchor = Anchor(published) if published is not None and _REACHABLE[0] <= published.year <= _REACHABLE[1] else None
    atoms = _atoms(text, found, anchor)
    if anchor is None and (inferred := _stated_anchor(text, atoms)) is not None:
        atoms = _atoms(text, found, inferred)
    told = [(a.start, a.end) for a in atoms]
    atoms = sorted(atoms + [s for s in ago.spans(text, anchor.day if anchor is not None and anchor.published else None)
                            if not any(a < s.end and s.start < b for a, b in told)], key=lambda d: d.start)
    periods = join(text, atoms, published)
    return sorted(atoms + periods, key=lambda d: (d.start, -d.end))


def _atoms(text: str, found: list[regex.Match[str]], anchor: Anchor | None) -> list[DateSpan]:
    """The dates of the matches, a weekday joined to the date it names ('Sunday, Nov. 25')."""
    atoms = [a for a in (_atom(text, m, anchor) for m in found) if a is not None]
    out: list[DateSpan] = []
    for a in atoms:
        last = out[-1] if out else None
        if last is not None and a.day is not None and _bare_weekday(text, last) \
                and _WEEKDAY_GAP.fullmatch(text, last.end, a.start) is not None:
            out[-1] = _weekday_year(text, a._replace(start=last.start, weekday=last.weekday))
        else:
            out.append(a)
    return out


_FOUR_DIGITS = regex.compile(r"\d{4}")


def _weekday_year(text: str, d: DateSpan) -> DateSpan:
    """A day named with its weekday and no year ("Wednesday, December 2") in the year next to the one the rules
    chose, when only that year gives the day that weekday: the weekday says which year the copy means."""
    day, weekday = d.first, d.weekday
    if day is None or day != d.last or weekday is None or day.weekday() == weekday or _FOUR_DIGITS.search(text, d.start, d.end):
        return d
    for year in (day.year + 1, day.year - 1):
        if day.month == 2 and day.day == 29 and not calendar.isleap(year):
            continue
        other = day.replace(year=year)
        if other.weekday() == weekday:
            return d._replace(first=other, last=other)
    return d


def _bare_weekday(text: str, d: DateSpan) -> bool:
    return d.weekday is not None and lx.key(text[d.start : d.end]) in an.WEEKDAY_NUMBER


def _stated_anchor(text: str, atoms: list[DateSpan]) -> Anchor | None:
    """The one day the article states in full with its weekday ('Sunday, Nov. 25, 2018'), if one."""
    days = {a.first for a in atoms if a.weekday is not None and a.first is not None and a.first == a.last
            and a.first.weekday() == a.weekday and a.month is not None}
    day = days.pop() if len(days) == 1 else None
    return Anchor(day, published=False) if day is not None and _REACHABLE[0] <= day.year <= _REACHABLE[1] else None


def _may_open_date(text: str, p: int) -> bool:
    """Whether the run of digits at `p` can open a date: four digits, or a day before a month."""
    digits = match_at(_DIGIT_RUN, text, p)
    size = digits.end() - p if digits else 0
    return size == 4 or size in (1, 2) and match_at(_DAY_MONTH, text, p) is not None


def _atom(text: str, m: regex.Match[str], anchor: Anchor | None) -> DateSpan | None:
    if m["vague"]:
        return _vague(text, m, anchor)
    if m["ym"]:
        y, mo = int(m["ym"]), int(m["ymm"])
        if len(m["ymm"]) == 2 and mo == (y + 1) % 100:
            return DateSpan("period", m.start(), m.end(), date(y, 1, 1), date(y + 1, 12, 31))  # 2011-12
        return DateSpan("date", m.start(), m.end(), date(y, mo, 1), month_end(y, mo))
    if m["year"]:
        return _year_atom(text, m)
    if m["fy"]:
        y = int(m["fy"])
        y2 = int(m["fy2"]) if len(m["fy2"]) == 4 else y // 100 * 100 + int(m["fy2"])
        if not y < y2 <= (y2 if len(m["fy2"]) == 4 else y + _FY_REACH):
            return None
        return DateSpan("period", m.start(), m.end(), date(y, 1, 1), date(y2, 12, 31))
    if m["decade"]:
        return _decades(m)
    if m["rel"]:
        return _relative(text, m, anchor)
    return _month_atom(text, m, anchor)


def _decades(m: regex.Match[str]) -> DateSpan | None:
    """'the 1970s', 'the mid-1990s', '1980s Britain', 'the 1970s and 80s', 'the 1950s and 1960s':
    from the first decade's first year to the last one's last ('the 1800s', 'the 1900s' may be
    centuries); unresolved without the century ('the 60s'); no date without 'the' and the century ('in
    his 60s' is an age), nor with a part of the decade ('the mid-30s' is as often a level as a time)."""
    first = m["dec1"]
    if len(first) != 4:
        return DateSpan("period", m.start(), m.end(), None, None) if m["the"] and not m["part"] else None
    last = m["dec2"] or first
    last = first[:2] + last if len(last) == 2 else last
    if last < first:
        last = first  # 'the 1990s and 20s' names no stretch from the first
    span = 99 if last.endswith("00") and last < "2000" else 9  # 'the 2000s' is the decade in news
    return DateSpan("period", m.start(), m.end(), date(int(first), 1, 1), date(int(last) + span, 12, 31))


def _vague(text: str, m: regex.Match[str], anchor: Anchor | None) -> DateSpan | None:
    """Periods named but not resolved here: 'the past 3 weeks', 'Q3', 'the seventies'; and
    weekdays and 'yesterday', resolved against the anchor."""
    words = m["vague"].lower().split()
    if words[-1] in _DECADES and ages.owned_decade(text, m.start()):
        return None  # "in her eighties": an age (`ages.decade_words`)
    if " ".join(words) in _PART_OF_DAY:  # "this morning", "this evening": a part of the day of publication
        return DateSpan.of("date", m.start(), m.end(), an.day_word(_PART_OF_DAY[" ".join(words)], anchor))
    if words[-1] in lx.WEEKDAYS or words[-1].rstrip("s") in an.DAY_WORDS:
        if m["vague"][0].islower() and words[0] in lx.WEEKDAYS:
            return None
        if words[-1] in lx.WEEKDAYS:
            ahead = anchor is not None and (words[0] == "coming" or an.tense(text, m.start(), m.end()) == "future")
            days = an.weekday(an.WEEKDAY_NUMBER[words[-1]], anchor, ahead, words[0] if len(words) > 1 else "")
            return DateSpan.of("date", m.start(), m.end(), days)
        beyond = {"before": -1, "after": 1}.get(words[-2], 0) if len(words) > 2 else 0  # "the day before yesterday"
        return DateSpan.of("date", m.start(), m.end(), an.day_word(words[-1].rstrip("s"), anchor, beyond))
    if words[0] in lx.WEEKDAYS and words[-2:-1] == ["the"]:  # 'Wednesday the 21st'
        days = Days(weekday=an.WEEKDAY_NUMBER[words[0]], day=int(_DIGITS.search(words[-1])[0]))
        return DateSpan.of("date", m.start(), m.end(), days)
    if words[-1] in {"spring", "summer", "autumn", "fall", "winter"} and words[0] == "fall":
        return None  # "fall" the verb
    if words == ["weekend"] or words[-1] == "tens" and len(words) == 1:
        return None
    if "quarter" in m["vague"].lower() or words[0][:1] == "q" and words[0][1:].isdigit():
        return DateSpan.of("period", m.start(), m.end(), _quarter(m["vague"].lower().replace("-", " ").split()))
    counted = _DIGITS.search(m["vague"]) is not None or any(w in lx.UNITS or w in lx.TENS for w in words)
    return DateSpan("period", m.start(), m.end(), None, None, counted)


_PART_OF_DAY = {"this morning": "today", "this afternoon": "today", "this evening": "today"}
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4}


def _quarter(words: list[str]) -> Days:
    """'the third quarter of 2018', 'Q3 2018', '2018 the first quarter': its three months."""
    n = next((_QUARTERS[w] for w in words if w in _QUARTERS), None)
    y = next((int(w) for w in words if len(w) == 4 and w.isdigit()), None)
    if n is None or y is None:
        return Days()
    return Days(date(y, 3 * n - 2, 1), month_end(y, 3 * n))


def _year_atom(text: str, m: regex.Match[str]) -> DateSpan | None:
    context = before(_YEAR_CONTEXT, text, m.start(), 30)
    noun = years.dated(text, m.start(), m.end())  # the year of what follows, or a count of it
    if m["year"] < "1800" and (noun is False or not before(_OLD_YEAR_BEFORE, text, m.start(), 30)):
        return None  # a year before 1800 only after 'in', 'since', 'the Treaty of': "in 1776", not "of 1713 people"
    word = context[0].strip(_CONTEXT_BLANKS).lower() if context is not None else ""
    if noun is False and word not in _TIME_WORDS \
            and not (word == "the" and not m["year"].endswith("00") and not years.compound(text, m.end())):
        return None  # "2000 people", "a crowd of 2000 people", "the 2000-strong crowd", "Euro 2004"
    if noun is None and context is None and years.in_name(text, m.start()):
        return None  # "Windows 2000, 95 and 98", "running Server 2003.": a name ("by Christmas 2004." is a date)
    if noun is None and context is None and (after := _NEXT_WORD.match(text, m.end(), m.end() + 30)) is not None \
            and after[1] not in {"and", "to", "or", "when", "after", "before", "as", "the"} \
            and not before(_YEAR_VERB_BEFORE, text, m.start(), 16):
        return None  # "at 1900 on Sundays"; "began 2005 with a win" is a year
    if _MONEY_SIGN_BEFORE.search(text, max(0, m.start() - 3), m.start()):
        return None  # "$2000" is money
    if _PERCENT_AFTER.match(text, m.end(), m.end() + 12):
        return None
    y = int(m["year"])
    return DateSpan("date", m.start(), m.end(), date(y, 1, 1), date(y, 12, 31))


# how 'last', 'this', 'next' shift a year, month or week from the anchor's; other words
# ('previous', 'following', 'same', 'that') speak of a date the text gives elsewhere
_MONTH_VERBS = frozenset({"may", "march", "mar", "jan"})  # months that are words too, in lower case
_SHIFT = {"last": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "upcoming": 1}


def _relative(text: str, m: regex.Match[str], anchor: Anchor | None) -> DateSpan | None:
    rel, unit = m["rel"].lower(), lx.key(m["relunit"])
    word = rel.split()[-1]
    kind = "date" if unit in lx.MONTHS or unit in lx.WEEKDAYS else "period"
    if unit in _MONTH_VERBS and not m["relunit"][0].isupper():
        return None  # "this may", "the last march"
    if unit in lx.WEEKDAYS:
        ahead = anchor is not None and (word in {"coming", "upcoming"} or an.tense(text, m.start(), m.end()) == "future")
        days = an.weekday(an.WEEKDAY_NUMBER[unit], anchor, ahead, word if word in {"last", "next"} else "")
        return DateSpan.of(kind, m.start(), m.end(), days)
    if unit in lx.MONTHS:
        return DateSpan.of(kind, m.start(), m.end(), _relative_month(lx.MONTHS[unit], word, anchor))
    if anchor is None or not anchor.published:
        return DateSpan(kind, m.start(), m.end(), None, None)
    if m["side"] and word == "this" and unit in {"week", "month", "year"}:
        return DateSpan.of(kind, m.start(), m.end(), an.part(unit, m["side"].lower(), anchor))
    if word == "past" and unit in {"week", "month", "year"}:
        return DateSpan.of(kind, m.start(), m.end(), an.trailing(unit, anchor))
    k = _SHIFT.get(word)
    if k is None:
        return DateSpan(kind, m.start(), m.end(), None, None)
    if unit in {"week", "weekend"}:
        return DateSpan.of(kind, m.start(), m.end(), an.week(unit, k, anchor))
    p = anchor.day
    if unit == "year":
        return DateSpan(kind, m.start(), m.end(), date(p.year + k, 1, 1), date(p.year + k, 12, 31))
    if unit == "month":
        y, mo = shift_month(p.year, p.month, k)
        return DateSpan(kind, m.start(), m.end(), date(y, mo, 1), month_end(y, mo))
    return DateSpan(kind, m.start(), m.end(), None, None)


def _relative_month(month: int, word: str, anchor: Anchor | None) -> Days:
    """'last March' (the latest March before the anchor's month), 'this June', 'next May'."""
    k = _SHIFT.get(word)
    if anchor is None or not anchor.published or k is None:
        return Days(month=month)
    p = anchor.day
    y = p.year + (k if k == 0 else -1 if k < 0 and month >= p.month else 1 if k > 0 and month <= p.month else 0)
    return Days(date(y, month, 1), month_end(y, month))


def _month_atom(text: str, m: regex.Match[str], anchor: Anchor | None) -> DateSpan | None:
    word = m["m"].rstrip(".")
    month = lx.MONTHS[lx.key(word)]
    bare = not (m["d1"] or m["d2"] or m["y"] or m["yrel"])
    if not word[0].isupper() and (bare or word.lower() in _MONTH_VERBS and not m["y"]):
        return None
    if bare and not m["pre"] and (len(word) <= 3 and word.lower() != "may" or word.lower() in {"may", "march"}):
        if not before(_TEMPORAL_PREP, text, m.start(), 12):
            return None  # "May" the verb, "March" the walk, "Jan" the name
    days = _days_of_month(m)
    if days is None:
        return None
    low, high = days
    kind = "period" if low != high and (m["link0"] or m["link3"] or "").lower() != "and" else "date"
    year: int | None = None
    if m["y"]:
        year = int(m["y"])
    elif m["yrel"] and anchor is not None and anchor.published:
        year = anchor.day.year + {"last": -1, "this": 0, "next": 1}[lx.key(m["yrel"])]
    elif not m["yrel"]:
        year = an.year_of(month, low, anchor, an.tense(text, m.start(), m.end()) if anchor is not None else None)
    first = last = None
    if year is not None:
        try:
            first = date(year, month, low or 1)
            last = date(year, month, high) if high else month_end(year, month)
        except ValueError:
            return None
    return DateSpan(kind, m.start(), m.end(), first, last, False, None, month, low or None, high or None)


_PART_OF_MONTH = {"early": (1, 15), "mid": (8, 22), "late": (16, 0)}


def _days_of_month(m: regex.Match[str]) -> tuple[int, int] | None:
    """The first and last day of the month a date names ('24 and 25 June', 'June 24-26'); (0, 0)
    for the whole month, or when the figures after it are no days ('August 99'); None when those
    before it are none ('46 November 2022': a count, then a month). A part of the month told
    without days is its days, generously ('early June' the 1st to the 15th, 'mid-June' the 8th to
    the 22nd, 'late June' the 16th to the end: a high day of 0 is the month's end)."""
    if not (m["d1"] or m["d2"]):
        return _PART_OF_MONTH.get((m["pre"] or "").lower(), (0, 0))
    stated = [int(d) for d in (m["d0"], m["d1"]) if d] if m["d1"] else [int(d) for d in (m["d2"], m["d3"]) if d]
    if (not all(1 <= d <= 31 for d in stated) or stated[0] > stated[-1]):
        return None if m["d1"] else (0, 0)
    return stated[0], stated[-1]
