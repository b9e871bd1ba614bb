"""Findings for people: like a compiler's diagnostics, every source's line with its figure marked."""

from __future__ import annotations

from collections import Counter
from itertools import groupby
from typing import TextIO

from rich.console import Console
from rich.text import Text

from checker.model import Finding, Location, Severity, Source
from checker.report.output import one_line

CONTEXT = 60  # characters of the line shown either side of the figure
STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold blue"}


def _line(loc: Location, sources: dict[str, Source]) -> Text | None:
    source = sources.get(loc.path)
    if source is None or loc.line > len(source.line_starts):
        return None
    start = source.line_starts[loc.line - 1]
    end = source.line_starts[loc.line] if loc.line < len(source.line_starts) else len(source.text)
    raw = source.text[start:end].rstrip("\r\n")
    a, b = loc.column - 1, min(len(raw), loc.column - 1 + len(loc.text))
    left, right = max(0, a - CONTEXT), min(len(raw), b + CONTEXT)
    text = Text(f"{loc.line:>5} | ")
    text.append(("…" if left else "") + raw[left:a])
    text.append(raw[a:b], style="bold reverse")
    text.append(raw[b:right] + ("…" if right < len(raw) else ""))
    return text


def render(findings: list[Finding], sources: dict[str, Source], out: TextIO) -> None:
    """Print findings grouped by rule, sorted by position, and a summary line (suppressed ones only counted)."""
    suppressed = sum(f.suppressed is not None for f in findings)
    findings = [f for f in findings if f.suppressed is None]
    console = Console(file=out, width=max(100, Console(file=out).width), soft_wrap=True, highlight=False)
    ordered = sorted(findings, key=lambda f: (f.rule, f.sort_key))
    for rule, group in groupby(ordered, key=lambda f: f.rule):
        for f in group:
            head = Text()
            head.append(f"{f.severity}", style=STYLES[f.severity])
            head.append(f"[{rule}]: ", style="bold")
            head.append(f.message)
            console.print(head)
            for loc in f.locations:
                console.print(Text(f"  --> {one_line(loc.path)}:{loc.line}:{loc.column}", style="cyan"))
                line = _line(loc, sources)
                if line is not None:
                    console.print(line)
            console.print(Text(f"  = {f.evidence}", style="dim"))
            if f.story is not None:
                console.print(Text(f"  = story: {f.story}", style="dim"))
            console.print()
    counts = Counter(f.severity for f in findings)
    parts = ", ".join(f"{counts[s]} {s}" for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
    noun = "finding" if len(findings) == 1 else "findings"
    hidden = f"; {suppressed} suppressed" if suppressed else ""
    console.print(f"{len(findings)} {noun} ({parts}{hidden}) in {len(sources)} source{'s' if len(sources) != 1 else ''}")
