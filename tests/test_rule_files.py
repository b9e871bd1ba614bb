"""Rule files through `crosscheck rules validate`, in-process: every problem one line at file:line:column."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.exitcodes import ExitCode

from tests.conftest import ROOT

runner = CliRunner()
SEED_PACK = ROOT / "rules" / "nspcc-grooming-2019.yaml"
ONE = "quantities:\n  a:\n    kind: percent\n"  # one declared quantity, 'a'
TWO = "quantities:\n  a:\n    kind: percent\n  b:\n    kind: percent\n"  # 'a' and 'b'

# (case, rule file, line, column, part of the message): the place is where the problem is written.
BAD = [
    ("unknown top-level key", "pack: p\nfoo: 1\n" + ONE + "checks:\n  c:\n    agree: a\n", 2, 1,
     "unknown key 'foo' in a rule file (expected one of: pack, description, sources, quantities, checks)"),
    ("unknown key in a quantity", ONE + "    colour: red\nchecks:\n  c:\n    agree: a\n", 4, 5,
     "unknown key 'colour' in quantity 'a'"),
    ("unknown key in a check", ONE + "checks:\n  c:\n    agree: a\n    colour: red\n", 7, 5,
     "unknown key 'colour' in check 'c' (expected one of: severity, message, description)"),
    ("YAML: a second ':' on a line", "quantities:\n  a:\n    kind: percent: count\n", 3, 18,
     "YAML error: mapping values are not allowed here"),
    ("YAML: a tab for indentation", "quantities:\n  a:\n\tkind: percent\n", 3, 1,
     "YAML error: found character '\\t' that cannot start any token"),
    ("YAML: an unterminated quote", 'quantities:\n  a:\n    subject: "grooming\nchecks: {}\n', 5, 1,
     "YAML error: found unexpected end of stream"),
    ("YAML: a control character", "pack: p\nchecks:\n  c: \x01\n", 3, 6,
     "YAML error: unacceptable character #x0001: special characters are not allowed"),
    ("bad expression", TWO + "checks:\n  c:\n    expect: a + * b\n", 8, 17,
     "expect: expected a number, a quantity or '(', found '*'"),
    ("bad expression, quoted", TWO + 'checks:\n  c:\n    expect: "a + * b"\n', 8, 18,
     "expect: expected a number, a quantity or '(', found '*'"),
    ("bad expression, folded block", TWO + "checks:\n  c:\n    expect: >-\n      a + * b\n", 9, 11,
     "expect: expected a number, a quantity or '(', found '*'"),
    ("bad expression, over two lines", TWO + "checks:\n  c:\n    expect: a + b\n      == * b\n", 9, 10,
     "expect: expected a number, a quantity or '(', found '*'"),
    ("expression ends too soon", ONE + "checks:\n  c:\n    expect: a ==\n", 6, 17, "expect: expression ends too soon"),
    ("expression nested too deeply", ONE + "checks:\n  c:\n    expect: " + "(" * 300 + "a" + ")" * 300 + " == 1\n",
     6, 113, "expect: expression is too long (more than 100 numbers, names and operators)"),
    ("expression with an unknown quantity", ONE + "checks:\n  c:\n    expect: a + zed == 1\n", 6, 17,
     "expect: unknown quantity 'zed' (quantities: a)"),
    ("unknown quantity in a literal block", ONE + "checks:\n  c:\n    expect: |\n      a +\n        zed == 1\n", 8, 9,
     "expect: unknown quantity 'zed'"),
    ("expect without a comparison", ONE + "checks:\n  c:\n    expect: a + 1\n", 6, 13,
     "expect needs a comparison (==, !=, <, <=, >, >=)"),
    ("agree: unknown quantity", ONE + "checks:\n  c:\n    agree: zed\n", 6, 12,
     "agree: unknown quantity 'zed' (quantities: a)"),
    ("agree: unknown quantity in a list", ONE + "checks:\n  c:\n    agree: [a, zed]\n", 6, 16,
     "agree: unknown quantity 'zed'"),
    ("agree: an empty list", ONE + "checks:\n  c:\n    agree: []\n", 6, 12, "agree needs a quantity or a list of quantities"),
    ("check with both agree and expect", ONE + "checks:\n  c:\n    agree: a\n    expect: a == 1\n", 6, 5,
     "check 'c' needs exactly one of 'agree', 'expect'"),
    ("check with neither agree nor expect", ONE + "checks:\n  c:\n    message: Hi\n", 6, 5,
     "check 'c' needs exactly one of 'agree', 'expect'"),
    ("unknown claim kind", "quantities:\n  a:\n    kind: percentage\nchecks:\n  c:\n    agree: a\n", 3, 11,
     "unknown claim kind 'percentage' (expected one of: count, percent,"),
    ("unknown claim kind in a list", "quantities:\n  a:\n    kind: [percent, pct]\nchecks:\n  c:\n    agree: a\n", 3, 21,
     "unknown claim kind 'pct'"),
    ("kinds of different measures", "quantities:\n  a:\n    kind: [percent, count]\nchecks:\n  c:\n    agree: a\n", 3, 21,
     "quantity 'a' mixes kinds that are never compared: percent (a share) and count (a count)"),
    ("kinds of different measures, a block list", "quantities:\n  a:\n    kind:\n      - ratio\n      - percent\n      - multiplier\n"
     "checks:\n  c:\n    agree: a\n", 6, 9, "quantity 'a' mixes kinds that are never compared: ratio (a share) and multiplier (a multiplier)"),
    ("a change and a share", "quantities:\n  a:\n    kind: [change, percent]\nchecks:\n  c:\n    agree: a\n", 3, 20,
     "quantity 'a' mixes kinds that are never compared: change (a change) and percent (a share)"),
    ("an age and a duration", "quantities:\n  a:\n    kind: [range, age, duration]\nchecks:\n  c:\n    agree: a\n", 3, 24,
     "quantity 'a' mixes kinds that are never compared: age (an age) and duration (a duration)"),
    ("a date and a count", "quantities:\n  a:\n    kind: [date, count]\nchecks:\n  c:\n    agree: a\n", 3, 18,
     "quantity 'a' mixes kinds that are never compared: date (a date) and count (a count)"),
    ("two currencies", "quantities:\n  fee:\n    kind: money\n    unit: [GBP, USD]\nchecks:\n  c:\n    agree: fee\n", 4, 17,
     "quantity 'fee' mixes units that are never compared: GBP (money in GBP) and USD (money in USD)"),
    ("per cent and percentage points", "quantities:\n  a:\n    kind: percent\n    unit: [percent, percentage_point]\n"
     "checks:\n  c:\n    agree: a\n", 4, 21,
     "quantity 'a' mixes units that are never compared: percent (a share) and percentage_point (percentage points)"),
    ("a length and a mass", "quantities:\n  a:\n    kind: measure\n    unit: [kilometre, mile, kilogram]\nchecks:\n  c:\n    agree: a\n",
     4, 29, "quantity 'a' mixes units that are never compared: kilometre (a length) and kilogram (a mass)"),
    ("invalid severity", ONE + "checks:\n  c:\n    agree: a\n    severity: fatal\n", 7, 15,
     "unknown severity 'fatal' (expected error, warning or info)"),
    ("invalid regular expression", ONE + '    text: "[0-9"\nchecks:\n  c:\n    agree: a\n', 4, 11,
     "invalid regular expression (unterminated character set at position 4)"),
    ("regular expression with clashing flags", ONE + '    text: "(?a)(?u)x"\nchecks:\n  c:\n    agree: a\n', 4, 11,
     "invalid regular expression (ASCII, LOCALE and UNICODE flags are mutually incompatible)"),
    ("regular expression nested too deeply", ONE + '    text: "' + "(" * 2000 + ")" * 2000 + '"\nchecks:\n  c:\n    agree: a\n',
     4, 11, "invalid regular expression (nested too deeply)"),
    ("duplicate quantity", TWO.replace("  b:", "  a:") + "checks:\n  c:\n    agree: a\n", 4, 3,
     "quantities: duplicate key 'a'"),
    ("duplicate top-level key", ONE + "checks:\n  c:\n    agree: a\nchecks: {}\n", 7, 1,
     "a rule file: duplicate key 'checks'"),
    ("empty file", "", 1, 1, "empty rule file (expected 'quantities' and 'checks')"),
    ("only a comment", "# nothing yet\n", 1, 1, "empty rule file"),
    ("quantity that selects everything", "quantities:\n  a:\n    description: every figure\nchecks:\n  c:\n    agree: a\n",
     3, 5, "quantity 'a' selects every claim"),
    ("edge: error", ONE + "checks:\n  c:\n    expect: a <= 100\n    edge: error\n", 7, 11,
     "edge must be info, warning or ignore: a relation that holds within rounding is never an error"),
    ("no checks", ONE, 1, 1, "a rule file needs 'checks'"),
]


def _validate(path: Path) -> tuple[int, str, str]:
    result = runner.invoke(app, ["rules", "validate", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _write(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "line", "column", "message"), [case[1:] for case in BAD], ids=[case[0] for case in BAD])
def test_bad_rule_file_is_one_line_at_its_place(tmp_path: Path, text: str, line: int, column: int, message: str) -> None:
    path = _write(tmp_path, text)
    code, stdout, stderr = _validate(path)
    assert code == ExitCode.RULE_ERROR
    assert stdout == ""
    assert stderr.endswith("\n") and stderr.count("\n") == 1, stderr
    prefix = f"crosscheck: error: {path}:{line}:{column}: "
    assert stderr.startswith(prefix), stderr
    assert message in stderr[len(prefix):], stderr


def test_yaml_nested_too_deeply_is_one_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "pack: " + "[" * 1000 + "]" * 1000 + "\n")
    code, stdout, stderr = _validate(path)
    assert (code, stdout, stderr) == (ExitCode.RULE_ERROR, "", f"crosscheck: error: {path}:1:70: YAML error: nested more than 64 levels deep\n")


def test_missing_rule_file_is_exit_3(tmp_path: Path) -> None:
    path = tmp_path / "missing.yaml"
    code, _, stderr = _validate(path)
    assert (code, stderr) == (ExitCode.RULE_ERROR, f"crosscheck: error: {path}: no such rule file\n")


def test_bad_rule_file_given_to_check_is_exit_3(tmp_path: Path) -> None:
    rules = _write(tmp_path, ONE + "checks:\n  c:\n    agree: zed\n")
    article = _write(tmp_path, "Instagram was used in 32% of cases.\n", "a.txt")
    result = runner.invoke(app, ["check", str(article), "--rules", str(rules), "--no-config"])
    assert result.exit_code == ExitCode.RULE_ERROR
    assert result.stderr == f"crosscheck: error: {rules}:6:12: agree: unknown quantity 'zed' (quantities: a)\n"


def test_minimal_pack_is_valid(tmp_path: Path) -> None:
    path = _write(tmp_path, "pack: mini\nquantities:\n  a:\n    kind: percent\n    about: [Instagram]\nchecks:\n  a-agrees:\n    agree: a\n")
    assert _validate(path) == (ExitCode.OK, f"{path}: ok (1 quantities, 1 checks)\n", "")


@pytest.mark.parametrize("selector", ["kind: [percent, ratio]", "kind: [range, count]", "kind: measure\n    unit: [mile, kilometre]",
                                      "kind: duration\n    unit: [month, week, year]", "kind: change\n    unit: [percent, ratio]",
                                      "unit: [SAT, BTC]"])
def test_quantities_of_one_measure_are_valid(tmp_path: Path, selector: str) -> None:
    path = _write(tmp_path, f"quantities:\n  a:\n    {selector}\nchecks:\n  c:\n    agree: a\n")
    assert _validate(path) == (ExitCode.OK, f"{path}: ok (1 quantities, 1 checks)\n", "")


def test_seed_rules_are_valid() -> None:
    code, stdout, stderr = _validate(ROOT / "rules")
    files = sorted(p for p in (ROOT / "rules").rglob("*") if p.suffix in {".yaml", ".yml"})
    assert (code, stderr) == (ExitCode.OK, "")
    assert [line.split(": ok (")[0] for line in stdout.splitlines()] == [str(p) for p in files]
    assert all(re.fullmatch(r".*: ok \(\d+ quantities, \d+ checks\)", line) for line in stdout.splitlines())


# Fuzzing: mutants of the seed pack must be valid (exit 0) or one line at file:line:column (exit 3).
INSERTS = [":", ": ", "-", "- ", "[", "]", "{", "}", '"', "'", "\t", "  ", "#", "&", "*", "!", "|", ">", "%", "@",
           "`", ",", "?", "\n", "(", ")", "+", "==", "\\", "\x01", "~", "é"]


def _mutate(rng: random.Random, text: str) -> str:
    """A few random edits: delete, duplicate or swap lines, insert or delete characters, re-indent, truncate."""
    lines = text.splitlines(keepends=True)
    for _ in range(rng.randint(1, 4)):
        if not lines:
            break
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        line, at = lines[i], rng.randint(0, len(lines[i]))
        edit = rng.randrange(7)
        if edit == 0:
            del lines[i]
        elif edit == 1:
            lines.insert(i, line)
        elif edit == 2:
            lines[i], lines[j] = lines[j], lines[i]
        elif edit == 3:
            lines[i] = line[:at] + rng.choice(INSERTS) + line[at:]
        elif edit == 4:
            lines[i] = line[:at] + line[at + rng.randint(1, 6):]
        elif edit == 5:
            lines[i] = " " * rng.randint(0, 7) + line.lstrip(" ")
        else:
            whole = "".join(lines)
            lines = whole[: rng.randint(0, len(whole))].splitlines(keepends=True)
    return "".join(lines)


@pytest.mark.parametrize("seed", range(4))
def test_mutated_seed_pack_never_crashes(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    original = SEED_PACK.read_text(encoding="utf-8")
    path = tmp_path / "mutant.yaml"
    place = re.compile(re.escape(f"crosscheck: error: {path}:") + r"(\d+):(\d+): \S")
    for n in range(100):
        text = _mutate(rng, original)
        path.write_text(text, encoding="utf-8")
        code, stdout, stderr = _validate(path)
        context = f"seed {seed}, mutant {n}:\n{text}\n-> {code} {stdout!r} {stderr!r}"
        assert code in (ExitCode.OK, ExitCode.RULE_ERROR), context
        if code == ExitCode.OK:
            assert re.fullmatch(re.escape(str(path)) + r": ok \(\d+ quantities, \d+ checks\)\n", stdout), context
            assert stderr == "", context
            continue
        assert stdout == "" and stderr.endswith("\n"), context
        for error in stderr.splitlines():  # every problem, each on a line of its own at its place
            found = place.match(error)
            assert found is not None, context
            line, column = int(found[1]), int(found[2])
            lines = text.split("\n")
            assert 1 <= line <= len(lines) and 1 <= column <= len(lines[line - 1]) + 1, context
