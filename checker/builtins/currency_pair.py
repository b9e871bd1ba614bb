"""builtin.currency-pair: one amount told in two currencies must sit within a plausible exchange rate.

Arithmetic over `restatement` relations of two sums in two currencies: "$2.6bn (£140m)" is flagged
(140m / 2.6bn is about 0.05 pounds to the dollar; the band is 0.45 to 1); "$2.6bn (£1.4bn)" passes.
The bands (units of the second currency to one of the first) span the rates of 1999 to 2026, with
room to spare; the option `widen` widens every band by that many per cent at each end. A pair with
no band (or through sterling) is not checked.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from fractions import Fraction as F

from checker import arith
from checker.builtins.words import of_kind, read
from checker.findings import allows, finding
from checker.model import Claim, Finding, Interval, Severity
from checker.relations import Relation

ID = "builtin.currency-pair"
OPTIONS = {"widen": (0, "per cent by which every exchange-rate band is widened at each end")}
SEVERITY = Severity.ERROR
MESSAGE = "An amount told in two currencies is outside any plausible exchange rate"
EXAMPLES = {
    "flagged": ["The deal is worth $2.6bn (£140m) to the company.", "The fund holds €50m (£4m)."],
    "passes": ["The deal is worth $2.6bn (£1.4bn) to the company.", "The fund holds €50m (£42m).",
               "It raised £20m ($26m) last year."],
}
# pounds for one unit of each currency, 1999-2026 (lowest and highest, widened a little)
IN_POUNDS: dict[str, tuple[F, F]] = {
    "USD": (F(45, 100), F(1)), "EUR": (F(55, 100), F(1)), "JPY": (F(3, 1000), F(1, 100)), "CNY": (F(6, 100), F(13, 100)),
    "INR": (F(8, 1000), F(18, 1000)), "AUD": (F(30, 100), F(65, 100)), "CAD": (F(32, 100), F(65, 100)),
    "CHF": (F(35, 100), F(95, 100)), "NZD": (F(25, 100), F(60, 100)), "HKD": (F(55, 1000), F(13, 100)),
}
# units of the second currency for one of the first, where a direct band is tighter than one through sterling
DIRECT: dict[tuple[str, str], tuple[F, F]] = {("USD", "EUR"): (F(6, 10), F(12, 10))}


def band(first: str, second: str, widen: int = 0) -> Interval | None:
    """Units of `second` for one of `first` that copy may plausibly use, or None when no band is known."""
    if (first, second) in DIRECT:
        lo, hi = DIRECT[first, second]
    elif (second, first) in DIRECT:
        lo, hi = (1 / DIRECT[second, first][1], 1 / DIRECT[second, first][0])
    elif first in IN_POUNDS and (second == "GBP" or second in IN_POUNDS):
        a, b = IN_POUNDS[first], IN_POUNDS.get(second, (F(1), F(1)))
        lo, hi = a[0] / b[1], a[1] / b[0]
    elif second in IN_POUNDS and first == "GBP":
        b = IN_POUNDS[second]
        lo, hi = 1 / b[1], 1 / b[0]
    else:
        return None
    return Interval(lo * (1 - F(widen, 100)), hi * (1 + F(widen, 100)))


def run(claims: list[Claim], options: Mapping[str, int] | None = None, found: list[Relation] | None = None) -> Iterator[Finding]:
    """A finding for each sum restated in another currency at a rate outside the band of plausible rates."""
    widen = (options or {}).get("widen", 0)
    for r in of_kind(claims, found, "restatement"):
        if r.detail("as") != "currency":
            continue
        first, second = r.figures
        rates = band(first.unit or "", second.unit or "", widen)
        if rates is None:
            continue
        implied = arith.div(second.interval, first.interval)
        if arith.overlap(implied, rates) is None:
            evidence = (f"{read(r)}: \"{second.text}\" for \"{first.text}\" is {allows(implied, symbol='')} {second.unit} "
                        f"to the {first.unit}; plausible rates are {allows(rates, symbol='')}")
            yield finding(ID, SEVERITY, MESSAGE, [second, first], evidence)
