"""What a figure measures: a description that survives the ways reporters reword a sentence.

A figure's meaning is read from its sentence: the words around it (folded, stemmed, synonyms
brought to one class, so that "42 people were apprehended" and "69 immigrants were detained"
share "detain" and a counted person), what it counts, the event it counts, the names of its
sentence (a word that only opens the sentence is no name), the group it is about ("girls",
"under 12", "men"), its period and its place. Two figures are compared across sources only when
their meanings are alike (see `checker.align`); each finding says why.
"""

from __future__ import annotations

import bisect
import calendar
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

import regex

from checker import units
from checker.extract.context import FUNCTION_WORDS
from checker.meaning import dates, groups, stages
from checker.meaning.words import COUNTRY_OF, STOP, SYNONYMS, content, fold, name_key, stem
from checker.model import Claim, WHEN_KINDS

SMALL_COUNT = 12  # counts up to this are small ("three ships")
WINDOW = 5  # content words read on each side of a figure
EVENTS = frozenset({"detain", "kill", "injur", "miss", "strike", "rais", "fall", "pay", "sale", "infect", "rescu", "board", "fine"})
COMPARED_KINDS = frozenset({"count", "percent", "ratio", "money", "range", "multiplier", "change", "duration",
                            "age", "measure"}) | WHEN_KINDS
DATED = frozenset(WHEN_KINDS)  # kinds compared by the days they can mean
CLOCK = "time of day"  # the dimension of a time of day ("3pm"): compared with times of day only


class Meaning(NamedTuple):
    """What one figure measures, as compared across sources."""

    dimension: str  # what its value is a value of: 'count', 'money:USD', 'duration:day', 'date', ...
    near: tuple[tuple[str, float], ...]  # the word classes around the figure, nearest weighing most
    sentence: frozenset[str]  # every word class of its sentence
    counted: tuple[str, ...]  # what it counts ('person', 'vehicl'), from the words after it
    event: str | None  # the event it counts ('detain', 'kill'), the nearest such word
    verb: str | None  # the verb of the clause, as a class ('detain' for "130 people were detained by police", "Police detained 130")
    names: frozenset[str]  # the names of its sentence, folded
    about: frozenset[str]  # the names nearest the figure: what it is about ('instagram')
    group: frozenset[str]  # the sub-group it is about ('girl', 'under 12', 'men')
    when: object  # its period, resolved to days when possible
    place: str | None
    thing: str = ""  # what it counts, as written ("grooming activities")
    scope: str | None = None  # 'national' or 'local', when its clause says
    whole: frozenset[str] = frozenset()  # the names of the whole a share is of ("16% of Russia's oil output": 'russia')
    agent: str | None = None  # who did what the figure measures, in the passive: "suspended for two years by the federation" -> 'federation'
    given_to: str | None = None  # whom a sum is given to or taken from, named before it: "fined Rangers £10,000" -> 'rangers'
    running: bool = False  # a running figure ("now", "so far", "to date"): true at one moment
    someone: bool = False  # the age of someone unnamed and indefinite ("One victim, a 34-year-old"): no one in particular
    small: bool = False  # a small count ("three", "two"): common, so it needs more likeness to align
    # a year that dates a named thing: 'made' ("passed in 2006 the Harbour Act"), 'law' ("the 2003 Harbour
    # Act"), 'series' ("the 2006 World Cup": one of a series), 'name' ("the 2004 Indian Ocean
    # tsunami"); or 'person', an age said of a named person ("Marsh, 41,")
    origin: str | None = None
    clock: str | None = None  # the time of day its sentence tells it at ("By 10am, 20 ..."): '10:00'
    stage: str | None = None  # the stage of a change it tells ("from 60" 'start', "to 45" 'end', "lost 15" 'move'): `stages`

    def record(self) -> dict[str, object]:
        """The meaning as a JSON record (`claims --format json`)."""
        when = self.when
        return {
            "dimension": self.dimension, "event": self.event, "verb": self.verb, "counts": self.thing or None,
            "group": sorted(self.group), "about": sorted(self.about), "names": sorted(self.names),
            "place": self.place, "scope": self.scope, "period": [str(d) for d in when] if isinstance(when, tuple) else when,
            "near": [c for c, _ in self.near], "origin": self.origin, "agent": self.agent, "clock": self.clock,
            "stage": self.stage,
        }

    def describe(self) -> str:
        """The description in words, for `rules explain` and a finding's evidence: 'a count of
        people (event detain; group male; in kent)'."""
        head = "a date" if self.dimension == "date" else units.describe(self.dimension)
        if self.thing:
            head += f" of {self.thing}"
        if self.verb and self.verb != self.event:
            head += f" ({self.verb})"
        notes = [f"event {self.event}"] if self.event else []
        notes += [f"group {', '.join(sorted(self.group))}"] if self.group else []
        notes += [f"in {self.place}"] if self.place else []
        notes += [f"{self.scope} figure"] if self.scope else []
        notes += [f"by {self.agent}"] if self.agent else []
        named = " and ".join(sorted(self.about))
        notes += [_ORIGIN_NOTES[self.origin].format(named)] if self.origin and self.about else []
        return f"{head} ({'; '.join(notes)})" if notes else head


_ORIGIN_NOTES = {"made": "the year {} was made", "law": "the year {} was made", "name": "the year {} names",
                 "series": "the year of {} in its series",
                 "person": "the age of {}"}


class Read(NamedTuple):
    """What is read of a sentence once, whatever number of figures it holds."""

    words: list[tuple[str, int, int]]  # its content words: class, start, end
    starts: list[int]  # where each word starts
    cuts: list[int]  # where its clauses break
    classes: frozenset[str]  # every word class
    running: bool  # it says "now", "so far", "to date"


@lru_cache(maxsize=4096)
def _sentence_words(sentence: str) -> Read:
    """A sentence read once (cached: the figures of a sentence share it)."""
    words = content(sentence)
    return Read(words, [a for _, a, _ in words], [m.start() for m in _CLAUSE.finditer(sentence)],
                frozenset(c for c, _, _ in words), bool(_RUNNING.search(sentence)))


# the figure before an elided one in its sentence, and what that one counts: "1,450 complaints in May, and [3,100] in June"
_SCALE_WORDS = r"million|billion|trillion|thousand|hundred|bn|m|k"
_ELIDED = regex.compile(rf"(?s:.*)\b\d[\d,.]*(?:[ \t\u00a0]*(?:{_SCALE_WORDS})\b)?[ \t\u00a0]+(?P<thing>(?!(?:in|on|at|by|for|from|to|of|and|or|but|a|an|the|per|each|more|fewer|less|than|were|was|are|is|had|have|has|{_SCALE_WORDS})\b)[^\W\d][\w'’-]*)"
                        r"[^;:.!?]*?,?[ \t\u00a0]+(?:and|but|while|whereas|against|compared[ \t\u00a0]+with|with|to|from|then)[^;:.!?\d]*\Z", regex.I)
_ELIDED_AFTER = regex.compile(r"[ \t\u00a0]*(?:[,.;:)]|\Z|(?:in|on|at|during|over|by|last|this|the|a|an)\b)", regex.I)  # not "12 were injured"
ELIDED_REACH = 120  # characters before a figure read for the figure whose counted thing it shares
_EXTENT = frozenset("long wide high deep tall thick across away apart square round in".split())
# (not the time something took: "raised £45,000 within a day", "120,000 signatures inside a week", "over a year")
_EACH = regex.compile(r"(?<!\b(?:within|inside|over|under|during|throughout|than))[ \t\u00a0]+(?:a|an|per|each|every)[ \t\u00a0]+(?P<u>day|night|week|month|year|shift|session|share)\b(?![ \t\u00a0]+(?:later|earlier|before|after|ago|into|on|in|since|from)\b)", regex.I)
# a figure's rate: "40 patients a day", "60,000 barrels of oil a day", "£5 a week" (a few words of what is counted between)
_RATE = regex.compile(r"(?:[ \t\u00a0]+(?!(?:and|or|but|while|which|who|that|than|since|after|before|later|ago|in|on|at|by|for)\b)[^\W\d][\w'’-]*){0,4}?"
                      + _EACH.pattern, regex.I)
RATE_REACH = 60  # characters after a figure read for its rate
# a rate told by an adjective of its period: "a £195,000 annual salary", "£40,000 per annum", "paid £1m annually",
# "an annual salary of £90,000", "a monthly fee of about £30"; a salary is told by the year ("a salary of £90,000")
_PERIODIC = {"annual": "year", "annually": "year", "yearly": "year", "annum": "year", "salary": "year", "monthly": "month",
             "weekly": "week", "daily": "day", "nightly": "night"}
_PERIODIC_AFTER = regex.compile(r"[ \t\u00a0]*-?[ \t\u00a0]*(?:(?:per|a)[ \t\u00a0]+)?(?P<u>annum|annual|annually|yearly|salary|monthly|weekly|daily|nightly)\b", regex.I)
_PERIODIC_BEFORE = regex.compile(r"\b(?P<u>annual|yearly|salary|monthly|weekly|daily|nightly)[ \t\u00a0]+(?:[^\W\d][\w'’-]*[ \t\u00a0]+){0,2}?"
                                 r"(?:of|at|worth|totalling|totaling)[ \t\u00a0]+(?:[^\W\d][\w'’-]*[ \t\u00a0]+){0,2}?\Z", regex.I)


def dimension(claim: Claim) -> str | None:
    """What a figure's value is a value of (`checker.units`: a count, a share, a length, money in
    GBP, ...); 'date' for a date whose days are known, 'time of day' for a time ('3pm'); None when it is not compared across sources."""
    if claim.kind not in COMPARED_KINDS:
        return None
    if claim.kind in DATED:
        return "date" if dates.days(claim).known else CLOCK if dates.clock(claim) is not None else None
    if claim.value is None and claim.kind != "range":
        return None
    return units.measure(claim)


def describe(claim: Claim, occurrence: int = 0) -> Meaning | None:
    """The meaning of one figure, or None when it is not compared across sources (a figure of no
    measure, one that restates another in another unit: the £ of "$20bn (£11bn)", or one whose
    words are not in its sentence). `occurrence`: which of the figure's words alike in its
    sentence it is ("injured 30 officers, and police detained 30 protesters": 0 or 1)."""
    dim = dimension(claim)
    if dim is None:
        return None
    sentence = claim.sentence
    text = " ".join(claim.text.split())
    at = -1
    for _ in range(occurrence + 1):
        at = sentence.find(text, at + 1)
        if at < 0:
            return None
    start, end = at, at + len(text)
    if at > 0 and dim != "date" and _RESTATES.search(sentence, max(0, at - 40), at):
        return None
    if dim == "time" and (each := _EACH.match(sentence, end, end + 20)) is not None:
        dim = f"time per {each['u'].lower()}"  # "open 12 hours a day": time in each day, not a span of 12 hours
    read = _sentence_words(sentence)
    words, word_starts, cuts = read.words, read.starts, read.cuts
    if cuts and (fronted := _FRONTED.match(sentence)) is not None and end < fronted.end():
        cuts = [c for c in cuts if c != fronted.end() - 1]  # "At 3,200 metres, the tunnel will be ...": of the clause after it
    first_after = bisect.bisect_left(word_starts, end)
    last_before = bisect.bisect_right(word_starts, start - 1)
    before = [w for w in words[max(0, last_before - WINDOW - 1) : last_before] if w[2] <= start][-WINDOW:][::-1]
    after = words[first_after : first_after + WINDOW]
    near = _weighted(before, after, cuts, start, end)
    thing = _PHRASE_END.split(" " + (claim.subject or "") + " ", maxsplit=1)[0].strip()
    if (verb_at := _VERB_OBJECT.search(thing)) is not None:  # "25,000 people lined the streets": the people
        thing = thing[: verb_at.start()].strip()
    if thing.endswith(("'s", "’s")):  # "of the school's 900 pupils": what is counted comes after the owner
        owned = _OWNED.match(sentence, end + sentence[end:].find(thing) + len(thing)) if thing in sentence[end:] else None
        thing = f"{thing} {owned[1]}" if owned else thing
    rate = _RATE.match(sentence, end, end + RATE_REACH) if not dim.startswith(("time", "date")) else None
    if rate is not None:  # "40 patients a day", "£5 a week": a rate, never held against a count per week or a total
        dim = f"{dim} per {rate['u'].lower()}"
        thing = _EACH.split(" " + thing, maxsplit=1)[0].strip()
        thing = "" if thing.lower() == rate["u"].lower() in _PERIODIC.values() else thing  # "£159,000 a year": no year is counted
    elif dim.startswith(("money", "count")) and (periodic := _PERIODIC_AFTER.match(sentence, end)
                                                 or _PERIODIC_BEFORE.search(sentence, max(0, start - RATE_REACH), start)) \
            and (dim.startswith("money") or periodic["u"].lower() != "salary"):  # a salary is told by the year
        dim = f"{dim} per {_PERIODIC[periodic['u'].lower()]}"  # "a £195,000 annual salary" is "£195,000 a year"
        thing = _PERIODIC_AFTER.sub("", " " + thing, count=1).strip() if periodic.start() == end else thing
    if claim.kind == "measure" and (thing.split(maxsplit=1) or [""])[0].lower() in _EXTENT:
        thing = ""  # "12 miles long", "40 metres high": how it extends, not a thing counted
    if not thing and claim.kind == "count" and _ELIDED_AFTER.match(sentence, end) \
            and (told := _ELIDED.match(sentence, max(0, start - ELIDED_REACH), start)) is not None:
        thing = told["thing"]  # "1,200 members in 2020, but 900 in 2023": the 900 counts members too
    level = not thing and claim.kind == "count"
    told_of = ""  # what a figure is told of as its subject or its body, in words another report may choose otherwise
    if level:  # "The death toll from the crash stands at nine": a toll
        thing = _level_of(_clause_before(sentence, start, cuts, LEVEL_REACH))
        told_of = "" if thing else _collective(sentence, start)  # "a workforce of 2,600", "a crowd of 18,000": its members
    elif not thing and dim.startswith("money"):
        told_of = _priced(sentence[max(0, start - LEVEL_REACH) : start])  # "The new east stand, which ..., cost £4.5m": the stand's price
    elif not thing and dim in MEASURES:
        told_of = _priced(sentence[max(0, start - LEVEL_REACH) : start], _MEASURE_OF)  # "The new runway will be 3.2km long"
    counted = _counted(thing)
    if counted and counted[0] in _OF_PEOPLE:
        counted = ("person", *counted)  # "200 deaths", "the death toll": people who died
    if level and counted:  # what a level is of stands beside it, however far its subject was told
        near = _merged(near, ((c, 1.0) for c in counted))
    if told_of:  # beside the figure, as words that name it ("the project" / "the scheme" may be one): never a veto
        near = _merged(near, ((c, 1.0) for c in _counted(told_of)))
    if dim == CLOCK:  # what a time of day times: the words of its clause before it ("kicks off at 3pm", "the gates open at 1pm")
        counted = tuple(c for c, a, b in before if not _cut(cuts, a, b, start, end) and not (a and sentence[a].isupper()))
    events = EVENTS - _CHANGES if _LEVEL.search(sentence, max(0, start - 40), start) else EVENTS
    event = next((c for c in counted if c in events), None) or next(
        (c for side in (after, before) for c, a, b in side if c in events and not _cut(cuts, a, b, start, end)), None)
    verb = _verb(sentence, start, end, cuts)
    if verb in _TOLD_AS and not _TOLD_AS[verb][0].isdisjoint(c for c, _ in near):  # "brought out" near the figure is "rescued"
        near = _told_as(near, verb)  # there too, "held by police" is "detained"
    if dim.startswith("money") and _PRICED_BEFORE.search(sentence, max(0, start - 8), start) and _PRICED_AFTER.match(sentence, end):
        verb, event = None, event or "pay"  # "filled the £5.4m east stand": the price of the stand, not what filled it
    event = event or (verb if verb in events else None)
    origin = _origin(sentence, start, end, claim.entities) if dim == "date" and _YEARS.fullmatch(text) else None
    whole = frozenset(_names(n for n in claim.entities if _of_whole(sentence, end, n))) if dim == "share" else frozenset()
    actor = _actor_at(sentence, start) if verb in _ACTS_ON else -1
    told = [n for n in claim.about if not _agent(sentence, n) and not _beyond(sentence, end, cuts, n) and not _acts(sentence, n, actor)]
    about = frozenset(_names(told)) - whole or (_opening_subject(sentence, start) if actor < 0 else frozenset()) \
        or _nationality(_clause_before(sentence, start, cuts, LEVEL_REACH) + " " + thing)
    if origin and origin[1]:
        about = frozenset(_names([origin[1]])) or about  # the year is about what it dates the making of
    about = _opened(sentence, about)
    if about and _MEMBER_OF.search(sentence, max(0, start - 24), start):
        about = _named_after(sentence, end, about)  # "Leeds is one of 12 cities": the 12 are not about Leeds
    owner = _owner(sentence, start, end, claim.entities) if dim == "age" else None
    if owner:
        about = frozenset(_names([owner])) or about  # the age is about the person it is said of
    lead = dict(claim.details).get("sentence_before")
    lead_words = _sentence_words(lead).words if isinstance(lead, str) else []
    if lead_words:  # a short sentence ("She was 56.") is about what the one before it says
        near = _with_lead(near, lead_words)
        event = event or next((c for c, _, _ in reversed(lead_words) if c in EVENTS), None)
    return Meaning(
        dimension=dim,
        near=near,
        sentence=(read.classes | frozenset(c for c, _, _ in lead_words) if lead_words else read.classes)
        | (_month_meant(claim) if dim == "date" else frozenset()),
        counted=counted,
        event=event,
        verb=verb,
        names=frozenset(_names(claim.entities)),
        about=about,
        group=groups.of(fold(sentence[max(0, start - 25) : start] + " " + thing),
                        fold(_clause_after(sentence, end, cuts)), partitive=claim.kind == "count")
        | groups.before(_clause_before(sentence, start, cuts))
        | (groups.opening(_clause_opening(sentence, start, cuts)) if dim.startswith(_SAID_OF_SUBJECT) else frozenset()),
        scope=groups.scope(_clause(sentence, start, end, cuts)),
        agent=_passive_agent(sentence, start, end, cuts),
        given_to=_given_to(sentence, start) if dim.startswith("money") else None,
        whole=whole,
        when=None if owner and not _YEARS.search(claim.period.text if claim.period else "")
        or claim.kind == "duration" and _day_or_start(claim) or not _own_period(claim, dim, start, end)
        else _changed_when(claim, dim, _clause(sentence, start, end, cuts)),
        place=_place(claim),
        thing=thing,
        running=read.running,
        someone=dim == "age" and bool(_INDEFINITE.search(sentence, max(0, start - 40), start)),
        small=claim.kind == "count" and claim.value is not None and abs(claim.value) <= SMALL_COUNT,
        origin=origin[0] if origin else "person" if owner else None,
        clock=dict(claim.details).get("at_time"),
        stage=None if dim in ("date", CLOCK) else stages.of(sentence, start, end),
    )


# all that `describe` reads of a claim: never its source, place or interval
_READ = attrgetter("kind", "text", "value", "unit", "qualifier", "subject", "entities", "about", "period", "place",
                   "sentence", "details")


def describer() -> Callable[[Claim, int], Meaning | None]:
    """`describe`, a figure told in the same words in the same sentence by several sources (wire
    copy, a story retold) described once: its meaning reads neither its source nor its place."""
    memo: dict[tuple[object, int], Meaning | None] = _SHARED[-1] if _SHARED else {}

    def once(claim: Claim, occurrence: int) -> Meaning | None:
        key = (_READ(claim), occurrence)
        try:
            return memo[key]
        except KeyError:
            found = memo[key] = describe(claim, occurrence)
            return found

    return once


_SHARED: list[dict[tuple[object, int], Meaning | None]] = []  # the memo of the innermost `shared` block


@contextmanager
def shared() -> Iterator[None]:
    """Within the block, every `describer` shares one memo: a story's figures are described once
    for the alignment and for the built-in checks of its articles."""
    _SHARED.append({})
    try:
        yield
    finally:
        _SHARED.pop()


# a figure that restates the one before it in another unit or currency: "$20bn (£11bn)",
# "260.75bn roubles ($9.37bn: £4.8bn)", "100 miles (160km)"
_RESTATES = regex.compile(r"\d[\d.,]*(?:\s*[^\W\d]{1,12}){0,2}\s*[(:/]\s*(?:[^\W\d]{1,3}\s*)?\Z")
# a phrase that opens its sentence and says how much, when or at what the clause after its comma is: "At 3,200
# metres, the tunnel ...", "Shortly after 2pm, the train ...", "Weighing 40 tonnes, the sculpture ..."
_FRONTED = regex.compile(r"[\"'“‘(]*(?:(?:shortly|just|soon|well|not\s+long)\s+)?(?:at|by|with|after|before|measuring|weighing|"
                         r"costing|stretching|standing|covering|spanning|priced\s+at|valued\s+at)\s+(?:[^,;:()]|(?<=\d),(?=\d)){1,50},", regex.I)
_RUNNING = regex.compile(r"\b(?:now|so far|to date|as of|currently|at the latest count|latest figures?)\b", regex.I)
_PLACE = regex.compile(r"(?:^|\s)(?i:in|across|throughout)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")
_OWNED = regex.compile(r"\s+(?:[\d.,]+\s+)?([^\W\d_][\w'’-]*)")
_PHRASE_END = regex.compile(r"[,;:()]|\s(?:of|off|in|on|at|from|to|for|across|near|after|before|over|under|who|which|that|starting|beginning|commencing|ending|effective|until|since)\s", regex.I)


def _counted(phrase: str) -> tuple[str, ...]:
    """What a figure counts, head first: the content words of the noun phrase after it ('Ukrainian boats' -> boat,
    ukrainian); a participle after the noun tells what was done to it ('cocaine hidden', 'shops closed' -> the
    noun first, then the participle)."""
    found = content(phrase)
    k = len(found)
    while k > 1 and _PARTICIPLE.fullmatch(phrase, found[k - 1][1], found[k - 1][2]):
        k -= 1
    words = [c for c, _, _ in found]
    return tuple((words[:k][::-1] + words[k:])[:3])


# a past participle after a noun ("cocaine hidden in", "shops closed", "cars stolen"): not "hundred", "speed", "bed"
_PARTICIPLE = regex.compile(r"(?i:(?!(?:hundred|speed|breed|greed|seed|need|feed|bed|shed|creed|weed|reed|steed|deed|heed)\b)\p{L}{2,}ed"
                            r"|hidden|stolen|taken|seen|found|held|kept|left|lost|sold|built|made|hurt|shut|given|written|driven|"
                            r"broken|chosen|frozen|spent|sent|caught|brought|bought|paid|won|run|cut|hit|put|set)")


_CLAUSE = regex.compile(r"[,;:()\u2013\u2014]|\s-\s|\s(?:and|but|while|whereas|although|as)\s", regex.I)
BEYOND_CLAUSE = 0.35  # the weight of a word for each clause boundary between it and the figure


def _place(claim: Claim) -> str | None:
    """Where a figure is: the place its sentence names after 'in', 'across' or 'throughout' (any case)."""
    if claim.place:
        return name_key(claim.place)
    found = _place_named(claim.sentence)
    return name_key(found) if found and found in claim.entities else None


@lru_cache(maxsize=4096)
def _place_named(sentence: str) -> str | None:
    """The first capitalised words after 'in', 'across' or 'throughout' in a sentence (read once per sentence)."""
    m = _PLACE.search(sentence)
    return m[1] if m else None


LEAD_WEIGHT = 0.35  # the weight of a word of the sentence before a short one


def _with_lead(near: tuple[tuple[str, float], ...], lead: list[tuple[str, int, int]]) -> tuple[tuple[str, float], ...]:
    weights = dict(near)
    for cls, _, _ in lead[-2 * WINDOW :]:
        weights.setdefault(cls, LEAD_WEIGHT)
    return tuple(sorted(weights.items(), key=lambda kv: -kv[1]))


_PASSIVE_AFTER = regex.compile(r"[^,;:()]*?\b(?:were|was|are|is|been|be|being|have|has|had|got|get)\s+(?:\w+ly\s+)?([^\W\d_]+(?:ed|en|wn|ght|lt|ne)|held)\b", regex.I)
_ACTIVE_BEFORE = regex.compile(r"(?r)\b([^\W\d_]+ed|sold|paid|lost|won|took|gave|cut|hit|left|made|spent|held|sent|put|kept|brought|bought|caught|shot|struck|fired|freed|saw|had)\s+(?:(?:about|almost|around|nearly|some|more|less|fewer|than|at|least|most|over|under|up|to|only|just|the|a|an|its|their|his|her)\s+){0,3}\Z", regex.I)


# a price told before what it is the price of ("the £5.4m east stand", "a $2bn deal", "its £30 million scheme")
_PRICED_BEFORE = regex.compile(r"\b(?i:the|a|an|its|their|his|her|this|that|whose)\s+\Z")
_PRICED_AFTER = regex.compile(r"[ \t\u00a0]+(?!(?:of|in|on|at|to|for|from|by|and|or|a|an|the|is|was|were|are|has|had|have|will|would|each|per|"
                              r"more|less|than|million|billion|thousand|bn|m|k)\b)\p{Ll}[\w'’-]*")


def _verb(sentence: str, start: int, end: int, cuts: list[int]) -> str | None:
    """The verb that says what was done to what a figure counts: after it in the passive ("130
    people were detained"), or before it in the active ("Police detained 130 people")."""
    stop = _next_cut(cuts, end, len(sentence))
    found = _PASSIVE_AFTER.match(sentence, end, min(stop, end + 80))
    if found is None:
        found = _ACTIVE_BEFORE.search(sentence, max(0, start - 40), start)
    if found is None:
        return None
    word = fold(found[1])
    if word in _LED and (_TO_SAFETY.match(sentence, found.end(1)) or _TO_SAFETY_AFTER.match(sentence, end, min(stop, end + 60))):
        return "rescu"  # "were brought out of the building", "led to safety", "helped free": rescued
    if word in _HELD and (_BY_FORCE.match(sentence, found.end(1)) or _FORCE_BEFORE.search(sentence, max(0, found.start(1) - 40), found.start(1))):
        return "detain"  # "were held by riot police", "Officers rounded up 22 fans", "taken into custody": detained
    return None if word in STOP else stem(word)


_LED = frozenset("brought led carried helped got guided dragged hauled winched lifted ferried".split())  # ... out, to safety: rescued
_HELD = frozenset("held taken rounded picked hauled".split())  # ... by police, into custody: detained
_FORCE = r"(?:police|policemen|officers|cops|detectives|gendarmes|troops|soldiers|the\s+force|custody)\b"
_BY_FORCE = regex.compile(r"\s+(?:up\s+|in\s+)?(?:by|into|in)\s+(?:[\w'’-]+\s+){0,2}?" + _FORCE, regex.I)
_FORCE_BEFORE = regex.compile(r"\b" + _FORCE + r"\s+(?:[\w'’-]+\s+){0,2}?\Z", regex.I)
# a verb read as another where its words say so: the words of the verb near the figure are that class there too
_TOLD_AS = {"rescu": (frozenset(stem(w) for w in _LED), "rescu"), "detain": (frozenset(stem(w) for w in _HELD), "detain")}
_TO_SAFETY = regex.compile(r"\s+(?:out\b|to\s+safety\b|free\b|clear\b|from\s+(?:the\s+)?(?:water|sea|rubble|wreckage|flames|fire|blaze|burning)\b)", regex.I)
_TO_SAFETY_AFTER = regex.compile(r"(?:\s+(?!(?:and|or|but|who|which|that)\b)[\w'’-]+){0,3}?" + _TO_SAFETY.pattern, regex.I)  # "led 30 guests to safety"


def _told_as(near: tuple[tuple[str, float], ...], verb: str) -> tuple[tuple[str, float], ...]:
    """The words around a figure with a verb read as another ("brought" out as "rescued", "held" by police as
    "detained") read as that verb."""
    words, as_class = _TOLD_AS[verb]
    return _merged(((as_class if c in words else c, w) for c, w in near), ())


def _merged(near: Iterable[tuple[str, float]], more: Iterable[tuple[str, float]]) -> tuple[tuple[str, float], ...]:
    """Weighed words with more, each class once at its greatest weight."""
    weights: dict[str, float] = {}
    for c, w in (*near, *more):
        weights[c] = max(w, weights.get(c, 0.0))
    return tuple(weights.items())


_MADE = r"(?:passed|enacted|adopted|founded|established|created|formed|set\s+up|introduced|signed|launched|built|born|incorporated|inaugurated)"
_MADE_BEFORE = regex.compile(r"(?P<verb>" + _MADE + r")(?:\s+(?!and\b|but\b|then\b)[\w'’.-]+){0,4}?\s+(?:in|during)\s+\Z", regex.I)
_MADE_AFTER = regex.compile(r",?\s+(?:(?!which\b|who\b|that\b|when\b)[\w'’.-]+\s+){0,3}?(?:(?:was|were|is|had|has|been)\s+)?(?P<verb>" + _MADE + r")\b", regex.I)
_NOUN_SUBJECT = regex.compile(r"\b(?i:the|a|an|his|her|their|its|this|that)\s+[a-z]+\s+(?:(?:first|had|has|have)\s+)?\Z")
_OPENING_NAME = regex.compile(r"[\"'“‘(]*([A-Z][\w'’&.-]+(?:\s+[A-Z][\w'’&.-]+){0,2}),?\s+[a-z]")
# a first time, done once: "first opened", "first went on sale", "opened its first branch", "made its debut"
_FIRST_BEFORE = regex.compile(r"(?:\bfirst\s+(?P<verb>[a-z]+ed|went|came|began|took|won|met|ran|sold)\b|\b(?P<verb>[a-z]+ed|won|made|held|ran|sold)\s+"
                              r"(?:its|their|his|her|the)\s+(?:very\s+)?first\b)(?:\s+(?!and\b|but\b|then\b)[\w'’.-]+){0,4}?\s+(?:in|during)\s+\Z", regex.I)
# what marks a verb of making as passive or a participle: "was founded", "The Commodore 64, launched", "Established in"
_PASSIVE_MARK = regex.compile(r"(?:\b(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?|,\s*|^\s*)\Z", regex.I)
_RELATIVE = regex.compile(r"\b(?:which|that|whom)\s+(?!(?:was|were|is|are|has|had|have)\b)[^\W\d][^,;:()]*\s\Z", regex.I)
_NOT_MADE = regex.compile(r"\b(?i:in|at|near|from|of|by)\s+(?:[a-z]+\s+){0,2}\Z")
NEAR_MAKING = 40  # how far before its verb of making a name that is made may stand
_NAMING_BEFORE = regex.compile(r"\b(?:the|its|his|her|their|this|that)\s+\Z", regex.I)
_NAMING_AFTER = regex.compile(r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}")
# a legal instrument is made once, and a year in its name is the year it was made ("the 1998 Human
# Rights Act"); a year in another name is one of a series ("the 2006 World Cup", "the 2005 Sundance festival")
_INSTRUMENT = regex.compile(r"\b(?:Law|Act|Treaty|Accord|Agreement|Convention|Constitution|Charter|Protocol|Pact|Amendment|Directive)s?\Z")
# events held again and again, a year telling which ("the 2006 World Cup", "the 2015 general election")
_SERIES = regex.compile(r"\b(?i:cups?|games|olympics?|paralympics|championships?|open|awards?|festival|elections?|"
                        r"season|tour|finals?|league|grand prix|expo|summit|budget|census|nations|series|oscars|baftas|"
                        r"marathon|derby|conference|congress|world cup|ryder cup|euro)\Z")
_JUST_AFTER = regex.compile(r",?\s*(?:(?!(?:and|or|but|to|towards|into|for|with|against|on|at|by|from|of|in|after|before|as)\b)[a-z]+\s+){0,3}")


def _origin(sentence: str, start: int, end: int, names: Iterable[str]) -> tuple[str, str | None] | None:
    """Whether a year dates the making of a named thing, and which: 'made' when the words around
    it say so ("the assembly passed in 2006 the Harbour Act", "In 2002, parliament passed the law",
    "Clearwater was founded in 1987"), with the name the making is told of; 'law' when the year is
    part of the name of a legal instrument ("the 2003 Harbour Act"), made once; 'name' when it is part
    of another name ("the 2006 World Cup"), one of a series."""
    if _NAMING_BEFORE.search(sentence, max(0, start - 6), start):
        named = _NAMING_AFTER.match(sentence, end, min(len(sentence), end + 60))
        if named:
            thing = named[0].strip()
            return "law" if _INSTRUMENT.search(thing) else "series" if _SERIES.search(thing) else "name", thing
    first = _FIRST_BEFORE.search(sentence, max(0, start - 60), start)
    if first is not None:  # "Corvo Coffee opened its first shop in Spain in 2019", "when it first opened in 2017"
        thing = _made_of(sentence, first.start("verb"), first.end("verb"), (start, end), names, first=True)
        return ("made", thing) if thing else None
    verb = _MADE_BEFORE.search(sentence, max(0, start - 60), start)
    if verb is None:
        verb = _MADE_AFTER.match(sentence, end, min(len(sentence), end + 60))
    if verb is None:
        return None
    thing = _made_of(sentence, verb.start("verb"), verb.end("verb"), (start, end), names)
    return ("made", thing) if thing else None  # the making of something unnamed ("launched its own blog in 2004")


_AGENT = regex.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:(?:\w+ly|also|later|then|not|never|still|already|since)\s+)?[a-z]+(?:ed|en|wn|ght|lt|ne)\b(?:[^,;:()]|(?<=\d),(?=\d)){0,40}?"
                       r"\bby\s+(?:the\s+|a\s+|an\s+|its\s+)?((?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*|[a-z]{3,}(?:\s+(?!(?:after|before|over|under|into|with|from|and|but|when|which|who|that|for|since|than|during)\b)[a-z]{3,})?)\b")


_NOT_AGENT = frozenset("yesterday today tomorrow tonight overnight earlier later again also too recently last this next".split())


def _passive_agent(sentence: str, start: int, end: int, cuts: list[int]) -> str | None:
    """Who did what a figure measures, named after "by" in its passive clause ("Varga was suspended
    for three years by the panel", "was fined £500,000 by the regulator"), folded; None when the
    clause names none."""
    k = bisect.bisect_left(cuts, start)
    lo = cuts[k - 1] if k else 0
    m = _AGENT.search(sentence, lo, min(_next_cut(cuts, end, len(sentence)), end + 60))
    if m is None or m.start() > start or m.end() < end:
        return None  # the passive and its agent stand on either side of the figure
    words = [stem(w) for w in fold(m[1]).split() if w not in _NOT_AGENT]
    return " ".join(words) or None


_OF_WHOLE = regex.compile(r"\s+of\s+(?:the\s+|all\s+)*")


def _of_whole(sentence: str, end: int, name: str) -> bool:
    """Whether a name owns or names the whole a share is of ("16% of Russia's oil output", "20% of
    Britons"): then it is not what the share is about (whose share it is)."""
    m = _OF_WHOLE.match(sentence, end, min(len(sentence), end + 20))
    return m is not None and sentence.startswith(name, m.end())


_MEMBER_OF = regex.compile(r"\b(?:(?i:one|each|any|none|either|neither|part|first|second|third|last|latest|largest|biggest|smallest)\s+of|(?i:among|amongst))\s+(?:(?i:the)\s+)?\Z")  # not "one of its 12": its own


def _named_after(sentence: str, end: int, about: frozenset[str]) -> frozenset[str]:
    """The names of `about` told after a figure that counts a set its subject belongs to ("The
    Leeds centre is one of 10 new centres in Yorkshire": about Yorkshire, not Leeds; "The United
    States is among 193 parties to the treaty": about the treaty's parties, no one name)."""
    tail = fold(sentence[end : end + 160])
    return frozenset(key for key in about if key in tail)


def _opened(sentence: str, about: frozenset[str]) -> frozenset[str]:
    """Names with the whole of the name that opens the sentence, where the extractor kept only its
    end ("Tom Bell, who is 38," gives 'bell': it is 'tom bell')."""
    opening = _OPENING_NAME.match(sentence) if about else None
    if opening is None:
        return about
    whole = name_key(opening[1])
    if whole.split()[0] in _OPENERS | STOP:
        return about
    return frozenset(whole if whole != key and whole.endswith(" " + key) else key for key in about)


def _day_or_start(claim: Claim) -> bool:
    """Whether a duration's period is only the day it is told on or its own start ("on Tuesday",
    "from 26 November", "starting Wednesday"), which keeps no two durations apart (a month, a
    year or a span does: "three days in March", "five days in June")."""
    period = claim.period
    if period is None:
        return True
    if period.first is not None and period.first == period.last or _DAY_TEXT.fullmatch(period.text.strip()):
        return True
    at = claim.sentence.find(period.text)
    return at > 0 and _STARTS.search(claim.sentence, max(0, at - 20), at) is not None


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_TEXT = regex.compile(r"(?i:(?:(?:on|last|next|this)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:night|morning|evening|afternoon))?"
                          r"|yesterday|today|tonight|tomorrow|last\s+night|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS
                          + r"|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?)")
_STARTS = regex.compile(r"\b(?:from|starting|beginning|as of|with effect from)\s+(?:on\s+)?\Z", regex.I)


def _owner(sentence: str, start: int, end: int, names: Iterable[str]) -> str | None:
    """The named person an age is said of, set beside it: "Marsh, 41,", "Ellie Brandt, the
    16-year-old from Leeds", "his aunt, 58-year-old Rosa Vint"; a name that opens
    the sentence is read whole ("Anna Bell, 34, said": not only "Bell")."""
    opening = _APPOSED.fullmatch(sentence, 0, start)
    if opening and name_key(opening[1]).split()[0] not in _OPENERS | STOP:  # not "In Leeds, 34-year-old ..."
        return opening[1]
    starts, placed = _placed(sentence, tuple(names))
    for at, name in placed[bisect.bisect_left(starts, start - WIDEST - 12) : bisect.bisect_right(starts, end + 16)]:
        if at < start and _BESIDE_BEFORE.fullmatch(sentence, at + len(name), start) \
                and not _NOT_MADE.search(sentence, max(0, at - 30), at) \
                and not _ROLE_BEFORE.search(sentence, max(0, at - 5), at):  # "The UN envoy, 39,": a role, no name
            return name
        if at >= end and _BESIDE_AFTER.fullmatch(sentence, end, at) \
                and not _DESCRIBED.match(sentence, at + len(name), at + len(name) + 16):  # "a 23-year-old Leeds man": a place
            return name
    return None


_BESIDE_BEFORE = regex.compile(r",\s+(?:(?:the|a|an)\s+)?|\s*\(\s*")  # "Marsh, 41,", "Rosa Vint (71)"
_ROLE_BEFORE = regex.compile(r"\b(?i:the|a|an)\s+\Z")
_APPOSED = regex.compile(r"\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+")
_BESIDE_AFTER = regex.compile(r"(?:-year-old)?\s+(?:(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+)?")  # "Rosa Vint", "a 48-year-old woman, Maria Nowak"
_DESCRIBED = regex.compile(r"\s+(?i:man|woman|boy|girl|teen|teenager|youth|mother|father|student|driver|pupil|resident|native)\b")
_YEARS = regex.compile(r"\b\d{4}\b")


def _made_of(sentence: str, lo: int, hi: int, year: tuple[int, int], names: Iterable[str], first: bool = False) -> str | None:
    """The name whose making the verb at [lo, hi) tells. In the passive, or a participle, what is
    made comes before the verb ("Clearwater was founded in 1987", "The Commodore 64, launched in
    1982") or after the phrase ("Established in 1981, the Jesse Owens Awards"); in the active, it
    is the verb's object ("launched its radio service in 2011", "passed in 2006 the Harbour Act"), or what a
    "which" stands for ("Clearwater, which two anglers set up in 1989"), and an object in lower
    case ("adopted the nickname in 1939") names nothing. A first time ("Corvo Coffee opened its first
    shop in 2019", "when it first opened") is told of its subject. A place ("in Leeds"), a maker ("by actor
    Tom Reed") and an owner ("Stone's son") are never it."""
    mark = _PASSIVE_MARK.search(sentence, max(0, lo - 30), lo)
    passive, fronted = mark is not None, mark is not None and _BLANKS.fullmatch(sentence, 0, lo) is not None
    tail = max(hi, year[1])  # the object stands after the verb and the year ("passed in 2006 the Harbour Act")
    before: list[tuple[int, str]] = []
    after: list[tuple[int, str]] = []
    names = list(names)
    opening = _OPENING_NAME.match(sentence)  # a name that opens the sentence is no entity of the extractor's
    if opening and opening[1] not in names and not opening[1].endswith(("'s", "’s")) \
            and name_key(opening[1]).split()[0] not in _OPENERS | NOT_NAMES | STOP:
        names.append(opening[1])
    starts, placed = _placed(sentence, tuple(names))
    # only names near the verb and the year can be what is made: a sentence of a thousand names stays linear
    for at, name in placed[bisect.bisect_left(starts, lo - NEAR_MAKING - WIDEST) : bisect.bisect_right(starts, tail + 60)]:
        if _NOT_MADE.search(sentence, max(0, at - 30), at) or sentence.startswith(("'s", "’s"), at + len(name)):
            continue
        if at + len(name) <= lo and lo - at - len(name) <= NEAR_MAKING:
            before.append((-at, name))
        elif at >= hi and (_JUST_AFTER.fullmatch(sentence, hi, at) or at >= tail and _JUST_AFTER.fullmatch(sentence, tail, at)):
            after.append((at, name))
    if first:  # its subject, unless another stands just before it ("when the band first played")
        return min(before)[1] if before and not _NOUN_SUBJECT.search(sentence, max(0, lo - 30), lo) else None
    if passive or _RELATIVE.search(sentence, max(0, lo - 40), lo):
        return (min(before)[1] if before else None) or (min(after)[1] if fronted and after else None)
    return min(after)[1] if after else None


def _clause(sentence: str, start: int, end: int, cuts: list[int]) -> str:
    """The clause a figure stands in."""
    k = bisect.bisect_left(cuts, start)
    return sentence[cuts[k - 1] if k else 0 : _next_cut(cuts, end, len(sentence))]


def _clause_before(sentence: str, start: int, cuts: list[int], reach: int = 60) -> str:
    """The words of a figure's clause before it, at most `reach` characters."""
    k = bisect.bisect_left(cuts, start)
    return sentence[max(cuts[k - 1] if k else 0, start - reach) : start]


OPENING_REACH = 100  # how far before a figure the subject opening its clause may stand


def _clause_opening(sentence: str, start: int, cuts: list[int]) -> str:
    """The words of a figure's clause before it, whole, or "" when the clause opens more than `OPENING_REACH` before it."""
    k = bisect.bisect_left(cuts, start)
    opens = cuts[k - 1] if k else 0
    return sentence[opens:start] if start - opens <= OPENING_REACH else ""
# measures said of the subject of their clause (a price, a share), not of a thing they count: "Adult tickets ... cost £28"
_SAID_OF_SUBJECT = ("money", "share")


# what a level is of, told as its clause's subject: "The death toll from the crash stands at nine", "the number of
# patients waiting rose to 9,400", "Arrests reached 300"
_LEVEL_OF = regex.compile(r"(?:(?:\p{L}[\w'’-]*\s+){1,4}?(?:said|says|say|reported|announced|added|confirmed|showed|show)\s+(?:that\s+)?)?"
                          r"(?:(?i:the|a|an|its|their|this|that)\s+)?(?P<subject>(?:\p{L}[\w'’-]*\s+){0,3}?\p{L}[\w'’-]*)"
                          r"(?:\s+(?:from|of|in|at|on|for|after|among|near|since)\s+[^,;:()]{1,60}?)?\s+(?:now\s+|has\s+|had\s+|have\s+)?"
                          r"(?P<verb>stands?|stood|rose|risen|climbed|reached|hit|totall?ed|totals|came|comes|jumped|fell|fallen|dropped)"
                          r"(?:\s+(?:at|to))?(?:\s+(?:about|around|nearly|almost|some|at\s+least|more\s+than|over|just|only))?")
LEVEL_REACH = 120  # characters of a figure's clause read for the subject a level is of
_COUNT_OF = regex.compile(r"(?i:number|total|tally|count|figure|toll)\s+of\s+(?:the\s+)?")


def _level_of(clause: str) -> str:
    """What a level told after its subject counts ("The death toll from the crash stands at" -> "death toll"; "the
    number of patients waiting rose to" -> "patients waiting"), or "" when the clause before it is not so told."""
    clause = clause.strip()
    m = _LEVEL_OF.fullmatch(clause) if clause else None
    if m is None:
        return ""
    subject = m["subject"]
    if (of := _COUNT_OF.match(clause, m.start("subject"), m.start("verb"))) is not None:  # "the number of thefts in the city"
        subject = _PHRASE_END.split(" " + clause[of.end() : m.start("verb")] + " ", maxsplit=1)[0].strip()
    return "" if subject.split()[0].lower() in STOP or fold(subject) in _NO_THING else subject


# what a price is of, told as its clause's subject: "The new east stand, which holds 3,000 fans, cost", "The deal is
# worth", "the painting, which was sold for", "a shirt deal worth"
_NOT_SUBJECT = r"(?!(?i:the|a|an|its|their|this|that|his|her|said|says|and|or|of|in|on|at|to|for|with|by|which|who)\b)"


def _subject_before(verbs: str) -> regex.Pattern[str]:
    """A clause's subject (at most four words, past one relative clause), an auxiliary, and one of `verbs` closing
    the words before a figure."""
    return regex.compile(
        rf"(?<![\w'’-])(?:(?i:the|a|an|its|their|this|that|his|her)\s+)?(?P<subject>(?:{_NOT_SUBJECT}\p{{L}}[\w'’-]*\s+){{0,3}}?"
        rf"{_NOT_SUBJECT}\p{{L}}[\w'’-]*)(?:\s*,(?:[^,;:()]|(?<=\d),(?=\d)){{1,80}},)?\s*,?\s+"
        r"(?:(?:has|had|have|will|would|is|was|were|are|could|may|might|should|must)\s+)?"
        r"(?:(?:now|also|eventually|finally|expected\s+to|set\s+to|due\s+to|likely\s+to|thought\s+to)\s+)?"
        rf"(?:be\s+|been\s+)?(?:{verbs})"
        r"(?:\s+(?:about|around|nearly|almost|some|at\s+least|more\s+than|over|just|only|an\s+estimated|a\s+reported))?\s*\Z")


# what a price told after its clause's subject prices: "The new east stand, which holds 3,000 fans, cost", "The deal is
# worth", "the painting, which ..., was sold for", "a shirt deal worth"
_PRICE_OF = _subject_before(r"cost|costs|costing|fetched|fetch|fetches|worth|valued\s+at|(?:sold|bought|went)\s+for")
# what a length, an area, a weight or a volume told after its clause's subject measures: "The new runway will be",
# "The reservoir, which ..., holds", "The wall stretches for", "The bridge spans"
_MEASURE_OF = _subject_before(r"is|are|was|were|be|measures?|measured|measuring|stretch(?:es|ed)?(?:\s+for)?|spans?|spanned|"
                              r"covers?|covered|weighs?|weighed|weighing|holds?|held|extends?(?:\s+for)?|extended(?:\s+for)?")
MEASURES = frozenset({"length", "area", "mass", "volume"})  # what `_MEASURE_OF` reads the subject of


def _priced(before: str, subject_of: regex.Pattern[str] = _PRICE_OF) -> str:
    """What a figure told after its subject is of ("The new east stand, which holds 3,000 fans, cost" -> "new east
    stand"; "The deal is worth" -> "deal"; with `_MEASURE_OF`, "The new runway will be" -> "new runway"), or ""
    when the words before it are not so told."""
    m = subject_of.search(before)
    if m is None:
        return ""
    subject = m["subject"]
    return "" if subject.split()[0].lower() in STOP or fold(subject) in _NO_THING else subject


# a verb in the past with its object after what a figure counts ("people lined the streets", "fans watched the game",
# "[a crowd of 18,000] watched the parade"): where the thing counted ends
_VERB_OBJECT = regex.compile(r"(?<![\w'’-])(?:[^\W\d_]{2,}ed|saw|took|made|gave|won|lost|sold|bought|paid|held|kept|left|met|ran|went|"
                             r"came|built|spent|sent|brought|caught|filled|packed|lined)\s+(?:the|a|an|its|their|his|her|our|this|that|"
                             r"these|those)\b", regex.I)
# a figure told as the size of a body or collection: "a workforce of 2,600", "a crowd of about 18,000", "a fleet of 40"
_COLLECTIVE_OF = regex.compile(r"(?<![\w'’-])(?i:a|an|the|its|their|his|her)\s+(?:[^\W\d_][\w'’-]*\s+)?(?P<noun>[^\W\d_][\w'’-]*)\s+of\s+"
                               r"(?:(?:about|around|some|nearly|almost|more\s+than|over|up\s+to|just\s+over|just\s+under|at\s+least|roughly|"
                               r"approximately)\s+)?\Z", regex.I)

def _collective(sentence: str, start: int) -> str:
    """What a figure told as the size of a body or collection counts ("a workforce of 2,600" -> "workforce"), or ""."""
    group = _COLLECTIVE_OF.search(sentence, max(0, start - 40), start)
    return "" if group is None or fold(group["noun"]) in _NOT_COLLECTIVE else group["noun"]


_OF_PEOPLE = frozenset({"kill", "injur", "miss"})  # counted heads that count people: deaths, injuries, the missing
_NO_THING = frozenset("number total tally count figure figures level rate it this that which".split())  # counts of no named thing
# sizes told "a ... of N" that count no members: "a rise of 300", "a majority of 40", "an average of 12"
_NOT_COLLECTIVE = _NO_THING | frozenset("""sum average maximum minimum increase rise fall drop decline cut gain jump loss
deficit surplus majority margin score turnout age height depth length value price cost budget bill fine award payout
salary wage rent fee profit revenue debt share stake percentage proportion half third quarter fifth tenth""".split())  # counts of no named thing


# a change to a level ("the death toll rose to 43", "sales fell to £4m"): the figure is the level, not a rise or fall
_LEVEL = regex.compile(r"\b(?:rose|risen|rises?|rising|climbed|climbs?|climbing|jumped|increased|grew|grown|soared|surged|"
                       r"fell|fallen|falls?|falling|dropped|declined|reached|reaches|went\s+up|gone\s+up)"
                       r"(?:\s+(?:by\s+)?(?:about\s+|almost\s+|nearly\s+|some\s+)?[£$€¥]?[\d.,]+\s*(?:%|per\s*cent|percent|pc|points?|p|[kmb]n?)?)?\s+to\s+"
                       r"(?:(?:about|almost|around|nearly|some|more\s+than|at\s+least|over|just\s+over|just\s+under)\s+)?\Z", regex.I)
_CHANGES = frozenset({"rais", "fall"})


def _month_meant(claim: Claim) -> frozenset[str]:
    """The word of the month a date told without naming it means ("the day before yesterday", "ten days ago",
    "on Friday", resolved to days of one month), as the sentence of a date that names it has it ("on 16 November")."""
    told = dates.days(claim)
    if told.first is None or told.last is None or (told.first.year, told.first.month) != (told.last.year, told.last.month):
        return frozenset()
    month = calendar.month_name[told.first.month]
    classes = frozenset(c for c, _, _ in content(month))
    return frozenset() if classes & frozenset(c for c, _, _ in content(claim.text)) else classes


def _clause_after(sentence: str, end: int, cuts: list[int]) -> str:
    """The words after a figure to the end of its clause, at most 60 characters."""
    return sentence[end : min(_next_cut(cuts, end, len(sentence)), end + 60)]


def _cut(cuts: list[int], a: int, b: int, start: int, end: int) -> int:
    """How many clause boundaries lie between the word at [a, b) and the figure at [start, end)."""
    lo, hi = (b, start) if b <= start else (end, a)
    return max(0, bisect.bisect_left(cuts, hi) - bisect.bisect_left(cuts, lo))


def _next_cut(cuts: list[int], at: int, default: int) -> int:
    """The first clause boundary at or after `at` (bisect: linear in the figures of a sentence)."""
    k = bisect.bisect_left(cuts, at)
    return cuts[k] if k < len(cuts) else default


def _weighted(before: list[tuple[str, int, int]], after: list[tuple[str, int, int]], cuts: list[int],
              start: int, end: int) -> tuple[tuple[str, float], ...]:
    weights: dict[str, float] = {}
    for side in (before, after):
        for rank, (cls, a, b) in enumerate(side):
            weight = BEYOND_CLAUSE ** _cut(cuts, a, b, start, end) / (1 + rank / 2)
            weights[cls] = max(weights.get(cls, 0.0), weight)
    return tuple(sorted(weights.items(), key=lambda kv: -kv[1]))


# words that open sentences as the actors of news copy, capitalised there and elsewhere ("Police
# said", "Officials added"): no names, so two reports of the same arrests are not kept apart by them
_INDEFINITE = regex.compile(r"(?:\b(?i:a|an|another)\s+|^(?:One|A|An|Another)\s+[a-z]+,\s+(?:a|an)\s+)\Z")
# what a place records of itself, told with "of" ("Braemar recorded a low of minus 14C", "Kent saw a total of 400"):
# a reading, an extreme, a total
_READING = r"(?:low|high|maximum|minimum|peak|top|total|reading|temperature|tally|count|rate|figure|toll|turnout|rise|fall|drop|increase)"
_OPENING_SUBJECT = regex.compile(
    r"[\"'“‘(]*([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?:(?:will|would|could|can|may|might|should|now|also|still|already)\s+){0,2}"
    r"(?:[a-z]+ed|was|were|is|are|has|had|have|saw|won|took|made|got|sold|paid|lost|holds?|gets?|be|control|controls|owns?|"
    r"accounts?|represents?|makes?|hit|reached)"
    r"(?:(?:\s+[a-z]+){0,2}|\s+(?:a|an|the|its)\s+(?:(?:new|record|daily|overnight|reported)\s+)?" + _READING + r"\s+of)\s+\Z")
# a name that opens a sentence owning what the figure measures: "Scotland's population grew 1.2%",
# "Kent's jobless rate fell to 4%", "Norvik's shares rose 8%"
_OPENING_OWNER = regex.compile(r"[\"'“‘(]*([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)['’]s\s+(?:[a-z]+\s+){1,4}")
# words that open a sentence and are no names (the extractor's list, lower-cased), and hedges
_OPENERS = frozenset(w.lower() for w in FUNCTION_WORDS) | {"almost", "nearly"}


OPENING_REACH = 120  # a figure further into its sentence than this is acted on by no opening subject (a few words)


def _opening_subject(sentence: str, start: int) -> frozenset[str]:
    """The capitalised word that opens a sentence and acts on its figure within a few lower-case
    words ("Norfolk accounted for 13 percent", "Kent recorded 400 cases"): what the figure is
    about, when the article never names it mid-sentence (so the extractor could not tell)."""
    m = _OPENING_SUBJECT.fullmatch(sentence, 0, start) or _OPENING_OWNER.fullmatch(sentence, 0, start) \
        if 0 < start <= OPENING_REACH else None
    if m is None:
        return frozenset()
    key = name_key(m[1])
    first = key.split()[0]
    if key in NOT_NAMES or first in _OPENERS or first in STOP or key in STOP:
        return frozenset()
    return frozenset({key})


NOT_NAMES = frozenset("""police officials officers authorities witnesses residents experts analysts researchers
data figures statistics government ministers protesters investigators prosecutors doctors scientists
image copyright caption media playback""".split())


_AGENT_AFTER = regex.compile(
    r"['’]?s?\s+(?:officials?|spokes(?:man|woman|person)|authorities|police|agents?|officers?|sources|ministry|"
    r"ministers?|government|chief|director|leaders?|lawyers?|analysts?|statement|figures|data)\b", regex.I)


WIDEST = 80  # the longest name looked for before a verb of making


@lru_cache(maxsize=4096)
def _placed(sentence: str, names: tuple[str, ...]) -> tuple[list[int], list[tuple[int, str]]]:
    """The names of a sentence where they first stand, in order, and those places alone (for
    bisection): worked out once per sentence, whatever number of figures asks."""
    placed = sorted((at, name) for name in names if (at := _found(sentence, name)) >= 0 and len(name) <= WIDEST)
    return [at for at, _ in placed], placed


_BLANKS = regex.compile(r"\s*")


@lru_cache(maxsize=65536)
def _found(sentence: str, name: str) -> int:
    """Where a name first stands in a sentence (-1 if nowhere), found once per sentence and name:
    every figure of a sentence asks of every name of it."""
    return sentence.find(name)


def _agent(sentence: str, name: str) -> bool:
    """Whether a name stands for who acts or speaks, not what a figure is about ("U.S. officials
    arrested 42 people", "CBP officials said 42 people were apprehended", "Pentagon figures show")."""
    at = _found(sentence, name)
    return at >= 0 and _AGENT_AFTER.match(sentence, at + len(name)) is not None


# names after a figure's clause has ended are what the clause after it tells of ("24 flights, mostly services to
# Wellington", "3.2km long, allowing jets to fly to Europe"), not what the figure is; but where it is ("most of them in Cork")
_WHERE = regex.compile(r"\b(?i:in|at|near|across|throughout|outside|inside|around|off)\s+(?:the\s+)?(?:\S+\s+){0,2}\Z")


def _beyond(sentence: str, end: int, cuts: list[int], name: str) -> bool:
    """Whether a name of a figure's sentence stands after the figure's clause has ended, and not as where it is."""
    at = _found(sentence, name)
    cut = _next_cut(cuts, end, len(sentence))
    return at >= cut and not _WHERE.search(sentence, max(cut, at - 40), at) and bool(sentence[cut:at].strip(" ,\t"))  # not ", Tomasz Wrona,"


# verbs whose subject acts on what a figure counts, or causes what befell it ("Coastguards rescued 23 crew", "Snow
# cancelled 52 flights", "The storm damaged 300 homes"): who or what did it, not what the figure is of
_ACTS_ON = frozenset({"detain", "kill", "injur", "rescu", "infect", "fine", "strike", "cancel", "destroy", "damag", "forc",
                      "caus", "disrupt", "delay", "ground", "flood", "sank", "sink", "evacu", "displac", "strand", "trap"})
_SUBJECT_GAP = regex.compile(r"[ \t\u00a0]+(?:(?:have|has|had|also|then|later|reportedly|\w+ly)[ \t\u00a0]+){0,2}\Z")


def _actor_at(sentence: str, start: int) -> int:
    """Where the verb acting on a figure in the active voice starts ("Coastguards rescued 23 crew": 11), or -1."""
    m = _ACTIVE_BEFORE.search(sentence, max(0, start - 40), start)
    return m.start(1) if m is not None else -1


def _acts(sentence: str, name: str, verb_at: int) -> bool:
    """Whether a name is the subject of the verb at `verb_at` that acts on a figure ("Coastguards rescued 23
    crew", "Russia has detained 24 sailors"): who acted, not what the figure counts."""
    if verb_at < 0:
        return False
    at = _found(sentence, name)
    return 0 <= at and at + len(name) <= verb_at and _SUBJECT_GAP.fullmatch(sentence, at + len(name), verb_at) is not None


_CAPITALISED = regex.compile(r"(?<![\w'’-])\p{Lu}\p{Ll}+(?![\w'’-])")


def _nationality(words: str) -> frozenset[str]:
    """The country whose people's adjective the words before a figure or what it counts name ("Portuguese wine
    exports rose to", "Spanish exports"): what the figure is about when no name is told of it; none for two."""
    found = {COUNTRY_OF[w] for m in _CAPITALISED.finditer(words) if (w := m[0].lower()) in COUNTRY_OF}
    return frozenset(found) if len(found) == 1 else frozenset()


# a sum told after the name it is given to or taken from: "fined Rangers £10,000", "awarded Ms Hale £50,000",
# "paid Kestrel Foods £40m", "ordered to pay Mr Dunn a further £2,000"
_GIVEN_TO = regex.compile(r"\b(?:fined|fines|fine|awarded|awards|award|paid|pays|pay|gave|gives|give|given|owed|owes|owe|offered|"
                          r"offers|offer|granted|grants|grant|lent|lends|loaned|charged|charges|charge|handed|hands)\s+"
                          r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})\s+"
                          r"(?:(?:a|an|the|another|a\s+further|a\s+total\s+of|about|around|nearly|almost|more\s+than|over|some|up\s+to)\s+)*\Z")
GIVEN_REACH = 60  # characters before a sum read for the name it is given to


def _given_to(sentence: str, start: int) -> str | None:
    """The name a sum starting at `start` is given to or taken from, folded ("fined Rangers £10,000": 'rangers'), or None."""
    given = _GIVEN_TO.search(sentence, max(0, start - GIVEN_REACH), start)
    return next(iter(_names([given["name"]])), None) if given is not None else None


def _names(names: Iterable[str]) -> Iterable[str]:
    for name in names:
        key = name_key(name)
        if key and key not in NOT_NAMES:
            yield key


def _own_period(claim: Claim, dim: str, start: int, end: int) -> bool:
    """Whether the date of a figure's sentence given it as its period dates the figure: not when it dates a verb
    joined after the figure's ("will cost £14.5m and is due to open in 2028"), nor when it is the day something was
    done to a thing the figure is the price or size of ("the new £16.2m pool got the green light on Thursday", "a
    14km path won approval on Tuesday")."""
    period, sentence = claim.period, claim.sentence
    if period is None:
        return True
    at = sentence.find(period.text, end)
    if at >= 0 and _AND_VERB.search(sentence, end, at):
        return False
    return not (period.first is not None and period.first == period.last and (dim.startswith("money") or dim in MEASURES)
                and _ATTRIBUTIVE.search(sentence, max(0, start - 30), start) and _PRICED_AFTER.match(sentence, end))


# a verb joined after a figure's, with its own tense: "will cost £14.5m and is due to open in 2028"
_AND_VERB = regex.compile(r"\band\s+(?:is|are|was|were|will|would|should|could|can|may|might|must|has|have|had)\b", regex.I)
# a figure set before the noun it is the price or size of: "the £16.2m pool", "Bury's new £16.2m pool", "a 14km path"
_ATTRIBUTIVE = regex.compile(r"(?:\b(?i:the|a|an|its|their|his|her|this|that|whose)|['’]s)\s+(?:\p{Ll}[\w-]*\s+)?\Z")


def _changed_when(claim: Claim, dim: str, clause: str) -> object:
    """A figure's period, or the part of the year its clause says; a change told annual for one month is of the
    year to that month (`dates.year_to`)."""
    when, part = _when(claim), dates.part_of_year(clause)
    if when is None:
        return part
    return dates.year_to(when, part) if dim == "relative change" or dim.startswith("change:") else when


def _when(claim: Claim) -> object:
    if claim.period is None:
        return None
    if claim.period.first:
        return (claim.period.first, claim.period.last)
    return dates.part_of_year(claim.period.text) or fold(claim.period.text)
