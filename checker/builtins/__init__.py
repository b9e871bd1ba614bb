"""Built-in checks: arithmetic slips inside one article, run on every article without a rule file.

Each is a small module with its ID, SEVERITY, a docstring, EXAMPLES that must be flagged and
examples that must pass, and run(claims, options, relations) yielding findings: exact interval
arithmetic over one kind of relation between the article's figures (`checker.relations`), read
once for all the checks. No relation, no finding. The registry is explicit.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import ModuleType

from checker import relations
from checker.builtins import (
    age_gap, breakdown, change, currency_pair, named_count, part_whole, period_length, rate, ratio_percent, restated,
    share, trend,
)
from checker.model import Claim, Finding

CHECKS: dict[str, ModuleType] = {
    m.ID: m for m in (age_gap, breakdown, change, currency_pair, named_count, part_whole, period_length, rate, ratio_percent,
                      restated, share, trend)
}


def run(claims: list[Claim], options: Mapping[str, Mapping[str, int]] | None = None, text: str | None = None) -> Iterator[Finding]:
    """Every built-in check over the claims of one article, with the configuration's options; with the
    article's `text`, a finding also points at the words saying what its figures measure."""
    found = relations.read(claims, text)
    for rule, module in CHECKS.items():
        yield from module.run(claims, (options or {}).get(rule, {}), found)
