"""How the figures of a passage relate: typed relations, each with the words that establish it.

For each sentence (a headline or list item with the sentence it belongs to, two sentences where
the second continues the first) the readers give a small set of relations between its figures:
part of a whole, share of a whole, restatement (a currency pair among them), rate over a period,
change, trend (and a verb's direction against its pair), breakdown, age gap, a count and the items it names, a period and its length, and
rivals (a poll pair or match-up, "32%-25%", which is never one quantity told twice). The
built-in checks (`checker/builtins/`) are arithmetic over them: no relation, no finding.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from checker.model import Claim
from checker.relations import ages, changes, counts, directions, named, periods, rates, restate, shares
from checker.relations.measured import measured
from checker.relations.passage import Sentence, sentences, with_rest
from checker.relations.record import Relation


Reader = Callable[[list[Sentence]], Iterator[Relation]]


READERS: dict[str, Reader] = {
    "part-of-whole": shares.parts, "share-of-whole": shares.shares, "breakdown": counts.breakdowns,
    "named-count": named.named, "restatement": restate.restatements, "rate": rates.rates,
    "change": changes.changes, "trend": changes.trends, "age-gap": ages.gaps, "period-length": periods.lengths,
    "rivals": restate.rivals, "direction": directions.directions,
}


def read(claims: list[Claim], text: str | None = None) -> list[Relation]:
    """Every relation among the figures of one article's claims (in order of position), each with the
    words that say what it measures (placed in the article's `text` when given)."""
    passage = with_rest(sentences(claims), text)
    return measured(passage, [r for reader in READERS.values() for r in reader(passage)], text)


__all__ = ["READERS", "Relation", "of_kind", "read"]


def of_kind(relations: list[Relation], kind: str) -> Iterator[Relation]:
    """The relations of one kind."""
    return (r for r in relations if r.kind == kind)
