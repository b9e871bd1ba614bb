"""`crosscheck test`: a sub-folder is a story, so cross-source and quotation checks are tested across its
articles; the repository's own configuration passes its fixtures; FAIL lines name the right file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.exitcodes import ExitCode
from tests.conftest import FIXTURES, ROOT

runner = CliRunner()
A = "Data show Instagram had 33 percent of cases.\n"
B = "Data show Instagram had 32% of cases.\n"


def _test(*args: str) -> tuple[int, list[str]]:
    result = runner.invoke(app, ["test", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout.splitlines()


def test_the_repository_configuration_passes_its_own_fixtures(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, lines = _test("fixtures/slips/", "fixtures/stories/")
    assert code == ExitCode.OK, "\n".join(line for line in lines if line.startswith("FAIL"))
    assert lines[-1].endswith(" failed") and " 0 failed" in lines[-1]


def test_story_folders_are_tested_as_stories() -> None:
    code, lines = _test(str(FIXTURES / "stories"), "--no-config")
    assert code == ExitCode.OK
    assert sum("(one story of 2 articles)" in line for line in lines) == 3


def _story(tmp_path: Path, a: str, b: str) -> Path:
    story = tmp_path / "stories" / "one"
    story.mkdir(parents=True)
    (story / "a.md").write_text(a, encoding="utf-8")
    (story / "b.md").write_text(b, encoding="utf-8")
    return story


@pytest.mark.parametrize(("a", "b", "failures"), [
    (A, "Intro.\n<!-- ruleid: builtin.agree -->\n" + B, []),  # reported at b.md, and annotated there
    ("<!-- ruleid: builtin.agree -->\n" + A, B, ["a.md:2: expected builtin.agree here (annotation on line 1), got none",
                                                 "b.md:1: unexpected builtin.agree: "]),
    (A, "<!-- ok: builtin.agree -->\n" + B, ["b.md:2: builtin.agree reported here, annotated ok: "]),
])
def test_fail_lines_name_the_file_and_line_of_the_finding(tmp_path: Path, a: str, b: str, failures: list[str]) -> None:
    story = _story(tmp_path, a, b)
    code, lines = _test(str(tmp_path / "stories"), "--no-config")
    got = [line.removeprefix(f"FAIL {story}/") for line in lines if line.startswith("FAIL")]
    assert code == (ExitCode.FINDINGS if failures else ExitCode.OK)
    assert len(got) == len(failures) and all(g.startswith(f) for g, f in zip(got, failures)), got


def test_articles_directly_in_a_named_folder_are_tested_alone(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(A, encoding="utf-8")
    (tmp_path / "b.md").write_text(B, encoding="utf-8")
    assert _test(str(tmp_path), "--no-config") == (ExitCode.OK, [f"ok   {tmp_path}/a.md (0 expectations)",
                                                                  f"ok   {tmp_path}/b.md (0 expectations)", "2 passed, 0 failed"])


def test_a_quantity_no_fixture_binds_is_no_failure(tmp_path: Path) -> None:
    pack = tmp_path / "p.yaml"
    pack.write_text("pack: p\nquantities:\n  q:\n    kind: money\nchecks:\n  c:\n    agree: q\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(A, encoding="utf-8")
    assert _test(str(tmp_path / "a.md"), "--no-config", "--rules", str(pack))[0] == ExitCode.OK
