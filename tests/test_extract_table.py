"""Table-driven tests: one row per extraction construct (text, kind, claim text, value, low, high)."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from tests.conftest import claims_of

N = None
ROWS = [
    # counts: digits, words, mixed, scaled
    ("Police recorded 1,944 incidents.", "count", "1,944", 1944, 1944, 1944),
    ("There were seven victims.", "count", "seven", 7, 7, 7),
    ("There were twenty-one victims.", "count", "twenty-one", 21, 21, 21),
    ("It took one hundred and three days.", "duration", "one hundred and three days", 103, 103, 103),
    ("He sold 3 hundred and 21 copies.", "count", "3 hundred and 21", 321, 321, 321),
    ("The site has 1.2 million users.", "count", "1.2 million", 1200000, 1150000, 1250000),
    ("The site has 5.1m users.", "count", "5.1m", 5100000, 5050000, 5150000),
    ("About 2bn people use it.", "count", "About 2bn", 2000000000, 1800000000, 2200000000),
    ("They paid 2bn for it.", "count", "2bn", 2000000000, 1500000000, 2500000000),
    ("It holds 5,100 records.", "count", "5,100", 5100, 5050, 5150),
    ("more than 5,100 reports", "count", "more than 5,100", 5100, 5100, 5200),
    ("more than 5,137 reports", "count", "more than 5,137", 5137, 5137, N),
    ("at least 40 people", "count", "at least 40", 40, 40, N),
    ("fewer than 300 people", "count", "fewer than 300", 300, N, 300),
    ("up to 300 people", "count", "up to 300", 300, N, 300),
    ("nearly 2,000 people", "count", "nearly 2,000", 2000, 1800, 2000),
    ("nearly 4 children", "count", "nearly 4", 4, F(7, 2), 4),
    ("about 3 children", "count", "about 3", 3, F(5, 2), F(7, 2)),
    ("more than 30% of them", "percent", "more than 30%", 30, 30, 40),
    ("more than 33% of them", "percent", "more than 33%", 33, 33, N),
    # percent
    ("Instagram accounted for 33 percent of cases.", "percent", "33 percent", 33, F(65, 2), F(67, 2)),
    ("It was used in 32% of cases.", "percent", "32%", 32, F(63, 2), F(65, 2)),
    ("It was 12.5 per cent.", "percent", "12.5 per cent", F(25, 2), F(249, 20), F(251, 20)),
    ("almost 50% of them", "percent", "almost 50%", 50, 45, 50),
    ("a rise of 3 percentage points", "percent", "3 percentage points", 3, F(5, 2), F(7, 2)),
    ("twenty percent of users", "percent", "twenty percent", 20, F(39, 2), F(41, 2)),
    # ratio
    ("one in five victims", "ratio", "one in five", F(1, 5), F(2, 11), F(2, 9)),
    ("seven out of 10 victims", "ratio", "seven out of 10", F(7, 10), F(13, 20), F(3, 4)),
    # over a whole copy gives shares as, the idiom is that share in words, and allows no more
    ("three out of four shoppers", "ratio", "three out of four", F(3, 4), F(17, 24), F(31, 40)),
    ("Two in three voters", "ratio", "Two in three", F(2, 3), F(19, 30), F(17, 24)),
    ("one in three pupils", "ratio", "one in three", F(1, 3), F(7, 24), F(11, 30)),
    ("four out of five dentists", "ratio", "four out of five", F(4, 5), F(31, 40), F(9, 10)),
    ("three in five tenants", "ratio", "three in five", F(3, 5), F(11, 20), F(19, 30)),
    ("39 of the 43 forces replied", "ratio", "39 of the 43", F(39, 43), F(39, 43), F(39, 43)),
    ("a third of cases", "ratio", "a third", F(1, 3), F(7, 24), F(11, 30)),  # nearer a third than a quarter or 2/5
    ("half of all victims", "ratio", "half", F(1, 2), F(9, 20), F(11, 20)),
    ("two-thirds of victims", "ratio", "two-thirds", F(2, 3), F(19, 30), F(17, 24)),  # nearer 2/3 than 3/5 or 3/4
    # range
    ("children aged 12-15 were at risk", "range", "aged 12-15", F(27, 2), 12, 15),
    ("between 12 and 15 people", "range", "between 12 and 15", F(27, 2), 12, 15),
    ("from 7 to 10 in the zone", "range", "from 7 to 10", F(17, 2), 7, 10),
    ("Girls aged between 12-15 were at risk", "range", "aged between 12-15", F(27, 2), 12, 15),
    ("between 10% and 20% of them", "range", "between 10% and 20%", 15, 10, 20),
    # money
    ("a £250,000 innovation call", "money", "£250,000", 250000, 245000, 255000),
    ("a $1.2bn deal", "money", "$1.2bn", 1200000000, 1150000000, 1250000000),
    ("a £3 million fund", "money", "£3 million", 3000000, 2500000, 3500000),
    ("it cost 40 cents", "money", "40 cents", F(2, 5), F(2, 5), F(2, 5)),
    ("I would buy it for EUR 125.", "money", "EUR 125", 125, 125, 125),
    ("323 million euros", "money", "323 million euros", 323000000, 322500000, 323500000),
    # age
    ("The youngest victim was five years old.", "age", "five years old", 5, 5, 5),
    ("groomed by a 24-year-old man", "age", "24-year-old", 24, 24, 24),
    ("victims were 11-years-old or younger", "age", "11-years-old or younger", 11, N, 11),
    ("One in five was aged 11 or under.", "age", "aged 11 or under", 11, N, 11),
    # duration
    ("in the 18 months since", "duration", "18 months", 18, 18, 18),
    ("for six months", "duration", "six months", 6, 6, 6),
    # multiplier
    ("cases trebling on Instagram", "multiplier", "trebling", 3, F(5, 2), F(7, 2)),
    ("the number doubled", "multiplier", "doubled", 2, F(3, 2), F(5, 2)),
    ("three times as many girls", "multiplier", "three times as many", 3, F(5, 2), F(7, 2)),
    ("a fourfold rise", "multiplier", "fourfold", 4, F(7, 2), F(9, 2)),
    ("it more than doubled", "multiplier", "more than doubled", 2, 2, N),
    # change
    ("profits were up 50 per cent", "change", "up 50 per cent", 50, F(99, 2), F(101, 2)),
    ("a 240-per-cent increase", "change", "a 240-per-cent increase", 240, F(479, 2), F(481, 2)),
    ("crime fell by a quarter", "change", "fell by a quarter", -25, F(-175, 6), F(-45, 2)),
    ("cases rising from 126 in 2017 to 428", "change", "rising from 126 in 2017 to 428", 302, 302, 302),
    # measure
    ("up to 4,000 km away", "measure", "up to 4,000 km", 4000, N, 4000),
]


@pytest.mark.parametrize(("text", "kind", "claim", "value", "low", "high"), ROWS, ids=[r[2] for r in ROWS])
def test_construct(text: str, kind: str, claim: str, value: object, low: object, high: object) -> None:
    found = [c for c in claims_of(text) if c.kind == kind]
    assert [c.text for c in found] == [claim]
    c = found[0]
    assert (c.value, c.low, c.high) == (value, low, high)


NOT_FIGURES = [
    ("It happened in 2017.", "count"),
    ("Which one do you prefer?", "count"),
    ("She came 4th in the race.", "count"),
    ("The May 4th meeting", "count"),
    ("a double room", "multiplier"),
    ("Call +1-222-2222-2222 now", "range"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_FIGURES)
def test_not_a_figure(text: str, kind: str) -> None:
    assert [c.text for c in claims_of(text) if c.kind == kind] == []


DATES = [
    ("in April 2017", "date", "April 2017", "2017-04-01", "2017-04-30", None),
    ("between April 2017 and September 2018", "period", "between April 2017 and September 2018", "2017-04-01", "2018-09-30", None),
    ("in the six months to September 2018", "period", "in the six months to September 2018", "2018-04-01", "2018-09-30", None),
    ("428 in September last year", "date", "September last year", "2018-09-01", "2018-09-30", "2019-01-15"),
    ("Last year the minister said", "period", "Last year", "2018-01-01", "2018-12-31", "2019-01-15"),
    ("in the 2000s", "period", "the 2000s", "2000-01-01", "2009-12-31", None),
    ("in 2017-18", "period", "2017-18", "2017-01-01", "2018-12-31", None),
    # a year as the object of a verb of time
    ("Moya began 2005 with a win in Chennai.", "date", "2005", "2005-01-01", "2005-12-31", None),
    ("The firm ended 2004 with record profits.", "date", "2004", "2004-01-01", "2004-12-31", None),
    ("He spent 2003 on loan at Leeds.", "date", "2003", "2003-01-01", "2003-12-31", None),
    # a year before 1800 after 'in', 'since', 'the Treaty of'
    ("the Treaty of 1713 handed over the Rock", "date", "1713", "1713-01-01", "1713-12-31", None),
    ("The declaration was signed in 1776.", "date", "1776", "1776-01-01", "1776-12-31", None),
    ("Since 1660 the town has held a fair.", "date", "1660", "1660-01-01", "1660-12-31", None),
]


@pytest.mark.parametrize(("text", "kind", "claim", "first", "last", "published"), DATES)
def test_dates(text: str, kind: str, claim: str, first: str, last: str, published: str | None) -> None:
    from datetime import date

    meta = {"published": date.fromisoformat(published)} if published else {}
    found = [c for c in claims_of(text, **meta) if c.kind == kind and c.text == claim]
    assert len(found) == 1
    details = dict(found[0].details)
    assert (details["first"].isoformat(), details["last"].isoformat()) == (first, last)
