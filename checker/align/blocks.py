"""Blocking by names: claims grouped by kind, unit, the names they are about and their period.

Used inside one article (`builtin.restated`: a named share told twice); across sources the
alignment of `checker.align` reads what figures measure instead. Within a block, subjects are
grouped by rapidfuzz similarity; claims with no names must share a subject.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

import regex
from rapidfuzz import fuzz

from checker.engine import Aliases
from checker.model import Claim

ALIGNED_KINDS = {"count", "percent", "ratio", "money", "range", "multiplier", "change"}
SHARE_KINDS = {"percent", "ratio", "multiplier"}  # shares and trends of a named thing: one per name
SUBJECT_SIMILARITY = 85  # rapidfuzz token_sort_ratio for subjects of unnamed figures
STOP = {"the", "a", "an", "of", "in", "on", "for", "to", "and", "with", "by", "at", "from"}


_CLAUSE_END = regex.compile(r"[,;:.!?()—–]|\s-\s")
_FIGURE = regex.compile(r"\d[\d,.]*")


def _subject_key(claim: Claim) -> str:
    """What an unnamed figure says: the words after it up to the end of its clause ('victims were girls')."""
    words = " ".join(claim.text.split())
    at = claim.sentence.find(words)
    tail = claim.sentence[at + len(words) :] if at >= 0 else (claim.subject or "")
    clause = _CLAUSE_END.split(tail, maxsplit=1)[0]
    kept = [w for w in _FIGURE.sub("#", clause.lower()).split() if w not in STOP][:10]
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in kept)


_OPENING_WORD = regex.compile(r"[\"'“‘(]*([A-Z][\w’'-]*[A-Za-z])")
_NOT_OPENING_NAMES = {"The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "This", "That", "These",
                      "Those", "There", "But", "And", "Or", "If", "When", "While", "As", "After", "Before", "One",
                      "Some", "Many", "Most", "Last", "Its", "Their", "His", "Her", "Our"}


def _sentence_names(claim: Claim, aliases: Aliases) -> frozenset[str]:
    """The sentence's names, and its opening word when it may be one ("Snapchat accounted for ...")."""
    names = {aliases.key(n) for n in claim.entities}
    opening = _OPENING_WORD.match(claim.sentence)
    if opening and opening[1] not in _NOT_OPENING_NAMES and not claim.sentence.startswith(claim.text):
        names.add(aliases.key(opening[1]))
    return frozenset(names)


def _block(claim: Claim, aliases: Aliases, by_period: bool = True) -> tuple[object, ...] | None:
    if claim.kind not in ALIGNED_KINDS or claim.value is None:
        return None
    about = frozenset(aliases.key(n) for n in claim.about)
    if not about and not claim.subject:
        return None  # nothing says what the figure is: never aligned
    named = bool(about)
    if not named:
        about = _sentence_names(claim, aliases)  # unnamed figures align only within sentences naming the same
    return (claim.kind, claim.unit, named, about, period_key(claim) if by_period else None)


def period_key(claim: Claim) -> object:
    """What tells a claim's period from another's: its days when resolved, else its words."""
    if claim.period is None:
        return None
    return (claim.period.first, claim.period.last) if claim.period.first else claim.period.text.lower()


def same_quantity(claims: Iterable[Claim], aliases: Aliases, by_period: bool = True) -> list[list[Claim]]:
    """Claims grouped by the quantity they speak of (blocked by kind, unit, names and, if asked, period)."""
    blocks: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for c in claims:
        key = _block(c, aliases, by_period)
        if key is not None:
            blocks[key].append(c)
    groups: list[list[Claim]] = []
    for key, members in blocks.items():
        shares = key[0] in SHARE_KINDS  # key: kind, unit, named, names, period
        groups.extend(by_subject(members, named=bool(key[2]) and shares))
    return groups


def by_subject(members: list[Claim], named: bool, key: Callable[[Claim], str] | None = None) -> Iterable[list[Claim]]:
    """A named share forms one group; other figures group by what they count (greedy, against each group's first).

    "Instagram's 33 percent" and "Instagram was used in 32%" are one quantity however worded; but
    "5,000 cases on Instagram" and "200 cases involving girls under 12 on Instagram" are not.
    """
    if named:
        return [members]
    groups: list[list[Claim]] = []
    keys: list[str] = []
    for c in members:
        text = (key or _subject_key)(c)
        for i, other in enumerate(keys):
            if fuzz.token_sort_ratio(text, other) >= SUBJECT_SIMILARITY:
                groups[i].append(c)
                break
        else:
            groups.append([c])
            keys.append(text)
    return groups
