"""Quotations as rich tables (one per source), as JSON (`{"version": 1, "quotes": [...]}`) or JSON Lines."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from checker.model import Quote, Speaker
from checker.report.claims_json import document, lines


def speaker_record(s: Speaker | None) -> dict[str, Any] | None:
    """The JSON record of a speaker (schema documented in the README)."""
    if s is None:
        return None
    return {"text": s.text, "name": s.name, "title": s.title, "organisation": s.organisation, "how": s.how,
            "start": s.start, "end": s.end, "via": [{"text": t, "start": a, "end": b} for t, a, b in s.via]}


def quote_record(q: Quote) -> dict[str, Any]:
    """The versioned JSON record of one quotation (schema documented in the README)."""
    return {
        "source": q.source, "text": q.text, "start": q.start, "end": q.end, "line": q.line, "column": q.column,
        "end_line": q.end_line, "end_column": q.end_column, "words": q.words,
        "parts": [list(p) for p in q.parts], "partial": q.partial, "closed": q.closed,
        "speaker": speaker_record(q.speaker),
    }


def describe(s: Speaker | None) -> str:
    """A speaker for people: the stated words, and whom they resolve to when that differs."""
    if s is None:
        return ""
    parts = [p for p in (s.name, s.title, s.organisation) if p]
    resolved = ", ".join(parts)
    return s.text if not parts or resolved.lower() == s.text.lower() else f"{s.text} ({resolved})"


def render_table(quotes: Iterable[Quote], out: TextIO) -> int:
    """Print a table of quotations per source; return how many were shown."""
    console = Console(file=out, width=max(100, Console(file=out).width), soft_wrap=False)
    total = 0
    for source, group in groupby(quotes, key=lambda q: q.source):
        table = Table(title=escape(source), title_justify="left")
        for name in ("line:col", "quoted words", "speaker"):
            table.add_column(name, overflow="fold")
        for q in group:
            words = q.words + ("" if q.closed else " (unclosed)")
            table.add_row(f"{q.line}:{q.column}", escape(words), escape(describe(q.speaker)))
            total += 1
        console.print(table)
    console.print(f"{total} quotation{'s' if total != 1 else ''}")
    return total


def render_json(quotes: Iterable[Quote], out: TextIO) -> int:
    """Write one JSON document, quote by quote; return how many were written."""
    return document(map(quote_record, quotes), "quotes", out)


def render_jsonl(quotes: Iterable[Quote], out: TextIO) -> int:
    """Write one JSON object per quotation per line; return how many were written."""
    return lines(map(quote_record, quotes), out)
