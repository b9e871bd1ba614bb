"""Quotations: where each one opens and closes, in straight or curly marks, across paragraphs and attributions.

A quotation is found by its marks, outermost first: a nested quote stays inside the quote holding
it. A quote still open at the end of a paragraph runs on when the next paragraph opens with a
mark (the newspaper convention), and so it does where paragraphs were joined into one line and a
mark like its own opens a sentence inside it ('... the end. "The next'); otherwise it ends with
its paragraph. A quote never runs into narrative: a mark like its own that opens after narrative
words ('Mr Lee replies: "No.') ends a quote left without its closer at its last full stop, and
opens the next quote; a closing mark written apart (', " he said') still closes. A line that only wraps
(no blank line follows it, and the quote closes on the next line) does not end a quote. Two
quotes of one sentence split by an attribution ("We will act," she said, "and soon.") are one
quotation in two parts.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

from checker.extract import speakers
from checker.extract.context import trim

OPENING = {"“": "d", "„": "d", "«": "d", "‘": "s", "‹": "s"}
CLOSING = {"”": "d", "»": "d", "’": "s", "›": "s"}
_MARKS = "\"'“”„«»‘’‹›"
_STOPS = frozenset(".,!?…")  # a straight mark written apart after one of them closes the open quote
# the standard engine finds one of a few characters faster; an apostrophe inside a plain word ("council's", "don’t"),
# the commonest mark, is passed over as `_role` would pass it
_MARK = re.compile(f"[{_MARKS}](?:(?<![A-Za-z0-9]['’])|(?![A-Za-z]))")
_LINE = regex.compile(r"[^\r\n]+")
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’)\]]*\s*\Z")
_DECADE = regex.compile(r"['’]\d\ds(?![\w])")
_WORD_NEXT = re.compile(r"[ \t]+[a-z]")
_LATER_CLOSE = re.compile(r"[.,!?…]’|‘|\n")
_SENTENCE_BEFORE = regex.compile(r"[.!?…]['’]?[ \t]+\Z")  # a nested quote's closing mark may come between
_SENTENCE_ENDS = regex.compile(r"[.!?…]['’]?(?=[ \t]+\S)")
MAX_SPLIT = 80  # characters of attribution between the two parts of a split quote
JOINED = 1000  # characters of a paragraph a later closing mark is looked for in


class Span(NamedTuple):
    """One quotation in one source: its outer marks, and the parts of it that are the speaker's words (a named tuple:
    as immutable as a frozen dataclass, and built several times faster, for every quote read)."""

    start: int  # the opening mark
    end: int  # after the closing mark, or the end of the paragraph when it never closes
    parts: tuple[tuple[int, int], ...]  # the words inside the marks, one span per paragraph or split
    cuts: tuple[bool, ...]  # for each part after the first: may words be left out before it?
    closed: bool


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The lines of `text` that hold something: the paragraphs of news copy, or the wrapped lines of one."""
    if "\r" in text:
        return [m.span() for m in _LINE.finditer(text) if m[0].strip()]
    found, at = [], 0
    for line in text.split("\n"):  # the common case, read without a match object a line
        if line and not line.isspace():
            found.append((at, at + len(line)))
        at += len(line) + 1
    return found


def has_marks(text: str) -> bool:
    """Whether `text` holds any quotation mark (or apostrophe) at all."""
    return any(mark in text for mark in _MARKS)


def find(text: str, lines: list[tuple[int, int]] | None = None) -> list[Span]:
    """Every quotation of `text`, in order (`lines`: its paragraphs, when already known)."""
    if not has_marks(text):
        return []
    found: list[Span] = []
    pending: _Open | None = None
    mark = -1  # the first mark at or after the paragraph's start, once looked for
    for a, b in paragraphs(text) if lines is None else lines:
        if pending is None and mark < a:
            m = _MARK.search(text, a, len(text))  # to the next mark: each character is read once over the paragraphs
            mark = m.start() if m is not None else len(text)
        if pending is None and mark >= b:
            continue  # no mark in this paragraph
        if pending is not None:
            lead = _lead(text, a, b)
            if lead is not None and _kind(text[lead]) == pending.kind:
                pending.cut(a, lead + 1)
                pending = _scan(text, lead + 1, b, found, pending)
                continue
            if _wrapped(text, pending, a, b):
                pending = _scan(text, a, b, found, pending)
                continue
            _unclosed(pending, found)
            pending = None
        pending = _scan(text, a, b, found, None)
    if pending is not None:
        _unclosed(pending, found)
    return _join_splits(text, found)


def _wrapped(text: str, pending: _Open, a: int, b: int) -> bool:
    """A quote open at a line's end runs on into the next line of its paragraph when it closes there."""
    if text.count("\n", pending.last, a) + text.count("\r", pending.last, a) - text.count("\r\n", pending.last, a) > 1:
        return False
    for m in _MARK.finditer(text, a, b):
        role = _role(text, m.start(), m[0], pending)
        if role is not None and role[0] == pending.kind:
            return not role[1]
    return False


def _kind(mark: str) -> str:
    return OPENING.get(mark) or CLOSING.get(mark) or mark


def _unclosed(pending: _Open, found: list[Span]) -> None:
    """A quote left open ends with its paragraph; a straight single mark left open was no quote ('90s)."""
    if pending.kind != "'":
        _add(found, pending.done(None))


def _add(found: list[Span], span: Span | None) -> None:
    if span is not None:
        found.append(span)


def _lead(text: str, a: int, b: int) -> int | None:
    """The offset of the paragraph's first character when it is a quote mark."""
    while a < b and text[a].isspace():
        a += 1
    return a if a < b and text[a] in "“‘\"'„«‹" else None


class _Open:
    """A quotation being read: its opening, its parts so far, and the marks nested in it."""

    def __init__(self, text: str, kind: str, at: int) -> None:
        self.text, self.kind, self.start = text, kind, at
        self.parts: list[tuple[int, int]] = []
        self.cuts: list[bool] = []
        self.part_start = at + 1
        self.nested: list[str] = []
        self.last = at + 1
        self.read_to = at + 1  # how far its words were read for a full stop
        self.stop: int | None = None  # the last full stop found in its words that a sentence follows

    def cut(self, paragraph_start: int, resume: int) -> None:
        """The quote runs on into the next paragraph, after its opening mark."""
        self.parts.append(trim(self.text, self.part_start, self.last))
        self.cuts.append(True)
        self.part_start = self.read_to = resume
        self.nested = []
        self.stop = None

    def last_stop(self, p: int) -> int | None:
        """Where the last sentence of its words before `p` ends (after its full stop), if one does."""
        for m in _SENTENCE_ENDS.finditer(self.text, max(self.read_to, self.part_start), p):
            self.stop = m.end()
        self.read_to = max(self.read_to, p)  # each character of a part read once
        return self.stop

    def done(self, close: int | None) -> Span | None:
        """The quotation, closed at `close` or, unclosed, at the end of what was read (None when empty)."""
        end = close if close is not None else self.last
        if not self.parts:  # the commonest: a quote of one part
            a, b = trim(self.text, self.part_start, end)
            return Span(self.start, close + 1 if close is not None else b, ((a, b),), (), close is not None) if b > a else None
        parts = [*self.parts, trim(self.text, self.part_start, end)]
        kept = [(p, c) for p, c in zip(parts, [False, *self.cuts]) if p[1] > p[0]]
        if not kept:
            return None
        outer_end = close + 1 if close is not None else parts[-1][1]
        return Span(self.start, outer_end, tuple(p for p, _ in kept), tuple(c for _, c in kept[1:]), close is not None)


def _scan(text: str, a: int, b: int, found: list[Span], current: _Open | None) -> _Open | None:
    """Read the marks of one paragraph; return the quote still open at its end, if any."""
    for m in _MARK.finditer(text, a, b):
        p, ch = m.start(), m[0]
        role = _role(text, p, ch, current)
        if role is None:
            continue
        kind, opens = role
        if current is None:
            if opens:
                current = _Open(text, kind, p)
            continue
        if opens and kind == current.kind and not current.nested:
            current = _reopened(text, a, p, found, current)
        elif opens:
            current.nested.append(kind)
        elif current.nested and current.nested[-1] == kind:
            current.nested.pop()
        elif kind == current.kind:
            _add(found, current.done(p))
            current = None
    if current is not None:
        current.last = b
        current.nested = []
    return current


def _reopened(text: str, a: int, p: int, found: list[Span], current: _Open) -> _Open:
    """A mark like the open quote's own opens at `p`: the quote runs on after a full stop ('... the end. "The
    next': paragraphs joined on one line); after narrative words it ended, without its closer, at its last full
    stop ('... the end. Mr Lee replies: "No'), and a new quote opens; with no full stop, or against a word, it opens a
    nested quote."""
    if _SENTENCE_BEFORE.search(text, max(a, p - 8), p):
        current.last = p
        current.cut(p, p + 1)
        return current
    stop = current.last_stop(p) if p and text[p - 1] in " \t\u00a0" else None  # a mark against a word closes nothing new
    if stop is None:
        current.nested.append(current.kind)  # 'He was the "Father of the House" then': a quote inside the quote
        return current
    current.last = stop
    _add(found, current.done(None))
    return _Open(text, current.kind, p)


def _role(text: str, p: int, ch: str, current: _Open | None) -> tuple[str, bool] | None:
    """What a mark does here: (kind, opens), or None for an apostrophe or a stray mark."""
    before = text[p - 1] if p else " "
    after = text[p + 1] if p + 1 < len(text) else " "
    if ch in OPENING:
        return OPENING[ch], True
    if ch in "'’" and before.isalnum() and (after.isalpha() or ch == "’" and after.isalnum()):
        return None  # the commonest mark: an apostrophe inside a word ("council's", "Emily’s")
    open_kinds = ([current.kind, *current.nested] if current else [])
    if ch in "'’" and after.isdigit() and _DECADE.match(text, p, p + 5):
        return None  # "the '90s"
    if ch in CLOSING:
        kind = CLOSING[ch]
        if kind == "s" and (before.isalnum() and after.isalnum() or "s" not in open_kinds or _plural_possessive(text, p)):
            return None  # an apostrophe: "Emily’s", "parents’"
        return kind, False
    kind = '"' if ch == '"' else "'"
    if kind == "'" and before.isalnum() and after.isalpha():
        return None  # an apostrophe inside a word, even in a single-quoted quote: "wouldn't", "Jolie's"
    if kind in open_kinds and (not before.isspace() or after.isspace() and text[p - 2 : p - 1] in _STOPS):
        return kind, False  # 'the end."', and 'the end, " he said' written apart
    if ch == "'" and (before.isalnum() or not after.isalnum()):
        return None  # "don't", "parents' ", a prime
    if before.isspace() or before in "([{—–-/" or p == 0:
        return (kind, True) if not after.isspace() else None
    return None


def _plural_possessive(text: str, p: int) -> bool:
    """'the parents’ choice,’': a mark after -s before a word is an apostrophe when the quote closes later on."""
    if text[p - 1 : p] != "s" or not _WORD_NEXT.match(text, p + 1, p + 41):
        return False
    m = _LATER_CLOSE.search(text, p + 1, p + 1 + JOINED)  # no further than a paragraph's length
    return m is not None and m[0][-1] == "’"


def _join_splits(text: str, spans: list[Span]) -> list[Span]:
    """'"We will act," she said, "and soon."': two quotes around an attribution are one."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.closed and _split_by_attribution(text, prev, span):
            ends_sentence = bool(_SENTENCE_END.search(text, prev.parts[-1][0], prev.parts[-1][1]))
            out[-1] = Span(prev.start, span.end, prev.parts + span.parts, prev.cuts + (ends_sentence,) + span.cuts, span.closed)
        else:
            out.append(span)
    return out


def _split_by_attribution(text: str, first: Span, second: Span) -> bool:
    if second.start - first.end > MAX_SPLIT:
        return False  # too far apart: no need to read what stands between
    gap = text[first.end : second.start]
    if "\n" in gap or "\r" in gap or gap.rstrip().endswith(":"):
        return False
    return speakers.is_split_attribution(gap)
