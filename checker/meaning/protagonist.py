"""Whose age an unnamed description tells: the person an article is about.

News names its subject once or twice and then describes them: "Logan Mott ... The 15-year-old
appeared to be driving", "A 23-year-old Vancouver Island man is recovering ... Duncan Moffat's
truck". Such an age is the age of the article's protagonist, the one person it names far more
often than anyone else, and so is held against that person's age in another report ("Logan
Mott, 15,"). An age is read so only when the article leaves no doubt: one person dominates its
mentions, the description is definite ("the 15-year-old") or opens the sentence ("A 23-year-old
man is ..."), and no other unnamed age, and no age named for that person, differs from it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from fractions import Fraction

import regex

from checker.model import Claim

LEAST_MENTIONS = 3  # mentions of the protagonist (in full or by surname), at least ...
DOMINANCE = 1.5  # ... and this many times the mentions of the next person
AGE_SPAN = 10  # years between an unnamed age and a person's stated age beyond which it is not that person's
CANDIDATES = 8  # the people counted by surname at most: the count stays linear
_DEFINITE = regex.compile(r"(?i:\bthe)\s+\Z")
_OPENING = regex.compile(r"\s*(?:[\"'“‘]\s*)?(?:A|An)\s+\Z")
_PERSON_NOUN = regex.compile(r"(?:-year-old|\s+years?\s+old)?(?:\s+[\w'’.-]+){0,3}?\s+"
                             r"(?i:man|woman|boy|girl|teen|teenager|youth|mother|father|student|driver|pupil|victim|suspect)\b")
_NAMED_DESCRIPTION = regex.compile(r"(?<![\w'’-])(?!(?:The|A|An)\s)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*,\s+(?:the\s+|a\s+|an\s+)?\Z")
_ROLE = regex.compile(r"\s*(?:[\"'“‘]\s*)?(?i:the)\s+[^,;:()\d]{1,40},\s+\Z")  # "The UN envoy, 39, said"


def of_text(text: str, people: Mapping[str, Collection[Fraction]], age: Fraction | None = None) -> str | None:
    """Of `people` (names of the story with the ages stated beside them), the one an article names
    far more often than the others (in full or by surname), or None when no one dominates. With
    an `age`, only people given an age near it somewhere in the story can be meant ("the
    15-year-old" is not the grandmother of 53)."""
    near = sorted(name for name, ages in people.items() if age is None or any(abs(a - age) <= AGE_SPAN for a in ages))
    counted = sorted(((_mentions(_surname(name), text), name) for name in near[:CANDIDATES]), reverse=True)
    if not counted:
        return None
    best, name = counted[0]
    runner = counted[1][0] if len(counted) > 1 and _surname(counted[1][1]) != _surname(name) else 0
    return name if best >= LEAST_MENTIONS and best >= DOMINANCE * max(runner, 1) else None


def _surname(name: str) -> str:
    return name.split()[-1]


def _mentions(surname: str, text: str) -> int:
    """How often a text names someone by a surname (a name key, folded): capitalised, a word of its own."""
    found = regex.finditer(rf"(?<![\w'’-]){regex.escape(surname)}(?![\w-])", text, regex.I)
    return sum(1 for m in found if m[0][0].isupper())


def described(claim: Claim) -> bool:
    """Whether an age is told of an unnamed person in a way that stands for someone the article is
    about: definite ("the 15-year-old", "The 15-year-old appeared", "The UN envoy, 39, said"), or the indefinite that opens
    the sentence and introduces its subject ("A 23-year-old Vancouver Island man is recovering")."""
    sentence, text = claim.sentence, claim.text
    at = sentence.find(text)
    if at < 0 or _NAMED_DESCRIPTION.search(sentence, max(0, at - 60), at):
        return False  # "Logan Mott, the 15-year-old": named beside it, read as that name's
    if _DEFINITE.search(sentence, max(0, at - 5), at) or _ROLE.fullmatch(sentence, 0, at):
        return True
    return bool(_OPENING.fullmatch(sentence, 0, at)) and bool(_PERSON_NOUN.match(sentence, at + len(text), at + len(text) + 60))


def ages_of(text: str, ages: Sequence[tuple[Claim, bool, str | None]], people: Mapping[str, Collection[Fraction]]) -> dict[int, str]:
    """The protagonist's name for each unnamed age that stands for them, by the claim's id.
    `ages`: each age claim of the article with whether it is unnamed and described (`described`)
    and the name it is said of, if any; `people`: the story's people with ages (`of_text`).
    Nothing is assigned when the article's ages leave doubt."""
    unnamed = [c for c, is_described, owner in ages if owner is None and is_described]
    if not unnamed or len({c.value for c in unnamed}) > 1:
        return {}
    value = unnamed[0].value
    person = of_text(text, people, Fraction(value) if value is not None else None)
    if person is None:
        return {}
    surname = person.split()[-1].lower()
    own = {c.value for c, _, owner in ages if owner and owner.lower().split()[-1] == surname}
    if own - {unnamed[0].value}:
        return {}  # the article gives its protagonist another age: the description is someone else
    return {id(c): person for c in unnamed}
