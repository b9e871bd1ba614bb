"""What every check reads: the relations of one article's figures, read once and shared."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from checker import findings, relations
from checker.model import Claim, Finding, Severity
from checker.relations import Relation


def of_kind(claims: list[Claim], found: list[Relation] | None, kind: str) -> Iterator[Relation]:
    """The relations of `kind` among the claims (read now unless `found` holds them already)."""
    return relations.of_kind(relations.read(claims) if found is None else found, kind)


def read(relation: Relation) -> str:
    """How a finding's evidence opens: the words the relation was read from, and what it measures."""
    article = "an" if relation.kind[0] in "aeiou" else "a"
    measures = f" (what it measures: \"{relation.measured}\")" if relation.measured else ""
    return f"read \"{relation.words}\" as {article} {relation.kind}{measures}"


def finding(relation: Relation, rule: str, severity: Severity, message: str, claims: list[Claim], evidence: str) -> Finding:
    """A finding on a relation's figures (the first is where it is reported), and on the words saying what they
    measure when they were placed in the article's text; its fingerprint is its figures' alone."""
    found = findings.finding(rule, severity, message, claims, evidence)
    return found if relation.measured_at is None else replace(found, locations=(*found.locations, relation.measured_at))
