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
from checker import pipeline
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


class _Abandon(Exception):
    """Input errors while writing a file: the file is not written."""


def main() -> None:
    """Console entry point."""
    app()
