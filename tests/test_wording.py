"""Two versions of a quotation, word by word: what drifts and what an editor accepts."""

from __future__ import annotations

import pytest

from checker.extract import quotations
from checker.model import Source
from checker.wording import compare, diff, normal, one_word, same_quote, wording


def _wording(quoted: str):  # type: ignore[no-untyped-def]
    text = f"She said: “{quoted}”"
    (q,) = quotations(Source.build("t", text))
    return text, wording(text, q)


@pytest.mark.parametrize(("word", "expected"), [
    ("Organisation", "organization"), ("colour", "color"), ("four", "four"), ("centre", "center"),
    ("analysed", "analyzed"), ("defence", "defense"), ("programmes", "programs"), ("5,100", "5100"),
    ("it’s", "it's"), ("Hours", "hours"), ("judgement", "judgment"), ("travelled", "traveled"), ("cancelling", "canceling"),
    ("filled", "filled"), ("filed", "filed"),
])
def test_normal(word: str, expected: str) -> None:
    assert normal(word) == expected


# (reference, other version, expected word diff of the drift, "" when accepted)
CASES = [
    ("We will act now and soon.", "We will act now and soon.", ""),
    ("We will act now and soon.", "we will act now and soon", ""),
    ("We will act now and soon.", "We will act and soon.", "We will act [-now-] and soon"),
    ("We will act now and soon.", "We will act right now and soon.", "We will act {+right+} now and soon"),
    ("We will act now and soon.", "We will act later and soon.", "We will act [-now-] {+later+} and soon"),
    ("We will act now and soon.", "We will act … and soon.", ""),
    ("We will act now and soon.", "We [the council] will act now and soon.", ""),
    ("We will act now and soon.", "[The council] will act now and soon.", ""),
    ("We will act now and soon.", "will act now", ""),
    ("The council will act now and soon, and for good.", "They will act now and soon, and for good.", "[-The council-] {+They+} will act now …"),
    # an editor's insertion in round brackets, as in square ones
    ("We will wait in queue all night.", "We will wait in (the) queue all night.", ""),
    ("It can go wrong and go many ways.", "It can go wrong and go (in) many ways.", ""),
    ("The board has met the mayor today.", "The board (of trustees) has met the mayor today.", ""),
    # one word written another way: closed up, a contraction spelled out, reported speech's tense, another form
    ("We cannot wait any more for the money.", "We cannot wait anymore for the money.", ""),
    ("I can't stand it any more.", "I can't stand it anymore.", ""),
    ("We aren't giving up on the town.", "We are not giving up on the town.", ""),
    ("It's been a hard year for the club.", "It has been a hard year for the club.", ""),
    ("We're gonna fix the roof this week.", "We are going to fix the roof this week.", ""),
    ("The plan is working for every family.", "The plan was working for every family.", ""),
    ("A specific connection fault could stop the train.", "A specific connectivity fault could stop the train.", ""),
    # another sentence chosen before the same ones: not one word ("to") in common amid changed words
    ("I look forward to working with such fine players. Both sides are strong and we hope the crowd will be big and loud for such a good cause.",
     "The match promises to be a great day. Both sides are strong and we hope the crowd will be big and loud for such a good cause.", ""),
    # and a word changed beside those is still drift
    ("We aren't thieves! We are honest workers.", "We are not thieves! We are foreign workers!", "… thieves We are [-honest-] {+foreign+} workers"),
    ("The market is internal to the bloc.", "The market is international to the bloc.", "The market is [-internal-] {+international+} to the bloc"),
    ("The deal is legal under the treaty.", "The deal is illegal under the treaty.", "The deal is [-legal-] {+illegal+} under the treaty"),
]


@pytest.mark.parametrize(("a", "b", "expected"), CASES)
def test_compare(a: str, b: str, expected: str) -> None:
    text_a, wa = _wording(a)
    text_b, wb = _wording(b)
    c = compare(wa, wb)
    assert same_quote(c, wa, wb)
    assert diff(text_a, wa, text_b, wb, c.drift) == expected


def test_different_quotes_are_not_one() -> None:
    _, wa = _wording("We will act now and soon.")
    _, wb = _wording("Nobody expected the figures to rise so fast this year.")
    assert not same_quote(compare(wa, wb), wa, wb)


@pytest.mark.parametrize(("a", "b", "alike"), [
    ("any more", "anymore", True), ("e mail", "email", True), ("aren't", "are not", True), ("cannot", "can't", True),
    ("won't", "will not", True), ("it's been", "it has been", True), ("she'd", "she would", True), ("gonna", "going to", True),
    ("was", "is", True), ("would", "will", True), ("increase", "increased", True), ("protect", "protection", True),
    ("hard", "international", False), ("internal", "international", False), ("legal", "illegal", False),
    ("sovereignty", "integrity", False), ("grandchildren", "children", False), ("they'll", "it will", False),
    ("at", "in", False), ("four", "for", False), ("won't", "will", False), ("is not", "is", False),
    ("station", "stated", False), ("act", "action", False),
])
def test_one_word_written_another_way(a: str, b: str, alike: bool) -> None:
    assert one_word(tuple(a.split()), tuple(b.split())) is alike


# two remarks sharing a stock phrase and a few words, not one quotation misquoted
DIFFERENT_REMARKS = [
    ("This clinic will make it easier for the families of Leeds to reach care that is local and quick.",
     "make it easier for families to get follow-up care."),
    ("We want to give the people of this city a park they can be proud of.", "give people a park to be proud of and enjoy."),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT_REMARKS)
def test_remarks_sharing_words_are_not_one(a: str, b: str) -> None:
    _, wa = _wording(a)
    _, wb = _wording(b)
    assert not same_quote(compare(wa, wb), wa, wb)


# two statements of one person sharing a clause, each with a lead-in (or a close) of its own: a word or two in common
# there is chance, never drift
SHARED_CLAUSE = [
    ("As I have said many times before, I gave in the report my own firm view that the new tax was fair and lawful under the present rules of the house.",
     "In my report of 4 May I set out my firm view that the new tax was fair and lawful under the present rules of the house."),
    ("The new tax was fair and lawful under the present rules of the house, and I stand by every word of my report to the committee today.",
     "The new tax was fair and lawful under the present rules of the house, as my report said in May and as we told the committee."),
    ("When the board met in the spring we gave our own clear view that the new stadium plan should go ahead this year without delay.",
     "Our board said for a long time and again today our clear view that the new stadium plan should go ahead this year without delay."),
]


@pytest.mark.parametrize(("a", "b"), SHARED_CLAUSE)
def test_statements_sharing_a_clause_do_not_drift(a: str, b: str) -> None:
    text_a, wa = _wording(a)
    text_b, wb = _wording(b)
    c = compare(wa, wb)
    assert not (same_quote(c, wa, wb) and c.drift), diff(text_a, wa, text_b, wb, c.drift)
