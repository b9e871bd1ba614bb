"""Findings as GitHub Actions workflow commands (annotations on the changed files)."""

from __future__ import annotations

from typing import TextIO

from checker.model import Finding, Severity, Source

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape(text: str, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def render(findings: list[Finding], sources: dict[str, Source], out: TextIO) -> None:
    """One `::error file=...,line=...::message` line per finding, at its first location."""
    for f in findings:
        loc = f.locations[0]
        props = (f"file={_escape(loc.path, True)},line={loc.line},col={loc.column},"
                 f"endLine={loc.end_line},endColumn={loc.end_column},title={_escape(f.rule, True)}")
        story = f" (story {f.story})" if f.story is not None else ""
        out.write(f"::{LEVELS[f.severity]} {props}::{_escape(f.message + story + ' — ' + f.evidence)}\n")
