"""YAML read as nodes that remember where they were written, for errors at file:line:column."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError
from yaml.reader import ReaderError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from checker.errors import RuleFileError

__all__ = ["Loader", "MappingNode", "Node", "ScalarNode", "SequenceNode", "load", "where", "where_in", "mapping"]

_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")  # what YAML counts as a line break
MAX_DEPTH = 64  # collections nested deeper than this are refused (composing recurses)


class Loader(yaml.SafeLoader):
    """The safe loader, refusing aliases (an alias bomb of a few hundred bytes expands past gigabytes)
    and nesting deeper than MAX_DEPTH; a value that cannot be built (a 5,000-digit integer, 30
    February) is an error at its place, not a ValueError."""

    depth = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        """A node, refusing aliases and deep nesting."""
        if self.check_event(yaml.AliasEvent):
            raise ComposerError(None, None, "aliases (*name) are not allowed", self.peek_event().start_mark)
        if self.depth >= MAX_DEPTH and self.check_event(yaml.CollectionStartEvent):
            raise ComposerError(None, None, f"nested more than {MAX_DEPTH} levels deep", self.peek_event().start_mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_object(self, node: Node, deep: bool = False) -> object:
        """The value of a node; ValueError and OverflowError become a ConstructorError at the node."""
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError) as err:
            problem = "a number too long to read" if "digits" in str(err) else f"cannot read this value: {err}"
            raise ConstructorError(None, None, problem, node.start_mark) from None


def where(path: str, node: Node) -> str:
    """'file:line:column' of a node (1-based)."""
    return f"{path}:{node.start_mark.line + 1}:{node.start_mark.column + 1}"


def where_in(path: str, node: ScalarNode, offset: int) -> str:
    """'file:line:column' of the character at `offset` of a scalar's value (its end when past it).

    The value's words are followed through what the file says, so block, multi-line and quoted
    scalars point where the character is written; where the file spells it otherwise (escapes), the
    scalar's own start.
    """
    mark = node.start_mark
    text, i, end = mark.buffer, mark.pointer, node.end_mark.pointer
    if text is None:
        return where(path, node)
    if node.style in ("|", ">"):
        header = _BREAK.search(text, i, end)  # the value starts on the line after '|' or '>'
        i = header.end() if header else end
    elif node.style in ("'", '"'):
        i += 1
    for j, char in enumerate(node.value[: offset + 1]):
        if char.isspace():
            continue
        while i < end and text[i].isspace():
            i += 1
        if i >= end or text[i] != char:
            return where(path, node)
        if j == offset:
            break
        i += 1
    line, column = _advance(text, mark.line, mark.column, mark.pointer, i)
    return f"{path}:{line + 1}:{column + 1}"


def _advance(text: str, line: int, column: int, start: int, end: int) -> tuple[int, int]:
    """The 0-based line and column of text[end], given those of text[start], counting breaks as YAML does."""
    breaks = list(_BREAK.finditer(text, start, end))
    return (line, column + end - start) if not breaks else (line + len(breaks), end - breaks[-1].end())


def load(path: Path) -> Node | None:
    """Compose a YAML file into nodes; raise RuleFileError at the place of a syntax error."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as err:
        raise RuleFileError(str(path), f"cannot read ({err.strerror or err})") from None
    except UnicodeDecodeError:
        raise RuleFileError(str(path), "not UTF-8 text") from None
    try:
        return yaml.compose(text, Loader=Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        place = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = " ".join(str(err.problem or err.context or "invalid YAML").split())
        raise RuleFileError(place, f"YAML error: {problem}") from None
    except ReaderError as err:
        line, column = _advance(text, 0, 0, 0, err.position)
        raise RuleFileError(f"{path}:{line + 1}:{column + 1}", f"YAML error: unacceptable character #x{err.character:04x}: {err.reason}") from None
    except yaml.YAMLError as err:
        raise RuleFileError(str(path), f"YAML error: {' '.join(str(err).split())}") from None
    except RecursionError:
        raise RuleFileError(str(path), "YAML error: nested too deeply") from None


def mapping(path: str, node: Node, what: str) -> dict[str, tuple[ScalarNode, Node]]:
    """The entries of a mapping node, by key, refusing duplicate and non-text keys."""
    if not isinstance(node, MappingNode):
        raise RuleFileError(where(path, node), f"{what} must be a mapping of keys to values")
    entries: dict[str, tuple[ScalarNode, Node]] = {}
    for key, value in node.value:
        if not isinstance(key, ScalarNode) or not key.value:
            raise RuleFileError(where(path, key), f"{what}: keys must be plain words")
        if key.value in entries:
            raise RuleFileError(where(path, key), f"{what}: duplicate key {key.value!r}")
        entries[key.value] = (key, value)
    return entries
