"""Claims as rich tables, one per source, for an editor to read."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from checker.meaning.dates import clock, clock_words
from checker.model import Claim, fmt_number


def describe(c: Claim) -> str:
    """The value and what it allows: '33 percent [32.5, 33.5)'."""
    if c.value is None:
        details = dict(c.details)
        told = clock(c)
        if told is not None:
            return f"{details['clock']} [{clock_words(*told)}]"
        first, last = details.get("first"), details.get("last")
        if first and last:
            return f"{first} to {last}" if first != last else str(first)
        return "unresolved"
    unit = f" {c.unit}" if c.unit else ""
    return f"{fmt_number(c.value)}{unit} {c.interval.notation()}"


def render(claims: Iterable[Claim], out: TextIO) -> int:
    """Print a table of claims per source; return how many claims were shown."""
    console = Console(file=out, width=max(100, Console(file=out).width), soft_wrap=False)
    total = 0
    for source, group in groupby(claims, key=lambda c: c.source):
        table = Table(title=escape(source), title_justify="left", show_lines=False)
        for name in ("line:col", "kind", "text", "value (allows)", "subject"):
            table.add_column(name, overflow="fold")
        for c in group:
            table.add_row(f"{c.line}:{c.column}", c.kind, escape(c.text), escape(describe(c)), escape(c.subject or ""))
            total += 1
        console.print(table)
    console.print(f"{total} claim{'s' if total != 1 else ''}")
    return total
