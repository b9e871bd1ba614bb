"""The fourth blind sets of the figure checks: slips inside one article (`fixtures/blind4/`) and one
figure told differently by two reports (`fixtures/blind-stories/b4-*`), written without reading the
code. They are a measure, not a bar: not every slip is flagged and a twin is, so `crosscheck test`
fails on them. The floor is what main gave when they were written (32badf3, 2026-11-30): a slip or
story flagged then may not be missed now, and no more twins or quiet passages may be flagged. Raise
it as the reading improves.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.test_blind3 import STORIES, slip_tally, story_tally  # one reading of `crosscheck test`'s FAIL lines

SLIPS = ROOT / "fixtures" / "blind4"


@pytest.mark.skipif(not SLIPS.is_dir(), reason="fixtures/blind4 is absent")
def test_the_fourth_blind_slips_do_not_slip() -> None:
    """44 slips, one each in its -slips.md with its correct twin in -twins.md, and ten quiet passages: 17 flagged as first measured, 41 now (rel5 and rel6, fixed by family); no twin or passage flagged."""
    tally = slip_tally(SLIPS)
    assert tally.slips == tally.twins == 44
    assert (SLIPS / "quiet-passages.md").is_file()
    assert tally.flagged >= 41, tally.fails
    assert tally.wrongly_flagged == 0, tally.fails


@pytest.mark.skipif(not STORIES.is_dir() or not any(STORIES.glob("b4-*")), reason="the b4 blind stories are absent")
def test_the_fourth_blind_stories_do_not_slip() -> None:
    """14 stories whose reports give one figure differently (b4-e*), 8 flagged, and 1 of 10 twins (b4-t*) flagged as first measured; 14 and none now."""
    tally = story_tally("b4")
    assert (tally.slips, tally.twins) == (14, 10)
    assert tally.flagged >= 14, tally.fails
    assert tally.wrongly_flagged == 0, tally.fails
