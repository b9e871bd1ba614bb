"""What marks an article as one story: its proper names, its rare words, its figures and its wording.

Each feature carries a weight from how rare it is in English at large (wordfreq's Zipf scale), so
"Kerch" or "Khashoggi" weigh much, "London", "Police" or "Thursday" little or nothing, whatever
the size of the input. A figure weighs by its significant digits: "5,137" much, "24" a little,
"2,000" or "10" nothing. Every pattern is a plain scan of the text; each capitalised word looks
back a bounded few characters to see whether it opens a sentence.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

import regex
from wordfreq import zipf_frequency

from checker.model import Claim

COMMON = 6.0  # Zipf frequency (log10 per billion words) at which a word weighs nothing
RARE = 4.0  # the most a single word or figure weighs
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
_OPENER = regex.compile(r"(?:^|[\n.!?:;\"“”‘'(\[{—–•|-])[^\S\n]*\Z")  # what may stand before a sentence's first word

Features = dict[str, float]  # feature key -> weight
Wording = dict[str, float]  # word -> weight, a unit vector
Feature = tuple[str, float, str]  # key, weight, as written


class Article(NamedTuple):
    """One article's features, its wording, and how often it names each name."""

    features: Features
    wording: Wording
    mentions: Counter[str]


@lru_cache(maxsize=1 << 16)
def rarity(phrase: str) -> float:
    """How much a name or word tells, from its frequency in English: 0 for common words, at most RARE."""
    return min(RARE, max(0.0, COMMON - zipf_frequency(phrase, "en")))


def describe(text: str, claims: Iterable[Claim], shown: dict[str, str]) -> Article:
    """The weighted features (names, rare words, distinctive figures) and wording of one article;
    `shown` learns how each feature is written, for people."""
    written = _counted(_WORD.findall(text))  # each word as written, once per spelling
    lowered: dict[str, int] = {}  # plain dicts while counting: a Counter's missing key costs a call
    words: dict[str, int] = {}
    for word, n in written.items():
        key = word.casefold()
        words[key] = words.get(key, 0) + n
        if word[0].islower():
            lowered[key] = lowered.get(key, 0) + n
    lower = Counter(lowered)
    found: Features = {}
    mentions: Counter[str] = Counter()
    for key, weight, shown_as in (*names(text, lower), *rare_words(lower), *figures(claims)):
        if key.startswith("name:"):
            mentions[key] += 1
        if weight > found.get(key, 0.0):
            found[key] = weight
            shown.setdefault(key, shown_as)
    return Article(found, wording(words), mentions)


def names(text: str, lower: Counter[str]) -> Iterator[Feature]:
    """Proper names: words capitalised inside sentences more often than written in lower case in the article."""
    capitals = [(_unpossessed(m.group()), _opens(text, m.start())) for m in _CAPITAL.finditer(text)]
    inside = Counter(word.casefold() for word, opens in capitals if not opens)
    for written, _ in capitals:
        word = written.casefold()
        if inside.get(word, 0) > lower.get(word, 0) and word not in _CALENDAR:
            yield f"name:{word}", rarity(word), written


def _opens(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence: `_OPENER` just before it (within LOOK_BACK)."""
    low = max(0, start - LOOK_BACK)
    k = start - 1
    while k >= low and text[k] == " ":
        k -= 1
    if k >= low and (text[k].isalnum() or text[k] == ","):
        return False  # a word or a comma, then blanks: what the pattern says too, without running it
    return _OPENER.search(text, low, start) is not None


def rare_words(lower: Counter[str]) -> Iterator[Feature]:
    """Lower-case words rare in English ("teargas", "caravan"): half the weight of a name."""
    for word in lower:
        if len(word) > 4 and word.isalpha() and rarity(word) > COMMON - WORD_RARE:
            yield f"word:{word}", WORD_SHARE * rarity(word), word


def wording(counts: Mapping[str, int]) -> Wording:
    """The article's words (counted, case-folded) as a unit vector: each word's count (dampened) times
    its rarity in English. Days, months and titles say nothing of the story, and figures are weighed
    apart (`figures`)."""
    vector = {w: (1 + math.log(n)) * rarity(w) for w, n in counts.items()
              if len(w) > 2 and w not in _CALENDAR and (w.isalpha() or not _DIGIT.search(w))}
    norm = math.sqrt(math.fsum(x * x for x in vector.values())) or 1.0
    return {w: x / norm for w, x in vector.items() if x > 0}


def _counted(words: list[str]) -> Counter[str]:
    """Each word's count, a possessive "'s" cut ("Russia's" is "Russia")."""
    counts = Counter(words)
    for word in [w for w in counts if w[-2:] in _POSSESSIVES]:
        counts[_unpossessed(word)] += counts.pop(word)
    return counts


_POSSESSIVES = ("'s", "’s", "'S", "’S")


def _unpossessed(word: str) -> str:
    """The word without a possessive "'s" at its end ("Russia's" is "Russia")."""
    return word[:-2] if word[-2:] in _POSSESSIVES else word


def similarity(a: Wording, b: Wording) -> float:
    """The cosine of two wording vectors."""
    shared = a.keys() & b.keys()  # fsum: the same whatever the order; map: no Python step per word
    return math.fsum(map(operator.mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))


def figures(claims: Iterable[Claim]) -> Iterator[Feature]:
    """Stated figures of the kinds a story repeats, weighted by their significant digits."""
    for c in claims:
        if c.kind in FIGURE_KINDS and c.value is not None and c.qualifier == "exact":
            weight = min(RARE, float(significant(c.value) - 1))
            if weight > 0:
                yield f"figure:{c.kind}:{c.unit or ''}:{c.value}", weight, " ".join(c.text.split())


def significant(x: Fraction) -> int:
    """Significant digits of a stated figure: 5137 has 4, 2000 has 1, 33.2 has 3, 0.25 has 2."""
    for _ in range(7):
        if x.denominator == 1:
            break
        x *= 10
    return len(str(abs(x.numerator) // x.denominator).rstrip("0")) or 1
