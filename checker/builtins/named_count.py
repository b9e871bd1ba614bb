"""builtin.named-count: the items a count names must number what it counts.

Arithmetic over `named-count` relations: "31 of the 35 trusts replied; only Kent, Essex and Surrey
did not" is flagged (35 - 31 = 4, three named), as is "three countries: France, Spain, Italy and
Greece"; "39 of the 43 forces responded, with only Surrey, Sussex, Northampton and City of London
failing to" passes. Items named as some of a count ("six albums include A, B, C, D, E, F and G", "seven sites,
including A and B") may be fewer than it, never more; the rest named as those that did otherwise ("29 of the 32 signed
up; A, B, C and D refused") number what the count leaves.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from checker.builtins.words import finding, of_kind, read
from checker.model import Claim, Finding, Severity, fmt_number
from checker.relations import Relation

ID = "builtin.named-count"
OPTIONS: dict[str, tuple[int, str]] = {}
SEVERITY = Severity.ERROR
MESSAGE = "The items named do not number what the count says"
EXAMPLES = {
    "flagged": ["Only 31 of the 35 trusts replied; only Kent, Essex and Surrey did not.",
                "Officials visited three countries: France, Spain, Italy and Greece."],
    "passes": ["Only 31 of the 35 trusts replied; only Kent, Essex, Devon and Surrey did not.",
               "The NSPCC said 39 of the 43 police forces responded, with only Surrey, Sussex, Northampton and "
               "City of London police failing to provide data.",
               "Officials visited three countries: France, Spain and Italy."],
}


def run(claims: list[Claim], options: Mapping[str, int] | None = None, found: list[Relation] | None = None) -> Iterator[Finding]:
    """A finding when the names given number other than the count leaves (or counts)."""
    for r in of_kind(claims, found, "named-count"):
        counts, names, how = r.detail("counts"), r.detail("names"), r.detail("how")
        if len(names) > counts if how == "some" else len(names) != counts:  # "six albums include" names some of six, never seven
            what = {"rest": "leaves", "some": "counts, some of them named,"}.get(how, "counts")
            evidence = f"{read(r)}: \"{r.figures[0].text}\" {what} {fmt_number(counts)}; the sentence names {len(names)}: {', '.join(names)}"
            yield finding(r, ID, SEVERITY, MESSAGE, list(r.figures), evidence)
