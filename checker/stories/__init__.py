"""Which articles are one story: an explicit `story`, a folder apart, or shared rare names and wording.

Articles are grouped in three steps:

1. An article with a `story` (a JSON Lines field, Markdown front matter) is in that story, and only
   there; `one` puts every article in one story.
2. The others are split by folder (`Source.folder`): articles in different sub-folders of a
   directory given on the command line are never one story.
3. Inside a folder, articles are linked into stories by the rare names, words and figures they
   share and by their wording (`features` weighs them, `linking` joins them), never across
   different occasions of a recurring subject (`occasions`: another match, week, quarter).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from checker.model import Claim, Source
from checker.stories.features import Article, Lexicon, describe
from checker.stories.linking import link

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
        return [Story("all", tuple(s.name for s in sources), "one story")] if sources else []
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
    lexicon = Lexicon()
    articles = [describe(s.body, claims.get(s.name, ()), shown, lexicon) for s in sources]
    groups, weights = link(sources, [a.features for a in articles], [a.wording for a in articles], [a.occasion for a in articles],
                           [a.cast for a in articles])
    return [_story([sources[i] for i in g], [articles[i] for i in g], weights, shown) for g in groups]


def _story(sources: list[Source], articles: list[Article], weights: Mapping[str, float], shown: Mapping[str, str]) -> Story:
    names = tuple(s.name for s in sources)
    if len(sources) == 1:
        (article,) = articles
        scores = {k: n * weights[k] for k, n in article.mentions.items() if weights.get(k, 0.0) > 0}
        return Story(_label(scores, shown) or names[0], names, "alone")
    carried = Counter(key for a in articles for key in a.features)
    scores = {k: n * weights[k] for k, n in carried.items() if n > 1 and weights[k] > 0}
    common = sorted(scores, key=lambda k: (-scores[k], k))
    return Story(_label(scores, shown) or names[0], names, "shared features", tuple(shown[k] for k in common[:REASONS]))


def _label(scores: Mapping[str, float], shown: Mapping[str, str]) -> str:
    """A readable id: the two names of the highest scores (weight times mentions, or times articles)."""
    best = sorted((k for k in scores if k.startswith("name:")), key=lambda k: (-scores[k], k))
    return "-".join(shown[k] for k in best[:2]).lower()


def _named(stories: list[Story]) -> list[Story]:
    """Make story ids unique, in order: a second 'kerch-crimea' is 'kerch-crimea-2'."""
    seen: Counter[str] = Counter()
    out = []
    for story in stories:
        seen[story.id] += 1
        out.append(story if seen[story.id] == 1 else Story(f"{story.id}-{seen[story.id]}", story.sources, story.how, story.why))
    return out
