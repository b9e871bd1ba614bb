"""builtin.part-whole: a part cannot be larger than the whole it is counted out of.

"12 of the 9 councils" is flagged; "7 of the 9 councils" passes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from checker.findings import finding
from checker.model import Claim, Finding, Severity, fmt_number

ID = "builtin.part-whole"
OPTIONS: dict[str, tuple[int, str]] = {}
SEVERITY = Severity.ERROR
MESSAGE = "A part is larger than the whole it is counted out of"
EXAMPLES = {
    "flagged": ["Only 12 of the 9 councils replied to the survey."],
    "passes": ["Only 7 of the 9 councils replied to the survey.", "Nine of the 9 councils replied."],
}


def run(claims: list[Claim], options: Mapping[str, int] | None = None) -> Iterator[Finding]:
    """A finding for each 'N of the M' whose N exceeds its M."""
    for c in claims:
        details = dict(c.details)
        part, whole = details.get("part"), details.get("whole")
        if c.kind == "ratio" and part is not None and whole is not None and part > whole:
            evidence = f"\"{c.text}\": the part ({fmt_number(part)}) is larger than the whole ({fmt_number(whole)})"
            yield finding(ID, SEVERITY, MESSAGE, [c], evidence)
