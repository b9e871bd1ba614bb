"""The sixth blind set of the cross-source figure check: one figure told differently by two reports
(`fixtures/blind-stories/b6-*`), written by xs6 without reading the code, and twins whose figures all
agree (hard negatives: the same number for different things, a national against a regional rate,
last year's against this year's, a part against the whole, a running toll updated, a rounding, a
budget against a cost, a percentage-point rise against a relative one). A measure, not a bar: the
floor is what main gave when they were written (154b71e, 2026-11-30); raise it as the reading improves.
"""

from __future__ import annotations

import pytest

from tests.test_blind3 import STORIES, story_tally  # one reading of `crosscheck test`'s FAIL lines


@pytest.mark.skipif(not STORIES.is_dir() or not any(STORIES.glob("b6-*")), reason="the b6 blind stories are absent")
def test_the_sixth_blind_stories_do_not_slip() -> None:
    """20 stories whose reports give one figure differently (b6-e*), 10 flagged, and 1 of 14 twins (b6-t*) flagged as first
    measured (a rise from 15% to 21% read as a relative change against "by 40 per cent"); 18 and none after xs6's families."""
    tally = story_tally("b6")
    assert (tally.slips, tally.twins) == (20, 14)
    assert tally.flagged >= 18, tally.fails
    assert tally.wrongly_flagged == 0, tally.fails
