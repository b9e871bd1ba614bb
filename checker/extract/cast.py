"""An article as attribution reads it: its sentences and paragraphs, acronyms, short names made whole, and whom a pronoun
or a description stands for (who it names is read in `checker.extract.named`).

What attribution needs to resolve a speaker within one article: "Mr Wanless" and "Peter" are
"Peter Wanless" when only one person has that name; "he" and "she" stand for the nearest person
quoted or named in full whose gender the text does not contradict; "the mayor" for the nearest
one given that role.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import regex

from checker.extract import speakers as sp
from checker.extract.context import sentences
from checker.extract.named import ROLE_OF_BEFORE, TITLES, Mention, Named
from checker.extract.named import census_gender
from checker.extract.named import first_name_gender as named_gender
from checker.extract.quotes import paragraphs
from checker.extract.scan import before
from checker.model import Speaker

_MID_CAPITAL = regex.compile(r"(?<=[\p{Ll}\d,][ \t]+)(?<!caption[ \t]+)\p{Lu}[\p{L}’'-]*")  # a capital word that opens no sentence
_ROLE_BEFORE = regex.compile(rf"(?<![\w’'])({TITLES})[ \t]+\Z", regex.I)
_ROLE_AFTER = regex.compile(rf",[ \t]+(?:(?:the|a|an|its|his|her|their)[ \t]+)?(?:(?!(?:of|to|for|with|and|from|by|like)\b)[\w’'.-]+[ \t]+){{0,3}}?({TITLES})(?![\w])", regex.I)
_SHORT_FORMS = "sen|rep|gov|gen|col|adm|maj|sgt|mrs|capt|prof|rev|del|atty|calif|mass|conn|ariz|wis|mich|minn|tenn|nev|penn|fla|ill"
_ABBREVIATION = regex.compile(rf"(?:\b\p{{Lu}}\p{{Ll}}?|\b(?i:{_SHORT_FORMS})|\p{{Lu}}\.\p{{Lu}})\.\Z")
_SHORT_FORM_ENDS = frozenset(f[-3:] for f in _SHORT_FORMS.split("|"))  # the last three letters of each
_ACRONYM_DEF = regex.compile(r"(?=[Tt]he[ \t]|[A-Z])(?:(?<![\w’'])[Tt]he[ \t]+)?((?:[A-Z][\w’'&-]*[ \t]+(?:(?:of|for|the|and)[ \t]+)*){1,6}[A-Z][\w’'&-]*)[ \t]*\(([A-Z]{2,8})\)")
_ACRONYM_PAREN = re.compile(r"\([A-Z]{2,8}\)")
_SILENT = regex.compile(r"(?<![\w’'])(?:declined|refused)[ \t]+to[ \t]+(?:comment|speak|talk|be[ \t]+interviewed)"
                        r"|(?:could|can)[ \t]+not[ \t]+be[ \t]+reached|(?:was|were|is|are)[ \t]+(?:not[ \t]+available|unavailable)"
                        r"|(?:has|have|had|did)[ \t]+not[ \t]+(?:commented|comment|respond|responded|replied|return)"
                        r"|said[ \t]+nothing|(?:stayed|remained|kept)[ \t]+(?:silent|quiet)|would[ \t]+not[ \t]+comment")
_SILENT_WORDS = ("not", "declined", "refused", "available", "silent", "quiet")  # one of them is in each of _SILENT's phrases
_SPEAKS = regex.compile(r"(?<![\w’'])(?:said|says|told|tells|added|adds|stated)(?![\w’'])")
_SILENT_REACH = 160  # characters read after a name for its holder being said not to speak


def abbreviated(text: str, a: int, b: int) -> bool:
    """Whether the sentence (or clause) text[a:b] ends at an abbreviation ('Rep. G.K.', 'Sen.'): it runs on into the next."""
    if text[b - 1 : b] != "." or b - 7 >= a and text[b - 7 : b - 1].isalpha():
        return False  # no full stop, or one after a word of six letters or more: no abbreviation (at most five)
    lo = max(a, b - 8)
    if b - 3 >= lo and "a" <= text[b - 2] <= "z" and "a" <= text[b - 3] <= "z" and (
            b - 4 < lo or text[b - 4].isascii() and text[b - 4 : b - 1].lower() not in _SHORT_FORM_ENDS):
        return False  # "said.", "it.": two small ASCII letters before it and no short form's ending ("Sen.", "Mass.")
    return _ABBREVIATION.search(text, lo, b) is not None


_JUDGES = {"justice": "judge"}  # "Mr Justice Hale", "Lord Justice Hale": a judge


def _role(text: str, start: int, named: str) -> str | None:
    """The role a person named in full is given: 'London mayor Ken Lowe', 'Police Director Ron Lavery'."""
    words = [w.lower().rstrip(".") for w in named.split()]
    inside = [_JUDGES.get(w, w) for w in words if w in sp.TITLE_HEADS or w in _JUDGES]
    if inside:
        return family(inside[-1])
    m = before(_ROLE_BEFORE, text, start, 40) or before(ROLE_OF_BEFORE, text, start, 60)
    if m is None:  # "Tom Reed, the mayor of Leeds," / "Tom Reed, Leeds's mayor,"
        m = _ROLE_AFTER.match(text, start + len(named), min(len(text), start + len(named) + 60))
    return family(m[1].lower()) if m else None


class Article:
    """What an article says about its people (full names by surname and who it names: `named`), acronyms, the sentences."""

    def __init__(self, text: str, spans: list[tuple[int, int]] | None = None, lines: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.sentences = sentences(text) if spans is None else spans  # as split; joined at abbreviations when read
        self.starts = [a for a, _ in self.sentences]
        self._runs_on: dict[int, bool] = {}  # sentence index: whether it ends at an abbreviation
        self._joined: dict[int, tuple[int, int]] = {}  # sentence index: the sentence it is part of, joined
        self._around: dict[int, tuple[int, int]] = {}  # offset: the joined sentence holding it
        self.paragraphs = paragraphs(text) if lines is None else lines
        self.paragraph_starts = [a for a, _ in self.paragraphs]
        self.named = Named(text)  # who it names, read when first asked for
        self._acronyms: dict[str, str] | None = None
        self._capitalised: dict[str, bool] = {}

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
            self._capitalised[name] = found = found or self._alone(name)
        return found

    def _alone(self, name: str) -> bool:
        """Whether `name` is a word of a full name the article gives that also stands alone somewhere ('Choi said' after
        'Choi Seo-yeon', 'Al-Amin' for 'Tariq al-Amin'); not a word that only opens the name ('Substitute Rory Dunne')."""
        full = self.named.full_name(name)
        if full is None:
            return False
        rest = full[len(name) :] if full.startswith(name) else ""
        at = self.text.find(name)
        while at >= 0:
            if not rest or not self.text.startswith(rest, at + len(name)):
                return True
            at = self.text.find(name, at + 1)
        return False

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
            found = self._runs_on[i] = abbreviated(self.text, *self.sentences[i])
        return found

    def paragraph(self, offset: int) -> tuple[int, int]:
        """The paragraph holding `offset`."""
        i = max(0, bisect.bisect_right(self.paragraph_starts, offset) - 1)
        return self.paragraphs[i] if self.paragraphs else (0, len(self.text))

    def resolve(self, name: str | None) -> str | None:
        """A short name made whole: 'Wanless' and 'Mr Wanless' are 'Peter Wanless' when the article says so."""
        if not name:
            return name
        if " " in name:  # "De Vries" is "Stefan de Vries" when the article says so
            return self.named.full_name(name) or name if name.split()[0].lower() in sp.PARTICLES else name
        if name.isupper() and "." not in name:
            return self.acronym(name)  # "NHS": no one's first name or surname (those hold a lower-case letter)
        return self.named.full_name(name) or self.acronym(name)


GENDER = {"he": "m", "she": "f"}
_CARRIED = {"pronoun", "the same speaker", "run of quotes"}  # speakers whose words do not name them


def _words_of(text: str) -> set[str]:
    """The lower-case words of a speaker's stated words, a possessive's ending dropped ('council's' is 'council')."""
    return {w.lower().removesuffix("'s").removesuffix("’s") for w in text.split()}


def silent(text: str, end: int, limit: int) -> bool:
    """Whether the one named just before `end` is said not to speak before `limit` ('Jo Hart, his rival, declined to
    comment', 'could not be reached', 'has not commented publicly'), no one being said to speak in between."""
    stop = min(limit, end + _SILENT_REACH)
    if not any(text.find(word, end, stop) >= 0 for word in _SILENT_WORDS):
        return False
    m = _SILENT.search(text, end, stop)
    return m is not None and _SPEAKS.search(text, end, m.start()) is None


class People:
    """The people of an article so far, for whom 'he' and 'she' may stand: those quoted, and those named in full."""

    _LOOK_BACK = 6  # candidates weighed for one pronoun, nearest first
    _BESIDE_REACH = 1500  # characters read back for a person named beside a role, when no one else will do

    def __init__(self, article: Article) -> None:
        self.article = article
        self.speakers: list[Speaker] = []  # people quoted, in order
        self.names: set[str] = set()  # the names of those quoted
        self.gender: dict[str, str] = {}  # what the text shows of each name: 'm' or 'f'

    def quoted(self, speaker: Speaker, gender: str | None) -> None:
        """A quote was given to `speaker` (through 'he' or 'she' when `gender` is known)."""
        if speaker.name and not sp.organisation_like(speaker.name) and speaker.name != speaker.organisation and " and " not in speaker.name:
            # no body, and no couple: no one 'he' or 'she' stands for
            if not self.speakers or self.speakers[-1].name != speaker.name or self.speakers[-1].end < speaker.end:
                self.speakers.append(speaker)
                self.names.add(speaker.name)
            shown = None if speaker.name in self.gender else gender or sp.gender_of(speaker.text)
            if shown:
                self.gender[speaker.name] = shown

    def spoke(self, name: str) -> bool:
        """Whether a quote was given to `name` before."""
        return name in self.names

    def described(self, at: int, role: str) -> Speaker | None:
        """The nearest person before `at` quoted with, or named in full with, the role `role` (read further back than a
        pronoun's candidates: a role is seldom held by more than one)."""
        for mention, speaker in self._nearest(at, 2 * self._LOOK_BACK):
            if mention is not None:
                a, b, name, _ = mention
                if same_role(_role(self.article.text, a, self.article.text[a:b]), role):  # read only when a description asks
                    return Speaker(name, name, None, None, "named", a, b)
            elif speaker is not None and same_role(self._role_stated(speaker), role):
                return speaker
        return None

    def titled(self, at: int, title: str) -> Speaker | None:
        """The nearest person quoted before `at` whose stated words hold every word of a title of two words or more ('the
        council leader' is 'Jo Hart, the council's leader', not 'group leader Ian Lee'; 'the nursing chief' is 'chief
        nursing officer Ana Moss')."""
        wanted = set(title.split())
        if len(wanted) < 2:
            return None
        for speaker in reversed(self.speakers[-self._LOOK_BACK :]):
            if speaker.end <= at and speaker.how not in _CARRIED and wanted <= _words_of(speaker.text):
                return speaker
        return None

    def _role_stated(self, speaker: Speaker) -> str | None:
        """The role family a quoted speaker was given: their title, or the one their stated words show ('Mr Justice Hale')."""
        if speaker.title:
            return family(speaker.title)
        if speaker.how in _CARRIED or not speaker.name:
            return None
        return _role(self.article.text, speaker.start, self.article.text[speaker.start : speaker.end])

    def before(self, at: int, pronoun: str) -> Speaker | None:
        """Whom `pronoun` at `at` stands for: the nearest person quoted or named in full, of its gender where known."""
        return self.nearest(at, GENDER[pronoun])

    def role_of(self, speaker: Speaker) -> str | None:
        """The role family of a person quoted or named: the title they were quoted with, or the one the text gives them."""
        if speaker.title:
            return family(speaker.title)
        return _role(self.article.text, speaker.start, self.article.text[speaker.start : speaker.end]) if speaker.how == "named" else None

    def nearest(self, at: int, want: str | None) -> Speaker | None:
        """The nearest person before `at` quoted or named in full whose gender, where known, is `want` (any when None)."""
        for mention, speaker in self._nearest(at):
            if mention is not None:
                a, b, name, shown = mention
                if silent(self.article.text, b, self.article.sentence(a)[1]):
                    continue  # "His rival, Jo Hart, declined to comment": no one for the next "he said"
                candidate = Speaker(name, name, None, None, "named", a, b)
            elif speaker is not None:
                candidate, shown = speaker, None
            gender = self.gender_of(candidate.name, shown)
            if gender is None or want is None or gender == want:
                return candidate
        for a, b, name, shown in reversed(self.article.named.beside_roles(max(0, at - self._BESIDE_REACH), at)):
            if shown is None or want is None or shown == want:  # "his wife Ana, 25, ... she said": no one else of hers
                return Speaker(name, name, None, None, "named", a, b)
        return None

    def _nearest(self, at: int, most: int = _LOOK_BACK) -> Iterator[tuple[Mention | None, Speaker | None]]:
        """The people before `at`, nearest first, `most` at most: each named in full (a mention) or quoted."""
        named = self.article.named.backward(at)
        j = len(self.speakers) - 1
        for _ in range(most):
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
        which a surname shared in a family may have given the wrong person), else a first name the census gives mostly
        to one sex (`census_gender`); None when unknown."""
        if not name:
            return shown
        return (self.gender.get(name) or shown or first_name_gender(name) or self.article.named.gender_shown(name)
                or (census_gender(name) if " " in name.strip() else None))


def first_name_gender(name: str) -> str | None:
    """'f' or 'm' for a full name whose first name is a woman's or a man's ('Mary Lund', 'John Berg'), else None."""
    return named_gender(name) if " " in name.strip() else None  # "Hale": a surname tells nothing


def family(title: str) -> str:
    """The head of a title, every spokes- word one: 'chief executive' -> 'executive'."""
    head = title.split()[-1]
    return "spokes" if head.startswith("spokes") else head


# heads that name one office in other words: a company's boss is its chief executive, a team's boss its manager or coach
_SYNONYMS = ({"boss", "executive", "ceo"}, {"boss", "manager", "coach", "gaffer"})


def same_role(a: str | None, b: str | None) -> bool:
    """Whether two role families name one office ('executive' and 'boss', 'manager' and 'coach')."""
    return a is not None and (a == b or any(a in group and b in group for group in _SYNONYMS))
