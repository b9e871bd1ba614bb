"""Speakers across sources: one person's name spelled one way, and their title given one way.

Speakers are grouped by who they are (`checker.people.identity`); names spelled alike but not
the same are compared only within blocks of the same initials. Where sources disagree, the
spelling or title fewer sources give is the one flagged, once per source.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping

from checker import people
from checker.engine import Aliases
from checker.extract.speakers import organisation_like
from checker.findings import digest, quote_location
from checker.model import Finding, Location, Quote, Severity, Source

RULES: dict[str, tuple[Severity, str]] = {
    "builtin.speaker-name": (Severity.WARNING, "The same speaker's name is spelled differently"),
    "builtin.speaker-title": (Severity.WARNING, "The same speaker is given different titles"),
}
INHERITED = {"pronoun", "the same speaker", "named"}  # speakers resolved from an earlier mention


def check(sources: Mapping[str, Source], quotes: Mapping[str, list[Quote]], aliases: Aliases) -> list[Finding]:
    """One person named differently, or given different titles, in different sources."""
    people_seen: dict[str, list[Quote]] = defaultdict(list)
    for found in quotes.values():
        for q in found:
            s = q.speaker
            if s is not None and s.name and not organisation_like(s.name):
                people_seen[people.identity(s, aliases) or ""].append(q)
    findings = [f for key, qs in people_seen.items() for f in _titles(sources, key, qs)]
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)  # by the initials of first name and surname
    for key in people_seen:
        words = key.split()
        blocks[(words[0][:1], words[-1][:1])].append(key)
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if people.spelled_alike(a, b):
                    findings.extend(_names(sources, people_seen[a], people_seen[b]))
    return findings


def _titles(sources: Mapping[str, Source], key: str, qs: list[Quote]) -> Iterator[Finding]:
    """A person's title in each source against the title most sources give them."""
    groups: list[list[tuple[Quote, str]]] = []
    for q in qs:
        t = people.title(q.speaker) if q.speaker and q.speaker.how not in INHERITED else None
        if t is None:  # a pronoun's title is its antecedent's, not a second statement of it
            continue
        home = next((g for g in groups if people.titles_agree(g[0][1], t)), None)
        if home is None:
            groups.append([(q, t)])
        else:
            home.append((q, t))
    groups.sort(key=lambda g: -len({q.source for q, _ in g}))
    for group in groups[1:]:
        for outlier, title in group:
            reference = next(((q, t) for q, t in groups[0] if q.source != outlier.source), None)
            if reference is not None:
                name = outlier.speaker.name if outlier.speaker else key
                evidence = f"{outlier.source} calls {name} \"{title}\"; {reference[0].source} calls them \"{reference[1]}\""
                yield _speaker_finding(sources, "builtin.speaker-title", outlier, reference[0], evidence, f"{title}|{reference[1]}")


def _names(sources: Mapping[str, Source], a: list[Quote], b: list[Quote]) -> Iterator[Finding]:
    """Each source spelling a name the way fewer sources do, against one spelling it the other way."""
    if len({q.source for q in b}) > len({q.source for q in a}):
        a, b = b, a
    flagged: set[str] = set()
    for outlier in b:
        reference = next((q for q in a if q.source != outlier.source), None)
        if reference is None or outlier.source in flagged or not (outlier.speaker and reference.speaker):
            continue
        flagged.add(outlier.source)
        evidence = (f"{outlier.source} names the speaker \"{outlier.speaker.name}\"; "
                    f"{reference.source} names them \"{reference.speaker.name}\"")
        yield _speaker_finding(sources, "builtin.speaker-name", outlier, reference, evidence,
                               f"{outlier.speaker.name}|{reference.speaker.name}")


def _speaker_finding(sources: Mapping[str, Source], rule: str, qa: Quote, qb: Quote, evidence: str, extra: str) -> Finding:
    severity, message = RULES[rule]
    locations = tuple(_speaker_location(sources, q) for q in (qa, qb))
    fingerprint = digest(rule, (qa.source, qb.source), extra)
    return Finding(rule, severity, message, locations, evidence, fingerprint)


def _speaker_location(sources: Mapping[str, Source], q: Quote) -> Location:
    """Where the speaker is named, as stated beside the quote."""
    s = q.speaker
    assert s is not None
    if s.how == "pronoun":
        return quote_location(q)
    source = sources[q.source]
    line, column = source.position(s.start)
    end_line, end_column = source.position(s.end)
    return Location(q.source, line, column, end_line, end_column, source.text[s.start : s.end])
