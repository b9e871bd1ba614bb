"""Reading articles: Markdown, front matter, CRLF, BOM, JSON Lines, directories."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checker.errors import InputError
from checker.extract import extract
from checker.sources import read_sources


def _read(*paths: str | Path) -> tuple[list, list[str]]:
    errors: list[str] = []
    sources = list(read_sources([str(p) for p in paths], lambda e: errors.append(str(e))))
    return sources, errors


def test_markdown_syntax_gives_no_claims_and_positions_hold(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Grooming 2019\noutlet: Example News\npublished: 2019-03-01\n---\n"
        "# Heading 2019 with 55 figures\n\n"
        "1. First item has **33 percent** of [7 links](http://x.com/88) and `42` code\n"
        "2. Second\n\n"
        "```\ncode 999\n```\n\n"
        "<div>html 77</div>\n\n"
        "Rose to 428 in September last year.\n"
    )
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    (source,), errors = _read(path)
    assert errors == []
    assert (source.title, source.outlet, source.published) == ("Grooming 2019", "Example News", date(2019, 3, 1))
    claims = extract(source)
    texts = [c.text for c in claims]
    assert "33 percent" in texts and "7" in texts and "428" in texts and "55" in texts
    for junk in ("88", "42", "999", "77", "1", "2019-03-01"):
        assert junk not in texts
    for c in claims:
        assert text[c.start : c.end] == c.text
    late = next(c for c in claims if c.text == "September last year")
    assert dict(late.details)["first"] == date(2018, 9, 1)
    assert (late.line, late.column) == (text[: late.start].count("\n") + 1, late.start - text.rfind("\n", 0, late.start))


def test_crlf_and_bom_do_not_shift_positions(tmp_path: Path) -> None:
    plain = "First line.\nThere were 1,944 incidents.\n"
    (tmp_path / "lf.txt").write_bytes(plain.encode())
    (tmp_path / "crlf.txt").write_bytes(b"\xef\xbb\xbf" + plain.replace("\n", "\r\n").encode())
    (lf, crlf), _ = _read(tmp_path / "crlf.txt", tmp_path / "lf.txt")[0][::-1], None
    a = next(c for c in extract(lf) if c.text == "1,944")
    b = next(c for c in extract(crlf) if c.text == "1,944")
    assert (a.line, a.column) == (b.line, b.column) == (2, 12)
    assert crlf.text[b.start : b.end] == "1,944"


def test_jsonl_articles_and_bad_lines(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "a1", "text": "It rose 5%.", "published": "2019-01-02"}\n'
        "{not json}\n"
        '{"id": "a2"}\n'
        "\n"
        '{"id": 3, "text": "Seven of the 9 councils."}\n',
        encoding="utf-8",
    )
    sources, errors = _read(corpus)
    assert [s.name for s in sources] == [f"{corpus}#a1", f"{corpus}#3"]
    assert sources[0].published == date(2019, 1, 2)
    assert errors == [
        f"{corpus}:2: malformed JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{corpus}:3: missing 'text' (a string)",
    ]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty article"),
        ("blank.txt", b"  \n\n", "empty article"),
        ("bin.txt", b"abc\x00def", "binary file, not text"),
        ("latin.txt", b"caf\xe9 5 pounds", "not UTF-8 text (byte 0xe9 at offset 3)"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text("It rose 5%.", encoding="utf-8")
    sources, errors = _read(path, good)
    assert [s.name for s in sources] == [str(good)]
    assert len(errors) == 1 and errors[0].endswith(message) and errors[0].startswith(str(path))


def test_missing_and_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.csv").write_text("1,2", encoding="utf-8")
    _, errors = _read(tmp_path / "nope.txt", tmp_path / "empty")
    assert errors == [
        f"{tmp_path / 'nope.txt'}: no such file or directory",
        f"{tmp_path / 'empty'}: directory holds no articles (.jsonl, .markdown, .md, .text, .txt)",
    ]


def test_directory_is_recursive_and_sorted(tmp_path: Path) -> None:
    for rel in ("b/z.md", "a.txt", "b/a.txt", "c.csv"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("It rose 5%.", encoding="utf-8")
    sources, _ = _read(tmp_path)
    assert [Path(s.name).relative_to(tmp_path).as_posix() for s in sources] == ["a.txt", "b/a.txt", "b/z.md"]


def test_oversized_article(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"1,000 " * 200_000)
    errors: list[str] = []
    assert list(read_sources([str(path)], lambda e: errors.append(str(e)), max_bytes=1_000_000)) == []
    assert errors == [f"{path}: article is 1.1 MB, over the 1 MB limit (--max-article-mb)"]


def test_unclosed_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: x\nNo end.\n", encoding="utf-8")
    _, errors = _read(path)
    assert errors == [f"{path}:1: front matter opened with '---' is never closed"]


def test_input_error_is_one_line() -> None:
    assert str(InputError("a.txt:3", "malformed")) == "a.txt:3: malformed"


@pytest.mark.parametrize("text, refused", [
    ("1 " * 100_000, False),  # as many numbers as an article may hold
    ("1 " * 100_001, True),
    ("1," * 100_001, True),  # grouped digits are runs too
    ("It rose 5%. " * 50_000, False),  # long, but a number a sentence
    ("1\u200d" * 100_001, True),  # digits parted by zero-width joiners
    ("one hundred and " * 20_000, False),  # numbers in words are read (linearly)
])
def test_an_article_of_more_numbers_than_news_holds_is_refused(tmp_path: Path, text: str, refused: bool) -> None:
    from checker import sources

    assert sources.MAX_NUMBERS == 100_000 and sources.too_many_numbers(text) is refused
    dense = tmp_path / "dense.txt"
    dense.write_text(text, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("It rose 5%.", encoding="utf-8")
    found, errors = _read(dense, good)
    assert [s.name for s in found] == ([str(good)] if refused else [str(dense), str(good)])
    assert errors == ([f"{dense}: more than 100,000 numbers: not read as news copy (a table or a data dump; split it into articles)"]
                      if refused else [])
