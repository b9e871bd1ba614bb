"""Turn the numbers of a text into typed figures: each number goes to the first family that claims it
(range, change, percent, money, ratio, age, duration, measure, multiplier), else it is a count."""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

import regex

from checker.extract import ages, bounds, trends
from checker.extract import lexicon as lx
from checker.extract import years
from checker.extract.labels import in_name, near_label
from checker.extract.common import MEASURE, SP, Raw, figure, hedge, measure_unit, trailing_hedge
from checker.extract.money import money
from checker.extract.numbers import Num
from checker.extract.percents import percent
from checker.extract.ranges import range_
from checker.extract.ratios import is_year, ratio
from checker.extract.times import age, duration
from checker.extract.trends import change, multiplier
from checker.extract.scan import before, match_at

_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_CLOCK = regex.compile(rf"{SP}?(?:[ap]\.?m\.?|o'clock|GMT|BST|UTC)(?![\w])|:\d\d", regex.I)
_CLOCK_OPENS = frozenset(":aApPoOgGbBuU")  # what _CLOCK opens with, after its blank if one
_CLOCK_BLANKS = frozenset(" \t\u00a0")

Builder = Callable[[str, list[Num], int], "tuple[Raw, int] | None"]


def assemble(text: str, nums: list[Num]) -> list[Raw]:
    """Type every number of `text` into figures, left to right."""
    out: list[Raw] = []
    i = 0
    while i < len(nums):
        near = Near(text, nums, i)
        for build, may in _BUILDERS:
            if not may(near):
                continue
            made = build(text, nums, i)
            if made is not None:
                raw, i = made
                out.append(trailing_hedge(text, raw))
                break
        else:
            i += 1
    return out


# what follows "one" as a pronoun: "one of the", "one of raising", "in one, the", "earns one himself"
_PRONOUN_AFTER = regex.compile(
    rf"{SP}*[,.;:!?)]|{SP}*\Z|{SP}+(?:of|in|himself|herself|itself|so|too|else|who|that|which|whose|where)(?![\w])", regex.I
)


def _measure(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """'5 km', '20kg', '3.5 miles'."""
    n = nums[i]
    m = match_at(MEASURE, text, n.end)
    if m is None or (len(m["u"]) == 1 and m["sp"] and not m["t"]) or m["u"].lower() == "in" and m["sp"]:  # "20 m/s" is a speed
        return None
    qualifier, start = hedge(text, n.start)
    unit = measure_unit(m)
    return figure("measure", start, m.end(), n.value, Fraction(0), unit, qualifier), i + 1


_MAGNITUDE_BEFORE = regex.compile(rf"(?<![\w])magnitude(?:{SP}*-{SP}*|{SP}+(?:of{SP}+)?)\Z", regex.I)
_RICHTER_AFTER = regex.compile(rf"{SP}+on{SP}+the{SP}+Richter{SP}+scale(?![\w])", regex.I)


def _magnitude(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """An earthquake's magnitude told before its number or after it on its scale: 'magnitude 6.1',
    'a magnitude-7.2 quake', 'of magnitude 5.9', '5.8 on the Richter scale' ('6.4-magnitude' is a
    measure's unit after its number)."""
    n = nums[i]
    named = before(_MAGNITUDE_BEFORE, text, n.start, 24)
    scale = match_at(_RICHTER_AFTER, text, n.end, 40) if named is None else None
    if (named is None and scale is None) or n.words or n.scaled:
        return None
    qualifier, start = hedge(text, named.start() if named is not None else n.start)
    end = scale.end() if scale is not None else n.end
    return figure("measure", start, end, n.value, Fraction(0), "magnitude", qualifier), i + 1


def _count(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """Any other number: a count (or a fraction, as a ratio), unless it is a year, code or time of day."""
    n = nums[i]
    if is_year(text, n) and years.dated(text, n.start, n.end) is not False:
        return None  # "2004 levels", "the 1967 tourists" are years; "2000 people", "1999 votes" counts
    after = text[n.end : n.end + 2]
    if not n.words and after[:1] in _ASCII_LETTERS and not n.scaled:
        return None  # "4th", "A4", "mp3": ordinals and codes
    if (after[:1] in _CLOCK_OPENS or after[:1] in _CLOCK_BLANKS and after[1:2] in _CLOCK_OPENS) and match_at(_CLOCK, text, n.end) \
            or text[n.start - 1 : n.start] == ":":
        return None  # "2 pm", "10:20": times of day
    if text[n.start : n.end].lower() == "one" and _PRONOUN_AFTER.match(text, n.end, n.end + 12):
        return None  # "one of the biggest concerns", "in one, the villain": a pronoun, not a figure
    if in_name(text, n) or near_label(text, n):
        return None  # "Article 19", "the Six Nations", "resolution 1441"
    qualifier, start = hedge(text, n.start)
    kind = "ratio" if n.fraction else "count"
    step = bounds.count_step(n.step, n.value, n.scaled)
    return figure(kind, start, n.end, n.value, step, "ratio" if n.fraction else None, qualifier), i + 1


_POUND_WEIGHT = regex.compile(rf"{SP}*-{SP}*pounds?(?=[ -](?P<noun>[a-z]+))", regex.I)
# nouns after "a five-pound" that make it money; after any other noun the pounds are a weight
_MONEY_NOUNS = frozenset({
    "note", "notes", "coin", "coins", "fine", "fines", "fee", "fees", "bill", "bills", "ticket", "tickets", "voucher",
    "vouchers", "bet", "bets", "prize", "payment", "payments", "charge", "charges", "levy", "tax", "deal", "salary",
    "wage", "bonus", "loan", "cheque", "rise", "increase", "cut", "discount", "reward", "donation", "gift", "budget",
    "bid", "sum", "price", "cost", "investment", "fund", "offer", "bribe", "refund", "subsidy", "grant", "stake",
})


def _weight(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """'an 800-pound vehicle': pounds joined to a noun weigh; 'a five-pound note' is money."""
    n = nums[i]
    m = match_at(_POUND_WEIGHT, text, n.end)
    if m is None or m["noun"] in _MONEY_NOUNS or _CURRENCY_CHARS.intersection(text[max(0, n.start - 2) : n.start]):
        return None
    qualifier, start = hedge(text, n.start)
    return figure("measure", start, m.end(), n.value, Fraction(0), "pound-mass", qualifier), i + 1


def _duration(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """A duration, unless its 's' makes a decade ('the 1990s', '70s')."""
    return None if ages.is_decade(text, nums[i]) else duration(text, nums, i)


class Near:
    """The words either side of a number, read once, so that a family whose words are absent is not tried."""

    __slots__ = ("after", "before", "chars_before", "fraction", "gap", "one")
    after: str
    before: str
    chars_before: str
    fraction: bool
    gap: int | None
    one: bool  # "one" in words: it may open "one adult in 20"

    def __init__(self, text: str, nums: list[Num], i: int) -> None:
        n = nums[i]
        m = match_at(_AFTER, text, n.end)
        self.after = ((m.group(1) if m else None) or "").lower()
        b = _BEFORE_REVERSED.match(text[max(0, n.start - 40) : n.start][::-1])
        self.before = b.group(1)[::-1].lower() if b else ""
        self.chars_before = text[max(0, n.start - 8) : n.start]
        self.fraction = n.fraction
        self.gap = nums[i + 1].start - n.end if i + 1 < len(nums) else None
        self.one = n.words and n.value == 1


_AFTER = re.compile(r"[ \t\u00a0]*-?[ \t\u00a0]*([A-Za-z]+|[^\sA-Za-z0-9])?")
# the last word within eight other characters before a number, read in the reversed 40 characters
# before it (the standard re, forward, is quicker than a backward search of the regex module)
_BEFORE_REVERSED = re.compile(r"[^A-Za-z0-9\n]{0,8}([A-Za-z]+)")
_CURRENCY_CHARS = frozenset("".join(lx.CURRENCY_SYMBOLS))
_CODES = frozenset(c.lower() for c in lx.CURRENCY_CODES)
_MONEY_AFTER = (
    frozenset(lx.CURRENCY_WORDS) | _CODES | frozenset(lx.CURRENCY_CENTS) | {"penny"}
    | frozenset(n.split()[0] for n, _ in lx.NATIONAL_CURRENCIES) | frozenset(lx.CURRENCY_SYMBOLS) | _CURRENCY_CHARS
)
_MONEY_BEFORE = _CODES | {"dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan"}
_PERCENT_WORDS = frozenset({"%", "per", "percent", "percents", "percentage", "pc", "pct"})
_AGE_AFTER = frozenset({"year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "yo", "y"})
_AGE_BEFORE = frozenset({"aged", "age", "ages", "of", "between"})
_DURATION_AFTER = frozenset(lx.DURATION_UNITS) | {"ys", "hr", "hrs", "min", "mins", "sec", "secs"}
_MEASURE_AFTER = frozenset(u.lower().split()[0] for u in lx.MEASURE_UNITS) | {"°"}  # a unit of two words by its first
_PLURAL_MARKS = frozenset({"s", "'", "’"})
_DECADE_BEFORE = frozenset({"his", "her", "their", "my", "your", "our", "its", "early", "mid", "late"})
_HEDGE_ENDS = frozenset(h.split()[-1] for h in lx.HEDGES)
_CHANGE_BEFORE = frozenset(trends.UP | trends.DOWN) | {"by", "a", "an"} | _HEDGE_ENDS


def _may_be_money(near: Near) -> bool:
    if near.after in _MONEY_AFTER or near.after[1:] in _CODES or near.before in _MONEY_BEFORE:
        return True
    return not _CURRENCY_CHARS.isdisjoint(near.chars_before) or near.before[1:] in _CODES


_BUILDERS: list[tuple[Builder, Callable[[Near], bool]]] = [
    (range_, lambda near: near.gap is not None and near.gap <= 40),
    (change, lambda near: near.before in _CHANGE_BEFORE and near.fraction or near.after in _PERCENT_WORDS),
    (percent, lambda near: near.after in _PERCENT_WORDS or near.before == "of"),
    (_weight, lambda near: near.after in {"pound", "pounds"}),
    (money, _may_be_money),
    (ratio, lambda near: near.fraction or near.after in {"in", "out", "of"} or near.gap is not None and near.gap <= 30 and near.one),
    (ages.group, lambda near: near.after in _PLURAL_MARKS and near.before in {"over", "under"}),
    (ages.decade_of_life, lambda near: near.after in _PLURAL_MARKS and near.before in _DECADE_BEFORE),
    (age, lambda near: near.after in _AGE_AFTER or near.before in _AGE_BEFORE),
    (_duration, lambda near: near.after in _DURATION_AFTER),
    (_measure, lambda near: near.after in _MEASURE_AFTER),
    (_magnitude, lambda near: near.before in {"magnitude", "of"} or near.after == "on"),
    (multiplier, lambda near: near.after in {"times", "fold"}),
    (ages.listed, lambda near: near.before in {"and", "or"} or near.chars_before.rstrip(" \t\u00a0").endswith(",")),
    (ages.apposition, lambda near: near.chars_before.endswith((", ", ",\u00a0", ",\t"))),
    (ages.said_of_person, lambda near: near.before in {"was", "is", "turned", "turns", "at"}),
    (ages.bracketed, lambda near: near.chars_before.rstrip(" \t\u00a0").endswith("(") and near.after == ")"),
    (_count, lambda near: True),
]
