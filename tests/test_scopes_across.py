"""A figure for the whole of an area ("across the county", "throughout Kent") is not the figure of
one town in it; the same area told two ways is one."""

from __future__ import annotations

import pytest

from tests.test_extract_readings import two_reports_disagree


@pytest.mark.parametrize("a, b, flagged", [
    ("The storm cut power to 30,000 homes across the county.", "Some 8,000 homes in Kelso were left without power in the storm.", False),
    ("Flooding hit 1,200 homes throughout the region.", "Flooding hit 300 homes in Ambridge.", False),
    ("Flooding hit 1,200 homes throughout Kent.", "Flooding hit 300 homes in Ashford.", False),
    ("Nationally the storm cut power to 90,000 homes.", "The storm cut power to 30,000 homes throughout Kent.", False),
    # one area, told as a whole both times, or "across" against "in" the same county
    ("The storm cut power to 30,000 homes across the county.", "The storm cut power to 35,000 homes in the county.", True),
    ("The storm cut power to 30,000 homes across the county.", "The storm cut power to 36,000 homes across the county.", True),
    ("Flooding hit 1,200 homes throughout Kent.", "Flooding hit 1,500 homes across Kent.", True),
])
def test_a_whole_area_is_not_one_place_in_it(a: str, b: str, flagged: bool) -> None:
    assert two_reports_disagree(a, b) is flagged
