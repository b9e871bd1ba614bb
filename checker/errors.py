"""The small exception hierarchy; caught only at the CLI edge and printed as one line."""

from __future__ import annotations

from checker.exitcodes import ExitCode


class CheckerError(Exception):
    """Base of every error crosscheck reports to the user."""

    exit_code: ExitCode = ExitCode.INPUT_ERROR

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")
        self.where = where
        self.what = what


class InputError(CheckerError):
    """An input path or article that cannot be read (exit 2)."""

    exit_code = ExitCode.INPUT_ERROR


class RuleFileError(CheckerError):
    """A rule file that cannot be loaded or validated (exit 3)."""

    exit_code = ExitCode.RULE_ERROR


class ConfigError(CheckerError):
    """A project configuration that cannot be used (exit 2)."""

    exit_code = ExitCode.INPUT_ERROR


class RuleFileErrors(RuleFileError):
    """Every problem of every rule file read (exit 3), each told on a line of its own."""

    def __init__(self, errors: list[RuleFileError]) -> None:
        super().__init__(errors[0].where, errors[0].what)
        self.errors = errors
