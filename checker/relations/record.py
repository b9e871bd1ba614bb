"""The relation record: figures of one passage in typed roles, with the words that establish them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from checker.model import Claim, Location


@dataclass(frozen=True, slots=True)
class Relation:
    """Figures of one passage in a typed relation, each in a role, with the words that establish it."""

    kind: str
    figures: tuple[Claim, ...]
    roles: tuple[str, ...]
    words: str
    details: tuple[tuple[str, Any], ...] = ()
    measured: str = ""  # the words of its clause that say what its figures measure ("said they would move"), if any
    measured_at: Location | None = None  # where those words are, when the article's text was at hand

    def figure(self, role: str) -> Claim:
        """The figure in `role` (KeyError when the relation has none)."""
        if role not in self.roles:
            raise KeyError(role)
        return self.figures[self.roles.index(role)]

    def has(self, role: str) -> bool:
        """True when a figure stands in `role`."""
        return role in self.roles

    def detail(self, key: str, default: Any = None) -> Any:
        """One of the relation's details."""
        return dict(self.details).get(key, default)
