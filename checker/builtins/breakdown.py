"""builtin.breakdown: the parts listed after a total must add up to it.

"2,310 admissions: 1,040 in the north, 870 in the centre and 380 in the south" (2,290) is flagged;
"2,290 admissions: 1,040 in the north, 870 in the centre and 380 in the south" passes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import reduce

from checker import arith
from checker.builtins.words import following, place
from checker.findings import allows, finding
from checker.model import Claim, Finding, Severity

ID = "builtin.breakdown"
OPTIONS: dict[str, tuple[int, str]] = {}
SEVERITY = Severity.ERROR
MESSAGE = "The parts listed after a total do not add up to it"
EXAMPLES = {
    "flagged": ["The hospital had 2,310 admissions: 1,040 in the north, 870 in the centre and 380 in the south."],
    "passes": ["The hospital had 2,290 admissions: 1,040 in the north, 870 in the centre and 380 in the south.",
               "The hospital had about 2,300 admissions: 1,040 in the north, 870 in the centre and 380 in the south."],
}
KINDS = {"count", "money", "percent"}
PARTS_REACH = 24  # figures after a total in its sentence beyond which it is no breakdown


def _sentence_ends(claims: list[Claim]) -> list[int]:
    """For each claim, the index after the last claim of the run of claims in its sentence."""
    ends = [len(claims)] * len(claims)
    for i in range(len(claims) - 2, -1, -1):
        ends[i] = ends[i + 1] if claims[i + 1].sentence == claims[i].sentence else i + 1
    return ends


def run(claims: list[Claim], options: Mapping[str, int] | None = None) -> Iterator[Finding]:
    """A finding when 'TOTAL ...: PART, PART and PART' cannot add up."""
    ends = _sentence_ends(claims)
    for i, total in enumerate(claims):
        if total.kind not in KINDS or ends[i] - i > PARTS_REACH:  # no list of parts follows so many figures
            continue
        at = place(total)
        after = following(total)
        colon = after.find(":")
        if at < 0 or colon < 0 or colon > 40 or ";" in after[:colon]:
            continue
        parts = [c for c in claims[i + 1 : ends[i]] if c.kind == total.kind and c.unit == total.unit]
        if len(parts) < 2 or place(parts[0], len(total.sentence) - len(after) + colon) < 0:
            continue
        summed = reduce(arith.add, (p.interval for p in parts))
        if arith.overlap(summed, total.interval) is None:
            listed = " + ".join(p.text for p in parts)
            evidence = f"{listed} = {allows(summed, total.unit)}; \"{total.text}\" allows {allows(total.interval, total.unit)}"
            yield finding(ID, SEVERITY, MESSAGE, [total, *parts], evidence)
