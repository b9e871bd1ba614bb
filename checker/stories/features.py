"""What marks an article as one story: its proper names, its rare words, its figures and its wording.

Each feature carries a weight from how rare it is in English at large (wordfreq's Zipf scale), so
"Kerch" or "Khashoggi" weigh much, "London", "Police" or "Thursday" little or nothing, whatever
the size of the input. A figure weighs by its significant digits: "5,137" much, "24" a little,
"2,000" or "10" nothing. The words and capitals of each article are counted by `lexicon`, which
reads each distinct token of the input once.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Iterable, Iterator, Mapping
from fractions import Fraction
from typing import NamedTuple

from checker.model import Claim
from checker.stories import actors, occasions
from checker.stories.english import RARE, rarity
from checker.stories.lexicon import CALENDAR, LOOK_BACK, Lexicon, Scan, openings  # noqa: F401 (LOOK_BACK, openings: as before)

FIGURE_KINDS = frozenset({"count", "percent", "money", "measure", "range"})

Features = dict[str, float]  # feature key -> weight
Wording = dict[str, float]  # word -> weight
Feature = tuple[str, float, str, int]  # key, weight, as written, times written


class Article(NamedTuple):
    """One article's features, its wording, how often it names each name, the occasion it reports, and its actors."""

    features: Features
    wording: Wording
    mentions: dict[str, int]
    occasion: occasions.Markers
    cast: actors.Cast


def describe(text: str, claims: Iterable[Claim], shown: dict[str, str], lexicon: Lexicon | None = None) -> Article:
    """The weighted features (names, rare words, distinctive figures) and wording of one article;
    `shown` learns how each feature is written, for people; `lexicon` remembers words across articles."""
    lexicon = lexicon or Lexicon()
    scan = lexicon.scan(text)
    found: Features = {}
    mentions: dict[str, int] = {}
    for key, weight, shown_as, n in names(scan):
        mentions[key] = mentions.get(key, 0) + n
        if weight > found.get(key, 0.0):
            found[key] = weight
            shown.setdefault(key, shown_as)
    for key, weight, shown_as, _ in (*rare_words(scan.rare, lexicon), *figures(claims)):
        if weight > found.get(key, 0.0):
            found[key] = weight
            shown.setdefault(key, shown_as)
    return Article(found, wording(scan.words, lexicon), mentions, occasions.markers(text, scan.words),
                   actors.cast(text, scan.words, mentions))


def names(scan: Scan) -> Iterator[Feature]:
    """Proper names: words capitalised inside sentences more often than written in lower case in the
    article, each with how often it is written capitalised."""
    inside: dict[str, int] = {}
    opening = scan.opening
    for word, n in scan.capitals.items():
        key = word.casefold()
        inside[key] = inside.get(key, 0) + n - opening.get(word, 0)
    for word, n in scan.capitals.items():
        key = word.casefold()
        if inside[key] > scan.lower(key) and key not in CALENDAR:
            yield f"name:{key}", rarity(key), word, n


def rare_words(lower: Iterable[str], lexicon: Lexicon | None = None) -> Iterator[Feature]:
    """Lower-case words rare in English ("teargas", "caravan"): half the weight of a name."""
    rare = (lexicon or Lexicon()).rare
    for word in filter(rare.__getitem__, lower):  # `Scan.rare` holds only these; any other word is passed over
        yield f"word:{word}", rare[word], word, 1


def wording(counts: Mapping[str, int], lexicon: Lexicon | None = None) -> Wording:
    """The article's words (counted, case-folded): each word's count (dampened) times its rarity in
    English. Days, months and titles say nothing of the story, and figures are weighed apart
    (`figures`). Not made unit: `linking` weighs each word by the input first."""
    lexicon = lexicon or Lexicon()
    weights = lexicon.weights
    kept = list(filter(weights.__getitem__, counts))
    return dict(zip(kept, map(operator.mul, map(lexicon.damped.__getitem__, map(counts.__getitem__, kept)), map(weights.__getitem__, kept))))


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
