"""Hold two versions of a quotation against each other, word by word, as an editor would.

Accepted without remark: an editor's [square-bracket] or short (round-bracket) insertion or
explanation, an ellipsis standing for cut words, a quote cut at either end (a partial quote),
words left out where a quote breaks between paragraphs or sentences, changed capitals,
punctuation and quote marks, British against American spelling ("organisation", "organization"),
and one word written another way: closed up or apart ("any more", "anymore"), a contraction
spelled out ("aren't", "are not"), the tense of reported speech ("is", "was"), another form of
the same word ("connection", "connectivity").
What is left over is drift: words changed, added or dropped inside the marks.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from difflib import Match, SequenceMatcher
from functools import lru_cache
from itertools import pairwise

import regex

from checker.model import Quote

_PIECE = regex.compile(r"\[[^\[\]\n]{0,200}\]|\((?:[^()\s\d]+\s?){1,3}\)|\.\s?\.\s?\.|…|\d[\d,.]*\d|[\p{L}\p{N}]+(?:['’][\p{L}]+)*")
EDGE_WORDS = 4  # at most this many words differing at an end of both versions is drift, more is other context
MIN_MATCHED = 3  # words in common before two quotes are taken for one
WORDS_PER_DRIFT = 4  # words in common for each place where two versions of one quotation part, at least


@dataclass(frozen=True, slots=True)
class Word:
    """A word of a quotation: its form for comparing and its place in the source."""

    norm: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Wording:
    """A quotation's words, and where words of another version may be missing (cuts, brackets)."""

    words: tuple[Word, ...]
    flex: frozenset[int]  # word positions (0..len) before which words may have been cut or replaced
    key: tuple[str, ...]  # the words as compared


def wording(text: str, quote: Quote) -> Wording:
    """The words of `quote` in `text` (its source), with its cuts and bracketed stand-ins as flex points."""
    words: list[Word] = []
    flex: set[int] = set()
    for i, (a, b) in enumerate(quote.parts):
        if i and quote.cuts[i - 1]:
            flex.add(len(words))
        for m in _PIECE.finditer(text, a, b):
            piece = m[0]
            if piece[0] in "[(.…":
                flex.add(len(words))
            else:
                words.append(Word(normal(piece), m.start(), m.end()))
    return Wording(tuple(words), frozenset(flex), tuple(w.norm for w in words))


_SPELLING = [(regex.compile(p), r) for p, r in (  # British and American spellings of one word, compared as one
    (r"isation(s?)$", r"ization\1"), (r"is(e|ed|es|ing)$", r"iz\1"), (r"ys(e|ed|es|ing)$", r"yz\1"),
    (r"our(s|ed|ing|ite|ites|able|ful|fully|less|ist|ists|ism)?$", r"or\1"), (r"tre(s?)$", r"ter\1"), (r"ogue(s?)$", r"og\1"),
    (r"ence(s?)$", r"ense\1"), (r"^programme(s?)$", r"program\1"), (r"dgement(s?)$", r"dgment\1"),
    (r"([aeiou][^aeiou]*[aeiou][^aeiou]*)ll(ed|ing|er|ers)$", r"\1l\2"),  # "travelled", "traveled"; never "filled", "filed"
)]


@lru_cache(maxsize=65536)
def normal(word: str) -> str:
    """A word as compared: lower case, straight apostrophes, no thousands separators, one spelling."""
    word = word.lower().replace("’", "'")
    if word[0].isdigit():
        return word.replace(",", "")
    if len(word) >= 6:  # "colour" and "color", never "four" and "for"
        for pattern, replacement in _SPELLING:
            word = pattern.sub(replacement, word)
    return word


@dataclass(frozen=True, slots=True)
class Gap:
    """Where two versions part: the words of each (as index ranges) and whether an editor would accept it."""

    a: tuple[int, int]
    b: tuple[int, int]
    accepted: bool
    edge: bool


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two versions aligned: how many words they share in order, and where they part."""

    matched: int
    longest: int
    gaps: tuple[Gap, ...]

    @property
    def drift(self) -> list[Gap]:
        """The gaps an editor would not accept."""
        return [g for g in self.gaps if not g.accepted]


def same_quote(c: Comparison, a: Wording, b: Wording) -> bool:
    """Whether two versions are one quotation: a run of words in common, most of the shorter shared, few changes.

    Two remarks that share a stock phrase ("make it easier for") part in many places; a misquote
    parts in one or two."""
    shorter = min(len(a.words), len(b.words))
    return c.longest >= MIN_MATCHED and c.matched * 5 >= shorter * 3 and len(c.drift) * WORDS_PER_DRIFT <= c.matched


def compare(a: Wording, b: Wording) -> Comparison:
    """Align two versions on their longest runs of common words (Ratcliff-Obershelp) and judge each gap."""
    blocks = _anchored([blk for blk in SequenceMatcher(None, a.key, b.key, autojunk=False).get_matching_blocks() if blk.size],
                       a.key, len(b.words))
    blocks = _within_context(blocks, len(a.words), len(b.words))
    if not blocks:
        return Comparison(0, 0, ())
    gaps: list[Gap] = []
    first = blocks[0]
    gaps.append(_edge((0, first.a), (0, first.b)))
    for prev, nxt in pairwise(blocks):
        ga, gb = (prev.a + prev.size, nxt.a), (prev.b + prev.size, nxt.b)
        gaps.append(Gap(ga, gb, _excused(ga, b.flex, gb) and _excused(gb, a.flex, ga), False))
    last = blocks[-1]
    gaps.append(_edge((last.a + last.size, len(a.words)), (last.b + last.size, len(b.words))))
    kept = tuple(g if g.accepted or not one_word(a.key[slice(*g.a)], b.key[slice(*g.b)]) else replace(g, accepted=True)
                 for g in gaps if g.a[1] > g.a[0] or g.b[1] > g.b[0])
    return Comparison(sum(blk.size for blk in blocks), max(blk.size for blk in blocks), kept)


def _anchored(blocks: list[Match], a: tuple[str, ...], b_len: int) -> list[Match]:
    """The matches that align two versions: not one little word in common amid changed words on both sides ("to")."""
    kept: list[Match] = []
    for i, blk in enumerate(blocks):
        before = (kept[-1].a + kept[-1].size, kept[-1].b + kept[-1].size) if kept else (0, 0)
        after = (blocks[i + 1].a, blocks[i + 1].b) if i + 1 < len(blocks) else (len(a), b_len)
        isolated = blk.a > before[0] and blk.b > before[1] and after[0] > blk.a + 1 and after[1] > blk.b + 1
        if blk.size > 1 or not isolated or a[blk.a] not in LITTLE_WORDS:
            kept.append(blk)
    return kept


def _within_context(blocks: list[Match], a_len: int, b_len: int) -> list[Match]:
    """Without the few words in common amid other context at either end: where both versions run on for more than
    EDGE_WORDS words of their own before (or after) their first (or last) run of MIN_MATCHED words in common, a word
    or two they share there ("my", "the answer") is chance, not the same words ('I set out in the answer my own view
    that ...' and 'In my answer on 17 March I explained my view that ...': two statements sharing a clause)."""
    big = [i for i, blk in enumerate(blocks) if blk.size >= MIN_MATCHED]
    if not big:
        return blocks
    first, last = blocks[big[0]], blocks[big[-1]]
    lead = sum(blk.size for blk in blocks[: big[0]])
    if lead and min(first.a, first.b) > EDGE_WORDS and lead * 2 <= min(first.a, first.b):
        blocks = blocks[big[0] :]
        big = [i - big[0] for i in big]
    a_tail, b_tail = a_len - last.a - last.size, b_len - last.b - last.size
    trail = sum(blk.size for blk in blocks[big[-1] + 1 :])
    if trail and min(a_tail, b_tail) > EDGE_WORDS and trail * 2 <= min(a_tail, b_tail):
        blocks = blocks[: big[-1] + 1]
    return blocks


def _excused(mine: tuple[int, int], other_flex: frozenset[int], other: tuple[int, int]) -> bool:
    """Words only one version has are accepted where the other marks a cut or a bracket there."""
    if mine[1] == mine[0]:
        return True
    return any(other[0] <= f <= other[1] for f in other_flex)


def _edge(ga: tuple[int, int], gb: tuple[int, int]) -> Gap:
    """At an end, one version running on is a partial quote; both running on, briefly, is changed words."""
    a_len, b_len = ga[1] - ga[0], gb[1] - gb[0]
    accepted = not a_len or not b_len or a_len > EDGE_WORDS or b_len > EDGE_WORDS
    return Gap(ga, gb, accepted, True)


_SPELLED_OUT = {"can't": ("can not",), "cannot": ("can not",), "won't": ("will not",), "shan't": ("shall not",),
                "ain't": ("is not",), "let's": ("let us",), "gonna": ("going to",), "wanna": ("want to",), "gotta": ("got to",)}
_ENDINGS = (("n't", ("not",)), ("'re", ("are",)), ("'m", ("am",)), ("'ll", ("will",)), ("'ve", ("have",)),
            ("'d", ("would", "had")), ("'s", ("is", "has")))
_TENSE = {"was": "is", "were": "are", "would": "will", "could": "can", "might": "may", "had": "have", "has": "have",
          "did": "do", "does": "do"}  # reported speech moves a tense back; "is" and "was" are one word here
_SUFFIX = regex.compile(r"(?:ivity|ions?|ity|ments?|ness|ive|ing|ed|es|s|e)$")
MAX_READINGS = 16  # ways a gap's words are read, at most (each contraction may be spelled out two ways)
LITTLE_WORDS = frozenset({"a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but",
                          "as", "that", "this", "it", "is", "be", "we", "i", "you", "he", "she", "they"})
MIN_STEM = 5  # letters of a word's stem before two forms of it are one word


def one_word(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two runs of words say the same words written another way: closed up, spelled out, tense, form."""
    if not a or not b or len(a) + len(b) > 2 * EDGE_WORDS:
        return False
    if _readings(a) & _readings(b):
        return True
    return len(a) == len(b) == 1 and len(stem := _stem(a[0])) >= MIN_STEM and stem == _stem(b[0])


def _readings(words: tuple[str, ...]) -> set[str]:
    """The words with contractions spelled out, tenses levelled and spaces closed up: 'aren't' -> 'arenot'."""
    readings = [""]
    for w in words:
        readings = [f"{r} {x}" for r in readings for x in _spelled_out(w)][:MAX_READINGS]
    return {"".join(_TENSE.get(t, t) for t in r.split()) for r in readings}


def _spelled_out(word: str) -> tuple[str, ...]:
    if word in _SPELLED_OUT:
        return _SPELLED_OUT[word]
    for ending, meanings in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            return tuple(f"{word[: -len(ending)]} {m}" for m in meanings)
    return (word,)


def _stem(word: str) -> str:
    """A word without its commonest endings: 'connection' and 'connectivity' -> 'connect'."""
    return _SUFFIX.sub("", word) if word.isalpha() else word


def diff(a_text: str, a: Wording, b_text: str, b: Wording, gaps: list[Gap], context: int = 3) -> str:
    """A word diff of the drifting gaps: '… safe cannot be left to [-social networks-] {+tech firms+} …'."""
    pieces = []
    for g in gaps:
        before = _words(a_text, a, max(0, g.a[0] - context), g.a[0])
        after = _words(a_text, a, g.a[1], min(len(a.words), g.a[1] + context))
        removed = _words(a_text, a, *g.a)
        added = _words(b_text, b, *g.b)
        change = " ".join(x for x in (f"[-{removed}-]" if removed else "", f"{{+{added}+}}" if added else "") if x)
        lead = "… " if g.a[0] - context > 0 else ""
        tail = " …" if g.a[1] + context < len(a.words) else ""
        pieces.append(f"{lead}{' '.join(x for x in (before, change, after) if x)}{tail}")
    return "; ".join(pieces)


def _words(text: str, w: Wording, i: int, j: int) -> str:
    return " ".join(text[x.start : x.end] for x in w.words[i:j])
