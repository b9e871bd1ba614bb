"""Units: what each figure measures, conversions between units of one measure, pairs never compared."""

from __future__ import annotations

import json
from fractions import Fraction as F

import pytest

from checker import units
from checker.extract import extract
from checker.model import Claim, Interval, Source
from checker.units import restate
from checker.units.table import UNITS
from tests.conftest import ROOT

MILE, POUND = F("1609.344"), F("0.45359237")
US_GALLON, IMPERIAL_GALLON = F("3.785411784"), F("4.54609")


def claim(kind: str, unit: str | None, low: F | int | str, high: F | int | str | None = None, qualifier: str = "exact",
          closed: tuple[bool, bool] = (True, True)) -> Claim:
    """A claim of `kind` in `unit` allowing [low, high] (a single value when high is None)."""
    lo = F(low)
    hi = lo if high is None else F(high)
    return Claim("a.txt", kind, "words", 0, 5, 1, 1, lo if high is None else (lo + hi) / 2,
                 Interval(lo, hi, *closed), unit, qualifier)


# (kind, unit, measure)
DIMENSIONS = [
    ("count", None, "count"),
    ("percent", "percent", "share"),
    ("ratio", "ratio", "share"),
    ("percent", "percentage_point", "percentage point"),
    ("change", "percentage_point", "percentage point"),
    ("multiplier", "times", "multiplier"),
    ("money", "GBP", "money:GBP"),
    ("money", "USD", "money:USD"),
    ("money", "DIN", "money:DIN"),
    ("money", "SAT", "money:BTC"),
    ("duration", "month", "time"),
    ("duration", "second", "time"),
    ("age", "year", "age"),
    ("measure", "kilometre", "length"),
    ("measure", "pound-mass", "mass"),
    ("measure", "gallon", "volume"),
    ("measure", "acre", "area"),
    ("measure", "mile per hour", "speed"),
    ("measure", "degree Fahrenheit", "temperature"),
    ("measure", "megawatt", "power"),
    ("measure", "terawatt hour", "energy"),
    ("measure", "gigabyte", "data"),
    ("measure", "megabit per second", "data rate"),
    ("measure", "gigahertz", "frequency"),
    ("measure", "megapixel", "image size"),
    ("measure", "degree", "measure:degree"),
    ("measure", "square", "measure:square"),
    ("change", "percent", "relative change"),
    ("change", "ratio", "relative change"),
    ("change", None, "change:count"),
    ("change", "GBP", "change:money:GBP"),
    ("range", None, "count"),
    ("range", "percent", "share"),
    ("range", "USD", "money:USD"),
    ("range", "year", "time"),
    ("date", None, None),
    ("period", None, None),
]


@pytest.mark.parametrize(("kind", "unit", "measure"), DIMENSIONS, ids=[f"{k}-{u}" for k, u, _ in DIMENSIONS])
def test_dimension(kind: str, unit: str | None, measure: str | None) -> None:
    assert units.dimension(kind, unit) == measure


def test_every_measure_has_a_base_unit_of_size_one() -> None:
    for name, unit in UNITS.items():
        base = units.base(unit.dimension)
        assert base is not None, name
        if not unit.dimension.startswith("money:"):
            assert UNITS[base].low == UNITS[base].high == 1 and not UNITS[base].offset, name


# (claim, target unit, the interval it allows there)
CONVERSIONS = [
    # within one system, exact
    (claim("measure", "kilometre", 5), "metre", Interval(F(5000), F(5000))),
    (claim("measure", "millimetre", 35), "centimetre", Interval(F("3.5"), F("3.5"))),
    (claim("measure", "mile", 3), "yard", Interval(F(5280), F(5280))),
    (claim("measure", "foot", 6), "inch", Interval(F(72), F(72))),
    (claim("measure", "stone", 10), "pound-mass", Interval(F(140), F(140))),
    (claim("measure", "ounce", 16), "pound-mass", Interval(F(1), F(1))),
    (claim("measure", "tonne", 3), "kilogram", Interval(F(3000), F(3000))),
    (claim("measure", "litre", 1), "millilitre", Interval(F(1000), F(1000))),
    (claim("measure", "hectare", 1), "square metre", Interval(F(10000), F(10000))),
    (claim("measure", "knot", 1), "mile per hour", Interval(F(1852, 3600) / (MILE / 3600), F(1852, 3600) / (MILE / 3600))),
    (claim("measure", "degree Celsius", 100), "kelvin", Interval(F("373.15"), F("373.15"))),
    (claim("measure", "kilowatt hour", 1000), "megawatt hour", Interval(F(1), F(1))),
    (claim("measure", "megawatt", 1), "watt", Interval(F(10**6), F(10**6))),
    (claim("measure", "megapixel", 12), "pixel", Interval(F(12 * 10**6), F(12 * 10**6))),
    (claim("measure", "gigahertz", 2), "megahertz", Interval(F(2000), F(2000))),
    (claim("measure", "megabit per second", 8), "kilobit per second", Interval(F(8000), F(8000))),
    # between imperial and metric: an exactly stated figure is taken as rounded first
    (claim("measure", "inch", 10), "centimetre", Interval(F("9.5") * F("2.54"), F("10.5") * F("2.54"), True, False)),
    (claim("measure", "mile", 100), "kilometre", Interval(95 * MILE / 1000, 105 * MILE / 1000, True, False)),
    (claim("measure", "kilometre", 160), "mile", Interval(155_000 / MILE, 165_000 / MILE, True, False)),
    (claim("measure", "pound-mass", 2), "kilogram", Interval(F("1.5") * POUND, F("2.5") * POUND, True, False)),
    (claim("measure", "mile per hour", 10), "kilometre per hour", Interval(F("9.5") * MILE / 1000, F("10.5") * MILE / 1000, True, False)),
    (claim("measure", "degree Celsius", 32), "degree Fahrenheit", Interval(F("88.7"), F("90.5"), True, False)),
    (claim("measure", "nautical mile", 10), "kilometre", Interval(F("9.5") * F("1.852"), F("10.5") * F("1.852"), True, False)),
    (claim("measure", "acre", 1), "hectare", Interval(F("0.5") * F("0.40468564224"), F("1.5") * F("0.40468564224"), True, False)),
    (claim("measure", "mile", 100, qualifier="exactly"), "kilometre", Interval(100 * MILE / 1000, 100 * MILE / 1000)),
    (claim("measure", "mile", 100, None, "more_than", (False, False))._replace(interval=Interval(F(100), None, False, False)),
     "kilometre", Interval(100 * MILE / 1000, None, False, False)),
    # units of no single size: within their bounds, exact within a family
    (claim("measure", "ton", 5), "pound-mass", Interval(F(10000), F(11200))),
    (claim("measure", "ton", 5), "tonne", Interval(F("4.5") * 2000 * POUND / 1000, F("5.5") * 2240 * POUND / 1000, True, False)),
    (claim("measure", "gallon", 1), "pint", Interval(F(8), F(8))),
    (claim("measure", "gallon", 5), "litre", Interval(F("4.5") * US_GALLON, F("5.5") * IMPERIAL_GALLON, True, False)),
    (claim("measure", "barrel", 1), "gallon", Interval(42 * US_GALLON / IMPERIAL_GALLON, F(42))),
    (claim("measure", "kilobyte", 1), "byte", Interval(F(1000), F(1024))),
    (claim("duration", "month", 18), "year", Interval(F("1.5"), F("1.5"))),
    (claim("duration", "decade", 1), "year", Interval(F(10), F(10))),
    (claim("duration", "century", 1), "month", Interval(F(1200), F(1200))),
    (claim("duration", "year", 1), "day", Interval(F(365), F(366))),
    (claim("duration", "month", 1), "week", Interval(F(4), F(31, 7))),
    (claim("duration", "hour", 48), "day", Interval(F(2), F(2))),
    (claim("duration", "fortnight", 1), "week", Interval(F(2), F(2))),
    (claim("duration", "minute", 90), "hour", Interval(F("1.5"), F("1.5"))),
    (claim("age", "month", 18), "year", Interval(F("1.5"), F("1.5"))),
    # shares, changes, money
    (claim("percent", "percent", "59.5", "60.5", closed=(True, False)), "ratio", Interval(F("0.595"), F("0.605"), True, False)),
    (claim("ratio", "ratio", "0.55", "0.65"), "percent", Interval(F(55), F(65))),
    (claim("change", "percent", "19.5", "20.5", closed=(True, False)), "ratio", Interval(F("0.195"), F("0.205"), True, False)),
    (claim("range", "percent", 5, 10), "ratio", Interval(F("0.05"), F("0.1"))),
    (claim("change", "degree Celsius", 2), "kelvin", Interval(F(2), F(2))),
    (claim("money", "SAT", 1000), "BTC", Interval(F(1, 10**5), F(1, 10**5))),
]


@pytest.mark.parametrize(("figure", "target", "expected"), CONVERSIONS,
                         ids=[f"{c.unit}-{t}-{i}" for i, (c, t, _) in enumerate(CONVERSIONS)])
def test_in_unit(figure: Claim, target: str, expected: Interval) -> None:
    assert units.in_unit(figure, target) == expected


# (claim, the interval it allows in its measure's base unit)
BASES = [
    (claim("percent", "percent", 60), Interval(F("0.6"), F("0.6"))),
    (claim("measure", "kilometre", 2), Interval(F(2000), F(2000))),
    (claim("measure", "gram", 500), Interval(F("0.5"), F("0.5"))),
    (claim("duration", "hour", 2), Interval(F(7200), F(7200))),
    (claim("age", "year", 1), Interval(F(365 * 86400), F(366 * 86400))),
    (claim("money", "GBP", 5), Interval(F(5), F(5))),
    (claim("count", None, 7), Interval(F(7), F(7))),
    (claim("measure", "square", 5), Interval(F(5), F(5))),
    (claim("measure", "degree Fahrenheit", 212, qualifier="exactly"), Interval(F("373.15"), F("373.15"))),
    (claim("change", "percent", 50), Interval(F("0.5"), F("0.5"))),
    (claim("date", None, 0)._replace(interval=Interval(None, None, False, False)), Interval(None, None, False, False)),
]


@pytest.mark.parametrize(("figure", "expected"), BASES, ids=[f"{c.kind}-{c.unit}" for c, _ in BASES])
def test_in_base(figure: Claim, expected: Interval) -> None:
    assert units.in_base(figure) == expected


# pairs of (kind, unit): never compared
NEVER = [
    (("percent", "percent"), ("percent", "percentage_point")),
    (("change", "percent"), ("change", "percentage_point")),
    (("money", "USD"), ("money", "GBP")),
    (("measure", "kilometre"), ("measure", "kilogram")),
    (("count", None), ("percent", "percent")),
    (("count", None), ("ratio", "ratio")),
    (("count", None), ("money", "GBP")),
    (("multiplier", "times"), ("ratio", "ratio")),
    (("change", "percent"), ("percent", "percent")),
    (("change", "GBP"), ("money", "GBP")),
    (("change", None), ("count", None)),
    (("age", "year"), ("duration", "year")),
    (("date", None), ("date", None)),
    (("period", None), ("date", None)),
    (("measure", "degree"), ("measure", "degree Celsius")),
    (("measure", "square"), ("measure", "acre")),
    (("measure", "gigabyte"), ("measure", "megabit per second")),
]
# pairs compared after conversion
COMPARED = [
    (("percent", "percent"), ("ratio", "ratio")),
    (("measure", "kilometre"), ("measure", "mile")),
    (("duration", "year"), ("duration", "week")),
    (("range", "percent"), ("percent", "percent")),
    (("range", None), ("count", None)),
    (("change", "percent"), ("change", "ratio")),
    (("percent", "percentage_point"), ("change", "percentage_point")),
    (("money", "SAT"), ("money", "BTC")),
    (("age", "month"), ("age", "year")),
    (("measure", "degree Celsius"), ("measure", "degree Fahrenheit")),
    (("measure", "square"), ("measure", "square")),
]


@pytest.mark.parametrize(("a", "b", "expected"), [(a, b, False) for a, b in NEVER] + [(a, b, True) for a, b in COMPARED],
                         ids=[f"{a}-{b}" for a, b in NEVER + COMPARED])
def test_comparable(a: tuple[str, str | None], b: tuple[str, str | None], expected: bool) -> None:
    assert units.comparable(claim(*a, 1), claim(*b, 1)) is expected
    assert units.comparable(claim(*b, 1), claim(*a, 1)) is expected


def test_different_measures_are_never_converted() -> None:
    with pytest.raises(ValueError, match="GBP .money in GBP. cannot be converted to USD .money in USD."):
        units.in_unit(claim("money", "GBP", 5), "USD")


# (value, what it allows once taken as rounded)
ROUNDED = [
    ("4.8", Interval(F("4.75"), F("4.85"), True, False)),
    ("3", Interval(F("2.5"), F("3.5"), True, False)),
    ("30", Interval(F("29.5"), F("30.5"), True, False)),
    ("100", Interval(F(95), F(105), True, False)),
    ("160", Interval(F(155), F(165), True, False)),
    ("5000", Interval(F(4950), F(5050), True, False)),
    ("1200000", Interval(F(1150000), F(1250000), True, False)),
    ("1/3", Interval(F(1, 3), F(1, 3))),
]


@pytest.mark.parametrize(("value", "expected"), ROUNDED, ids=[v for v, _ in ROUNDED])
def test_rounded(value: str, expected: Interval) -> None:
    assert units.rounded(F(value)) == expected


# (claims' units, the unit they are compared in)
COMMON = [
    (["percent", "ratio"], "percent"),
    (["ratio", "ratio", "percent"], "percent"),
    (["ratio", "ratio"], "ratio"),
    (["kilometre", "mile", "mile"], "mile"),
    (["kilometre", "mile"], "kilometre"),
    (["mile", "kilometre"], "mile"),
]


@pytest.mark.parametrize(("stated", "expected"), COMMON, ids=["-".join(s) for s, _ in COMMON])
def test_common_unit(stated: list[str], expected: str) -> None:
    kind = "measure" if "mile" in stated else "percent"
    assert restate.common_unit([claim(kind, u, 1) for u in stated]) == expected


def test_one_measure_keeps_the_measure_most_figures_have() -> None:
    gbp, usd, usd2 = claim("money", "GBP", 1), claim("money", "USD", 2), claim("money", "USD", 3)
    assert restate.one_measure([gbp, usd, usd2]) == ([usd, usd2], [gbp])
    assert restate.one_measure([gbp, usd]) == ([gbp], [usd])  # a tie: the first figure's
    assert restate.one_measure([usd, usd2]) == ([usd, usd2], [])


# (claim, unit, what evidence says its words amount to)
AMOUNTS = [
    (claim("ratio", "ratio", "0.55", "0.65"), "percent", "= 60%"),
    (claim("measure", "mile", 3), "kilometre", "= 4.828032 km"),
    (claim("measure", "ton", 5), "tonne", "= 4.535924 to 5.080235 tonnes"),
    (claim("percent", "percent", 60), "percent", ""),
]


@pytest.mark.parametrize(("figure", "target", "expected"), AMOUNTS, ids=[f"{c.unit}-{t}" for c, t, _ in AMOUNTS])
def test_as_stated(figure: Claim, target: str, expected: str) -> None:
    converted = restate.convert(figure, target)
    assert restate.as_stated(converted) == expected
    assert restate.stated(converted) == (figure.unit, figure.value)


# (sentence, the change's words, its unit, its measure): a change in percentage points is no percentage change
CHANGES = [
    ("Turnout rose 3 percentage points.", "rose 3 percentage points", "percentage_point", "percentage point"),
    ("Support fell by 2.5 percentage points.", "fell by 2.5 percentage points", "percentage_point", "percentage point"),
    ("The rate rose by nearly 3 percentage points.", "rose by nearly 3 percentage points", "percentage_point", "percentage point"),
    ("There was a 2 percentage point rise.", "a 2 percentage point rise", "percentage_point", "percentage point"),
    ("Its share was up 4 per cent points on the year.", "up 4 per cent points", "percentage_point", "percentage point"),
    ("Turnout rose 3%.", "rose 3%", "percent", "relative change"),
    ("There was a 5 per cent rise.", "a 5 per cent rise", "percent", "relative change"),
    ("Sales fell by a quarter.", "fell by a quarter", "percent", "relative change"),
]


@pytest.mark.parametrize(("sentence", "words", "unit", "measure"), CHANGES, ids=[w for _, w, _, _ in CHANGES])
def test_changes_in_points_and_in_per_cent_are_different_measures(sentence: str, words: str, unit: str, measure: str) -> None:
    found = [c for c in extract(Source.build("a.txt", sentence)) if c.kind == "change"]
    assert [(c.text, c.unit, units.dimension(c.kind, c.unit)) for c in found] == [(words, unit, measure)]
    level = [c for c in extract(Source.build("b.txt", "Turnout was 3 percentage points.")) if c.kind == "percent"]
    assert units.comparable(found[0], level[0]) is (measure == "percentage point")


def test_conversions_go_there_and_back() -> None:
    """Exact units come back exactly; a unit of no single size comes back within its bounds."""
    x = claim("measure", None, 7, qualifier="exactly")
    for a, ua in UNITS.items():
        for b, ub in UNITS.items():
            if ua.dimension != ub.dimension or ua.offset or ub.offset:
                continue
            there = x._replace(unit=a, kind="duration" if ua.dimension == "time" else "measure")
            back = there._replace(unit=b, interval=units.in_unit(there, b))
            iv = units.in_unit(back, a)
            assert iv.contains(F(7)), (a, b, iv)
            if ua.low == ua.high and ub.low == ub.high or ua.family is not None and ua.family == ub.family:
                assert iv == Interval(F(7), F(7)), (a, b, iv)


REAL_NEWS = ROOT.parent / "shared" / "real-news" / "bbc-2004-dev.jsonl"


@pytest.mark.skipif(not REAL_NEWS.exists(), reason="the real-news corpus is not beside the project")
def test_every_figure_of_real_copy_has_a_measure_or_none() -> None:
    """Every figure the extractor reads in real copy gets a measure (or None) and an interval in its base unit."""
    with REAL_NEWS.open(encoding="utf-8") as lines:
        articles = [json.loads(line) for line, _ in zip(lines, range(300))]
    seen = set()
    for article in articles:
        for c in extract(Source.build(str(article["id"]), article["text"])):
            dim = units.dimension(c.kind, c.unit)
            iv = units.in_base(c)
            seen.add(dim)
            if dim is not None and c.value is not None and c.qualifier == "exact" and c.unit == units.base(dim):
                assert iv == c.interval
    assert {"count", "share", "time", "money:GBP", "money:USD", "length", None} <= seen


# (words of a figure, its measure): a range of years is an age when its words say so
AGE_RANGES = [
    ("Girls aged between 12-15 were at risk.", "age"),
    ("Children aged 12 to 15 were at risk.", "age"),
    ("Pupils ages 12-15 took part.", "age"),
    ("Women aged 18 to 24 years took part.", "age"),
    ("The 12- to 15-year-olds took part.", "age"),
    ("He was jailed for 12-15 years.", "time"),
    ("The work took 3-4 hours.", "time"),
    ("Between 40% and 50% agreed.", "share"),
]


@pytest.mark.parametrize(("sentence", "expected"), AGE_RANGES, ids=[s for s, _ in AGE_RANGES])
def test_a_range_of_ages_is_an_age(sentence: str, expected: str) -> None:
    found = [c for c in extract(Source.build("a.txt", sentence)) if c.kind in {"range", "change"}]
    assert [units.measure(c) for c in found] == [expected]
    age = extract(Source.build("b.txt", "A 13-year-old was at risk."))[0]
    assert units.comparable(found[0], age) is (expected == "age")
