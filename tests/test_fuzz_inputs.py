"""Property: arbitrary bytes or text as an article, front matter, a JSON line, a rule file or a
configuration never give a traceback.

Run longer with `HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_fuzz_inputs.py` (see README).
"""

from __future__ import annotations

import ast
import importlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st
from typer.testing import CliRunner

from checker import config
from checker.cli import app
from checker.errors import ConfigError, InputError, RuleFileError
from checker.extract import extract, quotations
from checker.extract.scan import match_at
from checker.rules import load_pack
from checker.sources import read_sources

settings.register_profile("suite", max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
settings.register_profile("fuzz", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))
WHOLE_RUNS = settings().max_examples // 5  # the command line end to end is slower: fewer runs in the suite

# pieces of news copy and of the notations that have broken crosscheck, joined at random
PIECES = ["41", "1,000", "3.5", "1e999", "2.5^99", "99999^999", "9" * 60, "/3", "%", " per cent", "£", "$", "m", "bn",
          " million", " years", " months to ", "September 2018", " 3000 ", "next year", "last year", "9999", "0001",
          " between ", " and ", " from ", " to ", " rose ", " fell ", "half", "one in four", '"', "“", "”", "'",
          " said ", " he ", " She ", "Jane Smith", "NSPCC", "[/red]", "[bold]", "\\ud800", "\u200d", "\u0301", "\r\n",
          "\n\n", ". ", ", ", "(", ")", "-", "—", "…", "\x00", "\t", "<!-- ok: builtin.share -->\n", "---\n", "&a ", "*a",
          "[", "]", "{", "}", ":", "published: ", "title: "]
copy = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=40).map("".join)


def _read(tmp_path: Path, name: str, data: bytes) -> None:
    """Read the file and extract everything; only InputError may escape (as a reported error)."""
    path = tmp_path / name
    path.write_bytes(data)
    errors: list[InputError] = []
    for source in read_sources([str(path)], errors.append):
        extract(source)
        quotations(source)


@example(data=b"The bill was " + b"7" * 5000 + b" pounds.")
@example(data=b"In the 3000 years to September 2018, 41 cases.")
@given(data=st.binary(max_size=400) | copy.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_article_bytes(tmp_path: Path, data: bytes) -> None:
    for name in ("a.txt", "a.md"):
        _read(tmp_path, name, data)


@example(meta="published: 2019-02-30", body="")
@example(meta="title: " + "[" * 3000, body="")
@given(meta=copy, body=copy)
def test_any_front_matter(tmp_path: Path, meta: str, body: str) -> None:
    _read(tmp_path, "a.md", f"---\n{meta}\n---\n{body} 41 cases.\n".encode("utf-8", "surrogatepass"))


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | copy,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(copy, inner, max_size=3), max_leaves=8)


@example(record={"id": 1, "text": "41 cases."}, raw='{"id": 2, "text": "x", "a": ' + "[" * 100_000 + "}")
@example(record={"id": 1, "text": "41 cases."}, raw='{"id": 2, "text": "x", "a": ' + "9" * 5000 + "}")
@given(record=st.dictionaries(st.sampled_from(["id", "text", "title", "published", "story", "outlet"]) | copy, json_values),
       raw=copy)
def test_any_json_line(tmp_path: Path, record: dict[str, object], raw: str) -> None:
    line = json.dumps(record)
    _read(tmp_path, "c.jsonl", (line + "\n" + raw + "\n").encode("utf-8", "surrogatepass"))


@settings(max_examples=WHOLE_RUNS)
@example(a="It was 1e999/3 of them \ud800", b="[/red] It was 99999^999 [bold]")
@given(a=copy, b=copy)
def test_any_pair_of_articles_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, a: str, b: str) -> None:
    monkeypatch.chdir(tmp_path)
    for name, text in (("a.txt", a), ("b.txt", b)):
        (tmp_path / name).write_bytes(f"{text} 41 cases.\n".encode("utf-8", "surrogatepass"))
    for args in (["check", "--no-config", "--one-story", "-f", "json"], ["claims"], ["quotes"]):
        result = CliRunner().invoke(app, [*args, "a.txt", "b.txt"])
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
        assert result.exit_code in (0, 1, 2)


RULE_PIECES = ["pack: p\n", "quantities:\n", "  q:\n", "    kind: percent\n", "    kind: [count, money]\n", "    about: [NSPCC]\n",
               "    text: '(a+)+$'\n", "checks:\n", "  c:\n", "    agree: q\n", "    expect: q / (q - q) == ", "1" * 1200,
               "0.5\n", "    edge: info\n", "&a ", "*a", "[", "]", "{", "}", ": ", "- ", "\t", "'", '"', "\n"]


@example(text="quantities:\n  q:\n    kind: percent\nchecks:\n  c:\n    expect: q == " + "9" * 5000 + "\n")
@given(text=st.lists(st.sampled_from(RULE_PIECES) | st.text(max_size=6), max_size=30).map("".join))
def test_any_rule_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "r.yaml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        load_pack(path)
    except RuleFileError:
        pass


CONFIG_PIECES = ["rules = ", '"rules"', "[", "]", "fail-on = ", '"warning"', "disable = ", "[options.\"builtin.age-gap\"]\n",
                 "tolerance = ", "9" * 5000, "-1", "1e999", "[severity]\n", '"builtin.agree" = ', "[aliases]\n", "\n", "{", "}", "=", '"']


@example(text='[options."builtin.age-gap"]\ntolerance = ' + "9" * 5000 + "\n")
@given(text=st.lists(st.sampled_from(CONFIG_PIECES) | st.text(max_size=6), max_size=20).map("".join))
def test_any_configuration(tmp_path: Path, text: str) -> None:
    (tmp_path / "crosscheck.toml").write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        config.find(tmp_path)
    except ConfigError:
        pass


def _matched_at() -> list[tuple[str, Any]]:
    """Every pattern that checker/extract matches at a position through `match_at` with its
    default reach, found in the source (`match_at(NAME, ...)`) and taken from its module."""
    found = []
    for path in sorted((Path(__file__).parent.parent / "checker" / "extract").glob("*.py")):
        module = importlib.import_module(f"checker.extract.{path.stem}" if path.stem != "__init__" else "checker.extract")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "match_at" \
                    and len(node.args) == 3 and isinstance(node.args[0], ast.Name):
                found.append((f"{path.stem}.{node.args[0].id}", getattr(module, node.args[0].id)))
    return sorted(dict(found).items())


MATCHED_AT = _matched_at()
# copy of at most 20 pieces of at most 6 characters: every match is shorter than REACH, so the
# bounded match is the unbounded one
short_copy = st.lists(st.sampled_from([p for p in PIECES if len(p) <= 6]) | st.text(max_size=6), max_size=20).map("".join)


@given(short_copy, st.integers(min_value=0, max_value=120))
@example("5 per cent of the 1,000 people", 1)
@example("£5 million and 20 pence", 2)
def test_a_bounded_match_is_the_unbounded_one_on_short_copy(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    for name, pattern in MATCHED_AT:
        found, whole = match_at(pattern, text, pos), pattern.match(text, pos)
        assert (found and found.span()) == (whole and whole.span()), name


def test_the_atheris_target_runs_briefly_without_a_crash() -> None:
    """`fuzz/atheris_target.py` (coverage-guided, where atheris installs) for a few hundred inputs."""
    pytest.importorskip("atheris")
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, str(root / "fuzz" / "atheris_target.py"), "-runs=300", "-seed=1"],
                          capture_output=True, text=True, timeout=240, cwd=root)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Done 300 runs" in done.stderr
