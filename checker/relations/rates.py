"""Rate over a period: "1,944 offences in the six months to September, about 30 a day"; "£1.2m a
year, or £10,000 a month" (a rate told again over another period)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from fractions import Fraction

from checker.model import Claim, WHEN_KINDS
from checker.relations.passage import Placed, Sentence, next_to, span
from checker.relations.record import Relation
from checker.units.table import SPEEDS

AMOUNTS = {"count", "money"}
# the unit of a rate, after its figure or its noun: "30 a day", "20 times a week", "£50m each month"
_UNIT = re.compile(r"^(?:[ \t]+(?!a\b|an\b|per\b|each\b|every\b)[a-z][\w'’-]*){0,2}[ \t]+(?:a|per|each|every|an)[ \t]+(?P<unit>day|week|month|year|hour|season)\b", re.I)
# the words that hand a total on to its rate: ", or", ", about", " – ", "(", ", equivalent to", ", an average of"
_JOIN = re.compile(r"(?:,|[ \t]*\(|[ \t][–—])[ \t]*(?:or[ \t]+|that[ \t]+is[ \t]+|(?:the[ \t]+)?equivalent[ \t]+(?:to|of)[ \t]+|equal[ \t]+to[ \t]+|"
                   r"(?:at[ \t]+)?an[ \t]+average[ \t]+of[ \t]+|averaging[ \t]+|which[ \t]+is[ \t]+|"
                   r"(?:that|this|which|it)(?:['’]s|[ \t]+(?:works?[ \t]+out[ \t]+(?:at|as|to)|equates[ \t]+to|amounts[ \t]+to|comes[ \t]+to|"
                   r"is|means))[ \t]+|roughly[ \t]+|about[ \t]+|around[ \t]+|some[ \t]+|nearly[ \t]+|almost[ \t]+)*$"
                   # a rate told again with no comma: "£624,000 a year works out at £12,000 a week", "which comes to"
                   r"|[ \t](?:(?:which|that)[ \t]+)?(?:works?|worked|comes|came|amounts|amounted|equates|equated)[ \t]+(?:out[ \t]+)?(?:at|as|to)[ \t]+"
                   r"(?:(?:roughly|about|around|some|nearly|almost|just[ \t]+over|just[ \t]+under)[ \t]+)?$", re.I)
# a period named in words between a total and its rate: "in the year", "over 12 months", "last year"
_SPAN = re.compile(r"\b(?:in|over|during|across|for|within)[ \t]+(?:the[ \t]+|a[ \t]+|one[ \t]+|that[ \t]+|last[ \t]+|this[ \t]+|its[ \t]+first[ \t]+|past[ \t]+)*"
                   r"(?P<per>year|12[ \t]+months|twelve[ \t]+months|month|week|day|fortnight)\b"
                   r"|\b(?:last|this|that|the[ \t]+past|the[ \t]+last)[ \t]+(?P<last>year|month|week|fortnight)\b"
                   r"|\b(?:a|per|each|every)[ \t]+(?P<rate>day|week|month|year)\b", re.I)
UNITS = ("day", "week", "month", "year")
_EACH = re.compile(r"(?:each|every)\b", re.I)
FORTNIGHT = {"fortnight": "week"}


def rates(passage: list[Sentence]) -> Iterator[Relation]:
    """A total with the period it is counted over, and a rate after it that restates it per day, week or month
    (an amount or a measure of one unit: "36,000 litres a month, or 12,000 litres a week"); a sum shared out per head."""
    yield from shared(passage)
    yield from _over_next(passage)
    yield from per_population(passage)
    for s in passage:
        for i, total in enumerate(s.figures):
            if total.claim.kind not in AMOUNTS | {"measure"} and not _hours(total.claim):
                continue
            for j, rate in s.following(i, {"duration"} if _hours(total.claim) else AMOUNTS | {"measure"}, 1):
                if rate.claim.unit != total.claim.unit and _hours(total.claim):
                    break
                unit = _per(s, total, rate)
                if unit is None:
                    break
                found = _period(s, i, j, unit[0])
                if found is None:
                    break
                words, length, per = found
                yield Relation("rate", (total.claim, rate.claim, *([length] if length else [])),
                               ("total", "rate", *(["length"] if length else [])), span(s, total, rate) + unit[1],
                               (("over", per), ("per", unit[0]), ("period", words)))


def _per(s: Sentence, total: Placed, rate: Placed) -> tuple[str, str] | None:
    """What a rate is told per, and the words after it that tell it ("30 a day": 'day', ' a day'): an amount or a
    measure in the total's own unit with "a day" after it, or a speed whose length is the total's unit, told per its
    own time ("180mm of rain ..., 15mm an hour": millimetres per hour, 'hour', '')."""
    speed = SPEEDS.get(rate.claim.unit or "")
    if speed is not None:
        return (speed[1], "") if (total.claim.kind, total.claim.unit) == ("measure", speed[0]) else None
    if (rate.claim.kind, rate.claim.unit) != (total.claim.kind, total.claim.unit) and "measure" in {rate.claim.kind, total.claim.kind}:
        return None
    unit = _UNIT.match(s.after(rate, 16))
    return (unit["unit"].lower(), unit[0]) if unit is not None else None


# a rate's total over a longer period, told by the sentence after it: "Over a year that came to more than £100,000"
_OVER_NEXT = re.compile(r"^(?:over|in|across|for)[ \t]+(?:a|one|the)[ \t]+(?:full[ \t]+)?(?P<unit>year|month|week|day)[ \t]*,?[ \t]+"
                        r"(?:that|this|it)[ \t]+(?:came|comes|amounted|amounts|adds|added|worked|works|totalled|totaled|totals)"
                        r"(?:[ \t]+(?:up|out))?(?:[ \t]+(?:to|at))?[ \t]+$", re.I)


def _over_next(passage: list[Sentence]) -> Iterator[Relation]:
    """The last amount of a sentence told as a rate ("£1,400 a week") and the total the next sentence gives it over a
    longer period ("Over a year that came to more than £100,000")."""
    for s, nxt in zip(passage, passage[1:]):
        total = next((q for q in nxt.figures if q.claim.kind in AMOUNTS), None)
        over = _OVER_NEXT.match(nxt.text[: total.at]) if total is not None else None
        rate = next((q for q in reversed(s.figures) if q.claim.kind in AMOUNTS), None)
        if total is None or over is None or rate is None or not next_to(s, nxt) \
                or (rate.claim.kind, rate.claim.unit) != (total.claim.kind, total.claim.unit):
            continue
        unit = _UNIT.match(s.after(rate, 40))  # "450 food parcels a week"
        if unit is not None:
            yield Relation("rate", (total.claim, rate.claim), ("total", "rate"),
                           f"{s.text[rate.at : rate.end + unit.end()]} ... {nxt.text[: total.end]}",
                           (("over", (Fraction(1), over["unit"].lower())), ("per", unit["unit"].lower()),
                            ("period", f"a {over['unit'].lower()}")))


HOURS = {"hour", "minute"}  # a duration counted as an amount: "12,000 hours lost ..., some 500 hours a week"


def _hours(c: Claim) -> bool:
    return c.kind == "duration" and (c.unit or "") in HOURS


def _period(s: Sentence, i: int, j: int, per: str) -> tuple[str, Claim | None, tuple[Fraction, str]] | None:
    """What a total is counted over, read from the words and figures between it and its rate told `per` a unit of time:
    (the words, the duration figure if one, (how many, of which unit))."""
    total, rate = s.figures[i], s.figures[j]
    gap = s.between(total, rate)
    if "\n" in gap or len(gap) > 90 or ";" in gap or not _JOIN.search(gap):
        return None
    hourly = ("hour",) if per == "hour" else ()  # "in the 36-hour storm, 15mm an hour"
    for k in range(i + 1, j):
        d = s.figures[k].claim
        if d.kind == "duration" and d.value is not None and (d.unit or "") in UNITS + hourly and d.start >= total.claim.end:
            return d.text, d, (d.value, d.unit or "")
    for k in range(i + 1, j):
        d = s.figures[k].claim
        details = dict(d.details)
        first, last = details.get("first"), details.get("last")
        if d.kind in WHEN_KINDS and first and last and d.start >= total.claim.end and _whole(first, last):
            return d.text, None, _length(first, last)
    lead = _lead(s, i)
    if lead is not None:
        return lead
    named = _SPAN.search(gap)
    if named is None:
        named = _SPAN.search(s.text[max(0, total.at - 60) : total.at])  # "In the year to March, the line took 9,100 calls"
        if named is not None and named["rate"] and _EACH.match(named[0]):  # "Each week 700 calls are made": a week's total
            return named[0], None, (Fraction(1), named["rate"].lower())
        if named is None or named["rate"]:
            return None
    if named["rate"]:  # "£1.2m a year, or £10,000 a month": the total is itself a rate, stated first
        if len(gap[: named.start()].split()) > 5 or "," in gap[: named.start()]:
            return None  # the total is itself a rate only when "a year" follows it or its noun ("of plastic to sea each year")
        return named[0], None, (Fraction(1), named["rate"].lower())
    per = (named["per"] or named["last"]).lower()
    unit = "year" if per.endswith(("year", "months")) else FORTNIGHT.get(per, per)
    return named[0], None, (Fraction(2 if per == "fortnight" else 1), unit)


_LEAD = re.compile(r"\b(?:over|in|during|across|within|for)[ \t]+(?:the[ \t]+)?(?:past[ \t]+|last[ \t]+|first[ \t]+)?$", re.I)


def _lead(s: Sentence, i: int) -> tuple[str, Claim | None, tuple[Fraction, str]] | None:
    """A duration that opens the clause of the i-th figure: "Over 12 months, firefighters attended 3,650 incidents"."""
    for k in range(i - 1, max(-1, i - 3), -1):
        d = s.figures[k]
        c = d.claim
        if not _LEAD.search(s.before(d, 24)) or ";" in s.between(d, s.figures[i]):
            continue
        if c.kind == "duration" and c.value is not None and (c.unit or "") in UNITS:
            return c.text, c, (c.value, c.unit or "")
        first, last = (dict(c.details).get(key) for key in ("first", "last"))
        if c.kind in WHEN_KINDS and first and last and _whole(first, last):
            return c.text, None, _length(first, last)
    return None


def _length(first: date, last: date) -> tuple[Fraction, str]:
    """How long a period of whole months is: in calendar years when it is whole years ("last year", "in 2023": a year,
    which copy divides by 52 weeks or 12 months), else in days."""
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return Fraction(last.year - first.year + 1), "year"
    return Fraction((last - first).days + 1), "day"


def _whole(first: date, last: date) -> bool:
    """A period of whole months (a year, a quarter, "between January and June"), not a day or a span of days."""
    return first.day == 1 and (last + timedelta(days=1)).day == 1 and last > first


# a sum shared out: "£800,000 apiece", "about £300 per head", "£5m each"; "Each of the 12 wards has 24 beds"
_PER_HEAD = re.compile(r"^(?:[ \t]+[a-z][\w'’-]*)?[ \t]+(?:apiece|each|per[ \t]+(?:head|person|capita|pupil|child|member|player|"
                       r"household|resident|patient|worker|employee|hectare|acre|tonne|mile|kilometre|metre)|a[ \t]+head)\b", re.I)
# "giving each £25,000", "each receiving £500", "with every member getting £40": what each gets, told before it
_EACH_BEFORE = re.compile(r"\b(?:(?:giving|leaving|paying|handing|awarding|allotting)[ \t]+(?:each|every[ \t]+one)(?:[ \t]+of[ \t]+them)?|"
                          r"(?:each|every)(?:[ \t]+[a-z][\w'’-]*)?[ \t]+(?:receiving|getting|taking|paid|given|awarded|gets|receives|takes))"
                          r"[ \t]+(?:(?:about|around|roughly|some|nearly|almost|just[ \t]+over|just[ \t]+under|more[ \t]+than)[ \t]+)?$", re.I)
_EACH_OF = re.compile(r"\beach[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?$", re.I)
# the words that make a figure the sum shared out: "shared a £2m pot", "spends £3.6m", "300 in all"
_SUM_BEFORE = re.compile(r"\b(?:shar\w*|split|divid\w*|total(?:l?ing)?(?:[ \t]+of)?|spends?|spent|pot[ \t]+of|budget[ \t]+of|cost|costs|"
                         r"receive[sd]?|receiving|paid|worth)[ \t]+"
                         r"(?:(?:a|an|the|its|their)[ \t]+)?$", re.I)
_SUM_AFTER = re.compile(r"^(?:[ \t]+[\w'’-]+){0,2}?[ \t]*(?:in[ \t]+all|in[ \t]+total|altogether|between[ \t]+them)\b|"
                        r"^(?:[ \t]+[a-z][\w'’-]*){0,2}[ \t]+(?:pot|budget|fund|bill)\b", re.I)
SHARED = {"count", "money"}


def _heads(heads: Placed, after_rate: str) -> bool:
    """Whether a figure counts what a sum is shared between: a count, or a measure in the unit the share is told per
    ("120 hectares ..., or $200 per hectare")."""
    c = heads.claim
    return c.kind == "count" or c.kind == "measure" and bool(c.unit) and re.match(rf"^(?:[ \t]+[a-z]+)?[ \t]+(?:per|a)[ \t]+{c.unit}\b",
                                                                             after_rate, re.I) is not None


def shared(passage: list[Sentence]) -> Iterator[Relation]:
    """A sum, the number of heads it is shared between and what each gets, the only three figures of their sentence:
    "The four directors shared a £2m pot, £800,000 apiece"; "Each of the 12 wards has 24 beds, 300 in all"."""
    for s in passage:
        figures = [p for p in s.figures if p.claim.kind not in WHEN_KINDS | {"duration"}]
        if len(figures) != 3 or not all(p.claim.kind in SHARED | {"measure"} for p in figures):
            continue
        each = [p for p in figures if _PER_HEAD.match(s.after(p, 40)) or _EACH_BEFORE.search(s.before(p, 40))]
        each += [q for p, q in zip(figures, figures[1:]) if _EACH_OF.search(s.before(p, 20)) and p.claim.kind == "count"]
        sums = [p for p in figures if p not in each and (_SUM_BEFORE.search(s.before(p, 24)) or _SUM_AFTER.match(s.after(p, 40)))]
        if len(each) != 1 or len(sums) != 1 or each[0] is sums[0]:
            continue
        rate, total = each[0], sums[0]
        heads = next(p for p in figures if p is not rate and p is not total)
        if not _heads(heads, s.after(rate, 40)) or (rate.claim.kind, rate.claim.unit) != (total.claim.kind, total.claim.unit):
            continue
        lo, hi = min(p.at for p in figures), max(p.end for p in figures)
        yield Relation("rate", (total.claim, rate.claim, heads.claim), ("total", "rate", "heads"), s.text[lo:hi],
                       (("over", (Fraction(1), "head")), ("per", "head"), ("period", heads.claim.text)))


# "96 burglaries per 100,000 people": a rate per a round base of people
_PER_BASE = re.compile(r"^(?:[ \t]+[a-z][\w'’-]*){0,3}[ \t]+(?:per|for[ \t]+every|in[ \t]+every)[ \t]+$", re.I)
BASES = {1000, 10_000, 100_000, 1_000_000}
# "58 break-ins in a population of 82,000", "58 cases among the town's 82,000 residents": a count and its population
_IN_POPULATION = re.compile(r"^(?:[ \t]+[a-z][\w'’-]*){0,3}[ \t]+(?:in|among|across|from)[ \t]+(?:a[ \t]+population[ \t]+of|"
                            r"(?:the|its|their)[ \t]+(?:[\w'’-]+['’]s[ \t]+)?)[ \t]*$", re.I)
_POPULATION_AFTER = re.compile(r"^(?:[ \t]*(?:people|residents|inhabitants|population)\b|[ \t]*[.,;)–—]|$)", re.I)


def per_population(passage: list[Sentence]) -> Iterator[Relation]:
    """A rate per a round base of people ("96 per 100,000"), and the count and population it is made of, told in its
    sentence ("58 break-ins in a population of 82,000"): the count over the population, times the base."""
    for s in passage:
        figures = [p for p in s.figures if p.claim.kind not in WHEN_KINDS and p.claim.kind == "count"]
        based = [(a, b) for a, b in zip(figures, figures[1:]) if b.claim.value in BASES and _PER_BASE.match(s.between(a, b))]
        counted = [(a, b) for a, b in zip(figures, figures[1:]) if _IN_POPULATION.match(s.between(a, b))
                   and _POPULATION_AFTER.match(s.after(b, 20))]
        if len(based) != 1 or len(counted) != 1 or {id(p) for p in based[0]} & {id(p) for p in counted[0]}:
            continue
        (rate, base), (total, people) = based[0], counted[0]
        lo, hi = min(rate.at, total.at), max(base.end, people.end)
        yield Relation("rate", (total.claim, rate.claim, people.claim), ("total", "rate", "heads"), s.text[lo:hi],
                       (("over", (Fraction(1), "head")), ("per", "population"), ("base", base.claim.value),
                        ("period", people.claim.text)))
