"""Restatement: one amount told twice side by side ("one in four pupils (25%)", "$2.6bn (£1.4bn)",
"a third, or 33 per cent"). Poll pairs ("32%-25%"), scores, ages and years are never restatements."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from checker.relations.passage import Placed, Sentence, span
from checker.relations.record import Relation

# up to two words, then a bracket, ", or", ", that is", a spaced dash: "pupils (", "pupils, or ", " – "
_JOIN = regex.compile(r"(?:[ \t]+[\p{L}'’-]+){0,3}[ \t]*(?:\([ \t]*(?:about|around|some|roughly|nearly|almost|approximately|c\.?)?"
                      r"|,[ \t]*(?:or|that[ \t]+is|equivalent[ \t]+to|equal[ \t]+to)|[ \t][–—][ \t]*(?:or[ \t]+)?|[ \t]+or)[ \t]*", regex.I)
PAIRS = {("ratio", "percent"), ("percent", "ratio"), ("money", "money")}


def restatements(passage: list[Sentence]) -> Iterator[Relation]:
    """Two neighbouring figures of one measure joined by a bracket, ', or' or a dash."""
    for s in passage:
        for a, b in zip(s.figures, s.figures[1:]):
            pair = (a.claim.kind, b.claim.kind)
            if pair not in PAIRS or not 0 <= b.at - a.end <= 24 or not _JOIN.fullmatch(s.between(a, b)):
                continue
            if pair == ("money", "money") and not _currency_pair(a, b):
                continue
            if "percent" in pair and (a.claim.unit or "percent") != "percent" and (b.claim.unit or "percent") != "percent":
                continue
            kind = "currency" if pair == ("money", "money") else "ratio-percent"
            yield Relation("restatement", (a.claim, b.claim), ("first", "second"), span(s, a, b), (("as", kind),))


# two rivals' figures side by side: "32%-25%", "45% to 40%", "44 percent to Jones's 34 percent", "52 vs 48"
_RIVALS = regex.compile(r"[ \t]*(?:-|–|—|to|vs\.?|versus)[ \t]*(?:\p{Lu}[\p{L}'’.-]*(?:['’]s)?[ \t]+)?", regex.I)
_VERSUS = regex.compile(r"[ \t]*(?:-|–|vs\.?|versus)[ \t]*")  # counts: "3-1", "52 vs 48", never "2,400 to 3,100"
_FROM = regex.compile(r"\b(?:from|between|rising|falling|rose|fell|up|down)[ \t]+$", regex.I)
RIVALS = {"percent", "count"}


def rivals(passage: list[Sentence]) -> Iterator[Relation]:
    """Figures told against a rival's (poll pairs, scores, match-ups: "32%-25%", "45% to 40%"): never one quantity
    told twice, never summed."""
    for s in passage:
        for a, b in zip(s.figures, s.figures[1:]):
            if a.claim.kind not in RIVALS or b.claim.kind != a.claim.kind or _FROM.search(s.before(a, 20)):
                continue
            gap = s.between(a, b)
            joined = _RIVALS.fullmatch(gap) if a.claim.kind == "percent" else _VERSUS.fullmatch(gap)
            if joined or (a.end == b.at and b.claim.text.startswith("-")):
                yield Relation("rivals", (a.claim, b.claim), ("first", "second"), span(s, a, b))


def _currency_pair(a: Placed, b: Placed) -> bool:
    """Two sums of money in two currencies, both stated in their own (not converted) units."""
    return bool(a.claim.unit and b.claim.unit and a.claim.unit != b.claim.unit)
