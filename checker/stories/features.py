"""What marks an article as one story: its proper names, its rare words, its figures and its wording.

Each feature carries a weight from how rare it is in English at large (wordfreq's Zipf scale), so
"Kerch" or "Khashoggi" weigh much, "London", "Police" or "Thursday" little or nothing, whatever
the size of the input. A figure weighs by its significant digits: "5,137" much, "24" a little,
"2,000" or "10" nothing. Every pattern is a plain scan of the text: one for the words of each
distinct token of the input, one for capitalised words, one for the places where a sentence opens.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from fractions import Fraction
from typing import NamedTuple

import regex

from checker.model import Claim
from checker.stories import actors, occasions
from checker.stories.english import COMMON, RARE, rarity

WORD_RARE = 3.2  # a lower-case word rarer than this in English is distinctive
WORD_SHARE = 0.5  # a distinctive lower-case word weighs this share of the same word as a name
FIGURE_KINDS = frozenset({"count", "percent", "money", "measure", "range"})
LOOK_BACK = 12  # characters looked at before a capitalised word to see whether it opens a sentence
# always capitalised, never a story's own: days, months, titles
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                      "july august september october november december mr mrs ms dr sir".split())
# a word: letters and digits, joined by apostrophes, dots, hyphens and '&' (a possessive 's is cut afterwards)
_REST = r"[\p{L}\p{M}\p{N}]*(?:['’.&-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*"
_WORD = regex.compile(rf"[\p{{L}}\p{{N}}]{_REST}")
_CAPITAL = regex.compile(rf"\b\p{{Lu}}{_REST}")
_DIGIT = regex.compile(r"\d")
# a mark after which a word opens a sentence, and the blanks of one line up to the word (a letter)
_OPENS = re.compile(r"[\n.!?:;\"“”‘'(\[{—–•|-][^\S\n]{0,%d}(?=[^\W\d_])" % (LOOK_BACK - 1))

Features = dict[str, float]  # feature key -> weight
Wording = dict[str, float]  # word -> weight
Feature = tuple[str, float, str, int]  # key, weight, as written, times written


class Article(NamedTuple):
    """One article's features, its wording, how often it names each name, the occasion it reports, and its actors."""

    features: Features
    wording: Wording
    mentions: Counter[str]
    occasion: occasions.Markers
    cast: actors.Cast


class Lexicon:
    """What is known of each word of an input, worked out once however many articles carry it: the
    words of each blank-separated token, and each word's rarity and weight in the wording."""

    def __init__(self) -> None:
        self._tokens: dict[str, tuple[tuple[str, bool], ...]] = {}
        self._worded: dict[str, float] = {}

    def words(self, text: str) -> tuple[dict[str, int], dict[str, int]]:
        """Each word's count (case-folded, a possessive cut) and the count of its lower-case spellings.

        A word never spans blanks, so the text is split at blanks and counted (no Python step per
        word), and each distinct token is read by `_WORD` once in the whole input."""
        words: dict[str, int] = {}  # plain dicts while counting: a Counter's missing key costs a call
        lower: dict[str, int] = {}
        tokens = self._tokens
        for token, n in Counter(text.split()).items():
            parts = tokens.get(token)
            if parts is None:
                parts = tokens[token] = tuple((w.casefold(), w[0].islower()) for w in map(_unpossessed, _WORD.findall(token)))
            for key, lowered in parts:
                words[key] = words.get(key, 0) + n
                if lowered:
                    lower[key] = lower.get(key, 0) + n
        return words, lower

    def worded(self, word: str) -> float:
        """A word's weight in the wording before its count: its rarity, 0 for days, months, titles,
        words of two letters and figures."""
        weight = self._worded.get(word)
        if weight is None:
            eligible = len(word) > 2 and word not in _CALENDAR and (word.isalpha() or not _DIGIT.search(word))
            weight = self._worded[word] = rarity(word) if eligible else 0.0
        return weight


def describe(text: str, claims: Iterable[Claim], shown: dict[str, str], lexicon: Lexicon | None = None) -> Article:
    """The weighted features (names, rare words, distinctive figures) and wording of one article;
    `shown` learns how each feature is written, for people; `lexicon` remembers words across articles."""
    lexicon = lexicon or Lexicon()
    words, lower = lexicon.words(text)
    found: Features = {}
    mentions: Counter[str] = Counter()
    for key, weight, shown_as, n in (*names(text, lower), *rare_words(lower), *figures(claims)):
        if key.startswith("name:"):
            mentions[key] += n
        if weight > found.get(key, 0.0):
            found[key] = weight
            shown.setdefault(key, shown_as)
    return Article(found, wording(words, lexicon), mentions, occasions.markers(text, words),
                   actors.cast(text, words, mentions))


def names(text: str, lower: Mapping[str, int]) -> Iterator[Feature]:
    """Proper names: words capitalised inside sentences more often than written in lower case in the
    article, each with how often it is written capitalised."""
    opening = openings(text)
    capitals = Counter((_unpossessed(m.group()), m.start() in opening) for m in _CAPITAL.finditer(text))
    inside: dict[str, int] = {}
    written: dict[str, int] = {}
    for (word, opens), n in capitals.items():
        written[word] = written.get(word, 0) + n
        if not opens:
            key = word.casefold()
            inside[key] = inside.get(key, 0) + n
    for word, n in written.items():
        key = word.casefold()
        if inside.get(key, 0) > lower.get(key, 0) and key not in _CALENDAR:
            yield f"name:{key}", rarity(key), word, n


def openings(text: str) -> set[int]:
    """Where a word may open a sentence: after the text's first blanks, or after one of `_OPENER`'s
    marks and at most LOOK_BACK - 1 blanks of the same line (one scan for the whole text)."""
    found = {m.end() for m in _OPENS.finditer(text)}
    lead = len(text) - len(text.lstrip())
    if lead <= LOOK_BACK and "\n" not in text[:lead]:
        found.add(lead)
    return found


def rare_words(lower: Mapping[str, int]) -> Iterator[Feature]:
    """Lower-case words rare in English ("teargas", "caravan"): half the weight of a name."""
    for word in lower:
        if len(word) > 4 and word.isalpha() and rarity(word) > COMMON - WORD_RARE:
            yield f"word:{word}", WORD_SHARE * rarity(word), word, 1


def wording(counts: Mapping[str, int], lexicon: Lexicon | None = None) -> Wording:
    """The article's words (counted, case-folded): each word's count (dampened) times its rarity in
    English. Days, months and titles say nothing of the story, and figures are weighed apart
    (`figures`). Not made unit: `linking` weighs each word by the input first."""
    weigh = (lexicon or Lexicon()).worded
    vector = {w: (_DAMPED[n] if n < len(_DAMPED) else 1 + math.log(n)) * x for w, n in counts.items() if (x := weigh(w)) > 0}
    return vector


_DAMPED = [0.0, *(1 + math.log(n) for n in range(1, 64))]  # a word's count n weighs 1 + log(n)


_POSSESSIVES = ("'s", "’s", "'S", "’S")


def _unpossessed(word: str) -> str:
    """The word without a possessive "'s" at its end ("Russia's" is "Russia")."""
    return word[:-2] if word[-2:] in _POSSESSIVES else word


def similarity(a: Wording, b: Wording) -> float:
    """The cosine of two wording vectors (unit vectors): the words of the shorter that the other holds
    (filter, map: no Python step per word), summed with fsum (exact, so the same whichever comes first)."""
    short, other = (a, b) if len(a) <= len(b) else (b, a)
    shared = list(filter(other.__contains__, short))
    return math.fsum(map(operator.mul, map(short.__getitem__, shared), map(other.__getitem__, shared)))


def figures(claims: Iterable[Claim]) -> Iterator[Feature]:
    """Stated figures of the kinds a story repeats, weighted by their significant digits."""
    for c in claims:
        if c.kind in FIGURE_KINDS and c.value is not None and c.qualifier == "exact":
            weight = min(RARE, float(significant(c.value) - 1))
            if weight > 0:
                yield f"figure:{c.kind}:{c.unit or ''}:{c.value}", weight, " ".join(c.text.split()), 1


def significant(x: Fraction) -> int:
    """Significant digits of a stated figure: 5137 has 4, 2000 has 1, 33.2 has 3, 0.25 has 2."""
    for _ in range(7):
        if x.denominator == 1:
            break
        x *= 10
    return len(str(abs(x.numerator) // x.denominator).rstrip("0")) or 1
