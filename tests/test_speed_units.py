"""A length over a time is a speed, however copy writes it: "570 km/s", "60 miles per hour", "a 40-mile-an-hour
gale", "3 metres a second". Read as a length ("60 miles"), a speed was never held against the same speed told as
"60mph", and a rate over hours ("180mm in 36 hours, 15mm an hour") lost its time.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from checker.align import check
from checker.builtins import rate
from checker.extract import extract
from checker.model import Claim, Source
from checker.relations import read
from checker.units import measure
from checker.units.table import MILE, SPEEDS, UNITS


def _claim(sentence: str, words: str) -> Claim:
    return next(c for c in extract(Source.build("a.txt", sentence)) if c.text == words)


@pytest.mark.parametrize("sentence, words, unit", [
    ("The ejected gas is racing outwards at 880 km/s, the astronomers said.", "880 km/s", "kilometre per second"),
    ("The comet's tail streams away at 410 kilometers per second.", "410 kilometers per second", "kilometre per second"),
    ("Police said the car was doing 60 miles per hour in a 30 zone.", "60 miles per hour", "mile per hour"),
    ("The lorry was travelling at 90 kilometres an hour when it left the road.", "90 kilometres an hour", "kilometre per hour"),
    ("A 40-mile-an-hour gale brought down power lines.", "40-mile-an-hour", "mile per hour"),
    ("Gusts reached 20 m/s on the ridge.", "20 m/s", "metre per second"),
    ("The jet of water leaves the nozzle at 25 ft/s.", "25 ft/s", "foot per second"),
    ("The glacier is sliding 3 metres a day, or about 12 centimetres an hour.", "about 12 centimetres an hour", "centimetre per hour"),
    ("The prototype reached 500 kmh on the test track.", "500 kmh", "kilometre per hour"),
    ("The tape moves at 7 inches per second.", "7 inches per second", "inch per second"),
    ("Speeds of 50-70 km/h are planned on the new road.", "50-70 km/h", "kilometre per hour"),
])
def test_a_length_over_a_time_is_a_speed(sentence: str, words: str, unit: str) -> None:
    claim = _claim(sentence, words)
    assert (claim.unit, measure(claim)) == (unit, "speed")


@pytest.mark.parametrize("sentence, words, unit", [
    ("She ran 5 miles a day in training.", "5 miles", "mile"),  # a distance a day is a rate of the distance, no speed
    ("The river rose 3.6 metres in 12 hours.", "3.6 metres", "metre"),
    ("The bridge is 300 metres long.", "300 metres", "metre"),
])
def test_a_length_with_no_time_of_its_own_stays_a_length(sentence: str, words: str, unit: str) -> None:
    assert _claim(sentence, words).unit == unit


def test_each_length_has_its_speeds_in_metres_per_second() -> None:
    assert UNITS["kilometre per second"].low == 1000
    assert UNITS["mile per minute"].low == MILE / 60
    assert UNITS["centimetre per hour"].low == F(1, 360_000)
    assert UNITS["mile per hour"].symbol == " mph"  # the speeds named in the table keep their own rows
    assert UNITS["foot per second"].imperial and not UNITS["metre per second"].imperial
    assert SPEEDS["kilometre per hour"] == ("kilometre", "hour")
    assert all(UNITS[name].dimension == "speed" for name in SPEEDS)


@pytest.mark.parametrize("a, b, flagged", [
    ("The probe is now travelling at 17 km/s, mission control said.", "Mission control said the probe is now travelling at 17 kilometres per second.", False),
    ("The probe is now travelling at 17 km/s, mission control said.", "Mission control said the probe is now travelling at 21 kilometres per second.", True),
    ("Police said the van was doing 70mph on the bypass.", "Police said the van was travelling at 70 miles per hour on the bypass.", False),
    ("Police said the van was doing 70mph on the bypass.", "Police said the van was travelling at 90 miles per hour on the bypass.", True),
    ("Police said the van was doing 70mph on the bypass.", "Police said the van was travelling at about 113 kilometres an hour on the bypass.", False),
    ("Police said the van was doing 70mph on the bypass.", "Police said the van was travelling at about 150 kilometres an hour on the bypass.", True),
])
def test_one_speed_told_in_two_ways(a: str, b: str, flagged: bool) -> None:
    claims = {name: extract(Source.build(name, text)) for name, text in (("a.txt", a), ("b.txt", b))}
    assert bool(check(claims)) is flagged


@pytest.mark.parametrize("text, flagged", [
    ("Some 180mm of rain fell during the 36-hour storm, an average of 15mm an hour.", True),
    ("Some 180mm of rain fell during the 36-hour storm, an average of 5mm an hour.", False),
    ("The crews laid 240 metres of track over the eight-hour shift, or 60 metres an hour.", True),
    ("The crews laid 240 metres of track over the eight-hour shift, or 30 metres an hour.", False),
])
def test_a_length_over_hours_and_its_speed_are_a_rate(text: str, flagged: bool) -> None:
    claims = extract(Source.build("a.txt", text))
    assert any(True for _ in rate.run(claims, None, read(claims, text))) is flagged
