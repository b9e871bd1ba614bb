"""Where each figure stands in its sentence, and the words between figures: what relations are read from.

Claims carry their sentence one-lined (`Claim.sentence`); a figure is placed in it by its own
words, searched from where the figure before it was placed, so one sentence is walked once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from fractions import Fraction

from checker.extract.bounds import count_step, rounding
from checker.extract.numbers import parse_at
from checker.model import Claim

FIGURES = {"count", "money", "percent", "ratio", "age", "duration", "multiplier", "change", "range", "measure"}


@dataclass(frozen=True, slots=True)
class Placed:
    """A claim and where its words stand in its (one-lined) sentence."""

    claim: Claim
    at: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article and its figures, in order, each placed in its words."""

    text: str
    figures: tuple[Placed, ...]
    index: int  # its place among the article's sentences that hold figures
    rest: str = ""  # the article's words after it (up to `REST` characters), when its text was at hand: sentences with no figure

    def between(self, a: Placed, b: Placed) -> str:
        """The words between two placed figures ('\\n', which no pattern accepts, when they overlap)."""
        return self.text[a.end : b.at] if a.end <= b.at else "\n"

    def after(self, a: Placed, reach: int = 80) -> str:
        """Up to `reach` characters of the sentence after a figure."""
        return self.text[a.end : a.end + reach]

    def before(self, a: Placed, reach: int = 80) -> str:
        """Up to `reach` characters of the sentence before a figure."""
        return self.text[max(0, a.at - reach) : a.at]

    def following(self, i: int, kinds: set[str], reach: int = 4) -> Iterator[tuple[int, Placed]]:
        """The next figures of `kinds` after the i-th, up to `reach` of them."""
        n = 0
        for j in range(i + 1, len(self.figures)):
            if self.figures[j].claim.kind in kinds:
                yield j, self.figures[j]
                n += 1
                if n >= reach:
                    return


def words(claim: Claim) -> str:
    """A claim's words one-lined, as they stand in its sentence."""
    return dashed(" ".join(claim.text.split()))


def dashed(text: str) -> str:
    """A spaced hyphen read as the dash it stands for ("a quarter - 450 - expected"), letter for letter, so places hold."""
    return text.replace(" - ", " – ")


def sentences(claims: list[Claim]) -> list[Sentence]:
    """The article's passages: its sentences that hold figures, each with its figures placed, a
    sentence that continues the one before it ("That is about 25 a day.") and the items of a list
    after a colon joined to it."""
    return _joined(_sentences(claims))


def _sentences(claims: list[Claim]) -> list[Sentence]:
    """The article's sentences that hold figures, each with its figures placed (claims in order of position)."""
    out: list[Sentence] = []
    run: list[Placed] = []
    text: str | None = None
    one_lined = ""
    cursor, last_start = 0, -1
    for c in claims:
        if c.sentence != text:
            if run and text is not None:
                out.append(Sentence(one_lined, tuple(run), len(out)))
            run, text, cursor, last_start = [], c.sentence, 0, -1
            one_lined = dashed(c.sentence)
        w = words(c)
        # after the figure before when this one starts past its end ("(150) and Newport (50)": not the 50 of 150)
        past = run[-1].end if run and c.start >= run[-1].claim.end else cursor + (c.start > last_start and bool(run))
        at = one_lined.find(w, past) if w else -1
        if at < 0:
            continue
        run.append(Placed(c, at, at + len(w)))
        cursor, last_start = at, c.start
    if run and text is not None:
        out.append(Sentence(one_lined, tuple(run), len(out)))
    return out


REST = 400  # characters of the article after a sentence that a reader may look into ("They were A, B and C.")


def with_rest(passage: list[Sentence], text: str | None) -> list[Sentence]:
    """The sentences, each with the article's words after it (`Sentence.rest`), when the article's `text` is at hand."""
    if not text:
        return passage
    out = []
    for s in passage:
        last = s.figures[-1]
        tail = s.text[last.end :]  # its words after its last figure, found in the text after the figure
        end = _followed(text, tail.split(), last.claim.end, last.claim.end + 4 * len(tail) + 8)
        out.append(replace(s, rest=text[end : end + REST]) if end is not None else s)
    return out


_BLANKS = re.compile(r"\s*")


def _followed(text: str, words: list[str], at: int, stop: int) -> int | None:
    """Where `words` end in `text` when they follow `at` word after word, blanks before each (a dash of the one-lined
    sentence read as the hyphen it was, see `dashed`), all before `stop`; None when they do not. Word by word,
    no pattern made per sentence."""
    at = _BLANKS.match(text, at, stop).end()  # type: ignore[union-attr]
    for k, w in enumerate(words):
        if k:
            at = _BLANKS.match(text, at, stop).end()  # type: ignore[union-attr]
        if not text.startswith(w, at, stop) and not ("–" in w and _dashed_at(text, w, at, stop)):
            return None
        at += len(w)
    return at


def _dashed_at(text: str, word: str, at: int, stop: int) -> bool:
    """Whether `word` stands at `at` (before `stop`) with a hyphen for any of its dashes."""
    seen = text[at : min(stop, at + len(word))]
    return len(seen) == len(word) and all(a == b or a == "–" and b == "-" for a, b in zip(word, seen))


def span(sentence: Sentence, first: Placed, last: Placed, reach: int = 160) -> str:
    """The words from one placed figure to another (cut to `reach` characters with an ellipsis between)."""
    lo, hi = min(first.at, last.at), max(first.end, last.end)
    text = sentence.text[lo:hi]
    return text if len(text) <= reach else f"{text[: reach // 2]} ... {text[-reach // 2 :]}"


# a sentence that restates the one before it: "That is about 25 a day.", "That's about 900 people."
_CONTINUES = re.compile(r"^(?:that|this|which|it)(?:['’]s|[ \t]+is|[ \t]+was|[ \t]+means|[ \t]+equates[ \t]+to|"
                        r"[ \t]+amounts[ \t]+to|[ \t]+comes[ \t]+to|[ \t]+works[ \t]+out[ \t]+(?:at|as|to))\b", re.I)
# the words between a figure that ends one sentence and one that opens its continuation, joined by `sentences`:
# "... 2,400 flights were cancelled over the week, That was 15%", "... from outside Auckland, That is about 75 per cent"
_JOINT = re.compile(r"^[^;:()\n]{0,120}?,[ \t]+(?:That|This|Which|It)(?:['’]s|[ \t]+is|[ \t]+was|[ \t]+means|[ \t]+equates[ \t]+to|"
                    r"[ \t]+amounts[ \t]+to|[ \t]+comes[ \t]+to|[ \t]+works[ \t]+out[ \t]+(?:at|as|to))[ \t]+"
                    r"(?:(?:about|around|roughly|some|nearly|almost|approximately)[ \t]+)?$")


def continued(gap: str) -> bool:
    """True when the words between two figures run from the end of one sentence into the next that tells the first
    again ("..., That was 15% of"): the figure after restates the one before."""
    return bool(_JOINT.match(gap))


NEAR = 8  # characters of space and markup between two sentences that follow each other
ITEMS = 12  # list items joined to the sentence that opens the list, at most


def _start(s: Sentence) -> int:
    """Where the sentence starts in the source, near enough (its text is one-lined)."""
    return s.figures[0].claim.start - s.figures[0].at


def _stop(s: Sentence) -> int:
    """Where the sentence ends in the source, near enough."""
    last = s.figures[-1]
    return last.claim.end + len(s.text) - last.end


def next_to(a: Sentence, b: Sentence, near: int = NEAR) -> bool:
    """True when sentence b follows sentence a with nothing but space and markup between them (`near` characters at most)."""
    return 0 <= _start(b) - _stop(a) <= near


def _item(s: Sentence) -> bool:
    """A list item: a short line with no closing stop, or a shorter one opening with its figure."""
    text = s.text.rstrip()
    return len(text) <= 120 and not text.endswith((".", "!", "?", ":")) or len(text) <= 60 and s.figures[0].at == 0


def _joined(found: list[Sentence]) -> list[Sentence]:
    """The sentences with continuations and list items joined to the sentence they belong to."""
    out: list[Sentence] = []
    items = 0
    for s in found:
        last = out[-1] if out else None
        if last is not None and next_to(last, s) and (_CONTINUES.match(s.text) and last.text.endswith(".")):
            out[-1] = join(last, s, last.text[:-1] + ", ")
            continue
        if last is not None and next_to(last, s) and items < ITEMS and (last.text.endswith(":") or items) and _item(s):
            out[-1] = join(last, s, last.text + (" " if last.text.endswith(":") else "; "))
            items += 1
            continue
        items = 0
        out.append(Sentence(s.text, s.figures, len(out)))
    return out


_BULLET = re.compile(r"^[ \t]*[-*•+–][ \t]+")


def join(a: Sentence, b: Sentence, head: str) -> Sentence:
    """Sentence b read on from `head` (a's words with the joint that leads into b), a list item's bullet left out."""
    bullet = _BULLET.match(b.text)
    cut = bullet.end() if bullet and all(p.at >= bullet.end() for p in b.figures) else 0
    shift = len(head) - cut
    moved = tuple(Placed(p.claim, p.at + shift, p.end + shift) for p in b.figures)
    return Sentence(head + b.text[cut:], a.figures + moved, a.index)


def range_ends(c: Claim, low_percent: bool = False) -> tuple[Claim, Claim] | None:
    """The two figures of a range ("from 2,400 to 3,100", "28 per cent – 931"), each with the interval
    its own rounding allows; with `low_percent`, the low end is a percentage and the high one a count."""
    details = dict(c.details)
    low, high = details.get("low_text"), details.get("high_text")
    if not isinstance(low, str) or not isinstance(high, str):
        return None
    ends = []
    for k, words in enumerate((low, high)):
        n = parse_at(words.lstrip("£$€"), 0)
        at = c.text.find(words, len(low) if k else 0)
        if n is None or at < 0:
            return None
        if low_percent and not k:
            text = _DASHED.split(c.text, 1)[0]
            ends.append(c._replace(kind="percent", text=text, end=c.start + len(text), value=n.value,
                                   interval=rounding(n.value, percent_step(n.step)), unit="percent", details=()))
            continue
        kind = "money" if c.unit in {"GBP", "USD", "EUR"} else "count"
        unit = None if low_percent or k and c.unit == "percent" and not _PERCENT.match(c.text, at + len(words)) else c.unit
        ends.append(c._replace(kind=kind, text=words, start=c.start + at, end=c.start + at + len(words), value=n.value,
                               interval=rounding(n.value, count_step(n.step, n.value, n.scaled)), unit=unit, details=()))
    return ends[0], ends[1]


def percent_step(step: Fraction) -> Fraction:
    """A percentage is read to its last digit, as the extraction reads one: "20%" is [19.5%, 20.5%)."""
    return min(step, Fraction(1)) if step else Fraction(1)


_PERCENT = re.compile(r"[ \t]*(?:%|per[ \t]*cent|percent)", re.I)  # a range's high end told as a percentage ("15% to 20%")
_DASHED = re.compile(r"[ \t]*[–—-][ \t]*")
