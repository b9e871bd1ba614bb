"""builtin.trend: a trend word must match the two figures it describes, with its hedge.

Arithmetic over `trend` relations: "doubled from 310 to 930" (three times) is flagged, as is "Cases
on the app doubled, from 126 in 2017 to 428 in 2018" (3.4 times); "tripled from 310 to 930",
"nearly trebled from 310 to 870" (2.8 times) and "more than doubled from 310 to 700" pass. A plain
"halved" allows (0.4, 0.6]: a fall of a third ("900 in 2021, against 600 today") is no halving to a
reader, though the inverse of "doubled" would allow it; "nearly halved" keeps its hedge's reach. A
plain "doubled" is its inverse, [5/3, 2.5): "doubled, from 3,100 to 4,650" (1.5 times) is a rise of
half. A verb of movement with no figure of its own is held to the way its clause's pair goes: "has
eased, with 212 counted compared with 168 a year earlier" is flagged (`direction` relations).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from checker import arith
from checker.builtins import precision
from checker.builtins.words import finding, of_kind, read
from checker.findings import allows
from fractions import Fraction

from checker.model import Claim, Finding, Interval, Severity
from checker.relations import Relation

ID = "builtin.trend"
OPTIONS: dict[str, tuple[int, str]] = {}
SEVERITY = Severity.ERROR
MESSAGE = "The trend word does not match the figures it describes"
EXAMPLES = {
    "flagged": ["Cases doubled from 310 to 930 in a year.", "Thefts halved from 800 to 610.",
                "Cases on the app doubled, from 126 in 2017 to 428 in 2018.", "Milk yields slumped to 31 litres a day, up from 28 litres."],
    "passes": ["Cases tripled from 310 to 930 in a year.", "Cases nearly trebled from 310 to 870.",
               "Cases more than doubled from 310 to 700.", "Thefts halved from 800 to 410.",
               "Cases on the app more than trebled, from 126 in 2017 to 428 in 2018.", "Queues nearly halved, from 900 to 600.",
               "Milk yields slumped to 31 litres a day, down from 34 litres."],
}
# what a plain "halved" allows (up to a fall of 40%) and a plain "doubled", its inverse (a rise of two-thirds at least)
PLAIN = {Fraction(1, 2): Interval(Fraction(2, 5), Fraction(3, 5), False, True),
         Fraction(2): Interval(Fraction(5, 3), Fraction(5, 2), True, False)}
# the way a pair goes, told by its difference (not its ratio: "from 14C to minus 2C" went down)
WAYS = {"up": Interval(Fraction(0), None, False, False), "down": Interval(None, Fraction(0), False, False)}


def allowed(stated: Claim) -> Interval:
    """What a trend word allows: its reading, but (0.4, 0.6] for a plain "halved" and [5/3, 2.5) for a plain "doubled"."""
    plain = PLAIN.get(stated.value) if stated.qualifier == "exact" and stated.value is not None else None
    return plain or stated.interval


def run(claims: list[Claim], options: Mapping[str, int] | None = None, found: list[Relation] | None = None) -> Iterator[Finding]:
    """A finding for each trend word whose multiple no values of its two figures allow."""
    for r in of_kind(claims, found, "trend"):
        stated, start, end = r.figure("stated"), r.figure("from"), r.figure("to")
        made = precision.one_at_a_time(precision.at_precision([start, end]), lambda v: arith.div(v[1], v[0]))
        if arith.overlap(made, allowed(stated)) is None:
            evidence = (f"{read(r)}: from \"{start.text}\" to \"{end.text}\" is {allows(made, 'times')}; "
                        f"\"{stated.text}\" allows {allows(allowed(stated), 'times')}")
            yield finding(r, ID, SEVERITY, MESSAGE, [stated, start, end], evidence)
    for r in of_kind(claims, found, "direction"):
        start, end = r.figure("from"), r.figure("to")
        made = precision.one_at_a_time(precision.at_precision([start, end]), lambda v: arith.sub(v[1], v[0]))
        way = r.detail("direction")
        if arith.overlap(made, WAYS[way]) is None:
            evidence = (f"{read(r)}: from \"{start.text}\" to \"{end.text}\" moves by {allows(made, start.unit)}; "
                        f"\"{r.detail('said')}\" says {way}")
            yield finding(r, ID, SEVERITY, MESSAGE, [start, end], evidence)
