"""Numbers that address something and count nothing: emergency lines ('call 911', 'a 999 call')
and street numbers ('10 Downing Street', '1600 Pennsylvania Avenue'). Each test reads a few
words either side of one number, so the cost grows with the numbers of a text, not its length."""

from __future__ import annotations

import re

from checker.extract.numbers import Num

_EMERGENCY = frozenset({"911", "999", "112"})
_LINE_AFTER = re.compile(
    r"[ \t\u00a0-]+(?:calls?|callers?|dispatch(?:ers?)?|operators?|system|cent(?:er|re)s?|emergency|line|lines|services?"
    r"|tapes?|recordings?|hotline)(?![\w])",
    re.I,
)
_LINE_BEFORE = re.compile(r"(?<![\w])(?:call|calls|called|calling|dial|dials|dialled|dialed|dialling|dialing|phone|phoned"
                          r"|phoning|ring|rang|ringing|text|texted)[ \t\u00a0]+\Z", re.I)
_STREET_AFTER = re.compile(
    r"[ \t\u00a0]+(?:[A-Z][a-z]+[ \t\u00a0]+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Boulevard|Blvd|Drive|Place"
    r"|Square|Terrace|Crescent|Parkway)(?![\w])"
)


def is_address(text: str, n: Num) -> bool:
    """Digits that name an emergency line or a house in a street: no figure."""
    if n.words:
        return False
    written = text[n.start : n.end]
    if written in _EMERGENCY:
        return bool(_LINE_AFTER.match(text, n.end, n.end + 24) or _LINE_BEFORE.search(text, max(0, n.start - 12), n.start))
    return written.isdigit() and _STREET_AFTER.match(text, n.end, n.end + 50) is not None
