"""The fourth blind sets of the figure checks: slips inside one article (`fixtures/blind4/`) and one
figure told differently by two reports (`fixtures/blind-stories/b4-*`), written without reading the
code. They are a measure, not a bar: not every slip is flagged and a twin is, so `crosscheck test`
fails on them. The floor is what main gave when they were written (32badf3, 2026-11-30): a slip or
story flagged then may not be missed now, and no more twins or quiet passages may be flagged. Raise
it as the reading improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_blind3 import STORIES, _annotations, _fails  # one reading of `crosscheck test`'s FAIL lines

SLIPS = ROOT / "fixtures" / "blind4"


@pytest.mark.skipif(not SLIPS.is_dir(), reason="fixtures/blind4 is absent")
def test_the_fourth_blind_slips_do_not_slip() -> None:
    """44 slips, one each in its -slips.md with its correct twin in -twins.md, and ten quiet passages: 17 flagged as first measured, 41 now (rel5 and rel6, fixed by family); no twin or passage flagged."""
    fails = _fails("--no-config", str(SLIPS))
    slips = sorted(SLIPS.glob("*-slips.md"))
    assert _annotations(slips, "ruleid") == _annotations(sorted(SLIPS.glob("*-twins.md")), "ok") == 44
    assert (SLIPS / "quiet-passages.md").is_file()
    missed = sum(missed for path, missed in fails if path.endswith("-slips.md"))
    flagged_quiet = sum(1 for path, _ in fails if not path.endswith("-slips.md"))
    assert 44 - missed >= 41, fails
    assert flagged_quiet == 0, fails
    assert all(missed for path, missed in fails if path.endswith("-slips.md")), fails  # no finding a slip did not ask for


@pytest.mark.skipif(not STORIES.is_dir() or not any(STORIES.glob("b4-*")), reason="the b4 blind stories are absent")
def test_the_fourth_blind_stories_do_not_slip() -> None:
    """14 stories whose reports give one figure differently (b4-e*), 8 flagged, and 1 of 10 twins (b4-t*) flagged as first measured; 13 and none now."""
    fails = [(Path(path).parent.name, missed) for path, missed in _fails(str(STORIES)) if "/b4-" in path]
    told = sorted(STORIES.glob("b4-e*"))
    assert (len(told), len(list(STORIES.glob("b4-t*")))) == (14, 10)
    missed = {story for story, missed in fails if story.startswith("b4-e") and missed}
    quiet_flagged = {story for story, _ in fails if story.startswith("b4-t")}
    assert len(told) - len(missed) >= 13, fails
    assert len(quiet_flagged) == 0, fails
