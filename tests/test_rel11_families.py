"""Families of phrasing read by the in-article checks (issue 11, rel11), found by the eighth blind set
(`fixtures/blind8/`): for each family, invented slips its check flags and correct copy it leaves quiet. Each table was
written before its fix and failed without it."""

from __future__ import annotations

import pytest

from checker import builtins
from tests.conftest import claims_of

# (slip, its correct twin, the check that flags the slip)
AGE_GAP_BARE_AGES_IS_THEN = [  # ages told as what someone "was" or "is", or ", then N", with "his senior" after them
    ("Patel was 19 when she joined the firm, then run by Mr Lowe, then 55 and 30 years her senior.",
     "Patel was 19 when she joined the firm, then run by Mr Lowe, then 55 and 36 years her senior.", "builtin.age-gap"),
    ("The pilot was 24 when he flew with his instructor, then 61 and four decades his senior.",
     "The pilot was 24 when he flew with his instructor, then 61 and nearly four decades his senior.", "builtin.age-gap"),
]
AGE_GAP_NEXT_SENTENCE_GAP_FIRST = [  # one age, then in the next sentence a person "N years his junior" and their age
    ("The landlord is 70. His tenant, a man 40 years his junior, is 35.",
     "The landlord is 70. His tenant, a man 35 years his junior, is 35.", "builtin.age-gap"),
    ("The coach is 44. Her assistant, eight years her senior, is 56.",
     "The coach is 44. Her assistant, 12 years her senior, is 56.", "builtin.age-gap"),
]
AGE_GAP_APART_SET_OFF = [  # two ages, then the gap set off by dashes, brackets or commas: "– seven years apart –"
    ("Mr Hale (61) and his brother Tom (50) – nine years apart – ran the farm.",
     "Mr Hale (61) and his brother Tom (50) – 11 years apart – ran the farm.", "builtin.age-gap"),
    ("The twins' parents, Ana, 44, and Luis, 52, (six years apart) met at school.",
     "The twins' parents, Ana, 44, and Luis, 52, (eight years apart) met at school.", "builtin.age-gap"),
]
AGE_GAP_COLON_NAMED_AGE = [  # an age, a gap "N years younger", then after a colon the person named and their age
    ("The 66-year-old chairman picked a successor 20 years younger: Ms Ward is 52.",
     "The 66-year-old chairman picked a successor 14 years younger: Ms Ward is 52.", "builtin.age-gap"),
    ("The 30-year-old champion meets a rival a decade older: Ivanov is 34.",
     "The 30-year-old champion meets a rival a decade older: Ivanov is 40.", "builtin.age-gap"),
]
RATIO_PERCENT_DATE_BETWEEN = [  # a ratio, what it counts with a date or period in it, then its percentage set off
    ("Four out of five homes sold in the town last year – 60% – went to first-time buyers.",
     "Four out of five homes sold in the town last year – 79% – went to first-time buyers.", "builtin.ratio-percent"),
    ("One in three patients seen in the clinic in March (45 per cent) waited more than a week.",
     "One in three patients seen in the clinic in March (34 per cent) waited more than a week.", "builtin.ratio-percent"),
    ("Nine out of 10 tickets for the final on Saturday – 70% – went to season-ticket holders.",
     "Nine out of 10 tickets for the final on Saturday – 89% – went to season-ticket holders.", "builtin.ratio-percent"),
]
RATIO_PERCENT_THE_FIGURE_NEXT = [  # a ratio, then the next sentence opens "The figure, N%," (or share, proportion)
    ("About one pupil in four was absent. The figure, 40%, was the worst in the county.",
     "About one pupil in four was absent. The figure, 26%, was the worst in the county.", "builtin.ratio-percent"),
    ("Two in five bridges need repair. The proportion, 28 per cent, has doubled in a decade.",
     "Two in five bridges need repair. The proportion, 41 per cent, has doubled in a decade.", "builtin.ratio-percent"),
]
CURRENCY_BOUND_SUM = [  # a sum told as a bound ("up to", "more than") and its conversion: the sum it states
    ("Firms face fines of up to €40m (£350m) under the law.",
     "Firms face fines of up to €40m (£35m) under the law.", "builtin.currency-pair"),
    ("Investors put in at least €5m (£45m), the company said.",
     "Investors put in at least €5m (£4.3m), the company said.", "builtin.currency-pair"),
    ("Damages could reach as much as ¥90bn (£4.5m), lawyers said.",
     "Damages could reach as much as ¥90bn (£450m), lawyers said.", "builtin.currency-pair"),
]
BREAKDOWN_OVER_YEARS_COLON = [  # a total "spread over three years:" (a length that counts the parts), then a part a year
    ("The £90m scheme is phased over three years: £30m in 2026, £35m in 2027 and £35m in 2028.",
     "The £90m scheme is phased over three years: £30m in 2026, £25m in 2027 and £35m in 2028.", "builtin.breakdown"),
    ("The 600 homes will be built over four years: 100 in 2027, 200 in 2028, 200 in 2029 and 200 in 2030.",
     "The 600 homes will be built over four years: 100 in 2027, 200 in 2028, 200 in 2029 and 100 in 2030.", "builtin.breakdown"),
]
BREAKDOWN_HOME_ABROAD = [  # "at home" and "abroad" are the kinds of one whole, as "home" and "away" are
    ("Of her 30 wins, 18 came at home and 14 abroad.",
     "Of her 30 wins, 16 came at home and 14 abroad.", "builtin.breakdown"),
    ("Of the firm's 900 staff, 700 work at home and 150 abroad.",
     "Of the firm's 900 staff, 750 work at home and 150 abroad.", "builtin.breakdown"),
]
BREAKDOWN_SPLIT_FAR_COLON = [  # a total, words that split it and a longer label, then the colon and its parts
    ("The 300 new posts will be divided among the county's three largest schools: 120 at Hillside, 110 at Moor Lane and 90 at Grove.",
     "The 300 new posts will be divided among the county's three largest schools: 120 at Hillside, 90 at Moor Lane and 90 at Grove.",
     "builtin.breakdown"),
    ("The £2m fund is shared among the region's voluntary groups: £1.2m for youth clubs, £600,000 for food banks and £400,000 for hospices.",
     "The £2m fund is shared among the region's voluntary groups: £1m for youth clubs, £600,000 for food banks and £400,000 for hospices.",
     "builtin.breakdown"),
]
PART_OF_WHOLE_PRONOUN_CLAUSE = [  # "Of the M things ..., he (she, they) <verb> N": a part after a pronoun and its verb
    ("Of the 12 races she entered, she won 14.", "Of the 12 races she entered, she won 4.", "builtin.part-whole"),
    ("Of the eight counts on the indictment, he admitted ten.", "Of the eight counts on the indictment, he admitted six.",
     "builtin.part-whole"),
]
PART_OF_WHOLE_OUT_OF_LATER = [  # a part, a clause of several words (a period among them), then ", out of M"
    ("Some 48 flights left on time yesterday morning, out of 40 scheduled.",
     "Some 28 flights left on time yesterday morning, out of 40 scheduled.", "builtin.part-whole"),
    ("Only 75 pupils passed the new maths exam this summer, out of 60 entered.",
     "Only 45 pupils passed the new maths exam this summer, out of 60 entered.", "builtin.part-whole"),
]
SHARE_WITH_AMOUNT_OF_WHOLE = [  # a percentage, then ", with" its amount and the whole it is of ("from an electorate of")
    ("Turnout was 52%, with 31,000 votes cast from an electorate of 80,000.",
     "Turnout was 39%, with 31,000 votes cast from an electorate of 80,000.", "builtin.share"),
    ("The pass rate was 72%, with 310 pupils passing out of 500 entered.",
     "The pass rate was 62%, with 310 pupils passing out of 500 entered.", "builtin.share"),
    ("Turnout was 45.1%, with 23,118 of the 60,518 registered voters casting a ballot.",
     "Turnout was 38.2%, with 23,118 of the 60,518 registered voters casting a ballot.", "builtin.share"),
]
RATE_PER_POPULATION = [  # a rate per a round base of people, against its count and population in the same sentence
    ("There were 14 deaths among the county's 350,000 residents, a rate of 9 per 100,000.",
     "There were 14 deaths among the county's 350,000 residents, a rate of 4 per 100,000.", "builtin.rate"),
    ("The city logged 62 cases per 10,000 people – 1,900 cases in a population of 420,000.",
     "The city logged 45 cases per 10,000 people – 1,900 cases in a population of 420,000.", "builtin.rate"),
    ("The region has 3 dentists per 1,000 residents: 540 dentists among its 600,000 residents.",
     "The region has 0.9 dentists per 1,000 residents: 540 dentists among its 600,000 residents.", "builtin.rate"),
]
CHANGE_PERCENT_ABOVE_NORM = [  # a figure, then "N% above (below) the <monthly> average of" the figure it is compared with
    ("Rainfall in March reached 120mm, some 20% above the monthly average of 80mm.",
     "Rainfall in March reached 120mm, some 50% above the monthly average of 80mm.", "builtin.change"),
    ("Sales hit 4,800, 40% below the annual average of 6,000.",
     "Sales hit 4,800, 20% below the annual average of 6,000.", "builtin.change"),
    ("Rents reached £1,300 a month, 10 per cent above the city's average of £1,000.",
     "Rents reached £1,300 a month, 30 per cent above the city's average of £1,000.", "builtin.change"),
]

# correct copy: figures that look like a relation of the checks but are not one told wrongly (no finding)
QUIET = [
    "Temperatures dropped from 14C on Tuesday to minus 2C by Thursday.",
    "The lake fell from 3C to minus 4C overnight, and the ice was 10cm thick by dawn.",
    "Women make up 29% of the workforce, and men took up 40% of the new posts.",
    "He was 15 when the war ended and is 96 now; he spent 40 years in the navy.",
    "The £60m plan runs over three years: £20m a year from 2026.",
    "Of the 30 players, he named 23 in the squad and seven on standby.",
    "Turnout was 61%, with Labour winning 12,400 votes of the 40,000 cast.",
    "Temperatures were 4C above the average of 12C, and 30% of days were dry.",
    "The rate is 30 per 100,000, against 45 per 100,000 in a population of 2 million elsewhere.",
]

TABLES = (AGE_GAP_BARE_AGES_IS_THEN + AGE_GAP_NEXT_SENTENCE_GAP_FIRST + AGE_GAP_APART_SET_OFF + AGE_GAP_COLON_NAMED_AGE
          + RATIO_PERCENT_DATE_BETWEEN + RATIO_PERCENT_THE_FIGURE_NEXT + CURRENCY_BOUND_SUM + BREAKDOWN_OVER_YEARS_COLON
          + BREAKDOWN_HOME_ABROAD + BREAKDOWN_SPLIT_FAR_COLON + PART_OF_WHOLE_PRONOUN_CLAUSE + PART_OF_WHOLE_OUT_OF_LATER
          + SHARE_WITH_AMOUNT_OF_WHOLE + RATE_PER_POPULATION + CHANGE_PERCENT_ABOVE_NORM)
CASES = [(slip, [rule]) for slip, _, rule in TABLES] + [(twin, []) for _, twin, _ in TABLES] + [(t, []) for t in QUIET]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_a_slip_gives_its_finding_and_its_twin_none(text: str, rules: list[str]) -> None:
    found = list(builtins.run(claims_of(text), None, text))
    assert [f.rule for f in found] == rules, [f.evidence for f in found]
