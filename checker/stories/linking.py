"""Linking articles of one folder into stories: an inverted index, a test per pair (`pairs`), and a careful merge.

Two articles are one story when they share enough rare features (names, rare words, distinctive
figures: `features`), or are worded alike. How much is enough grows with the size of the input:
among three articles a chance coincidence of names is rare, among a thousand it is common (the
prior odds that two articles are one story fall with the number of articles), so the weight two
articles must share grows with log10(N), as does the wording (cosine) that joins them by itself;
and two short texts share words by chance, so wording never joins below 1/sqrt(the shorter one's
distinct words); a short text (a summary, a standfirst) joins an article that holds most of its
wording (`pairs.contained`). Both features and words weigh less the more of the input carries them.

Pairs are found through an inverted index of each article's strong features and heaviest words,
never all pairs: a feature carried by more than `POSTING` articles pairs each of them with its
next `NEIGHBOURS` only. Groups merge strongest pair first, and only when every pair of their
first `pairs.SAMPLE` members is at least loosely linked, so one article touching two stories never
chains them into one.
"""

from __future__ import annotations

import math
import operator
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from itertools import chain, repeat

from checker.model import Source
from checker.stories import occasions
from checker.stories.actors import Cast
from checker.stories.features import Features, Wording
from checker.stories.occasions import Markers
from checker.stories.pairs import SHORT, STRONG, Bar, Pairs, contained  # noqa: F401 (contained: as before)

DAYS = 31  # articles published further apart are never joined automatically
POSTING = 40  # a feature carried by more articles pairs each with its next NEIGHBOURS only
NEIGHBOURS = 4
PRIOR = 200  # unseen unrelated articles assumed beside the input (see `discounted`)
WORDS = 8  # each article's heaviest words in the index


def link(sources: Sequence[Source], found: Sequence[Features], worded: Sequence[Wording],
         occasion: Sequence[Markers] | None = None, casts: Sequence[Cast] | None = None
         ) -> tuple[list[list[int]], dict[str, float]]:
    """The groups of articles (indices, in order) that are one story, and each feature's weight in this input;
    articles of different occasions (`occasions`) are never in one group; `casts` say who acts in each (`actors`)."""
    weights = discounted(found)
    worded = _rescaled(worded)
    pairs = Pairs(sources, found, worded, weights, Bar.for_size(len(sources)), casts or [Cast() for _ in sources])
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
