"""The sixth blind set of the in-article checks (`fixtures/blind6/`): 61 slips over twelve kinds, each in its -slips.md
with its correct twin in -twins.md, and 15 passages of correct copy full of figures, written without reading the code.
A measure, not a bar: not every slip is flagged. The floor is what rel9 gave: a slip flagged then may not be missed now,
and no twin or quiet passage may be flagged. Raise it as the reading improves.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.test_blind3 import _annotations, _fails

SLIPS = ROOT / "fixtures" / "blind6"


@pytest.mark.skipif(not SLIPS.is_dir(), reason="fixtures/blind6 is absent")
def test_the_sixth_blind_slips_do_not_slip() -> None:
    """61 slips: 38 flagged by their rule as first measured on 154b71e (and one twin flagged), 54 after rel9. Three slips
    are flagged at another line or under another rule than annotated (a list's share reported at its amount, two lines
    under the list's head; two headlines' share in words against the body's percentage, "Nearly half" against 31% and
    "Three-quarters" against 57%, as ratio-percent, the rule that owns a headline's share told again, not restated): they
    count as missed here, and no more such findings may appear."""
    fails = _fails("--no-config", str(SLIPS))
    slips = sorted(SLIPS.glob("*-slips.md"))
    assert _annotations(slips, "ruleid") == _annotations(sorted(SLIPS.glob("*-twins.md")), "ok") == 61
    assert (SLIPS / "quiet-passages.md").is_file()
    missed = sum(missed for path, missed in fails if path.endswith("-slips.md"))
    elsewhere = sum(not missed for path, missed in fails if path.endswith("-slips.md"))
    assert 61 - missed >= 54, fails
    assert elsewhere <= 3, fails
    assert not [path for path, _ in fails if not path.endswith("-slips.md")], fails  # no twin, no quiet passage flagged
