"""Reporters render findings: SARIF that validates, GitHub annotations, JSON, the terminal."""

from __future__ import annotations

import io
import json

import jsonschema
import pytest

from checker.model import Finding, Location, Severity, Source
from checker.report import FINDING_FORMATS, findings_json, github, sarif, terminal
from tests.conftest import ROOT

SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
A = Location("a.txt", 1, 9, 1, 12, "32%")
B = Location("c.jsonl#7", 2, 1, 2, 11, "33 percent")
FINDINGS = [
    Finding("builtin.agree", Severity.ERROR, "They differ", (A, B), 'evidence, with "quotes": 100%', "f" * 32, "kerch-azov"),
    Finding("nspcc.trend", Severity.INFO, "Trend, roughly", (B,), "2.5 to 3.5", "e" * 32),
]
SOURCES = {"a.txt": Source.build("a.txt", "It rose 32% in all.\nSecond line.\n")}


def _render(fmt: str) -> str:
    out = io.StringIO()
    FINDING_FORMATS[fmt](FINDINGS, SOURCES, out)
    return out.getvalue()


@pytest.mark.skipif(not SCHEMA.exists(), reason="the SARIF schema is not beside the project")
def test_sarif_validates_and_lists_each_rule_once() -> None:
    log = json.loads(_render("sarif"))
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")), format_checker=jsonschema.FormatChecker())
    run = log["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["builtin.agree", "nspcc.trend"]
    first = run["results"][0]
    assert (first["ruleIndex"], first["level"], first["partialFingerprints"]) == (0, "error", {"crosscheck/v1": "f" * 32})
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 1, "startColumn": 9, "endLine": 1, "endColumn": 12, "snippet": {"text": "32%"}}
    related = first["relatedLocations"][0]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "c.jsonl"
    assert [(n["name"], n["kind"]) for n in related["logicalLocations"]] == [("7", "article")]
    assert first["message"]["text"].endswith("Also in: [33 percent](1).")
    assert run["results"][1]["level"] == "note"
    assert first["properties"] == {"story": "kerch-azov"} and "properties" not in run["results"][1]


def test_github_annotations() -> None:
    assert _render("github").splitlines() == [
        '::error file=a.txt,line=1,col=9,endLine=1,endColumn=12,title=builtin.agree::They differ (story kerch-azov) [1 of 2] — evidence, with "quotes": 100%25',
        '::error file=c.jsonl,title=builtin.agree::They differ (story kerch-azov) [2 of 2] [article 7, line 2, column 1] — evidence, with "quotes": 100%25',
        "::notice file=c.jsonl,title=nspcc.trend::Trend, roughly [article 7, line 2, column 1] — 2.5 to 3.5",
    ]


def test_json_schema_fields() -> None:
    data = json.loads(_render("json"))
    assert data["version"] == findings_json.SCHEMA_VERSION == 1
    assert data["findings"][0] == {
        "rule": "builtin.agree", "severity": "error", "message": "They differ",
        "locations": [
            {"path": "a.txt", "line": 1, "column": 9, "end_line": 1, "end_column": 12, "text": "32%"},
            {"path": "c.jsonl#7", "line": 2, "column": 1, "end_line": 2, "end_column": 11, "text": "33 percent"},
        ],
        "evidence": 'evidence, with "quotes": 100%', "fingerprint": "f" * 32, "story": "kerch-azov",
    }
    assert data["findings"][1]["story"] is None


def test_terminal_marks_the_figure_in_its_line() -> None:
    text = _render("terminal")
    lines = text.splitlines()
    assert lines[0] == "error[builtin.agree]: They differ"
    assert lines[1] == "  --> a.txt:1:9"
    assert lines[2] == "    1 | It rose 32% in all."
    assert "  = story: kerch-azov" in lines and sum(line.startswith("  = story:") for line in lines) == 1
    assert lines[-1] == "2 findings (1 error, 0 warning, 1 info) in 1 source"


def test_reporters_only_render() -> None:
    for module in (terminal, findings_json, sarif, github):
        assert module.render.__doc__
        assert not [name for name in vars(module) if name in {"extract", "run", "align"}]
