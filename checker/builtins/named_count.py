"""builtin.named-count: the items named as the rest of a count must number what the count leaves.

"31 of the 35 trusts replied; only Kent, Essex and Surrey did not" is flagged (35 - 31 = 4, three
named); "39 of the 43 forces responded, with only Surrey, Sussex, Northampton and City of London
failing to" passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from checker.builtins.words import following
from checker.findings import finding
from checker.model import Claim, Finding, Severity, fmt_number

ID = "builtin.named-count"
OPTIONS: dict[str, tuple[int, str]] = {}
SEVERITY = Severity.ERROR
MESSAGE = "The names given for the rest of a count do not number what the count leaves"
EXAMPLES = {
    "flagged": ["Only 31 of the 35 trusts replied; only Kent, Essex and Surrey did not."],
    "passes": ["Only 31 of the 35 trusts replied; only Kent, Essex, Devon and Surrey did not.",
               "The NSPCC said 39 of the 43 police forces responded, with only Surrey, Sussex, Northampton and "
               "City of London police failing to provide data."],
}
_NAME = r"[A-Z][\w'’&-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][\w'’&-]*)*"
_LIST = re.compile(
    rf"\b(?:only|except(?:[ \t]+for)?|apart[ \t]+from|other[ \t]+than|with[ \t]+the[ \t]+exception[ \t]+of)[ \t]+"
    rf"(?P<names>{_NAME}(?:[ \t]*,[ \t]*(?:and[ \t]+)?{_NAME})*(?:[ \t]*,?[ \t]+and[ \t]+{_NAME}))"
)
_SPLIT = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")


def run(claims: list[Claim], options: Mapping[str, int] | None = None) -> Iterator[Finding]:
    """A finding when 'N of the M' is followed by a list of names that is not M - N long."""
    for c in claims:
        details = dict(c.details)
        part, whole = details.get("part"), details.get("whole")
        if c.kind != "ratio" or part is None or whole is None or " of " not in c.text or part > whole:
            continue
        found = _LIST.search(following(c))
        if found is None:
            continue
        names = [n for n in _SPLIT.split(found["names"]) if n]
        if len(names) != whole - part:
            evidence = (f"\"{c.text}\" leaves {fmt_number(whole - part)}; the sentence names {len(names)}: "
                        f"{', '.join(names)}")
            yield finding(ID, SEVERITY, MESSAGE, [c], evidence)
