"""Suppressions in the copy: `crosscheck: ignore RULE -- reason`, the line before or at the end of the line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.ci import suppress
from checker.cli import app
from checker.exitcodes import ExitCode
from checker.model import Source

runner = CliRunner()
A = "Data show Instagram had 33 percent of cases.\n"
B = "Data show Instagram had 32% of cases.\n"


@pytest.mark.parametrize(("text", "found"), [
    # (line written on, line it is about, rules, reason)
    ("<!-- crosscheck: ignore builtin.agree -- the agency corrected it -->\nIt rose 4%.\n",
     [(1, 2, ("builtin.agree",), "the agency corrected it")]),
    ("<!--crosscheck:ignore builtin.agree --tight-->\n\n\nIt rose 4%.\n", [(1, 4, ("builtin.agree",), "tight")]),
    ("It rose 4%. <!-- crosscheck: ignore builtin -- our own figure -->\n", [(1, 1, ("builtin",), "our own figure")]),
    ("It rose 4%. crosscheck: ignore builtin.share, nspcc.trend -- two at once\n",
     [(1, 1, ("builtin.share", "nspcc.trend"), "two at once")]),
    ("crosscheck: ignore builtin.trend -- plain text, alone\r\nIt rose 4%.\r\n", [(1, 2, ("builtin.trend",), "plain text, alone")]),
    ("<!-- crosscheck: ignore a.b -- one -->\n<!-- crosscheck: ignore c.d -- two -->\nText 4%.\n",
     [(1, 3, ("a.b",), "one"), (2, 3, ("c.d",), "two")]),  # two markers stacked are both about the text below
    ("It rose 4%. <!-- crosscheck: ignore builtin.agree -->\n", [(1, 1, ("builtin.agree",), "")]),  # no reason
    ("<!-- crosscheck: ignore builtin.agree -- last line -->", [(1, 1, ("builtin.agree",), "last line")]),  # nothing below
    ("We said crosscheck: is a tool. It rose 4%.\n", []),  # not a marker
    ("crosscheck: ignore builtin.agree--no space\n", [(1, 1, ("builtin.agree--no",), "")]),  # ' -- ' opens the reason
    ("x <!-- crosscheck: ignore builtin.agree - one dash -->\n", [(1, 1, ("builtin.agree",), "")]),
])
def test_markers(text: str, found: list[tuple[int, int, tuple[str, ...], str]]) -> None:
    got = suppress.markers(Source.build("a.md", text))
    assert [(s.at.line, s.line, s.rules, s.reason) for s in got] == found


def test_a_marker_names_rules_by_dotted_prefix() -> None:
    [s] = suppress.markers(Source.build("a.md", "x <!-- crosscheck: ignore builtin.quote -- p -->\n"))
    assert [s.covers(r) for r in ("builtin.quote", "builtin.quote.x", "builtin.quote-wording", "builtin")] == [True, True, False, False]


def _check(tmp_path: Path, a: str, b: str, *options: str) -> tuple[int, str, str]:
    (tmp_path / "a.md").write_text(a, encoding="utf-8")
    (tmp_path / "b.md").write_text(b, encoding="utf-8")
    result = runner.invoke(app, ["check", "--no-config", "--one-story", str(tmp_path / "a.md"), str(tmp_path / "b.md"), *options])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def _rules(stdout: str) -> list[str]:
    return [f["rule"] for f in json.loads(stdout)["findings"]]


@pytest.mark.parametrize("marked", [
    "<!-- crosscheck: ignore builtin.agree -- the council's figure, checked -->\n" + B,
    B.rstrip("\n") + " <!-- crosscheck: ignore builtin -- checked with the council -->\n",
    "crosscheck: ignore builtin.agree -- checked with the council\n\n" + B,
])
def test_a_suppressed_finding_leaves_the_report_and_the_exit_code(tmp_path: Path, marked: str) -> None:
    code, stdout, _ = _check(tmp_path, A, B, "-f", "json")
    assert (code, _rules(stdout)) == (ExitCode.FINDINGS, ["builtin.agree"])
    code, stdout, _ = _check(tmp_path, A, marked, "-f", "json")
    assert (code, _rules(stdout)) == (ExitCode.OK, [])
    code, stdout, _ = _check(tmp_path, A, marked)
    assert stdout.splitlines()[-1] == "0 findings (0 error, 0 warning, 0 info; 1 suppressed) in 2 sources"


def test_a_suppression_of_another_rule_or_line_does_not_apply(tmp_path: Path) -> None:
    for marked in ("<!-- crosscheck: ignore builtin.share -- another rule -->\n" + B,
                   "<!-- crosscheck: ignore builtin.agree -- another line -->\nIntro.\n" + B):
        code, stdout, _ = _check(tmp_path, A, marked, "-f", "json")
        assert (code, _rules(stdout)) == (ExitCode.FINDINGS, ["builtin.agree"])


def test_a_suppression_at_another_source_of_the_finding_does_not_apply(tmp_path: Path) -> None:
    code, stdout, _ = _check(tmp_path, A, B, "-f", "json")
    [finding] = json.loads(stdout)["findings"]
    assert finding["locations"][0]["path"].endswith("b.md")  # reported at b.md, a.md's figure beside it
    marked = A.rstrip("\n") + " <!-- crosscheck: ignore builtin.agree -- our figure is right -->\n"
    code, stdout, _ = _check(tmp_path, marked, B, "-f", "json", "--report-unused-suppressions")
    assert (code, sorted(_rules(stdout))) == (ExitCode.FINDINGS, ["builtin.agree", "crosscheck.unused-suppression"])


def test_suppressed_findings_stay_in_sarif_with_their_reason(tmp_path: Path) -> None:
    code, stdout, _ = _check(tmp_path, A, "<!-- crosscheck: ignore builtin.agree -- checked with the council -->\n" + B, "-f", "sarif")
    [result] = json.loads(stdout)["runs"][0]["results"]
    assert code == ExitCode.OK
    assert result["suppressions"] == [{"kind": "inSource", "justification": "checked with the council"}]


def test_a_suppression_needs_a_reason(tmp_path: Path) -> None:
    code, stdout, _ = _check(tmp_path, A, "<!-- crosscheck: ignore builtin.agree -->\n" + B, "-f", "json")
    assert (code, sorted(_rules(stdout))) == (ExitCode.FINDINGS, ["builtin.agree", "crosscheck.suppression-reason"])


@pytest.mark.parametrize(("options", "unused"), [
    (["-f", "json"], False),
    (["-f", "json", "--report-unused-suppressions"], True),
    (["-f", "github"], True),  # on by default in CI formats
    (["-f", "github", "--no-report-unused-suppressions"], False),
    (["-f", "sarif"], True),
])
def test_unused_suppressions(tmp_path: Path, options: list[str], unused: bool) -> None:
    marked = A + "Elsewhere 12 people spoke. <!-- crosscheck: ignore builtin.share -- nothing here -->\n"
    code, stdout, _ = _check(tmp_path, marked, B, *options)
    assert ("crosscheck.unused-suppression" in stdout) is unused
    assert code == ExitCode.FINDINGS  # a warning, and the real finding stays


def test_unused_suppressions_point_at_the_marker(tmp_path: Path) -> None:
    marked = A + "Elsewhere. <!-- crosscheck: ignore builtin.share -- nothing here -->\n"
    _, stdout, _ = _check(tmp_path, marked, B, "-f", "json", "--report-unused-suppressions")
    [unused] = [f for f in json.loads(stdout)["findings"] if f["rule"] == "crosscheck.unused-suppression"]
    assert unused["locations"][0] | {"path": ""} == {"path": "", "line": 2, "column": 12, "end_line": 2, "end_column": 69,
                                                       "text": "<!-- crosscheck: ignore builtin.share -- nothing here -->"}


def test_markers_are_read_in_linear_time() -> None:
    """A run of markers alone on their lines, then blank lines: one search shared, not one per marker."""
    import time

    def seconds(n: int) -> float:
        source = Source.build("a.md", "<!-- crosscheck: ignore a.b -- r -->\n" * n + "\n" * n + "Text 4%.\n")
        started = time.perf_counter()
        found = suppress.markers(source)
        assert found[0].line == 2 * n + 1
        return time.perf_counter() - started

    small, large = min(seconds(1000) for _ in range(3)), min(seconds(8000) for _ in range(3))
    assert large < 8 * 4 * small, (small, large)  # eight times the markers: far from 64 times the time
