"""What marks an article as one story: its proper names, its rare words and its distinctive figures.

Each feature carries a weight from how rare it is in English at large (wordfreq's Zipf scale), so
"Kerch" or "Khashoggi" weigh much, "London", "Police" or "Thursday" little or nothing, whatever
the size of the input. A figure weighs by its significant digits: "5,137" much, "24" a little,
"2,000" or "10" nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from fractions import Fraction
from functools import lru_cache
import math

import regex
from wordfreq import zipf_frequency

from checker.model import Claim, Source

COMMON = 6.0  # Zipf frequency (log10 per billion words) at which a word weighs nothing
RARE = 4.0  # the most a single word or figure weighs
WORD_RARE = 3.2  # a lower-case word rarer than this in English is distinctive
WORD_SHARE = 0.5  # a distinctive lower-case word weighs this share of the same word as a name
FIGURE_KINDS = frozenset({"count", "percent", "money", "measure", "range"})
# always capitalised, never a story's own: days, months, titles
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                      "july august september october november december mr mrs ms dr sir".split())
_WORD = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}&]|['’.-](?=[\p{L}\p{N}]))*")
_OPENS = frozenset(".!?:;\"“”‘'([{—–-•|")  # after these a capital may be the sentence's, not a name's
_POSSESSIVE = regex.compile(r"['’]s?$")

Features = dict[str, float]  # feature key -> weight


@lru_cache(maxsize=1 << 16)
def rarity(phrase: str) -> float:
    """How much a name or word tells, from its frequency in English: 0 for common words, at most RARE."""
    return min(RARE, max(0.0, COMMON - zipf_frequency(phrase, "en")))


def weighted(source: Source, claims: Iterable[Claim], shown: dict[str, str]) -> Features:
    """The weighted features of one article (names, rare words, distinctive figures);
    `shown` learns how each is written, for people."""
    found: Features = {}
    for key, weight, words in (*names(source.body), *rare_words(source.body), *figures(claims)):
        if weight > found.get(key, 0.0):
            found[key] = weight
            shown.setdefault(key, words)
    return found


def _tokens(text: str) -> Iterator[tuple[str, str, bool, bool]]:
    """Each word, normalised and as written, whether it is capitalised, and whether it opens a sentence or line."""
    last = -1
    for m in _WORD.finditer(text):
        gap = text[last + 1 : m.start()] if last >= 0 else "\n"
        opens = "\n" in gap or any(ch in _OPENS for ch in gap)
        if last >= 0 and not opens and not gap.strip() and text[last] == ".":
            opens = True  # "... it said. The" (the full stop ends the previous word's match)
        last = m.end() - 1
        word = _POSSESSIVE.sub("", m.group().replace("’", "'")).rstrip(".")
        if word:
            yield word.casefold(), word, word[0].isupper(), opens


Feature = tuple[str, float, str]  # key, weight, as written


def names(text: str) -> Iterator[Feature]:
    """Proper names: words capitalised inside sentences more often than written in lower case in the article."""
    tokens = list(_tokens(text))
    lower = Counter(w for w, _, capital, _ in tokens if not capital)
    inside = Counter(w for w, _, capital, opens in tokens if capital and not opens)
    for word, written, capital, _ in tokens:
        if capital and inside[word] > lower[word] and word not in _CALENDAR and not word.isdigit():
            yield f"name:{word}", rarity(word), written


def wording(text: str) -> dict[str, float]:
    """The article's words as a unit vector: each word's count (dampened) times its rarity in English."""
    counts = Counter(word for word, _, _, _ in _tokens(text) if len(word) > 2 and not word.isdigit())
    vector = {w: (1 + math.log(n)) * rarity(w) for w, n in counts.items()}
    norm = math.sqrt(sum(x * x for x in vector.values())) or 1.0
    return {w: x / norm for w, x in vector.items() if x > 0}


def similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """The cosine of two wording vectors."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(x * large.get(w, 0.0) for w, x in small.items())


def rare_words(text: str) -> Iterator[Feature]:
    """Lower-case words rare in English ("teargas", "caravan"): half the weight of a name."""
    for word, written, capital, _ in _tokens(text):
        if not capital and len(word) > 4 and word.isalpha() and zipf_frequency(word, "en") < WORD_RARE:
            yield f"word:{word}", WORD_SHARE * rarity(word), written


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
