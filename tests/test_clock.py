"""Times of day ('3pm', '3.30 p.m.', '15:30 GMT', '0830 GMT', 'at noon'): read as dates of a point in
the day, each allowing what copy's rounding allows, and held against the time another report gives
the same event; never the end of a range of hours, a bare 'hh:mm' nothing tells as a time, or a
time in another zone."""

from __future__ import annotations

import pytest

from checker.extract import extract
from checker.meaning.dates import clock
from checker.model import Source
from tests.test_extract_readings import two_reports_disagree


def _times(text: str) -> list[tuple[str, str, int, int, str | None]]:
    out = []
    for c in extract(Source.build("t.txt", text)):
        told = clock(c)
        if told is not None:
            assert c.kind == "time" and text[c.start : c.end] == c.text
            out.append((c.text, dict(c.details)["clock"], *told))
    return out


@pytest.mark.parametrize("text, expected", [
    ("Crews were called at 3pm.", [("3pm", "15:00", 885, 915, None)]),
    ("The alarm sounded at 3.30 p.m. on Friday.", [("3.30 p.m.", "15:30", 923, 937, None)]),
    ("The polls closed at 10pm and the count began.", [("10pm", "22:00", 1305, 1335, None)]),
    ("She landed at 11:45am ET.", [("11:45am ET", "11:45", 698, 712, "ET")]),
    ("The train left at 7.12am.", [("7.12am", "07:12", 430, 434, None)]),
    ("Kick-off is at 12.30pm.", [("12.30pm", "12:30", 743, 757, None)]),
    ("The sirens started at 12am.", [("12am", "00:00", -15, 15, None)]),
    ("The vote is at 15:30 in the chamber.", [("15:30", "15:30", 923, 937, None)]),
    ("The blast happened at 08:30 GMT.", [("08:30 GMT", "08:30", 503, 517, "UTC")]),
    ("Markets opened at 0800 GMT on Monday.", [("0800 GMT", "08:00", 465, 495, "UTC")]),
    ("The match starts at 1945 local time.", [("1945 local time", "19:45", 1178, 1192, None)]),
    ("The deadline is at noon on Friday.", [("noon", "12:00", 705, 735, None)]),
    ("They met at midday.", [("midday", "12:00", 705, 735, None)]),
    ("The fire broke out at about 2am.", [("about 2am", "02:00", 75, 165, None)]),
    ("He was seen shortly after 9pm.", [("shortly after 9pm", "21:00", 1260, 1305, None)]),
    ("The crash happened just before midnight.", [("just before midnight", "00:00", -45, 0, None)]),
    ("Voters must register by 5pm.", [("by 5pm", "17:00", 0, 1035, None)]),
])
def test_a_time_of_day_is_read_with_what_it_allows(text: str, expected: list[tuple[str, str, int, int, str | None]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize("text", [
    "The shop is open from 9am to 5pm every day.",          # a range of hours, not a moment
    "Visiting hours are 2pm-4pm on weekdays.",
    "The road is shut between 10pm and 6am.",
    "He quoted John 3:16 at the rally.",                    # a bare h:mm that nothing tells as a time
    "The board voted 3:1 in favour.",
    "She ran the marathon in 2:05:30.",
    "The firm posted 1400 hours of overtime.",               # four digits and 'hours' with no 'at'
    "The team had 13 shots.",
])
def test_what_is_no_moment_is_not_read_as_one(text: str) -> None:
    assert _times(text) == []


@pytest.mark.parametrize("a, b, flagged", [
    # one event, two times
    ("Fire crews were called to the warehouse in Leeds at 3pm on Tuesday.",
     "Firefighters were called to a warehouse fire in Leeds at 4pm on Tuesday.", True),
    ("The two trains collided near Selby at 6.12am, rail officials said.",
     "The trains collided near Selby at 7.12am.", True),
    ("The ferry capsized off the island at 15:30, the coastguard said.",
     "The ferry capsized off the island at 5.30pm.", True),
    ("The bomb exploded outside the embassy at 0830 GMT.",
     "The bomb went off outside the embassy at 10:30 GMT.", True),
    ("Polls in the county closed at 10pm.", "Polls in the county closed at 9pm.", True),
    # one event, one time told two ways or within its rounding
    ("The ferry capsized off the island at 15:30, the coastguard said.",
     "The ferry capsized off the island at 3.30pm.", False),
    ("Fire crews were called to the warehouse in Leeds at about 3pm.",
     "Firefighters were called to the warehouse in Leeds at 3.20pm.", False),
    ("The trains collided near Selby at 6.12am.", "The trains collided near Selby shortly after 6am.", False),
    ("The crash happened just before midnight on the bypass.", "The crash on the bypass happened at 11.50pm.", False),
    # one moment in two zones: never compared
    ("The bomb exploded outside the embassy at 10:30 local time.",
     "The bomb exploded outside the embassy at 08:30 GMT.", False),
    # different moments of one story: a snapshot of a market, another event
    ("The dollar was trading at $1.36 against the euro at 0950 GMT.",
     "By 1300 GMT the dollar had risen to $1.37 against the euro.", False),
    ("By 10am, 20 people had been rescued from the flats.", "By 2pm, 35 people had been rescued from the flats.", False),
    ("The fire broke out at the mill at 3pm.", "The road outside the mill reopened at 6pm.", False),
    # two events of one day in one place: what each time times differs
    ("Gates open at 1pm for the final at Wembley.", "The final at Wembley kicks off at 3pm.", False),
    ("Shops close at 5pm on Christmas Eve.", "The ferry leaves at 7pm on Christmas Eve.", False),
    ("The polls open at 7am and close at 10pm.", "Polling stations open at 7am and close at 10pm.", False),
    ("The polls open at 7am and close at 10pm.", "Polling stations open at 8am and close at 10pm.", True),
    ("The final kicks off at 3pm at Wembley.", "The final at Wembley kicks off at 5.30pm.", True),
    ("The explosion happened at about 9.40am local time.", "The blast happened at 11.45am local time.", True),
])
def test_two_reports_time_one_event(a: str, b: str, flagged: bool) -> None:
    assert two_reports_disagree(a, b) is flagged
