"""builtin.part-whole: a part cannot be larger than the whole it is counted out of.

Arithmetic over `part-of-whole` relations: "12 of the 9 councils" is flagged, as is "Of the 1,317
cases where a method was recorded, 1,450 involved Instagram"; "7 of the 9 councils" passes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from checker import arith
from checker.builtins import precision
from checker.builtins.words import finding, of_kind, read
from checker.findings import allows
from checker.model import Claim, Finding, Interval, Severity, fmt_number
from checker.relations import Relation
from checker.units import symbol
from checker.units.restate import convert

ID = "builtin.part-whole"
OPTIONS: dict[str, tuple[int, str]] = {}
SEVERITY = Severity.ERROR
MESSAGE = "A part is larger than the whole it is counted out of"
EXAMPLES = {
    "flagged": ["Only 12 of the 9 councils replied to the survey.",
                "Of the 1,317 cases where a method was recorded, 1,450 involved Instagram."],
    "passes": ["Only 7 of the 9 councils replied to the survey.", "Nine of the 9 councils replied.",
               "Of the 1,317 cases where a method was recorded, 450 involved Instagram."],
}


def run(claims: list[Claim], options: Mapping[str, int] | None = None, found: list[Relation] | None = None) -> Iterator[Finding]:
    """A finding for each part that no value of it and of its whole lets be at most the whole."""
    for r in of_kind(claims, found, "part-of-whole"):
        if r.has("part-and-whole"):
            part, whole = r.detail("part"), r.detail("whole")
            if part > whole:
                yield finding(r, ID, SEVERITY, MESSAGE, list(r.figures),
                              f"{read(r)}: the part ({fmt_number(part)}) is larger than the whole ({fmt_number(whole)})")
            continue
        whole = r.figure("whole")
        p, w = precision.at_precision([convert(r.figure("part"), whole.unit), whole])
        at_most_whole = Interval(None, w.interval.high, False, w.interval.high_closed)
        if w.interval.high is not None and arith.overlap(p.interval, at_most_whole) is None:
            told = f" {symbol(w.unit).strip()} (in the whole's unit)" if r.figure("part").unit != w.unit else ""
            yield finding(r, ID, SEVERITY, MESSAGE, [p, w], f"{read(r)}: the part \"{p.text}\" allows {allows(p.interval)}{told}, "
                                                         f"more than the whole \"{w.text}\" allows ({allows(w.interval)})")
