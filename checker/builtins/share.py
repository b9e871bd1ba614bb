"""builtin.share: a percentage of a stated whole must match the count given for it.

"41% of the 2,200 applicants, or 1,400 people" is flagged (41% of 2,200 is about 902);
"41% of the 2,200 applicants, or 900 people" passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from fractions import Fraction

from checker import arith
from checker.builtins.words import between
from checker.findings import allows, finding
from checker.model import Claim, Finding, Interval, Severity

ID = "builtin.share"
OPTIONS: dict[str, tuple[int, str]] = {}
SEVERITY = Severity.ERROR
MESSAGE = "A share of a stated whole does not match the count given for it"
EXAMPLES = {
    "flagged": ["Some 41% of the 2,200 applicants, or 1,400 people, were refused."],
    "passes": ["Some 41% of the 2,200 applicants, or 900 people, were refused.",
               "Some 41% of the 2,200 applicants (about 900) were refused."],
}
_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+|its[ \t]+|their[ \t]+)?$")
_OR = re.compile(r"^[^,;()]{0,40}?(?:,[ \t]*or[ \t]+|[ \t]*\([ \t]*)(?:about[ \t]+|around[ \t]+|some[ \t]+)?$")
HUNDRED = Interval.exact(Fraction(100))


def run(claims: list[Claim], options: Mapping[str, int] | None = None) -> Iterator[Finding]:
    """A finding for 'P% of the W ..., or N' where N is not P% of W for any values they allow."""
    for share, whole, part in zip(claims, claims[1:], claims[2:]):
        if share.kind != "percent" or whole.kind != "count" or part.kind != "count":
            continue
        if not (share.sentence == whole.sentence == part.sentence):
            continue
        if not _OF.search(between(share, whole)) or not _OR.match(between(whole, part)):
            continue
        expected = arith.div(arith.mul(share.interval, whole.interval), HUNDRED)
        if arith.overlap(expected, part.interval) is None:
            evidence = (f"\"{share.text}\" of \"{whole.text}\" is {allows(expected)}; \"{part.text}\" allows "
                        f"{allows(part.interval)}")
            yield finding(ID, SEVERITY, MESSAGE, [part, share, whole], evidence)
