"""What a relation's figures measure: the words of its clause outside the relation's own words.

"Only one-third (38%) said they would move": the restatement is "one-third (38%", and what the
share is of is "said they would move", the rest of its clause; "Cases rose by 20% from 2,400 to
3,100": the change is "rose by 20% from 2,400 to 3,100", and what changed is "Cases". The words
after the relation are read first (up to its clause's end), else those before it (from its
clause's start). With the article's text the words are placed exactly in it, whatever white
space the one-lined sentence collapsed, so that a finding can point at them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checker.model import Claim, Location, Source
from checker.relations.passage import Sentence
from checker.relations.record import Relation

_AFTER = re.compile(r"^[)\]\s–—-]*(?P<words>[^,;:.!?()\[\]–—]{1,120})")  # after the relation's words, to its clause's end
_BEFORE = re.compile(r"(?:^|[,;:.!?()\[\]–—])\s*(?P<words>[^,;:.!?()\[\]–—]{1,80})$")  # from its clause's start
LEAST = 2  # words after a relation that say what it measures, at least ("said so"); fewer, the words before it


def _measures(r: Relation) -> bool:
    """A relation whose clause says what its figures are of: a part or share of a whole, a ratio told as a
    percentage, a change or trend (a sum told in two currencies, an age or a period says it itself)."""
    return r.kind in {"part-of-whole", "share-of-whole", "change", "trend"} or r.detail("as") in {"ratio-percent", "share"}


def measured(passage: list[Sentence], found: list[Relation], text: str | None = None) -> list[Relation]:
    """The relations, each with the words of its clause that say what it measures (placed in `text` when given)."""
    where = {(p.claim.start, p.claim.end): (s, p.at, p.end) for s in passage for p in s.figures}
    lines: list[Source] = []  # the article's line starts, made once when a first relation is placed
    out = []
    for r in found:
        placed = [where[c.start, c.end] for c in r.figures if (c.start, c.end) in where] if _measures(r) else []
        if not placed:
            out.append(r)
            continue
        s = placed[0][0]
        lo, hi = min(at for _, at, _ in placed), max(end for _, _, end in placed)
        after = _AFTER.match(s.text[hi : hi + 160])
        words = after["words"].strip() if after else ""
        span = (hi + after.start("words"), hi + after.end("words")) if after and len(words.split()) >= LEAST else None
        if span is None:
            before = _BEFORE.search(s.text[max(0, lo - 100) : lo])
            words = before["words"].strip() if before else ""
            span = (lo - len(before["words"]), lo) if before and words else None
        if span is None:
            out.append(r)
            continue
        anchor = next(c for c in r.figures if (c.start, c.end) in where)
        at = _located(text, s, anchor, where[anchor.start, anchor.end][1], span, lines) if text is not None else None
        out.append(replace(r, measured=s.text[span[0] : span[1]].strip(), measured_at=at))
    return out


def _located(text: str, s: Sentence, anchor: Claim, at: int, span: tuple[int, int], lines: list[Source]) -> Location | None:
    """Where the sentence's words span[0]:span[1] are in the article's text, read from a figure of the
    sentence (`anchor`, at `at` in it) over the white space the one-lined sentence collapsed."""
    lo, hi = span
    lo += len(s.text[lo:hi]) - len(s.text[lo:hi].lstrip())
    hi -= len(s.text[lo:hi]) - len(s.text[lo:hi].rstrip())
    ahead = lo >= at
    stretch = s.text[at:lo] if ahead else s.text[hi:at]
    inner = r"\s+".join(re.escape(w) for w in s.text[lo:hi].split(" ")).replace("–", "[–-]")  # a dash may be a spaced hyphen
    gap = r"\s+".join(re.escape(w) for w in stretch.split(" ")).replace("–", "[–-]")
    if ahead:  # from the figure on, over the words between, to the words
        m = re.compile(f"{gap}(?P<w>{inner})").match(text, anchor.start)
    else:  # the words, and the words between, ending at the figure (white space at most thrice as long as one-lined)
        m = re.compile(rf"(?P<w>{inner}){gap}\Z").search(text, max(0, anchor.start - 3 * (at - lo) - 8), anchor.start)
    if m is None:
        return None
    if not lines:
        lines.append(Source.build(anchor.source, text))
    line, column = lines[0].position(m.start("w"))
    end_line, end_column = lines[0].position(m.end("w"))
    return Location(anchor.source, line, column, end_line, end_column, m["w"])

