"""Suppressions in the copy: `crosscheck: ignore RULE -- reason`, in an HTML comment or as plain text.

A marker alone on its line (`<!-- crosscheck: ignore builtin.agree -- corrected on 3 May -->`) is
about the next line that is not blank or another marker; a marker after text on a line is about
that line. RULE is a rule id or a dotted prefix (`builtin`), several joined by commas. A finding
reported on such a line (its first location, where every format reports it) is suppressed: kept, with its reason, for SARIF, and
out of every other report and of the exit code. A marker without a reason suppresses nothing and
is reported itself; one that matches nothing can be reported too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from checker.ci.paths import source_key
from checker.findings import digest
from checker.model import Finding, Location, Severity, Source

UNUSED = "crosscheck.unused-suppression"
NO_REASON = "crosscheck.suppression-reason"
RULES = {
    UNUSED: (Severity.WARNING, "A suppression matches no finding"),
    NO_REASON: (Severity.ERROR, "A suppression gives no reason (`crosscheck: ignore RULE -- reason`)"),
}
MAX_MARKER = 500  # characters a marker (with its reason) may run to
_MARKER = re.compile(
    r"(?P<open><!--[ \t]*)?crosscheck:[ \t]*ignore[ \t]+(?P<rules>[\w.-]+(?:[ \t]*,[ \t]*[\w.-]+)*)"
    rf"(?P<tail>[^\r\n]{{0,{MAX_MARKER}}}?)[ \t]*(?(open)-->|(?=[\r\n]|$))")
_REASON = re.compile(r"[ \t]+--[ \t]*(?P<reason>.*)", re.S)  # the tail of a marker that gives its reason
_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Suppression:
    """One marker: where it is written, the line it is about, its rules and its reason."""

    at: Location
    line: int  # the line of the source it is about
    rules: tuple[str, ...]
    reason: str

    def covers(self, rule: str) -> bool:
        """Whether the marker names `rule` or a dotted prefix of it."""
        return any(rule == r or rule.startswith(r.rstrip(".") + ".") for r in self.rules)


def markers(source: Source) -> list[Suppression]:
    """Every suppression marker of an article, each tied to the line it is about."""
    text = source.text
    found: list[tuple[Suppression, bool]] = []
    start = text.find("crosscheck:")
    while start != -1:
        line, _ = source.position(start)
        line_start = source.line_starts[line - 1]
        end = _line_end(source, line)
        opened = text.rfind("<!--", max(line_start, start - 40), start)
        begin = opened if opened != -1 and not text[opened + 4 : start].strip(" \t") else start
        m = _MARKER.match(text, begin, min(end, start + 2 * MAX_MARKER))
        if m is not None:
            alone = not (text[line_start : m.start()] + text[m.end() : end]).strip()
            column = m.start() - line_start + 1
            at = Location(source.name, line, column, line, column + len(m[0]), m[0])
            rules = tuple(r.strip() for r in m["rules"].split(","))
            reason = _REASON.fullmatch(m["tail"])
            found.append((Suppression(at, line, rules, reason["reason"].strip() if reason else ""), alone))
        start = text.find("crosscheck:", max(start + 1, m.end() if m else 0))
    return _targets(source, found)


def _targets(source: Source, found: list[tuple[Suppression, bool]]) -> list[Suppression]:
    """Each marker alone on its line tied to the next line that is not blank or such a marker, found
    from the last marker back, so that a run of markers shares one search (linear in the text)."""
    alone_lines = {s.line for s, alone in found if alone}
    target: dict[int, int] = {}  # a lone marker's line -> the line it is about
    for s, alone in reversed(found):
        if alone and s.line not in target:
            n = s.line + 1
            while n <= len(source.line_starts) and n not in target:
                start = source.line_starts[n - 1]
                if n not in alone_lines and source.text[start : _line_end(source, n)].strip():
                    break
                n += 1
            target[s.line] = target[n] if n in target else n if n <= len(source.line_starts) else s.line
    return [replace(s, line=target[s.line]) if alone else s for s, alone in found]


def _line_end(source: Source, line: int) -> int:
    """The offset where line `line` ends, before its break."""
    if line < len(source.line_starts):
        m = _BREAK.search(source.text, source.line_starts[line] - 2, source.line_starts[line])
        return m.start() if m else source.line_starts[line]
    return len(source.text)


def apply(findings: Iterable[Finding], sources: dict[str, Source], report_unused: bool) -> list[Finding]:
    """The findings with those on suppressed lines marked, and the markers' own findings:
    each marker without a reason, and (with `report_unused`) each that matched nothing."""
    by_line: dict[tuple[str, int], list[Suppression]] = {}
    all_markers = [s for source in sources.values() for s in markers(source)]
    for s in all_markers:
        if s.reason:
            by_line.setdefault((s.at.path, s.line), []).append(s)
    used: set[Suppression] = set()
    out = []
    for f in findings:
        first = f.locations[0] if f.locations else None
        hit = next((s for s in by_line.get((first.path, first.line), ()) if s.covers(f.rule)), None) if first else None
        if hit is not None:
            used.add(hit)
            f = replace(f, suppressed=hit.reason)
        out.append(f)
    out += _own(all_markers, used, report_unused)
    return out


def _own(all_markers: list[Suppression], used: set[Suppression], report_unused: bool) -> Iterator[Finding]:
    """The findings about the markers themselves."""
    for s in all_markers:
        if not s.reason:
            yield _finding(NO_REASON, s, f"`{s.at.text.strip()}` names {', '.join(s.rules)} but gives no reason after ` -- `")
        elif report_unused and s not in used:
            yield _finding(UNUSED, s, f"nothing of {', '.join(s.rules)} is reported on line {s.line}; the marker can go")


def _finding(rule: str, s: Suppression, evidence: str) -> Finding:
    severity, message = RULES[rule]
    return Finding(rule, severity, message, (s.at,), evidence,
                   digest(rule, [source_key(s.at.path), ",".join(s.rules), s.reason]))
