"""The context a figure is read in: its sentence, what it counts, the names around it, its place."""

from __future__ import annotations

import bisect

import regex

from checker.extract import lexicon as lx

_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc", "inc", "ltd",
                  "co", "corp", "jr", "sr", "gen", "gov", "sen", "rep", "u.s", "e.g", "i.e",
                  "approx", "c", "fig", "vol", "dept", "est", "jan", "feb", "mar", "apr", "jun",
                  "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "nr", "nrs"}
_BOUNDARY = regex.compile(r"(?<=[.!?…])[\"'”’)\]]*[ \t]+(?=[\"'“‘(\[]?[A-Z0-9£$€])|[ \t]*(?:\r\n|\r|\n)+[ \t]*")
_WORD_BEFORE = regex.compile(r"([\w.]+)[.!?…][\"'”’)\]]*\Z")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text`: split at end punctuation before a capital, and at line breaks."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if "\n" not in m[0] and "\r" not in m[0]:
            word = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start() + len(m[0].rstrip()))
            if word and (word[1].lower().rstrip(".") in _ABBREVIATIONS or len(word[1]) == 1 and word[1].isupper()):
                continue
        if text[start : m.start()].strip():
            spans.append(_trim(text, start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
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


def subject(text: str, end: int, sentence_end: int, limit: int = 8) -> str | None:
    """What a figure counts: the words after it, up to a verb, a clause or a preposition."""
    words: list[str] = []
    lead = True
    for m in _TOKEN.finditer(text, end, sentence_end):
        token = m[0]
        low = token.lower()
        if lead and (low in _SKIP_LEAD or token[0].isdigit()):
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


_NAME = regex.compile(
    r"(?<![\w’'])(?:[A-Z][\w’'&.-]*[\w]|[A-Z])(?:(?:[ \t]+(?:of|and|for|the|de|du|van|von)){0,2}[ \t]+(?:[A-Z][\w’'&.-]*[\w]|[A-Z]))*"
)
_NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "I", "This", "That",
    "These", "Those", "There", "But", "And", "Or", "If", "When", "Where", "While", "Meanwhile",
    "Following", "Police", "Girls", "Boys", "Disturbing", "Where", "Ahead", "Last", "Later",
    "Sex", "One", "Two", "Three", "His", "Her", "Their", "Its", "Our", "As", "After", "Before",
    "Mr", "Mrs", "Ms", "Dr", "Some", "Many", "Most", "Children", "Figures", "Government",
}
_PLACE_BEFORE = regex.compile(r"(?<![\w])(?:in|across|throughout)[ \t]+\Z")


def entities(text: str, start: int, end: int) -> tuple[list[str], str | None]:
    """The proper names in text[start:end] and the first that reads as a place ('in England')."""
    names: list[str] = []
    place = None
    for m in _NAME.finditer(text, start, end):
        name = m[0].rstrip(".")
        first = name.split()[0]
        if first in _NOT_NAMES:
            name = name[len(first) :].strip()
            if not name:
                continue
        if name.isupper() and len(name) > 6 or name.lower() in lx.MONTHS or name.lower() in lx.WEEKDAYS:
            continue
        if name.lower() in lx.HEDGES or name in names:
            continue
        names.append(name)
        if place is None and _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            place = name
    return names, place
