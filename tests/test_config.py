"""Project configuration, in-process: found upward from the working folder, applied to `crosscheck check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.exitcodes import ExitCode

runner = CliRunner()
# Two reports of one figure that cannot both be right: zero-config, one builtin.agree finding (error).
ARTICLES = {
    "a.txt": "Instagram accounted for 33 percent of cases. Researchers said Instagram was a problem.\n",
    "b.txt": "Instagram was used in 32% of cases. Police said that Instagram was the worst.\n",
}
PACK = "pack: {name}\nquantities:\n  share:\n    kind: percent\nchecks:\n  share-agrees:\n    agree: share\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder holding the two articles, with the working folder two levels below it."""
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    cwd = tmp_path / "sub" / "dir"
    cwd.mkdir(parents=True)
    monkeypatch.chdir(cwd)
    return tmp_path.resolve()


def _config(path: Path, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


def _pack(path: Path, name: str) -> Path:
    return _config(path, PACK.format(name=name))


def _check(project: Path, *options: str) -> tuple[int, list[tuple[str, str]], str]:
    """Exit code, (rule, severity) of each finding, and stderr of `crosscheck check` over both articles."""
    result = runner.invoke(app, ["check", "-f", "json", str(project / "a.txt"), str(project / "b.txt"), *options])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    findings = json.loads(result.stdout)["findings"] if result.stdout else []
    return result.exit_code, [(f["rule"], f["severity"]) for f in findings], result.stderr


BUILT_IN = ("builtin.", "crosscheck.")


def _rule_ids() -> list[str]:
    """The ids of the configured packs' rules (the built-in ones left out)."""
    result = runner.invoke(app, ["rules", "list"])
    assert result.exit_code == ExitCode.OK, result.stderr
    return [line.split("\t")[0] for line in result.stdout.splitlines() if not line.startswith(BUILT_IN)]


def test_zero_config_finds_the_disagreement(project: Path) -> None:
    assert _check(project) == (ExitCode.FINDINGS, [("builtin.agree", "error")], "")


def test_pyproject_found_upward_with_rules_relative_to_it(project: Path) -> None:
    _config(project / "pyproject.toml", '[project]\nname = "story"\n\n[tool.crosscheck]\nrules = ["packs"]\n')
    _pack(project / "packs" / "story.yaml", "story")
    _pack(project / "sub" / "dir" / "packs" / "story.yaml", "wrong")  # relative to the cwd: must not be read
    assert _rule_ids() == ["story.share-agrees"]


def test_rules_may_be_a_single_path(project: Path) -> None:
    _config(project / "pyproject.toml", '[tool.crosscheck]\nrules = "story.yaml"\n')
    _pack(project / "story.yaml", "story")
    assert _rule_ids() == ["story.share-agrees"]


def test_pyproject_without_the_table_is_passed_over(project: Path) -> None:
    _config(project / "pyproject.toml", '[tool.crosscheck]\nrules = ["story.yaml"]\n')
    _pack(project / "story.yaml", "story")
    _config(project / "sub" / "pyproject.toml", '[project]\nname = "inner"\n\n[tool.other]\nrules = 1\n')
    assert _rule_ids() == ["story.share-agrees"]


def test_nearer_crosscheck_toml_wins(project: Path) -> None:
    _config(project / "pyproject.toml", '[tool.crosscheck]\nrules = ["far.yaml"]\nunknown = 1\n')  # never read
    _config(project / "sub" / "crosscheck.toml", 'rules = ["near.yaml"]\n')
    _pack(project / "sub" / "near.yaml", "near")
    assert _rule_ids() == ["near.share-agrees"]


def test_crosscheck_toml_wins_over_pyproject_in_the_same_folder(project: Path) -> None:
    _config(project / "pyproject.toml", '[tool.crosscheck]\nrules = ["other.yaml"]\n')
    _config(project / "crosscheck.toml", 'rules = ["story.yaml"]\n')
    _pack(project / "story.yaml", "story")
    _pack(project / "other.yaml", "other")
    assert _rule_ids() == ["story.share-agrees"]


@pytest.mark.parametrize(("fail_on", "code"), [("error", ExitCode.OK), ("warning", ExitCode.FINDINGS),
                                               ("info", ExitCode.FINDINGS), ("never", ExitCode.OK)])
def test_fail_on_and_severity_decide_the_exit_code(project: Path, fail_on: str, code: ExitCode) -> None:
    _config(project / "pyproject.toml", f'[tool.crosscheck]\nfail-on = "{fail_on}"\n\n[tool.crosscheck.severity]\nbuiltin = "warning"\n')
    assert _check(project) == (code, [("builtin.agree", "warning")], "")


def test_most_specific_severity_wins(project: Path) -> None:
    _config(project / "crosscheck.toml", '[severity]\nbuiltin = "info"\n"builtin.agree" = "warning"\n')
    assert _check(project) == (ExitCode.OK, [("builtin.agree", "warning")], "")


def test_fail_on_option_overrides_the_configuration(project: Path) -> None:
    _config(project / "crosscheck.toml", 'fail-on = "never"\n')
    assert _check(project)[0] == ExitCode.OK
    assert _check(project, "--fail-on", "error")[0] == ExitCode.FINDINGS


@pytest.mark.parametrize(("disable", "findings"), [
    (["builtin"], []),
    (["builtin.agree"], []),
    (["builtin."], []),
])
def test_disable_by_prefix(project: Path, disable: list[str], findings: list[tuple[str, str]]) -> None:
    _config(project / "crosscheck.toml", f"disable = {json.dumps(disable)}\nfail-on = \"info\"\n")
    expected = ExitCode.FINDINGS if findings else ExitCode.OK
    assert _check(project) == (expected, findings, "")


@pytest.mark.parametrize(("table", "message"), [
    ('disable = ["built"]', "'disable' names no rule: 'built' (did you mean 'builtin'?)"),
    ('disable = ["builtin.speaker-titel"]', "'disable' names no rule: 'builtin.speaker-titel' (did you mean 'builtin.speaker-title'?)"),
    ('[severity]\n"builtin.agre" = "info"', "'severity' names no rule: 'builtin.agre' (did you mean 'builtin.agree'?)"),
    ('disable = ["nspcc"]', "'disable' names no rule: 'nspcc' (`crosscheck rules list` shows every rule)"),
    ('disable = ["story.share-agree"]', "'disable' names no rule: 'story.share-agree' (did you mean 'story.share-agrees'?)"),
])
def test_unknown_rule_ids_are_named_with_the_closest(project: Path, table: str, message: str) -> None:
    path = _config(project / "crosscheck.toml", f'rules = ["story.yaml"]\n{table}\n')
    _pack(project / "story.yaml", "story")
    assert _check(project) == (ExitCode.INPUT_ERROR, [], f"crosscheck: error: {path}: {message}\n")


@pytest.mark.parametrize(("name", "body", "where", "message"), [
    ("pyproject.toml", '[tool.crosscheck]\ncolour = "red"\n', " [tool.crosscheck]",
     "unknown key 'colour' (expected one of: aliases, disable, fail-on, options, rules, severity)"),
    ("crosscheck.toml", 'colour = "red"\n', "", "unknown key 'colour'"),
    ("pyproject.toml", '[tool.crosscheck]\nfail-on = "sometimes"\n', " [tool.crosscheck]",
     "'fail-on' must be one of error, warning, info, never, not 'sometimes'"),
    ("crosscheck.toml", "fail-on = 3\n", "", "'fail-on' must be one of error, warning, info, never, not 3"),
    ("crosscheck.toml", 'disable = "builtin"\n', "", "'disable' must be a list of rule ids or prefixes"),
    ("crosscheck.toml", "rules = [1]\n", "", "'rules' must be a path or a list of paths"),
    ("crosscheck.toml", '[severity]\nbuiltin = "fatal"\n', "", "severity of 'builtin': unknown severity 'fatal'"),
    ("crosscheck.toml", "rules = [\n", "", "invalid TOML ("),
])
def test_bad_configuration_is_exit_2_in_one_line(project: Path, name: str, body: str, where: str, message: str) -> None:
    path = _config(project / name, body)
    code, findings, stderr = _check(project)
    assert (code, findings) == (ExitCode.INPUT_ERROR, [])
    prefix = f"crosscheck: error: {path}{where}: "
    assert stderr.startswith(prefix) and stderr.count("\n") == 1 and stderr.endswith("\n"), stderr
    assert message in stderr[len(prefix):], stderr


def test_missing_configured_rules_is_exit_3(project: Path) -> None:
    _config(project / "crosscheck.toml", 'rules = ["missing.yaml"]\n')
    assert _check(project) == (ExitCode.RULE_ERROR, [], f"crosscheck: error: {project / 'missing.yaml'}: no such rule file\n")


def test_no_config_ignores_the_file(project: Path) -> None:
    _config(project / "crosscheck.toml", 'disable = ["builtin"]\nfail-on = "never"\n')
    assert _check(project) == (ExitCode.OK, [], "")
    assert _check(project, "--no-config") == (ExitCode.FINDINGS, [("builtin.agree", "error")], "")


def test_no_config_ignores_a_broken_file(project: Path) -> None:
    _config(project / "pyproject.toml", '[tool.crosscheck]\ncolour = "red"\n')
    assert _check(project)[0] == ExitCode.INPUT_ERROR
    assert _check(project, "--no-config") == (ExitCode.FINDINGS, [("builtin.agree", "error")], "")


def test_builtin_check_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "a.md"
    article.write_text("The 31-year-old, who was 12 years older than the 17-year-old, was arrested.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["check", str(article)]).exit_code == 1
    (tmp_path / "crosscheck.toml").write_text('[options."builtin.age-gap"]\ntolerance = 2\n', encoding="utf-8")
    assert runner.invoke(app, ["check", str(article)]).exit_code == 0
    for bad, message in (('[options."builtin.age-gap"]\ntolerence = 2\n', "builtin.age-gap has no option 'tolerence'"),
                         ('[options."builtin.nope"]\ntolerance = 2\n', "options for unknown check 'builtin.nope'"),
                         ('[options."builtin.age-gap"]\ntolerance = -1\n', "must be a whole number")):
        (tmp_path / "crosscheck.toml").write_text(bad, encoding="utf-8")
        result = runner.invoke(app, ["check", str(article)])
        assert result.exit_code == 2 and message in result.stderr and len(result.stderr.splitlines()) == 1


def test_configuration_is_found_from_each_file_not_the_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = tmp_path / "story"
    for name, text in ARTICLES.items():
        _config(story / "articles" / name, text)
    _config(story / "crosscheck.toml", 'disable = ["builtin.agree"]\n')
    monkeypatch.chdir(tmp_path)  # the parent: no configuration here
    result = runner.invoke(app, ["check", "-f", "json", "story/articles/"])
    assert (result.exit_code, json.loads(result.stdout)["findings"]) == (ExitCode.OK, [])


def test_the_nearest_configuration_wins_for_each_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for folder in ("quiet", "loud"):
        for name, text in ARTICLES.items():
            _config(tmp_path / folder / name, text)
    _config(tmp_path / "crosscheck.toml", 'fail-on = "error"\n')
    _config(tmp_path / "quiet" / "crosscheck.toml", 'disable = ["builtin"]\n')
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "-f", "json", "quiet", "loud"])
    findings = json.loads(result.stdout)["findings"]
    assert (result.exit_code, {f["locations"][0]["path"].split("/")[0] for f in findings}) == (ExitCode.FINDINGS, {"loud"})


@pytest.mark.parametrize("body", [
    'disable = ["builtin.agree"]\n',
    '[tool.crosscheck]\ndisable = ["builtin.agree"]\n',  # the README's block pasted as it is
])
def test_crosscheck_toml_takes_the_keys_of_tool_crosscheck(project: Path, body: str) -> None:
    _config(project / "crosscheck.toml", body)
    assert _check(project)[:2] == (ExitCode.OK, [])


def test_crosscheck_toml_with_keys_beside_a_pasted_table_is_an_error(project: Path) -> None:
    path = _config(project / "crosscheck.toml", 'fail-on = "never"\n[tool.crosscheck]\ndisable = ["builtin.agree"]\n')
    code, _, stderr = _check(project)
    assert code == ExitCode.INPUT_ERROR
    assert stderr.startswith(f"crosscheck: error: {path}: crosscheck.toml takes the keys of [tool.crosscheck] at its top level")


def test_config_option_names_the_file(project: Path) -> None:
    _config(project / "crosscheck.toml", 'disable = ["builtin.agree"]\n')  # nearest, but --config wins
    other = _config(project / "elsewhere" / "pyproject.toml", '[tool.crosscheck]\nfail-on = "never"\n')
    assert _check(project, "--config", str(other)) == (ExitCode.OK, [("builtin.agree", "error")], "")
    assert _check(project, "--config", str(project / "none.toml"))[::2] == (
        ExitCode.INPUT_ERROR, f"crosscheck: error: {project / 'none.toml'}: no such configuration file\n")
    bare = _config(project / "bare" / "pyproject.toml", "[project]\nname = 'x'\n")
    assert _check(project, "--config", str(bare))[::2] == (
        ExitCode.INPUT_ERROR, f"crosscheck: error: {bare}: has no [tool.crosscheck] table\n")
