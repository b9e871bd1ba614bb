"""Findings as SARIF 2.1.0, as GitHub code scanning takes it: each rule listed once with its words,
paths relative to the project root (`%SRCROOT%`), columns in UTF-16 code units, the other sources
as related locations linked from the message, suppressed findings kept with their reason."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TextIO

from checker import __version__
from checker.ci import paths
from checker.ci.baseline import SARIF_KEY
from checker.model import Finding, Location, Severity, Source

if TYPE_CHECKING:
    from checker.ci.catalogue import Rule

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
PROBLEM = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "recommendation"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
ROOT = "%SRCROOT%"
_LINK_SYNTAX = re.compile(r"[\\\[\]]")


def _plain(text: str) -> str:
    """Message text with SARIF's link syntax escaped, so '[31.5%, 32.5%)' is not read as a link."""
    return _LINK_SYNTAX.sub(lambda m: "\\" + m[0], text)


def _utf16(line: str, column: int) -> int:
    """A 1-based column counted in code points, counted in UTF-16 code units."""
    before = line[: column - 1]
    return column + sum(1 for ch in before if ord(ch) > 0xFFFF)


def _line_text(source: Source, line: int) -> str:
    starts = source.line_starts
    if not 1 <= line <= len(starts):
        return ""
    return source.text[starts[line - 1] : starts[line] if line < len(starts) else len(source.text)]


def _region(loc: Location, source: Source | None) -> dict[str, Any] | None:
    """Where the words are in their file: columns in UTF-16; a JSON Lines article's line of the corpus, no columns."""
    if source is not None and source.file_line is not None:
        return {"startLine": source.file_line}
    if source is None and paths.split(loc.path)[1] is not None:
        return None
    first = _line_text(source, loc.line) if source else ""
    last = _line_text(source, loc.end_line) if source else ""
    return {"startLine": loc.line, "startColumn": _utf16(first, loc.column), "endLine": loc.end_line,
            "endColumn": _utf16(last, loc.end_column), "snippet": {"text": loc.text}}


def _location(loc: Location, sources: Mapping[str, Source], index: int | None = None) -> dict[str, Any]:
    file, article = paths.split(loc.path)
    artifact: dict[str, Any] = {"uri": paths.uri(file)}
    if paths.relative(file) is not None:
        artifact["uriBaseId"] = ROOT
    physical: dict[str, Any] = {"artifactLocation": artifact}
    region = _region(loc, sources.get(loc.path))
    if region is not None:
        physical["region"] = region
    out: dict[str, Any] = {"physicalLocation": physical}
    if index is not None:
        out["id"] = index
        out["message"] = {"text": _plain(loc.text)}
    if article is not None:
        out["logicalLocations"] = [{"name": article, "fullyQualifiedName": f"{file}#{article}", "kind": "article",
                                    "properties": {"line": loc.line, "column": loc.column}}]
    return out


def _message(f: Finding) -> str:
    text = _plain(f"{f.message}. {f.evidence}")
    if len(f.locations) > 1:
        links = ", ".join(f"[{_plain(loc.text)}]({i})" for i, loc in enumerate(f.locations[1:], start=1))
        text += f" Also in: {links}."
    return text


def _rule(rule: str, info: Rule | None, severity: Severity) -> dict[str, Any]:
    """One rule as code scanning wants it: short and full description, help in text and Markdown, level, precision."""
    short = info.message if info else rule
    full = info.description if info else short
    level = info.severity if info else severity
    return {
        "id": rule, "name": rule,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": f"{short}\n\n{full}", "markdown": f"**{short}**\n\n{full}\n\nRule id: `{rule}`."},
        "defaultConfiguration": {"level": LEVELS[level]},
        "properties": {"precision": info.precision if info else "medium", "problem.severity": PROBLEM[level],
                       "tags": [rule.split(".")[0]]},
    }


def _result(f: Finding, index: int, sources: Mapping[str, Source]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": f.rule, "ruleIndex": index, "level": LEVELS[f.severity],
        "message": {"text": _message(f)},
        "locations": [_location(f.locations[0], sources)],
        "partialFingerprints": {SARIF_KEY: f.fingerprint},
    }
    if len(f.locations) > 1:
        result["relatedLocations"] = [_location(loc, sources, i) for i, loc in enumerate(f.locations[1:], start=1)]
    if f.suppressed is not None:
        result["suppressions"] = [{"kind": "inSource", "justification": f.suppressed}]
    if f.story is not None:
        result["properties"] = {"story": f.story}
    return result


def render(findings: list[Finding], sources: dict[str, Source], out: TextIO, rules: Mapping[str, Rule] | None = None) -> None:
    """Write one SARIF log with a single run; suppressed findings are kept, marked with their reason."""
    rules = rules or {}
    severities = {f.rule: f.severity for f in findings}
    rule_ids = sorted(severities)
    index = {rule: i for i, rule in enumerate(rule_ids)}
    log = {
        "$schema": SCHEMA, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "crosscheck", "version": __version__, "semanticVersion": __version__,
                                "rules": [_rule(r, rules.get(r), severities[r]) for r in rule_ids]}},
            "originalUriBaseIds": {ROOT: {"uri": paths.root_uri()}},
            "columnKind": "utf16CodeUnits",
            "results": [_result(f, index[f.rule], sources) for f in findings],
        }],
    }
    json.dump(log, out, ensure_ascii=False, indent=1)
    out.write("\n")
