"""The seventh blind set of the cross-source figure check: one figure told differently by two or three reports
(`fixtures/blind-stories/b7-*`), written by xs7 without reading the code, and twins whose figures all agree or are
other quantities (hard negatives: a start, an end and the move of one change, adult against child prices, two
towns' rainfall, a national against a regional rate in one story, a figure converted between units, a time on the
24-hour clock, a date counted back from the day of writing). A measure, not a bar: the floor is what main gave when
they were written (aec477e, 2026-12-01); raise it as the reading improves.
"""

from __future__ import annotations

import pytest

from tests.test_blind3 import STORIES, story_tally  # one reading of `crosscheck test`'s FAIL lines


@pytest.mark.skipif(not STORIES.is_dir() or not any(STORIES.glob("b7-*")), reason="the b7 blind stories are absent")
def test_the_seventh_blind_stories_do_not_slip() -> None:
    """25 stories whose reports give one figure differently (b7-e*), 16 flagged, and 4 of 20 twins (b7-t*) flagged as
    first measured (a from-to change's start, end and move taken as one quantity, adult and child prices), with a
    future "1 March" read as the past one; 20 and none after xs7's families."""
    tally = story_tally("b7")
    assert (tally.slips, tally.twins) == (25, 20)
    assert tally.flagged >= 20, tally.fails
    assert tally.wrongly_flagged == 0, tally.fails
