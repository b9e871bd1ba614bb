"""Where rendered output goes: standard output, or a file written whole or not at all.

`-o PATH` never writes over an input of the run; a new path or a regular file is replaced whole
(a new file gets the umask's mode, an existing one keeps its own); a symbolic link is written
through to the file it names (the link stays); a character device or pipe (`/dev/null`, a FIFO)
is written into; an open descriptor (`/dev/stdout`, `/dev/fd/3`) is written through as it is open
(appending when it appends); a directory, a block device, a socket and a read-only file are
refused. Every error names the path the user gave.
"""

from __future__ import annotations

import errno
import functools
import io
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from checker.errors import CheckerError, InputError
from checker.sources import ARTICLE_SUFFIXES, expand

STDOUT = "<stdout>"
_BREAKS = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029]")  # what may end or garble a line


def one_line(text: str) -> str:
    """`text` with line breaks and other control characters written as escapes ('a\\nb.txt')."""
    return _BREAKS.sub(lambda m: repr(m[0])[1:-1], text)


def refuse_inputs(output: Path | None, inputs: Iterable[str | Path]) -> None:
    """Refuse an output path that is (or, through a link, names) one of the run's input files or lies
    under an input folder; each file under an input folder counts, compared by identity (links too)."""
    if output is None or (where := _identity(output, str(output))) is None:
        return
    target = output.resolve()
    for raw in inputs:
        path = Path(raw)
        if str(raw) == "-" or _identity(path) is None:
            continue
        try:
            files = expand(path, ARTICLE_SUFFIXES, InputError, "articles")
        except CheckerError:  # reported when the inputs are read
            continue
        if path.is_dir() and path.resolve() in target.parents or where in map(_identity, files):
            raise InputError(str(output), f"is an input of this run ({raw}); not written over")


def _identity(path: Path, output: str | None = None) -> tuple[int, int] | None:
    """The device and inode of the file `path` names, None when there is none; an `output` that cannot
    be looked at (under a folder without the search bit) is refused before any work."""
    try:
        found = path.stat()
    except OSError as err:
        if output is None or isinstance(err, (FileNotFoundError, NotADirectoryError)):
            return None
        raise InputError(output, f"cannot write ({err.strerror or err})") from None
    return found.st_dev, found.st_ino


@contextmanager
def opened(path: Path | None, stream: bool = False) -> Iterator[TextIO]:
    """A text stream for the output; its contents reach `path` (standard output when None) only
    when the block completes, unless `stream` (JSON Lines to standard output: line by line)."""
    if path is None and stream:
        with _writing(STDOUT):
            yield _stdout()
            _stdout().flush()
        return
    if path is None:
        with _whole(STDOUT, _to_stdout) as buffer:
            yield buffer
        return
    descriptor = _descriptor(path)
    if descriptor is not None:  # /dev/stdout, /dev/fd/3: written through the open descriptor
        with _whole(str(path), functools.partial(_to_descriptor, descriptor)) as buffer:
            yield buffer
        return
    target, mode = _target(path)
    if mode is not None and not stat.S_ISREG(mode):  # a character device or a pipe: written into
        with _whole(str(path), functools.partial(_to_file, target)) as buffer:
            yield buffer
        return
    with _writing(str(path)), _replacing(target, _umask_mode() if mode is None else stat.S_IMODE(mode)) as handle:
        yield handle


def say(line: str) -> None:
    """Write one line to standard output now (see `_writing` for its errors)."""
    with _writing(STDOUT):
        _to_stdout(line + "\n")


@contextmanager
def _whole(name: str, write: Callable[[str], object]) -> Iterator[TextIO]:
    """A buffer whose contents `write` delivers when the block completes (its errors naming `name`)."""
    buffer = io.StringIO()
    yield buffer
    with _writing(name):
        write(buffer.getvalue())


def _stdout() -> TextIO:
    """Standard output; a process started without one (`>&-`) fails as a write to a closed descriptor does."""
    if sys.stdout is None:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))
    return sys.stdout


def _to_stdout(text: str) -> None:
    _stdout().write(text)
    _stdout().flush()


def _to_descriptor(descriptor: int, text: str) -> None:
    """Write through a copy of an open descriptor: its offset and append mode are kept, and it stays open."""
    with os.fdopen(os.dup(descriptor), "w", encoding="utf-8") as handle:
        handle.write(text)


def _to_file(target: Path, text: str) -> None:
    with target.open("w", encoding="utf-8") as handle:
        handle.write(text)


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


_DESCRIPTOR = re.compile(r"/dev/(?:(?P<std>stdin|stdout|stderr)|fd/(?P<fd>\d+))"
                         r"|/proc/(?:self|thread-self|(?P<pid>\d+)(?:/task/\d+)?)/fd/(?P<proc_fd>\d+)")
_STANDARD = {"stdin": 0, "stdout": 1, "stderr": 2}


def _descriptor(path: Path) -> int | None:
    """The open descriptor of this process that `path` names (`/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`,
    or a link to one), else None; links are followed one at a time (at most 40), never to the file behind."""
    name = os.path.abspath(path)
    for _ in range(40):
        name = os.path.join(os.path.realpath(os.path.dirname(name)), os.path.basename(name))
        found = _DESCRIPTOR.fullmatch(name)
        if found and found["pid"] in (None, str(os.getpid())):
            return _STANDARD[found["std"]] if found["std"] else int(found["fd"] or found["proc_fd"])
        try:
            name = os.path.join(os.path.dirname(name), os.readlink(name))
        except OSError:  # not a link (or not there): a path like any other
            return None
    return None


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
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".crosscheck-", suffix=".tmp")
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
