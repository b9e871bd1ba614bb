"""Reported speech inside quotation marks: a quoted fragment that puts the speaker's words in the third person.

'He trained so he "can watch his grandsons play football"' against his own 'to watch my sons
play football and to coach my grandsons': the marks hold the writer's words, not hers. A fragment is held
against another source's version of a quotation when it speaks of someone in the third person
where that version speaks in the first, and its content words all stand, in any order, within a
short stretch of that version, which does not hold the fragment word for word. Versions are
found through an index of their content words, never by comparing all pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from checker.wording import LITTLE_WORDS, Wording

THIRD = frozenset({"he", "she", "they", "him", "her", "them", "his", "hers", "their", "theirs", "himself", "herself",
                   "themselves"})
FIRST = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
AUXILIARIES = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must", "have", "has", "had",
                         "was", "were", "are", "been", "being", "does", "did", "not"})  # reported speech shifts these
FRAGMENT_WORDS = (4, 12)  # words of a quoted fragment, fewest and most
MIN_CONTENT = 3  # content words of a fragment that the other version must hold
STRETCH = 3  # the stretch of the other version holding them: at most this many times the fragment's words
POSTINGS = 64  # versions kept per content word
CANDIDATES = 4  # versions each fragment is held against


@dataclass(frozen=True, slots=True)
class Reworded:
    """A fragment (by index), the version (by index) whose words it rewords, and the stretch of them."""

    fragment: int
    version: int
    stretch: tuple[int, int]


def content(w: Wording) -> list[str]:
    """The words that carry a quotation's sense: not little words, auxiliaries or pronouns, three letters or more."""
    return [k for k in w.key if len(k) >= 3 and k not in LITTLE_WORDS | AUXILIARIES | THIRD | FIRST]


def find(wordings: Sequence[Wording], partial: Sequence[bool], sources: Sequence[frozenset[str]]) -> Iterator[Reworded]:
    """Every fragment that rewords another source's version of a quotation in the third person."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(wordings):
        if FIRST & set(w.key):
            for word in set(content(w)):
                if len(postings[word]) < POSTINGS:
                    postings[word].append(i)
    for i, w in enumerate(wordings):
        words = content(w)
        if not partial[i] or not FRAGMENT_WORDS[0] <= len(w.key) <= FRAGMENT_WORDS[1] or not THIRD & set(w.key):
            continue
        shared: dict[int, int] = defaultdict(int)
        for word in set(words):
            for j in postings.get(word, []):
                if j != i and not sources[i] & sources[j]:
                    shared[j] += 1
        for j in sorted(shared, key=lambda j: (-shared[j], j))[:CANDIDATES]:
            stretch = _stretch(set(words), wordings[j], STRETCH * len(w.key))
            if shared[j] >= max(MIN_CONTENT, len(set(words))) and stretch and not _verbatim(w.key, wordings[j].key):
                theirs = set(wordings[j].key[stretch[0] : stretch[1]])
                if THIRD & set(w.key) - theirs and FIRST & theirs - set(w.key):  # "her" for "my", not "him" for "him"
                    yield Reworded(i, j, stretch)


def _stretch(words: set[str], other: Wording, most: int) -> tuple[int, int] | None:
    """The shortest run of `other` holding every one of `words` and a first-person word, when short enough."""
    need = {*words, "*first"}
    seen: dict[str, int] = {}
    best: tuple[int, int] | None = None
    for k, word in enumerate(other.key):
        tag = "*first" if word in FIRST else word
        if tag in need:
            seen[tag] = k
            if len(seen) == len(need):
                start = min(seen.values())
                if best is None or k + 1 - start < best[1] - best[0]:
                    best = (start, k + 1)
    return best if best is not None and best[1] - best[0] <= most else None


def _verbatim(fragment: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether the fragment stands word for word in the other version (then it is a partial quote)."""
    n = len(fragment)
    return any(other[k : k + n] == fragment for k in range(len(other) - n + 1))
