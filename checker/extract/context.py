"""The context a figure is read in: its sentence, what it counts, the names around it, its place."""

from __future__ import annotations

import bisect
from functools import cached_property
from typing import NamedTuple

import re

import regex

from checker.extract import lexicon as lx
from checker.extract.common import alternation
from checker.extract.scan import before, match_at, word_then_blanks

_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc", "inc", "ltd",
                  "co", "corp", "jr", "sr", "gen", "gov", "sen", "rep", "u.s", "e.g", "i.e",
                  "approx", "c", "fig", "vol", "dept", "est", "jan", "feb", "mar", "apr", "jun",
                  "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "nr", "nrs"}
_BEFORE_NUMBERS = {"no", "nos", "nr", "nrs", "fig", "vol"}  # abbreviations only before a number
# After end punctuation (kept out of the match by \K), closing quotes and blanks before a capital,
# or nothing between a word's stop and a capitalised word (paragraphs joined without a blank:
# "on Wednesday.The dollar"); or line breaks. Each alternative opens with a character rare in prose, so that the search can
# skip ahead to it; the blanks before a line break are left out and trimmed from the sentence.
_BOUNDARY = regex.compile(r"[.!?…]\K(?:[\"'”’)\]]*[ \t]+(?=[\"'“‘(\[]?[A-Z0-9£$€])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]))|(?:\r\n|\r|\n)+[ \t]*")
_WORD_BEFORE = regex.compile(r"([\w.]+)[.!?…][\"'”’)\]]*\Z")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text`: split at end punctuation before a capital, at blank lines, and at
    line breaks that end a line rather than wrap a sentence (see `Wrapping`)."""
    spans: list[tuple[int, int]] = []
    start = 0
    wrapping: Wrapping | None = None
    for m in _BOUNDARY.finditer(text):
        breaks = "\n" in m[0] or "\r" in m[0]
        if breaks:
            wrapping = wrapping or Wrapping(text)
            if wrapping.continues(m.start(), m.end()):
                continue
        if not breaks or wrapping and wrapping.after_stop(m.start()):
            word = _word_before_stop(text, m.start() - 1, len(m[0].rstrip()))
            short = word.lower().rstrip(".") if word else ""
            if short in _BEFORE_NUMBERS and not text[m.end() : m.end() + 1].isdigit():
                pass  # "no." ends a sentence ("Forty-four, no. Rasmussen asked"), unless a number follows ("No. 10")
            elif word and (short in _ABBREVIATIONS or len(word) == 1 and word.isupper()):
                continue
        _add(spans, text, start, m.start())
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


MAX_SENTENCE = 2000  # characters: a longer run with no sentence end is cut (the longest of 27,545 real sentences: 1,063)
_BLANKS = (" ", "\t", "\n", "\r")


def _add(spans: list[tuple[int, int]], text: str, a: int, b: int) -> None:
    """Add the sentence text[a:b], trimmed, if it holds more than white space; a sentence over
    MAX_SENTENCE characters is cut at its last blank before that length (or at that length), so
    that what each figure carries of its sentence stays bounded."""
    a, b = trim(text, a, b)
    while b - a > MAX_SENTENCE:
        cut = max(text.rfind(blank, a + MAX_SENTENCE // 2, a + MAX_SENTENCE) for blank in _BLANKS)
        cut = cut if cut != -1 else a + MAX_SENTENCE
        _add(spans, text, a, cut)
        a, b = trim(text, cut, b)
    if a < b:
        spans.append((a, b))


_STOPS = frozenset(".!?…:")
_CLOSERS = "\"'”’)]"


def _ends_with_stop(line: str) -> bool:
    """Whether `line` ends with a stop, then closing marks, then blanks (then nothing): what a pattern of
    those three would find, read from the end instead of tried at every character of the line."""
    return line.rstrip(" \t").rstrip(_CLOSERS)[-1:] in _STOPS


_BLANK_LINE = regex.compile(r"\n[ \t]*\r?\n|\r[ \t]*\r")


class Wrapping:
    """Whether a line break inside a paragraph wraps a sentence or ends a line of its own.

    Copy hard-wrapped at a fixed width (e-mail, wire feeds, plain-text archives) breaks lines
    mid-sentence: "She said 35 workers / were laid off". A text is taken as wrapped when most
    of its lines that run on into another line are at most `WIDTH` characters and end with no
    stop; there a line break ends a sentence only after a stop or after a short line (a heading,
    a list item, a dateline). In other text a line break ends a sentence unless the line ends
    with no stop and the next begins in lower case.
    """

    WIDTH = 100  # the widest wrap taken for hard wrapping
    MIN_LINES = 5  # fewer lines that run on tell nothing

    def __init__(self, text: str) -> None:
        self.text = text
        lengths, open_ended = [], 0
        lines = text.splitlines()
        for line, following in zip(lines, lines[1:]):
            if line.strip() and following.strip():
                lengths.append(len(line.rstrip()))
                open_ended += not _ends_with_stop(line)
        lengths.sort()
        wrapped = len(lengths) >= self.MIN_LINES and lengths[len(lengths) * 9 // 10] <= self.WIDTH
        self.width = lengths[-1] if wrapped and open_ended * 2 >= len(lengths) else 0

    def continues(self, at: int, resume: int) -> bool:
        """True when the line break text[at:resume] wraps a sentence that goes on."""
        if _BLANK_LINE.search(self.text, at, resume) or resume >= len(self.text):
            return False
        line = self.text[self.text.rfind("\n", 0, at) + 1 : at]
        if _ends_with_stop(line):
            return False
        if self.width:
            return len(line.strip()) * 5 >= self.width * 3
        return self.text[resume].islower()

    def after_stop(self, at: int) -> bool:
        """True when the line break at `at` comes after a stop in wrapped text (where 'Sen.' may end a line)."""
        return bool(self.width) and self.text[at - 1 : at] in {".", "!", "?"}


_ASCII_WORD_OR_DOT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_."


def _word_before_stop(text: str, stop: int, closers: int) -> str | None:
    """The word and dots just before the end punctuation at `stop` (then `closers` closing marks), as
    _WORD_BEFORE reads them backwards, at most 11 characters back.

    ASCII words are read with rstrip; a word that may run on into other letters goes to the pattern."""
    lo = max(0, stop - 11)
    rest = text[lo:stop].rstrip(_ASCII_WORD_OR_DOT)
    if rest and not rest[-1].isascii():
        found = before(_WORD_BEFORE, text, stop + 1 + closers, 12 + closers)
        return found[1] if found else None
    return text[lo + len(rest) : stop] or None


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """The span text[a:b] without the white space at either end."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


class SentenceIndex:
    """Find the sentence holding an offset."""

    def __init__(self, text: str) -> None:
        self.spans = sentences(text)
        self.starts = [s for s, _ in self.spans]

    def around(self, offset: int) -> tuple[int, int]:
        """The sentence span holding `offset` (or the nearest before it)."""
        i = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.spans[i] if self.spans else (0, 0)


_STOP_SUBJECT = {
    "was", "were", "is", "are", "be", "been", "had", "has", "have", "will", "would", "could",
    "should", "can", "may", "might", "did", "do", "does", "in", "on", "at", "between", "since",
    "during", "by", "from", "to", "for", "according", "that", "which", "who", "whom", "whose",
    "where", "when", "while", "and", "or", "but", "as", "than", "because", "after", "before",
    "said", "says", "recorded", "reported", "than", "if", "into", "across", "over", "under",
    "with", "through", "against", "per", "compared", "up", "down", "rising", "falling", "rose",
    "fell", "last", "this", "next", "its", "their", "his", "her", "it", "they", "he", "she",
    "we", "you", "i", "there", "those", "these", "like",
}
_SKIP_LEAD = {"of", "the", "a", "an", "all", "whom", "them", "those", "these", "its", "their"}
_TOKEN = regex.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*|[^\w\s]")
LEAD_REACH = 8  # the most leading words and numbers skipped ("of the 10 largest"; real copy skips at most 4)


def subject(text: str, end: int, sentence_end: int, limit: int = 8) -> str | None:
    """What a figure counts: the words after it, up to a verb, a clause or a preposition.

    Past LEAD_REACH leading words and numbers ("1 1 1 1 ...") there is none: each figure reads
    a bounded number of tokens, however long its sentence."""
    words: list[str] = []
    lead, skipped = True, 0
    for m in _TOKEN.finditer(text, end, sentence_end):
        token = m[0]
        low = token.lower()
        if lead and (low in _SKIP_LEAD or token[0].isdigit()):
            skipped += 1
            if skipped > LEAD_REACH:
                return None
            continue
        if not token[0].isalnum() or low in _STOP_SUBJECT or token[0].isdigit():
            if low == "with" and words and len(words) < limit - 2:
                words.append(token)
                continue
            break
        lead = False
        words.append(token)
        if len(words) >= limit:
            break
    while words and words[-1].lower() in {"of", "with", "the", "a", "an"}:
        words.pop()
    return " ".join(words) or None


_GAP = r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"  # between the words of a name: blanks, or one line break of wrapped copy
_NAME = regex.compile(
    rf"(?<![\w’'])(?:[A-Z][\w’'&.-]*[\w]|[A-Z])(?:(?:{_GAP}(?:of|and|for|the|de|du|van|von)){{0,2}}{_GAP}(?:[A-Z][\w’'&.-]*[\w]|[A-Z]))*"
)
# a capital not written after a letter, digit or apostrophe (the look-behind comes after the
# capital so that the search can skip ahead to capitals), then more of the word, or nothing
_CAPITALISED = re.compile(r"[A-Z](?<![\w’'][A-Z])(?:[\w’'&.-]*[\w]|(?![\w’']))")
FUNCTION_WORDS = {
    "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "I", "You", "This", "That",
    "These", "Those", "There", "But", "And", "Or", "If", "When", "Where", "While", "As", "After",
    "Before", "His", "Her", "Their", "Its", "Our", "My", "Your", "Mr", "Mrs", "Ms", "Dr", "Some",
    "Many", "Most", "Last", "Next", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
    "Nine", "Ten", "Meanwhile", "However", "Also", "So", "Yet", "Then", "Now", "Here",
}
_PLACE_BEFORE = regex.compile(r"(?<![\w])(?:in|across|throughout)[ \t]+\Z")
_ATTRIBUTION_BEFORE = regex.compile(
    r"(?<![\w])(?:according[ \t]+to|(?:data|figures|research|analysis)[ \t]+(?:gathered[ \t]+|collected[ \t]+|compiled[ \t]+|published[ \t]+)?(?:by|from)|said|says|told)[ \t]+(?:the[ \t]+)?\Z",
    regex.I,
)
_PLACE_LAST = ("in", "across", "throughout")  # the words _PLACE_BEFORE and _ATTRIBUTION_BEFORE end with
_ATTRIBUTION_LAST = ("to", "by", "from", "said", "says", "told", "the")
_ATTRIBUTION_VERBS = {
    "said", "says", "say", "warned", "warns", "found", "finds", "told",
    "tells", "reported", "reports", "added", "adds", "revealed", "reveals", "claimed",
    "claims", "estimated", "estimates", "announced", "announces", "published", "publishes", "stated",
    "states", "confirmed", "confirms", "disclosed", "discloses", "showed", "shows", "suggested",
    "suggests", "noted", "notes", "explained", "explains", "insisted", "insists", "argued",
    "argues", "wrote", "writes", "calculated", "calculates", "concluded", "concludes", "admitted",
    "admits", "acknowledged", "acknowledges", "believes", "believed", "predicted", "predicts",
}
_SPACE_TAB = (" ", "\t")  # what _ATTRIBUTION_AFTER opens with
_ATTRIBUTION_AFTER = regex.compile(
    rf"[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+)?(?:{alternation(_ATTRIBUTION_VERBS, ignore_case=True)})(?![\w])", regex.I
)


class Mention(NamedTuple):
    """A proper name in a sentence; attributions ('according to X', 'X said') are marked."""

    name: str
    start: int
    end: int
    attribution: bool
    place: bool


class Names:
    """The proper names of an article, sentence by sentence.

    A capitalised word opening a sentence is a name only when the article also capitalises it
    mid-sentence (or it is an acronym): "Disturbing figures reveal" holds no name.
    """

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.spans = spans
        self._cache: dict[int, list[Mention]] = {}

    @cached_property
    def known(self) -> set[str]:
        """The words the article capitalises mid-sentence (read when a sentence opens with a name)."""
        openings = {a for a, _ in self.spans}
        return {m.group() for m in _CAPITALISED.finditer(self.text) if m.start() not in openings}

    def in_sentence(self, start: int, end: int) -> list[Mention]:
        """The names of the sentence text[start:end], in order, each once."""
        found = self._cache.get(start)
        if found is None:
            found = self._cache[start] = self._find(start, end)
        return found

    def _find(self, start: int, end: int) -> list[Mention]:
        seen: set[str] = set()
        found = []
        for m in _NAME.finditer(self.text, start, end):
            for part, offset in _list_items(m) if " and " in m[0] else ((m[0], m.start()),):
                mention = self._mention(part, offset, start, seen)
                if mention is not None:
                    found.append(mention)
        return found

    def _mention(self, name: str, begin: int, start: int, seen: set[str]) -> Mention | None:
        name = name.rstrip(".")
        if name.endswith(_POSSESSIVE):  # "Peter's", "the Joneses'": the name without its possessive
            name = name[: -2 if name[-1] == "s" else -1]
        first = name.split()[0]
        if first in FUNCTION_WORDS or (begin == start and not _acronym(first) and first not in self.known):
            rest = name[len(first) :].strip()
            begin, name = (begin + name.index(rest), rest) if rest else (begin, rest)
        if not name or name.lower() in lx.MONTHS or name.lower() in lx.WEEKDAYS or name in seen:
            return None
        if name.isupper() and not _acronym(name.replace(" ", "")):
            return None
        stop = begin + len(name)
        if "\n" in name or "\r" in name:
            name = " ".join(name.split())  # a name wrapped across lines is one name
            if name in seen:
                return None
        seen.add(name)
        attribution = bool((word_then_blanks(self.text, begin, 40, _ATTRIBUTION_LAST) and before(_ATTRIBUTION_BEFORE, self.text, begin, 40))
                           or self.text[stop : stop + 1] in _SPACE_TAB and match_at(_ATTRIBUTION_AFTER, self.text, stop))
        place = word_then_blanks(self.text, begin, 12, _PLACE_LAST) and bool(before(_PLACE_BEFORE, self.text, begin, 12))
        return Mention(name, begin, stop, attribution, place)


_POSSESSIVE = ("'", "’", "'s", "’s")


def _list_items(m: regex.Match[str]) -> list[tuple[str, int]]:
    """'Facebook, Instagram and Snapchat': after a comma, 'X and Y' is two names, not one."""
    text = m[0]
    listed = m.string[max(0, m.start() - 2) : m.start()].endswith(", ") or ", " in m.string[m.end() : m.end() + 2]
    if not listed or " and " not in text:
        return [(text, m.start())]
    left, right = text.split(" and ", 1)
    return [(left, m.start()), (right, m.start() + len(left) + 5)]


def _acronym(word: str) -> bool:
    return word.isupper() and 2 <= len(word) <= 6
