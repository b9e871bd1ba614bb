"""Find numbers in prose: digits in every common notation, number words, fractions.

`find_numbers(text)` returns `Num` records: the exact span, the exact value and the granularity of
the last stated digit (what the figure is rounded to, when it is rounded).
"""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

import re

import regex

from checker.extract import lexicon as lx
from checker.extract.scan import Tokens, before, match_at
from checker.model import MAX_DIGITS


class Num(NamedTuple):
    """A number found in text."""

    start: int
    end: int
    value: Fraction
    step: Fraction  # place value of the last stated digit ("5,100" -> 100, "1.2 million" -> 100,000)
    words: bool = False  # spelt out, at least in part
    scaled: bool = False  # carries a scale word or suffix ("million", "m", "bn")
    fraction: bool = False  # a fraction ("two-thirds", "3/4"), not a whole number
    integer_digits: str = ""  # the digit literal as written, when written in digits
    scale: int = 1  # the scale word or suffix it was multiplied by ("10 million" -> 10**6)


# (the standard re module: the pattern needs nothing of the regex module's, and re runs it faster)
_DIGITS = re.compile(
    r"""(?:(?<![\w.])|(?<=(?<![A-Za-z])(?:USD|EUR|GBP|JPY|CNY|RMB|AUD|CAD|CHF|INR|HKD|NZD|SGD)))(?<!\d\.)(?:(?<!\d,)|(?!\d{3}(?!\d)))
    (?P<lit>
        \d{1,2}(?:,\d{2})+,\d{3}(?!\d)(?:\.\d+)?        # Indian grouping 12,34,567.89
      | \d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?             # 1,234,567.5
      | \d{1,3}(?:\.\d{3})+,\d+(?!\d)                    # European 1.111,11
      | \d{1,3}(?:[\u202f\u00a0\u2009 ]\d{3}(?![\d]))+(?:\.\d+)?(?![\d,])   # 1 234 567
      | (?>\d+(?:\.\d+)?)(?!\.\d)                        # 1944, 9.2321312
      | \d+                                              # 192 in 192.168.1.2
      | (?<!\d)\.\d+
    )
    (?P<exp>[eE][+-]?\d{1,3}(?![\w])|[ ]?[x×][ ]?10\^[+-]?\d{1,3}(?!\d)|\^[+-]{0,2}\d{1,3}(?!\d))?  # "7e16709197205": no figure, and hours to raise
    (?:(?P<slash>/\d+)(?![/\d]))?
    (?P<suffix>(?:[ ]?(?:bln|tln|trn|mil|mn|bn|tn|MM|k|K|G|M|B)|BN|TN|BLN|mm|m|b|t|T)(?![\w&]))?  # "$5BN": a headline's capitals
    """,
    re.X | re.A,
)
_LITERAL_REACH = MAX_DIGITS + 32  # a literal cut at this reach is over MAX_DIGITS: no figure, as uncut
_WORD = re.compile(r"[ \t\u00a0]*(?:(?P<hy>[-‐‑–])[ \t]*)?(?P<w>[A-Za-z]+)")
_WORD_OPENS = frozenset(" \t\u00a0-‐‑–abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")  # where _WORD can match
GROUPS = {"trio": 3, "quartet": 4, "quintet": 5}  # "the trio", "the quartet": a count of the people named with it
_NUMBER_WORDS = frozenset(
    set(lx.UNITS) | set(lx.TENS) | {"hundred", "hundreds", "half", "quarter"} | set(lx.SCALES)
    | lx.MINUS | set(lx.DOZENS) | set(GROUPS)
)
_A_FOLLOWERS = ("hundred", "dozen", "quarter", "half", "third", "fifth", "sixth", "tenth", "twentieth", "hundredth",
                "thousandth", "millionth", "trillionth", "thousand", "million", "billion", "trillion", "twenty",
                "seventh", "eighth", "ninth", "fourth", "fortieth", "thirtieth")
_A_NUMBER = regex.compile(r"a(?=[ \t]+(?:" + "|".join(_A_FOLLOWERS) + r")(?![\w]))", regex.I)
OPENERS = frozenset(_NUMBER_WORDS | {"a"})
FOLLOWED = {"a": frozenset(_A_FOLLOWERS)}  # "a" opens a number only before these
_A = frozenset({"a"})
# words after a digit literal that may make it part of a longer number ("3 hundred and 21")
_AFTER_DIGITS = frozenset(
    {"hundred", "hundreds", "and", "over", "point"} | set(lx.SCALES) | set(lx.DOZENS) | set(lx.HALVES)
    | set(lx.ORDINAL_UNITS) | set(lx.ORDINAL_SCALES) | {w + "s" for w in lx.ORDINAL_UNITS} | {w + "s" for w in lx.ORDINAL_SCALES}
    | set(lx.TENS)
)


def _starts(text: str, tokens: Tokens) -> list[int]:
    """Every offset where a number can begin: number words, 'a hundred', digits, signs, fractions."""
    starts = [p for p in tokens.starts(_NUMBER_WORDS) if not (p and (text[p - 1].isalnum() or text[p - 1] == "_"))]
    starts += [p for p in tokens.starts(_A, followed=FOLLOWED) if match_at(_A_NUMBER, text, p) and not (p and text[p - 1].isalnum())]
    for p in tokens.digits:
        starts.append(p)
        if p and text[p - 1] in "-−" and not (p > 1 and (text[p - 2].isalnum() or text[p - 2] in "_-")):
            starts.append(p - 1)
        elif p and text[p - 1] == "." and not (p > 1 and text[p - 2].isdigit()):
            starts.append(p - 1)
    for ch in lx.VULGAR:
        at = text.find(ch)
        while at != -1:
            starts.append(at)
            at = text.find(ch, at + 1)
    starts.sort()
    return starts


_PRONOUN_ONE_BEFORE = {
    "the", "this", "that", "which", "each", "every", "any", "no", "another", "other", "some",
    "little", "right", "wrong", "new", "old", "last", "same", "a", "an", "such", "big",
    "good", "bad", "latest", "first", "next", "younger", "older", "loved", "special", "different", "similar",
    "single", "favourite", "real", "main",
}
_DENOMINATORS = {**lx.ORDINAL_UNITS, **lx.ORDINAL_SCALES}
_ORDINAL_DIGITS = frozenset(w for w, n in lx.ORDINAL_UNITS.items() if n < 10)  # what ends "twenty-first"...


def _plural(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in _DENOMINATORS else word


_SLASH_FRACTION = regex.compile(r"[ \t]+([0-9]+)/([0-9]+)(?![/\d])")  # ASCII: what int() reads
_BLANK = (" ", "\t")
_EUROPEAN = regex.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
_GROUPING = regex.compile(r"[,\u202f\u00a0\u2009 ]")
_EXPONENT_BASE = regex.compile(r"^.*?(?:[eE]|10\^)")
_NOT_DIGIT = regex.compile(r"\D")
_NEXT_WORD = regex.compile(r"[ \t]*([A-Za-z]+)")
_MONEY_SIGN_END = regex.compile(r"[£$€¥]\s?$")
_WORD_BEFORE = regex.compile(r"([A-Za-z]+)[ \t]*\Z")
_THE_ONLY = regex.compile(r"(?<![\w])(?:the|my|his|her|its|our|your|their)[ \t]+only[ \t]*\Z", regex.I)
# words after "5m" that make it metres: sizes, and the races and records of athletics and swimming
_METRES_BEFORE = frozenset({
    "high", "tall", "long", "wide", "deep", "away", "above", "below", "thick", "in", "of", "final", "finals",
    "hurdles", "race", "record", "title", "freestyle", "backstroke", "breaststroke", "butterfly", "medley",
    "relay", "sprint", "steeplechase", "heat", "heats", "semi", "individual", "walk",
})
_DETERMINER_END = regex.compile(r"(?:(?<![\w])(?:the|his|her|their|its)|[A-Za-z]['’]s)[ \t]+\Z", regex.I)
_TWO_DECIMALS = regex.compile(r"\.\d\d\Z")
# words after "6.63m" that leave it a length: no counted thing follows
_LINKS = frozenset({"in", "to", "at", "and", "with", "for", "on", "from", "but", "was", "is", "which", "while", "a",
                    "the", "just", "indoors", "outdoors", "as", "by", "before", "after", "last", "this", "that"})
_CURRENCY_NAMES = frozenset({"dollars", "euros", "pounds", "yen", "yuan", "rupees", "francs", "roubles", "rubles"})


_UNREAD = object()


class _Words:
    """A cursor over the words and digit literals after a position."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: dict[int, tuple[str, int, bool] | None] = {}  # the parsers ask for one word several times

    def word(self, pos: int) -> tuple[str, int, bool] | None:
        """The next word (lowercased), where it ends, and whether a hyphen came before it."""
        found = self._words.get(pos, _UNREAD)
        if found is not _UNREAD:
            return found  # type: ignore[return-value]
        found = None
        if self.text[pos : pos + 1] in _WORD_OPENS and (m := match_at(_WORD, self.text, pos)):
            found = m["w"].lower(), m.end(), bool(m["hy"])
        self._words[pos] = found
        return found

    def digits(self, pos: int) -> tuple[Num, int] | None:
        """A digit literal after optional blanks."""
        skip = pos
        while skip < len(self.text) and self.text[skip] in " \t\u00a0":
            skip += 1
        m = match_at(_DIGITS, self.text, skip, _LITERAL_REACH)
        if not m or m["exp"] or m["slash"] or m["suffix"] or _beyond(m):
            return None
        return _digit_num(m), m.end()


def _beyond(m: re.Match[str]) -> bool:
    """A literal too long, or raised too far, to be a figure: its value would pass MAX_DIGITS digits."""
    digits, exp = len(m["lit"]), m["exp"]  # (grouping marks counted too: a bound, not a count)
    if not exp:
        return digits > MAX_DIGITS
    if exp[0] in "eE" or "10^" in exp:
        return digits + abs(int(_EXPONENT_BASE.sub("", exp))) > MAX_DIGITS
    return digits * int(_NOT_DIGIT.sub("", exp)) > MAX_DIGITS


@lru_cache(maxsize=4096)
def _literal(written: str) -> tuple[str, Fraction, Fraction]:
    """A digit literal (European notation rewritten), its value and the place value of its last digit.

    Cached: the same literals ("10", "2019", "1.5") recur throughout a corpus."""
    lit = written
    if "," in lit and "." in lit and _EUROPEAN.fullmatch(lit):
        lit = lit.replace(".", "").replace(",", ".")
    clean = _GROUPING.sub("", lit) if not lit.isdigit() else lit
    whole, _, decimals = clean.partition(".")
    if decimals:
        return lit, Fraction(int(whole + decimals), 10 ** len(decimals)), Fraction(1, 10 ** len(decimals))
    stripped = whole.rstrip("0")
    return lit, Fraction(int(whole)), Fraction(10 ** (len(whole) - len(stripped))) if stripped else Fraction(1)


def _digit_num(m: re.Match[str]) -> Num:
    written, exp, slash, suffix = m.group("lit", "exp", "slash", "suffix")
    lit, value, step = _literal(written)
    scaled = False
    if exp:
        if exp[0] in "eE" or "10^" in exp:
            power = int(_EXPONENT_BASE.sub("", exp))
            value, step = value * Fraction(10) ** power, step * Fraction(10) ** power
        else:
            power = int(_NOT_DIGIT.sub("", exp))
            negative = exp.count("-") % 2 == 1
            value = value ** (-power if negative else power) if value or power >= 0 else value
            step = Fraction(0)
    fraction = False
    if slash:
        denominator = int(slash[1:])
        if denominator:
            value, step, fraction = value / denominator, Fraction(0), True
    factor = 1
    if suffix:
        factor = lx.SCALE_SUFFIXES.get(suffix.strip()) or lx.SCALE_SUFFIXES[suffix.strip().lower()]
        value, step, scaled = value * factor, step * factor, True
    return Num(m.start(), m.end(), value, step, False, scaled, fraction, lit, factor)  # by position: quicker


def find_numbers(text: str, tokens: Tokens | None = None) -> list[Num]:
    """Every number in `text`, left to right, longest reading first, none overlapping."""
    cursor = _Words(text)
    found: list[Num] = []
    pos = 0
    for start in _starts(text, tokens or Tokens(text, OPENERS)):
        if start < pos:
            continue
        num = parse_at(text, start, cursor)
        if num is not None:
            found.append(num)
            pos = num.end
    return found


_ASCII_DIGITS = frozenset("0123456789")


def parse_at(text: str, start: int, cursor: _Words | None = None) -> Num | None:
    """The number that starts exactly at `start`, if any."""
    cursor = cursor or _Words(text)
    sign, pos = 1, start
    w = cursor.word(pos) if text[pos] not in _ASCII_DIGITS else None  # (no word opens with a digit)
    if w and w[0] in lx.MINUS:
        sign, pos = -1, w[1]
        while pos < len(text) and text[pos] in " \t\u00a0":
            pos += 1
    elif text[pos] in "-−" and pos + 1 < len(text) and text[pos + 1].isdigit():
        if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "-–"):
            return None
        sign, pos = -1, pos + 1
    num = _number(text, pos, cursor)
    if num is None:
        return None
    if sign < 0:
        return Num(start, num.end, -num.value, num.step, num.words, num.scaled, num.fraction, num.integer_digits)
    return num


def _number(text: str, pos: int, cursor: _Words) -> Num | None:
    ch = text[pos] if pos < len(text) else ""
    if ch in lx.VULGAR:
        return Num(pos, pos + 1, lx.VULGAR[ch], Fraction(0), fraction=True)
    if ch.isdigit() or ch == ".":
        m = match_at(_DIGITS, text, pos, _LITERAL_REACH)
        if not m or _beyond(m):
            return None
        exp, slash, suffix = m.group("exp", "slash", "suffix")
        if slash and int(slash[1:]) == 0:
            return None
        num = _digit_num(m)
        if suffix and not _is_scale_suffix(text, m):
            unscaled = _DIGITS.match(text, pos, m.start("suffix"))
            assert unscaled is not None  # the literal before the suffix
            num = _digit_num(unscaled)
            num = Num(num.start, m.start("suffix"), num.value, num.step, integer_digits=num.integer_digits)
        if exp or slash or num.scaled:
            return _mixed_fraction(text, num, cursor)
        after = cursor.word(num.end)
        if after is None or after[0] not in _AFTER_DIGITS:
            return _mixed_fraction(text, num, cursor)
        longer = _cardinal(text, pos, cursor)
        if longer is not None and longer.end > num.end:
            return longer
        return _mixed_fraction(text, num, cursor)
    return _cardinal(text, pos, cursor)


def _is_scale_suffix(text: str, m: re.Match[str]) -> bool:
    """'5.1m people' and '£25m in four years' are millions; '1m tall', '20 m', '35mm', 'the 3,000m
    record', 'won the 800m' and 'a leap of 6.63m' are lengths."""
    suffix = m["suffix"]
    if suffix.strip() not in {"m", "b", "t", "mm"}:
        return True
    if suffix.startswith(" "):
        return False
    if _MONEY_SIGN_END.search(text[max(0, m.start() - 4) : m.start()]):
        return True  # "£25m in four years", "$35mm", "£1,200m"
    after = _NEXT_WORD.match(text, m.end(), m.end() + 30)
    word = after[1].lower() if after else None
    if word in _METRES_BEFORE:
        return False
    if suffix == "mm" or "," in m["lit"]:  # "a 9mm pistol", "the 3,000m record"; "1,500m euros"
        return word in _CURRENCY_NAMES
    if suffix == "m" and not (word and word.endswith("s")) and _DETERMINER_END.search(text, max(0, m.start() - 8), m.start()):
        return False  # "won the 800m also", "her 100m time"; "the 5m users" are millions
    if suffix == "m" and _TWO_DECIMALS.search(m["lit"]) and (word is None or word in _LINKS):
        return False  # a mark in the field: "a leap of 6.63m, a best", "cleared 1.76m to win"
    return "." in m["lit"] or suffix == "b" or after is not None


def _mixed_fraction(text: str, num: Num, cursor: _Words) -> Num:
    """'2 1/4' and '- 1 4/5': a whole number followed by a slash fraction."""
    if num.fraction or num.scaled or num.value.denominator != 1:
        return num
    head = text[num.end : num.end + 32]
    rest = head.lstrip(" \t")
    if head[:1] not in _BLANK or rest and not rest[0].isdigit():  # (isdigit holds for every [0-9])
        return num  # no blanks and then a digit: the cheap test before the pattern
    m = match_at(_SLASH_FRACTION, text, num.end)
    if m and int(m[2]) and int(m[1]) < int(m[2]):
        value = num.value + (1 if num.value >= 0 else -1) * Fraction(int(m[1]), int(m[2]))
        return Num(num.start, m.end(), value, Fraction(0), fraction=True)
    return num


_THE_BEFORE = re.compile(r"\bthe[ \t]+\Z", re.I)


def _small(text: str, pos: int, cursor: _Words) -> tuple[Fraction, int, Fraction, bool] | None:
    """A number below a thousand (or a digit literal): value, end, step, spelt out."""
    w = cursor.word(pos)
    d = cursor.digits(pos)
    words = True
    if d is not None:
        value, end, step, words = d[0].value, d[1], d[0].step, False
    elif w and w[0] in lx.UNITS:
        value, end, step = Fraction(lx.UNITS[w[0]]), w[1], Fraction(1)
    elif w and w[0] in lx.TENS:
        value, end, step = Fraction(lx.TENS[w[0]]), w[1], Fraction(10)
        u = cursor.word(end)
        if u and u[0] in lx.UNITS and 1 <= lx.UNITS[u[0]] <= 9:
            value, end, step = value + lx.UNITS[u[0]], u[1], Fraction(1)
        elif u and u[0] in _ORDINAL_DIGITS:
            return None  # "seventy-third", "twenty fifth": ordinals, no amounts
    elif w and w[0] == "hundred" and (nxt := cursor.word(w[1])) and nxt[0] in lx.SCALES:
        return Fraction(100), w[1], Fraction(100), True
    elif w and w[0] == "dozen" and _THE_BEFORE.search(text, max(0, pos - 5), pos):
        return Fraction(12), w[1], Fraction(1), True  # "Eight of the dozen schools": the dozen counts them
    elif w and w[0] in GROUPS:
        if not _THE_BEFORE.search(text, max(0, pos - 5), pos):
            return None  # "a jazz trio": a band, no count of things named
        return Fraction(GROUPS[w[0]]), w[1], Fraction(1), True  # "The trio fined by the league, A, B, C and D"
    elif w and w[0] == "a":
        nxt = cursor.word(w[1])
        if not nxt or not (nxt[0] in {"hundred", "dozen"} or nxt[0] in lx.SCALES) or nxt[2]:
            return None
        value, end, step = Fraction(1), w[1], Fraction(1)
    else:
        return None
    h = cursor.word(end)
    if h and h[0] in {"hundred", "hundreds"} and not h[2] and (value < 100 or not words):
        value, end, step, words = value * 100, h[1], step * 100, True
        rest = _and_below_hundred(text, end, cursor)
        if rest is not None:
            value, end, step = value + rest[0], rest[1], Fraction(1)
            return value, end, step, words
    dz = cursor.word(end)
    if dz and dz[0] in lx.DOZENS:
        value, end, step, words = value * 12, dz[1], step * 12, True
    return value, end, step, words


def _and_below_hundred(text: str, pos: int, cursor: _Words) -> tuple[Fraction, int] | None:
    """'and three', 'and 21', 'thirty one' after 'hundred' (not 'and 2 hundred', not 'thirty fifths')."""
    w = cursor.word(pos)
    joined = bool(w and w[0] == "and")
    start = w[1] if joined and w else pos
    part = _small_below_hundred(text, start, cursor)
    if part is None or (joined and part[0] == 0):
        return None
    after = cursor.word(part[1])
    if after and after[0] in {"hundred", "hundreds"}:
        return None
    denominator = after is not None and (_plural(after[0]) in _DENOMINATORS or after[0] in lx.HALVES)
    if denominator and after is not None:
        if joined and (part[0] < 10 or _plural(after[0]) in lx.ORDINAL_SCALES or after[0] in lx.HALVES):
            return None  # "one hundred and three quarters" is 100 + 3/4
        if not joined and part[0] % 10 == 0 and _plural(after[0]) in lx.ORDINAL_UNITS:
            return None  # "one hundred thirty fifths" is 100/35
    if after and after[0] in lx.DOZENS:
        return part[0] * 12, after[1]
    return part


def _small_below_hundred(text: str, pos: int, cursor: _Words) -> tuple[Fraction, int] | None:
    d = cursor.digits(pos)
    if d is not None:
        return (d[0].value, d[1]) if d[0].value < 100 and d[0].value.denominator == 1 else None
    w = cursor.word(pos)
    if w and w[0] in lx.UNITS:
        return Fraction(lx.UNITS[w[0]]), w[1]
    if w and w[0] in lx.TENS:
        u = cursor.word(w[1])
        if u and u[0] in lx.UNITS and 1 <= lx.UNITS[u[0]] <= 9:
            return Fraction(lx.TENS[w[0]] + lx.UNITS[u[0]]), u[1]
        return Fraction(lx.TENS[w[0]]), w[1]
    return None


def _cardinal(text: str, pos: int, cursor: _Words) -> Num | None:
    """A spelt-out or mixed number: 'one hundred and three', '3 hundred and 21', '1.2 million'."""
    w = cursor.word(pos)
    if w and w[0] in {"half", "quarter"} or (w and w[0] == "a" and (n := cursor.word(w[1])) and n[0] in {"half", "quarter"}):
        return _fraction_word_number(text, pos, cursor)
    small = _small(text, pos, cursor)
    if small is None:
        return _fraction_word_number(text, pos, cursor)
    value, end, step, words = small
    if w and w[0] == "one" and not _is_number_one(text, pos, end, cursor):
        return None
    total, last_scale, scaled, top_scale = Fraction(0), None, False, 1
    while True:
        value, end = _and_fraction(text, end, cursor, value)
        s = cursor.word(end)
        if not s or s[0] not in lx.SCALES or s[2] and last_scale is not None \
                or (last_scale is not None and lx.SCALES[s[0]] >= last_scale):  # "a 1.2-billion-dollar deal": one scale hyphened
            break
        scale = lx.SCALES[s[0]]
        top_scale = max(top_scale, scale)
        total, step, last_scale, end, scaled, words = total + value * scale, step * scale, scale, s[1], True, True
        value = Fraction(0)
        part = _and_fraction(text, end, cursor, Fraction(0))
        if part[1] != end:
            then = cursor.word(part[1])
            if then and then[0] in lx.SCALES and lx.SCALES[then[0]] < scale:
                total, end = total + part[0] * lx.SCALES[then[0]], then[1]
            else:
                total, end = total + part[0] * scale, part[1]
            break
        more = _after_scale(text, end, cursor, last_scale)
        if more is None:
            bigger = cursor.word(end)
            if bigger and bigger[0] in lx.SCALES and lx.SCALES[bigger[0]] > scale:
                times = lx.SCALES[bigger[0]]  # "three lakh crore"
                total, step, end, top_scale = total * times, step * times, bigger[1], top_scale * times
            break
        value, end, step = more
    total += value
    tail = _tail(text, end, cursor, total, step)
    if tail is not None:
        total, end, step, fraction = tail
        return Num(pos, end, total, step, True, scaled, fraction)
    if not words and not scaled:
        return None  # a bare digit literal is read by the caller
    return Num(pos, end, total, step, words, scaled, False, "", top_scale)


def _is_number_one(text: str, pos: int, end: int, cursor: _Words) -> bool:
    """'one' is a pronoun in 'the one you mentioned', 'which one', 'one another', 'a lucrative one
    for him', 'the most important one since'; no amount in 'one-on-one', 'a one-off', 'if there
    is one thing', 'at one point'."""
    previous = before(_WORD_BEFORE, text, pos, 20)
    last = previous[1].lower() if previous else ""
    if last in _PRONOUN_ONE_BEFORE:
        return False
    if last == "only" and before(_THE_ONLY, text, pos, 30):
        return False  # "the only one", but "only one episode" is a count
    after = cursor.word(end)
    if after and after[2]:
        return after[0] not in _ONE_COMPOUNDS and not before(_ONE_ON, text, pos, 8)
    if before(_ONE_ON, text, pos, 8) or before(_NO_DASH, text, pos, 4):
        return False  # the second 'one' of 'one-on-one'; 'no-one'
    if after and after[0] == "day" and some_day(text, pos, after[1]):
        return False
    if after and (after[0] in {"another", "anothers", "hell", "heck"} or after[0] in _ONE_IDIOMS.get(last, ())):
        return False  # "at one point", "if there is one thing", "one hell of a way"
    if before(_SAID_ONE, text, pos, 24):
        return False  # '," said one broker', 'according to one estimate': a certain one, no count
    if after and (after[0] in lx.SCALES or after[0] in _AFTER_ONE_AMOUNT):
        return True  # "a mere one million", "a further one per cent"
    return not before(_ADJECTIVE_ONE, text, pos, 40)


def some_day(text: str, start: int, end: int) -> bool:
    """Whether 'one day' at [start, end) means some day, no duration: 'One day, he hoped', 'can
    benefit the country one day.' ('for one day', 'lasted one day.' are durations)."""
    if match_at(_CLAUSE_AFTER, text, end) is None:
        return False
    lead = before(_WORD_BEFORE, text, start, 20)
    return lead is None or lead[1].lower() not in _DAY_LEAD


# words before 'one day' that make it a span of time: "for one day", "lasted one day"
_DAY_LEAD = frozenset({
    "for", "in", "within", "over", "about", "than", "only", "just", "per", "a", "each", "every", "after", "before",
    "lasted", "lasts", "last", "took", "take", "takes", "spent", "spend", "least", "nearly", "almost", "around",
    "another", "extra", "first", "of", "by", "to", "from", "on", "had", "has", "have", "single", "full", "whole",
})
# a stop or the subject of a new clause after 'one day': "One day, he said", "the country one day."
_CLAUSE_AFTER = regex.compile(r"[ \t]*[,.;!?]|[ \t]*\Z|[ \t]+(?:he|she|they|we|I|you|it|there)(?![\w])", regex.I)
_SAID_ONE = regex.compile(
    r"(?:[,\"”’][ \t]*(?:said|says|added|adds|told|explained|wrote|warned)|(?<![\w])according[ \t]+to)[ \t]+\Z", regex.I
)
_NO_DASH = regex.compile(r"(?<![\w])no-\Z", regex.I)
# words hyphened to 'one' that make no amount: "one-on-one", "a one-off", "one-sided"
_ONE_COMPOUNDS = frozenset({"on", "to", "off", "sided", "stop", "liner", "liners", "time"})
_ONE_ON = regex.compile(r"(?<![\w])one-(?:on|to)-\Z", regex.I)
# idioms of 'one' by the word before it: "at one point", "(there is) one thing"
_ONE_IDIOMS = {"at": frozenset({"point", "stage", "time"}), "s": frozenset({"thing"}), "is": frozenset({"thing"}),
               "was": frozenset({"thing"}), "if": frozenset({"thing"})}
_AFTER_ONE_AMOUNT = frozenset({"hundred", "dozen", "per", "percent", "in", "out", "of", "and", "or", "to"})
# an article and an adjective before 'one': "a lucrative one", "the most important one"
_ADJECTIVE_ONE = regex.compile(
    r"(?<![\w])(?:a|an|the)[ \t]+(?:(?:most|more|very|really|so|pretty|rather)[ \t]+)?"
    r"(?!(?:only|just|about|nearly|almost|exactly|some|over|under|around|roughly|mere|total|top)[ \t])[a-z]+(?:-[a-z]+)?[ \t]+\Z",
    regex.I,
)


def _after_scale(text: str, pos: int, cursor: _Words, last_scale: int) -> tuple[Fraction, int, Fraction] | None:
    """What follows 'thousand': 'and two hundred', 'three hundred', 'and a half'."""
    w = cursor.word(pos)
    start = w[1] if w and w[0] == "and" else pos
    small = _small(text, start, cursor)
    if small is None or small[0] >= last_scale:
        return None
    if not small[3] and w and w[0] != "and":
        nxt = cursor.word(small[1])
        if not (nxt and (nxt[0] in lx.SCALES or nxt[0] in {"hundred", "hundreds"})) and small[0] >= 100:
            return None
    after = cursor.word(small[1])
    if after and after[0] in lx.UNITS and small[0] % 10 == 0 and small[0] >= 100:
        return None
    return small[0], small[1], small[2]


def _and_fraction(text: str, pos: int, cursor: _Words, value: Fraction) -> tuple[Fraction, int]:
    """'and a half', 'and three quarters', 'and two thirds' after a whole number."""
    w = cursor.word(pos)
    if not w or w[0] != "and":
        return value, pos
    part = _fraction_words(text, w[1], cursor)
    if part is None:
        return value, pos
    return value + part[0], part[1]


def _fraction_words(text: str, pos: int, cursor: _Words) -> tuple[Fraction, int] | None:
    """'a half', 'three quarters', 'two-thirds', 'a twenty-first', 'fifty-four hundredths'."""
    w = cursor.word(pos)
    if not w:
        return None
    if w[0] in {"a", "one", "an"}:
        numerator, end = Fraction(1), w[1]
    else:
        small = _small_below_hundred(text, pos, cursor)
        if small is None:
            return None
        numerator, end = small
    denominator = _denominator(text, end, cursor, plural=numerator != 1)
    if denominator is None:
        return None
    return numerator / denominator[0], denominator[1]


def _denominator(text: str, pos: int, cursor: _Words, plural: bool) -> tuple[int, int] | None:
    w = cursor.word(pos)
    if not w:
        return None
    word = _plural(w[0]) if plural else w[0]
    if w[0] in lx.HALVES:
        return lx.HALVES[w[0]], w[1]
    if w[0] in lx.TENS:
        u = cursor.word(w[1])
        if u and (_plural(u[0]) if plural else u[0]) in lx.ORDINAL_UNITS and lx.ORDINAL_UNITS[_plural(u[0]) if plural else u[0]] < 10:
            return lx.TENS[w[0]] + lx.ORDINAL_UNITS[_plural(u[0]) if plural else u[0]], u[1]
        return None
    if word in _DENOMINATORS and word not in {"first", "second"}:
        if plural and word == w[0]:
            return None  # "three fifth" is not a fraction
        return _DENOMINATORS[word], w[1]
    return None


def _fraction_word_number(text: str, pos: int, cursor: _Words) -> Num | None:
    """'half', 'a quarter', 'half a dozen', 'half million', 'two thirds of a million', 'a third'."""
    w = cursor.word(pos)
    if not w:
        return None
    value, end = None, pos
    if w[0] in {"half", "quarter"}:
        value, end = Fraction(1, lx.HALVES[w[0]]), w[1]
    else:
        part = _fraction_words(text, pos, cursor)
        if part is None:
            return None
        value, end = part
    scale = _of_a_scale(end, cursor)
    if scale is not None:
        return Num(pos, scale[1], value * scale[0], Fraction(0), True, True, False)
    return Num(pos, end, value, Fraction(0), True, False, True)


def _of_a_scale(pos: int, cursor: _Words) -> tuple[int, int] | None:
    """' million', ' a dozen', ' of a million' after a fraction: its factor and end."""
    s = cursor.word(pos)
    if s and s[0] == "of":
        s = cursor.word(s[1])
        if not s or s[0] != "a":
            return None
    if s and s[0] == "a":
        s = cursor.word(s[1])
    if s and s[0] in lx.SCALES:
        return lx.SCALES[s[0]], s[1]
    if s and s[0] in lx.DOZENS:
        return 12, s[1]
    return None


def _tail(text: str, pos: int, cursor: _Words, value: Fraction, step: Fraction) -> tuple[Fraction, int, Fraction, bool] | None:
    """What may follow a cardinal: 'point five', 'fifths', 'over 20'."""
    w = cursor.word(pos)
    if not w:
        return None
    if w[0] == "point":
        digits, end = "", w[1]
        while (d := cursor.word(end)) and d[0] in lx.UNITS and lx.UNITS[d[0]] < 10:
            digits, end = digits + str(lx.UNITS[d[0]]), d[1]
        if not digits:
            two = _small_below_hundred(text, end, cursor)
            if two is None:
                return None
            digits, end = str(two[0]), two[1]
        return value + Fraction(int(digits), 10 ** len(digits)), end, Fraction(1, 10 ** len(digits)), False
    denominator = _denominator(text, pos, cursor, plural=value != 1)
    if denominator is not None and value.denominator == 1:
        value, end = value / denominator[0], denominator[1]
        scale = _of_a_scale(end, cursor)
        if scale is not None:
            return value * scale[0], scale[1], Fraction(0), False
        return value, end, Fraction(0), True
    if w[0] == "over":
        below = _cardinal(text, w[1], cursor) or _plain_digits(text, w[1], cursor)
        if below is not None and below.value and below.value.denominator == 1:
            rest = text[below.end : below.end + 3]
            if not _NEXT_WORD.match(rest):
                return value / below.value, below.end, Fraction(0), True
    return None


def _plain_digits(text: str, pos: int, cursor: _Words) -> Num | None:
    d = cursor.digits(pos)
    return d[0] if d else None
