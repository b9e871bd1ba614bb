"""Whether two sources' speakers are one person or body: names, aliases, acronyms, titles."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from functools import lru_cache
from typing import TypeVar

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from checker.engine import Aliases
from checker.extract.roles import HONORIFICS
from checker.model import Quote, Speaker

NAME_SIMILARITY = 80  # rapidfuzz ratio (and one or two edits in one word) for two spellings of one name
_SMALL = {"of", "for", "the", "and", "&", "to", "in", "on", "at"}
HEADS = 16  # groups a statement is compared with at most: one quote given to thousands of speakers stays bounded
_SPOKES = ("spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative")


def identity(speaker: Speaker | None, aliases: Aliases) -> str | None:
    """Who speaks, as a key: the person or body named, or the body a spokesperson speaks for."""
    if speaker is None:
        return None
    who = speaker.name or speaker.organisation
    return aliases.key(_plain(who)) if who else None


@lru_cache(maxsize=16384)
def _plain(name: str) -> str:
    words = [w for w in name.replace("’", "'").split() if w.lower().rstrip(".") not in HONORIFICS]
    return " ".join(words).removesuffix("'s")


def same(a: str, b: str) -> bool:
    """Whether two identity keys name one speaker: equal, an acronym of the other, a shortened name, or one of a list."""
    if a == b or acronym(a) == b or acronym(b) == a:
        return True
    a_parts, b_parts = set(a.split(" and ")), set(b.split(" and "))
    if len(a_parts) > 1 or len(b_parts) > 1:
        return bool(a_parts & b_parts)
    aw, bw = a.split(), b.split()
    if aw[-1] != bw[-1]:
        return len(aw) + len(bw) == 3 and aw[0] == bw[0]  # "angelina" and "angelina jolie"
    short, full = sorted((aw, bw), key=len)
    return len(short) == 1 or all(s == f or len(s.rstrip(".")) == 1 and f.startswith(s.rstrip(".")) for s, f in zip(short, full))


@lru_cache(maxsize=16384)  # a group's first name is compared with many others
def acronym(name: str) -> str:
    """The initials of a body's name: 'national crime agency' -> 'nca'."""
    return "".join(w[0] for w in name.split() if w not in _SMALL)


def spelled_alike(a: str, b: str) -> bool:
    """Two keys that differ, yet are one name misspelled: 'peter wanless' and 'peter wanliss'."""
    aw, bw = a.split(), b.split()
    if len(aw) != len(bw) or len(aw) < 2 and min(len(a), len(b)) < 5:
        return False
    differ = [(x, y) for x, y in zip(aw, bw) if x != y]
    if len(differ) != 1:
        return False  # one word spelled two ways; two words different is two people
    x, y = differ[0]
    edits = 1 if min(len(x), len(y)) < 8 else 2  # "Davey" and "Davies" are two names; "Wanless" and "Wanliss" one
    if min(len(x), len(y)) < 4 or Levenshtein.distance(x, y) > edits or fuzz.ratio(a, b) < NAME_SIMILARITY:
        return False
    return not same(a, b) and not (len(aw) == 1 and acronym(a) == acronym(b))  # the cheap tests first, on many pairs


def title(speaker: Speaker) -> str | None:
    """A speaker's title as compared: lower case, every spokes- word one, a party by one name
    ("Tory" is "conservative"), and an opposition brief one way: "shadow foreign secretary" is the
    party's "foreign spokesperson", as is "foreign affairs spokesman"."""
    if not speaker.title:
        return None
    words = [_PARTY.get(w, "spokesperson" if w.startswith(_SPOKES) else w) for w in speaker.title.lower().split()]
    if "shadow" in words and words[-1] in _SHADOW_POSTS and words.index("shadow") < len(words) - 2:
        words = [w for w in words if w != "shadow"][:-1] + ["spokesperson"]  # a brief between: "shadow home secretary"
    return " ".join(w for w in words if w not in _BRIEF_FILLERS)


_PARTY = {"tory": "conservative", "tories": "conservative", "dem": "democrat", "dems": "democrat"}
_SHADOW_POSTS = frozenset({"secretary", "minister", "chancellor"})
_BRIEF_FILLERS = frozenset({"affairs"})  # "foreign affairs spokesman" and "foreign spokesman"
_HEADS = frozenset({"chief", "head", "boss", "leader"})  # a head of the body, whatever their office ...
_OFFICES = _HEADS | {"chairman", "chairwoman", "chair", "chairperson", "president", "executive", "director", "ceo",
                     "md", "founder", "owner", "principal", "governor", "commissioner", "general"}  # ... of these


def titles_agree(a: str, b: str) -> bool:
    """Whether two titles may both be right: equal, one a shortening of the other, alike in
    spelling, or one only calling them the head of what the other names ("BPI chief" and "BPI
    chairman")."""
    aw, bw = a.split(), b.split()
    short, full = sorted((aw, bw), key=len)
    if a == b or full[-len(short) :] == short or set(short) <= set(full) or fuzz.ratio(a, b) >= 90:
        return True
    return any(x[-1] in _HEADS and y[-1] in _OFFICES and set(x[:-1]) <= set(y) for x, y in ((aw, bw), (bw, aw)))


T = TypeVar("T")
Stated = tuple[Quote, T]  # a quote and what it says of its speaker (who, their title, their name)


def outliers(stated: list[Stated[T]], agree: Callable[[Stated[T], Stated[T]], bool],
             sign: Callable[[Stated[T]], Hashable] | None = None) -> Iterator[tuple[Stated[T], Stated[T]]]:
    """What fewer sources say, each beside what the most sources say, from another source.

    Statements are grouped greedily against the first HEADS groups' first statements (`sign`: what
    `agree` depends on, so that statements signed alike go where the first of them went); the group
    carried by the most sources is the reference (ties: the group stated first)."""
    groups: list[list[Stated[T]]] = []
    homes: dict[Hashable, list[Stated[T]]] = {}
    for item in stated:
        signed = sign(item) if sign is not None else None
        home = homes.get(signed) if signed is not None else None
        if home is None:
            home = next((g for g in groups[:HEADS] if agree(g[0], item)), None)
        if home is None:
            home = []
            groups.append(home)
        home.append(item)
        if signed is not None:
            homes.setdefault(signed, home)
    groups.sort(key=lambda g: -len({q.source for q, _ in g}))
    for group in groups[1:]:
        for outlier in group:
            reference = next((r for r in groups[0] if r[0].source != outlier[0].source), None)
            if reference is not None:
                yield outlier, reference
