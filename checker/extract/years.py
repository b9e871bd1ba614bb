"""A year written before a noun: the date of that thing ('the 2004 Brenner Law', 'a 1997 outbreak',
'its 2004 earnings', 'her 2007 album', '2004 was a good year'), or a count of it ('2000 people',
'1999 votes', 'its 2000 employees'). A name before the year holds it ('Windows 2000', 'Euro 2004');
a hyphen after it makes a measure ('a 2000-strong crowd'). Every test reads a few words after one
year, so the cost grows with the years of a text, not its length."""

from __future__ import annotations

import regex

from checker.extract import lexicon as lx
from checker.extract.common import SP
from checker.extract.labels import label_before, name_before
from checker.extract.scan import before, match_at

_WORDS_AFTER = regex.compile(rf"{SP}+([A-Za-z]+(?:-[A-Za-z]+)*)(?:{SP}+([A-Za-z]+(?:-[A-Za-z]+)*))?")
_COMPOUND = regex.compile(r"-[A-Za-z]")  # "a 2000-strong crowd", "a 1500-page report"
_REACH = 40
# what stands before a year of a thing, with at most one word between: "the", "its", "Spain's"
_DETERMINER = regex.compile(
    rf"(?<![\w'’])(?:the|a|an|its|his|her|their|our|my|your|whose|[A-Za-z]+['’]s?)(?:{SP}+[a-z]+(?:-[a-z]+)*)?{SP}+\Z",
    regex.I,
)
# plurals that are the things of a year, not things counted: "2004 earnings", "the 2005 elections"
_DATED_PLURALS = frozenset({
    "earnings", "profits", "sales", "results", "figures", "levels", "revenues", "accounts", "forecasts",
    "prices", "rates", "returns", "estimates", "targets", "budgets", "plans", "elections", "polls", "games",
    "finals", "championships", "talks", "negotiations", "riots", "attacks", "bombings", "floods", "protests",
    "reforms", "rules", "regulations", "standards", "statistics", "numbers", "accords", "celebrations",
    "ceremonies", "nominations", "exams", "hearings", "sessions", "series", "news", "olympics", "economics",
    "politics", "fixtures", "holidays", "awards", "charts", "winnings", "takings",
})
# what is counted without a final s: "2000 people", "2000 staff", "1999 children"
_COUNTED = frozenset({
    "people", "men", "women", "children", "staff", "police", "personnel", "troops", "cattle", "sheep", "fish",
    "deer", "feet", "teeth", "mice", "geese", "persons", "folk", "youth", "clergy", "crew", "more", "fewer",
    "less", "strong", "plus",
})
# words between a count and what it counts: "2000 new homes", "1999 extra police"
_COUNT_MODIFIERS = frozenset({
    "new", "more", "other", "extra", "additional", "further", "young", "local", "foreign", "old", "former",
    "armed", "full-time", "part-time", "registered", "eligible", "unemployed", "homeless", "civilian",
})
_UNITS = frozenset(w.lower() for w in (*lx.MEASURE_UNITS, *lx.CURRENCY_WORDS, *lx.CURRENCY_CODES, *lx.CURRENCY_CENTS,
                                        *lx.SCALES, *lx.SCALE_SUFFIXES, *lx.DOZENS, *lx.DURATION_UNITS)) \
    | {"percent", "pc", "pct"}
# words after a year that is the subject of its sentence: "2004 was a good year", "2005 will see"
_SUBJECT_VERBS = frozenset({
    "is", "was", "will", "would", "could", "should", "must", "might", "has", "had", "saw", "sees", "brought",
    "proved", "marked", "marks", "looks", "looked", "promises", "began", "begins", "ended", "ends", "became",
    "offers", "offered", "brings", "means", "meant", "remains", "seems", "holds", "represents", "proves",
    "witnessed", "belongs", "starts", "started",
})
# words after a year that name no thing of it: the year is then read by the words before it
_NOT_NOUNS = frozenset({
    "a", "an", "the", "on", "at", "for", "in", "with", "by", "from", "of", "into", "over", "under", "per", "than",
    "but", "so", "because", "while", "if", "that", "which", "who", "when", "where", "as", "after", "before",
    "and", "or", "to", "until", "since", "during", "against", "about", "through", "he", "she", "it", "they",
    "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "there",
    "not", "also", "only", "just", "then", "now", "up", "down", "out", "off", "again", "ago", "onwards",
    "onward", "alone", "too", "yet", "still", "already", "even", "each", "every", "all", "both",
    "were", "are", "have", "do", "did", "been", "being", "despite", "amid", "across", "among", "around", "near",
    "within", "without", "towards", "toward", "beyond", "including", "like", "along", "behind", "below", "above",
    "outside", "inside", "via", "versus", "following", "plus", "minus", "apiece", "each", "or",
})


def _plural(word: str) -> bool:
    """Whether `word` reads as a plural count noun: 'votes', 'homes', 'people'."""
    if word in _COUNTED:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ics", "ous", "'s", "’s"))


# names before a year that date it: "by Christmas 2004", "at Easter 2005", "FY 2004", "AD 1066"
_DATING_NAMES = frozenset({"christmas", "easter", "thanksgiving", "ramadan", "hanukkah", "diwali", "passover", "new",
                           "fy", "ad", "bc", "ce", "bce"})
_NAME_BEFORE = regex.compile(rf"([A-Za-z]+){SP}+\Z")


def in_name(text: str, start: int) -> bool:
    """Whether a name stands before the year at `start` ('Windows 2000', 'Server 2003'), not a feast."""
    name = before(_NAME_BEFORE, text, start, 30)
    return name is not None and name[1].lower() not in _DATING_NAMES and name_before(text, start)


def compound(text: str, end: int) -> bool:
    """Whether the number ending at `end` is joined by a hyphen to a word: 'a 2000-strong crowd'."""
    return match_at(_COMPOUND, text, end) is not None


def dated(text: str, start: int, end: int) -> bool | None:
    """Whether the year at [start, end) dates the noun after it (True), counts it (False), or
    neither is told by the words after it (None: the words before decide)."""
    if compound(text, end):
        return False
    words = _WORDS_AFTER.match(text, end, min(len(text), end + _REACH))
    if words is None:
        return None
    first, second = words[1], words[2] or ""
    low = first.lower()
    if low in _NOT_NOUNS:
        return None
    if name_before(text, start) or label_before(text, start):
        return False  # "Windows 2000", "Euro 2004 tournament", "flight 1907 landed": in a name
    if low in _SUBJECT_VERBS:
        return True
    word = second.lower() if low in _COUNT_MODIFIERS and second[:1].islower() and _plural(second.lower()) else low
    # a unit measures ("1800 kg", "2000 yen", "2000 GBP"); a capitalised word names ("the 1999 Tal
    # Law", "of 2004 Microsoft aims"); a plural counts ("2000 new homes"), unless dated ("2004 earnings")
    counted = word in _UNITS or not first[0].isupper() and _plural(word) and word not in _DATED_PLURALS
    if not counted:
        return True
    # "the unbeaten 1967 tourists", "Spain's 1988 squad": a year, unless round ("its 2000 employees")
    return text[start + 2 : end] != "00" and before(_DETERMINER, text, start, _REACH) is not None
