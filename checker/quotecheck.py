"""Quotations across sources: the same words must be worded, attributed and figured the same way.

Quotes are grouped by their exact words first (identical versions are never compared again), then
blocked on runs of three words: each version is compared only with the versions that share the
most runs with it, most widely carried first, so that the work grows with the number of versions,
not with the square of it. Two versions are one quotation when they share a run of words and most
of the shorter one (see `checker.wording`).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from checker import people, reported, speakercheck
from checker.extract import speakers as sp
from checker.arith import overlap
from checker.ci.paths import source_key
from checker.engine import Aliases
from checker.findings import digest, quote_location, stated
from checker.model import Claim, Finding, Location, Quote, Severity, Source, WHEN_KINDS
from checker.wording import Comparison, Gap, Wording, compare, diff, same_quote, wording

RULES: dict[str, tuple[Severity, str]] = {
    "builtin.quote-wording": (Severity.WARNING, "The same quotation is worded differently in two sources"),
    "builtin.quote-attribution": (Severity.ERROR, "The same words are given to different speakers"),
    "builtin.quote-figure": (Severity.ERROR, "A figure inside the same quotation differs between sources"),
    **speakercheck.RULES,
}
SHINGLE = 3  # words per blocking run
POSTINGS = 64  # versions kept per run: the most widely carried
CANDIDATES = 8  # versions each version is compared with
MIN_WORDS = 3  # shorter quotes ("vital", "top priority") are not compared
ATTRIBUTION_WORDS = 6  # a run of words in common before a different speaker is a misattribution
PLACES = 5  # sources shown for each version of a misquote


@dataclass
class Version:
    """One wording of a quotation and every quote that carries it."""

    words: Wording
    quotes: list[Quote] = field(default_factory=list)

    @property
    def first(self) -> Quote:
        """The quote shown for this version: the first in input order."""
        return self.quotes[0]


class Context:
    """The sources and claims a comparison needs to locate and figure its findings."""

    def __init__(self, sources: Mapping[str, Source], claims: Mapping[str, list[Claim]], aliases: Aliases) -> None:
        self.sources, self.claims, self.aliases = sources, claims, aliases
        self.claim_starts = {name: [c.start for c in cs] for name, cs in claims.items()}
        self._keyed: dict[int, list[tuple[Quote, str]]] = {}

    def keyed(self, version: Version) -> list[tuple[Quote, str]]:
        """The version's quotes with a stated speaker, each with its identity (once per version)."""
        if id(version) not in self._keyed:  # a pronoun's speaker is a guess, not a statement
            self._keyed[id(version)] = [(q, key) for q in version.quotes if q.speaker and q.speaker.how not in speakercheck.INHERITED
                                        and (key := people.identity(q.speaker, self.aliases)) is not None]
        return self._keyed[id(version)]

    def claims_in(self, quote: Quote, w: Wording, span: tuple[int, int]) -> list[Claim]:
        """The figures of the quote's source that overlap words span[0]..span[1]-1 of its wording."""
        span = (max(0, span[0]), min(len(w.words), span[1]))
        if span[1] <= span[0]:
            return []
        a, b = w.words[span[0]].start, w.words[span[1] - 1].end
        found = self.claims.get(quote.source, [])
        out = []
        for c in found[bisect.bisect_left(self.claim_starts.get(quote.source, []), a - 200):]:
            if c.start >= b:
                break
            if c.end > a and c.kind not in WHEN_KINDS:
                out.append(c)
        return out


def check(sources: Mapping[str, Source], quotes: Mapping[str, list[Quote]], claims: Mapping[str, list[Claim]],
          aliases: Aliases | None = None) -> list[Finding]:
    """Every quote finding across the sources."""
    ctx = Context(sources, claims, aliases or Aliases())
    versions = _versions(sources, quotes)
    findings: list[Finding] = []
    for v in versions:
        findings += _attribution(ctx, v, v, None)
    for a, b in _pairs(versions):
        c = compare(a.words, b.words)
        if same_quote(c, a.words, b.words):
            findings += _drift(ctx, a, b, c)
            findings += _attribution(ctx, a, b, c)
    findings += _reworded(ctx, versions)
    findings += speakercheck.check(sources, quotes, ctx.aliases)
    unique: dict[tuple[str, Location], Finding] = {}
    for f in findings:  # one finding per misquote, against the most widely carried version
        unique.setdefault((f.rule, f.locations[0]), f)
    return sorted(unique.values())


def _versions(sources: Mapping[str, Source], quotes: Mapping[str, list[Quote]]) -> list[Version]:
    by_key: dict[tuple[str, ...], Version] = {}
    for name, found in quotes.items():
        text = sources[name].body
        for q in found:
            w = wording(text, q)
            if len(w.words) < MIN_WORDS:
                continue
            by_key.setdefault(w.key, Version(w)).quotes.append(q)
    ranked = sorted(by_key.values(), key=lambda v: -len({q.source for q in v.quotes}))  # ties: in input order
    return ranked


def _pairs(versions: list[Version]) -> Iterator[tuple[Version, Version]]:
    """Pairs of versions worth comparing: sharing runs of words, each version against its best few."""
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    shingles = [_shingles(v.words.key) for v in versions]
    for i, runs in enumerate(shingles):
        for run in runs:
            if len(postings[run]) < POSTINGS:
                postings[run].append(i)
    seen: set[tuple[int, int]] = set()
    for i, runs in enumerate(shingles):
        shared: dict[int, int] = defaultdict(int)
        for run in runs:
            for j in postings[run]:
                if j != i:
                    shared[j] += 1
        for j in sorted(shared, key=lambda j: (-shared[j], j))[:CANDIDATES]:
            pair = (min(i, j), max(i, j))
            if pair not in seen and _across(versions[i], versions[j]):
                seen.add(pair)
                yield versions[pair[0]], versions[pair[1]]


def _shingles(key: tuple[str, ...]) -> set[tuple[str, ...]]:
    return {key[i : i + SHINGLE] for i in range(max(1, len(key) - SHINGLE + 1))}


def _across(a: Version, b: Version) -> bool:
    """Whether the two versions are carried by different sources (one source's own repeats are its business)."""
    return len({q.source for q in a.quotes} | {q.source for q in b.quotes}) > 1


def _drift(ctx: Context, a: Version, b: Version, c: Comparison) -> Iterator[Finding]:
    """Wording drift, and figures inside the quote that disagree, between two versions of one quotation."""
    qa, qb = _pick(a, b)
    words: list[Gap] = []
    for gap in c.drift:
        figures = _figures(ctx, qa, a.words, qb, b.words, gap)
        if figures is None:
            words.append(gap)
        elif figures:
            evidence = f"{stated(figures[0])}; {stated(figures[1])}: no value fits both"
            yield _finding(ctx, "builtin.quote-figure", [qb, qa], evidence, str(gap))
    one = _one_statement(c, a.words, b.words)  # the same words: one statement, whoever each source gives it to
    others = _by_source([q for q in b.quotes if q.source != qa.source and (one or _may_be_one(ctx, qa, q))])
    if words and others:
        shown = diff(ctx.sources[qa.source].body, a.words, ctx.sources[qb.source].body, b.words, words)
        evidence = f"{_where(qa)} and {_where(others[0])} differ inside the quotation marks: {shown}{_carried(a, b)}"
        carried = _by_source([qa, *(q for q in a.quotes if q.source not in {o.source for o in others})])
        yield _finding(ctx, "builtin.quote-wording", others + carried, evidence, shown)


def _may_be_one(ctx: Context, qa: Quote, qb: Quote) -> bool:
    """Whether two quotes may be one speaker's: the same speaker, or one of them unknown."""
    ka, kb = people.identity(qa.speaker, ctx.aliases), people.identity(qb.speaker, ctx.aliases)
    return ka is None or kb is None or _one_speaker(ctx, qa, qb, ka, kb)


def _reworded(ctx: Context, versions: list[Version]) -> Iterator[Finding]:
    """Fragments that put another source's quotation in the third person (see `checker.reported`)."""
    found = reported.find([v.words for v in versions], [any(q.partial for q in v.quotes) for v in versions],
                          [frozenset(q.source for q in v.quotes) for v in versions])
    for r in found:
        f, v = versions[r.fragment], versions[r.version]
        qf, qv = f.first, v.first
        if same_quote(compare(f.words, v.words), f.words, v.words):
            continue  # one quotation: its drift is shown as such
        if _may_be_one(ctx, qf, qv) or _shares_a_name(ctx, qf, qv):
            theirs, ours = _span_text(ctx, qv, v.words, r.stretch), _span_text(ctx, qf, f.words)
            shown = f"[-{theirs}-] {{+{ours}+}}"
            evidence = f"{_where(qf)} puts in quotation marks, in the third person, words {_where(qv)} gives in the speaker's own: {shown}"
            yield _finding(ctx, "builtin.quote-wording", [qf, qv], evidence, shown)


def _shares_a_name(ctx: Context, qa: Quote, qb: Quote) -> bool:
    """Whether two speakers' names share a word ('Mum-of-six Angelina', 'Angelina Jolie')."""
    ka, kb = people.identity(qa.speaker, ctx.aliases), people.identity(qb.speaker, ctx.aliases)
    return bool(ka and kb and {w for w in ka.split() if len(w) >= 4} & set(kb.split()))


def _span_text(ctx: Context, q: Quote, w: Wording, span: tuple[int, int] | None = None) -> str:
    a, b = span or (0, len(w.words))
    return " ".join(ctx.sources[q.source].body[w.words[a].start : w.words[b - 1].end].split())


def _by_source(quotes: list[Quote]) -> list[Quote]:
    """The first quote of each source, at most PLACES of them: where a version is shown."""
    firsts: dict[str, Quote] = {}
    for q in quotes:
        firsts.setdefault(q.source, q)
    return list(firsts.values())[:PLACES]


def _one_statement(c: Comparison, a: Wording, b: Wording) -> bool:
    """Whether two versions share so many words in a row that they are one statement (a run of six, four in five)."""
    shorter = min(len(a.words), len(b.words))
    return c.longest >= ATTRIBUTION_WORDS and c.matched * 5 >= shorter * 4


def _pick(a: Version, b: Version) -> tuple[Quote, Quote]:
    """The two quotes to show: from different sources, `a`'s first and `b`'s first that is not in its source."""
    qa = a.first
    qb = next((q for q in b.quotes if q.source != qa.source), b.first)
    if qb.source == qa.source:
        qa = next(q for q in a.quotes if q.source != qb.source)
    return qa, qb


def _figures(ctx: Context, qa: Quote, wa: Wording, qb: Quote, wb: Wording, gap: Gap) -> tuple[Claim, Claim] | None | tuple[()]:
    """Figures where two versions part: a conflict, () when only the way a figure is written differs, else None."""
    left, right = ctx.claims_in(qa, wa, gap.a), ctx.claims_in(qb, wb, gap.b)
    for x in left:
        for y in right:
            if x.kind == y.kind and x.unit == y.unit and overlap(x.interval, y.interval) is None:
                return y, x  # "12 years" where the other has "10 years"
    near_a = ctx.claims_in(qa, wa, (gap.a[0] - 1, gap.a[1] + 1))  # "33 [per cent]" against "33%": the figure beside
    near_b = ctx.claims_in(qb, wb, (gap.b[0] - 1, gap.b[1] + 1))
    if not near_a or not near_b or not (_covered(wa, gap.a, near_a) and _covered(wb, gap.b, near_b)):
        return None
    agree = all(any(x.kind == y.kind and x.unit == y.unit and overlap(x.interval, y.interval) for y in near_b) for x in near_a)
    return () if agree else None


def _covered(w: Wording, span: tuple[int, int], claims: list[Claim]) -> bool:
    """Whether every word of the span lies inside one of the claims: only a figure's words differ."""
    return all(any(c.start <= w.words[i].start and w.words[i].end <= c.end for c in claims) for i in range(*span))


def _attribution(ctx: Context, a: Version, b: Version, c: Comparison | None) -> Iterator[Finding]:
    """The same words given to a speaker other than the one most sources give them to."""
    if c is not None and not _one_statement(c, a.words, b.words) or min(len(a.words.words), len(b.words.words)) < ATTRIBUTION_WORDS:
        return  # only the same words are one statement
    keyed = ctx.keyed(a) if a is b else ctx.keyed(a) + ctx.keyed(b)
    for (outlier, _), (reference, _) in people.outliers(keyed, lambda x, y: _one_speaker(ctx, x[0], y[0], x[1], y[1]), _signed):
        evidence = f"{_where(outlier)} gives the words to {_who(outlier)}; {_where(reference)} gives them to {_who(reference)}"
        yield _finding(ctx, "builtin.quote-attribution", [outlier, reference], evidence)


def _signed(item: tuple[Quote, str]) -> tuple[str, str | None, str]:
    """What `_one_speaker` reads of a quote's speaker: its identity, organisation and stated words."""
    q, key = item
    assert q.speaker is not None
    return key, q.speaker.organisation, _as_stated(q.speaker.text)


def _one_speaker(ctx: Context, qa: Quote, qb: Quote, ka: str, kb: str) -> bool:
    """One speaker under two names, or a body and the person speaking for it, or one name misspelled or run together."""
    return (_speaks_for(ctx, qa, qb, ka, kb) or people.spelled_alike(ka, kb) or speakercheck.near_names(ka, kb)
            or _run_together(ka, kb) or _stated_alike(qa, qb)  # a name further apart is vouched for by the same words
            or _member_of(qa, qb) or _member_of(qb, qa))


_ROLES = frozenset(sp.TITLE_HEADS | sp.HONORIFICS)


def _member_of(body: Quote, member: Quote) -> bool:
    """A body named by its members' role in the plural, and one of them given that role: 'the Law Lords' and 'Lord
    Hale', 'the judges' and 'Judge Ann Cole', 'the senators' and 'Tom Reed, a senator' (never 'Tom Hills' and
    'Ann Hill': a name in the plural is no role)."""
    sb, sm = body.speaker, member.speaker
    if sb is None or sm is None or not sb.name or not sm.name or sb.name == sm.name:
        return False
    head = sb.name.split()[-1].lower()
    role = head[:-1] if head.endswith("s") else None
    if role not in _ROLES:
        return False
    return role in {w.strip(".,").lower() for w in f"{sm.text} {sm.title or ''}".split()}


def _stated_alike(qa: Quote, qb: Quote) -> bool:
    """The same words name the speaker in both ('Federer', 'Lord Goldsmith'), however each article filled them out."""
    sa, sb = qa.speaker, qb.speaker
    return sa is not None and sb is not None and _as_stated(sa.text) == _as_stated(sb.text)


@lru_cache(maxsize=1 << 16)  # one speaker's words are compared with many others'
def _as_stated(words: str) -> str:
    return " ".join(words.lower().split())


def _run_together(ka: str, kb: str) -> bool:
    """One name with its spaces lost in one copy: 'security secretarykirstjennielsen' ends with 'kirstjen nielsen'."""
    short, full = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    return len(short.split()) > 1 and full.replace(" ", "").endswith(short.replace(" ", ""))


def _speaks_for(ctx: Context, qa: Quote, qb: Quote, ka: str, kb: str) -> bool:
    """One speaker, or a body and the person speaking for it ('the NSPCC said' and its chief executive)."""
    if people.same(ka, kb):
        return True
    org_a, org_b = (ctx.aliases.key(s.organisation) if s and s.organisation else None for s in (qa.speaker, qb.speaker))
    return org_b is not None and people.same(ka, org_b) or org_a is not None and people.same(kb, org_a)


def _who(q: Quote) -> str:
    s = q.speaker
    assert s is not None
    resolved = s.name or s.organisation or s.text
    return f"{resolved} (\"{s.text}\")" if s.text.lower() != str(resolved).lower() else f"\"{s.text}\""


def _where(q: Quote) -> str:
    return f"{q.source}:{q.line}:{q.column}"


def _carried(a: Version, b: Version) -> str:
    na, nb = len({q.source for q in a.quotes}), len({q.source for q in b.quotes})
    return f" ({na} sources have the first version, {nb} the second)" if na + nb > 2 else ""


def _finding(ctx: Context, rule: str, quotes: list[Quote], evidence: str, extra: str = "") -> Finding:
    severity, message = RULES[rule]
    fingerprint = digest(rule, (f"{source_key(q.source)}|{' '.join(q.words.lower().split())}" for q in quotes), extra)
    return Finding(rule, severity, message, tuple(quote_location(q) for q in quotes), evidence, fingerprint)
