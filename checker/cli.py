"""The command line: parse options, run the pipeline, pick a reporter, return an exit code."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from checker import __version__, config, engine, pipeline, testing
from checker.ci import baseline, catalogue
from checker.ci import run as ci_run
from checker.ci import stats as ci_stats
from checker.config import Config
from checker.errors import CheckerError, InputError, RuleFileErrors
from checker.exitcodes import FAIL_LEVELS, ExitCode, for_findings
from checker.findings import allows
from checker.meaning import describe
from checker.report import findings_json
from checker.report import CLAIM_FORMATS, FINDING_FORMATS, QUOTE_FORMATS, STORY_FORMATS, claim_reporter
from checker.report.output import one_line, opened, refuse_inputs, say
from checker.rules import Pack, load_packs
from checker.sources import MAX_ARTICLE_BYTES
from checker.stories import Story

app = typer.Typer(
    help="crosscheck: a linter for facts. Extracts the figures of news articles and checks them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: each option with its choices or its kind of value, no Python types
)
rules_app = typer.Typer(help="List, validate and explain rule files.", no_args_is_help=True, rich_markup_mode=None)


def _no_python_type(self: typer.core.TyperArgument, ctx: Any) -> None:
    """An argument's help shows its name ("PATH") and what it takes, never its Python type
    (typer adds "<list[str]>" beside an argument, with no setting to leave it out)."""
    return None


typer.core.TyperArgument.display_type_rich = _no_python_type  # type: ignore[method-assign,assignment]
app.add_typer(rules_app, name="rules")

MaxArticleMb = Annotated[float, typer.Option(metavar="MB", help="Refuse articles larger than this many megabytes.")]
Articles = Annotated[list[str], typer.Argument(metavar="PATH", help="Articles: .txt, .md, .jsonl files, directories, or - for standard input.")]
OneStory = Annotated[bool, typer.Option("--one-story", metavar="", help="Take every article as one story (no grouping).")]
OutputFile = Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write to this file (whole, or not at all).")]


def _formats(names: Iterable[str]) -> str:
    """The choices of a --format option, as --help shows them."""
    return "[" + "|".join(names) + "]"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"crosscheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", metavar="", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """crosscheck: a linter for facts in news copy."""


def _error(err: CheckerError) -> None:
    typer.echo(f"crosscheck: error: {one_line(str(err))}", err=True)


class _Errors(list[CheckerError]):
    """Input errors: each printed as it happens, and remembered for the exit code."""

    def __call__(self, err: InputError) -> None:
        self.append(err)
        _error(err)


@contextmanager
def _failing() -> Iterator[None]:
    """A CheckerError becomes one line on standard error and its exit code."""
    try:
        yield
    except CheckerError as err:
        for each in err.errors if isinstance(err, RuleFileErrors) else [err]:
            _error(each)
        raise typer.Exit(err.exit_code) from None


def _choice(option: str, noun: str, value: str, allowed: Iterable[str]) -> None:
    if value not in allowed:
        raise InputError(option, f"unknown {noun} {value!r} (expected one of: {', '.join(allowed)})")


def _max_bytes(megabytes: float) -> int:
    if not math.isfinite(megabytes) or megabytes <= 0:
        raise InputError("--max-article-mb", f"must be a positive number of megabytes, not {megabytes}")
    return int(megabytes * 1048576)


def _jobs(jobs: int) -> int:
    """Worker processes: one per CPU, never more (0 asks for one per CPU)."""
    cpus = pipeline.default_jobs()
    return min(jobs or cpus, cpus)


@app.command()
def claims(
    paths: Articles,
    format: Annotated[str, typer.Option("--format", "-f", metavar=_formats(CLAIM_FORMATS), help="Output format.")] = "table",
    output: OutputFile = None,
    max_article_mb: MaxArticleMb = MAX_ARTICLE_BYTES / 1048576,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, metavar="N", help="Worker processes for large corpora (0, or more than the CPUs: one per CPU).")] = 0,
) -> None:
    """List every figure in the articles, with its place, meaning and context."""
    errors = _Errors()
    with _failing():
        _choice("--format", "format", format, CLAIM_FORMATS)
        refuse_inputs(output, paths)
        all_claims = pipeline.claims(paths, errors, _jobs(jobs), _max_bytes(max_article_mb))
        _write(output, errors, lambda out: claim_reporter(format)(all_claims, out), format == "jsonl")
    raise typer.Exit(ExitCode.INPUT_ERROR if errors else ExitCode.OK)


@app.command()
def quotes(
    paths: Articles,
    format: Annotated[str, typer.Option("--format", "-f", metavar=_formats(QUOTE_FORMATS), help="Output format.")] = "table",
    output: OutputFile = None,
    max_article_mb: MaxArticleMb = MAX_ARTICLE_BYTES / 1048576,
) -> None:
    """List every quotation in the articles, with its speaker and place."""
    _listing(QUOTE_FORMATS, format, output, paths, lambda errors: pipeline.quotes(paths, errors, _max_bytes(max_article_mb)))


def _listing(formats: Mapping[str, Callable[[Any, TextIO], object]], format: str, output: Path | None,
             paths: list[str], produce: Callable[[_Errors], Any]) -> None:
    """Produce what a listing command shows and render it in the chosen format; exit 2 on any input error."""
    errors = _Errors()
    with _failing():
        _choice("--format", "format", format, formats)
        refuse_inputs(output, paths)
        found = produce(errors)
        _write(output, errors, lambda out: formats[format](found, out), format == "jsonl")
    raise typer.Exit(ExitCode.INPUT_ERROR if errors else ExitCode.OK)


def _write(output: Path | None, errors: list[CheckerError], render: Callable[[TextIO], object], stream: bool = False) -> None:
    """Render to standard output, or to a file that is not written at all when an input failed."""
    try:
        with opened(output, stream) as out:
            render(out)
            if output is not None and errors:
                raise _Abandon()
    except _Abandon:
        pass


class _Abandon(Exception):
    """Input errors while writing a file: the file is not written."""


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Articles: .txt, .md, .jsonl files, directories, or - for standard input.")],
    rules: Annotated[list[Path] | None, typer.Option("--rules", "-r", metavar="PATH", help="Rule files or folders (default: the configuration's); may be given again.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", metavar=_formats(FINDING_FORMATS), help="Output format.")] = "terminal",
    fail_on: Annotated[str | None, typer.Option("--fail-on", metavar="[error|warning|info|never]", help="Exit 1 on findings at or above this severity (default: the configuration's, else error).")] = None,
    builtin: Annotated[bool, typer.Option("--builtin/--no-builtin", metavar="", show_default=False, help="Run the built-in checks: inside each article, across sources and on quotations (default: on).")] = True,
    no_config: Annotated[bool, typer.Option("--no-config", metavar="", help="Ignore pyproject.toml and crosscheck.toml.")] = False,
    config_file: Annotated[Path | None, typer.Option("--config", metavar="FILE", help="Use this crosscheck.toml or pyproject.toml for every article, instead of the nearest to each.")] = None,
    baseline_file: Annotated[Path | None, typer.Option("--baseline", metavar="FILE", help="Show only findings not in this earlier `check -f json` or `-f sarif` output (matched by fingerprint).")] = None,
    write_baseline: Annotated[Path | None, typer.Option("--write-baseline", metavar="FILE", help="Also write every finding as JSON to FILE, a baseline for --baseline.")] = None,
    report_unused: Annotated[bool | None, typer.Option("--report-unused-suppressions/--no-report-unused-suppressions", metavar="", help="Report suppressions that match no finding (default: on for sarif and github, off otherwise).")] = None,
    statistics: Annotated[bool, typer.Option("--statistics", metavar="", help="Print on standard error how many findings each rule gave.")] = False,
    output: OutputFile = None,
    max_article_mb: MaxArticleMb = MAX_ARTICLE_BYTES / 1048576,
    one_story: OneStory = False,
) -> None:
    """Check the figures of several articles against each other and against rule files, story by story."""
    errors = _Errors()
    outcome = None
    with _failing():
        _choice("--format", "format", format, FINDING_FORMATS)
        if fail_on is not None:
            _choice("--fail-on", "level", fail_on, FAIL_LEVELS)
        groups = _configured(paths, no_config, config_file)
        options = ci_run.Options(tuple(rules or ()), builtin, _max_bytes(max_article_mb), one_story, fail_on,
                                 format in ("sarif", "github") if report_unused is None else report_unused,
                                 None if baseline_file is None else baseline.load(baseline_file))
        configs = [settings.path for settings, _ in groups if settings.path is not None]
        inputs: list[str | Path] = [*paths, *configs, *([baseline_file] if baseline_file else [])]
        outcome = ci_run.check(groups, options, errors, lambda packs: _refuse([output, write_baseline], inputs, packs))
        if outcome.sources:
            render = FINDING_FORMATS[format]
            extra = {"rules": outcome.rules} if format == "sarif" else {}
            _write(output, errors, lambda out: render(outcome.findings, outcome.sources, out, **extra))
            if write_baseline is not None:
                _write(write_baseline, errors, lambda out: findings_json.render(outcome.unfiltered, outcome.sources, out))
            _notes(format, configs, outcome, statistics)
    if errors or outcome is None or not outcome.sources:
        raise typer.Exit(ExitCode.INPUT_ERROR)
    raise typer.Exit(outcome.exit_code)


def _refuse(outputs: list[Path | None], inputs: list[str | Path], packs: list[Pack]) -> None:
    """Refuse any output that is one of the run's inputs (articles, rule files, configurations, the baseline)."""
    for written in outputs:
        refuse_inputs(written, [*inputs, *(pack.path for pack in packs)])


def _configured(paths: list[str], no_config: bool, config_file: Path | None) -> list[tuple[Config, list[str]]]:
    """The articles grouped by the configuration each is checked under."""
    if no_config:
        return [(Config(), paths)]
    if config_file is not None:
        return [(config.load(config_file), paths)]
    return config.for_paths(paths)


def _notes(format: str, configs: list[Path], outcome: ci_run.Outcome, statistics: bool) -> None:
    """What the terminal format says on standard error beside the findings, and the statistics when asked."""
    if format == "terminal":
        for path in configs:
            typer.echo(f"crosscheck: note: configuration from {one_line(str(path))}", err=True)
        if len(outcome.stories) > 1:
            typer.echo(f"crosscheck: note: {len(outcome.sources)} articles make {len(outcome.stories)} stories, and only articles of one "
                       "story are compared (`crosscheck stories` shows them; --one-story takes them as one)", err=True)
    if statistics:
        for line in ci_stats.lines(outcome.findings):
            typer.echo(line, err=True)


@app.command("stories")
def stories_command(
    paths: Articles,
    format: Annotated[str, typer.Option("--format", "-f", metavar=_formats(STORY_FORMATS), help="Output format.")] = "table",
    output: OutputFile = None,
    max_article_mb: MaxArticleMb = MAX_ARTICLE_BYTES / 1048576,
    one_story: OneStory = False,
) -> None:
    """Show which articles `check` takes as one story, and why."""
    _listing(STORY_FORMATS, format, output, paths, lambda errors: pipeline.stories_of(paths, errors, _max_bytes(max_article_mb), one_story))


@app.command("test")
def test_articles(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Annotated articles (.md, .txt) or folders of them; each sub-folder of a folder is one story.")],
    rules: Annotated[list[Path] | None, typer.Option("--rules", "-r", metavar="PATH", help="Rule files or folders (default: the configuration's).")] = None,
    no_config: Annotated[bool, typer.Option("--no-config", metavar="", help="Ignore pyproject.toml and crosscheck.toml.")] = False,
    config_file: Annotated[Path | None, typer.Option("--config", metavar="FILE", help="Use this crosscheck.toml or pyproject.toml, instead of the nearest to each article.")] = None,
) -> None:
    """Check articles annotated with `<!-- ruleid: ID -->` / `<!-- ok: ID -->`: exit 0 when every one holds."""
    errors = _Errors()
    with _failing():
        options = ci_run.Options(tuple(rules or ()))
        passed = failed = 0
        for unit in testing.units(paths):
            [(settings, _)] = _configured([str(unit[0])], no_config, config_file)
            result = testing.test_story(unit, ci_run.packs_for(settings, options), settings, errors)
            if result is None:
                continue
            count, failures = result
            for f in failures:
                say(f"FAIL {one_line(f.path)}:{f.line}: {f.what}")
            passed, failed = passed + (not failures), failed + bool(failures)
            if not failures:
                named = str(unit[0]) if len(unit) == 1 else f"{unit[0].parent}/ (one story of {len(unit)} articles)"
                say(f"ok   {one_line(named)} ({count} expectation{'s' if count != 1 else ''})")
        unreadable = f", {len(errors)} unreadable" if errors else ""
        say(f"{passed} passed, {failed} failed{unreadable}")
    if errors:
        raise typer.Exit(ExitCode.INPUT_ERROR)
    raise typer.Exit(ExitCode.FINDINGS if failed else ExitCode.OK)


@rules_app.command("validate")
def rules_validate(paths: Annotated[list[Path], typer.Argument(help="Rule files or folders.")]) -> None:
    """Validate rule files: exit 0 when all are valid, else 3 with every problem of every file, one line each (file:line:column)."""
    with _failing():
        packs = load_packs(paths)
        for pack in packs:
            say(f"{pack.path}: ok ({len(pack.quantities)} quantities, {len(pack.checks)} checks)")


@rules_app.command("list")
def rules_list(
    paths: Annotated[list[Path] | None, typer.Argument(metavar="PATH", help="Rule files or folders (default: the configuration's).")] = None,
    config_file: Annotated[Path | None, typer.Option("--config", metavar="FILE", help="Use this crosscheck.toml or pyproject.toml instead of the one found from the current folder.")] = None,
) -> None:
    """List every rule id with its severity (after the configuration's overrides) and message."""
    with _failing():
        settings = config.load(config_file) if config_file is not None else config.find(Path.cwd())
        packs = load_packs(list(paths) if paths else list(settings.rules))
        for rule in catalogue.rules(packs).values():
            if not engine.disabled(rule.id, settings.disable):
                say(f"{rule.id}\t{engine.severity_for(rule.id, rule.severity, settings.severity)}\t{rule.message}")


@rules_app.command("explain")
def rules_explain(
    rulefile: Annotated[Path, typer.Argument(metavar="RULEFILE", help="A rule file (or a folder of them).")],
    paths: Annotated[list[str], typer.Argument(metavar="ARTICLE", help="Articles.")],
) -> None:
    """Show what each quantity of a rule file bound to in each source, and why."""
    errors = _Errors()
    with _failing():
        packs = load_packs([rulefile])
        aliases = engine.Aliases(config.find(Path.cwd()).aliases)
        sources, claims, _ = pipeline.read(paths, errors)
        for pack in packs:
            _explain(pack, engine.bind(pack, list(sources.values()), claims, aliases), list(sources))
    raise typer.Exit(ExitCode.INPUT_ERROR if errors else ExitCode.OK)


def _explain(pack: Pack, binding: engine.Binding, sources: list[str]) -> None:
    for name, quantity in pack.quantities.items():
        say(f"{pack.name}.{name} ({quantity.where}): {engine.describe(quantity.selector)}")
        for source in sources:
            say(f"  {source}: {_binding_state(binding.candidates[name].get(source))}")
            for c in binding.candidates[name].get(source) or []:
                meaning = describe(c)
                measures = f"; measures {meaning.describe()}" if meaning else ""
                say(f"    {c.line}:{c.column} {c.kind} {c.text!r} allows {allows(c.interval, c.unit)}{measures}")
        for line in engine.in_units(binding, name):
            say(f"  {line}")


def _binding_state(found: list | None) -> str:
    if found is None:
        return "not checked (the pack does not apply to this article)"
    if not found:
        return "nothing matches"
    if len(found) == 1:
        return "bound"
    if engine.one_telling(found) is not None:
        return f"bound once: {len(found)} figures match and agree (a figure told twice)"
    return f"not checked: {len(found)} figures match and disagree"


def main() -> None:
    """Console entry point."""
    app()
