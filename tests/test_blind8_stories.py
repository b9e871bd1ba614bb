"""The eighth blind set of the cross-source figure check: one figure told differently by two or three reports
(`fixtures/blind-stories/b8-*`), written by xs8 without reading the code, and twins whose figures all agree or are
other quantities (hard negatives: a company against its division, a forecast against the outturn, a running total
against the year's figure, the dead and the injured told in one sentence, times in two zones, a national against a
regional rate in one story, a figure converted between units, a headline restating the body). A measure, not a bar:
the floor is what main gave when they were written (28caf57, 2026-12-01); raise it as the reading improves.
"""

from __future__ import annotations

import pytest

from tests.test_blind3 import STORIES, story_tally  # one reading of `crosscheck test`'s FAIL lines


@pytest.mark.skipif(not STORIES.is_dir() or not any(STORIES.glob("b8-*")), reason="the b8 blind stories are absent")
def test_the_eighth_blind_stories_do_not_slip() -> None:
    """31 stories whose reports give one figure differently (b8-e*), 18 flagged, and 2 of 24 twins (b8-t*) flagged as
    first measured (a company's profit against its division's loss, a cumulative "since 2019" against "this year");
    23 and none after xs8's families, 24 with the nautical mile."""
    tally = story_tally("b8")
    assert (tally.slips, tally.twins) == (31, 24)
    assert tally.flagged >= 24, tally.fails
    assert tally.wrongly_flagged == 0, tally.fails
