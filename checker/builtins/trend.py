"""builtin.trend: a trend word must match the two figures it describes, with its hedge.

"doubled from 310 to 930" (three times) is flagged; "tripled from 310 to 930", "nearly trebled from
310 to 870" (2.8 times) and "more than doubled from 310 to 700" pass.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from checker import arith
from checker.builtins.change import between
from checker.findings import allows, finding
from checker.model import Claim, Finding, Severity

ID = "builtin.trend"
OPTIONS: dict[str, tuple[int, str]] = {}
SEVERITY = Severity.ERROR
MESSAGE = "The trend word does not match the figures it describes"
EXAMPLES = {
    "flagged": ["Cases doubled from 310 to 930 in a year.", "Thefts halved from 800 to 610."],
    "passes": ["Cases tripled from 310 to 930 in a year.", "Cases nearly trebled from 310 to 870.",
               "Cases more than doubled from 310 to 700.", "Thefts halved from 800 to 410."],
}


def run(claims: list[Claim], options: Mapping[str, int] | None = None) -> Iterator[Finding]:
    """A finding for each trend word whose multiple no values of its two figures allow."""
    for stated, start, end in between(claims, {"multiplier"}):
        actual = arith.div(end.interval, start.interval)
        if arith.overlap(actual, stated.interval) is None:
            evidence = (f"from \"{start.text}\" to \"{end.text}\" is {allows(actual, 'times')}; "
                        f"\"{stated.text}\" allows {allows(stated.interval, 'times')}")
            yield finding(ID, SEVERITY, MESSAGE, [stated, start, end], evidence)
