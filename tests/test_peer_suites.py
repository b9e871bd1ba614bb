"""Accuracy on the peers' own public test suites holds its floor (scored by ../shared/tools/peer_suites.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

SCORER = ROOT.parent / "shared" / "tools" / "peer_suites.py"
FLOORS = {
    "overall": 0.95, "number": 0.95, "percent": 0.99, "range": 0.90, "currency": 0.90, "age": 0.95,
    "duration": 0.95, "dateperiod": 0.90, "quantities": 0.85,
}


@pytest.mark.skipif(not SCORER.exists(), reason=f"the peer-suite scorer is not at {SCORER}")
def test_peer_suites_hold_the_floor() -> None:
    env = {**os.environ, "CROSSCHECK": f"{sys.executable} -m checker"}
    done = subprocess.run([sys.executable, str(SCORER), "--system", "crosscheck"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    rows = re.findall(r"^(\w+)\s+\d+\s+\d+\s+(\d+)\s+(\d+)\s+(\d+)\s", done.stdout, re.M)
    counts = {name: tuple(map(int, tp_fp_fn)) for name, *tp_fp_fn in rows}
    counts["overall"] = tuple(sum(c[i] for c in counts.values()) for i in range(3))  # type: ignore[assignment]
    scores = {name: 2 * tp / (2 * tp + fp + fn) for name, (tp, fp, fn) in counts.items()}  # exact micro F1
    assert set(scores) == set(FLOORS), done.stdout
    below = {name: (scores[name], floor) for name, floor in FLOORS.items() if scores[name] < floor}
    assert below == {}, f"below the floor (score, floor): {below}\n{done.stdout}"
