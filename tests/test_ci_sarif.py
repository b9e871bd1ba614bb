"""SARIF as GitHub code scanning takes it: valid against the schema with awkward names, paths relative to
%SRCROOT%, UTF-16 columns, rules with their words, JSON Lines articles at their line of the corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.exitcodes import ExitCode
from tests.conftest import ROOT, SEEDS

runner = CliRunner()
SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
A = "Data show Instagram had 33 percent of cases.\n"
B = "Data show Instagram had 32% of cases.\n"
pytestmark = pytest.mark.skipif(not SCHEMA.exists(), reason="the SARIF schema is not beside the project")


def _valid(log: dict[str, Any]) -> dict[str, Any]:
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")), format_checker=jsonschema.FormatChecker())
    run: dict[str, Any] = log["runs"][0]
    return run


def _sarif(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], *args: str) -> dict[str, Any]:
    (tmp_path / ".git").mkdir(parents=True, exist_ok=True)
    monkeypatch.chdir(tmp_path)
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["check", "--no-config", "--one-story", "-f", "sarif", *(args or files)])
    assert result.exit_code == ExitCode.FINDINGS, result.stderr
    return _valid(json.loads(result.stdout))


def _uris(run: dict[str, Any]) -> list[str]:
    return sorted(loc["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
                  for loc in r["locations"] + r.get("relatedLocations", []))


def test_the_seed_story_validates() -> None:
    result = runner.invoke(app, ["check", "-f", "sarif", str(SEEDS)])
    run = _valid(json.loads(result.stdout))
    assert run["results"] and run["columnKind"] == "utf16CodeUnits"
    assert all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%" for r in run["results"])
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == ROOT.as_uri() + "/"


@pytest.mark.parametrize(("names", "uris"), [
    (["a report.md", "b.md"], ["a%20report.md", "b.md"]),
    (["a:b.md", "b.md"], ["a%3Ab.md", "b.md"]),
    (["desk/#1.md", "b.md"], ["b.md", "desk/%231.md"]),
    (["café/Zürich report.md", "b.md"], ["b.md", "caf%C3%A9/Z%C3%BCrich%20report.md"]),
    (["100%.md", "b.md"], ["100%25.md", "b.md"]),
])
def test_awkward_names_validate_and_are_encoded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, names: list[str],
                                               uris: list[str]) -> None:
    run = _sarif(tmp_path, monkeypatch, dict(zip(names, [A, B])))
    assert _uris(run) == uris


def test_paths_are_relative_to_the_repository_root_however_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"desk/a.md": A, "desk/b.md": B}
    typed = _sarif(tmp_path, monkeypatch, files, "./desk/a.md", str(tmp_path / "desk" / "b.md"))
    monkeypatch.chdir(tmp_path / "desk")
    below = _valid(json.loads(runner.invoke(app, ["check", "--no-config", "--one-story", "-f", "sarif", "a.md", "../desk/b.md"]).stdout))
    assert _uris(typed) == _uris(below) == ["desk/a.md", "desk/b.md"]


def test_a_file_outside_the_root_is_a_file_uri(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "outside.md").write_text(A, encoding="utf-8")
    run = _sarif(tmp_path / "repo", monkeypatch, {"b.md": B}, "../outside.md", "b.md")
    located = {loc["physicalLocation"]["artifactLocation"]["uri"]: loc["physicalLocation"]["artifactLocation"]
               for r in run["results"] for loc in r["locations"] + r.get("relatedLocations", [])}
    assert located[(tmp_path / "outside.md").as_uri()] == {"uri": (tmp_path / "outside.md").as_uri()}
    assert located["b.md"] == {"uri": "b.md", "uriBaseId": "%SRCROOT%"}


@pytest.mark.parametrize(("prefix", "shift"), [("", 0), ("é ", 0), ("🙂 ", 1), ("🙂🙂 ", 2), ("\u200b", 0)])
def test_columns_are_utf16_code_units(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prefix: str, shift: int) -> None:
    run = _sarif(tmp_path, monkeypatch, {"a.md": A, "b.md": prefix + B})
    regions = [loc["physicalLocation"]["region"] for r in run["results"] for loc in r["locations"] + r.get("relatedLocations", [])
               if loc["physicalLocation"]["artifactLocation"]["uri"] == "b.md"]
    column = len(prefix) + B.index("32%") + 1
    assert [(g["startColumn"], g["endColumn"]) for g in regions] == [(column + shift, column + shift + 3)]


def test_json_lines_articles_are_at_their_line_of_the_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = "\n".join(json.dumps(r) for r in [{"id": "x#1", "text": "Intro.\n\n" + A}, {"id": 2, "text": B}]) + "\n"
    run = _sarif(tmp_path, monkeypatch, {"c.jsonl": "\n" + corpus})
    places = sorted((loc["physicalLocation"]["region"]["startLine"], loc["logicalLocations"][0]["name"],
                     loc["logicalLocations"][0]["properties"]["line"])
                    for r in run["results"] for loc in r["locations"] + r.get("relatedLocations", []))
    assert places == [(2, "x#1", 3), (3, "2", 1)]


def test_a_corpus_with_an_awkward_name_and_ids_validates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [{"id": "desk #1: Zürich", "text": A}, {"id": "b c", "text": B}])
    run = _sarif(tmp_path, monkeypatch, {"wire copy/feed #2: café.jsonl": corpus})
    assert _uris(run) == ["wire%20copy/feed%20%232%3A%20caf%C3%A9.jsonl"] * 2
    names = sorted(loc["logicalLocations"][0]["name"] for r in run["results"] for loc in r["locations"] + r.get("relatedLocations", []))
    assert names == ["b c", "desk #1: Zürich"]


def test_rules_carry_what_code_scanning_asks_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run = _sarif(tmp_path, monkeypatch, {"a.md": A, "b.md": B})
    [rule] = run["tool"]["driver"]["rules"]
    assert rule["id"] == "builtin.agree" and rule["shortDescription"]["text"].startswith("Two sources give this figure differently")
    assert "Cross-source alignment" in rule["fullDescription"]["text"]
    assert rule["help"]["text"] and rule["help"]["markdown"].startswith("**Two sources")
    assert rule["defaultConfiguration"] == {"level": "error"}
    assert rule["properties"]["precision"] == "medium" and rule["properties"]["problem.severity"] == "error"
    assert "informationUri" not in run["tool"]["driver"]


def test_pack_rules_carry_their_message_and_description(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack = ("pack: desk\nquantities:\n  share:\n    kind: percent\nchecks:\n  share-agrees:\n    agree: share\n"
            "    severity: warning\n    message: The share must agree\n    description: Both reports quote one survey\n")
    (tmp_path / "desk.yaml").write_text(pack, encoding="utf-8")
    run = _sarif(tmp_path, monkeypatch, {"a.md": A, "b.md": B}, "a.md", "b.md", "--rules", str(tmp_path / "desk.yaml"), "--no-builtin",
                 "--fail-on", "warning")
    [rule] = run["tool"]["driver"]["rules"]
    assert (rule["shortDescription"]["text"], rule["fullDescription"]["text"]) == ("The share must agree", "Both reports quote one survey")
    assert rule["defaultConfiguration"] == {"level": "warning"} and rule["properties"]["problem.severity"] == "warning"


def test_related_locations_are_linked_from_the_message_and_brackets_escaped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run = _sarif(tmp_path, monkeypatch, {"a.md": A, "b.md": B})
    [result] = run["results"]
    text = result["message"]["text"]
    assert text.endswith(f"Also in: [{result['relatedLocations'][0]['message']['text']}](1).")
    assert "\\[" in text  # an interval's '[' is not a link
