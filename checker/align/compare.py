"""Comparing one quantity across sources: one binding per source, then the values no source can share."""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from fractions import Fraction
from typing import Any, NamedTuple

import regex

from checker.arith import disjoint
from checker.findings import finding, once, stated
from checker.meaning import DATED, dates
from checker.model import Claim, Finding, Interval, Severity
from checker.tellings import agreed
from checker.units.restate import in_one_unit


def value(claim: Claim) -> Claim:
    """The claim with the interval it is compared by: a hedged figure's open end closed, so that
    "nearly 10 days" and "more than 5,000" agree with "10 days" and "5,000" (a reader takes them
    so); rounding intervals stay as they are (33 percent is not 32%). A round count after "more
    than" is read up to the next round count ("more than 50" is [50, 60), so "over 60" is not
    it). Dates are compared by their days (`checker.meaning.dates`)."""
    iv = claim.interval
    if claim.kind not in DATED and claim.qualifier not in {"exact", "approx"}:
        if claim.qualifier == "more_than" and iv.high is None and claim.kind == "count":
            iv = Interval(iv.low, _next_round(claim.value), True, False)
        iv = Interval(iv.low, iv.high, True, iv.high_closed or claim.qualifier != "more_than")
    return claim._replace(interval=iv)


def _next_round(value: Fraction | float | None) -> Fraction | None:
    """The next round count above a round count stated as a floor, "more than 50" -> 60, "over 40"
    -> 50, "more than 150" -> 200 (a reporter who knew of 60 would say "more than 60"); None for a
    count not round."""
    if value is None or value < 10 or value != int(value) or int(value) % 10:
        return None
    n, step = int(value), 10
    while n % (step * 10) == 0:
        step *= 10
    if n // step >= 10 and (n // step) % 5 == 0:
        step *= 5  # "more than 150", "over 2,500": round at fifty, read up to the next fifty
    return Fraction(n + step)


class Bindings(NamedTuple):
    """One claim per source (its tellings agreeing), the tellings behind each, and the sources
    that tell the quantity twice differently."""

    bound: list[Claim]
    tellings: dict[int, list[Claim]]  # by id of the bound claim
    torn: list[list[Claim]]


def bindings(members: Sequence[Any]) -> Bindings:
    """One claim per source, in one unit (a quantity told twice in agreement binds once)."""
    claims = [d.claim for d, _ in members]
    if claims[0].kind not in DATED:
        claims = in_one_unit(claims)
    per_source: dict[str, list[Claim]] = {}
    for claim in claims:
        per_source.setdefault(claim.source, []).append(value(claim))
    out = Bindings([], {}, [])
    for told in per_source.values():
        if len({c.sentence for c in told}) < len(told):
            continue  # two figures of one sentence are two quantities: the source is unsure here, not wrong
        one = agreed(told)
        if one is None:
            out.torn.append(told)
        else:
            out.bound.append(one)
            out.tellings[id(one)] = told
    return out


def conflict(a: Claim, b: Claim) -> bool:
    """Whether two bound figures cannot both be right. Two plain figures of different precision
    agree when the finer rounds to the coarser ("32,000" and "32,400"; not "32,000" and "32,500",
    which rounds to 33,000); otherwise, and for hedged figures, when their intervals share no value.
    Two dates conflict when no day fits both ("26 November" and "28 November"); a weekday against
    a day of an unknown year is no conflict (no telling)."""
    if a.kind in DATED or b.kind in DATED:
        said = anchored(a)
        if said is not None and said == anchored(b):
            return False  # "next week" in reports published on other days: each true when published
        return a.kind in DATED and b.kind in DATED and dates.consistent(a, b) is False
    if _plain(a) and _plain(b):
        width_a, width_b = _width(a), _width(b)
        if width_a != width_b:
            fine, coarse = (a, b) if width_a < width_b else (b, a)
            return fine.value is not None and not coarse.interval.contains(fine.value)
    return disjoint(a.interval, b.interval)


def disagree(a: Claim, b: Claim) -> bool:
    """Whether two figures of one measure conflict, compared in one unit as a quantity's are."""
    if a.kind not in DATED:
        a, b = in_one_unit([a, b])
    return conflict(value(a), value(b))


class Pairs:
    """A test of two figures (`disagree`, `conflict`) by their index in `claims`, each pair worked
    out once: figures alike in all the test reads of them share its answers."""

    def __init__(self, test: Callable[[Claim, Claim], bool], claims: Sequence[Claim], alike: list[int] | None = None) -> None:
        self.test, self.claims = test, claims
        self.readings: dict[object, int] = {}
        if alike is None:  # or those of another test that reads no more of a figure
            alike = self._alike(claims)
        self.alike = alike
        self.memo: dict[tuple[int, int], bool] = {}

    def _alike(self, claims: Sequence[Claim]) -> list[int]:
        return [self.number(c) for c in claims]

    def number(self, claim: Claim) -> int:
        """The number of the claim's reading (claims read alike share it)."""
        return self.readings.setdefault(reading(claim), len(self.readings))

    def __call__(self, x: int, y: int) -> bool:
        key = (self.alike[x], self.alike[y])
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = self.test(self.claims[x], self.claims[y])
        return found


class _Against(dict[int, bool]):
    """`conflicts(k, x)` for one figure k, by x's reading: a figure of a large quantity is held
    against the figures linked to those it conflicts with, most of them read alike."""

    def __init__(self, conflicts: Pairs, k: int) -> None:
        super().__init__()
        self.conflicts, self.k, self.alike = conflicts, k, conflicts.alike

    def __call__(self, x: int) -> bool:
        found = self.get(self.alike[x])
        if found is None:
            found = self[self.alike[x]] = self.conflicts(self.k, x)
        return found


class FewPairs(Pairs):
    """`Pairs` for a test asked of a few of many figures: each figure read when first tested."""

    def _alike(self, claims: Sequence[Claim]) -> list[int]:
        return [-1] * len(claims)

    def __call__(self, x: int, y: int) -> bool:
        alike = self.alike
        if alike[x] < 0:
            alike[x] = self.number(self.claims[x])
        if alike[y] < 0:
            alike[y] = self.number(self.claims[y])
        return super().__call__(x, y)


def reading(claim: Claim) -> object:
    """All that `disagree` and `conflict` read of a figure: a date's days, else its kind, unit,
    hedge, value and interval (and a range's words, which tell a range of ages)."""
    if claim.kind in DATED:
        return (claim.kind, dates.days(claim), dates.clock(claim), anchored(claim))
    return (claim.kind, claim.unit, claim.qualifier, claim.value, claim.interval, claim.text if claim.kind == "range" else None)


def anchored(claim: Claim) -> str | None:
    """The words of a date its reader resolves by the day of publication ("next week", "on
    Sunday", "5 March", "later this month"), folded; None for a date that names its year. Two
    sources that tell a date in the same such words agree whatever days their publication dates
    give them: each is true when published (an update, not a discrepancy)."""
    if claim.kind not in DATED or _YEAR_STATED.search(claim.text):
        return None
    return " ".join(claim.text.lower().split())


_YEAR_STATED = regex.compile(r"\d{4}")


def _plain(claim: Claim) -> bool:
    return claim.qualifier == "exact" and claim.value is not None and claim.kind not in DATED


def _width(claim: Claim) -> Fraction:
    iv = claim.interval
    return iv.high - iv.low if iv.low is not None and iv.high is not None else Fraction(-1)


def findings(rule: str, severity: Severity, message: str, quantity: Any) -> Iterator[Finding]:
    """A finding for each source whose figure conflicts with a better-supported figure it was
    linked to directly, beside every such figure (figures joined only through a third are never
    held against each other)."""
    members, links = quantity
    bound, tellings, torn = bindings(members)
    for told_apart in torn:  # a source telling the quantity twice differently: its own finding
        yield finding(rule, Severity.WARNING, TORN_MESSAGE, told_apart,
                      "; ".join(_stated(c) for c in told_apart) + ": no value fits them all. " + _why(members))
    if len(bound) < 2:
        return

    def told(claims: list[Claim]) -> list[Claim]:  # every telling of each, where the finding points
        return [t for c in claims for t in tellings.get(id(c), [c])]

    why = _why(members)
    ranges = [c for c in bound if c.kind == "range"]
    if 1 < len(ranges) == len(bound):
        yield from _ranges(rule, severity, message, ranges, why)
        return

    conflicts = Pairs(conflict, bound)
    if len(set(conflicts.alike)) == 1 and not conflicts(0, 0):
        return  # every source reads the figure alike: none conflicts with another, none rounds another
    near = _linked(bound, links)
    copies = _Copies()
    # support: the figures linked to a figure that agree with it (and its place, to break ties)
    agreeing = [_agreeing(conflicts, k, linked) for k, linked in enumerate(near)]
    support = [(agreeing[k], -k) for k in range(len(bound))]
    read: dict[int, int] = {}  # a telling already read (by number) -> its finding (copies of it join it)
    for k, outlier in enumerate(bound):
        if agreeing[k] == len(near[k]):
            continue  # it agrees with every figure linked to it
        told_as = copies.telling(outlier)
        if told_as in read:  # a copy of a telling read before (its first copy is linked most): flagged with it
            copies.join(read[told_as], outlier)
            continue
        with_k = _Against(conflicts, k)
        refs = [x for x in near[k] if with_k(x) and support[x] > support[k]]
        if not refs:
            continue
        # beside them, the figures linked to them that agree with them: one quantity, told alike
        taken = {k, *refs}
        for r in list(refs):
            for x in near[r]:
                if x not in taken and with_k(x) and not conflicts(x, r):
                    taken.add(x)
                    refs.append(x)
        # the other tellings linked to them that contradict neither side: where an editor looks next
        sides = list({conflicts.alike[r]: r for r in refs}.values())  # one figure of each reading among them
        fits: dict[int, bool] = {}  # by reading: whether it contradicts none of them

        def fitting(x: int) -> bool:
            reading = conflicts.alike[x]
            if reading not in fits:
                fits[reading] = not conflicts(k, x) and not any(conflicts(x, r) for r in sides)
            return fits[reading]

        also = [bound[x] for x in sorted({x for c in (k, *refs) for x in near[c]} - taken) if fitting(x)]
        against = [bound[x] for x in refs]
        level, said = (Severity.INFO, BIRTHDAY_MESSAGE) if _a_birthday_apart(outlier, against, members) else (severity, message)
        read[told_as] = copies.add(level, said, outlier, against, also, lambda: _told_also(also) + " " + why)
    best = max(range(len(bound)), key=support.__getitem__)
    rounds = Pairs(roughly, bound, conflicts.alike)  # figures alike share their answers, as conflicts' do
    for k, coarse in enumerate(bound):
        if not rough(coarse):
            continue
        finer = [bound[x] for x in near[k] if not conflicts(x, k) and rounds(k, x)]
        if finer and not (best in near[k] and conflicts(k, best)):
            level = Severity.INFO if all(_ordinary_rounding(coarse, c) for c in finer) else Severity.WARNING
            copies.add(level, ROUGH_MESSAGE, coarse, finer, [],
                       lambda: f"they agree only if {' '.join(coarse.text.split())!r} is rounded to one significant figure. {why}")
    for level, said, outliers, others, besides, because in copies.found:
        none = "" if said == ROUGH_MESSAGE else "no value fits both." if len(outliers) + len(others) == 2 else "no value fits them all."
        evidence = "; ".join(_stated(c) for c in [*outliers, *others]) + f": {none}{because}"
        yield finding(rule, level, said, told([*outliers, *others, *besides]), evidence)


def _told_also(also: list[Claim]) -> str:
    """The tellings that fit either side of a clash, as evidence."""
    return f" Also told, fitting either: {'; '.join(_stated(c) for c in also)}." if also else ""


class _Copies:
    """A quantity's findings, one for each telling of a figure that conflicts (or rounds): the
    sources that copy one sentence word for word (`checker.align.tellings`) and so conflict alike
    with the same figures are one finding, pointing at every copy, not one finding a copy."""

    def __init__(self) -> None:
        self.found: list[tuple[Severity, str, list[Claim], list[Claim], list[Claim], str]] = []
        self.seen: list[set[int]] = []  # the ids of the claims of each finding
        self.at: dict[tuple[object, ...], int] = {}
        self.tellings: dict[int, int] = {}  # each claim's telling as a number, by id of the claim, worked out once
        self.numbers: dict[tuple[object, ...], int] = {}

    def telling(self, claim: Claim) -> int:
        """`telling(claim)` as a number, one per telling, worked out once per claim: a figure is held
        against many outliers of a large quantity, and sets of numbers hash without reading Fractions."""
        found = self.tellings.get(id(claim))
        if found is None:
            found = self.tellings[id(claim)] = self.numbers.setdefault(telling(claim), len(self.numbers))
        return found

    def add(self, level: Severity, said: str, outlier: Claim, refs: list[Claim], also: list[Claim],
            because: Callable[[], str]) -> int:
        """Add a finding on `outlier` against `refs` (or join the one its copies gave); its number.
        `because` says why, asked only of the first telling of a finding (its copies join it)."""
        key = (level, said, self.telling(outlier), frozenset(map(self.telling, refs)))
        k = self.at.get(key)
        if k is None:
            k = self.at[key] = len(self.found)
            self.found.append((level, said, [], [], [], because()))
            self.seen.append(set())
        _, _, _, old_refs, old_also, _ = self.found[k]
        self.join(k, outlier)
        for found, new in ((old_refs, refs), (old_also, also)):
            for c in new:
                if id(c) not in self.seen[k]:
                    self.seen[k].add(id(c))
                    found.append(c)
        return k

    def join(self, k: int, outlier: Claim) -> None:
        """A copy of finding k's outlier, flagged with it."""
        if id(outlier) not in self.seen[k]:
            self.seen[k].add(id(outlier))
            self.found[k][2].append(outlier)


def telling(claim: Claim) -> tuple[object, ...]:
    """What two copies of one telling share: the sentence, the figure's words and its reading."""
    return (claim.sentence, " ".join(claim.text.split()), reading(claim))


BIRTHDAY_MESSAGE = "Two sources give this age a year apart: a birthday between the reports, or a slip"


def _a_birthday_apart(outlier: Claim, refs: list[Claim], members: Sequence[Any]) -> bool:
    """Whether the conflict is one person's age given in years, one year apart in every source
    ("Anna Bell, 29," against "Bell, 30,"): both are true of reports written either side of a
    birthday, so it is a note, not an error (a wider gap, 49 against 56, is an error)."""
    if any(d.meaning.dimension != "age" or d.meaning.origin != "person" for d, _ in members):
        return False  # a person's, not a bridge's ("the 40-year-old bridge")
    return all(c.unit == "year" and c.value is not None and outlier.unit == "year" and outlier.value is not None
               and abs(c.value - outlier.value) == 1 for c in refs)


def _linked(bound: list[Claim], links: set[frozenset[str]]) -> list[list[int]]:
    """The figures linked directly to each bound figure (one per source), by place, in order."""
    place = {c.source: k for k, c in enumerate(bound)}.get
    near: list[list[int]] = [[] for _ in bound]
    for a, b in links:  # two sources each
        x, y = place(a), place(b)
        if x is not None and y is not None:
            near[x].append(y)
            near[y].append(x)
    for linked in near:
        linked.sort()  # in the order of the sources, never of a set
    return near


def _agreeing(conflicts: Pairs, k: int, linked: list[int]) -> int:
    """How many of the figures linked to figure k agree with it: each kind of reading tested once."""
    readings = Counter(map(conflicts.alike.__getitem__, linked))
    one: dict[int, int] = {}  # a figure of each reading
    for x in linked:
        one.setdefault(conflicts.alike[x], x)
    return sum(n for reading, n in readings.items() if not conflicts(k, one[reading]))


TORN_MESSAGE = "One source gives this figure twice, differently"
ROUGH_MESSAGE = "Two sources give this figure differently: they agree only at one significant figure"
ROUGH_SHARE = Fraction(1, 10)  # a plain figure this loose for its size (or looser) is stated to one significant figure
ROUGH_GAP = Fraction(1, 20)  # the least gap, as a share of the rough figure, that is more than rounding in a reader's eyes
ROUGH_NOTE = Fraction(1, 10)  # the largest such gap, as a share of the finer figure, that is the ordinary rounding of a figure (info)


def _ordinary_rounding(coarse: Claim, fine: Claim) -> bool:
    """Whether a rough figure is within `ROUGH_NOTE` of the finer one it rounds ("6%" and "5.6%",
    "fell 4 percent" and "down 3.7 per cent"): a note for the editor (info). "$2 billion" against
    "$1.8 billion" overstates it by a ninth, and "1%" against "0.5%" doubles it (warnings)."""
    if fine.value is None or coarse.value is None or not fine.value:
        return False
    return abs(fine.value - coarse.value) <= ROUGH_NOTE * abs(fine.value)


def rough(coarse: Claim) -> bool:
    """Whether a plain figure is stated to one significant figure in digits ('$2 billion', '4
    percent', '1%'; a share in words, "three in ten", is read loosely; a range is told by its
    ends, not rounded)."""
    if coarse.kind == "range" or not _plain(coarse) or not any(ch.isdigit() for ch in coarse.text) or coarse.value is None or not coarse.value:
        return False
    return not _width(coarse) < ROUGH_SHARE * abs(coarse.value)


def roughly(coarse: Claim, fine: Claim) -> bool:
    """Whether a plain figure stated to one significant figure (`rough`) is held against a finer
    one (plain or hedged: 'nearly $1.8 billion') that differs from it by more than a reader takes
    for rounding ('$1.8 billion', '3.7 per cent', '0.5%'): true by the rules of rounding, worth a look."""
    if fine.value is None or coarse.value is None or fine.kind in DATED or not rough(coarse) or not _width(fine) < _width(coarse):
        return False
    return abs(fine.value - coarse.value) > ROUGH_GAP * abs(coarse.value)


def _ranges(rule: str, severity: Severity, message: str, ranges: list[Claim], why: str) -> Iterator[Finding]:
    """Ranges are told by their ends: '12 to 48 hours' and '12 to 24 hours' disagree at the top."""
    first = ranges[0]
    for other in ranges[1:]:
        if (first.interval.low, first.interval.high) != (other.interval.low, other.interval.high):
            evidence = f"{_stated(first)}; {_stated(other)}: the ranges end differently. {why}"
            yield finding(rule, severity, message, [other, first], evidence)


_STATED: dict[int, tuple[Claim, str]] = {}


def _stated(claim: Claim) -> str:
    """A claim as evidence (`findings.stated`); a date by the days it can mean (each claim told once:
    `findings.once`)."""
    return once(_STATED, claim, _evidence)


def _evidence(claim: Claim) -> str:
    if claim.kind not in DATED:
        return stated(claim)
    told = dates.clock(claim)
    what = f"the days {_days(claim)}" if told is None else dates.clock_words(*told)
    return f"\"{' '.join(claim.text.split())}\" ({claim.source}:{claim.line}) allows {what}"


def _days(claim: Claim) -> str:
    found = dates.days(claim)
    if found.first is not None and found.last is not None:
        return str(found.first) if found.first == found.last else f"{found.first} to {found.last}"
    parts = [f"{calendar.month_name[found.month]}" if found.month else "",
             f"{found.day}" + (f"-{found.day_last}" if found.day_last else "") if found.day else "",
             f"a {calendar.day_name[found.weekday]}" if found.weekday is not None else ""]
    return " ".join(p for p in parts if p) + " of a year not stated"


def _why(members: Sequence[Any]) -> str:
    d, s = members[0]
    return (f"Taken as one quantity ({d.meaning.describe()}): the words around the figures and their sentences "
            f"match (score {min(s for _, s in members):.2f}).")
