"""A figure told twice in one source: one binding when the tellings agree, a finding when they do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_kinds import _run

QUANTITY = {"fund": {"kind": "money", "sentence": ["fund"]}}
HEADLINE_AND_BODY = "Charity fund reaches £4.2m.\n\nThe appeal fund now stands at £4.2m, its trustees said."


@pytest.mark.parametrize("first, second, rules", [
    # told twice alike in the first source: bound once, so the second source's figure is checked
    (HEADLINE_AND_BODY, "The appeal fund stands at £4.5m.", ["t.c"]),
    (HEADLINE_AND_BODY, "The appeal fund stands at £4.2m.", []),
    # told twice differently: reported, and not checked there
    ("Charity fund reaches £4.2m.\n\nThe appeal fund now stands at £4.8m.", "The appeal fund stands at £4.2m.",
     ["crosscheck.ambiguous"]),
    # a rounded headline agrees with a precise body
    ("Charity fund reaches £4m.\n\nThe appeal fund now stands at £4.2m.", "The appeal fund stands at £4.5m.", ["t.c"]),
])
def test_told_twice(tmp_path: Path, first: str, second: str, rules: list[str]) -> None:
    found = _run(tmp_path, "agree", QUANTITY, "fund", [first, second], only=None)
    assert sorted(f.rule for f in found) == rules


def test_told_twice_differently_names_every_telling(tmp_path: Path) -> None:
    (f,) = _run(tmp_path, "agree", QUANTITY, "fund",
                ["Charity fund reaches £4.2m.\n\nThe appeal fund now stands at £4.8m.", "The fund has £4.2m."], only=None)
    assert [loc.text for loc in f.locations] == ["£4.2m", "£4.8m"]
    assert "told 2 times in s0.txt, differently" in f.message


def test_dates_told_twice_agree_only_when_some_day_fits_both() -> None:
    from checker.extract import extract
    from checker.model import Source
    from checker.tellings import agreed

    told = [c for c in extract(Source.build("a.txt", "It began on 26 November. It began on 28 November.")) if c.kind == "date"]
    assert agreed(told) is None
    same = [c for c in extract(Source.build("a.txt", "It began on 26 November. It began on Nov. 26.")) if c.kind == "date"]
    assert agreed(same) is not None


def test_a_quantity_every_source_tells_twice_differently_is_reported_not_a_crash() -> None:
    from checker.align import Described, Quantity
    from checker.align.compare import findings
    from checker.extract import extract
    from checker.meaning import describe
    from checker.model import Severity, Source

    claims = [c for name, text in (("a.txt", "It won 40 seats. It won 45 seats."), ("b.txt", "It won 50 seats. It won 55 seats."))
              for c in extract(Source.build(name, text))]
    members = [(Described(c, m), 1.0) for c in claims if (m := describe(c)) is not None]
    found = list(findings("r", Severity.ERROR, "m", Quantity(members, {frozenset(("a.txt", "b.txt"))})))
    assert [(f.severity, [loc.path for loc in f.locations]) for f in found] == [
        (Severity.WARNING, ["a.txt", "a.txt"]), (Severity.WARNING, ["b.txt", "b.txt"])]


def test_two_figures_of_one_sentence_are_never_told_twice() -> None:
    from checker.align import Described, Quantity
    from checker.align.compare import findings
    from checker.extract import extract
    from checker.meaning import describe
    from checker.model import Severity, Source

    claims = [c for name, text in (("a.txt", "It took 28.5% of the vote in the north and 16% in the south."),
                                   ("b.txt", "It took 28.5% of the vote."))
              for c in extract(Source.build(name, text))]
    members = [(Described(c, m), 1.0) for c in claims if (m := describe(c)) is not None]
    assert [d.claim.text for d, _ in members] == ["28.5%", "16%", "28.5%"]
    assert list(findings("r", Severity.ERROR, "m", Quantity(members, {frozenset(("a.txt", "b.txt"))}))) == []
