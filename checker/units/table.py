"""The units figures are stated in: what each measures and its size in its measure's base unit.

One row per unit the extractor gives (and a few it may give), sizes exact. A unit of no single size
(a month is 28 to 31 days, a gallon a US or an imperial one) has the least and the most it may be,
and, where such units are exact multiples of each other (a year is 12 months, a gallon 8 pints,
in either system), a family and its size in the family's smallest unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction as F


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit: its measure, its size in the measure's base unit (least and most), how evidence writes it."""

    dimension: str
    low: F
    high: F  # == low for a unit of one size
    symbol: str
    family: str | None = None  # units of no single size that are exact multiples of each other
    steps: F = F(1)  # its size in the family's smallest unit
    offset: F = F(0)  # added after scaling: a temperature's zero (base = value * size + offset)
    imperial: bool = False  # imperial or US customary: converted to metric, a figure was rounded


def _one(dimension: str, size: F | int, symbol: str, offset: F = F(0), imperial: bool = False) -> Unit:
    return Unit(dimension, F(size), F(size), symbol, offset=offset, imperial=imperial)


def _loose(dimension: str, low: F | int, high: F | int, symbol: str, family: str | None = None, steps: int = 1,
           imperial: bool = False) -> Unit:
    return Unit(dimension, F(low), F(high), symbol, family, F(steps), imperial=imperial)


def _imperial(dimension: str, size: F | int, symbol: str, offset: F = F(0)) -> Unit:
    return _one(dimension, size, symbol, offset, imperial=True)


DAY = 86_400
MILE = F("1609.344")
US_GALLON, IMPERIAL_GALLON = F("3.785411784"), F("4.54609")
POUND = F("0.45359237")

UNITS: dict[str, Unit] = {
    # shares: a ratio is the base; per cent is a hundredth. Percentage points and multipliers are no shares.
    "ratio": _one("share", 1, ""), "percent": _one("share", F(1, 100), "%"),
    "percentage_point": _one("percentage point", 1, " points"), "times": _one("multiplier", 1, "x"),
    # time: the second is the base. A month is 28 to 31 days, a year 365 or 366, so the calendar's
    # units hold to the clock's only within those bounds, and to each other exactly (a year is 12 months).
    "second": _one("time", 1, " s"), "minute": _one("time", 60, " min"), "hour": _one("time", 3_600, " h"),
    "day": _one("time", DAY, " days"), "week": _one("time", 7 * DAY, " weeks"),
    "fortnight": _one("time", 14 * DAY, " fortnights"),
    "month": _loose("time", 28 * DAY, 31 * DAY, " months", "calendar", 1),
    "year": _loose("time", 365 * DAY, 366 * DAY, " years", "calendar", 12),
    "decade": _loose("time", 3_651 * DAY, 3_653 * DAY, " decades", "calendar", 120),
    "century": _loose("time", 36_524 * DAY, 36_525 * DAY, " centuries", "calendar", 1_200),
    # length: the metre
    "millimetre": _one("length", F(1, 1000), " mm"), "centimetre": _one("length", F(1, 100), " cm"),
    "metre": _one("length", 1, " m"), "kilometre": _one("length", 1000, " km"),
    "inch": _imperial("length", F("0.0254"), " in"), "foot": _imperial("length", F("0.3048"), " ft"),
    "yard": _imperial("length", F("0.9144"), " yd"), "mile": _imperial("length", MILE, " miles"),
    "nautical mile": _imperial("length", 1852, " nautical miles"),
    "light-year": _one("length", 9_460_730_472_580_800, " light-years"),
    # area: the square metre
    "hectare": _one("area", 10_000, " ha"), "acre": _imperial("area", F("4046.8564224"), " acres"),
    "square metre": _one("area", 1, " sq m"), "square kilometre": _one("area", 10**6, " sq km"),
    "square mile": _imperial("area", MILE**2, " sq miles"), "square foot": _imperial("area", F("0.09290304"), " sq ft"),
    # mass: the kilogram. A ton is a short (2,000 lb) or a long (2,240 lb) one; a tonne lies between.
    "milligram": _one("mass", F(1, 10**6), " mg"), "gram": _one("mass", F(1, 1000), " g"),
    "kilogram": _one("mass", 1, " kg"), "tonne": _one("mass", 1000, " tonnes"),
    "ton": _loose("mass", 2000 * POUND, 2240 * POUND, " tons", imperial=True), "pound-mass": _imperial("mass", POUND, " lb"),
    "ounce": _imperial("mass", POUND / 16, " oz"), "stone": _imperial("mass", 14 * POUND, " st"),
    # volume: the litre. Gallons and pints are US or imperial (8 pints to the gallon in both);
    # a cup is US, metric or imperial; a spoon US, metric or Australian; a barrel is one of oil (42 US gallons).
    "millilitre": _one("volume", F(1, 1000), " ml"), "centilitre": _one("volume", F(1, 100), " cl"),
    "litre": _one("volume", 1, " litres"),
    "gallon": _loose("volume", US_GALLON, IMPERIAL_GALLON, " gallons", "gallon", 8, imperial=True),
    "pint": _loose("volume", US_GALLON / 8, IMPERIAL_GALLON / 8, " pints", "gallon", 1, imperial=True),
    "cup": _loose("volume", US_GALLON / 16, IMPERIAL_GALLON / 16, " cups", imperial=True),
    "tablespoon": _loose("volume", US_GALLON / 256, F(20, 1000), " tbsp", imperial=True),
    "teaspoon": _loose("volume", US_GALLON / 768, F(5, 1000), " tsp", imperial=True),
    "barrel": _imperial("volume", 42 * US_GALLON, " barrels"),
    # speed: the metre per second
    "metre per second": _one("speed", 1, " m/s"), "mile per hour": _imperial("speed", MILE / 3600, " mph"), "kilometre per hour": _one("speed", F(1000, 3600), " km/h"),
    "knot": _imperial("speed", F(1852, 3600), " knots"),
    # temperature: the kelvin ("degree" alone may be an angle: a unit of its own)
    "kelvin": _one("temperature", 1, " K"), "degree Celsius": _one("temperature", 1, "°C", F("273.15")),
    "degree Fahrenheit": _imperial("temperature", F(5, 9), "°F", F("459.67") * F(5, 9)),
    # power: the watt; energy: the joule (a calorie in news copy is often a kilocalorie)
    "watt": _one("power", 1, " W"), "kilowatt": _one("power", 10**3, " kW"), "megawatt": _one("power", 10**6, " MW"),
    "gigawatt": _one("power", 10**9, " GW"),
    "joule": _one("energy", 1, " J"), "kilowatt hour": _one("energy", 36 * 10**5, " kWh"), "megawatt hour": _one("energy", 36 * 10**8, " MWh"),
    "gigawatt hour": _one("energy", 36 * 10**11, " GWh"), "terawatt hour": _one("energy", 36 * 10**14, " TWh"),
    "kilocalorie": _one("energy", 4184, " kcal"), "calorie": _loose("energy", F("4.184"), 4184, " calories"),
    # data: the byte (a kilobyte is 1,000 or 1,024 bytes); data rates: the bit per second (decimal)
    "bit": _one("data", F(1, 8), " bits"), "byte": _one("data", 1, " bytes"),
    "kilobyte": _loose("data", 10**3, 2**10, " KB"), "megabyte": _loose("data", 10**6, 2**20, " MB"),
    "gigabyte": _loose("data", 10**9, 2**30, " GB"), "terabyte": _loose("data", 10**12, 2**40, " TB"),
    "bit per second": _one("data rate", 1, " bps"), "kilobit per second": _one("data rate", 10**3, " kbps"), "megabit per second": _one("data rate", 10**6, " Mbps"),
    "gigabit per second": _one("data rate", 10**9, " Gbps"),
    "hertz": _one("frequency", 1, " Hz"), "kilohertz": _one("frequency", 10**3, " kHz"),
    "megahertz": _one("frequency", 10**6, " MHz"), "gigahertz": _one("frequency", 10**9, " GHz"),
    "magnitude": _one("earthquake magnitude", 1, " magnitude"),  # an earthquake's, on the Richter or moment scale
    "pixel": _one("image size", 1, " pixels"), "megapixel": _one("image size", 10**6, " megapixels"),
    # money: each currency its own measure, never converted (no exchange rates); a satoshi is a
    # hundred-millionth of a bitcoin
    "SAT": _one("money:BTC", F(1, 10**8), " SAT"),
}

SPEED_TIMES = {"second": ("s", 1), "minute": ("min", 60), "hour": ("h", 3_600)}  # a length per one of these is a speed


def _speeds() -> dict[str, Unit]:
    """A speed for each length per second, minute and hour ("kilometre per second", "mile per minute"), in metres per
    second, written as its length's symbol over the time's ("km/s"); the speeds named above keep their own rows."""
    out = {}
    for name, length in UNITS.items():
        if length.dimension != "length" or name == "light-year":
            continue
        for time, (symbol, seconds) in SPEED_TIMES.items():
            out[f"{name} per {time}"] = _one("speed", length.low / seconds, f"{length.symbol}/{symbol}", imperial=length.imperial)
    return out


UNITS.update({name: unit for name, unit in _speeds().items() if name not in UNITS})
# each speed named by a length and a time: that length and that time ("kilometre per hour": 'kilometre', 'hour')
SPEEDS = {name: (length, time) for name in UNITS for length, _, time in [name.rpartition(" per ")]
          if length in UNITS and UNITS[length].dimension == "length" and time in SPEED_TIMES}
