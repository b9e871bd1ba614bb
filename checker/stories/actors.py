"""Who acts in an article: a person named with the body they act for ("Stravane chief executive Odile Marchbank").

A firm's chief executive or spokesman, a party's leader, a team's captain is quoted in report
after report about the firm, party or team, whatever each report is about. Two articles sharing
such a pair of names, the person named only in passing (at most MINOR times) in each, share one
actor, not a subject: `linking` asks what else they share. A person named more often is what
the article is about (a trial of a former chief executive), and counts as any name does.

A tie is two runs of capitalised words on either side of a role (`TITLE_HEADS`), read in a
bounded window around each role word the article holds:

- body, role, person: "Stravane chief executive Odile Marchbank", "Labour's deputy leader Jo Brand";
- person, role, body: "Odile Marchbank, finance director at Stravane Cable",
  "Amy Dunne, a spokeswoman for the Tarrow Trust".

Each side is at most RUN capitalised words, the role at most ROLE words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from checker.extract.roles import PORTFOLIO, TITLE_HEADS

Tie = tuple[frozenset[str], frozenset[str]]  # the body's name words and the person's, case-folded


class Cast(NamedTuple):
    """An article's ties of a person to a body, and the names it mentions more than MINOR times (its protagonists)."""

    ties: tuple[Tie, ...] = ()
    prominent: frozenset[str] = frozenset()


MINOR = 2  # a person named at most this often is quoted or cited, not what the article is about

RUN = 4  # capitalised words of a name on either side
ROLE = 6  # words of a role ("president and chief operating officer")
REACH = 80  # characters looked at on either side of a role word
MOST = 24  # role words read per article
_ROLE_WORDS = frozenset(TITLE_HEADS | PORTFOLIO | {"and", "operating", "&"})
_LINKS = frozenset({"at", "of", "for", "with"})
_LEADS = frozenset({"a", "an", "the", "its", "his", "her", "their"})
_TRIM = ",.;:!?\"'“”‘’()[]"
_POSSESSIVES = ("'s", "’s")
_STOPS = ",.;:!?"


def cast(text: str, words: Mapping[str, int], mentions: Mapping[str, int]) -> Cast:
    """The article's ties and prominent names; `mentions` counts each "name:" key as written capitalised."""
    found = ties(text, words)
    if not found:
        return Cast()
    return Cast(tuple(found), frozenset(key[5:] for key, n in mentions.items() if n > MINOR))


def ties(text: str, words: Mapping[str, int]) -> list[Tie]:
    """The (body, person) pairs an article ties by a role; `words` (case-folded counts) says which role words it holds."""
    present = TITLE_HEADS.intersection(words)
    if not present:
        return []
    lowered = text.lower()
    found: list[Tie] = []
    read = 0
    for title in sorted(present):
        at = lowered.find(title)
        while at != -1 and read < MOST:
            end = at + len(title)
            if _bounded(lowered, at, end):
                read += 1
                tie = _tie(text, at, end)
                if tie is not None:
                    found.append(tie)
            at = lowered.find(title, end)
    return list(dict.fromkeys(found))


def _bounded(lowered: str, at: int, end: int) -> bool:
    """Whether lowered[at:end] is a whole word."""
    return (at == 0 or not lowered[at - 1].isalnum()) and (end == len(lowered) or not lowered[end].isalnum())


def _tie(text: str, at: int, end: int) -> Tie | None:
    """The names on either side of the role word at text[at:end], if both are there."""
    before = text[max(0, at - REACH) : at].split()[::-1]  # nearest first
    after = text[end : end + REACH].split()
    left, right = _role(before), _role(after)
    if right < len(after) and after[right].lower() in _LINKS and not text[at:end + 1].endswith(","):
        # person, role, body: "Odile Marchbank, finance director at Stravane Cable"
        rest = after[right + 1 :]
        body = _forwards(rest[1:] if rest[:1] == ["the"] else rest)
        return _pair(body, _person_before(before[left:]))
    return _pair(_backwards(before[left:]), _forwards(after[right:]))


def _pair(a: frozenset[str], b: frozenset[str]) -> Tie | None:
    return (a, b) if a and b else None


def _role(tokens: list[str]) -> int:
    """How many of the tokens (nearest first) are words of a role: up to ROLE, none ending in a stop or a comma."""
    n = 0
    while n < min(len(tokens), ROLE) and tokens[n].lower() in _ROLE_WORDS:
        n += 1
    return n


def _word(token: str) -> str:
    """A token without the marks around it and a possessive, case-folded; '' when it is not capitalised."""
    word = token.strip(_TRIM)
    if word.endswith(_POSSESSIVES):
        word = word[:-2]
    return word.casefold() if word[:1].isupper() and word.lower() not in _ROLE_WORDS else ""


def _forwards(tokens: list[str]) -> frozenset[str]:
    """The capitalised run the tokens open: up to RUN words, the last one ending in a mark or a possessive."""
    words = []
    for token in tokens[:RUN]:
        word = _word(token)
        if not word:
            break
        words.append(word)
        if token[-1:] in _STOPS or token.endswith(_POSSESSIVES):
            break
    return frozenset(words)


def _backwards(tokens: list[str]) -> frozenset[str]:
    """The capitalised run just before a role (tokens nearest first), ending where a token ends in a mark."""
    words = []
    for token in tokens[:RUN]:
        word = _word(token)
        if not word or token[-1:] in _STOPS:
            break
        words.append(word)
    return frozenset(words)


def _person_before(tokens: list[str]) -> frozenset[str]:
    """The name before an apposition (tokens nearest first): "Odile Marchbank, director", "Amy Dunne, a spokeswoman"."""
    if tokens[:1] and tokens[0].lower() in _LEADS:
        tokens = tokens[1:]
    if not tokens or not tokens[0].endswith(","):
        return frozenset()
    return _backwards([tokens[0][:-1], *tokens[1:]])
