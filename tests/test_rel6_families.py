"""Families of phrasing for five in-article checks (issue 11, fourth blind set): a ratio restated as a percentage, a
period and its length, an age gap, a sum in two currencies, a part of a whole told in a unit. For each, slips the check
flags and correct twins it leaves quiet. Every sentence is invented, in the phrasings of UK, US, Indian and Australian copy."""

from __future__ import annotations

import pytest

from checker import builtins
from tests.conftest import claims_of

# (family, slip, its correct twin, the check that flags the slip)
FAMILIES = [
    # a ratio restated after five or six words of what it counts
    ("ratio-long-noun", "Nine in ten of the town's registered voters (73%) turned out.",
     "Nine in ten of the town's registered voters (89%) turned out.", "builtin.ratio-percent"),
    ("ratio-long-noun", "Three out of four of the school's sixth-form pupils (55%) passed.",
     "Three out of four of the school's sixth-form pupils (75%) passed.", "builtin.ratio-percent"),
    ("ratio-long-noun", "Two in five of all the households we surveyed (62%) had no smoke alarm.",
     "Two in five of all the households we surveyed (41%) had no smoke alarm.", "builtin.ratio-percent"),
    # a ratio restated between commas, the percentage closing its own clause
    ("ratio-apposition", "Almost one in four teachers in the county, 31 per cent, plan to quit.",
     "Almost one in four teachers in the county, 24 per cent, plan to quit.", "builtin.ratio-percent"),
    ("ratio-apposition", "One in five renters in Sydney, 35%, spend half their income on rent.",
     "One in five renters in Sydney, 20%, spend half their income on rent.", "builtin.ratio-percent"),
    ("ratio-apposition", "Roughly two in three members, 48 per cent, voted to strike.",
     "Roughly two in three members, 66 per cent, voted to strike.", "builtin.ratio-percent"),
    # a ratio restated between spaced hyphens, as copy typed without dashes has it
    ("ratio-hyphens", "Four out of five of the council's libraries - 70% - will close.",
     "Four out of five of the council's libraries - 80% - will close.", "builtin.ratio-percent"),
    ("ratio-hyphens", "One in three commuters - 45 per cent - drive to work.",
     "One in three commuters - 33 per cent - drive to work.", "builtin.ratio-percent"),
    # a period and a hedged length after it
    ("period-hedged", "He coached the side from March 2012 to January 2015, nearly five years.",
     "He coached the side from March 2012 to January 2017, nearly five years.", "builtin.period-length"),
    ("period-hedged", "The bridge was shut from May 2019 to August 2020, more than two years.",
     "The bridge was shut from May 2019 to August 2021, more than two years.", "builtin.period-length"),
    ("period-hedged", "The family lived in Perth from 2003 to 2019, about a decade.",
     "The family lived in Perth from 2009 to 2019, about a decade.", "builtin.period-length"),
    ("period-hedged-dashes", "From 1961 to 1969 - almost two decades - the pit employed half the village.",
     "From 1961 to 1979 - almost two decades - the pit employed half the village.", "builtin.period-length"),
    ("period-hedged-dashes", "Between 2001 and 2008 – more than a decade – the club never won away.",
     "Between 1996 and 2008 – more than a decade – the club never won away.", "builtin.period-length"),
    # two days named without a year, and the length in weeks after them
    ("period-days-no-year", "The road will close from 4 March to 8 April, a two-week closure.",
     "The road will close from 4 March to 18 March, a two-week closure.", "builtin.period-length"),
    ("period-days-no-year", "The show runs from June 2 to June 30, a two-week run.",
     "The show runs from June 2 to June 16, a two-week run.", "builtin.period-length"),
    ("period-days-no-year", "Schools shut from 20 December to 3 January, a three-week break.",
     "Schools shut from 13 December to 3 January, a three-week break.", "builtin.period-length"),
    # a gap, then the age it gives set off after "the"
    ("age-gap-the", "The boy, 15, was befriended by a man 20 years older, the 43-year-old accused.",
     "The boy, 15, was befriended by a man 28 years older, the 43-year-old accused.", "builtin.age-gap"),
    ("age-gap-the", "The pupil, 16, met a woman 12 years her senior, the 35-year-old teacher.",
     "The pupil, 16, met a woman 19 years her senior, the 35-year-old teacher.", "builtin.age-gap"),
    ("age-gap-the", "Mr Reid, 58, was replaced by a man 25 years younger, the 26-year-old Tom Hale.",
     "Mr Reid, 58, was replaced by a man 32 years younger, the 26-year-old Tom Hale.", "builtin.age-gap"),
    # rupees: "Rs" before a sum in crore or lakh, "crore rupees", a country not named
    ("rupees-rs", "The metro extension will cost Rs 1,200 crore (£12m).",
     "The metro extension will cost Rs 1,200 crore (£115m).", "builtin.currency-pair"),
    ("rupees-rs", "The mill was sold for Rs 90 lakh (about £900).",
     "The mill was sold for Rs 90 lakh (about £90,000).", "builtin.currency-pair"),
    ("rupees-rs", "The state set aside Rs 5,000 crore ($6m) for flood relief.",
     "The state set aside Rs 5,000 crore ($600m) for flood relief.", "builtin.currency-pair"),
    ("rupees-word", "The deal was worth 3,000 crore rupees ($36m).", "The deal was worth 3,000 crore rupees ($360m).",
     "builtin.currency-pair"),
    ("rupees-word", "Farmers lost 40 lakh rupees (£400) in the floods.", "Farmers lost 40 lakh rupees (£40,000) in the floods.",
     "builtin.currency-pair"),
    # a part of a whole, each told in a unit
    ("part-measure", "Some 14 miles of the 12-mile canal towpath will be resurfaced.",
     "Some 4 miles of the 12-mile canal towpath will be resurfaced.", "builtin.part-whole"),
    ("part-measure", "Crews cleared 900 hectares of the 650-hectare forest.",
     "Crews cleared 500 hectares of the 650-hectare forest.", "builtin.part-whole"),
    ("part-measure", "Workers have laid 25km of the 20km pipeline.", "Workers have laid 15km of the 20km pipeline.",
     "builtin.part-whole"),
    ("part-measure", "The council owns 140 acres of the 95-acre common.", "The council owns 40 acres of the 95-acre common.",
     "builtin.part-whole"),
    ("part-measure-units", "About 70 miles of the 80km trail is closed.", "About 30 miles of the 80km trail is closed.",
     "builtin.part-whole"),
    ("part-measure-opened", "Of the 40km route, 52km runs through farmland.", "Of the 40km route, 32km runs through farmland.",
     "builtin.part-whole"),
]


# correct copy near the same families that is no relation, or one that holds: no finding
QUIET = [
    "One in three households, 43 per cent of them in the north, heat their homes with oil.",  # a share of something else
    "One in four adults, 20 per cent more than in 2019, now cycle.",
    "One in five children in England, 24% in Wales and 18% in Scotland live in poverty.",
    "The dam will cost Rs 480bn (£1.3bn).",  # Pakistani rupees: no country named, the band of every rupee
    "The banks hold 25bn rupees ($250m; £135m) of loans.",
    "The buses, which cost Rs 1.4 crore each, can travel 250 km on a charge.",
    "The farm covers 620 acres (about 250 hectares), and 40 acres of it is woodland.",
    "The 12-mile route has 14 stops and 3 miles of it is uphill.",
    "The girl, 17, was attacked by a man ten years older, the court heard.",  # no age after the gap
    "From 2001 to 2019, more than 300 people were treated.",  # a count after a period, not its length
    "The strike ran from 3 August to 17 August, two weeks of disruption.",
    "About 300 metres of the 2-metre-high flood wall collapsed.",  # a whole of another dimension: no part of it
    "Crews cleared 40 hectares of the 1,200-hectare estate's woodland.",
]


# each slip gives its check's finding; its twin and every look-alike none
CASES = [(slip, [rule]) for _, slip, _, rule in FAMILIES] + [(twin, []) for _, _, twin, _ in FAMILIES] + [(t, []) for t in QUIET]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_a_slip_gives_its_finding_and_correct_copy_none(text: str, rules: list[str]) -> None:
    found = list(builtins.run(claims_of(text)))
    assert [f.rule for f in found] == rules, [f.evidence for f in found]
