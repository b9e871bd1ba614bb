"""The command line, in-process: exact output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.exitcodes import ExitCode

runner = CliRunner()
ARTICLE = "Data show Instagram accounted for 33 percent of 1,317 cases.\n"


def _article(tmp_path: Path, text: str = ARTICLE, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_claims_json_exact(tmp_path: Path) -> None:
    path = _article(tmp_path)
    result = runner.invoke(app, ["claims", "--format", "json", str(path)])
    assert result.exit_code == ExitCode.OK
    data = json.loads(result.stdout)
    assert data["version"] == 1
    first = data["claims"][0]
    assert first == {
        "source": str(path), "kind": "percent", "text": "33 percent", "start": 34, "end": 44,
        "line": 1, "column": 35, "value": 33, "low": 32.5, "high": 33.5, "low_closed": True,
        "high_closed": False, "exact": {"value": "33", "low": "65/2", "high": "67/2"},
        "unit": "percent", "qualifier": "exact", "subject": "cases", "entities": ["Instagram"], "about": ["Instagram"],
        "period": None, "place": None, "sentence": ARTICLE.strip(), "details": {},
        "meaning": {"dimension": "share", "event": None, "verb": None, "counts": "cases", "group": [], "about": ["instagram"],
                    "names": ["instagram"], "place": None, "scope": None, "period": None,
                    "near": ["account", "instagram", "show", "data", "case"], "origin": None, "agent": None, "clock": None, "stage": None},
        "relations": [{"kind": "share-of-whole", "words": "33 percent of 1,317", "details": {},
                       "figures": [{"role": "share", "kind": "percent", "text": "33 percent", "start": 34, "end": 44},
                                   {"role": "whole", "kind": "count", "text": "1,317", "start": 48, "end": 53}]}],
    }
    assert [c["text"] for c in data["claims"]] == ["33 percent", "1,317"]


def test_claims_jsonl_one_per_line(tmp_path: Path) -> None:
    path = _article(tmp_path)
    result = runner.invoke(app, ["claims", "-f", "jsonl", str(path)])
    lines = result.stdout.splitlines()
    assert result.exit_code == 0 and len(lines) == 2
    assert [json.loads(line)["text"] for line in lines] == ["33 percent", "1,317"]


def test_claims_table(tmp_path: Path) -> None:
    path = _article(tmp_path, "It was 5%.\n")
    result = runner.invoke(app, ["claims", str(path)])
    assert result.exit_code == 0
    title, *table, summary = result.stdout.splitlines()
    assert title.strip() == str(path)
    assert table == [
        "┏━━━━━━━━━━┳━━━━━━━━━┳━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━┓",
        "┃ line:col ┃ kind    ┃ text ┃ value (allows)       ┃ subject ┃",
        "┡━━━━━━━━━━╇━━━━━━━━━╇━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━┩",
        "│ 1:8      │ percent │ 5%   │ 5 percent [4.5, 5.5) │         │",
        "└──────────┴─────────┴──────┴──────────────────────┴─────────┘",
    ]
    assert summary == "1 claim"


def test_stdin(tmp_path: Path) -> None:
    result = runner.invoke(app, ["claims", "-f", "jsonl", "-"], input="More than 5,100 reports.")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert (record["source"], record["text"], record["low"], record["high"]) == ("<stdin>", "More than 5,100", 5100, 5200)


def test_missing_path_is_exit_2_and_others_still_processed(tmp_path: Path) -> None:
    path = _article(tmp_path)
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["claims", "-f", "jsonl", str(missing), str(path)])
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert result.stderr == f"crosscheck: error: {missing}: no such file or directory\n"
    assert len(result.stdout.splitlines()) == 2


def test_unknown_format_is_exit_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["claims", "-f", "xml", str(_article(tmp_path))])
    assert result.exit_code == 2
    assert result.stderr == "crosscheck: error: --format: unknown format 'xml' (expected one of: table, json, jsonl)\n"


def test_output_file_not_written_on_input_error(tmp_path: Path) -> None:
    out = tmp_path / "claims.json"
    result = runner.invoke(app, ["claims", "-f", "json", "-o", str(out), str(tmp_path / "nope.txt"), str(_article(tmp_path))])
    assert result.exit_code == 2
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_output_file_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "claims.json"
    result = runner.invoke(app, ["claims", "-f", "json", "-o", str(out), str(_article(tmp_path))])
    assert result.exit_code == 0 and result.stdout == ""
    assert len(json.loads(out.read_text(encoding="utf-8"))["claims"]) == 2


def test_input_files_are_not_modified(tmp_path: Path) -> None:
    path = _article(tmp_path, "\ufeffIt rose 5%.\r\n")
    before = path.read_bytes()
    runner.invoke(app, ["claims", str(path)])
    assert path.read_bytes() == before


def test_malformed_jsonl_names_file_and_line(tmp_path: Path) -> None:
    corpus = _article(tmp_path, '{"id": 1, "text": "It rose 5%."}\n{"id": 2, "text": \n', "c.jsonl")
    result = runner.invoke(app, ["claims", "-f", "jsonl", str(corpus)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"crosscheck: error: {corpus}:2: malformed JSON (")
    assert len(result.stderr.splitlines()) == 1
    assert json.loads(result.stdout)["source"] == f"{corpus}#1"


def test_large_single_line_file_is_refused_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * (50 * 1024 * 1024 + 1))
    result = runner.invoke(app, ["claims", str(path)])
    assert result.exit_code == 2
    assert result.stderr == f"crosscheck: error: {path}: article is 50.0 MB, over the 20 MB limit (--max-article-mb)\n"


def test_version_and_help() -> None:
    assert runner.invoke(app, ["--version"]).stdout.startswith("crosscheck ")
    result = runner.invoke(app, ["claims", "--help"])
    assert result.exit_code == 0 and "List every figure" in result.stdout


QUOTED = "Jane Smith, the council leader, said: “We will act, and soon.”\n"


def test_quotes_table(tmp_path: Path) -> None:
    path = _article(tmp_path, QUOTED)
    result = runner.invoke(app, ["quotes", str(path)])
    assert result.exit_code == ExitCode.OK
    title, *table, summary = result.stdout.splitlines()
    assert title.strip() == str(path)
    assert [line.rstrip() for line in table] == [
        "┏━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓",
        "┃ line:col ┃ quoted words           ┃ speaker                                                     ┃",
        "┡━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┩",
        "│ 1:39     │ We will act, and soon. │ Jane Smith, the council leader (Jane Smith, council leader) │",
        "└──────────┴────────────────────────┴─────────────────────────────────────────────────────────────┘",
    ]
    assert summary == "1 quotation"


def test_quotes_json_exact(tmp_path: Path) -> None:
    path = _article(tmp_path, QUOTED)
    result = runner.invoke(app, ["quotes", "--format", "json", str(path)])
    assert result.exit_code == ExitCode.OK
    assert json.loads(result.stdout) == {"version": 1, "quotes": [{
        "source": str(path), "text": "“We will act, and soon.”", "start": 38, "end": 62, "line": 1, "column": 39,
        "end_line": 1, "end_column": 63, "words": "We will act, and soon.", "parts": [[39, 61]], "partial": False,
        "closed": True, "speaker": {"text": "Jane Smith, the council leader", "name": "Jane Smith", "title": "council leader",
                                    "organisation": None, "how": "X said", "start": 0, "end": 30, "via": []},
    }]}


def test_quotes_jsonl_and_bad_input(tmp_path: Path) -> None:
    path = _article(tmp_path, QUOTED)
    out = tmp_path / "quotes.jsonl"
    result = runner.invoke(app, ["quotes", "-f", "jsonl", "-o", str(out), str(path), str(tmp_path / "missing.txt")])
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert result.stderr.count("\n") == 1 and "missing.txt" in result.stderr
    assert not out.exists()
    result = runner.invoke(app, ["quotes", "-f", "jsonl", str(path)])
    assert [json.loads(line)["words"] for line in result.stdout.splitlines()] == ["We will act, and soon."]
    assert runner.invoke(app, ["quotes", "-f", "sarif", str(path)]).exit_code == ExitCode.INPUT_ERROR


def test_check_reports_a_misquote(tmp_path: Path) -> None:
    a = _article(tmp_path, QUOTED, "a.txt")
    b = _article(tmp_path, QUOTED.replace("and soon", "and very soon"), "b.txt")
    result = runner.invoke(app, ["check", "--no-config", "-f", "github", str(a), str(b)])
    assert result.exit_code == ExitCode.OK  # a warning: below the default fail level
    evidence = f"{a}:1:39 and {b}:1:39 differ inside the quotation marks: … will act and {{+very+}} soon\n"
    assert result.stdout == "".join(
        f"::warning file={path},line=1,col=39,endLine=1,endColumn={end},title=builtin.quote-wording::"
        f"The same quotation is worded differently in two sources (story smith) [{n} of 2] — {evidence}"
        for n, (path, end) in enumerate([(b, 68), (a, 63)], start=1))
    result = runner.invoke(app, ["check", "--no-config", "--fail-on", "warning", str(a), str(b)])
    assert result.exit_code == ExitCode.FINDINGS


COMMANDS = [["check"], ["claims"], ["quotes"], ["stories"], ["test"], ["rules", "list"], ["rules", "validate"], ["rules", "explain"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_shows_choices_and_kinds_of_value_not_python_types(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "<" not in result.stdout.replace("<!--", ""), result.stdout  # no <bool>, <str>, <path>, <list[str]>


def test_help_lists_the_formats_and_what_no_builtin_turns_off() -> None:
    text = " ".join(runner.invoke(app, ["check", "--help"], env={"COLUMNS": "200"}).stdout.split())
    assert "--format [terminal|json|sarif|github]" in text and "--fail-on [error|warning|info|never]" in text
    assert "--no-builtin Run the built-in checks: inside each article, across sources and on quotations (default: on)." in text
    assert "--baseline FILE" in text and "--config FILE" in text and "--statistics" in text


def test_statistics_count_findings_per_rule_on_standard_error(tmp_path: Path) -> None:
    a = _article(tmp_path, QUOTED, "a.txt")
    b = _article(tmp_path, QUOTED.replace("and soon", "and very soon"), "b.txt")
    result = runner.invoke(app, ["check", "--no-config", "-f", "json", "--statistics", str(a), str(b)])
    assert result.stderr == "    1  builtin.quote-wording  warning\n"
    assert json.loads(result.stdout)["findings"][0]["rule"] == "builtin.quote-wording"  # the report is unchanged
