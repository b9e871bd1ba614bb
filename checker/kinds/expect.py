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

from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from checker import arith, expr
from checker.errors import RuleFileError
from checker.findings import allows, finding
from checker.model import Claim, Finding, Interval, Severity, fmt_number
from checker.yamlnodes import Node, ScalarNode, where

KEY = "expect"
EXTRA_KEYS = {"edge": "what a relation that holds only within rounding gives: info, warning or ignore"}
DEFAULT_MESSAGE = "The figures do not add up"
ATTRIBUTES = {"part", "whole", "from", "to"}
EXAMPLES = {
    "flagged": [("32% + 23% + 14% == 80 percent",)],
    "passes": [("32% + 23% + 14% == 70 percent",), ("six months <= 18 months",)],
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
    quoted = 1 if node.style in ("'", '"') else 0
    line, column = node.start_mark.line + 1, node.start_mark.column + 1 + quoted
    try:
        tree = expr.parse(text)
    except expr.ExprError as err:
        raise RuleFileError(f"{path}:{line}:{column + err.offset}", f"expect: {err}") from None
    if not (isinstance(tree, expr.Binary) and tree.op in expr.COMPARISONS):
        raise RuleFileError(f"{path}:{line}:{column}", "expect needs a comparison (==, !=, <, <=, >, >=)")
    names = []
    for ref in expr.names(tree):
        base, _, attribute = ref.name.rpartition(".")
        if ref.name in quantities:
            names.append(ref.name)
        elif base in quantities and attribute in ATTRIBUTES:
            names.append(base)
        else:
            known = ", ".join(quantities) or "none declared"
            raise RuleFileError(f"{path}:{line}:{column + ref.offset}", f"expect: unknown quantity {ref.name!r} (quantities: {known})")
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


def run(check: Any, bound: dict[str, list[Claim]]) -> Iterator[Finding]:
    """A finding when no values the figures allow satisfy the relation (or, as `edge`, when only rounding does)."""
    options: Options = check.options
    missing = [n for n in options.names if not bound.get(n)]
    if missing:
        return
    consensus = {n: _consensus(bound[n]) for n in options.names}
    if any(iv is None for iv in consensus.values()):
        return  # the sources disagree on a figure: `agree` reports that
    claims = [c for n in options.names for c in bound[n]]
    tree = options.tree

    def interval(name: str) -> Interval:
        base, _, attribute = name.rpartition(".")
        if name in consensus:
            return consensus[name]  # type: ignore[return-value]
        value = _attribute(bound[base], attribute)
        return Interval(None, None, False, False) if value is None else Interval.exact(value)

    def point(name: str) -> Interval:
        base, _, attribute = name.rpartition(".")
        if name in consensus:
            value = bound[name][0].value
            return consensus[name] if value is None else Interval.exact(value)  # type: ignore[return-value]
        return interval(name)

    left, right = arith.evaluate(tree.left, interval), arith.evaluate(tree.right, interval)
    evidence = _evidence(options, bound, left, right)
    if not arith.can_hold(tree.op, left, right):
        yield finding(check.id, check.severity, check.message, claims, f"{evidence}: cannot hold")
        return
    exact_left, exact_right = arith.evaluate(tree.left, point), arith.evaluate(tree.right, point)
    if options.edge is not None and exact_left.low == exact_left.high and exact_right.low == exact_right.high \
            and exact_left.low is not None and exact_right.low is not None \
            and not arith.holds(tree.op, exact_left.low, exact_right.low):
        severity = min(options.edge, check.severity)
        yield finding(check.id, severity, check.message, claims, f"{evidence}: holds only within rounding")


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
            base = node.name.rpartition(".")[0]
            claims = bound.get(node.name) or bound.get(base) or []
            text = " / ".join(dict.fromkeys(" ".join(c.text.split()) for c in claims))
            return text if node.name in bound else f"{node.name.rpartition('.')[2]} of {text}"
        if isinstance(node, expr.Unary):
            return f"-{words(node.operand)}"
        if isinstance(node, expr.Call):
            return f"{node.function}({', '.join(words(a) for a in node.args)})"
        return f"{words(node.left)} {node.op} {words(node.right)}"

    tree = options.tree
    return f"{words(tree.left)} ({allows(left)}) {tree.op} {words(tree.right)} ({allows(right)})"
