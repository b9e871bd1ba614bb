"""The small expression language of rule checks: parsed by its own grammar, never by eval.

    check   := sum (("==" | "!=" | "<=" | "<" | ">=" | ">") sum)?
    sum     := product (("+" | "-") product)*
    product := unary (("*" | "/") unary)*
    unary   := "-" unary | atom
    atom    := NUMBER ["%"] | NAME | FUNC "(" check ("," check)* ")" | "(" check ")"
    NAME    := identifier ("." identifier)*        FUNC := abs | min | max
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import regex

from checker.model import MAX_DIGITS

COMPARISONS = ("==", "!=", "<=", ">=", "<", ">")
FUNCTIONS = ("abs", "min", "max")
MAX_TOKENS = 100  # bounds the nesting, so parsing and evaluation never exhaust Python's stack
_TOKEN = regex.compile(
    r"\s*(?:(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)|(?P<name>[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)"
    r"|(?P<op>==|!=|<=|>=|[-+*/()<>,%]))"
)


class ExprError(ValueError):
    """A malformed expression, with the offset where it goes wrong."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass(frozen=True, slots=True)
class Number:
    """A literal number."""

    value: Fraction
    offset: int


@dataclass(frozen=True, slots=True)
class Name:
    """A reference to a named quantity (or an attribute of one: ``forces.whole``)."""

    name: str
    offset: int


@dataclass(frozen=True, slots=True)
class Unary:
    """Negation."""

    operand: Node
    offset: int


@dataclass(frozen=True, slots=True)
class Binary:
    """An arithmetic operation or a comparison."""

    op: str
    left: Node
    right: Node
    offset: int


@dataclass(frozen=True, slots=True)
class Call:
    """abs(x), min(x, y, ...), max(x, y, ...)."""

    function: str
    args: tuple[Node, ...]
    offset: int


Node = Number | Name | Unary | Binary | Call


def parse(text: str) -> Node:
    """Parse a check expression; raise ExprError naming the offset of the first problem."""
    parser = _Parser(text)
    node = parser.check()
    if parser.peek() is not None:
        raise ExprError(f"unexpected {parser.peek()[1]!r}", parser.peek()[2])  # type: ignore[index]
    return node


def names(node: Node) -> list[Name]:
    """Every quantity reference in an expression, left to right."""
    if isinstance(node, Name):
        return [node]
    if isinstance(node, Unary):
        return names(node.operand)
    if isinstance(node, Binary):
        return names(node.left) + names(node.right)
    if isinstance(node, Call):
        return [n for a in node.args for n in names(a)]
    return []


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[tuple[str, str, int]] = []
        pos = 0
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if m is None or m.end() == pos:
                if text[pos:].strip() == "":
                    break
                offset = pos + len(text[pos:]) - len(text[pos:].lstrip())
                raise ExprError(f"unexpected character {text[offset]!r}", offset)
            kind = m.lastgroup or "op"
            if len(self.tokens) == MAX_TOKENS:
                raise ExprError(f"expression is too long (more than {MAX_TOKENS} numbers, names and operators)", m.start(kind))
            if kind == "num" and len(m[kind]) > MAX_DIGITS:
                raise ExprError(f"number too long (more than {MAX_DIGITS} digits)", m.start(kind))
            self.tokens.append((kind, m[kind], m.start(kind)))
            pos = m.end()
        self.i = 0

    def peek(self) -> tuple[str, str, int] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, *ops: str) -> tuple[str, str, int] | None:
        tok = self.peek()
        if tok is not None and tok[0] == "op" and tok[1] in ops:
            self.i += 1
            return tok
        return None

    def expect(self, op: str) -> None:
        if self.take(op) is None:
            tok = self.peek()
            where = tok[2] if tok else len(self.text)
            raise ExprError(f"expected {op!r}" + (f", found {tok[1]!r}" if tok else " at the end"), where)

    def check(self) -> Node:
        left = self.sum()
        tok = self.take(*COMPARISONS)
        if tok is None:
            return left
        right = self.sum()
        if self.peek() is not None and self.peek()[1] in COMPARISONS:  # type: ignore[index]
            raise ExprError("only one comparison is allowed", self.peek()[2])  # type: ignore[index]
        return Binary(tok[1], left, right, tok[2])

    def sum(self) -> Node:
        node = self.product()
        while (tok := self.take("+", "-")) is not None:
            node = Binary(tok[1], node, self.product(), tok[2])
        return node

    def product(self) -> Node:
        node = self.unary()
        while (tok := self.take("*", "/")) is not None:
            node = Binary(tok[1], node, self.unary(), tok[2])
        return node

    def unary(self) -> Node:
        tok = self.take("-")
        if tok is not None:
            return Unary(self.unary(), tok[2])
        return self.atom()

    def atom(self) -> Node:
        tok = self.peek()
        if tok is None:
            raise ExprError("expression ends too soon", len(self.text))
        kind, text, offset = tok
        if kind == "num":
            self.i += 1
            self.take("%")
            return Number(Fraction(text.replace(",", "")), offset)
        if kind == "name":
            self.i += 1
            if text in FUNCTIONS and self.take("("):
                args = [self.check()]
                while self.take(","):
                    args.append(self.check())
                self.expect(")")
                if text == "abs" and len(args) != 1:
                    raise ExprError("abs() takes one argument", offset)
                return Call(text, tuple(args), offset)
            return Name(text, offset)
        if self.take("("):
            node = self.check()
            self.expect(")")
            return node
        raise ExprError(f"expected a number, a quantity or '(', found {text!r}", offset)
