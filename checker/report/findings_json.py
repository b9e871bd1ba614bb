"""Findings as JSON: {"version": 1, "findings": [...]}, the documented schema."""

from __future__ import annotations

import json
from typing import Any, TextIO

from checker.model import Finding, Source

SCHEMA_VERSION = 1


def record(f: Finding) -> dict[str, Any]:
    """One finding as a JSON object."""
    return {
        "rule": f.rule, "severity": str(f.severity), "message": f.message,
        "locations": [{"path": loc.path, "line": loc.line, "column": loc.column, "end_line": loc.end_line,
                       "end_column": loc.end_column, "text": loc.text} for loc in f.locations],
        "evidence": f.evidence, "fingerprint": f.fingerprint, "story": f.story,
    }


def render(findings: list[Finding], sources: dict[str, Source], out: TextIO) -> None:
    """Write the findings as one JSON document (suppressed ones left out)."""
    json.dump({"version": SCHEMA_VERSION, "findings": [record(f) for f in findings if f.suppressed is None]}, out, ensure_ascii=False, indent=1)
    out.write("\n")
