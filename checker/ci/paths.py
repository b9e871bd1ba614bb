"""Paths as a project names them: relative to its root, whatever the command line typed."""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath
from urllib.parse import quote

JSONL_ARTICLE = re.compile(r"(?P<file>.*?\.jsonl)#(?P<id>.*)", re.I | re.S)  # 'corpus.jsonl#17'; not 'report#1.txt'
STDIN = "<stdin>"
_ROOTS: dict[str, Path] = {}
_KEYS: dict[tuple[str, str], str] = {}


def project_root(cwd: str | None = None) -> Path:
    """The root of the repository the working folder is in (the folder holding `.git`), else the working folder."""
    here = cwd or os.getcwd()
    if here not in _ROOTS:
        start = Path(here)
        _ROOTS[here] = next((p for p in [start, *start.parents] if (p / ".git").exists()), start)
    return _ROOTS[here]


def split(name: str) -> tuple[str, str | None]:
    """A source's file and, for an article of a JSON Lines corpus ('c.jsonl#7'), its id."""
    article = JSONL_ARTICLE.fullmatch(name)
    return (article["file"], article["id"]) if article else (name, None)


def relative(path: str) -> str | None:
    """`path` relative to the project root, with '/' between folders; None when it lies outside the root."""
    if path == STDIN:
        return path
    root = project_root()
    full = Path(os.path.normpath(os.path.join(os.getcwd(), path)))
    try:
        return PurePosixPath(*full.relative_to(root).parts).as_posix()
    except ValueError:
        return None


def source_key(name: str) -> str:
    """A source's name as fingerprints see it: 'articles/x.md', './articles/x.md' and its absolute path are one."""
    cwd = os.getcwd()
    if (name, cwd) not in _KEYS:
        file, article = split(name)
        key = relative(file) or Path(os.path.abspath(file)).as_posix()
        _KEYS[name, cwd] = key if article is None else f"{key}#{article}"
    return _KEYS[name, cwd]


def uri(path: str) -> str:
    """A file as a SARIF URI reference: percent-encoded, relative to the root when under it, else a `file://` URI."""
    inside = relative(path)
    if inside is not None:
        return quote(inside, safe="/")
    return "file://" + quote(Path(os.path.abspath(path)).as_posix(), safe="/")


def root_uri() -> str:
    """The project root as a `file://` URI ending in '/', for SARIF's `originalUriBaseIds`."""
    return "file://" + quote(project_root().as_posix().rstrip("/") + "/", safe="/")
