"""`crosscheck check` as CI runs it: each configuration's articles checked apart, suppressions applied,
the baseline's findings taken out, each finding judged against its own configuration's fail level."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from checker import engine, pipeline
from checker.ci import baseline, catalogue, suppress
from checker.config import Config
from checker.exitcodes import ExitCode, for_findings
from checker.model import Finding, Source
from checker.rules import Pack, load_packs
from checker.sources import MAX_ARTICLE_BYTES, OnError
from checker.stories import Story


@dataclass(slots=True)
class Outcome:
    """What a check found, over every configuration's articles."""

    sources: dict[str, Source] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    unfiltered: list[Finding] = field(default_factory=list)  # before the baseline took its findings out
    stories: list[Story] = field(default_factory=list)
    rules: dict[str, catalogue.Rule] = field(default_factory=dict)
    packs: list[Pack] = field(default_factory=list)
    exit_code: ExitCode = ExitCode.OK


@dataclass(frozen=True, slots=True)
class Options:
    """How to check, beside the articles and their configurations."""

    rules: tuple[Path, ...] = ()  # rule files given on the command line, in place of each configuration's
    builtin: bool = True
    max_bytes: int = MAX_ARTICLE_BYTES
    one_story: bool = False
    fail_on: str | None = None
    report_unused: bool = False
    known: Counter[str] | None = None  # the baseline's fingerprints


def packs_for(settings: Config, options: Options) -> list[Pack]:
    """The rule packs one configuration asks for (or the command line's), its rule ids checked against them."""
    packs = load_packs(list(options.rules) if options.rules else list(settings.rules))
    settings.check_rules(catalogue.rules(packs))
    return packs


def check(groups: list[tuple[Config, list[str]]], options: Options, on_error: OnError,
          before: Callable[[list[Pack]], object] = lambda packs: None) -> Outcome:
    """Check each configuration's paths; `before` sees every pack before any article is read."""
    loaded = [(settings, paths, packs_for(settings, options)) for settings, paths in groups]
    outcome = Outcome(packs=[p for _, _, packs in loaded for p in packs])
    before(outcome.packs)
    codes = [ExitCode.OK]
    for settings, paths, packs in loaded:
        sources, found = pipeline.check(paths, packs, settings, on_error, options.builtin, options.max_bytes,
                                        options.one_story, outcome.stories.extend)
        found = suppress.apply(found, sources, options.report_unused)
        found = engine.select(found, settings.disable, settings.severity)
        outcome.unfiltered += found
        if options.known is not None:
            found = baseline.new(found, options.known)
        outcome.sources.update(sources)
        outcome.findings += found
        outcome.rules.update(catalogue.rules(packs))
        codes.append(for_findings([f.severity for f in found if f.suppressed is None], options.fail_on or settings.fail_on))
    outcome.exit_code = max(codes)
    return outcome
