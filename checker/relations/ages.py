"""Ages and the gap between them: "the 31-year-old, who was 12 years older than the 17-year-old";
"Smith, 45, and his wife, 38, seven years his junior"."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from fractions import Fraction

from checker.model import Claim
from checker.relations.passage import Placed, Sentence, next_to
from checker.relations.record import Relation

_THAN = re.compile(r"^[ \t]+(?P<way>older|younger)[ \t]+than\b", re.I)
_NAMED_AGE = re.compile(r"^[ \t]+(?:older|younger)[ \t]+than[ \t]+(?:[\w'’-]+[ \t]+){0,3}[\w'’-]+,[ \t]*$", re.I)
_HIS = re.compile(r"^[ \t]+(?:his|her|their)[ \t]+(?P<way>senior|junior)\b", re.I)
# "her son, 12, who is 30 years younger": a gap told after two ages, of the later against the earlier
_LATER = re.compile(r"^[ \t]+(?P<way>older|younger)\b(?:[ \t]+than[ \t]+(?:him|her|them)\b)?(?![ \t]+than)(?![ \t]*,?[ \t]*aged)", re.I)
_GAP = re.compile(r"\b(?:older|younger|senior|junior|apart|separated|gap|difference)\b", re.I)
# a gap told after two ages with no direction: "are 12 years apart", "separated by 12 years", "an age gap of 12 years"
_APART = re.compile(r"^[ \t]+apart\b", re.I)
# "are 20 years apart", "– seven years apart –", not "lived"
_ARE = re.compile(r"(?:\b(?:are|were|being|born)[ \t]+|[–—(,][ \t]*)(?:some[ \t]+|just[ \t]+|nearly[ \t]+|almost[ \t]+)?$", re.I)
# after two ages, "a gap of 11 years" or "a difference of 11 years" is theirs, as "an age gap of" is
_APART_BEFORE = re.compile(r"\b(?:separated[ \t]+by|(?:age[ \t]+)?(?:gap|difference)[ \t]+of)[ \t]+(?:some[ \t]+|just[ \t]+)?$", re.I)


# "30 years younger, aged 41", "ten years older (52)", "31 years older at 62": the gap then the age it gives
_THEN_AGE = re.compile(r"^[ \t]+(?:(?:his|her|their)[ \t]+)?(?P<way>older|younger|senior|junior)[ \t]*"
                       r"(?:,[ \t]*(?:who[ \t]+(?:is|was)[ \t]+|now[ \t]+|the[ \t]+)?|[ \t]*\([ \t]*|[ \t]+at[ \t]+"
                       r"|:[ \t]*(?:[A-Z][\w'’.-]*[ \t]+){1,3}(?:is|was)[ \t]+)?$", re.I)  # "…younger: Ms Kay is 48"
# a bare number that is an age: "Smith (52)", "At 82, she ...", "Smith, 45,", "The boy, now 15,", "ten years older at 62.",
# "his coach, then 29 and", "Jones was 15 when", "Ms Kay is 48."
_AGE_BEFORE = re.compile(r"(?:,[ \t]*(?:now|then)[ \t]+|\b(?:is|was)[ \t]+|\b[A-Z][\w'’.-]*[ \t]*\(|(?:^|[,;:][ \t]*)[Aa]t[ \t]+|\b[A-Z][\w'’.-]*,[ \t]*)$")
_AGE_AFTER = re.compile(r"^[ \t]*(?:[),]|[.;:](?!\d)|(?:and|when)\b|$)")
_GAP_AT = re.compile(r"\b(?:older|younger|senior|junior)[ \t]+at[ \t]+$", re.I)  # "ten years older at 62", wherever it ends
OLDEST = 120
YEARS = {"year": 1, "decade": 10, "century": 100}  # the units a gap in years is told in ("a decade older", "half a century younger")


def in_years(c: Claim) -> Claim:
    """A length in years, a decade read as ten."""
    times = YEARS.get(c.unit or "", 1)
    if times == 1 or c.value is None:
        return c
    return c._replace(value=c.value * times, interval=c.interval.scaled(Fraction(times)), unit="year")


def _age(s: Sentence, p: Placed) -> bool:
    """An age, or a bare whole number told as a person's age ("Smith (52)", "At 82,")."""
    c = p.claim
    if c.kind == "age":
        return True
    return (c.kind == "count" and c.value is not None and c.value.denominator == 1 and 0 < c.value <= OLDEST
            and (bool(_AGE_BEFORE.search(s.before(p, 40))) and bool(_AGE_AFTER.match(s.after(p, 6)))
                 or bool(_GAP_AT.search(s.before(p, 20)))))


# "Amy is three years older.", "Beth is the younger by five years": a named person's gap, in a sentence after their ages
_NAMED_GAP = re.compile(r"^(?P<name>[A-Z][\w'’-]+)[ \t]+(?:is|was)[ \t]+$")
# "Liam, the elder by three years,", "Beth is the younger by five years": the name, the way, then the gap
_NAMED_THE_BY = re.compile(r"^(?P<name>[A-Z][\w'’-]+)(?:,[ \t]*|[ \t]+(?:is|was)[ \t]+)the[ \t]+(?P<way>elder|older|younger)[ \t]+by[ \t]+$")
# "Liam, three years the elder,", "Ryan is three years the younger": the name, the gap, then the way
_NAMED_LEAD = re.compile(r"^(?P<name>[A-Z][\w'’-]+)(?:,[ \t]*|[ \t]+(?:is|was)[ \t]+)(?P<way>(?!))?$")
_THE_WAY = re.compile(r"^[ \t]+the[ \t]+(?P<way>elder|older|younger)\b", re.I)
_ELDER = {"elder": "older"}
_WAY = {"senior": "older", "junior": "younger"}  # "his junior": younger
_THAN_KIN = re.compile(r"^[ \t]+(?P<way>older|younger)[ \t]+than[ \t]+(?:his|her|their)[ \t]+[a-z][\w'’-]*[ \t]*[.,;]", re.I)  # "than his sister."
_NAMED_AGES = re.compile(r"\b(?P<name>[A-Z][\w'’-]+),[ \t]*$")


def _told_after(before: Sentence, s: Sentence) -> Iterator[Relation]:
    """A gap told of one of two people named with their ages in the sentence before ("Sisters Amy, 12, and Beth, 7, were
    rescued. Amy is three years older.")."""
    if len(s.figures) != 1 or not next_to(before, s):
        return
    p = s.figures[0]
    who, way = _NAMED_GAP.match(s.before(p, 40)), _LATER.match(s.after(p, 20)) or _THAN_KIN.match(s.after(p, 40))
    if who is None or way is None:  # "Liam, the elder by three years,", "Ryan is three years the younger"
        who = _NAMED_THE_BY.match(s.before(p, 40)) or _NAMED_LEAD.match(s.before(p, 40))
        way = who if who is not None and who["way"] else _THE_WAY.match(s.after(p, 20))
    named = [(m["name"], q) for q in before.figures if _age(before, q) and (m := _NAMED_AGES.search(before.before(q, 40)))]
    if who is None or way is None or len(named) != 2 or p.claim.kind != "duration" or p.claim.unit not in YEARS:
        return
    this = [q for name, q in named if name == who["name"]]
    other = [q for name, q in named if name != who["name"]]
    if len(this) != 1 or len(other) != 1:
        return
    told = _ELDER.get(way["way"].lower(), way["way"].lower())
    older, younger = (this[0], other[0]) if told == "older" else (other[0], this[0])
    yield Relation("age-gap", (in_years(p.claim), older.claim, younger.claim), ("gap", "older", "younger"),
                   f"{before.text[named[0][1].at : named[1][1].end]} ... {s.text[: p.end + (0 if way is who else way.end())]}", (("way", told),))


# a bare number that ends a sentence as what someone "is": "The champion, Ama Mensah, is 24."
_IS_AGE = re.compile(r"\b(?:is|was|aged|turns|turned)[ \t]+$")


def _one_before(before: Sentence, s: Sentence) -> Iterator[Relation]:
    """A sentence with one age and a gap after it with no "than", of that person against the one person whose age the
    sentence before gives ("The champion is 24. Her challenger, at 31, is five years older.")."""
    ages = [q for q in s.figures if _age(s, q)]
    spans = [q for q in s.figures if q.claim.kind == "duration" and q.claim.unit in YEARS and q.claim.value is not None]
    if len(ages) != 1 or len(spans) != 1 or not next_to(before, s):
        return
    way = _LATER.match(s.after(spans[0], 20)) or _HIS.match(s.after(spans[0], 20))  # "a woman 30 years his junior, is 27"
    if way is None or _THAN.match(s.after(spans[0], 20)):
        return
    earlier = [q for q in before.figures if _age(before, q) or q.claim.kind == "count" and q.claim.value is not None
               and 0 < q.claim.value <= OLDEST and _IS_AGE.search(before.before(q, 12)) and before.text[q.end :].strip() in {".", ""}]
    if len(earlier) != 1:
        return
    told = _WAY.get(way["way"].lower(), way["way"].lower())
    older, younger = (ages[0], earlier[0]) if told == "older" else (earlier[0], ages[0])
    first, last = min(ages[0].at, spans[0].at), max(ages[0].end, spans[0].end + way.end())
    yield Relation("age-gap", (in_years(spans[0].claim), older.claim, younger.claim), ("gap", "older", "younger"),
                   f"{before.text[earlier[0].at : earlier[0].end]} ... {s.text[first : last]}", (("way", told),))


def gaps(passage: list[Sentence]) -> Iterator[Relation]:
    """An age gap in years with the age before it and the age after it (or, for 'his junior' or 'ten years younger'
    told after two ages, the two before it); a named person's gap told in the sentence after their ages (`_told_after`)."""
    for k, s in enumerate(passage[1:], 1):
        yield from _told_after(passage[k - 1], s)
        yield from _one_before(passage[k - 1], s)
    for s in passage:
        spans = [i for i, p in enumerate(s.figures) if p.claim.kind == "duration" and p.claim.unit in YEARS and p.claim.value is not None]
        if not spans or not _GAP.search(s.text):
            continue  # no length in years, or no word that makes one a gap: most sentences
        at = [i for i, p in enumerate(s.figures) if _age(s, p)]  # the ages' places, for bisection
        for i in spans:
            p = s.figures[i]
            gap = in_years(p.claim)
            than, his = _THAN.match(s.after(p, 20)), _HIS.match(s.after(p, 20)) or _LATER.match(s.after(p, 20))
            k = bisect_left(at, i)
            before = [s.figures[j] for j in at[max(0, k - 2) : k]]
            after = [s.figures[j] for j in at[k : k + 1]]
            bare = s.figures[i + 1] if than and i + 1 < len(s.figures) else None
            if bare is not None and bare.claim.kind == "count" and (not after or bare.at < after[0].at) \
                    and _NAMED_AGE.match(s.text[p.end : bare.at]):  # "nine years younger than his brother, 52"
                after = [bare]
            then = _THEN_AGE.match(s.text[p.end : after[0].at]) if after and not than else None
            his = None if then else his  # "a man 30 years his senior, aged 52": the age after it, not the two before
            if then and before:  # "the 45-year-old and a woman 10 years younger, aged 41"
                older, younger = (before[-1], after[0]) if then["way"].lower() in {"younger", "junior"} else (after[0], before[-1])
                yield Relation("age-gap", (gap, older.claim, younger.claim), ("gap", "older", "younger"),
                               s.text[before[-1].at : after[0].end], (("way", then["way"].lower()),))
            elif than and before and after:
                older, younger = (before[-1], after[0]) if than["way"].lower() == "older" else (after[0], before[-1])
                yield Relation("age-gap", (gap, older.claim, younger.claim), ("gap", "older", "younger"),
                               s.text[before[-1].at : after[0].end], (("way", than["way"].lower()),))
            elif (_APART.match(s.after(p, 12)) and _ARE.search(s.before(p, 20)) or _APART_BEFORE.search(s.before(p, 30))) and len(before) >= 2 and not after:
                first, second = sorted(before[-2:], key=lambda q: q.claim.value or 0, reverse=True)
                yield Relation("age-gap", (gap, first.claim, second.claim), ("gap", "older", "younger"),
                               s.text[before[-2].at : p.end], (("way", "apart"),))
            elif his and len(before) >= 2:
                first, second = before[-2], before[-1]
                older, younger = (first, second) if his["way"].lower() in {"junior", "younger"} else (second, first)
                yield Relation("age-gap", (gap, older.claim, younger.claim), ("gap", "older", "younger"),
                               s.text[first.at : p.end + his.end()], (("way", his["way"].lower()),))
