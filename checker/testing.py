"""`crosscheck test`: articles annotated with the findings they must and must not give.

An annotation is an HTML comment on its own line (invisible in Markdown), about the next line of
text: `<!-- ruleid: builtin.part-whole -->` says a finding of that rule must be reported on it,
`<!-- ok: builtin.part-whole -->` that none may be. Any other finding in the article is a failure
too, so a fixture that is told right proves the checks stay quiet. The articles of a sub-folder of a
folder named on the command line are one story, so cross-source and quotation checks are tested
across them; a finding is where it is reported (its first location), in whichever article that is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from checker import pipeline
from checker.config import Config
from checker.engine import UNBOUND
from checker.model import Finding
from checker.rules import Pack
from checker.sources import OnError, expand
from checker.errors import InputError

ANNOTATION = re.compile(r"^[ \t]*<!--[ \t]*(ruleid|ok)[ \t]*:[ \t]*([\w.,\t -]+?)[ \t]*-->[ \t]*$")
SUFFIXES = {".md", ".markdown", ".txt"}


@dataclass(frozen=True, slots=True)
class Expectation:
    """What an annotation asks of one line."""

    kind: str  # "ruleid" or "ok"
    rule: str
    line: int  # the line it is about (1-based)
    annotation: int  # the line it is written on


@dataclass(frozen=True, slots=True)
class Failure:
    """An expectation not met, or a finding nobody expected."""

    path: str
    line: int
    what: str


def expectations(text: str) -> list[Expectation]:
    """The annotations of an article, each tied to the next line that is not blank or an annotation."""
    lines = text.splitlines()
    out: list[Expectation] = []
    for number, line in enumerate(lines, start=1):
        m = ANNOTATION.match(line)
        if m is None:
            continue
        target = next((n for n in range(number + 1, len(lines) + 1)
                       if lines[n - 1].strip() and not ANNOTATION.match(lines[n - 1])), number)
        out += [Expectation(m[1], rule.strip(), target, number) for rule in m[2].split(",") if rule.strip()]
    return out


def units(paths: Iterable[str]) -> list[list[Path]]:
    """What is tested together: an article named, or lying directly in a folder named, is tested alone;
    the articles of each sub-folder of a named folder are one story, tested together."""
    out: dict[Path, list[Path]] = {}
    for raw in paths:
        top = Path(raw)
        for path in expand(top, SUFFIXES, InputError, "annotated articles"):
            key = path if path == top or path.parent == top else path.parent
            out.setdefault(key, []).append(path)
    return list(out.values())


def test_story(paths: list[Path], packs: list[Pack], config: Config, on_error: OnError) -> tuple[int, list[Failure]] | None:
    """Check annotated articles together, as one story; return how many expectations they have and what
    failed, or None when one cannot be read (each error told to `on_error`). A pack's quantity that no
    figure of the story matches (`crosscheck.unbound`) is about the rule file, not the articles: left out."""
    problems: list[InputError] = []
    _, findings = pipeline.check([str(p) for p in paths], packs, config, problems.append, one_story=True)
    for problem in problems:
        on_error(problem)
    if problems:
        return None
    findings = [f for f in findings if f.rule != UNBOUND]
    wanted = {str(p): expectations(p.read_bytes().decode("utf-8-sig")) for p in paths}  # read and decoded above
    reported = {(f.locations[0].path, f.rule, f.locations[0].line): f for f in findings}
    failures = []
    for path, expected in wanted.items():
        for e in expected:
            hit = reported.get((path, e.rule, e.line))
            if e.kind == "ruleid" and hit is None:
                failures.append(Failure(path, e.line, f"expected {e.rule} here (annotation on line {e.annotation}), got none"))
            if e.kind == "ok" and hit is not None:
                failures.append(Failure(path, e.line, f"{e.rule} reported here, annotated ok: {hit.evidence}"))
    annotated = {(path, e.rule, e.line) for path, expected in wanted.items() for e in expected}
    failures += [Failure(f.locations[0].path, f.locations[0].line, f"unexpected {f.rule}: {f.evidence}")
                 for f in findings if (f.locations[0].path, f.rule, f.locations[0].line) not in annotated]
    return sum(map(len, wanted.values())), sorted(failures, key=lambda f: (f.path, f.line))
