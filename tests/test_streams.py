"""Standard output that cannot be written: a full device is one error line, a closed pipe ends output quietly."""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from checker import sources
from checker.cli import app
from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "rules" / "nspcc-grooming-2019.yaml"
COMMANDS = [  # (arguments, exit code when the output is lost to a closed pipe)
    (["rules", "list", str(PACK)], 0),
    (["rules", "validate", str(PACK)], 0),
    (["rules", "explain", str(PACK), str(SEEDS)], 0),
    (["test", "--no-config", str(ROOT / "fixtures" / "slips")], 0),
    (["claims", "-f", "json", str(SEEDS)], 0),
    (["claims", "-f", "jsonl", str(SEEDS)], 0),
    (["quotes", str(SEEDS)], 0),
    (["check", "--no-config", str(SEEDS)], 1),
]


class _Stdout(io.StringIO):
    """A standard output whose every write fails with `error`."""

    def __init__(self, error: OSError) -> None:
        super().__init__()
        self.error = error

    def write(self, text: str) -> int:
        raise self.error


def _in_process(args: list[str], stdout: io.StringIO | None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdout", stdout)
    code = typer.main.get_command(app).main(args, prog_name="crosscheck", standalone_mode=False)
    return code or 0, capsys.readouterr().err


@pytest.mark.parametrize(("args", "_"), COMMANDS, ids=[" ".join(a[:2]) for a, _ in COMMANDS])
def test_a_full_device_is_one_error_line(args: list[str], _: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    full = _Stdout(OSError(errno.ENOSPC, "No space left on device"))
    assert _in_process(args, full, monkeypatch, capsys) == (2, "crosscheck: error: <stdout>: cannot write (No space left on device)\n")


@pytest.mark.parametrize(("args", "_"), COMMANDS, ids=[" ".join(a[:2]) for a, _ in COMMANDS])
def test_no_standard_output_is_one_error_line(args: list[str], _: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Started with `>&-`, Python has no sys.stdout: writing to it fails as writing to a closed descriptor does."""
    assert _in_process(args, None, monkeypatch, capsys) == (2, "crosscheck: error: <stdout>: cannot write (Bad file descriptor)\n")


@pytest.mark.parametrize(("args", "code"), COMMANDS, ids=[" ".join(a[:2]) for a, _ in COMMANDS])
def test_a_closed_pipe_ends_output_quietly_with_the_runs_exit_code(args: list[str], code: int, monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    closed = _Stdout(BrokenPipeError(errno.EPIPE, "Broken pipe"))
    assert _in_process(args, closed, monkeypatch, capsys) == (code, "")


def test_a_closed_pipe_for_real_leaves_nothing_on_standard_error() -> None:
    """Through a real pipe: after the first write fails, later writes and Python's flush at exit go nowhere."""
    read, write = os.pipe()
    os.close(read)  # the reader has gone before anything is written
    script = "from checker.report.output import say\nfor n in range(3): say(str(n))\nprint('and at exit')"
    try:
        done = subprocess.run([sys.executable, "-c", script], stdout=write, stderr=subprocess.PIPE, cwd=ROOT, text=True,
                              timeout=60, check=False)
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (0, "")


@pytest.mark.parametrize(("folder", "read"), [("locked", ["a.txt"]), ("top/sub", ["a.txt", "top/t.txt"])])
def test_a_folder_that_cannot_be_listed_is_one_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: str,
                                                           read: list[str]) -> None:
    """A folder given or found under one given: its error is one line, and the other articles are still read."""
    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "top/t.txt", "top/sub/s.txt", "locked/l.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("The council recorded 41 cases.\n", encoding="utf-8")
    scanning = os.scandir

    def scandir(path: str) -> Any:
        if Path(str(path)) == Path(folder):  # what a folder without the read or search bit gives a user without override
            raise PermissionError(13, "Permission denied", str(path))
        return scanning(path)

    monkeypatch.setattr(sources.os, "scandir", scandir)
    result = CliRunner().invoke(app, ["claims", "-f", "jsonl", "locked" if folder == "locked" else "top", "a.txt"])
    assert (result.exit_code, result.stderr) == (2, f"crosscheck: error: {folder}: cannot read (Permission denied)\n")
    assert sorted(json.loads(line)["source"] for line in result.stdout.splitlines()) == read  # the others were still read
