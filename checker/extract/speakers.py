"""Who speaks: the attribution of a quotation, read as stated and resolved within its article.

"X said", "said X", "X told the BBC:", "according to X", "X added:", a partial quote in a sentence
whose subject speaks ("Wanless accused the firms of '...'"), a speaker named in the sentence
before, a pronoun or "the spokesman" carried from the last speaker. A speaker's words are split
into name, title and organisation as stated: "Peter Wanless, NSPCC chief executive" is Peter
Wanless, chief executive, of the NSPCC; "a spokesman for the Home Office" is a spokesman of the
Home Office.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import regex

from checker.extract.common import alternation
from checker.extract.scan import trie
from checker.extract.roles import (
    CONNECTORS, COUNTRY_CODES, DEMONYMS, DETERMINERS, FEMALE, GENERIC, HONORIFICS, LEADS, MALE, NEVER_FIRST, NOT_DEMONYMS,
    ORG_WORDS, PARTICIPLES, PARTICLES, PORTFOLIO, POSSESSIVES, PRONOUNS, QUANTIFIERS, RELATIONS, TIMES, TITLE_HEADS, VERBS,
)

# "Bill Clinton’s comments", "the claims", "Republican claims as": a noun, not a verb of saying
_NOUN_BEFORE = r"(?:['’]s|\b(?i:the|a|an|his|her|their|its|these|those|my|our|your|whose))[ \t]+"
# "a nickname thought to mean", "said to be": a passive, not a verb of saying
_PASSIVE_AFTER = r"(?=[ \t]+to[ \t]+(?:be|have|mean|include|number|total|involve|owe|hold|stand)\b)(?<=\b(?i:thought|believed|felt|said|reported))"
_NOUN_AFTER = (r"(?=[ \t]+(?:as|of|about|from|were|are|have|had|and|or|by|made)\b)"  # what follows first: it seldom holds
               r"(?<=\b(?i:claims|calls|notes|comments|remarks|reports|promises|pledges|vows|states|hopes|demands|denials|warns))")


def _trie(words: str) -> str:
    """An alternation of words ("said|says|went\\s+on"), nested by shared prefixes: a few steps a place, not hundreds."""
    return alternation([w.replace("\\s+", " ") for w in words.split("|")], ignore_case=True).replace("\\ ", "\\s+")


_OPENING_VERB = r"(?:(?<=\A|[\n.!?][\"'”’]?[ \t]+)(?=(?:Said|Says|Added|Wrote)[ \t]))"  # "Said Ellis: “…”"
_SAYING = _trie(VERBS)
_SAYING_ING = _trie(PARTICIPLES)
# each lookbehind is tried only where a verb follows (the lookahead before it): a word that is none fails fast
_AUXILIARY = "has|have|had|was|were|is|are"
_ADVERB = "also|later|then|previously|earlier|once|again|repeatedly|openly|just|now|still|publicly|separately|often"
_AUXILIARIES, _ADVERBS = frozenset(_AUXILIARY.split("|")), frozenset(_ADVERB.split("|"))
_LEADING = _AUXILIARIES | _ADVERBS  # the words a verb's match may open with before the verb's own


def _verb(at_words: bool) -> regex.Pattern[str]:
    """The verbs of saying; with `at_words`, for trying only where a word starts (`tried_at`), without the lookaheads
    that let a scan fail fast elsewhere: the word a match ends with must end where a word does, so each of them held
    wherever it matches (the same matches, found sooner)."""
    ahead, ahead_ing = ("", "") if at_words else (rf"(?=(?:{_SAYING})(?![\w'’]))", rf"(?=(?:{_SAYING_ING})(?![\w'’]))")
    return regex.compile(rf"(?<![\w'’])(?:(?=\p{{Ll}})|{_OPENING_VERB})(?i:(?:(?:{_AUXILIARY})[ \t]+)?(?:(?:{_ADVERB})[ \t]+)?"
                         rf"(?:{ahead}(?<!{_NOUN_BEFORE})(?:{_SAYING})(?!{_NOUN_AFTER}|{_PASSIVE_AFTER})"
                         rf"|{ahead_ing}(?:(?<=\b(?:is|are|was|were|been)[ \t]+)|(?<=\w['’](?:s|re)[ \t]+)|(?<=,[ \t]*))(?:{_SAYING_ING})))(?![\w'’])")


_VERB, _VERB_AT = _verb(False), _verb(True)
_VERB_FIRSTS = frozenset(w.split("\\s+")[0] for w in f"{VERBS}|{PARTICIPLES}".split("|"))  # a verb's first word
_TOKEN = regex.compile(r"[\w'’]+")  # what the verb pattern takes for one word


# Where a window's letters are all ASCII (its other characters marks of punctuation and blanks, which no case changes
# and no \w holds), each word casefolds as it lowercases and is a word of the standard engine: the words that may
# open a verb are then found by it in one scan of the window lowercased, not read one by one.
_PLAIN = re.compile("[^\x00-\x7f‘’“”–—…\u00a0£€°]")
_FIRST = re.compile(rf"(?<![\w'’])(?:{trie(_VERB_FIRSTS)})(?![\w'’])")


def _beyond_plain(window: str) -> bool:
    """Whether `window` holds a character `_PLAIN` finds: an ASCII window (most are) is known to hold none without
    reading it (a string knows whether it is ASCII)."""
    return not window.isascii() and _PLAIN.search(window) is not None


Openings = Iterator[tuple[tuple[int, ...], int]]  # each word that may open a verb: where its leading words start, and it


def verbs(text: str, start: int, end: int) -> list[regex.Match[str]]:
    """The verbs of saying in text[start:end], as `_VERB.finditer` gives them. A match opens at a word: the verb's,
    or the auxiliary and adverb before it; so the pattern is tried only at each word that may open a verb and the
    two words before it."""
    return list(iter_verbs(text, start, end))


def iter_verbs(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """`verbs`, each read when asked for: a reader that wants the first only reads the window no further."""
    window = text[start:end]
    return tried_at(text, start, end, word_by_word(text, start, end) if _beyond_plain(window) else _plain_openings(window.lower(), start))


def tried_at(text: str, start: int, end: int, openings: Openings) -> Iterator[regex.Match[str]]:
    """The verbs the pattern finds when tried at `openings` (and the words leading them) in text[start:end]."""
    tried = pos = start  # tried: where the pattern was last tried, plus one
    for leads, first in openings:
        if first < pos:
            continue  # inside the verb found last
        for at in (*leads, first):
            if at >= tried:
                tried = at + 1
                verb = _VERB_AT.match(text, at, end)
                if verb is not None:
                    yield verb
                    tried = pos = verb.end()
                    break


def _plain_openings(low: str, start: int) -> Openings:
    """The openings of a window whose letters are all ASCII (lowercased: `low`, at `start` in the text)."""
    for m in _FIRST.finditer(low):
        one = _word_before(low, m.start())
        two = _word_before(low, one[0]) if one[1] in _ADVERBS else (-1, "")
        leads = (two[0] + start, one[0] + start) if two[1] in _AUXILIARIES else (one[0] + start,) if one[1] in _LEADING else ()
        yield leads, m.start() + start


def _word_before(low: str, at: int) -> tuple[int, str]:
    """The word of `low` (white space, marks and letters of ASCII) that ends last before `at`: where it starts, and it."""
    i = at
    while i and not (low[i - 1].isalnum() or low[i - 1] in "_'’"):
        i -= 1
    j = i
    while j and (low[j - 1].isalnum() or low[j - 1] in "_'’"):
        j -= 1
    return (j, low[j:i]) if i else (-1, "")


def word_by_word(text: str, start: int, end: int) -> Openings:
    """The openings of any window, each word read in turn."""
    opens: list[tuple[int, str]] = [(-1, ""), (-1, "")]  # the words read so far: where each starts, casefolded
    for m in _TOKEN.finditer(text, start, end):
        word = m[0].casefold()
        opens.append((m.start(), word))
        if word in _VERB_FIRSTS:
            (two, aux), (one, adverb) = opens[-3], opens[-2]
            yield (two, one) if aux in _AUXILIARIES and adverb in _ADVERBS else (one,) if adverb in _LEADING else (), m.start()


JOINING = CONNECTORS | DETERMINERS
NOT_A_PERSON = frozenset(ORG_WORDS | TITLE_HEADS | PORTFOLIO)
_CONTENT = frozenset(TITLE_HEADS | RELATIONS | GENERIC | PRONOUNS)
_TITLE_WORDS = frozenset(PORTFOLIO | TITLE_HEADS)
_GAP = r"[ \t\u00a0\u200b\u200c\u200d\u2060\ufeff]"  # a space, or a zero-width mark standing for one
# "Jane Moore (D-Wis.)", "Millbrook Tenants' Forum" (a plural's apostrophe); never " - " ("Lord Hale - a senior judge")
_JOIN = re.compile(rf"(?:(?<=s)['’](?={_GAP}))?{_GAP}*(?:\([^()\n]{{1,40}}\){_GAP}*)?")
_JOINS = frozenset({"", " ", "\t", "\u00a0"})  # the gaps between two words that _JOIN takes, at their commonest
_PAREN = re.compile(r"\([^()\n]{1,40}\)")
_HUMP = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")  # words joined without a space: "SecretaryJane"
_TRAILING_ACRONYM = regex.compile(r"[ \t]*\([A-Z][A-Za-z]{1,7}\)[ \t]*\Z")
_WORD = regex.compile(r"[\p{L}][\p{L}\p{M}'’.-]*[\p{L}.]|[\p{L}]|&|\d[\w-]*")
# _WORD where each letter is ASCII (see _PLAIN): the standard engine reads such a window's words in half the time
_PLAIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z.]|[A-Za-z]|&|[0-9][A-Za-z0-9_-]*")


class Stated(NamedTuple):
    """A speaker as the article words them, split into its parts (a named tuple: built for every phrase read)."""

    text: str
    name: str | None  # the person or organisation speaking ("Peter Wanless", "NCA", "Snapchat")
    title: str | None  # "chief executive", "spokesman", "mother"
    organisation: str | None  # who they speak for, when stated apart from the name
    start: int
    end: int


PHRASE_REACH = 300  # characters a speaker's noun phrase spans at most


def noun_phrase(text: str, start: int, end: int, whole: bool = True) -> Stated | None:
    """The speaker in text[start:end] (all of it, or with `whole=False` its longest opening run).
    It reads nothing outside the window, so a window read before (a wire's sentence retold, a
    speaker's "said Jane Moore, head of policy" again) is read from the memo, its places moved."""
    if end - start > PHRASE_REACH:  # no one is named in so many characters: read no further than that
        if whole:
            return None
        end = start + PHRASE_REACH
    key = (text[start:end], whole)
    try:
        found = _READ[key]
    except KeyError:
        found = _READ[key] = _noun_phrase(key[0], 0, end - start, whole)
        if len(_READ) > READ_MEMO:
            _READ.pop(next(iter(_READ)))  # the oldest: the memo stays bounded
    if found is None:
        return None
    said, name, title, organisation, a, b = found  # its places moved (a new tuple: faster than `_replace`)
    return Stated(said, name, title, organisation, a + start, b + start)


READ_MEMO = 1 << 15  # windows whose reading is kept
_READ: dict[tuple[str, bool], Stated | None] = {}


def forget() -> None:
    """Empty the memo of windows read (a benchmark's pass starts as a run does)."""
    _READ.clear()


_OPENING_READ = 60  # characters of a window whose opening run is wanted read first: most runs end within them


class _Unfinished(Exception):
    """The words read first do not decide a window's opening run: its other words are wanted."""


def _noun_phrase(text: str, start: int, end: int, whole: bool) -> Stated | None:
    """`noun_phrase` of a window that is no longer than `PHRASE_REACH`. For its opening run (`whole=False`), the words
    up to a blank after its first `_OPENING_READ` characters are read first (those of a window, when no parenthesis
    begins among them: the same words), and the rest only when the run may reach them."""
    if not whole and end - start > _OPENING_READ:
        cut = text.find(" ", start + _OPENING_READ, end)
        if cut > 0 and "(" not in text[start:cut]:
            try:
                return _phrase(text, _words(text, start, cut), cut, False, complete=False)
            except _Unfinished:
                pass
    acronym = _TRAILING_ACRONYM.search(text, start, end) if whole and text[start:end].rstrip(" \t").endswith(")") else None
    if acronym is not None:
        end = acronym.start()
    return _phrase(text, _words(text, start, end), end, whole)


def phrase_ending(text: str, start: int, end: int) -> Stated | None:
    """The noun phrase that ends at `end` and starts earliest in text[start:end]: each word is weighed, the last first,
    as `noun_phrase(text, where it starts, end)`, until a lower-case word that no phrase holds ('and Mr Smith' -> 'Mr
    Smith'). The words are read once for all of them (as each window would read them, when no parenthesis may be left
    out), and only the phrase kept is split into name, title and organisation."""
    raws = list(_WORD.finditer(text, start, end))
    window = text[start:end]
    words = _words(text, start, end) if len(raws) > 2 and "(" not in window and ")" not in window else None  # two: as fast alone
    first = {a: i for i, (_, a, _) in reversed(list(enumerate(words)))} if words is not None else {}
    best: Stated | list[tuple[str, int, int]] | None = None
    for m in reversed(raws):
        i = first.get(m.start())
        found = (noun_phrase(text, m.start(), end) if words is None or i is None or end - m.start() > PHRASE_REACH
                 else _run(text, words[i:], end, True))
        if found is not None:
            best = found
            continue
        word = m[0]
        if word[0].islower() and word.lower() not in JOINING and not counts(word):
            break
    if best is None or isinstance(best, Stated):
        return best
    return _split(text, best[0][1], best[-1][2], [w for w, _, _ in best])


def _phrase(text: str, words: list[tuple[str, int, int]], end: int, whole: bool, complete: bool = True) -> Stated | None:
    """`noun_phrase`, given the words of its window (which it may change); when they are only its first words (not
    `complete`), `_Unfinished` is raised where the words after them may be read (a word is weighed with three after it)."""
    taken = _run(text, words, end, whole, complete)
    return None if taken is None else _split(text, taken[0][1], taken[-1][2], [w for w, _, _ in taken])


def _run(text: str, words: list[tuple[str, int, int]], end: int, whole: bool, complete: bool = True) -> list[tuple[str, int, int]] | None:
    """The words of the phrase `_phrase` reads, before they are split into name, title and organisation."""
    while words and words[0][0].lower() in LEADS:
        words.pop(0)
    if not words and not complete:
        raise _Unfinished
    if not words or words[0][0].lower().rstrip(".") in NEVER_FIRST or _fronted_participle(words):
        return None
    taken: list[tuple[str, int, int]] = []
    for i, (w, a, b) in enumerate(words):
        if not complete and i + 4 > len(words):
            raise _Unfinished
        joined = not taken or a - taken[-1][2] < 2 and text[taken[-1][2] : a] in _JOINS or _JOIN.fullmatch(text, taken[-1][2], a) is not None
        if not joined or not (_np_word(w, i == 0, taken) or _title_word(words, i) or _particle(words, i, taken)):
            if whole or i == 0:
                return None
            break
        taken.append((w, a, b))
    if whole and not _np_closes(text, taken[-1][2], end):
        return None
    while taken and (taken[-1][0].lower() in JOINING or taken[-1][0] in PARTICLES
                     or taken[-1][0] in PORTFOLIO and taken[-1][0] not in TITLE_HEADS):
        taken.pop()  # "head of the", "India's foreign": no word that ends a name
    if not taken or taken[-1][0].lower().endswith(("’s", "'s")) or not any(_content(w) for w, _, _ in taken) and not (
            len(taken) > 1 and taken[0][0].lower() == "the" and _age(taken[-1][0].lower())):  # "the 23-year-old"
        return None  # nothing that names anyone, or a possessive fragment ("Facebook's", "Brad Pitt and Angelina Jolie's")
    return taken


_PARTICIPLES_IRREGULAR = frozenset({"born", "bred", "known", "seen", "taken", "given", "grown", "brought", "made", "held", "built", "left"})
_AFTER_PARTICIPLE = frozenset({"in", "on", "at", "by", "from", "into", "to", "with", "as", "during", "after"})


def _fronted_participle(words: list[tuple[str, int, int]]) -> bool:
    """Whether the words open with a participle that heads a phrase ('Born in Perth, she …', 'Raised by her aunt, …',
    'Asked about it, …'): a capitalised -ed word or a common irregular participle, and a preposition after it."""
    if len(words) < 2 or words[1][0] not in _AFTER_PARTICIPLE or not words[0][0][:1].isupper():
        return False
    low = words[0][0].lower()
    return low in _PARTICIPLES_IRREGULAR or len(low) > 4 and low.endswith("ed")


_CLOSES = regex.compile(r"\s*\([^()]{1,60}\)\s*|['’]s?\s*")


def _np_closes(text: str, last: int, end: int) -> bool:
    return last == end or not text[last:end].strip() or _CLOSES.fullmatch(text, last, end) is not None




_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
                           "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "dozen",
                           "dozens", "hundreds", "thousands"})
_CONTRACTED = regex.compile(r"(?:he|she|it|we|they|i|you|that|there|who)['’](?:s|re|ve|ll|d|m)")
_AGE = regex.compile(r"\d{1,3}-years?(?:-old)?")  # "34-year-old", and "the 12-year veteran"
_DESCRIBING = regex.compile(r"[\w.]+-(?:born|based|nominated|winning|year-old|old|led|backed|owned)")


def _number_word(low: str) -> bool:
    """Whether a lower-case word is a number in words, alone or hyphenated ('three', 'twenty-two', 'one-time')."""
    head, dash, tail = low.partition("-")
    return head in _NUMBER_WORDS and (not dash or tail.isascii() and tail.isalpha() and tail.islower())


def _age(low: str) -> bool:
    return low[:1].isdigit() and _AGE.fullmatch(low) is not None


def counts(word: str) -> bool:
    """Whether a word is a count or an age ('three', 'Twenty-two', '34-year-old'), never a name."""
    low = word.lower()
    return _number_word(low) or _age(low)


_NO, _YES, _COUNT, _PRONOUN, _OTHER = range(5)  # what a word is to a noun phrase, whatever the words before it
_LOWER, _NAMING, _DETERMINER, _JOINS_ON, _OPENS = 8, 16, 32, 64, 128  # of an _OTHER word


@lru_cache(maxsize=1 << 16)  # words recur: each is weighed once
def _word_kind(w: str) -> int:
    """What `w` is in a speaker's noun phrase: _NO, _YES, _COUNT, _PRONOUN, or _OTHER with the flags that say how
    the words before it decide."""
    low = w.lower().rstrip(".")
    if low in TIMES or low.endswith(("’s", "'s")) and low[:-2] in TIMES:
        return _NO  # "said Jane Smith on Tuesday", "Tuesday's episode"
    if ("'" in low or "’" in low) and _CONTRACTED.fullmatch(low):
        return _NO  # "We’ve", "He’s": a pronoun and its verb, never a name
    if _age(low):
        return _YES  # "the 34-year-old mother of three"
    if _number_word(low):
        return _COUNT
    if low in PRONOUNS:
        return _PRONOUN
    low = relation_of(low)  # "the mother-of-three": a mother
    joined = _JOINED_PARTICLE.match(w) is not None  # "al-Hajj", "el-Masri": a particle joined to a name
    naming = w[0].isupper() or joined or low in TITLE_HEADS or low in RELATIONS or low in GENERIC or low in PORTFOLIO
    return (_OTHER | (_LOWER if w[0].islower() and low not in DETERMINERS and not joined else 0)
            | (_NAMING if naming or low.endswith(("’s", "'s")) else 0)  # "Emily’s mother", "the charity's chief executive"
            | (_DETERMINER if low in DETERMINERS else 0) | (_JOINS_ON if low in JOINING else 0)
            | (_OPENS if low in DETERMINERS or low in QUANTIFIERS or low in POSSESSIVES else 0))


_JOINED_PARTICLE = regex.compile(rf"(?:{'|'.join(sorted(PARTICLES))})-\p{{Lu}}")


def _np_word(w: str, first: bool, taken: list[tuple[str, int, int]]) -> bool:
    kind = _word_kind(w)
    if kind < _COUNT:
        return kind == _YES
    if kind == _COUNT:
        return first or bool(taken) and taken[-1][0].lower() in {"of", "the"}  # "Two officials", "mother of three", "the five members"
    if kind == _PRONOUN:
        return first
    if taken and taken[-1][0].lower() in PRONOUNS:
        return False
    if kind & _LOWER and _after_place_word(taken):
        return False  # "Jane Smith in a statement", "Dix in a release": no part of the name
    if kind & _NAMING:
        return True
    if taken and kind & _DETERMINER:
        return taken[-1][0].lower() in CONNECTORS  # "head of the charity", not "Mr Peston the prime minister"
    return bool(taken) and bool(kind & _JOINS_ON) or first and bool(kind & _OPENS)


def _particle(words: list[tuple[str, int, int]], i: int, taken: list[tuple[str, int, int]]) -> bool:
    """A small word inside a name, between capitalised ones: 'de' and 'la' in 'Ramón de la Cruz', 'na' in 'Bord na Móna'."""
    if words[i][0] not in PARTICLES:
        return False  # the commonest: no particle
    named = next((w for w, _, _ in reversed(taken[-3:]) if w not in PARTICLES), "")
    if not named[:1].isupper():
        return False
    after = next((w for w, _, _ in words[i + 1 : i + 3] if w not in PARTICLES), "")
    return after[:1].isupper()


def _after_place_word(taken: list[tuple[str, int, int]]) -> bool:
    words = [w.lower() for w, _, _ in taken[-2:]]
    while words and words[-1] in DETERMINERS:
        words.pop()
    return bool(words) and words[-1] in {"in", "on", "at", "to"}


_ABBREVIATIONS = {"inc", "ltd", "corp", "bros", "jr", "sr", "co", "st", "mass", "calif", "conn", "wis", "mich", "minn", "tenn",
                  "penn", "fla", "ariz", "nev", "sens", "reps", "govs", "gens"}
_SHORTENED = frozenset(HONORIFICS | _ABBREVIATIONS)  # words whose full stop ends no sentence
_TITLED = frozenset(_TITLE_WORDS | HONORIFICS)
_NOT_NAME = frozenset(DETERMINERS | POSSESSIVES)
_ROLE_WORDS = frozenset(TITLE_HEADS | RELATIONS)
_ENDS_SENTENCE = regex.compile(r"\p{L}*\p{Ll}\p{L}*\p{Ll}\p{L}*\.")


def _ends_sentence(word: str) -> bool:
    """A word with the full stop of a sentence, not of an abbreviation ('Brown.', not 'Rep.' or 'Inc.')."""
    return _ENDS_SENTENCE.fullmatch(word) is not None and word[:-1].lower() not in _SHORTENED


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The words of text[start:end] with their offsets, leaving out a short parenthesis ('(D-Md.)')."""
    parens = [m.span() for m in _PAREN.finditer(text, start, end)] if text.find("(", start, end) >= 0 else []
    out: list[tuple[str, int, int]] = []
    at = start
    for word in (_WORD if _beyond_plain(text[start:end]) else _PLAIN_WORD).findall(text, start, end):
        at = text.find(word, at)  # where the word starts: between two words stands no letter, digit or '&'
        after = at + len(word)
        if not parens or not any(a < at < b for a, b in parens):
            if word[-1] == "." and _ends_sentence(word):
                word = word[:-1]  # "Gordon Brown. Rover": a full stop ends the name
            if word[1:].islower() or len(word) == 1:
                out.append((word, at, at + len(word)))  # the common case: no capital inside the word
            else:
                out.extend(_pieces(word, at))
        at = after
    return out


def _pieces(word: str, at: int) -> list[tuple[str, int, int]]:
    """A word, or the words of it when copy lost their spaces: 'SecretaryJane' (a title first) or 'SecretaryJaneDoe'."""
    if word[1:].lower() == word[1:] or word.isupper():
        return [(word, at, at + len(word))]  # the common case: no capital inside the word
    cuts = [m.start() for m in _HUMP.finditer(word)]
    if not cuts or len(cuts) == 1 and word[: cuts[0]].lower() not in _TITLED:
        return [(word, at, at + len(word))]
    bounds = [0, *cuts, len(word)]
    return [(word[a:b], at + a, at + b) for a, b in zip(bounds, bounds[1:])]


def _title_word(words: list[tuple[str, int, int]], i: int) -> bool:
    """A lower-case word of a title: 'policy' in 'policy manager' and in 'director of policy'."""
    if not words[i][0].isalpha() or not words[i][0].islower():
        return False
    if words[i][0] in NEVER_FIRST:
        return False  # "which", "that": never part of a title
    if i + 1 < len(words) and words[i + 1][0].lower() in GENERIC:
        return True  # "the incident report"
    for w, _, _ in words[i + 1 : i + 4]:  # "policy manager", "conservative talk radio host"
        if w.lower() in TITLE_HEADS:
            return True
        if not w.isalpha() or not w.islower() or w in JOINING or w in NEVER_FIRST:
            break
    return i >= 2 and words[i - 1][0] == "of" and words[i - 2][0].lower() in TITLE_HEADS


@lru_cache(maxsize=1 << 16)
def _content(w: str) -> bool:
    low = relation_of(w.lower().rstrip("."))
    return (w[0].isupper() or low in _CONTENT or _JOINED_PARTICLE.match(w) is not None) and not _number_word(low) and low not in QUANTIFIERS


def split(text: str, start: int, end: int) -> Stated:
    """Name, title and organisation of a speaker's words: 'NSPCC chief executive Peter Wanless'."""
    return _split(text, start, end, [w for w, _, _ in _words(text, start, end)])


def _split(text: str, start: int, end: int, words: list[str]) -> Stated:
    """`split`, given the words of text[start:end]."""
    stated = text[start:end]
    low = [relation_of(w.lower().rstrip(".")) for w in words]  # "the mother-of-three": a mother
    title_at = [i for i, w in enumerate(low) if w in _ROLE_WORDS]
    if low and low[0] in PRONOUNS:
        return Stated(stated, None, None, None, start, end)
    if len(low) > 1 and low[0] == "the" and _describes(words[1:], low[1:]):
        return Stated(stated, None, " ".join(low[1:]), None, start, end)  # "the 23-year-old", "the Italian"
    where = next((i for i, w in enumerate(low) if i > 1 and w in _WHERE_FROM), 0)
    if where and low[0] == "the" and _describes(words[1:where], low[1:where]):
        return Stated(stated, None, " ".join(low[1:where]), None, start, end)  # "the 23-year-old from Kildare": a person, not a place
    if not title_at:
        honorific = max((i for i, w in enumerate(low) if w in HONORIFICS and 0 < i < len(words) - 1), default=0)
        words = words[honorific:]  # "Massachusetts Sen. Elizabeth Warren"
        owner = next((i for i, w in enumerate(words[:-2]) if w.endswith(("’s", "'s")) and words[i + 1][0].isupper()), None)
        if owner is not None:  # "ABN Amro's Eddie Wong": a person, and the body they are at
            body = " ".join(words[: owner + 1]).removesuffix("’s").removesuffix("'s")
            return Stated(stated, _name(words[owner + 1 :]), None, _name(body.split()), start, end)
        joined = next((i for i, w in enumerate(words) if i and w in {"of", "at", "from"} and words[i - 1][0].isupper()), None)
        if joined is not None and joined >= 2 and joined + 1 < len(words) and not ORG_WORDS.intersection(map(str.lower, words[:joined])):
            # "Ian Brul of BNP Paribas", "Alex Potter at Lehman Brothers"; not "Association of Flight Attendants"
            return Stated(stated, _name(words[:joined]), None, _name(words[joined + 1 :]), start, end)
        return Stated(stated, _name(words), None, None, start, end)
    head = title_at[-1]
    first = title_at[0]
    while first > 0 and (low[first - 1] in _TITLE_WORDS
                         or words[first - 1].islower() and low[first - 1] not in DETERMINERS and not low[first - 1].endswith(("’s", "'s"))):
        first -= 1
    last = head
    while last + 2 < len(words) and low[last + 1] == "of" and words[last + 2].islower() and low[last + 2] not in DETERMINERS:
        last += 2  # "head of research", "director of policy"
    title = " ".join(low[first : last + 1])
    before, after = words[:first], words[last + 1 :]
    if before and all(w.lower().rstrip(".") in COUNTRY_CODES for w in before) and after:
        title, before = f"{' '.join(before)} {title}", []  # "US Secretary of State Mike Pompeo"
    if after and after[0].lower() in {"for", "of", "from", "at", "to", "in", "on"}:
        at = _name_at_end(after)
        if at is not None:  # "Secretary of State John F. Kerry"
            return Stated(stated, _name(after[at:]), f"{title} {' '.join(after[:at])}", _name(before), start, end)
        holder = _name(before)
        if holder and holder.endswith(("’s", "'s")):  # "the play's organiser in Uganda"
            return Stated(stated, None, f"{holder} {title}", _name(after[1:]), start, end)
        return Stated(stated, holder, title, _name(after[1:]), start, end)
    name = _name(after)
    if before and all(w.lower() in DETERMINERS or demonym(w) for w in before) and not before[-1].lower() in DETERMINERS:
        title, before = f"{' '.join(w.lower() for w in before if w.lower() not in DETERMINERS)} {title}", []  # "the Irish golfer"
    org = _name(before)
    if org and org.endswith(("’s", "'s")):
        return Stated(stated, name, f"{org} {title}", None, start, end) if title in RELATIONS else Stated(stated, name, title, org[:-2], start, end)
    return Stated(stated, name, title, org, start, end)


def demonym(word: str) -> bool:
    """A capitalised word that names a person by nation or region ('Italian', 'Finn', 'Yorkshireman'); not 'Guardian'."""
    low = word.lower()
    return word[:1].isupper() and low not in NOT_DEMONYMS and (low in DEMONYMS or len(low) > 4 and low.endswith(("an", "ese", "ish")))


_WHERE_FROM = frozenset({"from", "of", "in", "at"})  # a place after a description: "the 23-year-old from Kildare"


def _describes(words: list[str], low: list[str]) -> bool:
    """Whether the words after 'the' describe a person with no title: an age or a demonym, lower-case words before it."""
    *modifiers, head = words
    return (_age(low[-1]) or demonym(head)) and all(w.islower() or _age(w) for w in modifiers)


def _name_at_end(after: list[str]) -> int | None:
    """Where a person's name starts at the end of 'of State John F. Kerry' (None when there is none)."""
    if len(after) > 2 and after[1].lower() == "the":
        after = [after[0], *after[2:]]  # "Chancellor of the Exchequer Gordon Brown"
        found = _name_at_end(after)
        return found + 1 if found is not None else None
    if len(after) < 4 or not all(w[0].isupper() for w in after[1:]) or after[-1].lower() in ORG_WORDS:
        return None
    at = len(after) - 2
    while at > 2 and _initial(after[at]):
        at -= 1
    return at


_INITIALS = regex.compile(r"(?:\p{Lu}\.){2,3}")


def _initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." or _INITIALS.fullmatch(word) is not None


@lru_cache(maxsize=1 << 16)
def _in_name(word: str) -> bool:
    """Whether a word of a speaker's words belongs to the name: no honorific, determiner or description ('Oscar-nominated')."""
    low = word.lower()
    return low.rstrip(".") not in HONORIFICS and low not in _NOT_NAME and not ("-" in low and _DESCRIBING.fullmatch(low))


def _name(words: list[str]) -> str | None:
    """The name among `words`, without honorifics, determiners, descriptions ('Oscar-nominated') or a trailing connector."""
    kept = [w for w in words if _in_name(w)]
    while kept and kept[-1].lower() in CONNECTORS:
        kept.pop()
    return " ".join(kept) or None


_OBJECT = regex.compile(r"(?:[ \t]+(?:the|a|an|his|her|their|reporters|journalists|MPs|us|me|[A-Z][\w’'.-]*)){0,4}")


def is_split_attribution(gap: str) -> bool:
    """Whether the words between two quotes are only an attribution: ', she said, ' or ' said Mr Smith. '."""
    body = gap.strip().strip(",.;:—– ").strip()
    if not body or len(body.split()) > 8:
        return False
    m = next(iter_verbs(body, 0, len(body)), None)
    if m is None:
        return False
    before, after = body[: m.start()].strip(), body[m.end() :]
    if before:
        return noun_phrase(body, 0, m.start()) is not None and _OBJECT.fullmatch(after) is not None
    return noun_phrase(body, m.end(), len(body)) is not None



_RELATION_OF = regex.compile(r"(\p{Ll}+)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})")


def relation_of(low: str) -> str:
    """The relation a parent's compound names ('mother-of-three' -> 'mother'), else the word itself."""
    m = _RELATION_OF.fullmatch(low) if "-of-" in low else None
    return m[1] if m is not None and m[1] in RELATIONS else low


@lru_cache(maxsize=1 << 16)  # a speaker's words recur through an article
def gender_of(stated: str) -> str | None:
    """'f' or 'm' when a speaker's words show it ('Mrs Smith', 'the spokesman', 'Emily's mother'), else None."""
    found = None
    for word in _WORD.findall(stated):
        low = relation_of(word.lower().rstrip("."))
        if low in FEMALE or low in MALE:
            found = "f" if low in FEMALE else "m"  # the last one: "the girl's father" is a man
    return found


@lru_cache(maxsize=1 << 16)  # a speaker's words recur through an article
def organisation_like(name: str) -> bool:
    """An acronym or a name with an organisation's word in it: 'NCA', 'Home Office'."""
    words = name.split()
    return (len(words) == 1 and words[0].isupper() and len(words[0]) >= 2) or any(w.lower() in ORG_WORDS for w in words)
