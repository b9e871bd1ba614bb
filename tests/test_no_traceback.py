"""Adversarial input gives one line on standard error and a documented exit code, or a correct result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app

runner = CliRunner()


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str | bytes], args: list[str]) -> tuple[int, str, str]:
    monkeypatch.chdir(tmp_path)
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


FRONT = "---\n{}\n---\nThe council recorded 41 cases.\n"
PACK = "quantities:\n  q:\n    kind: percent\nchecks:\n  c:\n    expect: q == {}\n"
BOMB = ('---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'
        "title: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n---\nThe council recorded 41 cases.\n")

ERRORS = [  # (files, arguments, exit code, standard error)
    ({"a.md": FRONT.format("published: 2019-02-30")}, ["claims", "a.md"], 2,
     "a.md:2: front matter is not valid YAML (cannot read this value: day is out of range for month)"),
    ({"a.md": FRONT.format("title: " + "7" * 5000)}, ["claims", "a.md"], 2,
     "a.md:2: front matter is not valid YAML (a number too long to read)"),
    ({"a.md": FRONT.format("title: " + "[" * 3000 + "]" * 3000)}, ["claims", "a.md"], 2,
     "a.md:2: front matter is not valid YAML (nested more than 64 levels deep)"),
    ({"a.md": BOMB}, ["claims", "a.md"], 2, "a.md:3: front matter is not valid YAML (aliases (*name) are not allowed)"),
    ({"c.jsonl": '{"id": 1, "text": "x", "a": ' + "[" * 100_000 + "]" * 100_000 + "}\n"}, ["claims", "c.jsonl"], 2,
     "c.jsonl:1: malformed JSON (nested too deeply)"),
    ({"c.jsonl": '{"id": 1, "text": "x", "a": ' + "9" * 5000 + "}\n"}, ["claims", "c.jsonl"], 2,
     "c.jsonl:1: malformed JSON (a number too long to read)"),
    ({"c.jsonl": '{"id": 1, "text": "There were 41 cases \\ud800."}\n'}, ["claims", "-f", "json", "c.jsonl"], 2,
     "c.jsonl:1: 'text' holds a lone surrogate (\\ud800), not text"),
    ({"c.jsonl": '{"id": "\\udfff", "text": "There were 41 cases."}\n'}, ["quotes", "c.jsonl"], 2,
     "c.jsonl:1: 'id' holds a lone surrogate (\\udfff), not text"),
    ({"r.yaml": PACK.format("9" * 5000)}, ["rules", "validate", "r.yaml"], 3,
     "r.yaml:6:18: expect: number too long (more than 1000 digits)"),
    ({"r.yaml": "pack: " + "[" * 1000 + "]" * 1000 + "\n"}, ["rules", "validate", "r.yaml"], 3,
     "r.yaml:1:70: YAML error: nested more than 64 levels deep"),
    ({"r.yaml": "a: &a [1, 2]\npack: *a\n"}, ["rules", "validate", "r.yaml"], 3,
     "r.yaml:2:7: YAML error: aliases (*name) are not allowed"),
    ({"crosscheck.toml": '[options."builtin.age-gap"]\ntolerance = ' + "9" * 5000 + "\n", "a.txt": "41 cases.\n"},
     ["check", "a.txt"], 2, "{tmp}/crosscheck.toml: invalid TOML (a number too long to read)"),
    ({"crosscheck.toml": '[options."builtin.age-gap"]\ntolerance = 99999999999\n', "a.txt": "41 cases.\n"}, ["check", "a.txt"], 2,
     "{tmp}/crosscheck.toml: builtin.age-gap option 'tolerance' must be a whole number from 0 to 1,000,000"),
    ({"t.md": b"The council \xff recorded 41 cases.\n"}, ["test", "--no-config", "t.md"], 2,
     "t.md:1: not UTF-8 text (byte 0xff at offset 12)"),
    ({"t.md": b"\x00\x01binary"}, ["test", "--no-config", "t.md"], 2, "t.md: binary file, not text"),
    ({"t.md": b"  \n"}, ["test", "--no-config", "t.md"], 2, "t.md: empty article"),
]


@pytest.mark.parametrize(("files", "args", "code", "error"), ERRORS, ids=[" ".join(e[1])[:40] + f" #{i}" for i, e in enumerate(ERRORS)])
def test_bad_input_is_one_line_and_its_exit_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str | bytes],
                                                 args: list[str], code: int, error: str) -> None:
    got, stdout, stderr = _run(tmp_path, monkeypatch, files, args)
    assert (got, stderr) == (code, f"crosscheck: error: {error.format(tmp=tmp_path)}\n")
    assert stdout in ("", '{"version": 1, "claims": []}\n') or not stdout.startswith("{")  # nothing half-written


def test_an_unreadable_article_is_not_counted_as_passed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files: dict[str, str | bytes] = {"t.md": b"\x00binary", "u.md": "<!-- ok: builtin.part-whole -->\nThe council recorded 41 cases.\n"}
    code, stdout, _ = _run(tmp_path, monkeypatch, files, ["test", "--no-config", "t.md", "u.md"])
    assert (code, stdout) == (2, "ok   u.md (1 expectation)\n1 passed, 0 failed, 1 unreadable\n")


FIGURES = [  # (article, the figures `claims -f json` reads: text and exact value)
    ("The bill came to " + "7" * 5000 + " pounds.", []),
    ("It cost £" + "0" * 10_000 + ".", []),
    ("It cost 1" + ",000" * 3000 + ".", []),
    ("It rose 99999^999 times.", [("999", "999")]),
    ("There were 1e999 grains.", [("1e999", "1" + "0" * 999)]),
    ("That is 1e999/3 of them.", [("1e999/3", "1" + "0" * 999 + "/3")]),
    ("There were 1,000,000 cases.", [("1,000,000", "1000000")]),
]


@pytest.mark.parametrize(("article", "figures"), FIGURES, ids=[f[0][:30] for f in FIGURES])
def test_numbers_have_a_bounded_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article: str, figures: list[tuple[str, str]]) -> None:
    code, stdout, stderr = _run(tmp_path, monkeypatch, {"a.txt": article + "\n"}, ["claims", "-f", "json", "a.txt"])
    assert (code, stderr) == (0, "")
    assert [(c["text"], c["exact"]["value"]) for c in json.loads(stdout)["claims"]] == figures


@pytest.mark.parametrize(("article", "shown"), [
    ("There were 1e999 grains.", "1e+999 [5e+998, 1.5e+999)"),
    ("That is 1e999/3 of them.", "3.333333e+998 ratio [3.333333e+998]"),
    ("It was 2.5e40 tonnes.", "2.5e+40 tonne [2.5e+40]"),
])
def test_huge_figures_in_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article: str, shown: str) -> None:
    code, stdout, stderr = _run(tmp_path, monkeypatch, {"a.txt": article + "\n"}, ["claims", "a.txt"])
    assert (code, stderr) == (0, "") and shown in stdout


@pytest.mark.parametrize("articles", [
    ("Revenue was 1e999 dollars.", "Revenue was 3 dollars."),
    ("It was 1e999/7 per day.", "It was 3 per day."),
])
def test_huge_figures_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, articles: tuple[str, str]) -> None:
    files: dict[str, str | bytes] = {"a.txt": articles[0] + "\n", "b.txt": articles[1] + "\n"}
    for fmt in ("terminal", "json", "sarif", "github"):
        code, _, stderr = _run(tmp_path, monkeypatch, files, ["check", "--no-config", "--one-story", "-f", fmt, "a.txt", "b.txt"])
        assert code in (0, 1) and stderr == ""


@pytest.mark.parametrize(("sentence", "days"), [
    ("In the 3000 years to September 2018 there were 41 cases.", {}),
    ("In the 24 months from December 9999 there were 41 cases.", {}),
    ("In the 9000 months to January 2 there were 41 cases.", {}),
    ("In the 12 months to September 2018 there were 41 cases.", {"first": "2017-10-01", "last": "2018-09-30"}),
])
def test_periods_beyond_the_calendar_are_unresolved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str,
                                                    days: dict[str, str]) -> None:
    code, stdout, stderr = _run(tmp_path, monkeypatch, {"a.txt": sentence + "\n"}, ["claims", "-f", "json", "a.txt"])
    assert (code, stderr) == (0, "")
    assert [c["details"] for c in json.loads(stdout)["claims"] if c["kind"] == "period"] == [days]


@pytest.mark.parametrize("published", ["9999-12-31", "9999-06-01", "0001-01-01", "0001-06-01"])
def test_relative_dates_at_the_ends_of_the_calendar(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, published: str) -> None:
    body = "Next year 41 cases are due, and 12 next month; last year there were 40, and 9 last December."
    files: dict[str, str | bytes] = {"a.md": FRONT.format(f"published: {published}").replace("The council recorded 41 cases.", body),
                                     "b.md": FRONT.format(f"published: {published}").replace("41 cases", "43 cases")}
    for args in (["claims", "a.md"], ["check", "--no-config", "--one-story", "a.md", "b.md"]):
        code, _, stderr = _run(tmp_path, monkeypatch, files, args)
        assert code in (0, 1) and stderr == "", (args, stderr)


@pytest.mark.parametrize(("files", "command", "title"), [
    ({"[/red].txt": "The council recorded 41 cases.\n"}, "claims", "[/red].txt"),
    ({"[bold]b.txt": "The council recorded 41 cases.\n"}, "claims", "[bold]b.txt"),
    ({"c.jsonl": '{"id": "[/]", "text": "He said \\"we recorded 41 [/] cases\\"."}\n'}, "quotes", "c.jsonl#[/]"),
    ({"[/red].txt": 'She said "we saw [bold]41[/bold] cases".\n'}, "quotes", "[/red].txt"),
])
def test_markup_in_names_is_shown_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str | bytes],
                                             command: str, title: str) -> None:
    code, stdout, stderr = _run(tmp_path, monkeypatch, files, [command, *files])
    assert (code, stderr) == (0, "")
    assert stdout.splitlines()[0].strip() == title
