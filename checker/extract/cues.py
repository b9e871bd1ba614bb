"""Speakers named after a quote by a sentence of their own, and unnamed speakers drawn from a group named before.

'“…” That was the verdict of Jo Hart', '“…” So said Jo Hart', '“…” came the reply from Jo Hart': the quote is Jo
Hart's. '“…” one of them said' and '“…” the person said': one of the group, or the person, named without a name in
the sentence before ('two people familiar with the talks said', 'according to a person close to the family').
"""

from __future__ import annotations

import regex

from checker.extract import speakers as sp
from checker.extract.cast import Article

_NOUNS = (r"(?:verdict|words?|warning|message|promise|account|evidence|view|assessment|reaction|response|reply|plea|advice|"
          r"judge?ment|conclusion|claim|prediction|boast|admission|answer|retort|insistence|message|tribute|summary|take)")
_NEXT = regex.compile(
    rf"(?:(?:That|This|Those|These|Such)[ \t]+(?:was|were|is|are)[ \t]+(?:the|his|her|their)[ \t]+(?:[\p{{Ll}}-]+[ \t]+){{0,2}}?"
    rf"{_NOUNS}(?:[ \t]+(?:earlier|later|today|then|yesterday|last[ \t]+\p{{Ll}}+))?[ \t]+(?:of|from)"
    rf"|So[ \t]+(?:said|says|wrote|writes)|(?:[Cc]ame|[Cc]omes)[ \t]+the[ \t]+(?:[\p{{Ll}}-]+[ \t]+){{0,2}}?{_NOUNS}[ \t]+from)[ \t]+")
_CUE_WORDS = ("That ", "This ", "Those ", "These ", "Such ", "So ", "Came ", "came ", "Comes ", "comes ")
_GROUP_ONE = regex.compile(r"[ \t]*(?i:one|two|some|several|another|each|many|most|a[ \t]+few)(?:[ \t]+of[ \t]+(?:them|those|these))?[ \t]*")
_ONE_OF_THE = regex.compile(r"[ \t]*((?i:one|two|some|several|another|each|many|most|a[ \t]+few)[ \t]+of[ \t]+the[ \t]+(\p{Ll}+s))[ \t]*")
_THE_ONE = regex.compile(r"[ \t]*(?i:the|that|this)[ \t]+(person|source|insider|official|executive|diplomat|aide|member|witness)[ \t]*")
_WHICH = r"(?:[ \t]+(?:familiar[ \t]+with|close[ \t]+to|briefed[ \t]+on|involved[ \t]+in|with[ \t]+knowledge[ \t]+of)[ \t]+(?:the[ \t]+)?[\w’'-]+)?"
_FIRST = r"(?!(?i:according|to|of|the|and|by|from|said|says|with|for|in|on|at|as|that|but)[ \t])"
_UNNAMED = regex.compile(
    rf"(?<![\w’'])(?:(?i:a|an|one|two|three|four|several|some|many|senior|other)[ \t]+)+(?:{_FIRST}[\p{{Ll}}-]+[ \t]+){{0,2}}?"
    rf"(?:people|persons|person|sources?|officials?|insiders?|executives?|diplomats?|aides?|members?|witnesses|witness){_WHICH}")
_GROUP = regex.compile(rf"(?<![\w’'])(?:{_FIRST}(?:\p{{Lu}}\p{{Ll}}+|[\p{{Ll}}-]+)[ \t]+){{0,2}}(?:officials|diplomats|sources|people|investigators|"
                       r"prosecutors|rescuers|analysts|witnesses|residents|protesters|officers|activists|campaigners|"
                       rf"doctors|nurses|workers|staff|police|lawyers|scientists|researchers|experts|insiders|executives|"
                       rf"members|fans|supporters|parents|volunteers|passengers|locals|villagers|neighbours|neighbors|students){_WHICH}")
_INDEFINITE = regex.compile(r"[ \t]*((?i:a|an|one|another)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}(\p{Ll}[\p{Ll}-]{2,}))[ \t]*")
_GROUP_HEAD = regex.compile(r"(?:(?i:the)[ \t]+)?(?:[\p{Lu}][\p{Ll}-]+[ \t]+|[\p{Ll}-]+[ \t]+){0,2}?(?i:prosecutors|officials|police|"
                            r"investigators|researchers|scientists|rescuers|doctors|campaigners|activists|residents|protesters|"
                            r"organisers|organizers|lawyers|analysts|economists|experts|judges|ministers|MPs|senators|"
                            r"lawmakers|authorities|regulators|inspectors|auditors|teachers|unions|councillors)(?=[ \t,])")
_DOCUMENT = regex.compile(r"(?i:a|an|the|its|his|her|their)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?(?:note|report|statement|letter|filing|memo|"
                          r"e-?mail|analysis|briefing|release|post)(?:[ \t]+to[ \t]+\p{Ll}+)?[ \t]+(?:from|by|of)[ \t]+")
_OPENING_ONE = regex.compile(r"[ \t]*((?:A|An|One|Another)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?(\p{Ll}[\p{Ll}-]{2,})"
                             r"(?:[ \t]+(?:from|for|of|at|in|with|close[ \t]+to)[ \t]+[^,.;:!?\n\"“”‘’]{1,40}?)?)[ \t]*")
_UNNAMED_OPENINGS = ("one ", "two ", "some ", "several ", "another ", "each ", "many ", "most ", "a few ", "the ", "that ", "this ")
_LONGEST = 40  # characters of 'one of the diplomats' at most
_BACK = 2  # sentences read back for the group or person an unnamed speaker is one of


def next_sentence(article: Article, close: int) -> sp.Stated | None:
    """'” That was the warning of Jo Hart, who …', '” So said Jo Hart.', and, for a quote that ends its paragraph, the
    same opening the next paragraph: the one so named."""
    text = article.text
    at, n = close, len(text)
    while at < n and text[at] in " \t\u00a0":
        at += 1
    while at < n and text[at] in " \t\u00a0\r\n":
        at += 1
    if not text.startswith(_CUE_WORDS, at):  # most quotes are read no further
        return None
    m = _NEXT.match(text, at, min(n, at + 120))
    if m is None:
        return None
    stop = article.sentence(m.end())[1]
    return sp.noun_phrase(text, m.end(), min(stop, m.end() + 120), whole=False)


def unnamed(article: Article, a: int, b: int, opening: int) -> sp.Stated | None:
    """'one of them', 'one of the diplomats', 'the person' said: the group or person named unnamed just before, or the
    words themselves where they say who ('one of the diplomats'). The quote opened at `opening` is not read."""
    text = article.text
    if b - a > _LONGEST or not text[a:b].lstrip(" \t").lower().startswith(_UNNAMED_OPENINGS):
        return None
    if _GROUP_ONE.fullmatch(text, a, b):
        return _named_before(article, opening, _GROUP)
    m = _ONE_OF_THE.fullmatch(text, a, b)
    if m is not None:
        return sp.Stated(m[1], None, m[2], None, m.start(1), m.end(1))
    m = _THE_ONE.fullmatch(text, a, b)
    if m is not None:
        found = _named_before(article, opening, _UNNAMED)
        return found if found is not None and m[1] in found.text else None
    return None


_ONE_NAMED = regex.compile(r"[ \t]+(?i:one|another)[ \t]*,[ \t]+")  # "” said one, Jo Hart, 29"
_SAID_UNNAMED = regex.compile(rf"[ \t]+({_UNNAMED.pattern})")  # "” said a person familiar with the talks"


def after_verb(text: str, a: int, b: int) -> sp.Stated | None:
    """Who a verb at `a` gives the quote to when no noun phrase follows it: 'one, Jo Hart, 29' (the one named), or
    someone not named ('a person familiar with the talks', 'two people briefed on it')."""
    m = _ONE_NAMED.match(text, a, b)
    if m is not None:
        who = sp.noun_phrase(text, m.end(), b, whole=False)
        return who if who is not None and who.name else None
    m = _SAID_UNNAMED.match(text, a, b)
    return sp.Stated(m[1], None, None, None, m.start(1), m.end(1)) if m is not None else None


def indefinite(text: str, a: int, b: int) -> sp.Stated | None:
    """'” one curator said', '” a shocked passer-by said': someone not named, whose words say what they are."""
    m = _INDEFINITE.fullmatch(text, a, b)
    return sp.Stated(m[1], None, m[2], None, m.start(1), m.end(1)) if m is not None else None


def _named_before(article: Article, at: int, pattern: regex.Pattern[str]) -> sp.Stated | None:
    """The last phrase `pattern` finds in the sentences just before `at` (in its sentence, then up to `_BACK` back)."""
    start = article.sentence(at)[0]
    for _ in range(_BACK):
        if start <= 0:
            break
        start = article.sentence(start - 1)[0]
    found = None
    for m in pattern.finditer(article.text, start, at):
        found = m
    if found is None:
        return None
    said = found[0].rstrip()
    return sp.Stated(said, None, None, None, found.start(), found.start() + len(said))


def group_before(article: Article, opening: int) -> sp.Stated | None:
    """'Prosecutors had sought eight years. “…” they wrote': the group that opens the sentence of the quote opened at
    `opening` or the sentence before, for whom 'they' stands."""
    s_start = article.sentence(opening)[0]
    starts = [s_start] if article.text[s_start:opening].strip() else []
    starts += [article.sentence(s_start - 1)[0]] if s_start > 0 else []
    for start in starts:
        m = _GROUP_HEAD.match(article.text, start, opening)
        if m is not None:
            return sp.Stated(m[0], None, None, m[0], m.start(), m.end())
    return None


def from_document(text: str, a: int, b: int) -> sp.Stated | None:
    """'a research note from Jo Hart, an analyst', 'a statement from Dublin Bus' at `a`: who wrote or sent it."""
    m = _DOCUMENT.match(text, a, b)
    return sp.noun_phrase(text, m.end(), b, whole=False) if m is not None else None


def opening_one(text: str, a: int, b: int) -> sp.Stated | None:
    """'A pal from his local club', 'A rep for the singer' as all of text[a:b], opening a sentence: someone not named."""
    m = _OPENING_ONE.fullmatch(text, a, b)
    return sp.Stated(m[1], None, m[2], None, m.start(1), m.end(1)) if m is not None else None
