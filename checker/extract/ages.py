"""Ages that `times.age` does not read: age groups, decades of life, ages set off by commas or
brackets, ages said of a person, and the later ages of a list after "aged".

'the over-65s', 'under-18s' (an age bound for a group); 'in his 30s' (thirty to thirty-nine);
'Bellamy, 25,' and 'the film-maker, 68,' (a name, a comma, a number and a comma is an age);
'when she was 49', 'She was 56.', 'he turned 40 in May', 'who was 17 at the time', 'died at 56'.
"""

from __future__ import annotations

import re
from fractions import Fraction

from checker.extract import lexicon as lx
from checker.extract.common import Raw, figure
from checker.extract.given import is_given
from checker.model import Interval
from checker.extract.numbers import Num
from checker.extract.scan import Tokens, match_at

_GROUP_BEFORE = re.compile(r"(?<![\w-])(over|under)[ \t\u00a0]?-[ \t\u00a0]?\Z|(?<![\w-])(over|under)[ \t\u00a0]\Z", re.I)
_PLURAL_S = re.compile(r"['’]?s(?![\w])")
_DECADE_BEFORE = re.compile(r"(?<![\w])(his|her|their|my|your|our|its)[ \t\u00a0]+(?:(?:early|mid|late)[ \t\u00a0-]*)?\Z", re.I)
_APPOSITION_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][\w'’-]*),[ \t\u00a0]\Z")
_APPOSITION_AFTER = re.compile(r",|\)|[.;](?:[ \t\u00a0\n]|\Z)|[ \t\u00a0]+and[ \t\u00a0]+[A-Z]")
# words before ", 25," that make the number something other than an age: a list, a date, a unit
_NOT_A_PERSON = frozenset({"and", "or", "to", "from", "of", "in", "on", "at", "by", "than", "per", "cent", "year",
                           "years", "points", "point", "number", "no", "page", "pages", "chapter", "section"})


def is_decade(text: str, n: Num) -> bool:
    """'1990s', '70s', '30s': a decade, no number of seconds."""
    return (not n.words and n.value.denominator == 1 and n.value % 10 == 0 and n.value >= 10
            and match_at(_PLURAL_S, text, n.end) is not None)


def group(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """'the over-65s', 'under-18s', 'the over 50s': the age bound of a group of people."""
    n = nums[i]
    if n.words or n.value.denominator != 1 or not 0 < n.value < 130:
        return None
    bound = _GROUP_BEFORE.search(text, max(0, n.start - 8), n.start)
    plural = match_at(_PLURAL_S, text, n.end)
    if bound is None or plural is None:
        return None
    word = (bound[1] or bound[2]).lower()
    qualifier = "more_than" if word == "over" else "less_than"
    return figure("age", bound.start(), plural.end(), n.value, Fraction(0), "year", qualifier), i + 1


def decade_of_life(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """'in his 30s', 'in their early 20s': an age from the decade's first year to its last."""
    n = nums[i]
    if not is_decade(text, n) or n.value >= 130:
        return None
    owner = _DECADE_BEFORE.search(text, max(0, n.start - 20), n.start)
    if owner is None:
        return None
    end = match_at(_PLURAL_S, text, n.end)
    assert end is not None  # is_decade read it
    interval = Interval(n.value, n.value + 10, True, False)
    return Raw("age", owner.start(), end.end(), n.value, interval, "year", "at_least", {"decade": True}), i + 1


# the decades of a life in words, each with its first year ("in her eighties" is 80 to 89); also the decades `dates` names
DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                 "eighties": 80, "nineties": 90}
_DECADE_SET = frozenset(DECADE_WORDS)
_DECADE_IN_WORDS = re.compile(_DECADE_BEFORE.pattern.replace(r"\Z", "(" + "|".join(DECADE_WORDS) + r")(?![\w])"), re.I)


def owned_decade(text: str, start: int) -> bool:
    """Whether a decade named at `start` is owned by a person ("in her eighties", "their early twenties"): an age, not a time."""
    return _DECADE_BEFORE.search(text, max(0, start - 20), start) is not None


# the characters other than ASCII letters that a case-blind pattern takes for ASCII letters here (İ and ı for 'i', ſ for 's'):
# a word holding one is not in a `Tokens` index
_FOLDING_TO_ASCII = re.compile("[\u0130\u0131\u017f]")


def decade_words(text: str, tokens: Tokens | None = None) -> list[Raw]:
    """'in her eighties', 'in his early twenties': an age from the decade's first year to its last, as `decade_of_life` reads '80s'.

    With `tokens` (which index the decade words), a text that names no decade in words is not read at all."""
    if tokens is not None and not tokens.starts(_DECADE_SET) and (text.isascii() or not _FOLDING_TO_ASCII.search(text)):
        return []
    out: list[Raw] = []
    for m in _DECADE_IN_WORDS.finditer(text):
        value = Fraction(DECADE_WORDS[lx.key(m[2])])  # 'TWENT\u0130ES', 'twentie\u017f' as the table spells them
        out.append(Raw("age", m.start(), m.end(), value, Interval(value, value + 10, True, False), "year", "at_least", {"decade": True}))
    return out


def apposition(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """'Bellamy, 25, was', 'the film-maker, 68, won', 'and Liam Mower, 12.': an age after a name."""
    n = nums[i]
    written = text[n.start : n.end]
    if not written.isdigit() or len(written) > 3 or not 0 < n.value < 120:
        return None
    name = _APPOSITION_BEFORE.search(text, max(0, n.start - 40), n.start)
    if name is None or name[1].lower() in _NOT_A_PERSON or match_at(_APPOSITION_AFTER, text, n.end) is None:
        return None
    if text[n.end] != "," and not name[1][0].isupper():
        return None  # "the film-maker, 68." may close a list; only a name closes with the age
    if name[1][0].islower() and name[1].endswith("s"):
        return None  # "of the 40 schools, 25, replied": a part of a plural, not an age
    return figure("age", n.start, n.end, n.value, Fraction(0), "year", "exact"), i + 1


_PERSON_IS_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?:he|she|i|who)[ \t\u00a0]+(?:was|is|turned|turns|had[ \t\u00a0]+turned)|died[ \t\u00a0]+at)[ \t\u00a0]+\Z", re.I)
# what may follow an age said of a person: the end of its clause, or words of time
_PERSON_IS_AFTER = re.compile(
    r"[ \t\u00a0]*(?:[.,;:!?)\u2014\u2013]|\Z|(?:when|at[ \t\u00a0]+the[ \t\u00a0]+time|and|but|in|last|this|on)(?![\w]))", re.I)


# a name, then the age it had at an event told after it: "Nowicki was 41 when he", "Ana Ferreira was 23 at the time"
# (a person's: "when he", not "Arsenal was 3 when it")
_NAMED_IS_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+[ \t\u00a0]+(?:was|turned|had[ \t\u00a0]+turned)[ \t\u00a0]+\Z")
_AT_AN_EVENT = re.compile(r"[ \t\u00a0]+(?:when[ \t\u00a0]+(?:he|she|they|I)|at[ \t\u00a0]+the[ \t\u00a0]+time)(?![\w])", re.I)


def said_of_person(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """'when she was 49', 'She was 56.', 'he turned 40 in May', 'died at 56', 'Nowicki was 41 when he
    climbed': a person's age."""
    n = nums[i]
    if n.value.denominator != 1 or not 0 < n.value < 120:
        return None
    pronoun = _PERSON_IS_BEFORE.search(text, max(0, n.start - 24), n.start) is not None \
        and match_at(_PERSON_IS_AFTER, text, n.end) is not None
    if not pronoun and (_NAMED_IS_BEFORE.search(text, max(0, n.start - 40), n.start) is None
                        or match_at(_AT_AN_EVENT, text, n.end) is None):
        return None
    return figure("age", n.start, n.end, n.value, Fraction(0), "year", "exact"), i + 1


# a person named before an age in brackets: a title and a surname, or a given name (`given`) and a surname
# (the courtesy titles of `roles.HONORIFICS` only: its abbreviations "Del", "Gen", "Col" also open brand and place names)
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "prof", "professor"})
_NAMED_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+\.?)((?:[ \t\u00a0]+[A-Z][\w'’-]*){1,2})[ \t\u00a0]*\([ \t\u00a0]*\Z")
_CLOSED = re.compile(r"[ \t\u00a0]*\)")


def _opens_a_name(word: str) -> bool:
    return word in _HONORIFICS or is_given(word)


def bracketed(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """'Tomas Reiner (36)', 'Mrs Vint (71) and her son', 'Dr Anna Hale (52)': an age in brackets after
    a person's name (a title, or a first name that is a person's, then a surname). A place before
    brackets ('Newport (50)') is a count of it: a single word, or words no title or first name opens."""
    n = nums[i]
    written = text[n.start : n.end]
    if not written.isdigit() or len(written) > 3 or not 0 < n.value < 120 or match_at(_CLOSED, text, n.end) is None:
        return None
    named = _NAMED_BEFORE.search(text, max(0, n.start - 50), n.start)
    if named is None:
        return None
    # the name opens at the first or the second capitalised word: "Both Kareem Adeyemi (17)", "Dr Anna Hale (52)"
    if not any(_opens_a_name(word.rstrip(".").lower()) for word in (named[1], *named[2].split()[:-1])):
        return None
    return figure("age", n.start, n.end, n.value, Fraction(0), "year", "exact"), i + 1


# the ages listed before a later one after "aged" or "ages": "aged 29 and", "aged 15, 16 and", "ages 9, 11,"
_AGED_LIST = re.compile(r"(?<![\w-])(?:aged|ages)[ \t\u00a0]+\d{1,3}(?:[ \t\u00a0]*,[ \t\u00a0]*\d{1,3}){0,8}"
                        r"(?:[ \t\u00a0]*,?[ \t\u00a0]+(?:and|or|&)[ \t\u00a0]+|[ \t\u00a0]*,[ \t\u00a0]*)\Z", re.I)


def listed(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """'Two men, aged 29 and 54,', 'aged 15, 16 and 17': the ages after the first of a list opened by "aged"."""
    n = nums[i]
    written = text[n.start : n.end]
    if not written.isdigit() or len(written) > 3 or not 0 < n.value < 120:
        return None
    if _AGED_LIST.search(text, max(0, n.start - 60), n.start) is None or match_at(_LIST_GOES_ON, text, n.end) is None:
        return None
    return figure("age", n.start, n.end, n.value, Fraction(0), "year", "exact"), i + 1


# what may follow an age of such a list: its end, or the clause going on ("aged 29 and 54, were"; not "and 14 girls")
_LIST_GOES_ON = re.compile(r"[ \t\u00a0]*(?:[,.;:)\u2014\u2013]|\Z|(?:and|or|were|was|are|is|have|had|who|from|in|at|on|years?)(?![\w]))", re.I)
