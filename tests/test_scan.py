"""The token index that finders start from: it must find exactly the words a plain scan finds."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import context, ranges
from checker.extract import lexicon as lx
from checker.extract.common import alternation
from checker.extract.figures import Near
from checker.extract.numbers import Num
from checker.extract.scan import (
    DIGIT,
    Tokens,
    Vocabulary,
    before,
    case_apart,
    firsts,
    may_open,
    trie,
)

VOCABULARY = frozenset({"a", "an", "and", "the", "then", "ten", "tenth", "per", "percent", "k", "i"})


def naive(text: str, vocabulary: frozenset[str]) -> dict[str, list[int]]:
    """The index by definition: every maximal run of ASCII letters, lowercased, found in the vocabulary."""
    words: dict[str, list[int]] = {}
    for m in re.finditer(r"[A-Za-z]+", text):
        if m.group().lower() in vocabulary:
            words.setdefault(m.group().lower(), []).append(m.start())
    return words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ten", {"the": [0], "ten": [4]}),
        ("then THEN Then", {"then": [0, 5, 10]}),
        ("tenths anthem", {}),  # only whole words
        ("per-cent 5percent", {"per": [0], "percent": [10]}),  # "5percent": a digit is no letter
        ("a An AN", {"a": [0], "an": [2, 5]}),
        ("café and naïve", {"and": [5]}),  # letters beside non-ASCII letters still count as a word
        ("\u212a and K", {"and": [2], "k": [6]}),  # the Kelvin sign is no ASCII k
        ("\u0130 the i", {"the": [2], "i": [6]}),  # dotted capital I: no shift of the offsets after it
        ("", {}),
    ],
)
def test_index(text: str, expected: dict[str, list[int]]) -> None:
    assert dict(Tokens(text, VOCABULARY).words) == expected == naive(text, VOCABULARY)


@pytest.mark.parametrize(
    ("words", "matches", "misses"),
    [
        (["a", "an", "and"], ["a", "an", "and"], ["", "ad", "ann"]),
        (["ten", "tenth", "tenths"], ["ten", "tenth", "tenths"], ["te", "tent"]),
        (["k"], ["k"], ["kk", ""]),
    ],
)
def test_trie_is_the_alternation(words: list[str], matches: list[str], misses: list[str]) -> None:
    pattern = re.compile(trie(words))
    for word in matches:
        assert pattern.fullmatch(word), word
    for word in misses:
        assert not pattern.fullmatch(word), word


def test_any_iterable_of_words_is_a_vocabulary() -> None:
    assert dict(Tokens("the ten", {"the", "ten"}).words) == {"the": [0], "ten": [4]}


def test_vocabulary_must_be_lowercase_ascii_words() -> None:
    with pytest.raises(ValueError, match="lowercase ASCII"):
        Tokens("x", frozenset({"Mr"}))


def test_starts_with_followers() -> None:
    tokens = Tokens("the 5 the minister then 7", VOCABULARY)
    assert tokens.starts({"the", "then"}, followed={"the": frozenset({DIGIT})}) == [0, 19]
    assert tokens.starts({"the"}, digits=True) == [0, 4, 6, 24]


_TEXT = st.text(alphabet=st.sampled_from(list("aAdehnNtTkKip -5é\u212a\u0130\n")), max_size=60)


@given(_TEXT)
@settings(max_examples=300, deadline=None)
def test_index_equals_plain_scan(text: str) -> None:
    assert dict(Tokens(text, VOCABULARY).words) == naive(text, VOCABULARY)


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("40 or more", 2, True),
        ("40 Or more", 2, True),  # casefolded
        ("40 men", 2, False),
        ("18+", 2, True),
        ("40\u00a0\tplus", 2, True),  # every blank is skipped
        ("40" + " " * 40 + "people", 2, True),  # only blanks within reach: the pattern decides
        ("40", 2, True),  # the end of the text: the pattern decides
    ],
)
def test_may_open(text: str, pos: int, expected: bool) -> None:
    assert may_open(text, pos, firsts(["or more", "plus", "+"])) is expected


_BACKWARDS = regex.compile(r"([A-Za-z]+)[^A-Za-z0-9\n]{0,8}\Z")


@given(st.text(alphabet=st.sampled_from(list("aZé 5-,.\n(")), max_size=70))
@settings(max_examples=300, deadline=None)
def test_word_before_a_number_as_the_backward_pattern(text: str) -> None:
    """The word before a number, read forward in the reversed text, is the backward pattern's."""
    source = text + "7"
    found = before(_BACKWARDS, source, len(text), 40)
    near = Near(source, [Num(len(text), len(source), Fraction(7), Fraction(1))], 0)
    assert near.before == (found.group(1).lower() if found else "")


def _flat(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


_WORDS = st.lists(st.text(alphabet="abAB $.iIı\u212a", min_size=1, max_size=4), min_size=1, max_size=8)


@given(_WORDS, st.text(alphabet="abAB $.xiIı\u0130k", max_size=12), st.booleans())
@settings(max_examples=400, deadline=None)
def test_nested_alternation_matches_as_the_flat_one(words: list[str], text: str, ignore_case: bool) -> None:
    """Forward and backward, in a longer pattern that may make the engine backtrack into the
    alternation, the nested alternation finds what the flat one, longest first, finds."""
    flags = regex.IGNORECASE if ignore_case else 0
    for tail in ("", "a", "(?![a-z])"):
        flat = regex.compile(f"(?P<w>{_flat(words)}){tail}", flags)
        nested = regex.compile(f"(?P<w>{alternation(words, ignore_case=ignore_case)}){tail}", flags)
        for pos in range(len(text) + 1):
            a, b = flat.match(text, pos), nested.match(text, pos)
            assert (a and a.span("w")) == (b and b.span("w"))
    for head in ("", "(?<![a-z])", "b"):
        flat = regex.compile(f"{head}(?P<w>{_flat(words)})\\Z", flags)
        nested = regex.compile(f"{head}(?P<w>{alternation(words, backward=True, ignore_case=ignore_case)})\\Z", flags)
        for pos in range(len(text) + 1):
            a, b = before(flat, text, pos), before(nested, text, pos)
            assert (a and a.span("w")) == (b and b.span("w"))


FOLLOWED = {"the": frozenset({"past", "year", DIGIT}), "a": frozenset({"few"})}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the past year", {"the": [0]}),
        ("The minister", {}),
        ("the 5 the-past the’year", {"the": [0, 6, 15]}),  # a digit, a hyphen, an apostrophe between
        ("the pastry", {}),  # a follower is a whole word
        ("the\n\tYEAR a few a lot", {"the": [0], "a": [10]}),
        ("\u212a the Past", {"the": [2]}),  # a text lowercase would shift or give ASCII letters
        ("\u212a the\u00a0past", {"the": [2]}),  # and there any blank still parts words (found in review)
        ("\u0130zmir: the\u2009year", {"the": [7]}),
        ("the", {}),  # nothing follows
    ],
)
def test_index_before_followers(text: str, expected: dict[str, list[int]]) -> None:
    assert dict(Tokens(text, Vocabulary({"the", "a"}, FOLLOWED)).words) == expected


def test_shared_vocabulary_filters_a_word_only_when_every_finder_does() -> None:
    shared = Vocabulary.shared(({"the", "two"}, {"the": frozenset({"past"}), "two": frozenset({"thousand"})}),
                               ({"the", "two"}, {"the": frozenset({"year"})}))
    assert shared.words == {"the", "two"}
    assert shared.followed == {"the": frozenset({"past", "year"})}  # "two" stands alone for the second


@given(st.lists(st.sampled_from(["the", "a", "past", "few", "year", "5", " ", "-", "’", "\n", "x", "The"]), max_size=20).map("".join))
@settings(max_examples=300, deadline=None)
def test_followed_index_starts_as_the_plain_one(text: str) -> None:
    """Indexing a word only before its followers changes no finder's starts."""
    words = frozenset({"the", "a", "past"})
    filtered, plain = Tokens(text, Vocabulary(words, FOLLOWED)), Tokens(text, words)
    assert filtered.starts(words, followed=FOLLOWED) == plain.starts(words, followed=FOLLOWED)
    assert filtered.starts({"past"}) == plain.starts({"past"})


@given(st.text(alphabet=st.sampled_from(list("aZ.5_ é\u0301’(")), max_size=20), st.sampled_from([".", "!", "…"]),
       st.text(alphabet=st.sampled_from(list("\"')”")), max_size=3))
@settings(max_examples=400, deadline=None)
def test_word_before_a_stop_as_the_backward_pattern(head: str, stop: str, closers: str) -> None:
    """The word before end punctuation, read with rstrip, is the backward pattern's."""
    text = head + stop + closers + " Next"
    found = before(context._WORD_BEFORE, text, len(head) + 1 + len(closers), 12 + len(closers))
    assert context._word_before_stop(text, len(head), len(closers)) == (found[1] if found else None)


_HEDGE_WORDS = ["more", "than", "of", "the", "up", "to", "in", "excess", "(over", "a", "little", "About", "c.", "~", "—",
                "equal", "or", "some", "and", "x", "-", "–"]


_PHRASE = st.one_of(st.sampled_from(sorted(lx.HEDGES)), st.lists(st.sampled_from(_HEDGE_WORDS), max_size=4).map(" ".join))


@given(st.lists(_PHRASE, max_size=3).map(" ".join), st.sampled_from(["", " of", " the", " of the", " OF The"]),
       st.sampled_from([" ", "  ", "\t", "\u00a0", "\n ", ""]), st.sampled_from(["", "(", "x"]))
@settings(max_examples=500, deadline=None)
def test_cheap_tests_hold_wherever_the_patterns_match(words: str, then: str, blank: str, mark: str) -> None:
    """A cheap test may let through what its pattern then refuses, never refuse what it would take."""
    gap = words + then + blank
    text = "4" + gap + "5"
    if before(ranges._SEPARATOR_BEFORE, text, len(text) - 1, len(gap)) is not None:
        assert ranges._may_separate(gap)


@pytest.mark.parametrize("gap", ["-", " – ", "—", "~", " to ", " TO ", " through ", " and ", " or ", "-to "])
def test_separators_between_figures(gap: str) -> None:
    assert ranges._may_separate(gap)
    assert before(ranges._SEPARATOR_BEFORE, "4" + gap + "5", len(gap) + 1, len(gap)) is not None


@pytest.mark.parametrize("gap", [", ", " people, ", " in ", " / "])
def test_no_separator_between_figures(gap: str) -> None:
    assert not ranges._may_separate(gap)


def test_case_blind_alternation_keeps_the_words_as_written() -> None:
    """The regex module takes a dotless ı for I, not for i: lowercased, "ILS" would miss "ıLS"."""
    assert regex.fullmatch(alternation({"ILS", "INR"}, ignore_case=True), "ıLS", regex.IGNORECASE)


@pytest.mark.parametrize(
    ("words", "apart"),
    [({"ILS", "INR", "USD"}, True), ({"Ab", "abc"}, False), ({"ıa", "Ib"}, False), ({"kg", "\u212ag"}, False),
     ({"ab", "Cb"}, True)],
)
def test_case_apart(words: set[str], apart: bool) -> None:
    assert case_apart(words) is apart
