"""Paraphrased sentences across sources: which sentences tell one statement, and which figures correspond."""

from __future__ import annotations

import pytest

from checker.align import described
from checker.align.index import idf_table
from checker.align.paraphrase import paraphrases, sole
from checker.align.score import Likeness
from checker.extract import extract
from checker.meaning import Meaning
from checker.model import Source

OTHER = " The museum opened in 1998 with 40 rooms. Its director earns $90,000 a year."


def _words(classes: set[str]) -> Meaning:
    """A meaning whose sentence has these word classes, and nothing else."""
    return Meaning("count", (), frozenset(classes), (), None, None, frozenset(), frozenset(), frozenset(), None, None)


def _read(a: str, b: str) -> list:
    return described({name: extract(Source.build(name, text)) for name, text in (("a.txt", a), ("b.txt", b))})


def _pairs(a: str, b: str) -> set[tuple[str, str]]:
    items = _read(a, b)
    found = paraphrases(items, Likeness(idf_table(items)))
    return {tuple(sorted(s[:12] for _, s in pair)) for pair in found}  # type: ignore[misc]


@pytest.mark.parametrize("a, b, expected", [
    ("A court in Lyon agreed on Friday to extend the detention of the former cyclist for another 45 days." + OTHER,
     "The former cyclist was ordered by a court to spend another 90 days in detention.",
     {("A court in L", "The former c")}),
    # each sentence is the other's most alike: the closer of two candidates wins
    ("Police detained 40 protesters outside the embassy on Sunday. Police detained 12 protesters outside the embassy"
     " and the parliament on Sunday night after the march." + OTHER,
     "On Sunday police detained 40 protesters outside the embassy.",
     {("On Sunday po", "Police detai")}),
    # sentences sharing a few words are no paraphrase
    ("The storm killed 12 people in the coastal towns." + OTHER,
     "Rescue teams reached 12 towns cut off by the flood waters this week.",
     set()),
])
def test_paraphrases(a: str, b: str, expected: set[tuple[str, str]]) -> None:
    assert _pairs(a, b) == expected


def test_paraphrases_are_mutual_best() -> None:
    items = _read("Police detained 40 protesters outside the embassy on Sunday. Police detained 12 protesters outside the"
                  " embassy and the parliament on Sunday night after the march." + OTHER,
                  "On Sunday police detained 40 protesters outside the embassy.")
    idf = idf_table(items)
    [pair] = paraphrases(items, Likeness(idf))
    chosen = {s for _, s in pair}
    assert any(s.startswith("Police detained 40") for s in chosen)


@pytest.mark.parametrize("a, b", [({"x", "y"}, {"x", "y"}), ({"x"}, {"y"}), (set(), set()), ({"x", "y", "z"}, {"x"})])
def test_sentence_likeness_is_symmetric_and_bounded(a: set[str], b: set[str]) -> None:
    idf = {"x": 2.0, "y": 1.5, "z": 3.0}
    likeness = Likeness(idf)
    left, right = likeness.sentences(_words(a), _words(b)), likeness.sentences(_words(b), _words(a))
    assert left == right and 0.0 <= left <= 1.0
    assert (left == 1.0) == (bool(a) and a == b)


def test_sole_figures_of_a_measure() -> None:
    items = _read("The storm killed 12 people and injured 40 on Monday, and cost $3m.", "The storm killed 12 people.")
    alone = {(items[i].claim.source, items[i].claim.text) for i in sole(items)}
    assert alone == {("a.txt", "$3m"), ("a.txt", "Monday"), ("b.txt", "12")}


def _retold(n: int) -> list:
    texts = {f"s{k:03}.txt": f"Police in Lyon detained {40 + (k == 1)} protesters outside the embassy on Sunday night."
             for k in range(n)}
    return described({name: extract(Source.build(name, text)) for name, text in texts.items()})


@pytest.mark.parametrize("n", [3, 5, 12])
def test_a_sentence_retold_by_several_sources_is_paired_in_each(n: int) -> None:
    items = _retold(n)
    found = paraphrases(items, Likeness(idf_table(items)))
    told = {source for pair in found for source, _ in pair}
    assert len(told) == n  # every source's sentence is paired with another's


@pytest.mark.parametrize("n", [3, 5, 12])
def test_a_figure_retold_by_several_sources_is_checked(n: int) -> None:
    from checker.align import check

    claims = {name: extract(Source.build(name, f"Police in Lyon detained {40 + (name == 's001.txt')} protesters "
                                               "outside the embassy on Sunday night."))
              for name in (f"s{k:03}.txt" for k in range(n))}
    found = check(claims)
    assert any("s001.txt" in {loc.path for loc in f.locations} for f in found)
