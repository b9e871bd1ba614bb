"""What every check reads: the relations of one article's figures, read once and shared."""

from __future__ import annotations

from collections.abc import Iterator

from checker import relations
from checker.model import Claim
from checker.relations import Relation


def of_kind(claims: list[Claim], found: list[Relation] | None, kind: str) -> Iterator[Relation]:
    """The relations of `kind` among the claims (read now unless `found` holds them already)."""
    return relations.of_kind(relations.read(claims) if found is None else found, kind)


def read(relation: Relation) -> str:
    """How a finding's evidence opens: the words the relation was read from."""
    article = "an" if relation.kind[0] in "aeiou" else "a"
    return f"read \"{relation.words}\" as {article} {relation.kind}"
