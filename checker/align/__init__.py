"""Cross-source alignment: which figures of different sources are one quantity, and which disagree.

Each figure gets a meaning (`checker.meaning`): the word classes around it and in its sentence,
what it counts, its event, names, group, period and place. Candidates come through an inverted
index of (dimension, word class), rarest classes first and postings capped, never all pairs. A
pair is scored by how alike the words around the two figures are and how alike their sentences
are (IDF-weighted), so that a paraphrase ("ordered its 32,000 employees to remove" / "ordered its
32,500 employees to remove") and a reworded report ("officials arrested 42 people" / "69
immigrants were detained") both align. Two figures are linked when each is the other's best in
its source and the score clears `THRESHOLD`; linked figures form a quantity (union-find). Where
two sentences tell one statement in other words (`checker.align.paraphrase`), the only figures of
a measure in each are taken as more alike; where one figure is given for different periods
("sales of $5bn in 2024" / "for the full year of 2023 ... $5bn"), its periods are one quantity. A
source that tells the quantity twice gives one binding when its tellings agree. Figures whose
intervals no common value reconciles are flagged: only figures linked directly are held against
each other, and a finding lists beside the clash the figures told alike with the one it clashes with.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from itertools import accumulate, repeat
from typing import NamedTuple

import regex

from checker.align.compare import FewPairs, disagree, findings, telling
from checker.align.index import candidates, idf_table
from checker.align.paraphrase import paraphrases, sole
from checker.align.score import THRESHOLD, Likeness, contrary, one_thing, parties, vetoed
from checker.engine import Aliases
from checker.extract import lexicon
from checker.meaning import CLOCK, DATED, MEASURES, SMALL_COUNT, Meaning, dates, describer, protagonist
from checker.meaning.words import name_key
from checker.model import Claim, Finding, Interval, Severity
from checker.units.restate import in_one_unit

RULE = "builtin.agree"
SEVERITY = Severity.ERROR
MESSAGE = "Two sources give this figure differently: they cannot both be right"


class Described(NamedTuple):
    """A figure with its meaning."""

    claim: Claim
    meaning: Meaning


def described(claims: Mapping[str, list[Claim]], texts: Mapping[str, str] | None = None) -> list[Described]:
    """Every figure that is compared across sources, with its meaning; a date that is an end of a
    period ("between September and February") is no date of its own. With the articles' `texts`,
    an unnamed age that stands for an article's protagonist is that person's (`protagonist`)."""
    out: list[Described] = []
    describe = describer()
    one: dict[Meaning, Meaning] = {}  # meanings alike in every field are one object: scored once a pair
    canon: dict[int, tuple[Meaning, Meaning]] = {}  # a meaning as described (by id: the describer's memo gives
    # figures told alike one object, and hashing a meaning reads all its words) -> (it, its one object)
    spans: list[tuple[str, int, int]] = []  # each article's text, and where its figures lie in `out`
    for name, source_claims in claims.items():
        start = len(out)
        periods = sorted((c.start, c.end) for c in source_claims if c.kind == "period")
        starts = [a for a, _ in periods]
        reach = list(accumulate((b for _, b in periods), max))  # the furthest end of the periods so far
        seen: Counter[tuple[str, str]] = Counter()  # figures alike in one sentence: which one each is
        ends = _range_ends(source_claims)
        for claim in source_claims:
            if id(claim) in ends:
                stand_in = ends[id(claim)]
                if stand_in is None:
                    continue
                claim = stand_in
            alike = (claim.sentence, " ".join(claim.text.split()))
            occurrence = seen[alike]
            seen[alike] += 1
            if claim.kind == "date":
                k = bisect.bisect_right(starts, claim.start)
                if k and reach[k - 1] >= claim.end:
                    continue
            for told, meaning in ((claim, describe(claim, occurrence)), *_all_of(claim, describe)):
                if meaning is not None:
                    known = canon.get(id(meaning))
                    if known is None or known[0] is not meaning:
                        known = canon[id(meaning)] = (meaning, one.setdefault(meaning, meaning))
                    out.append(Described(told, known[1]))
        if texts is not None and name in texts:
            spans.append((texts[name], start, len(out)))
    if spans:  # the people whose ages the story states beside their names
        people: dict[str, set[Fraction]] = {}
        for d in out:
            if d.meaning.dimension == "age" and d.meaning.origin == "person" and d.claim.value is not None:
                for key in d.meaning.about:
                    people.setdefault(key, set()).add(Fraction(d.claim.value))
        for text, start, end in spans:
            _protagonist(out, start, end, text, people, one)
    return out


# a count of people told as two groups joined ("two men and a woman", "14 adults and six children"): all of them
_GROUPS_OF_PEOPLE = r"(?:men|women|boys|girls|adults|children|teenagers|man|woman|boy|girl|adult|child|teenager)"
_AND_MORE = regex.compile(rf"[ \t\u00a0]+(?P<a>{_GROUPS_OF_PEOPLE})[ \t\u00a0]+and[ \t\u00a0]+(?P<n>an?|\d+|[^\W\d_]+)[ \t\u00a0]+"
                          rf"(?P<b>{_GROUPS_OF_PEOPLE})\b(?![ \t\u00a0]+of\b)", regex.I)


def _all_of(claim: Claim, describe: Callable[[Claim, int], Meaning | None]) -> list[tuple[Claim, Meaning | None]]:
    """The count of people a count of one group and the group joined to it tell together ("Two men and a woman were
    arrested": three people), as a figure of its own beside the group's, described as people of no group; or none."""
    if claim.kind != "count" or claim.value is None or claim.qualifier != "exact":
        return []
    at = claim.sentence.find(claim.text)
    m = _AND_MORE.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    if m is None or lexicon.key(m["a"]).rstrip("s") == lexicon.key(m["b"]).rstrip("s"):
        return []
    n = lexicon.key(m["n"])
    more = 1 if n in ("a", "an") else int(n) if n.isdigit() else lexicon.UNITS.get(n)
    if not more:
        return []
    total = claim.value + more
    joined = claim._replace(text=claim.sentence[at : m.end()], end=claim.start + (m.end() - at), value=total, subject="people",
                            interval=Interval(Fraction(total), Fraction(total), True, True))
    meaning = describe(joined, 0)
    young = {lexicon.key(m["a"]), lexicon.key(m["b"])} <= _YOUNG  # "three boys and a girl" are four children
    return [(joined, meaning._replace(group=frozenset({"child"} if young else ())) if meaning is not None else None)]


_YOUNG = frozenset({"boy", "boys", "girl", "girls", "child", "children"})


_BETWEEN = regex.compile(r"(?i:between)[ \t\u00a0]+\Z")
_AND = regex.compile(r"[ \t\u00a0]+(?i:and)[ \t\u00a0]+\Z")


def _range_ends(claims: Sequence[Claim]) -> dict[int, Claim | None]:
    """The figures that are ends of a range told with units on both ends ("between six months
    and two years", "between £5m and £8m"), by id: the first stands in for the range (a range
    claim over both, in one unit), the second is no quantity of its own (None)."""
    out: dict[int, Claim | None] = {}
    for a, b in zip(claims, claims[1:]):
        if a.sentence != b.sentence or a.kind != b.kind or not 0 < b.start - a.end <= 8 or id(a) in out:
            continue
        at = a.sentence.find(a.text)
        gap = b.start - a.end
        if at < 0 or not _AND.fullmatch(a.sentence, at + len(a.text), at + len(a.text) + gap) \
                or a.sentence[at + len(a.text) + gap :].find(b.text) != 0:
            continue
        if _BETWEEN.search(a.sentence, max(0, at - 12), at):
            out[id(a)], out[id(b)] = _spanning(a, b, a.sentence[at : at + len(a.text) + gap + len(b.text)]), None
    return out


def _spanning(a: Claim, b: Claim, text: str) -> Claim | None:
    """The range from `a` to `b` as one claim, in one unit, or None when its ends are not known."""
    low, high = in_one_unit([a, b])
    if low.interval.low is None or high.interval.high is None or low.interval.low > high.interval.high:
        return None
    lo, hi = low.interval.low, high.interval.high
    return low._replace(kind="range", text=text, end=b.end, value=(lo + hi) / 2, qualifier="exact",
                        interval=Interval(lo, hi, True, True))


def _protagonist(out: list[Described], start: int, end: int, text: str, people: Mapping[str, set[Fraction]],
                 one: dict[Meaning, Meaning]) -> None:
    """The unnamed ages of one article (`out[start:end]`) that stand for its protagonist, made theirs."""
    ages = [(k, d) for k, d in enumerate(out[start:end], start) if d.meaning.dimension == "age"]
    if not ages:
        return
    owned = protagonist.ages_of(text, [(d.claim, d.meaning.origin is None and protagonist.described(d.claim),
                                         next(iter(d.meaning.about), None) if d.meaning.origin == "person" else None)
                                        for _, d in ages], people)
    for k, d in ages:
        person = owned.get(id(d.claim))
        if person is not None:
            meaning = d.meaning._replace(about=frozenset({name_key(person)}), origin="person", someone=False)
            out[k] = Described(d.claim, one.setdefault(meaning, meaning))


class Quantity(NamedTuple):
    """One quantity stated in two sources at least: its figures, each with the best score that
    linked it, and the pairs of sources whose figures were linked directly (only those are compared)."""

    members: list[tuple[Described, float]]
    links: set[frozenset[str]]


def align(claims: Mapping[str, list[Claim]], aliases: Aliases | None = None,
          texts: Mapping[str, str] | None = None) -> list[Quantity]:
    """Quantities stated in two sources at least (`texts`: the articles' prose, see `described`)."""
    if sum(1 for found in claims.values() if found) < 2:
        return []  # a story of one article: nothing to hold its figures against
    items = described(claims, texts)
    idf = idf_table(items)
    per_dimension = Counter((d.claim.source, d.meaning.dimension) for d in items)
    firsts, copies = tellings(items)
    return _quantities(firsts, _scored(firsts, idf, Likeness(idf, aliases), per_dimension), copies)


def tellings(items: Sequence[Described]) -> tuple[list[Described], list[list[Described]]]:
    """The figures as tellings: one figure in one sentence told word for word by several sources
    (syndicated copy, a wire story republished) is one telling, aligned once by its first
    source's figure (in the order of the sources) and standing for all of them. The first figure
    of each telling, and the other sources' copies of it, in one order. Copies are one quantity
    and agree; a source that tells a sentence twice keeps both (two tellings)."""
    firsts: list[Described] = []
    copies: list[list[Described]] = []
    told_by: list[set[str]] = []  # the sources of each telling (a wire story copied by a thousand is looked up, not read through)
    at: dict[tuple[object, ...], int] = {}
    for d in items:
        key = (id(d.meaning), *telling(d.claim))
        k = at.get(key)
        if k is not None and d.claim.source not in told_by[k]:
            copies[k].append(d)
            told_by[k].add(d.claim.source)
            continue
        at[key] = len(firsts)
        firsts.append(d)
        copies.append([])
        told_by.append({d.claim.source})
    return firsts, copies


Scored = dict[tuple[int, str], list[tuple[float, int]]]  # (figure, other source) -> [(score, figure there)]


def _scored(items: list[Described], idf: dict[str, float], likeness: Likeness,
            per_dimension: Counter[tuple[str, str]]) -> Scored:
    """The candidate pairs of figures that clear their bar, with their scores, both ways
    (`per_dimension`: how many figures of each measure each source states, copies counted)."""
    scored: Scored = {}

    def rare(d: Described) -> bool:
        return per_dimension[d.claim.source, d.meaning.dimension] <= RARE

    fact_of = [_fact(d.claim) for d in items]
    other_facts = _other_facts(items, fact_of)
    period_of = {(d.claim.source, d.claim.sentence, d.claim.text): k for k, d in enumerate(items) if d.meaning.dimension == "date"}
    told_alike = paraphrases(items, likeness)
    alone = sole(items)
    numbered: dict[object, int] = {}  # each fact as a number: sets of numbers meet without Fraction arithmetic
    fact_no = [None if f is None else numbered.setdefault(f, len(numbered)) for f in fact_of]
    others = [numbers(other_facts[id(d)], numbered) for d in items]
    pairs_of: dict[tuple[str, str], list[int]] = {}  # a sentence -> its paraphrase pairs (one per other source), numbered after the facts
    for k, pair in enumerate(sorted(told_alike, key=sorted), len(numbered)):
        for sentence in pair:
            pairs_of.setdefault(sentence, []).append(k)
    source_of = [d.claim.source for d in items]
    sentence_of = [(d.claim.source, d.claim.sentence) for d in items]

    def anchors(i: int) -> Iterable[int]:  # the figures its sentence states, and its paraphrases
        return [*others[i], *pairs_of.get(sentence_of[i], ())]

    start_at = _starts(items, fact_of)  # a span of time -> the date it is told to start from
    spans = {day: fact_of[span] for span, day in start_at.items()}  # that date -> the span's length
    few = [rare(d) for d in items]
    meanings = [d.meaning for d in items]
    first: dict[int, int] = {}
    alike = [first.setdefault(id(m), k) for k, m in enumerate(meanings)]  # figures of one meaning share scores
    rows: dict[int, dict[int, float]] = {}  # the likeness of two meanings, worked out once

    def keep(i: int, j: int, s: float) -> None:
        scored.setdefault((i, source_of[j]), []).append((s, j))
        scored.setdefault((j, source_of[i]), []).append((s, i))

    dates_facts, dated_by = _dated_facts(items, fact_no)
    dated_apart: set[tuple[int, int]] = set()

    def dated_elsewhere(i: int, j: int) -> bool:  # what j's date dates, i's sentence tells undated or by another date
        told = dated_by.get(sentence_of[i], {})
        return any(told.get(f, items[i].claim.text) != items[i].claim.text or f not in told and f in others[i]
                   for f in dates_facts[j])

    for i, partners in candidates(items, idf, rare, anchors):
        a, a_others, dated, row = meanings[i], others[i], meanings[i].dimension in _WHEN, rows.setdefault(alike[i], {})
        a_few, a_alone = few[i], i in alone
        for j in partners:
            b_others = others[j]
            if dated and a_others and b_others and not a_others & b_others:
                continue  # "sold 5,000 cars in 2017" and "sold 6,500 cars in 2018" date different facts
            if dated and dates_facts.get(i) and dates_facts.get(j) and not dates_facts[i] & dates_facts[j] \
                    and (dated_elsewhere(i, j) or dated_elsewhere(j, i)):
                continue  # "In 2019 it drew 40,000; this year 55,000" against "This year 55,000": not 2019
            s = row.get(alike[j])
            if s is None:
                s = row[alike[j]] = likeness.score(a, meanings[j])
            if not s and a_alone and j in alone and (both := parties(a, meanings[j])) is not None:
                s = likeness.score(*both)  # one deal told by either party: the figure is about both
            if s >= ANCHORED:  # sentences that state the same other figures are one statement reworded
                if not a_others.isdisjoint(b_others):
                    s += SHARED_FIGURE * min(2, len(a_others & b_others))
                if dated and i in spans and spans[i] == spans.get(j):
                    s += SPAN_START  # the first days of two spans of one length: one start, told two ways
            if s > 0 and a_alone and j in alone and not contrary(a, meanings[j]) \
                    and frozenset((sentence_of[i], sentence_of[j])) in told_alike:
                s += PARAPHRASED  # the only figures of their measure in two sentences that tell one statement
            if s > 0 and a_few and few[j] and a.dimension in LONE_MEASURES and one_thing(a, meanings[j]):
                s = max(s, RARE_THRESHOLD)  # the only lengths (weights, areas) two sources give of one thing ("the runway")
            # the bar: a measure both sources state once or twice (`RARE`) needs less likeness, dates more
            if s >= (DATE_THRESHOLD if dated else RARE_THRESHOLD if a_few and few[j] and not contrary(a, meanings[j]) else THRESHOLD):
                keep(i, j, s)
                if i in start_at and j in start_at and not vetoed(meanings[start_at[i]], meanings[start_at[j]]):
                    keep(start_at[i], start_at[j], s)  # one span of time: the dates it starts from are one date
            elif s == 0 and fact_no[i] is not None and fact_no[i] == fact_no[j]:
                periods = _periods_of(items[i], items[j], likeness, period_of)
                if periods is not None:  # one figure, given for different periods: the periods are one quantity
                    keep(*periods)
            elif s == 0 and not dated and items[i].claim.period is not None and items[j].claim.period is not None:
                dated_apart.add((i, j) if i < j else (j, i))
    def best(x: int, y: int) -> bool:  # the date y is the likeliest telling of the date x in its source
        found = scored.get((x, source_of[y]))
        return found is not None and max(found)[1] == y

    for i, j in sorted(dated_apart):  # figures kept apart by their periods alone, whose dates are each other's likeliest
        dates = _dates_of(items[i], items[j], period_of)
        if dates is None or not best(*dates) or not best(dates[1], dates[0]) or vetoed(meanings[i], meanings[j]) != "period":
            continue
        s = likeness.score(meanings[i]._replace(when=meanings[j].when), meanings[j])
        if s >= (RARE_THRESHOLD if few[i] and few[j] and not contrary(meanings[i], meanings[j]) else THRESHOLD):
            keep(i, j, s)  # "martial law from 26 November in 10 regions" / "... from 28 November in 14 regions"
    return scored


_START = regex.compile(r"\s*(?:(?!(?i:and|or|but|while|whereas|then|after|before|until|which|who|that|when)\b)[^\W\d_][\w'’-]*,?\s+){0,6}?,?\s*"
                        r"(?:from|starting|beginning|commencing|effective|as\s+of|"
                        r"(?:(?:due|set|scheduled|expected)\s+)?to\s+(?:start|begin)|(?:which|that)\s+(?:starts|began|begins|started))"
                        r"(?:\s+on)?\s*", regex.I)
START_REACH = 60  # characters between a span of time and the date it starts from, at most
SPAN_START = 0.2  # the likeness added to two dates that start spans of time of one length


def _starts(items: list[Described], fact_of: list[object]) -> dict[int, int]:
    """The date each span of time is told to start from, by index ("a 30-day period from 26
    November", "for 30 days, starting Wednesday", "a six-month ban effective 1 March"): two
    sources' spans of one quantity start on one date, and dates that start spans of one length
    are likelier one date, however each is told."""
    dates_at = {(d.claim.source, d.claim.start): k for k, d in enumerate(items) if d.meaning.dimension == "date"}
    out: dict[int, int] = {}
    for k, d in enumerate(items):
        c = d.claim
        if c.kind != "duration" or fact_of[k] is None:
            continue
        at = c.sentence.find(c.text)  # the span's place in its sentence, when it is told there once
        if at < 0 or c.sentence.find(c.text, at + 1) >= 0:
            continue
        end = at + len(c.text)
        found = _START.match(c.sentence, end, min(len(c.sentence), end + START_REACH))
        if found is None and _BEGUN.search(c.sentence, max(0, at - 30), at):  # "begin a five-day walkout on Wednesday"
            found = _BEGUN_ON.match(c.sentence, end, min(len(c.sentence), end + START_REACH))
        if found is not None:
            start = dates_at.get((c.source, c.start + (found.end() - at)))
        else:  # "from tomorrow for five days", "starting on 3 May, for six weeks": the start told first
            before = _STARTED_FOR.search(c.sentence, max(0, at - START_REACH), at)
            start = dates_at.get((c.source, c.start - (at - before.start("date")))) if before is not None else None
        if start is not None:
            out[k] = start
    return out


_BEGUN = regex.compile(r"\b(?:begin|begins|began|begun|start|starts|started|launch|launches|launched|stage|stages|staged|hold|holds)"
                       r"\s+(?:a|an|the|their|its|his|her)\s+\Z", regex.I)
_BEGUN_ON = regex.compile(r"[-\s]*(?:[^\W\d_][\w'’-]*\s+){0,3}?(?:on|from)\s+", regex.I)
_STARTED_FOR = regex.compile(r"\b(?:from|starting|beginning|commencing|effective)(?:\s+on)?\s+(?P<date>[^,;:.]{1,40}?)\s*,?\s+"
                             r"(?:for|lasting)\s+(?:(?:a|an|the|about|around|up\s+to|at\s+least)\s+)?\Z", regex.I)


def _dated_facts(items: list[Described], fact_no: list[int | None]
                 ) -> tuple[dict[int, frozenset[int]], dict[tuple[str, str], dict[int, str]]]:
    """What each date of a sentence dates: the facts (numbered) of the figures that take it as their
    period, by the date's index; and, by sentence, each such fact's date (its words)."""
    dated_by: dict[tuple[str, str], dict[int, str]] = {}
    for d, f in zip(items, fact_no):
        if f is not None and d.claim.period is not None and d.claim.kind not in DATED:
            dated_by.setdefault((d.claim.source, d.claim.sentence), {}).setdefault(f, d.claim.period.text)
    dates_facts = {}
    for k, d in enumerate(items):
        told = dated_by.get((d.claim.source, d.claim.sentence)) if d.claim.kind in DATED else None
        if told:
            dates_facts[k] = frozenset(f for f, text in told.items() if text == d.claim.text)
    return dates_facts, dated_by


def numbers(facts: Iterable[object], numbered: Mapping[object, int]) -> frozenset[int]:
    """The numbers of some facts, put in the set in their order: a set of numbers that collide in its
    table iterates in the order they were put in, and a figure's anchors open its candidates in that
    order (whatever order the facts come in, which for a set of facts changes with the hash seed)."""
    return frozenset(sorted(numbered[f] for f in facts))


def _other_facts(items: list[Described], fact_of: list[object]) -> dict[int, frozenset[object]]:
    """What the other figures of each figure's sentence state (a few), by the figure's id."""
    facts: dict[tuple[str, str], list[object]] = {}
    for d, fact in zip(items, fact_of):
        found = facts.setdefault((d.claim.source, d.claim.sentence), [])
        if fact is not None and fact not in found and len(found) < FACTS:
            found.append(fact)
    return {id(d): frozenset(facts[d.claim.source, d.claim.sentence]) - {fact} for d, fact in zip(items, fact_of)}


def _quantities(items: list[Described], scored: Scored, copies: Sequence[list[Described]]) -> list[Quantity]:
    """Figures linked where each is the other's best in its source (and no rival reading agrees),
    joined into quantities; each figure's `copies` (`tellings`) join its quantity, linked to it and,
    as it is, to the figures linked to it."""
    vague = [_vague(d.claim) for d in items]
    # a source's own figure is its reading before a count it tells by order of size ("475 are missing" before
    # "hundreds remain missing"), however alike the words
    best = {key: max(found, key=lambda t: (not vague[t[1]], t)) for key, found in scored.items()}
    parent = list(range(len(items)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    linked: dict[int, float] = {}
    edges: list[tuple[int, int]] = []
    disagrees = FewPairs(disagree, [d.claim for d in items])  # only linked pairs are tested
    source_of = [d.claim.source for d in items]
    for (i, other), (s, j) in best.items():
        if i < j and best.get((j, source_of[i]), (0.0, -1))[1] == i and not _rival(i, j, s, items, scored, disagrees, vague):
            parent[root(i)] = root(j)
            linked[i] = max(linked.get(i, 0.0), s)
            linked[j] = max(linked.get(j, 0.0), s)
            edges.append((i, j))
    groups: dict[int, Quantity] = {}
    told_by = [[copy.claim.source for copy in found] for found in copies]  # the sources of each figure's copies
    for i in linked:
        group = groups.setdefault(root(i), Quantity([], set()))
        group.members.append((items[i], linked[i]))
        group.members.extend((copy, linked[i]) for copy in copies[i])
        group.links.update(map(frozenset, zip(repeat(source_of[i]), told_by[i])))
    for i, j in edges:
        links = groups[root(i)].links
        links.add(frozenset((source_of[i], source_of[j])))
        for x, y in ((i, j), (j, i)):  # a copy is linked as the figure it copies is: the sum of the tellings, not their product
            if told_by[x]:
                there = source_of[y]  # a source telling both: told twice, no link
                copied = told_by[x] if there not in told_by[x] else [s for s in told_by[x] if s != there]
                links.update(map(frozenset, zip(copied, repeat(there))))
    return list(groups.values())  # each holds a direct link: a figure joins a group only through one


_WHEN = frozenset({"date", CLOCK})  # the measures that date the facts of their sentence (a day, a time of day)
ANCHORED = 0.25  # the least likeness at which the other figures of the two sentences count
SHARED_FIGURE = 0.15  # the likeness one other figure shared by two sentences adds (two at most)
PARAPHRASED = 0.1  # the likeness added to the figures in corresponding places of paraphrased sentences
FACTS = 16  # the other figures of a sentence read at most (a sentence of a thousand figures stays linear)


def _fact(claim: Claim) -> object:
    """What a figure states, to be matched exactly in another sentence: its value, or a date's days."""
    if claim.kind in DATED:
        found = dates.days(claim)
        return ("date", *found) if found.known else None
    if claim.value is None or claim.kind == "count" and abs(claim.value) <= SMALL_COUNT:
        return None  # a small count ("three") is no sign of one statement
    return (claim.kind, claim.value)


def _periods_of(a: Described, b: Described, likeness: Likeness,
                period_of: Mapping[tuple[str, str, str], int]) -> tuple[int, int, float] | None:
    """The dates that give two figures of one value their periods, with the figures' likeness,
    when only their periods keep the figures apart ("sales of $5bn in 2024" / "for the full year
    of 2023 ... $5bn"): then the dates are the period of one figure, and one quantity."""
    dates = _dates_of(a, b, period_of)
    if dates is None or vetoed(a.meaning, b.meaning) != "period":
        return None
    # the figures state one value, as sentences stating one other figure alike do
    t = likeness.score(a.meaning._replace(when=None), b.meaning._replace(when=None)) + SHARED_FIGURE
    return (*dates, t) if t >= DATE_THRESHOLD else None


def _dates_of(a: Described, b: Described, period_of: Mapping[tuple[str, str, str], int]) -> tuple[int, int] | None:
    """The dates (by index) that give two figures their periods, when both are dates of their sentences."""
    pa, pb = a.claim.period, b.claim.period
    if pa is None or pb is None:
        return None
    x = period_of.get((a.claim.source, a.claim.sentence, pa.text))
    y = period_of.get((b.claim.source, b.claim.sentence, pb.text))
    return None if x is None or y is None else (x, y)


DATE_THRESHOLD = 0.5  # dates: a story dates many events ("suspended in December", "withdrew on 12 August")
RARE = 2  # a source with at most this many figures of a measure (two ages, one duration in days) ...
LONE_MEASURES = MEASURES | {"temperature"}  # measures whose only figures in two sources are one when they name one thing
RARE_THRESHOLD = 0.3  # ... needs less likeness to align them with another such source: few readings are possible
RIVAL = 0.8  # a candidate scoring this share of the best one is a rival reading


def _rival(i: int, j: int, s: float, items: list[Described], scored: Scored, disagrees: FewPairs,
           vague: Sequence[bool]) -> bool:
    """Whether a pair that disagrees has a rival reading that agrees: a figure nearly as alike to
    one of the two, in the other's source, that gives the same value (not a count told by its order
    of size: "hundreds" agrees with most figures). Then the match is unsure, and a finding could be wrong."""
    a, b = items[i].claim, items[j].claim
    if not disagrees(i, j):
        return False
    for x, other in ((i, b.source), (j, a.source)):
        for t, k in scored.get((x, other), []):
            if t >= RIVAL * s and not vague[k] and not disagrees(k, x):
                return True
    return False


def _vague(claim: Claim) -> bool:
    """Whether a figure is a count told by its order of size ("dozens", "hundreds": `checker.extract.vague`)."""
    return claim.kind == "range" and ("vague", True) in claim.details


def check(claims: Mapping[str, list[Claim]], aliases: Aliases | None = None,
          texts: Mapping[str, str] | None = None) -> list[Finding]:
    """A finding for each aligned figure that no common value reconciles with the others."""
    return [f for group in align(claims, aliases, texts) for f in findings(RULE, SEVERITY, MESSAGE, group)]
