"""The command line: parse options, run the pipeline, pick a reporter, return an exit code."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, TextIO

import typer

from checker import __version__
from checker.errors import CheckerError, InputError
from checker.exitcodes import ExitCode
from checker import align, config, engine, pipeline
from checker.config import Config
from checker.exitcodes import FAIL_LEVELS, for_findings
from checker.extract import extract
from checker.findings import allows
from checker.report import FINDING_FORMATS
from checker.rules import load_packs
from checker.sources import read_sources
from checker.report import CLAIM_FORMATS, claim_reporter
from checker.sources import MAX_ARTICLE_BYTES

app = typer.Typer(
    help="crosscheck: a linter for facts. Extracts the figures of news articles and checks them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"crosscheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """crosscheck: a linter for facts in news copy."""


def _error(err: CheckerError) -> None:
    typer.echo(f"crosscheck: error: {err}", err=True)


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """Standard output, or a file written whole or not at all."""
    if path is None:
        yield sys.stdout
        return
    fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".", prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


@app.command()
def claims(
    paths: Annotated[list[str], typer.Argument(help="Articles: .txt, .md, .jsonl files, directories, or - for standard input.")],
    format: Annotated[str, typer.Option("--format", "-f", help=f"Output format: {', '.join(CLAIM_FORMATS)}.")] = "table",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file (whole, or not at all).")] = None,
    max_article_mb: Annotated[float, typer.Option(help="Refuse articles larger than this many megabytes.")] = MAX_ARTICLE_BYTES / 1048576,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes for large corpora (0: one per CPU).")] = 0,
) -> None:
    """List every figure in the articles, with its place, meaning and context."""
    if format not in CLAIM_FORMATS:
        _error(InputError("--format", f"unknown format {format!r} (expected one of: {', '.join(CLAIM_FORMATS)})"))
        raise typer.Exit(ExitCode.INPUT_ERROR)
    errors: list[CheckerError] = []

    def on_error(err: InputError) -> None:
        errors.append(err)
        _error(err)

    all_claims = pipeline.claims(paths, on_error, jobs or pipeline.default_jobs(), int(max_article_mb * 1048576))
    try:
        with _output(output) as out:
            claim_reporter(format)(all_claims, out)
            if output is not None and errors:
                raise _Abandon()
    except _Abandon:
        pass
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (`| head`): not an error worth a message
        raise typer.Exit(ExitCode.OK) from None
    except OSError as err:
        _error(InputError(str(output), f"cannot write ({err.strerror or err})"))
        raise typer.Exit(ExitCode.INPUT_ERROR) from None
    raise typer.Exit(ExitCode.INPUT_ERROR if errors else ExitCode.OK)


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Articles on one story: .txt, .md, .jsonl files, directories, or -.")],
    rules: Annotated[list[Path] | None, typer.Option("--rules", "-r", help="Rule files or folders (default: the configuration's).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help=f"Output format: {', '.join(FINDING_FORMATS)}.")] = "terminal",
    fail_on: Annotated[str | None, typer.Option("--fail-on", help="Exit 1 on findings at or above: error, warning, info, never.")] = None,
    builtin: Annotated[bool, typer.Option("--builtin/--no-builtin", help="Run the built-in cross-source checks.")] = True,
    no_config: Annotated[bool, typer.Option("--no-config", help="Ignore pyproject.toml / crosscheck.toml.")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file (whole, or not at all).")] = None,
) -> None:
    """Check the figures of several articles against each other and against rule files."""
    try:
        if format not in FINDING_FORMATS:
            raise InputError("--format", f"unknown format {format!r} (expected one of: {', '.join(FINDING_FORMATS)})")
        if fail_on is not None and fail_on not in FAIL_LEVELS:
            raise InputError("--fail-on", f"unknown level {fail_on!r} (expected one of: {', '.join(FAIL_LEVELS)})")
        settings = Config() if no_config else config.find(Path.cwd())
        packs = load_packs(list(rules) if rules else list(settings.rules))
    except CheckerError as err:
        _error(err)
        raise typer.Exit(err.exit_code) from None
    errors: list[CheckerError] = []

    def on_error(err: InputError) -> None:
        errors.append(err)
        _error(err)

    sources, findings = pipeline.check(paths, packs, settings, on_error, builtin)
    if not sources:
        raise typer.Exit(ExitCode.INPUT_ERROR)
    with _output(output) as out:
        FINDING_FORMATS[format](findings, sources, out)
    code = for_findings([f.severity for f in findings], fail_on or settings.fail_on)
    raise typer.Exit(ExitCode.INPUT_ERROR if errors and code == ExitCode.OK else code)


rules_app = typer.Typer(help="List, validate and explain rule files.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


@rules_app.command("validate")
def rules_validate(paths: Annotated[list[Path], typer.Argument(help="Rule files or folders.")]) -> None:
    """Validate rule files: exit 0 when all are valid, 3 at the first problem (file:line:column)."""
    try:
        packs = load_packs(paths)
    except CheckerError as err:
        _error(err)
        raise typer.Exit(err.exit_code) from None
    for pack in packs:
        typer.echo(f"{pack.path}: ok ({len(pack.quantities)} quantities, {len(pack.checks)} checks)")


@rules_app.command("list")
def rules_list(
    paths: Annotated[list[Path] | None, typer.Argument(help="Rule files or folders (default: the configuration's).")] = None,
) -> None:
    """List every rule id with its severity and message, the built-in ones first."""
    try:
        packs = load_packs(list(paths) if paths else list(config.find(Path.cwd()).rules))
    except CheckerError as err:
        _error(err)
        raise typer.Exit(err.exit_code) from None
    typer.echo(f"{align.RULE}\terror\t{align.MESSAGE}")
    typer.echo(f"{engine.AMBIGUOUS}\twarning\tA quantity matches more than one figure in a source")
    typer.echo(f"{engine.UNBOUND}\twarning\tA quantity matches no figure in any source")
    for pack in packs:
        for c in pack.checks:
            typer.echo(f"{c.id}\t{c.severity}\t{c.message}")


@rules_app.command("explain")
def rules_explain(
    rulefile: Annotated[Path, typer.Argument(help="A rule file.")],
    paths: Annotated[list[str], typer.Argument(help="Articles.")],
) -> None:
    """Show what each quantity of a rule file bound to in each source, and why."""
    try:
        (pack,) = load_packs([rulefile])
    except CheckerError as err:
        _error(err)
        raise typer.Exit(err.exit_code) from None
    errors: list[CheckerError] = []
    def on_error(err: InputError) -> None:
        errors.append(err)
        _error(err)

    sources = {s.name: s for s in read_sources(paths, on_error)}
    claims = {name: extract(s) for name, s in sources.items()}
    binding = engine.bind(pack, list(sources.values()), claims, engine.Aliases(config.find(Path.cwd()).aliases))
    for name, quantity in pack.quantities.items():
        typer.echo(f"{pack.name}.{name} ({quantity.where}): {engine.describe(quantity.selector)}")
        for source in sources:
            found = binding.candidates[name].get(source)
            if found is None:
                typer.echo(f"  {source}: not checked (the pack does not apply to this article)")
            elif not found:
                typer.echo(f"  {source}: nothing matches")
            else:
                state = "bound" if len(found) == 1 else f"ambiguous, {len(found)} figures match"
                typer.echo(f"  {source}: {state}")
                for c in found:
                    typer.echo(f"    {c.line}:{c.column} {c.kind} {c.text!r} allows {allows(c.interval, c.unit)}")
    raise typer.Exit(ExitCode.INPUT_ERROR if errors else ExitCode.OK)


class _Abandon(Exception):
    """Input errors while writing a file: the file is not written."""


def main() -> None:
    """Console entry point."""
    app()
