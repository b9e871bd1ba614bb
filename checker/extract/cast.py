"""Who an article names: people named in full (with their gender and role), short names, acronyms, and its sentences.

What attribution needs to resolve a speaker within one article: "Mr Wanless" and "Peter" are
"Peter Wanless" when only one person has that name; "he" and "she" stand for the nearest person
quoted or named in full whose gender the text does not contradict; "the mayor" for the nearest
one given that role.
"""

from __future__ import annotations

import bisect
import re

import regex

from checker.extract import speakers as sp
from checker.extract.common import alternation
from checker.extract.context import sentences
from checker.extract.quotes import paragraphs
from checker.extract.roles import FEMALE_NAMES, MALE_NAMES
from checker.extract.scan import before
from checker.model import Speaker

_MID_CAPITAL = regex.compile(r"(?<=[\p{Ll}\d,][ \t]+)(?<!caption[ \t]+)\p{Lu}[\p{L}’'-]*")  # a capital word that opens no sentence
_TITLES = "|".join(sorted(sp.TITLE_HEADS, key=len, reverse=True))
_ROLE_BEFORE = regex.compile(rf"(?<![\w’'])({_TITLES})[ \t]+\Z", regex.I)
# a role given with its place or body and a comma: "The mayor of Leeds, Tom Reed", "the party's leader, Ann Cole"
_ROLE_OF_BEFORE = regex.compile(rf"(?<![\w’'])({_TITLES})(?:[ \t]+of[ \t]+(?:the[ \t]+)?\p{{Lu}}[\w’'.-]*(?:[ \t]+\p{{Lu}}[\w’'.-]*){{0,3}})?,[ \t]+\Z", regex.I)
_ROLE_AFTER = regex.compile(rf",[ \t]+(?:(?:the|a|an|its|his|her|their)[ \t]+)?(?:(?!(?:of|to|for|with|and|from|by|like)\b)[\w’'.-]+[ \t]+){{0,3}}?({_TITLES})(?![\w])", regex.I)
_NOT_NAME_WORDS = sp.NEVER_FIRST | sp.LEADS | sp.TIMES  # "As Steve Vladeck", "Tuesday Ebbers"
ABBREVIATION = regex.compile(r"(?:\b\p{Lu}\p{Ll}?|\b(?i:sen|rep|gov|gen|col|adm|maj|sgt|mrs|capt|prof|rev|del|atty|calif|mass|conn|ariz|wis|mich|minn|tenn|nev|penn|fla|ill)|\p{Lu}\.\p{Lu})\.\Z")
_NAME_WORD = r"(?:\p{Lu}[\p{Ll}’']*\p{Ll}(?:-\p{Lu}[\p{Ll}’']*\p{Ll})*|\p{Lu}\.(?=[ \t]+\p{Lu}))"  # "Carrie", "Campbell-Mott", "L."
_HONORIFIC = "|".join(sorted(h.capitalize() for h in sp.HONORIFICS))
_PERSON = regex.compile(rf"(?=\p{{Lu}})(?<![\w’'.])(?:(?:{_HONORIFIC})\.?[ \u00a0])?(?:{_NAME_WORD}[ \u00a0]){{1,3}}{_NAME_WORD}")  # one space between
_TITLED_SURNAME = regex.compile(rf"(?<![\w’'.])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?[ \u00a0]({_NAME_WORD})(?![ \u00a0]\p{{Lu}}|[\w’'-])")
_ACRONYM_DEF = regex.compile(r"(?=[Tt]he[ \t]|[A-Z])(?:(?<![\w’'])[Tt]he[ \t]+)?((?:[A-Z][\w’'&-]*[ \t]+(?:(?:of|for|the|and)[ \t]+)*){1,6}[A-Z][\w’'&-]*)[ \t]*\(([A-Z]{2,8})\)")
_ACRONYM_PAREN = re.compile(r"\([A-Z]{2,8}\)")
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "But", "And", "Meanwhile", "However", "Last", "This", "That", "Said", "Says",
              "Added", "Asked", "Wrote", "According"}
# (only whether each matches is read: the words nested by shared ends, or beginnings, to be tried in a few steps)
_TITLED_BEFORE = regex.compile(rf"(?i:(?:{alternation(sp.TITLE_HEADS | sp.HONORIFICS, backward=True, ignore_case=True)})\.?)[ \t]+\Z")
_PERSON_AFTER = regex.compile(rf",[ \t]+(?:(?:a|an|the|its|his|her)[ \t]+)?(?:\S+[ \t]+){{0,4}}?(?i:{alternation(sp.TITLE_HEADS | sp.RELATIONS, ignore_case=True)})(?![\w])"
                              rf"|,?[ \t]+(?:(?:has|had|also)[ \t]+)?(?i:{sp.VERBS}|spoke|speaks)(?![\w])")
_CONNECTOR_BEFORE = regex.compile(r"(?:for|of|the|and|&)[ \t]+\Z")


def _looks_like_a_person(text: str, start: int, end: int) -> bool:
    """A name with a person's marks: a title or honorific before it ("Mayor Tom Reed", "The mayor of
    Leeds, Tom Reed"), a title after it, or a verb of saying."""
    if before(_CONNECTOR_BEFORE, text, start, 8):
        return False  # "Institute for Fiscal Studies": the tail of a body's name
    return bool(before(_TITLED_BEFORE, text, start, 40) or before(_ROLE_OF_BEFORE, text, start, 60)
                or _PERSON_AFTER.match(text, end, end + 240))


def _abbreviated(text: str, a: int, b: int) -> bool:
    """Whether the sentence text[a:b] ends at an abbreviation ('Rep. G.K.', 'Sen.'): it runs on into the next."""
    if text[b - 1 : b] != "." or b - 7 >= a and text[b - 7 : b - 1].isalpha():
        return False  # no full stop, or one after a word of six letters or more: no abbreviation (at most five)
    return ABBREVIATION.search(text, max(a, b - 8), b) is not None


Mention = tuple[int, int, str, str | None]  # where a person is named in full: start, end, name, gender


def _unique(names: dict[str, str], key: str, name: str) -> None:
    """Record `name` under `key`, or '' when another name has the key already."""
    names[key] = name if names.get(key, name) == name else ""


def _role(text: str, start: int, named: str) -> str | None:
    """The role a person named in full is given: 'London mayor Ken Lowe', 'Police Director Ron Lavery'."""
    words = [w.lower().rstrip(".") for w in named.split()]
    inside = [w for w in words if w in sp.TITLE_HEADS]
    if inside:
        return family(inside[-1])
    m = before(_ROLE_BEFORE, text, start, 40) or before(_ROLE_OF_BEFORE, text, start, 60)
    if m is None:  # "Tom Reed, the mayor of Leeds," / "Tom Reed, Leeds's mayor,"
        m = _ROLE_AFTER.match(text, start + len(named), min(len(text), start + len(named) + 60))
    return family(m[1].lower()) if m else None


class Article:
    """What an article says about its people: full names by surname, acronyms, the sentences."""

    def __init__(self, text: str, spans: list[tuple[int, int]] | None = None, lines: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.sentences = sentences(text) if spans is None else spans  # as split; joined at abbreviations when read
        self.starts = [a for a, _ in self.sentences]
        self._runs_on: dict[int, bool] = {}  # sentence index: whether it ends at an abbreviation
        self._joined: dict[int, tuple[int, int]] = {}  # sentence index: the sentence it is part of, joined
        self._around: dict[int, tuple[int, int]] = {}  # offset: the joined sentence holding it
        self.paragraphs = paragraphs(text) if lines is None else lines
        self.paragraph_starts = [a for a, _ in self.paragraphs]
        self._people: tuple[dict[str, str], list[Mention], dict[str, str]] | None = None
        self._acronyms: dict[str, str] | None = None
        self._capitalised: set[str] | None = None

    @property
    def full(self) -> dict[str, str]:
        """Full names by surname and by first name, when only one person named in full has it."""
        return self._read_people()[0]

    @property
    def mentions(self) -> list[Mention]:
        """Where the article names a person in full (with a person's marks), in order."""
        return self._read_people()[1]

    @property
    def genders(self) -> dict[str, str]:
        """What the article's marks show of each person named ('Mrs Ida Frost', 'Mr Hale'): 'm' or 'f', '' when both."""
        return self._read_people()[2]

    @property
    def acronyms(self) -> dict[str, str]:
        """The acronyms the article defines: 'The National Crime Agency (NCA)'."""
        if self._acronyms is None:
            defined = _ACRONYM_PAREN.search(self.text) is not None  # "(NCA)": read the definitions only when one may be there
            self._acronyms = {m[2]: " ".join(m[1].split()) for m in _ACRONYM_DEF.finditer(self.text)} if defined else {}
        return self._acronyms

    def _read_people(self) -> tuple[dict[str, str], list[Mention], dict[str, str]]:
        if self._people is None:  # read only when a short name or a pronoun needs it
            surnames: dict[str, str] = {}  # full names by surname, '' when two people share it ("Bill" and "Hillary Clinton")
            given: dict[str, str] = {}  # and by first name
            mentions: list[Mention] = []
            for m in _PERSON.finditer(self.text):
                found = m[0].split()
                honorific = max((i for i, w in enumerate(found) if w.lower().rstrip(".") in sp.HONORIFICS), default=-1)
                titled = honorific >= 0  # "Mrs Ida Frost", "Massachusetts Sen. Elizabeth Warren"
                words = [w for w in found[honorific + 1 :] if w not in _NOT_NAMES and w.lower() not in _NOT_NAME_WORDS]
                while words and words[0].lower() in sp.NOT_A_PERSON:
                    words, titled = words[1:], True  # "Police Director Ron Lavery"
                owner = max((i for i, w in enumerate(words) if w.endswith(("’s", "'s"))), default=-1)
                words = words[owner + 1 :]  # "Ireland's Alistair Cragg"; not "Prime Minister's Questions"
                if len(words) >= 2 and not any(w.lower() in sp.NOT_A_PERSON for w in words):
                    _unique(surnames, words[-1], " ".join(words))
                    _unique(given, words[0], " ".join(words))
                    if titled or _looks_like_a_person(self.text, m.start(), m.end()):
                        shown = sp.gender_of(self.text[max(0, m.start() - 6) : m.end()])
                        mentions.append((m.start(), m.end(), " ".join(words), shown))
            full = {first: name for first, name in given.items() if name}  # "Angelina" is "Angelina Jolie" when no other is named
            full.update((surname, name) for surname, name in surnames.items() if name)
            for m in _TITLED_SURNAME.finditer(self.text):  # "Mr Livingstone said": the person, named by surname
                if not m[1].endswith(("’s", "'s")):  # not "Sir Alan's plan"
                    mentions.append((m.start(), m.end(), full.get(m[1], m[1]), sp.gender_of(m[0])))
            mentions.sort()
            genders: dict[str, str] = {}
            for _, _, name, shown in mentions:
                if shown:
                    genders[name] = shown if genders.get(name, shown) == shown else ""
            self._people = (full, mentions, genders)
        return self._people

    def known(self, stated: sp.Stated) -> bool:
        """Whether a speaker is one the article shows to be a name: a title, two words, or a word capitalised mid-sentence."""
        if stated.title or not stated.name or " " in stated.name or not stated.name[0].isupper() or stated.name.lower() in sp.GENERIC:
            return True
        if self._capitalised is None:
            self._capitalised = {m[0] for m in _MID_CAPITAL.finditer(self.text)}
        return stated.name in self._capitalised

    def sentence(self, offset: int) -> tuple[int, int]:
        """The sentence holding `offset`, with one that ends at an abbreviation joined to the next."""
        if not self.sentences:
            return 0, len(self.text)
        found = self._around.get(offset)  # a quote's own offsets are asked for again and again
        if found is not None:
            return found
        i = max(0, bisect.bisect_right(self.starts, offset) - 1)
        found = self._joined.get(i)
        if found is None:
            first = last = i
            while first > 0 and self._runs_on_at(first - 1):
                first -= 1
            while last + 1 < len(self.sentences) and self._runs_on_at(last):
                last += 1
            found = self._joined[i] = (self.sentences[first][0], self.sentences[last][1])
        self._around[offset] = found
        return found

    def _runs_on_at(self, i: int) -> bool:
        found = self._runs_on.get(i)
        if found is None:
            found = self._runs_on[i] = _abbreviated(self.text, *self.sentences[i])
        return found

    def paragraph(self, offset: int) -> tuple[int, int]:
        """The paragraph holding `offset`."""
        i = max(0, bisect.bisect_right(self.paragraph_starts, offset) - 1)
        return self.paragraphs[i] if self.paragraphs else (0, len(self.text))

    def resolve(self, name: str | None) -> str | None:
        """A short name made whole: 'Wanless' and 'Mr Wanless' are 'Peter Wanless' when the article says so."""
        if not name or " " in name:
            return name
        if name.isupper() and "." not in name:
            return self.acronyms.get(name, name)  # "NHS": no one's first name or surname (those hold a lower-case letter)
        return self.full.get(name, self.acronyms.get(name, name))


GENDER = {"he": "m", "she": "f"}


class People:
    """The people of an article so far, for whom 'he' and 'she' may stand: those quoted, and those named in full."""

    _LOOK_BACK = 6  # candidates weighed for one pronoun, nearest first

    def __init__(self, article: Article) -> None:
        self.article = article
        self.speakers: list[Speaker] = []  # people quoted, in order
        self.gender: dict[str, str] = {}  # what the text shows of each name: 'm' or 'f'

    def quoted(self, speaker: Speaker, gender: str | None) -> None:
        """A quote was given to `speaker` (through 'he' or 'she' when `gender` is known)."""
        if speaker.name and not sp.organisation_like(speaker.name):
            if not self.speakers or self.speakers[-1].name != speaker.name or self.speakers[-1].end < speaker.end:
                self.speakers.append(speaker)
            shown = None if speaker.name in self.gender else gender or sp.gender_of(speaker.text)
            if shown:
                self.gender[speaker.name] = shown

    def described(self, at: int, role: str) -> Speaker | None:
        """The nearest person before `at` quoted with, or named in full with, the role `role`."""
        mentions = self.article.mentions
        i = bisect.bisect_left(mentions, (at,)) - 1
        j = len(self.speakers) - 1
        for _ in range(self._LOOK_BACK):
            if i >= 0 and (j < 0 or mentions[i][0] > self.speakers[j].end):
                a, b, name, _ = mentions[i]
                i -= 1
                if _role(self.article.text, a, self.article.text[a:b]) == role:  # read only when a description asks
                    return Speaker(name, name, None, None, "named", a, b)
            elif j >= 0:
                j -= 1
                if self.speakers[j + 1].title and family(self.speakers[j + 1].title or "") == role:
                    return self.speakers[j + 1]
            else:
                break
        return None

    def before(self, at: int, pronoun: str) -> Speaker | None:
        """Whom `pronoun` at `at` stands for: the nearest person quoted or named in full, of its gender where known."""
        mentions = self.article.mentions
        i = bisect.bisect_left(mentions, (at,)) - 1
        j = len(self.speakers) - 1
        want = GENDER[pronoun]
        for _ in range(self._LOOK_BACK):
            if i >= 0 and (j < 0 or mentions[i][0] > self.speakers[j].end):
                a, b, name, shown = mentions[i]
                i -= 1
                candidate = Speaker(name, name, None, None, "named", a, b)
            elif j >= 0:
                candidate, j, shown = self.speakers[j], j - 1, None
            else:
                break
            gender = self.gender_of(candidate.name, shown)
            if gender is None or gender == want:
                return candidate
        return None

    def gender_of(self, name: str | None, shown: str | None = None) -> str | None:
        """'m' or 'f' when the text shows it of `name`: a pronoun or title where it was quoted, the marks of this
        mention (`shown`), a first name that is a woman's or a man's, else the marks of another mention ('Mr Hale',
        which a surname shared in a family may have given the wrong person); None when unknown."""
        if not name:
            return shown
        return self.gender.get(name) or shown or first_name_gender(name) or self.article.genders.get(name)


def first_name_gender(name: str) -> str | None:
    """'f' or 'm' for a full name whose first name is a woman's or a man's ('Mary Lund', 'John Berg'), else None."""
    words = name.split()
    if len(words) < 2:
        return None  # "Hale": a surname tells nothing
    first = words[0].lower()
    return "f" if first in FEMALE_NAMES else "m" if first in MALE_NAMES else None


def family(title: str) -> str:
    """The head of a title, every spokes- word one: 'chief executive' -> 'executive'."""
    head = title.split()[-1]
    return "spokes" if head.startswith("spokes") else head
