"""Trends: 'up 50 per cent', 'a 20% fall', 'three times as many', 'from 126 to 428', 'doubled'."""

from __future__ import annotations

import re
from fractions import Fraction

import regex

from checker.extract import bounds
from checker.extract import lexicon as lx
from checker.extract.common import PERCENT, SP, Raw, alternation, before, figure, hedge
from checker.extract.numbers import Num
from checker.extract.scan import Tokens, anchored, match_at
from checker.model import Interval

_TIMES = regex.compile(
    rf"{SP}*(?:-{SP}*)?(?:times{SP}+(?:as(?:{SP}+(?:many|much|likely|high|large|big|often|fast|long))?|more|higher|larger|greater|bigger|lower|smaller|the|that|what|over)|-?fold)(?![\w])",
    regex.I,
)
UP = {"up", "rose", "rising", "risen", "rises", "rise", "increased", "increasing", "increases",
       "grew", "growing", "grown", "jumped", "jumping", "climbed", "climbing", "soared", "soaring",
       "surged", "surging", "higher", "gained", "swelled", "soar", "soars", "climb", "climbs", "jump", "jumps", "surge",
       "surges", "grow", "grows", "leap", "leaps", "leapt", "rocketed", "rocket", "rockets", "expand", "expands", "expanded",
       "expanding"}
DOWN = {"down", "fell", "falling", "fallen", "falls", "dropped", "dropping", "declined",
         "declining", "decreased", "decreasing", "decreases", "slumped", "plunged", "lower", "cut",
         "reduced", "shrank", "shrunk", "tumbled", "sank", "fall", "drop", "drops", "decline", "declines", "slump",
         "slumps", "plunge", "plunges", "tumble", "tumbles", "sink", "sinks", "shrink", "shrinks", "slipped", "slip", "slips",
         "dipped", "dip", "dips", "decrease", "contracted", "contracting", "shrinking"}
_CHANGE_BEFORE = regex.compile(
    rf"(?<![\w])(?P<v>{alternation(UP | DOWN, backward=True, ignore_case=True)}){SP}+(?:(?P<by>by){SP}+)?(?:an?{SP}+(?:{alternation(lx.CHANGE_INTENSIFIERS, backward=True, ignore_case=True)}){SP}+)?"
    rf"(?:(?P<h>{alternation(lx.HEDGES, backward=True, ignore_case=True)}){SP}+)?\Z",
    regex.I,
)
# verbs that change a level they name as their object: "raise the pension age from 60 to 65"
_CHANGE_TRANSITIVE = {"raise", "raised", "raises", "raising", "lift", "lifted", "lifting", "increase", "extend",
                      "extended", "extending", "lowered", "lowering", "reduce", "reducing", "cuts", "cutting", "slashed",
                      "slashing", "trimmed", "pushed", "brought", "boosted", "hiked", "upped"}
# a transitive change told with its object and then its size: "will raise its tariff by 12 per cent", "cut fares by 5%"
_RAISES = {"raise", "raised", "raises", "raising", "lift", "lifts", "lifted", "lifting", "increase", "increases", "increased",
           "increasing", "boost", "boosts", "boosted", "boosting", "hike", "hikes", "hiked", "hiking", "upped", "extend",
           "extends", "extended", "extending"}
_LOWERS = {"lower", "lowers", "lowered", "lowering", "reduce", "reduces", "reduced", "reducing", "cut", "cuts", "cutting",
           "slash", "slashes", "slashed", "slashing", "trim", "trims", "trimmed", "trimming"}
_DOWNWARD = frozenset(DOWN | _LOWERS)  # verbs of a change whose sign is minus
_CHANGE_OBJECT = regex.compile(
    rf"(?<![\w])(?P<v>{alternation(_RAISES | _LOWERS, backward=True, ignore_case=True)}){SP}+"
    rf"(?:(?!(?:by|to|from|and|or|but|which|that|who|after|before|while)(?![\w]))[\w'’-]+{SP}+){{1,5}}"
    rf"(?P<by>by){SP}+(?:(?P<h>{alternation(lx.HEDGES, backward=True, ignore_case=True)}){SP}+)?\Z",
    regex.I,
)
CHANGE_FROM = regex.compile(
    rf"(?<![\w])(?P<v>{alternation(UP | DOWN | _CHANGE_TRANSITIVE | set(lx.MULTIPLIER_WORDS) | {'went', 'changed', 'moved'}, backward=True, ignore_case=True)}){SP}+(?:by{SP}+[^.;:!?\n]{{1,40}}?,?{SP}+|(?:[\w'’]+{SP}+){{1,3}})?from{SP}+\Z", regex.I
)
# a move stated by its size and then its level: "closed up $3.15 to $47.90", "fell 3p to 120p"
# (intransitive moves only: "cut 10 to 20 jobs" is a range)
MOVED_BY = regex.compile(
    rf"(?<![\w])(?:{alternation((UP | DOWN) - {'cut', 'reduced', 'lower', 'higher'}, backward=True, ignore_case=True)}){SP}+(?:by{SP}+)?\Z", regex.I
)
# hedges that say a level was crossed: "fell below 10%" states where it ended, not by how much
_CROSSED = ("below", "above", "under", "beneath", "past", "beyond")
# the noun of a change after its size, a word that says of what between them: "a 20% fall", "a 3% annual rise", "a 5% pay cut"
_CHANGE_NOUN = regex.compile(
    rf"(?:{SP}+(?!(?:of|in|on|at|to|for|and|or|the|a|an)(?![\w]))[^\W\d_][\w'’]*)?{SP}*(?P<n>{alternation(lx.RISE_NOUNS | lx.FALL_NOUNS, ignore_case=True)})(?![\w-])",
    regex.I,
)
# the noun of a change before its size, told with "of": "a rise of 2.4%", "an annual increase of 3 per cent" (not "the
# increase of 15%", which may name a change told before it); "growth", a mass noun, takes no article ("forecast growth of 1.6%")
_CHANGE_OF = regex.compile(
    rf"(?:(?<![\w])an?{SP}+(?:(?!of(?![\w]))[^\W\d_][\w'’-]*{SP}+){{0,2}}?|(?<![\w])(?<!(?i:the|this|that|its|their){SP}+)(?=(?i:growth)))"
    rf"(?P<n>{alternation(lx.RISE_NOUNS | lx.FALL_NOUNS, backward=True, ignore_case=True)}){SP}+of{SP}+(?:(?P<h>{alternation(lx.HEDGES, backward=True, ignore_case=True)}){SP}+)?\Z",
    regex.I,
)
_TO_AFTER = regex.compile(rf"(?:{SP}+in{SP}+\d{{4}})?{SP}+to{SP}+", regex.I)
_MULTIPLIER_WORD = regex.compile(
    rf"(?P<w>{alternation(lx.MULTIPLIER_WORDS, ignore_case=True)}|(?P<n>{alternation(lx.UNITS, ignore_case=True)}|twenty|thirty|forty|fifty|hundred)-?fold)(?![\w])",
    regex.I,
)
# "up" as the particle of a phrasal verb, no movement: "women make up 29% of staff", "took up 40% of its time"
_PARTICLE_UP = regex.compile(
    rf"(?<![\w])(?:{alternation({'make', 'makes', 'made', 'making', 'take', 'takes', 'took', 'taken', 'taking', 'add', 'adds', 'added', 'adding', 'use', 'uses', 'used', 'using', 'eat', 'eats', 'ate', 'eaten', 'eating', 'snap', 'snaps', 'snapped', 'pick', 'picks', 'picked', 'picking', 'soak', 'soaks', 'soaked'}, backward=True, ignore_case=True)})"
    rf"(?:{SP}+(?:it|them))?{SP}+\Z", regex.I)
_HEDGE_JUST_BEFORE = regex.compile(rf"(?<![\w])(?P<h>{alternation(lx.HEDGES, backward=True, ignore_case=True)}){SP}+\Z", regex.I)


_ARTICLE_BEFORE = regex.compile(rf"(?<![\w])an?{SP}+(?:(?P<h>{alternation(lx.HEDGES, backward=True, ignore_case=True)}){SP}+)?\Z", regex.I)


def multiplier(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """'three times as many', '2.5 times higher', '10-fold'."""
    n = nums[i]
    m = match_at(_TIMES, text, n.end)
    if m is None:
        return None
    qualifier, start = hedge(text, n.start)
    step = Fraction(1) if n.value.denominator == 1 else n.step
    return figure("multiplier", start, m.end(), n.value, step, "times", qualifier), i + 1


def change(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """'up 50 per cent', 'fell by a quarter', 'a 240-per-cent increase'."""
    n = nums[i]
    verb = before(_CHANGE_BEFORE, text, n.start, 40)
    pct = match_at(PERCENT, text, n.end)
    with_object = verb is None and pct is not None
    if with_object:
        verb = before(_CHANGE_OBJECT, text, n.start, 80)  # "raise its standard tariff by 12 per cent"
    if verb is not None and verb["h"] and not verb["by"] and verb["h"].lower().endswith(_CROSSED):
        verb = None  # "fell below 10%": a level, read as a percentage
    if verb is not None and verb["v"].lower() == "up" and before(_PARTICLE_UP, text, verb.start(), 30) is not None:
        verb = None  # "make up 29%": a share, no movement
    if verb is not None and (pct or n.fraction):
        sign = -1 if verb["v"].lower() in _DOWNWARD else 1
        qualifier = lx.HEDGES[lx.key(verb["h"])] if verb["h"] else "exact"
        start = verb.start("by") if with_object else verb.start()  # "raise its tariff by 12%": the figure is "by 12%"
        return _relative_change(start, pct.end() if pct else n.end, n, sign, qualifier, bool(pct), _points(pct)), i + 1
    if pct is not None:
        noun = match_at(_CHANGE_NOUN, text, pct.end())
        article = before(_ARTICLE_BEFORE, text, n.start, 30)
        if noun is not None and article is not None:
            sign = -1 if noun["n"].lower() in lx.FALL_NOUNS else 1
            qualifier = lx.HEDGES[lx.key(article["h"])] if article["h"] else "exact"
            return _relative_change(n.start - len(article[0]), noun.end(), n, sign, qualifier, True, _points(pct)), i + 1
        told = before(_CHANGE_OF, text, n.start, 60) if _points(pct) == "percent" else None
        if told is not None:  # "an annual increase of 2.4%": the figure is "increase of 2.4%"
            sign = -1 if told["n"].lower() in lx.FALL_NOUNS else 1
            qualifier = lx.HEDGES[lx.key(told["h"])] if told["h"] else "exact"
            return _relative_change(told.start("n"), pct.end(), n, sign, qualifier, True, _points(pct)), i + 1
        moved = match_at(_COMPARED_AFTER, text, pct.end())
        if moved is not None:  # "closed 4% higher", "ended the session 11% lower", "3% down on last year"
            hedge = before(_HEDGE_JUST_BEFORE, text, n.start, 30)
            qualifier = lx.HEDGES[lx.key(hedge["h"])] if hedge else "exact"
            sign = -1 if moved["d"].lower() in {"lower", "down"} else 1
            return _relative_change(hedge.start() if hedge else n.start, moved.end("d"), n, sign, qualifier, True, _points(pct)), i + 1
    return None


# a percentage then the way it moved: "closed 4% higher", "11% lower", "3% up on last year" (not "3% more people",
# "20% up front", "a 10% down payment")
_COMPARED_AFTER = regex.compile(rf"{SP}+(?P<d>higher|lower|up|down)(?![\w'’-])(?!-|{SP}+(?:front|payments?|deposits?|the|a|an)(?![\w]))", regex.I)


def _points(pct: re.Match[str] | None) -> str:
    """The unit of a change stated with per cent: 'rose 3 percentage points' is no change of 3 per cent."""
    return "percentage_point" if pct is not None and "point" in pct["u"].lower() else "percent"


def _relative_change(start: int, end: int, n: Num, sign: int, qualifier: str, percent: bool, unit: str = "percent") -> Raw:
    """A change in percent, from a percentage or a fraction ('a quarter' is 25 per cent), or in
    percentage points."""
    value = n.value if percent else n.value * 100
    if percent:
        step = n.step if n.value.denominator != 1 else Fraction(1)
        interval = bounds.hedged(value, bounds.floor_step(n.step) if qualifier == "more_than" else step, qualifier)
    elif qualifier == "exact":
        interval = bounds.fraction_interval(n.value).scaled(Fraction(100))
    else:
        interval = bounds.hedged(value, Fraction(5), qualifier)
    return Raw("change", start, end, sign * value, interval.scaled(Fraction(sign)), unit, qualifier,
               {"direction": "up" if sign > 0 else "down"})


def change_from_to(text: str, raws: list[Raw]) -> list[Raw]:
    """'rising from 126 in 2017 to 428': a change between two figures of the same kind."""
    out = []
    for a, b in zip(raws, raws[1:]):
        if a.kind != b.kind and not (a.kind == "count" and b.unit) or a.value is None or b.value is None:
            continue  # "from 10 to 14 days": a bare first figure takes the unit of the second
        link = _TO_AFTER.match(text, a.end, b.start)  # up to the next figure, where it must end
        if link is None or link.end() != b.start:
            continue
        verb = before(CHANGE_FROM, text, a.start, 80)
        if verb is None:
            continue
        direction = "down" if b.value < a.value else "up" if b.value > a.value else "none"
        unit = "percentage_point" if a.kind == b.kind == "percent" and b.unit == "percent" else b.unit  # 15% to 21%: 6 points
        out.append(Raw("change", verb.start(), b.end, b.value - a.value, _difference(b.interval, a.interval),
                       unit, "exact", {"from": a.value, "to": b.value, "direction": direction}))
    return out


def _difference(x: Interval, y: Interval) -> Interval:
    """The interval of x - y."""
    lo = None if x.low is None or y.high is None else x.low - y.high
    hi = None if x.high is None or y.low is None else x.high - y.low
    return Interval(lo, hi, x.low_closed and y.high_closed, x.high_closed and y.low_closed)


_FOLD_NUMBERS = {**lx.UNITS, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
OPENERS = frozenset(set(lx.MULTIPLIER_WORDS) | set(_FOLD_NUMBERS) | {f"{n}fold" for n in _FOLD_NUMBERS})
FOLLOWED = {n: frozenset({"fold"}) for n in _FOLD_NUMBERS}


# what makes a multiplier of words that are often none: "twice as large", "to triple output",
# not "scored twice", "a double room", "triple jump", "doubles up as", "the doubles final"
_TWICE_AFTER = regex.compile(rf"{SP}+(?:as|the|that|what|its|their|his|her|our|my|your|this|these|those)(?![\w])"
                             rf"(?!{SP}+(?:season|year|week|month|summer|spring|autumn|winter|term|century|decade|weekend"
                             rf"|morning|afternoon|evening|campaign|tournament|time)s?(?![\w]))", regex.I)
_VERB_BEFORE = regex.compile(rf"(?<![\w])(?:to|will|would|could|can|may|might|should|must|shall|set{SP}+to){SP}+\Z", regex.I)
_NOT_TIMES_AFTER = regex.compile(rf"-|{SP}+(?:up|figures|digits|check|checked|title|titles|final|finals|partner|match|champions?)(?![\w])", regex.I)
_IDIOM_AFTER = regex.compile(rf"{SP}+(?:down|back|as{SP}+an?)(?![\w])", regex.I)
_PLAY_BEFORE = regex.compile(rf"(?<![\w])(?:the|in|and|mixed|men['’]s|women['’]s|ladies['’]?){SP}+\Z", regex.I)
_ADJECTIVES = frozenset({"double", "triple", "treble", "doubles", "halves"})


# a headline's present-tense verb: a line with no stop, the word after its subject (no article or player before it)
_HEADLINE_SUBJECT = regex.compile(rf"(?:^|\n)[ \t#]*[^\n.!?:;]*?(?<![\w'’-])(?!(?:a|an|the|and|in|mixed|men['’]s|women['’]s){SP})[A-Za-z][\w'’-]*{SP}+\Z", regex.I)
_HEADLINE_REST = regex.compile(r"(?:[ \t]+(?:in|at|on|since|after|as|for|across|over|under)[ \t]+[^\n.!?:;]{0,60})?[ \t]*(?:\n|\Z)", regex.I)


def _headline_verb(text: str, start: int, end: int) -> bool:
    """'Knife crime in Exeter halves', 'Burglaries double in Leeds': 'halves', 'double', 'trebles' ending a line that has
    no stop (a headline), or followed only by where or since when, after a word that is no article."""
    return match_at(_HEADLINE_REST, text, end) is not None and before(_HEADLINE_SUBJECT, text, start, 100) is not None


def _multiplies(text: str, word: str, start: int, end: int) -> bool:
    """Whether an unhedged multiplier word multiplies: 'twice' only before 'as', 'the', 'that';
    'double', 'triple', 'treble' only as verbs ('to double', 'will treble'); never 'doubles up'."""
    if word == "twice":
        return _TWICE_AFTER.match(text, end, end + 24) is not None
    if _IDIOM_AFTER.match(text, end, end + 8) is not None:
        return False  # "doubling down", "the school doubled as a shelter", "doubled back"
    if word not in _ADJECTIVES:
        return True
    if _NOT_TIMES_AFTER.match(text, end, end + 12) is not None:
        return False
    if _headline_verb(text, start, end):
        return True  # "Knife crime in Exeter halves", "Burglaries double in Leeds": a headline's verb
    if word == "halves":
        return False
    if word == "doubles":
        return before(_PLAY_BEFORE, text, start, 12) is None  # "output doubles", not "the men's doubles"
    return before(_VERB_BEFORE, text, start, 12) is not None


_NOT_OCCASIONS = regex.compile(rf"{SP}*-|{SP}+(?:over|removed|daily|weekly|monthly|yearly|a{SP}+(?:day|week|month|year))(?![\w])", regex.I)


_IDIOM_BEFORE = regex.compile(rf"(?<![\w])(?:think|thinks|thought|thinking|look|looks|looked|asked|strikes?){SP}+\Z", regex.I)


def _idle(text: str, start: int, end: int) -> bool:
    """'twice' that counts no occasions: 'twice-weekly', 'twice over', 'a cousin twice removed', 'think
    twice', 'never strikes twice', or a rate ('twice a day': a rate by the words after it)."""
    return _NOT_OCCASIONS.match(text, end, end + 16) is not None or before(_IDIOM_BEFORE, text, start, 16) is not None


def multiplier_words(text: str, tokens: Tokens | None = None) -> list[Raw]:
    """'trebling', 'doubled', 'halved', 'fourfold', with their hedges."""
    out = []
    tokens = tokens or Tokens(text, OPENERS)
    for m in anchored(_MULTIPLIER_WORD, text, tokens.starts(OPENERS, followed=FOLLOWED)):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue
        hedge_before = before(_HEDGE_JUST_BEFORE, text, m.start(), 40)
        h = hedge_before["h"] if hedge_before else None
        start = hedge_before.start() if hedge_before else m.start()
        word = m["w"].lower()
        if m["n"]:
            value = Fraction(_FOLD_NUMBERS[lx.key(m["n"])])
        else:
            value = Fraction(lx.MULTIPLIER_WORDS[word])
        qualifier = lx.HEDGES[" ".join(h.lower().split())] if h else "exact"
        if (not h or word == "twice") and not _multiplies(text, word, m.start(), m.end()):
            if word == "twice" and not _idle(text, m.start(), m.end()):  # "sent off twice this season", "has been fined twice"
                out.append(Raw("count", start, m.end(), value, bounds.hedged(value, Fraction(1), qualifier), None, qualifier,
                               {"step": Fraction(1), "occasions": True}))
            continue
        if value < 1:
            inverse = bounds.hedged(1 / value, Fraction(1), qualifier)
            interval = Interval(None if inverse.high is None else 1 / inverse.high,
                                None if inverse.low is None or not inverse.low else 1 / inverse.low,
                                inverse.high_closed, inverse.low_closed)
        else:
            interval = bounds.hedged(value, Fraction(0 if qualifier == "more_than" else 1), qualifier)
        out.append(Raw("multiplier", start, m.end(), value, interval, "times", qualifier))
    return out
