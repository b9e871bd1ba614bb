"""Where a claim's words sit in its sentence, and the words around it: what the checks read."""

from __future__ import annotations

from checker.model import Claim


def place(claim: Claim, after: int = 0) -> int:
    """Where the claim's words start in its (whitespace-collapsed) sentence, at or after `after`; -1 if not found."""
    return claim.sentence.find(" ".join(claim.text.split()), after)


def following(claim: Claim) -> str:
    """The words of the sentence after the claim ('' when it cannot be placed)."""
    at = place(claim)
    return claim.sentence[at + len(" ".join(claim.text.split())) :] if at >= 0 else ""


def between(a: Claim, b: Claim) -> str:
    """The words between two claims of one sentence ('\\n', which no pattern accepts, when they cannot be placed)."""
    i = place(a)
    j = place(b, i + 1) if i >= 0 else -1
    end = i + len(" ".join(a.text.split()))
    return a.sentence[end:j] if 0 <= i and end <= j else "\n"
