"""Two figures told each of its own time, the earlier where a change or trend went from: "In 2018 the charity ran 30
clubs. It now runs five times as many – about 90."; "has trebled since 2019, when police made 140; this year they have
made 260"; "had 41,000 visitors last year. This year it is up 40 per cent, at 46,000."

Read when a stated change or trend word has no pair of its own (`pairs.pairs`): the figures of its sentence, or of it
and the sentence beside it that continues it, are its pair when exactly two of them are ends of one kind and unit
and the times their words give them (a year, "last season", "a decade ago", "now", "this year") are ordered. The time
is the one told just after a figure ("50 in 2020", "140 today") or else the last told before it in its sentence
("when the cheapest was £120" after "in 1995", "This season they are up 30 per cent, at 8,200")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.meaning.words import content
from checker.model import Claim
from checker.relations.pairs import ENDS, pairs
from checker.relations.passage import Placed, Sentence, next_to

_SEASONS = r"(?:year|season|month|week|term|quarter|spring|summer|autumn|winter|decade)"
_YEAR = r"(?P<year>(?:19|20)\d\d)\b(?![ \t]*[-–]|['’]s)"
_NOW = rf"(?P<now>now|today|currently|nowadays|these[ \t]+days|at[ \t]+present|this[ \t]+{_SEASONS}|latest)"
_PAST = (rf"(?P<past>last[ \t]+{_SEASONS}|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)[ \t]+(?:{_SEASONS}s?)[ \t]+"
         rf"(?:ago|earlier|before)|previously|the[ \t]+{_SEASONS}[ \t]+before)")
_CUE = re.compile(rf"\b(?:{_YEAR}|{_NOW}|{_PAST})\b", re.I)
# the time told just after a figure, in its clause: "50 in 2020", "140 today", "7,450 last season", "300 parcels a decade ago"
_AFTER = re.compile(rf"(?:[ \t]+[a-z][\w'’-]*){{0,3}}?[ \t]+(?:(?:in|during|by|of)[ \t]+)?(?:{_YEAR}|{_NOW}|{_PAST})\b", re.I)
# a sentence that goes on with the thing of the one before it, after the time it opens with: "It now runs", "There are 140",
# "This season they are", "In 2025 it rose"
_GOES_ON = re.compile(rf"^(?:(?:in[ \t]+(?:19|20)\d\d|this[ \t]+{_SEASONS}|now|today|since[ \t]+then)[ \t]*,?[ \t]+)?"
                      r"(?:it|they|there|the[ \t]+(?:number|figure|total|count)|numbers)\b", re.I)
# words of a forecast or an aim: its figures are of times to come, whose order against "now" the words do not give
_TO_COME = re.compile(r"\b(?:will|would|shall|could|may|might|expects?|expected|expecting|forecasts?|forecast|projected|predicted|"
                      r"aims?|aimed|plans?|planned|hopes?|hoping|target(?:s|ed)?|by[ \t]+(?:19|20)\d\d|next[ \t]+(?:year|season|month|decade))\b", re.I)
# words that say when, or how much, never what is counted
_TIME_WORDS = frozenset({"year", "season", "month", "week", "term", "quarter", "spring", "summer", "autumn", "winter", "decade",
                         "now", "today", "time", "last", "ago", "day", "number", "total", "figure"})


def when(s: Sentence, p: Placed) -> tuple[int, int] | None:
    """The time a figure is told of, as an order: (0, year) for a year, (1, 0) for a time before now ("last year",
    "a decade ago"), (2, 0) for now ("today", "this season"); None when its sentence gives none before it or just after."""
    cue = _AFTER.match(s.text, p.end, p.end + 40)
    if cue is None:
        told = [m for m in _CUE.finditer(s.text, 0, p.at)]
        cue = told[-1] if told else None
    if cue is None:
        return None
    if cue["year"]:
        return 0, int(cue["year"])
    return (2, 0) if cue["now"] else (1, 0)


def timed(passage: list[Sentence], k: int, stated: Placed) -> Iterator[tuple[Claim, Claim, str]]:
    """Where the k-th sentence's stated change or trend word (`stated`) went from and to, told as two figures each of its
    time (see the module), with the words that give them; nothing when no such pair is there."""
    s = passage[k]
    windows: list[list[Sentence]] = [[s]]
    if k and next_to(passage[k - 1], s) and _goes_on(passage[k - 1], s):
        windows.append([passage[k - 1], s])
    if k + 1 < len(passage) and next_to(s, passage[k + 1]) and _goes_on(s, passage[k + 1]):
        windows.append([s, passage[k + 1]])
    for window in windows:
        if any(_TO_COME.search(t.text) for t in window) or any(pairs(t) for t in window):
            continue  # a forecast; a sentence with a pair of its own, read by `pairs`
        ends = [(t, p) for t in window for p in t.figures if _end(p, stated)]
        if len(ends) != 2 or len({(p.claim.kind, p.claim.unit) for _, p in ends}) != 1:
            continue
        (ta, a), (tb, b) = ends
        first, second = when(ta, a), when(tb, b)
        if first is None or second is None or first == second or a.claim.value is None or b.claim.value is None:
            continue
        start, end = ((a, ta), (b, tb)) if first < second else ((b, tb), (a, ta))
        words = " ... ".join(dict.fromkeys(t.text for t in window))
        yield start[0].claim, end[0].claim, words if len(words) <= 240 else f"{start[0].claim.text} ... {end[0].claim.text}"
        return


def _end(p: Placed, stated: Placed) -> bool:
    """A figure that may be one end of the stated change's pair: of a kind a change goes between, not the stated one."""
    a, b = p.claim, stated.claim
    return a.kind in ENDS and a.kind != "duration" and not (b.start <= a.start < b.end or a.start <= b.start < a.end)


def _goes_on(a: Sentence, b: Sentence) -> bool:
    """Whether sentence b goes on with the thing a counts: it opens with a pronoun or "There" (after a time), or the two
    share a content word that is no word of time."""
    if _GOES_ON.match(b.text):
        return True
    mine = {w for w, _, _ in content(a.text) if w.isalpha()} - _TIME_WORDS
    return bool(mine & ({w for w, _, _ in content(b.text) if w.isalpha()} - _TIME_WORDS))
