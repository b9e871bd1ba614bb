"""Times of day: '3pm', '3.30 p.m.', '11:45am ET', 'at 15:30', '08:30 GMT', '0830 GMT', 'at noon'.

A time of day is read as a `time` claim (a point in a day, never a figure of arithmetic), whose details give the
minutes after midnight it allows (`clock_from`, `clock_to`), what it says (`clock`, 24-hour) and
its zone when one is written ('GMT', 'local time' is no zone: it is the time of the place told).
What it allows is how copy rounds a time: one told on the hour ('3pm') stands for the quarter hour
either side, one told at a half or quarter hour ('3.30pm') for seven minutes either side, one told
to the minute ('3.37pm') for two; 'about' and 'around' add half an hour; 'shortly after', 'just
before' give the half hour on that side; 'after', 'before', 'by', 'until' leave the other side
open to the day's end or start. Bare 'hh:mm' ('15:30') is a time only after a word that tells a
time ('at', 'by', 'until', 'from', 'around', ...) or before a zone: '3:16' alone is a verse or a
ratio. A range of times ('9am to 5pm', 'between 2pm and 4pm') is hours kept, never one moment, and
is not read."""

from __future__ import annotations

import bisect
from typing import Any

import regex

from checker.extract import lexicon as lx
from checker.extract.common import Raw
from checker.extract.scan import Tokens, before, match_at
from checker.model import Interval

# a time told in words: "half past eight in the morning", "a quarter to ten at night", "seven o'clock in the evening"
_HOURS = {w: n for w, n in lx.UNITS.items() if 1 <= n <= 12}
_MINUTES = {"half": 30, "quarter": 15, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}
_PARTS = {"morning": "am", "am": "am", "afternoon": "pm", "evening": "pm", "pm": "pm", "night": "night", "tonight": "night"}
_SPOKEN = regex.compile(
    rf"""(?:(?:a[ \t]+)?(?P<min>half|quarter|twenty-five|twenty|ten|five|[1-5]?\d)(?:[ \t]+minutes)?[ \t]+(?P<dir>past|to)[ \t]+)?
        (?P<hour>{"|".join(sorted(_HOURS, key=len, reverse=True))}|1[0-2]|[1-9])(?![\w:.])(?P<oc>[ \t]+o['’]clock)?
        [ \t]+(?:in[ \t]+the[ \t]+(?P<part>morning|afternoon|evening)|at[ \t]+(?P<part>night)|(?P<part>tonight|am|pm))(?![\w])""",
    regex.I | regex.X,
)
_SPOKEN_OPENERS = frozenset({"a", "half", "quarter", "twenty", *_HOURS})
OPENERS = frozenset({"noon", "midday", "midnight"}) | _SPOKEN_OPENERS
FOLLOWED: dict[str, frozenset[str]] = {w: frozenset({"past", "to", "minutes", "o", "in", "at", "tonight"}) for w in _SPOKEN_OPENERS}
FOLLOWED["a"] = frozenset({"quarter"})

_ZONES = {"gmt": "UTC", "utc": "UTC", "bst": "BST", "cet": "CET", "cest": "CEST", "est": "EST", "edt": "EDT",
          "cst": "CST", "cdt": "CDT", "pst": "PST", "pdt": "PDT", "et": "ET", "pt": "PT", "ist": "IST",
          "aest": "AEST", "jst": "JST", "msk": "MSK",
          # zones in words: "6pm Eastern time", "noon Pacific time", "9am Central European Time"
          "eastern time": "ET", "eastern standard time": "EST", "eastern daylight time": "EDT", "pacific time": "PT",
          "pacific standard time": "PST", "pacific daylight time": "PDT", "central european time": "CET",
          "central european summer time": "CEST", "british summer time": "BST", "greenwich mean time": "UTC"}
_ZONE = (r"(?:GMT|UTC|BST|CEST|CET|EST|EDT|CST|CDT|PST|PDT|ET|PT|IST|AEST|JST|MSK|local\s+time"
         r"|(?:Eastern|Pacific)(?:\s+(?:Standard|Daylight))?\s+[Tt]ime|Central\s+European(?:\s+Summer)?\s+[Tt]ime"
         r"|British\s+Summer\s+[Tt]ime|Greenwich\s+Mean\s+[Tt]ime)(?![\w])")
_TIME = regex.compile(
    rf"""(?:(?P<h>\d{{1,2}})(?:[:.](?P<m>[0-5]\d))?[ \t]?(?P<ap>[ap])(?:m|\.m\.?)(?![\w])   # 3pm, 3.30 p.m., 11:45am
          | (?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])                        # 15:30 (not 2:05:30)
          | (?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?=[ \t]*(?:{_ZONE}|hrs\b|hours\b))      # 0830 GMT, 1400 hrs
          | (?P<word>noon|midday|midnight)(?![\w-])
        )(?:[ \t]*(?P<zone>{_ZONE}))?(?P<hrs>[ \t]*hrs\b)?""",
    regex.I | regex.X,
)
# a word that tells a time before it (bare '15:30', '1400 hours', 'noon')
_TOLD = regex.compile(r"(?:\b(?:at|by|until|till|til|from|since|before|after|around|about|approximately|roughly|"
                      r"shortly|just|soon|gone|past|to)\s+)\Z", regex.I)
_HEDGE = regex.compile(r"(?:\b(?P<h>about|around|approximately|roughly|circa|some\s*time\s+(?:after|before)|shortly\s+(?:after|before)"
                       r"|just\s+(?:after|before)|soon\s+after|not\s+long\s+(?:after|before)|after|before|by|until|till)\s+)\Z",
                       regex.I)
# the second end of a range, or the first before it: 'from 9am to 5pm', '9am-5pm', 'between 2pm and 4pm'
_RANGE_AFTER = regex.compile(r"[ \t]*(?:(?:-|–|—|to|until|till)[ \t]*\d"  # "and" joins a second time, not any figure ("at 21:40 and 600 guests")
                          r"|and[ \t]*\d{1,2}(?:[:.][0-5]\d|[ \t]*[ap]\.?m\b|[ \t]*(?:o['’]clock|hrs)\b))", regex.I)
_RANGE_BEFORE = regex.compile(r"(?:\bbetween\s+|(?:\d|[ap]\.?m\.?)[ \t]*(?:-|–|—|to|until|till|and)[ \t]*)\Z", regex.I)
_WORDS = {"noon": 12 * 60, "midday": 12 * 60, "midnight": 0}
DAY = 24 * 60


def times(text: str, tokens: Tokens) -> list[Raw]:
    """Every time of day in `text`, as a `time` claim's raw."""
    found: list[Raw] = []
    last = -1
    for p in tokens.starts(OPENERS, digits=True, followed=FOLLOWED):
        if p < last or (p and (text[p - 1].isalnum() or text[p - 1] in ":.,")):
            continue
        if text[p] in _ASCII_DIGITS and not _may_tell_time(text, p):
            continue  # "1,944 cases", "215 were": no time, told in digits or in words, opens so
        spoken = match_at(_SPOKEN, text, p, 70)
        raw = _spoken(text, spoken) if spoken is not None and (spoken["dir"] or spoken["oc"] or before(_TOLD, text, p, 20)) else None
        m = None if raw is not None else match_at(_TIME, text, p, 40)
        if raw is None and (m is None or not _is_time(text, m) or (raw := _raw(text, m)) is None):
            continue
        found.append(raw)
        last = raw.end
    return found


_ASCII_DIGITS = frozenset("0123456789")
# what follows the first one or two digits of every time a digit opens: the mark between hours and minutes ("15:30",
# "3.30pm") or the half of the day ("3pm"), or blanks and then one of the words _SPOKEN and _TIME read there
_TIME_MARKS = frozenset(":.aApP")
_BLANKS = (" ", "\t")
_BLANK_WORD = regex.compile(r"[ \t]+(?:minutes|past|to|o['’]clock|in|at|tonight|am|pm|[ap]\.m)(?![\w])", regex.I)
# what may open the first word after four digits ("0830 GMT", "1400 hrs"): a zone's, "local time"'s, "hrs" and "hours"
# first letter, as _TIME matches them ignoring case
_AFTER_FOUR = frozenset("GUBCEPIAJMLHgubcepiajmlh\u0130")


def _may_tell_time(text: str, p: int) -> bool:
    """Whether the digits at `p` may open a time of day as _SPOKEN or _TIME reads one: a cheap test of
    the characters after them that must hold before either pattern is worth running."""
    head = text[p + 1 : p + 3]
    if not _TIME_MARKS.isdisjoint(head):
        return True
    blank = p + 1 if head[:1] in _BLANKS else p + 2 if head[1:2] in _BLANKS and head[0].isdigit() else -1
    if blank != -1 and match_at(_BLANK_WORD, text, blank) is not None:
        return True
    four = text[p : p + 4]  # "0830 GMT": hours and minutes in four digits, then a zone or 'hrs'
    if len(four) < 4 or not (four[1].isdigit() and four[2] in "012345" and four[3].isdigit()):
        return False
    after = text[p + 4 : p + 44].lstrip(" \t")
    return after[:1] in _AFTER_FOUR if after else p + 44 < len(text)


def _spoken(text: str, m: regex.Match[str]) -> Raw:
    """The claim of a time told in words, its half of the day told by the words after it ("in the morning", "at night")."""
    hour = _HOURS.get(m["hour"].lower()) or int(m["hour"])
    said = (m["min"] or "").lower()
    minutes = _MINUTES[said] if said in _MINUTES else int(said or 0)
    if (m["dir"] or "").lower() == "to":
        hour, minutes = hour - 1 or 12, 60 - minutes
    part = _PARTS[m["part"].lower()]
    pm = part == "pm" or part == "night" and hour >= 6 and hour != 12
    at = (hour % 12 + (12 if pm else 0)) * 60 + minutes
    low, high, qualifier, start = _allowed(text, m.start(), at, minutes)
    details: dict[str, Any] = {"clock": f"{at // 60:02d}:{at % 60:02d}", "clock_from": low, "clock_to": high, "zone": None}
    return Raw("time", start, m.end(), None, Interval(None, None, False, False), None, qualifier, details)


def at(clocks: list[Raw], span: tuple[int, int]) -> str | None:
    """The one time of day a sentence (`span`) tells, '10:00' or '08:30 UTC', when it tells one
    (`clocks` in order of position): the moment the sentence's figures are of."""
    i = bisect.bisect_left(clocks, span[0], key=lambda r: r.start)
    told = {_said(r) for r in clocks[i : bisect.bisect_left(clocks, span[1], key=lambda r: r.start)]}
    return told.pop() if len(told) == 1 else None


def _said(raw: Raw) -> str:
    zone = raw.details["zone"]
    return raw.details["clock"] + (f" {zone}" if zone else "")


def _is_time(text: str, m: regex.Match[str]) -> bool:
    """A match that is a time: not the end of a range, and a bare 'hh:mm', 'hhmm' or 'noon' told as one."""
    if match_at(_RANGE_AFTER, text, m.end(), 12) is not None or before(_RANGE_BEFORE, text, m.start(), 16) is not None:
        return False
    if m["ap"] or m["zone"]:
        return True
    return before(_TOLD, text, m.start(), 20) is not None


def _raw(text: str, m: regex.Match[str]) -> Raw | None:
    """The claim of one time of day, or None when its hour is no hour ('13pm')."""
    minute = int(m["m"] or m["m24"] or m["m4"] or 0)
    if m["word"]:
        at = _WORDS[m["word"].lower()]
    elif m["ap"]:
        hour = int(m["h"])
        if not 1 <= hour <= 12:
            return None
        at = (hour % 12 + (12 if m["ap"].lower() == "p" else 0)) * 60 + minute
    else:
        at = int(m["h24"] or m["h4"]) * 60 + minute
    zone = m["zone"]
    zone = None if zone is None or zone.lower().startswith("local") else _ZONES[" ".join(zone.lower().split())]
    low, high, qualifier, start = _allowed(text, m.start(), at, minute)
    details: dict[str, Any] = {"clock": f"{at // 60:02d}:{at % 60:02d}", "clock_from": low, "clock_to": high, "zone": zone}
    return Raw("time", start, m.end(), None, Interval(None, None, False, False), None, qualifier, details)


def _allowed(text: str, start: int, at: int, minute: int) -> tuple[int, int, str, int]:
    """The minutes a time told at `at` allows, its qualifier and where its words start (with a hedge)."""
    spread = 15 if minute == 0 else 7 if minute % 15 == 0 else 2
    h = before(_HEDGE, text, start, 30)
    if h is None:
        return at - spread, at + spread, "exact", start
    said, start = " ".join(h["h"].lower().split()), h.start("h")
    if said in {"about", "around", "approximately", "roughly", "circa"}:
        return at - spread - 30, at + spread + 30, "approx", start
    if said.endswith("after") and said != "after":
        return at, at + 30 + spread, "more_than", start
    if said.endswith("before") and said != "before":
        return at - 30 - spread, at, "less_than", start
    if said == "after":
        return at, DAY, "more_than", start
    return 0, at + spread, "less_than", start  # before, by, until: the day up to then
