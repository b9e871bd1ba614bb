"""builtin.trend: a trend word must match the two figures it describes, with its hedge.

Arithmetic over `trend` relations: "doubled from 310 to 930" (three times) is flagged, as is "Cases
on the app doubled, from 126 in 2017 to 428 in 2018" (3.4 times); "tripled from 310 to 930",
"nearly trebled from 310 to 870" (2.8 times) and "more than doubled from 310 to 700" pass. A plain
"halved" allows (0.4, 0.6]: a fall of a third ("900 in 2021, against 600 today") is no halving to a
reader, though the inverse of "doubled" would allow it; "nearly halved" keeps its hedge's reach.
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
                "Cases on the app doubled, from 126 in 2017 to 428 in 2018."],
    "passes": ["Cases tripled from 310 to 930 in a year.", "Cases nearly trebled from 310 to 870.",
               "Cases more than doubled from 310 to 700.", "Thefts halved from 800 to 410.",
               "Cases on the app more than trebled, from 126 in 2017 to 428 in 2018.", "Queues nearly halved, from 900 to 600."],
}
HALVED = Interval(Fraction(2, 5), Fraction(3, 5), False, True)  # what a plain "halved" allows: up to a fall of 40%


def allowed(stated: Claim) -> Interval:
    """What a trend word allows: its reading, but (0.4, 0.6] for a plain "halved"."""
    return HALVED if stated.value == Fraction(1, 2) and stated.qualifier == "exact" else stated.interval


def run(claims: list[Claim], options: Mapping[str, int] | None = None, found: list[Relation] | None = None) -> Iterator[Finding]:
    """A finding for each trend word whose multiple no values of its two figures allow."""
    for r in of_kind(claims, found, "trend"):
        stated, start, end = r.figure("stated"), r.figure("from"), r.figure("to")
        made = precision.one_at_a_time(precision.at_precision([start, end]), lambda v: arith.div(v[1], v[0]))
        if arith.overlap(made, allowed(stated)) is None:
            evidence = (f"{read(r)}: from \"{start.text}\" to \"{end.text}\" is {allows(made, 'times')}; "
                        f"\"{stated.text}\" allows {allows(allowed(stated), 'times')}")
            yield finding(r, ID, SEVERITY, MESSAGE, [stated, start, end], evidence)
