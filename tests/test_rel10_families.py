"""Families of phrasing read by the in-article checks (issue 11, rel10), found by the seventh blind set
(`fixtures/blind7/`): for each family, invented slips its check flags and correct copy it leaves quiet. Each table was
written before its fix and failed without it."""

from __future__ import annotations

import pytest

from checker import builtins
from tests.conftest import claims_of

# (slip, its correct twin, the check that flags the slip)
AGE_GAP_OF = [  # two ages, then "a gap of" or "a difference of" so many years
    ("He is 64 and she is 29, a gap of 25 years.",
     "He is 64 and she is 29, a gap of 35 years.", "builtin.age-gap"),
    ("Ms Rowe, 52, and Mr Kent, 47, share the role despite a difference of nine years.",
     "Ms Rowe, 52, and Mr Kent, 47, share the role despite a difference of five years.", "builtin.age-gap"),
    ("Coach Adebayo, 61, and his captain, 23, are separated by a gap of 30 years.",
     "Coach Adebayo, 61, and his captain, 23, are separated by a gap of 38 years.", "builtin.age-gap"),
]
AGE_GAP_THEN_AT = [  # a gap, then "at" the age it gives: "who is 31 years older at 62"
    ("The bride, 26, married a man who is 20 years older at 52.",
     "The bride, 26, married a man who is 26 years older at 52.", "builtin.age-gap"),
    ("Her sister, aged 45, is nine years younger at 40.",
     "Her sister, aged 45, is five years younger at 40.", "builtin.age-gap"),
    ("The striker, 33, played beside a winger 14 years his junior at 21.",
     "The striker, 33, played beside a winger 12 years his junior at 21.", "builtin.age-gap"),
]
AGE_GAP_HEDGED_OR_CENTURY = [  # a gap with a hedge ("more than four decades") or in centuries ("half a century")
    ("The 25-year-old is half a century younger than her 61-year-old rival.",
     "The 25-year-old is half a century younger than her 75-year-old rival.", "builtin.age-gap"),
    ("The 30-year-old is more than three decades younger than the 52-year-old.",
     "The 30-year-old is more than two decades younger than the 52-year-old.", "builtin.age-gap"),
    ("The 19-year-old is nearly 20 years younger than the 45-year-old.",
     "The 19-year-old is nearly 25 years younger than the 45-year-old.", "builtin.age-gap"),
]
NAMED_REST_NEXT_SENTENCE = [  # "N of the M ..." then the rest named in the next sentence as those that did otherwise
    ("Six of the nine councils have adopted the plan. Ashford, Dover, Hythe and Deal have not.",
     "Five of the nine councils have adopted the plan. Ashford, Dover, Hythe and Deal have not.", "builtin.named-count"),
    ("Ten of the 12 unions accepted the offer. Only Unite refused.",
     "Eleven of the 12 unions accepted the offer. Only Unite refused.", "builtin.named-count"),
    ("Four of the six parties signed the pact. The Greens, Plaid and the SNP declined.",
     "Three of the six parties signed the pact. The Greens, Plaid and the SNP declined.", "builtin.named-count"),
]
CHANGE_CUT_BY_COMMA_TO = [  # a verb that moves its object, "by" an amount, then (after a comma) the figure it went to
    ("The grant was slashed by £2m, to £9m, a cut of 40 per cent.",
     "The grant was slashed by £2m, to £9m, a cut of 18 per cent.", "builtin.change"),
    ("Fees were raised by £150 to £1,350, an increase of 30%.",
     "Fees were raised by £150 to £1,350, an increase of 12.5%.", "builtin.change"),
    ("Staff numbers were trimmed by 200, to 1,800, a reduction of 20%.",
     "Staff numbers were trimmed by 200, to 1,800, a reduction of 10%.", "builtin.change"),
]
CHANGE_SHARE_AFTER_NOUN = [  # "a fall of a third", "a rise of a fifth" followed by a relative clause: a share, no ordinal
    ("Visitors numbered 6,000, against 7,500 a year ago – a fall of a third that worried the trust.",
     "Visitors numbered 6,000, against 7,500 a year ago – a fall of a fifth that worried the trust.", "builtin.change"),
    ("Bookings went from 1,000 to 1,200, a rise of a third that surprised the owners.",
     "Bookings went from 1,000 to 1,200, a rise of a fifth that surprised the owners.", "builtin.change"),
]
CHANGE_PERCENT_THAN = [  # a figure, then "N% higher (lower) than" the figure it is compared with
    ("Profit of £64m was 12% higher than the £52m of 2025.",
     "Profit of £64m was 23% higher than the £52m of 2025.", "builtin.change"),
    ("Sales of 4,800 were 40 per cent lower than the 6,000 of last year.",
     "Sales of 4,800 were 20 per cent lower than the 6,000 of last year.", "builtin.change"),
    ("The charity raised £90,000 over the summer. That was 50% higher than the £75,000 of 2024.",
     "The charity raised £90,000 over the summer. That was 20% higher than the £75,000 of 2024.", "builtin.change"),
]
TREND_THEN_TODAY_THERE_ARE = [  # a trend, then "There were N then; today there are M" in the next sentence
    ("Youth clubs in the borough have halved since 2015. There were 30 then; today there are 24.",
     "Youth clubs in the borough have halved since 2015. There were 30 then; today there are 14.", "builtin.trend"),
    ("The number of cycle lanes has tripled. There were 12 in 2020; now there are 20.",
     "The number of cycle lanes has tripled. There were 12 in 2020; now there are 36.", "builtin.trend"),
]
TREND_HEADLINE_VERB = [  # a headline's present-tense trend verb over the one pair of the sentence under it
    ("# Burglaries double in Leeds\n\nPolice recorded 900 burglaries in the year to March, compared with 640 the year before.",
     "# Burglaries double in Leeds\n\nPolice recorded 1,300 burglaries in the year to March, compared with 640 the year before.",
     "builtin.trend"),
    ("# Hospital waiting list halves\n\nThe waiting list stood at 5,100 in October, against 6,800 a year earlier.",
     "# Hospital waiting list halves\n\nThe waiting list stood at 3,300 in October, against 6,800 a year earlier.", "builtin.trend"),
    ("# Rail complaints treble\n\nThe operator logged 2,000 complaints this year, compared with 1,200 last year.",
     "# Rail complaints treble\n\nThe operator logged 3,600 complaints this year, compared with 1,200 last year.", "builtin.trend"),
]
TREND_THEN_NOW_COSTS = [  # "that cost X in 2019 now costs Y": the figure then and the one now, no "and" between
    ("Bus fares have doubled: a single that cost £1.20 in 2018 now costs £1.90.",
     "Bus fares have doubled: a single that cost £1.20 in 2018 now costs £2.40.", "builtin.trend"),
    ("Rents have tripled: a flat that was £400 five years ago now costs £700.",
     "Rents have tripled: a flat that was £400 five years ago now costs £1,200.", "builtin.trend"),
]
BREAKDOWN_OF_POSSESSIVE = [  # "Of her 23 goals, ...", "Of the firm's £480m turnover, ...": a possessive whole opens the parts
    ("Of his 31 tries for Leeds, 18 came in the league, nine in the cup and seven in Europe.",
     "Of his 31 tries for Leeds, 18 came in the league, six in the cup and seven in Europe.", "builtin.breakdown"),
    ("Of the council's £96m budget, £60m goes on care and the remaining £40m on everything else.",
     "Of the council's £96m budget, £60m goes on care and the remaining £36m on everything else.", "builtin.breakdown"),
    ("Of our 1,200 members, 700 live in the city, 450 in the county and 150 further afield.",
     "Of our 1,200 members, 700 live in the city, 350 in the county and 150 further afield.", "builtin.breakdown"),
]
BREAKDOWN_NAME_COLON_LIST = [  # a total, a colon, then items "Name: N", capitalised, one a line or one-lined
    ("The trust's 640 nurses work at three hospitals:\n\n- Kingsway: 300\n- Eastgate: 250\n- Hill Top: 140\n",
     "The trust's 640 nurses work at three hospitals:\n\n- Kingsway: 300\n- Eastgate: 250\n- Hill Top: 90\n", "builtin.breakdown"),
    ("The £45m fund is shared as follows: Wales: £20m; Scotland: £18m; Northern Ireland: £12m.",
     "The £45m fund is shared as follows: Wales: £20m; Scotland: £15m; Northern Ireland: £10m.", "builtin.breakdown"),
]
BREAKDOWN_NAME_THEN_FIGURE = [  # a total, a colon, then "Name N" items with no colon between
    ("The 45 seats were shared: Labour 20, Reform 14, Greens 8 and independents 6.",
     "The 45 seats were shared: Labour 20, Reform 14, Greens 5 and independents 6.", "builtin.breakdown"),
    ("The 30 medals break down: Kenya 12, Ethiopia 10 and Uganda 11.",
     "The 30 medals break down: Kenya 12, Ethiopia 10 and Uganda 8.", "builtin.breakdown"),
]
RATIO_ONE_NOUN_IN = [  # "one adult in 20", "one driver in every eight": the counted thing between the one and its whole
    ("One pupil in ten (25%) now walks to school.",
     "One pupil in ten (10%) now walks to school.", "builtin.ratio-percent"),
    ("Roughly one driver in every eight, or 30 per cent, failed the test.",
     "Roughly one driver in every eight, or 12 per cent, failed the test.", "builtin.ratio-percent"),
    ("Only one household in 25 has a heat pump. That is 12 per cent of homes, the survey found.",
     "Only one household in 25 has a heat pump. That is 4 per cent of homes, the survey found.", "builtin.ratio-percent"),
]
PART_OF_THOSE_SAME_SENTENCE = [  # a whole, then ", and N of those" in the same sentence
    ("The council owns 140 buildings, and 160 of those need repairs.",
     "The council owns 140 buildings, and 60 of those need repairs.", "builtin.part-whole"),
    ("Police stopped 45 cars on the bypass; 52 of them were speeding.",
     "Police stopped 45 cars on the bypass; 25 of them were speeding.", "builtin.part-whole"),
]
PERIOD_OPENED_ENDED_LASTED = [  # a period by its opening and closing verbs, the length told after it; or "until it fell in"
    ("The inquiry, which opened on 4 May and closed on 28 May, lasted six weeks.",
     "The inquiry, which opened on 4 May and closed on 28 May, lasted three weeks.", "builtin.period-length"),
    ("The strike began on 2 March and ended on 30 March, and lasted a fortnight.",
     "The strike began on 2 March and ended on 30 March, and lasted four weeks.", "builtin.period-length"),
    ("He led the party for a decade – from 1997 until he quit in 2001.",
     "He led the party for a decade – from 1991 until he quit in 2001.", "builtin.period-length"),
]
PERIOD_PLAIN_DECADES = [  # a plain "two decades" is a round telling: about 20 years, never 30
    ("She coached the team for three decades, from 1990 to 2011.",
     "She coached the team for two decades, from 1990 to 2011.", "builtin.period-length"),
    ("The plant ran for four decades, between 1962 and 1991.",
     "The plant ran for three decades, between 1962 and 1991.", "builtin.period-length"),
]
CURRENCY_KRONER_NO_COUNTRY = [  # "kroner" of no country named: Norway's or Denmark's, held to the span of both bands
    ("The fund lost 400 billion kroner (£3bn) in the quarter.",
     "The fund lost 400 billion kroner (£30bn) in the quarter.", "builtin.currency-pair"),
    ("The club paid 50m kroner (£500,000) for the striker.",
     "The club paid 50m kroner (£5m) for the striker.", "builtin.currency-pair"),
    ("The ferry line was sold for 1.2bn krone (£12bn).",
     "The ferry line was sold for 1.2bn krone (£120m).", "builtin.currency-pair"),
]
NAMED_GROUP_WORD = [  # "the trio", "the quartet": a count in a word, and the names it is told with
    ("The trio, Ann Lowe, Tom Reed, Ian Page and Sue Bell, were cleared.",
     "The quartet, Ann Lowe, Tom Reed, Ian Page and Sue Bell, were cleared.", "builtin.named-count"),
    ("The quartet signed by the club – Ortiz, Mensah and Kowalski – all start on Saturday.",
     "The trio signed by the club – Ortiz, Mensah and Kowalski – all start on Saturday.", "builtin.named-count"),
    ("The quintet are Leeds, York, Hull and Derby.",
     "The quartet are Leeds, York, Hull and Derby.", "builtin.named-count"),
]
RATE_PER_HOUR_OVER_HOURS = [  # a total over a length in hours, and its rate an hour
    ("Some 1,800 calls came in during the 36-hour storm, an average of 150 an hour.",
     "Some 1,800 calls came in during the 36-hour storm, an average of 50 an hour.", "builtin.rate"),
    ("Volunteers filled 9,600 sandbags over 48 hours, or about 600 an hour.",
     "Volunteers filled 9,600 sandbags over 48 hours, or about 200 an hour.", "builtin.rate"),
]
SHARE_BRACKETED_AFTER_AMOUNT = [  # a whole, then later in its clause an amount with its share in brackets
    ("Inspectors visited 300 farms and found breaches at 45 (25%).",
     "Inspectors visited 300 farms and found breaches at 45 (15%).", "builtin.share"),
    ("Police tested 2,000 drivers over the weekend and caught 90 (9%) over the limit.",
     "Police tested 2,000 drivers over the weekend and caught 90 (4.5%) over the limit.", "builtin.share"),
    ("The audit of 640 invoices flagged 160 (40 per cent) as late.",
     "The audit of 640 invoices flagged 160 (25 per cent) as late.", "builtin.share"),
]

# correct copy: figures that look like a relation of the checks but are not one told wrongly (no finding)
QUIET = [
    "She is 58 and he is 71. After a gap of six years they returned to the stage.",
    "The 40-year-old has played for more than two decades, since he was 17.",
    "# Mixed doubles in Leeds\n\nSome 40 pairs took part, against 30 last year.",
    "# A double room in Bath\n\nThe room costs £120 a night, against £90 last year.",
    "The final score: Arsenal 3, Chelsea 1, in front of 60,000.",
    "The five finalists: Smith 45, Jones 38, Brown 52, Patel 29 and Ode 33.",
    "He scored one goal in 20 minutes and another in the last 10, one in 15 of his shots on target.",
    "Police arrested 12 men, and 3 of them were charged.",
    "She joined a jazz trio in 1990, and the band played 40 dates a year.",
    "Sales reached 18,000, and 3,600 (up 12%) were made online.",
    "The club has 4,000 members; 900 (22%) joined this year.",
    "It was the start of a third term for the mayor, who won 52% of the vote.",
    "Prices are 5% higher than a year ago, and wages rose 3% to £640 a week.",
    "Seven of the ten banks cut rates. Barclays and HSBC did not, and Lloyds has yet to decide.",
]

TABLES = (AGE_GAP_OF + AGE_GAP_THEN_AT + AGE_GAP_HEDGED_OR_CENTURY + NAMED_REST_NEXT_SENTENCE
          + CHANGE_CUT_BY_COMMA_TO + CHANGE_SHARE_AFTER_NOUN + CHANGE_PERCENT_THAN
          + TREND_THEN_TODAY_THERE_ARE + TREND_HEADLINE_VERB + TREND_THEN_NOW_COSTS
          + BREAKDOWN_OF_POSSESSIVE + BREAKDOWN_NAME_COLON_LIST + BREAKDOWN_NAME_THEN_FIGURE
          + RATIO_ONE_NOUN_IN + PART_OF_THOSE_SAME_SENTENCE + PERIOD_OPENED_ENDED_LASTED + PERIOD_PLAIN_DECADES
          + CURRENCY_KRONER_NO_COUNTRY + NAMED_GROUP_WORD + RATE_PER_HOUR_OVER_HOURS + SHARE_BRACKETED_AFTER_AMOUNT)
CASES = [(slip, [rule]) for slip, _, rule in TABLES] + [(twin, []) for _, twin, _ in TABLES] + [(t, []) for t in QUIET]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_a_slip_gives_its_finding_and_its_twin_none(text: str, rules: list[str]) -> None:
    found = list(builtins.run(claims_of(text), None, text))
    assert [f.rule for f in found] == rules, [f.evidence for f in found]
