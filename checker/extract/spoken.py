"""Spelt-out durations that are part of another figure, so no durations of their own.

The 'a day' of a rate ('60,000 barrels a day', '£5 a week', '150,000 cars a year'), and the
'a half months' of 'three and a half months' (the duration is the whole, three and a half months).
"""

from __future__ import annotations

import bisect
import re
from fractions import Fraction

from checker.extract.common import Raw
from checker.extract.numbers import Num

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
        if raw.value != 1 or not _A_UNIT.match(text, raw.start, raw.start + 8) or _AFTER_OFFSET.match(text, raw.end, raw.end + 40):
            continue
        i = bisect.bisect_right(figure_ends, raw.start) - 1
        if i < 0 or raw.start - figure_ends[i] > 40:
            continue
        gap = _COUNTED.match(text, figure_ends[i], raw.start)
        if gap is not None and _NOT_COUNTED.isdisjoint(gap[0].lower().split()):
            found.append(raw)
    return found


def halves(words: list[Raw], nums: list[Num]) -> list[Raw]:
    """Of the spelt-out durations `words`, each 'a half months' inside a number ('three and a half').

    `nums`: the numbers of the text, in order."""
    starts = [n.start for n in nums]
    found = []
    for raw in words:
        i = bisect.bisect_left(starts, raw.start) - 1
        if raw.value == Fraction(1, 2) and i >= 0 and nums[i].end > raw.start:
            found.append(raw)
    return found
