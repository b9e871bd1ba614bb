"""Work alignment does once, or not at all, with the same findings: pairs scored once whichever
way they are asked, quantities read alike by every source never weighed figure by figure."""

from __future__ import annotations

import pytest

from checker.align import align, described
from checker.align.compare import Pairs, conflict, findings
from checker.align.index import idf_table
from checker.align.score import Likeness
from checker.extract import extract
from checker.meaning import Meaning
from checker.model import Claim, Source

TEXTS = [
    "Police arrested 42 people near the border on Sunday. The fire killed 12 people in the valley.",
    "Officials said 69 people were arrested near the border. Sales rose 8% last year to 5,000 cars.",
    "The firm sold 5,000 cars, up 9%. The council spent £4m on roads and £2m on schools.",
    "Schools got £3m, roads £4m. Some 300 pupils passed the test, and 12 people died in the valley fire.",
]


def _items() -> list:
    return described({f"{k}.txt": extract(Source.build(f"{k}.txt", text)) for k, text in enumerate(TEXTS)})


def test_likeness_is_symmetric_to_the_last_bit() -> None:
    """A pair's score is the same whichever figure asks: so one entry serves both."""
    items = _items()
    idf = idf_table(items)
    for a in items:
        for b in items:
            assert Likeness(idf).score(a.meaning, b.meaning) == Likeness(idf).score(b.meaning, a.meaning)


def test_a_pair_of_meanings_is_scored_once_whichever_way_it_is_asked() -> None:
    items = _items()
    likeness = Likeness(idf_table(items))
    calls: list[tuple[int, int]] = []
    score = likeness._score

    def counted(a: Meaning, b: Meaning) -> float:
        calls.append((id(a), id(b)))
        return score(a, b)

    likeness._score = counted  # type: ignore[method-assign]
    meanings = list({id(d.meaning): d.meaning for d in items}.values())
    for a in meanings:
        for b in meanings:
            likeness.score(a, b)
    n = len(meanings)
    assert len(calls) == n * (n + 1) // 2


@pytest.mark.parametrize("texts, weighed", [
    (["Police arrested 40 people at the border.", "At the border police arrested 40 people.", "Police said 40 people were arrested at the border."], False),
    (["Police arrested 40 people at the border.", "At the border police arrested 40 people.", "Police said 69 people were arrested at the border."], True),
])
def test_a_quantity_every_source_reads_alike_is_not_weighed_figure_by_figure(texts: list[str], weighed: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Figures of one reading cannot conflict nor round one another: one test of the reading settles it."""
    import checker.align.compare as compare

    quantities = align({f"{k}.txt": extract(Source.build(f"{k}.txt", t)) for k, t in enumerate(texts)})
    (quantity,) = [q for q in quantities if q.members[0][0].claim.kind == "count"]
    linked: list[int] = []
    real = compare._linked

    def counted(bound: list[Claim], links: set[frozenset[str]]) -> list[list[int]]:
        linked.append(len(bound))
        return real(bound, links)

    monkeypatch.setattr(compare, "_linked", counted)
    found = list(findings("builtin.agree", compare.Severity.ERROR, "m", quantity))
    assert bool(linked) is weighed and bool(found) is weighed


def test_pairs_may_take_the_readings_of_another_test() -> None:
    claims = [c for k, t in enumerate(["It rose 33%.", "It rose 33%.", "It rose 32%."]) for c in extract(Source.build(f"{k}.txt", t))]
    first = Pairs(conflict, claims)
    second = Pairs(lambda a, b: False, claims, first.alike)
    assert second.alike is first.alike and first.alike == [0, 0, 1]


def test_a_figures_other_facts_iterate_in_one_order_whatever_order_they_come_in() -> None:
    """Numbers that collide in a set's table (0 and 8 in a table of 8) iterate in the order they were
    put in: the anchors of a figure, which open its candidates in that order, are put in sorted."""
    from checker.align import numbers

    numbered: dict[object, int] = {"a": 0, "b": 8, "c": 16}
    orders = {tuple(numbers(facts, numbered)) for facts in (["a", "b", "c"], ["c", "b", "a"], ["b", "c", "a"])}
    assert orders == {(0, 8, 16)}


def test_each_figure_is_told_apart_once_however_many_outliers_it_is_held_against(monkeypatch: pytest.MonkeyPatch) -> None:
    """A finding's key reads the telling of every figure it is held against: once a figure, not once an outlier."""
    import checker.align.compare as compare

    texts = ["Police arrested 40 people at the border.", "At the border police arrested 40 people.",
             "Police said 69 people were arrested at the border.", "Officers arrested 71 people at the border.",
             "Police arrested 73 people at the border, officials said."]
    quantities = align({f"{k}.txt": extract(Source.build(f"{k}.txt", t)) for k, t in enumerate(texts)})
    (quantity,) = [q for q in quantities if q.members[0][0].claim.kind == "count"]
    asked: list[str] = []
    real = compare.telling

    def counted(claim: Claim) -> tuple[object, ...]:
        asked.append(claim.source)
        return real(claim)

    monkeypatch.setattr(compare, "telling", counted)
    found = list(findings("builtin.agree", compare.Severity.ERROR, "m", quantity))
    assert found and len(asked) == len(set(asked))


@pytest.mark.parametrize("texts", [
    ["Sales rose 33%.", "Sales rose 32%.", "Sales rose 33%.", "It opened on 9 May 2019."],
    ["It was 5 miles.", "It was 8km.", "It was 5 miles.", "In all 60% backed it."],
])
def test_few_pairs_read_only_the_figures_tested_and_answer_as_pairs_do(texts: list[str]) -> None:
    """`FewPairs` (a test asked of a few of many figures) reads a figure when it is first tested."""
    from checker.align.compare import FewPairs, disagree

    claims = [extract(Source.build(f"{k}.txt", text))[0] for k, text in enumerate(texts)]
    few, every = FewPairs(disagree, claims), Pairs(disagree, claims)
    assert few.alike == [-1, -1, -1, -1]
    assert [few(0, 1), few(1, 2)] == [every(0, 1), every(1, 2)]
    assert few.alike[3] == -1 and min(few.alike[:3]) >= 0  # the fourth was never tested: never read
    assert few.alike[0] == few.alike[2] != few.alike[1]  # figures read alike share their number


def test_a_claim_is_told_once_in_many_findings_and_alike_each_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Evidence, locations and fingerprints are made once per claim (`findings.once`), the same as made anew."""
    from checker import findings as made
    from checker.align import compare

    calls: list[str] = []
    evidence = compare._evidence
    monkeypatch.setattr(compare, "_evidence", lambda c: calls.append(c.text) or evidence(c))
    (claim,) = extract(Source.build("a.txt", "Police arrested 42 people."))
    told = [compare._stated(claim) for _ in range(3)]
    assert calls == ["42"] and told == [evidence(claim)] * 3
    assert made.location(claim) is made.location(claim) == made._location(claim)
    twin = claim._replace(text="42")  # another claim, read alike: its own entry
    assert compare._stated(twin) == told[0] and calls == ["42", "42"]


def test_a_fingerprint_made_once_follows_the_working_folder(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A source's fingerprint is relative to the working folder: a claim remembered in one folder is made anew in another."""
    from checker.findings import _fingerprinted, digest, fingerprint

    (claim,) = extract(Source.build("articles/a.txt", "Police arrested 42 people."))
    here = fingerprint("r", [claim])
    (tmp_path / ".git").mkdir()
    (tmp_path / "desk").mkdir()
    monkeypatch.chdir(tmp_path / "desk")  # 'articles/a.txt' is 'desk/articles/a.txt' of the root
    there = fingerprint("r", [claim])
    assert there != here and there == fingerprint("r", [claim])
    assert there == digest("r", [_fingerprinted(claim)]) and _fingerprinted(claim).startswith("desk/articles/a.txt|")


@pytest.mark.parametrize("texts, asked", [
    (["Sales rose 32%.", "Sales rose 33%.", "Sales rose 33%.", "Sales rose 33 per cent."], 1),  # three read alike: asked once
    (["Sales rose 32%.", "Sales rose 33%.", "Sales rose about 33%.", "Sales rose 33%."], 2),  # a hedge is another reading
])
def test_one_figure_is_held_against_each_reading_once(texts: list[str], asked: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """`_Against`: an outlier held against many figures read alike asks the pairs once a reading."""
    from checker.align.compare import _Against

    claims = [extract(Source.build(f"{k}.txt", text))[0] for k, text in enumerate(texts)]
    pairs = Pairs(conflict, claims)
    calls: list[int] = []
    ask = Pairs.__call__
    monkeypatch.setattr(Pairs, "__call__", lambda self, x, y: calls.append(y) or ask(self, x, y))
    with_first = _Against(pairs, 0)
    assert [with_first(x) for x in (1, 2, 3)] == [conflict(claims[0], c) for c in claims[1:]]
    assert len(calls) == asked
