"""Words that carry numbers: cardinals, scales, fractions, hedges, units and currencies."""

from __future__ import annotations

import unicodedata
from fractions import Fraction

UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
    "thousands": 10**3, "millions": 10**6, "billions": 10**9,
}
# abbreviations written straight after digits ("5.1m", "2bn", "10k", "2.33 k", "1MM")
SCALE_SUFFIXES = {
    "k": 10**3, "K": 10**3, "m": 10**6, "M": 10**6, "mn": 10**6, "mil": 10**6, "MM": 10**6,
    "mm": 10**6, "b": 10**9, "B": 10**9, "bn": 10**9, "bln": 10**9, "G": 10**9,
    "t": 10**12, "T": 10**12, "tn": 10**12, "tln": 10**12, "trn": 10**12,
}
DOZENS = {"dozen", "dozens", "dz", "dzs", "doz", "dozs"}
# denominators named by ordinals: "a third", "five eighths", "three twenty-firsts"
ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}
ORDINAL_SCALES = {
    "hundredth": 100, "thousandth": 10**3, "millionth": 10**6, "billionth": 10**9,
    "trillionth": 10**12,
}
HALVES = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
MINUS = {"minus", "negative"}
VULGAR = {
    "½": Fraction(1, 2), "⅓": Fraction(1, 3), "⅔": Fraction(2, 3), "¼": Fraction(1, 4),
    "¾": Fraction(3, 4), "⅕": Fraction(1, 5), "⅖": Fraction(2, 5), "⅗": Fraction(3, 5),
    "⅘": Fraction(4, 5), "⅙": Fraction(1, 6), "⅚": Fraction(5, 6), "⅛": Fraction(1, 8),
    "⅜": Fraction(3, 8), "⅝": Fraction(5, 8), "⅞": Fraction(7, 8),
}
MULTIPLIER_WORDS: dict[str, int | Fraction] = {
    "doubled": 2, "doubling": 2, "doubles": 2, "double": 2, "trebled": 3, "trebling": 3,
    "trebles": 3, "treble": 3, "tripled": 3, "tripling": 3, "triples": 3, "triple": 3,
    "quadrupled": 4, "quadrupling": 4, "quadruples": 4, "quadruple": 4, "quintupled": 5, "quintupling": 5,
    "quintuples": 5, "quintuple": 5,
    "halved": Fraction(1, 2), "halving": Fraction(1, 2), "halves": Fraction(1, 2), "twice": 2,
}
# the nouns of a change, up and down: "a 25 per cent hike", "a rise of 15%", "The slump, of 30 per cent"
RISE_NOUNS = frozenset({"increase", "rise", "jump", "growth", "surge", "hike", "leap", "climb", "boost", "spike", "uplift", "upturn"})
FALL_NOUNS = frozenset({"fall", "drop", "decline", "reduction", "cut", "decrease", "slump", "plunge", "dip", "slide", "downturn"})
# the adjectives copy puts between "by" and the size of a change: "soar by a whopping 18 per cent"
CHANGE_INTENSIFIERS = frozenset({"whopping", "staggering", "massive", "hefty", "huge", "mere", "modest", "further", "record",
                                 "eye-watering", "dramatic", "sharp", "steep", "remarkable", "stunning"})
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
DURATION_UNITS = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second", "s": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "h": "hour",
    "day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight",
    "fortnights": "fortnight", "month": "month", "months": "month", "year": "year",
    "years": "year", "yr": "year", "yrs": "year", "ys": "year", "business": "day", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century",
}
CURRENCY_SYMBOLS = {
    "£": "GBP", "$": "USD", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB",
    "US$": "USD", "A$": "AUD", "C$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD",
    "₭": "LAK", "₱": "PHP", "₦": "NGN", "₺": "TRY", "₪": "ILS", "R$": "BRL", "₫": "VND",
    "₿": "BTC", "元": "CNY", "₡": "CRC", "₾": "GEL", "฿": "THB",
}
# "australian dollars", "swiss francs": a nationality before a currency word
NATIONAL_CURRENCIES = {
    ("australian", "dollar"): "AUD", ("canadian", "dollar"): "CAD", ("us", "dollar"): "USD",
    ("u.s.", "dollar"): "USD", ("american", "dollar"): "USD", ("hong kong", "dollar"): "HKD",
    ("new zealand", "dollar"): "NZD", ("singapore", "dollar"): "SGD", ("taiwan", "dollar"): "TWD",
    ("swiss", "franc"): "CHF", ("french", "franc"): "FRF", ("belgian", "franc"): "BEF",
    ("chinese", "yuan"): "CNY", ("japanese", "yen"): "JPY", ("turkish", "lira"): "TRY",
    ("italian", "lira"): "ITL", ("italian", "lire"): "ITL", ("mexican", "peso"): "MXN",
    ("indian", "rupee"): "INR", ("russian", "rouble"): "RUB", ("russian", "ruble"): "RUB",
    ("south african", "rand"): "ZAR", ("swedish", "krona"): "SEK", ("swedish", "kronor"): "SEK",
    ("norwegian", "krone"): "NOK", ("norwegian", "kroner"): "NOK", ("danish", "krone"): "DKK",
    ("danish", "kroner"): "DKK", ("brazilian", "real"): "BRL", ("finnish", "markka"): "FIM",
    ("dutch", "guilder"): "NLG", ("german", "mark"): "DEM", ("spanish", "peseta"): "ESP",
}
CURRENCY_WORDS = {
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "quid": "GBP",
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "franc": "CHF", "francs": "CHF",
    "peso": "MXN", "pesos": "MXN", "peseta": "ESP", "pesetas": "ESP", "won": "KRW",
    "rand": "ZAR", "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK",
    "lira": "TRY", "real": "BRL", "reais": "BRL", "dinar": "DIN", "dinars": "DIN",
    "bitcoin": "BTC", "bitcoins": "BTC", "satoshi": "SAT", "satoshis": "SAT",
    "shekel": "ILS", "shekels": "ILS", "naira": "NGN", "baht": "THB", "ringgit": "MYR",
    "kip": "LAK", "dong": "VND", "zloty": "PLN",
}
# the hundredth part of a currency, with the unit it is a part of
CURRENCY_CENTS = {"cent": "USD", "cents": "USD", "pence": "GBP", "penny": "GBP", "p": "GBP"}
CURRENCY_CODES = {
    "USD", "GBP", "EUR", "JPY", "CNY", "RMB", "INR", "AUD", "CAD", "NZD", "CHF", "HKD", "SGD",
    "SEK", "NOK", "DKK", "ZAR", "MXN", "BRL", "RUB", "KRW", "TRY", "PLN", "ILS", "NGN", "BTC",
}
# words before a figure that change what it allows
HEDGES = {
    "more than": "more_than", "over": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "above": "more_than", "exceeding": "more_than",
    "exceed": "more_than", "exceeds": "more_than", "just over": "just_over",
    "just above": "just_over", "greater than": "more_than", "higher than": "more_than",
    "larger than": "more_than", "bigger than": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "a minimum of": "at_least", "as many as": "at_most",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most",
    "not more than": "at_most", "a maximum of": "at_most", "as much as": "at_most",
    "fewer than": "less_than", "less than": "less_than", "under": "less_than",
    "below": "less_than", "lower than": "less_than", "smaller than": "less_than",
    "almost": "almost", "nearly": "almost", "just under": "almost", "just below": "almost",
    "just shy of": "almost", "close to": "approx", "around": "approx", "about": "approx",
    "approximately": "approx", "aproximately": "approx", "roughly": "approx", "some": "approx",
    "an estimated": "approx", "estimated": "approx", "circa": "approx", "c.": "approx",
    "approx.": "approx", "about an estimated": "approx", "nearer": "approx",
    "equal to": "exactly", "equals to": "exactly", "equals": "exactly", "exactly": "exactly",
    "precisely": "exactly", "surpass": "more_than", "surpassing": "more_than",
    "bigger or equal than": "at_least", "bigger or equal to": "at_least",
    "greater or equal than": "at_least", "greater than or equal to": "at_least",
    "higher or equal than": "at_least", "larger or equal than": "at_least",
    "more than or equal to": "at_least", "less than or equal to": "at_most",
    "less or equal than": "at_most", "smaller or equal than": "at_most",
    "lower or equal than": "at_most", "fewer than or equal to": "at_most",
    "smaller than or equal to": "at_most", "not exceeding": "at_most", "a little over": "just_over",
    "a little under": "almost", "well over": "more_than", "well above": "more_than",
}
# words after a figure that bound it from one side ("11 or under", "five or more")
TRAILING_HEDGES = {
    "or under": "at_most", "or younger": "at_most", "or less": "at_most", "or fewer": "at_most",
    "or below": "at_most", "and under": "at_most", "and younger": "at_most",
    "or more": "at_least", "or over": "at_least", "or older": "at_least", "or above": "at_least",
    "and over": "at_least", "and older": "at_least", "and above": "at_least", "plus": "at_least",
    "or so": "approx", "odd": "approx", "-odd": "approx", "+": "at_least", "and more": "at_least",
    "or greater": "at_least", "or higher": "at_least", "or lower": "at_most",
    "and less": "at_most", "or smaller": "at_most", "or larger": "at_least",
}
# comparison signs written before a figure
SIGN_HEDGES = {"<=": "at_most", "< =": "at_most", "≤": "at_most", ">=": "at_least", "> =": "at_least",
               "≥": "at_least", "<": "less_than", ">": "more_than"}
MEASURE_UNITS = {
    "km": "kilometre", "kilometre": "kilometre", "kilometres": "kilometre",
    "kilometer": "kilometre", "kilometers": "kilometre", "m": "metre", "metre": "metre",
    "metres": "metre", "meter": "metre", "meters": "metre", "cm": "centimetre",
    "centimetres": "centimetre", "centimeters": "centimetre", "mm": "millimetre",
    "millimetres": "millimetre", "millimeters": "millimetre", "mile": "mile", "miles": "mile",
    "mi": "mile", "nautical mile": "nautical mile", "nautical miles": "nautical mile", "nmi": "nautical mile", "mph": "mile per hour", "km/h": "kilometre per hour", "kph": "kilometre per hour", "kmh": "kilometre per hour",
    "ft": "foot", "foot": "foot", "feet": "foot", "inch": "inch", "inches": "inch", "in": "inch",
    "yard": "yard", "yards": "yard", "yd": "yard", "kg": "kilogram", "kilogram": "kilogram",
    "kilograms": "kilogram", "kilo": "kilogram", "kilos": "kilogram", "g": "gram",
    "gram": "gram", "grams": "gram", "gramme": "gram", "grammes": "gram", "mg": "milligram",
    "milligram": "milligram", "milligrams": "milligram", "lb": "pound-mass", "lbs": "pound-mass",
    "oz": "ounce", "ounce": "ounce", "ounces": "ounce", "tonne": "tonne", "tonnes": "tonne",
    "ton": "ton", "tons": "ton", "t": "tonne", "stone": "stone", "l": "litre", "litre": "litre",
    "litres": "litre", "liter": "litre", "liters": "litre", "ml": "millilitre",
    "millilitre": "millilitre", "millilitres": "millilitre", "cl": "centilitre",
    "gallon": "gallon", "gallons": "gallon", "pint": "pint", "pints": "pint",
    "cup": "cup", "cups": "cup", "tbsp": "tablespoon", "tablespoon": "tablespoon",
    "tablespoons": "tablespoon", "tsp": "teaspoon", "teaspoon": "teaspoon",
    "teaspoons": "teaspoon", "acre": "acre", "acres": "acre", "hectare": "hectare",
    "hectares": "hectare", "ha": "hectare", "sq": "square", "°c": "degree Celsius",
    "square kilometre": "square kilometre", "square kilometres": "square kilometre",
    "square kilometer": "square kilometre", "square kilometers": "square kilometre", "sq km": "square kilometre",
    "km2": "square kilometre", "km²": "square kilometre", "square mile": "square mile", "square miles": "square mile",
    "sq miles": "square mile", "sq mi": "square mile", "square metre": "square metre", "square metres": "square metre",
    "square meter": "square metre", "square meters": "square metre", "sq m": "square metre", "m2": "square metre",
    "m²": "square metre", "square foot": "square foot", "square feet": "square foot", "sq ft": "square foot",
    "c": "degree Celsius", "f": "degree Fahrenheit",
    "°f": "degree Fahrenheit", "°": "degree", "degree": "degree", "degrees": "degree",
    "celsius": "degree Celsius", "fahrenheit": "degree Fahrenheit", "kelvin": "kelvin",
    "w": "watt", "watt": "watt", "watts": "watt", "kw": "kilowatt", "kilowatt": "kilowatt",
    "kilowatts": "kilowatt", "mw": "megawatt", "megawatt": "megawatt", "megawatts": "megawatt",
    "gw": "gigawatt", "gigawatts": "gigawatt", "kwh": "kilowatt hour", "mwh": "megawatt hour",
    "gwh": "gigawatt hour", "twh": "terawatt hour", "v": "volt", "volt": "volt", "volts": "volt",
    "hz": "hertz", "khz": "kilohertz", "mhz": "megahertz", "ghz": "gigahertz",
    "kb": "kilobyte", "mb": "megabyte", "gb": "gigabyte", "tb": "terabyte", "byte": "byte",
    "bytes": "byte", "bit": "bit", "bits": "bit", "kbps": "kilobit per second",
    "mbps": "megabit per second", "gbps": "gigabit per second", "calorie": "calorie",
    "calories": "calorie", "kcal": "kilocalorie", "barrel": "barrel", "barrels": "barrel",
    "bpd": "barrel per day", "mpg": "mile per gallon", "knot": "knot", "knots": "knot",
    "pixel": "pixel", "pixels": "pixel", "megapixel": "megapixel", "megapixels": "megapixel",
    "light-year": "light-year", "light-years": "light-year", "decibel": "decibel",
    "decibels": "decibel", "db": "decibel", "magnitude": "magnitude",  # "a 6.4-magnitude quake"
}


# the characters a case-blind pattern takes for ASCII letters: İ and ı for i, ſ for s, the Kelvin sign for k
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def key(word: str) -> str:
    """`word`, matched by a case-blind pattern, as the lexicons spell it: lowercase ASCII where it
    stands for ASCII ("mıles" is "miles"), so that looking it up cannot fail."""
    return word.translate(_ASCII_FOLD).lower()


def unaccented(text: str) -> str:
    """`text` without its accents ('Siobhán' -> 'Siobhan', 'Zoë' -> 'Zoe'): each character decomposed (NFKD) and its
    combining marks dropped; an ASCII text (most are) as it is."""
    return text if text.isascii() else "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
