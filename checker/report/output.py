"""Where rendered output goes: standard output, or a file written whole or not at all.

`-o PATH` never writes over an input of the run; a new path or a regular file is replaced whole
(a new file gets the umask's mode, an existing one keeps its own); a symbolic link is written
through to the file it names (the link stays); a character device or pipe (`/dev/null`,
`/dev/stdout`) is written into; a directory, a block device, a socket and a read-only file are
refused. Every error names the path the user gave.
"""

from __future__ import annotations

import io
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from checker.errors import InputError

STDOUT = "<stdout>"
_BREAKS = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029]")  # what may end or garble a line


def one_line(text: str) -> str:
    """`text` with line breaks and other control characters written as escapes ('a\\nb.txt')."""
    return _BREAKS.sub(lambda m: repr(m[0])[1:-1], text)


def refuse_inputs(output: Path | None, inputs: Iterable[str | Path]) -> None:
    """Refuse an output path that is (or, through a link, names) one of the run's input files."""
    if output is None or not output.exists():
        return
    target = output.resolve()
    for raw in inputs:
        path = Path(raw)
        if str(raw) == "-" or not path.exists():
            continue
        if path.is_dir() and path.resolve() in target.parents or _same(path, output):
            raise InputError(str(output), f"is an input of this run ({raw}); not written over")


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


@contextmanager
def opened(path: Path | None, stream: bool = False) -> Iterator[TextIO]:
    """A text stream for the output; its contents reach `path` (standard output when None) only
    when the block completes, unless `stream` (JSON Lines to standard output: line by line)."""
    if path is None and stream:
        with _writing(STDOUT):
            yield sys.stdout
            sys.stdout.flush()
        return
    if path is None:
        buffer = io.StringIO()
        yield buffer
        with _writing(STDOUT):
            sys.stdout.write(buffer.getvalue())
            sys.stdout.flush()
        return
    target, mode = _target(path)
    with _writing(str(path)):
        if mode is not None and not stat.S_ISREG(mode):  # a character device or a pipe: written into
            with target.open("w", encoding="utf-8") as handle:
                yield handle
            return
        with _replacing(target, _umask_mode() if mode is None else stat.S_IMODE(mode)) as handle:
            yield handle


def say(line: str) -> None:
    """Write one line to standard output now (see `_writing` for its errors)."""
    with _writing(STDOUT):
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


@contextmanager
def _writing(name: str) -> Iterator[None]:
    """An OSError while writing becomes an InputError naming `name`. When the reader of standard
    output goes away (`| head`) the output ends quietly and the run goes on to its own exit code."""
    try:
        yield
    except BrokenPipeError:
        if name != STDOUT:
            raise InputError(name, "cannot write (the reader closed the pipe)") from None
        _silence_stdout()
    except OSError as err:
        raise InputError(name, f"cannot write ({err.strerror or err})") from None


def _target(path: Path) -> tuple[Path, int | None]:
    """The file `path` names (a link followed) and its mode (None when new); refuse what must not be replaced."""
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target, None
    except OSError as err:
        raise InputError(str(path), f"cannot write ({err.strerror or err})") from None
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return target, mode
    if not stat.S_ISREG(mode):
        raise InputError(str(path), "cannot write (not a regular file)")
    if not mode & 0o222 or not os.access(target, os.W_OK):
        raise InputError(str(path), "cannot write (read-only file)")
    return target, mode


@contextmanager
def _replacing(target: Path, mode: int) -> Iterator[TextIO]:
    """A temporary file beside `target`, moved into place with `mode` when the block completes."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        os.unlink(tmp)
        raise


def _umask_mode() -> int:
    """The mode a new file gets from the process's umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _silence_stdout() -> None:
    """Send what is still to be written to standard output (by us, or by Python at exit) nowhere."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # not a real file (tests)
