"""Rule files: every problem of every file told at once, one line each, exit 3; the shipped JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from checker.ci import schema
from checker.cli import app
from checker.exitcodes import ExitCode
from tests.conftest import ROOT

runner = CliRunner()
SHIPPED = ROOT / "schemas" / "rule-file.schema.json"
ONE = "quantities:\n  a:\n    kind: percent\n"
# three problems in one file: a quantity's key, a check's quantity, another check's severity
THREE = ONE + "    colour: red\n  b:\n    kind: pct\nchecks:\n  c:\n    agree: zed\n  d:\n    agree: a\n    severity: fatal\n  e:\n    agree: b\n"


def _validate(*paths: Path) -> tuple[int, str, list[str]]:
    result = runner.invoke(app, ["rules", "validate", *map(str, paths)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr.splitlines()


def test_every_problem_of_a_file_is_told(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(THREE, encoding="utf-8")
    code, stdout, errors = _validate(path)
    assert (code, stdout) == (ExitCode.RULE_ERROR, "")
    assert errors == [
        f"crosscheck: error: {path}:4:5: unknown key 'colour' in quantity 'a' (expected one of: {', '.join(__import__('checker.rules', fromlist=['x']).SELECTOR_KEYS)})",
        f"crosscheck: error: {path}:6:11: unknown claim kind 'pct' (expected one of: count, percent, ratio, range, money, age, duration, date, period, time, change, multiplier, measure)",
        f"crosscheck: error: {path}:9:12: agree: unknown quantity 'zed' (quantities: a, b)",
        f"crosscheck: error: {path}:12:15: unknown severity 'fatal' (expected error, warning or info)",
    ]  # 'e' names 'b', whose problem is told once, at 'b'


def test_every_file_is_read(tmp_path: Path) -> None:
    bad = [tmp_path / f"{n}.yaml" for n in "abc"]
    bad[0].write_text(ONE + "checks:\n  c:\n    agree: zed\n", encoding="utf-8")
    bad[1].write_text("pack: [\n", encoding="utf-8")
    bad[2].write_text(ONE + "checks:\n  c:\n    agree: a\n", encoding="utf-8")  # valid
    code, _, errors = _validate(*bad, tmp_path / "missing.yaml")
    assert code == ExitCode.RULE_ERROR
    assert [e.split(": ")[2].rsplit("/", 1)[-1] for e in errors] == ["missing.yaml", "a.yaml:6:12", "b.yaml:2:1"]  # paths first, then each file


def test_check_tells_every_problem_too(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(THREE, encoding="utf-8")
    (tmp_path / "a.txt").write_text("It rose 4%.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--no-config", "--rules", str(tmp_path / "p.yaml"), str(tmp_path / "a.txt")])
    assert (result.exit_code, len(result.stderr.splitlines()), result.stdout) == (ExitCode.RULE_ERROR, 4, "")


def test_the_shipped_schema_is_the_one_the_code_makes() -> None:
    assert SHIPPED.read_text(encoding="utf-8") == schema.text(), "run: python -c 'from checker.ci import schema; print(schema.text(), end=\"\")' > schemas/rule-file.schema.json"
    jsonschema.Draft7Validator.check_schema(json.loads(SHIPPED.read_text(encoding="utf-8")))


def _errors(document: Any) -> list[str]:
    validator = jsonschema.Draft7Validator(json.loads(SHIPPED.read_text(encoding="utf-8")))
    return [e.message for e in validator.iter_errors(document)]


def test_the_seed_packs_meet_the_schema() -> None:
    for path in sorted((ROOT / "rules").glob("*.yaml")):
        assert _errors(yaml.safe_load(path.read_text(encoding="utf-8"))) == [], path


@pytest.mark.parametrize("text", [
    ONE + "    colour: red\nchecks:\n  c:\n    agree: a\n",  # unknown key in a quantity
    ONE + "checks:\n  c:\n    agree: a\n    expect: a == 1\n",  # two kinds
    ONE + "checks:\n  c:\n    message: Hi\n",  # no kind
    ONE + "checks:\n  c:\n    agree: a\n    severity: fatal\n",
    "quantities:\n  a:\n    kind: percentage\nchecks:\n  c:\n    agree: a\n",
    "quantities:\n  a:\n    description: every figure\nchecks:\n  c:\n    agree: a\n",  # selects everything
    ONE,  # no checks
    "pack: two.words\n" + ONE + "checks:\n  c:\n    agree: a\n",
    ONE + "checks:\n  c:\n    expect: a <= 1\n    edge: error\n",
])
def test_the_schema_refuses_what_validate_refuses(tmp_path: Path, text: str) -> None:
    assert _errors(yaml.safe_load(text))
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    assert _validate(path)[0] == ExitCode.RULE_ERROR
