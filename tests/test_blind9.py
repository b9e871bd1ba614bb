"""The ninth blind set of the in-article checks (`fixtures/blind9/`): 67 slips over twelve kinds, each in its -slips.md
with its correct twin in -twins.md, and 23 passages of correct copy full of figures, written without reading the code,
in phrasings away from the earlier sets (figures in separate clauses or sentences, a whole after its parts, figures in
words and hyphenated, fronted phrases, relative clauses, the passive, dashes and brackets, a headline over its body).
A measure, not a bar: not every slip is flagged. The floor is what rel12 gave: a slip flagged then may not be missed now,
and no twin or quiet passage may be flagged. Raise it as the reading improves.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.test_blind3 import slip_tally

SLIPS = ROOT / "fixtures" / "blind9"


@pytest.mark.skipif(not SLIPS.is_dir(), reason="fixtures/blind9 is absent")
def test_the_ninth_blind_slips_do_not_slip() -> None:
    """67 slips: 28 flagged by their rule as first measured on b6629d9 (no twin or quiet passage flagged; one slip, a
    headline's "Nearly half" over "31%", flagged as ratio-percent rather than restated), 49 after rel12."""
    tally = slip_tally(SLIPS, elsewhere=True)
    assert tally.slips == tally.twins == 67
    assert (SLIPS / "quiet-passages.md").is_file()
    assert tally.flagged >= 49, tally.fails
    assert tally.elsewhere <= 1, tally.fails  # the headline's share in words read as a ratio (restated-slips.md)
    assert tally.wrongly_flagged == 0, tally.fails  # no twin, no quiet passage flagged
