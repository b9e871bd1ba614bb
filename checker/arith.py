"""Exact interval arithmetic: what values of a formula the figures' intervals allow."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from itertools import product
from typing import Any

from checker import expr
from checker.model import Interval

INF = float("inf")
Bound = tuple[Fraction | float, bool]  # (value, closed); infinite values are never closed


def _low(iv: Interval) -> Bound:
    return (-INF, False) if iv.low is None else (iv.low, iv.low_closed)


def _high(iv: Interval) -> Bound:
    return (INF, False) if iv.high is None else (iv.high, iv.high_closed)


def _make(low: Bound, high: Bound) -> Interval:
    lo = None if low[0] == -INF else Fraction(low[0])
    hi = None if high[0] == INF else Fraction(high[0])
    return Interval(lo, hi, low[1] and lo is not None, high[1] and hi is not None)


def _plus(x: Fraction | float, y: Fraction | float) -> Fraction | float:
    """x + y, an infinite end kept as it is (a Fraction beyond float's range is never made a float)."""
    return x if isinstance(x, float) else y if isinstance(y, float) else x + y


def add(a: Interval, b: Interval) -> Interval:
    """a + b."""
    (la, ca), (lb, cb) = _low(a), _low(b)
    (ha, da), (hb, db) = _high(a), _high(b)
    return _make((_plus(la, lb), ca and cb), (_plus(ha, hb), da and db))


def neg(a: Interval) -> Interval:
    """-a."""
    return a.scaled(Fraction(-1))


def sub(a: Interval, b: Interval) -> Interval:
    """a - b."""
    return add(a, neg(b))


def _times(x: Bound, y: Bound) -> Bound:
    """The product of two bounds; a closed zero makes a closed zero whatever the other."""
    (vx, cx), (vy, cy) = x, y
    if (vx == 0 and cx) or (vy == 0 and cy):
        return Fraction(0), True
    if vx == 0 or vy == 0:
        return Fraction(0), False
    if isinstance(vx, float) or isinstance(vy, float):  # an infinite end: only its sign matters
        return (INF if (vx > 0) == (vy > 0) else -INF), False
    return vx * vy, cx and cy


def mul(a: Interval, b: Interval) -> Interval:
    """a * b."""
    ends = [_times(x, y) for x, y in product((_low(a), _high(a)), (_low(b), _high(b)))]
    low = min(ends, key=lambda e: (e[0], not e[1]))
    high = max(ends, key=lambda e: (e[0], e[1]))
    return _make(low, high)


def div(a: Interval, b: Interval) -> Interval:
    """a / b; unbounded when b may be zero."""
    (lo, lc), (hi, hc) = _low(b), _high(b)
    positive = lo > 0 or (lo == 0 and not lc)
    negative = hi < 0 or (hi == 0 and not hc)
    if not (positive or negative):
        return Interval(None, None, False, False)
    inverse_low = (Fraction(0) if hi in (INF, -INF) else (1 / hi if hi else -INF), hc and hi not in (INF, 0))
    inverse_high = (Fraction(0) if lo in (INF, -INF) else (1 / lo if lo else INF), lc and lo not in (-INF, 0))
    return mul(a, _make(inverse_low, inverse_high))


def lowest(args: list[Interval]) -> Interval:
    """min(a, b, ...): its low end is the lowest low (closed wins a tie), its high the lowest high (open wins)."""
    low = min((_low(x) for x in args), key=lambda e: (e[0], not e[1]))
    high = min((_high(x) for x in args), key=lambda e: (e[0], e[1]))
    return _make(low, high)


def highest(args: list[Interval]) -> Interval:
    """max(a, b, ...): its low end is the highest low (open wins a tie), its high the highest high (closed wins)."""
    low = max((_low(x) for x in args), key=lambda e: (e[0], not e[1]))
    high = max((_high(x) for x in args), key=lambda e: (e[0], e[1]))
    return _make(low, high)


def absolute(a: Interval) -> Interval:
    """abs(a)."""
    if a.low is not None and a.low >= 0:
        return a
    if a.high is not None and a.high <= 0:
        return neg(a)
    top = max(_high(a), (-_low(a)[0], _low(a)[1]), key=lambda e: (e[0], e[1]))
    return _make((Fraction(0), True), top)


def disjoint(a: Interval, b: Interval) -> bool:
    """Whether two intervals share no value (`overlap(a, b) is None`, without building the overlap):
    some low end of the two lies beyond some high end."""
    highs = ((a.high, a.high_closed), (b.high, b.high_closed))
    for lo, lc in ((a.low, a.low_closed), (b.low, b.low_closed)):
        if lo is None:
            continue
        for hi, hc in highs:
            if hi is not None and (lo > hi or (lo == hi and not (lc and hc))):
                return True
    return False


def overlap(a: Interval, b: Interval) -> Interval | None:
    """The values both allow, or None when they share none."""
    low = max(_low(a), _low(b), key=lambda e: (e[0], not e[1]))
    high = min(_high(a), _high(b), key=lambda e: (e[0], e[1]))
    if low[0] > high[0] or (low[0] == high[0] and not (low[1] and high[1])):
        return None
    return _make(low, high)


def can_hold(op: str, a: Interval, b: Interval) -> bool:
    """Whether some x in a and y in b satisfy `x op y`."""
    if op == "==":
        return overlap(a, b) is not None
    if op == "!=":
        return not (a.low is not None and a.low == a.high == b.low == b.high)
    if op in (">", ">="):
        return can_hold("<" if op == ">" else "<=", b, a)
    (lo, lc), (hi, hc) = _low(a), _high(b)
    return lo < hi or (op == "<=" and lo == hi and lc and hc)


def always(op: str, a: Interval, b: Interval) -> bool:
    """Whether every x in a and every y in b satisfy `x op y`."""
    if op == "==":
        return a.low is not None and a.low == a.high == b.low == b.high
    if op == "!=":
        return overlap(a, b) is None
    if op in (">", ">="):
        return always("<" if op == ">" else "<=", b, a)
    (hi, hc), (lo, lc) = _high(a), _low(b)
    return hi < lo or (hi == lo and (op == "<=" or not (hc and lc)))


def holds(op: str, x: Fraction, y: Fraction) -> bool:
    """Whether `x op y` for two exact values."""
    return {"==": x == y, "!=": x != y, "<": x < y, "<=": x <= y, ">": x > y, ">=": x >= y}[op]


def evaluate(node: Any, resolve: Callable[[str], Interval]) -> Interval:
    """The interval of an arithmetic expression (no comparison), names resolved by `resolve`."""
    if isinstance(node, expr.Number):
        return Interval.exact(node.value)
    if isinstance(node, expr.Name):
        return resolve(node.name)
    if isinstance(node, expr.Unary):
        return neg(evaluate(node.operand, resolve))
    if isinstance(node, expr.Call):
        args = [evaluate(a, resolve) for a in node.args]
        return {"abs": lambda: absolute(args[0]), "min": lambda: lowest(args), "max": lambda: highest(args)}[node.function]()
    left, right = evaluate(node.left, resolve), evaluate(node.right, resolve)
    return {"+": add, "-": sub, "*": mul, "/": div}[node.op](left, right)
