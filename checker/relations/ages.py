"""Ages and the gap between them: "the 31-year-old, who was 12 years older than the 17-year-old";
"Smith, 45, and his wife, 38, seven years his junior"."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from checker.relations.passage import Sentence
from checker.relations.record import Relation

_THAN = re.compile(r"^[ \t]+(?P<way>older|younger)[ \t]+than\b", re.I)
_NAMED_AGE = re.compile(r"^[ \t]+(?:older|younger)[ \t]+than[ \t]+(?:[\w'’-]+[ \t]+){0,3}[\w'’-]+,[ \t]*$", re.I)
_HIS = re.compile(r"^[ \t]+(?:his|her|their)[ \t]+(?P<way>senior|junior)\b", re.I)


def gaps(passage: list[Sentence]) -> Iterator[Relation]:
    """An age gap in years with the age before it and the age after it (or, for 'his junior', the two before it)."""
    for s in passage:
        at = [i for i, p in enumerate(s.figures) if p.claim.kind == "age"]  # the ages' places, for bisection
        for i, p in enumerate(s.figures):
            gap = p.claim
            if gap.kind != "duration" or gap.unit != "year" or gap.value is None:
                continue
            than, his = _THAN.match(s.after(p, 20)), _HIS.match(s.after(p, 20))
            k = bisect_left(at, i)
            before = [s.figures[j] for j in at[max(0, k - 2) : k]]
            after = [s.figures[j] for j in at[k : k + 1]]
            bare = s.figures[i + 1] if than and i + 1 < len(s.figures) else None
            if bare is not None and bare.claim.kind == "count" and (not after or bare.at < after[0].at) \
                    and _NAMED_AGE.match(s.text[p.end : bare.at]):  # "nine years younger than his brother, 52"
                after = [bare]
            if than and before and after:
                older, younger = (before[-1], after[0]) if than["way"].lower() == "older" else (after[0], before[-1])
                yield Relation("age-gap", (gap, older.claim, younger.claim), ("gap", "older", "younger"),
                               s.text[before[-1].at : after[0].end], (("way", than["way"].lower()),))
            elif his and len(before) >= 2:
                first, second = before[-2], before[-1]
                older, younger = (first, second) if his["way"].lower() == "junior" else (second, first)
                yield Relation("age-gap", (gap, older.claim, younger.claim), ("gap", "older", "younger"),
                               s.text[first.at : p.end + his.end()], (("way", his["way"].lower()),))
