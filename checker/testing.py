"""`crosscheck test`: articles annotated with the findings they must and must not give.

An annotation is an HTML comment on its own line (invisible in Markdown), about the next line of
text: `<!-- ruleid: builtin.part-whole -->` says a finding of that rule must be reported on it,
`<!-- ok: builtin.part-whole -->` that none may be. Any other finding in the article is a failure
too, so a fixture that is told right proves the checks stay quiet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from checker import pipeline
from checker.config import Config
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


def test_file(path: Path, packs: list[Pack], config: Config, on_error: OnError) -> tuple[int, list[Failure]] | None:
    """Check one annotated article; return how many expectations it has and what failed, or None
    when it cannot be read (each error told to `on_error`)."""
    problems: list[InputError] = []
    _, findings = pipeline.check([str(path)], packs, config, problems.append)
    for problem in problems:
        on_error(problem)
    if problems:
        return None
    wanted = expectations(path.read_bytes().decode("utf-8-sig"))  # read and decoded by the check above
    reported = {(f.rule, f.locations[0].line): f for f in findings}
    failures = []
    for e in wanted:
        hit = (e.rule, e.line) in reported
        if e.kind == "ruleid" and not hit:
            failures.append(Failure(str(path), e.line, f"expected {e.rule} here (annotation on line {e.annotation}), got none"))
        if e.kind == "ok" and hit:
            failures.append(Failure(str(path), e.line, f"{e.rule} reported here, annotated ok: {reported[(e.rule, e.line)].evidence}"))
    expected = {(e.rule, e.line) for e in wanted if e.kind == "ruleid"}
    failures += [Failure(str(path), f.locations[0].line, f"unexpected {f.rule}: {f.evidence}")
                 for f in findings if (f.rule, f.locations[0].line) not in expected and not _excused(f, wanted)]
    return len(wanted), sorted(failures, key=lambda f: f.line)


def _excused(finding: Finding, wanted: list[Expectation]) -> bool:
    return any(e.kind == "ok" and e.rule == finding.rule and e.line == finding.locations[0].line for e in wanted)


def files(paths: Iterable[str]) -> list[Path]:
    """The annotated articles under `paths`."""
    return [p for raw in paths for p in expand(Path(raw), SUFFIXES, InputError, "annotated articles")]
