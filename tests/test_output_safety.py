"""`-o`: never over an input, never through os.replace onto what is not a regular file, the umask's mode."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app

runner = CliRunner()
ARTICLE = "Officials said 41% of the 2,200 applicants were refused.\n"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _run(tmp_path: Path, args: list[str]) -> tuple[int, str, str]:
    result = runner.invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _files(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("a.txt")


@pytest.mark.parametrize(("args", "error"), [
    (["claims", "a.txt", "-o", "a.txt"], "a.txt: is an input of this run (a.txt); not written over"),
    (["claims", "a.txt", "-o", "./a.txt"], "a.txt: is an input of this run (a.txt); not written over"),
    (["claims", "link.txt", "-o", "a.txt"], "a.txt: is an input of this run (link.txt); not written over"),
    (["claims", "a.txt", "-o", "link.txt"], "link.txt: is an input of this run (a.txt); not written over"),
    (["claims", "sub", "-o", "sub/c.txt"], "sub/c.txt: is an input of this run (sub); not written over"),
    (["quotes", "b.txt", "a.txt", "-o", "a.txt"], "a.txt: is an input of this run (a.txt); not written over"),
    (["stories", "a.txt", "b.txt", "-o", "b.txt"], "b.txt: is an input of this run (b.txt); not written over"),
    (["check", "--no-config", "a.txt", "b.txt", "-o", "a.txt"], "a.txt: is an input of this run (a.txt); not written over"),
])
def test_output_never_replaces_an_input(tmp_path: Path, args: list[str], error: str) -> None:
    _files(tmp_path)
    assert _run(tmp_path, args) == (2, "", f"crosscheck: error: {error}\n")
    assert {p.read_text(encoding="utf-8") for p in (tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "sub" / "c.txt")} == {ARTICLE}


def test_output_never_replaces_a_rule_file(tmp_path: Path) -> None:
    _files(tmp_path)
    rules = tmp_path / "r.yaml"
    rules.write_text("quantities:\n  q:\n    kind: percent\nchecks:\n  c:\n    agree: q\n", encoding="utf-8")
    code, _, err = _run(tmp_path, ["check", "--no-config", "a.txt", "b.txt", "-r", "r.yaml", "-o", "r.yaml"])
    assert (code, err) == (2, "crosscheck: error: r.yaml: is an input of this run (r.yaml); not written over\n")


def test_output_never_replaces_the_configuration(tmp_path: Path) -> None:
    _files(tmp_path)
    (tmp_path / "crosscheck.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    code, _, err = _run(tmp_path, ["check", "a.txt", "b.txt", "-o", "crosscheck.toml"])
    assert (code, err) == (2, "crosscheck: error: crosscheck.toml: is an input of this run "
                              f"({tmp_path / 'crosscheck.toml'}); not written over\n")


def _read_only(path: Path) -> None:
    path.write_text("keep\n", encoding="utf-8")
    path.chmod(0o444)


def _directory(path: Path) -> None:
    path.mkdir()


@pytest.mark.parametrize(("make", "error"), [
    (_read_only, "out.json: cannot write (read-only file)"),
    (_directory, "out.json: cannot write (not a regular file)"),
])
def test_output_refuses_what_is_not_a_writable_regular_file(tmp_path: Path, make: Callable[[Path], None], error: str) -> None:
    _files(tmp_path)
    make(tmp_path / "out.json")
    assert _run(tmp_path, ["claims", "a.txt", "-f", "json", "-o", "out.json"]) == (2, "", f"crosscheck: error: {error}\n")
    assert not (tmp_path / "out.json").is_file() or (tmp_path / "out.json").read_text(encoding="utf-8") == "keep\n"


def test_output_through_a_symlink_writes_its_target(tmp_path: Path) -> None:
    _files(tmp_path)
    (tmp_path / "target.json").write_text("old\n", encoding="utf-8")
    (tmp_path / "out.json").symlink_to("target.json")
    assert _run(tmp_path, ["claims", "a.txt", "-f", "json", "-o", "out.json"])[0] == 0
    assert (tmp_path / "out.json").is_symlink()
    assert (tmp_path / "target.json").read_text(encoding="utf-8").startswith('{"version": 1, "claims": [')


def test_output_into_a_character_device_is_written_into(tmp_path: Path) -> None:
    _files(tmp_path)
    try:  # a null device of our own: the system's is never risked
        os.mknod(tmp_path / "null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError:
        pytest.skip("cannot make a device node here")
    assert _run(tmp_path, ["claims", "a.txt", "-o", "null"]) == (0, "", "")
    assert stat.S_ISCHR((tmp_path / "null").stat().st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_new_output_file_gets_the_umask_mode(tmp_path: Path, umask: int) -> None:
    _files(tmp_path)
    old = os.umask(umask)
    try:
        assert _run(tmp_path, ["claims", "a.txt", "-o", "new.txt"])[0] == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o666 & ~umask


def test_replaced_output_file_keeps_its_mode(tmp_path: Path) -> None:
    _files(tmp_path)
    (tmp_path / "out.txt").write_text("old\n", encoding="utf-8")
    (tmp_path / "out.txt").chmod(0o640)
    assert _run(tmp_path, ["claims", "a.txt", "-o", "out.txt"])[0] == 0
    assert stat.S_IMODE((tmp_path / "out.txt").stat().st_mode) == 0o640


@pytest.mark.parametrize("target", ["missing/out.json", "missing/deeper/out.json"])
def test_unwritable_output_names_the_path_given(tmp_path: Path, target: str) -> None:
    _files(tmp_path)
    assert _run(tmp_path, ["claims", "a.txt", "-o", target]) == (2, "", f"crosscheck: error: {target}: cannot write (No such file or directory)\n")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
