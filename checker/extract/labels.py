"""Numbers that are no figures: codes, ranks, stages of play and numbers inside names.

"F-16", "top-10", "number two", "the second half", "a quarter-final", "Article 19", "the Six
Nations": each reads as a number and counts nothing. Every test here looks at a few characters
either side of one number, so the cost grows with the numbers of a text, not its length.
"""

from __future__ import annotations

import re

from checker.extract import lexicon as lx
from checker.extract.addresses import is_address
from checker.extract.numbers import Num
from checker.extract.scan import match_at

# a word glued by a hyphen before digits: "F-16", "Hwasong-15", "top-10"; these words instead open
# age groups ("over-65s") and periods ("mid-1990s"), read elsewhere
_CODE_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)-\Z")
_GROUP_PREFIXES = frozenset({"over", "under", "mid", "pre", "post", "late", "early", "aged", "age", "ages", "the",
                             "a", "an", "and", "or", "to", "from", "some", "about", "around", "by",
                             "magnitude"})  # and "a magnitude-7.2 quake": the measure named before its number
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t\u00a0]+\Z")
_WORD_AFTER = re.compile(r"[ \t\u00a0]*(?:-[ \t\u00a0]*)?([A-Za-z]+)")
# "the second half", "half-time", "a quarter-final": stages of a match or a contest
_STAGE_ORDINALS = frozenset({"first", "second", "third", "fourth", "final", "last", "opening", "closing", "each",
                             "either"})
_STAGE_AFTER = re.compile(r"-?(?:time|way|final|finals|back|backs|term|century)(?![\w])", re.I)
_COMPOUND_AFTER = re.compile(r"-([A-Za-z]+)")
_HALF_OF = frozenset({"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "dozen",
                      "million", "billion", "price", "century", "mile", "miles", "point", "percent", "cent", "share"})
_RANK_BEFORE = frozenset({"number", "no", "nos"})
# days and idioms written with a slash, no fractions: "after 9/11", "the 7/7 bombings", "open 24/7"
_SLASH_NAMES = frozenset({"9/11", "7/7", "24/7", "20/20"})
# words that open sentences or stand before a figure: capitalised, they are no name
_NO_NAME = frozenset({
    "in", "on", "at", "by", "for", "of", "to", "from", "with", "about", "around", "nearly", "almost", "over", "under",
    "some", "only", "just", "another", "all", "the", "these", "those", "and", "but", "or", "so", "after", "before",
    "since", "until", "between", "up", "down", "its", "his", "her", "their", "our", "my", "your", "approximately",
    "roughly", "exactly", "precisely", "more", "less", "fewer", "than", "least", "most", "then", "now", "also",
    "even", "still", "barely", "aged", "age", "ages", "last", "next", "each", "every", "per",
    "were", "was", "are", "is", "be", "been", "had", "has", "have", "did", "do", "does", "will", "would", "could",
    "should", "may", "might", "must", "can", "while", "when", "where", "if", "as", "like", "against", "outside",
    "inside", "within", "without", "into", "onto", "through", "via", "during", "among", "amid", "towards", "toward",
    "says", "said", "told", "a", "an", "that", "this", "which", "who", "whom", "whose", "what", "scored", "hit",
    "killed", "injured", "total", "totals",
}) | frozenset(lx.MONTHS) | frozenset(lx.WEEKDAYS) | frozenset(c.lower() for c in lx.CURRENCY_CODES)
_SP = r"[ \t\u00a0]"
# "a third term", "A third Spider-Man film": an ordinal before a noun; "cut by a third in May", "a third said" are shares
_ORDINAL_ARTICLE = re.compile(rf"an?{_SP}+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\Z", re.I)
_SHARE_AFTER = re.compile(
    rf"{_SP}*(?![\w'’ \t\u00a0-])|{_SP}+(?:of|more|less|fewer|higher|lower|larger|smaller|bigger|greater|cheaper|up|down|in|on|at|to"
    rf"|from|since|over|under|and|or|than|last|this|between|among|each|per|a|an|the|by|as|was|were|is|are|has|had|have"
    # a verb or adverb after it: the share is the subject ("a third said", "a fifth would leave", "a quarter now own")
    rf"|said|say|says|told|agreed|agree|disagreed|want|wanted|would|will|could|should|can|may|might|must|did|do|does"
    rf"|believe|believed|think|thought|feel|felt|expect|expected|plan|planned|backed|back|support|supported|oppose"
    rf"|opposed|voted|vote|chose|choose|prefer|preferred|admitted|reported|report|use|used|own|owned|live|lived|work"
    rf"|worked|died|remain|remained|still|also|now|never|already|only|just)(?![\w])",
    re.I,
)
# lowercase words before digits that make them a label: "UN resolution 1441", "flight 93", "page 5"
_WORD_JUST_BEFORE = re.compile(r"(?<![\w-])([a-z]+) \Z")
_SCORE_AFTER = re.compile(r"[-–][0-9]")  # "Raymond 7-5": a score after a name
_LABEL_NOUNS = frozenset({
    "resolution", "article", "section", "chapter", "clause", "paragraph", "flight", "route", "platform", "page",
    "rule", "amendment", "junction", "gate", "terminal", "channel", "version", "series", "model", "category",
    "grade", "stage", "phase", "tier", "figure", "table", "room", "bus", "highway", "interstate", "precinct",
})

_SENTENCE_OPENERS = frozenset(".!?:;\"“‘'(\n")


def is_label(text: str, n: Num) -> bool:
    """A code, a rank, a stage of play, an address or a fraction word inside a name ('the Quarter
    Pounder'): a number that is no figure wherever it stands."""
    return is_code(text, n) or is_rank(text, n) or is_stage(text, n) or is_ordinal(text, n) or is_address(text, n) \
        or (n.fraction and n.words and not n.scaled and _capital_number_word(text, n))


def is_code(text: str, n: Num) -> bool:
    """Digits glued by a hyphen to the word before them ('F-16', 'Qatargas-2', 'top-10'), or by a
    plus or a slash to digits ('J1149.5+6663', the 0 of '1/0'); after a hash ('#1', '&#233;');
    written with a slash as a name ('9/11', '24/7');
    a mobile generation ('3G networks', not three billion); digits led by a zero ('007')."""
    if n.words or n.start < 1:
        return False
    if n.end - n.start == 2 and text[n.start + 1] == "G":
        return True
    if text[n.start] == "0" and text[n.start + 1 : n.start + 2].isdigit() and n.value:
        return True  # "007", "0800": a leading zero makes a code ("0000" is still nought)
    if n.fraction and text[n.start : n.end] in _SLASH_NAMES:
        return True
    glue = text[n.start - 1]
    if glue == "#":
        return True
    if n.start < 2:
        return False
    if glue in "+/":
        return text[n.start - 2].isdigit()
    if glue != "-":
        return False
    m = _CODE_BEFORE.search(text, max(0, n.start - 24), n.start)
    return m is not None and m[1].lower() not in _GROUP_PREFIXES


def is_rank(text: str, n: Num) -> bool:
    """'number one', 'at No 2': a place in a list or a chart; 'phase two', 'round 3', 'Category 5',
    'chapter 11': the name of a step, a stage or a part (a small whole number after such a word,
    never a share or a multiple: 'a level 40% higher')."""
    m = _WORD_BEFORE.search(text, max(0, n.start - 12), n.start)
    if m is None or n.fraction:
        return False
    word = m[1].lower()
    if word in _RANK_BEFORE:
        return True
    if word not in _NAMED_PARTS or n.value.denominator != 1 or not 0 < n.value < 100:
        return False
    if text[n.end : n.end + 2].lstrip(" \t\u00a0")[:1] in {"%", "x", "×"}:
        return False  # "a level 40% higher"
    after = match_at(_WORD_AFTER, text, n.end)
    return after is None or after[1].lower() not in _NOT_A_NAME_AFTER


# words that name a step, a stage or a part by its number ("phase two", "round 3", "Category 5", "chapter 11")
_NAMED_PARTS = frozenset({"phase", "phases", "stage", "stages", "round", "tier", "level", "grade", "step", "chapter",
                          "section", "clause", "article", "part", "category", "season", "series", "episode", "volume",
                          "page", "division", "group", "platform", "gate", "terminal", "ward", "zone", "year"})
_NOT_A_NAME_AFTER = frozenset({"percent", "per", "pc", "times", "fold", "more", "fewer", "less", "of", "out", "in",
                               "million", "billion", "thousand", "hundred", "people", "points", "point"})


# "a fall of a third that ...", "cut by a fifth this year": after a change's noun and "of", or "by", a share, whatever follows
_SHARE_BEFORE = re.compile(rf"(?<![\w'’])(?:by|(?:fall|rise|drop|cut|increase|decrease|reduction|decline|jump|growth|slump|gain|loss|dip)s?"
                           rf"{_SP}+of){_SP}+\Z", re.I)


def is_ordinal(text: str, n: Num) -> bool:
    """'a third term', 'A third Spider-Man film': an ordinal before a noun; 'cut by a third in May', 'a fall of a third that' are shares."""
    return n.fraction and n.words and _ORDINAL_ARTICLE.match(text, n.start, n.end) is not None \
        and not match_at(_SHARE_AFTER, text, n.end) and _SHARE_BEFORE.search(text, max(0, n.start - 16), n.start) is None


def is_stage(text: str, n: Num) -> bool:
    """'the second half', 'half-time', 'a quarter-final', 'the fly-half', 'a half-marathon': a stage
    of play, a position or a thing named with 'half', not a share."""
    word = text[n.start : n.end].lower()
    if word not in {"half", "a half", "quarter", "a quarter"}:
        return False
    if text[n.start - 1 : n.start] == "-" and text[n.start - 2 : n.start - 1].isalpha():
        return True  # "the fly-half", "a scrum-half": a position
    compound = match_at(_COMPOUND_AFTER, text, n.end)
    if compound is not None and compound[1].lower() not in _HALF_OF:
        return True  # "a half-marathon", "his half-brother"; "half-hour", "half-price" stay halves
    if match_at(_STAGE_AFTER, text, n.end):
        return True
    m = _WORD_BEFORE.search(text, max(0, n.start - 12), n.start)
    if m is not None and word == "quarter" and m[1].lower() in _PERIOD_BEFORE and not match_at(_OF_AFTER, text, n.end):
        return True  # "profit rose in the quarter", "over the quarter", "the quarter to June": three months, not a share
    return m is not None and m[1].lower() in _STAGE_ORDINALS


_PERIOD_BEFORE = frozenset({"the", "this", "that", "last", "next", "each", "every", "per", "same", "latest", "previous",
                            "fiscal", "financial", "calendar", "current", "whole", "entire"})
_OF_AFTER = re.compile(r"[ \t\u00a0]+of(?![\w])", re.I)


_VERSION = re.compile(r"\d{1,2}\.\d{1,2}")  # "Android 8.1", "iOS 12.1"
# a number after a named one, in a list: the 95 and 98 of "Windows 2000, 95 and 98"
_NUMBER = r"\d{1,4}(?:\.\d{1,2})?"
_NAME_LIST = re.compile(rf"([A-Za-z]+)[ \t]+({_NUMBER})(?:,[ \t]+{_NUMBER})*(?:,?[ \t]+(?:and|or)|,)[ \t]+\Z")


# a list opened by a colon whose items are a name and its figure: "The seats are split: Labour 27, Conservatives 19 and ..."
_LIST_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
_COLON_LIST = re.compile(rf":[ \t]+(?:{_LIST_NAME}[ \t]+\d{{1,4}}(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+))*{_LIST_NAME}[ \t]+\Z")


def in_name(text: str, n: Num) -> bool:
    """A number inside a name: 'Article 19', 'Media Player 10', 'Android 8.1', 'the Six Nations',
    'Radio Five Live', the 95 and 98 of 'Windows 2000, 95 and 98'."""
    if n.fraction or n.scaled:
        return False
    if n.words:
        return _capital_number_word(text, n)
    written = text[n.start : n.end]
    if not (written.isdigit() and len(written) <= 4 or _VERSION.fullmatch(written)):
        return False
    if match_at(_SCORE_AFTER, text, n.end) is not None:
        return False
    if name_before(text, n.start):
        return _COLON_LIST.search(text, max(0, n.start - 120), n.start) is None  # "split: Labour 27, Greens 9": a figure each
    listed = _NAME_LIST.search(text, max(0, n.start - 40), n.start)
    return listed is not None and name_before(text, listed.start(2))  # "Windows 2000, 95 and 98"


def name_before(text: str, start: int) -> bool:
    """Whether a capitalised word that opens no sentence stands just before `start`: 'Article 19',
    'Windows 2000'."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.end(1) + 1 == start and len(m[1]) >= 2 and m[1][0].isupper() \
        and m[1].lower() not in _NO_NAME


def near_label(text: str, n: Num) -> bool:
    """Digits straight after a word that names a numbered thing: 'resolution 1441', 'flight 93'."""
    return not n.words and label_before(text, n.start)


def label_before(text: str, start: int) -> bool:
    """Whether a word that names a numbered thing stands just before `start`: 'flight 93'."""
    if text[start - 1 : start] != " ":
        return False
    word = _WORD_JUST_BEFORE.search(text, max(0, start - 16), start)
    return word is not None and word[1] in _LABEL_NOUNS


def _capital_number_word(text: str, n: Num) -> bool:
    """A capitalised number word inside a sentence, next to another capitalised word."""
    if not text[n.start].isupper() or _opens_sentence(text, n.start):
        return False
    before = _WORD_BEFORE.search(text, max(0, n.start - 30), n.start)
    after = _WORD_AFTER.match(text, n.end, n.end + 30)
    capital = (before is not None and _name_word(before[1])) or (after is not None and _name_word(after[1]))
    return capital and not _title_case(text, n.start)


def _name_word(word: str) -> bool:
    """A capitalised word that may be part of a name (not a word of a heading in capitals: 'GAFFES')."""
    return word[0].isupper() and word.lower() not in _NO_NAME and not (len(word) > 4 and word.isupper())


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether only blanks stand between `pos` and the start of the text or a sentence stop."""
    head = text[max(0, pos - 4) : pos].rstrip(" \t\u00a0")
    return not head or head[-1] in _SENTENCE_OPENERS


def _title_case(text: str, pos: int) -> bool:
    """Whether the words of the line around `pos` are all capitalised (a headline)."""
    start = text.rfind("\n", max(0, pos - 80), pos) + 1
    end = text.find("\n", pos, pos + 80)
    words = re.findall(r"[A-Za-z]{4,}", text[start : end if end != -1 else pos + 80])
    return len(words) >= 3 and all(w[0].isupper() for w in words)
