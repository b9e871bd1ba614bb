"""Stories on real coverage (read from ../shared/real-news/, skipped when it is absent).

The 24 clusters: 21 are each one story told by several outlets and must stay whole; three
(`cherylwtw-c2`, `-c3`, `-c4`) are unrelated articles filed together and must not be joined. The
BBC corpus of 2004 holds mostly single-article stories and a few follow-ups.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import pipeline
from checker.errors import InputError
from tests.conftest import ROOT

REAL = ROOT.parent / "shared" / "real-news"
CLUSTERS = sorted(p for p in (REAL / "clusters").glob("*") if p.is_dir()) if REAL.exists() else []
UNRELATED = ("cherylwtw-c2", "cherylwtw-c3", "cherylwtw-c4")
pytestmark = pytest.mark.skipif(not REAL.exists(), reason="../shared/real-news/ is not beside the project")


def _sizes(path: Path) -> list[int]:
    errors: list[InputError] = []
    found = pipeline.stories_of([str(path)], errors.append)
    assert not errors
    return [len(s.sources) for s in found]


@pytest.mark.parametrize("cluster", CLUSTERS, ids=[c.name for c in CLUSTERS])
def test_each_cluster_as_one_folder(cluster: Path) -> None:
    sizes = _sizes(cluster)
    if cluster.name in UNRELATED:
        assert set(sizes) == {1}
    else:
        assert len(sizes) == 1


def test_bbc_corpus_is_mostly_single_article_stories() -> None:
    sizes = _sizes(REAL / "bbc-2004-dev.jsonl")
    assert sum(sizes) == 1112
    assert len(sizes) >= 950 and max(sizes) <= 10
