"""Quotations across sources: what is flagged, what an editor accepts, and the seeds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import quotecheck
from checker.config import Config
from checker.engine import Aliases
from checker.extract import extract, quotations
from checker.model import Source
from checker.pipeline import check
from tests.conftest import SEEDS

BASE = ("Jane Smith, the charity's chief executive, said on Monday: "
        "“These figures are overwhelming evidence that children cannot be left to social networks.”\n")


def findings(a: str, b: str, aliases: dict[str, list[str]] | None = None) -> list[tuple[str, str]]:
    """(rule, evidence) of the quote findings between two articles."""
    sources = {name: Source.build(name, text) for name, text in (("a.txt", a), ("b.txt", b))}
    quotes = {name: quotations(s) for name, s in sources.items()}
    claims = {name: extract(s) for name, s in sources.items()}
    return [(f.rule, f.evidence) for f in quotecheck.check(sources, quotes, claims, Aliases(aliases))]


# (case, article B against BASE, rules expected)
FLAGGED = [
    ("a word changed", BASE.replace("social networks", "tech firms"), ["builtin.quote-wording"]),
    ("a word added", BASE.replace("be left", "simply be left"), ["builtin.quote-wording"]),
    ("a word dropped", BASE.replace("overwhelming evidence", "evidence"), ["builtin.quote-wording"]),
    ("the ending changed", BASE.replace("to social networks", "to the networks alone"), ["builtin.quote-wording"]),
    ("given to someone else", BASE.replace("Jane Smith, the charity's chief executive,", "Home Office minister Tom Brown"),
     ["builtin.quote-attribution"]),
    ("same words, said X after", "“These figures are overwhelming evidence that children cannot be left to social networks,” said Tom Brown.\n",
     ["builtin.quote-attribution"]),
    ("name misspelled", BASE.replace("Jane Smith", "Jane Smyth"), ["builtin.speaker-name"]),
    ("title changed", BASE.replace("the charity's chief executive", "the charity's chairman"), ["builtin.speaker-title"]),
]


@pytest.mark.parametrize(("case", "other", "expected"), FLAGGED, ids=[f[0] for f in FLAGGED])
def test_flagged(case: str, other: str, expected: list[str]) -> None:
    assert [rule for rule, _ in findings(BASE, other)] == expected


QUOTED_FIGURE = "Jane Smith said: “We saw 10 years of failed self-regulation by the firms.”\n"

FIGURES = [
    ("a different figure", QUOTED_FIGURE.replace("10 years", "12 years"), ["builtin.quote-figure"]),
    ("the same figure in words", QUOTED_FIGURE.replace("10 years", "ten years"), []),
    ("a percentage written another way", QUOTED_FIGURE.replace("10 years", "33 per cent"), []),
    ("a different percentage", QUOTED_FIGURE.replace("10 years", "45%"), ["builtin.quote-figure"]),
    ("a different figure in round brackets", QUOTED_FIGURE.replace("10 years", "$2 billion (£1.6 billion)"), ["builtin.quote-figure"]),
]


@pytest.mark.parametrize(("case", "other", "expected"), FIGURES, ids=[f[0] for f in FIGURES])
def test_figures_inside_quotes(case: str, other: str, expected: list[str]) -> None:
    base = QUOTED_FIGURE.replace("10 years", "33%") if "percent" in case else QUOTED_FIGURE
    base = base.replace("10 years", "$2 billion (£16 billion)") if "brackets" in case else base
    assert [rule for rule, _ in findings(base, other)] == expected


PASSES = [
    ("identical", BASE),
    ("a bracketed explanation", BASE.replace("social networks", "social networks [such as Instagram]")),
    ("a bracketed stand-in", BASE.replace("children cannot", "[young people] cannot")),
    ("an ellipsis for cut words", BASE.replace("evidence that children", "evidence … children")),
    ("three dots for cut words", BASE.replace("evidence that children", "evidence ... children")),
    ("a partial quote", "Jane Smith said the figures were “overwhelming evidence that children cannot be left”.\n"),
    ("a partial quote at the end", "Jane Smith said children “cannot be left to social networks”.\n"),
    ("capitals and punctuation at the edges", BASE.replace("“These figures", "“these figures").replace("networks.”", "networks”.")),
    ("British marks", BASE.replace("“", "‘").replace("”", "’")),
    ("American spelling", BASE.replace("social networks", "social networks that organise themselves")
     .replace("“These", "“These colourful")),
    ("straight marks", BASE.replace("“", '"').replace("”", '"')),
    ("a paraphrase outside quotation marks", "Jane Smith said the figures showed children cannot be left to tech firms.\n"),
    ("split by an attribution", "“These figures are overwhelming evidence,” Jane Smith said, “that children cannot be left to social networks.”\n"),
    ("the speaker by surname", "Jane Smith spoke.\nMs Smith said: “These figures are overwhelming evidence that children cannot be left to social networks.”\n"),
    ("the speaker by pronoun", "Jane Smith spoke.\n“These figures are overwhelming evidence that children cannot be left to social networks,” she said.\n"),
    ("a speaker guessed from a pronoun", "Tom Brown, the mayor, met the charity.\n“These figures are overwhelming evidence that children "
     "cannot be left to social networks,” he said.\n"),
    ("a shorter title", BASE.replace("the charity's chief executive", "the chief executive")),
    ("like words of another speaker", "Tom Brown, the mayor, said: “These figures are overwhelming, and children cannot be left to networks.”\n"),
    ("a different quote of the same speaker", "Jane Smith said: “We will go on campaigning until the law changes for every family.”\n"),
]


@pytest.mark.parametrize(("case", "other"), PASSES, ids=[p[0] for p in PASSES])
def test_accepted(case: str, other: str) -> None:
    base = BASE
    if case == "American spelling":
        base, other = other, other.replace("organise", "organize").replace("colourful", "colorful")
    assert findings(base, other) == []


def test_a_body_and_the_person_speaking_for_it() -> None:
    a = "Jane Smith, chief executive of Kids First, said: “Children cannot be left to social networks any longer.”\n"
    b = "Kids First said: “Children cannot be left to social networks any longer.”\n"
    assert findings(a, b) == []


def test_aliases_and_acronyms_name_one_body() -> None:
    a = "The National Crime Agency (NCA) spoke.\nA spokesman for the NCA said: “It is vital that platforms act against grooming.”\n"
    b = "A National Crime Agency spokesperson said: “It is vital that platforms act against grooming.”\n"
    c = "A spokesperson for NaCA said: “It is vital that platforms act against grooming.”\n"
    assert findings(a, b) == []
    assert [r for r, _ in findings(b, c)] == ["builtin.quote-attribution"]
    assert findings(b, c, {"National Crime Agency": ["NaCA"]}) == []


def test_a_name_run_together_is_one_person() -> None:
    a = "Home Secretary Jane Smith said: “We will not tolerate this kind of disorder at the border.”\n"
    b = "Home SecretaryJaneSmith said: “We will not tolerate this kind of disorder at the border.”\n"
    assert findings(a, b) == []
    assert [r for r, _ in findings(a, b.replace("JaneSmith", "TomBrown"))] == ["builtin.quote-attribution"]


def test_one_stated_name_filled_out_differently_is_one_person() -> None:
    a = "Roger Federer won.\n“I played well and the crowd helped me through the hard games,” said Federer.\n"
    b = "Dogged Federer won.\n“I played well and the crowd helped me through the hard games,” said Federer.\n"
    assert findings(a, b) == []


def test_a_configured_alias_is_one_person() -> None:
    other = BASE.replace("Jane Smith", "Jane Smyth")
    assert [r for r, _ in findings(BASE, other)] == ["builtin.speaker-name"]
    assert findings(BASE, other, {"Jane Smith": ["Jane Smyth"]}) == []


def test_wording_evidence_is_a_word_diff() -> None:
    (only,) = findings(BASE, BASE.replace("social networks", "tech firms"))
    assert only[1] == ("a.txt:1:60 and b.txt:1:60 differ inside the quotation marks: "
                       "… be left to [-social networks-] {+tech firms+}")


def test_attribution_evidence_names_both_speakers() -> None:
    (only,) = findings(BASE, BASE.replace("Jane Smith, the charity's chief executive,", "Home Office minister Tom Brown"))
    assert only[1] == ("b.txt:1:48 gives the words to Tom Brown (\"Home Office minister Tom Brown\"); "
                       "a.txt:1:60 gives them to Jane Smith (\"Jane Smith, the charity's chief executive\")")


def test_one_source_repeating_itself_is_not_compared() -> None:
    twice = BASE + "Later Jane Smith said: “These figures are overwhelming evidence that children cannot be left to tech firms.”\n"
    sources = {"a.txt": Source.build("a.txt", twice)}
    assert quotecheck.check(sources, {"a.txt": quotations(sources["a.txt"])}, {"a.txt": []}) == []


def test_many_sources_one_outlier() -> None:
    texts = {f"s{i}.txt": BASE for i in range(30)}
    texts["s30.txt"] = BASE.replace("social networks", "tech firms")
    sources = {n: Source.build(n, t) for n, t in texts.items()}
    found = quotecheck.check(sources, {n: quotations(s) for n, s in sources.items()}, {n: [] for n in sources})
    assert [(f.rule, f.locations[0].path) for f in found] == [("builtin.quote-wording", "s30.txt")]
    assert "(30 sources have the first version, 1 the second)" in found[0].evidence


def test_one_misattribution_among_many_is_the_one_flagged() -> None:
    texts = {f"s{i}.txt": BASE for i in range(5)}
    texts["s2.txt"] = BASE.replace("Jane Smith, the charity's chief executive,", "Tom Brown")
    sources = {n: Source.build(n, t) for n, t in texts.items()}
    found = quotecheck.check(sources, {n: quotations(s) for n, s in sources.items()}, {n: [] for n in sources})
    assert [(f.rule, [loc.path for loc in f.locations]) for f in found] == [("builtin.quote-attribution", ["s2.txt", "s0.txt"])]


def _check(texts: dict[str, str]) -> list[tuple[str, list[str]]]:
    """(rule, paths of its places) of the quote findings across several articles."""
    sources = {n: Source.build(n, t) for n, t in texts.items()}
    found = quotecheck.check(sources, {n: quotations(s) for n, s in sources.items()}, {n: [] for n in sources})
    return [(f.rule, [loc.path for loc in f.locations]) for f in found]


def test_a_misquote_shows_every_source_of_both_versions() -> None:
    other = BASE.replace("social networks", "tech firms")
    texts = {"s0.txt": BASE, "s1.txt": other, "s2.txt": BASE, "s3.txt": other}
    assert _check(texts) == [("builtin.quote-wording", ["s1.txt", "s3.txt", "s0.txt", "s2.txt"])]


# the same statement given to another speaker, and worded differently: both are shown
ONE_STATEMENT = [
    ("a spokesman and a body", "The Home Office said it showed “clear evidence of the council's failure to protect the rights of tenants”.\n",
     "Tom Brown, a spokesman for the mayor, called it “further clear evidence of the council's failure to protect the interests of tenants.”\n"),
    ("a union and a person", "Unite said the offer was “a cut in real terms for every nurse on a ward in the country”.\n",
     "Ann Lee said the offer was “a cut in real terms for every nurse on a ward in the land”.\n"),
]


@pytest.mark.parametrize(("case", "a", "b"), ONE_STATEMENT, ids=[c[0] for c in ONE_STATEMENT])
def test_one_statement_worded_differently_under_another_speaker(case: str, a: str, b: str) -> None:
    assert "builtin.quote-wording" in [rule for rule, _ in _check({"a.txt": a, "b.txt": b})]


def test_seed_quotes_agree() -> None:
    sources, found = check([str(SEEDS)], [], Config(), lambda err: None)
    assert [f.rule for f in found if "quote" in f.rule or "speaker" in f.rule] == []
    assert len(sources) == 2


def test_quote_rules_are_configurable() -> None:
    other = BASE.replace("social networks", "tech firms")
    paths = {"a.txt": BASE, "b.txt": other}
    sources = {n: Source.build(n, t) for n, t in paths.items()}
    found = quotecheck.check(sources, {n: quotations(s) for n, s in sources.items()}, {n: [] for n in sources})
    assert found[0].rule in quotecheck.RULES
    from checker.engine import select
    assert select(found, ("builtin.quote-wording",), {}) == []


def test_the_rarer_spelling_is_the_one_flagged() -> None:
    texts = {f"s{i}.txt": BASE for i in range(3)}
    texts["s3.txt"] = BASE.replace("Jane Smith", "Jane Smyth")
    sources = {n: Source.build(n, t) for n, t in texts.items()}
    found = quotecheck.check(sources, {n: quotations(s) for n, s in sources.items()}, {n: [] for n in sources})
    assert [(f.rule, [loc.path for loc in f.locations], f.locations[0].text) for f in found] == [
        ("builtin.speaker-name", ["s3.txt", "s0.txt"], "Jane Smyth, the charity's chief executive")]


@pytest.mark.parametrize(("a", "b", "alike"), [
    ("peter wanless", "peter wanliss", True), ("jane smith", "jane smyth", True), ("margot james", "margo james", True),
    ("ed davey", "ed davies", False), ("tom brown", "tim brown", False), ("john smith", "jane smith", False),
    ("peter wanless", "wanless", False), ("national crime agency", "nca", False),
])
def test_spelled_alike(a: str, b: str, alike: bool) -> None:
    from checker.people import spelled_alike

    assert spelled_alike(a, b) is alike


_PIECES = st.sampled_from(list("ab .,:\n\"'“”‘’[]…") + ["He said", "Jane Smith", " said: ", "Mr ", "(NCA)", "10 years"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=50).map("".join), st.lists(_PIECES, max_size=50).map("".join))
def test_quote_checks_never_raise(a: str, b: str) -> None:
    sources = {"a": Source.build("a", a), "b": Source.build("b", b)}
    found = quotecheck.check(sources, {n: quotations(s) for n, s in sources.items()}, {n: extract(s) for n, s in sources.items()})
    for f in found:
        assert f.rule in quotecheck.RULES and f.locations


# a body named by its members' role in the plural, and one of them given that role: one speaker, not a misattribution
RULING = "“in a way that singles out workers by their place of birth alone”"
MEMBERS = [
    ("law lords and a lord", f"The Law Lords said the rules were unlawful as they treated staff {RULING}.\n",
     f"On Thursday, Lord Hale - one of the law lords - said the rules were unlawful as they treated staff {RULING}.\n", []),
    ("judges and a judge", f"The Appeal Court Judges said the rules were unlawful as they treated staff {RULING}.\n",
     f"Judge Ann Cole said the rules were unlawful as they treated staff {RULING}.\n", []),
    ("senators and a senator", f"The Senators said the rules were unlawful as they treated staff {RULING}.\n",
     f"Tom Reed, a senator, said the rules were unlawful as they treated staff {RULING}.\n", []),
    ("judges and a mayor", f"The Appeal Court Judges said the rules were unlawful as they treated staff {RULING}.\n",
     f"Mayor Tom Reed said the rules were unlawful as they treated staff {RULING}.\n", ["builtin.quote-attribution"]),
    ("a name in the plural is no role", f"Tom Hills said the rules were unlawful as they treated staff {RULING}.\n",
     f"Ann Hill said the rules were unlawful as they treated staff {RULING}.\n", ["builtin.quote-attribution"]),
]


@pytest.mark.parametrize(("case", "a", "b", "expected"), MEMBERS, ids=[m[0] for m in MEMBERS])
def test_a_body_and_one_of_its_members(case: str, a: str, b: str, expected: list[str]) -> None:
    assert [r for r, _ in findings(a, b)] == expected
