"""Interval arithmetic and the expression language: exact, and never claiming too much."""

from __future__ import annotations

from fractions import Fraction as F

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker import arith, expr
from checker.model import Interval, fmt_number

I = Interval


def closed_open(a: float, b: float) -> Interval:
    return I(F(a), F(b), True, False)


@pytest.mark.parametrize(("op", "a", "b", "holds"), [
    ("==", closed_open(67.5, 70.5), closed_open(69.5, 70.5), True),  # 32% + 23% + 14% against 70 percent
    ("==", closed_open(31.5, 32.5), closed_open(32.5, 33.5), False),  # 32% against 33 percent: they touch, open
    ("==", I(F(5100), F(5200), False, False), I(F(5000), F(6000), False, False), True),
    ("<=", I(F(6), F(6)), I(F(18), F(18)), True),
    ("<=", I(F(18), F(18)), I(F(6), F(6)), False),
    ("<", I(F(5), F(5)), I(F(5), F(5)), False),  # exactly on the bound
    ("<=", I(F(5), F(5)), I(F(5), F(5)), True),
    ("<", I(F(5), F(6), True, False), I(F(5), F(5)), False),
    (">=", I(None, F(11), False, True), I(F(12), F(12)), False),
    ("!=", I(F(3), F(3)), I(F(3), F(3)), False),
    ("!=", closed_open(1, 2), closed_open(1, 2), True),
])
def test_can_hold(op: str, a: Interval, b: Interval, holds: bool) -> None:
    assert arith.can_hold(op, a, b) is holds


def test_sum_of_rounded_shares() -> None:
    total = arith.add(arith.add(closed_open(31.5, 32.5), closed_open(22.5, 23.5)), closed_open(13.5, 14.5))
    assert total == I(F(135, 2), F(141, 2), True, False)


def test_division_by_an_interval_holding_zero_allows_anything() -> None:
    assert arith.div(I(F(1), F(2)), I(F(-1), F(1))) == I(None, None, False, False)


def test_product_and_quotient() -> None:
    assert arith.mul(I(F(-2), F(3)), I(F(4), F(5))) == I(F(-10), F(15))
    assert arith.div(I(F(10), F(20)), I(F(2), F(4))) == I(F(5, 2), F(10))


bounded = st.tuples(st.fractions(-1000, 1000, max_denominator=50), st.fractions(0, 100, max_denominator=50)).map(
    lambda t: I(t[0], t[0] + t[1]))
points = st.fractions(0, 1, max_denominator=1000)  # exact points: no float with a 2**1074 denominator


@given(bounded, bounded, points, points)
def test_arithmetic_contains_every_result(a: Interval, b: Interval, s: F, t: F) -> None:
    x = a.low + (a.high - a.low) * F(s)  # type: ignore[operator]
    y = b.low + (b.high - b.low) * F(t)  # type: ignore[operator]
    assert arith.add(a, b).contains(x + y)
    assert arith.sub(a, b).contains(x - y)
    assert arith.mul(a, b).contains(x * y)
    if not b.contains(F(0)):
        assert arith.div(a, b).contains(x / y)
    assert arith.can_hold("==", a, I(x, x))


@pytest.mark.parametrize(("text", "error", "offset"), [
    ("a + * b", "expected a number, a quantity or '(', found '*'", 4),
    ("a == b == c", "only one comparison is allowed", 7),
    ("(a + b", "expected ')' at the end", 6),
    ("a $ b", "unexpected character '$'", 2),
    ("abs(a, b) > 1", "abs() takes one argument", 0),
])
def test_expression_errors(text: str, error: str, offset: int) -> None:
    with pytest.raises(expr.ExprError) as caught:
        expr.parse(text)
    assert (str(caught.value), caught.value.offset) == (error, offset)


def test_expression_names_and_literals() -> None:
    tree = expr.parse("instagram.share + facebook.share >= 1,000 * 5%")
    assert [n.name for n in expr.names(tree)] == ["instagram.share", "facebook.share"]
    assert arith.evaluate(tree.right, lambda name: I(F(0), F(0))) == I(F(5000), F(5000))  # type: ignore[union-attr]


def test_a_closed_zero_factor_gives_a_closed_zero() -> None:
    assert arith.mul(I(F(1), F(2), False, False), I(F(0), F(0))) == I(F(0), F(0))
    assert arith.can_hold("==", arith.mul(I(F(1), F(2), False, False), I(F(0), F(0))), I(F(0), F(0)))


def test_min_and_max_keep_the_open_end_on_a_tie() -> None:
    assert arith.lowest([I(F(0), F(5)), I(F(0), F(5), True, False)]) == I(F(0), F(5), True, False)
    assert arith.highest([I(F(0), F(5)), I(F(0), F(5), False, True)]) == I(F(0), F(5), False, True)


@pytest.mark.parametrize(("op", "a", "b", "always"), [
    ("<=", I(F(1944), F(1944)), I(F(5100), F(5200), False, False), True),
    ("<=", I(F(5000), F(6000)), I(F(5500), F(5500)), False),
    ("<", I(F(1), F(2), True, False), I(F(2), F(3)), True),
    ("<", I(F(1), F(2)), I(F(2), F(3)), False),
    ("==", I(F(3), F(3)), I(F(3), F(3)), True),
    ("==", I(F(3), F(3)), I(F(5, 2), F(7, 2)), False),
])
def test_always(op: str, a: Interval, b: Interval, always: bool) -> None:
    assert arith.always(op, a, b) is always


@pytest.mark.parametrize(("a", "b", "apart"), [
    (closed_open(31.5, 32.5), closed_open(32.5, 33.5), True),  # they touch, one end open
    (I(F(31.5), F(32.5)), I(F(32.5), F(33.5)), False),  # they touch, both ends closed
    (closed_open(32.5, 33.5), closed_open(31.5, 32.5), True),  # either order
    (I(F(5100), None, False, False), I(None, F(5000), False, True), True),  # "more than 5,100" and "at most 5,000"
    (I(F(5100), None, False, False), I(None, F(6000), False, True), False),
    (I(None, None, False, False), I(F(3), F(3)), False),  # unbounded: meets everything
    (I(F(5), F(5), False, False), I(F(0), F(10)), True),  # an empty interval meets nothing
])
def test_disjoint(a: Interval, b: Interval, apart: bool) -> None:
    assert arith.disjoint(a, b) is apart
    assert (arith.overlap(a, b) is None) is apart


ends = st.one_of(st.none(), st.fractions(-5, 5, max_denominator=2))
intervals = st.tuples(ends, ends, st.booleans(), st.booleans()).map(lambda t: I(*t))


@given(intervals, intervals)
def test_disjoint_is_an_empty_overlap(a: Interval, b: Interval) -> None:
    assert arith.disjoint(a, b) is (arith.overlap(a, b) is None)


HUGE = F(10) ** 400  # past a float's range: never turned into one


@pytest.mark.parametrize(("op", "a", "b", "expected"), [
    (arith.add, I(HUGE, HUGE), I(F(1), None, True, False), I(HUGE + 1, None, True, False)),
    (arith.add, I(None, -HUGE, False, True), I(-HUGE, F(0)), I(None, -HUGE, False, True)),
    (arith.sub, I(HUGE, HUGE), I(F(1), None, True, False), I(None, HUGE - 1, False, True)),
    (arith.mul, I(HUGE, HUGE), I(F(1), None, True, False), I(HUGE, None, True, False)),
    (arith.mul, I(-HUGE, -HUGE), I(F(1), None, True, False), I(None, -HUGE, False, True)),
    (arith.mul, I(HUGE / 3, HUGE), I(None, F(-1), False, True), I(None, -HUGE / 3, False, True)),
    (arith.div, I(HUGE, HUGE), I(F(1), None, True, True), I(F(0), HUGE, False, True)),
])
def test_infinite_ends_beside_huge_figures(op: object, a: Interval, b: Interval, expected: Interval) -> None:
    assert op(a, b) == expected  # type: ignore[operator]


@pytest.mark.parametrize(("value", "shown"), [
    (F(1, 3), "0.333333"),
    (F(-2, 3), "-0.666667"),
    (F(12345678, 7), "1763668.285714"),
    (F(-1, 10_000_000), "0"),
    (F(10) ** 29 + F(1, 2), "100000000000000000000000000000.5"),
    (F(10) ** 30, "1e+30"),
    (-F(10) ** 31, "-1e+31"),
    (F(10) ** 999, "1e+999"),
    (F(10) ** 999 / 3, "3.333333e+998"),
    (F(5, 2) ** 200, "3.872592e+79"),
    (F(99999999999, 10**11) * F(10) ** 40, "1e+40"),
    (F(9) ** 5000, "1.63135e+4771"),  # 4,772 digits: more than Python turns into text
])
def test_fmt_number_is_exact_and_never_overflows(value: F, shown: str) -> None:
    assert fmt_number(value) == shown
