"""Claims as JSON (`{"version": 1, "claims": [...]}`) or JSON Lines, streamed."""

from __future__ import annotations

import json
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import groupby
from datetime import date
from fractions import Fraction
from typing import Any, TextIO

from checker import relations
from checker.meaning import describe
from checker.model import Claim, Period
from checker.relations import Relation

SCHEMA_VERSION = 1


FLOAT_MAX = Fraction(sys.float_info.max)


def number(x: Fraction | None) -> int | float | None:
    """A JSON number for an exact rational: an integer when whole, else the nearest float (the
    nearest integer beyond a float's range)."""
    if x is None:
        return None
    if x.denominator == 1:
        return x.numerator
    return float(x) if abs(x) < FLOAT_MAX else round(x)


def exact(x: Fraction | None) -> str | None:
    """The exact rational as text ('5100', '1/3')."""
    return None if x is None else str(x)


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Fraction):
        return number(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _period(p: Period | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"text": p.text, "first": _plain(p.first), "last": _plain(p.last)}


def claim_record(c: Claim) -> dict[str, Any]:
    """The versioned JSON record of one claim (schema documented in the README)."""
    iv = c.interval
    return {
        "source": c.source, "kind": c.kind, "text": c.text, "start": c.start, "end": c.end,
        "line": c.line, "column": c.column, "value": number(c.value), "low": number(iv.low),
        "high": number(iv.high), "low_closed": iv.low_closed if iv.low is not None else False,
        "high_closed": iv.high_closed if iv.high is not None else False,
        "exact": {"value": exact(c.value), "low": exact(iv.low), "high": exact(iv.high)},
        "unit": c.unit, "qualifier": c.qualifier, "subject": c.subject,
        "entities": list(c.entities), "about": list(c.about), "period": _period(c.period), "place": c.place,
        "sentence": c.sentence, "details": {k: _plain(v) for k, v in c.details},
        "meaning": _meaning(c),
    }


def _meaning(c: Claim) -> dict[str, Any] | None:
    found = describe(c)
    return None if found is None else found.record()


def dump(record: dict[str, Any]) -> str:
    """One record as compact JSON, Unicode kept."""
    return json.dumps(record, ensure_ascii=False)


def document(records: Iterable[dict[str, Any]], key: str, out: TextIO) -> int:
    """Write `{"version": 1, key: [...]}` record by record; return how many were written."""
    out.write(f'{{"version": {SCHEMA_VERSION}, "{key}": [')
    n = 0
    for record in records:
        out.write((",\n  " if n else "\n  ") + dump(record))
        n += 1
    out.write("\n]}\n" if n else "]}\n")
    return n


def lines(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write one versioned JSON object per line; return how many were written."""
    n = 0
    for record in records:
        out.write(dump({"version": SCHEMA_VERSION, **record}) + "\n")
        n += 1
    return n


def relation_record(r: Relation) -> dict[str, Any]:
    """The JSON record of one relation: its kind, the words that establish it, its figures in their roles."""
    return {"kind": r.kind, "words": r.words,
            "figures": [{"role": role, "kind": f.kind, "text": f.text, "start": f.start, "end": f.end}
                        for role, f in zip(r.roles, r.figures)],
            "details": {k: _plain(v) for k, v in r.details}}


def with_relations(claims: Iterable[Claim]) -> Iterator[dict[str, Any]]:
    """Each claim's record with the relations it takes part in (`relations`), read source by source.
    A figure made from part of a claim (one end of "from 2,400 to 3,100") is given to the claim holding it."""
    for _, run in groupby(claims, key=lambda c: c.source):
        group = list(run)
        starts = [c.start for c in group]
        taking: dict[int, list[dict[str, Any]]] = {}
        for r in relations.read(group):
            record = relation_record(r)
            holders = {_holder(group, starts, f) for f in r.figures}
            for k in sorted(h for h in holders if h is not None):
                taking.setdefault(k, []).append(record)
        for k, c in enumerate(group):
            yield {**claim_record(c), "relations": taking.get(k, [])}


def _holder(group: list[Claim], starts: list[int], figure: Claim) -> int | None:
    """The index of the claim that is the figure, or else the nearest one before it that holds it."""
    k = bisect_right(starts, figure.start) - 1
    while k >= 0 and group[k].start == figure.start and (group[k].end, group[k].kind) != (figure.end, figure.kind):
        k -= 1  # claims starting together: the one of the figure's own words and kind
    for j in range(k, max(-1, k - 4), -1):
        if group[j].start <= figure.start and figure.end <= group[j].end:
            return j
    return None


def render_json(claims: Iterable[Claim], out: TextIO) -> int:
    """Write one JSON document, claim by claim; return how many were written."""
    return document(with_relations(claims), "claims", out)


def render_jsonl(claims: Iterable[Claim], out: TextIO) -> int:
    """Write one JSON object per claim per line; return how many were written."""
    return lines(with_relations(claims), out)
