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

# correct copy: figures that look like a relation of the checks but are not one told wrongly (no finding)
QUIET = [
    "She is 58 and he is 71. After a gap of six years they returned to the stage.",
    "The 40-year-old has played for more than two decades, since he was 17.",
    "It was the start of a third term for the mayor, who won 52% of the vote.",
    "Prices are 5% higher than a year ago, and wages rose 3% to £640 a week.",
    "Seven of the ten banks cut rates. Barclays and HSBC did not, and Lloyds has yet to decide.",
]

TABLES = (AGE_GAP_OF + AGE_GAP_THEN_AT + AGE_GAP_HEDGED_OR_CENTURY + NAMED_REST_NEXT_SENTENCE
          + CHANGE_CUT_BY_COMMA_TO + CHANGE_SHARE_AFTER_NOUN + CHANGE_PERCENT_THAN)
CASES = [(slip, [rule]) for slip, _, rule in TABLES] + [(twin, []) for _, twin, _ in TABLES] + [(t, []) for t in QUIET]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_a_slip_gives_its_finding_and_its_twin_none(text: str, rules: list[str]) -> None:
    found = list(builtins.run(claims_of(text), None, text))
    assert [f.rule for f in found] == rules, [f.evidence for f in found]
