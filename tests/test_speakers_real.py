"""Speakers on real copy (read from ../shared/real-news/, skipped when it is absent).

A regression floor for attribution on PolNeAR's human attributions, scored by the scorer's own
rules (`speaker_eval.py`): a floor, not a target; the README and CHANGELOG give the measured figures.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

import pytest

from checker.extract import quotations
from checker.model import Source
from tests.conftest import ROOT

REAL = ROOT.parent / "shared" / "real-news" / "polnear-dev.jsonl"
TOOLS = ROOT.parent / "shared" / "tools"
pytestmark = pytest.mark.skipif(not REAL.exists() or not (TOOLS / "speaker_eval.py").exists(),
                                reason="../shared/real-news/ and ../shared/tools/ are not beside the project")


def test_speakers_right_and_rarely_wrong() -> None:
    sys.path.insert(0, str(TOOLS))
    try:
        import speaker_eval  # the scorer's own reading of a right and a wrong speaker
    finally:
        sys.path.remove(str(TOOLS))
    verdicts = Counter[str]()
    for line in REAL.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        gold = [g for g in article["expected"] if g.get("quoted")]
        for q in quotations(Source.build(article["id"], article["text"])):
            size = sum(b - a for a, b in q.parts) or 1
            best = max(gold, key=lambda g: sum(speaker_eval.overlap(p, tuple(c)) for p in q.parts for c in g["content_spans"]), default=None)
            if best is None or sum(speaker_eval.overlap(p, tuple(c)) for p in q.parts for c in best["content_spans"]) * 2 < size:
                continue
            s = q.speaker
            said = speaker_eval.words(" ".join(filter(None, [s.name, s.text, s.organisation]))) if s else set()
            if s is None:
                verdicts["missing"] += 1
            elif any(speaker_eval.overlap((s.start, s.end), tuple(g)) for g in best.get("speaker_spans") or []) \
                    or speaker_eval.words(best.get("speaker")) & said:
                verdicts["right"] += 1
            elif speaker_eval.words(best.get("speaker")):
                verdicts["wrong"] += 1
    decided = verdicts["right"] + verdicts["wrong"] + verdicts["missing"]
    assert decided > 600
    assert verdicts["right"] / decided >= 0.89, verdicts
    assert verdicts["wrong"] / decided <= 0.03, verdicts
