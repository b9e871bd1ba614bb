"""Project configuration: [tool.crosscheck] in pyproject.toml, or crosscheck.toml, found upward."""

from __future__ import annotations

import tomllib
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
        if pyproject.is_file():
            tool = _read(pyproject).get("tool", {})
            table = tool.get("crosscheck") if isinstance(tool, dict) else None
            if table is not None:
                if not isinstance(table, dict):
                    raise ConfigError(f"{pyproject} [tool.crosscheck]", "must be a table")
                return parse(pyproject, table)
        if (folder / ".git").exists():
            break
    return Config()


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
    """Validate a configuration table."""
    where = f"{path} [tool.crosscheck]" if path.name == "pyproject.toml" else str(path)
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
