"""Work that grows with the input, never faster: counted on small inputs, never timed."""

from __future__ import annotations

import ast
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import regex
from typer.testing import CliRunner

from checker import cli, engine, people, quotecheck, sources, speakercheck
from checker.builtins import breakdown, change
from checker.cli import app
from checker.errors import InputError
import checker.extract as extract_module
from checker.extract import antecedents, extract, quotations
from checker.extract import quotes as quote_marks
from checker.extract import speakers as sp
from checker.model import Claim, Source
from checker.rules import MAX_PATTERN, expanded
from checker.speakercheck import NEIGHBOURS, _candidates


class Counting:
    """A compiled pattern that counts the characters each search may look at."""

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self.pattern, self.scanned = pattern, 0

    def _window(self, text: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int]:
        end = len(text) if endpos is None else min(endpos, len(text))
        self.scanned += max(0, end - pos)
        return pos, end

    def search(self, text: str, pos: int = 0, endpos: int | None = None, **kw: Any) -> Any:
        return self.pattern.search(text, *self._window(text, pos, endpos), **kw)

    def match(self, text: str, pos: int = 0, endpos: int | None = None, **kw: Any) -> Any:
        return self.pattern.match(text, *self._window(text, pos, endpos), **kw)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, **kw: Any) -> Any:
        return self.pattern.finditer(text, *self._window(text, pos, endpos), **kw)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def _growth(work: Callable[[int], int], n: int = 50) -> float:
    """How much the work grows when the input grows four times (4 when linear, 16 when quadratic)."""
    return work(4 * n) / max(1, work(n))


def _scanned(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, run: Callable[[], object]) -> int:
    counter = Counting(getattr(module, name))
    monkeypatch.setattr(module, name, counter)
    run()
    monkeypatch.setattr(module, name, counter.pattern)
    return counter.scanned


# text families, each a unit repeated n times, and the pattern whose scanning must stay linear in it
SCANS = [
    ("capitalised words before a quote", lambda n: "Abc " * n + "said “it is fine and that is all”.\n", antecedents, "_SEGMENT_END"),
    ("capitalised words, noun phrases read", lambda n: "Abc " * n + "said “it is fine and that is all”.\n", sp, "_WORD"),
    ("plural possessives on one line", lambda n: "the girls’ books " * n + "\n", quote_marks, "_LATER_CLOSE"),
    ("plural possessives inside a quote", lambda n: "‘the girls’ books " * n + "for all.’\n", quote_marks, "_LATER_CLOSE"),
    ("names then a quote, no full stop", lambda n: "Jane Abc and " * n + "said “we are fine with all of it”\n", sp, "_WORD"),
]


@pytest.mark.parametrize(("case", "make", "module", "name"), SCANS, ids=[c[0] for c in SCANS])
def test_quote_patterns_scan_linearly(monkeypatch: pytest.MonkeyPatch, case: str, make: Callable[[int], str],
                                      module: Any, name: str) -> None:
    def work(n: int) -> int:
        return _scanned(monkeypatch, module, name, lambda: quotations(Source.build("a.txt", make(n))))
    assert _growth(work, 300) < 6


NOUN_PHRASES = [
    ("a name", "Peter Wanless", True, "Peter Wanless"),
    ("a title and a name", "NSPCC chief executive Peter Wanless", True, "NSPCC chief executive Peter Wanless"),
    ("beyond the reach, whole", "Abc " * 100, True, None),
    ("beyond the reach, its opening run", "Abc " * 100, False, "Abc " * 74 + "Abc"),
]


@pytest.mark.parametrize(("case", "text", "whole", "expected"), NOUN_PHRASES, ids=[c[0] for c in NOUN_PHRASES])
def test_noun_phrases_are_read_within_their_reach(case: str, text: str, whole: bool, expected: str | None) -> None:
    found = sp.noun_phrase(text, 0, len(text), whole=whole)
    assert (found.text if found else None) == expected
    assert found is None or found.end - found.start <= sp.PHRASE_REACH


def _claims(text: str) -> list[Claim]:
    return extract(Source.build("a.txt", text))


class CountedList(list[Claim]):
    """The claims, counting each time all of them are walked or sliced."""

    walked = 0

    def __iter__(self) -> Any:
        CountedList.walked += len(self)
        return super().__iter__()

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, slice):
            CountedList.walked += len(range(*key.indices(len(self))))
        return super().__getitem__(key)


def _walked(run: Callable[[list[Claim]], object], text: str) -> int:
    CountedList.walked = 0
    run(CountedList(_claims(text)))
    return CountedList.walked


BUILTIN_FAMILIES = [
    ("changes from X to Y, one sentence each", lambda c: list(change.run(c)), "Cases rose by 5% from 100 to 105. "),
    ("changes from X to Y in one long sentence", lambda c: list(change.run(c)), "Cases rose by 5% from 100 to 105, and "),
    ("totals and their parts, one sentence each", lambda c: list(breakdown.run(c)), "It had 100 admissions: 50 in the north and 50 in the south. "),
    ("totals and parts in one long sentence", lambda c: list(breakdown.run(c)), "It had 100 admissions: 50 in the north, 50 in the south, "),
]


@pytest.mark.parametrize(("case", "run", "unit"), BUILTIN_FAMILIES, ids=[c[0] for c in BUILTIN_FAMILIES])
def test_builtins_walk_the_claims_a_bounded_number_of_times(case: str, run: Callable[[list[Claim]], object], unit: str) -> None:
    assert _growth(lambda n: _walked(run, unit * n), 10) < 6


def test_one_quote_given_to_many_speakers_compares_each_with_a_few_groups() -> None:
    calls = 0

    def agree(x: tuple[Any, str], y: tuple[Any, str]) -> bool:
        nonlocal calls
        calls += 1
        return x[1] == y[1]

    class Q:
        def __init__(self, source: str) -> None:
            self.source = source

    def work(n: int) -> int:
        nonlocal calls
        calls = 0
        stated: list[Any] = [(Q(str(i)), f"speaker {i}") for i in range(n)]
        list(people.outliers(stated, agree))
        return calls

    assert work(20 * people.HEADS) <= 20 * people.HEADS * people.HEADS
    assert _growth(work, 5 * people.HEADS) < 6
    calls = 0
    alike: list[Any] = [(Q(str(i)), "one") for i in range(1000)]
    list(people.outliers(alike, agree, lambda item: item[1]))
    assert calls == 0  # signed alike: one group, never compared


def test_outliers_still_find_the_odd_speaker_out() -> None:
    class Q:
        def __init__(self, source: str) -> None:
            self.source = source

    stated: list[Any] = [(Q("a"), "jane smith"), (Q("b"), "jane smith"), (Q("c"), "john doe")]
    found = list(people.outliers(stated, lambda x, y: x[1] == y[1], lambda item: item[1]))
    assert [(o[1], r[1]) for o, r in found] == [("john doe", "jane smith")]


PAIRED = [
    ("a surname misspelled", ["peter wanless", "peter wanliss"], [(0, 1)]),
    ("a first name misspelled", ["jonathan smith", "johnathan smith"], [(0, 1)]),
    ("surnames further apart", ["ron levenday", "ron lendvay", "jane doe"], [(0, 1)]),
    ("other initials are never compared", ["peter wanless", "xavier wanless", "peter banless"], []),
    ("two words different are two people", ["peter john wanless", "peter jim wanlass"], []),
]


@pytest.mark.parametrize(("case", "keys", "pairs"), PAIRED, ids=[c[0] for c in PAIRED])
def test_names_compared_differ_in_one_word(case: str, keys: list[str], pairs: list[tuple[int, int]]) -> None:
    assert _candidates(keys) == pairs


def test_a_crowded_initials_block_compares_each_name_with_its_neighbours() -> None:
    def work(n: int) -> int:
        return len(_candidates([f"john smith{i}son" for i in range(n)]))
    assert work(400) <= 2 * NEIGHBOURS * 400
    assert _growth(work, 100) < 5


PATTERNS = [
    ("plain", "growth", 6),
    ("counted", "a{3}", 3),
    ("a group counted", "(ab){2,5}c", 11),
    ("escapes count once", r"\d{1,3}(,\d{3})*", 8),
    ("nested counts multiply", "((a{1000}){1000}){1000}", MAX_PATTERN + 1),
    ("a huge count", "a{99999999999999999999999999}", MAX_PATTERN + 1),
]


@pytest.mark.parametrize(("case", "pattern", "size"), PATTERNS, ids=[c[0] for c in PATTERNS])
def test_a_pattern_is_sized_with_its_repeats_unrolled(case: str, pattern: str, size: int) -> None:
    assert min(expanded(pattern), MAX_PATTERN + 1) == size


RULE = """pack: adv
quantities:
  any:
    kind: count
    text: '{pattern}'
checks:
  same:
    agree: [any, any]
"""


def test_a_pattern_that_expands_at_compile_time_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(RULE.format(pattern="((a{1000}){1000}){1000}"), encoding="utf-8")
    result = CliRunner().invoke(app, ["rules", "validate", str(path)])
    assert result.exit_code == 3
    assert "too large once its counted repeats are unrolled" in result.output
    assert f"{path}:5:" in result.output


def test_the_run_has_one_budget_for_rule_patterns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules, article = tmp_path / "r.yaml", tmp_path / "a.txt"
    rules.write_text(RULE.format(pattern=r"(.*?)(.*?)(.*?)(.*?)(.*?)(.*?)\1\2\3\4\5\6\s"), encoding="utf-8")
    article.write_text("It had 1,111,111,111,111,111,111 cases. " * 20, encoding="utf-8")
    monkeypatch.setattr(engine, "REGEX_BUDGET", 0.05)
    result = CliRunner().invoke(app, ["check", str(article), "--no-config", "--rules", str(rules)])
    assert result.exit_code == 3
    assert f"{rules}:3:3: the rules' regular expressions ran past the run's budget of 0.05 s" in result.output


def test_a_budget_spent_stops_the_search() -> None:
    budget = engine.RegexBudget(0.0)
    with pytest.raises(engine.BudgetSpent):
        engine.regex_safe(regex.compile("a"), "a", budget)


class Endless(io.RawIOBase):
    """A stream that never ends (/dev/zero), recording the most asked of it at once."""

    asked = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        Endless.asked = max(Endless.asked, len(buffer))
        buffer[:] = b"a" * len(buffer)
        return len(buffer)


def test_standard_input_is_read_no_further_than_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[InputError] = []
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Endless(), 4096)))
    assert list(sources.read_sources(["-"], errors.append, max_bytes=100_000)) == []
    assert [str(e) for e in errors] == ["<stdin>: article is over the 0 MB limit (--max-article-mb)"]


def test_a_corpus_line_over_the_limit_is_cut_and_its_rest_skipped() -> None:
    data = io.BytesIO(b"x" * 5000 + b"\n" + b'{"id": "1"}\n' + b"y" * 3000)
    assert list(sources._lines(data, 1000)) == [b"x" * 1001, b'{"id": "1"}\n', b"y" * 1001]


@pytest.mark.parametrize(("asked", "cap"), [(0, 4), (1, 1), (3, 3), (4, 4), (1000, 4)])
def test_jobs_are_capped_at_the_cpus(monkeypatch: pytest.MonkeyPatch, asked: int, cap: int) -> None:
    monkeypatch.setattr(cli.pipeline, "default_jobs", lambda: 4)
    assert cli._jobs(asked) == cap


_ROOT = Path(__file__).parent.parent
BOUNDED = ["checker/quotecheck.py", "checker/speakercheck.py", "checker/people.py", "checker/wording.py", "checker/reported.py",
           "checker/rules.py", "checker/sources.py",
           *sorted(str(p.relative_to(_ROOT)) for folder in ("extract", "builtins") for p in (_ROOT / "checker" / folder).glob("*.py"))]


def _unbounded(path: Path) -> list[str]:
    """Searches from a start position with no end position: each one scans the rest of the text."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [f"{path.name}:{node.lineno}" for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"match", "search", "fullmatch", "finditer", "findall"} and len(node.args) == 2
            and not (isinstance(node.func.value, ast.Name) and node.func.value.id in {"re", "regex"})]  # (pattern, text)


@pytest.mark.parametrize("name", BOUNDED)
def test_every_search_from_a_position_has_an_end(name: str) -> None:
    assert _unbounded(_ROOT / name) == []


def test_a_version_s_speakers_are_keyed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    identity = people.identity

    def counted(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        return identity(*args)

    def work(n: int) -> int:
        nonlocal calls
        calls = 0
        said = "Jane Smith, the mayor, said: “We will build two hundred new homes by the spring of {}.”\n"
        texts = [said.format("next year")] * n + [said.format(f"year {i} at the latest") for i in range(n)]
        found = {f"{i}.txt": Source.build(f"{i}.txt", text) for i, text in enumerate(texts)}
        quotecheck.check(found, {name: quotations(s) for name, s in found.items()}, {name: [] for name in found})
        return calls

    monkeypatch.setattr(people, "identity", counted)
    assert work(40) <= 2 * 80  # each quote keyed once by the quote checks, once by the speaker checks


def test_at_signs_scan_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    def work(n: int) -> int:
        return _scanned(monkeypatch, extract_module, "_EMAIL", lambda: extract(Source.build("a.txt", "x@" * n + " 5 cases.\n")))
    assert _growth(work, 300) < 6


ADDRESSES = [
    ("a mail address", "Write to jane99@example.com for 5 forms.", ["5"]),
    ("a long mailbox name", "Write to " + "a" * 60 + "7@example.org for 5 forms.", ["5"]),
    ("an address after a line break", "Write to\njane99@example.com for 5 forms.", ["5"]),
]


@pytest.mark.parametrize(("case", "text", "figures"), ADDRESSES, ids=[c[0] for c in ADDRESSES])
def test_mail_addresses_hold_no_figures(case: str, text: str, figures: list[str]) -> None:
    assert [c.text for c in _claims(text)] == figures


def test_quick_searches_spend_nothing_of_the_budget() -> None:
    budget = engine.RegexBudget(0.5)
    budget.spend(time.perf_counter())  # a search that took no time
    assert budget.left == 0.5
    budget.spend(time.perf_counter() - 0.1)  # one that took a tenth of a second
    assert 0.3 < budget.left < 0.4


def _letters(i: int) -> str:
    return "".join("abcdefghijklmnopqrstuvwxyz"[int(d)] for d in str(i))


def test_speakers_of_one_first_name_are_not_compared_with_each_other_as_mentions(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    folded = speakercheck.folded

    def counted(name: str) -> str:
        nonlocal calls
        calls += 1
        return folded(name)

    def work(n: int) -> int:
        nonlocal calls
        calls = 0
        found = {f"{i}.txt": Source.build(f"{i}.txt", f"“We will win the cup this year,” said John B{_letters(i)}son, the coach.\n")
                 for i in range(n)}
        quotecheck.check(found, {name: quotations(s) for name, s in found.items()}, {name: [] for name in found})
        return calls

    monkeypatch.setattr(speakercheck, "folded", counted)
    assert _growth(work, 100) < 6


def _conflict_tests(monkeypatch: pytest.MonkeyPatch, copies: int) -> int:
    """How many times the conflict test of two figures runs for a story of `copies` sources, half
    copying a wire sentence and half rewording it, a third of each giving another figure."""
    from checker.align import check, compare

    calls = 0
    test = compare.Pairs.__call__

    def counted(self: Any, x: int, y: int) -> bool:
        nonlocal calls
        calls += 1
        return test(self, x, y)

    monkeypatch.setattr(compare.Pairs, "__call__", counted)
    wire = "The agency said {} homes were left without power after the storm on Tuesday."
    reworded = "Some {} homes lost power when the storm struck on Tuesday, the agency said."
    claims = {f"s{i:04}.txt": extract(Source.build(f"s{i:04}.txt", (wire if i % 2 else reworded).format("3,900" if i % 3 == 0 else "3,400")))
              for i in range(copies)}
    assert check(claims)  # the minority figure is flagged
    return calls


def test_syndicated_copies_are_compared_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = _conflict_tests(monkeypatch, 60), _conflict_tests(monkeypatch, 240)
    assert large <= 5 * small  # four times the sources: about four times the tests, never sixteen
