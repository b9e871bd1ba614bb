"""Speakers across sources: one person's name spelled one way, and their title given one way.

Speakers are grouped by who they are (`checker.people.identity`); names spelled alike but not
the same are compared only within blocks of the same initials that differ in one word (through
an index of each name with one word left out), each with its nearest few in spelling order. Where sources disagree, the
spelling or title fewer sources give is the one flagged, once per source.

A speaker's name is also looked for where another source only mentions the person ("Richard
Allen posted his response"): a full name with the speaker's first name and a surname spelled
alike, in a source that never spells it the speaker's way. A surname further apart ("Levenday",
"Lendvay") is one person only when the mention stands beside the speaker's organisation or title.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from checker import people
from checker.ci.paths import source_key
from checker.engine import Aliases
from checker.extract.lexicon import unaccented
from checker.extract.speakers import PORTFOLIO, TITLE_HEADS, organisation_like
from checker.findings import digest, quote_location
from checker.model import Finding, Location, Quote, Severity, Source

RULES: dict[str, tuple[Severity, str]] = {
    "builtin.speaker-name": (Severity.WARNING, "The same speaker's name is spelled differently"),
    "builtin.speaker-title": (Severity.WARNING, "The same speaker is given different titles"),
}
INHERITED = {"pronoun", "the same speaker", "named"}  # speakers resolved from an earlier mention
_SURNAME = r"[ \t]*\r?\n?[ \t]*(\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{Lu}[\p{L}\p{M}]*)*)(?![\p{L}\p{M}])"
_SURNAME_AT = regex.compile(_SURNAME)
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{L}\p{M}]*(?:[-'’][\p{L}\p{M}]+)*(?![\p{L}\p{M}])")
_NEXT_WORD = regex.compile(r"[ \t]+([\p{L}-]+)")
_TITLE_WORDS = frozenset(TITLE_HEADS | PORTFOLIO)  # a capitalised pair before one of these is no name
BESIDE = 60  # characters either side of a mention where the speaker's organisation or title may stand
LOOSE_EDITS = 3  # edits in a surname that the organisation or title beside it may vouch for
LOOSE_SIMILARITY = 75  # rapidfuzz ratio of two such surnames, at least
NEIGHBOURS = 16  # names, in spelling order (and reversed), each name is compared with among those differing in one word


def check(sources: Mapping[str, Source], quotes: Mapping[str, list[Quote]], aliases: Aliases) -> list[Finding]:
    """One person named differently, or given different titles, in different sources."""
    people_seen: dict[str, list[Quote]] = defaultdict(list)
    for found in quotes.values():
        for q in found:
            s = q.speaker
            if s is not None and s.name and not organisation_like(s.name):
                people_seen[people.identity(s, aliases) or ""].append(q)
    findings = [f for key, qs in people_seen.items() for f in _titles(sources, key, qs)]
    keys = list(people_seen)
    flagged: set[tuple[str, int, int]] = set()  # where a speaker was flagged already: one finding there is enough
    done: set[str] = set()  # the names whose speakers are all flagged
    for i, j in _candidates(keys):
        a, b = keys[i], keys[j]
        if _all_flagged(a, people_seen[a], flagged, done) and _all_flagged(b, people_seen[b], flagged, done):
            continue  # every speaker either name may flag is flagged
        if folded(a) != folded(b) and (people.spelled_alike(a, b) or _loosely_one(a, b, people_seen[a], people_seen[b])):
            findings.extend(_names(sources, people_seen[a], people_seen[b], flagged))
    return findings + list(_mentioned(sources, people_seen, aliases))


def _all_flagged(key: str, qs: list[Quote], flagged: set[tuple[str, int, int]], done: set[str]) -> bool:
    """Whether every speaker of the name `key` is flagged already (once so, `key` joins `done`)."""
    if key not in done and all(_speaker_place(q) in flagged for q in qs):
        done.add(key)
    return key in done


def _candidates(keys: list[str]) -> list[tuple[int, int]]:
    """Pairs of names (as indexes, in order) with the same initials that differ in one word: through an index of
    each name with one word left out, and in a crowded entry only each name's neighbours in spelling order."""
    masked: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        words = key.split()
        for j in range(len(words)):
            masked[(str(j), words[0][:1], words[-1][:1], *words[:j], *words[j + 1 :])].append(i)
    pairs: set[tuple[int, int]] = set()
    for entry, found in masked.items():
        if len(found) < 2:
            continue  # a name alone in its entry: no pair
        j = int(entry[0])
        word = {i: keys[i].split()[j] for i in found}  # the word the entry's names differ in, split once
        for spelling in (word.__getitem__, lambda i: word[i][::-1]):
            ranked = sorted(found, key=spelling)
            pairs.update((a, b) if a < b else (b, a) for n, a in enumerate(ranked) for b in ranked[n + 1 : n + 1 + NEIGHBOURS])
    return sorted(pairs)


@dataclass(frozen=True, slots=True)
class Mention:
    """A full name as it stands in a source."""

    source: str
    key: str
    start: int
    end: int


def _mentioned(sources: Mapping[str, Source], seen: Mapping[str, list[Quote]], aliases: Aliases) -> Iterator[Finding]:
    """Speakers whose name another source spells otherwise where it only mentions them."""
    mentions = _mentions(sources, {key.split()[0] for key in seen if len(key.split()) == 2}, aliases)
    by_first: dict[str, list[str]] = defaultdict(list)  # the names only mentioned, never a speaker's (compared above)
    for key in mentions:
        if key not in seen:
            by_first[key.split()[0]].append(key)
    for key, qs in seen.items():
        spelt = mentions.get(key, {})
        if len(key.split()) != 2 or not spelt:
            continue
        named = set(spelt) | {q.source for q in qs}
        for variant in by_first[key.split()[0]]:
            if folded(variant) != folded(key):
                alike = [m for m in mentions[variant].values() if m.source not in named and _alike(sources, key, qs, m)]
                yield from _misspelled(sources, spelt, alike)


def _mentions(sources: Mapping[str, Source], firsts: set[str], aliases: Aliases) -> dict[str, dict[str, Mention]]:
    """Each full name with a speaker's first name, by its key: its first mention in each source."""
    found: dict[str, dict[str, Mention]] = defaultdict(dict)
    if not firsts:
        return found
    firsts = {f.casefold() for f in firsts}
    for name, source in sources.items():
        body = source.body
        for word in _CAPITALISED.finditer(body):  # one pass of every text, whatever the first names
            if word[0].casefold() in firsts:
                surname = _SURNAME_AT.match(body, word.end(), word.end() + 80)
                if surname is not None:
                    key = aliases.key(f"{word[0]} {surname[1]}".replace("’", "'"))
                    found[key].setdefault(name, Mention(name, key, word.start(), surname.end()))
    return found


@lru_cache(maxsize=65536)
def folded(name: str) -> str:
    """A name without its accents: 'pedro sánchez' and 'pedro sanchez' are one spelling, told two ways."""
    return unaccented(name)


def _alike(sources: Mapping[str, Source], key: str, qs: list[Quote], m: Mention) -> bool:
    """One name misspelled, or a surname further apart beside the speaker's organisation or title."""
    text = sources[m.source].body
    after = _NEXT_WORD.match(text, m.end, m.end + 60)
    if after is not None and after[1].lower() in _TITLE_WORDS:
        return False  # words before a title, not a name: "Liberal Democrat home affairs spokesman"
    if people.spelled_alike(key, m.key):
        return True
    if not _near_surnames(key.split()[-1], m.key.split()[-1]):
        return False
    near = text[max(0, m.start - BESIDE) : m.end + BESIDE].lower().replace("’", "'")
    return any(regex.search(rf"(?<!\w){regex.escape(x)}(?!\w)", near) for x in _roles(qs))


def _loosely_one(a: str, b: str, qa: list[Quote], qb: list[Quote]) -> bool:
    """Two speakers whose surnames are further apart, in different sources, with one role or the same words."""
    if not near_names(a, b) or {q.source for q in qa} & {q.source for q in qb}:
        return False  # one source naming both has two people
    return bool(_roles(qa) & _roles(qb)) or bool({_words(q) for q in qa} & {_words(q) for q in qb})


def near_names(a: str, b: str) -> bool:
    """Two full names with one first name and surnames a few edits apart: 'ron levenday', 'ron lendvay'."""
    aw, bw = a.split(), b.split()
    return len(aw) == len(bw) == 2 and aw[0] == bw[0] and _near_surnames(aw[1], bw[1])


def _near_surnames(a: str, b: str) -> bool:
    """Surnames a few edits apart, with one initial: 'levenday', 'lendvay'."""
    return a[0] == b[0] and min(len(a), len(b)) >= 5 and Levenshtein.distance(a, b) <= LOOSE_EDITS and fuzz.ratio(a, b) >= LOOSE_SIMILARITY


def _roles(qs: list[Quote]) -> set[str]:
    """The organisations the speaker is said to speak for, or else their titles, as compared."""
    said = [q.speaker for q in qs if q.speaker is not None]
    return {s.organisation.lower().replace("’", "'") for s in said if s.organisation} or {s.title.lower() for s in said if s.title}


def _words(q: Quote) -> str:
    return " ".join(q.words.lower().split())


def _misspelled(sources: Mapping[str, Source], spelt: Mapping[str, Mention], alike: list[Mention]) -> Iterator[Finding]:
    """The spelling fewer sources give, at its first mention in each, against the other's first mention."""
    if not alike:
        return
    outliers, references = (alike, list(spelt.values())) if len(alike) <= len(spelt) else (list(spelt.values()), alike)
    reference = references[0]
    its_name = _said(sources, reference)
    for m in outliers:
        name = _said(sources, m)
        evidence = f"{m.source} names the speaker \"{name}\"; {reference.source} names them \"{its_name}\""
        severity, message = RULES["builtin.speaker-name"]
        locations = (_place(sources[m.source], m.start, m.end), _place(sources[reference.source], reference.start, reference.end))
        fingerprint = digest("builtin.speaker-name", (source_key(m.source), source_key(reference.source)), f"{name}|{its_name}")
        yield Finding("builtin.speaker-name", severity, message, locations, evidence, fingerprint)


def _said(sources: Mapping[str, Source], m: Mention) -> str:
    return " ".join(sources[m.source].text[m.start : m.end].split())


def _titles(sources: Mapping[str, Source], key: str, qs: list[Quote]) -> Iterator[Finding]:
    """A person's title in each source against the title most sources give them."""
    titled = [(q, t) for q in qs if q.speaker and q.speaker.how not in INHERITED and (t := people.title(q.speaker))]
    # a pronoun's title is its antecedent's, not a second statement of it
    for (outlier, title), (reference, its_title) in people.outliers(titled, lambda x, y: people.titles_agree(x[1], y[1])):
        name = outlier.speaker.name if outlier.speaker else key
        evidence = f"{outlier.source} calls {name} \"{title}\"; {reference.source} calls them \"{its_title}\""
        yield _speaker_finding(sources, "builtin.speaker-title", outlier, reference, evidence, f"{title}|{its_title}")


def _names(sources: Mapping[str, Source], a: list[Quote], b: list[Quote], flagged: set[tuple[str, int, int]]) -> Iterator[Finding]:
    """Each source spelling a name the way fewer sources do, against one spelling it the other way (`flagged`: the
    places of speakers flagged by earlier pairs, where a second finding would be one too many)."""
    spelled = [(q, "a") for q in a] + [(q, "b") for q in b]  # by the two spellings' identity keys
    sources_flagged: set[str] = set()
    for (outlier, _), (reference, _) in people.outliers(spelled, lambda x, y: x[1] == y[1]):
        if outlier.source not in sources_flagged and outlier.speaker and reference.speaker:
            sources_flagged.add(outlier.source)
            place = _speaker_place(outlier)
            if place in flagged:
                continue
            flagged.add(place)
            name, its_name = outlier.speaker.name, reference.speaker.name
            evidence = f"{outlier.source} names the speaker \"{name}\"; {reference.source} names them \"{its_name}\""
            yield _speaker_finding(sources, "builtin.speaker-name", outlier, reference, evidence, f"{name}|{its_name}")


def _speaker_finding(sources: Mapping[str, Source], rule: str, qa: Quote, qb: Quote, evidence: str, extra: str) -> Finding:
    severity, message = RULES[rule]
    locations = tuple(_speaker_location(sources, q) for q in (qa, qb))
    fingerprint = digest(rule, (source_key(qa.source), source_key(qb.source)), extra)
    return Finding(rule, severity, message, locations, evidence, fingerprint)


def _speaker_location(sources: Mapping[str, Source], q: Quote) -> Location:
    """Where the speaker is named, as stated beside the quote."""
    s = q.speaker
    assert s is not None
    if s.how == "pronoun":
        return quote_location(q)
    return _place(sources[q.source], s.start, s.end)


def _speaker_place(q: Quote) -> tuple[str, int, int]:
    """The source and offsets where the speaker is named beside the quote (the quote itself for a pronoun)."""
    s = q.speaker
    assert s is not None
    return (q.source, q.start, q.end) if s.how == "pronoun" else (q.source, s.start, s.end)


def _place(source: Source, start: int, end: int) -> Location:
    line, column = source.position(start)
    end_line, end_column = source.position(end)
    return Location(source.name, line, column, end_line, end_column, source.text[start:end])
