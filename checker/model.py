"""Frozen records that flow through the pipeline: sources, intervals, claims."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum
from fractions import Fraction
from typing import Any, NamedTuple


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Source:
    """One article: its original text, the prose to check (same length) and its metadata."""

    name: str
    text: str
    body: str  # `text` with non-prose (markup, front matter, code) blanked to spaces
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    story: str | None = None  # the story it was filed under (a `story` field or front matter), if any
    folder: str | None = None  # the sub-folder of a directory on the command line it lies in, if any
    file_line: int | None = None  # the line of its file an article of a JSON Lines corpus is on
    line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def build(cls, name: str, text: str, body: str | None = None, **meta: Any) -> Source:
        """Make a source, indexing its line starts (CR, LF and CRLF all end a line)."""
        starts = (0, *(m.end() for m in _LINE_BREAK.finditer(text)))
        return cls(name, text, text if body is None else body, line_starts=starts, **meta)

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a string offset."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1


class Interval(NamedTuple):
    """The values a figure allows; None is unbounded; bounds are exact rationals.

    A named tuple, not a frozen dataclass: as immutable, and built several times faster, which
    counts for the record made for every figure of a corpus."""

    low: Fraction | None
    high: Fraction | None
    low_closed: bool = True
    high_closed: bool = True

    @classmethod
    def exact(cls, value: Fraction) -> Interval:
        """The interval holding only `value`."""
        return cls(value, value)

    def contains(self, x: Fraction) -> bool:
        """True when `x` lies inside the interval."""
        if self.low is not None and (x < self.low or (x == self.low and not self.low_closed)):
            return False
        return not (
            self.high is not None and (x > self.high or (x == self.high and not self.high_closed))
        )

    def scaled(self, factor: Fraction) -> Interval:
        """The interval multiplied by a factor (negative factors swap the bounds)."""
        lo = None if self.low is None else self.low * factor
        hi = None if self.high is None else self.high * factor
        if factor < 0:
            return Interval(hi, lo, self.high_closed, self.low_closed)
        return Interval(lo, hi, self.low_closed, self.high_closed)

    def notation(self) -> str:
        """Mathematical notation, e.g. ``[32.5, 33.5)``."""
        lo = "-inf" if self.low is None else fmt_number(self.low)
        hi = "inf" if self.high is None else fmt_number(self.high)
        if self.low is not None and self.low == self.high:
            return f"[{lo}]"
        left = "[" if self.low_closed and self.low is not None else "("
        right = "]" if self.high_closed and self.high is not None else ")"
        return f"{left}{lo}, {hi}{right}"


class Period(NamedTuple):
    """A stretch of time a figure refers to: its words and, when resolved, its first and last day."""

    text: str
    first: date | None = None
    last: date | None = None


WHEN_KINDS = frozenset({"date", "period", "time"})  # the kinds that say when, not how many: never a figure of arithmetic


class Claim(NamedTuple):
    """One figure in one source, with its place, meaning and context (a named tuple, as `Interval`)."""

    source: str
    kind: str
    text: str
    start: int
    end: int
    line: int
    column: int
    value: Fraction | None
    interval: Interval
    unit: str | None = None
    qualifier: str = "exact"
    subject: str | None = None
    entities: tuple[str, ...] = ()
    about: tuple[str, ...] = ()  # the names nearest to this figure: what it is about
    period: Period | None = None
    place: str | None = None
    sentence: str = ""
    details: tuple[tuple[str, Any], ...] = ()

    @property
    def low(self) -> Fraction | None:
        """The lowest value the claim allows (None when unbounded)."""
        return self.interval.low

    @property
    def high(self) -> Fraction | None:
        """The highest value the claim allows (None when unbounded)."""
        return self.interval.high


class Speaker(NamedTuple):
    """Who a quotation is given to: the words that say so, and the person, title and organisation they name (a named
    tuple, as `Interval` and `Claim`: as immutable as a frozen dataclass, and built three times faster, for every quote
    read and every antecedent weighed)."""

    text: str  # as stated where the quote is attributed: "he", "Peter Wanless, NSPCC chief executive"
    name: str | None  # the person or organisation speaking, resolved in the article ("he" -> "Peter Wanless")
    title: str | None  # "chief executive", "spokesman"
    organisation: str | None  # whom they speak for, when stated apart from the name
    how: str  # how the attribution was read: "X said", "said X", "according to", "pronoun", ...
    start: int  # the stated words, in the source
    end: int
    via: tuple[tuple[str, int, int], ...] = ()  # the attributions it was resolved through, nearest first: (words, start, end)


class Quote(NamedTuple):
    """One quotation in one source: its marks, the speaker's words inside them, and its speaker (a named tuple, as
    `Speaker`)."""

    source: str
    text: str  # source.text[start:end]: from the opening mark to the closing one (or the paragraph's end)
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    words: str  # the quoted words, parts joined, spaces collapsed
    parts: tuple[tuple[int, int], ...]  # offsets of the words inside the marks, one span per part
    cuts: tuple[bool, ...]  # for each part after the first: may words be left out before it?
    speaker: Speaker | None
    partial: bool  # a fragment inside a sentence of the writer's ('called the plan "a disgrace"')
    closed: bool  # False when the quote never closes (it ends with its paragraph)


MAX_DIGITS = 1000  # numbers have a bounded size: no stated figure or constant runs to more digits
PLAIN_BELOW = 10**30  # figures at least this large are written in scientific notation


def fmt_number(x: Fraction) -> str:
    """Render an exact rational for people: integers plainly, others to at most 6 decimals (exactly,
    no float); from PLAIN_BELOW on, in scientific notation ('1e+999', '2.5e+40')."""
    if abs(x) >= PLAIN_BELOW:
        exponent = _exponent(abs(x))
        mantissa = _decimals(x / Fraction(10) ** exponent)
        if mantissa.lstrip("-") == "10":  # rounded up to the next power
            mantissa, exponent = mantissa.replace("10", "1"), exponent + 1
        return f"{mantissa}e+{exponent}"
    if x.denominator == 1:
        return str(x.numerator)
    return _decimals(x)


def _decimals(x: Fraction) -> str:
    """x rounded to 6 decimals, trailing zeros dropped."""
    scaled = round(x * 1_000_000)
    whole, part = divmod(abs(scaled), 1_000_000)
    return f"{'-' if scaled < 0 else ''}{whole}.{part:06d}".rstrip("0").rstrip(".")


def _exponent(x: Fraction) -> int:
    """floor(log10(x)) of a positive rational, found from its bit lengths (no float, no decimal text)."""
    e = (x.numerator.bit_length() - x.denominator.bit_length()) * 30103 // 100000
    while x >= Fraction(10) ** (e + 1):
        e += 1
    while x < Fraction(10) ** e:
        e -= 1
    return e


class Severity(IntEnum):
    """How much a finding matters; CI fails at or above a chosen level."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        """The severity named `name` (error, warning, info); ValueError otherwise."""
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r} (expected error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points: a claim's words in one source."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """One discrepancy, with its evidence; sorted by first location, then rule."""

    sort_key: tuple[str, int, int, str] = field(init=False, repr=False, compare=True)
    rule: str = field(compare=False)
    severity: Severity = field(compare=False)
    message: str = field(compare=False)
    locations: tuple[Location, ...] = field(compare=False)
    evidence: str = field(compare=False)
    fingerprint: str = field(compare=False)
    story: str | None = field(default=None, compare=False)  # the story whose articles were compared, if any
    suppressed: str | None = field(default=None, compare=False)  # the reason a suppression in the copy gives, if any

    def __post_init__(self) -> None:
        first = self.locations[0] if self.locations else Location("", 0, 0, 0, 0, "")
        object.__setattr__(self, "sort_key", (first.path, first.line, first.column, self.rule))
