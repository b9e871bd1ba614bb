"""The sub-group a figure is about: two figures for different groups are different quantities.

"200 girls", "children under 12", "men aged 18 to 24", "the over-65s", "black students": a figure
near such words is about that group; a figure for all is not held against a figure for a part.
"""

from __future__ import annotations

import regex

from checker.meaning.words import fold

# word families that name a part of a population; each match is brought to its family's name
_FAMILIES = {
    "female": r"girls?|women|woman|female|females|mothers?|wives|wife",
    "male": r"boys?|men|man|male|males|fathers?|husbands?",
    "child": r"(?:school)?child|(?:school)?children|kids?|pupils?|infants?|babies|baby|minors?|juveniles?|teen(?:ager)?s?|adolescents?",
    "adult": r"adults?|grown-ups?",
    "older": r"pensioners?|elderly|seniors?|retirees?|over-\d\ds",
    "student": r"students?|undergraduates?",
    "young": r"young\s+(?:people|adults?|men|women|workers|voters)|youngsters?|youths?|school-leavers?|under-\d\ds",
}
_FAMILY = regex.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _FAMILIES.items()) + r")\b")
# families that name one population in different countries' usage: a school's "students" (US) are its "pupils" (UK)
_KIN = {"student": "child"}


def alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two figures' groups are one population: the same families, a family and its kin counted as one."""
    return a == b or frozenset(_KIN.get(g, g) for g in a) == frozenset(_KIN.get(g, g) for g in b)


# "one of the stars", "five of them", "two of stars": a part of a whole told elsewhere; not "six of
# its seamen", which counts its seamen hurt however the whole is told
_PARTITIVE = regex.compile(r"\s+of\s+(?!age\b|its\b|their\b|his\b|her\b|our\b|my\b|your\b)")
_OBJECT = regex.compile(r"\s(?:of|with|to|for|by|from|in|on|at|against|involving|about)\s")  # where what a figure is of ends
# one wording of each age bound: "younger than 12" is "under 12", "12 years old" is "aged 12"
_SIDES = {"under": "under", "below": "under", "younger than": "under", "over": "over", "above": "over", "older than": "over"}
_AGE_LIMIT = regex.compile(r"\b(?P<side>under|over|aged|above|below|younger than|older than)[ -](?P<n>\d{1,3})\b"
                           r"|\b(?P<n>\d{1,3})(?P<side>[ -]years?[ -]olds?)\b", regex.V0)


# how wide a figure's population is: the whole country, the whole of a region, or one place in it (a
# national or region-wide figure is never held against one of a town in it); a sentence naming two says nothing
_SCOPES = {  # phrases that place a figure, not adjectives: "National Guard", "local officials", "local time" say nothing
    "national": regex.compile(r"\b(?:nationwide|nationally|countrywide|(?:across|in|throughout) the (?:country|nation))\b", regex.I),
    "local": regex.compile(r"\b(?:(?:in|of) the (?:county|region|city|town|district|province|borough|village|area))\b", regex.I),
    # the whole of an area below the nation: "across the county", "throughout Kent" (never one town in it)
    "regional": regex.compile(r"\b(?:across|throughout) (?:the (?:county|region|city|district|province|borough|area|state)\b|(?-i:\p{Lu}))", regex.I),
}


def scope(clause: str) -> str | None:
    """'national' or 'local' when a figure's clause says how wide its population is, else None."""
    found = [name for name, pattern in _SCOPES.items() if pattern.search(clause)]
    return found[0] if len(found) == 1 else None


def of(window: str, after: str = "", partitive: bool = False) -> frozenset[str]:
    """The groups named in a folded window of text (the words just before a figure and what it
    counts) and in its clause `after` it; with `partitive`, 'part' when the words right after it
    make it a part ("one of the stars")."""
    part = {"part"} if partitive and _PARTITIVE.match(after) else set()
    said = window + " " + _OBJECT.split(after, maxsplit=1)[0]  # not "reports of contact with a child"
    found = {m.lastgroup for m in _FAMILY.finditer(said) if m.lastgroup}
    found |= {f"{_SIDES.get(m['side'].strip(' -'), 'aged')} {m['n']}" for m in _AGE_LIMIT.finditer(said)}
    return frozenset(found | part)


# a figure aimed at, not done: "aims to build 500 homes a year", "a target of 300", "pledged £3bn"
_AIMED = regex.compile(r"\b(?:aims?|aimed|aiming|targets?|targeted|targeting|goal|ambition|pledge[sd]?|pledging|promise[sd]?|"
                       r"promising|vow(?:s|ed)?|wants?|hopes?|hoping)\b(?:\s+(?:to|of|is|was))?(?:\s+[\w'’-]+){0,3}?\s+\Z", regex.I)


# the word that opens a clause as its subject ("Adult tickets ... cost £28", "Pensioners will pay £3"), not a
# possessive ("Children's wards") nor one of a list ("Men and women")
_LEAD = regex.compile(r"[\s,;:()\u2013\u2014-]*(?:(?:and|but|while|whereas|although|as)\s+)?[\"“‘']?(?:(?:the|all|most|many|some)\s+)?(?P<word>[^\W\d][\w-]*)(?!['’])(?!\s+(?:and|or|&)\b)", regex.I)


def opening(clause: str) -> frozenset[str]:
    """The group whose word opens a figure's clause as its subject, when one does: the clause is said of that group
    ("Adult tickets for the show cost £28", "Children can see it for £18 a ticket", "Students pay £9")."""
    m = _LEAD.match(clause)
    found = _FAMILY.fullmatch(fold(m["word"])) if m else None
    return frozenset({found.lastgroup}) if found is not None and found.lastgroup else frozenset()


def before(clause: str) -> frozenset[str]:
    """The groups the words before a figure in its clause name: 'target' when they make it an aim, a
    pledge or a target, not a fact (`aimed`), and those named after "among" (`among`)."""
    return aimed(clause) | among(clause) | division(clause) | forecast(clause) if _MARKS.search(clause) else frozenset()


# a word any reading needs
_MARKS = regex.compile(r"\b(?i:aim|target|goal|ambition|pledg|promis|vow|want|hop|among|unit|division|arm|subsidiar|wing|forecast|predict|project|expect)")

# a figure someone foresees, not yet told as done: "forecast growth of 1.6%", "expects the economy to grow by 1.2%",
# "analysts had predicted 3%"; a forecast is not held against the outturn ("grew by 0.9%"). Not the passive "is
# expected to cost £52m", which tells the figure itself with a hedge, as "will cost" does
_FORECAST = regex.compile(r"\b(?<!\b(?:is|are|was|were|be|been|being)\s+)"
                          r"(?:forecasts?|forecasting|predict(?:s|ed|ing)?|project(?:s|ed|ing)|expect(?:s|ed|ing)?)\b"
                          r"(?:\s+[\w'’-]+){0,6}?\s+\Z", regex.I)


def forecast(before: str) -> frozenset[str]:
    """{'forecast'} when the words before a figure in its clause make it a forecast or an expectation, not an outturn."""
    return frozenset({"forecast"}) if _FORECAST.search(before) else frozenset()


# a part of a company named as the figure's owner: "Siemens's wind unit lost", "its retail arm made", "the
# consumer division of Unilever earned"; its figures are not the whole company's
_DIVISION = regex.compile(r"(?:['’]s|\b(?:its|their))\s+(?:[\w-]+\s+){0,3}?(?:unit|division|arm|subsidiary|wing)\b"
                          r"|\b(?:unit|division|arm|subsidiary|wing)\s+of\s", regex.I)


# a deal for the unit told before it: its price is the deal's, told of buyer and seller alike ("sold its bakery arm to
# Harlow for £40m"; not "its online wing sold", the unit's own sales)
_DEAL = regex.compile(r"\b(?:sold|sells?|selling|bought|buys?|buying|acquired|acquires?|acquiring|offload(?:s|ed|ing)?|"
                      r"float(?:s|ed|ing)?|spin(?:s|ning)?\s+off|spun\s+off|disposed?\s+of|takeover|deal)\b", regex.I)


def division(before: str) -> frozenset[str]:
    """{'division'} when the words before a figure in its clause make it a unit's, an arm's or a subsidiary's (not
    the price of a deal for the unit)."""
    m = _DIVISION.search(before)
    return frozenset({"division"}) if m and not _DEAL.search(before, 0, m.start()) else frozenset()


def aimed(before: str) -> frozenset[str]:
    """{'target'} when the words before a figure in its clause make it an aim, a pledge or a target, not a fact."""
    return frozenset({"target"}) if _AIMED.search(before) else frozenset()


_AMONG = regex.compile(r"\b(?:among|amongst)\s+(?:the\s+)?(?P<said>[\w'’ -]{1,30})", regex.I)


def among(before: str) -> frozenset[str]:
    """The groups a figure's clause names after "among" before it ("Unemployment among young people
    in the region rose to 14%", "Smoking among teenagers fell to 8%"): the figure is theirs."""
    m = _AMONG.search(before)
    return frozenset(f.lastgroup for f in _FAMILY.finditer(fold(m["said"])) if f.lastgroup) if m else frozenset()
