"""Rates: in '60,000 barrels a day', '£5 a week' or '150,000 cars a year', 'a day' is no duration."""

from __future__ import annotations

import bisect
import re

from checker.extract.common import Raw

_A_UNIT = re.compile(r"(?:an?|per)[ \t\u00a0]", re.I)
# what may stand between a figure and its 'a day': a few words of what is counted ("tonnes of LNG")
_COUNTED = re.compile(r"(?:[ \t\u00a0]*[A-Za-z][\w'’&-]*){0,4}[ \t\u00a0]*\Z")
_NOT_COUNTED = frozenset({"for", "than", "in", "since", "over", "within", "after", "before", "during", "until",
                          "about", "ago", "last", "nearly", "almost", "once", "under", "up", "to", "more", "less",
                          "least", "most", "was", "were", "is", "are", "and", "or", "but", "from", "earlier"})
_AFTER_OFFSET = re.compile(r"[ \t\u00a0]+(?:ago|earlier|later|before|after|on|previously)(?![\w])", re.I)


def rates(text: str, words: list[Raw], figure_ends: list[int]) -> list[Raw]:
    """Of the spelt-out durations `words`, those that are the 'a day' of a rate after a figure.

    `figure_ends`: where each number of the text ends, sorted."""
    found = []
    for raw in words:
        if raw.value != 1 or not _A_UNIT.match(text, raw.start) or _AFTER_OFFSET.match(text, raw.end):
            continue
        i = bisect.bisect_right(figure_ends, raw.start) - 1
        if i < 0 or raw.start - figure_ends[i] > 40:
            continue
        gap = _COUNTED.match(text, figure_ends[i], raw.start)
        if gap is not None and _NOT_COUNTED.isdisjoint(gap[0].lower().split()):
            found.append(raw)
    return found
