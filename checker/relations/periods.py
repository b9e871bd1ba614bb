"""A period and its length: "the 12 months between January and December 2018", "18 months from
April 2017 to September 2018", "From June 2025 to December 2027, a 30-month programme"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from fractions import Fraction

from checker.extract.bounds import hedged
from checker.model import Claim
from checker.relations.passage import Placed, Sentence
from checker.relations.record import Relation

UNITS = {"month", "year", "week", "day", "decade", "fortnight"}
QUALIFIERS = {"exact", "exactly", "almost", "approx", "just_over", "more_than", "less_than"}  # a length, plain or hedged
# a period told by its two ends: "between A and B", "from A to B", "A to B" ("June 2022 to May 2023")
_SPAN = re.compile(r"(?:between|from)\b|[\w ]*?\b(?:1[89]|20)\d\d[ \t]+(?:to|until)[ \t]+\w", re.I)
_OPENED = re.compile(r"\b(?:between|from)[ \t]+$", re.I)  # "three days from 12 to 16 July": the period's "from" left out of it
# a period told by its two dates: "starting in January 2025 and finishing in December 2025", "beginning on 3 June and ending on 28 June"
# "six years, from 2015 until her resignation in 2019": the end told by what ended it
_STARTS = re.compile(r"^(?:,|[ \t]*[–—(])?[ \t]*(?:(?:starting|beginning|begun|started|running)[ \t]+(?:in[ \t]+|on[ \t]+)?|from[ \t]+)$", re.I)
_ENDS = re.compile(r"^,?[ \t]+(?:and[ \t]+)?(?:finishing|ending|ended|finished|concluding|closed|closing|reopened|reopening|resumed|resuming|"
                   r"restarted|until|till|to)[ \t]+"
                   r"(?:(?:his|her|its|their|the)[ \t]+(?:[a-z][\w'’-]*[ \t]+){1,2}(?=in[ \t])|(?:it|he|she|they)[ \t]+[a-z][\w'’-]*[ \t]+(?=in[ \t]))?"
                   r"(?:in[ \t]+|on[ \t]+)?$", re.I)
# "The trial, which opened on 3 February and ended on 12 March, lasted": the start told by its verb before the first date
# (or a closure by the day it closed: "The bridge, which closed on 2 June and reopened on 30 June, was shut for")
_OPENED_ON = re.compile(r"\b(?:opened|began|begun|started|starting|beginning|opening|closed|shut|suspended|halted)[ \t]+(?:in[ \t]+|on[ \t]+)?$", re.I)
# between a length and the period after it: "12 months between", "a 20-month trial, from", "four-year contract, which runs from"
_RUNS = r"(?:(?:which|that)[ \t]+(?:will[ \t]+)?(?:ran|runs|run|lasted|lasts|last|covered|covers|spanned|spans)|it[ \t]+took|ran|runs|running|lasted|lasting|spanning|covering|took|of[ \t]+\w+)"
_BETWEEN = re.compile(rf"^,?(?:[ \t]+[a-z][\w'’-]*){{0,2}}[ \t]*[,(–—]?[ \t]*(?:{_RUNS}[ \t]+)?$", re.I)
# between a period and the length after it: ", a period of", " (", ", took", " – lasting"
_AFTER = re.compile(r"^(?:,|[ \t]*[–—(])?[ \t]*(?:(?:it[ \t]+|which[ \t]+|and[ \t]+)?(?:took|lasted|lasting|ran[ \t]+for|spanned|spanning|covered|covering|"
                    r"(?:will|would|should|is|are|was|were)[ \t]+(?:(?:due|set|expected|scheduled)[ \t]+to[ \t]+)?(?:last|run[ \t]+for|take))|"
                    r"a|the|some|over|in|for|an?[ \t]+(?:\w+[ \t]+)?(?:span|period|spell|stint|run|term|tenure|reign|career|absence|wait|gap)[ \t]+of)?[ \t]*(?P<hedge>more[ \t]+than|over|almost|nearly|"
                    r"just[ \t]+under|just[ \t]+over|about|around|roughly|less[ \t]+than|under)?[ \t]*$", re.I)
# a hedge before a length and outside its words ("– more than three decades –"), as the extraction names it
HEDGES = {"more than": "more_than", "over": "more_than", "almost": "almost", "nearly": "almost", "just under": "almost",
          "just over": "just_over", "about": "approx", "around": "approx", "roughly": "approx", "less than": "less_than",
          "under": "less_than"}


def lengths(passage: list[Sentence]) -> Iterator[Relation]:
    """A duration stated just before the period it spans, or just after it."""
    for s in passage:
        figures = s.figures
        for i, p in enumerate(figures):
            if p.claim.kind == "date" and i + 1 < len(figures) and (told := _told_by_ends(s, i)) is not None:
                yield told
            if p.claim.kind != "period" or not (_SPAN.match(p.claim.text) or _OPENED.search(s.before(p, 12))):
                continue
            length = _length(s, i)
            if length is None:
                continue
            ends = tuple(q.claim for q in figures[i + 1 : i + 4] if q.claim.kind == "date" and q.at >= p.at and q.end <= p.end)[:2]
            first, last = _first_last(p.claim, ends)
            if first is None or last is None:
                continue
            lo, hi = min(length.at, p.at), max(length.end, p.end)
            undated = dict(p.claim.details).get("last") is None  # "from 4 March to 8 April": read in a year of no 29 February
            yield Relation("period-length", (_in_years(length.claim), p.claim, *ends),
                           ("length", "period", *("first", "last")[: len(ends)]), s.text[lo:hi],
                           (("first", first), ("last", last), ("undated", undated)))


def _told_by_ends(s: Sentence, i: int) -> Relation | None:
    """A length just before two dates told as where a period starts and ends ("18 months, starting in January 2025 and
    finishing in December 2025"), read as the period from the first to the second."""
    a, b = s.figures[i], s.figures[i + 1]
    if any(q.claim.kind == "period" and q.at <= a.at and b.end <= q.end for q in s.figures):
        return None  # "from May 2019 to October 2019": a period the extraction read whole, its length read with it
    length = s.figures[i - 1] if i else None
    if length is None or not _is_length(length) or not _STARTS.match(s.between(length, a)):  # or the length after them
        after = s.figures[i + 2] if i + 2 < len(s.figures) and _OPENED_ON.search(s.before(a, 30)) else None
        length = after if after is not None and _is_length(after) and (_AFTER.match(s.between(b, after)) or _MAIN_AFTER.match(s.between(b, after))) else None
    if b.claim.kind != "date" or length is None or not _is_length(length) or not _ENDS.match(s.between(a, b)):
        return None
    first, last = dict(a.claim.details).get("first"), dict(b.claim.details).get("last")
    if first is None and last is None:
        first, last = _undated((a.claim, b.claim))  # "opened on 3 February and ended on 12 March"
    if not isinstance(first, date) or not isinstance(last, date) or last < first:
        return None
    period = a.claim._replace(kind="period", text=s.text[a.at : b.end], end=b.claim.end, details=(("first", first), ("last", last)))
    lo, hi = min(length.at, a.at), max(length.end, b.end)
    return Relation("period-length", (_in_years(length.claim), period, a.claim, b.claim), ("length", "period", "first", "last"),
                    s.text[lo:hi], (("first", first), ("last", last)))


# a length in the clause after the one that holds the period, told by what lasted it: "Having served from 1998 until 2026, he
# retired after 22 years", "The bridge, closed from 2 June to 30 June, was shut for seven weeks"
_MAIN_AFTER = re.compile(r"^[ \t]*,(?:[ \t]+[\w'’.-]+){0,6}?[ \t]+(?:(?:retired|left|quit|resigned|stood[ \t]+down|stepped[ \t]+down|"
                         r"bowed[ \t]+out|closed|reopened|finished|ended)[ \t]+after|(?:was|were|has[ \t]+been|had[ \t]+been|have[ \t]+been)[ \t]+"
                         r"(?:shut|closed|suspended|halted|out[ \t]+of[ \t]+action|off[ \t]+the[ \t]+road|out[ \t]+of[ \t]+use)[ \t]+for|lasted|spanned)"
                         r"[ \t]+(?P<hedge>more[ \t]+than|over|almost|nearly|just[ \t]+under|just[ \t]+over|about|around|roughly|less[ \t]+than|under)?[ \t]*$", re.I)


def _length(s: Sentence, i: int) -> Placed | None:
    """The duration naming the length of the i-th figure (a period): just before it, or just after it."""
    p = s.figures[i]
    for j in (i - 1, i - 2):
        if j >= 0 and _is_length(s.figures[j]) and _BETWEEN.match(s.between(s.figures[j], p)):
            if any(q.claim.kind == "duration" for q in s.figures[max(0, j - 3) : j]):
                return None  # "served four years of a six-year sentence from 2015 to 2019": which length the dates span is not said
            return s.figures[j]
    for k, q in enumerate(s.figures[i + 1 : i + 5], i + 1):
        inner = s.figures[k + 1] if k + 1 < len(s.figures) else None
        if q.at < p.end or q.claim.kind == "period" and inner is not None and q.at <= inner.at and inner.end <= q.end:
            continue  # a date inside the period, or a period ("last three weeks") around the length it tells
        after = _AFTER.match(s.between(p, q)) or _MAIN_AFTER.match(s.between(p, q))
        if not _is_length(q) or after is None:
            return None
        hedge = HEDGES.get(" ".join((after["hedge"] or "").lower().split()))
        if hedge is None or q.claim.value is None:
            return q
        return Placed(q.claim._replace(qualifier=hedge, interval=hedged(q.claim.value, Fraction(0), hedge)), q.at, q.end)
    return None


def _in_years(length: Claim) -> Claim:
    """A length in decades read in years, as readers take it: "about a decade" is about ten years (nine to eleven), not
    half a decade either way; a plain "two decades" is a round telling, about 20 years (18 to 22)."""
    if length.unit != "decade" or length.value is None or length.qualifier == "exactly":
        return length
    years = length.value * 10
    hedge = "approx" if length.qualifier == "exact" else length.qualifier
    return length._replace(unit="year", value=years, interval=hedged(years, Fraction(0), hedge))


def _is_length(p: Placed) -> bool:
    c = p.claim
    return c.kind == "duration" and c.value is not None and (c.unit or "") in UNITS and c.qualifier in QUALIFIERS


def _first_last(period: Claim, ends: tuple[Claim, ...]) -> tuple[date | None, date | None]:
    """A period's first and last days; a first month (or day) told without its year takes the last one's ("from January to
    December 2019", "from 1 March to 5 April 2024"), or the year before when it comes later in the year ("from November
    to March 2020"); two days told without a year ("from 4 March to 8 April") are read in one year (`_undated`)."""
    details = dict(period.details)
    first, last = details.get("first"), details.get("last")
    month, day = (dict(ends[0].details).get(k) for k in ("month", "day")) if ends else (None, None)
    if first is None and last is None and len(ends) == 2:
        return _undated(ends)
    if first is None and isinstance(last, date) and isinstance(month, int):
        day = day if isinstance(day, int) else 1
        try:
            first = date(last.year - ((month, day) > (last.month, last.day)), month, day)
        except ValueError:  # 29 February in a year that has none
            return None, last
    return first, last


NO_LEAP = 2001  # the year two days told without one are read in: a span over February may be a day longer (builtin.period-length)


def _undated(ends: tuple[Claim, ...]) -> tuple[date | None, date | None]:
    """Two days named by day and month alone, read in one year, the last in the next when it comes earlier in the year
    ("from 20 December to 3 January")."""
    told = [(dict(c.details).get("month"), dict(c.details).get("day")) for c in ends]
    (m1, d1), (m2, d2) = told
    if not all(isinstance(n, int) for n in (m1, d1, m2, d2)):
        return None, None
    try:
        return date(NO_LEAP, m1, d1), date(NO_LEAP + ((m2, d2) < (m1, d1)), m2, d2)  # type: ignore[arg-type]
    except ValueError:  # 29 February, or a day no month has
        return None, None
