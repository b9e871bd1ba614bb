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
    titled = [(q, t) for q in qs if q.speaker and q.speaker.how not in INHERITED and (t := people.title(q.speaker))]
    # a pronoun's title is its antecedent's, not a second statement of it
    for (outlier, title), (reference, its_title) in people.outliers(titled, lambda x, y: people.titles_agree(x[1], y[1])):
        name = outlier.speaker.name if outlier.speaker else key
        evidence = f"{outlier.source} calls {name} \"{title}\"; {reference.source} calls them \"{its_title}\""
        yield _speaker_finding(sources, "builtin.speaker-title", outlier, reference, evidence, f"{title}|{its_title}")


def _names(sources: Mapping[str, Source], a: list[Quote], b: list[Quote]) -> Iterator[Finding]:
    """Each source spelling a name the way fewer sources do, against one spelling it the other way."""
    spelled = [(q, "a") for q in a] + [(q, "b") for q in b]  # by the two spellings' identity keys
    flagged: set[str] = set()
    for (outlier, _), (reference, _) in people.outliers(spelled, lambda x, y: x[1] == y[1]):
        if outlier.source not in flagged and outlier.speaker and reference.speaker:
            flagged.add(outlier.source)
            name, its_name = outlier.speaker.name, reference.speaker.name
            evidence = f"{outlier.source} names the speaker \"{name}\"; {reference.source} names them \"{its_name}\""
            yield _speaker_finding(sources, "builtin.speaker-name", outlier, reference, evidence, f"{name}|{its_name}")


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
