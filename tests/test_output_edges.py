"""`-o` at the edges: open descriptors written through, inputs behind links kept, nothing written on an
input error, unsearchable folders and a closed standard output as one line, long names (issue 13)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from checker.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
ONE = "Officials said 41% of the 2,200 applicants were refused.\n"
TWO = "Officials said 45% of the 2,200 applicants were refused.\n"
CHECK = ["check", "--no-config", "one.txt", "two.txt"]


@pytest.fixture(autouse=True)
def _articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "one.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "two.txt").write_text(TWO, encoding="utf-8")


def _run(args: list[str]) -> tuple[int, str, str]:
    result = runner.invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def report() -> str:
    """What `check` writes to standard output for the two articles."""
    code, out, _ = _run(CHECK)
    assert code == 1 and out.startswith("error[builtin.agree]")
    return out


@pytest.fixture
def log(tmp_path: Path) -> Iterator[int]:
    """A descriptor of this process open for appending to log.txt, which holds one earlier line."""
    (tmp_path / "log.txt").write_text("earlier\n", encoding="utf-8")
    descriptor = os.open(tmp_path / "log.txt", os.O_WRONLY | os.O_APPEND)
    yield descriptor
    os.close(descriptor)


@pytest.mark.parametrize("name", ["/dev/fd/{fd}", "/proc/self/fd/{fd}", "/proc/{pid}/fd/{fd}", "fd-link", "dev/fd/{fd}"])
def test_an_open_descriptor_is_written_through_keeping_append(tmp_path: Path, report: str, log: int, name: str) -> None:
    (tmp_path / "fd-link").symlink_to(f"/dev/fd/{log}")  # a link to a descriptor, and a folder linked to /dev
    (tmp_path / "dev").symlink_to("/dev")
    assert _run([*CHECK, "-o", name.format(fd=log, pid=os.getpid())]) == (1, "", "")
    assert (tmp_path / "log.txt").read_text(encoding="utf-8") == "earlier\n" + report
    assert (tmp_path / "fd-link").is_symlink()


def test_a_pipe_descriptor_is_written_into(report: str) -> None:
    read, write = os.pipe()
    try:
        assert _run([*CHECK, "-o", f"/dev/fd/{write}"]) == (1, "", "")
    finally:
        os.close(write)
    with os.fdopen(read, encoding="utf-8") as pipe:
        assert pipe.read() == report


def test_a_closed_descriptor_is_one_error_line(log: int) -> None:
    free = os.dup(log)
    os.close(free)
    assert _run([*CHECK, "-o", f"/dev/fd/{free}"]) == (2, "", f"crosscheck: error: /dev/fd/{free}: cannot write (Bad file descriptor)\n")


def _crosscheck(args: list[str], **streams: Any) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "checker", *args], text=True, env=env, timeout=120, check=False, **streams)


@pytest.mark.parametrize("name", ["/dev/stdout", "/dev/stderr"])
def test_dev_stdout_appended_to_a_file_and_into_a_pipe(tmp_path: Path, report: str, name: str) -> None:
    """`-o /dev/stdout >> log` keeps log's earlier content; `-o /dev/stdout | cat` is written into the pipe."""
    stream = "stdout" if name == "/dev/stdout" else "stderr"
    with (tmp_path / "log.txt").open("a", encoding="utf-8") as handle:
        handle.write("earlier\n")
        handle.flush()
        assert _crosscheck([*CHECK, "-o", name], **{stream: handle}).returncode == 1
    assert (tmp_path / "log.txt").read_text(encoding="utf-8") == "earlier\n" + report
    piped = _crosscheck([*CHECK, "-o", name], **{stream: subprocess.PIPE})
    assert (piped.returncode, getattr(piped, stream)) == (1, report)


def _linked_in(tmp_path: Path) -> None:
    (tmp_path / "else").mkdir()
    (tmp_path / "in").mkdir()
    (tmp_path / "else" / "a.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(TWO, encoding="utf-8")
    (tmp_path / "in" / "a.txt").symlink_to("../else/a.txt")


def _hard_linked_in(tmp_path: Path) -> None:
    (tmp_path / "else").mkdir()
    (tmp_path / "in").mkdir()
    (tmp_path / "else" / "a.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(TWO, encoding="utf-8")
    os.link(tmp_path / "else" / "a.txt", tmp_path / "in" / "deep.txt")


@pytest.mark.parametrize("make", [_linked_in, _hard_linked_in])
@pytest.mark.parametrize("command", [["check", "--no-config"], ["claims"], ["quotes"], ["stories"]])
def test_a_file_of_an_input_folder_is_never_written_over(tmp_path: Path, make: Any, command: list[str]) -> None:
    make(tmp_path)
    assert _run([*command, "in", "-o", "else/a.txt"]) == (2, "", "crosscheck: error: else/a.txt: is an input of this run (in); not written over\n")
    assert (tmp_path / "else" / "a.txt").read_text(encoding="utf-8") == ONE


@pytest.mark.parametrize("command", [CHECK, ["claims", "one.txt", "two.txt"], ["stories", "one.txt", "two.txt"]])
@pytest.mark.parametrize("output", ["rep.txt", "fd"])
def test_an_input_error_leaves_the_output_untouched(tmp_path: Path, log: int, command: list[str], output: str) -> None:
    (tmp_path / "rep.txt").write_text("keep\n", encoding="utf-8")
    target = "rep.txt" if output == "rep.txt" else f"/dev/fd/{log}"
    assert _run([*command, "missing.txt", "-o", target]) == (2, "", "crosscheck: error: missing.txt: no such file or directory\n")
    assert (tmp_path / "rep.txt").read_text(encoding="utf-8") == "keep\n"
    assert (tmp_path / "log.txt").read_text(encoding="utf-8") == "earlier\n"


@pytest.fixture
def locked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder `locked` without the search bit, as a user who does not own it sees it: nothing under it can be looked at."""
    Path("locked").mkdir()
    (Path("locked") / "in.txt").write_text(ONE, encoding="utf-8")
    looking = Path.stat

    def stat(self: Path, *, follow_symlinks: bool = True) -> os.stat_result:
        if Path(os.path.abspath(self)).parent == Path.cwd() / "locked":
            raise PermissionError(13, "Permission denied", str(self))
        return looking(self, follow_symlinks=follow_symlinks)

    monkeypatch.setattr(Path, "stat", stat)


@pytest.mark.parametrize(("args", "error"), [
    ([*CHECK, "-o", "locked/out.txt"], "locked/out.txt: cannot write (Permission denied)"),
    (["check", "--no-config", "locked/in.txt", "one.txt"], "locked/in.txt: cannot read (Permission denied)"),
    (["claims", "locked/in.txt", "one.txt"], "locked/in.txt: cannot read (Permission denied)"),
    (["claims", "locked/in.txt", "-o", "x.json"], "locked/in.txt: cannot read (Permission denied)"),
    (["quotes", "one.txt", "-o", "locked/out.txt"], "locked/out.txt: cannot write (Permission denied)"),
])
def test_a_path_under_an_unsearchable_folder_is_one_line(tmp_path: Path, locked: None, args: list[str], error: str) -> None:
    code, _, err = _run(args)
    assert (code, err) == (2, f"crosscheck: error: {error}\n")
    assert not (tmp_path / "x.json").exists()


def test_a_closed_standard_output_for_real() -> None:
    done = _crosscheck(CHECK, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1))
    assert (done.returncode, done.stderr) == (2, "crosscheck: error: <stdout>: cannot write (Bad file descriptor)\n")


@pytest.mark.parametrize("length", [250, 255])
def test_a_long_output_name_is_written(tmp_path: Path, length: int) -> None:
    name = "r" * (length - 4) + ".txt"
    assert _run(["claims", "one.txt", "-o", name]) == (0, "", "")
    assert (tmp_path / name).read_text(encoding="utf-8").endswith("2 claims\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["one.txt", "two.txt", name])


def _as_another_user(folder: Path) -> list[str] | None:
    """How to run crosscheck so that `folder` (mode 700, ours) cannot be searched: as ourselves when we are
    not root, else as `nobody` through setpriv; None when neither can be done here."""
    if os.geteuid() != 0:
        return [sys.executable, "-m", "checker"]
    setpriv = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable]
    try:
        probe = subprocess.run([*setpriv, "-c", "import checker"], cwd=folder, env={**os.environ, "PYTHONPATH": str(ROOT)},
                               capture_output=True, timeout=60, check=False)
    except OSError:
        return None
    return [*setpriv, "-m", "checker"] if probe.returncode == 0 else None


@pytest.mark.parametrize(("args", "error"), [
    (["claims", "a.txt", "-o", "locked/out.txt"], "locked/out.txt: cannot write (Permission denied)"),
    (["claims", "locked/in.txt", "-o", "x.json"], "locked/in.txt: cannot read (Permission denied)"),
    (["claims", "top"], "top/sub: cannot read (Permission denied)"),
])
def test_an_unsearchable_folder_for_real(args: list[str], error: str) -> None:
    """With real permissions: a folder only its owner (root, or us with the bits off) may search."""
    base = Path(tempfile.mkdtemp(prefix="crosscheck-perm-"))
    try:
        for name in ("a.txt", "locked/in.txt", "top/t.txt", "top/sub/s.txt"):
            (base / name).parent.mkdir(parents=True, exist_ok=True)
            (base / name).write_text(ONE, encoding="utf-8")
        for folder in (base, base / "top"):
            folder.chmod(0o777)  # ours to write in, whoever we run as
        for folder in (base / "locked", base / "top" / "sub"):
            folder.chmod(0o700 if os.geteuid() == 0 else 0)
        command = _as_another_user(base)
        if command is None:
            pytest.skip("no other user to run as")
        done = subprocess.run([*command, *args], cwd=base, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                              text=True, timeout=120, check=False)
        assert (done.returncode, done.stderr) == (2, f"crosscheck: error: {error}\n")
        assert not (base / "x.json").exists()
    finally:
        for folder in (base / "locked", base / "top" / "sub"):
            folder.chmod(0o700)
        shutil.rmtree(base)
