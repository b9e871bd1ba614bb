"""Restatement: one amount told twice side by side ("one in four pupils (25%)", "$2.6bn (£1.4bn)",
"a third, or 33 per cent"). Poll pairs ("32%-25%"), scores, ages and years are never restatements."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from checker.relations.pairs import headline
from checker.relations.passage import Placed, Sentence, continued, next_to, span
from checker.relations.record import Relation
from checker.model import WHEN_KINDS

# up to eight words (what is counted: "adults in the borough", "new cars sold in Norway last month"), then a bracket, ", or", ", that is", a spaced dash: "pupils (", "pupils, or ", " – "
_JOIN = regex.compile(r"(?:[ \t]+[\p{L}'’-]+){0,8}[ \t]*(?:\([ \t]*(?:about|around|some|roughly|nearly|almost|approximately|c\.?)?"
                      r"|,[ \t]*(?:or|that[ \t]+is|(?:the[ \t]+)?equivalent[ \t]+(?:to|of)|equal[ \t]+to)|[ \t][–—][ \t]*(?:or[ \t]+)?|[ \t]+or)[ \t]*", regex.I)
NEAR = 48  # characters between a figure and its restatement, at most (" adults in the borough (", " pupils, the equivalent of ")
PAIRS = {("ratio", "percent"), ("percent", "ratio"), ("money", "money"), ("range", "range")}
# between two more conversions inside one bracket: "1.4bn euros (£960m; $1.85bn)", "$9.4bn (261bn roubles, £4.8bn)"
_ALSO = regex.compile(r"[ \t]*[;,:/][ \t]*")
ALSO = 2  # conversions after the first in one bracket, at most


def restatements(passage: list[Sentence]) -> Iterator[Relation]:
    """Two neighbouring figures of one measure joined by a bracket, ', or' or a dash; a sum and every
    conversion of it in one bracket, each against the others; a ratio in a headline told again below it (`headlined`)."""
    for s in passage:
        for i, (a, b) in enumerate(zip(s.figures, s.figures[1:])):
            a, b = _rupees(s, a), _rupees(s, b)
            pair = (a.claim.kind, b.claim.kind)
            if pair not in PAIRS or not 0 <= b.at - a.end <= NEAR or not _joined(s, a, b):
                continue
            if pair in {("money", "money"), ("range", "range")}:
                if _currency_pair(a, b):
                    yield from _conversions(s, i, [a, b], "(" in s.between(a, b))
                continue
            yield from _ratio_percent(s, a, b)
        figures = [p for p in s.figures if p.claim.kind not in WHEN_KINDS]
        for a, b in zip(figures, figures[1:]):  # "Nine out of ten come from outside Auckland. That is 75 per cent"
            if {a.claim.kind, b.claim.kind} != {"ratio", "percent"}:
                continue
            joined = 0 <= b.at - a.end <= NEAR and _joined(s, a, b)
            if joined and _dated_between(s, a, b) or not joined and continued(s.between(a, b)):  # not read above
                yield from _ratio_percent(s, a, b)
    yield from headlined(passage)


def _dated_between(s: Sentence, a: Placed, b: Placed) -> bool:
    """True when a date or period stands between two figures ("Seven out of 10 cars sold last month – 94% –"), which
    the pairs of neighbouring figures pass over."""
    return any(a.end <= p.at and p.end <= b.at for p in s.figures if p.claim.kind in WHEN_KINDS)


def _ratio_percent(s: Sentence, a: Placed, b: Placed) -> Iterator[Relation]:
    """A ratio and a percentage told as one share, when the percentage is one."""
    if (a.claim.unit or "percent") != "percent" and (b.claim.unit or "percent") != "percent":
        return
    ratio = a.claim if a.claim.kind == "ratio" else b.claim
    told = "share" if _OF_THE.search(ratio.text) and dict(ratio.details).get("whole") is not None else "ratio-percent"
    yield Relation("restatement", (a.claim, b.claim), ("first", "second"), span(s, a, b), (("as", told),))  # "1,300 of the 2,000": a share


# ", about £100m": a hedged restatement after a comma, unless the figure goes on as a difference ("about £1m more")
_COMMA = regex.compile(r"(?:[ \t]+[\p{L}'’-]+){0,4}[ \t]*,[ \t]*")
_COMMA_SET_OFF = regex.compile(r"(?:[ \t]+[\p{L}'’-]+){0,6}[ \t]*,[ \t]*")  # "two out of three shops on the high street, 48%,"
_OF_THE = regex.compile(r"\d[ \t]+of[ \t]+(?:the|its|their|all)[ \t]", regex.I)  # "1,300 of the 2,000", not "four out of five"
_SET_OFF = regex.compile(r"[ \t]*[,–—)]")
_HEDGED = regex.compile(r"(?:about|around|roughly|approximately|some)[ \t]", regex.I)
_GOES_ON = regex.compile(r"^[ \t]*(?:more|less|fewer|higher|lower|up|down|short|over|under|above|below|than|extra|of|in|a|an|per|each)\b",
                         regex.I)


# a ratio told again as "a N% rate" after a dash or comma: "Nine out of ten applicants get a place – a 90% acceptance rate"
_AS_A = regex.compile(r"(?:[ \t]+[\p{L}'’-]+){0,8}[ \t]*(?:,|[ \t][–—])[ \t]*an?[ \t]+", regex.I)
_A_RATE = regex.compile(r"[ \t]+(?:[\p{L}-]+[ \t]+)?(?:rate|share|proportion|ratio|record)\b", regex.I)


def _joined(s: Sentence, a: Placed, b: Placed) -> bool:
    """True when the words between two figures tell the second as the first again."""
    gap = s.between(a, b)
    if _JOIN.fullmatch(gap):
        return True
    if _AS_A.fullmatch(gap) and a.claim.kind == "ratio" and b.claim.kind == "percent" and _A_RATE.match(s.after(b, 40)):
        return True
    if _COMMA_SET_OFF.fullmatch(gap) and {a.claim.kind, b.claim.kind} == {"ratio", "percent"} and _SET_OFF.match(s.after(b, 4)):
        return True  # "one in three households in the district, 43 per cent, now heat": a percentage set off by commas
    return bool(_COMMA.fullmatch(gap) and _HEDGED.match(b.claim.text)) and not _GOES_ON.match(s.after(b, 12))


def _conversions(s: Sentence, i: int, told: list[Placed], bracket: bool) -> Iterator[Relation]:
    """The i-th figure and the sum after it in another currency (`told`); with a bracket, each further sum in the
    bracket ('; $1.85bn') against every sum before it."""
    for c in s.figures[i + 2 : i + 2 + ALSO] if bracket else ():
        if c.claim.kind != told[0].claim.kind or not _ALSO.fullmatch(s.between(told[-1], c)) \
                or c.claim.unit in {t.claim.unit for t in told}:
            break
        told.append(c)
    for k, later in enumerate(told[1:], 1):
        for earlier in told[:k]:
            rupees = tuple(c.claim.start for c in (earlier, later) if s.text.startswith("Rs", c.at) and c.claim.kind == "money")
            yield Relation("restatement", (earlier.claim, later.claim), ("first", "second"), span(s, earlier, later),
                           (("as", "currency"), ("rupees", rupees)))


def headlined(passage: list[Sentence]) -> Iterator[Relation]:
    """A ratio in a headline and the one percentage of the sentence under it, of the thing the ratio counts ("ONE IN TEN
    NURSES QUIT" over "The survey found 25% of nurses left ..." or "The survey of 3,000 nurses found 25% had left"): one
    share told twice."""
    for head, body in zip(passage, passage[1:]):
        ratios = [p for p in head.figures if p.claim.kind == "ratio" and not _OF_THE.search(p.claim.text)]
        shares = [p for p in body.figures if p.claim.kind == "percent" and (p.claim.unit or "percent") == "percent"]
        if len(ratios) != 1 or len(shares) != 1 or not headline(head) or not next_to(head, body):
            continue
        thing = _COUNTED.match(head.after(ratios[0], 40))
        of = _OF_THING.match(body.after(shares[0], 40))
        told = of[1] if of is not None else _told_before(body.before(shares[0], 60), thing[1] if thing else "")
        if thing is not None and told and _stem(thing[1]) == _stem(told):
            yield Relation("restatement", (ratios[0].claim, shares[0].claim), ("first", "second"),
                           f"{head.text[ratios[0].at : ratios[0].end + thing.end()]} ... {body.text[shares[0].at : shares[0].end + (of.end() if of else 0)]}",
                           (("as", "ratio-percent"),))


_COUNTED = regex.compile(r"[ \t]+(?:of[ \t]+(?:(?:all|the|our)[ \t]+)?)?(\p{L}+)", regex.I)  # "ONE IN TEN NURSES", "HALF OF SHOPS": what it counts
_OF_THING = regex.compile(r"[ \t]+of[ \t]+(?:(?:all|the|its|their|our)[ \t]+)?(?:[\p{L}'’-]+[ \t]+){0,2}?(\p{L}+)\b", regex.I)


def _told_before(words: str, thing: str) -> str:
    """The counted thing when the words before a percentage name it ("The survey of 3,000 nurses found 57%", "Among nurses,
    57%"), else ""."""
    return next((w for w in _LETTERS.findall(words) if _stem(w) == _stem(thing)), "") if thing else ""


_LETTERS = regex.compile(r"\p{L}+")


def _stem(word: str) -> str:
    return word.lower().removesuffix("s")


# "Rs 450 crore", "Rs. 90 lakh", "Rs 480bn": rupees, of no country named (India's, Pakistan's, Sri Lanka's, Nepal's ...)
_RS = regex.compile(r"(?<![\w.])Rs\.?[ \t]*$")


def _rupees(s: Sentence, p: Placed) -> Placed:
    """A count told after "Rs" read as a sum in rupees (the extraction reads no currency in "Rs"), else the figure as it is."""
    told = _RS.search(s.before(p, 6)) if p.claim.kind == "count" else None
    if told is None:
        return p
    return Placed(p.claim._replace(kind="money", unit="INR"), p.at - len(told[0]), p.end)  # its words from "Rs"


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
    """Two sums of money (or ranges of sums) in two currencies, both stated in their own (not converted) units."""
    return bool(a.claim.unit and b.claim.unit and a.claim.unit != b.claim.unit and all(_CURRENCY.fullmatch(p.claim.unit or "")
                                                                                      for p in (a, b)))


_CURRENCY = regex.compile(r"[A-Z]{3}")  # an ISO 4217 code: the unit of a sum of money
