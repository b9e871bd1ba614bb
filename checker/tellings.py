"""A figure told more than once in one source (a headline, its standfirst and its body): one
binding when the tellings agree, never a guess when they do not."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from checker.arith import overlap
from checker.meaning import DATED, dates
from checker.model import Claim, Interval


def agreed(tellings: Sequence[Claim]) -> Claim | None:
    """One claim standing for all the tellings (the first, holding the values all of them allow),
    or None when no value fits them all; dates agree when some day fits them all. The tellings
    must be in one unit."""
    if tellings[0].kind in DATED:
        clash = any(dates.consistent(a, b) is False for a, b in combinations(tellings, 2))
        return None if clash else tellings[0]
    shared: Interval | None = tellings[0].interval
    for t in tellings[1:]:
        shared = overlap(shared, t.interval) if shared is not None else None
    if shared is None:
        return None
    return tellings[0] if len(tellings) == 1 else tellings[0]._replace(interval=shared)
