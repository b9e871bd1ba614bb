"""Reporters: each renders claims (and later findings) in one format; none computes them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from checker.model import Claim, Quote
from checker.report import claims_json, claims_table, findings_json, github, quotes, sarif, stories, terminal

ClaimReporter = Callable[[Iterable[Claim], TextIO], int]

CLAIM_FORMATS: dict[str, ClaimReporter] = {
    "table": claims_table.render,
    "json": claims_json.render_json,
    "jsonl": claims_json.render_jsonl,
}


QUOTE_FORMATS: dict[str, Callable[[Iterable[Quote], TextIO], int]] = {
    "table": quotes.render_table,
    "json": quotes.render_json,
    "jsonl": quotes.render_jsonl,
}


STORY_FORMATS = {
    "table": stories.render_table,
    "json": stories.render_json,
}


def claim_reporter(name: str) -> ClaimReporter:
    """The claims reporter registered under `name`."""
    return CLAIM_FORMATS[name]


FINDING_FORMATS = {
    "terminal": terminal.render,
    "json": findings_json.render,
    "sarif": sarif.render,
    "github": github.render,
}
