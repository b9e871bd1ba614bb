"""Rule packs compare a quantity's figures in one unit, and never compare figures of different measures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.extract import extract
from checker.findings import fingerprint
from checker.model import Source
from tests.test_kinds import _run

SHARE = {"backing": {"kind": ["percent", "ratio"], "sentence": ["voters"]}}
LENGTH = {"span": {"kind": "measure", "sentence": ["bridge"]}}
MASS = {"load": {"kind": "measure", "sentence": ["parcel"]}}
VOLUME = {"fuel": {"kind": "measure", "sentence": ["tank"]}}
TIME = {"wait": {"kind": "duration", "sentence": ["waited"]}}
MONEY = {"fee": {"kind": "money", "sentence": ["fee"]}}
POINTS = {"gap": {"kind": "percent", "sentence": ["gap"]}}

# (quantities, articles, the evidence of the agree finding, or None when the figures agree)
AGREE = [
    (SHARE, ["Officials said 60% of voters backed it.", "Officials said three-fifths of voters backed it."], None),
    (SHARE, ["Officials said half of voters backed it.", "Officials said 50 per cent of voters backed it."], None),
    (SHARE, ["Officials said 60% of voters backed it.", "Officials said half of voters backed it."],
     '"half" (= 50%) (s1.txt:1) allows (45%, 55%); "60%" (s0.txt:1) allows [59.5%, 60.5%): no value fits both'),
    (SHARE, ["Officials said 40% of voters backed it.", "Officials said two in five voters backed it.",
             "Officials said a quarter of voters backed it."],
     '"a quarter" (= 25%) (s2.txt:1) allows (22.5%, 29.166667%); "40%" (s0.txt:1) allows [39.5%, 40.5%): no value fits both'),
    (LENGTH, ["The bridge is 100 miles long.", "The bridge is 160km long."], None),
    (LENGTH, ["The bridge is 100 miles long.", "The bridge is 100km long."],
     '"100km" (= 62.137119 miles) (s1.txt:1) allows [59.030263 miles, 65.243975 miles); '
     '"100 miles" (s0.txt:1) allows exactly 100 miles: no value fits both'),
    (LENGTH, ["The bridge is 10 inches long.", "The bridge is 25cm long."], None),
    (LENGTH, ["The bridge is 10 inches long.", "The bridge is 30cm long."],
     '"30cm" (= 11.811024 in) (s1.txt:1) allows [11.614173 in, 12.007874 in); "10 inches" (s0.txt:1) allows exactly 10 in: '
     'no value fits both'),
    (LENGTH, ["The bridge is 1,500m long.", "The bridge is 1.5km long."], None),
    (LENGTH, ["The bridge is 1,500m long.", "The bridge is 1.6km long."],
     '"1.6km" (= 1600 m) (s1.txt:1) allows exactly 1600 m; "1,500m" (s0.txt:1) allows exactly 1500 m: no value fits both'),
    (MASS, ["The parcel weighed 2lb.", "The parcel weighed 1kg."], None),
    (MASS, ["The parcel weighed 2lb.", "The parcel weighed 5kg."],
     '"5kg" (= 11.023113 lb) (s1.txt:1) allows [9.920802 lb, 12.125424 lb); "2lb" (s0.txt:1) allows exactly 2 lb: '
     'no value fits both'),
    (MASS, ["The parcel weighed 5 tons.", "The parcel weighed 5 tonnes."], None),
    (VOLUME, ["The tank holds 5 gallons.", "The tank holds 20 litres."], None),
    (VOLUME, ["The tank holds 5 gallons.", "The tank holds 40 pints."], None),
    (VOLUME, ["The tank holds 5 gallons.", "The tank holds 30 litres."],
     '"30 litres" (= 6.599077 to 7.925162 gallons) (s1.txt:1) allows [6.489093 gallons, 8.057248 gallons); "5 gallons" (s0.txt:1) allows exactly '
     '5 gallons: no value fits both'),
    (TIME, ["Patients waited 48 hours.", "Patients waited two days."], None),
    (TIME, ["Patients waited 18 months.", "Patients waited 1.5 years."], None),
    (TIME, ["Patients waited 48 hours.", "Patients waited three days."],
     '"three days" (= 72 h) (s1.txt:1) allows exactly 72 h; "48 hours" (s0.txt:1) allows exactly 48 h: no value fits both'),
    (TIME, ["Patients waited 13 months.", "Patients waited a year."],
     '"a year" (= 12 months) (s1.txt:1) allows exactly 12 months; "13 months" (s0.txt:1) allows exactly 13 months: '
     'no value fits both'),
]


@pytest.mark.parametrize(("quantities", "articles", "evidence"), AGREE, ids=[f"{i}-{a[-1][:30]}" for i, (_, a, _) in enumerate(AGREE)])
def test_agree_in_one_unit(tmp_path: Path, quantities: dict[str, Any], articles: list[str], evidence: str | None) -> None:
    found = _run(tmp_path, "agree", quantities, next(iter(quantities)), articles, only=None)
    assert [f.evidence for f in found] == ([] if evidence is None else [evidence])


# (quantities, articles, the message of the incomparable finding): figures of different measures
INCOMPARABLE = [
    (MONEY, ["The fee was £5.", "The fee was $5.", "The fee was $5."],
     "t: quantity 'fee' is money in GBP in s0.txt but money in USD elsewhere; "
     "figures of different measures are never compared, so it is not checked there"),
    (POINTS, ["The gap was 3 percentage points.", "The gap was 40%."],
     "t: quantity 'gap' is a share in s1.txt but percentage points elsewhere; "
     "figures of different measures are never compared, so it is not checked there"),
]


@pytest.mark.parametrize(("quantities", "articles", "message"), INCOMPARABLE, ids=["currencies", "points"])
def test_figures_of_different_measures_are_reported_not_compared(tmp_path: Path, quantities: dict[str, Any], articles: list[str],
                                                                 message: str) -> None:
    found = _run(tmp_path, "agree", quantities, next(iter(quantities)), articles, only=None)
    assert [(f.rule, str(f.severity), f.message) for f in found] == [("crosscheck.incomparable", "warning", message)]


# (articles, the relation, the evidence of its finding, or None when it holds): shares stated both ways
EXPECT_SHARES = {"men": {"kind": "percent", "sentence": ["men"]}, "women": {"kind": "ratio", "sentence": ["women"]}}
EXPECT = [
    (["Among men, 60% agreed.", "Among women, three-quarters agreed."], "men + women <= 100",
     "60% + three-quarters (= 75%) (130.333333, 138) <= 100 (exactly 100): cannot hold"),
    (["Among men, 60% agreed.", "Among women, three-quarters agreed."], "men + women <= 150", None),
    (["Among men, 60% agreed.", "Among women, three-quarters agreed."], "men < women", None),
]


@pytest.mark.parametrize(("articles", "relation", "evidence"), EXPECT, ids=[r for _, r, _ in EXPECT])
def test_expect_reads_shares_in_one_unit(tmp_path: Path, articles: list[str], relation: str, evidence: str | None) -> None:
    found = _run(tmp_path, "expect", EXPECT_SHARES, relation, articles)
    assert [f.evidence for f in found] == ([] if evidence is None else [evidence])


def test_explain_shows_the_unit_and_the_figures_left_out(tmp_path: Path) -> None:
    pack = tmp_path / "pack.yaml"
    pack.write_text("pack: t\nquantities:\n  backing:\n    kind: [percent, ratio]\n    sentence: [voters]\n  fee:\n    kind: money\n"
                    "    sentence: [fee]\nchecks:\n  c:\n    agree: [backing, fee]\n", encoding="utf-8")
    articles = []
    for name, text in (("a.txt", "Officials said 60% of voters backed it. The fee was £5.\n"),
                       ("b.txt", "Officials said three-fifths of voters backed it. The fee was $5.\n"),
                       ("c.txt", "Officials said half of voters backed it. The fee was $5.\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        articles.append(str(tmp_path / name))
    result = CliRunner().invoke(app, ["rules", "explain", str(pack), *articles])
    lines = [line for line in result.stdout.splitlines() if not line.startswith("    ") and ": bound" not in line]
    a, b, c = articles
    assert lines == [
        f"t.backing ({pack}:3:3): kind percent or ratio; sentence has voters",
        f'  compared in percent: "60%" ({a}:1) allows [59.5%, 60.5%); "three-fifths" (= 60%) ({b}:1) allows (55%, 63.333333%); '
        f'"half" (= 50%) ({c}:1) allows (45%, 55%)',
        f"t.fee ({pack}:6:3): kind money; sentence has fee",
        f'  not compared, money in USD elsewhere: "£5" ({a}:1) allows exactly 5',
    ]


def test_a_finding_keeps_its_identity_whatever_unit_it_is_compared_in(tmp_path: Path) -> None:
    articles = ["Officials said 60% of voters backed it.", "Officials said half of voters backed it."]
    sources = [Source.build(f"s{i}.txt", text) for i, text in enumerate(articles)]
    claims = [c for s in sources for c in extract(s) if c.kind in {"percent", "ratio"}]
    found = _run(tmp_path, "agree", SHARE, "backing", articles)
    assert [f.fingerprint for f in found] == [fingerprint("t.c", claims[::-1])]


def test_explain_says_what_each_figure_measures(tmp_path: Path) -> None:
    pack = tmp_path / "pack.yaml"
    pack.write_text("pack: t\nquantities:\n  held:\n    kind: count\n    sentence: [detained]\nchecks:\n  c:\n    agree: held\n",
                    encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Police said 42 people were detained in Kent on Sunday.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["rules", "explain", str(pack), str(article)])
    assert result.stdout.splitlines()[2] == "    1:13 count '42' allows exactly 42; measures a count of people (event detain; in kent)"
