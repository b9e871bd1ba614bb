"""No traceback on any input: every failure is one line with its documented exit code."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from tests.conftest import SEEDS

runner = CliRunner()


def _invoke(args: list[str]) -> tuple[int, str]:
    result = runner.invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr


@pytest.mark.parametrize("target", ["missing-dir/x.json", "."])
def test_check_output_that_cannot_be_written(tmp_path: Path, target: str) -> None:
    code, err = _invoke(["check", str(SEEDS), "--no-config", "-o", str(tmp_path / target)])
    assert code == 2 and len(err.splitlines()) == 1 and "cannot write" in err


@pytest.mark.parametrize("value", ["nan", "inf", "0", "-1"])
def test_max_article_mb_must_be_a_positive_number(value: str) -> None:
    for command in (["claims"], ["check", "--no-config"]):
        code, err = _invoke([*command, str(SEEDS), "--max-article-mb", value])
        assert code == 2 and err.startswith("crosscheck: error: --max-article-mb: must be a positive number")


def test_explain_a_folder_of_packs(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.yaml").write_text(f"pack: {name}\nquantities:\n  q:\n    kind: percent\n    about: [Instagram]\n"
                                               "checks:\n  c:\n    agree: q\n", encoding="utf-8")
    code, _ = _invoke(["rules", "explain", str(tmp_path), str(SEEDS)])
    assert code == 0


@pytest.mark.parametrize("table", ['severity = "x"', "aliases = 3", "disable = 3", 'rules = 3'])
def test_bad_configuration_types(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, table: str) -> None:
    (tmp_path / "crosscheck.toml").write_text(table + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for args in (["check", str(SEEDS), "--config", str(tmp_path / "crosscheck.toml")], ["rules", "list"], ["rules", "explain", str(SEEDS), str(SEEDS)]):
        code, err = _invoke(args)
        assert code in (2, 3) and len(err.splitlines()) == 1, (args, err)


def test_pyproject_tool_that_is_not_a_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text("tool = 3\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _ = _invoke(["check", str(SEEDS)])
    assert code == 1  # no crosscheck table: zero configuration, and the seeds disagree


def test_duplicate_jsonl_ids_are_an_input_error(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": 1, "text": "Data show Instagram had 33 percent."}\n'
                      '{"id": 1, "text": "Data show Instagram had 32%."}\n', encoding="utf-8")
    code, err = _invoke(["check", str(corpus), "--no-config"])
    assert code == 2 and "a second article with this name" in err


def test_input_error_beats_findings(tmp_path: Path) -> None:
    code, err = _invoke(["check", str(SEEDS), str(tmp_path / "missing.txt"), "--no-config"])
    assert code == 2 and "no such file or directory" in err
