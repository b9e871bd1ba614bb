"""Families of phrasing read by the in-article checks (issue 11, fifth blind set's misses, rel8): for each family,
invented slips its check flags and correct copy it leaves quiet. Each table was written before its fix and failed
without it."""

from __future__ import annotations

import pytest

from checker import builtins
from tests.conftest import claims_of

# (slip, its correct twin, the check that flags the slip)
SHARE_THAT_WAS = [  # a count, then its share of a whole told in the next sentence ("That was 15% of the 12,000")
    ("Some 900 homes lost power across the county on Sunday night. That was 30% of the 6,000 on the network.",
     "Some 900 homes lost power across the county on Sunday night. That was 15% of the 6,000 on the network.",
     "builtin.share"),
    ("About 1,200 staff took the voluntary redundancy package offered last spring. That is 40 per cent of the 2,000 employed.",
     "About 1,200 staff took the voluntary redundancy package offered last spring. That is 60 per cent of the 2,000 employed.",
     "builtin.share"),
    ("The clinic saw 340 patients in its first month. This was about 25% of the 850 referred to it.",
     "The clinic saw 340 patients in its first month. This was about 40% of the 850 referred to it.", "builtin.share"),
]
RATIO_THAT_IS = [  # a ratio, then the percentage that restates it in the next sentence ("That is 75 per cent")
    ("Two in five households in the valley still rely on oil for their heating. That is 55 per cent, the survey found.",
     "Two in five households in the valley still rely on oil for their heating. That is 40 per cent, the survey found.",
     "builtin.ratio-percent"),
    ("One in four firms that applied to the scheme last year was turned down. That's 40%, according to the chamber.",
     "One in four firms that applied to the scheme last year was turned down. That's 25%, according to the chamber.",
     "builtin.ratio-percent"),
    ("Three out of four of the town's shops on the main street are independent. That is about 60 per cent.",
     "Three out of four of the town's shops on the main street are independent. That is about 75 per cent.",
     "builtin.ratio-percent"),
]
BREAKDOWN_OUTCOMES = [  # "Of the N decided, A granted, B refused and C withdrawn": the outcomes of a decision are all of it
    ("Of the 1,150 appeals heard last year, 610 were upheld, 390 dismissed and 80 withdrawn.",
     "Of the 1,080 appeals heard last year, 610 were upheld, 390 dismissed and 80 withdrawn.", "builtin.breakdown"),
    ("Of the 420 planning applications decided, 300 were approved, 90 refused and 10 withdrawn.",
     "Of the 400 planning applications decided, 300 were approved, 90 refused and 10 withdrawn.", "builtin.breakdown"),
    ("Of the 75 licence requests, 40 were granted, 20 rejected and five withdrawn.",
     "Of the 65 licence requests, 40 were granted, 20 rejected and five withdrawn.", "builtin.breakdown"),
]
PART_OF_THEM = [  # a whole in one sentence, a part of it "of them" in the next ("at 240 of them")
    ("Inspectors visited 180 schools in the county last term. They found breaches at 200 of them.",
     "Inspectors visited 180 schools in the county last term. They found breaches at 20 of them.", "builtin.part-whole"),
    ("The trust runs 64 surgeries across the city. It plans to close 70 of them by 2028.",
     "The trust runs 64 surgeries across the city. It plans to close seven of them by 2028.", "builtin.part-whole"),
    ("Police stopped 2,300 drivers over the bank holiday. Officers arrested 2,500 of those for drink-driving.",
     "Police stopped 2,300 drivers over the bank holiday. Officers arrested 250 of those for drink-driving.",
     "builtin.part-whole"),
]
CHANGE_PERIOD_UP_FROM = [  # a change to a figure, the period it is of, then ", up from" the figure before
    ("Revenue rose 12% to $3.4bn in the three months to June, up from $2.6bn.",
     "Revenue rose 31% to $3.4bn in the three months to June, up from $2.6bn.", "builtin.change"),
    ("Pre-tax profit jumped 15 per cent to £66m in the six months to September, up from £48m.",
     "Pre-tax profit jumped 37 per cent to £66m in the six months to September, up from £48m.", "builtin.change"),
    ("Sales slipped 5% to €810m in the year to the end of March, down from €1.1bn.",
     "Sales slipped 26% to €810m in the year to the end of March, down from €1.1bn.", "builtin.change"),
]
# correct copy: figures in sentences that follow one another but are not one told again (no finding)
QUIET = [
    "Some 900 homes lost power on Sunday. That was the third cut this year, and 4,000 were hit in March.",
    "One in four firms applied to the scheme. That was up from 12 per cent a year earlier.",
    "Of the 300 claims received, 120 were granted and 90 refused; the rest are still being considered.",
    "The council owns 40 parks. It plans to sell 3 of them and 20 allotments.",
]

TABLES = CHANGE_PERIOD_UP_FROM + SHARE_THAT_WAS + RATIO_THAT_IS + BREAKDOWN_OUTCOMES + PART_OF_THEM
CASES = [(slip, [rule]) for slip, _, rule in TABLES] + [(twin, []) for _, twin, _ in TABLES] + [(t, []) for t in QUIET]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_a_slip_gives_its_finding_and_its_twin_none(text: str, rules: list[str]) -> None:
    found = list(builtins.run(claims_of(text)))
    assert [f.rule for f in found] == rules, [f.evidence for f in found]
