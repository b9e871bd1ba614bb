"""The blind quote set: every span of its gold holds, and attribution on it does not slip.

`benchmarks/data/blind-quotes.jsonl` holds invented articles whose attributions were marked by hand
(`benchmarks/blind_quotes.py` builds and checks them); nobody wrote them against the code. The floor
is the figure measured when the set was made, not a target: raise it as attribution improves.
Skipped when the set is absent.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from types import ModuleType

import pytest

from tests.conftest import ROOT

SCRIPT = ROOT / "benchmarks" / "blind_quotes.py"
GOLD = ROOT / "benchmarks" / "data" / "blind-quotes.jsonl"
SCORER = ROOT.parent / "shared" / "tools" / "speaker_eval.py"
pytestmark = pytest.mark.skipif(not GOLD.exists() or not SCRIPT.exists(), reason="the blind quote set is absent")

# measured on spk7 (2026-12-01): 303 of 303 quoted stretches found; of 281 quotes scored, 265 right, 8 wrong,
# 8 missing; 1 of 5 scare quotes given a speaker (on spk6: 258, 9, 14; on spk4: 237, 18, 26; on spk2: 231, 24, 26;
# on main at 88f41a4: 182, 47, 52)
RECALL, ACCURACY, WRONG, SCARE = 1.0, 266 / 281, 7 / 281, 1  # 266, 7, 8 on spk9


@pytest.fixture(scope="module")
def blind() -> ModuleType:
    spec = importlib.util.spec_from_file_location("blind_quotes", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


TEXT = "Jo Bloggs said: \u201cWe will stay.\u201d Later, \u201cNever,\u201d she added. It was \u2018a \u201cbig\u201d day\u2019."


def _good() -> dict:
    at = TEXT.index("We will stay.")
    later = TEXT.index("Never,")
    return {"id": "t", "text": TEXT, "expected": [
        {"speaker": "Jo Bloggs", "construct": "before-colon", "quoted": ["We will stay."],
         "content_spans": [[at - 1, at + 14]], "speaker_spans": [[0, 9]]},
        {"speaker": "Jo Bloggs", "construct": "pronoun", "quoted": ["Never,"],
         "content_spans": [[later - 1, later + 7]], "speaker_spans": [[0, 9]]}]}


def _spans_only(problems: list[str]) -> list[str]:
    """The problems of a span, not of an article's size (the sample is short on purpose)."""
    return [p for p in problems if not re.search(r"words \(150|attributions \(4", p)]


def test_the_set_holds_every_span(blind: ModuleType) -> None:
    assert blind.check() == []


def test_a_good_record_has_no_span_problem(blind: ModuleType) -> None:
    assert _spans_only(list(blind.problems(_good()))) == []


@pytest.mark.parametrize("spoil, said", [
    (lambda a: a["expected"][0].update(content_spans=[[30, 40]]), "first found outside its content spans"),
    (lambda a: a["expected"][0].update(speaker_spans=[[16, 20]]), "does not name the speaker"),
    (lambda a: a["expected"][0].update(speaker_spans=[]), "no speaker span"),
    (lambda a: a["expected"][1].update(quoted=["ever,"], content_spans=[[30, 45]]), "not inside quotation marks"),
    (lambda a: a["expected"][1].update(content_spans=[[30, 900]]), "a span outside the text"),
    (lambda a: a.update(scare=[[60, 65]]), "scare quote"),
])
def test_a_spoiled_span_is_reported(blind: ModuleType, spoil, said: str) -> None:
    record = _good()
    spoil(record)
    assert any(said in p for p in _spans_only(list(blind.problems(record))))


@pytest.mark.parametrize("body, kind, n, words", [
    ("<1|Jo Bloggs> said: \u201c{1|We will stay.}\u201d", "speaker", "1", ["Jo Bloggs"]),
    ("<1|Jo Bloggs> said: \u201c{1|We will stay.}\u201d", "quoted", "1", ["We will stay."]),
    ("<1,2|Jo> said \u201c{1|yes}\u201d and \u201c{2|no}\u201d.", "speaker", "2", ["Jo"]),
    ("[1|She called it \u201c{1|a mess}\u201d.]", "content", "1", ["She called it \u201ca mess\u201d."]),
    ("[1|She called it \u201c{1|a mess}\u201d.]", "quoted", "1", ["a mess"]),
    ("A \u201c{x|smart}\u201d meter.", "quoted", "x", ["smart"]),
    ("\u201c{1|one}\u201d, \u201c{1|two}\u201d", "quoted", "1", ["one", "two"]),
])
def test_markup_tags_become_spans(blind: ModuleType, body: str, kind: str, n: str, words: list[str]) -> None:
    article = blind.Marked("t", "")
    blind.strip(article, body)
    assert [article.text[a:b] for a, b in article.spans[(kind, n)]] == words
    assert not re.search(r"[{}<>\[\]]", article.text)


def test_an_unclosed_tag_is_an_error_naming_the_article(blind: ModuleType) -> None:
    with pytest.raises(blind.BlindError, match=r"^t: tag \{1\| never closed"):
        blind.strip(blind.Marked("t", ""), "\u201c{1|We will stay.\u201d")


@pytest.mark.parametrize("line", [
    "not json",
    '{"id": "b", "text": "x"}',
    '{"id": "b", "text": "x", "expected": [{"speaker": "X"}]}',
    '["b"]',
])
def test_a_line_that_is_no_gold_article_is_an_error_naming_file_and_line(blind: ModuleType, tmp_path, line: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "x", "expected": []}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(blind.BlindError, match=rf"^{re.escape(str(gold))}:2: not a gold article"):
        blind.load(gold)


def test_attribution_on_the_blind_set_does_not_slip(blind: ModuleType) -> None:
    tally = blind.verdicts(blind.load())
    decided = tally["right"] + tally["wrong"] + tally["missing"]
    assert tally["found"] / tally["quoted"] >= RECALL, tally
    assert tally["right"] / decided >= ACCURACY - 1e-9, tally
    assert tally["wrong"] / decided <= WRONG + 1e-9, tally
    assert tally["scare given a speaker"] <= SCARE, tally


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools/speaker_eval.py is not beside the project")
def test_the_in_process_figures_are_the_scorers(blind: ModuleType) -> None:
    env = {**os.environ, "CROSSCHECK": f"{sys.executable} -m checker"}
    run = subprocess.run([sys.executable, str(SCORER), str(GOLD)], capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    tally = blind.verdicts(blind.load())
    decided = tally["right"] + tally["wrong"] + tally["missing"]
    assert f"speaker accuracy {tally['right'] / decided:.1%} (wrong {tally['wrong'] / decided:.1%}, " \
           f"missing {tally['missing'] / decided:.1%}) over {decided} quotes" in run.stdout, run.stdout


SECOND = ROOT / "benchmarks" / "data" / "blind-quotes-2.md"
THIRD = ROOT / "benchmarks" / "data" / "blind-quotes-3.md"
# each later set, written afresh without reading the attribution code, with its floor: the second
# (spk3) measured on main at c899ef2 (2026-11-30), 66 of 66 quoted stretches found; of 62 quotes
# scored, 44 right, 10 wrong, 8 missing; 2 of 2 scare quotes given a speaker. The third (blind3)
# measured on main at 1b6bba9 (2026-11-30), 99 of 99 found; of 92 scored, 67 right, 17 wrong,
# 8 missing; 1 of 2 scare quotes given a speaker. Raised on spk4 (2026-11-30): the second 50 right, 3 wrong, 8 missing
# of 61 scored (one quote given a speaker the gold names by no scored word); the third 80 right, 6 wrong, 5 missing of 91
# The fourth (blind4) measured on main at 32badf3 (2026-11-30): 91 of 91 found; of 86 scored, 71 right,
# 11 wrong, 4 missing; 2 of 2 scare quotes given a speaker. Raised on spk6 (2026-11-30): the second 60 right, 1 wrong,
# 0 missing of 61; the third 86 right, 4 wrong, 1 missing of 91; the fourth 83 right, 3 wrong, 0 missing of 86.
FOURTH = ROOT / "benchmarks" / "data" / "blind-quotes-4.md"
# The fifth (blind5) measured on main at caaad84 (2026-11-30): 86 of 86 found; of 81 scored, 66 right,
# 9 wrong, 6 missing; 2 of 2 scare quotes given a speaker. Raised on spk7 (2026-12-01): 73 right, 8 wrong, 0 missing.
FIFTH = ROOT / "benchmarks" / "data" / "blind-quotes-5.md"
# The sixth (spk7) measured on main at 154b71e (2026-11-30), before any change made with it in view: 177 of 177
# found; of 166 scored, 127 right, 23 wrong, 16 missing; 3 of 4 scare quotes given a speaker. Raised on spk7
# (2026-12-01): 158 right, 4 wrong, 4 missing; on spk8 (2026-12-01): 159 right, 4 wrong, 3 missing.
SIXTH = ROOT / "benchmarks" / "data" / "blind-quotes-6.md"
# The seventh (spk8) measured on main at aec477e (2026-12-01), before any change made with it in view: 179 of 179
# found; of 170 scored, 129 right, 24 wrong, 17 missing; 1 of 3 scare quotes given a speaker. Raised on spk8: 154 right,
# 13 wrong, 3 missing.
SEVENTH = ROOT / "benchmarks" / "data" / "blind-quotes-7.md"
# The eighth (spk9) measured on main at 28caf57 (2026-12-01), before any change made with it in view: 177 of 177
# found; of 173 scored, 120 right, 42 wrong, 11 missing; no scare quotes. Raised on spk9: 157 right, 12 wrong, 3
# missing of 172 (a split quote read as one since); the second 61, 0, 0; the third 87, 3, 1; the fifth 74, 7, 0; the sixth
# 160, 3, 3; the seventh 160, 8, 2.
EIGHTH = ROOT / "benchmarks" / "data" / "blind-quotes-8.md"
# The ninth (spk10) measured on main at b6629d9 (2026-12-01), before any change made with it in view: 182 of 182
# found; of 178 scored, 132 right, 27 wrong, 19 missing; 1 of 3 scare quotes given a speaker. Two gold slips corrected
# before any code change (a caller's line given to the crowd, a board's words given to the sources): 134, 25, 19.
# Raised on spk10: 160 right, 13 wrong, 5 missing of 178; sets 1..8 unchanged.
NINTH = ROOT / "benchmarks" / "data" / "blind-quotes-9.md"
LATER = [(SECOND, 61 / 61, 0 / 61, 2), (THIRD, 87 / 91, 3 / 91, 1), (FOURTH, 83 / 86, 3 / 86, 2),
         (FIFTH, 74 / 81, 7 / 81, 2), (SIXTH, 160 / 166, 3 / 166, 3), (SEVENTH, 160 / 170, 8 / 170, 1),
         (EIGHTH, 157 / 172, 12 / 172, 0), (NINTH, 160 / 178, 13 / 178, 1)]


@pytest.mark.parametrize("markup, accuracy, wrong, scare", LATER, ids=lambda v: getattr(v, "stem", ""))
def test_a_later_set_holds_every_span_and_does_not_slip(blind: ModuleType, markup, accuracy: float, wrong: float,
                                                        scare: int) -> None:
    assert blind.check(markup) == []
    tally = blind.verdicts(blind.load(markup.with_suffix(".jsonl")))
    decided = tally["right"] + tally["wrong"] + tally["missing"]
    assert tally["found"] == tally["quoted"], tally
    assert tally["right"] / decided >= accuracy - 1e-9, tally
    assert tally["wrong"] / decided <= wrong + 1e-9, tally
    assert tally["scare given a speaker"] <= scare, tally


@pytest.mark.parametrize("path", [GOLD, GOLD.with_suffix(".md"), *(p for m, *_ in LATER for p in (m, m.with_suffix(".jsonl")))])
def test_the_blind_sets_are_committed(path) -> None:
    """Every set is tracked by git: benchmarks/data is ignored but for them, and a set was once lost there."""
    run = subprocess.run(["git", "ls-files", "--error-unmatch", str(path.relative_to(ROOT))],
                         capture_output=True, text=True, cwd=ROOT)
    if "not a git repository" in run.stderr:
        pytest.skip("not a git checkout")
    assert run.returncode == 0, run.stderr
