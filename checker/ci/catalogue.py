"""Every rule a run can report, with its severity and words: for `rules list`, SARIF and the configuration's checks."""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from dataclasses import dataclass
from types import ModuleType

from checker import align, builtins, engine, quotecheck
from checker.ci import suppress
from checker.model import Severity
from checker.rules import Pack


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule id: its default severity, one-line message, longer description, and how far its findings are to be trusted."""

    id: str
    severity: Severity
    message: str
    description: str
    precision: str  # SARIF's words: very-high, high, medium, low


def _doc(module: ModuleType) -> str:
    """A module's docstring, its indentation removed."""
    return inspect.cleandoc(module.__doc__ or "")


def rules(packs: Iterable[Pack] = ()) -> dict[str, Rule]:
    """Every rule of the built-in checks, the quotation checks, the meta rules and the packs, by id."""
    found = [Rule(align.RULE, align.SEVERITY, align.MESSAGE, _doc(align), "medium")]
    found += [Rule(m.ID, m.SEVERITY, m.MESSAGE, _doc(m), "high") for m in builtins.CHECKS.values()]
    found += [Rule(rule, severity, message, message + ".", "medium") for rule, (severity, message) in quotecheck.RULES.items()]
    found += [Rule(rule, severity, message, message + ".", "very-high") for rule, severity, message in engine.META_RULES]
    found += [Rule(rule, severity, message, message + ".", "very-high") for rule, (severity, message) in suppress.RULES.items()]
    for pack in packs:
        found += [Rule(c.id, c.severity, c.message, c.description or pack.description or c.message, "very-high")
                  for c in pack.checks]
    return {r.id: r for r in found}
