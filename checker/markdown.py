"""Blank Markdown syntax out of an article, keeping every offset where it was.

markdown-it-py finds the block structure (code, HTML, headings, list items, quotes); the inline
syntax inside prose lines (emphasis, links, code spans, tags) is blanked by pattern. The result has
the length of the input, so a claim found in it points into the original file.
"""

from __future__ import annotations

import regex
from markdown_it import MarkdownIt

_PARSER = MarkdownIt("commonmark").enable("table")
_BLANK_BLOCKS = {"fence", "code_block", "html_block"}
_LINE_MARKERS = {
    "heading_open": regex.compile(r"^[ \t]{0,3}#{1,6}(?=[ \t]|$)"),
    "list_item_open": regex.compile(r"^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)"),
    "blockquote_open": regex.compile(r"^[ \t]*(?:>[ \t]?)+"),
}
_CLOSING_HASHES = regex.compile(r"[ \t]#+[ \t]*(?=\r?\n?\Z)")
_INLINE = [
    regex.compile(r"`+[^`\n]*`+"),  # code spans: all of it
    regex.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"),  # images: all of it
    regex.compile(r"<(?:https?|mailto|ftp):[^>\s]*>"),  # autolinks
    regex.compile(r"</?[A-Za-z][^<>\n]*>"),  # inline HTML tags
    regex.compile(r"\]\([^)\n]*\)|\]\[[^\]\n]*\]|\[(?=[^\[\]\n]*\][(\[])"),  # link syntax
    regex.compile(r"(?<!\w)https?://\S+"),  # bare addresses
    regex.compile(r"\*{1,3}(?=\S)|(?<=\S)\*{1,3}|(?<!\w)_{1,3}(?=\S)|(?<=\S)_{1,3}(?!\w)|~~"),
    regex.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$", regex.M),  # link reference definitions
]


def prose(text: str, line_starts: tuple[int, ...], skip_to: int = 0) -> str:
    """Return `text` with Markdown syntax and everything before `skip_to` blanked to spaces."""
    chars = list(text)

    def wipe(a: int, b: int) -> None:
        for i in range(a, b):
            if chars[i] not in "\r\n":
                chars[i] = " "

    def line_span(n: int) -> tuple[int, int]:
        a = line_starts[n] if n < len(line_starts) else len(text)
        b = line_starts[n + 1] if n + 1 < len(line_starts) else len(text)
        return a, b

    wipe(0, skip_to)
    first_line = sum(1 for s in line_starts if s <= skip_to) - 1 if skip_to else 0
    body = text[line_starts[first_line] :] if skip_to else text
    for token in _PARSER.parse(body):
        if token.map is None:
            continue
        first, last = token.map[0] + first_line, token.map[1] + first_line
        if token.type in _BLANK_BLOCKS:
            wipe(line_span(first)[0], line_span(last - 1)[1])
        elif token.type in _LINE_MARKERS:
            lines = range(first, last) if token.type == "blockquote_open" else range(first, first + 1)
            for n in lines:
                a, b = line_span(n)
                line = "".join(chars[a:b])
                m = _LINE_MARKERS[token.type].match(line)
                if m:
                    wipe(a, a + m.end())
                closing = _CLOSING_HASHES.search(line) if token.type == "heading_open" else None
                if closing:
                    wipe(a + closing.start(), a + closing.end())
    masked = "".join(chars)
    for pattern in _INLINE:
        for m in pattern.finditer(masked):
            wipe(m.start(), m.end())
    return "".join(chars)
