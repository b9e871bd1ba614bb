"""A speaker's name spelled otherwise where another source only mentions the person."""

from __future__ import annotations

import pytest

from checker import quotecheck, speakercheck
from checker.engine import Aliases
from checker.extract import quotations
from checker.model import Source

SPOKE = "Kate Morris, the council's housing director, said: “We will build two hundred homes by the spring.”\n"
OFFICER = ("Hill Valley Police Department director Sam Okonjo said: “We are looking for the driver of a blue van.”\n"
           "Okonjo said the van was last seen on Friday.\n")


def names(a: str, b: str, aliases: dict[str, list[str]] | None = None) -> list[tuple[str, str]]:
    """(source, words) of each place of the speaker-name findings between two articles."""
    sources = {name: Source.build(name, text) for name, text in (("a.txt", a), ("b.txt", b))}
    found = quotecheck.check(sources, {n: quotations(s) for n, s in sources.items()}, {n: [] for n in sources}, Aliases(aliases))
    return [(loc.path, loc.text) for f in found if f.rule == "builtin.speaker-name" for loc in f.locations]


FLAGGED = [
    ("misspelled in reported speech", SPOKE, "Kate Moris told reporters the homes would be built.\n", "Kate Moris", "Kate Morris"),
    ("misspelled after a title", SPOKE, "The housing director, Kate Morriss, posted the plan online.\n", "Kate Morriss", "Kate Morris"),
    ("misspelled across a line break", SPOKE, "The plan was drawn up by Kate\nMoris and her team.\n", "Kate\nMoris", "Kate Morris"),
    ("further apart beside the same organisation", OFFICER,
     "Hill Valley Police Department Director Sam Okonkwo told the station a warrant was sought.\n", "Sam Okonkwo", "Sam Okonjo"),
    ("further apart beside the same title", "Sam Okonjo, the fire chief, said: “The blaze is under control at last.”\n",
     "Fire chief Sam Okonkwo told the station the blaze was out.\n", "Sam Okonkwo", "Sam Okonjo"),
]


@pytest.mark.parametrize(("case", "a", "b", "variant", "spelling"), FLAGGED, ids=[c[0] for c in FLAGGED])
def test_a_mention_spelled_otherwise(case: str, a: str, b: str, variant: str, spelling: str) -> None:
    assert names(a, b) == [("b.txt", variant), ("a.txt", spelling)]


PASSES = [
    ("the same spelling", SPOKE, "Kate Morris told reporters the homes would be built.\n"),
    ("a possessive", SPOKE, "Kate Morris's plan was approved on Monday.\n"),
    ("another person with a like name", "Ed Davey said: “We will vote against the bill next week.”\n",
     "Ed Davies told the BBC he would abstain.\n"),
    ("another first name", SPOKE, "Katy Moris told reporters the homes would be built.\n"),
    ("further apart with nothing beside it", OFFICER, "Sam Okonkwo, a shopkeeper, told the station he saw the van.\n"),
    ("both spellings in one source are two people", SPOKE, "Kate Morris met Kate Moris, a tenant, on Monday.\n"),
    ("an accent", "Pedro Sánchez said: “We have sufficient guarantees on the rock.”\n",
     "Pedro Sanchez told reporters the guarantees were enough.\n"),
    ("an accent on two speakers", "Pedro Sánchez said: “We have sufficient guarantees on the rock.”\n",
     "Pedro Sanchez said: “Spain will vote for the deal on Sunday.”\n"),
    ("a body and its adjective", "The Liberal Democrats said they were “ready to talk to anyone”.\n",
     "Liberal Democrat spokesman Tom Hill said the party was ready.\n"),
    ("a surname far apart", SPOKE, "Kate Mortimer told reporters the homes would be built.\n"),
]


# two speakers whose surnames are further apart: one person when one role or the same words vouch for it
SPEAKERS = [
    ("the same organisation", OFFICER,
     "Hill Valley Police Department director Sam Okonkwo said: “A warrant is being sought this evening.”\n", True),
    ("the same words", "Sam Okonjo said: “The blaze is under control at last.”\n",
     "Sam Okonkwo said: “The blaze is under control at last.”\n", True),
    ("nothing in common", "Sam Okonjo said: “The blaze is under control at last.”\n",
     "Sam Okonkwo said: “The shop will open again on Monday.”\n", False),
]


@pytest.mark.parametrize(("case", "a", "b", "one"), SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_two_speakers_further_apart(case: str, a: str, b: str, one: bool) -> None:
    assert bool(names(a, b)) is one


@pytest.mark.parametrize(("case", "a", "b"), PASSES, ids=[c[0] for c in PASSES])
def test_not_a_misspelling(case: str, a: str, b: str) -> None:
    assert names(a, b) == []


def test_the_same_words_under_a_name_further_apart_are_no_misattribution() -> None:
    a, b = "Sam Okonjo said: “The blaze is under control at last.”\n", "Sam Okonkwo said: “The blaze is under control at last.”\n"
    sources = {name: Source.build(name, text) for name, text in (("a.txt", a), ("b.txt", b))}
    found = quotecheck.check(sources, {n: quotations(s) for n, s in sources.items()}, {n: [] for n in sources})
    assert [f.rule for f in found] == ["builtin.speaker-name"]


def test_a_configured_alias_is_one_spelling() -> None:
    b = "Kate Moris told reporters the homes would be built.\n"
    assert names(SPOKE, b, {"Kate Morris": ["Kate Moris"]}) == []


def _crowd(n: int) -> dict[str, Source]:
    """n sources, each quoting a speaker whose surname is spelled like its neighbours' ('Jane Bolling', 'Jane Bollinh')."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return {f"{i}.txt": Source.build(f"{i}.txt", f"“We will win the cup this year,” said Jane Bolli{letters[i // 26 % 26]}{letters[i % 26]}g.\n")
            for i in range(n)}


def test_a_crowd_of_names_alike_makes_one_finding_a_speaker() -> None:
    sources = _crowd(120)
    found = speakercheck.check(sources, {n: quotations(s) for n, s in sources.items()}, Aliases())
    flagged = [f.locations[0] for f in found if f.rule == "builtin.speaker-name"]
    assert flagged and len(flagged) == len(set(flagged))  # each speaker flagged once: no finding made twice
