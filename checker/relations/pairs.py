"""The two figures a change goes between: "from 2,400 to 3,100", "to 930 from 310", "3,100, up from 2,400",
"5,400, compared with 6,500"; the pair a stated change or trend word describes, in its sentence or under a headline."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from fractions import Fraction

from checker.model import Claim
from checker.relations.passage import Placed, Sentence, range_ends

ENDS = {"count", "money", "percent", "measure"}
_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|just[ \t]+over|just[ \t]+under|more[ \t]+than|over|under|fewer[ \t]+than|less[ \t]+than)[ \t]+)?"
_FROM = re.compile(rf"\bfrom[ \t]+{_HEDGE}$", re.I)
_TO = re.compile(rf"^[^;:,]{{0,40}}?\bto[ \t]+{_HEDGE}$", re.I)
_TO_BEFORE = re.compile(rf"\bto[ \t]+{_HEDGE}$", re.I)
_FROM_AFTER = re.compile(rf"^[^;:,]{{0,40}}?\bfrom[ \t]+{_HEDGE}$", re.I)
_UP_FROM = re.compile(rf"^[^;:]{{0,20}}?,?[ \t]*(?:(?:up|down|rising|falling|climbing|dropping)[ \t]+|(?:a[ \t]+)?(?:rise|fall|drop|jump|increase)[ \t]+)"
                      rf"(?:(?:by[ \t]+)?[\d.]+[ \t]*(?:%|per[ \t]*cent|percent)[ \t]+)?from[ \t]+{_HEDGE}$", re.I)
_AGAINST = re.compile(rf"^[^;:]{{0,30}}?,?[ \t]*(?:compared[ \t]+(?:with|to)|against|versus)[ \t]+{_HEDGE}$", re.I)
_THEN_FROM = re.compile(rf"^,?[ \t]+(?:up[ \t]+|down[ \t]+)?from[ \t]+{_HEDGE}$", re.I)
CONTINUES = re.compile(r"^(?:it|they|that|this|the[ \t]+(?:number|figure|total|count)|numbers|the[ \t]+rise|the[ \t]+increase)\b", re.I)
# words between a change and a pair that make the pair another clause's: "Profits doubled, while revenue rose from 10 to 12"
_BREAK = re.compile(r";|,[ \t]*(?:while|whereas|but|and|although|though|as|when)\b", re.I)
_ANOTHER = re.compile(_BREAK.pattern + r"|\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en)?|grew|grow[sn]?|increased|decreased|dropped|climbed|went|"
                      r"jumped|slumped|doubled|halved|trebled|tripled)\b"
                      r"|\b(?:real[ \t]+terms|inflation|per[ \t]+(?:head|capita|person)|a[ \t]+year|annual(?:ly)?|each[ \t]+year|on[ \t]+average)\b", re.I)
_PAIRED = re.compile(r"\b(?:from|compared|against|versus)\b", re.I)
REACH = 80  # characters between a stated change and the figures it goes between


@dataclass(frozen=True, slots=True)
class Pair:
    """The two figures a change goes between, and the words of the pair."""

    start: Claim
    end: Claim
    at: int  # where the pair's words start and end in the sentence
    stop: int


def pairs(s: Sentence) -> list[Pair]:
    """Every 'from X to Y', 'to Y from X' and 'Y, up from X' of a sentence, in order."""
    out: list[Pair] = []
    if len(s.figures) < 2 and s.figures[0].claim.kind != "range" or not _PAIRED.search(s.text):
        return out  # one figure that is no range, or no word that pairs two figures: most sentences
    figures = s.figures
    for i, p in enumerate(figures):
        c = p.claim
        if c.kind == "range" and c.text.lower().startswith("from"):
            ends = range_ends(c)
            if ends is not None:
                out.append(Pair(*ends, p.at, p.end))
            continue
        if c.kind == "range" and c.unit == "percent" and i + 1 < len(figures):  # "grew 15% to 5,400, up from 4,200"
            to = range_ends(c)
            after = figures[i + 1]
            gap = s.between(p, after)
            if to is not None and after.claim.kind == to[1].kind and (_UP_FROM.match(gap) or _THEN_FROM.match(gap)):
                out.append(Pair(after.claim, to[1], p.at, after.end))
            continue
        if c.kind not in ENDS:
            continue
        nxt = next((q for q in figures[i + 1 : i + 4] if q.claim.kind in ENDS), None)
        if nxt is None or nxt.claim.kind != c.kind or nxt.claim.unit != c.unit:
            continue
        gap = s.between(p, nxt)
        if _FROM.search(s.before(p, 30)) and _TO.match(gap):
            out.append(Pair(c, nxt.claim, p.at, nxt.end))
        elif (_TO_BEFORE.search(s.before(p, 30)) and (_FROM_AFTER.match(gap) or _THEN_FROM.match(gap))) or _UP_FROM.match(gap) \
                or _AGAINST.match(gap):
            out.append(Pair(nxt.claim, c, p.at, nxt.end))
    return out


def nearest(s: Sentence, p: Placed, found: list[Pair]) -> Pair | None:
    """The pair a stated change or trend word describes: the first starting after it within reach,
    else the last ending just before it."""
    k = bisect_left(found, p.at, key=lambda q: q.at)  # a pair may open at the change itself ("15% to 5,400, up from 4,200")
    if k < len(found) and found[k].at - p.end <= REACH and not _ANOTHER.search(s.text[p.end : found[k].at]):
        return found[k]
    before = found[k - 1] if k else None
    if before is not None and before.at <= p.at and p.end <= before.stop:
        return before  # the change stands inside its pair: "3,100, up 15% from 2,400"
    if before is None or not before.stop <= p.at or p.at - before.stop > 30 or _BREAK.search(s.text[before.stop : p.at]):
        return None
    return before


def headline(s: Sentence) -> bool:
    """A headline or standfirst: a line with no closing stop."""
    return not s.text.rstrip().endswith((".", "!", "?", ":", ";", ","))


def told_again(head: Sentence, body: Sentence) -> Pair | None:
    """The one pair of the sentence under a headline that ends at, or starts from, a figure the headline states ("Cases
    double to 428" over "Cases rose from 126 in 2017 to 428 in 2018")."""
    stated: set[Fraction | None] = {p.claim.value for p in head.figures if p.claim.kind in ENDS and p.claim.value is not None}
    for p in head.figures:  # "up 20% to 6,000": the figure a change leads to
        ends = range_ends(p.claim, low_percent=p.claim.unit == "percent") if p.claim.kind == "range" else None
        stated |= {ends[1].value} if ends is not None else set()
    found = [q for q in pairs(body) if q.end.value in stated or q.start.value in stated]
    return found[0] if len(found) == 1 else None
