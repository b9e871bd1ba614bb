"""`crosscheck stories` and `check` story by story, in-process: exact output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.errors import InputError
from checker.exitcodes import ExitCode
from checker.sources import read_sources
from tests.conftest import SEEDS
from tests.test_stories import CHART_WEEK_2, CHART_WEEK_3, FERRY_1, FERRY_2, MATCH_AWAY, MATCH_HOME, PROTEST

runner = CliRunner()
REPORTS = [SEEDS / "report-1.txt", SEEDS / "report-2.txt"]  # together they give one builtin.agree error


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _findings(*args: str) -> list[dict]:
    result = runner.invoke(app, ["check", "--no-config", "-f", "json", *args])
    assert result.exit_code in (ExitCode.OK, ExitCode.FINDINGS), result.output
    return json.loads(result.stdout)["findings"]


def _cross(findings: list[dict]) -> list[tuple[str, str | None]]:
    return [(f["rule"], f["story"]) for f in findings if len({loc["path"] for loc in f["locations"]}) > 1]


def test_stories_table_exact(tmp_path: Path) -> None:
    for name, text in (("a.txt", FERRY_1), ("b.txt", PROTEST), ("c.txt", FERRY_2)):
        _write(tmp_path / name, text)
    result = runner.invoke(app, ["stories", str(tmp_path)])
    assert result.exit_code == ExitCode.OK
    assert result.stdout == (
        "brannagh-ellick: 2 articles, shares Brannagh, Ellick, Caledon, 312, Port\n"
        f"  {tmp_path}/a.txt\n  {tmp_path}/c.txt\n"
        "westminster-metropolitan: 1 article, shares too little with any other article\n"
        f"  {tmp_path}/b.txt\n"
        "2 stories in 3 articles\n")
    result = runner.invoke(app, ["stories", "--one-story", str(tmp_path)])
    assert result.stdout == f"all: 3 articles, one story (--one-story)\n  {tmp_path}/a.txt\n  {tmp_path}/b.txt\n  {tmp_path}/c.txt\n" \
                            "1 story in 3 articles\n"


def test_stories_json_and_story_field(tmp_path: Path) -> None:
    corpus = _write(tmp_path / "c.jsonl", "\n".join(json.dumps(r) for r in [
        {"id": "1", "text": FERRY_1, "story": "ferry-fire"}, {"id": "2", "text": PROTEST, "story": "ferry-fire"},
        {"id": "3", "text": FERRY_2, "story": " "}]) + "\n")
    result = runner.invoke(app, ["stories", "-f", "json", str(corpus)])
    assert result.exit_code == ExitCode.OK
    assert json.loads(result.stdout) == {"version": 1, "stories": [
        {"id": "ferry-fire", "sources": [f"{corpus}#1", f"{corpus}#2"], "how": "story field", "why": ["ferry-fire"]},
        {"id": "brannagh-ellick", "sources": [f"{corpus}#3"], "how": "alone", "why": []}]}
    assert runner.invoke(app, ["stories", "-f", "sarif", str(corpus)]).exit_code == ExitCode.INPUT_ERROR
    assert runner.invoke(app, ["stories", str(tmp_path / "missing")]).exit_code == ExitCode.INPUT_ERROR


def test_front_matter_story_and_folders_are_read(tmp_path: Path) -> None:
    _write(tmp_path / "top.md", f"---\ntitle: Fire\nstory: ferry\n---\n{FERRY_1}")
    _write(tmp_path / "kerch" / "a.txt", FERRY_2)
    _write(tmp_path / "kerch" / "deeper" / "b.txt", FERRY_2)
    errors: list[InputError] = []
    found = {Path(s.name).name: (s.story, s.folder) for s in read_sources([str(tmp_path)], errors.append)}
    assert not errors
    assert found == {"top.md": ("ferry", None), "a.txt": (None, str(tmp_path / "kerch")),
                     "b.txt": (None, str(tmp_path / "kerch" / "deeper"))}
    named = {s.folder for s in read_sources([str(tmp_path / "kerch" / "a.txt")], errors.append)}
    assert named == {None}


def test_check_compares_only_articles_of_one_story(tmp_path: Path) -> None:
    for folder, report in zip("ab", REPORTS):
        _write(tmp_path / "news" / folder / report.name, report.read_text(encoding="utf-8"))
    news = str(tmp_path / "news")
    assert _cross(_findings(news)) == []  # two folders: two stories
    assert _cross(_findings("--one-story", news)) == [("builtin.agree", "all")]
    assert _cross(_findings(*map(str, REPORTS))) == [("builtin.agree", "ceop-wanless")]


@pytest.mark.parametrize("stories, expected", [
    (("grooming", "grooming"), [("builtin.agree", "grooming")]),
    (("grooming", "other"), []),
])
def test_check_follows_the_story_field(tmp_path: Path, stories: tuple[str, str], expected: list) -> None:
    lines = [json.dumps({"id": r.stem, "text": r.read_text(encoding="utf-8"), "story": s}) for r, s in zip(REPORTS, stories)]
    corpus = _write(tmp_path / "c.jsonl", "\n".join(lines) + "\n")
    assert _cross(_findings(str(corpus))) == expected


def test_terminal_names_the_story() -> None:
    result = runner.invoke(app, ["check", "--no-config", *map(str, REPORTS)])
    assert result.exit_code == ExitCode.FINDINGS
    assert "  = story: ceop-wanless\n" in result.stdout


def test_rule_packs_run_story_by_story_and_unbound_is_judged_once(tmp_path: Path) -> None:
    pack = _write(tmp_path / "pack.yaml", "pack: t\nquantities:\n  share:\n    kind: percent\n    about: [Instagram]\n"
                  "  missing:\n    kind: money\n    about: [Nowhere]\nchecks:\n  c:\n    agree: [share, missing]\n")
    _write(tmp_path / "news" / "a" / "one.txt", "Data show Instagram had 33 percent of the cases.\n")
    _write(tmp_path / "news" / "b" / "two.txt", "Data show Instagram had 32% of the cases.\n")
    _write(tmp_path / "news" / "b" / "three.txt", "The Tarrow Trust opened a new library in Marsby on Friday.\n")
    news = str(tmp_path / "news")
    apart = [(f["rule"], f["story"]) for f in _findings("--no-builtin", "-r", str(pack), news)]
    assert apart == [("crosscheck.unbound", None)]  # 'share' binds in each story, 'missing' nowhere: said once
    together = [(f["rule"], f["story"]) for f in _findings("--no-builtin", "--one-story", "-r", str(pack), news)]
    assert sorted(together) == [("crosscheck.unbound", None), ("t.c", "all")]


def test_terminal_notes_when_articles_make_several_stories(tmp_path: Path) -> None:
    for name, text in (("a.txt", FERRY_1), ("b.txt", PROTEST), ("c.txt", FERRY_2)):
        _write(tmp_path / name, text)
    result = runner.invoke(app, ["check", "--no-config", str(tmp_path)])
    assert result.stderr == ("crosscheck: note: 3 articles make 2 stories, and only articles of one story are compared "
                             "(`crosscheck stories` shows them; --one-story takes them as one)\n")
    assert runner.invoke(app, ["check", "--no-config", "--one-story", str(tmp_path)]).stderr == ""
    assert runner.invoke(app, ["check", "--no-config", "-f", "json", str(tmp_path)]).stderr == ""
    assert runner.invoke(app, ["check", "--no-config", *map(str, REPORTS)]).stderr == ""


@pytest.mark.parametrize("texts, story", [
    ((CHART_WEEK_2, CHART_WEEK_3), None),  # two weeks of one chart: their takings are not compared
    ((MATCH_HOME, MATCH_AWAY), None),
    ((CHART_WEEK_2, CHART_WEEK_3), "all"),  # taken as one story, they are
])
def test_check_never_compares_different_occasions(tmp_path: Path, texts: tuple[str, str], story: str | None) -> None:
    paths = [str(_write(tmp_path / f"{i}.txt", text)) for i, text in enumerate(texts)]
    cross = _cross(_findings(*(["--one-story"] if story else []), *paths))
    assert (cross != []) is (story is not None) and all(s == story for _, s in cross)
