"""The seventh blind set of the in-article checks (`fixtures/blind7/`): 68 slips over twelve kinds, each in its -slips.md
with its correct twin in -twins.md, and 19 passages of correct copy full of figures, written without reading the code.
A measure, not a bar: not every slip is flagged. The floor is what rel10 gave: a slip flagged then may not be missed now,
and no twin or quiet passage may be flagged. Raise it as the reading improves.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.test_blind3 import slip_tally

SLIPS = ROOT / "fixtures" / "blind7"


@pytest.mark.skipif(not SLIPS.is_dir(), reason="fixtures/blind7 is absent")
def test_the_seventh_blind_slips_do_not_slip() -> None:
    """68 slips: 37 flagged by their rule as first measured on aec477e (and one twin flagged), 60 after rel10. Two slips
    are flagged under another rule than annotated (a headline's share in words against the body's percentage, "A quarter"
    against 38% and "two-thirds" against 51%, as ratio-percent, the rule that owns a headline's share told again, not
    restated): they count as missed here, and no more such findings may appear."""
    tally = slip_tally(SLIPS, elsewhere=True)
    assert tally.slips == tally.twins == 68
    assert (SLIPS / "quiet-passages.md").is_file()
    assert tally.flagged >= 60, tally.fails
    assert tally.elsewhere <= 2, tally.fails
    assert tally.wrongly_flagged == 0, tally.fails  # no twin, no quiet passage flagged
