"""Exit codes, defined once."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """The process exit codes of every crosscheck command."""

    OK = 0  # nothing at or above the fail level (suppressed findings and a baseline's do not count)
    FINDINGS = 1  # findings at or above the fail level; `test`: an expectation not met
    INPUT_ERROR = 2  # usage or input error (missing path, unreadable or malformed input, a bad configuration or
    # baseline, a rule id in the configuration that names no rule)
    RULE_ERROR = 3  # rule-file error (every problem of every rule file told, one line each)


FAIL_LEVELS = ("error", "warning", "info", "never")


def for_findings(severities: list[int], fail_on: str) -> ExitCode:
    """FINDINGS when any finding is at or above the fail level (error, warning, info), else OK."""
    if fail_on == "never":
        return ExitCode.OK
    threshold = {"error": 3, "warning": 2, "info": 1}[fail_on]
    return ExitCode.FINDINGS if any(s >= threshold for s in severities) else ExitCode.OK
