"""builtin.restated: a figure told twice in one article must be told the same way.

Only shares and trends of a named thing are compared (an article's unnamed counts are too many
and too alike to pair safely). A headline against its body, a summary against its detail: "Instagram had 40% of the cases" and,
later, "Instagram accounted for 33% of the cases" is flagged; so is the same share given for 2017
in one place and 2018 in another. A figure given for two different periods with two different
values is a trend, not a slip, and passes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from checker.align import blocks as align
from checker.arith import overlap
from checker.engine import Aliases
from checker.findings import finding, stated
from checker.model import Claim, Finding, Severity

ID = "builtin.restated"
OPTIONS: dict[str, tuple[int, str]] = {}
SEVERITY = Severity.WARNING
MESSAGE = "The article gives this figure twice, differently"
EXAMPLES = {
    "flagged": ["Data show Instagram had 40% of the cases.\n\nAs the report said, Instagram accounted for 33% of the cases.",
                "Data show Instagram had 33% of the cases in 2017.\n\nIn the report, Instagram had 33% of the cases in 2018."],
    "passes": ["Data show Instagram had 33% of the cases.\n\nAs the report said, Instagram accounted for 33 percent of the cases.",
               "Data show Instagram had 20% of the cases in 2017.\n\nBy 2018, Instagram had 33% of the cases."],
}


def run(claims: list[Claim], options: Mapping[str, int] | None = None) -> Iterator[Finding]:
    """A finding for each pair of one article's figures of one quantity that differ in value or period."""
    for group in align.same_quantity(claims, Aliases(), by_period=False):
        if not group[0].about or group[0].kind not in align.SHARE_KINDS:
            continue  # only a named share or trend is surely one quantity when told twice in one article
        for same in align.by_subject(group, named=False, key=lambda c: (c.subject or "").lower()):  # of one thing
            yield from _compare(same)


def _compare(group: list[Claim]) -> Iterator[Finding]:
    for first, later in zip(group, group[1:]):
        same_value = overlap(first.interval, later.interval) is not None
        same_period = align.period_key(first) == align.period_key(later)
        if same_value and same_period or not same_value and not same_period:
            continue
        what = "no value fits both" if not same_value else (
            f"the same figure for different periods ({_period(first)} against {_period(later)})")
        yield finding(ID, SEVERITY, MESSAGE, [later, first], f"{stated(later)}; {stated(first)}: {what}")


def _period(claim: Claim) -> str:
    return claim.period.text if claim.period is not None else "no period"
