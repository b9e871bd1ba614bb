"""Which occasion of a recurring subject an article reports: a match's scores, a run's week or round, a chart's places.

Recurring reports (a weekly box-office chart, a league's rounds, a firm's quarterly results, a
monthly survey) share their names and much of their wording from one occasion to the next, so
names and words alone join them. What tells them apart is what names the occasion:

- the scores of a match ("Ireland 19-13 England", "a 3-1 win", "beat Leeds 2-0"): two reports of
  one match give its score; reports of two matches share none;
- the place of an occasion in its run, stated in the article's opening lines, where it names what
  the article reports ("for a second week", "in its fourth week", "a third-round tie",
  "second-quarter profits"; further down it is as often another firm's quarter or a past round);
- the place of an entrant in a chart or table ("finished in second place", "the number one spot"),
  keyed by the name written nearest before it ("in the first place", to begin with, is none).

Each article gets its markers: a key (`score`, `run:week`, `place:snicket`) and the values it
states. Two articles stating values for the same key, none of them in common, report different
occasions and are never one story (a key stated by one article only says nothing). Each pattern
is bounded: a score's words, an ordinal and its noun, and at most LOOK_BACK characters before a
place for its name.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from checker.stories.english import rarity

Markers = dict[str, frozenset[int]]  # key -> the values an article states for it

LEAD = 400  # characters at the head of an article (its headline and first sentence or two) that say which run it is in
LOOK_BACK = 160  # characters before "second place" looked at for the name it is of
SCORE_BEFORE = 40  # characters before a score looked at for a verb of winning and up to three words
_ORDINALS = {w: i for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 1)}
_CARDINALS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten".split(), 1)}
_ORDINAL = "(?:" + "|".join(_ORDINALS) + ")"  # spelled out, as copy writes the ordinals of a run
_UNITS = frozenset("week weekend month quarter year season day round".split())
_COMPOUNDS = frozenset(f"{ordinal}-{unit}" for ordinal in _ORDINALS for unit in ("round", "quarter"))  # "third-round", one word
_PLACE_WORDS = frozenset({"place", "position", "spot"})
# two numbers joined by a dash, neither part of a longer figure, a share, a span of days of a month, time or length
_SCORE = regex.compile(r"\b(\d{1,3})[-–](\d{1,3})\b(?![-–.,]?\d|%|\s?(?:per|percent|years?|months?|weeks?|days?|hours?|minutes?|"
                       r"miles?|km|metres?|cm|kg|seats?|votes?|January|February|March|April|May|June|July|August|September|October|"
                       r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)")
_BETWEEN_NAMES = regex.compile(r"\p{Lu}[\p{L}'’.]*\s\Z")  # "Ireland 19-13 England"
_RESULT = regex.compile(r"\s(?:home\s|away\s)?(?:win|wins|victory|defeat|lead|draw|loss|advantage|victors|winners|triumph|"
                        r"thrashing|scoreline|success|reverse|aggregate|deficit)\b")  # "a 3-1 win"
_WON = regex.compile(r"\b(?:won|lost|beat|beaten|beats|drew|drawn|trailed|trailing|led|leading|win|lose)\s(?:[\p{L}'’.]+\s){0,3}\Z")
_RUNS = regex.compile(
    rf"\b(?:[Ff]or|[Ii]n|[Ii]nto)\s(?:a|an|the|its|their|his|her)\s({_ORDINAL})\s(?:(?:straight|consecutive|successive|running)\s)?"
    r"(week|weekend|month|quarter|year|season|day|round)\b"
    rf"|\b({_ORDINAL})[-\s](round|quarter)\s(?:tie|match|game|clash|defeat|win|victory|exit|profits?|results?|earnings|"
    r"sales|loss(?:es)?|figures|growth|revenues?)\b")
# "finished in second place", "the number one spot"; not "in the first place" (to begin with)
_PLACES = regex.compile(rf"\b(?:(?<!\bthe\s)({_ORDINAL})\s(?:place|position|spot)|number\s(one|two|three|four|five|\d)\s(?:spot|place|position))\b")
_NAME = regex.compile(r"\b\p{Lu}[\p{L}\p{M}]*(?:['’.-][\p{L}][\p{L}\p{M}]*)*")
_STOP = regex.compile(r"[.!?]\s")


def markers(text: str, words: Mapping[str, int]) -> Markers:
    """The occasion markers of an article: each key with the values it states. `words` (the
    article's words, case-folded) says which patterns can match at all, so most articles are
    scanned for scores only."""
    found: dict[str, set[int]] = {}
    for m in _SCORE.finditer(text):
        if _is_score(text, m.start(), m.end()):
            low, high = sorted((int(m[1]), int(m[2])))
            found.setdefault("score", set()).add(high * 1000 + low)
    held = words.keys()  # a view: its isdisjoint looks up the few words of a set in the article's
    if not held.isdisjoint(_UNITS) and not held.isdisjoint(_ORDINALS.keys()) or not held.isdisjoint(_COMPOUNDS):
        for m in _RUNS.finditer(text, 0, LEAD):
            ordinal, unit = (m[1], m[2]) if m[1] else (m[3], m[4])
            found.setdefault(f"run:{unit}", set()).add(_number(ordinal))
    if not held.isdisjoint(_PLACE_WORDS):
        for m in _PLACES.finditer(text):
            name = _name_before(text, m.start())
            if name:
                found.setdefault(f"place:{name}", set()).add(_number(m[1] or m[2]))
    return {key: frozenset(values) for key, values in found.items()}


def _is_score(text: str, start: int, end: int) -> bool:
    """Whether the numbers at text[start:end] are a score: between two names, before a word of a
    result, or after a verb of winning."""
    after = text[end : end + 16]
    before = text[max(0, start - SCORE_BEFORE) : start]
    if after[:1].isspace() and after[1:2].isupper() and _BETWEEN_NAMES.search(before):
        return True
    return _RESULT.match(after) is not None or _WON.search(before) is not None


def apart(a: Mapping[str, frozenset[int]], b: Mapping[str, frozenset[int]]) -> bool:
    """Whether two articles report different occasions: a key both state with no value in common."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return any(key in large and values.isdisjoint(large[key]) for key, values in small.items())


def add(markers: dict[str, frozenset[int]], other: Mapping[str, frozenset[int]]) -> None:
    """Add another group's markers to a group's, when the two are taken as one story: every value of each key."""
    for key, values in other.items():
        markers[key] = markers[key] | values if key in markers else values


def _number(word: str) -> int:
    """An ordinal or a small cardinal as a number: "second" is 2, "one" is 1, "3" is 3."""
    word = word.lower()
    return _ORDINALS.get(word) or _CARDINALS.get(word) or int(word)


def _name_before(text: str, end: int) -> str | None:
    """The capitalised word nearest before `end` in its sentence (within LOOK_BACK), case-folded, a possessive cut."""
    start = max(0, end - LOOK_BACK)
    stops = list(_STOP.finditer(text, start, end))
    if stops:
        start = stops[-1].end()
    for name in reversed(_NAME.findall(text, start, end)):
        key = (name[:-2] if name[-2:] in ("'s", "’s") else name).casefold()
        if rarity(key) > 0:  # not "It", "The", "They": words too common to name an entrant
            return key
    return None
