"""expect: a relation between quantities, checked with exact arithmetic on what each figure allows.

    checks:
      platform-shares:
        expect: instagram.share + facebook.share + snapchat.share == platforms.share
        edge: info          # a relation that holds only within rounding: info (default), warning, ignore

A quantity stated by several sources must fit all of them, so each stands for the values every
source allows; a check may therefore mix one source's total with another's breakdown. It fails
only when no values inside those intervals satisfy it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from itertools import islice, product
from typing import Any

from checker import arith, expr, units
from checker.errors import RuleFileError
from checker.findings import allows, finding
from checker.model import Claim, Finding, Interval, Severity, fmt_number
from checker.units import restate
from checker.yamlnodes import Node, ScalarNode, where, where_in

KEY = "expect"
EXTRA_KEYS = {"edge": "what a relation that holds only within rounding gives: info, warning or ignore"}
DEFAULT_MESSAGE = "The figures do not add up"
ATTRIBUTES = {"part", "whole", "from", "to"}
EXAMPLES = {  # each: quantities, the relation, one article per source
    "flagged": [
        ({"a": {"kind": "percent", "about": ["Instagram"]}, "b": {"kind": "percent", "about": ["Facebook"]},
          "total": {"kind": "percent", "sentence": ["together"]}}, "a + b == total",
         ["Data show Instagram had 32% and Facebook 23%.", "Data show the two together had 60 percent."]),
        ({"part": {"kind": "count", "period": "six months"}, "whole": {"kind": "count", "qualifier": ["more_than"]}},
         "part <= whole", ["Police logged 6,944 offences in the six months to September.", "Police logged more than 5,000 offences."]),
    ],
    "passes": [
        ({"a": {"kind": "percent", "about": ["Instagram"]}, "b": {"kind": "percent", "about": ["Facebook"]},
          "total": {"kind": "percent", "sentence": ["together"]}}, "a + b == total",
         ["Data show Instagram had 32% and Facebook 23%.", "Data show the two together had 56 percent."]),
        ({"short": {"kind": "duration", "sentence": ["short"]}, "long": {"kind": "duration", "sentence": ["long"]}},
         "short <= long", ["The short one lasted six months.", "The long one lasted 18 months."]),
    ],
}


@dataclass(frozen=True, slots=True)
class Options:
    """A parsed relation: its text, its tree, its names, and how to treat an edge case."""

    text: str
    tree: Any
    names: tuple[str, ...]
    edge: Severity | None


def parse(path: str, node: Node, entries: dict[str, Any], quantities: dict[str, Any]) -> Options:
    """Parse and check the relation: one comparison, declared quantities only."""
    if not isinstance(node, ScalarNode):
        raise RuleFileError(where(path, node), "expect must be a relation, e.g. 'a + b == total'")
    text = str(node.value)
    try:
        tree = expr.parse(text)
    except expr.ExprError as err:
        raise RuleFileError(where_in(path, node, err.offset), f"expect: {err}") from None
    if not (isinstance(tree, expr.Binary) and tree.op in expr.COMPARISONS):
        raise RuleFileError(where_in(path, node, 0), "expect needs a comparison (==, !=, <, <=, >, >=)")
    names = []
    for ref in expr.names(tree):
        base, _, attribute = ref.name.rpartition(".")
        if ref.name in quantities:
            names.append(ref.name)
        elif base in quantities and attribute in ATTRIBUTES:
            names.append(base)
        else:
            known = ", ".join(quantities) or "none declared"
            raise RuleFileError(where_in(path, node, ref.offset), f"expect: unknown quantity {ref.name!r} (quantities: {known})")
    edge = _edge(path, entries)
    return Options(text, tree, tuple(dict.fromkeys(names)), edge)


def _edge(path: str, entries: dict[str, Any]) -> Severity | None:
    if "edge" not in entries:
        return Severity.INFO
    node = entries["edge"][1]
    value = str(getattr(node, "value", ""))
    if value == "ignore":
        return None
    try:
        severity = Severity.parse(value)
    except ValueError:
        raise RuleFileError(where(path, node), "edge must be info, warning or ignore") from None
    if severity is Severity.ERROR:
        raise RuleFileError(where(path, node), "edge must be info, warning or ignore: a relation that holds within rounding is never an error")
    return severity


MAX_READINGS = 64  # combinations of disagreeing sources tried before giving up


def run(check: Any, bound: dict[str, list[Claim]]) -> Iterator[Finding]:
    """A finding when no values the figures allow satisfy the relation (or, as `edge`, when only rounding does).

    A quantity the sources agree on stands for the values all of them allow; one they disagree on
    is read source by source, and the relation fails only if it fails in every reading.
    """
    options: Options = check.options
    if any(not bound.get(n) for n in options.names):
        return
    bound = restate.in_shared_units({n: bound[n] for n in options.names})
    choices = [_readings(bound[n]) for n in options.names]
    readings = list(islice(product(*choices), MAX_READINGS + 1))
    complete = len(readings) <= MAX_READINGS
    results = [_evaluate(options, dict(zip(options.names, r))) for r in readings[:MAX_READINGS]]
    claims = [c for n in options.names for c in bound[n]]
    holding = [(res, r) for res, r in zip(results, readings) if res[0]]
    if not holding:
        if complete:  # a reading left untried might hold: no verdict then
            yield finding(check.id, check.severity, check.message, claims, f"{results[0][2]}: cannot hold")
        return
    if any(res[1] for res, _ in holding) or options.edge is None:
        return
    severity = min(options.edge, check.severity)
    verdict = "cannot be checked: it divides by a figure stated as zero" if all(res[3] for res, _ in holding) \
        else "holds only within rounding"
    yield finding(check.id, severity, check.message, claims, f"{holding[0][0][2]}: {verdict}")


def _readings(claims: list[Claim]) -> list[list[Claim]]:
    """One reading (all sources together) when they agree, else one per source."""
    return [claims] if _consensus(claims) is not None else [[c] for c in claims]


def _evaluate(options: Options, reading: dict[str, list[Claim]]) -> tuple[bool, bool, str, bool]:
    """Whether the relation can hold, whether it holds for the stated values, the arithmetic, and
    whether the stated values divide by zero."""
    def interval(name: str) -> Interval:
        base, _, attribute = name.rpartition(".")
        if name in reading:
            return _consensus(reading[name])  # type: ignore[return-value]
        value = _attribute(reading[base], attribute)
        return Interval(None, None, False, False) if value is None else Interval.exact(value)

    def point(name: str) -> Interval:
        """The stated value, when every source states one the figure itself allows (not 'more than X')."""
        if name in reading:
            values = {c.value for c in reading[name]}
            value = values.pop() if len(values) == 1 else None
            if value is not None and all(c.interval.contains(value) for c in reading[name]):
                return Interval.exact(value)
        return interval(name)

    tree = options.tree
    left, right = arith.evaluate(tree.left, interval), arith.evaluate(tree.right, interval)
    can = arith.can_hold(tree.op, left, right)
    exact_left, exact_right = arith.evaluate(tree.left, point), arith.evaluate(tree.right, point)
    exact = arith.always(tree.op, exact_left, exact_right)
    return can, exact, _evidence(options, reading, left, right), _zero_divisor(tree, point)


def _zero_divisor(node: Any, point: Callable[[str], Interval]) -> bool:
    """Whether an expression divides by a figure stated as zero (its value is then undefined)."""
    if isinstance(node, expr.Binary):
        if node.op == "/" and arith.evaluate(node.right, point) == Interval.exact(Fraction(0)):
            return True
        return _zero_divisor(node.left, point) or _zero_divisor(node.right, point)
    if isinstance(node, expr.Unary):
        return _zero_divisor(node.operand, point)
    return isinstance(node, expr.Call) and any(_zero_divisor(a, point) for a in node.args)


def _consensus(claims: list[Claim]) -> Interval | None:
    iv: Interval | None = claims[0].interval
    for c in claims[1:]:
        iv = arith.overlap(iv, c.interval) if iv is not None else None
    return iv


def _attribute(claims: list[Claim], attribute: str) -> Fraction | None:
    values = {dict(c.details).get(attribute) for c in claims} - {None}
    return values.pop() if len(values) == 1 else None


def _evidence(options: Options, bound: dict[str, list[Claim]], left: Interval, right: Interval) -> str:
    def words(node: Any) -> str:
        if isinstance(node, expr.Number):
            return fmt_number(node.value)
        if isinstance(node, expr.Name):
            if node.name in bound:
                return " / ".join(dict.fromkeys(_said(c) for c in bound[node.name]))
            base, _, attribute = node.name.rpartition(".")
            value = _attribute(bound[base], attribute)
            return "?" if value is None else fmt_number(value)
        if isinstance(node, expr.Unary):
            return f"-{inner(node.operand, 3, False)}"
        if isinstance(node, expr.Call):
            return f"{node.function}({', '.join(words(a) for a in node.args)})"
        return f"{inner(node.left, _BINDING[node.op], False)} {node.op} {inner(node.right, _BINDING[node.op], node.op in '-/')}"

    def inner(node: Any, binding: int, right_of_minus: bool) -> str:
        """An operand, in brackets when it binds more loosely than its operator (`a / (b - c)`)."""
        own = _BINDING[node.op] if isinstance(node, expr.Binary) else 4
        return f"({words(node)})" if own < binding or (own == binding and right_of_minus) else words(node)

    tree = options.tree
    figures = [c for group in bound.values() for c in group]
    compared_in = {c.unit for c in figures}
    unit = compared_in.pop() if len(compared_in) == 1 and _additive(tree) else None
    symbol = units.symbol(unit) if unit is not None and any(restate.stated(c) for c in figures) else None
    return f"{words(tree.left)} {_allowing(left, unit, symbol)} {tree.op} {words(tree.right)} {_allowing(right, unit, symbol)}"


_BINDING = {"+": 1, "-": 1, "*": 2, "/": 2, **{op: 0 for op in expr.COMPARISONS}}  # how tightly each operator binds


def _said(claim: Claim) -> str:
    """A claim's words, and what they amount to when converted to another unit."""
    amount = restate.as_stated(claim)
    return " ".join(claim.text.split()) + (f" ({amount})" if amount else "")


def _allowing(iv: Interval, unit: str | None, symbol: str | None) -> str:
    """'([54%, 56%))' reads badly: an interval is shown bare, an exact value in parentheses."""
    text = allows(iv, unit, symbol)
    return f"({text})" if text.startswith("exactly") else text


def _additive(node: Any) -> bool:
    """Whether an expression only adds and subtracts names (so their unit carries through)."""
    if isinstance(node, expr.Binary):
        return node.op in {"+", "-", *expr.COMPARISONS} and _additive(node.left) and _additive(node.right)
    if isinstance(node, expr.Unary):
        return _additive(node.operand)
    return isinstance(node, expr.Name)
