"""Table tests: a year before a noun is the date of that thing ('the 2004 Brenner Law', 'its 2004
earnings'), never a count; a count before a noun stays a count ('2000 people', '1999 votes'); a
year in a name is neither ('Windows 2000'); decades and runs of years are periods."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.extract import extract
from checker.meaning.dates import consistent
from checker.model import Claim, Source
from tests.conftest import claims_of

# (sentence, the year's text): a date claim of that one year
YEARS_OF_THINGS = [
    # an article before the year and a thing of it
    ("Critics attacked a 1998 ruling on the dam.", "1998"),
    ("Doctors recalled a 1996 outbreak in the port.", "1996"),
    ("Both navies sail the bay under a 2002 accord.", "2002"),
    ("The firm pointed to an 1880 charter.", "1880"),
    # a possessive before it
    ("The bank restated its 2003 earnings.", "2003"),
    ("The label reissued her 2006 album.", "2006"),
    ("The band's 2008 tour made £20m.", "2008"),
    ("Germany's 1990 reunification changed the league.", "1990"),
    ("Critics praised the director's 1952 film.", "1952"),
    ("The Allies' 1944 landing was recalled.", "1944"),
    # a word between the article and the year
    ("Fans still talk of the unbeaten 1971 tourists.", "1971"),
    ("He wrote the classic 1983 novel.", "1983"),
    ("Nobody forgot their ill-fated 1986 expedition.", "1986"),
    ("The firm saw its fourth-quarter 2003 profits fall.", "2003"),
    # no article: the noun tells the year of it
    ("Banks will report 2004 results on Monday.", "2004"),
    ("Output remains down on 2003 levels.", "2003"),
    ("The group now forecasts 2006 revenue of $2bn.", "2006"),
    ("Shares fell as the airline issued 2005 profits warnings.", "2005"),
    ("Growth beat 2002 figures by a wide margin.", "2002"),
    ("The company hopes 2007 sales will rise.", "2007"),
    ("Profit for 2004 rose by a tenth.", "2004"),
    # a name after it
    ("Growers defended the 2004 Brenner Law.", "2004"),
    ("Voters went to the polls in a 2016 Senate race.", "2016"),
    # the year as the subject of its sentence
    ("2004 was a hard year for the club.", "2004"),
    ("He said 2006 would see more cuts.", "2006"),
    ('"2005 offers a chance to change," she said.', "2005"),
    ("But 2003 has been a year of growth.", "2003"),
    # the words before it broken over a line
    ("Tear gas was used after the\n2012 storm of the square.", "2012"),
]


@pytest.mark.parametrize(("text", "year"), YEARS_OF_THINGS, ids=[r[0] for r in YEARS_OF_THINGS])
def test_year_of_a_thing_is_a_date(text: str, year: str) -> None:
    found = [c for c in claims_of(text) if c.text == year]
    assert [c.kind for c in found] == ["date"], [(c.kind, c.text) for c in claims_of(text)]
    details = dict(found[0].details)
    assert (details["first"].isoformat(), details["last"].isoformat()) == (f"{year}-01-01", f"{year}-12-31")


# (sentence, the number's text, the kind it must have, or None for no claim at all)
NOT_YEARS = [
    ("About 2000 people marched.", "About 2000", "count"),
    ("The mayor won 1999 votes.", "1999", "count"),
    ("The team won 1999 votes.", "1999", "count"),
    ("Its 2000 employees were told first.", "2000", "count"),
    ("A crowd of 2000 people gathered.", "2000", "count"),
    ("It paid for 2000 tents.", "2000", "count"),
    ("The 2000 people who came were fed.", "2000", "count"),
    ("Some 1900 children were moved.", "Some 1900", "count"),
    ("The army sent 2000 new recruits.", "2000", "count"),
    ("A 2000-strong crowd gathered.", "2000", "count"),
    ("The office still runs Windows 2000 at night.", None, None),
    ("Fans watched Euro 2004 highlights.", None, None),
    ("The crew of flight 1907 landed safely.", None, None),
    ("Guests in room 1984 complained.", None, None),
    ("It was shown at about 1900 on Sundays.", None, None),
    ("About 2000 across the country were held.", None, None),
    ("Some 1900 amid the crowd were hurt.", None, None),
    ("She won the 3000m in record time.", "3000m", "measure"),
    ("The load weighs 1800 kg.", "1800 kg", "measure"),
    ("The road runs 2000 km north.", "2000 km", "measure"),
    ("Entry cost 2000 yen.", "2000 yen", "money"),
    ("The fine was 1999 euro.", "1999 euro", "money"),
    ("The fee was 2000 GBP.", "2000 GBP", "money"),
    ("The club has 1999 members.", "1999", "count"),
]


@pytest.mark.parametrize(("text", "words", "kind"), NOT_YEARS, ids=[r[0] for r in NOT_YEARS])
def test_count_or_name_is_no_date(text: str, words: str | None, kind: str | None) -> None:
    found = claims_of(text)
    assert [c for c in found if c.kind in {"date", "period"}] == []
    assert [(c.kind, c.text) for c in found] == ([(kind, words)] if words else [])


# (sentence, the period's text, its first and last day)
PERIODS = [
    ("Rents rose in the 1990s.", "the 1990s", "1990-01-01", "1999-12-31"),
    ("It began in the mid-1990s.", "the mid-1990s", "1990-01-01", "1999-12-31"),
    ("It was built in the late 1970s.", "the late 1970s", "1970-01-01", "1979-12-31"),
    ("Sales fell in the early 1980s and rose.", "the early 1980s", "1980-01-01", "1989-12-31"),
    ("It was a hit in 1960s Britain.", "1960s", "1960-01-01", "1969-12-31"),
    ("The mill dates from the 1800s.", "the 1800s", "1800-01-01", "1899-12-31"),  # a century, or its first decade
    ("He won titles between 1965-71 at home.", "1965-71", "1965-01-01", "1971-12-31"),
    ("The EU budget for 2007-13 is agreed.", "2007-13", "2007-01-01", "2013-12-31"),
    ("It sought a refund for the 2001-2003 period.", "2001-2003", "2001-01-01", "2003-12-31"),
    ("The 2004/2005 season was poor.", "2004/2005", "2004-01-01", "2005-12-31"),
    ("Her Collected Poems, 1961-2002.", "1961-2002", "1961-01-01", "2002-12-31"),
    ("It was the best result since the 1998/99 season.", "1998/99", "1998-01-01", "1999-12-31"),
]


@pytest.mark.parametrize(("text", "words", "first", "last"), PERIODS, ids=[r[0] for r in PERIODS])
def test_decades_and_runs_of_years_are_periods(text: str, words: str, first: str, last: str) -> None:
    found = [c for c in claims_of(text) if c.text == words]
    assert [c.kind for c in found] == ["period"], [(c.kind, c.text) for c in claims_of(text)]
    details = dict(found[0].details)
    assert (details["first"].isoformat(), details["last"].isoformat()) == (first, last)


AGES = [
    ("She is in her early 20s.", [("age", "her early 20s")]),
    ("He is in his mid-60s.", [("age", "his mid-60s")]),
    ("Jobless rates among the young are in the mid-30s.", []),  # a level as often as a time
    ("Life expectancy is now around the late 70s.", []),
]


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_decades_of_life_stay_ages(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.kind, c.text) for c in claims_of(text)] == expected


def _year(text: str, year: str) -> Claim:
    found = [c for c in claims_of(text) if c.text == year and c.kind == "date"]
    assert len(found) == 1, [(c.kind, c.text) for c in claims_of(text)]
    return found[0]


# one thing dated by two reports: (first sentence, its year, second sentence, its year, consistent)
PAIRS = [
    ("Judges struck down the 2004 Brenner Law.", "2004", "The Senate passed the Brenner Law in 2006.", "2006", False),
    ("Judges struck down the 2006 Brenner Law.", "2006", "The Senate passed the Brenner Law in 2006.", "2006", True),
    ("A 2003 treaty governs the river.", "2003", "The treaty was signed in 2003.", "2003", True),
    ("A 2003 treaty governs the river.", "2003", "The treaty was signed in 2004.", "2004", False),
    ("The bank restated its 2004 earnings.", "2004", "Earnings for 2004 were restated.", "2004", True),
]


@pytest.mark.parametrize(("text_a", "year_a", "text_b", "year_b", "expected"), PAIRS)
def test_years_of_one_thing_compare(text_a: str, year_a: str, text_b: str, year_b: str, expected: bool) -> None:
    a, b = _year(text_a, year_a), _year(text_b, year_b)
    assert consistent(a, b) is expected


REAL_NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "real-news" / "bbc-2004-dev.jsonl"


@pytest.mark.skipif(not REAL_NEWS.exists(), reason="the real-news corpus is not beside the project")
def test_years_of_real_copy() -> None:
    """Over real copy: years before nouns are dates, and no year-like number is both."""
    with REAL_NEWS.open(encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines]
    dated = 0
    for article in articles:
        claims = extract(Source.build(str(article["id"]), article["text"]))
        starts = {c.start for c in claims if c.kind in {"date", "period"}}
        for c in claims:
            if c.kind == "count" and c.text.isdigit() and len(c.text) == 4:
                assert c.start not in starts, c.text
        dated += sum(1 for c in claims if c.kind == "date" and len(c.text) == 4)
    assert dated > 1320  # 1,283 before years of things were read as dates, 1,354 after
