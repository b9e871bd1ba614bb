"""Built-in checks: their examples, the annotated fixtures, and `crosscheck test` itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker import builtins
from checker.cli import app
from tests.conftest import FIXTURES, claims_of

runner = CliRunner()
CASES = [(m.ID, verdict, text) for m in builtins.CHECKS.values() for verdict in ("flagged", "passes") for text in m.EXAMPLES[verdict]]


@pytest.mark.parametrize(("rule", "verdict", "text"), CASES)
def test_examples(rule: str, verdict: str, text: str) -> None:
    found = [f for f in builtins.run(claims_of(text)) if f.rule == rule]
    assert bool(found) is (verdict == "flagged")


def test_every_check_documents_itself() -> None:
    for module in builtins.CHECKS.values():
        assert module.__doc__ and module.run.__doc__ and module.EXAMPLES["flagged"] and module.EXAMPLES["passes"]
        assert module.ID.startswith("builtin.")


def test_annotated_fixtures_pass() -> None:
    result = runner.invoke(app, ["test", str(FIXTURES / "slips"), "--no-config"])
    assert result.exit_code == 0, result.stdout
    assert result.stdout.splitlines()[-1].endswith(" passed, 0 failed")


def test_the_relations_development_set_passes() -> None:
    """fixtures/relations/: every relation kind in ten or more phrasings, each slip flagged and its correct twin quiet."""
    result = runner.invoke(app, ["test", str(FIXTURES / "relations"), "--no-config"])
    assert result.exit_code == 0, result.stdout
    assert result.stdout.splitlines()[-1] == f"{len(list((FIXTURES / 'relations').glob('*.md')))} passed, 0 failed"


def test_every_check_has_slips_and_twins_in_the_development_set() -> None:
    for rule in builtins.CHECKS:
        if rule == "builtin.restated":
            continue  # told twice across an article, not a relation of one passage: fixtures/slips/restated-*.md
        name = rule.removeprefix("builtin.")
        for which, mark in (("slips", "ruleid"), ("twins", "ok")):
            text = (FIXTURES / "relations" / f"{name}-{which}.md").read_text(encoding="utf-8")
            assert text.count(f"<!-- {mark}: {rule} -->") >= 10, (rule, which)


def test_a_broken_expectation_fails(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("Intro line.\n<!-- ruleid: builtin.part-whole -->\nOnly 7 of the 9 councils replied.\n"
                       "<!-- ok: builtin.ratio-percent -->\nOne in four pupils (40%) said so.\n", encoding="utf-8")
    result = runner.invoke(app, ["test", str(article), "--no-config"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"FAIL {article}:3: expected builtin.part-whole here (annotation on line 2), got none"
    assert lines[1].startswith(f"FAIL {article}:5: builtin.ratio-percent reported here, annotated ok: ")
    assert lines[-1] == "0 passed, 1 failed"


def test_an_unannotated_finding_fails(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("Only 12 of the 9 councils replied.\n", encoding="utf-8")
    result = runner.invoke(app, ["test", str(article), "--no-config"])
    assert result.exit_code == 1 and result.stdout.startswith(f"FAIL {article}:1: unexpected builtin.part-whole")


def test_restated_reads_past_a_figure_it_does_not_restate() -> None:
    claims = [c for c in claims_of("Instagram had 40% of the cases. Instagram was backed by 71% of parents. "
                                   "Instagram had 33% of the cases.") if c.kind == "percent"]
    pairs = {frozenset(("40%", "33%"))}  # only the first and the last tell one quantity
    found = list(builtins.restated._compare(claims, lambda a, b: frozenset((a.text, b.text)) in pairs))
    assert [[loc.text for loc in f.locations] for f in found] == [["33%", "40%"]]


@pytest.mark.parametrize("text", [
    "Figures show Instagram was used in 40% of the cases.",  # one named share
    "Data show Instagram had 40% of the cases.\n\nData show Snapchat had 20% of the cases.",  # two names, one share each
    "Data show Instagram had 40% of the cases.\n\nIn all, 12 of the 30 forces replied.",  # a share and a count
])
def test_restated_describes_nothing_when_no_share_is_told_twice(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Describing an article's figures is the costly step of builtin.restated: it is skipped when no two figures could compare."""
    def refuse(*args: object) -> None:
        raise AssertionError("described")
    monkeypatch.setattr(builtins.restated, "described", refuse)
    assert list(builtins.restated.run(claims_of(text))) == []


HEDGED = [  # the tolerance readers give a hedged share in words (README, built-in checks): (text, flagged)
    ("Almost a quarter (24%) said they had moved.", False),
    ("Almost a quarter (21%) said they had moved.", True),  # nearer a fifth
    ("Almost a quarter (26%) said they had moved.", True),  # not almost
    ("Nearly half of members (48 per cent) voted.", False),
    ("Nearly half of members (43 per cent) voted.", True),
    ("Just under half (46%) agreed.", False),
    ("Just over a third (35%) of staff replied.", False),
    ("Just over a third (38%) of staff replied.", True),  # nearer two in five
    ("Just over a third (31%) of staff replied.", True),
    ("More than a third (37%) of firms expect cuts.", False),
    ("More than a third (30%) of firms expect cuts.", True),
    ("About a quarter (26%) of pupils walk to school.", False),
    ("About a quarter (20%) of pupils walk to school.", True),
    ("Roughly one in five (21%) had no heating.", False),
    ("Roughly one in five (30%) had no heating.", True),
]


@pytest.mark.parametrize(("text", "flagged"), HEDGED, ids=[t for t, _ in HEDGED])
def test_a_hedged_share_in_words_allows_what_readers_allow(text: str, flagged: bool) -> None:
    assert bool([f for f in builtins.run(claims_of(text)) if f.rule == "builtin.ratio-percent"]) is flagged


# (set, slips, missed at most): development sets of phrasings no earlier fixture had, each slip beside its correct twin
RELATION_SETS = [
    ("relations-3", 105, 1),  # 30 missed on main at 2a842f5; 1 at rel5 ("The pair, A, B and C": no count read in "pair")
    ("relations-4", 36, 0),  # the families of the fourth round (rel5), each slip with its correct twin
]


@pytest.mark.parametrize(("folder", "slips", "missed"), RELATION_SETS, ids=[f for f, _, _ in RELATION_SETS])
def test_a_relations_set_holds_its_floor(folder: str, slips: int, missed: int) -> None:
    """A measure with a floor: no twin flagged, no slip flagged by another check, at most `missed` slips missed."""
    result = runner.invoke(app, ["test", str(FIXTURES / folder), "--no-config"])
    failures = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    assert all("expected builtin." in line and "got none" in line for line in failures), failures
    assert len(failures) <= missed, failures
    assert sum(p.read_text(encoding="utf-8").count("<!-- ruleid:") for p in (FIXTURES / folder).glob("*-slips.md")) == slips
