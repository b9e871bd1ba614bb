"""The two figures a change goes between: "from 2,400 to 3,100", "to 930 from 310", "3,100, up from 2,400",
"5,400, compared with 6,500"; the pair a stated change or trend word describes, in its sentence or under a headline."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from fractions import Fraction

from checker import arith
from checker.extract.bounds import count_step, rounding
from checker.extract.lexicon import CHANGE_INTENSIFIERS, FALL_NOUNS, RISE_NOUNS
from checker.extract.numbers import parse_at
from checker.meaning.words import content
from checker.model import Claim, Interval, WHEN_KINDS
from checker.relations.passage import Placed, Sentence, range_ends

ENDS = {"count", "money", "percent", "measure", "duration"}
NOUNS = "|".join(sorted(RISE_NOUNS | FALL_NOUNS, key=len, reverse=True))  # the nouns of a change: "a 25 per cent hike"
FALLS = FALL_NOUNS | {"down"}
# the adjective between "by" and a change's size: "soar by a whopping 18 per cent"
INTENSIFIED = rf"(?:an?[ \t]+(?:{'|'.join(sorted(CHANGE_INTENSIFIERS, key=len, reverse=True))})[ \t]+)?"
_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|just[ \t]+over|just[ \t]+under|more[ \t]+than|over|under|fewer[ \t]+than|less[ \t]+than)[ \t]+)?"
# a time whose figure it is, before the figure: "from this year's £480", "to last season's 41,000"
_OWNER = r"(?:(?:(?:this|last|next)[ \t]+(?:year|season|month|week|quarter|term)|(?:19|20)\d\d)['’]s[ \t]+)?"
_FROM = re.compile(rf"\bfrom[ \t]+{_OWNER}{_HEDGE}$", re.I)
_TO = re.compile(rf"^[^;:,]{{0,40}}?\bto[ \t]+{_OWNER}{_HEDGE}$", re.I)
# a clause that carries a change from its first figure to its second: "from £1,250, taking it to £1,450", "on last year's £400,
# bringing the charge to £448"
_TAKING = re.compile(rf"^,?[ \t]*(?:taking|bringing|pushing|lifting|raising|cutting|reducing|putting|leaving)[ \t]+"
                     rf"(?:[a-z][\w'’-]*[ \t]+){{0,5}}?to[ \t]+{_HEDGE}$", re.I)
_ON = re.compile(rf"\bon[ \t]+(?:the|its|their|last[ \t]+year['’]s)[ \t]+{_HEDGE}$", re.I)
_TO_BEFORE = re.compile(rf"\bto[ \t]+{_OWNER}{_HEDGE}$", re.I)
_FROM_AFTER = re.compile(rf"^[^;:,]{{0,40}}?\bfrom[ \t]+{_OWNER}{_HEDGE}$", re.I)
# (the thing counted and its place may stand between the figure and ", down from": "2,310 burglaries in the borough, down from",
# and who said so: "58mm of rain fell last month, the Met Office said, a 45% shortfall on the 74mm")
_SAID = r"(?:,[ \t]+(?:[\w'’.-]+[ \t]+){1,4}(?:said|says|reported|reports|estimated|estimates|added|found)\b)?"
_UP_FROM = re.compile(rf"^(?:[^;:,]{{0,60}}?{_SAID}|[^;:]{{0,20}}?),?[ \t]*(?:(?:up|down|rising|falling|climbing|dropping)[ \t]+|(?:an?[ \t]+)?(?:{NOUNS})[ \t]+"
                      rf"|an?[ \t]+[\d.,]+[ \t]*(?:%|per[ \t]*cent|percent)[ \t]+(?:{NOUNS})[ \t]+)"
                      rf"(?:(?:by|of)[ \t]+)?(?:(?:an?[ \t]+)?(?:[\d.,]+|[a-z]+(?:-[a-z]+)?)[ \t]*(?:%|per[ \t]*cent|percent|(?:percentage[ \t]+)?points?)?[ \t]+)?(?:from|on)[ \t]+"
                      rf"(?:the[ \t]+(?:previous|last|same)[ \t]+(?:year|month|week|quarter|season|term)['’]s[ \t]+|the[ \t]+|"
                      rf"last[ \t]+(?:year|season|month|week|quarter|term)['’]s[ \t]+|(?:19|20)\d\d['’]s[ \t]+)?{_HEDGE}$", re.I)
# "it was 640 in 2019 and is 600 now", "stood at 5,000 in 2020 but is now 4,100": a figure then, and one now
_WAS = re.compile(r"\b(?:was|were|stood[ \t]+at|cost|numbered|totalled|totaled|paid|charged|earned|spent)[ \t]+$", re.I)
_NOW = r"(?:and|but)[ \t]+(?:now[ \t]+)?(?:there[ \t]+)?(?:is|are|stands[ \t]+at|costs|numbers|totals|pays?|charges?|earns?|spends?)"
_IS_NOW = re.compile(rf"^[^;:,]{{0,40}}?,?[ \t]+{_NOW}[ \t]+(?:now[ \t]+)?(?:at[ \t]+)?{_HEDGE}$", re.I)
# "a ticket that cost £240 in 2019 now costs £600": the time of the first named, then "now" and the verb, no "and"
_THEN_NOW = re.compile(rf"^[ \t]+(?:in[ \t]+(?:19|20)\d\d|(?:a|one|two|three|four|five|six|ten|\d+)[ \t]+(?:years?|seasons?|decades?)[ \t]+ago|last[ \t]+(?:year|season))[ \t]*,?[ \t]+now[ \t]+"
                       rf"(?:is|are|stands[ \t]+at|costs|numbers|totals|pays|charges|earns|spends)[ \t]+{_HEDGE}$", re.I)
# "when it stood at 3,900; the latest count is 2,950", "was 410 in 2023; now it is 820", "There were 14 then; today there are 42":
# the figure then, and the latest
_LATEST = re.compile(rf"^[^;:]{{0,40}}?[;,][ \t]+(?:(?:the[ \t]+)?(?:latest|current|most[ \t]+recent|new)[ \t]+(?:figure|count|total|number|tally|estimate)"
                     rf"[ \t]+(?:is|stands[ \t]+at|shows)|(?:it|they)[ \t]+(?:now[ \t]+)?(?:is|are|stands?[ \t]+at)[ \t]+now|"
                     rf"(?:now|today)[ \t]+(?:it|they)[ \t]+(?:is|are|stands?[ \t]+at)|(?:now|today)[ \t]+there[ \t]+(?:is|are)|there[ \t]+(?:is|are)[ \t]+now)"
                     rf"[ \t]+{_HEDGE}$", re.I)
# "£3.10 in 2018, £5.90 now", "410 in 2023 and 820 in 2025": each figure of its time, the earlier first
_IN_YEAR_THEN = re.compile(r"^(?:[ \t]+[a-z][\w'’-]*){0,2}?[ \t]+in[ \t]+(?P<year>(?:19|20)\d\d)[ \t]*(?:,|;|,?[ \t]+and|,?[ \t]+but)[ \t]+(?:(?:just|only|some|about|nearly|almost)[ \t]+)?$", re.I)
_THEN_YEAR = re.compile(r"[ \t]+in[ \t]+(?P<year>(?:19|20)\d\d)\b")
# "3,450 last month, 1,200 more than the 2,850 a year earlier": a change told as a difference, between the figures it joins
# (or "£64m was 12% higher than the £52m")
_AFTER_TO = re.compile(r"^(?:[^;:,]{0,30},[ \t]*(?:(?:that|this|which|it)(?:['’]s|[ \t]+(?:is|was|means|represents))[ \t]+)?|[ \t]+(?:was|were|is|are)[ \t]+)$", re.I)
# (or "140mm, some 45% above the monthly average of 96mm": "above" or "below" a norm "of" its figure)
_MORE_THAN = re.compile(rf"^[ \t]+(?:(?:(?P<up>more|higher|greater)|fewer|less|lower)[ \t]+than[ \t]+(?:the[ \t]+|in[ \t]+|last[ \t]+year['’]s[ \t]+)?"
                        rf"|(?:(?P<above>above)|below)[ \t]+(?:the|its|their)[ \t]+(?:[a-z]+(?:['’]s)?[ \t]+)?(?:average|norm|mean|level)[ \t]+of[ \t]+){_HEDGE}$", re.I)
_THAN = re.compile(rf"^[ \t]+than[ \t]+(?:the[ \t]+|in[ \t]+|last[ \t]+year['’]s[ \t]+)?{_HEDGE}$", re.I)  # after a change that says its way
_WAY_ENDS = re.compile(r"\b(?:more|higher|greater|fewer|less|lower)$", re.I)
# a sentence opened by the figure a change goes from: "From 350 in 2015, the number has risen to 2,100", "Compared with 2,500 a year
# earlier, admissions rose 20% to 3,000"
_OPENS = re.compile(rf"^(?:from|compared[ \t]+(?:with|to)|against|up[ \t]+from|down[ \t]+from)[ \t]+"
                    rf"(?:(?:a|the|its|their)[ \t]+(?:low|high|peak|record|total)[ \t]+of[ \t]+|the[ \t]+|its[ \t]+|their[ \t]+|last[ \t]+year['’]s[ \t]+)?{_HEDGE}$", re.I)
OPENS_REACH = 40  # characters before the figure that opens a sentence as where a change goes from
# (or the figure it is now: "Down from 5,000 in 2015, the number ... now stands at 4,000", "..., membership is now 450")
_OPENED_TO = re.compile(rf"^[^;:]{{0,40}},[^;:,]{{0,60}}?\b(?:to|(?:now[ \t]+)?stands[ \t]+at|(?:is|are)[ \t]+now|now[ \t]+(?:is|are))[ \t]+{_HEDGE}$", re.I)
_AGAINST = re.compile(rf"^[^;:]{{0,60}}?,?[ \t]*(?:compared[ \t]+(?:with|to)|against|versus)[ \t]+{_HEDGE}$", re.I)
_THEN_FROM = re.compile(rf"^(?:[ \t]+(?:last|this|a|the|in|on)[ \t]+\w+|[ \t]+[a-z][\w'’-]*)?,?[ \t]+(?:up[ \t]+|down[ \t]+)?from[ \t]+{_HEDGE}$", re.I)
CONTINUES = re.compile(r"^(?:it|they|that|this|the[ \t]+(?:number|figure|total|count)|numbers|the[ \t]+rise|the[ \t]+increase|"
                       r"there[ \t]+(?:were|was|are|is|have[ \t]+been|has[ \t]+been))\b", re.I)
# words between a change and a pair that make the pair another clause's: "Profits doubled, while revenue rose from 10 to 12"
_BREAK = re.compile(r";|,[ \t]*(?:while|whereas|but|and|although|though|as|when(?![ \t]+(?:it|they|the[ \t]+(?:figure|number|total|count))"
                    r"[ \t]+(?:stood|was|were|numbered|totalled|totaled)\b))\b", re.I)
_ANOTHER = re.compile(_BREAK.pattern + r"|\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en)?|grew|grow[sn]?|increased|decreased|dropped|climbed|went|"
                      r"jumped|slumped|doubled|halved|trebled|tripled)\b"
                      r"|\b(?:real[ \t]+terms|inflation|per[ \t]+(?:head|capita|person)|(?<!in[ \t])(?<!over[ \t])(?<!within[ \t])a[ \t]+year|annually|each[ \t]+year|on[ \t]+average)\b|\bannual[ \t]+(?:rate|average|growth|increase|rise|fall|decline|change)", re.I)
# the verbs of a change, up and down: "rose", "edged up", "dipped", "shrank", "is down"
_UP = (r"rose|rise[sn]?|grew|grow[sn]?|grown|increase[ds]?|jump(?:ed|s)?|climb(?:ed|s)?|soar(?:ed|s)?|surge[ds]?|leapt|leap(?:ed|s)?|"
       r"rocket(?:ed|s)?|swelled|gained|"
       r"(?:edged|crept|went|gone|shot|moved|ticked)[ \t]+up|(?:was|were|is|are)[ \t]+up|up")
_DOWN_VERBS = (r"fell|fall(?:s|en)?|drop(?:ped|s)?|decline[ds]?|slump(?:ed|s)?|decrease[ds]?|plunge[ds]?|dip(?:ped|s)?|slip(?:ped|s)?|"
               r"eased|sank|sunk|sinks?|shrank|shrunk|shrinks?|tumble[ds]?|slid|dived|dove|lost|(?:edged|went|gone|moved|ticked)[ \t]+down|(?:was|were|is|are)[ \t]+down|down")
MOVES = re.compile(rf"\b(?:(?P<down>{_DOWN_VERBS})|{_UP})[ \t]+(?:by[ \t]+{INTENSIFIED})?$", re.I)
# a verb of a change and "by": what follows is the amount of the change ("rose by 1,500 to 4,210")
# (and a verb that moves its object: "has been cut by £8m", "was raised by 50p")
MOVED_BY = re.compile(rf"\b(?:(?P<down>{_DOWN_VERBS}|cut|reduced|slashed|trimmed|lowered)|{_UP}|raised|lifted|hiked|boosted)[ \t]+by[ \t]+$", re.I)
# a percentage after the amount of a change and ", or": "down $100m, or 25%", "fell by £2m, or 17%,": the same change told again
AMOUNT_OR = re.compile(rf"\b(?:(?:(?P<down>{_DOWN_VERBS})|{_UP})[ \t]+(?:by[ \t]+)?|an?[ \t]+(?:(?P<fall>{'|'.join(FALL_NOUNS)})|{NOUNS})[ \t]+of[ \t]+)"
                       rf"(?:[^,;:()]|,(?=\d)){{1,24}}?,?[ \t]+or[ \t]+{_HEDGE}$", re.I)
_PAIRED = re.compile(rf"\b(?:from|compared|against|versus|on[ \t]+(?:the|last|(?:19|20)\d\d['’]s)|{_NOW}|than|by|now|today|latest|current|,[ \t]*(?:up|down)|an?[ \t]+(?:{NOUNS})[ \t]+of|"
                     rf"in[ \t]+(?:19|20)\d\d(?:[ \t]*[,;]|[ \t]+and))|\([ \t]*(?:(?:19|20)\d\d|prior|previous|last)", re.I)
# a figure and the year before's in brackets, as annual reports give it: "£210m (2024: £180m)", "£3.1bn (prior year: £2.8bn)"
_PRIOR = re.compile(r"^[ \t]*\([ \t]*(?:(?:19|20)\d\d(?:/\d\d)?|(?:the[ \t]+)?(?:prior|previous|last)[ \t]+(?:year|period))[ \t]*:[ \t]*$", re.I)
# "rose by £2m to £14m", "fell by £2m, or 17%, to £10m" (the change's percentage told between), "cut by £8m, to £30m"
_BY_TO = re.compile(rf"^(?:[ \t]*,[ \t]*or[ \t]+(?:[^,;:()]|,(?=\d)){{1,30}},|[ \t]*,)?[ \t]+to[ \t]+{_HEDGE}$", re.I)
# a figure, then the amount it moved by: "slipped to $300m, down $100m", "at 4,100, up 600"
_BY_AFTER = re.compile(rf"^(?:[ \t]+(?:a|per|each)?[ \t]*[a-z][\w'’-]*){{0,2}}[ \t]*,[ \t]*(?:(?P<way>up|down)[ \t]+(?:by[ \t]+)?|an?[ \t]+(?:(?P<fall>{'|'.join(FALL_NOUNS)})|{NOUNS})[ \t]+of[ \t]+)$", re.I)
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
        if c.kind == "range" and (c.unit == "percent" or MOVED_BY.search(s.before(p, 30))):  # "grew 15% to 5,400, up from 4,200"
            to = range_ends(c)
            after = next((q for q in figures[i + 1 : i + 3] if q.claim.kind not in WHEN_KINDS), None)
            if to is None:
                continue
            if after is not None and after.claim.kind == to[1].kind and (_UP_FROM.match(s.between(p, after)) or _THEN_FROM.match(s.between(p, after))
                                                                  or _PRIOR.match(s.between(p, after))):
                out.append(Pair(after.claim, to[1], p.at, after.end))
            elif (opener := _opener(s, i, to[1].kind)) is not None:  # "Compared with 2,500 a year earlier, admissions rose 20% to 3,000"
                out.append(Pair(opener.claim, to[1], opener.at, p.end))
            elif c.unit != "percent" and (start := _moved_from(*to, bool(MOVED_BY.search(s.before(p, 30))["down"]))) is not None:  # type: ignore[index]
                out.append(Pair(start, to[1], p.at, p.end))  # "grew by 4,000 to 15,000": from 11,000
            continue
        if c.kind not in ENDS:
            continue
        nxt = _same_after(figures, i)
        moved = (MOVED_BY.search(s.before(p, 30)) or MOVES.search(s.before(p, 30))) if c.kind != "percent" else None  # "up 50p to £1.60"
        if nxt is not None and moved is not None and _BY_TO.match(s.between(p, nxt)) \
                and (start := _moved_from(c, nxt.claim, bool(moved["down"]))) is not None:
            out.append(Pair(start, nxt.claim, p.at, nxt.end))  # "shrank by £2m to £10m": from £12m; "fell by £2m, or 17%, to £10m"
            continue
        by = _BY_AFTER.match(s.between(p, nxt)) if nxt is not None and c.kind != "percent" and not _BASE_AFTER.match(s.after(nxt, 16)) else None
        if by is not None and nxt is not None and (start := _moved_from(nxt.claim, c, bool(by["fall"]) or (by["way"] or "").lower() == "down")) is not None:
            out.append(Pair(start, c, p.at, nxt.end))  # "slipped to $300m, down $100m": from $400m
            continue
        for nxt in (_as_measure(c, q) for q in figures[i + 1 : i + 4]):
            if nxt.claim.kind != c.kind or nxt.claim.unit != c.unit:
                continue
            pair = _paired(s, p, nxt)
            if pair is not None:
                out.append(pair)
                break
        else:
            pair = _up_from_after_period(s, i)
            if pair is not None:
                out.append(pair)
    return out


_BASE_AFTER = re.compile(r"^[ \t]+(?:on|from|compared|against|over|than)\b", re.I)  # "an increase of 61 on the 276": its own base


def _same_after(figures: tuple[Placed, ...], i: int) -> Placed | None:
    """The next figure of the i-th figure's kind and unit, past at most one of another (a percentage told between)."""
    c = figures[i].claim
    return next((q for q in map(lambda q: _as_measure(c, q), figures[i + 1 : i + 3]) if (q.claim.kind, q.claim.unit) == (c.kind, c.unit)), None)


TOLD_OF = WHEN_KINDS | {"duration"}  # the figures of a period a figure is told of ("in the three months to June")


def _up_from_after_period(s: Sentence, i: int) -> Pair | None:
    """'rose 12% to $3.4bn in the three months to June, up from $2.6bn': the i-th figure, the period it is of, and
    the figure it went from; the period's words left out of those between them."""
    p = s.figures[i]
    nxt = next((q for q in s.figures[i + 1 : i + 1 + PERIOD_FIGURES] if q.claim.kind not in TOLD_OF), None)
    told = [q for q in s.figures[i + 1 :] if nxt is not None and q.at < nxt.at]
    if nxt is None or not told or (nxt.claim.kind, nxt.claim.unit) != (p.claim.kind, p.claim.unit):
        return None
    gap, at = "", p.end
    for q in told:  # the words between, less the period's
        if q.at >= at:
            gap, at = gap + s.text[at : q.at], q.end
        at = max(at, q.end)
    gap += s.text[at : nxt.at]
    return Pair(nxt.claim, p.claim, p.at, nxt.end) if _UP_FROM.match(gap) else None


PERIOD_FIGURES = 4  # figures of a period between a figure and the one it went from, at most, and that one


def _moved_from(by: Claim, to: Claim, down: bool) -> Claim | None:
    """The figure a change 'by' an amount 'to' a figure went from ("rose by 300 to 1,100": 800; "fell by 40 to 210": 250),
    with the interval the amount's rounding allows from the figure as stated (the figure's own rounding is its own, and
    read at the amount's precision by the checks); placed at the amount's words."""
    if by.value is None or to.value is None or by.unit != to.unit:
        return None
    amount = arith.neg(by.interval) if down else by.interval
    return by._replace(value=to.value - (-by.value if down else by.value), interval=arith.sub(Interval.exact(to.value), amount),
                       qualifier="exact", details=(("moved_by", by.text),))


def _as_measure(c: Claim, q: Placed) -> Placed:
    """A bare count after a measure read in the measure's unit ("5,200 tonnes, ... on the 4,600 of 2022"), else as it is."""
    if c.kind != "measure" or q.claim.kind != "count" or q.claim.subject:
        return q
    return Placed(q.claim._replace(kind="measure", unit=c.unit), q.at, q.end)


def differences(s: Sentence) -> list[tuple[Placed, Claim, Pair]]:
    """'3,450 last month, 1,200 more than the 2,850 sold a year earlier' ('..., 21% more than the 2,850'): the difference
    (as a stated change, with its direction) and the pair it goes between, the figure after 'than' first."""
    out: list[tuple[Placed, Claim, Pair]] = []
    if len(s.figures) < 3 or not any(w in s.text for w in (" than ", " above ", " below ")):
        return out  # most sentences
    figures = [p for p in s.figures if p.claim.kind not in WHEN_KINDS | {"duration"}]  # "£64m for the half-year, That was 12% higher"
    for i in range(1, len(figures) - 1):
        to, d, start = figures[i - 1], figures[i], figures[i + 1]
        relative = d.claim.kind in {"percent", "change"} and d.claim.unit == "percent"  # "4,100, That is 20% more than the 3,800"
        kind = to.claim.kind if relative else d.claim.kind
        if kind not in {"count", "money", "measure"} or not {to.claim.kind, start.claim.kind} == {kind} \
                or len({to.claim.unit, start.claim.unit, *([] if relative else [d.claim.unit])}) > 1:
            continue
        gap = s.between(d, start)
        told = s.text[start.at : start.end]
        said = gap + told[: len(told) - len(_bare(told))]  # the extraction may give "more than" to the 2,850
        more = _MORE_THAN.match(said)
        up = bool(more and (more["up"] or more["above"]))
        if more is None and d.claim.kind == "change" and d.claim.value and _WAY_ENDS.search(d.claim.text):
            more, up = _THAN.match(said), d.claim.value > 0  # "12% higher than the £52m": the way in the change's own words
        base = _unhedged(start.claim, _bare(told))
        if more is not None and base is not None and _AFTER_TO.match(s.between(to, d)):
            stated = d.claim._replace(kind="change", details=(("direction", "up" if up else "down"),))
            out.append((d, stated, Pair(base, to.claim, to.at, start.end)))
    return out


_LEAD_WORDS = re.compile(r"^(?:[a-z'’]+[ \t]+)*", re.I)


def _bare(words: str) -> str:
    """A figure's words without the words that lead into it ("more than the 2,850" is "2,850")."""
    return words[_LEAD_WORDS.match(words).end() :]  # type: ignore[union-attr]


def _unhedged(c: Claim, words: str) -> Claim | None:
    """A figure read from its bare words, with its own rounding (no hedge the extraction gave it from the words before)."""
    if words == c.text:
        return c
    n = parse_at(words.lstrip("£$€"), 0)
    if n is None:
        return None
    at = c.text.rfind(words)
    if at < 0:
        return None
    return c._replace(text=words, start=c.start + at, value=n.value, qualifier="exact",
                      interval=rounding(n.value, count_step(n.step, n.value, n.scaled)))


def _paired(s: Sentence, p: Placed, nxt: Placed) -> Pair | None:
    """The pair two figures of one kind make, by the words around them, if any."""
    gap = s.between(p, nxt)
    before = s.before(p, 30)
    if (_FROM.search(before) or _ON.search(before)) and _TAKING.match(gap):
        return Pair(p.claim, nxt.claim, p.at, nxt.end)
    if _FROM.search(before) and (_TO.match(gap) or p.at <= OPENS_REACH and _OPENS.match(s.text[: p.at]) and _OPENED_TO.match(gap)):
        return Pair(p.claim, nxt.claim, p.at, nxt.end)
    if _WAS.search(before) and (_IS_NOW.match(gap) or _LATEST.match(gap) or _THEN_NOW.match(gap)):
        return Pair(p.claim, nxt.claim, p.at, nxt.end)
    then = _IN_YEAR_THEN.match(gap)
    later = _THEN_YEAR.match(s.text, nxt.end, nxt.end + 12) if then is not None else None
    if then is not None and (_NOW_AFTER.match(s.text, nxt.end, nxt.end + 24) or later and later["year"] > then["year"]):
        return Pair(p.claim, nxt.claim, p.at, nxt.end)
    if _PRIOR.match(gap):  # "£210m (2024: £180m)": from the one in brackets
        return Pair(nxt.claim, p.claim, p.at, nxt.end)
    if _AGAINST.match(gap) and _later(s, p, nxt):  # "900 in 2021, against 450 today": from the first to the second
        return Pair(p.claim, nxt.claim, p.at, nxt.end)
    if (_TO_BEFORE.search(before) and (_FROM_AFTER.match(gap) or _THEN_FROM.match(gap))) or _UP_FROM.match(gap) \
            or _AGAINST.match(gap):
        return Pair(nxt.claim, p.claim, p.at, nxt.end)
    return None


_NOW_AFTER = re.compile(r"[ \t]*(?:today|now|currently|at[ \t]+present|this[ \t]+(?:year|month|week))\b", re.I)


def _later(s: Sentence, p: Placed, nxt: Placed) -> bool:
    """Whether the figure after "against" is of a later time than the one before it: its period
    starts after the first's ends, or it is said of now ("450 today", "against 3,100 this year")."""
    if _NOW_AFTER.match(s.text, nxt.end, nxt.end + 24) is not None:
        return True
    a, b = p.claim.period, nxt.claim.period
    return a is not None and b is not None and a.last is not None and b.first is not None and b.first > a.last


def _opener(s: Sentence, i: int, kind: str) -> Placed | None:
    """The figure that opens the i-th figure's sentence as where a change goes from ("Compared with 2,500, ..."), if any."""
    first = next(p for p in s.figures if p.claim.kind not in WHEN_KINDS)  # "Compared to last year's 540"
    if first.at >= s.figures[i].at or first.claim.kind != kind or first.at > OPENS_REACH or not _OPENS.match(s.text[: first.at]):
        return None
    between = s.between(first, s.figures[i])  # "..., applications rose 15% to 1,380, while refusals rose 20% to 300": not the 300
    return first if "," in between and not _BREAK.search(between) else None


# the words that open a pair after a trend word ("doubled, rising from 126 to 428"): the same movement told again
_LEADS_PAIR = re.compile(rf",?[ \t]*(?:(?:rising|falling|climbing|growing|increasing|dropping|going|up|down)[ \t]+)?(?:from|to)[ \t]+{_HEDGE}$", re.I)


_ITS_NOUN = re.compile(rf"^[ \t]+(?:{NOUNS})\b", re.I)  # "a tenfold rise, from 30 to 150"


def nearest(s: Sentence, p: Placed, found: list[Pair]) -> Pair | None:
    """The pair a stated change or trend word describes: the first starting after it within reach,
    else the last ending just before it."""
    k = bisect_left(found, p.at, key=lambda q: q.at)  # a pair may open at the change itself ("15% to 5,400, up from 4,200")
    if k < len(found) and found[k].at - p.end <= REACH and not _ANOTHER.search(_LEADS_PAIR.sub("", _ITS_NOUN.sub("", s.text[p.end : found[k].at]))) \
            and not _other_periods(s.text[p.end : found[k].at], s.text[found[k].stop : found[k].stop + 30]):
        return found[k]
    before = found[k - 1] if k else None
    if before is not None and before.at <= p.at and p.end <= before.stop:
        return before  # the change stands inside its pair: "3,100, up 15% from 2,400"
    if before is None or not before.stop <= p.at or p.at - before.stop > 40 or _BREAK.search(s.text[before.stop : p.at]):
        return None
    return before


# the period a change or a pair is told over: "on the day", "over the year", "this week"
_PERIOD = re.compile(r"\b(?:(?:on|over|in|during|for|across)[ \t]+the[ \t]+|this[ \t]+|last[ \t]+)(?P<unit>day|week|month|quarter|year|decade)\b", re.I)


def _other_periods(gap: str, tail: str) -> bool:
    """True when the words after a stated change and those after the pair it leads to name two periods: "rose 5% on
    the day, from 100 to 140 over the year" is no change of the pair."""
    told, then = _PERIOD.search(gap), _PERIOD.match(tail.lstrip(" \t"))
    return told is not None and then is not None and told["unit"].lower() != then["unit"].lower()


def headline(s: Sentence) -> bool:
    """A headline or standfirst: a line with no closing stop."""
    return not s.text.rstrip().endswith((".", "!", "?", ":", ";", ","))


def told_again(head: Sentence, body: Sentence, change: Placed | None = None) -> Pair | None:
    """The one pair of the sentence under a headline that ends at, or starts from, a figure the headline states ("Cases
    double to 428" over "Cases rose from 126 in 2017 to 428 in 2018"); when the headline states no figure but its
    `change`, the one pair of the sentence under it that says what the headline's words before it say ("School meal
    prices up 10%" over "A school meal now costs £2.75, compared with £2.30 last year")."""
    figures = [p for p in head.figures if (change is None or (p.claim.start, p.claim.end) != (change.claim.start, change.claim.end))
               and p.claim.kind != "duration"]  # "Waits double in a year": the time it took, never an end of the pair
    stated: set[Fraction | None] = {p.claim.value for p in figures if p.claim.kind in ENDS and p.claim.value is not None}
    for p in figures:  # "up 20% to 6,000": the figure a change leads to
        ends = range_ends(p.claim, low_percent=p.claim.unit == "percent") if p.claim.kind == "range" else None
        stated |= {ends[1].value} if ends is not None else set()
    found = pairs(body)
    if figures or change is None:
        found = [q for q in found if q.end.value in stated or q.start.value in stated]
    elif len(found) != 1 or not same_thing(head.text[: head.figures[0].at], " ".join(
            [body.text[: found[0].at], *(c.subject or "" for c in (found[0].start, found[0].end))])):
        return None  # what the pair counts: the words before it, or the thing named after its figures ("118 cruise ship calls")
    return found[0] if len(found) == 1 else None


def same_thing(head: str, body: str) -> bool:
    """True when a headline's words before its change and a sentence's words before its pair share a content word that is
    no name ("School meal prices", "A school meal now costs"; not "Tesco profits up 20%" over "Tesco said sales rose")."""
    words = [w for w, _, _ in content(head)]
    said = {w for w, at, _ in content(body) if body[at].islower() or at == 0 and words and w == words[-1]}
    return bool(set(words) & said)  # a capitalised word shared only when it is the headline's own thing ("Burglary doubles")
