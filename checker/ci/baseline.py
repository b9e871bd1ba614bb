"""Baselines: a previous run's JSON or SARIF output, so that only findings new since then are shown."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from checker.errors import InputError
from checker.model import Finding

SARIF_KEY = "crosscheck/v1"  # the partial fingerprint crosscheck writes in SARIF


def load(path: Path) -> Counter[str]:
    """The fingerprints of a baseline file (`check -f json` or `-f sarif` output), each as often as it occurs."""
    where = str(path)
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as err:
        raise InputError(where, f"cannot read baseline ({err.strerror or err})") from None
    except (UnicodeDecodeError, ValueError, RecursionError) as err:
        raise InputError(where, f"baseline is not JSON ({str(err).splitlines()[0][:80]})") from None
    prints = _sarif(data) if isinstance(data, dict) and "runs" in data else _json(data)
    if prints is None:
        raise InputError(where, "not a baseline: expected the output of `crosscheck check -f json` or `-f sarif`")
    return Counter(prints)


def _json(data: Any) -> list[str] | None:
    findings = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(findings, list):
        return None
    prints = [f.get("fingerprint") for f in findings if isinstance(f, dict)]
    return [p for p in prints if isinstance(p, str)] if len(prints) == len(findings) else None


def _sarif(data: dict[str, Any]) -> list[str] | None:
    runs = data["runs"]
    if not isinstance(runs, list):
        return None
    prints = []
    for run in runs:
        results = run.get("results", []) if isinstance(run, dict) else None
        if not isinstance(results, list):
            return None
        for result in results:
            found = result.get("partialFingerprints", {}) if isinstance(result, dict) else {}
            if isinstance(found, dict) and isinstance(found.get(SARIF_KEY), str) and not result.get("suppressions"):
                prints.append(found[SARIF_KEY])
    return prints


def new(findings: Iterable[Finding], known: Counter[str]) -> list[Finding]:
    """The findings not in the baseline: a fingerprint there n times excuses n findings that have it."""
    left = Counter(known)
    out = []
    for f in findings:
        if left[f.fingerprint] > 0 and f.suppressed is None:
            left[f.fingerprint] -= 1
        else:
            out.append(f)
    return out
