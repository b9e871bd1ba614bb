"""Table tests: what days each date claim can mean, and whether two date claims can mean the same days."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from checker.extract import extract
from checker.meaning.dates import DaySet, consistent, days
from checker.model import Claim, Period, Source
from tests.conftest import claims_of

PUB = "2018-11-27"  # a Tuesday

# (sentence, published, claim text, the claim's details); every detail given, none more
RESOLVED = [
    # a day named with its weekday and no year: the year that gives the day that weekday (2018-12-05 is a Wednesday)
    ("The strike begins on Wednesday, December 5, the union confirmed.", PUB, "Wednesday, December 5",
     {"first": "2018-12-05", "last": "2018-12-05", "weekday": 2}),
    ("The hearing was held on Tuesday, January 2, the court said.", "2019-01-20", "Tuesday, January 2",
     {"first": "2018-01-02", "last": "2018-01-02", "weekday": 1}),
    ("The concert is on Saturday, Jan. 5, organisers said.", PUB, "Saturday, Jan. 5",
     {"first": "2019-01-05", "last": "2019-01-05", "weekday": 5}),
    # weekdays: the nearest before or on publication, after it when the clause speaks of the future
    ("The ship was seized on Wednesday.", PUB, "Wednesday", {"first": "2018-11-21", "last": "2018-11-21", "weekday": 2}),
    ("The vote was held on Tuesday.", PUB, "Tuesday", {"first": "2018-11-27", "last": "2018-11-27", "weekday": 1}),
    ("The court sat on Sunday.", PUB, "Sunday", {"first": "2018-11-25", "last": "2018-11-25", "weekday": 6}),
    ("The law will take effect on Wednesday.", PUB, "Wednesday", {"first": "2018-11-28", "last": "2018-11-28", "weekday": 2}),
    ("A curfew for 60 days starting Monday.", PUB, "Monday", {"first": "2018-12-03", "last": "2018-12-03", "weekday": 0}),
    ("The talks are due to resume on Friday.", PUB, "Friday", {"first": "2018-11-30", "last": "2018-11-30", "weekday": 4}),
    ("It will rain, the office said on Monday.", PUB, "Monday", {"first": "2018-11-26", "last": "2018-11-26", "weekday": 0}),
    ("Police will study the crash that happened on Sunday.", PUB, "Sunday", {"first": "2018-11-25", "last": "2018-11-25", "weekday": 6}),
    ("Police will look at what he said on Monday.", PUB, "Monday", {"first": "2018-11-26", "last": "2018-11-26", "weekday": 0}),
    ("The curfew will be imposed on Friday.", PUB, "Friday", {"first": "2018-11-30", "last": "2018-11-30", "weekday": 4}),
    ("They'll meet again on Thursday.", PUB, "Thursday", {"first": "2018-11-29", "last": "2018-11-29", "weekday": 3}),
    ("On Friday, the bishop will ask the choir to sing.", PUB, "Friday", {"first": "2018-11-30", "last": "2018-11-30", "weekday": 4}),
    ("From Monday, all fares will have to be paid in cash.", PUB, "Monday", {"first": "2018-12-03", "last": "2018-12-03", "weekday": 0}),
    ("The gala, on Thursday, is expected to draw 800 guests.", PUB, "Thursday", {"first": "2018-11-29", "last": "2018-11-29", "weekday": 3}),
    ("On Friday, the bishop asked the choir to sing, and he will ask again.", PUB, "Friday", {"first": "2018-11-23", "last": "2018-11-23", "weekday": 4}),
    ("The club, who knocked out Leeds on Saturday, will travel to Rome.", PUB, "Saturday", {"first": "2018-11-24", "last": "2018-11-24", "weekday": 5}),
    ("The striker trained on Monday and will do the same today.", PUB, "Monday", {"first": "2018-11-26", "last": "2018-11-26", "weekday": 0}),
    ("Talks will proceed on Thursday.", PUB, "Thursday", {"first": "2018-11-29", "last": "2018-11-29", "weekday": 3}),
    ("The ban is expected to be lifted on Saturday.", PUB, "Saturday", {"first": "2018-12-01", "last": "2018-12-01", "weekday": 5}),
    # an irregular participle after "be" is no past: "will be held", "will be sent", "is to be made"
    ("The by-election will be held on Thursday.", PUB, "Thursday", {"first": "2018-11-29", "last": "2018-11-29", "weekday": 3}),
    ("The results will be sent out on Friday.", PUB, "Friday", {"first": "2018-11-30", "last": "2018-11-30", "weekday": 4}),
    ("The ruling is to be made public on Monday.", PUB, "Monday", {"first": "2018-12-03", "last": "2018-12-03", "weekday": 0}),
    ("The match had been held on Sunday.", PUB, "Sunday", {"first": "2018-11-25", "last": "2018-11-25", "weekday": 6}),
    ("He arrived last Wednesday.", PUB, "last Wednesday", {"first": "2018-11-21", "last": "2018-11-21", "weekday": 2}),
    ("He left last Tuesday.", PUB, "last Tuesday", {"first": "2018-11-20", "last": "2018-11-20", "weekday": 1}),
    ("They meet next Tuesday.", PUB, "next Tuesday", {"first": "2018-12-04", "last": "2018-12-04", "weekday": 1}),
    ("They meet this coming Thursday.", PUB, "coming Thursday", {"first": "2018-11-29", "last": "2018-11-29", "weekday": 3}),
    # days named by their distance from publication
    ("Two men were held yesterday.", PUB, "yesterday", {"first": "2018-11-26", "last": "2018-11-26"}),
    ("The report is out today.", PUB, "today", {"first": "2018-11-27", "last": "2018-11-27"}),
    ("The minister speaks tonight.", PUB, "tonight", {"first": "2018-11-27", "last": "2018-11-27"}),
    ("The report is out tomorrow.", PUB, "tomorrow", {"first": "2018-11-28", "last": "2018-11-28"}),
    # weeks, months, years
    ("Sales rose last week.", PUB, "last week", {"first": "2018-11-19", "last": "2018-11-25"}),
    ("Sales rose this week.", PUB, "this week", {"first": "2018-11-26", "last": "2018-12-02"}),
    ("Sales rise next week.", PUB, "next week", {"first": "2018-12-03", "last": "2018-12-09"}),
    ("Crowds are expected this weekend.", PUB, "this weekend", {"first": "2018-12-01", "last": "2018-12-02"}),
    ("Prices fell last month.", PUB, "last month", {"first": "2018-10-01", "last": "2018-10-31"}),
    ("Prices fall next month.", "2018-12-14", "next month", {"first": "2019-01-01", "last": "2019-01-31"}),
    ("The vote is next year.", PUB, "next year", {"first": "2019-01-01", "last": "2019-12-31"}),
    ("Sales rose this year.", PUB, "this year", {"first": "2018-01-01", "last": "2018-12-31"}),
    ("Earlier this month, prices rose.", PUB, "Earlier this month", {"first": "2018-11-01", "last": "2018-11-27"}),
    ("He resigned earlier this year.", PUB, "earlier this year", {"first": "2018-01-01", "last": "2018-11-27"}),
    ("A vote is due later this month.", PUB, "later this month", {"first": "2018-11-27", "last": "2018-11-30"}),
    ("Prices rose in the past year.", PUB, "the past year", {"first": "2017-11-28", "last": "2018-11-27"}),
    ("Sales were 5% lower than the previous year.", PUB, "the previous year", {}),  # relative to another date
    ("Prices rose over the past week.", PUB, "the past week", {"first": "2018-11-21", "last": "2018-11-27"}),
    ("He was elected last March.", PUB, "last March", {"first": "2018-03-01", "last": "2018-03-31"}),
    ("He was elected last December.", PUB, "last December", {"first": "2017-12-01", "last": "2017-12-31"}),
    ("He stands again next March.", PUB, "next March", {"first": "2019-03-01", "last": "2019-03-31"}),
    # days and months without a year: the year of publication, or the one before when later
    ("The deal was signed on April 5.", PUB, "April 5", {"first": "2018-04-05", "last": "2018-04-05"}),
    ("The deal was signed on 5 April.", PUB, "5 April", {"first": "2018-04-05", "last": "2018-04-05"}),
    ("The vote on Nov. 14 was close.", PUB, "Nov. 14", {"first": "2018-11-14", "last": "2018-11-14"}),
    ("The vote on Sept. 4 was close.", PUB, "Sept. 4", {"first": "2018-09-04", "last": "2018-09-04"}),
    ("The fire began on 5 December.", "2019-01-10", "5 December", {"first": "2018-12-05", "last": "2018-12-05"}),
    ("Sales fell in December.", "2019-01-10", "December", {"first": "2018-12-01", "last": "2018-12-31"}),
    ("Sales may recover in March.", "2019-01-10", "March", {"first": "2019-03-01", "last": "2019-03-31"}),
    ("The bridge will open on 5 January.", "2018-12-10", "5 January", {"first": "2019-01-05", "last": "2019-01-05"}),
    ("The bridge opened on 5 January.", "2018-12-10", "5 January", {"first": "2018-01-05", "last": "2018-01-05"}),
    ("The singer died suddenly in April.", "2005-03-16", "April", {"first": "2004-04-01", "last": "2004-04-30"}),
    ("The court overturned the ban on 18 March.", "2005-03-16", "18 March", {"first": "2004-03-18", "last": "2004-03-18"}),
    ("Prices have risen since June.", "2005-03-16", "since June", {"first": "2004-06-01", "last": "2005-03-16"}),
    ("Prices have risen since 2006.", "2005-03-16", "since 2006", {"first": "2006-01-01"}),
    ("The ban runs until 21 March.", "2005-03-16", "21 March", {"first": "2005-03-21", "last": "2005-03-21"}),
    ("The tour begins in Leeds on 28 March.", "2005-03-16", "28 March", {"first": "2005-03-28", "last": "2005-03-28"}),
    ("The vote is expected on 5 May.", "2005-03-16", "5 May", {"first": "2005-05-05", "last": "2005-05-05"}),
    # days of one month, a weekday with its date
    ("The hearings on 24 and 25 June were cut.", None, "24 and 25 June", {"month": 6, "day": 24, "day_last": 25}),
    ("A panel sitting on February 16 and 17 will decide.", "2005-02-01", "February 16 and 17", {"first": "2005-02-16", "last": "2005-02-17"}),
    ("The fair runs 16-17 February 2005.", None, "16-17 February 2005", {"first": "2005-02-16", "last": "2005-02-17"}),
    ("The tour runs from June 24 to 26, 2004.", None, "June 24 to 26, 2004", {"first": "2004-06-24", "last": "2004-06-26"}),
    ("He died on Sunday, Nov. 25, 2018, in Kiev.", None, "Sunday, Nov. 25, 2018", {"first": "2018-11-25", "last": "2018-11-25", "weekday": 6}),
    ("It opens on Tuesday 9 November.", "2004-10-20", "Tuesday 9 November", {"first": "2004-11-09", "last": "2004-11-09", "weekday": 1}),
    ("The fair was held from 6 to 9 January 2005.", None, "6 to 9 January 2005", {"first": "2005-01-06", "last": "2005-01-09"}),
    # quarters of a stated year
    ("Sales fell in the second quarter of 2019.", None, "the second quarter of 2019", {"first": "2019-04-01", "last": "2019-06-30"}),
    ("Sales fell in the first-quarter of 2004.", None, "the first-quarter of 2004", {"first": "2004-01-01", "last": "2004-03-31"}),
    ("Profits rose in the last quarter of 2004.", None, "the last quarter of 2004", {"first": "2004-10-01", "last": "2004-12-31"}),
    ("Sales fell in Q3 2018.", None, "Q3 2018", {"first": "2018-07-01", "last": "2018-09-30"}),
    ("Profits rose in the last quarter.", PUB, "the last quarter", {}),
    # decades
    ("He played in the 1970s.", None, "the 1970s", {"first": "1970-01-01", "last": "1979-12-31"}),
    ("He played in the 1970s and 80s.", None, "the 1970s and 80s", {"first": "1970-01-01", "last": "1989-12-31"}),
    ("He played in the 1950s and 1960s.", None, "the 1950s and 1960s", {"first": "1950-01-01", "last": "1969-12-31"}),
    ("He played in the '60s.", None, "the '60s", {}),
    # periods
    ("Sales rose between June 2003 and 2004.", None, "between June 2003 and 2004", {"first": "2003-06-01", "last": "2004-12-31"}),
    ("Profits fell in the year to March 2004.", None, "in the year to March 2004", {"first": "2003-04-01", "last": "2004-03-31"}),
    ("There were 46 November 2022 cases.", None, "November 2022", {"first": "2022-11-01", "last": "2022-11-30"}),
    ("Profits rose in the year from June 2003.", None, "in the year from June 2003", {"first": "2003-06-01", "last": "2004-05-31"}),
]

UNRESOLVED = [  # no publication date: what is known, never a guessed day
    ("Two men were held yesterday.", "yesterday", {}),
    ("The report is out today.", "today", {}),
    ("Sales rose last week.", "last week", {}),
    ("Earlier this month, prices rose.", "Earlier this month", {}),
    ("The ship was seized on Wednesday.", "Wednesday", {"weekday": 2}),
    ("A curfew for 30 days starting Wednesday.", "Wednesday", {"weekday": 2}),
    ("He arrived last Wednesday.", "last Wednesday", {"weekday": 2}),
    ("A curfew from 26 November.", "26 November", {"month": 11, "day": 26}),
    ("The vote on Nov. 14 was close.", "Nov. 14", {"month": 11, "day": 14}),
    ("Sales fell in December.", "December", {"month": 12}),
    ("He was elected last March.", "last March", {"month": 3}),
    ("It opens on Tuesday 9 November.", "Tuesday 9 November", {"weekday": 1, "month": 11, "day": 9}),
    ("It ended on Wednesday the 21st.", "Wednesday the 21st", {"weekday": 2, "day": 21}),
]

# an anchor stated in the article: one full date with its weekday
STATED = [
    ("He died on Sunday, Nov. 25, 2018. On Wednesday, a vote was held.", "Wednesday",
     {"first": "2018-11-19", "last": "2018-12-01", "weekday": 2}),
    ("He died on Sunday, Nov. 25, 2018. The port shut on 26 November.", "26 November", {"first": "2018-11-26", "last": "2018-11-26"}),
    ("He died on Sunday, Nov. 25, 2018. The port shut on 3 January.", "3 January", {"first": "2019-01-03", "last": "2019-01-03"}),
    ("He died on Sunday, Nov. 25, 2018. Two men were held yesterday.", "yesterday", {}),  # not the writing day
    ("He died on Sunday, Nov. 25, 2018. He had arrived last Wednesday.", "last Wednesday", {"weekday": 2}),
    # two stated days, or a weekday that is not the date's: no anchor
    ("He died on Sunday, Nov. 25, 2018, and she on Monday, Dec. 3, 2018. On Wednesday, a vote.", "Wednesday", {"weekday": 2}),
    ("He died on Monday, Nov. 25, 2018. On Wednesday, a vote was held.", "Wednesday", {"weekday": 2}),
]

NOT_DATES = [
    ("This may be the end.", "This may"),
    ("It was the last march on the capital.", "last march"),
    ("Sales fell in December.", "December."),  # the full stop is the sentence's
    ("There were 46 November 2022 cases.", "46 November 2022"),  # no 46th day
    ("They met on 31 and 3 May 2004.", "31 and 3 May 2004"),
]


_DAY_KEYS = ("first", "last", "weekday", "month", "day", "day_last")


def _details(found: dict[str, Any]) -> dict[str, Any]:
    """What a claim's details say of its days (other details, such as the sentence before, aside)."""
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in found.items() if k in _DAY_KEYS}


def _claim(text: str, words: str, published: str | None = None) -> Claim:
    meta = {"published": date.fromisoformat(published)} if published else {}
    found = [c for c in claims_of(text, **meta) if c.text == words and c.kind in {"date", "period"}]
    assert len(found) == 1, [c.text for c in claims_of(text, **meta)]
    return found[0]


@pytest.mark.parametrize(("text", "published", "words", "expected"), RESOLVED)
def test_resolved(text: str, published: str | None, words: str, expected: dict[str, Any]) -> None:
    assert _details(dict(_claim(text, words, published).details)) == expected


@pytest.mark.parametrize(("text", "words", "expected"), UNRESOLVED)
def test_unresolved_without_publication(text: str, words: str, expected: dict[str, Any]) -> None:
    assert _details(dict(_claim(text, words).details)) == expected


@pytest.mark.parametrize(("text", "words", "expected"), STATED)
def test_stated_anchor(text: str, words: str, expected: dict[str, Any]) -> None:
    assert _details(dict(_claim(text, words).details)) == expected


@pytest.mark.parametrize(("text", "words"), NOT_DATES)
def test_not_dates(text: str, words: str) -> None:
    assert [c.text for c in claims_of(text) if c.text == words] == []


def test_figure_keeps_whole_period() -> None:
    found = [c for c in claims_of("Sales rose 5% between June 2003 and 2004.") if c.kind == "change"]
    assert found[0].period is not None and found[0].period.text == "between June 2003 and 2004"


# (first sentence, its date, published, second sentence, its date, consistent)
PAIRS = [
    ("A curfew from 28 November 2018.", "28 November 2018", None, "A curfew starting Wednesday.", "Wednesday", True),
    ("A curfew from 26 November 2018.", "26 November 2018", None, "A curfew starting Wednesday.", "Wednesday", False),
    ("A curfew from 26 November.", "26 November", None, "A curfew from 28 November.", "28 November", False),
    ("A curfew from 26 November.", "26 November", None, "A curfew from 26 Nov. 2018.", "26 Nov. 2018", True),
    ("A curfew from 26 November.", "26 November", None, "A curfew starting Wednesday.", "Wednesday", None),  # some year
    ("It opened on Tuesday.", "Tuesday", None, "It opened on Wednesday.", "Wednesday", False),
    ("The raid on Nov. 25.", "Nov. 25", None, "The raid on Sunday, Nov. 25.", "Sunday, Nov. 25", None),
    ("The raid on Monday, Nov. 25.", "Monday, Nov. 25", None, "The raid on Sunday, Nov. 25.", "Sunday, Nov. 25", False),
    ("The raid on Nov. 25, 2018.", "Nov. 25, 2018", None, "The raid on Sunday, Nov. 25.", "Sunday, Nov. 25", True),
    ("The raid on Nov. 25, 2018.", "Nov. 25, 2018", None, "The raid on Monday, Nov. 25.", "Monday, Nov. 25", False),
    ("The law passed in 2002.", "2002", None, "The law passed in 1999.", "1999", False),
    ("It opened in June 2003.", "June 2003", None, "It opened in 2003.", "2003", True),
    ("It opened on 12 June 2003.", "12 June 2003", None, "It opened in June 2003.", "June 2003", True),
    ("It opened on 12 June 2003.", "12 June 2003", None, "It opened in July 2003.", "July 2003", False),
    ("It opened on 12 June.", "12 June", None, "It opened in July 2003.", "July 2003", False),
    ("It opened on 12 June.", "12 June", None, "It opened in 2003.", "2003", True),
    ("Two men were held yesterday.", "yesterday", None, "Two men were held on 3 May 2004.", "3 May 2004", None),
    ("Two men were held yesterday.", "yesterday", "2004-05-04", "Two men were held on 3 May 2004.", "3 May 2004", True),
    ("Two men were held yesterday.", "yesterday", "2004-05-05", "Two men were held on 3 May 2004.", "3 May 2004", False),
    # the ends of two periods told at different precision meet ("and 2004" may be "and June 2004")
    ("It grew between June 2003 and 2004.", "between June 2003 and 2004", None,
     "It grew between June 2003 and June 2004.", "between June 2003 and June 2004", True),
    ("It grew between 2003 and 2014.", "between 2003 and 2014", None,
     "It grew between March 2003 and May 2014.", "between March 2003 and May 2014", True),
    ("It grew between 2003 and 2014.", "between 2003 and 2014", None,
     "It grew between 2003 and 2012.", "between 2003 and 2012", False),
    ("It grew between March 2003 and May 2014.", "between March 2003 and May 2014", None,
     "It grew between April 2003 and May 2014.", "between April 2003 and May 2014", False),
    ("It grew between June 2003 and 2004.", "between June 2003 and 2004", None,
     "It grew from June 2003 to 2004.", "from June 2003 to 2004", True),
    ("The raid on Wednesday the 21st.", "Wednesday the 21st", None, "The raid on 21 November 2018.", "21 November 2018", True),
    ("The raid on Wednesday the 21st.", "Wednesday the 21st", None, "The raid on 22 November 2018.", "22 November 2018", False),
]


@pytest.mark.parametrize(("text_a", "words_a", "published", "text_b", "words_b", "expected"), PAIRS)
def test_consistent(text_a: str, words_a: str, published: str | None, text_b: str, words_b: str, expected: bool | None) -> None:
    a, b = _claim(text_a, words_a, published), _claim(text_b, words_b)
    assert consistent(a, b) is expected
    assert consistent(b, a) is expected


DAYSETS = [  # (set, empty)
    (DaySet(month=2, day=30), True),
    (DaySet(month=2, day=29, weekday=3), False),  # 2024-02-29 was a Thursday
    (DaySet(date(2018, 11, 26), date(2018, 11, 27), weekday=2), True),
    (DaySet(date(2018, 11, 26), date(2018, 12, 2), weekday=2), False),
    (DaySet(date(2018, 1, 1), date(2018, 12, 31), month=11, day=28, weekday=2), False),
    (DaySet(date(2018, 1, 1), date(2018, 12, 31), month=11, day=26, weekday=2), True),
    (DaySet(first=date(2030, 1, 1), month=6, day=31), True),
]


@pytest.mark.parametrize(("found", "empty"), DAYSETS)
def test_dayset_empty(found: DaySet, empty: bool) -> None:
    assert found.empty() is empty


def test_yearless_date_takes_its_year_from_the_period() -> None:
    claim = _claim("A curfew from 26 November.", "26 November")
    dated = claim._replace(period=Period("2018", date(2018, 1, 1), date(2018, 12, 31)))
    assert days(dated) == DaySet(date(2018, 1, 1), date(2018, 12, 31), month=11, day=26)
    wednesday = _claim("A curfew starting Wednesday.", "Wednesday")
    assert consistent(dated, wednesday) is False  # 26 November 2018 was a Monday
    assert consistent(claim, wednesday) is None  # no year: only an unknown year would tell


def test_figure_days_are_its_period() -> None:
    found = [c for c in claims_of("Sales rose 5% in 2003.") if c.kind == "change"]
    assert days(found[0]) == DaySet(date(2003, 1, 1), date(2003, 12, 31))
    assert days(claims_of("Sales rose 5%.")[0]) == DaySet()


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-03", "9999-12-31", "9999-12-28", None])
def test_anchor_at_the_ends_of_the_calendar(published: str | None) -> None:
    text = ("Yesterday, last week, this weekend, on Wednesday, next March, last December, earlier this month, "
            "the past year, on 5 April, in December, next year. He died on Sunday, Jan. 2, 0001. On Friday, "
            "Dec. 31, 9999, then on Wednesday and 3 January.")
    meta = {"published": date.fromisoformat(published)} if published else {}
    assert [c.text for c in claims_of(text, **meta) if c.text == "Yesterday"] == ["Yesterday"]


REAL_NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "real-news" / "bbc-2004-dev.jsonl"


@pytest.mark.skipif(not REAL_NEWS.exists(), reason="the real-news corpus is not beside the project")
def test_dates_of_real_copy() -> None:
    """Over real copy, with and without a publication date: no date ends with its sentence's full
    stop, every day of a month is one, and a weekday or 'yesterday' is never resolved without an anchor."""
    with REAL_NEWS.open(encoding="utf-8") as lines:
        articles = [json.loads(line) for line, _ in zip(lines, range(400))]
    kinds = 0
    for published in (None, date(2005, 3, 16)):
        for article in articles:
            for c in extract(Source.build(str(article["id"]), article["text"], published=published)):
                if c.kind not in {"date", "period"}:
                    continue
                kinds += 1
                found = days(c)
                assert not c.text.endswith(".") or c.text[-4:-1].isalpha() and len(c.text.split()[-1]) <= 5, c.text
                assert found.day is None or 1 <= found.day <= 31, c.text
                assert found.first is None or found.last is None or found.first <= found.last, c.text
                if published is None and c.text.lower() in {"yesterday", "today", "monday", "friday", "last week"}:
                    assert found.first is None, c.text
    assert kinds > 1000


def test_days_read_back_from_json() -> None:
    claim = _claim("It opened on 12 June 2003.", "12 June 2003")
    read = claim._replace(details=tuple((k, v.isoformat() if isinstance(v, date) else v) for k, v in claim.details))
    assert days(read) == days(claim) == DaySet(date(2003, 6, 12), date(2003, 6, 12))
