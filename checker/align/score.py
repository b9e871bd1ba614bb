"""How alike two figures' meanings are: 0 when they cannot be one quantity; higher is more alike
(about 1.5 at most; the names of other things can take a little off)."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import NamedTuple

from checker.engine import Aliases
from checker.meaning import CLOCK, Meaning, groups
from checker.meaning.words import COUNTRY_OF, KINDS, PEOPLE_KINDS, STOP, fold

THRESHOLD = 0.45  # the least score at which two figures are taken as one quantity
SMALL_THRESHOLD = 0.6  # small counts ("three ships", "two stars") are common and need more likeness
ABOUT_SHARE = 0.35  # the weight of a shared name for shares ("Instagram's 33 percent", "Instagram was used in 32%")
OTHER_NAMES = 0.2  # the likeness taken off when two figures are about different names
CLOSE = 0.5  # the least weight of a word around a figure that can name what it counts
ORIGIN = 0.1  # the likeness added to two years that date the making of one named thing ...
MADE = 0.6  # ... and the least they score, however unlike their sentences: a thing is made once
PEOPLE = 0.1  # the likeness taken off a figure of people held against one of a kind of people
NEAR_WEIGHT = 0.55  # the words around the figure against the words of its sentence


def vetoed(a: Meaning, b: Meaning) -> str | None:
    """Why two figures are never one quantity, or None: another group, period, place or event."""
    if a.dimension != b.dimension:
        return "dimension"
    if not groups.alike(a.group, b.group) and not (a.origin == b.origin == "person" and _one_person(a.about, b.about)):
        return "group"  # but one person's age is theirs however they are described ("a 23-year-old man")
    if _apart(a.when, b.when):
        return "period"
    if a.place and b.place and a.place != b.place:
        return "place"
    if a.dimension == CLOCK and a.counted and b.counted and not set(a.counted) & set(b.counted):
        return "event"  # "Gates open at 1pm" and "The final kicks off at 3pm" time two events of one day
    if a.clock and b.clock and a.clock != b.clock:
        return "moment"  # "By 10am, 20 had been rescued" is not "By 2pm, 35 had been rescued": two moments of one day
    if a.scope and b.scope and _WIDTH[a.scope] != _WIDTH[b.scope] or _national_and_placed(a, b) or _national_and_placed(b, a):
        return "scope"  # a national figure is not a regional one, nor one of a named place
    if a.event and b.event and a.event != b.event and not _one_deal(a, b):
        return "event"
    if a.agent and b.agent and not set(a.agent.split()) & set(b.agent.split()):
        return "agent"  # "suspended for two years by the federation" is not "suspended for three years by the panel"
    if a.given_to and b.given_to and not _one_person(frozenset({a.given_to}), frozenset({b.given_to})):
        return "given to"  # "fined Rangers £10,000" is not "fined Celtic £20,000", though both name both
    if a.about and b.about and not _related(a.about, b.about):
        return "names"
    if a.origin == b.origin == "series":
        return "named"  # "the 2006 World Cup" and "the 2010 World Cup" name two of a series
    if "person" in (a.origin, b.origin) and a.dimension == "age" and a.about and b.about and not _one_person(a.about, b.about):
        return "person"  # "Anna Bell, 34," and "Tom Bell, who is 38," are two people
    if a.whole and b.whole and not _related(a.whole, b.whole):
        return "whole"  # "10% of Tesco's shares" is not "15% of Sainsbury's shares"
    if a.someone and b.someone:
        return "someone"  # "a 34-year-old" and "a 38-year-old" are nobody in particular: two people  # about other names: Fannie Mae's figure is not Freddie Mac's
    if a.counted and b.counted and a.dimension != "share" and not _same_thing(a, b):  # a share's whole is often reworded
        return "counted"
    if a.stage and b.stage and a.stage != b.stage:
        return "stage"  # "fell from 60 to 45" / "lost 15 beds and now has 45": a start, an end and a move are three quantities
    if (a.running or b.running) and a.when != b.when:
        return "running"  # "now 95% contained" is not held against "100 per cent contained on Sunday"
    return None


class Likeness:
    """Scores pairs of meanings against one IDF table, each meaning's weighed words worked out once."""

    def __init__(self, idf: dict[str, float], aliases: Aliases | None = None) -> None:
        self.idf = idf
        self.aliases = aliases
        self._weighed: dict[int, _Weighed] = {}  # by id of the meaning, which each entry keeps alive
        self._scores: dict[tuple[int, int], tuple[Meaning, Meaning, float]] = {}  # by ids of the meanings it keeps alive
        # by ids of two sentences' words (the figures of a sentence share them), which each entry keeps alive
        self._sentences: dict[tuple[int, int], tuple[frozenset[str], frozenset[str], float]] = {}

    def weighed(self, m: Meaning) -> _Weighed:
        """The meaning's words weighed by their IDF, and their totals (made once per meaning)."""
        found = self._weighed.get(id(m))
        if found is None or found.meaning is not m:
            idf = self.idf
            near = {c: w * idf.get(c, 1.0) for c, w in m.near}
            found = self._weighed[id(m)] = _Weighed(m, near, math.fsum(near.values()),
                                                     math.fsum(idf.get(c, 1.0) for c in m.sentence))
        return found

    def _dice_near(self, a: _Weighed, b: _Weighed) -> float:
        total = a.near_total + b.near_total
        # min(w, x) * idf is min(w * idf, x * idf) exactly: rounding keeps the order of products
        shared = math.fsum(min(a.near[c], b.near[c]) for c in a.near.keys() & b.near.keys())
        return 2 * shared / total if total else 0.0

    def _dice_sentence(self, a: _Weighed, b: _Weighed) -> float:
        x, y = a.meaning.sentence, b.meaning.sentence
        found = self._sentences.get((id(x), id(y)))
        if found is None or found[0] is not x or found[1] is not y:
            total = a.sentence_total + b.sentence_total
            idf = self.idf  # fsum: the same whatever the set's order
            shared = math.fsum(idf.get(c, 1.0) for c in x & y)
            found = self._sentences[id(x), id(y)] = (x, y, 2 * shared / total if total else 0.0)
        return found[2]

    def sentences(self, a: Meaning, b: Meaning) -> float:
        """How alike the sentences of two meanings are: the IDF-weighted Dice of their word classes
        (also what tells paraphrased sentences, `checker.align.paraphrase`)."""
        return self._dice_sentence(self.weighed(a), self.weighed(b))

    def named(self, m: Meaning) -> Meaning:
        """The meaning with its names put through the configured aliases ('NCA' = 'National Crime Agency')."""
        if self.aliases is None or not self.aliases.canon or not (m.about or m.names):
            return m
        key = self.aliases.key
        return m._replace(about=frozenset(key(n) for n in m.about), names=frozenset(key(n) for n in m.names))

    def score(self, a: Meaning, b: Meaning) -> float:
        """The likeness of two meanings: words near the figures and words of their sentences, IDF-weighted."""
        x, y = (a, b) if id(a) <= id(b) else (b, a)  # the score is symmetric, to the last bit: one entry a pair
        key = (id(x), id(y))
        found = self._scores.get(key)
        if found is None or found[0] is not x or found[1] is not y:
            found = self._scores[key] = (x, y, self._score(a, b))
        return found[2]

    def _score(self, a: Meaning, b: Meaning) -> float:
        named_a, named_b = self.named(a), self.named(b)
        if vetoed(named_a, named_b):
            return 0.0
        weighed_a, weighed_b = self.weighed(a), self.weighed(b)
        a, b = named_a, named_b
        s = NEAR_WEIGHT * self._dice_near(weighed_a, weighed_b) + (1 - NEAR_WEIGHT) * self._dice_sentence(weighed_a, weighed_b)
        if a.event and a.event == b.event:
            s += 0.1
        if a.counted and b.counted and a.counted[0] == b.counted[0]:
            s += 0.1
        elif a.counted and b.counted and (_people_of_a_kind(a, b) or _people_of_a_kind(b, a)):
            s -= PEOPLE  # "300 people, including 40 patients" / "45 patients": the patients are the 40
        if a.origin in _MAKING and b.origin in _MAKING and _one_person(a.about, b.about):
            s = max(s + ORIGIN, MADE)  # "passed in 2006 the Harbour Act" and "the 2003 Harbour Act": the year one thing was made
        elif a.origin == b.origin == "person" and _one_person(a.about, b.about):
            s = max(s + ORIGIN, MADE)  # "Ellie Brandt, 16," and "Ellie Brandt, the 16-year-old": one person's age
        if a.about and a.about == b.about:  # about the same name: a named share is one quantity however worded
            s += ABOUT_SHARE if a.dimension == "share" else 0.1
        elif contrary(a, b):
            s -= OTHER_NAMES
        elif a.names & b.names:
            s += 0.05
        if (a.small or b.small) and s < SMALL_THRESHOLD:
            return 0.0
        return s


class _Weighed(NamedTuple):
    """A meaning's words weighed by their IDF: those around the figure (weight times IDF) and their
    total, and the total of its sentence's."""

    meaning: Meaning
    near: dict[str, float]
    near_total: float
    sentence_total: float


_MAKING = frozenset({"made", "law"})  # years that date the making of a thing (not 'name' nor 'series')


def _apart(a: object, b: object) -> bool:
    """Whether two periods are different: both resolved to days that do not meet, or both in words that differ."""
    if a is None or b is None or a == b:
        return False
    if isinstance(a, tuple) and isinstance(b, tuple):
        return None not in (*a, *b)  # resolved, and not the same days: a year is not its six months
    if isinstance(a, tuple) != isinstance(b, tuple):  # "in the first half of the year" / "over the whole of last year"
        days, part = (a, b) if isinstance(a, tuple) else (b, a)
        assert isinstance(days, tuple)
        return part in _PARTS and None not in days and (days[1] - days[0]).days >= WHOLE_YEAR
    return isinstance(a, str) and isinstance(b, str)


_PARTS = frozenset({"q1", "q2", "q3", "q4", "h1", "h2"})  # parts of a year (`dates.part_of_year`) ...
WHOLE_YEAR = 364  # ... are never a period of a year or more told by its dates


def contrary(a: Meaning, b: Meaning) -> bool:
    """Whether the names speak against two figures being one: a named share ("Norvik will hold
    16%") against an unnamed one (about other names is a veto, see `vetoed`)."""
    return a.dimension == "share" and bool(a.about) != bool(b.about)


_DEAL = frozenset({"sale", "pay"})  # a price is what the seller sold for and the buyer paid


def _one_deal(a: Meaning, b: Meaning) -> bool:
    """Whether two events of money are one deal told from either side ("sold the striker for €40m" / "the transfer cost €45m")."""
    return a.dimension.startswith("money") and {a.event, b.event} == _DEAL


_WIDTH = {"national": "national", "regional": "local", "local": "local"}  # "across the county" is "in the county"


def _national_and_placed(a: Meaning, b: Meaning) -> bool:
    """Whether `a` is a national or region-wide figure of no named place and `b` one of a named
    place no wider ("Nationally there were 1,900 cases" / "240 cases in Norfolk"; "30,000 homes
    across the county" / "8,000 homes in Kelso")."""
    return a.scope in ("national", "regional") and not a.place and bool(b.place) and b.scope not in ("national", a.scope)


def _related(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of names share one, or a word of one ('varga' and 'petra varga')."""
    return bool(a & b) or not _words(a).isdisjoint(_words(b))


@lru_cache(maxsize=1 << 14)
def _words(names: frozenset[str]) -> frozenset[str]:
    """The words of a set of names (worked out once per set: a story's figures share few)."""
    # "the royal victoria" and "the mater" share no "the"; "portuguese" is of "portugal"
    return frozenset(COUNTRY_OF.get(w, w) for n in names for w in n.split() if w not in STOP)


def parties(a: Meaning, b: Meaning) -> tuple[Meaning, Meaning] | None:
    """Two prices about other names, each the only one of its measure in a sentence that names the other's too,
    as the two parties to one deal told from either side ("Airbus won a $1.2bn order from Vietnam Airlines" /
    "Vietnam Airlines signed a $2.1bn deal with Airbus"): both about both (to be scored so), or None."""
    if a.event not in _DEAL or b.event not in _DEAL or not (a.about and b.about) or _related(a.about, b.about) \
            or vetoed(a, b) != "names":
        return None  # a fine, a score, a share of one party is its own
    if not (_related(a.about, b.names) and _related(b.about, a.names)):
        return None
    both = a.about | b.about
    return a._replace(about=both), b._replace(about=both)


def _one_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two names may be one person or thing: the same, or one the end of the other ('brandt'
    and 'ellie brandt', 'rosa vint' and 'chilean rosa vint'; 'anna bell' and 'tom bell', 'university
    of leeds' and 'university of york' are two)."""
    return any(x == y or y.endswith(" " + x) or x.endswith(" " + y) for x in a for y in b)


def _same_thing(a: Meaning, b: Meaning) -> bool:
    """Whether two figures may count one thing: a head word of one is among the words around the
    other ('870 infections' and '870 people ... infected')."""
    counted_a, counted_b = frozenset(a.counted), frozenset(b.counted)
    return bool(counted_a & counted_b or _near_counts(a, b) or _near_counts(b, a)) \
        or _people_of_a_kind(a, b) or _people_of_a_kind(b, a) or _of_a_kind(a, b) or _of_a_kind(b, a)


def _near_counts(a: Meaning, b: Meaning) -> bool:
    """Whether what `b` counts is among the words around `a` as what `a` counts ('870 infections' and
    '870 people ... infected'): when `a` counts people and `b` no people, only as what the people did
    (`a`'s verb or event: '3,100 people complained' / '2,400 complaints'), never as a thing beside them
    ('3,000 people applied for the posts' / '45 posts'; '31,000 voters went to the polls' / '12,400 votes')."""
    found = frozenset(b.counted) & _close(a.near)
    if not found or not (_counts_people(a) and not _counts_people(b)):
        return bool(found)
    return not found.isdisjoint((a.verb, a.event))


# the classes of words that name people: people in general, kinds of people, staff, crews, officials, pupils
_NAME_PEOPLE = PEOPLE_KINDS | {"person", "employe", "sailor", "agent", "pupil"}


def _counts_people(m: Meaning) -> bool:
    """Whether a figure counts people: a word of what it counts names people."""
    return not _NAME_PEOPLE.isdisjoint(m.counted)


def _of_a_kind(a: Meaning, b: Meaning) -> bool:
    """Whether `a` counts things in general and `b` a kind of them ("1,500kg of the drug" / "2.5 tonnes of cocaine")."""
    kinds = KINDS.get(a.counted[0]) if a.counted else None
    return kinds is not None and b.counted[:1] != () and b.counted[0] in kinds


def one_thing(a: Meaning, b: Meaning) -> bool:
    """Whether two figures name one thing: the same head, or the head of one close beside the other ("a 1.5-mile
    runway" / "The new runway will be 3.2km long"); a temperature, which has no head, is of the place it is told
    of, at the one extreme both tell ("minus 14C at Braemar overnight" / "Braemar shivered at -11C, the coldest
    place"; not its high against its low, nor a temperature of no extreme, "the sea off Braemar was 8C")."""
    if a.dimension == "temperature":
        ends = [{_EXTREMES[c] for c, _ in m.near if c in _EXTREMES} for m in (a, b)]
        return _related(a.about, b.about) and len(ends[0]) == 1 and ends[0] == ends[1]
    head_a, head_b = a.counted[:1], b.counted[:1]
    return bool(head_a and head_a == head_b or head_a and head_a[0] in _close(b.near) or head_b and head_b[0] in _close(a.near)) \
        or _of_a_kind(a, b) or _of_a_kind(b, a)


# the words of a temperature's extreme, as classes: its low or its high
_EXTREMES = {"low": "low", "lowest": "low", "coldest": "low", "minimum": "low", "overnight": "low", "frost": "low",
             "high": "high", "highest": "high", "hottest": "high", "warmest": "high", "maximum": "high", "peak": "high"}


def _people_of_a_kind(a: Meaning, b: Meaning) -> bool:
    """Whether `a` counts people in general and `b` a kind of people ("156 people on board" / "148
    passengers"; "almost 7,000 people waiting" / "9,400 patients waiting"): people may be them."""
    return a.counted[:1] == ("person",) and b.counted[:1] != () and b.counted[0] in PEOPLE_KINDS \
        and not _GENERIC.isdisjoint(fold(a.thing).split())


# people in general, and a crowd of them: not "residents", "migrants", "population" (of the class too, but never spectators)
_GENERIC = frozenset({"people", "persons", "individuals", "crowd", "crowds", "audience", "audiences"})


def _close(near: tuple[tuple[str, float], ...]) -> frozenset[str]:
    """The words around a figure close enough to name what it counts (once per meaning's words,
    found by identity: hashing a long tuple of words costs more than reading it)."""
    found = _CLOSE.get(id(near))
    if found is None or found[0] is not near:
        if len(_CLOSE) >= _CLOSE_MEMO:
            _CLOSE.clear()
        found = _CLOSE[id(near)] = (near, frozenset(c for c, w in near if w >= CLOSE))
    return found[1]


_CLOSE: dict[int, tuple[tuple[tuple[str, float], ...], frozenset[str]]] = {}  # id of the words -> (the words, the close ones)
_CLOSE_MEMO = 1 << 15  # entries kept at most: cleared whole when full
