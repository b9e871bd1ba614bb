"""Named count: a count and the items it names ("three countries: France, Spain and Italy"; "The two
men, A, B and C, were charged"; "31 of the 35 trusts replied; only Kent, Essex and Surrey did not";
"Of the 20 councils, 17 signed up; the exceptions were ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.extract.numbers import GROUPS
from checker.model import WHEN_KINDS
from checker.relations import shares
from checker.relations.passage import Sentence
from checker.relations.record import Relation

_NAME = r"[A-Z][\w'’&.-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+|de[ \t]+|upon[ \t]+)?[A-Z][\w'’&.-]*)*"
_ONE = rf"(?:the[ \t]+)?{_NAME}"
_LISTED_NAMES = rf"{_ONE}(?:[ \t]*,[ \t]*{_ONE})*[ \t]*,?[ \t]+and[ \t]+{_ONE}"
_NAMES = rf"(?P<names>{_LISTED_NAMES})"
_REST = re.compile(
    rf"\b(?:only|except(?:[ \t]+for)?|apart[ \t]+from|other[ \t]+than|with[ \t]+the[ \t]+exception[ \t]+of|bar|but[ \t]+not|"
    rf"the[ \t]+(?:exceptions?|holdouts?|others?|rest)[ \t]+(?:were|being|was|are|is))[ \t]+{_NAMES}"
    # one name left: "the exception was Hill Top", "the only exception being Dorset", "with the exception of Mr Ruiz"
    rf"|\b(?:the[ \t]+(?:only[ \t]+)?(?:exception|holdout|odd[ \t]+one[ \t]+out)[ \t]+(?:was|being|is)|except(?:[ \t]+for)?|"
    rf"with[ \t]+the[ \t]+(?:sole[ \t]+|single[ \t]+|lone[ \t]+)?exception[ \t]+of)[ \t]+(?P<one>{_ONE})(?![\w'’&.-]|[ \t]*,?[ \t]+and[ \t]+[A-Z]|[ \t]*,[ \t]*[A-Z])")
# "N things: A, B and C", "N things – A, B and C –", ", namely A, B and C", ", named as", "N things are A, B and C", and the
# apposition "The two men, A, B and C, were charged"
_LIST = re.compile(rf"^(?P<thing>(?:[ \t]+(?:[a-z][\w'’-]*|[A-Z]{{2,}}s?|[A-Z][a-z]+(?=[ \t]+[a-z]))){{1,6}})[ \t]*(?::|[–—]|\(|,[ \t]*(?:named|identified)[ \t]+as|,[ \t]*namely|"
                   rf"[ \t](?:are|were|will[ \t]+be)(?=[ \t]+{_LISTED_NAMES}[ \t]*(?:[.!]|$))|,(?=[ \t]*{_LISTED_NAMES}[ \t]*,[ \t]+[a-z]))"
                   rf"[ \t]*{_NAMES}[ \t]*(?:[.),–—]|$)")
# the names set off by dashes or brackets just after a count, with no noun between: "just three – A, B, C and D – were"
_SET_OFF = re.compile(rf"^[ \t]*(?:[–—]|\()[ \t]*{_NAMES}[ \t]*(?:[–—)]|$)")
# the names before a count that an apposition set off by dashes or brackets gives ("Hull, Grimsby and Goole – the three
# ports on the estuary –", "Ms Obi and Mr Park (the three councillors who resigned)"), its noun and words up to the close
_BEFORE_SET_OFF = re.compile(rf"(?:^|[.;:,][ \t]*|\b(?:and|but|with|by|from|at|in)[ \t]+)(?P<names>{_LISTED_NAMES})[ \t]*(?:[–—]|\()[ \t]*(?:the|these|those|all)[ \t]+$")
_CLOSED_AFTER = re.compile(r"^(?:[ \t]+[a-z][\w'’-]*){1,8}[ \t]*[–—)]")
# after a count in a word that names its own thing ("the trio", "the quartet"), the names may follow with no noun: "The trio,
# A, B and C, were cleared", "The quintet are A, B, C and D"
_LIST_BARE = re.compile(_LIST.pattern.replace("{1,6}", "{0,6}", 1))
# the rest named as those that did otherwise: "29 signed up; Bromley, Bexley, Havering and Hillingdon refused", "All but two of
# the 20 clubs voted for it; Burnley, Luton and Wolves were against"
_OTHERWISE = (r"(?:(?:were|was|are|is|voted|came|stood)[ \t]+(?:against|opposed)|refused|declined|did[ \t]+not|didn['’]t|have[ \t]+not|"
              r"haven['’]t|has[ \t]+not|hasn['’]t|failed|held[ \t]+out|abstained|stayed[ \t]+out|opted[ \t]+out|said[ \t]+no)\b")
_DISSENT = re.compile(rf";[ \t]*(?:but[ \t]+)?{_NAMES}[ \t]+{_OTHERWISE}(?P<one>(?!))?")
# the rest named in the sentence after "N of the M ...": "Northfield, Eastgate and Kingsway did not.", "Only Kent refused."
_NEXT_DISSENT = re.compile(rf"^\s*(?:(?:But|Only)[ \t]+)?(?:{_NAMES}|(?P<one>{_ONE}))[ \t]+{_OTHERWISE}(?:[ \t]+(?!and\b|but\b|while\b)[a-z][\w'’-]*){{0,6}}[ \t]*[.!]")  # its own sentence, no other clause
# the one left named as the one that did otherwise, after a semicolon: "12 missed their targets; only Wessex Water was spared",
# "four backed the cuts; Ms Rahman was the exception"
_DISSENT_ONE = re.compile(rf";[ \t]*(?:but[ \t]+)?(?:only[ \t]+)?(?P<one>{_ONE})[ \t]+(?:was|is)[ \t]+(?:spared|exempt(?:ed)?|excused|"
                          rf"unaffected|the[ \t]+exception)\b(?P<names>(?!))?")
# the rest named as those left: "Six of the eight bidders withdrew, leaving only Apex and Bolt", "..., leaving Coastline Homes as
# the sole remaining bidder", "leaving Kent and Essex in the running"
_LEAVING_ONLY = re.compile(rf",[ \t]*leaving[ \t]+(?:only|just)[ \t]+(?:{_NAMES}|(?P<one>{_ONE})(?![\w'’&.-]|[ \t]*,?[ \t]+and[ \t]+[A-Z]|[ \t]*,[ \t]*[A-Z]))")
_LEAVING_AS = re.compile(rf",[ \t]*leaving[ \t]+(?:{_NAMES}|(?P<one>{_ONE}))[ \t]+(?:as[ \t]+the[ \t]+(?:sole|only|last|lone|remaining)|"
                         rf"in[ \t]+the[ \t]+(?:race|running|contest)|still[ \t]+standing)\b")
# some of the items counted, named: "The band's six albums include A, B, C and D", "seven sites, including A and B"
_SOME = re.compile(rf"^(?P<thing>(?:[ \t]+[a-z][\w'’-]*){{1,4}})[ \t]*,?[ \t]+(?:include|includes|included|including|such[ \t]+as|among[ \t]+them)[ \t]+"
                   rf"{_NAMES}[ \t]*(?:[.),;–—]|$)")
# a count and the items it is made of, after a verb: "The shortlist of five comprises A, B, C and D", "The panel of three is made up of"
_COMPRISES = re.compile(rf"^(?:[ \t]+[a-z][\w'’-]*){{0,3}}?[ \t]+(?:comprises|comprised|comprise|consists[ \t]+of|consisted[ \t]+of|"
                        rf"(?:is|was|are|were)[ \t]+made[ \t]+up[ \t]+of)[ \t]+{_NAMES}[ \t]*(?:[.),;–—]|$)")
_ALL_BUT = re.compile(r"\ball[ \t]+but[ \t]+$", re.I)  # "All but two of the 10 clubs ...; the exceptions were A and B": two named
# "Police named the five victims as A, B, C and D": the names after "as", when a verb of naming leads to the count
_NAMING = re.compile(r"\b(?:named|identified|listed)[ \t]+(?:the[ \t]+|all[ \t]+)?$", re.I)
_NAMED_AS = re.compile(rf"^(?P<thing>(?:[ \t]+[a-z][\w'’-]*){{1,3}})[ \t]+as[ \t]+{_NAMES}[ \t]*(?:[.,;]|$)")
_ALL_BUT_ONE = re.compile(r"\ball[ \t]+but[ \t]+one[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?$", re.I)  # "one of the 14" is no ratio
_SPLIT = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")
SMALL = 12  # a count of named items beyond which nobody lists them
GROUP_WORDS = frozenset(GROUPS)


def named(passage: list[Sentence]) -> Iterator[Relation]:
    """'N of the M ...; only A, B and C did not' (the rest named) and 'N things: A, B and C' (all named)."""
    for s in passage:
        yield from _after(s)
        if len(s.figures) > 1 and _rest(s.text):
            yield from _rest_of_parts(s)
        for k, p in enumerate(s.figures):
            c = p.claim
            details = dict(c.details)
            part, whole = details.get("part"), details.get("whole")
            if c.kind == "ratio" and part is not None and whole is not None and " of " in c.text and part <= whole:
                found = _rest(s.after(p, 200))
                listed = (_LIST.match(s.after(p, 200)) or _SET_OFF.match(s.after(p, 200))) if found is None and part <= SMALL else None
                if listed is not None and not _figure_within(s, k, p.end + listed.end()):  # "Two of the six candidates, A, B and C, withdrew"
                    yield Relation("named-count", (c,), ("count",), s.text[p.at : p.end + listed.end()],
                                   (("counts", part), ("names", _names(listed["names"])), ("how", "all")))
                if found is not None:
                    names = _names(found["names"] or found["one"])
                    rest = part if _ALL_BUT.search(s.before(p, 12)) else whole - part
                    yield Relation("named-count", (c,), ("count",), s.text[p.at : p.end + found.end()],
                                   (("counts", rest), ("names", names), ("how", "rest")))
            elif c.kind == "count" and _ALL_BUT_ONE.search(s.before(p, 30)) and (found := _REST.search(s.after(p, 200))):
                yield Relation("named-count", (c,), ("count",), s.text[p.at : p.end + found.end()],
                               (("counts", 1), ("names", _names(found["names"] or found["one"])), ("how", "rest")))
            elif c.kind == "count" and c.qualifier == "exact" and c.value is not None and 2 <= c.value <= SMALL:
                listed = (_LIST_BARE if c.text.lower() in GROUP_WORDS else _LIST).match(s.after(p, 200)) \
                    or (_NAMED_AS.match(s.after(p, 200)) if _NAMING.search(s.before(p, 30)) else None) or _COMPRISES.match(s.after(p, 200)) \
                    or _SET_OFF.match(s.after(p, 200))
                before = _BEFORE_SET_OFF.search(s.before(p, 200)) if listed is None and _CLOSED_AFTER.match(s.after(p, 120)) else None
                if before is not None and not any(q.at < p.at and q.end > p.at - len(before[0]) for q in s.figures[:k]):
                    yield Relation("named-count", (c,), ("count",), s.text[p.at - len(before[0]) : p.end],
                                   (("counts", c.value), ("names", _names(before["names"])), ("how", "all")))
                    continue
                some = _SOME.match(s.after(p, 200)) if listed is None else None
                told = listed or some
                if told is not None and not _figure_within(s, k, p.end + told.end()):
                    yield Relation("named-count", (c,), ("count",), s.text[p.at : p.end + told.end()],
                                   (("counts", c.value), ("names", _names(told["names"])), ("how", "all" if listed else "some")))


# the sentence after a count that names what it counts: "They were Arden, Bexley and Colton.", "These are A and B."
_THEY_WERE = re.compile(rf"^\s*(?:They|These|Those)[ \t]+(?:were|are|being|(?P<some>include|included))[ \t]+{_NAMES}[ \t]*[.!]")
# a list under a sentence that ends with a colon, one name an item: "Three schools will close:" then "- St Anne's Primary" (its
# bullets blanked in a Markdown article's prose), each item a line of its own
_ITEM = re.compile(r"[ \t]*(?:[-*•+][ \t]+)?(?P<name>[A-Z][^\n\d:;.!?]{0,58}?)[ \t]*(?:\n|$)")
_BLANK = re.compile(r"[ \t]*\n")


def _after(s: Sentence) -> Iterator[Relation]:
    """The one count of a sentence and the names the words after it give: the next sentence ("Only two councils missed
    the deadline. They were A, B and C.") or the list its colon opens, one name an item."""
    counted = [p for p in s.figures if p.claim.kind not in WHEN_KINDS | {"duration"}]
    if len(counted) != 1 or not s.rest:
        return
    c = counted[0].claim
    details = dict(c.details)
    counts = details.get("part") if c.kind == "ratio" else c.value if c.kind == "count" and c.qualifier == "exact" else None
    if counts is None or not 2 <= counts <= SMALL:
        return
    they = _THEY_WERE.match(s.rest) if s.text.rstrip().endswith(".") else None
    rest = _NEXT_DISSENT.match(s.rest) if they is None and c.kind == "ratio" and s.text.rstrip().endswith(".") else None
    if rest is not None and details.get("whole") is not None:  # "Five of the seven met the target. A, B and C did not."
        yield Relation("named-count", (c,), ("count",), f"{s.text[counted[0].at :]} {rest[0].strip()}",
                       (("counts", details["whole"] - counts), ("names", _names(rest["names"] or rest["one"])), ("how", "rest")))
        return
    if they is not None:
        yield Relation("named-count", (c,), ("count",), f"{s.text[counted[0].at :]} {they[0].strip()}",
                       (("counts", counts), ("names", _names(they["names"])), ("how", "some" if they["some"] else "all")))
        return
    items = _items(s.rest) if s.text.rstrip().endswith(":") else []
    if len(items) >= 2:
        yield Relation("named-count", (c,), ("count",), f"{s.text[counted[0].at :]} {'; '.join(items)}",
                       (("counts", counts), ("names", tuple(items)), ("how", "all")))


def _items(rest: str) -> list[str]:
    """The names of a list that opens the words after a sentence, one an item, when every item is a short name (no figure)."""
    at = 0
    while (blank := _BLANK.match(rest, at)) is not None:
        at = blank.end()
    items: list[str] = []
    while (m := _ITEM.match(rest, at)) is not None and len(items) <= SMALL:
        items.append(m["name"].strip())
        at = m.end()
    tail = rest[at:].lstrip(" \t")
    return items if not tail or tail.startswith("\n") else []


def _rest_of_parts(s: Sentence) -> Iterator[Relation]:
    """'Of the 20 councils, 17 signed up; the exceptions were A, B and C': the rest of a part of a whole, named."""
    placed = {p.claim.start: p for p in s.figures}
    for r in shares.parts([s]):
        if r.roles != ("part", "whole") or r.figures[0].value is None or r.figures[1].value is None:
            continue
        part, whole = r.figures
        found = _rest(s.after(placed[part.start], 200))
        if found is not None and part.value <= whole.value:  # type: ignore[operator]
            yield Relation("named-count", (part, whole), ("count", "whole"), s.text[placed[whole.start].at : placed[part.start].end + found.end()],
                           (("counts", whole.value - part.value), ("names", _names(found["names"] or found["one"])), ("how", "rest")))  # type: ignore[operator]


def _rest(words: str) -> re.Match[str] | None:
    """The rest of a count named: after "only", "except", "the exceptions were", or as those that did otherwise after a
    semicolon."""
    return _REST.search(words) or _DISSENT.search(words) or _DISSENT_ONE.search(words) or _LEAVING_ONLY.search(words) \
        or _LEAVING_AS.search(words)


def _figure_within(s: Sentence, k: int, stop: int) -> bool:
    """True when a figure after the k-th starts before `stop`."""
    return k + 1 < len(s.figures) and s.figures[k + 1].at < stop


def _names(text: str) -> tuple[str, ...]:
    return tuple(n.removeprefix("the ").removesuffix(".") for n in _SPLIT.split(text) if n)
