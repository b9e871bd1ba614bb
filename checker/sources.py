"""Read articles from files, directories, standard input and JSON Lines corpora."""

from __future__ import annotations

import dataclasses
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import regex
import yaml

from checker import markdown, yamlnodes
from checker.errors import CheckerError, InputError
from checker.model import Source

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
JSONL_SUFFIXES = {".jsonl"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | JSONL_SUFFIXES
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
# numbers (runs of digits) one article may hold: the real news read here holds at most about a
# hundred; text of hundreds of thousands ("1 1 1 ...", "1,1,1,...") is refused before any figure
# is read, as each figure costs its reading, its meaning and its record
MAX_NUMBERS = 100_000
_DIGITS = regex.compile(r"\d+")


def too_many_numbers(body: str) -> bool:
    """Whether an article holds more than `MAX_NUMBERS` runs of digits (counted no further)."""
    if len(body) <= 2 * MAX_NUMBERS:
        return False  # each run and what parts it from the next take two characters at least
    for n, _ in enumerate(_DIGITS.finditer(body), 1):
        if n > MAX_NUMBERS:
            return True
    return False
METADATA = ("title", "outlet", "published", "story")

OnError = Callable[[InputError], None]
E = TypeVar("E", bound=CheckerError)


def read_sources(paths: Iterable[str], on_error: OnError, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Source]:
    """Yield every article under `paths`, lazily; each unreadable input goes to `on_error`."""
    for raw in paths:
        try:
            for path in _expand(raw, on_error):
                folder = _folder(raw, path)
                if Path(path).suffix.lower() in JSONL_SUFFIXES:
                    articles = _read_jsonl(Path(path), on_error, max_bytes)
                else:
                    articles = _guard(path, max_bytes, on_error)
                for source in articles:
                    if too_many_numbers(source.body):
                        on_error(InputError(source.name, f"more than {MAX_NUMBERS:,} numbers: not read as news copy "
                                                         "(a table or a data dump; split it into articles)"))
                        continue
                    yield source if folder is None else dataclasses.replace(source, folder=folder)
        except InputError as err:
            on_error(err)


def _folder(raw: str, path: str) -> str | None:
    """The sub-folder of the command-line directory `raw` that holds `path` (None when `raw` itself does)."""
    parent = Path(path).parent
    return None if raw == "-" or parent == Path(raw) or not Path(raw).is_dir() else str(parent)


def _guard(path: str, max_bytes: int, on_error: OnError) -> Iterator[Source]:
    """One article file (or standard input), its error reported instead of raised."""
    try:
        if path == "-":
            yield _from_bytes("<stdin>", sys.stdin.buffer.read(max_bytes + 1), ".txt", max_bytes)  # never past the limit
        else:
            yield _read_file(Path(path), max_bytes)
    except InputError as err:
        on_error(err)


def _expand(raw: str, on_error: OnError) -> list[str]:
    if raw == "-":
        return ["-"]
    return [str(p) for p in expand(Path(raw), ARTICLE_SUFFIXES, InputError, "articles", on_error=on_error)]


def expand(path: Path, suffixes: set[str], error: type[E], what: str,
           missing: str = "no such file or directory", on_error: Callable[[E], None] | None = None) -> list[Path]:
    """A file, or every file under a directory with one of `suffixes` (any case), sorted. A sub-folder that
    cannot be listed goes to `on_error` (the others are still listed), or is raised without one."""
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        raise error(str(path), missing) from None
    except OSError as err:  # under a folder without the search bit, a link loop
        raise error(str(path), f"cannot read ({err.strerror or err})") from None
    if stat.S_ISDIR(mode):
        found = _walk(path, suffixes, error, on_error)
        if not found:
            raise error(str(path), f"directory holds no {what} ({', '.join(sorted(suffixes))})")
        return found
    if not stat.S_ISREG(mode):
        raise error(str(path), "not a regular file")
    return [path]


def _walk(folder: Path, suffixes: set[str], error: type[E], on_error: Callable[[E], None] | None) -> list[Path]:
    """The files under `folder` with one of `suffixes`, sorted; linked folders are not entered (as `rglob`)."""
    found: list[Path] = []
    todo = [folder]
    while todo:
        here = todo.pop()
        try:
            with os.scandir(here) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        todo.append(Path(entry.path))
                    elif entry.is_file() and Path(entry.name).suffix.lower() in suffixes:
                        found.append(Path(entry.path))
        except OSError as err:  # a folder without the read or search bit
            problem = error(str(here), f"cannot read ({err.strerror or err})")
            if here == folder or on_error is None:
                raise problem from None
            on_error(problem)
    return sorted(found)


def _read_file(path: Path, max_bytes: int) -> Source:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(str(path), _too_large(size, max_bytes))
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # a device, a pipe or a file that grows: never past the limit
    except OSError as err:
        raise InputError(str(path), f"cannot read ({err.strerror or err})") from None
    return _from_bytes(str(path), data, path.suffix.lower(), max_bytes)


def _too_large(size: int, max_bytes: int) -> str:
    """The message for an article of `size` bytes over `max_bytes` (`max_bytes + 1`: read no further, size unknown)."""
    stated = "" if size == max_bytes + 1 else f"{size / 1048576:.1f} MB, "
    return f"article is {stated}over the {max_bytes / 1048576:.0f} MB limit (--max-article-mb)"


def decode(name: str, data: bytes) -> str:
    """Decode UTF-8 (a BOM is dropped), refusing binary data and empty articles."""
    if b"\x00" in data:  # anywhere: a NUL byte is never text
        raise InputError(name, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputError(f"{name}:{line}", f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})") from None
    if not text.strip():
        raise InputError(name, "empty article")
    return text


def _from_bytes(name: str, data: bytes, suffix: str, max_bytes: int) -> Source:
    if len(data) > max_bytes:
        raise InputError(name, _too_large(len(data), max_bytes))
    text = decode(name, data)
    if suffix in MARKDOWN_SUFFIXES:
        return _markdown_source(name, text)
    return Source.build(name, text)


def _markdown_source(name: str, text: str) -> Source:
    plain = Source.build(name, text)
    meta, body_start = _front_matter(name, text)
    body = markdown.prose(text, plain.line_starts, body_start)
    if not body.strip():
        raise InputError(name, "empty article (no prose outside the front matter and markup)")
    return Source.build(name, text, body, **meta)


def _front_matter(name: str, text: str) -> tuple[dict[str, Any], int]:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != "---":
        return {}, 0
    offset = len(lines[0])
    for number, line in enumerate(lines[1:], start=2):
        if line.rstrip("\r\n") in ("---", "..."):
            block = text[len(lines[0]) : offset]
            return _metadata(name, block), offset + len(line)
        offset += len(line)
    raise InputError(f"{name}:1", "front matter opened with '---' is never closed")


def _metadata(name: str, block: str) -> dict[str, Any]:
    try:
        data = yaml.load(block, Loader=yamlnodes.Loader) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(err, "problem", None) or "invalid YAML"
        raise InputError(f"{name}:{line}", f"front matter is not valid YAML ({problem})") from None
    if not isinstance(data, dict):
        raise InputError(f"{name}:2", "front matter must be a mapping of keys to values")
    return metadata(name, data)


def metadata(name: str, data: dict[str, Any]) -> dict[str, Any]:
    """Pick and check the article metadata (title, outlet, published, story) from a mapping."""
    meta: dict[str, Any] = {}
    for key in METADATA:
        value = data.get(key)
        if value is None:
            continue
        if key == "published":
            meta[key] = _published(name, value)
        elif str(value).strip():  # a blank story is no story
            meta[key] = str(value).strip() if key == "story" else str(value)
    return meta


def _published(name: str, value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(name, f"'published' must be a date (YYYY-MM-DD), not {str(value)[:40]!r}") from None


def _read_jsonl(path: Path, on_error: OnError, max_bytes: int) -> Iterator[Source]:
    try:
        handle = path.open("rb")
    except OSError as err:
        raise InputError(str(path), f"cannot read ({err.strerror or err})") from None
    empty = True
    with handle:
        for number, line in enumerate(_lines(handle, max_bytes), start=1):
            if not line.strip():
                continue
            empty = False
            try:
                yield dataclasses.replace(_jsonl_article(path, f"{path}:{number}", line, max_bytes), file_line=number)
            except InputError as err:
                on_error(err)
    if empty:
        on_error(InputError(str(path), "empty corpus (no JSON lines)"))


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes]:
    """The lines of a corpus, none read past the limit: a longer one is cut at `max_bytes + 1` (and refused), its rest skipped."""
    while line := handle.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
        yield line


def _jsonl_article(path: Path, where: str, line: bytes, max_bytes: int) -> Source:
    if len(line) > max_bytes:
        raise InputError(where, _too_large(len(line), max_bytes))
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        raise InputError(where, f"not UTF-8 text (byte 0x{line[err.start]:02x})") from None
    except json.JSONDecodeError as err:
        raise InputError(where, f"malformed JSON ({err.msg} at column {err.colno})") from None
    except ValueError:  # an integer of more than 4,300 digits
        raise InputError(where, "malformed JSON (a number too long to read)") from None
    except RecursionError:
        raise InputError(where, "malformed JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise InputError(where, "each line must be a JSON object with 'id' and 'text'")
    ident, text = record.get("id"), record.get("text")
    if not isinstance(ident, (str, int)) or isinstance(ident, bool) or str(ident) == "":
        raise InputError(where, "missing 'id' (a string or an integer)")
    if not isinstance(text, str):
        raise InputError(where, "missing 'text' (a string)")
    if not text.strip():
        raise InputError(where, f"article {ident!s} is empty")
    for key in ("id", "text", *METADATA):
        _unicode(where, key, record.get(key))
    return Source.build(f"{path}#{ident}", text, **metadata(where, record))


def _unicode(where: str, key: str, value: Any) -> None:
    """Refuse a string holding a lone surrogate ("\\ud800"): it is no character and cannot be written."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as err:
            raise InputError(where, f"'{key}' holds a lone surrogate (\\u{ord(value[err.start]):04x}), not text") from None
