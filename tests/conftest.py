"""Shared helpers for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.extract import extract
from checker.model import Claim, Source

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = FIXTURES / "grooming-2019"


def claims_of(text: str, **meta: object) -> list[Claim]:
    """Extract the claims of a plain-text article."""
    return extract(Source.build("t.txt", text, **meta))  # type: ignore[arg-type]


@pytest.fixture
def seed_claims() -> dict[str, list[Claim]]:
    """The claims of both seed articles, by file name."""
    return {p.name: extract(Source.build(p.name, p.read_text(encoding="utf-8"))) for p in sorted(SEEDS.glob("*.txt"))}
