"""Golden tests: `crosscheck check` on the seed story gives exactly the expected findings."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from checker.cli import app
from tests.conftest import ROOT, SEEDS

runner = CliRunner()
R1, R2 = "fixtures/grooming-2019/report-1.txt", "fixtures/grooming-2019/report-2.txt"


def _findings(*args: str) -> tuple[int, list[dict]]:
    result = runner.invoke(app, ["check", "fixtures/grooming-2019", "-f", "json", *args])
    return result.exit_code, json.loads(result.stdout)["findings"]


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_zero_config_flags_only_instagram_share() -> None:
    code, findings = _findings("--no-config")
    assert code == 1
    assert [(f["rule"], f["severity"]) for f in findings] == [("builtin.agree", "error")]
    (f,) = findings
    assert [(loc["path"], loc["line"], loc["column"], loc["text"]) for loc in f["locations"]] == [
        (R2, 3, 23, "32%"), (R1, 2, 434, "33 percent")]
    assert f["evidence"] == (f'"32%" ({R2}:3) allows [31.5%, 32.5%); "33 percent" ({R1}:2) allows [32.5%, 33.5%): '
                             "no value fits both. Taken as one quantity (a share of grooming activities): the words around "
                             "the figures and their sentences match (score 0.52).")


def test_zero_config_leaves_agreeing_figures_alone() -> None:
    _, findings = _findings("--no-config")
    flagged = {loc["text"] for f in findings for loc in f["locations"]}
    for agreeing in ("more than 5,100", "more than 5,000", "One in five", "around one in five", "39 of the 43", "1,944"):
        assert agreeing not in flagged


def test_with_the_seed_pack() -> None:
    code, findings = _findings()
    assert code == 1
    assert [(f["rule"], f["severity"], f["locations"][0]["text"]) for f in findings] == [
        ("nspcc.trend-matches-figures", "info", "trebling"),
        ("nspcc.instagram-share-agrees", "error", "32%"),
    ]
    trend = findings[0]
    assert trend["evidence"] == "trebling [2.5, 3.5) == 428 / 126 (exactly 3.396825): holds only within rounding"


def test_pack_binds_every_quantity_without_ambiguity() -> None:
    result = runner.invoke(app, ["rules", "explain", "rules/nspcc-grooming-2019.yaml", str(SEEDS)])
    assert result.exit_code == 0
    assert "ambiguous" not in result.stdout
    assert result.stdout.count(": bound") == 18


def test_fail_on_levels() -> None:
    assert runner.invoke(app, ["check", str(SEEDS), "--fail-on", "never"]).exit_code == 0
    assert runner.invoke(app, ["check", str(SEEDS), "--fail-on", "info"]).exit_code == 1
    bad = runner.invoke(app, ["check", str(SEEDS), "--fail-on", "sometimes"])
    assert bad.exit_code == 2
    assert bad.stderr == "crosscheck: error: --fail-on: unknown level 'sometimes' (expected one of: error, warning, info, never)\n"


def test_terminal_summary_and_positions() -> None:
    result = runner.invoke(app, ["check", str(SEEDS)])
    lines = result.stdout.splitlines()
    assert lines[-1] == "2 findings (1 error, 0 warning, 1 info) in 2 sources"
    assert f"  --> {SEEDS / 'report-2.txt'}:3:23" in lines
    assert any(line.startswith("error[nspcc.instagram-share-agrees]: ") for line in lines)


def test_fingerprints_survive_moved_text(tmp_path, monkeypatch) -> None:
    _, before = _findings("--no-config")
    moved = tmp_path / "fixtures" / "grooming-2019"
    moved.mkdir(parents=True)
    for name in ("report-1.txt", "report-2.txt"):
        text = (SEEDS / name).read_text(encoding="utf-8")
        (moved / name).write_text("An editor's note added on top.\n\n" + text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _, after = _findings("--no-config")
    assert [f["fingerprint"] for f in after] == [f["fingerprint"] for f in before]
    assert [loc["line"] for loc in after[0]["locations"]] == [loc["line"] + 2 for loc in before[0]["locations"]]


def test_named_counts_of_different_things_are_not_compared(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Police said Instagram was used in 5,000 cases last year.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Police said Instagram was used in 200 cases involving girls under 12 last year.\n",
                                    encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path), "--no-config", "-f", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["findings"] == []
