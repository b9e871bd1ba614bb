"""Given names: whether a word is a first name people are given, and to which sex it is mostly given.

The list (`data/given-names.txt`) holds the 5,163 first names of the 1990 United States Census
frequency lists (public domain): wide enough for the names news copy gives people in court and
crime reports ("Tomas Reiner (36)"), where a short hand-made list missed most. A name given to
both sexes, neither four times as often as the other, has no sex ("u"). Names of other traditions
that the census did not count are missing; a word that is also a name ("Will", "Grant", "May")
is in it, so a caller asks for the shape of a name as well (a capitalised word before a surname).
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib.resources import files

from checker.extract.lexicon import unaccented
from checker.extract.roles import FEMALE_NAMES, MALE_NAMES


@cache
def _names() -> dict[str, str]:
    text = files("checker.extract").joinpath("data/given-names.txt").read_text(encoding="utf-8")
    return dict(line.split(" ", 1) for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1 << 12)
def folded(word: str) -> str:
    """The word in lower case without its accents, as the lists hold it: 'Siobhán' -> 'siobhan', 'Zoë' -> 'zoe'."""
    return unaccented(word.lower())


def is_given(word: str) -> bool:
    """'Tomas', 'siobhan', 'Siobhán': a first name of the census list or of `roles`' hand-made lists (any case or accent)."""
    low = folded(word)
    return low in FEMALE_NAMES or low in MALE_NAMES or low in _names()


def sex_of(word: str) -> str | None:
    """'f' or 'm' when the first name is mostly given to one sex, else None."""
    sex = _names().get(folded(word))
    return sex if sex in ("f", "m") else None
