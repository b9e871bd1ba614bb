"""builtin.currency-pair: one amount told in two currencies must sit within a plausible exchange rate.

Arithmetic over `restatement` relations of two sums in two currencies: "$2.6bn (£140m)" is flagged
(140m / 2.6bn is about 0.05 pounds to the dollar; the band is 0.45 to 1); "$2.6bn (£1.4bn)" passes.
The bands (units of the second currency to one of the first) span the rates of 1999 to 2026, with
about five per cent to spare; the option `widen` widens every band by that many per cent at each end.
A sum and each conversion in its bracket are held against each other ("1.4bn euros (£960m; $1.85bn)":
the pounds and the dollars too); two ranges, end by end ("$5-6bn (£2.7-3.3bn)"). A pair with no
band is not checked, nor a sum told by a currency word several countries use with no country named ("10m francs"), but
kroner (Norway's or Denmark's: the span of both bands) and rupees ("Rs 450 crore", "25bn rupees") are held to the band of every rupee, that of South Asia's in crore or lakh
("Rs 450 crore (£4m)" is flagged: £0.0009 to the rupee). A rate a thousand, a million or a billion times off the band says so: a scale
word lost ("$13.5 (£7m)") is the usual cause.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from fractions import Fraction as F

import regex

from checker import arith
from checker.builtins.words import finding, of_kind, read
from checker.extract.numbers import parse_at
from checker.findings import allows
from checker.model import Claim, Finding, Interval, Severity
from checker.relations import Relation

ID = "builtin.currency-pair"
OPTIONS = {"widen": (0, "per cent by which every exchange-rate band is widened at each end")}
SEVERITY = Severity.ERROR
MESSAGE = "An amount told in two currencies is outside any plausible exchange rate"
EXAMPLES = {
    "flagged": ["The deal is worth $2.6bn (£140m) to the company.", "The fund holds €50m (£4m).",
                "It paid 154m naira ($1.1m; £59,000) for the site.", "The bridge will cost $5-6bn (£2.7-33bn).",
                "The new wing cost Rs 450 crore (£4m)."],
    "passes": ["The deal is worth $2.6bn (£1.4bn) to the company.", "The fund holds €50m (£42m).",
               "It raised £20m ($26m) last year.", "It paid 154m naira ($1.1m; £590,000) for the site.",
               "The bridge will cost $5-6bn (£2.7-3.3bn).",
               "The banks hold 25bn rupees ($250m; £135m) of loans.", "The new wing cost Rs 450 crore (£40m)."],  # rupees of some other country than India
}
# pounds for one unit of each currency: the lowest and highest rates of 1999-2026 (sterling's peak of about $2.11 in
# 2007, its trough of about $1.04 in 2022; the euro's £0.57 of 2000 and £0.98 of 2008; ...), each widened by about
# five per cent, so that any rate copy could have used passes and a slip of a digit, a scale word or a currency fails
IN_POUNDS: dict[str, tuple[F, F]] = {
    "USD": (F(45, 100), F(1)), "EUR": (F(55, 100), F(1)), "JPY": (F(3, 1000), F(1, 100)), "CNY": (F(55, 1000), F(14, 100)),
    "INR": (F(8, 1000), F(18, 1000)), "AUD": (F(30, 100), F(70, 100)), "CAD": (F(32, 100), F(70, 100)),
    "CHF": (F(35, 100), F(1)), "NZD": (F(25, 100), F(60, 100)), "HKD": (F(55, 1000), F(13, 100)),
    # the Nordic crowns: about 8.9 to 14.3 kroner to the pound (NOK), 10.1 to 14.3 kronor (SEK), 7.6 to 13.1 Danish kroner (DKK, held
    # to the euro), each widened by about five per cent
    "NOK": (F(67, 1000), F(118, 1000)), "SEK": (F(66, 1000), F(104, 1000)), "DKK": (F(72, 1000), F(138, 1000)),
}
# units of the second currency for one of the first, where a direct band is tighter than one through sterling
DIRECT: dict[tuple[str, str], tuple[F, F]] = {("USD", "EUR"): (F(6, 10), F(125, 100))}
# pounds for one rupee when no country is named ("Rs 480bn", "25bn rupees"): the lowest and highest of India's, Pakistan's,
# Sri Lanka's, Nepal's, Mauritius's and the Seychelles' rupees over 1999-2026 (Sri Lanka's £0.0022 of 2022, the Seychelles'
# £0.12 of 1999); in crore or lakh, India's, Pakistan's, Sri Lanka's and Nepal's alone, the counting words of South Asia
RUPEES, IN_CRORE = (F(2, 1000), F(13, 100)), (F(2, 1000), F(18, 1000))
_CRORE = regex.compile(r"\b(?:crores?|lakhs?|lacs?)\b", regex.I)


def band(first: str, second: str, widen: int = 0, pounds: Mapping[str, tuple[F, F]] | None = None) -> Interval | None:
    """Units of `second` for one of `first` that copy may plausibly use, or None when no band is known; `pounds` gives
    the band in pounds of a currency told by a word several countries use (rupees of no country named)."""
    told = pounds or {}
    if (first, second) in DIRECT and not told:
        lo, hi = DIRECT[first, second]
    elif (second, first) in DIRECT and not told:
        lo, hi = (1 / DIRECT[second, first][1], 1 / DIRECT[second, first][0])
    else:
        a, b = (told.get(c) or IN_POUNDS.get(c) or ((F(1), F(1)) if c == "GBP" else None) for c in (first, second))
        if a is None or b is None or first == second == "GBP":
            return None
        lo, hi = a[0] / b[1], a[1] / b[0]
    return Interval(lo * (1 - F(widen, 100)), hi * (1 + F(widen, 100)))


def run(claims: list[Claim], options: Mapping[str, int] | None = None, found: list[Relation] | None = None) -> Iterator[Finding]:
    """A finding for each sum restated in another currency at a rate outside the band of plausible rates."""
    widen = (options or {}).get("widen", 0)
    flagged: set[int] = set()  # the figures of a pair flagged: a bracket of conversions gives one finding
    for r in of_kind(claims, found, "restatement"):
        if r.detail("as") != "currency" or {c.start for c in r.figures} & flagged:
            continue
        first, second = r.figures
        told = {c.unit or "": _rupee_band(c) for c in (first, second) if _shared(c) or c.start in r.detail("rupees", ())}
        if None in told.values():
            continue  # francs, dinars, pesos ... of no country named: no band
        rates = band(first.unit or "", second.unit or "", widen, {k: v for k, v in told.items() if v is not None})
        if rates is None:
            continue
        for (words, amount), (other_words, other) in _amounts(first, second):
            implied = arith.div(other, amount)
            if arith.overlap(implied, rates) is None:
                name = {c: f"{_WORDS.get(c, c)} (no country named)" if c in told else c for c in (first.unit or "", second.unit or "")}
                evidence = (f"{read(r)}: \"{other_words}\" for \"{words}\" is {allows(implied, symbol='')} {name[second.unit or '']} "
                            f"to the {name[first.unit or '']}; plausible rates are {allows(rates, symbol='')}{_scale(implied, rates)}")
                yield finding(r, ID, SEVERITY, MESSAGE, [second, first], evidence)
                flagged |= {first.start, second.start}
                break


# a currency word that several countries use ("25bn rupees" may be Sri Lankan, "10m francs" French), with no country
# named before it: the sum's currency is not known, nor its band ("Indian rupees", "Swiss francs" are)
_SHARED_WORD = regex.compile(r"(?<!(?-i:[A-Z])[\w.]*[ \t]+)\b(?:rupees?|francs?|dinars?|pesos?|kron(?:a|or|e|er)|shillings?|"
                             r"riyals?|rials?|crowns?)\b", regex.I)


def _shared(c: Claim) -> bool:
    """True when a sum names its currency by a word several currencies share, and no country."""
    return c.kind in {"money", "range"} and _SHARED_WORD.search(c.text) is not None


# a shared word whose every currency has a band: held to the band that spans them all ("400bn kroner" is Norway's or Denmark's)
SHARED_BY = {"krone": ("NOK", "DKK"), "kroner": ("NOK", "DKK")}
_WORDS = {"INR": "rupee", "NOK": "krone"}  # what a shared word's sum is called in the evidence


def _rupee_band(c: Claim) -> tuple[F, F] | None:
    """The band in pounds of a sum told in rupees of no country named (narrower in crore or lakh), or in a word whose every
    currency has a band (the span of their bands); None for another shared word."""
    word = next((w.lower() for w in regex.findall(r"\bkron(?:e|er)\b", c.text, regex.I)), None)
    if word in SHARED_BY:
        bands = [IN_POUNDS[code] for code in SHARED_BY[word]]
        return min(lo for lo, _ in bands), max(hi for _, hi in bands)
    if not regex.search(r"\brupees?\b", c.text, regex.I) and c.unit != "INR":
        return None
    return IN_CRORE if _CRORE.search(c.text) else RUPEES


Amount = tuple[str, Interval]  # a sum's words and the values they allow


def _amounts(first: Claim, second: Claim) -> list[tuple[Amount, Amount]]:
    """The sums held against each other: the two figures, or the ends of two ranges, low with low and high with high."""
    if first.kind != "range":
        return [((first.text, _told(first)), (second.text, _told(second)))]
    ends = _ends(first), _ends(second)
    return list(zip(ends[0], ends[1])) if ends[0] and ends[1] else []


def _told(c: Claim) -> Interval:
    """The values a sum allows; a bound ("up to €20m", "more than $5bn") is converted as the sum it states."""
    if c.value is not None and (c.interval.low is None or c.interval.high is None):
        return Interval(c.value, c.value, True, True)
    return c.interval


def _ends(c: Claim) -> list[Amount]:
    """The two ends of a range of sums ("$5-6bn": 5bn and 6bn), each allowing the rounding of its last digit."""
    out: list[Amount] = []
    for key, value in (("low_text", c.interval.low), ("high_text", c.interval.high)):
        words = dict(c.details).get(key)
        n = parse_at(words.lstrip("£$€"), 0) if isinstance(words, str) else None
        if n is None or not n.value or value is None or not isinstance(words, str):
            return []
        half = value * n.step / n.value / 2  # half the last digit, at the scale of the range's value
        out.append((words, Interval(value - half, value + half, True, False)))
    return out


SCALES = {F(10**3): "a thousand", F(10**6): "a million", F(10**9): "a billion"}


def _scale(implied: Interval, rates: Interval) -> str:
    """What an implied rate a thousand, a million or a billion times off a plausible one says: a scale word lost or wrong."""
    for factor, words in SCALES.items():
        for times, way in ((factor, "too small"), (1 / factor, "too large")):
            if arith.overlap(implied.scaled(times), rates) is not None:
                return f"; that rate is {words} times {way}: a scale word (\"m\", \"bn\") missing or wrong?"
    return ""
