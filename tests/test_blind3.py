"""The third blind sets of the figure checks: slips inside one article (`fixtures/blind3/`) and one
figure told differently by two reports (`fixtures/blind-stories/b3-*`), written without reading the
code. They are a measure, not a bar: not every slip is flagged and a few twins are, so `crosscheck
test` fails on them. The floor is what main gave when they were written (1b6bba9, 2026-11-30):
a slip or story flagged then may not be missed now, and no more twins may be flagged. Raise it as
the reading improves.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

SLIPS = ROOT / "fixtures" / "blind3"
STORIES = ROOT / "fixtures" / "blind-stories"
# `FAIL fixtures/blind3/rate-slips.md:7: expected builtin.rate here ...` or `... reported here, annotated ok: ...`
FAIL = re.compile(r"^FAIL (?P<path>\S+?):\d+: (?P<why>expected|.*)")


def _fails(*args: str) -> list[tuple[str, bool]]:
    """(path, missed) for each FAIL line of `crosscheck test`: a slip not flagged, or a finding not annotated."""
    run = subprocess.run([sys.executable, "-m", "checker", "test", *args], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode in (0, 1), run.stderr
    return [(m["path"], m["why"] == "expected") for m in map(FAIL.match, run.stdout.splitlines()) if m]


def _annotations(paths: list[Path], tag: str) -> int:
    return sum(p.read_text(encoding="utf-8").count(f"<!-- {tag}:") for p in paths)


@pytest.mark.skipif(not SLIPS.is_dir(), reason="fixtures/blind3 is absent")
def test_the_third_blind_slips_do_not_slip() -> None:
    """34 slips, one each in its -slips.md with its correct twin in -twins.md: 24 flagged and 2 twins flagged as first measured; 34 and none now."""
    fails = _fails("--no-config", str(SLIPS))
    slips = sorted(SLIPS.glob("*-slips.md"))
    assert _annotations(slips, "ruleid") == _annotations(sorted(SLIPS.glob("*-twins.md")), "ok") == 34
    missed = sum(missed for path, missed in fails if path.endswith("-slips.md"))
    flagged_twins = sum(1 for path, _ in fails if path.endswith("-twins.md"))
    assert 34 - missed >= 34, fails
    assert flagged_twins == 0, fails
    assert all(missed for path, missed in fails if path.endswith("-slips.md")), fails  # no finding a slip did not ask for


@pytest.mark.skipif(not STORIES.is_dir() or not any(STORIES.glob("b3-*")), reason="the b3 blind stories are absent")
def test_the_third_blind_stories_do_not_slip() -> None:
    """19 stories whose reports give one figure differently (b3-e*), 16 flagged and 2 twins as first measured; 17 and none now."""
    fails = [(Path(path).parent.name, missed) for path, missed in _fails(str(STORIES)) if "/b3-" in path]
    told = sorted(STORIES.glob("b3-e*"))
    assert (len(told), len(list(STORIES.glob("b3-t*")))) == (19, 13)
    missed = {story for story, missed in fails if story.startswith("b3-e") and missed}
    quiet_flagged = {story for story, _ in fails if story.startswith("b3-t")}
    assert len(told) - len(missed) >= 17, fails
    assert len(quiet_flagged) == 0, fails
