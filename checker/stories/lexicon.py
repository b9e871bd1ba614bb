"""The words of an input, read once per distinct token: what `features` counts in each article.

A word never spans blanks, so each article is split at blanks and counted, and every distinct
token of the whole input is read once (`_read`); an article's counts are sums over its distinct
tokens' readings. A token gives its words (case-folded, a possessive cut), those not written in
lower case, its capitalised words as written, which of those open a sentence inside the token
('"Kerch', '(Kerch'), and its distinctive lower-case words. A capitalised word that
opens a token opens a sentence when one of `_OPENS`'s marks and at most LOOK_BACK - 1 blanks of the
same line stand before it: the places where a sentence opens are found by one scan of the text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from typing import NamedTuple

import regex

from checker.stories.english import COMMON, rarity

WORD_RARE = 3.2  # a lower-case word rarer than this in English is distinctive
WORD_SHARE = 0.5  # a distinctive lower-case word weighs this share of the same word as a name
LOOK_BACK = 12  # characters looked at before a capitalised word to see whether it opens a sentence
# always capitalised, never a story's own: days, months, titles
CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                     "july august september october november december mr mrs ms dr sir".split())
# a word: letters and digits, joined by apostrophes, dots, hyphens and '&' (a possessive 's is cut afterwards)
_REST = r"[\p{L}\p{M}\p{N}]*(?:['’.&-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*"
_WORD = regex.compile(rf"[\p{{L}}\p{{N}}]{_REST}")
_CAPITAL = regex.compile(rf"\b\p{{Lu}}{_REST}")
_DIGIT = regex.compile(r"\d")
_MARKS = frozenset("\n.!?:;\"“”‘'([{—–•|-")  # the marks of _OPENS
# a mark after which a word opens a sentence, and the blanks of one line up to the word (a letter)
_OPENS = re.compile(r"[\n.!?:;\"“”‘'(\[{—–•|-][^\S\n]{0,%d}(?=[^\W\d_])" % (LOOK_BACK - 1))
_TOKEN = re.compile(r"\S+")
_LEAD = re.compile(r"\s*")
_POSSESSIVES = ("'s", "’s", "'S", "’S")


class Reading(NamedTuple):
    """What one token holds: its words (case-folded), those not written in lower case, its capitalised
    words as written, those of them that open a sentence inside the token, the capitalised word it
    opens with ('' if none), and its distinctive lower-case words (`Lexicon.rare`); `special` when
    it holds more than lower-case words that are not distinctive, as most tokens hold nothing more."""

    words: tuple[str, ...]
    upper: tuple[str, ...]
    capitals: tuple[str, ...]
    opening: tuple[str, ...]
    first: str
    rare: tuple[str, ...]
    special: bool


class Scan(NamedTuple):
    """One article's words and capitals: each word's count (case-folded), the count of its spellings
    not in lower case, each capitalised word's count as written, how often it opens a sentence, and
    its distinctive lower-case words in the order they come."""

    words: dict[str, int]
    upper: dict[str, int]
    capitals: dict[str, int]
    opening: dict[str, int]
    rare: dict[str, None]

    def lower(self, word: str) -> int:
        """How often the (case-folded) word is written in lower case."""
        return self.words.get(word, 0) - self.upper.get(word, 0)


class _Readings(dict[str, Reading]):
    def __init__(self, rare: _Rare) -> None:
        super().__init__()
        self.rare = rare

    def __missing__(self, token: str) -> Reading:
        reading = self[token] = _read(token, self.rare)
        return reading


class _Weights(dict[str, float]):
    """Each word's weight in the wording before its count: its rarity, 0 for days, months, titles,
    words of two letters and figures; worked out once."""

    def __missing__(self, word: str) -> float:
        eligible = len(word) > 2 and word not in CALENDAR and (word.isalpha() or not _DIGIT.search(word))
        weight = self[word] = rarity(word) if eligible else 0.0
        return weight


class _Rare(dict[str, float]):
    """Each lower-case word's weight as a distinctive word (half a name's; 0 for a common one), worked out once."""

    def __missing__(self, word: str) -> float:
        weight = self[word] = WORD_SHARE * rarity(word) if len(word) > 4 and word.isalpha() and rarity(word) > COMMON - WORD_RARE else 0.0
        return weight


class _Damped(dict[int, float]):
    """A word's count n weighs 1 + log(n)."""

    def __missing__(self, n: int) -> float:
        weight = self[n] = 1 + math.log(n)
        return weight


class Lexicon:
    """What is known of each token and word of an input, worked out once however many articles carry it."""

    def __init__(self) -> None:
        self.rare = _Rare()  # lower-case word -> its weight as a distinctive word (0: none)
        self.readings = _Readings(self.rare)
        self.weights = _Weights()  # word -> its weight in the wording before its count
        self.damped = _Damped()

    def scan(self, text: str) -> Scan:
        """The counts of the article's words and capitals (see `Scan`): one step per distinct token of the article."""
        readings = self.readings
        words: dict[str, int] = {}  # plain dicts while counting: a Counter's missing key costs a call
        upper: dict[str, int] = {}
        capitals: dict[str, int] = {}
        opening: dict[str, int] = {}
        rare: dict[str, None] = {}
        for token, n in Counter(text.split()).items():
            reading = readings[token]
            for word in reading.words:
                words[word] = words.get(word, 0) + n
            if reading.special:
                for word in reading.upper:
                    upper[word] = upper.get(word, 0) + n
                for word in reading.capitals:
                    capitals[word] = capitals.get(word, 0) + n
                for word in reading.opening:
                    opening[word] = opening.get(word, 0) + n
                for word in reading.rare:
                    rare[word] = None
        if capitals:
            for at in openings(text):
                if at == 0 or text[at - 1].isspace():  # a token's first word; the others are read with the token
                    first = readings[_TOKEN.match(text, at).group()].first  # type: ignore[union-attr]
                    if first:
                        opening[first] = opening.get(first, 0) + 1
        return Scan(words, upper, capitals, opening, rare)

    def words(self, text: str) -> dict[str, int]:
        """Each word's count (case-folded, a possessive cut)."""
        return self.scan(text).words


def _read(token: str, rare: Mapping[str, float]) -> Reading:
    if token.isascii() and token.isalpha() and token.islower():  # "said": one word, no capital (most tokens)
        return Reading((token,), (), (), (), "", (token,) if rare[token] else (), bool(rare[token]))
    written = [_unpossessed(w) for w in _WORD.findall(token)]
    capitals = [(m.start(), _unpossessed(m.group())) for m in _CAPITAL.finditer(token)] if not token.islower() else []
    words = tuple(w.casefold() for w in written)
    upper = tuple(w for w, as_written in zip(words, written) if not as_written[0].islower())
    distinctive = tuple(w for w, as_written in zip(words, written) if as_written[0].islower() and rare[w])
    return Reading(words, upper, tuple(w for _, w in capitals), tuple(w for at, w in capitals if at and token[at - 1] in _MARKS),
                   next((w for at, w in capitals if at == 0), ""), distinctive, bool(upper or capitals or distinctive))


def openings(text: str) -> set[int]:
    """Where a word may open a sentence: after the text's first blanks, or after one of `_OPENS`'s
    marks and at most LOOK_BACK - 1 blanks of the same line (one scan for the whole text)."""
    found = {m.end() for m in _OPENS.finditer(text)}
    lead = _LEAD.match(text).end()  # type: ignore[union-attr]
    if lead <= LOOK_BACK and "\n" not in text[:lead]:
        found.add(lead)
    return found


def _unpossessed(word: str) -> str:
    """The word without a possessive "'s" at its end ("Russia's" is "Russia")."""
    return word[:-2] if word[-2:] in _POSSESSIVES else word
