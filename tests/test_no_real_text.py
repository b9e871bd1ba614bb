"""No project file shares eight words in a row with the real news it is measured on.

The texts are read from ../shared/real-news/ (the test skips when it is absent): the clusters, the
BBC and PolNeAR articles and the SummEdits articles and summaries. Words are runs of
[A-Za-z0-9'] lower-cased, so a sentence copied with other punctuation or line breaks is still found.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

REAL = ROOT.parent / "shared" / "real-news"
RUN = 8  # words in a row that no project file may share with a real text
WORD = re.compile(r"[A-Za-z0-9']+")
FOLDERS = ("checker", "tests", "benchmarks", "fixtures", "rules", "fuzz", "schemas", "examples")


pytestmark = pytest.mark.skipif(not (REAL / "clusters").exists(), reason="../shared/real-news/ is not beside the project")


def _runs(text: str) -> Iterator[str]:
    """Every run of RUN words of `text`, lower-cased and joined by one space."""
    words = [w.lower() for w in WORD.findall(text)]
    return (" ".join(words[i:i + RUN]) for i in range(len(words) - RUN + 1))


def _real_texts() -> Iterator[str]:
    """Every real text: cluster articles, the `text` of each JSON Lines article, SummEdits sources and summaries."""
    for path in sorted((REAL / "clusters").glob("*/*.txt")):
        yield path.read_text(encoding="utf-8")
    for path in sorted(REAL.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            yield record.get("text", "")
            yield record.get("seed_summary", "")
            yield from (source["text"] for source in record.get("sources", []))


def _project_files() -> Iterator[tuple[str, str]]:
    """(path relative to the repository, text) of every text file the guard covers."""
    paths = [p for folder in FOLDERS for p in sorted((ROOT / folder).rglob("*")) if "__pycache__" not in p.parts]
    for path in [*paths, *sorted(ROOT.glob("*.md"))]:
        if path.is_file():
            try:
                yield path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue


def _shared(text: str, real: set[int]) -> list[str]:
    """The runs of `text` that some real text holds too, in order."""
    return [run for run in _runs(text) if hash(run) in real]


@pytest.fixture(scope="module")
def real() -> set[int]:
    """The hash of every run of RUN words of every real text."""
    return {hash(run) for text in _real_texts() for run in _runs(text)}


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return dict(_project_files())


def test_no_project_file_shares_a_run_of_words_with_real_news(real: set[int], files: dict[str, str]) -> None:
    copied = {path: runs for path, text in files.items() if (runs := _shared(text, real))}
    assert not copied, "text of ../shared/real-news/ in the project:\n" + "\n".join(
        f"{path}: {len(runs)} runs of {RUN} words, first {runs[0]!r}" for path, runs in sorted(copied.items()))


@pytest.mark.parametrize("dress", [
    lambda s: s,
    lambda s: s.upper(),
    lambda s: "# " + s.replace(" ", "\n# "),  # a comment wrapped a word a line
    lambda s: '("' + s.replace(" ", '", "') + '")',  # words as separate strings
])
def test_a_real_sentence_copied_into_a_file_is_found(real: set[int], dress: Callable[[str], str]) -> None:
    sentence = max(next(_real_texts()).split("\n"), key=len)
    found = _shared(f"x = 1\n{dress(sentence)}\n", real)
    assert found and found[0] == " ".join(w.lower() for w in WORD.findall(sentence)[:RUN])
    assert _shared("The council of the small town said the road would close for a week in June.", real) == []


def test_the_guard_covers_the_project(files: dict[str, str]) -> None:
    assert {"README.md", "CHANGELOG.md", "checker/cli.py", "tests/test_no_real_text.py"} <= files.keys()
    assert not any(Path(path).parts[0] in {".git", "shared"} for path in files)
