"""The pre-commit hook, end to end: `pre-commit try-repo` of this repository in a temporary git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

PRE_COMMIT = shutil.which("pre-commit")
HOOKS = ROOT / ".pre-commit-hooks.yaml"
pytestmark = pytest.mark.skipif(PRE_COMMIT is None or not (ROOT / ".git").exists(),
                                reason="needs pre-commit and this repository's git history")
A = "Data show Instagram had 33 percent of cases.\n"
B = "Data show Instagram had 32% of cases.\n"


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=cwd, check=True,
                   capture_output=True)


def test_the_manifest_is_valid() -> None:
    assert PRE_COMMIT is not None
    done = subprocess.run([PRE_COMMIT, "validate-manifest", str(HOOKS)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.timeout(180)
def test_try_repo_runs_the_hook_on_copy(tmp_path: Path) -> None:
    assert PRE_COMMIT is not None
    repo = tmp_path / "newsroom"
    (repo / "copy").mkdir(parents=True)
    (repo / "copy" / "a.md").write_text(A, encoding="utf-8")
    (repo / "copy" / "b.md").write_text(B, encoding="utf-8")
    (repo / "copy" / "c.md").write_text("Data show Instagram had 33% of cases. "
                                         "<!-- crosscheck: ignore builtin.agree -- checked with the agency -->\n", encoding="utf-8")
    (repo / "notes.py").write_text("x = 32\n", encoding="utf-8")  # not copy: not passed to the hook
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    done = subprocess.run([PRE_COMMIT, "try-repo", str(ROOT), "crosscheck", "--all-files"], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=170)
    output = done.stdout + done.stderr
    if done.returncode not in (0, 1) and "pip" in output:
        pytest.skip(f"the hook's environment could not be installed here: {output[-300:]}")
    assert done.returncode == 1, output
    assert "crosscheck" in output and "Failed" in output, output
    assert "error[builtin.agree]" in output and "copy/b.md" in output and "notes.py" not in output, output
