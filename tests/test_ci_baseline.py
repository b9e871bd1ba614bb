"""Baselines: only findings new since an earlier run, matched by fingerprints that survive moved text and paths
written another way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.ci import paths
from checker.cli import app
from checker.exitcodes import ExitCode

runner = CliRunner()
A = "Data show Instagram had 33 percent of cases.\n"
B = "Data show Instagram had 32% of cases.\n"
NEW = "\nThe council said admissions rose by 20% from 2,400 to 3,100 over the summer.\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository holding two reports that disagree, the working folder at its root."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "articles" / "b.txt").write_text(B, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["check", "--no-config", "--one-story", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def _prints(*args: str) -> list[str]:
    return [f["fingerprint"] for f in json.loads(_run("-f", "json", *args)[1])["findings"]]


@pytest.mark.parametrize("where", ["articles/{}", "./articles/{}", "{root}/articles/{}", "articles/../articles/{}"])
def test_a_fingerprint_does_not_depend_on_how_the_path_is_written(project: Path, where: str) -> None:
    written = [where.format(name, root=project) for name in ("a.txt", "b.txt")]
    assert _prints(*written) == _prints("articles/a.txt", "articles/b.txt") != []


def test_a_fingerprint_does_not_depend_on_the_working_folder(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _prints("articles/a.txt", "articles/b.txt")
    monkeypatch.chdir(project / "articles")
    assert _prints("a.txt", "b.txt") == before


@pytest.mark.parametrize("key", [("articles/a.txt", "articles/a.txt"), ("./c.jsonl#7", "c.jsonl#7"), ("<stdin>", "<stdin>")])
def test_source_keys(project: Path, key: tuple[str, str]) -> None:
    assert paths.source_key(key[0]) == key[1]


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_a_baseline_hides_old_findings_even_when_the_text_moves(project: Path, fmt: str) -> None:
    code, stdout, _ = _run("-f", fmt, "articles/a.txt", "articles/b.txt")
    assert code == ExitCode.FINDINGS
    (project / "old.json").write_text(stdout, encoding="utf-8")
    # the copy is edited: paragraphs above, the sentence reflowed over two lines
    (project / "articles" / "b.txt").write_text("A new opening.\n\nData show Instagram had\n32% of cases.\n", encoding="utf-8")
    code, stdout, _ = _run("-f", "json", "--baseline", "old.json", "./articles/a.txt", "articles/b.txt")
    assert (code, json.loads(stdout)["findings"]) == (ExitCode.OK, [])
    (project / "articles" / "b.txt").write_text(B + NEW, encoding="utf-8")  # a new slip
    code, stdout, _ = _run("-f", "json", "--baseline", "old.json", "articles/a.txt", "articles/b.txt")
    assert (code, [f["rule"] for f in json.loads(stdout)["findings"]]) == (ExitCode.FINDINGS, ["builtin.change"])


def test_write_baseline_writes_every_finding(project: Path) -> None:
    code, stdout, _ = _run("--write-baseline", "base.json", "articles/a.txt", "articles/b.txt")
    assert code == ExitCode.FINDINGS and "builtin.agree" in stdout
    written = json.loads((project / "base.json").read_text(encoding="utf-8"))
    assert [f["rule"] for f in written["findings"]] == ["builtin.agree"]
    code, _, _ = _run("--baseline", "base.json", "--write-baseline", "again.json", "articles/a.txt", "articles/b.txt")
    assert code == ExitCode.OK  # the baseline excuses it, and the new baseline still holds it
    assert json.loads((project / "again.json").read_text(encoding="utf-8")) == written


def test_a_fingerprint_in_the_baseline_once_excuses_one_finding(project: Path) -> None:
    code, stdout, _ = _run("-f", "json", "articles/a.txt", "articles/b.txt")
    data = json.loads(stdout)
    data["findings"] = []
    (project / "empty.json").write_text(json.dumps(data), encoding="utf-8")
    assert _run("--baseline", "empty.json", "articles/a.txt", "articles/b.txt")[0] == ExitCode.FINDINGS


@pytest.mark.parametrize(("content", "message"), [
    (None, "cannot read baseline (No such file or directory)"),
    ("{", "baseline is not JSON ("),
    ('{"version": 1}', "not a baseline: expected the output of `crosscheck check -f json` or `-f sarif`"),
    ('{"runs": 3}', "not a baseline"),
    ("[1, 2]", "not a baseline"),
])
def test_a_bad_baseline_is_one_line(project: Path, content: str | None, message: str) -> None:
    if content is not None:
        (project / "bad.json").write_text(content, encoding="utf-8")
    code, stdout, stderr = _run("--baseline", "bad.json", "articles/a.txt", "articles/b.txt")
    assert (code, stdout) == (ExitCode.INPUT_ERROR, "")
    assert stderr.startswith(f"crosscheck: error: bad.json: {message}") and stderr.count("\n") == 1, stderr


@pytest.mark.parametrize("target", ["articles/a.txt", "old.json"])
def test_write_baseline_never_writes_over_an_input(project: Path, target: str) -> None:
    (project / "old.json").write_text('{"version": 1, "findings": []}', encoding="utf-8")
    before = (project / target).read_bytes()
    code, _, stderr = _run("--baseline", "old.json", "--write-baseline", target, "articles/a.txt", "articles/b.txt")
    assert (code, (project / target).read_bytes()) == (ExitCode.INPUT_ERROR, before)
    assert stderr.startswith(f"crosscheck: error: {target}: is an input of this run"), stderr
