"""What every family of figures shares: the raw figure, its hedges, and the units written after it."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import re

import regex

from checker.extract import bounds
from checker.extract import lexicon as lx
from checker.extract.scan import before, case_apart, firsts, match_at, may_open, trie, word_then_blanks
from checker.model import Interval, WHEN_KINDS
from checker.units.table import UNITS


@dataclass(slots=True)
class Raw:
    """A figure before its context is attached."""

    kind: str
    start: int
    end: int
    value: Fraction | None
    interval: Interval
    unit: str | None = None
    qualifier: str = "exact"
    details: dict[str, Any] = field(default_factory=dict)


def alternation(words: Any, backward: bool = False, ignore_case: bool = False) -> str:
    """A regex alternation of `words`, escaped: the longest that matches is the one matched.

    Nested by shared prefixes, or by shared suffixes for a pattern run `backward` (by `before`),
    so that the engine tries few branches. For a pattern that ignores case (`ignore_case`), words
    that part on characters a case-blind match takes for one another ("Ab", "abc") stay a flat
    alternation, longest first, as nesting them could match a shorter one first."""
    words = set(words)
    if ignore_case and not case_apart(words, backward):
        return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return trie(words, backward)


SP = r"[ \t\u00a0]"
_HEDGE_BEFORE = regex.compile(
    rf"(?<![\w])(?P<h>{alternation(lx.HEDGES, backward=True, ignore_case=True)}){SP}+(?:of{SP}+)?(?:the{SP}+)?\Z", regex.I
)
_HEDGE_AFTER = regex.compile(rf"{SP}*(?P<h>{alternation(lx.TRAILING_HEDGES, ignore_case=True)})(?![\w])", regex.I)
_HEDGE_AFTER_FIRSTS = firsts(lx.TRAILING_HEDGES)
_SPACES = regex.compile(r"\s+")
_SIGN_BEFORE = regex.compile(rf"(?<![<>=])(?P<h>{alternation(lx.SIGN_HEDGES, backward=True)}){SP}*\Z")
_SIGN_ENDS = frozenset(h[-1] for h in lx.SIGN_HEDGES)
_HEDGE_LAST = tuple(sorted({h.split()[-1] for h in lx.HEDGES} | {"of", "the"}))  # the words _HEDGE_BEFORE ends with
_BLANKS = " \t\u00a0"  # the characters of SP
PERCENT = re.compile(
    rf"{SP}*(?:-{SP}*)?(?P<u>%|per{SP}?-?{SP}?cent(?:age)?{SP}+points?|percentage{SP}+points?"
    rf"|per{SP}?-?{SP}?cents?|percents?|percentage|pc|pct)(?![\w])",
    re.I,
)
CURRENCY_BEFORE = regex.compile(
    rf"(?P<sym>{alternation(lx.CURRENCY_SYMBOLS, backward=True, ignore_case=True)}){SP}?\Z|(?<![\w])(?P<mega>M)?(?P<code>{alternation(lx.CURRENCY_CODES, backward=True, ignore_case=True)}){SP}?\Z",
    regex.I,
)
NATIONAL = regex.compile(
    rf"(?P<nat>{alternation({n for n, _ in lx.NATIONAL_CURRENCIES}, ignore_case=True)}){SP}+(?P<cur>{alternation({c for _, c in lx.NATIONAL_CURRENCIES}, ignore_case=True)})s?(?![\w])",
    regex.I,
)
CURRENCY_AFTER = regex.compile(
    rf"{SP}*(?:-{SP}*)?(?:(?P<nat>{NATIONAL.pattern})|(?P<word>{alternation(lx.CURRENCY_WORDS, ignore_case=True)})|(?P<mega>M)?(?P<code>{alternation(lx.CURRENCY_CODES, ignore_case=True)})"
    rf"|(?P<cents>cents?|pence|penny)|(?P<sym>[$€£₭¥₹₿元₡₾]))(?![\w])|(?P<p>p)(?![\w])",
    regex.I,
)
AGE_AFTER = re.compile(
    rf"{SP}*-?{SP}*(?P<u>years?|yrs?|months?|weeks?|days?){SP}*-?{SP}*olds?(?![\w])"
    rf"|{SP}+(?P<u2>years?|months?|weeks?|days?){SP}+of{SP}+age(?![\w])|{SP}*(?P<yo>yo|y/o|y\.o\.)(?![\w])",
    re.I,
)
AGE_BEFORE = regex.compile(rf"(?<![\w])(?:aged|age{SP}+of|ages?){SP}+(?:between{SP}+)?\Z", regex.I)
DURATION = re.compile(
    rf"(?:{SP}*-?{SP}*(?P<u>{alternation((u for u in lx.DURATION_UNITS if len(u) > 2), ignore_case=True)})|(?P<a>h|s)|{SP}?(?P<b>h|hr|hrs|min|mins|secs?|ys))(?![\w])",
    re.I,
)
# what makes a unit of time no span: an age ("one year old"), a comparison or a point in time ("a year-on-year
# rise", "week-on-week", "the year-to-date figure", "a year-end bonus")
NOT_DURATION = re.compile(rf"{SP}*-?{SP}*olds?(?![\w])|{SP}+of{SP}+age(?![\w])|-(?:on|over)-[a-z]+|-to-date|-end(?![\w])", re.I)
MEASURE = re.compile(  # "5 km", "20kg", and the hyphened adjective of a measure: "the 14-kilometre bypass"
    rf"(?P<sp>{SP}?-?)(?P<u>{alternation(lx.MEASURE_UNITS, ignore_case=True)})(?![\w])"
    # a length over a time is a speed: "570 km/s", "60 miles per hour", "a 40-mile-an-hour wind", "3 metres a second"
    rf"(?:(?:{SP}*/{SP}*(?P<t>h|hr|s|sec|min)|(?:{SP}+|-)(?:per|an|a)(?:{SP}+|-)(?P<time>hour|second|minute))(?![\w]))?", re.I
)
_SPEED_TIMES = {"h": "hour", "hr": "hour", "s": "second", "sec": "second", "min": "minute"}


def measure_unit(m: re.Match[str]) -> str:
    """The unit a match of `MEASURE` names: a length over a time is a speed ("kilometre per second")."""
    unit = lx.MEASURE_UNITS[lx.key(" ".join(m["u"].split()))]
    time = m["time"] or m["t"]
    if time is None or UNITS[unit].dimension != "length":
        return unit
    return f"{unit} per {_SPEED_TIMES.get(time.lower()) or time.lower()}"
ENDS_WITH_NUMBER = regex.compile(
    rf"(?:\d|(?<![\w])(?:{alternation([*lx.UNITS, *lx.TENS, 'hundred', *lx.SCALES], backward=True, ignore_case=True)}))[{SP[1:-1]}-]*\Z", regex.I
)


_COMPARED = ("more than", "fewer than", "less than", "higher than", "lower than", "greater than", "bigger than", "larger than",
             "smaller than")
# "12% higher than the £52m", "3 points lower than the 41%": a percentage's difference from the figure, as a number's is
_PERCENT_ENDS = regex.compile(rf"\d{SP}*(?:%|per{SP}?-?{SP}?cent|percent|pc|(?:percentage{SP}+)?points?){SP}*\Z", regex.I)


def hedge(text: str, start: int) -> tuple[str, int]:
    """The qualifier written before a figure, and where the claim then starts."""
    m = before(_HEDGE_BEFORE, text, start) if word_then_blanks(text, start, 60, _HEDGE_LAST, _BLANKS) else None
    if m is not None:
        said = _SPACES.sub(" ", m["h"].lower())
        if said.startswith(_COMPARED) and (ENDS_WITH_NUMBER.search(text, max(0, m.start() - 30), m.start())
                                           or _PERCENT_ENDS.search(text, max(0, m.start() - 30), m.start())):
            return "exact", start  # "1,200 more than the 2,850", "12% higher than the £52m": a difference from the figure, no floor
        return lx.HEDGES[said], m.start()
    if text[max(0, start - 6) : start].rstrip(_BLANKS)[-1:] not in _SIGN_ENDS:
        return "exact", start  # no sign ends the blanks before the figure
    sign = before(_SIGN_BEFORE, text, start, 6)
    if sign is not None:
        return lx.SIGN_HEDGES[sign["h"]], sign.start()
    return "exact", start


def trailing_hedge(text: str, raw: Raw) -> Raw:
    """The figure widened by a hedge written after it ('40 or more', '18+')."""
    if raw.qualifier not in {"exact", "approx"} or raw.value is None or raw.kind in {"range", "change"} | WHEN_KINDS:
        return raw
    m = match_at(_HEDGE_AFTER, text, raw.end) if may_open(text, raw.end, _HEDGE_AFTER_FIRSTS) else None
    if m is None or (m["h"] == "+" and m.start("h") != raw.end):
        return raw
    qualifier = lx.TRAILING_HEDGES[lx.key(m["h"])]
    step = raw.details.get("step", Fraction(0))
    return Raw(raw.kind, raw.start, m.end(), raw.value, bounds.hedged(raw.value, step, qualifier),
               raw.unit, qualifier, raw.details)


def figure(kind: str, start: int, end: int, value: Fraction, step: Fraction, unit: str | None,
           qualifier: str, **details: Any) -> Raw:
    """A figure whose interval follows from its rounding step and qualifier."""
    return Raw(kind, start, end, value, bounds.hedged(value, step, qualifier), unit, qualifier,
               {"step": step, **details})


def currency_code(m: regex.Match[str] | None) -> str | None:
    """The currency code of a symbol or code written before a figure."""
    if m is None:
        return None
    return lx.CURRENCY_SYMBOLS.get(m["sym"] or "", (m["code"] or "").upper()) or None


def duration_unit(word: str) -> str:
    """The canonical unit of a duration word ('yrs' -> 'year')."""
    return lx.DURATION_UNITS.get(word.lower(), word.lower())
