"""Whose age an unnamed description tells: the person an article is about.

News names its subject once or twice and then describes them: "Ellie Brandt ... The 16-year-old
was seen boarding a bus", "A 31-year-old Dorset man is in hospital ... Owen Pryce's
van". Such an age is the age of the article's protagonist, the one person it names far more
often than anyone else, and so is held against that person's age in another report ("Ellie
Brandt, 16,"). An age is read so only when the article leaves no doubt: one person dominates its
mentions, the description is definite ("the 15-year-old") or opens the sentence ("A 23-year-old
man is ..."), a person of the story is given an age within two years of it (a birthday between
two reports, a slip of a year), no other unnamed age of the article differs from it, and the
article gives neither that person another age nor anyone else an age near it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from fractions import Fraction

import regex

from checker.extract import roles
from checker.meaning.words import fold
from checker.model import Claim

LEAST_MENTIONS = 3  # mentions of the protagonist (in full or by surname), at least ...
DOMINANCE = 1.5  # ... and this many times the mentions of anyone else named in full ...
MARGIN = 2  # ... and this many more (3 against 2 is no one's article; 5 against 3, as 10 against 3, is)
AGE_SPAN = 2  # years between an unnamed age and a person's stated age beyond which it is not that person's
_DEFINITE = regex.compile(r"(?i:\bthe)\s+\Z")
_OPENING = regex.compile(r"\s*(?:[\"'“‘]\s*)?(?:A|An)\s+\Z")
_PERSON_NOUN = regex.compile(r"(?:-year-old|\s+years?\s+old)?(?:\s+[\w'’.-]+){0,3}?\s+(?i:man|woman|boy|girl|teenager)\b")
_NAMED_DESCRIPTION = regex.compile(r"(?<![\w'’-])(?!(?:The|A|An)\s)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*,\s+(?:the\s+|a\s+|an\s+)?\Z")
_BARE = regex.compile(r"\s*(?:[,;:.)—–]|\Z|(?:(?i:also|then|now|still|later|had|has|have|was|is|were|will|would|could|can|may|might|must|did|does|said|told|appeared|died|admitted|denied|pleaded|faces|remains)\b))")
_ROLE = regex.compile(r"\s*(?:[\"'“‘]\s*)?(?i:the)\s+[^,;:()\d]{1,40},\s+\Z")  # "The UN envoy, 39, said"
# a full name: two or three capitalised words, the first no word that opens a sentence or a title
_FULL_NAME = regex.compile(r"(?<![\w'’.-])(\p{Lu}[\p{Ll}'’-]+)(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,2}(?![\w'’-])")
_CAPITALISED = regex.compile(r"(?<![\w'’-])\p{Lu}[\p{Ll}'’-]*\p{Ll}")
_OPENERS = frozenset("""The A An In On At But And Meanwhile However Last This That When While After Before Since
Police Officers Mr Mrs Ms Dr Sir President Minister Judge""".split())


def of_text(text: str, people: Mapping[str, Collection[Fraction]], age: Fraction | None = None) -> str | None:
    """Of `people` (names of the story with the ages stated beside them), the one an article names
    at least `LEAST_MENTIONS` times (in full or by surname), `DOMINANCE` times as often as anyone
    else it names in full and `MARGIN` more, or None. With an `age`, only someone given an age within
    `AGE_SPAN` of it in the story can be meant ("the 16-year-old" is not the grandmother of 58).
    One pass counts the capitalised words of the text: linear in it, whatever the people."""
    close = {name for name, ages in people.items() if age is None or any(abs(a - age) <= AGE_SPAN for a in ages)}
    near = {_surname(name) for name in close}
    if age is not None and len(near) > 1:
        return None  # two people of the story have ages near it ("Mary Fenn, 31," and "Tom Cole, 30,")
    words = Counter(_key(m[0]) for m in _CAPITALISED.finditer(text))
    named = dict.fromkeys(_key(m[0].split()[-1]) for m in _FULL_NAME.finditer(text) if m[1] not in _OPENERS)
    surnames = Counter({surname: words[surname] for surname in [*named, *near]})  # those named in full first, as they stand
    ranked = surnames.most_common(2)
    if not ranked or ranked[0][0] not in near:
        return None
    (best, count), runner = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0)
    if count < LEAST_MENTIONS or count < DOMINANCE * runner or count < runner + MARGIN:
        return None
    meant = {name for name in close if _surname(name) == best}
    full = {name for name in meant if " " in name}
    if len(full) > 1:
        return None  # two of one family with ages near it ("Ivy Reed, 15, and her brother Tom Reed, 17")
    return min(full or meant)


def _key(word: str) -> str:
    return fold(word).removesuffix("'s").strip("'")


def _surname(name: str) -> str:
    return name.split()[-1]


def described(claim: Claim) -> bool:
    """Whether an age is told of an unnamed person in a way that stands for someone the article is
    about: definite ("the 15-year-old", "The 15-year-old appeared", "The UN envoy, 39, said"), or the indefinite that opens
    the sentence and introduces its subject ("A 31-year-old Dorset man is in hospital")."""
    sentence, text = claim.sentence, claim.text
    at = sentence.find(text)
    named = _NAMED_DESCRIPTION.search(sentence, max(0, at - 60), at) if at >= 0 else None
    if at < 0 or named is not None and not _a_role(named[0]):
        return False  # "Ellie Brandt, the 16-year-old": named beside it, read as that name's
    if _ROLE.fullmatch(sentence, 0, at):
        return True
    if _DEFINITE.search(sentence, max(0, at - 5), at):  # "the 15-year-old appeared"; not "the 17-year-old driver of ..."
        return bool(_BARE.match(sentence, at + len(text), at + len(text) + 40))
    return bool(_OPENING.fullmatch(sentence, 0, at)) and bool(_PERSON_NOUN.match(sentence, at + len(text), at + len(text) + 60))


def _a_role(words: str) -> bool:
    """Whether capitalised words before an age end with a title, not a name ("UN Ambassador, ",
    "Head Teacher, "; not "Labour MP Tom Reed, ")."""
    last = words.rstrip(", \t").split()[-1].lower() if words.strip(", \t") else ""
    return last in roles.TITLE_HEADS


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
    surname = _surname(person)
    for c, _, owner in ages:
        if owner is None or c.value is None or value is None:
            continue
        if _surname(owner) == surname and c.value != value:
            return {}  # the article gives its protagonist another age: the description is someone else
        if _surname(owner) != surname and abs(Fraction(c.value) - Fraction(value)) <= AGE_SPAN:
            return {}  # it names someone else of that age ("Tom Cole, 24, ... The 24-year-old")
    return {id(c): person for c in unnamed}
