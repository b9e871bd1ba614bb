"""The documentation stays true: every command has help, and the README names what exists."""

from __future__ import annotations

import typer.main
from typer.testing import CliRunner

from checker import kinds
from checker.cli import app
from checker.extract import KINDS as CLAIM_KINDS
from checker.report import CLAIM_FORMATS, FINDING_FORMATS
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


def _commands() -> list[list[str]]:
    group = typer.main.get_command(app)
    out = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        subcommands = getattr(command, "commands", None)
        if subcommands:
            out += [[name, sub] for sub in subcommands]
        else:
            out.append([name])
    return out


def test_every_command_has_help_and_is_in_the_readme() -> None:
    commands = _commands()
    assert ["check"] in commands and ["claims"] in commands and ["rules", "explain"] in commands
    for words in commands:
        result = runner.invoke(app, [*words, "--help"])
        assert result.exit_code == 0, words
        assert f"crosscheck {' '.join(words)}" in README, words


def test_readme_documents_every_kind_and_format() -> None:
    for kind in CLAIM_KINDS:
        assert f"| `{kind}`" in README or f"`{kind}`, `" in README or f", `{kind}`" in README, kind
    for key in kinds.KINDS:
        assert f"`{key}: " in README, key
    for fmt in [*CLAIM_FORMATS, *FINDING_FORMATS]:
        assert f"`{fmt}`" in README or f"|{fmt}" in README or f"{fmt}|" in README, fmt


def test_readme_opens_with_the_two_commands() -> None:
    blocks = README.split("```sh\n")[1:3]
    assert "pip install . && crosscheck check fixtures/grooming-2019/" in blocks[0]
    assert "pip install -e '.[test]' && python -m pytest" in blocks[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -q -e '.[test]'" in ci and "python -m pytest" in ci
