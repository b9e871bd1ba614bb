"""Extraction: every figure of an article as a typed claim with its place and context."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

import regex

from checker.extract import ages, attribution, clock, dates, near, numbers, quotes, times, trends, vague
from checker.extract.common import Raw
from checker.extract.context import Names, SentenceIndex, subject
from checker.extract.dates import DateSpan, find_dates
from checker.extract.figures import assemble
from checker.extract.labels import is_label
from checker.extract.spoken import halves, rates
from checker.extract.numbers import find_numbers
from checker.extract.ranges import bound_pairs
from checker.extract.scan import Tokens, Vocabulary, anchored, before
from checker.extract.times import duration_words
from checker.extract.trends import change_from_to, multiplier_words
from checker.model import Claim, Interval, Period, Quote, Source, WHEN_KINDS

KINDS = ("count", "percent", "ratio", "range", "money", "age", "duration", "date", "period", "time",
         "change", "multiplier", "measure")
_SPACES = regex.compile(r"\s+")
_SEPARATORS = regex.compile("[\x1c-\x1f]")  # white space to str.split, not to \s
_URL_OPENERS = frozenset({"http", "https", "www"})
# one index for every finder; a word that every finder using it wants only before certain words
# ("the" before "past", "year", ...) is indexed only there
_VOCABULARY = Vocabulary.shared((dates.OPENERS, dates.FOLLOWED), (numbers.OPENERS, numbers.FOLLOWED), (times.OPENERS, times.FOLLOWED),
                                (trends.OPENERS, trends.FOLLOWED), (clock.OPENERS, clock.FOLLOWED), (_URL_OPENERS, {}))
_URL = regex.compile(r"(?:https?://|www\.)\S+", regex.I)
_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = regex.compile(r"(?<![\w+-])\+?\d{1,4}(?:[-/]\d{2,4}){2,}(?![\w-])(?<!\d{1,2}/\d{1,2}/\d{2,4})")
URL_REACH = 4096  # the longest web address read as one; its characters beyond are read as text
ADDRESS_REACH = 64  # characters before an "@" that may be a mail address's; four times as many after it
_NO_BOUND = regex.compile(r"(?:<>|=>|=<)\s*\d[\d.,]*")


def _addresses(text: str, tokens: Tokens) -> list[tuple[int, int]]:
    """Web and mail addresses, phone numbers and bare operators: their digits are no figures."""
    found = [m.span() for m in anchored(_URL, text, tokens.starts(_URL_OPENERS), URL_REACH)]
    phone_starts = sorted({p - 1 if p and text[p - 1] == "+" else p for p in tokens.digits if _may_open_phone(text, p)})
    found += [m.span() for m in anchored(_PHONE, text, phone_starts)]
    for mark, pattern in (("@", _EMAIL), ("<>", _NO_BOUND), ("=>", _NO_BOUND), ("=<", _NO_BOUND)):
        at = text.find(mark)
        while at != -1:
            lo = max(0, at - ADDRESS_REACH)  # a mailbox's name is at most 64 characters
            start = at if mark != "@" else max(lo - 1, text.rfind(" ", lo, at), text.rfind("\n", lo, at)) + 1
            m = pattern.match(text, start, at + 4 * ADDRESS_REACH)
            if m is not None:
                found.append(m.span())
            at = text.find(mark, at + 1)
    return found


def _may_open_phone(text: str, p: int) -> bool:
    """Whether the digits at `p` can open a phone number: a '-' or '/' after one to four of them."""
    head = text[p + 1 : p + 5]
    return "-" in head or "/" in head


def extract(source: Source) -> list[Claim]:
    """All claims of one source, in order of position."""
    return list(iter_claims(source))


def iter_claims(source: Source) -> Iterator[Claim]:
    """Yield the claims of one source, in order of position."""
    text = source.body
    tokens = Tokens(text, _VOCABULARY)
    dates = find_dates(text, source.published, tokens)
    words = duration_words(text, tokens)
    clocks = clock.times(text, tokens)
    atoms = sorted([(d.start, d.end) for d in dates if not d.counts] + [(c.start, c.end) for c in clocks] + _addresses(text, tokens))
    words = [w for w in words if not _inside(atoms, w.start, w.end)]  # "a fortnight ago" is a date, not a span of time
    nums = [n for n in find_numbers(text, tokens) if not _inside(atoms, n.start, n.end) and not is_label(text, n)]
    if words:
        parts = rates(text, words, sorted(n.end for n in nums)) + halves(words, nums)
        words = [w for w in words if w not in parts] if parts else words
    spoken = sorted((r.start, r.end) for r in words)
    nums = [n for n in nums if not _overlaps(spoken, n.start, n.end)]
    figures = assemble(text, nums)
    read = sorted((r.start, r.end) for r in figures if r.kind == "multiplier")  # "five-fold" is read as a number too: once
    multiplied = [r for r in multiplier_words(text, tokens) if not _overlaps(read, r.start, r.end)]
    raws = figures + words + bound_pairs(text, figures) + change_from_to(text, figures) + multiplied + clocks + [_date_raw(d) for d in dates] \
        + ages.decade_words(text, tokens) + vague.counts(text)
    if not raws:
        return  # no figure: no sentence to read (20 MB of "a\n" is ten million of them)
    raws.sort(key=lambda r: (r.start, -r.end, r.kind))
    index = sentence_index(text)
    names = Names(text, index.spans)
    about = near.about(raws, index, names)
    sentences: dict[tuple[int, int], tuple[str, tuple[str, ...], str | None]] = {}
    leads: dict[tuple[int, int], str | None] = {}
    periods: dict[tuple[int, int], near.Dated] = {}
    date_starts = [d.start for d in dates]
    figures_at = sorted(r.start for r in raws if r.kind not in WHEN_KINDS)
    made: dict[DateSpan, Period] = {}
    for raw in raws:
        span = index.around(raw.start)
        if span not in sentences:
            mentions = names.in_sentence(*span)
            sentences[span] = (_one_line(source.text[span[0] : span[1]]),
                               tuple(m.name for m in mentions), next((m.name for m in mentions if m.place), None))
            periods[span] = near.Dated.within(dates, date_starts, *span)
            leads[span] = _lead(source.text, index, span, sentences[span][0])
        claim = _claim(source, raw, span, sentences[span], periods[span], about.get(id(raw), ()), figures_at, made)
        told_at = clock.at(clocks, span) if clocks and raw.kind not in WHEN_KINDS else None
        if told_at is not None:  # "By 10am, 20 people had been rescued": the count of that moment
            claim = claim._replace(details=(*claim.details, ("at_time", told_at)))
        yield claim if leads[span] is None else claim._replace(details=(*claim.details, ("sentence_before", leads[span])))


SHORT_SENTENCE = 6  # words: a sentence this short ("She was 56.") is read with the one before it


def _lead(text: str, index: SentenceIndex, span: tuple[int, int], words: str) -> str | None:
    """The sentence before a short one, which says what the short one is about, one-lined."""
    if len(words.split()) >= SHORT_SENTENCE:
        return None
    i = bisect.bisect_left(index.starts, span[0])
    if i == 0 or i > len(index.spans) or index.spans[i - 1][1] > span[0]:
        return None
    a, b = index.spans[i - 1]
    return _one_line(text[a:b])


def _one_line(words: str) -> str:
    """`words` with every run of white space one blank, trimmed: `_SPACES.sub(" ", words).strip()`."""
    if _SEPARATORS.search(words):
        return _SPACES.sub(" ", words).strip()
    return " ".join(words.split())  # the same where str.split and \s agree on what is white space


_LAST_INDEX: list[tuple[str, SentenceIndex]] = []


def sentence_index(text: str) -> SentenceIndex:
    """The sentences of `text`, computed once when its claims and its quotations are both read."""
    if _LAST_INDEX and _LAST_INDEX[0][0] is text:
        return _LAST_INDEX[0][1]
    index = SentenceIndex(text)
    _LAST_INDEX[:] = [(text, index)]
    return index


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (start, len(spans) and 1 << 60)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (end, end))
    return i > 0 and spans[i - 1][1] > start


def _date_raw(d: DateSpan) -> Raw:
    return Raw(d.kind, d.start, d.end, None, Interval(None, None, False, False), None, "exact",
               d.details())


def _claim(source: Source, raw: Raw, span: tuple[int, int], sentence: tuple[str, tuple[str, ...], str | None],
           periods: near.Dated, about: tuple[str, ...], figures: list[int], made: dict[DateSpan, Period]) -> Claim:
    """The claim of one figure; `periods` are the dates and periods of its sentence, `made` the
    periods given to figures so far (one record for each date or period, whatever refers to it)."""
    text = source.body
    s_end = span[1]
    words, names, place = sentence
    is_figure = raw.kind not in WHEN_KINDS
    period = None
    if is_figure:
        nearest = periods.period(raw, figures, text)
        if nearest is not None:
            period = made.get(nearest)
            if period is None:
                period = made[nearest] = Period(_SPACES.sub(" ", source.text[nearest.start : nearest.end]), nearest.first, nearest.last)
    line, column = source.position(raw.start)
    return Claim(  # by position, in the order of the fields (keywords would double the cost of a claim)
        source.name, raw.kind, source.text[raw.start : raw.end], raw.start, raw.end, line, column,
        raw.value, raw.interval, raw.unit, raw.qualifier,
        ("times" if raw.details.get("occasions") else subject(text, raw.end, s_end)) if is_figure else None,  # subject ("twice": two times)
        names, about, period, place, words, _details(raw.details),
    )


def _details(details: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    """A figure's details as stated, without its rounding step and the unknown ones."""
    if not details or len(details) == 1 and "step" in details:
        return ()  # most figures: nothing beyond the step
    return tuple((k, v) for k, v in details.items() if k != "step" and v is not None)


_BEFORE_STOP = re.compile(r" (?=[.,;:!?])")  # where blanked markup left a space
_PARTIAL_BEFORE = regex.compile(r"[\w’'”\"]")  # a word or a closing mark before a quote (then white space): it is partial
_WHITE = frozenset("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                   "\u2028\u2029\u202f\u205f\u3000")  # what the regex module's \s matches


def _partial(text: str, s_start: int, start: int) -> bool:
    """Whether the last character before `start` in its sentence that is no white space is a word's or a closing mark
    (a pattern's word and closing mark, then white space, at the end of text[s_start:start]), read back over the white
    space alone."""
    at = start
    while at > s_start and text[at - 1] in _WHITE:
        at -= 1
    return at > s_start and _PARTIAL_BEFORE.match(text, at - 1, at) is not None


def quotations(source: Source) -> list[Quote]:
    """Every quotation of one source, with its speaker, in order of position."""
    text = source.body
    if not quotes.has_marks(text):
        return []
    lines = quotes.paragraphs(text)
    spans = quotes.find(text, lines)
    if not spans:
        return []
    found = []
    sentence = sentence_index(text)
    for span, speaker in zip(spans, attribution.attribute(text, spans, sentence.spans, lines)):
        line, column = source.position(span.start)
        end_line, end_column = source.position(span.end)
        parts = span.parts
        words = " ".join(text[parts[0][0] : parts[0][1]].split() if len(parts) == 1 else [w for a, b in parts for w in text[a:b].split()])
        if " ." in words or " ," in words or " ;" in words or " :" in words or " !" in words or " ?" in words:
            words = _BEFORE_STOP.sub("", words)  # markup blanked
        s_start = sentence.around(span.start)[0]
        partial = _partial(text, s_start, span.start)
        found.append(Quote(source.name, source.text[span.start : span.end], span.start, span.end, line, column,
                           end_line, end_column, words, span.parts, span.cuts, speaker, partial, span.closed))
    return found
