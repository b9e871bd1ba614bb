"""Who an article names, read where asked for: the full name a short name stands for, the people named before a pronoun,
the gender the text shows of a name.

A person is named in full with two to four capitalised words ("Peter Wanless", "Mrs Ida Frost"), and with a person's
marks: an honorific or title, a title after the name, or a verb of saying. No name holds a character outside letters,
blanks, apostrophes and hyphens, a full stop after a word other than an honorific or initial, or a word opening in lower
case; so a short name is read only around the places its word occurs, the people before a pronoun a stretch at a time
back from it, and the whole article only when a word occurs too often or a stretch runs on too long. Each way reads
the same names.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

import regex

from checker.extract import speakers as sp
from checker.extract.common import alternation
from checker.extract.scan import before

TITLES = "|".join(sorted(sp.TITLE_HEADS, key=len, reverse=True))
# a role given with its place or body and a comma: "The mayor of Leeds, Tom Reed", "the party's leader, Ann Cole"
ROLE_OF_BEFORE = regex.compile(rf"(?<![\w’'])({TITLES})(?:[ \t]+of[ \t]+(?:the[ \t]+)?\p{{Lu}}[\w’'.-]*(?:[ \t]+\p{{Lu}}[\w’'.-]*){{0,3}})?,[ \t]+\Z", regex.I)
_NOT_NAME_WORDS = sp.NEVER_FIRST | sp.LEADS | sp.TIMES  # "As Steve Vladeck", "Tuesday Ebbers"
_NAME_WORD = r"(?:\p{Lu}[\p{Ll}’']*\p{Ll}(?:-\p{Lu}[\p{Ll}’']*\p{Ll})*|\p{Lu}\.(?=[ \t]+\p{Lu}))"  # "Maisie", "Okafor-Dunne", "L."
_HONORIFIC = "|".join(sorted(h.capitalize() for h in sp.HONORIFICS))
_PERSON = regex.compile(rf"(?=\p{{Lu}})(?<![\w’'.])(?:(?:{_HONORIFIC})\.?[ \u00a0])?(?:{_NAME_WORD}[ \u00a0]){{1,3}}{_NAME_WORD}")  # one space between
_TITLED_SURNAME = regex.compile(rf"(?<![\w’'.])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?[ \u00a0]({_NAME_WORD})(?![ \u00a0]\p{{Lu}}|[\w’'-])")
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "But", "And", "Meanwhile", "However", "Last", "This", "That", "Said", "Says",
              "Added", "Asked", "Wrote", "According"}
# (only whether each matches is read: the words nested by shared ends, or beginnings, to be tried in a few steps)
_TITLED_BEFORE = regex.compile(rf"(?i:(?:{alternation(sp.TITLE_HEADS | sp.HONORIFICS, backward=True, ignore_case=True)})\.?)[ \t]+\Z")
_PERSON_AFTER = regex.compile(rf",[ \t]+(?:(?:a|an|the|its|his|her)[ \t]+)?(?:\S+[ \t]+){{0,4}}?(?i:{alternation(sp.TITLE_HEADS | sp.RELATIONS, ignore_case=True)})(?![\w])"
                              rf"|,?[ \t]+(?:(?:has|had|also)[ \t]+)?(?i:{sp.VERBS}|spoke|speaks)(?![\w])")
_CONNECTOR_BEFORE = regex.compile(r"(?:for|of|the|and|&)[ \t]+\Z")


# A character no person's name holds (_PERSON, _TITLED_SURNAME): names read between two of them are the names the whole
# article's reading finds there, so a name is looked for only around the places its word occurs.
_OUTSIDE_NAMES = (rf"[^\p{{L}}’'.\- \t\u00a0]|(?<=\p{{Ll}})(?<!(?<![\w’'.])(?:{_HONORIFIC}))\."  # a full stop after no honorific
                  r"|(?<=[ \t\u00a0])\p{Ll}")  # or a word opening in lower case
_NAME_BREAK = regex.compile(_OUTSIDE_NAMES)
_NAME_BREAK_BEFORE = regex.compile(_OUTSIDE_NAMES, regex.REVERSE)
_REACH = 300  # characters looked through for such a character, each way; beyond, the article is read whole
_OCCURRENCES = 12  # places a word is read at; a word that occurs more often has the article read whole
_CHUNK = 400  # characters of the stretches the people named before a pronoun are read in, nearest first


def _looks_like_a_person(text: str, start: int, end: int) -> bool:
    """A name with a person's marks: a title or honorific before it ("Mayor Tom Reed", "The mayor of
    Leeds, Tom Reed"), a title after it, or a verb of saying."""
    if before(_CONNECTOR_BEFORE, text, start, 8):
        return False  # "Institute for Fiscal Studies": the tail of a body's name
    return bool(before(_TITLED_BEFORE, text, start, 40) or before(ROLE_OF_BEFORE, text, start, 60)
                or _PERSON_AFTER.match(text, end, end + 240))


Mention = tuple[int, int, str, str | None]  # where a person is named in full: start, end, name, gender
Names = tuple[list[regex.Match[str]], list[regex.Match[str]]]  # what _PERSON and _TITLED_SURNAME find in a stretch


@lru_cache(maxsize=1 << 14)  # names recur
def _name_words(found: str) -> tuple[tuple[str, ...], bool]:
    """The words of the person's name in what _PERSON found ('Police Director Ron Lavery': 'Ron Lavery'), and whether
    an honorific or title marks it (no words when it names no one)."""
    words = found.split()
    honorific = max((i for i, w in enumerate(words) if w.lower().rstrip(".") in sp.HONORIFICS), default=-1)
    titled = honorific >= 0  # "Mrs Ida Frost", "Massachusetts Sen. Elizabeth Warren"
    words = [w for w in words[honorific + 1 :] if w not in _NOT_NAMES and w.lower() not in _NOT_NAME_WORDS]
    while words and words[0].lower() in sp.NOT_A_PERSON:
        words, titled = words[1:], True  # "Police Director Ron Lavery"
    owner = max((i for i, w in enumerate(words) if w.endswith(("’s", "'s"))), default=-1)
    words = words[owner + 1 :]  # "Ireland's Alistair Cragg"; not "Prime Minister's Questions"
    if len(words) < 2 or any(w.lower() in sp.NOT_A_PERSON for w in words):
        return (), titled
    return tuple(words), titled


def _unique(names: dict[str, str], key: str, name: str) -> None:
    """Record `name` under `key`, or '' when another name has the key already."""
    names[key] = name if names.get(key, name) == name else ""

class Named:
    """The people an article names, read where they are asked for (see the module's docstring)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._people: tuple[dict[str, str], list[Mention], dict[str, str]] | None = None  # the article read whole
        self._stretches: dict[tuple[int, int], Names] = {}  # the names of each stretch read
        self._full: dict[str, str] = {}  # a word's full name, '' when none
        self._genders: dict[str, str | None] = {}
        self._chunks: dict[int, tuple[int, list[Mention]]] = {}  # the mentions of each stretch of about _CHUNK characters read

    def full_name(self, word: str) -> str | None:
        """The full name `word` stands for as a surname or first name, when only one person named in full has it
        ("Angelina" is "Angelina Jolie" when no other Angelina is named; a surname before a first name)."""
        if self._people is not None:
            return self._people[0].get(word)
        found = self._full.get(word)
        if found is None:
            stretches = self._stretches_of(word)
            if stretches is None:
                return self._read_people()[0].get(word)
            surnames: dict[str, str] = {}
            given: dict[str, str] = {}
            for m in {m.start(): m for a, b in stretches for m in self._names(a, b)[0]}.values():
                words, _ = _name_words(m[0])
                if words and words[-1] == word:
                    _unique(surnames, word, " ".join(words))
                if words and words[0] == word:
                    _unique(given, word, " ".join(words))
            found = self._full[word] = surnames.get(word) or given.get(word) or ""
        return found or None

    def mentions(self) -> list[Mention]:
        """Every place the article names a person, in order (the article read whole)."""
        return self._read_people()[1]

    def backward(self, at: int) -> Backward:
        """The people the article names before `at`, nearest first, read as far back as asked."""
        return Backward(self, at)

    def chunk(self, k: int) -> tuple[int, list[Mention]] | None:
        """Where the k-th stretch of about _CHUNK characters starts (the first character no name holds at or after
        k * _CHUNK; it ends at the next one's start) and its mentions, in order (None when no such character is near)."""
        if self._people is not None:
            return None
        found = self._chunks.get(k)
        if found is None:
            start = _break_after(self.text, k * _CHUNK) if k else 0
            end = _break_after(self.text, (k + 1) * _CHUNK) if (k + 1) * _CHUNK < len(self.text) else len(self.text)
            if start is None or end is None:
                return None
            found = self._chunks[k] = (start, sorted(self._mentions_in(start, end)) if start < end else [])
        return found

    def gender_shown(self, name: str) -> str | None:
        """What the article's marks show of a person named ('Mrs Ida Frost', 'Mr Hale'): 'm' or 'f', '' when both."""
        if self._people is not None:
            return self._people[2].get(name)
        if name in self._genders:
            return self._genders[name]
        words = name.split()
        stretches = [self._stretches_of(w) for w in {words[0], words[-1]}]
        if any(found is None for found in stretches):
            return self._read_people()[2].get(name)
        shown: dict[str, str] = {}
        places = {(a, b) for found in stretches for a, b in found or ()}
        for start, _, named, gender in {m[0]: m for a, b in sorted(places) for m in self._mentions_in(a, b)}.values():
            if gender and named == name:
                shown[name] = gender if shown.get(name, gender) == gender else ""
        found = self._genders[name] = shown.get(name)
        return found

    def _names(self, a: int, b: int) -> Names:
        """What _PERSON and _TITLED_SURNAME find in text[a:b], where text[b] (and text[a], unless a is 0) holds no name."""
        found = self._stretches.get((a, b))
        if found is None:
            end = min(len(self.text), b + 1)  # what follows may tell ("Mr Reed2" names no one)
            found = self._stretches[a, b] = (list(_PERSON.finditer(self.text, a, end)), list(_TITLED_SURNAME.finditer(self.text, a, end)))
        return found

    def _stretches_of(self, word: str) -> list[tuple[int, int]] | None:
        """The stretches between characters no name holds around each place `word` opens a word (None: too many)."""
        text = self.text
        found: list[tuple[int, int]] = []
        at = text.find(word)
        while at >= 0:
            if at and (text[at - 1].isalnum() or text[at - 1] in "_’'."):
                at = text.find(word, at + 1)  # inside a word: no name's word
                continue
            if found and at < found[-1][1]:
                at = text.find(word, found[-1][1])  # in the stretch read
                continue
            start, end = _break_before(text, at), _break_after(text, at)
            if start is None or end is None or len(found) == _OCCURRENCES:
                return None
            found.append((start, end))
            at = text.find(word, end)
        return found

    def _mentions_in(self, a: int, b: int) -> list[Mention]:
        """The people named in text[a:b] (a stretch between characters no name holds), in the order found."""
        text = self.text
        persons, titled = self._names(a, b)
        found: list[Mention] = []
        for m in persons:
            words, marked = _name_words(m[0])
            if words and (marked or _looks_like_a_person(text, m.start(), m.end())):
                found.append((m.start(), m.end(), " ".join(words), sp.gender_of(text[max(0, m.start() - 6) : m.end()])))
        for m in titled:  # "Mr Livingstone said": the person, named by surname
            if not m[1].endswith(("’s", "'s")):  # not "Sir Alan's plan"
                found.append((m.start(), m.end(), self.full_name(m[1]) or m[1], sp.gender_of(m[0])))
        return found

    def _read_people(self) -> tuple[dict[str, str], list[Mention], dict[str, str]]:
        """The article's people read whole: full names by word, every mention, the gender each name is shown."""
        if self._people is None:
            surnames: dict[str, str] = {}  # full names by surname, '' when two people share it ("Bill" and "Hillary Clinton")
            given: dict[str, str] = {}  # and by first name
            for m in _PERSON.finditer(self.text):
                words, _ = _name_words(m[0])
                if words:
                    _unique(surnames, words[-1], " ".join(words))
                    _unique(given, words[0], " ".join(words))
            full = {first: name for first, name in given.items() if name}
            full.update((surname, name) for surname, name in surnames.items() if name)
            self._people = (full, [], {})  # the mentions read with the full names known
            mentions = sorted(self._mentions_in(0, len(self.text)))
            genders: dict[str, str] = {}
            for _, _, name, shown in mentions:
                if shown:
                    genders[name] = shown if genders.get(name, shown) == shown else ""
            self._people = (full, mentions, genders)
        return self._people


def _break_before(text: str, at: int) -> int | None:
    """The last character no name holds before `at` (0 at the text's start; None when none is near)."""
    m = _NAME_BREAK_BEFORE.search(text, max(0, at - _REACH), at)
    return m.start() if m is not None else 0 if at <= _REACH else None


def _break_after(text: str, at: int) -> int | None:
    """The first character no name holds at or after `at` (the text's end; None when none is near)."""
    m = _NAME_BREAK.search(text, at, at + _REACH)
    return m.start() if m is not None else len(text) if at + _REACH >= len(text) else None


class Backward:
    """Where an article names a person before an offset (in full with a person's marks, or by title and surname),
    nearest first: a stretch of about _CHUNK characters read at a time, and only while one may name someone
    after the place asked about."""

    def __init__(self, named: Named, at: int) -> None:
        self.named, self.at = named, at
        self.k, self.limit = at // _CHUNK, at  # the next stretch to read; where the stretches not yet read end
        self.ready: list[Mention] = []  # read and not yet taken, in order: the nearest last

    def peek(self, after: int) -> Mention | None:
        """The nearest mention not yet taken, when it starts after `after`."""
        while not self.ready and self.k >= 0 and self.limit > after:
            self._read()
        return self.ready[-1] if self.ready and self.ready[-1][0] > after else None

    def take(self) -> None:
        self.ready.pop()

    def _read(self) -> None:
        chunk = self.named.chunk(self.k)
        if chunk is None:  # the article read whole: every mention before the stretches read
            mentions = self.named.mentions()
            self.ready, self.k = mentions[: bisect.bisect_left(mentions, (self.limit,))], -1
            return
        start, found = chunk
        self.ready = [m for m in found if m[0] < self.at]
        self.k, self.limit = self.k - 1, min(self.limit, start)

