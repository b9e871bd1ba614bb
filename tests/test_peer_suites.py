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
    last = done.stdout.strip().splitlines()[-1]
    scores = {"overall": float(re.search(r"micro F1 ([0-9.]+)", last)[1])}  # type: ignore[index]
    scores |= {name: float(value) for name, value in re.findall(r"(\w+)=([0-9.]+)", last)}
    assert set(scores) == set(FLOORS), last
    below = {name: (scores[name], floor) for name, floor in FLOORS.items() if scores[name] < floor}
    assert below == {}, f"below the floor (score, floor): {below}\n{done.stdout}"
