"""The pipeline from inputs to claims, streamed, across worker processes for large corpora."""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from itertools import islice

from checker import align, builtins, engine, meaning, quotecheck, stories
from checker.config import Config
from checker.engine import Aliases
from checker.errors import InputError
from checker.extract import extract, quotations
from checker.model import Claim, Finding, Quote, Source
from checker.rules import Pack
from checker.sources import MAX_ARTICLE_BYTES, OnError, read_sources

BATCH = 32  # articles a worker extracts at a time
PARALLEL_FROM = 4 * BATCH  # fewer articles than this are extracted in this process


def default_jobs() -> int:
    """The CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _extract_batch(sources: list[Source]) -> list[list[Claim]]:
    return [extract(s) for s in sources]


def claims(paths: Iterable[str], on_error: OnError, jobs: int = 1,
           max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Claim]:
    """Every claim of every article under `paths`, in input order, streamed.

    With more than one job and enough articles, batches of articles are extracted by worker
    processes; at most two batches per worker are in flight, so memory stays flat however long
    the corpus.
    """
    sources = read_sources(paths, on_error, max_bytes)
    head = list(islice(sources, PARALLEL_FROM))
    if jobs <= 1 or len(head) < PARALLEL_FROM:
        for source in head:
            yield from extract(source)
        for source in sources:
            yield from extract(source)
        return
    yield from _parallel(_batches(head, sources), jobs)


def quotes(paths: Iterable[str], on_error: OnError, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Quote]:
    """Every quotation of every article under `paths`, with its speaker, in input order, streamed."""
    for source in read_sources(paths, on_error, max_bytes):
        yield from quotations(source)


def _batches(head: list[Source], rest: Iterator[Source]) -> Iterator[list[Source]]:
    for i in range(0, len(head), BATCH):
        yield head[i : i + BATCH]
    while batch := list(islice(rest, BATCH)):
        yield batch


def _parallel(batches: Iterator[list[Source]], jobs: int) -> Iterator[Claim]:
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[list[Claim]]]] = deque()
        for batch in batches:
            pending.append(pool.submit(_extract_batch, batch))
            if len(pending) >= 2 * jobs:
                yield from _flatten(pending.popleft().result())
        while pending:
            yield from _flatten(pending.popleft().result())


def _flatten(groups: list[list[Claim]]) -> Iterator[Claim]:
    for group in groups:
        yield from group


def read(paths: Iterable[str], on_error: OnError, max_bytes: int = MAX_ARTICLE_BYTES
         ) -> tuple[dict[str, Source], dict[str, list[Claim]], dict[str, list[Quote]]]:
    """Every source, by name, with its claims and quotations; a second article with a name already seen is an error."""
    sources: dict[str, Source] = {}
    claims: dict[str, list[Claim]] = {}
    quotes: dict[str, list[Quote]] = {}
    for source in read_sources(paths, on_error, max_bytes):
        if source.name in sources:
            on_error(InputError(source.name, "a second article with this name (JSON Lines ids must be unique); it is left out"))
            continue
        sources[source.name] = source
        claims[source.name] = extract(source)
        quotes[source.name] = quotations(source)  # straight after, so the article's sentences are reused
    return sources, claims, quotes


def stories_of(paths: Iterable[str], on_error: OnError, max_bytes: int = MAX_ARTICLE_BYTES, one: bool = False) -> list[stories.Story]:
    """The stories of the articles under `paths` (see `checker.stories`)."""
    sources, claims_by_source, _ = read(paths, on_error, max_bytes)
    return stories.group(list(sources.values()), claims_by_source, one)


def check(paths: Iterable[str], packs: list[Pack], config: Config, on_error: OnError, builtin: bool = True,
          max_bytes: int = MAX_ARTICLE_BYTES, one_story: bool = False,
          on_stories: Callable[[list[stories.Story]], object] | None = None) -> tuple[dict[str, Source], list[Finding]]:
    """Read every source, extract its claims, run the rule packs and the built-in checks.

    The cross-source checks run story by story (`checker.stories`, told to `on_stories`); each of
    their findings names its story."""
    with uncollected():
        sources, claims_by_source, quotes = read(paths, on_error, max_bytes)
        return sources, _findings(sources, claims_by_source, quotes, packs, config, builtin, one_story, on_stories)


@contextmanager
def uncollected() -> Iterator[None]:
    """No automatic garbage collection while `check` runs: it keeps every article, claim and
    quotation to the end, and each collection would walk them all again (a fifth of its time on a
    corpus of 1,000 articles); what it frees, reference counting frees. At the end what it made is
    taken as old (`gc.freeze`, then `gc.unfreeze` puts it in the oldest generation), not walked
    once more: any cycle left is freed by a later full collection. When the caller keeps objects
    frozen of its own, they stay frozen, and what `check` made is collected once instead."""
    enabled, frozen = gc.isenabled(), gc.get_freeze_count()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if frozen:
                gc.collect()
            else:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def _findings(sources: dict[str, Source], claims_by_source: dict[str, list[Claim]], quotes: dict[str, list[Quote]],
              packs: list[Pack], config: Config, builtin: bool, one_story: bool,
              on_stories: Callable[[list[stories.Story]], object] | None) -> list[Finding]:
    """The findings of `check` on what was read."""
    aliases = Aliases(config.aliases)
    findings: list[Finding] = []
    grouped = stories.group(list(sources.values()), claims_by_source, one_story)
    if on_stories is not None:
        on_stories(grouped)
    own: dict[str, list[Finding]] = {}  # each article's built-in findings, made beside its story's alignment
    for story in grouped:
        part = {name: sources[name] for name in story.sources}
        part_claims = {name: claims_by_source[name] for name in story.sources}
        found = [f for f in engine.run(packs, list(part.values()), part_claims, aliases) if f.rule != engine.UNBOUND]
        if builtin:
            with meaning.shared():  # the story's figures described once, for both
                covered = {frozenset(f.locations) for f in found}
                found += [f for f in align.check(part_claims, aliases, {n: s.body for n, s in part.items()})
                          if frozenset(f.locations) not in covered]
                own.update((name, list(builtins.run(claims, config.options, sources[name].body)))
                           for name, claims in part_claims.items())
            found += quotecheck.check(part, {name: quotes[name] for name in story.sources}, part_claims, aliases)
        findings += [replace(f, story=story.id) for f in found]
    findings += _unbound(packs, sources, claims_by_source, aliases)
    if builtin:  # in the order of the articles, as ever
        findings += [f for name, claims in claims_by_source.items()
                     for f in (own[name] if name in own else builtins.run(claims, config.options, sources[name].body))]
    return engine.select(findings, config.disable, config.severity)


def _unbound(packs: list[Pack], sources: dict[str, Source], claims: dict[str, list[Claim]], aliases: Aliases) -> list[Finding]:
    """Quantities that match no figure in any story: reported once, for the whole input."""
    return [f for pack in packs for f in engine.binding_findings(pack, engine.bind(pack, list(sources.values()), claims, aliases))
            if f.rule == engine.UNBOUND]
