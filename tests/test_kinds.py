"""Every rule kind ships examples that must be flagged and examples that must pass; they do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from checker import engine, kinds
from checker.extract import extract
from checker.model import Source
from checker.rules import load_pack


def _run(tmp_path: Path, key: str, quantities: dict[str, Any], option: str, articles: list[str], only: str | None = "t.c") -> list:
    """The findings of a pack of one check 'c' over the articles (only those of rule `only`, unless None)."""
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump({"pack": "t", "quantities": quantities, "checks": {"c": {key: option}}}), encoding="utf-8")
    pack = load_pack(path)
    sources = [Source.build(f"s{i}.txt", text) for i, text in enumerate(articles)]
    claims = {s.name: extract(s) for s in sources}
    return [f for f in engine.run([pack], sources, claims) if only is None or f.rule == only]


CASES = [(key, verdict, example) for key, module in kinds.KINDS.items()
         for verdict in ("flagged", "passes") for example in module.EXAMPLES[verdict]]


def test_every_kind_has_examples_of_both_verdicts() -> None:
    for key, module in kinds.KINDS.items():
        assert module.EXAMPLES["flagged"] and module.EXAMPLES["passes"], key
        assert module.__doc__ and module.run.__doc__ and module.parse.__doc__, key


@pytest.mark.parametrize(("key", "verdict", "example"), CASES, ids=[f"{k}-{v}-{i}" for i, (k, v, _) in enumerate(CASES)])
def test_examples(tmp_path: Path, key: str, verdict: str, example: tuple) -> None:
    quantities, option, articles = example
    found = _run(tmp_path, key, quantities, option, articles)
    errors = [f for f in found if str(f.severity) == "error"]
    assert bool(errors) is (verdict == "flagged"), [f.evidence for f in found]


def test_expect_edge_is_never_an_error(tmp_path: Path) -> None:
    quantities = {"a": {"kind": "percent", "about": ["Instagram"]}, "b": {"kind": "percent", "about": ["Facebook"]},
                  "total": {"kind": "percent", "sentence": ["together"]}}
    found = _run(tmp_path, "expect", quantities, "a + b == total",
                 ["Data show Instagram had 32% and Facebook 23%.", "Data show the two together had 56 percent."])
    assert [(str(f.severity), f.evidence) for f in found] == [
        ("info", "32% + 23% [54%, 56%) == 56 percent [55.5%, 56.5%): holds only within rounding")]


def test_unknown_kind_fails_loudly() -> None:
    with pytest.raises(KeyError):
        kinds.get("nonsense")


def test_a_quantity_bound_nowhere_is_reported_at_the_rule_file(tmp_path: Path) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text("pack: t\nquantities:\n  missing:\n    kind: money\n    about: [Nowhere]\nchecks:\n  c:\n    agree: missing\n",
                    encoding="utf-8")
    pack = load_pack(path)
    sources = [Source.build("a.txt", "Data show Instagram had 33 percent."), Source.build("b.txt", "It had 32%.")]
    found = engine.run([pack], sources, {s.name: extract(s) for s in sources})
    assert [(f.rule, str(f.severity), f.message) for f in found] == [
        ("crosscheck.unbound", "warning", "t: quantity 'missing' matches no figure in any of the 2 sources")]
    loc = found[0].locations[0]
    assert (loc.path, loc.line, loc.column, loc.text) == (str(path), 3, 3, "missing")
    assert found[0].evidence == "selector: kind money; about Nowhere"


def test_a_relation_that_holds_for_all_values_is_no_edge(tmp_path: Path) -> None:
    quantities = {"part": {"kind": "count", "period": "six months"}, "whole": {"kind": "count", "qualifier": ["more_than"]}}
    found = _run(tmp_path, "expect", quantities, "part <= whole",
                 ["Police logged 5,137 offences in the six months to September.", "Police logged more than 5,000 offences."])
    assert [f.evidence for f in found] == [
        "5,137 (exactly 5137) <= more than 5,000 (5000, 6000): holds only within rounding"]
    found = _run(tmp_path, "expect", quantities, "part <= whole",
                 ["Police logged 4,137 offences in the six months to September.", "Police logged more than 5,000 offences."])
    assert found == []


SHARES = {"a": {"kind": "percent", "about": ["Instagram"]}, "b": {"kind": "percent", "about": ["Facebook"]},
          "c": {"kind": "percent", "about": ["Snapchat"]}}
ARTICLES = ["Data show Instagram had 32% and Facebook 23%.", "Data show Snapchat had 9%."]


@pytest.mark.parametrize(("relation", "evidence"), [
    ("a / (b - c) == 1", "32% / (23% - 9%)"),
    ("(a - b) - c == 1", "32% - 23% - 9%"),
    ("a - (b - c) == 1", "32% - (23% - 9%)"),
    ("a - (b + c) == 1", "32% - (23% + 9%)"),
    ("(a + b) * c == 1", "(32% + 23%) * 9%"),
    ("a * (b / c) == 1", "32% * 23% / 9%"),  # the same value either way
    ("a / (b * c) == 1", "32% / (23% * 9%)"),
    ("-(a + b) == 1", "-(32% + 23%)"),
    ("a + b * c == 1", "32% + 23% * 9%"),
])
def test_expect_evidence_keeps_the_brackets(tmp_path: Path, relation: str, evidence: str) -> None:
    found = _run(tmp_path, "expect", SHARES, relation, ARTICLES)
    assert len(found) == 1 and found[0].evidence.startswith(evidence + " "), [f.evidence for f in found]
    assert not found[0].evidence[len(evidence):].lstrip().startswith(("+", "-", "*", "/")), found[0].evidence


@pytest.mark.parametrize(("relation", "articles"), [
    ("a / (b - c) == 1", ["Data show Instagram had 32% and Facebook 23%.", "Data show Snapchat had 23%."]),
    ("a / c == 1", ["Data show Instagram had 32% and Facebook 23%.", "Data show Snapchat had 0%."]),
])
def test_expect_division_by_zero_is_not_within_rounding(tmp_path: Path, relation: str, articles: list[str]) -> None:
    found = _run(tmp_path, "expect", SHARES, relation, articles)
    assert [f.evidence.endswith(": cannot be checked: it divides by a figure stated as zero") for f in found] == [True]
