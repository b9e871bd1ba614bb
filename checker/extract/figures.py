"""Turn the numbers of a text into typed figures: percent, money, ratio, range, age, duration,
measure, change, multiplier and count, each with its qualifier and interval."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import regex

from checker.extract import bounds
from checker.extract import lexicon as lx
from checker.extract.numbers import Num
from checker.model import Interval


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


def _alternation(words: Any) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_SP = r"[ \t\u00a0]"
_HEDGE_BEFORE = regex.compile(
    rf"(?<![\w])(?P<h>{_alternation(lx.HEDGES)}){_SP}+(?:of{_SP}+)?(?:the{_SP}+)?\Z", regex.I
)
_HEDGE_AFTER = regex.compile(rf"{_SP}*(?P<h>{_alternation(lx.TRAILING_HEDGES)})(?![\w])", regex.I)
_PERCENT = regex.compile(
    rf"{_SP}*(?:-{_SP}*)?(?P<u>%|per{_SP}?-?{_SP}?cent(?:age)?{_SP}+points?|percentage{_SP}+points?"
    rf"|per{_SP}?-?{_SP}?cents?|percents?|percentage|pc|pct)(?![\w])",
    regex.I,
)
_CURRENCY_BEFORE = regex.compile(
    rf"(?P<sym>{_alternation(lx.CURRENCY_SYMBOLS)}){_SP}?\Z|(?<![\w])(?P<mega>M)?(?P<code>{_alternation(lx.CURRENCY_CODES)}){_SP}?\Z",
    regex.I,
)
_CURRENCY_WORD_BEFORE = regex.compile(rf"(?<![\w])(?P<word>dollars?|euros?|pounds?|yen|yuan){_SP}+\Z", regex.I)
_SCALE_AFTER = regex.compile(rf"{_SP}+(?P<s>{_alternation(lx.SCALES)})(?![\w])", regex.I)
_NATIONAL = regex.compile(
    rf"(?P<nat>{_alternation({n for n, _ in lx.NATIONAL_CURRENCIES})}){_SP}+(?P<cur>{_alternation({c for _, c in lx.NATIONAL_CURRENCIES})})s?(?![\w])",
    regex.I,
)
_CURRENCY_AFTER = regex.compile(
    rf"{_SP}*(?:-{_SP}*)?(?:(?P<nat>{_NATIONAL.pattern})|(?P<word>{_alternation(lx.CURRENCY_WORDS)})|(?P<mega>M)?(?P<code>{_alternation(lx.CURRENCY_CODES)})"
    rf"|(?P<cents>cents?|pence|penny)|(?P<sym>[$€£₭¥₹₿元₡₾]))(?![\w])|(?P<p>p)(?![\w])",
    regex.I,
)
_MINOR = regex.compile(rf"(?:{_SP}+and)?{_SP}+\Z", regex.I)
_MINOR_AFTER = regex.compile(rf"{_SP}*(?:cents?|pence|p)(?![\w])|{_SP}*(?=[.,;!?)]|\Z)", regex.I)
_AGE_AFTER = regex.compile(
    rf"{_SP}*-?{_SP}*(?P<u>years?|yrs?|months?|weeks?|days?){_SP}*-?{_SP}*olds?(?![\w])"
    rf"|{_SP}+(?P<u2>years?|months?|weeks?|days?){_SP}+of{_SP}+age(?![\w])|{_SP}*(?P<yo>yo|y/o|y\.o\.)(?![\w])",
    regex.I,
)
_AGE_BEFORE = regex.compile(rf"(?<![\w])(?:aged|age{_SP}+of|ages?){_SP}+(?:between{_SP}+)?\Z", regex.I)
_DURATION = regex.compile(
    rf"(?:{_SP}*-?{_SP}*(?P<u>{_alternation(u for u in lx.DURATION_UNITS if len(u) > 2)})|(?P<a>h|s)|{_SP}?(?P<b>hr|hrs|min|mins|secs?|ys))(?![\w])",
    regex.I,
)
_DURATION_WORDS = regex.compile(
    rf"""(?<![\w])(?:
        (?P<one>an?|one|another|all|full|the{_SP}+whole|whole)
      | (?P<half>half(?:{_SP}+an?)?|a{_SP}+half)
      | (?P<few>a{_SP}+few|few|several|some|many|a{_SP}+couple{_SP}+of)
    )[{_SP[1:-1]}-]+(?:business{_SP}+)?(?P<u>year|month|week|fortnight|day|hour|minute|decade|century|business{_SP}+days?)(?P<pl>s)?
    (?P<andhalf>{_SP}+and{_SP}+(?:a{_SP}+)?half)?(?![\w])""",
    regex.I | regex.X,
)
_RATE_BEFORE = regex.compile(rf"(?:\d|once|twice|thrice|times|per|[a-z]+ly){_SP}+\Z", regex.I)


def duration_words(text: str) -> list[Raw]:
    """'a decade', 'half an hour', 'an hour and a half', 'a few minutes', 'another week'."""
    out = []
    for m in _DURATION_WORDS.finditer(text):
        if (m["one"] or "").lower() in {"a", "an"} and _RATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "80 a day", "twice a year": rates, not durations
        if m["one"] and m["pl"] and m["one"].lower() not in {"all", "full", "whole"}:
            continue
        if _NOT_DURATION.match(text, m.end()):
            continue  # "one year old" is an age
        unit = _duration_unit(m["u"].split()[-1])
        if m["few"]:
            out.append(Raw("duration", m.start(), m.end(), None, Interval(None, None, False, False), unit, "approx"))
            continue
        value = Fraction(1, 2) if m["half"] else Fraction(1)
        if m["andhalf"]:
            value += Fraction(1, 2)
        out.append(Raw("duration", m.start(), m.end(), value, Interval.exact(value), unit, "exact"))
    return out


_NOT_DURATION = regex.compile(rf"{_SP}*-?{_SP}*olds?(?![\w])|{_SP}+of{_SP}+age(?![\w])", regex.I)
_MEASURE = regex.compile(
    rf"(?P<sp>{_SP}?)(?P<u>{_alternation(u for u in lx.MEASURE_UNITS)})(?![\w])", regex.I
)
_RANGE_SEP = regex.compile(rf"(?P<sp1>{_SP}*)(?P<sep>-|–|—|~|to|through|and|or)(?P<sp2>{_SP}*)", regex.I)
_RATIO = regex.compile(rf"{_SP}+(?P<w>in|out{_SP}+of|of(?:{_SP}+(?:the|all|those|these))?){_SP}+", regex.I)
_TIMES = regex.compile(
    rf"{_SP}*(?:-{_SP}*)?(?:times{_SP}+(?:as(?:{_SP}+(?:many|much|likely|high|large|big|often|fast|long))?|more|higher|larger|greater|bigger|lower|smaller|the|that|what|over)|-?fold)(?![\w])",
    regex.I,
)
_UP = {"up", "rose", "rising", "risen", "rises", "rise", "increased", "increasing", "increases",
       "grew", "growing", "grown", "jumped", "jumping", "climbed", "climbing", "soared", "soaring",
       "surged", "surging", "higher", "gained", "swelled"}
_DOWN = {"down", "fell", "falling", "fallen", "falls", "dropped", "dropping", "declined",
         "declining", "decreased", "decreasing", "decreases", "slumped", "plunged", "lower", "cut",
         "reduced", "shrank", "shrunk", "tumbled", "sank"}
_CHANGE_BEFORE = regex.compile(
    rf"(?<![\w])(?P<v>{_alternation(_UP | _DOWN)}){_SP}+(?:(?P<by>by){_SP}+)?(?:(?P<h>{_alternation(lx.HEDGES)}){_SP}+)?\Z",
    regex.I,
)
_CHANGE_FROM = regex.compile(
    rf"(?<![\w])(?P<v>{_alternation(_UP | _DOWN | set(lx.MULTIPLIER_WORDS) | {'went', 'changed', 'moved'})}){_SP}+(?:\w+{_SP}+)?from{_SP}+\Z", regex.I
)
_CHANGE_NOUN = regex.compile(
    rf"{_SP}*(?P<n>increase|rise|jump|growth|surge|fall|drop|decline|reduction|cut|decrease)(?![\w])",
    regex.I,
)
_TO_AFTER = regex.compile(rf"(?:{_SP}+in{_SP}+\d{{4}})?{_SP}+to{_SP}+", regex.I)
_FOLLOWED_BY_LETTER = regex.compile(r"[A-Za-z]")
_CLOCK = regex.compile(rf"{_SP}?(?:[ap]\.?m\.?|o'clock|GMT|BST|UTC)(?![\w])|:\d\d", regex.I)

Builder = Callable[[str, list[Num], int], "tuple[Raw, int] | None"]


def assemble(text: str, nums: list[Num]) -> list[Raw]:
    """Type every number of `text` into figures, left to right."""
    out: list[Raw] = []
    i = 0
    while i < len(nums):
        for build in _BUILDERS:
            made = build(text, nums, i)
            if made is not None:
                raw, i = made
                out.append(_trailing_hedge(text, raw))
                break
        else:
            i += 1
    return out


def _before(pattern: regex.Pattern[str], text: str, pos: int, reach: int = 60) -> regex.Match[str] | None:
    return pattern.search(text, max(0, pos - reach), pos)


_SIGN_BEFORE = regex.compile(rf"(?<![<>=])(?P<h>{_alternation(lx.SIGN_HEDGES)}){_SP}*\Z")


def _hedge(text: str, start: int) -> tuple[str, int]:
    """The qualifier written before a figure, and where the claim then starts."""
    m = _before(_HEDGE_BEFORE, text, start)
    if m is not None:
        return lx.HEDGES[regex.sub(r"\s+", " ", m["h"].lower())], m.start()
    sign = _before(_SIGN_BEFORE, text, start, 6)
    if sign is not None:
        return lx.SIGN_HEDGES[sign["h"]], sign.start()
    return "exact", start


def _trailing_hedge(text: str, raw: Raw) -> Raw:
    if raw.qualifier not in {"exact", "approx"} or raw.value is None or raw.kind in {"range", "change", "date", "period"}:
        return raw
    m = _HEDGE_AFTER.match(text, raw.end)
    if m is None or (m["h"] in {"+", "plus"} and m.start("h") != raw.end and m["h"] == "+"):
        return raw
    qualifier = lx.TRAILING_HEDGES[m["h"].lower()]
    step = raw.details.get("step", Fraction(0))
    return Raw(raw.kind, raw.start, m.end(), raw.value, bounds.hedged(raw.value, step, qualifier),
               raw.unit, qualifier, raw.details)


def _figure(kind: str, start: int, end: int, value: Fraction, step: Fraction, unit: str | None,
            qualifier: str, **details: Any) -> Raw:
    return Raw(kind, start, end, value, bounds.hedged(value, step, qualifier), unit, qualifier,
               {"step": step, **details})


_PERCENT_OF = regex.compile(rf"(?<![\w])(?:per{_SP}?cents?|percents?){_SP}+of{_SP}+\Z", regex.I)
_ENDS_WITH_NUMBER = regex.compile(
    rf"(?:\d|(?<![\w])(?:{_alternation([*lx.UNITS, *lx.TENS, 'hundred', *lx.SCALES])}))[{_SP[1:-1]}-]*\Z", regex.I
)


def _percent(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    n = nums[i]
    m = _PERCENT.match(text, n.end)
    if m is None:
        return _percent_of(text, nums, i)
    unit = "percentage_point" if "point" in m["u"].lower() else "percent"
    qualifier, start = _hedge(text, n.start)
    step = n.step if n.value.denominator != 1 or n.step < 1 else Fraction(1)
    if n.fraction:
        step = Fraction(0)
    return _figure("percent", start, m.end(), n.value, step, unit, qualifier), i + 1


def _percent_of(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """'per cent of 210': the unit written first (and no figure before it)."""
    n = nums[i]
    m = _before(_PERCENT_OF, text, n.start, 20)
    if m is None or _ENDS_WITH_NUMBER.search(text, max(0, m.start() - 30), m.start()):
        return None
    step = n.step if n.value.denominator != 1 else Fraction(1)
    return _figure("percent", m.start(), n.end, n.value, step, "percent", "exact"), i + 1


def _money(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    n = nums[i]
    unit, start, end, factor = None, n.start, n.end, Fraction(1)
    before = _before(_CURRENCY_BEFORE, text, n.start, 8)
    if before is not None and before["code"] and _ENDS_WITH_NUMBER.search(text, max(0, before.start() - 30), before.start()):
        before = None  # "10 rmb 20 usd": the code belongs to the figure before it
    if before is not None:
        unit, start = _currency_code(before), before.start()
        if before["mega"]:
            factor = Fraction(10**6)
    elif n.scaled and (word := _before(_CURRENCY_WORD_BEFORE, text, n.start, 12)) is not None:
        unit, start = lx.CURRENCY_WORDS[word["word"].lower()], word.start()  # "dollar 22.5 million"
    after = _CURRENCY_AFTER.match(text, n.end)
    if unit is None and after is not None:
        if after["p"] and after.start("p") != n.end:
            return None
        unit, factor = _currency_after(after)
        end = after.end()
        scale = _SCALE_AFTER.match(text, end) if after["code"] else None
        if scale is not None:  # "75 USD million"
            factor, end = factor * lx.SCALES[scale["s"].lower()], scale.end()
    if unit is None:
        return None
    qualifier, start = _hedge(text, start)
    step = bounds.count_step(n.step, n.value, n.scaled or factor > 1)
    value, used = n.value * factor, 1
    minor = _minor_part(text, nums, i, end) if factor == 1 and n.value.denominator == 1 else None
    if minor is not None:
        value, end, used = value + minor[0], minor[1], 2
    return _figure("money", start, end, value, step * factor, unit, qualifier), i + used


def _currency_after(m: regex.Match[str]) -> tuple[str, Fraction]:
    """The currency code (and factor to whole units) of a word or code after a figure."""
    national = _NATIONAL.match(m["nat"]) if m["nat"] else None
    if national is not None:
        nation = regex.sub(r"\s+", " ", national["nat"]).lower()
        return lx.NATIONAL_CURRENCIES[(nation, national["cur"].lower())], Fraction(1)
    if m["word"]:
        return lx.CURRENCY_WORDS[m["word"].lower()], Fraction(1)
    if m["code"]:
        return m["code"].upper(), Fraction(10**6 if m["mega"] else 1)
    if m["sym"]:
        return lx.CURRENCY_SYMBOLS[m["sym"]], Fraction(1)
    return lx.CURRENCY_CENTS[(m["cents"] or m["p"]).lower()], Fraction(1, 100)


def _minor_part(text: str, nums: list[Num], i: int, end: int) -> tuple[Fraction, int] | None:
    """'3 dollars 50 cents', 'thirteen dollars and forty-five cents': the hundredths after the units."""
    if i + 1 >= len(nums):
        return None
    nxt = nums[i + 1]
    link = _MINOR.search(text, end, nxt.start)
    if link is None or link.start() != end or nxt.value.denominator != 1 or not 0 < nxt.value < 100:
        return None
    tail = _MINOR_AFTER.match(text, nxt.end)
    if tail is None:
        return None
    return nxt.value / 100, tail.end()


def _age(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    n = nums[i]
    m = _AGE_AFTER.match(text, n.end)
    before = _before(_AGE_BEFORE, text, n.start, 20)
    if m is None and before is None:
        return None
    unit = _duration_unit((m["u"] or m["u2"] or "years") if m else "years")
    qualifier, start = _hedge(text, before.start() if before else n.start)
    return _figure("age", start, m.end() if m else n.end, n.value, Fraction(0), unit, qualifier), i + 1


def _duration_unit(word: str) -> str:
    return lx.DURATION_UNITS.get(word.lower(), word.lower())


def _duration(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    n = nums[i]
    m = _DURATION.match(text, n.end)
    if m is None or (m["a"] and m.start() != n.end):
        return None
    if _NOT_DURATION.match(text, m.end()):
        return None
    qualifier, start = _hedge(text, n.start)
    if qualifier == "more_than" and text[start : start + 4].lower() == "over":
        qualifier, start = "exact", n.start  # "over 18 months" is during them, not more than them
    unit = _duration_unit(m["u"] or m["a"] or m["b"])
    return _figure("duration", start, m.end(), n.value, Fraction(0), unit, qualifier), i + 1


def _measure(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    n = nums[i]
    m = _MEASURE.match(text, n.end)
    if m is None or (len(m["u"]) == 1 and m["sp"]) or m["u"].lower() == "in" and m["sp"]:
        return None
    qualifier, start = _hedge(text, n.start)
    unit = lx.MEASURE_UNITS[m["u"].lower()]
    return _figure("measure", start, m.end(), n.value, Fraction(0), unit, qualifier), i + 1


def _range(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    if i + 1 >= len(nums):
        return None
    a, b = nums[i], nums[i + 1]
    if a.fraction and a.words:
        return None
    unit_a, gap_start = _unit_after(text, a, attached_only=False)
    sep = _RANGE_SEP.match(text, gap_start)
    if sep is None:
        return None
    prefix_b = regex.match(rf"{_SP}*(?:{_alternation(lx.CURRENCY_SYMBOLS)}){_SP}?\Z", text[sep.end() : b.start])
    if sep.end() != b.start and not prefix_b:
        return None
    word = sep["sep"].lower()
    between = regex.search(rf"(?<![\w])(?:between|from)(?:{_SP}+ages?)?{_SP}+\Z", text[max(0, a.start - 20) : a.start], regex.I)
    if word in {"and", "or"} and not (between and between[0].lower().startswith("between")):
        return None
    if word in {"-", "–", "—"} and (_phone_like(text, a, b) or not text[a.start].isdigit() or not text[b.start].isdigit()):
        return None
    if word == "to" and _before(_CHANGE_FROM, text, a.start, 40):
        return None
    if a.value == b.value or word == "or" or (b.value < a.value and not (unit_a and a.value < 0)):
        return None
    start = a.start - len(between[0]) if between is not None else a.start
    before = _before(_CURRENCY_BEFORE, text, start, 8)
    currency_a = _currency_code(before) if before is not None else None
    currency_b = _currency_code(regex.search(_CURRENCY_BEFORE, prefix_b[0].strip())) if prefix_b else None
    unit_b, end = _unit_after(text, b, attached_only=False)
    if currency_b and currency_a != currency_b and not (currency_a is None and a.value > 0 and between is None and _currency_below(text, a)):
        return None
    if before is not None:
        start = before.start()
    units = {u for u in (unit_a, unit_b, currency_a, currency_b) if u}
    if len(units) > 1:
        return None
    unit = units.pop() if units else None
    aged = _before(_AGE_BEFORE, text, start, 20)
    if aged is not None:
        start = aged.start()
        unit = unit or "year"
    a_value = a.value
    if b.scale > 1 and a.scale == 1 and not a.words and a.value < b.value / b.scale:
        a_value = a.value * b.scale  # "$5-10 million": both ends in millions
    low, high = min(a_value, b.value), max(a_value, b.value)
    return Raw("range", start, end, (low + high) / 2, Interval(low, high), unit, "exact",
               {"low_text": text[a.start : a.end], "high_text": text[b.start : b.end]}), i + 2


def _currency_code(m: regex.Match[str] | None) -> str | None:
    if m is None:
        return None
    return lx.CURRENCY_SYMBOLS.get(m["sym"] or "", (m["code"] or "").upper()) or None


def _currency_below(text: str, a: Num) -> bool:
    return False


def _phone_like(text: str, a: Num, b: Num) -> bool:
    """'+1-222-2222' and '2017-18' are not ranges."""
    if regex.match(r"-\d", text[b.end : b.end + 2]) or regex.search(r"\d-\Z", text[max(0, a.start - 2) : a.start]):
        return True
    return text[a.start - 1 : a.start] == "+"


def _unit_after(text: str, n: Num, attached_only: bool) -> tuple[str | None, int]:
    """The unit written straight after a figure (percent, age, duration, currency, measure) and its end."""
    pct = _PERCENT.match(text, n.end)
    if pct:
        return ("percentage_point" if "point" in pct["u"].lower() else "percent"), pct.end()
    age = _AGE_AFTER.match(text, n.end)
    if age:
        return _duration_unit(age["u"] or age["u2"] or "years"), age.end()
    duration = _DURATION.match(text, n.end)
    if duration and not (duration["a"] and duration.start() != n.end) and not _NOT_DURATION.match(text, duration.end()):
        return _duration_unit(duration["u"] or duration["a"] or duration["b"]), duration.end()
    money = _CURRENCY_AFTER.match(text, n.end)
    if money and (money["word"] or money["code"]):
        word = money["word"] or money["code"]
        return lx.CURRENCY_WORDS.get(word.lower(), word.upper()), money.end()
    measure = _MEASURE.match(text, n.end)
    if measure and not (len(measure["u"]) == 1 and measure["sp"]) and measure["u"].lower() != "in":
        return lx.MEASURE_UNITS[measure["u"].lower()], measure.end()
    hyphen = regex.match(rf"-{_SP}*(?=to{_SP})", text[n.end : n.end + 6])
    if hyphen:
        return None, n.end + hyphen.end()
    return None, n.end


def _ratio(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    n = nums[i]
    if i + 1 < len(nums):
        m = _RATIO.match(text, n.end)
        d = nums[i + 1]
        if m is not None and m.end() == d.start and d.value and n.value.denominator == 1 and d.value.denominator == 1:
            word = m["w"].lower()
            idiom = not word.startswith("of")
            if (idiom and n.value <= d.value and not _is_year(text, d)) or (not idiom and n.value > 0 and not _is_year(text, d)):
                qualifier, start = _hedge(text, n.start)
                interval = bounds.ratio_interval(n.value, d.value, idiom)
                if qualifier != "exact":
                    interval = bounds.hedged(n.value / d.value, Fraction(0), qualifier)
                raw = Raw("ratio", start, d.end, n.value / d.value, interval, "ratio", qualifier,
                          {"part": n.value, "whole": d.value})
                return raw, i + 2
    if n.fraction and n.words:
        qualifier, start = _hedge(text, n.start)
        interval = bounds.fraction_interval(n.value)
        if qualifier != "exact":
            interval = bounds.hedged(n.value, Fraction(1, 20), qualifier)
        return Raw("ratio", start, n.end, n.value, interval, "ratio", qualifier), i + 1
    return None


def _is_year(text: str, n: Num) -> bool:
    return n.value.denominator == 1 and 1800 <= n.value <= 2100 and regex.fullmatch(r"\d{4}", text[n.start : n.end]) is not None


def _multiplier(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    n = nums[i]
    m = _TIMES.match(text, n.end)
    if m is None:
        return None
    qualifier, start = _hedge(text, n.start)
    step = Fraction(1) if n.value.denominator == 1 else n.step
    return _figure("multiplier", start, m.end(), n.value, step, "times", qualifier), i + 1


def _change(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    """'up 50 per cent', 'fell by a quarter', 'a 240-per-cent increase'."""
    n = nums[i]
    verb = _before(_CHANGE_BEFORE, text, n.start, 40)
    pct = _PERCENT.match(text, n.end)
    if verb is not None and (pct or n.fraction):
        sign = -1 if verb["v"].lower() in _DOWN else 1
        qualifier = lx.HEDGES[verb["h"].lower()] if verb["h"] else "exact"
        return _relative_change(verb.start(), pct.end() if pct else n.end, n, sign, qualifier, bool(pct)), i + 1
    if pct is not None:
        noun = _CHANGE_NOUN.match(text, pct.end())
        article = regex.search(rf"(?<![\w])an?{_SP}+(?:(?P<h>{_alternation(lx.HEDGES)}){_SP}+)?\Z", text[max(0, n.start - 30) : n.start], regex.I)
        if noun is not None and article is not None:
            sign = -1 if noun["n"].lower() in {"fall", "drop", "decline", "reduction", "cut", "decrease"} else 1
            qualifier = lx.HEDGES[article["h"].lower()] if article["h"] else "exact"
            return _relative_change(n.start - len(article[0]), noun.end(), n, sign, qualifier, True), i + 1
    return None


def _relative_change(start: int, end: int, n: Num, sign: int, qualifier: str, percent: bool) -> Raw:
    value = n.value if percent else n.value * 100
    if percent:
        step = n.step if n.value.denominator != 1 else Fraction(1)
        interval = bounds.hedged(value, step, qualifier)
    elif qualifier == "exact":
        interval = bounds.fraction_interval(n.value).scaled(Fraction(100))
    else:
        interval = bounds.hedged(value, Fraction(5), qualifier)
    return Raw("change", start, end, sign * value, interval.scaled(Fraction(sign)), "percent", qualifier,
               {"direction": "up" if sign > 0 else "down"})


def _count(text: str, nums: list[Num], i: int) -> tuple[Raw, int] | None:
    n = nums[i]
    if _is_year(text, n) and not regex.match(rf"{_SP}+[a-z]+s(?![\w])", text[n.end : n.end + 30]):
        return None
    if not n.words and _FOLLOWED_BY_LETTER.match(text, n.end) and not n.scaled:
        return None  # "4th", "A4", "mp3": ordinals and codes
    if _CLOCK.match(text, n.end) or text[n.start - 1 : n.start] == ":":
        return None  # "2 pm", "10:20": times of day
    if text[n.start : n.end].lower() == "one" and regex.match(rf"{_SP}+of{_SP}+(?:the|its|his|her|their|our|my|your|those|these)(?![\w])", text[n.end : n.end + 12], regex.I):
        return None  # "one of the biggest concerns": a phrase, not a figure
    qualifier, start = _hedge(text, n.start)
    kind = "ratio" if n.fraction else "count"
    step = bounds.count_step(n.step, n.value, n.scaled)
    return _figure(kind, start, n.end, n.value, step, "ratio" if n.fraction else None, qualifier), i + 1


_BUILDERS: list[Builder] = [_range, _change, _percent, _money, _ratio, _age, _duration, _measure, _multiplier, _count]


_LOWER = {"more_than", "at_least", "just_over"}
_UPPER = {"less_than", "at_most"}
_BOUND_LINK = regex.compile(rf"{_SP}*,?{_SP}*(?:and|but|,){_SP}*", regex.I)


def bound_pairs(text: str, raws: list[Raw]) -> list[Raw]:
    """'more than 10 and less than 20': two one-sided bounds that make one range."""
    out = []
    for a, b in zip(raws, raws[1:]):
        quals = {a.qualifier, b.qualifier}
        if not (quals & _LOWER and quals & _UPPER) or a.kind != b.kind or a.unit != b.unit:
            continue
        if _BOUND_LINK.fullmatch(text, a.end, b.start) is None:
            continue
        lower, upper = (a, b) if a.qualifier in _LOWER else (b, a)
        lo, hi = lower.interval, upper.interval
        if lo.low is None or hi.high is None or lo.low > hi.high:
            continue
        interval = Interval(lo.low, hi.high, lo.low_closed, hi.high_closed)
        out.append(Raw("range", a.start, b.end, (lo.low + hi.high) / 2, interval, a.unit, "exact",
                       {"low_text": text[lower.start : lower.end], "high_text": text[upper.start : upper.end]}))
    return out


def change_from_to(text: str, raws: list[Raw]) -> list[Raw]:
    """'rising from 126 in 2017 to 428': a change between two figures of the same kind."""
    out = []
    for a, b in zip(raws, raws[1:]):
        verb = _before(_CHANGE_FROM, text, a.start, 40)
        link = _TO_AFTER.match(text, a.end)
        if verb is None or link is None or link.end() != b.start or a.kind != b.kind or a.value is None or b.value is None:
            continue
        direction = "down" if b.value < a.value else "up" if b.value > a.value else "none"
        out.append(Raw("change", verb.start(), b.end, b.value - a.value, _difference(b.interval, a.interval),
                       a.unit, "exact", {"from": a.value, "to": b.value, "direction": direction}))
    return out


def _difference(x: Interval, y: Interval) -> Interval:
    lo = None if x.low is None or y.high is None else x.low - y.high
    hi = None if x.high is None or y.low is None else x.high - y.low
    return Interval(lo, hi, x.low_closed and y.high_closed, x.high_closed and y.low_closed)


_MULTIPLIER_WORD = regex.compile(
    rf"(?<![\w])(?:(?P<h>{_alternation(lx.HEDGES)}){_SP}+)?(?P<w>{_alternation(lx.MULTIPLIER_WORDS)}|(?P<n>{_alternation(lx.UNITS)}|twenty|thirty|forty|fifty|hundred)-?fold)(?![\w])",
    regex.I,
)


def multiplier_words(text: str) -> list[Raw]:
    """'trebling', 'doubled', 'halved', 'fourfold', with their hedges."""
    out = []
    for m in _MULTIPLIER_WORD.finditer(text):
        word = m["w"].lower()
        if m["n"]:
            value = Fraction({**lx.UNITS, **lx.TENS, "hundred": 100}[m["n"].lower()])
        else:
            value = Fraction(lx.MULTIPLIER_WORDS[word])
        if word in {"double", "triple", "treble", "halves"} and not m["h"]:
            continue  # "a double room", "triple jump": adjectives, not trends
        qualifier = lx.HEDGES[m["h"].lower()] if m["h"] else "exact"
        if value < 1:
            inverse = bounds.hedged(1 / value, Fraction(1), qualifier)
            interval = Interval(None if inverse.high is None else 1 / inverse.high,
                                None if inverse.low is None or not inverse.low else 1 / inverse.low,
                                inverse.high_closed, inverse.low_closed)
        else:
            interval = bounds.hedged(value, Fraction(0 if qualifier == "more_than" else 1), qualifier)
        out.append(Raw("multiplier", m.start(), m.end(), value, interval, "times", qualifier))
    return out
