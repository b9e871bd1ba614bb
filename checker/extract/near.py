"""What is nearest to a figure in its sentence: the names it is about, the date or period it is of.

Each is found by bisection over the sentence's figures and dates sorted by position, so a
sentence with many names, figures and dates costs their number times its logarithm, never their
product.
"""

from __future__ import annotations

import bisect
from itertools import accumulate

import regex

from checker.extract.anchor import DateSpan
from checker.extract.common import Raw
from checker.extract.context import Mention, Names, SentenceIndex
from checker.model import WHEN_KINDS

BESIDE = 5  # the most characters between a date and the name after it that it is about (" the ")


def about(raws: list[Raw], index: SentenceIndex, names: Names) -> dict[int, tuple[str, ...]]:
    """Give each name of a sentence to the figure nearest to it: what that figure is about. A date
    is about the name just after it ("the 2004 Brenner Law", "passed in 2006 the Brenner Law"; not "the
    Brenner Law expired in 2015") and takes no name from the figures. `raws` are sorted by start."""
    figures: dict[tuple[int, int], list[Raw]] = {}
    dated: dict[tuple[int, int], list[Raw]] = {}
    for raw in raws:
        (dated if raw.kind in WHEN_KINDS else figures).setdefault(index.around(raw.start), []).append(raw)
    found: dict[int, list[str]] = {}
    for (s_start, s_end), group in dated.items():
        group.sort(key=lambda r: r.end)
        ends = [r.end for r in group]
        for mention in names.in_sentence(s_start, s_end):
            if mention.attribution:
                continue
            # the dates that end at most BESIDE characters before the name (bisect: no date is read twice per name)
            for raw in group[bisect.bisect_left(ends, mention.start - BESIDE) : bisect.bisect_right(ends, mention.start)]:
                found.setdefault(id(raw), []).append(mention.name)
    for (s_start, s_end), group in figures.items():
        starts = [r.start for r in group]
        reach = list(accumulate((r.end for r in group), max))  # the furthest end of the figures up to each
        for mention in names.in_sentence(s_start, s_end):
            if not mention.attribution:
                for raw in _nearest(group, starts, reach, mention):
                    found.setdefault(id(raw), []).append(mention.name)
    return {k: tuple(v) for k, v in found.items()}


def gap(m: Mention, raw: Raw) -> int:
    """The characters between a name and a figure (none when they touch or overlap)."""
    return raw.start - m.end if m.end <= raw.start else max(0, m.start - raw.end)


def _nearest(group: list[Raw], starts: list[int], reach: list[int], m: Mention) -> list[Raw]:
    """The figures of a sentence nearest to a name by `gap` (all those as near as the nearest): the
    first to start after the name, and those before it that end furthest.

    `starts` are where the figures start, in order, `reach` the furthest end of the figures up to each."""
    i = bisect.bisect_left(starts, m.end)  # the figures from i start after the name
    after = starts[i] - m.end if i < len(group) else None
    before = max(0, m.start - reach[i - 1]) if i else None
    nearest = min(g for g in (after, before) if g is not None)
    found = []
    if before == nearest:  # back from the name while a figure up to j may still end as near
        j = i - 1
        while j >= 0 and max(0, m.start - reach[j]) == nearest:
            if gap(m, group[j]) == nearest:
                found.append(group[j])
            j -= 1
        found.reverse()
    if after == nearest:
        found += group[i : bisect.bisect_right(starts, starts[i], i)]
    return found


class Dated:
    """The dates and periods of one sentence, by where they start and by where they end."""

    def __init__(self, dates: list[DateSpan]) -> None:
        self.dates = dates  # in order of start, the longest first
        self.starts = [d.start for d in dates]
        self.by_end = sorted(dates, key=lambda d: d.end)
        self.ends = [d.end for d in self.by_end]

    @classmethod
    def within(cls, dates: list[DateSpan], starts: list[int], s_start: int, s_end: int) -> Dated:
        """The dates and periods inside text[s_start:s_end] (`starts`: where each of `dates` starts)."""
        i = bisect.bisect_left(starts, s_start)
        j = bisect.bisect_right(starts, s_end, i)
        return cls([d for d in dates[i:j] if d.end <= s_end])

    def period(self, raw: Raw, figures: list[int], text: str) -> DateSpan | None:
        """The outermost date or period of the sentence nearest to a figure, with no other figure
        between, in the figure's own clause before any across a clause break ("In 2019 it drew
        40,000; this year 55,000 came": the 40,000 is of 2019, though "this year" is nearer).

        `figures` are where every figure of the text starts, sorted. Only the dates between the
        figure and the figures on either side of it can be its own: those that end after the last
        figure to start before it, and those that start at most where the next figure starts."""
        if not self.dates:
            return None
        i = bisect.bisect_left(figures, raw.start)
        j = bisect.bisect_left(figures, raw.end)
        earlier = bisect.bisect_right(self.ends, figures[i - 1]) if i else 0
        later = bisect.bisect_right(self.starts, figures[j]) if j < len(figures) else len(self.dates)
        mine = _outermost([d for d in self.by_end[earlier : bisect.bisect_right(self.ends, raw.start)]
                           if not _RUNNING_TOTAL.search(text, d.end, raw.start)]
                          + self.dates[bisect.bisect_left(self.starts, raw.end) : later])
        if len(mine) <= 1:
            return mine[0] if mine else None
        return min(mine, key=lambda d: (_across(text, raw, d), raw.start - d.end if d.end <= raw.start else d.start - raw.end,
                                        d.kind != "period", d.end <= raw.start))


# what makes the figure after it a running total, not one of a period told before it ("planted 400,000 this year,
# taking its total to two million", "bringing the overall tally to 90")
_RUNNING_TOTAL = regex.compile(r"\b(?:taking|bringing|pushing|lifting|raising|swelling)\s+(?:its|the|their|his|her|our)\s+"
                               r"(?:[\w-]+\s+)?(?:total|tally|count)\b", regex.I)


# what ends one clause and opens another that may have its own date: a semicolon, a spaced dash, ", but"
_CLAUSE_BREAK = regex.compile(r";|\s[\u2013\u2014-]\s|,\s+(?:and|but|while|whereas)\b")


def _across(text: str, raw: Raw, d: DateSpan) -> bool:
    """Whether a clause break (";", a spaced dash, ", and", ", but") stands between a figure and a date of its sentence."""
    start, end = (d.end, raw.start) if d.end <= raw.start else (raw.end, d.start)
    return _CLAUSE_BREAK.search(text, start, end) is not None


def _outermost(dates: list[DateSpan]) -> list[DateSpan]:
    """`dates` in order of start, the longest first, without those inside another: a date inside
    a period speaks for that period (two of one span are each inside the other)."""
    ordered = sorted(dates, key=lambda d: (d.start, -d.end))
    kept, furthest = [], -1
    for k, d in enumerate(ordered):
        twin = k + 1 < len(ordered) and (ordered[k + 1].start, ordered[k + 1].end) == (d.start, d.end)
        if d.end > furthest and not twin:
            kept.append(d)
        furthest = max(furthest, d.end)
    return kept
