"""builtin.share: a share of a stated whole must match the amount given for it.

Arithmetic over `share-of-whole` relations that carry an amount: "41% of the 2,200 applicants, or
1,400 people" is flagged (41% of 2,200 is about 902); "41% of the 2,200 applicants, or 900 people"
passes. A share in words ("a third of the 1,200 staff, some 400") allows what its words allow; of the whole and
the amount, one may be off its stated value at a time (`checker.builtins.precision`): "a third of the 600 staff,
some 250 people" is flagged.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from fractions import Fraction

from checker import arith
from checker.builtins import precision, ratio_percent
from checker.builtins.words import finding, of_kind, read
from checker.findings import allows
from checker.model import Claim, Finding, Interval, Severity
from checker.relations import Relation

ID = "builtin.share"
OPTIONS: dict[str, tuple[int, str]] = {}
SEVERITY = Severity.ERROR
MESSAGE = "A share of a stated whole does not match the amount given for it"
EXAMPLES = {
    "flagged": ["Some 41% of the 2,200 applicants, or 1,400 people, were refused.",
                "Instagram was used in 32% of the 1,317 cases, some 528 offences.",
               "A third of the 600 staff, some 250 people, took the offer."],
    "passes": ["Some 41% of the 2,200 applicants, or 900 people, were refused.",
               "Some 41% of the 2,200 applicants (about 900) were refused.",
               "Instagram was used in 32% of the 1,317 cases, some 421 offences."],
}
HUNDRED = Fraction(100)


def fraction(share: Claim) -> Interval:
    """The share as a fraction of one: a percentage over 100, a ratio as it is."""
    return share.interval.scaled(1 / HUNDRED) if share.kind == "percent" else share.interval


def run(claims: list[Claim], options: Mapping[str, int] | None = None, found: list[Relation] | None = None) -> Iterator[Finding]:
    """A finding for 'P% of the W ..., or N' where N is not P% of W for any values they allow, and for 'N of the W ... – P% –'
    where N of W is not P%."""
    yield from ratio_percent.disagreeing(claims, found, "share", ID, SEVERITY, MESSAGE)
    for r in of_kind(claims, found, "share-of-whole"):
        if not r.has("amount"):
            continue
        share, whole, amount = r.figure("share"), r.figure("whole"), r.figure("amount")
        whole, amount = precision.at_precision([whole, amount])
        expected = arith.mul(fraction(share), whole.interval)
        # the share keeps its reach; of the whole and the amount, one is off its stated value at a time
        made = precision.one_at_a_time([whole, amount], lambda v: arith.sub(arith.mul(fraction(share), v[0]), v[1]))
        if not made.contains(Fraction(0)):
            evidence = (f"{read(r)}: \"{share.text}\" of \"{whole.text}\" allows {allows(expected)}; "
                        f"\"{amount.text}\" allows {allows(amount.interval)}, outside it")
            yield finding(r, ID, SEVERITY, MESSAGE, [amount, share, whole], evidence)
