"""What two articles share, and whether that makes them one story: the bar for an input's size and
the test of a pair (`linking` finds the pairs and merges the groups).

Two articles are one story when their wording is alike enough, or a short text's wording is held by
the other, or they share strong features weighing enough and their wording backs it. When all they
share of who acts in them is one actor (`actors`), what else they share must clear the looser bar
by itself.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import NamedTuple

from checker.model import Source
from checker.stories.actors import Cast
from checker.stories.features import Features, Wording

STRONG = 1.5  # a feature at least this heavy finds partners and counts as strong
SAMPLE = 6  # members of each group compared before two groups are joined
SHORT = 40  # an article of at most this many distinct words is short: a summary, a standfirst, a brief
CONTAINED = 0.35  # the share of a short text's wording another article must hold (among 10 articles; more among more)
ALSO = 0.8  # the share of the wording bar that articles joined by their features must also reach

Together = Callable[[int, int], bool]  # whether two articles may be one story at all (dates, occasions)


class Bar(NamedTuple):
    """What two articles of an input of `n` articles must share to be one story."""

    weight: float  # shared feature weight ...
    strong: int  # ... among at least this many strong features
    wording: float  # cosine of their wording that joins them by itself (ALSO of it must back a feature join)
    chance: float = 1.0  # ... and at least chance / sqrt(the fewer words of the two): short texts share words by chance
    contained: float = 0.0  # the share of a short text's wording the other must hold to join them by itself (0: never)

    @classmethod
    def for_size(cls, n: int) -> Bar:
        """4 + 2.7 log10(N): 5.3 among 3 articles, 12 among 1,000; wording from 0.08 (10 or fewer) to 0.5 (1,000)."""
        decades = math.log10(max(n, 1))
        beyond_ten = min(2.0, max(0.0, decades - 1))  # decades of articles beyond ten, at most two
        return cls(4.0 + 2.7 * decades, 2 if n < 100 else 3, 0.08 + 0.21 * beyond_ten, contained=CONTAINED + 0.1 * beyond_ten)

    def loose(self) -> Bar:
        """The bar for the other pairs of two groups being merged: two thirds of the weight, half the wording and chance."""
        return Bar(self.weight * 2 / 3, 0, self.wording / 2, self.chance / 2, self.contained * 2 / 3)


class Pairs:
    """What two articles share, and whether that makes them one story."""

    def __init__(self, sources: Sequence[Source], found: Sequence[Features], worded: Sequence[Wording],
                 weights: Mapping[str, float], bar: Bar, casts: Sequence[Cast]) -> None:
        self.sources, self.found, self.worded, self.weights, self.bar = sources, found, worded, weights, bar
        self.casts = casts
        self.words = [frozenset(w) for w in worded]

        self._alike: dict[tuple[int, int], float] = {}  # wording cosines worked out (merges ask again)
        self._loose: dict[Bar, Bar] = {}

    def strength(self, i: int, j: int) -> float:
        """The weight of the features two articles share."""
        return math.fsum(map(self.weights.__getitem__, _common(self.found[i], self.found[j])))

    def joined(self, i: int, j: int, bar: Bar) -> bool:
        """Enough shared features and wording, or wording alone (the caller has seen that they were
        published close enough); when all they share of who acts is one actor (`_actor`), what else
        they share (their subject) must clear the loose bar by itself."""
        a, b = self.worded[i], self.worded[j]
        key = (i, j) if i < j else (j, i)
        alike = self._alike.get(key)
        if alike is None:
            shared = self.words[i] & self.words[j]  # `features.similarity`, the shared words found in C
            alike = self._alike[key] = math.fsum(map(operator.mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))
        if not self._clears(i, j, alike, bar):
            return False
        actor = self._actor(i, j)
        return not actor or self._clears(i, j, alike - math.fsum(a[w] * b[w] for w in actor if w in a and w in b), self._looser(bar), actor)

    def _clears(self, i: int, j: int, alike: float, bar: Bar, left_out: frozenset[str] = frozenset()) -> bool:
        """Whether two articles of wording cosine `alike` clear the bar, the words `left_out` (names) set aside."""
        a, b = self.worded[i], self.worded[j]
        if alike >= max(bar.wording, bar.chance / math.sqrt(min(len(a), len(b)) or 1)):
            return True
        if min(len(a), len(b)) <= SHORT and bar.contained and contained(a, b, left_out) >= bar.contained:
            return True  # a summary, a standfirst or a brief whose words the other article holds
        if alike < ALSO * bar.wording:
            return False
        common = [self.weights[k] for k in _common(self.found[i], self.found[j]) if k[5:] not in left_out or k[:5] != "name:"]
        return sum(weight >= STRONG for weight in common) >= bar.strong and math.fsum(common) >= bar.weight

    def _actor(self, i: int, j: int) -> frozenset[str]:
        """The one actor two articles share: the words of a person and of the body either article ties
        them to by a role (a firm and its chief executive, a party and its leader: `actors`), both in
        each article's wording and the person named only in passing, when all such ties the two
        share are of one person; none otherwise."""
        cast_i, cast_j = self.casts[i], self.casts[j]
        if not cast_i.ties and not cast_j.ties:
            return frozenset()
        worded_i, worded_j = self.worded[i], self.worded[j]
        actor: set[str] = set()
        person: set[str] = set()
        for body, who in (*cast_i.ties, *cast_j.ties):
            shared_who = {w for w in who if w in worded_i and w in worded_j}
            if not shared_who or not any(w in worded_i and w in worded_j for w in body):
                continue
            if not cast_i.prominent.isdisjoint(who) or not cast_j.prominent.isdisjoint(who):
                continue  # what the articles are about, not who speaks in them
            if person and person.isdisjoint(shared_who):
                return frozenset()  # two people of the story meet
            person |= shared_who
            actor |= body | who
        return frozenset(actor)

    def _looser(self, bar: Bar) -> Bar:
        """`bar.loose()`, made once for each bar."""
        loose = self._loose.get(bar)
        if loose is None:
            loose = self._loose[bar] = bar.loose()
        return loose

    def cohesive(self, a: list[int], b: list[int], together: Together) -> bool:
        """Whether two groups are one story as wholes: every pair of their first SAMPLE members
        may be one story and clears the loose bar."""
        loose = self._looser(self.bar)
        return all(together(i, j) and self.joined(i, j, loose) for i in a[:SAMPLE] for j in b[:SAMPLE])

def contained(a: Wording, b: Wording, left_out: frozenset[str] = frozenset()) -> float:
    """How much of the shorter of two wordings the other holds: the squared weight of its words
    that the other has too (1 when it has them all). A one-sentence summary of an article holds
    0.4 to 0.9 of its wording in the article, a summary of another article 0.15 at most (140
    human-written news summaries), where their cosine is 0.14 against 0.03."""
    short, other = (a, b) if len(a) <= len(b) else (b, a)
    return math.fsum(x * x for w, x in short.items() if w in other and w not in left_out)


def _common(a: Features, b: Features) -> Iterator[str]:
    """The features two articles share, in the order of the one with fewer."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return filter(large.__contains__, small)
