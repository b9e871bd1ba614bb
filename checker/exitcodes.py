"""Exit codes, defined once."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """The process exit codes of every crosscheck command."""

    OK = 0  # nothing at or above the fail level
    FINDINGS = 1  # findings at or above the fail level
    INPUT_ERROR = 2  # usage or input error (missing path, unreadable or malformed input)
    RULE_ERROR = 3  # rule-file error
