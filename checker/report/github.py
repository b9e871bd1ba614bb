"""Findings as GitHub Actions workflow commands: an annotation at every location of every finding."""

from __future__ import annotations

from typing import TextIO

from checker.ci import paths
from checker.model import Finding, Location, Severity, Source

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape(text: str, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def _place(loc: Location, sources: dict[str, Source]) -> tuple[str, str]:
    """The annotation's file properties, and words naming a JSON Lines article (annotated at its line of the corpus)."""
    file, article = paths.split(loc.path)
    shown = paths.relative(file) or file
    source = sources.get(loc.path)
    if article is not None:
        line = f",line={source.file_line}" if source is not None and source.file_line is not None else ""
        return f"file={_escape(shown, True)}{line}", f" [article {article}, line {loc.line}, column {loc.column}]"
    return (f"file={_escape(shown, True)},line={loc.line},col={loc.column},"
            f"endLine={loc.end_line},endColumn={loc.end_column}"), ""


def render(findings: list[Finding], sources: dict[str, Source], out: TextIO) -> None:
    """One `::error file=...,line=...::message` line per location of each finding (suppressed ones left out)."""
    for f in findings:
        if f.suppressed is not None:
            continue
        story = f" (story {f.story})" if f.story is not None else ""
        count = len(f.locations)
        for n, loc in enumerate(f.locations, start=1):
            props, article = _place(loc, sources)
            which = f" [{n} of {count}]" if count > 1 else ""
            message = f"{f.message}{story}{which}{article} — {f.evidence}"
            out.write(f"::{LEVELS[f.severity]} {props},title={_escape(f.rule, True)}::{_escape(message)}\n")
