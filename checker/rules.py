"""Rule packs: YAML files of named quantities and checks over them, validated before anything runs.

Every problem is a RuleFileError at file:line:column, saying what was expected. Every file is read
and every quantity and check of each is validated, so that all their problems are told at once
(RuleFileErrors); a quantity with a problem stays known to the checks that name it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from checker import kinds, units
from checker.errors import RuleFileError, RuleFileErrors
from checker.extract import KINDS as CLAIM_KINDS
from checker.model import Severity
from checker.sources import expand
from checker.yamlnodes import MappingNode, Node, ScalarNode, SequenceNode, load, mapping, where

PACK_KEYS = {"pack": "the pack's name, the prefix of its rule ids", "description": "what the pack checks",
             "sources": "which articles it applies to", "quantities": "the named figures",
             "checks": "the checks over them"}
SELECTOR_KEYS = {
    "description": "what the quantity is", "kind": "claim kinds", "unit": "units", "subject": "phrases, any of which the claim's subject holds",
    "sentence": "phrases, any of which the claim's sentence holds", "about": "the names the figure is about (nearest to it), exactly these",
    "entities": "names, all of which the sentence holds", "period": "words of the period the figure refers to",
    "place": "the place the sentence names", "qualifier": "qualifiers", "text": "a regular expression the claim's words match",
}
CHECK_KEYS = {"severity": "error, warning or info", "message": "what an editor reads", "description": "why the check exists"}
SOURCE_KEYS = {"contains": "phrases, all of which the article holds"}
NAME = regex.compile(r"[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*")
REGEX_TIMEOUT = 0.25  # seconds a rule's regular expression may run on one claim
REGEX_BUDGET = 5.0  # seconds the slow searches of every rule regular expression of one run may take together
REGEX_SLOW = 0.001  # seconds from which one search is slow (a pattern of a few steps per claim never is)
MAX_PATTERN = 100_000  # items a rule's regular expression may hold with its counted repeats unrolled
_REPEAT = regex.compile(r"\{(\d*)(?:,(\d*))?\}")


@dataclass(frozen=True, slots=True)
class Selector:
    """How a quantity is found in a source: every stated condition must hold."""

    kinds: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    sentence: tuple[str, ...] = ()
    about: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    period: str | None = None
    place: str | None = None
    qualifiers: tuple[str, ...] = ()
    text: Any = None  # a compiled regex.Pattern


@dataclass(frozen=True, slots=True)
class Quantity:
    """A named figure of a story, found in each source by its selector."""

    name: str
    selector: Selector
    description: str
    where: str


@dataclass(frozen=True, slots=True)
class Check:
    """One rule: an instance of a rule kind, with its id, severity and message."""

    id: str
    kind: str
    severity: Severity
    message: str
    description: str
    options: Any
    where: str


@dataclass(frozen=True, slots=True)
class Pack:
    """A rule file: quantities and checks, under one name."""

    name: str
    path: str
    description: str
    contains: tuple[str, ...]
    quantities: dict[str, Quantity] = field(default_factory=dict)
    checks: tuple[Check, ...] = ()


_PROBLEMS: ContextVar[list[RuleFileError] | None] = ContextVar("problems", default=None)


@contextmanager
def _told(problems: list[RuleFileError]) -> Iterator[None]:
    """A problem raised inside is told to `problems` (each of a RuleFileErrors), and the work goes on after the block."""
    try:
        yield
    except RuleFileErrors as err:
        problems.extend(err.errors)
    except RuleFileError as err:
        problems.append(err)


def _problem(err: RuleFileError) -> None:
    """Tell a problem that need not stop the file being read: collected while a file is loaded, else raised."""
    problems = _PROBLEMS.get()
    if problems is None:
        raise err
    problems.append(err)


def load_packs(paths: list[Path]) -> list[Pack]:
    """Load and validate every rule file (directories: their .yaml/.yml files, sorted); every problem of
    every file is raised at once, as RuleFileErrors."""
    problems: list[RuleFileError] = []
    files: list[Path] = []
    for path in paths:
        with _told(problems):
            files += expand(path, {".yaml", ".yml"}, RuleFileError, "rule files", "no such rule file")
    packs: list[Pack] = []
    for f in files:
        with _told(problems):
            packs.append(load_pack(f))
    seen: dict[str, str] = {}
    for pack in packs:
        if pack.name in seen:
            problems.append(RuleFileError(pack.path, f"pack name {pack.name!r} is also used by {seen[pack.name]}"))
        seen[pack.name] = pack.path
    if problems:
        raise RuleFileErrors(problems)
    return packs


def load_pack(path: Path) -> Pack:
    """Load one rule file into a validated pack; every problem it has is raised at once (RuleFileErrors)."""
    problems: list[RuleFileError] = []
    token = _PROBLEMS.set(problems)
    try:
        with _told(problems):
            pack = _pack(path)
    finally:
        _PROBLEMS.reset(token)
    if problems:
        raise RuleFileErrors(problems)
    return pack


def _pack(path: Path) -> Pack:
    name = str(path)
    root = load(path)
    if root is None:
        raise RuleFileError(f"{name}:1:1", "empty rule file (expected 'quantities' and 'checks')")
    entries = mapping(name, root, "a rule file")
    _known(name, entries, PACK_KEYS, "a rule file")
    pack_name = _text(name, entries["pack"][1], "pack") if "pack" in entries else path.stem
    if not NAME.fullmatch(pack_name) or "." in pack_name:
        raise RuleFileError(where(name, entries["pack"][1]) if "pack" in entries else name,
                            f"pack name {pack_name!r} must be a word of letters, digits, '-' or '_'")
    quantities: dict[str, Quantity] | None = {}
    if "quantities" in entries:
        quantities = None  # until they are read: checks are not held against quantities that could not be
        with _entry():
            quantities = _quantities(name, entries["quantities"][1])
    if "checks" not in entries:
        raise RuleFileError(where(name, root), "a rule file needs 'checks'")
    checks = _checks(name, pack_name, entries["checks"][1], quantities) if quantities is not None else ()
    contains: tuple[str, ...] = ()
    if "sources" in entries:
        source = mapping(name, entries["sources"][1], "sources")
        _known(name, source, SOURCE_KEYS, "sources")
        contains = _texts(name, source["contains"][1], "contains") if "contains" in source else ()
    description = _text(name, entries["description"][1], "description") if "description" in entries else ""
    return Pack(pack_name, name, description, contains, quantities or {}, checks)


def _known(path: str, entries: dict[str, tuple[ScalarNode, Node]], allowed: dict[str, str], what: str) -> None:
    for key, (key_node, _) in entries.items():
        if key not in allowed:
            _problem(RuleFileError(where(path, key_node), f"unknown key {key!r} in {what} (expected one of: {', '.join(allowed)})"))


def _text(path: str, node: Node, what: str) -> str:
    if not isinstance(node, ScalarNode) or node.tag.endswith((":null", ":bool")) or not str(node.value).strip():
        raise RuleFileError(where(path, node), f"{what} must be text")
    return str(node.value)


def _texts(path: str, node: Node, what: str) -> tuple[str, ...]:
    if isinstance(node, SequenceNode):
        if not node.value:
            raise RuleFileError(where(path, node), f"{what} must not be an empty list")
        return tuple(_text(path, item, what) for item in node.value)
    return (_text(path, node, what),)


def _quantities(path: str, node: Node) -> dict[str, Quantity]:
    out: dict[str, Quantity] = {}
    for name, (key, value) in mapping(path, node, "quantities").items():
        out[name] = Quantity(name, Selector(), "", where(path, key))  # known to the checks even when it has a problem
        with _entry():
            if not NAME.fullmatch(name):
                raise RuleFileError(where(path, key), f"quantity name {name!r} must be letters, digits, '_', '-' and dots")
            out[name] = Quantity(name, _selector(path, value, name), _description(path, value), where(path, key))
    return out


def _entry() -> AbstractContextManager[None]:
    """Around one quantity or check: while a file is loaded, its problem is told and the next one read."""
    problems = _PROBLEMS.get()
    return nullcontext() if problems is None else _told(problems)


def _description(path: str, node: Node) -> str:
    entries = mapping(path, node, "a quantity") if isinstance(node, MappingNode) else {}
    return _text(path, entries["description"][1], "description") if "description" in entries else ""


def _selector(path: str, node: Node, name: str) -> Selector:
    entries = mapping(path, node, f"quantity {name!r}")
    _known(path, entries, SELECTOR_KEYS, f"quantity {name!r}")
    if set(entries) <= {"description"}:
        raise RuleFileError(where(path, node), f"quantity {name!r} selects every claim: give at least its kind and its subject, names or words")
    values: dict[str, Any] = {}
    for key, (_, value) in entries.items():
        if key in {"kind", "unit", "subject", "sentence", "about", "entities", "qualifier"}:
            values[key] = _texts(path, value, key)
        elif key in {"period", "place"}:
            values[key] = _text(path, value, key)
        elif key == "text":
            values[key] = _pattern(path, value)
    for i, kind in enumerate(values.get("kind", ())):
        if kind not in CLAIM_KINDS:
            raise RuleFileError(where(path, _item(entries["kind"][1], i)), f"unknown claim kind {kind!r} (expected one of: {', '.join(CLAIM_KINDS)})")
    _one_measure(path, name, entries, values)
    return Selector(
        kinds=values.get("kind", ()), units=values.get("unit", ()),
        subject=tuple(s.lower() for s in values.get("subject", ())),
        sentence=tuple(s.lower() for s in values.get("sentence", ())),
        about=values.get("about", ()), entities=values.get("entities", ()),
        period=values.get("period"), place=values.get("place"),
        qualifiers=values.get("qualifier", ()), text=values.get("text"),
    )


def _item(node: Node, i: int) -> Node:
    """The i-th item of a list written in YAML, or the one value written alone."""
    return node.value[i] if isinstance(node, SequenceNode) else node


def _one_measure(path: str, name: str, entries: dict[str, tuple[ScalarNode, Node]], values: dict[str, Any]) -> None:
    """A quantity's kinds, and its units, must measure one thing: a count is never held against a
    share, GBP against USD, a percentage against percentage points, a length against a mass."""
    for key, measure in (("kind", units.kind_measure), ("unit", units.unit_measure)):
        first: tuple[str, str] | None = None
        for i, item in enumerate(values.get(key, ())):
            this = measure(item)
            if this is None:
                continue
            if first is None:
                first = (item, this)
            elif this != first[1]:
                raise RuleFileError(where(path, _item(entries[key][1], i)),
                                    f"quantity {name!r} mixes {key}s that are never compared: {first[0]} ({units.describe(first[1])}) "
                                    f"and {item} ({units.describe(this)})")


def _pattern(path: str, node: Node) -> Any:
    text = _text(path, node, "text")
    if expanded(text) > MAX_PATTERN:
        raise RuleFileError(where(path, node), f"regular expression too large once its counted repeats are unrolled "
                                                f"(over {MAX_PATTERN:,} items)")
    try:
        return regex.compile(text, regex.I)
    except (regex.error, ValueError) as err:  # ValueError: incompatible flags, e.g. (?a)(?u)
        raise RuleFileError(where(path, node), f"invalid regular expression ({err})") from None
    except RecursionError:
        raise RuleFileError(where(path, node), "invalid regular expression (nested too deeply)") from None


def expanded(text: str) -> int:
    """How many items a pattern holds once its counted repeats ('a{1000}') are unrolled, as the regex module
    compiles it (an upper bound; stops counting past MAX_PATTERN)."""
    groups, last, i = [0], 0, 0
    while i < len(text) and sum(groups) <= MAX_PATTERN:
        repeat = _REPEAT.match(text, i, i + 40) if text[i] == "{" else None
        if repeat is not None:
            times = max(int(repeat[1] or 0), int(repeat[2] or 0), 1) if len(repeat[0]) < 20 else MAX_PATTERN + 1
            groups[-1] += last * (times - 1)
            last, i = last * times, repeat.end()
            continue
        if text[i] == "(":
            groups.append(0)
        elif text[i] == ")" and len(groups) > 1:
            last = max(groups.pop(), 1)
            groups[-1] += last
        else:
            last = 1
            groups[-1] += 1
        i += 2 if text[i] == "\\" else 1
    return sum(groups)


def _checks(path: str, pack: str, node: Node, quantities: dict[str, Quantity]) -> tuple[Check, ...]:
    out = []
    for name, (key, value) in mapping(path, node, "checks").items():
        with _entry():
            out.append(_check(path, pack, name, key, value, quantities))
    return tuple(out)


def _check(path: str, pack: str, name: str, key: ScalarNode, value: Node, quantities: dict[str, Quantity]) -> Check:
    """One check of a pack, validated."""
    if not NAME.fullmatch(name) or "." in name:
        raise RuleFileError(where(path, key), f"check name {name!r} must be letters, digits, '_' and '-'")
    entries = mapping(path, value, f"check {name!r}")
    chosen = [k for k in entries if k in kinds.KINDS]
    if len(chosen) != 1:
        expected = ", ".join(f"'{k}'" for k in kinds.KINDS)
        raise RuleFileError(where(path, value), f"check {name!r} needs exactly one of {expected}")
    kind = kinds.get(chosen[0])
    _known(path, {k: v for k, v in entries.items() if k != chosen[0]}, {**CHECK_KEYS, **kind.EXTRA_KEYS}, f"check {name!r}")
    severity = Severity.ERROR
    if "severity" in entries:
        try:
            severity = Severity.parse(_text(path, entries["severity"][1], "severity"))
        except ValueError as err:
            raise RuleFileError(where(path, entries["severity"][1]), str(err)) from None
    options = kind.parse(path, entries[chosen[0]][1], entries, quantities)
    message = _text(path, entries["message"][1], "message") if "message" in entries else kind.DEFAULT_MESSAGE
    description = _text(path, entries["description"][1], "description") if "description" in entries else ""
    return Check(f"{pack}.{name}", chosen[0], severity, message, description, options, where(path, key))
