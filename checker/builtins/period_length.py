"""builtin.period-length: a duration must match the dates of the period it names.

"in the 12 months between March 2020 and September 2021" (18 months) is flagged; "in the 18 months
between March 2020 and September 2021" passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date
from fractions import Fraction

from checker.extract import lexicon as lx
from checker.findings import finding
from checker.model import Claim, Finding, Severity, fmt_number

ID = "builtin.period-length"
OPTIONS = {"tolerance": (1, "months the duration may be off by")}
SEVERITY = Severity.ERROR
MESSAGE = "A duration does not match the dates of the period it names"
EXAMPLES = {
    "flagged": ["In the 12 months between March 2020 and September 2021, admissions fell."],
    "passes": ["In the 18 months between March 2020 and September 2021, admissions fell.",
               "In the two years from January 2019 to January 2021, admissions fell.",
               "In the 18 months from 2015 to 2016, admissions fell."],
}
MONTHS = {"month": Fraction(1), "year": Fraction(12), "decade": Fraction(120)}
_MONTH = re.compile(r"\b(?:" + "|".join(sorted(lx.MONTHS, key=len, reverse=True)) + r")\b", re.I)


def _months(first: date, last: date) -> int:
    return (last.year * 12 + last.month) - (first.year * 12 + first.month)


def run(claims: list[Claim], options: Mapping[str, int] | None = None) -> Iterator[Finding]:
    """A finding for 'N months between A and B' where A to B is more than a month away from N months."""
    for d, p in zip(claims, claims[1:]):
        if d.kind != "duration" or d.value is None or d.unit not in MONTHS or p.kind != "period":
            continue
        details = dict(p.details)
        first, last = details.get("first"), details.get("last")
        if not (first and last) or not 0 <= p.start - d.end <= 3 or not p.text.lower().startswith(("between", "from")):
            continue
        if len(_MONTH.findall(p.text)) < 2:
            continue  # "from 2015 to 2016" may span 12 to 24 months: only month-exact ends are checked
        stated, spanned = d.value * MONTHS[d.unit], _months(first, last)
        if abs(stated - spanned) > (options or {}).get("tolerance", 1):
            evidence = (f"\"{p.text}\" spans {spanned} months; \"{d.text}\" is {fmt_number(stated)} months")
            yield finding(ID, SEVERITY, MESSAGE, [d, p], evidence)
