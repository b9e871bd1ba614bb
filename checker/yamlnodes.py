"""YAML read as nodes that remember where they were written, for errors at file:line:column."""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from checker.errors import RuleFileError

__all__ = ["MappingNode", "Node", "ScalarNode", "SequenceNode", "load", "where", "mapping"]


def where(path: str, node: Node) -> str:
    """'file:line:column' of a node (1-based)."""
    return f"{path}:{node.start_mark.line + 1}:{node.start_mark.column + 1}"


def load(path: Path) -> Node | None:
    """Compose a YAML file into nodes; raise RuleFileError at the place of a syntax error."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as err:
        raise RuleFileError(str(path), f"cannot read ({err.strerror or err})") from None
    except UnicodeDecodeError:
        raise RuleFileError(str(path), "not UTF-8 text") from None
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        place = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = " ".join(str(err.problem or err.context or "invalid YAML").split())
        raise RuleFileError(place, f"YAML error: {problem}") from None
    except yaml.YAMLError as err:
        raise RuleFileError(str(path), f"YAML error: {' '.join(str(err).split())}") from None


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
