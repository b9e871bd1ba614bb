"""Outputs that were wrong or misleading: SARIF locations, paths with line breaks, late NUL bytes, configuration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app

runner = CliRunner()
ONE, OTHER = "Data show Instagram had 33 percent of cases.\n", "Data show Instagram had 32% of cases.\n"


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str | bytes], args: list[str]) -> tuple[int, str, str]:
    monkeypatch.chdir(tmp_path)
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    result = runner.invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("files", "uris", "articles"), [
    ({"report#1.txt": ONE, "b.txt": OTHER}, ["b.txt", "report%231.txt"], []),
    ({"a report.txt": ONE, "b.txt": OTHER}, ["a%20report.txt", "b.txt"], []),
    ({"c.jsonl": json.dumps({"id": "x#1", "text": ONE}) + "\n" + json.dumps({"id": 2, "text": OTHER}) + "\n"},
     ["c.jsonl", "c.jsonl"], ["2", "x#1"]),
])
def test_sarif_locations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str | bytes], uris: list[str],
                         articles: list[str]) -> None:
    code, stdout, _ = _run(tmp_path, monkeypatch, files, ["check", "--no-config", "--one-story", "-f", "sarif", *files])
    result = json.loads(stdout)["runs"][0]["results"][0]
    locations = result["locations"] + result.get("relatedLocations", [])
    assert code == 1
    assert sorted(loc["physicalLocation"]["artifactLocation"]["uri"] for loc in locations) == uris
    assert sorted(name["name"] for loc in locations for name in loc.get("logicalLocations", [])) == articles


@pytest.mark.parametrize(("name", "shown"), [
    ("a\nb.txt", "a\\nb.txt"),
    ("a\rb.txt", "a\\rb.txt"),
    ("a\x1b[31mb.txt", "a\\x1b[31mb.txt"),
])
def test_a_path_with_a_line_break_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, shown: str) -> None:
    code, _, stderr = _run(tmp_path, monkeypatch, {name: b"\x00"}, ["claims", name])
    assert (code, stderr) == (2, f"crosscheck: error: {shown}: binary file, not text\n")


@pytest.mark.parametrize("at", [0, 8191, 8192, 100_000])
def test_a_nul_byte_anywhere_is_binary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, at: int) -> None:
    data = (b"The council recorded 41 cases. " * 4000)[:at] + b"\x00 and more."
    code, _, stderr = _run(tmp_path, monkeypatch, {"a.txt": data}, ["claims", "a.txt"])
    assert (code, stderr) == (2, "crosscheck: error: a.txt: binary file, not text\n")


def test_a_configuration_that_is_a_folder_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "crosscheck.toml").mkdir()
    code, stdout, stderr = _run(tmp_path, monkeypatch, {"a.txt": ONE, "b.txt": OTHER}, ["check", "a.txt", "b.txt"])
    assert (code, stdout, stderr) == (2, "", f"crosscheck: error: {tmp_path}/crosscheck.toml: not a regular file\n")


@pytest.mark.parametrize(("repository", "code", "note"), [
    (False, 0, "crosscheck: note: configuration from {tmp}/crosscheck.toml\n"),  # no repository: the file above applies
    (True, 1, ""),  # the repository's root is as high as crosscheck looks
])
def test_configuration_stops_at_the_repository_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repository: bool,
                                                    code: int, note: str) -> None:
    (tmp_path / "crosscheck.toml").write_text('disable = ["builtin"]\n', encoding="utf-8")  # a stray file silencing all
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)  # a repository whose root is `project`...
    if not repository:
        (project / ".git").rmdir()  # ...or a plain folder
    got, _, stderr = _run(project, monkeypatch, {"a.txt": ONE, "b.txt": OTHER}, ["check", "--one-story", "a.txt", "b.txt"])
    assert (got, stderr) == (code, note.format(tmp=tmp_path))
