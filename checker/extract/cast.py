"""Who an article names: people named in full (with their gender and role), short names, acronyms, and its sentences.

What attribution needs to resolve a speaker within one article: "Mr Wanless" and "Peter" are
"Peter Wanless" when only one person has that name; "he" and "she" stand for the nearest person
quoted or named in full whose gender the text does not contradict; "the mayor" for the nearest
one given that role.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

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
    return bool(before(_TITLED_BEFORE, text, start, 40) or before(_ROLE_OF_BEFORE, text, start, 60)
                or _PERSON_AFTER.match(text, end, end + 240))


def _abbreviated(text: str, a: int, b: int) -> bool:
    """Whether the sentence text[a:b] ends at an abbreviation ('Rep. G.K.', 'Sen.'): it runs on into the next."""
    if text[b - 1 : b] != "." or b - 7 >= a and text[b - 7 : b - 1].isalpha():
        return False  # no full stop, or one after a word of six letters or more: no abbreviation (at most five)
    return ABBREVIATION.search(text, max(a, b - 8), b) is not None


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
    """What an article says about its people: full names by surname, acronyms, the sentences.

    Its people are read where they are asked for: a short name around the places its word occurs, the people named
    before a pronoun up to the pronoun; the whole article only when a word occurs too often or a stretch runs on too
    long (the same names, whichever way they are read)."""

    def __init__(self, text: str, spans: list[tuple[int, int]] | None = None, lines: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.sentences = sentences(text) if spans is None else spans  # as split; joined at abbreviations when read
        self.starts = [a for a, _ in self.sentences]
        self._runs_on: dict[int, bool] = {}  # sentence index: whether it ends at an abbreviation
        self._joined: dict[int, tuple[int, int]] = {}  # sentence index: the sentence it is part of, joined
        self._around: dict[int, tuple[int, int]] = {}  # offset: the joined sentence holding it
        self.paragraphs = paragraphs(text) if lines is None else lines
        self.paragraph_starts = [a for a, _ in self.paragraphs]
        self._people: tuple[dict[str, str], list[Mention], dict[str, str]] | None = None  # the article read whole
        self._stretches: dict[tuple[int, int], Names] = {}  # the names of each stretch read
        self._full: dict[str, str] = {}  # a word's full name, '' when none
        self._genders: dict[str, str | None] = {}
        self._chunks: dict[int, tuple[int, list[Mention]]] = {}  # the mentions of each stretch of about _CHUNK characters read
        self._acronyms: dict[str, str] | None = None
        self._capitalised: dict[str, bool] = {}

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

    @property
    def acronyms(self) -> dict[str, str]:
        """The acronyms the article defines: 'The National Crime Agency (NCA)'."""
        if self._acronyms is None:
            defined = _ACRONYM_PAREN.search(self.text) is not None  # "(NCA)": read the definitions only when one may be there
            self._acronyms = {m[2]: " ".join(m[1].split()) for m in _ACRONYM_DEF.finditer(self.text)} if defined else {}
        return self._acronyms

    def acronym(self, name: str) -> str:
        """What the acronym `name` stands for where the article defines it, else `name`."""
        return self.acronyms.get(name, name) if f"({name})" in self.text else name

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

    def known(self, stated: sp.Stated) -> bool:
        """Whether a speaker is one the article shows to be a name: a title, two words, or a word capitalised mid-sentence."""
        if stated.title or not stated.name or " " in stated.name or not stated.name[0].isupper() or stated.name.lower() in sp.GENERIC:
            return True
        name = stated.name
        found = self._capitalised.get(name)
        if found is None:
            at = self.text.find(name)
            found = False
            while at >= 0 and not found:
                m = _MID_CAPITAL.match(self.text, at, at + len(name) + 1)  # one character more: a longer word is another
                found = m is not None and m[0] == name
                at = self.text.find(name, at + 1)
            self._capitalised[name] = found
        return found

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
            return self.acronym(name)  # "NHS": no one's first name or surname (those hold a lower-case letter)
        return self.full_name(name) or self.acronym(name)


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

    def __init__(self, article: Article, at: int) -> None:
        self.article, self.at = article, at
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
        chunk = self.article.chunk(self.k)
        if chunk is None:  # the article read whole: every mention before the stretches read
            mentions = self.article.mentions()
            self.ready, self.k = mentions[: bisect.bisect_left(mentions, (self.limit,))], -1
            return
        start, found = chunk
        self.ready = [m for m in found if m[0] < self.at]
        self.k, self.limit = self.k - 1, min(self.limit, start)


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
        for mention, speaker in self._nearest(at):
            if mention is not None:
                a, b, name, _ = mention
                if _role(self.article.text, a, self.article.text[a:b]) == role:  # read only when a description asks
                    return Speaker(name, name, None, None, "named", a, b)
            elif speaker is not None and speaker.title and family(speaker.title) == role:
                return speaker
        return None

    def before(self, at: int, pronoun: str) -> Speaker | None:
        """Whom `pronoun` at `at` stands for: the nearest person quoted or named in full, of its gender where known."""
        want = GENDER[pronoun]
        for mention, speaker in self._nearest(at):
            if mention is not None:
                a, b, name, shown = mention
                candidate = Speaker(name, name, None, None, "named", a, b)
            elif speaker is not None:
                candidate, shown = speaker, None
            gender = self.gender_of(candidate.name, shown)
            if gender is None or gender == want:
                return candidate
        return None

    def _nearest(self, at: int) -> Iterator[tuple[Mention | None, Speaker | None]]:
        """The people before `at`, nearest first, _LOOK_BACK at most: each named in full (a mention) or quoted."""
        named = self.article.backward(at)
        j = len(self.speakers) - 1
        for _ in range(self._LOOK_BACK):
            mention = named.peek(self.speakers[j].end if j >= 0 else -1)  # named after the nearest person quoted
            if mention is not None:
                named.take()
                yield mention, None
            elif j >= 0:
                yield None, self.speakers[j]
                j -= 1
            else:
                return

    def gender_of(self, name: str | None, shown: str | None = None) -> str | None:
        """'m' or 'f' when the text shows it of `name`: a pronoun or title where it was quoted, the marks of this
        mention (`shown`), a first name that is a woman's or a man's, else the marks of another mention ('Mr Hale',
        which a surname shared in a family may have given the wrong person); None when unknown."""
        if not name:
            return shown
        return self.gender.get(name) or shown or first_name_gender(name) or self.article.gender_shown(name)


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
