"""Project configuration: [tool.crosscheck] in pyproject.toml, or crosscheck.toml (the same keys, at its top
level), found upward from each checked file's folder (the nearest wins), or named with --config."""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.errors import ConfigError
from checker.exitcodes import FAIL_LEVELS
from checker.model import Severity

MAX_OPTION = 1_000_000  # the largest value of a built-in check's option
KEYS = {"rules", "fail-on", "disable", "severity", "aliases", "options"}


@dataclass(frozen=True, slots=True)
class Config:
    """What a project asks of crosscheck; paths are relative to the file that says so."""

    path: Path | None = None
    rules: tuple[Path, ...] = ()
    fail_on: str = "error"
    disable: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    options: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def where(self) -> str:
        """The file (and table) the configuration was read from, as errors name it."""
        if self.path is None:
            return "configuration"
        return f"{self.path} [tool.crosscheck]" if self.path.name == "pyproject.toml" else str(self.path)

    def check_rules(self, known: Iterable[str]) -> None:
        """Refuse a rule id or prefix in `disable` or `severity` that names no rule, naming the closest that does."""
        ids = set(known)
        prefixes = ids | {rule.rsplit(".", n)[0] for rule in ids for n in range(1, rule.count(".") + 1)}
        for key, named in (("disable", self.disable), ("severity", tuple(self.severity))):
            for rule in named:
                if rule.rstrip(".") not in prefixes:
                    close = difflib.get_close_matches(rule, sorted(prefixes), n=1, cutoff=0.6)
                    hint = f" (did you mean {close[0]!r}?)" if close else " (`crosscheck rules list` shows every rule)"
                    raise ConfigError(self.where, f"'{key}' names no rule: {rule!r}{hint}")


def load(path: Path) -> Config:
    """The configuration in the file `path` (--config): a crosscheck.toml, or a pyproject.toml with [tool.crosscheck]."""
    if not path.is_file():
        raise ConfigError(str(path), "no such configuration file" if not path.exists() else "not a regular file")
    if path.name == "pyproject.toml":
        table = _tool_table(path)
        if table is None:
            raise ConfigError(str(path), "has no [tool.crosscheck] table")
        return parse(path, table)
    return parse(path, _read(path))


def for_paths(paths: Iterable[str]) -> list[tuple[Config, list[str]]]:
    """The checked paths grouped by the configuration nearest each (found from a file's folder, a folder
    itself, or the working folder for standard input), in the order first met."""
    groups: dict[Path | None, tuple[Config, list[str]]] = {}
    by_folder: dict[Path, Config] = {}  # each folder looked up once (pre-commit passes many files of one folder)
    for raw in paths:
        path = Path(raw)
        start = Path.cwd() if raw == "-" else path if path.is_dir() else path.parent
        start = start if start.exists() else Path.cwd()
        found = by_folder[start] if start in by_folder else by_folder.setdefault(start, find(start))
        groups.setdefault(found.path, (found, []))[1].append(raw)
    return list(groups.values())


def find(start: Path) -> Config:
    """The nearest crosscheck.toml, or pyproject.toml with [tool.crosscheck], at or above `start`,
    looking no higher than the root of the repository `start` is in (the folder holding `.git`), so
    a stray file above a project never configures it; a crosscheck.toml that is no file is an error."""
    for folder in [start.resolve(), *start.resolve().parents]:
        own = folder / "crosscheck.toml"
        if own.is_file():
            return parse(own, _read(own))
        if own.exists():
            raise ConfigError(str(own), "not a regular file")
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and (table := _tool_table(pyproject)) is not None:
            return parse(pyproject, table)
        if (folder / ".git").exists():
            break
    return Config()


def _tool_table(path: Path, data: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """The [tool.crosscheck] table of a TOML file, None when it has none."""
    tool = (_read(path) if data is None else data).get("tool", {})
    table = tool.get("crosscheck") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path} [tool.crosscheck]", "must be a table")
    return table


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(str(path), f"cannot read ({err})") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(str(path), f"invalid TOML ({err})") from None
    except ValueError:  # an integer of more than 4,300 digits
        raise ConfigError(str(path), "invalid TOML (a number too long to read)") from None


def _table(where: str, table: dict[str, Any], key: str) -> dict[str, Any]:
    value = table.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(where, f"'{key}' must be a table of names to values")
    return value


def parse(path: Path, table: dict[str, Any]) -> Config:
    """Validate a configuration table; a crosscheck.toml takes the keys of [tool.crosscheck] at its top
    level, or under a [tool.crosscheck] table of its own (pasted from a pyproject.toml)."""
    where = Config(path).where
    if path.name != "pyproject.toml" and "tool" in table:
        pasted = _tool_table(path, table)
        if pasted is None or len(table) > 1:
            raise ConfigError(where, "crosscheck.toml takes the keys of [tool.crosscheck] at its top level "
                                     f"({', '.join(sorted(KEYS))}), or all of them under [tool.crosscheck]; not both, and no other table")
        table = pasted
    unknown = sorted(set(table) - KEYS)
    if unknown:
        raise ConfigError(where, f"unknown key {unknown[0]!r} (expected one of: {', '.join(sorted(KEYS))})")
    rules = table.get("rules", [])
    if isinstance(rules, str):
        rules = [rules]
    if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
        raise ConfigError(where, "'rules' must be a path or a list of paths")
    fail_on = table.get("fail-on", "error")
    if fail_on not in FAIL_LEVELS:
        raise ConfigError(where, f"'fail-on' must be one of {', '.join(FAIL_LEVELS)}, not {fail_on!r}")
    disable = table.get("disable", [])
    if not isinstance(disable, list) or not all(isinstance(d, str) for d in disable):
        raise ConfigError(where, "'disable' must be a list of rule ids or prefixes")
    severity = {}
    for rule, name in _table(where, table, "severity").items():
        try:
            severity[rule] = Severity.parse(str(name))
        except ValueError as err:
            raise ConfigError(where, f"severity of {rule!r}: {err}") from None
    aliases = {}
    for name, others in _table(where, table, "aliases").items():
        others = [others] if isinstance(others, str) else others
        if not isinstance(others, list) or not all(isinstance(o, str) for o in others):
            raise ConfigError(where, f"aliases of {name!r} must be a name or a list of names")
        aliases[name] = others
    options = {rule: _options(where, rule, values) for rule, values in _table(where, table, "options").items()}
    base = path.parent
    return Config(path, tuple(base / r for r in rules), fail_on, tuple(disable), severity, aliases, options)


def _options(where: str, rule: str, values: Any) -> dict[str, int]:
    """A built-in check's options, each known to the check and a whole number."""
    from checker.builtins import CHECKS

    if rule not in CHECKS:
        raise ConfigError(where, f"options for unknown check {rule!r} (known: {', '.join(CHECKS)})")
    if not isinstance(values, dict):
        raise ConfigError(where, f"options of {rule!r} must be a table")
    known = CHECKS[rule].OPTIONS
    for key, value in values.items():
        if key not in known:
            raise ConfigError(where, f"{rule} has no option {key!r} (options: {', '.join(known) or 'none'})")
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_OPTION:
            raise ConfigError(where, f"{rule} option {key!r} must be a whole number from 0 to {MAX_OPTION:,}")
    return dict(values)
