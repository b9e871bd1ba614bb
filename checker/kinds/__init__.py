"""Rule kinds: each a small module that validates its options and turns bound claims into findings.

The registry is explicit: KINDS maps the key a check is written with to its module.
"""

from __future__ import annotations

from types import ModuleType

from checker.kinds import agree, expect

KINDS: dict[str, ModuleType] = {agree.KEY: agree, expect.KEY: expect}


def get(key: str) -> ModuleType:
    """The rule kind written as `key`; KeyError for an unknown one."""
    try:
        return KINDS[key]
    except KeyError:
        raise KeyError(f"unknown rule kind {key!r} (known: {', '.join(KINDS)})") from None
