"""Families of phrasing read since the first blind sets (issue 11): round figures, lists that name all of a total,
a breakdown in the sentence after its total, a headline's change over the sentence under it. Each slip is flagged,
its correct twin quiet. Every sentence is invented."""

from __future__ import annotations

from fractions import Fraction

import pytest

from checker import arith, builtins
from checker.builtins import precision
from checker.model import Interval
from tests.conftest import claims_of

# (family, slip, its correct twin, the check that flags the slip)
FAMILIES = [
    # a round figure beside a partner of finer precision is read to the partner's step
    ("round-partner", "Compared with 4,500 last year, visits rose 5% to 5,000.",
     "Compared with 4,500 last year, visits rose 11% to 5,000.", "builtin.change"),
    ("round-partner", "Attendance fell 2% from 1,250 to 1,000.", "Attendance fell 20% from 1,250 to 1,000.", "builtin.change"),
    ("round-partner", "Membership grew by 3 per cent, from 3,600 to 4,000.",
     "Membership grew by 11 per cent, from 3,600 to 4,000.", "builtin.change"),
    ("round-partner", "Of the £2m raised, £2.3m went to the hospice.", "Of the £2m raised, £1.3m went to the hospice.",
     "builtin.part-whole"),
    ("round-partner", "Out of 3,000 applicants, 3,150 were offered a place.",
     "Out of 3,000 applicants, 2,150 were offered a place.", "builtin.part-whole"),
    ("round-partner", "The roll has shrunk by 15%: it was 520 in 2020 and is 500 now.",
     "The roll has shrunk by 4%: it was 520 in 2020 and is 500 now.", "builtin.change"),
    # one rounding at a time: figures of one precision are not all rounded the way that rescues the arithmetic
    ("one-rounding", "The £19m fund is split into £9m for schools, £6m for roads and £3m for parks.",
     "The £18m fund is split into £9m for schools, £6m for roads and £3m for parks.", "builtin.breakdown"),
    ("one-rounding", "The bill has halved, from £20m to £14m.", "The bill has halved, from £20m to £10m.", "builtin.trend"),
    ("one-rounding", "Exports halved from $11bn to $8bn in a decade.", "Exports halved from $11bn to $6bn in a decade.",
     "builtin.trend"),
    ("one-rounding", "The budget has 14 posts: 6 nurses, 4 porters and 3 cleaners.",
     "The budget has 13 posts: 6 nurses, 4 porters and 3 cleaners.", "builtin.breakdown"),
    # the labels of a list that name all of its total: men and women, for and against, the rest
    ("kinds", "Of the 48 candidates, 30 were men and 14 were women.", "Of the 44 candidates, 30 were men and 14 were women.",
     "builtin.breakdown"),
    ("kinds", "The school has 212 pupils, of which 120 are boys and 82 are girls.",
     "The school has 202 pupils, of which 120 are boys and 82 are girls.", "builtin.breakdown"),
    ("kinds", "The survey had 860 replies, of which 410 were in favour, 300 against and 100 undecided.",
     "The survey had 810 replies, of which 410 were in favour, 300 against and 100 undecided.", "builtin.breakdown"),
    ("kinds", "Of the 90 staff, 40 work full-time and 30 part-time.", "Of the 70 staff, 40 work full-time and 30 part-time.",
     "builtin.breakdown"),
    ("rest", "Of the 75 patients, 41 were treated at home, 22 in hospital and 9 elsewhere.",
     "Of the 72 patients, 41 were treated at home, 22 in hospital and 9 elsewhere.", "builtin.breakdown"),
    ("rest", "The fund paid out £640,000, of which £400,000 went on grants, £150,000 on loans and £60,000 on other costs.",
     "The fund paid out £610,000, of which £400,000 went on grants, £150,000 on loans and £60,000 on other costs.",
     "builtin.breakdown"),
    # the parts in the sentence after their total: "Of those, ..."
    ("of-those", "The force recorded 96 attacks last year. Of these, 51 were in the city, 30 in towns and 21 in villages.",
     "The force recorded 102 attacks last year. Of these, 51 were in the city, 30 in towns and 21 in villages.",
     "builtin.breakdown"),
    ("of-those", "The club has 260 members. Of those, 150 are men and 130 women.",
     "The club has 280 members. Of those, 150 are men and 130 women.", "builtin.breakdown"),
    ("of-those", "Inspectors visited 41 care homes in May. Of them, 20 were rated good, 15 adequate and 9 poor.",
     "Inspectors visited 44 care homes in May. Of them, 20 were rated good, 15 adequate and 9 poor.", "builtin.breakdown"),
    # a headline's change with no figure of its own, over the one pair of the sentence under it
    ("headline", "# Bus fares up 20%\n\nA single bus fare now costs £2.40, compared with £2.20 in 2023.",
     "# Bus fares up 9%\n\nA single bus fare now costs £2.40, compared with £2.20 in 2023.", "builtin.change"),
    ("headline", "Council tax to rise 5%\n\nBand D council tax will go from £1,800 to £1,980 in April.",
     "Council tax to rise 10%\n\nBand D council tax will go from £1,800 to £1,980 in April.", "builtin.change"),
    ("headline", "Library visits down 30%\n\nThe libraries had 84,000 visits last year, against 72,000 in 2022.",
     "Library visits up 17%\n\nThe libraries had 84,000 visits last year, against 72,000 in 2022.", "builtin.change"),
    ("headline", "Burglary doubles\n\nBurglaries rose from 300 in 2021 to 410 last year.",
     "Burglary doubles\n\nBurglaries rose from 300 in 2021 to 600 last year.", "builtin.trend"),
    # a count of the parts before the colon is neither their total nor in the way of it
    ("how-many", "The 90 beds are on two wards: 50 on Ash and 50 on Oak.", "The 90 beds are on two wards: 50 on Ash and 40 on Oak.",
     "builtin.breakdown"),
    ("remaining", "Of the 48 flats, 20 are let and the remaining 30 are empty.",
     "Of the 48 flats, 20 are let and the remaining 28 are empty.", "builtin.breakdown"),
    ("including", "The crash hurt 23 people, including 15 adults and 10 children.",
     "The crash hurt 23 people, including 11 adults and 10 children.", "builtin.breakdown"),
    ("there-are", "Parking fines have trebled: there were 400 in 2019 and there are 800 now.",
     "Parking fines have doubled: there were 400 in 2019 and there are 800 now.", "builtin.trend"),
    ("days", "The closure lasted three weeks, from 2 May to 6 June 2024.",
     "The closure lasted five weeks, from 2 May to 6 June 2024.", "builtin.period-length"),
    ("days", "The trial lasted 20 days, from 3 June to 3 July 2024.", "The trial lasted 30 days, from 3 June to 3 July 2024.",
     "builtin.period-length"),
    ("percent-more", "Sales hit 5,600 this year, 40% more than the 5,000 of last year.",
     "Sales hit 5,600 this year, 12% more than the 5,000 of last year.", "builtin.change"),
    ("percent-more", "Admissions were 4,100 last year. That is 20% more than the 3,800 of 2022.",
     "Admissions were 4,100 last year. That is 8% more than the 3,800 of 2022.", "builtin.change"),
    ("points", "Support stood at 44%, up six points on the 41% of May.", "Support stood at 44%, up three points on the 41% of May.",
     "builtin.change"),
    ("of-them", "The charity helped 2,400 families. Half of them, some 1,600, were in work.",
     "The charity helped 2,400 families. Half of them, some 1,200, were in work.", "builtin.share"),
    ("of-whom", "The fire drew 60 crews, of whom 75 came from outside the county.",
     "The fire drew 60 crews, of whom 15 came from outside the county.", "builtin.part-whole"),
    ("of-those", "The club entered 12 teams. Of those, 14 reached the final.", "The club entered 12 teams. Of those, four reached the final.",
     "builtin.part-whole"),
    ("possessive", "Some 20% of the county's 3,000 farms – around 900 – have closed.",
     "Some 20% of the county's 3,000 farms – around 600 – have closed.", "builtin.share"),
    # a sum shared out per head, and a rate of a measure
    ("per-head", "The three sisters split a £90,000 prize, £40,000 each.", "The three sisters split a £90,000 prize, £30,000 each.",
     "builtin.rate"),
    ("per-head", "The trust spends £2.4m on its 800 tenants, about £300 per head.",
     "The trust spends £2.4m on its 800 tenants, about £3,000 per head.", "builtin.rate"),
    ("each-of", "Each of the 8 coaches seats 52 people, 400 in all.", "Each of the 8 coaches seats 52 people, 416 in all.",
     "builtin.rate"),
    ("measure", "The plant treats 70,000 litres a week, or 20,000 litres a day.",
     "The plant treats 70,000 litres a week, or 10,000 litres a day.", "builtin.rate"),
    ("measure-bare", "Output rose to 5,200 tonnes last year, an increase of 30% on the 4,600 of 2022.",
     "Output rose to 5,200 tonnes last year, an increase of 13% on the 4,600 of 2022.", "builtin.change"),
    ("measure-bare", "The catch fell to 3,100 tonnes, down 20% from 3,400.", "The catch fell to 3,100 tonnes, down 9% from 3,400.",
     "builtin.change"),
    ("capitalised-thing", "The three Baltic states: Estonia, Latvia, Lithuania and Poland.",
     "The four Baltic states: Estonia, Latvia, Lithuania and Poland.", "builtin.named-count"),
    ("split-phases", "The £9m grant is split into tranches of £4m, £3m and £1m.",
     "The £8m grant is split into tranches of £4m, £3m and £1m.", "builtin.breakdown"),
    ("hedge-off", "A third of the 600 staff, some 250 people, took the offer.",
     "A third of the 600 staff, some 200 people, took the offer.", "builtin.share"),
]


@pytest.mark.parametrize(("family", "slip", "twin", "rule"), FAMILIES, ids=[f"{r}-{f}-{n}" for n, (f, _, _, r) in enumerate(FAMILIES)])
def test_a_slip_of_a_newer_family_is_flagged_and_its_twin_is_not(family: str, slip: str, twin: str, rule: str) -> None:
    assert [f.rule for f in builtins.run(claims_of(slip))] == [rule]
    assert [f.evidence for f in builtins.run(claims_of(twin))] == []


# correct copy of the same families: no finding
QUIET = [
    "Profits rose 12% to £4.5m from £4m.",  # "£4m" beside "£4.5m" is £4.0m: 11% to 15%
    "Sales rose 5% to 2,100 from 2,000.",
    "Shares fell 3% on the day, from 250p to 190p over the year.",  # a change of another period than the pair's
    "Police made 300 arrests. Of those, 120 were for drugs, 61 for weapons and 48 for theft.",  # some, not all
    "The trust received 340 complaints. Of them, 190 concerned waiting and 170 concerned staff.",  # two parts may overlap
    "Of the 300 staff, 200 are women and 150 are over 40.",  # "women" and "over 40" are no kinds of one whole
    "The firm employs 5,000 people, of which 3,000 are in the UK and 1,000 in the US.",
    "The club has 260 members. Some 150 are men and 110 are women.",  # no "Of those": the next sentence is its own
    "# Unemployment up 10%\n\nHouse prices went from £200,000 to £260,000 last year.",  # a headline about another thing
    "Tesco profits up 20%\n\nTesco said sales rose from £10bn to £11bn.",  # a name shared, not the thing that changed
    "Profits up 20% at Tesco\n\nTesco said sales rose from £10bn to £11bn.",
    "The 45% who disagreed were split: 20% strongly and 24% somewhat.",  # shares each keep their rounding
    "The 120 jobs will go at three sites: 50 in Derby, 40 in Leeds and 30 in Hull.",  # "three" counts the sites
    "The firm has 400 staff, including 150 in London and 20 in Leeds.",  # "including" may leave some out
    "The crash hurt 23 people, including 11 adults and 10 children.",  # ... even of kinds that make up a whole
    "The strike lasted five weeks, from 1 March to 5 April 2024.",
    "Three people were fined £500 each for their part in the £2m fraud.",  # a sum not shared between them
    "The two players cost £5m each, a total of £10m.",
    "The plant treats 70,000 litres a week, or 10,000 tonnes a day.",  # a measure of another unit
    "The catch fell to 3,100 tonnes, down 9% from 3,400 boats.",  # a count of another thing: no pair
]


@pytest.mark.parametrize("text", QUIET)
def test_a_newer_family_look_alike_is_quiet(text: str) -> None:
    assert [f.evidence for f in builtins.run(claims_of(text))] == []


def _claim(text: str, kind: str = "count") -> object:
    (c,) = [c for c in claims_of(f"It was {text} then.") if c.kind == kind]
    return c


PRECISION = [  # (figure, its partner, what the figure allows beside it)
    ("3,000", "2,500", Interval(Fraction(2950), Fraction(3050), True, False)),
    ("3,000", "2,514", Interval.exact(Fraction(3000))),
    ("3,000", "5,000", Interval(Fraction(2500), Fraction(3500), True, False)),  # no finer partner
    ("2,500", "3,000", Interval(Fraction(2450), Fraction(2550), True, False)),  # the finer keeps its own
]


@pytest.mark.parametrize(("figure", "partner", "allows"), PRECISION, ids=[f"{a} beside {b}" for a, b, _ in PRECISION])
def test_a_round_figure_is_read_to_its_partners_step(figure: str, partner: str, allows: Interval) -> None:
    first, _ = precision.at_precision([_claim(figure), _claim(partner)])  # type: ignore[list-item]
    assert first.interval == allows


def test_another_notation_is_no_partner() -> None:
    """'£1.2m' beside '£950,000': a scale word is as precise as it can be written short."""
    a, b = claims_of("It cost £1.2m, against £950,000.")
    assert precision.at_precision([a, b])[0].interval == a.interval


def test_one_rounding_at_a_time() -> None:
    """£8m to £6m: 0.6875 to 0.8125 with either rounded, never 5.5 / 8.5 with both."""
    a, b = claims_of("It went from £8m to £6m.")[-2:]
    made = precision.one_at_a_time([a, b], lambda v: arith.div(v[1], v[0]))
    assert made.low == Fraction(11, 16) and made.high == Fraction(13, 16)
    assert arith.div(b.interval, a.interval).low < made.low  # both rounded at once reach further


def test_a_hedge_is_one_figure_off_and_a_bound_is_always_read() -> None:
    a, b = claims_of("It went from about £8m to £6m.")[-2:]
    made = precision.one_at_a_time([a, b], lambda v: arith.div(v[1], v[0]))
    assert (made.low, made.high) == (Fraction(15, 22), Fraction(5, 6))  # "about £8m" is £7.2m to £8.8m, with £6m as stated
    a, b = claims_of("It went from more than £8m to £6m.")[-2:]  # (£8m, £9m) whichever figure is off
    made = precision.one_at_a_time([a, b], lambda v: arith.div(v[1], v[0]))
    assert (made.low, made.high) == (Fraction(11, 18), Fraction(13, 16))
