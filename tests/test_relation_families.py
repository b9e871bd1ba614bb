"""Families of phrasing the relation readers read (issue 11): for each, slips the check flags and correct twins it
leaves quiet. Every sentence is invented, in the families seen in newsroom copy."""

from __future__ import annotations

import pytest

from checker import builtins
from tests.conftest import claims_of

# (family, slip, its correct twin, the check that flags the slip)
FAMILIES = [
    # change: more verbs of a move, a change "on" a figure, an amount named a change, a figure then and now,
    # a sentence opened by the figure it goes from
    ("verb", "Turnover slipped 4 per cent to £820,000 from £1.04m.", "Turnover slipped 21 per cent to £820,000 from £1m.",
     "builtin.change"),
    ("verb", "The herd shrank by 10% to 450 from 640.", "The herd shrank by 30% to 450 from 640.", "builtin.change"),
    ("on", "Sales reached 7,450, an increase of 5% on the 5,960 sold last year.",
     "Sales reached 7,450, an increase of 25% on the 5,960 sold last year.", "builtin.change"),
    ("on", "The club had 1,480 members, a fall of 12% on last year's 1,850.",
     "The club had 1,480 members, a fall of 20% on last year's 1,850.", "builtin.change"),
    ("amount", "There were 347 crashes, an increase of 61 on the 276 of 2021.",
     "There were 347 crashes, an increase of 71 on the 276 of 2021.", "builtin.change"),
    ("amount", "Complaints reached 1,215, a fall of 140 from 1,445 a year ago.",
     "Complaints reached 1,215, a fall of 230 from 1,445 a year ago.", "builtin.change"),
    ("then-now", "Rents have risen by 8%: they were 1,250 in 2020 and are 1,475 now.",
     "Rents have risen by 18%: they were 1,250 in 2020 and are 1,475 now.", "builtin.change"),
    ("opened", "Compared with 1,845 a year ago, arrests rose 3% to 2,214.",
     "Compared with 1,845 a year ago, arrests rose 20% to 2,214.", "builtin.change"),
    # trend: a pair the sentence opens with, a pair led by a participle, a trend word read twice by the extraction
    ("opened", "From 215 in 2012, the number of clinics has risen threefold to 1,290.",
     "From 215 in 2012, the number of clinics has risen sixfold to 1,290.", "builtin.trend"),
    ("participle", "Fees doubled over the decade, climbing from £1,150 to £3,470.",
     "Fees trebled over the decade, climbing from £1,150 to £3,470.", "builtin.trend"),
    ("hyphen", "Downloads rose ten-fold, from 4,400 to 13,200.", "Downloads rose three-fold, from 4,400 to 13,200.",
     "builtin.trend"),
    # rate: a noun between the rate and its unit, a total counted "each week"
    ("noun", "The lifeboat launched 312 times in 2022, or 12 times a week.",
     "The lifeboat launched 312 times in 2022, or six times a week.", "builtin.rate"),
    ("each", "Every month 930 parcels go missing, about 90 a day.", "Every month 930 parcels go missing, about 30 a day."
     , "builtin.rate"),
    # part of a whole: a noun before "out of", "a total of", a possessive whole
    ("out-of", "Inspectors said 412 flats out of a total of 380 failed the check.",
     "Inspectors said 312 flats out of a total of 380 failed the check.", "builtin.part-whole"),
    ("out-of", "In all 31 stations, out of 27 on the line, shut.", "In all 21 stations, out of 27 on the line, shut.",
     "builtin.part-whole"),
    ("its", "The poll found 2,310 of its 2,050 readers agreed.", "The poll found 1,310 of its 2,050 readers agreed.",
     "builtin.part-whole"),
    ("among", "Among the region's 44 hospitals, 47 missed the target.",
     "Among the region's 44 hospitals, 37 missed the target.", "builtin.part-whole"),
]


@pytest.mark.parametrize(("family", "slip", "twin", "rule"), FAMILIES, ids=[f"{r}-{f}" for f, _, _, r in FAMILIES])
def test_a_family_slip_is_flagged_and_its_twin_is_not(family: str, slip: str, twin: str, rule: str) -> None:
    assert [f.rule for f in builtins.run(claims_of(slip))] == [rule]
    assert [f.evidence for f in builtins.run(claims_of(twin))] == []


# correct copy of the same families that is no relation: no finding
QUIET = [
    "The 300 residents of 12 streets signed the petition.",  # "of" after a noun: no part of a whole
    "Prices rose 5% on the day, from 100 to 140 over the year.",
]


@pytest.mark.parametrize("text", QUIET)
def test_a_family_look_alike_is_quiet(text: str) -> None:
    assert [f.evidence for f in builtins.run(claims_of(text))] == []
