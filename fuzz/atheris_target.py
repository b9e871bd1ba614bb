"""Coverage-guided fuzzing of crosscheck's readers and extraction with atheris (where it installs).

Each input is one article's bytes, read as plain text, Markdown (with front matter) or a JSON
Lines corpus, then its figures and quotations extracted and the article checked against a copy
of itself with one figure changed (alignment, built-in checks, quote checks). An input error is
an expected outcome; any other exception, or a figure whose text is not its source's, is a
crash. Run it for as long as you like:

    pip install atheris
    python fuzz/atheris_target.py -max_total_time=600            # ten minutes
    python fuzz/atheris_target.py -runs=2000 fuzz/corpus/         # a fixed number of inputs

`tests/test_fuzz_inputs.py` runs it for a few seconds when atheris is installed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from checker import pipeline
    from checker.config import Config
    from checker.errors import InputError
    from checker.extract import extract, quotations
    from checker.sources import read_sources

SUFFIXES = [".txt", ".md", ".jsonl"]
_DIR = Path(tempfile.mkdtemp(prefix="crosscheck-atheris-"))


def one(data: bytes) -> None:
    """Read, extract and check one fuzzed article (and a copy of it)."""
    fdp = atheris.FuzzedDataProvider(data)
    suffix = fdp.PickValueInList(SUFFIXES)
    raw = fdp.ConsumeBytes(fdp.remaining_bytes())
    path = _DIR / f"a{suffix}"
    path.write_bytes(raw)
    errors: list[InputError] = []
    for source in read_sources([str(path)], errors.append):
        for claim in extract(source):
            if source.body[claim.start : claim.end] != claim.text:
                raise AssertionError(f"{claim.text!r} is not at {claim.start}:{claim.end}")
        quotations(source)
    copy = _DIR / f"b{suffix}"
    copy.write_bytes(raw.replace(b"1", b"2", 1))
    pipeline.check([str(path), str(copy)], [], Config(), errors.append)


def main() -> None:
    atheris.Setup(sys.argv, one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
