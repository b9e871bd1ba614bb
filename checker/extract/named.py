"""Who an article names: the full name a short name stands for, the people named before a pronoun, the gender the text
shows of a name.

A person is named in full with two to four capitalised words ("Peter Wanless", "Mrs Ida Frost"), and with a person's
marks: an honorific or title, a title after the name, or a verb of saying. The article's names in full are found in
one pass, the first time any is asked for, and give every full name at once; the names by honorific and surname ("Mr
Hale") in one more pass, the first time a mention is asked for; and whether a name found has a person's marks (what
makes it a mention) is read only for the names a question reaches, each once: the people before a pronoun nearest
first, the mentions of the one name whose gender is asked.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import regex

from checker.extract import speakers as sp
from checker.extract.common import alternation
from checker.extract.given import folded, sex_of
from checker.extract.roles import BOTH_NAMES, FEMALE_NAMES, MALE_NAMES
from checker.extract.scan import before

TITLES = "|".join(sorted(sp.TITLE_HEADS, key=len, reverse=True))
# a role given with its place or body and a comma: "The mayor of Leeds, Tom Reed", "the party's leader, Ann Cole"
ROLE_OF_BEFORE = regex.compile(rf"(?<![\w’'])({TITLES})(?:[ \t]+of[ \t]+(?:the[ \t]+)?\p{{Lu}}[\w’'.-]*(?:[ \t]+\p{{Lu}}[\w’'.-]*){{0,3}})?,[ \t]+\Z", regex.I)
_NOTNAME_WORDS = sp.NEVER_FIRST | sp.LEADS | sp.TIMES  # "As Steve Vladeck", "Tuesday Ebbers"
# "Maisie", "Okafor-Dunne", "O'Neill", "McAllister", "L.", the Irish "Ó", the Korean "Seo-jin"
NAME_WORD = (r"(?:(?:O['’]|D['’]|Mc|Mac(?=\p{Lu}))?\p{Lu}[\p{Ll}’']*\p{Ll}(?:-\p{Lu}[\p{Ll}’']*\p{Ll}|-\p{Ll}{2,5}(?![\w’'-]))*|\p{Lu}\.(?=[ \t]+\p{Lu})"
              r"|Ó(?=[ \u00a0]\p{Lu}))")
# "Ramón de la Cruz", "Stefan de Vries", and joined by a hyphen: "Layla al-Sharif" (nested: a few steps a place)
PARTICLE = rf"(?:{alternation(sp.PARTICLES)})(?:[ \u00a0]|-(?=\p{{Lu}}))"
_HONORIFIC = "|".join(sorted(h.capitalize() for h in sp.HONORIFICS))
# one space between its words; the lookahead (what every name in full starts with: a capital, a word and one space
# before a capital) lets the scan over the whole article pass most capitals at once (a third of its time); the first
# word is read once, then each word after it with the blank before it: a name of two words is not first read as a
# word and a blank too many, then backed off (a quarter of the scan's time)
PERSON = regex.compile(rf"(?=\p{{Lu}}\S*+[ \u00a0](?:\p{{Lu}}|{PARTICLE}))(?<![\w’'.])(?:(?:{_HONORIFIC})\.?[ \u00a0])?"
                       rf"{NAME_WORD}(?:[ \u00a0](?:{PARTICLE}){{0,2}}{NAME_WORD}){{1,4}}")
# "Mr Hale", and a judge by surname: "Mr Justice Hale", "Lady Justice Hale"
_TITLED_SURNAME = regex.compile(rf"(?<![\w’'.])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?[ \u00a0](?:Justice[ \u00a0])?({NAME_WORD})(?![ \u00a0]\p{{Lu}}|[\w’'-])")
_HONORIFIC_AT = re.compile(r"Mr|Ms|Miss|Dr|Sir|Dame|Lord|Lady")  # where one may start: the standard engine finds them faster
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "But", "And", "Meanwhile", "However", "Last", "This", "That", "Said", "Says",
              "Added", "Asked", "Wrote", "According"}
# (only whether each matches is read: the words nested by shared ends, or beginnings, to be tried in a few steps)
_TITLED_BEFORE = regex.compile(rf"(?i:(?:{alternation(sp.TITLE_HEADS | sp.HONORIFICS, backward=True, ignore_case=True)})\.?)[ \t]+\Z")
_PERSON_AFTER = regex.compile(rf",[ \t]+(?:(?:a|an|the|its|his|her)[ \t]+)?(?:\S+[ \t]+){{0,4}}?(?i:{alternation(sp.TITLE_HEADS | sp.RELATIONS, ignore_case=True)})(?![\w])"
                              rf"|,?[ \t]+(?:(?:has|had|also)[ \t]+)?(?i:{sp.VERBS}|spoke|speaks)(?![\w])"
                              r"|,[ \t]+(?:prosecuting|defending|representing[ \t]+\S+|for[ \t]+the[ \t]+(?:prosecution|defen[cs]e|State|Crown)),"
                              r"|,[ \t]+\d{1,3},|[ \t]+\(\d{1,3}\)|,[ \t]+who[ \t]")  # "Jo Hart, 63,", "Jo Hart (63)", "Jo Hart, who"
_RELATION_BEFORE = regex.compile(rf"(?<![\w’'])(?i:{alternation(sp.RELATIONS, backward=True, ignore_case=True)}),?[ \t]+\Z")  # "his widow, Ann Lee"
_CONNECTOR_BEFORE = regex.compile(r"(?:for|of|the|and|&)[ \t]+\Z")
# a person named beside their relation or role: "his wife Ana, 25,", "Neighbour Rita Vance", "her daughter, Ida Lund"
# (each word before a capital is looked up: a scan of the standard engine, the words a set, not a long alternation)
_ROLE_WORDS = frozenset(sp.RELATIONS | sp.TITLE_HEADS)
_BESIDE = re.compile(rf"(?<![\w’'])(?:{alternation(_ROLE_WORDS | {w.capitalize() for w in _ROLE_WORDS})}),?[ \u00a0]+(?=[A-Z][a-z])")
_NAME_RUN = regex.compile(rf"{NAME_WORD}(?:[ \u00a0]{NAME_WORD}){{0,2}}(?![\w’'-])")
_PLAIN, _TITLED = 0, 1  # how a place names a person: in full, by honorific and surname


def _looks_like_a_person(text: str, start: int, end: int) -> bool:
    """A name with a person's marks: a title or honorific before it ("Mayor Tom Reed", "The mayor of
    Leeds, Tom Reed"), a title after it, or a verb of saying."""
    if before(_CONNECTOR_BEFORE, text, start, 8):
        return False  # "Institute for Fiscal Studies": the tail of a body's name
    return bool(before(_TITLED_BEFORE, text, start, 40) or before(ROLE_OF_BEFORE, text, start, 60)
                or _PERSON_AFTER.match(text, end, end + 240) or before(_RELATION_BEFORE, text, start, 24))


Mention = tuple[int, int, str, str | None]  # where a person is named in full: start, end, name, gender


@lru_cache(maxsize=1 << 14)  # names recur
def _name_words(found: str) -> tuple[tuple[str, ...], bool]:
    """The words of the person's name in what PERSON found ('Police Director Ron Lavery': 'Ron Lavery'), and whether
    an honorific or title marks it (no words when it names no one)."""
    words = found.split()
    honorific = max((i for i, w in enumerate(words) if w.lower().rstrip(".") in sp.HONORIFICS), default=-1)
    titled = honorific >= 0  # "Mrs Ida Frost", "Massachusetts Sen. Elizabeth Warren"
    words = [w for w in words[honorific + 1 :] if w not in _NOT_NAMES and w.lower() not in _NOTNAME_WORDS]
    role = max((i for i, w in enumerate(words) if w.lower() in sp.NOT_A_PERSON), default=-1)
    if 0 <= role < len(words) - 2 or role == 0:
        words, titled = words[role + 1 :], True  # "Police Director Ron Lavery", "Millbrook Police Chief Ann Lowe"
    owner = max((i for i, w in enumerate(words) if w.endswith(("’s", "'s"))), default=-1)
    words = words[owner + 1 :]  # "Ireland's Alistair Cragg"; not "Prime Minister's Questions"
    if len(words) < 2 or any(w.lower() in sp.NOT_A_PERSON for w in words):
        return (), titled
    return tuple(words), titled


@lru_cache(maxsize=1 << 14)
def whole_name(found: str) -> str:
    """The person's name in what PERSON found, its words joined ('' when it names no one)."""
    return " ".join(_name_words(found)[0])


def _unique(names: dict[str, str], key: str, name: str) -> None:
    """Record `name` under `key`, or '' when another name has the key already."""
    names[key] = name if names.get(key, name) == name else ""

def _role_named(m: regex.Match[str]) -> str:
    """The name found beside a role ('' when a word of it is no name's: 'the mayor Said')."""
    words = m[0].split()
    if any(w in _NOT_NAMES or w.lower() in _NOTNAME_WORDS or w.lower() in sp.NOT_A_PERSON for w in words):
        return ""
    return " ".join(words)


def first_name_gender(name: str) -> str | None:
    """'f' or 'm' for a name whose first word is a woman's or a man's first name ('Mary Lund', 'Ida'), else None."""
    first = folded(name.split()[0]) if name else ""
    return "f" if first in FEMALE_NAMES else "m" if first in MALE_NAMES else None


def census_gender(name: str) -> str | None:
    """'f' or 'm' for a name whose first word the census gives mostly to one sex ('Beatriz Lowe', 'Andre Roux'): weaker
    than the hand-made lists and the text's own marks, so asked last; None for a name given to both ('Alex', 'Robin')."""
    first = name.split()[0].lower() if name else ""
    return sex_of(first) if first.isalpha() and first not in BOTH_NAMES else None


class Named:
    """The people an article names (see the module's docstring)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._persons: list[regex.Match[str]] | None = None  # the names found in full, read once
        self._full: dict[str, str] = {}  # a word's full name, when only one person named in full has it
        self._starts: list[int] | None = None  # where each name found starts, in order (made when first asked)
        self._found: list[list[tuple[int, regex.Match[str]]]] = []  # the names found there (in full, by titled surname, beside a role)
        self._by_name: dict[str, list[int]] | None = None  # the places each name may be mentioned at (indices of _starts)
        self._mentions: dict[int, list[Mention]] = {}  # the mentions at each place, read when first asked
        self._bearers: dict[str, str] = {}  # 'mrs furlong': the person it stands for, when two share the surname

    def full_name(self, word: str) -> str | None:
        """The full name `word` stands for as a surname or first name, when only one person named in full has it
        ("Angelina" is "Angelina Jolie" when no other Angelina is named; a surname before a first name)."""
        if self._persons is None:
            self._read_names()
        return self._full.get(word)

    def bearer(self, surname: str, honorific: str, gender: str, at: int) -> str | None:
        """The nearest person named in full before `at` with the surname `surname` and a first name of `gender` ('Mrs
        Furlong' is 'Bernadette Furlong' when her husband 'Declan Furlong' is named too), else None; one honorific and
        surname stand for one person through the article ('Mrs Furlong' is not then 'Ms Furlong', her sister-in-law)."""
        key = f"{honorific} {surname}"
        if key in self._bearers:
            return self._bearers[key]
        taken = set(self._bearers.values())
        for m in reversed(self._read_names()):
            name = whole_name(m[0]) if m.start() < at else ""
            if name.endswith(" " + surname) and name not in taken and (first_name_gender(name) or census_gender(name)) == gender:
                self._bearers[key] = name
                return name
        return None

    def mentions(self) -> list[Mention]:
        """Every place the article names a person, in order."""
        return [m for i in range(len(self._places())) for m in self.mentions_at(i)]

    def names_between(self, start: int, end: int) -> bool:
        """Whether a name found in full or by honorific and surname starts in text[start:end]."""
        places = self._places()
        i = bisect.bisect_left(places, start)
        return i < len(places) and places[i] < end

    def backward(self, at: int) -> Backward:
        """The people the article names before `at`, nearest first, read as far back as asked."""
        return Backward(self, bisect.bisect_left(self._places(), at))

    def gender_shown(self, name: str) -> str | None:
        """What the article's marks show of a person named ('Mrs Ida Frost', 'Mr Hale'): 'm' or 'f', '' when both."""
        if self._by_name is None:
            self._by_name = {}
            self._places()
            for i, found in enumerate(self._found):
                for titled, m in found:
                    named = self._full.get(m[1]) or m[1] if titled else whole_name(m[0])
                    self._by_name.setdefault(named, []).append(i)
        shown: str | None = None
        for i in self._by_name.get(name, ()):
            for _, _, named, gender in self.mentions_at(i):
                if gender and named == name:
                    shown = gender if shown in (None, gender) else ""
        return shown

    def beside_roles(self, start: int, end: int) -> list[Mention]:
        """The people named beside a relation or role in text[start:end], in order ('his wife Ana', 'Neighbour Rita
        Vance'), each with the gender its role or first name shows: read only when asked, for a window."""
        found: list[Mention] = []
        for role in _BESIDE.finditer(self.text, start, end):
            m = _NAME_RUN.match(self.text, role.end(), end)
            named = _role_named(m) if m is not None else ""
            if m is not None and named:
                full = self._full_of(named)
                gender = sp.gender_of(role[0]) or first_name_gender(named) or first_name_gender(full) or census_gender(full)
                found.append((m.start(), m.end(), self._full_of(named), gender))
        return found

    def _full_of(self, word: str) -> str:
        return self.full_name(word) or word if " " not in word else word

    def mentions_at(self, i: int) -> list[Mention]:
        """The mentions of the i-th place a name was found at (most often one; none when it has no person's marks)."""
        found = self._mentions.get(i)
        if found is None:
            text = self.text
            found = []
            for titled, m in self._found[i]:
                if titled:  # "Mr Livingstone said": the person, named by surname
                    if not m[1].endswith(("’s", "'s")):  # not "Sir Alan's plan"
                        found.append((m.start(), m.end(), self._full.get(m[1]) or m[1], sp.gender_of(m[0])))
                    continue
                words, marked = _name_words(m[0])
                if words and (marked or _looks_like_a_person(text, m.start(), m.end())):
                    found.append((m.start(), m.end(), " ".join(words), sp.gender_of(text[max(0, m.start() - 6) : m.end()])))
            found = self._mentions[i] = sorted(found) if len(found) > 1 else found
        return found

    def _read_names(self) -> list[regex.Match[str]]:
        """Find the article's names in one pass, and the full names they give."""
        if self._persons is not None:
            return self._persons
        persons = self._persons = list(PERSON.finditer(self.text))
        surnames: dict[str, str] = {}  # full names by surname, '' when two people share it ("Bill" and "Hillary Clinton")
        given: dict[str, str] = {}  # and by first name
        for name in {whole_name(found) for found in {m[0] for m in persons}}:  # a name's places give the same
            words = name.split()
            if not words or words[0].lower() in sp.PARTICLES:
                continue  # "De la Cruz": a surname, named in full elsewhere
            _unique(surnames, words[-1], name)
            if words[-1][:1].islower():  # "al-Amin" is, opening a sentence, "Al-Amin"
                _unique(surnames, words[-1][0].upper() + words[-1][1:], name)
            _unique(given, words[0], name)
            particle = next((i for i, w in enumerate(words[1:-1], 1) if w in sp.PARTICLES), None)
            if particle is not None:  # "Stefan de Vries" is "de Vries" and, opening a sentence, "De Vries"
                tail = " ".join(words[particle:])
                _unique(surnames, tail, name)
                _unique(surnames, tail[0].upper() + tail[1:], name)
        self._full = {first: name for first, name in given.items() if name}
        self._full.update((surname, name) for surname, name in surnames.items() if name)
        return persons

    def _places(self) -> list[int]:
        """Where each name found starts, in order, with the names found there (made when first asked)."""
        if self._starts is None:
            persons = self._read_names()  # in order, none overlapping: each at a place of its own
            titled = _titled_surnames(self.text)
            if not titled:  # the commonest: no one named by honorific and surname alone
                self._starts = [m.start() for m in persons]
                self._found = [[(_PLAIN, m)] for m in persons]
                return self._starts
            places: dict[int, list[tuple[int, regex.Match[str]]]] = {m.start(): [(_PLAIN, m)] for m in persons}
            for m in titled:  # by honorific and surname: only mentions need them
                places.setdefault(m.start(), []).append((_TITLED, m))
            self._starts = sorted(places)
            self._found = [places[a] for a in self._starts]
        return self._starts


def _titled_surnames(text: str) -> list[regex.Match[str]]:
    """Every name by honorific and surname in `text`, as `_TITLED_SURNAME.finditer` finds them: tried only where an
    honorific starts (a few places an article), each after the last one found."""
    found: list[regex.Match[str]] = []
    for at in _HONORIFIC_AT.finditer(text):
        if not found or at.start() >= found[-1].end():
            m = _TITLED_SURNAME.match(text, at.start(), len(text))  # as far as the surname runs, as the scan did
            if m is not None:
                found.append(m)
    return found


class Backward:
    """Where an article names a person before an offset (in full with a person's marks, or by title and surname),
    nearest first, each read when reached."""

    def __init__(self, named: Named, end: int) -> None:
        self.named, self.i = named, end  # the places before the i-th are still to be read
        self.ready: list[Mention] = []  # read and not yet taken, in order: the nearest last

    def peek(self, after: int) -> Mention | None:
        """The nearest mention not yet taken, when it starts after `after`."""
        while not self.ready and self.i > 0 and self.named._places()[self.i - 1] > after:
            self.i -= 1
            self.ready = list(self.named.mentions_at(self.i))
        return self.ready[-1] if self.ready and self.ready[-1][0] > after else None

    def take(self) -> None:
        self.ready.pop()
