"""Which articles are one story: an explicit `story`, a folder apart, or shared rare names and figures.

Articles are grouped in three steps:

1. An article with a `story` (a JSON Lines field, Markdown front matter) is in that story, and only
   there; `one` puts every article in one story.
2. The others are split by folder (`Source.folder`): articles in different sub-folders of a
   directory given on the command line are never one story.
3. Inside a folder, two articles are joined when the features they share (proper names, their
   pairs, rare words, distinctive figures; see `features`) weigh at least `JOIN` together, with
   at least `SHARED` strong ones among them, and their publication dates, when both are known,
   are at most `DAYS` apart; stories are the connected groups of such pairs.

Pairs are found through an inverted index of each article's strong features, never all pairs: a
feature carried by more than `POSTING` articles pairs each of them with its next `NEIGHBOURS`
only, and weighs less the more of the input carries it.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from checker.model import Claim, Source
from checker.stories.features import Features, similarity, weighted, wording

JOIN = 12.0  # the weight two articles must share to be one story
SHARED = 3  # ... among at least this many strong features
STRONG = 1.5  # a feature at least this heavy finds partners and counts as strong
DAYS = 31  # articles published further apart are never joined automatically
POSTING = 40  # a feature carried by more articles pairs each with its next NEIGHBOURS only
NEIGHBOURS = 4
SAMPLE = 6  # members of each group compared before two groups are joined
LOOSE = 8.0  # the weight most pairs across two groups must share
PRIOR = 200  # unseen unrelated articles assumed beside the input (see _discounted)
SIMILAR = 0.5  # wording this alike (cosine) joins two articles by itself
WORDS = 8  # each article's heaviest words in the index
REASONS = 5  # shared features shown as the reason of a story


@dataclass(frozen=True, slots=True)
class Story:
    """One story: a readable id, its articles (source names, in input order) and why they are one."""

    id: str
    sources: tuple[str, ...]
    how: str  # "shared features", "story field", "one story", "alone"
    why: tuple[str, ...] = ()  # the shared features, strongest first (or the story field's value)


def group(sources: Sequence[Source], claims: Mapping[str, list[Claim]], one: bool = False) -> list[Story]:
    """The stories of the articles, in the order of their first article."""
    if one:
        return _named([Story("all", tuple(s.name for s in sources), "one story")]) if sources else []
    explicit: dict[str, list[str]] = defaultdict(list)
    folders: dict[str | None, list[Source]] = defaultdict(list)
    for s in sources:
        if s.story is not None:
            explicit[s.story].append(s.name)
        else:
            folders[s.folder].append(s)
    stories = [Story(name, tuple(members), "story field", (name,)) for name, members in explicit.items()]
    for members in folders.values():
        stories += _automatic(members, claims)
    order = {s.name: i for i, s in enumerate(sources)}
    return _named(sorted(stories, key=lambda story: order[story.sources[0]]))


def _automatic(sources: Sequence[Source], claims: Mapping[str, list[Claim]]) -> list[Story]:
    shown: dict[str, str] = {}
    found = [weighted(s, claims.get(s.name, ()), shown) for s in sources]
    worded = [wording(s.body) for s in sources]
    weights = _discounted(found)
    pair = _Pairs(found, worded, weights, sources)
    members = [[i] for i in range(len(sources))]
    home = list(range(len(sources)))  # the group each article is in, by its first member
    for _, i, j in sorted(((pair.strength(i, j), i, j) for i, j in _candidates(found, worded, weights)), reverse=True):
        a, b = home[i], home[j]
        if a != b and pair.joined(i, j) and _cohesive(members[a], members[b], pair):
            a, b = min(a, b), max(a, b)
            members[a] += members[b]
            for k in members[b]:
                home[k] = a
            members[b] = []
    return [_story([sources[i] for i in sorted(group)], [found[i] for i in group], weights, shown) for group in members if group]


class _Pairs:
    """What two articles share, and whether that makes them one story."""

    def __init__(self, found: Sequence[Features], worded: Sequence[dict[str, float]], weights: Mapping[str, float],
                 sources: Sequence[Source]) -> None:
        self.found, self.worded, self.weights, self.sources = found, worded, weights, sources

    def strength(self, i: int, j: int) -> float:
        """The weight of the features two articles share."""
        return sum(self.weights[k] for k in shared(self.found[i], self.found[j], self.weights))

    def joined(self, i: int, j: int, loose: bool = False) -> bool:
        """Enough shared features (or wording) to be one story, and published close enough."""
        if not _near(self.sources[i], self.sources[j]):
            return False
        if similarity(self.worded[i], self.worded[j]) >= (SIMILAR / 2 if loose else SIMILAR):
            return True
        common = shared(self.found[i], self.found[j], self.weights)
        if loose:
            return sum(self.weights[k] for k in common) >= LOOSE
        strong = sum(self.weights[k] >= STRONG for k in common)
        return strong >= SHARED and sum(self.weights[k] for k in common) >= JOIN


def _cohesive(a: list[int], b: list[int], pair: _Pairs) -> bool:
    """Whether two groups are one story as wholes: every pair of their first SAMPLE members shares at
    least LOOSE weight, or half the wording (so one article of two stories never chains them together)."""
    return all(pair.joined(i, j, loose=True) for i in a[:SAMPLE] for j in b[:SAMPLE])


def _discounted(found: Sequence[Features]) -> dict[str, float]:
    """Each feature's weight, times its rarity in the input: log((N + PRIOR) / df), scaled to 1 for df = 2.

    PRIOR stands for the unrelated articles a small input does not show, so that in a folder of
    seven articles on one story the names all seven carry still count."""
    carried = Counter(key for f in found for key in f)
    scale = math.log((len(found) + PRIOR) / 2)
    weights: dict[str, float] = {}
    for f in found:
        for key, weight in f.items():
            weights[key] = weight * min(1.0, math.log((len(found) + PRIOR) / carried[key]) / scale)
    return weights


def _candidates(found: Sequence[Features], worded: Sequence[dict[str, float]], weights: Mapping[str, float]) -> set[tuple[int, int]]:
    """Pairs of articles sharing a strong feature or one of their WORDS heaviest words, through an
    inverted index (bounded per feature)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, (f, w) in enumerate(zip(found, worded)):
        for key in f:
            if weights[key] >= STRONG:
                postings[key].append(i)
        for word in sorted(w, key=lambda k: -w[k])[:WORDS]:
            postings[f"wording:{word}"].append(i)
    pairs: set[tuple[int, int]] = set()
    for posting in postings.values():
        reach = len(posting) if len(posting) <= POSTING else NEIGHBOURS + 1
        for a, i in enumerate(posting):
            pairs.update((i, j) for j in posting[a + 1 : a + reach])
    return pairs


def shared(a: Features, b: Features, weights: Mapping[str, float]) -> list[str]:
    """The features two articles share, strongest first."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sorted((k for k in small if k in large and weights[k] > 0), key=lambda k: -weights[k])


def _near(a: Source, b: Source) -> bool:
    return a.published is None or b.published is None or abs((a.published - b.published).days) <= DAYS


def _story(sources: list[Source], found: list[Features], weights: Mapping[str, float], shown: Mapping[str, str]) -> Story:
    names = tuple(s.name for s in sources)
    if len(sources) == 1:
        return Story(_label(found[0], weights, shown) or sources[0].name, names, "alone")
    carried = Counter(key for f in found for key in f)
    common = sorted((k for k, n in carried.items() if n > 1 and weights[k] > 0), key=lambda k: (-carried[k] * weights[k], k))
    reasons = tuple(shown[k] for k in common[:REASONS])
    return Story(_label({k: carried[k] * weights[k] for k in common}, weights, shown) or names[0], names, "shared features", reasons)


def _label(found: Features, weights: Mapping[str, float], shown: Mapping[str, str]) -> str:
    """A readable id: the two strongest names."""
    best = sorted((k for k in found if k.startswith("name:") and " " not in k), key=lambda k: (-found[k] * weights[k], k))
    return " ".join(shown[k] for k in best[:2]).lower().replace(" ", "-")


def _named(stories: list[Story]) -> list[Story]:
    """Make story ids unique, in order: a second 'kerch-crimea' is 'kerch-crimea-2'."""
    seen: Counter[str] = Counter()
    out = []
    for story in stories:
        seen[story.id] += 1
        out.append(story if seen[story.id] == 1 else Story(f"{story.id}-{seen[story.id]}", story.sources, story.how, story.why))
    return out
