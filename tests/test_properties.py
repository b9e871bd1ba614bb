"""Property tests: extraction never raises, spans are exact, values lie inside their intervals."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.extract import extract
from checker.extract.numbers import find_numbers
from checker.model import Source

FRAGMENTS = [
    "more than", "about", "almost", "one in five", "39 of the 43", "5,100", "1.2 million", "£", "$",
    "%", " per cent", "percent", "aged", "years old", "-year-old", "between", "and", "to", "from",
    "rising", "fell by", "a quarter", "half", "trebled", "three times as many", "April 2017",
    "September last year", "the six months to", "18 months", "or under", "-", " ", ".", ",", "\n",
    "\r\n", "twenty-one", "hundred", "thousand", "point", "over", "minus", "1/4", "2bn", "5.1m",
]
newsy = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.integers(0, 10**7).map(str), st.text(max_size=5)), max_size=30).map("".join)


def _check(text: str) -> None:
    source = Source.build("p.txt", text)
    for c in extract(source):
        assert c.text == text[c.start : c.end]
        assert 0 <= c.start < c.end <= len(text)
        assert (c.line, c.column) == source.position(c.start)
        iv = c.interval
        if iv.low is not None and iv.high is not None:
            assert iv.low <= iv.high
        if c.value is not None:
            assert iv.low is None or iv.low <= c.value, c
            assert iv.high is None or c.value <= iv.high, c
        if c.value is not None and c.qualifier == "exact" and iv.low != iv.high:
            assert iv.contains(c.value), c


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    _check(text)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(newsy)
def test_newsy_text_spans_and_intervals(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None)
@given(newsy)
def test_numbers_do_not_overlap(text: str) -> None:
    nums = find_numbers(text)
    for a, b in zip(nums, nums[1:]):
        assert a.end <= b.start


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**12))
def test_grouped_digits_read_back(n: int) -> None:
    text = f"There were {n:,} cases."
    nums = find_numbers(text)
    assert [int(x.value) for x in nums] == [n]


def test_a_huge_exponent_is_no_figure() -> None:
    """Found by the property test above: '7e16709197205' once raised 10 to sixteen billion."""
    claims = extract(Source.build("t", "x 7e16709197205$369 and 3e5"))
    assert [c.text for c in claims] == ["$369", "3e5"]


def test_digits_python_cannot_read_are_no_fraction() -> None:
    """Found in review: the regex module knows digits newer than Python's Unicode tables
    (U+1E4F1, Nag Mundari one), and int() refused the denominator of '2 1/\U0001e4f1'."""
    claims = extract(Source.build("t", "It took 2 1/\U0001e4f1 hours, and 2 1/4 more."))
    assert [c.text for c in claims] == ["2", "1", "2 1/4"]


@pytest.mark.parametrize(
    "text",
    ["It was 5 mıles long.", "It was 5 \u0130N long.", "Prices rose ſeven per cent to 5 \u212aG.",
     "It fell 5 percent ın March 2019.", "£5 bıllion, 20 cents", "up from 5 to 7, a more than ſixfold rise"],
)
def test_letters_a_case_blind_pattern_takes_for_ascii(text: str) -> None:
    """Found in review: 'mıles' matched the unit 'miles' case-blind, then its lowercase was no key."""
    assert all(c.text == text[c.start : c.end] for c in extract(Source.build("t", text)))
