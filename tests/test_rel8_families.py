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
CHANGE_NAMED_NEXT = [  # a change from one figure to another, then its percentage named in the next sentence ("The drop, of 30%")
    ("Membership of the club fell from 1,200 in 2020 to 900 last year. The drop, of 40 per cent, was blamed on fees.",
     "Membership of the club fell from 1,200 in 2020 to 900 last year. The drop, of 25 per cent, was blamed on fees.",
     "builtin.change"),
    ("Visitor numbers rose from 48,000 to 60,000 over the summer. The increase of 15% was the biggest in a decade.",
     "Visitor numbers rose from 48,000 to 60,000 over the summer. The increase of 25% was the biggest in a decade.",
     "builtin.change"),
    ("Applications went from 3,000 to 2,400 this year. That fall, of 30 per cent, worried the college.",
     "Applications went from 3,000 to 2,400 this year. That fall, of 20 per cent, worried the college.", "builtin.change"),
    ("The council's budget grew from £80m to £92m. The rise, of almost 25%, was approved on Tuesday.",
     "The council's budget grew from £80m to £92m. The rise, of almost 15%, was approved on Tuesday.", "builtin.change"),
]
TREND_DATED_NEXT = [  # a trend word, then in the next sentence two figures each of its own year ("21,450 in 2024 and 15,900 in 2025")
    ("Recorded burglaries in the borough have halved. Police logged 8,200 in 2023 and 6,100 in 2025.",
     "Recorded burglaries in the borough have halved. Police logged 8,200 in 2023 and 4,100 in 2025.", "builtin.trend"),
    ("Foodbank use in the town has doubled. The charity handed out 3,400 parcels in 2022 and 4,900 in 2024.",
     "Foodbank use in the town has doubled. The charity handed out 3,400 parcels in 2022 and 6,900 in 2024.", "builtin.trend"),
    ("Seal pup numbers on the island have trebled. Rangers counted 140 in 2015 and 610 in 2025.",
     "Seal pup numbers on the island have trebled. Rangers counted 140 in 2015 and 430 in 2025.", "builtin.trend"),
]
AGE_GAP_OF_ONE_BEFORE = [  # one person's age, then the next's with a gap and no "than" ("is 24. Her challenger, at 31, is five years older")
    ("The bride, Kate Lowe, is 29. Her husband, at 41, is ten years older.",
     "The bride, Kate Lowe, is 29. Her husband, at 41, is 12 years older.", "builtin.age-gap"),
    ("The outgoing chairman, Sir Alan Reid, is 71. His successor, Jane Ogle, 58, is 15 years younger.",
     "The outgoing chairman, Sir Alan Reid, is 71. His successor, Jane Ogle, 58, is 13 years younger.", "builtin.age-gap"),
    ("The goalkeeper was 38. The striker, now 22, is 14 years younger.",
     "The goalkeeper was 38. The striker, now 22, is 16 years younger.", "builtin.age-gap"),
]
CHANGE_HEADLINE_NOUN_AFTER = [  # a headline's change, and under it a pair whose thing is named after its first figure
    ("# Dog bites treated at A&E up 30%\n\nThe hospital saw 260 dog bites this year, against 180 last year.",
     "# Dog bites treated at A&E up 44%\n\nThe hospital saw 260 dog bites this year, against 180 last year.",
     "builtin.change"),
    ("# Library loans down 10%\n\nBranches recorded 41,000 loans last year, compared with 52,000 the year before.",
     "# Library loans down 21%\n\nBranches recorded 41,000 loans last year, compared with 52,000 the year before.",
     "builtin.change"),
    ("# Ferry sailings up 25%\n\nThe operator ran 3,900 sailings this summer, against 2,600 last summer.",
     "# Ferry sailings up 50%\n\nThe operator ran 3,900 sailings this summer, against 2,600 last summer.", "builtin.change"),
]
SHARE_OF_THEM_OR = [  # a whole, then "N of them, or P%" in the next sentence or list item
    ("The exam was sat by 2,000 pupils this year. 700 of them, or 45 per cent, passed with distinction.",
     "The exam was sat by 2,000 pupils this year. 700 of them, or 35 per cent, passed with distinction.", "builtin.share"),
    ("The survey reached 1,600 tenants in the borough. About 400 of them, or 40%, said their homes were damp.",
     "The survey reached 1,600 tenants in the borough. About 400 of them, or 25%, said their homes were damp.",
     "builtin.share"),
    ("The festival sold 12,000 tickets. Some 3,000 of those, roughly 40 per cent, went to locals.",
     "The festival sold 12,000 tickets. Some 3,000 of those, roughly 25 per cent, went to locals.", "builtin.share"),
]
BREAKDOWN_COLON_LABELS = [  # a total, then its parts each after its label and a colon ("equipment: £19.8bn; personnel: ...")
    ("The £30m budget breaks down as follows: roads: £14m; buses: £9m; cycling: £5m.",
     "The £28m budget breaks down as follows: roads: £14m; buses: £9m; cycling: £5m.", "builtin.breakdown"),
    ("Council tax income, £96m in all, is spent as follows:\n\n- schools: £40m\n- social care: £38m\n- roads: £12m",
     "Council tax income, £90m in all, is spent as follows:\n\n- schools: £40m\n- social care: £38m\n- roads: £12m",
     "builtin.breakdown"),
    ("The 420 staff are split as follows: nurses: 210; doctors: 90; porters: 80.",
     "The 380 staff are split as follows: nurses: 210; doctors: 90; porters: 80.", "builtin.breakdown"),
]
PERIOD_WILL_LAST = [  # a period by its dates, then its length after "will last", "is due to last", "should take"
    ("The festival, running from 10 July to 13 July, will last two weeks.",
     "The festival, running from 10 July to 13 July, will last four days.", "builtin.period-length"),
    ("The closure, from 1 April to 30 April, will last two months.",
     "The closure, from 1 April to 30 April, will last a month.", "builtin.period-length"),
    ("Repairs to the bridge, from 2 June to 9 June, are due to last a fortnight.",
     "Repairs to the bridge, from 2 June to 16 June, are due to last a fortnight.", "builtin.period-length"),
]
RATE_OVER_A_YEAR_NEXT = [  # a rate, then its total over a longer period in the next sentence ("Over a year that came to ...")
    ("The agency paid the locum £2,000 a week. Over a year that came to more than £150,000.",
     "The agency paid the locum £2,000 a week. Over a year that came to more than £100,000.", "builtin.rate"),
    ("The club spends £300,000 a month on wages. Over a year, that adds up to £2.4m.",
     "The club spends £300,000 a month on wages. Over a year, that adds up to £3.6m.", "builtin.rate"),
    ("The charity hands out 450 food parcels a week. In a month that comes to about 900.",
     "The charity hands out 450 food parcels a week. In a month that comes to about 1,900.", "builtin.rate"),
]
NAMED_ONE_SPARED = [  # a part of a whole, then the one left named after a semicolon ("; only Wessex Water was spared")
    ("Of the 10 hospitals inspected, eight were rated poor; only St Mary's was spared.",
     "Of the 10 hospitals inspected, nine were rated poor; only St Mary's was spared.", "builtin.named-count"),
    ("Of the 20 clubs in the league, 17 were fined; only Hartlepool was exempt.",
     "Of the 20 clubs in the league, 19 were fined; only Hartlepool was exempt.", "builtin.named-count"),
    ("Of the six ministers, four backed the cuts; Ms Rahman was the exception.",
     "Of the six ministers, five backed the cuts; Ms Rahman was the exception.", "builtin.named-count"),
]
# correct copy: figures in sentences that follow one another but are not one told again (no finding)
QUIET = [
    "Some 900 homes lost power on Sunday. That was the third cut this year, and 4,000 were hit in March.",
    "One in four firms applied to the scheme. That was up from 12 per cent a year earlier.",
    "Of the 300 claims received, 120 were granted and 90 refused; the rest are still being considered.",
    "The council owns 40 parks. It plans to sell 3 of them and 20 allotments.",
    "The club's squad is 24. Its captain, at 31, is five years older than the manager.",
    "# Tesco profits up 20%\n\nRival shops sold 300 hampers this year, against 100 last year.",
    "Arrests doubled last year. Officers made 300 in Leeds and 900 in Bradford.",
    "Prices rose from £200 to £260. The rise, of 30%, came after a 40% jump in 2023.",
]

TABLES = NAMED_ONE_SPARED + RATE_OVER_A_YEAR_NEXT + PERIOD_WILL_LAST + SHARE_OF_THEM_OR + BREAKDOWN_COLON_LABELS + CHANGE_HEADLINE_NOUN_AFTER + AGE_GAP_OF_ONE_BEFORE + CHANGE_NAMED_NEXT + TREND_DATED_NEXT + CHANGE_PERIOD_UP_FROM + SHARE_THAT_WAS + RATIO_THAT_IS + BREAKDOWN_OUTCOMES + PART_OF_THEM
CASES = [(slip, [rule]) for slip, _, rule in TABLES] + [(twin, []) for _, twin, _ in TABLES] + [(t, []) for t in QUIET]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_a_slip_gives_its_finding_and_its_twin_none(text: str, rules: list[str]) -> None:
    found = list(builtins.run(claims_of(text)))
    assert [f.rule for f in found] == rules, [f.evidence for f in found]
