"""The ninth blind set of the cross-source figure check: one figure told differently by two or three reports
(`fixtures/blind-stories/b9-*`), written by xs9 without reading the code, in structures the earlier sets used little
(the figure in a relative clause, a fronted phrase, an apposition, a passive with its agent, a headline, split over
two sentences, a count of two groups joined by "and"; a live blog against the next day's report, a press release
against its coverage), and twins whose figures all agree or are other quantities (a company against its division,
a running count against the final one, a cumulative against the year's figure, before against after, a live blog's
timestamp against the time of the event, two places' temperatures, a lorry's weight against its load). A measure,
not a bar: the floor is what the branch gave after its families were read (first measured on b6629d9, 2026-12-01).
"""

from __future__ import annotations

import pytest

from tests.test_blind3 import STORIES, story_tally  # one reading of `crosscheck test`'s FAIL lines


@pytest.mark.skipif(not STORIES.is_dir() or not any(STORIES.glob("b9-*")), reason="the b9 blind stories are absent")
def test_the_ninth_blind_stories_do_not_slip() -> None:
    """26 stories whose reports give one figure differently (b9-e*), 14 flagged, and 1 of 20 twins (b9-t*) flagged as
    first measured (two places' lows, one place opening its sentence); 20 and none after xs9's families."""
    tally = story_tally("b9")
    assert (tally.slips, tally.twins) == (26, 20)
    assert tally.flagged >= 20, tally.fails
    assert tally.wrongly_flagged == 0, tally.fails
