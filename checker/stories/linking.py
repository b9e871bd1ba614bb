"""Linking articles of one folder into stories: an inverted index, a test per pair, and a careful merge.

Two articles are one story when they share enough rare features (names, rare words, distinctive
figures: `features`), or are worded alike. How much is enough grows with the size of the input:
among three articles a chance coincidence of names is rare, among a thousand it is common (the
prior odds that two articles are one story fall with the number of articles), so the weight two
articles must share grows with log10(N), as does the wording (cosine) that joins them by itself;
and two short texts share words by chance, so wording never joins below 1/sqrt(the shorter one's
distinct words); a short text (a summary, a standfirst) joins an article that holds most of its
wording (`contained`). Both features and words weigh less the more of the input carries them.

Pairs are found through an inverted index of each article's strong features and heaviest words,
never all pairs: a feature carried by more than `POSTING` articles pairs each of them with its
next `NEIGHBOURS` only. Groups merge strongest pair first, and only when every pair of their
first `SAMPLE` members is at least loosely linked, so one article touching two stories never
chains them into one.
"""

from __future__ import annotations

import math
import operator
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from itertools import chain, repeat
from typing import NamedTuple

from checker.model import Source
from checker.stories import occasions
from checker.stories.actors import Cast
from checker.stories.features import Features, Wording
from checker.stories.occasions import Markers

STRONG = 1.5  # a feature at least this heavy finds partners and counts as strong
DAYS = 31  # articles published further apart are never joined automatically
POSTING = 40  # a feature carried by more articles pairs each with its next NEIGHBOURS only
NEIGHBOURS = 4
SAMPLE = 6  # members of each group compared before two groups are joined
PRIOR = 200  # unseen unrelated articles assumed beside the input (see `discounted`)
WORDS = 8  # each article's heaviest words in the index
SHORT = 40  # an article of at most this many distinct words is short: a summary, a standfirst, a brief
CONTAINED = 0.35  # the share of a short text's wording another article must hold (among 10 articles; more among more)
ALSO = 0.8  # the share of the wording bar that articles joined by their features must also reach


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


def link(sources: Sequence[Source], found: Sequence[Features], worded: Sequence[Wording],
         occasion: Sequence[Markers] | None = None, casts: Sequence[Cast] | None = None
         ) -> tuple[list[list[int]], dict[str, float]]:
    """The groups of articles (indices, in order) that are one story, and each feature's weight in this input;
    articles of different occasions (`occasions`) are never in one group; `casts` say who acts in each (`actors`)."""
    weights = discounted(found)
    worded = _rescaled(worded)
    pairs = _Pairs(sources, found, worded, weights, Bar.for_size(len(sources)), casts or [Cast() for _ in sources])
    markers = list(occasion) if occasion is not None else [{} for _ in sources]
    groups = _Groups(markers)
    refused: set[tuple[int, int, int, int]] = set()  # groups found not cohesive, as they were then
    together = _Together(sources, markers)
    candidates = [(pairs.strength(i, j), i, j) for i, j in _candidates(found, worded, weights) if together(i, j)]
    for _, i, j in sorted(candidates, reverse=True):
        a, b = sorted((groups.home[i], groups.home[j]))
        state = (a, b, len(groups.members[a]), len(groups.members[b]))
        if a == b or state in refused or not pairs.joined(i, j, pairs.bar):
            continue
        if not occasions.apart(groups.occasion[a], groups.occasion[b]) and pairs.cohesive(groups.members[a], groups.members[b], together):
            groups.merge(a, b)
        else:
            refused.add(state)
    return [sorted(group) for group in groups.members if group], weights


class _Groups:
    """Articles in groups: each group's members, the group each article is in, and the occasion markers of each group."""

    def __init__(self, occasion: Sequence[Markers]) -> None:
        self.members = [[i] for i in range(len(occasion))]
        self.home = list(range(len(occasion)))
        self.occasion = [dict(markers) for markers in occasion]  # each group's own, added to as groups merge

    def merge(self, a: int, b: int) -> None:
        """Put two groups together; the smaller one moves, so each article moves O(log N) times."""
        if len(self.members[a]) < len(self.members[b]):
            a, b = b, a
        self.members[a] += self.members[b]
        occasions.add(self.occasion[a], self.occasion[b])
        for k in self.members[b]:
            self.home[k] = a
        self.members[b] = []


class _Pairs:
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

    def cohesive(self, a: list[int], b: list[int], together: _Together) -> bool:
        """Whether two groups are one story as wholes: every pair of their first SAMPLE members
        may be one story and clears the loose bar."""
        loose = self._looser(self.bar)
        return all(together(i, j) and self.joined(i, j, loose) for i in a[:SAMPLE] for j in b[:SAMPLE])

class _Together:
    """Whether two articles may be one story: published close enough (DAYS apart at most, or a date
    unknown) and not of different occasions (`occasions.apart`)."""

    def __init__(self, sources: Sequence[Source], occasion: Sequence[Markers]) -> None:
        self.days = [None if s.published is None else s.published.toordinal() for s in sources]
        self.occasion = list(occasion)

    def __call__(self, i: int, j: int) -> bool:
        a, b = self.days[i], self.days[j]
        if a is not None and b is not None and abs(a - b) > DAYS:
            return False
        return not (self.occasion[i] and self.occasion[j] and occasions.apart(self.occasion[i], self.occasion[j]))


def contained(a: Wording, b: Wording, left_out: frozenset[str] = frozenset()) -> float:
    """How much of the shorter of two wordings the other holds: the squared weight of its words
    that the other has too (1 when it has them all). A one-sentence summary of an article holds
    0.4 to 0.9 of its wording in the article, a summary of another article 0.15 at most (140
    human-written news summaries), where their cosine is 0.14 against 0.03."""
    short, other = (a, b) if len(a) <= len(b) else (b, a)
    return math.fsum(x * x for w, x in short.items() if w in other and w not in left_out)


def discounted(found: Sequence[Features]) -> dict[str, float]:
    """Each feature's weight in this input: its own weight times `in_input`."""
    factor = in_input(found)
    return {key: weight * factor[key] for f in found for key, weight in f.items()}


def in_input(vectors: Sequence[Mapping[str, float]]) -> dict[str, float]:
    """How rare each key is in the input: log((N + PRIOR) / df), scaled to 1 for df = 2 (and at most 1).

    PRIOR stands for the unrelated articles a small input does not show, so that in a folder of
    seven articles on one story the names all seven carry still count."""
    carried = Counter(chain.from_iterable(vectors))
    total = len(vectors) + PRIOR
    scale = math.log(total / 2)
    return {key: min(1.0, math.log(total / df) / scale) for key, df in carried.items()}


def _rescaled(worded: Sequence[Wording]) -> list[Wording]:
    """Wording vectors with each word discounted as the input carries it (`in_input`), made unit again."""
    factor = in_input(worded)
    out = []
    for vector in worded:  # each weight and its factor are above 0: log((N + PRIOR) / df) > 0
        scaled = list(map(operator.mul, vector.values(), map(factor.__getitem__, vector)))
        norm = math.sqrt(math.fsum(map(operator.mul, scaled, scaled))) or 1.0
        out.append(dict(zip(vector, map(operator.truediv, scaled, repeat(norm)))))
    return out


def _candidates(found: Sequence[Features], worded: Sequence[Wording], weights: Mapping[str, float]) -> set[tuple[int, int]]:
    """Pairs of articles sharing a strong feature or one of their WORDS heaviest words, and a short
    article with those that hold one of its WORDS heaviest words anywhere (bounded per feature)."""
    postings: dict[str, list[int]] = defaultdict(list)
    heaviest = [sorted(w, key=w.__getitem__, reverse=True)[:WORDS] for w in worded]
    for i, (f, words) in enumerate(zip(found, heaviest)):
        for key in f:
            if weights[key] >= STRONG:
                postings[key].append(i)
        for word in words:
            postings[f"wording:{word}"].append(i)
    wanted = {word for w, words in zip(worded, heaviest) if len(w) <= SHORT for word in words}
    if wanted:  # what a short text says may be any word of the article it sums up
        for i, w in enumerate(worded):
            for word in wanted & w.keys():
                if word not in heaviest[i]:
                    postings[f"wording:{word}"].append(i)
    pairs: set[tuple[int, int]] = set()
    for posting in postings.values():
        reach = len(posting) if len(posting) <= POSTING else NEIGHBOURS + 1
        for a, i in enumerate(posting):
            pairs.update(zip(repeat(i), posting[a + 1 : a + reach]))
    return pairs


def _common(a: Features, b: Features) -> Iterator[str]:
    """The features two articles share, in the order of the one with fewer."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return filter(large.__contains__, small)
