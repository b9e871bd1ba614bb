"""The families of phrasing the sixth blind stories (`fixtures/blind-stories/b6-*`) were misread by, each
in several wordings of our own, with the pairs that must not be compared: a scale hyphened into an
adjective, a change named before its size, a change between two percentages, a rate told by an adjective,
an annual change told for a month, the two parties to one deal, the lone temperature of a place, a general
word for a kind of thing, a verb of holding read as detaining, and the news synonyms of the counted thing.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction as F

import pytest

from checker.align import check
from checker.extract import extract
from checker.meaning import describe
from checker.model import Claim, Source

PUBLISHED = date(2026, 11, 30)


def _claims(text: str) -> list[Claim]:
    return extract(Source.build("a.txt", text, published=PUBLISHED))


def _flagged(a: str, b: str) -> bool:
    """Whether the cross-source check flags anything between two reports published on one day."""
    return bool(check({name: extract(Source.build(name, text, published=PUBLISHED)) for name, text in (("a.txt", a), ("b.txt", b))}))


def _figure(text: str, figure: str) -> Claim:
    return next(c for c in _claims(text) if c.text == figure)


# -- a scale hyphened into an adjective: "a 2.1-billion-dollar deal" is money, in billions
@pytest.mark.parametrize("text, figure, value, unit", [
    ("The carrier signed a 2.1-billion-dollar deal for new jets.", "2.1-billion-dollar", F(2_100_000_000), "USD"),
    ("It is a $1.2-billion contract over ten years.", "$1.2-billion", F(1_200_000_000), "USD"),
    ("The club agreed a 50-million-pound fee for the striker.", "50-million-pound", F(50_000_000), "GBP"),
    ("A five-million-euro fine was imposed on the bank.", "five-million-euro", F(5_000_000), "EUR"),
    ("The 20-million-strong diaspora sends money home.", "20-million", F(20_000_000), None),
])
def test_a_scale_hyphened_into_an_adjective_scales_its_figure(text: str, figure: str, value: F, unit: str | None) -> None:
    claim = _figure(text, figure)
    assert (claim.value, claim.unit) == (value, unit)


def test_a_chance_in_a_million_is_no_figure() -> None:
    """A scale hyphened after an article is an idiom, not a figure: "a one-in-a-million chance"."""
    assert [c.text for c in _claims("It was a one-in-a-million chance.")] == []


# -- a change named before its size: "an annual increase of 2.4%" is a change, as "up 2.4%" is
@pytest.mark.parametrize("text, figure, value", [
    ("Property values recorded an annual increase of 2.4% in September.", "increase of 2.4%", F(12, 5)),
    ("Prices saw a rise of 3% over the summer.", "rise of 3%", F(3)),
    ("The retailer posted a sharp fall of 5 per cent in sales.", "fall of 5 per cent", F(-5)),
    ("Shoppers faced a 3% annual rise in food prices.", "a 3% annual rise", F(3)),
    ("Staff accepted a 5% pay cut.", "a 5% pay cut", F(-5)),
    ("Sales showed a year-on-year increase of 4%.", "increase of 4%", F(4)),
])
def test_a_change_named_before_its_size_is_a_change(text: str, figure: str, value: F) -> None:
    claim = _figure(text, figure)
    assert (claim.kind, claim.value, claim.unit) == ("change", value, "percent")


@pytest.mark.parametrize("text, figure, kind", [
    ("The rate showed a rise of 3 percentage points.", "3 percentage points", "percent"),  # points: a level's change, as ever
    ("The firm holds a stake of 20% in the bank.", "20%", "percent"),  # a stake is no change
    ("Visitors rose from 48,000 to 60,000. The increase of 15% was a record.", "15%", "percent"),  # names the change before it
])
def test_what_is_no_named_change(text: str, figure: str, kind: str) -> None:
    assert _figure(text, figure).kind == kind


@pytest.mark.parametrize("text", [
    "Sales showed a year-on-year increase of 4%.",
    "Sales rose 4% month-on-month.",
    "The year-to-date figure was higher.",
    "Staff received a year-end bonus of £500.",
])
def test_a_comparison_of_periods_is_no_duration(text: str) -> None:
    assert [c.text for c in _claims(text) if c.kind == "duration"] == []


# -- a change between two percentages is in percentage points
@pytest.mark.parametrize("text, figure, value", [
    ("Electric cars' share rose from 15% to 21% in October.", "rose from 15% to 21%", F(6)),
    ("Unemployment fell from 5.2 per cent to 4.8 per cent.", "fell from 5.2 per cent to 4.8 per cent", F(-2, 5)),
])
def test_a_change_between_percentages_is_in_points(text: str, figure: str, value: F) -> None:
    claim = _figure(text, figure)
    assert (claim.kind, claim.value, claim.unit) == ("change", value, "percentage_point")


POINTS_AND_PER_CENT_OF_ONE_CHANGE = [
    ("Electric cars' share of new sales rose from 15% to 21% in October.",
     "The share of electric cars in new sales jumped by 40 per cent in October, to 21%.", False),  # 6 points is 40 per cent
    ("The jobless rate rose from 4% to 5% last month.", "The jobless rate rose by two percentage points last month, to 6%.", True),
]


# -- a rate told by an adjective of its period
@pytest.mark.parametrize("text, figure, dimension", [
    ("Councillors signed off a £195,000 annual salary for the chief executive.", "£195,000", "money:GBP per year"),
    ("He earns £40,000 per annum.", "£40,000", "money:GBP per year"),
    ("She will be paid an annual salary of about £90,000.", "about £90,000", "money:GBP per year"),
    ("The club pays £1m annually to the council.", "£1m", "money:GBP per year"),
    ("Members pay a monthly fee of £30.", "£30", "money:GBP per month"),
    ("She is on a salary of £90,000.", "£90,000", "money:GBP per year"),  # a salary is told by the year
    ("He will take a £250,000 salary.", "£250,000", "money:GBP per year"),
    ("Nurses on a monthly salary of £2,400 will get a rise.", "£2,400", "money:GBP per month"),
    ("The salaries of 300 staff were frozen.", "300", "count"),  # a count of staff is no rate
    ("He earns £40,000 from the sale.", "£40,000", "money:GBP"),
    ("The annual festival drew 40,000 people.", "40,000", "count"),  # an annual event's crowd is no rate
])
def test_a_rate_told_by_an_adjective(text: str, figure: str, dimension: str) -> None:
    meaning = describe(_figure(text, figure))
    assert meaning is not None and meaning.dimension == dimension


A_SALARY_A_YEAR_AGAINST_AN_ANNUAL_SALARY = [
    ("The new chief executive of Harrogate council will be paid £159,000 a year, councillors agreed.",
     "Councillors have signed off a £195,000 annual salary for the council's next chief executive.", True),
    ("The new chief executive of Harrogate council will be paid £159,000 a year, councillors agreed.",
     "Councillors have signed off a £159,000 annual salary for the council's next chief executive.", False),
    ("The new chief executive of Harrogate council will be paid £159,000 a year, councillors agreed.",
     "The council's next chief executive will be on a salary of £195,000.", True),
    ("The new chief executive of Harrogate council will be paid £159,000 a year.",
     "The council's next chief executive will cost £195,000 over the first year of the contract.", False),  # a total, no rate
]


# -- an annual change told for a month is of the year to that month
AN_ANNUAL_CHANGE_TOLD_FOR_A_MONTH = [
    ("House prices in Scotland rose by 4.2 per cent in the year to September, official figures showed.",
     "Scottish property values recorded an annual increase of 2.4% in September.", True),
    ("House prices in Scotland rose by 2.4 per cent in the year to September, official figures showed.",
     "Scottish property values recorded an annual increase of 2.4% in September.", False),
    ("House prices in Scotland rose by 4.2 per cent in the year to September, official figures showed.",
     "Scottish house prices rose by 0.4% in September alone.", False),  # a month's change is not the year's
]


# -- the two parties to one deal, each report naming both
TWO_PARTIES_TO_ONE_DEAL = [
    ("Airbus has won a $1.2bn order from Vietnam Airlines for new jets.",
     "Vietnam Airlines has signed a 2.1-billion-dollar deal with Airbus for new aircraft.", True),
    ("Kestrel Foods sold its bakery arm to Harlow Group for £40m.",
     "Harlow Group bought the bakery business from Kestrel Foods in a £45m deal.", True),
    ("Kestrel Foods sold its bakery arm to Harlow Group for £40m.",
     "Harlow Group bought the bakery business from Kestrel Foods in a £40m deal.", False),
    # a fine (a share, a score) of one party is its own, though the sentence names the other
    ("The league said Rangers must pay a £10,000 fine after the game with Celtic.",
     "The league said Celtic must pay a £20,000 fine after the game with Rangers.", False),
    # two figures of one sentence, one of each name: never one figure of both
    ("Tesco's market share rose to 27%, while Asda's fell to 14%.", "Asda's share slipped to 15%, behind Tesco.", False),
]


# -- the lone temperature of one place, at one extreme
THE_LONE_TEMPERATURE_OF_A_PLACE = [
    ("Temperatures plunged to minus 14C at Braemar overnight, the lowest this winter, forecasters said.",
     "The Aberdeenshire village of Braemar shivered at -11C last night, the coldest place in the UK this winter.", True),
    ("Temperatures plunged to minus 14C at Braemar overnight, the lowest this winter, forecasters said.",
     "Braemar recorded minus 14C last night, the coldest place in the UK this winter.", False),
    ("Temperatures plunged to minus 4C at Braemar overnight, the lowest this winter.",
     "Braemar reached a high of 3C in the afternoon sunshine.", False),  # its low is not its high
    ("Temperatures plunged to minus 14C at Braemar overnight.", "Aviemore shivered at -11C last night.", False),  # another place
    ("Temperatures plunged to minus 14C at Braemar overnight, the lowest in Britain this winter, the Met Office said.",
     "Braemar had a milder spell last week, when it reached 9C.", False),  # of no extreme
]


# -- a general word for a kind of thing: "the drug" may be the cocaine another report names, not the heroin
A_GENERAL_WORD_FOR_A_KIND = [
    ("Border officers seized 2.5 tonnes of cocaine hidden in bananas at the docks.",
     "Some 1,500kg of the drug, worth £120m, was found in the banana shipment.", True),
    ("Border officers seized 1.5 tonnes of cocaine hidden in bananas at the docks.",
     "Some 1,500kg of the drug, worth £120m, was found in the banana shipment.", False),
    ("Border officers seized 2.5 tonnes of cocaine hidden in bananas at the docks.",
     "Some 1,500kg of heroin was found in a separate lorry.", False),  # cocaine is not heroin
]


# -- a verb of holding read as detaining, where the police hold
@pytest.mark.parametrize("text, figure", [
    ("Twenty-two fans were held by riot police after the match.", "Twenty-two"),
    ("Some 40 protesters were rounded up by officers in the square.", "Some 40"),
    ("Police held 27 people overnight.", "27"),
    ("Thirty men were taken into custody after the raid.", "Thirty"),
])
def test_held_by_police_is_detained(text: str, figure: str) -> None:
    meaning = describe(_figure(text, figure))
    assert meaning is not None and meaning.verb == "detain"


@pytest.mark.parametrize("text, figure", [
    ("The festival, held in a park, drew 40,000 people.", "40,000"),
    ("Some 40 people were taken to hospital.", "Some 40"),
])
def test_held_without_police_is_no_detention(text: str, figure: str) -> None:
    meaning = describe(_figure(text, figure))
    assert meaning is not None and meaning.verb != "detain"


ARRESTED_AGAINST_HELD = [
    ("Police arrested 27 people after fighting broke out between rival supporters outside the stadium on Saturday.",
     "Twenty-two fans were held by riot police after bottles and flares rained down outside the ground on Saturday.", True),
    ("Police arrested 22 people after fighting broke out between rival supporters outside the stadium on Saturday.",
     "Twenty-two fans were held by riot police after bottles and flares rained down outside the ground on Saturday.", False),
]


# -- news synonyms of the counted thing and its verb
SYNONYMS_OF_THE_COUNTED_THING = [
    ("Ryanair cancelled 230 flights on Friday as air traffic controllers walked out.",
     "Some 320 departures were scrapped by Ryanair on Friday because of the strike.", True),
    ("Ryanair cancelled 230 flights on Friday as air traffic controllers walked out.",
     "Some 230 departures were scrapped by Ryanair on Friday because of the strike.", False),
    ("The refurbishment of the town library will cost the council £2.3 million, a report shows.",
     "The library's long-awaited revamp comes with a £3.2m price tag, council papers show.", True),
    ("The refurbishment of the town library will cost the council £2.3 million, a report shows.",
     "The library's long-awaited revamp comes with a £2.3m price tag, council papers show.", False),
    ("Three officers were slightly hurt in the clashes.", "Three cops were hurt in the mayhem.", False),
]


# -- a sum told after the name it is given to is that name's, whoever else the sentence names
@pytest.mark.parametrize("text, figure, given_to", [
    ("The league fined Rangers £10,000 over the Celtic match.", "£10,000", "rangers"),
    ("A tribunal awarded Ms Hale £50,000 after her dismissal by Corvo Coffee.", "£50,000", "ms hale"),
    ("Harlow Group paid Kestrel Foods about £40m for the bakery arm.", "about £40m", "kestrel foods"),
    ("The council paid £40m for the site.", "£40m", None),
    ("The regulator said the £40m fine was fair.", "£40m", None),
])
def test_a_sum_given_to_a_name_is_its(text: str, figure: str, given_to: str | None) -> None:
    meaning = describe(_figure(text, figure))
    assert meaning is not None and meaning.given_to == given_to


A_SUM_GIVEN_TO_A_NAME = [
    ("The league fined Rangers £10,000 over the Celtic match.", "The league fined Celtic £20,000 over the Rangers match.", False),
    ("The league fined Rangers £10,000 over the Celtic match.", "The league fined Rangers £20,000 over the Celtic match.", True),
    ("A tribunal awarded Ms Hale £50,000 after her dismissal by Corvo Coffee.", "Corvo Coffee was ordered to pay Ms Hale £35,000.", True),
    # one fine, told once with whom it was given to and once without
    ("The regulator has fined Kell Bank £500,000 over the data breach.", "The bank said the £650,000 fine from the regulator was unfair.", True),
]


PAIRS = {  # each family's pairs of reports, and whether they must be flagged
    "a_sum_given_to_a_name": A_SUM_GIVEN_TO_A_NAME,
    "points_and_per_cent_of_one_change": POINTS_AND_PER_CENT_OF_ONE_CHANGE,
    "a_salary_a_year_against_an_annual_salary": A_SALARY_A_YEAR_AGAINST_AN_ANNUAL_SALARY,
    "an_annual_change_told_for_a_month": AN_ANNUAL_CHANGE_TOLD_FOR_A_MONTH,
    "two_parties_to_one_deal": TWO_PARTIES_TO_ONE_DEAL,
    "the_lone_temperature_of_a_place": THE_LONE_TEMPERATURE_OF_A_PLACE,
    "a_general_word_for_a_kind": A_GENERAL_WORD_FOR_A_KIND,
    "arrested_against_held": ARRESTED_AGAINST_HELD,
    "synonyms_of_the_counted_thing": SYNONYMS_OF_THE_COUNTED_THING,
}


@pytest.mark.parametrize("a, b, flagged", [row for rows in PAIRS.values() for row in rows],
                         ids=[f"{name}-{k}" for name, rows in PAIRS.items() for k in range(len(rows))])
def test_two_reports_of_one_family(a: str, b: str, flagged: bool) -> None:
    """Each family's pairs: flagged where the reports give one figure differently, quiet where they agree or speak
    of different things."""
    assert _flagged(a, b) is flagged
