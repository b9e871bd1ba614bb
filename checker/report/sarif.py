"""Findings as SARIF 2.1.0: each rule listed once, the other sources as related locations."""

from __future__ import annotations

import json
import re
from typing import Any, TextIO
from urllib.parse import quote

from checker import __version__
from checker.model import Finding, Location, Severity, Source

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


_JSONL_ARTICLE = re.compile(r"(?P<file>.*?\.jsonl)#(?P<id>.*)", re.I | re.S)  # 'corpus.jsonl#17'; not 'report#1.txt'


def _location(loc: Location, index: int | None = None) -> dict[str, Any]:
    article = _JSONL_ARTICLE.fullmatch(loc.path)
    out: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": quote(article["file"] if article else loc.path)},
            "region": {"startLine": loc.line, "startColumn": loc.column, "endLine": loc.end_line,
                       "endColumn": loc.end_column, "snippet": {"text": loc.text}},
        }
    }
    if index is not None:
        out["id"] = index
    if article:
        out["logicalLocations"] = [{"name": article["id"], "kind": "article"}]
    return out


def render(findings: list[Finding], sources: dict[str, Source], out: TextIO, descriptions: dict[str, str] | None = None) -> None:
    """Write one SARIF log with a single run."""
    descriptions = descriptions or {}
    rule_ids = sorted({f.rule for f in findings})
    index = {rule: i for i, rule in enumerate(rule_ids)}
    rules = [{"id": r, "shortDescription": {"text": descriptions.get(r) or r}} for r in rule_ids]
    results = []
    for f in findings:
        result: dict[str, Any] = {
            "ruleId": f.rule, "ruleIndex": index[f.rule], "level": LEVELS[f.severity],
            "message": {"text": f"{f.message}. {f.evidence}"},
            "locations": [_location(f.locations[0])],
            "partialFingerprints": {"crosscheck/v1": f.fingerprint},
        }
        if f.story is not None:
            result["properties"] = {"story": f.story}
        if len(f.locations) > 1:
            result["relatedLocations"] = [_location(loc, i) for i, loc in enumerate(f.locations[1:], start=1)]
        results.append(result)
    log = {
        "$schema": SCHEMA, "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "crosscheck", "version": __version__,
                                      "informationUri": "https://github.com/crosscheck/crosscheck", "rules": rules}},
                  "results": results}],
    }
    json.dump(log, out, ensure_ascii=False, indent=1)
    out.write("\n")
