"""How alike two figures' meanings are: 0 when they cannot be one quantity, up to about 1.2."""

from __future__ import annotations

from checker.engine import Aliases
from checker.meaning import Meaning

THRESHOLD = 0.45  # the least score at which two figures are taken as one quantity
SMALL_THRESHOLD = 0.6  # small counts ("three ships", "two stars") are common and need more likeness
ABOUT_SHARE = 0.35  # the weight of a shared name for shares ("Instagram's 33 percent", "Instagram was used in 32%")
NEAR_WEIGHT = 0.55  # the words around the figure against the words of its sentence


def vetoed(a: Meaning, b: Meaning) -> str | None:
    """Why two figures are never one quantity, or None: another group, period, place or event."""
    if a.dimension != b.dimension:
        return "dimension"
    if a.group != b.group:
        return "group"
    if _apart(a.when, b.when):
        return "period"
    if a.place and b.place and a.place != b.place:
        return "place"
    if a.event and b.event and a.event != b.event:
        return "event"
    if a.counted and b.counted and not _same_thing(a, b):
        return "counted"
    return None


def score(a: Meaning, b: Meaning, idf: dict[str, float], aliases: Aliases | None = None) -> float:
    """The likeness of two meanings: words near the figures and words of their sentences, IDF-weighted."""
    if vetoed(a, b):
        return 0.0
    near = _weighted_dice(dict(a.near), dict(b.near), idf)
    sentence = _weighted_dice(dict.fromkeys(a.sentence, 1.0), dict.fromkeys(b.sentence, 1.0), idf)
    s = NEAR_WEIGHT * near + (1 - NEAR_WEIGHT) * sentence
    if a.event and a.event == b.event:
        s += 0.1
    if a.counted and b.counted and a.counted[0] == b.counted[0]:
        s += 0.1
    if a.about and a.about == b.about:  # about the same name: a named share is one quantity however worded
        s += ABOUT_SHARE if a.dimension == "share" else 0.1
    elif a.names & b.names:
        s += 0.05
    if a.small and b.small and s < SMALL_THRESHOLD:
        return 0.0
    return s


def _apart(a: object, b: object) -> bool:
    """Whether two periods are different: both resolved to days that do not meet, or both in words that differ."""
    if a is None or b is None or a == b:
        return False
    if isinstance(a, tuple) and isinstance(b, tuple):
        (a0, a1), (b0, b1) = a, b
        return None not in (a0, a1, b0, b1) and (a1 < b0 or b1 < a0)
    return isinstance(a, str) and isinstance(b, str)


def _same_thing(a: Meaning, b: Meaning) -> bool:
    """Whether two figures may count one thing: a head word of one is among the words around the
    other ('870 infections' and '870 people ... infected')."""
    near_a, near_b = {c for c, _ in a.near}, {c for c, _ in b.near}
    return bool(set(a.counted) & (set(b.counted) | near_b) or set(b.counted) & near_a)


def _weighted_dice(a: dict[str, float], b: dict[str, float], idf: dict[str, float]) -> float:
    total = sum(w * idf.get(c, 1.0) for c, w in a.items()) + sum(w * idf.get(c, 1.0) for c, w in b.items())
    if not total:
        return 0.0
    shared = sum(min(w, b[c]) * idf.get(c, 1.0) for c, w in a.items() if c in b)
    return 2 * shared / total
