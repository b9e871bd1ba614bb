"""Change ("rose 15% from 2,400 to 3,100", "a 40 per cent fall, from 900 to 610", "up by 1,200 to
5,400 from 4,200") and trend ("doubled", "nearly trebled", "tenfold", with its two figures wherever
they stand in the sentence, or in the next one when it continues it: "It rose from 126 to 428")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from checker.extract.bounds import count_step, hedged, rounding
from checker.extract.numbers import parse_at
from checker.model import Claim, Interval, WHEN_KINDS
from checker.relations.pairs import (AMOUNT_OR, CONTINUES, ENDS, FALLS, MOVED_BY, MOVES, NOUNS, Pair, differences, headline, nearest, pairs,
                                     same_thing, told_again)
from checker.relations.passage import Placed, Sentence, next_to, percent_step, range_ends
from checker.relations.record import Relation
from checker.relations.timed import timed

_NAMED_CHANGE = re.compile(rf"\b(?:(?:a|an)[ \t]+(?P<way>{NOUNS})[ \t]+of"
                           r"|(?P<dir>up|down))[ \t]+$", re.I)
# an amount named a rise or a fall: "an increase of 40 on the 190", "a fall of 1,200"; never "up 40" (a score, a rank)
_NAMED_AMOUNT = re.compile(rf"\b(?:a|an)[ \t]+(?P<way>{NOUNS})[ \t]+of[ \t]+$", re.I)
_POINTS = re.compile(r"^[ \t]+(?:percentage[ \t]+)?points?\b", re.I)  # "down five points": a count of points is a change of a percentage
# a verb that moves its object by the percentage after "by": "increased its membership fee by 15%", "cut the grant by a tenth",
# "was lifted by almost a fifth"
_MOVED_IT = re.compile(r"\b(?:(?P<down>cut|cuts|reduced|reduces|slashed|slashes|trimmed|trims|lowered|lowers)|increased|increases|raised|raises|"
                       r"lifted|lifts|hiked|hikes|boosted|boosts|put[ \t]+up)(?:[ \t]+[a-z][\w'’-]*){0,4}[ \t]+by[ \t]+$", re.I)
_TO_NEXT = re.compile(r"^[ \t]+to[ \t]")  # an amount moved "by", then the figure it moves to
# a percentage with its direction after it: "closed 6% lower at 240p", "were 9% higher at £9,250", "is 4% up on last year"
_WAY_AFTER = re.compile(r"^[ \t]+(?P<way>higher|lower|up|down)[ \t]+(?:at|on)\b", re.I)


def stated_changes(s: Sentence) -> Iterator[tuple[Placed, Claim]]:
    """The changes a sentence states: change figures, a percentage named a rise or a fall ("a rise of
    15%"), and the percentage of a change read with the figure it leads to ("grew 15% to 5,400")."""
    for p in s.figures:
        c = p.claim
        if c.kind == "change" and "from" not in dict(c.details) and c.value is not None:
            yield p, c
        elif c.kind == "percent" and c.unit in {"percent", "percentage_point"} and (named := _NAMED_CHANGE.search(s.before(p, 30))):
            way = (named["way"] or named["dir"]).lower()
            yield p, c._replace(kind="change", details=(("direction", "down" if way in FALLS else "up"),))
        elif c.kind == "percent" and c.unit in {"percent", "percentage_point"} and (moved := MOVES.search(s.before(p, 30)) or _MOVED_IT.search(s.before(p, 60))):
            yield p, c._replace(kind="change", details=(("direction", "down" if moved["down"] else "up"),))  # "slipped 4 per cent"
        elif c.kind == "percent" and c.unit == "percent" and (moved := AMOUNT_OR.search(s.before(p, 60))):
            yield p, c._replace(kind="change", details=(("direction", "down" if moved["down"] or moved["fall"] else "up"),))  # "down $100m, or 25%"
        elif c.kind == "ratio" and c.value is not None and (moved := MOVED_BY.search(s.before(p, 30)) or _MOVED_IT.search(s.before(p, 60))):
            yield p, c._replace(kind="change", unit="percent", value=c.value * 100, interval=c.interval.scaled(Fraction(100)),
                                details=(("direction", "down" if moved["down"] else "up"),))  # "lifted by almost a fifth"
        elif c.kind == "percent" and c.unit == "percent" and (way := _WAY_AFTER.match(s.after(p, 16))):
            yield p, c._replace(kind="change", details=(("direction", "down" if way["way"].lower() in {"lower", "down"} else "up"),))
        elif c.kind == "ratio" and c.value is not None and (named := _NAMED_CHANGE.search(s.before(p, 30))) and named["way"]:
            way = "down" if named["way"].lower() in FALLS else "up"  # "a rise of more than a half", "a fall of almost a third"
            yield p, c._replace(kind="change", unit="percent", value=c.value * 100, interval=_bound(c).scaled(Fraction(100)),
                                details=(("direction", way),))
        elif c.kind == "count" and _POINTS.match(s.after(p, 24)) and (moved := MOVES.search(s.before(p, 30)) or _NAMED_CHANGE.search(s.before(p, 30))):
            down = moved.groupdict().get("down") or (moved.groupdict().get("way") or moved.groupdict().get("dir") or "").lower() in FALLS
            yield p, c._replace(kind="change", unit="percentage_point", details=(("direction", "down" if down else "up"),))  # "down five points"
        elif c.kind in {"count", "money"} and (named := _NAMED_AMOUNT.search(s.before(p, 30))):
            yield p, c._replace(kind="change", details=(("direction", "down" if named["way"].lower() in FALLS else "up"),))
        elif c.kind in {"count", "money"} and (moved := MOVED_BY.search(s.before(p, 30))) and _TO_NEXT.match(s.after(p, 8)):
            yield p, c._replace(kind="change", details=(("direction", "down" if moved["down"] else "up"),))  # "rose by £2m to £14m"
        elif c.kind == "range" and not c.text.lower().startswith(("from", "between")) \
                and (moved := (MOVES if c.unit == "percent" else MOVED_BY).search(s.before(p, 30))):
            split = _percent_then_figure(c, bool(moved["down"]))
            if split is not None:
                yield Placed(split[0], p.at, p.at + len(split[0].text)), split[0]


def _bound(c: Claim) -> Interval:
    """A share in words read as the bound it is when it is one: "more than a half" is any share above a half, "less than a
    third" any below; hedged near a value ("almost a third") as the share allows."""
    iv = c.interval
    if c.qualifier in {"more_than", "at_least"}:
        return Interval(iv.low, None, iv.low_closed, False)
    if c.qualifier in {"less_than", "at_most"}:
        return Interval(None, iv.high, False, iv.high_closed)
    return iv


def _percent_then_figure(c: Claim, down: bool) -> tuple[Claim, Claim] | None:
    """'15% to 5,400' (or 'by 1,500 to 4,210'), read as one range, split into the change and the figure it leads to."""
    low, high = (dict(c.details).get(k) for k in ("low_text", "high_text"))
    if not isinstance(low, str) or not isinstance(high, str) or high.endswith("%"):
        return None
    n = parse_at(low.lstrip("£$€"), 0)
    at = c.text.find(" to ")
    if n is None or at < 0:
        return None
    sign = -1 if down else 1
    step = percent_step(n.step) if c.unit == "percent" else count_step(n.step, n.value, n.scaled)
    stated = c._replace(kind="change", text=c.text[:at], end=c.start + at, value=sign * n.value,
                        interval=rounding(n.value, step).scaled(Fraction(sign)),
                        details=(("direction", "down" if down else "up"),))
    return stated, c


def changes(passage: list[Sentence]) -> Iterator[Relation]:
    """A stated change (a percentage, points or an amount) and the two figures it goes between."""
    for k, s in enumerate(passage):
        found = pairs(s)
        for p, c, between in differences(s):
            yield Relation("change", (c, between.start, between.end), ("stated", "from", "to"), _words(s, p, between))
        if found and k + 1 < len(passage) and next_to(s, passage[k + 1]):
            yield from _named_next(s, found[-1], passage[k + 1])  # "fell from 6,400 to 4,800. The drop, of 30 per cent, ..."
        if not found:
            told_here = False
            if k + 1 < len(passage) and next_to(s, passage[k + 1]) and _EARLIER.match(passage[k + 1].text):
                for r in _then(s, passage[k + 1], "change", list(stated_changes(s))):  # "rose 8% to $3.2bn. A year earlier ... $2.6bn."
                    told_here = True
                    yield r
            if k + 1 < len(passage) and next_to(s, passage[k + 1]) and not headline(s):
                for r in _paired_next(s, passage[k + 1]):  # "House prices fell 12%. The average home costs £240,000, down from £250,000."
                    told_here = True
                    yield r
            if k + 1 < len(passage) and headline(s):  # "Helpline calls up 50% to 6,000" over "Calls rose from 4,000 to 6,000."
                told_here = True
                for p, c in stated_changes(s):
                    again = told_again(s, passage[k + 1], p)
                    if again is not None and again.start.value:
                        words = f"{c.text} ... {passage[k + 1].text[again.at : again.stop]}"
                        yield Relation("change", (c, again.start, again.end), ("stated", "from", "to"), words)
            if not told_here and len(stated := list(stated_changes(s))) == 1:  # "had 41,000 visitors last year. This year it is up 40 per cent, at 46,000."
                for start, end, words in timed(passage, k, stated[0][0]):
                    yield Relation("change", (stated[0][1], start, end), ("stated", "from", "to"), words)
            continue
        for p, c in stated_changes(s):
            pair = nearest(s, p, [q for q in found if c.start not in (q.start.start, q.end.start)])  # never a pair of the change
            if pair is not None and pair.start.value:
                yield Relation("change", (c, pair.start, pair.end), ("stated", "from", "to"), _words(s, p, pair))


def _paired_next(s: Sentence, nxt: Sentence) -> Iterator[Relation]:
    """A sentence's one stated change and the one pair of the next sentence, when that states no change of its own and
    says what the change's words before it say, the same way ("House prices fell 12% over the year. The average home now
    costs £240,000, down from £250,000."; not "Sales rose 10%. Profits went from £2m to £3m.", nor a rise on the year then
    a fall on the quarter)."""
    stated, found = list(stated_changes(s)), pairs(nxt)
    if len(stated) != 1 or len(found) != 1 or list(stated_changes(nxt)) or not found[0].start.value:
        return
    (p, c), pair = stated[0], found[0]
    told = dict(c.details).get("direction")
    up = told == "up" if told else c.value is not None and c.value > 0
    if pair.end.value is None or pair.start.value is None or (pair.end.value > pair.start.value) != up:
        return  # "9% higher on the year. ... £182,000, down from £187,000 in the summer": another comparison
    if same_thing(s.text[: p.at], " ".join([nxt.text[: pair.at], *(q.subject or "" for q in (pair.start, pair.end))])):
        yield Relation("change", (c, pair.start, pair.end), ("stated", "from", "to"), f"{s.text[p.at : p.end]} ... {nxt.text[pair.at : pair.stop]}")


# a sentence opened by the change of the one before it, named, then its percentage: "The drop, of 30 per cent, ...", "The
# increase of 15% was ...", "That fall was 20%"
_NAMED_NEXT = re.compile(rf"^(?:the|this|that)[ \t]+(?P<way>{NOUNS})"
                         r"[ \t]*,?[ \t]+(?:of|was|is|represents|amounts[ \t]+to|amounted[ \t]+to)[ \t]+$", re.I)


def _named_next(s: Sentence, pair: Pair, nxt: Sentence) -> Iterator[Relation]:
    """The last pair of a sentence and the change the next one names with its percentage when it opens with it."""
    first = next((q for q in nxt.figures if q.claim.kind not in WHEN_KINDS), None)  # "That fall" is no autumn
    named = _NAMED_NEXT.match(nxt.text[: first.at]) if first is not None else None
    if first is None or named is None or first.claim.kind != "percent" or first.claim.unit != "percent" or not pair.start.value:
        return
    stated = first.claim._replace(kind="change", details=(("direction", "down" if named["way"].lower() in FALLS else "up"),))
    yield Relation("change", (stated, pair.start, pair.end), ("stated", "from", "to"),
                   f"{s.text[pair.at : pair.stop]} ... {nxt.text[: first.end]}")


# a figure, then a multiple of another: "4,400 a week, double the 3,000 it paid", "900, twice the 450 of 2020", "210, half
# last year's 420"
_MULTIPLE = re.compile(r"^(?:[ \t]+[a-z][\w'’-]*){0,3},?[ \t]+(?:(?P<hedge>almost|nearly|more[ \t]+than|roughly|about)[ \t]+)?"
                       r"(?P<word>double|twice|treble|triple|three[ \t]+times|four[ \t]+times|five[ \t]+times|ten[ \t]+times|half)"
                       r"[ \t]+(?:the|its|their|last[ \t]+year['’]s|that[ \t]+of)[ \t]+$", re.I)
MULTIPLES = {"double": Fraction(2), "twice": Fraction(2), "treble": Fraction(3), "triple": Fraction(3), "three times": Fraction(3),
             "four times": Fraction(4), "five times": Fraction(5), "ten times": Fraction(10), "half": Fraction(1, 2)}
QUALIFIERS = {"almost": "almost", "nearly": "almost", "more than": "more_than", "roughly": "approx", "about": "approx"}


def multiples(s: Sentence) -> Iterator[Relation]:
    """A figure told as a multiple of another after it ("4,400 pounds a week, double the 3,000 pounds it paid last year"):
    a trend from the second to the first, the multiple's word its stated figure."""
    figures = [p for p in s.figures if p.claim.kind not in WHEN_KINDS | {"duration", "multiplier"}
               and not p.claim.text.lower().endswith(("half", "double", "twice", "treble", "triple", "times"))]  # the multiple's word
    for now, then in zip(figures, figures[1:]):
        m = _MULTIPLE.match(s.between(now, then))
        if m is None or (now.claim.kind, now.claim.unit) != (then.claim.kind, then.claim.unit) or now.claim.kind not in ENDS:
            continue
        value = MULTIPLES[" ".join(m["word"].lower().split())]
        hedge = QUALIFIERS.get(" ".join((m["hedge"] or "").lower().split()), "exact")
        shift = now.end - now.at + m.start("word")  # from the figure's first letter to the word's, on one line
        if "\n" in now.claim.text or "\n" in s.between(now, then):
            continue
        stated = now.claim._replace(kind="multiplier", text=m["word"], start=now.claim.start + shift, column=now.claim.column + shift,
                                    end=now.claim.start + shift + len(m["word"]), value=value, unit="times",
                                    qualifier=hedge, interval=hedged(value, Fraction(0), hedge), details=())
        told = next((q.claim for q in s.figures if q.claim.kind == "multiplier" and now.end <= q.at < then.at), None)
        yield Relation("trend", (told or stated, then.claim, now.claim), ("stated", "from", "to"), s.text[now.at : then.end])


def trends(passage: list[Sentence]) -> Iterator[Relation]:
    """A trend word and the two figures it describes, in its sentence or the next when that continues it; a figure told
    as a multiple of another (`multiples`)."""
    for k, s in enumerate(passage):
        yield from multiples(s)
        words = list({(p.claim.start, p.claim.end): p for p in s.figures if p.claim.kind == "multiplier"}.values())
        if len(words) != 1:  # one trend word (read once, however many readings the extraction gave its words)
            continue
        p = words[0]
        pair = nearest(s, p, pairs(s))
        where = s
        if pair is None and k + 1 < len(passage) and CONTINUES.match(passage[k + 1].text):
            where = passage[k + 1]
            found = pairs(where)
            pair = found[0] if len(found) == 1 else None
        elif pair is None and k + 1 < len(passage) and headline(s):
            where, pair = passage[k + 1], told_again(s, passage[k + 1], p)
        elif pair is None and k + 1 < len(passage) and next_to(s, passage[k + 1]) and (dated := _dated_pair(passage[k + 1])):
            where, pair = passage[k + 1], dated  # "has halved. Police logged 21,450 offences in 2024 and 15,900 in 2025."
        elif pair is None and k + 1 < len(passage) and next_to(s, passage[k + 1]) and _EARLIER.match(passage[k + 1].text):
            yield from _then(s, passage[k + 1], "trend", [(p, p.claim)])  # "tripled to 9,000 ... Two years ago there were 4,500."
            continue
        if pair is None and not headline(s):  # "In 2018 the charity ran 30 clubs. It now runs five times as many – about 90."
            for start, end, told in timed(passage, k, p):
                yield Relation("trend", (p.claim, start, end), ("stated", "from", "to"), told)
            continue
        if pair is not None and pair.start.value:
            text = _words(s, p, pair) if where is s else f"{p.claim.text} ... {where.text[pair.at : pair.stop]}"
            yield Relation("trend", (p.claim, pair.start, pair.end), ("stated", "from", "to"), text)


_IN_YEAR = re.compile(r"^(?:[ \t]+[a-z][\w'’-]*)?[ \t]+(?:in|during)[ \t]+$")  # "8,200 in 2023", "3,400 parcels in 2022"
_AND_THEN = re.compile(r"^[ \t]*,?[ \t]*(?:and|but|against|compared[ \t]+with)[ \t]+(?:(?:just|only|some|about|nearly)[ \t]+)?$", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _dated_pair(s: Sentence) -> Pair | None:
    """A sentence's only two figures of one thing, each told of its own year, the earlier first ("logged 21,450 offences
    in 2024 and 15,900 in 2025"): where a trend went from and to."""
    ends = [i for i, p in enumerate(s.figures) if p.claim.kind in ENDS]
    if len(ends) != 2 or ends[1] + 1 >= len(s.figures):
        return None
    (a, year_a), (b, year_b) = ((s.figures[i], s.figures[i + 1]) for i in ends)
    if (a.claim.kind, a.claim.unit) != (b.claim.kind, b.claim.unit) or not all(
            y.claim.kind == "date" and _YEAR.fullmatch(y.claim.text) and _IN_YEAR.match(s.between(x, y))
            for x, y in ((a, year_a), (b, year_b))):
        return None
    if int(year_a.claim.text) >= int(year_b.claim.text) or not _AND_THEN.match(s.between(year_a, b)):
        return None
    return Pair(a.claim, b.claim, a.at, year_b.end)


# a sentence that gives where a change in the one before it went from: "A year earlier they stood at $2.6bn.", "That compares
# with 4,100 in 2022.", "In 2021 the figure was 610."
_EARLIER = re.compile(r"^(?:(?:a|one|two|three|four|five|ten|\d+)[ \t]+(?:years?|decades?)[ \t]+(?:earlier|before|ago)|(?:twelve|12|six|three)[ \t]+months[ \t]+(?:earlier|before|ago)|"
                      r"the[ \t]+(?:year|month)[ \t]+before|last[ \t]+year|in[ \t]+(?:19|20)\d\d|(?:that|this)[ \t]+compares[ \t]+with)\b", re.I)


def _then(s: Sentence, nxt: Sentence, kind: str, stated: list[tuple[Placed, Claim]]) -> Iterator[Relation]:
    """A change (or trend word) and the figure it leads to ("rose 8% to $3.2bn", "fell 10% to 4,500", "tripled to 9,000"),
    and the one figure of the same kind the next sentence gives as where it went from."""
    earlier = [q for q in nxt.figures if q.claim.kind not in WHEN_KINDS | {"duration"}]
    if len(earlier) != 1 or earlier[0].claim.value is None:
        return
    start = earlier[0].claim
    for p, c in stated:
        to = _led_to(s, p)
        if to is not None and start.kind == "money" and to.kind == "count" and to.unit is None and to.text[:1] in "£$€":
            to = to._replace(kind="money", unit=start.unit)
        if to is not None and (to.kind, to.unit) == (start.kind, start.unit):
            yield Relation(kind, (c, start, to), ("stated", "from", "to"), f"{s.text[p.at : p.end]} ... {nxt.text[: earlier[0].end]}")


_TO_FIGURE = re.compile(r"^[ \t]+to[ \t]+$", re.I)


def _led_to(s: Sentence, p: Placed) -> Claim | None:
    """The figure a stated change leads to: the other end of its range ("8% to $3.2bn" read as one), or the figure just
    after it and "to"."""
    whole = next((q for q in s.figures if q.at == p.at and q.claim.kind == "range"), None)
    if whole is not None:
        ends = range_ends(whole.claim)
        return ends[1] if ends is not None else None
    after = next((q for q in s.figures if q.at >= p.end), None)
    return after.claim if after is not None and _TO_FIGURE.match(s.between(p, after)) else None


def _words(s: Sentence, p: Placed, pair: Pair) -> str:
    lo, hi = min(p.at, pair.at), max(p.end, pair.stop)
    return s.text[lo:hi]


__all__ = ["Pair", "changes", "stated_changes", "trends"]
