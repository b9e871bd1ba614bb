"""Breakdown: a total and the parts that partition it ("nine lamps: three at the front, two on each
side and two at the back"; "The 450 job losses are split between Cardiff (200), Swansea (150) and
Newport (50)"; "Of the 340 staff, 120 work in Leeds, 150 in York and 90 in Hull"). A count and the
items it names is `checker.relations.named`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.model import Claim, WHEN_KINDS
from checker.relations.passage import Placed, Sentence, join, next_to, span
from checker.relations.record import Relation

TOTALS = {"count", "money", "percent"}
NEVER = {"age", "range", "change", "multiplier"}  # a list holding these is ages, scores or trends, never parts
SMALL_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"  # a part told in words: "were five golds"
_LISTED = re.compile(r"[:–—]|\b(?:are|were)[ \t]+(?:\d|" + SMALL_WORDS + r")|\b(?:total(?:l?ing)?|in[ \t]+all|altogether|making|split|divided?|divides|broken|breaks?|broke|shared?|compris\w*|consists?|made[ \t]+up|of[ \t]+which|mix|mixture|combination|blend|includ(?:ing|es?|ed))\b|^(?:of|all)\b|\)[ \t]*(?:,|and\b)", re.I)
# words after a total that split it into the parts listed next: "are split between", "comprises", "in total,", ", of which"
_SPLIT_INTO = re.compile(r"^(?:-(?:strong|member|seat))?(?:[ \t]+[a-z][\w'’-]*){0,3}?(?:,(?:[ \t]+which)?)?(?:[ \t]+(?:is|are|was|were|will[ \t]+be|has[ \t]+been|have[ \t]+been))?[ \t]+"
                         r"(?:(?:splits?|divided?s?|broken[ \t]+down|(?:breaks?|broke)[ \t]+down|shared?s?)[ \t]+(?:between|into|among|across|as)"
                         r"(?:[ \t]+(?:[a-z]+[ \t]+)?(?:phases|stages|parts|tranches|instalments|payments|lots|blocks|groups|batches)[ \t]+of)?|comprises?|comprising|"
                         r"consists?[ \t]+of|made[ \t]+up[ \t]+of|(?:an?[ \t]+)?(?:mix|mixture|combination|blend)[ \t]+of)[ \t]|"
                         r"^(?:[ \t]+[a-z][\w'’-]*){0,3}?[ \t]+(?:in[ \t]+total|in[ \t]+all|altogether),[ \t]|"
                         r"^(?:[ \t]+[a-z][\w'’-]*){0,3}?(?:,[ \t]+(?P<some>of[ \t]+(?:which|whom|these|them)|including)|[ \t]+(?P<include>includes?|included))[ \t]", re.I)
_WHOLE_OF = re.compile(r"\d[ \t]+(?:out[ \t]+)?of[ \t]+(?:(?:the|its|their|his|her|our)[ \t]+)?$", re.I)
PARTS_REACH = 12  # parts of one breakdown at most
# two on each side, one at either end: how many times a part is counted
_EACH = re.compile(r"^[ \t]+(?:on|at|in|for)[ \t]+(?:each|either|both)[ \t]+(?:side|end|flank|wing|bank)s?\b", re.I)
_DISTRIBUTIVE = re.compile(r"\b(?:each|every|apiece|per|a[ \t]+(?:day|week|month|year|piece|head))\b", re.I)
_SEPARATOR = re.compile(r"^[ \t]*(?:,[ \t]*(?:and[ \t]+|while[ \t]+|with[ \t]+)?|[ \t]and[ \t]+|;[ \t]*(?:and[ \t]+)?)$", re.I)
_NAME_COMMA = re.compile(r"\b[A-Z][\w'’.-]*,[ \t]*$")  # "Amy, 27": a name and a figure of it
_BARE = re.compile(r"^[ \t]*(?:[,;.)]|and\b|$)")


def breakdowns(passage: list[Sentence]) -> Iterator[Relation]:
    """'TOTAL things: PART ..., PART ... and PART ...' where every figure after the colon is a part of the same kind;
    'TOTAL things. Of those, PART ..., PART ...' over two sentences."""
    yield from _tallies(passage)
    for k, s in enumerate(passage):
        if k and (_OF_THOSE.match(s.text) or of_the_noun(passage[k - 1], s)) and next_to(passage[k - 1], s):
            yield from _carried(passage[k - 1], s)
        if len(s.figures) < 3 or not _LISTED.search(s.text):
            continue  # a total and two parts at least; no colon, dash or "a total of": no list of parts
        for i, total in enumerate(s.figures):
            if total.claim.kind not in TOTALS or (i and _WHOLE_OF.search(s.before(total, 16))):
                continue  # "won 14 of its 20 games: 10 at home and four away" breaks down the 14, not the 20
            before = _parts_before(s, i) if i >= 2 else None
            if before is not None:
                yield Relation("breakdown", (total.claim, *(p.claim for p in before)), ("total", *("part",) * len(before)),
                               span(s, before[0], total), (("times", (1,) * len(before)),))
                continue
            opened = _opening(s, i)
            if opened is None:
                continue
            colon, exhaustive, least = opened
            yield from _breakdown(s, i, total.end + colon + 1, exhaustive, least)


def _breakdown(s: Sentence, i: int, colon: int, exhaustive: bool | None, least: int) -> Iterator[Relation]:
    """The breakdown of the i-th figure into the parts listed from `colon` on, when there are `least` of them or their
    labels are the kinds of one whole (then they are all of it: "50 were men and 36 were women", unless `exhaustive` is
    None: "including" leaves some out whatever the parts)."""
    found = _parts(s, i, colon)
    if found is None:
        return
    parts, times = found
    whole = _complementary(s, parts)
    if len(parts) >= least or whole:
        yield Relation("breakdown", (s.figures[i].claim, *(p.claim for p in parts)), ("total", *("part",) * len(parts)),
                       span(s, s.figures[i], parts[-1]), (("times", tuple(times)), ("exhaustive", bool(exhaustive or whole and exhaustive is not None))))


# a list of labelled figures ending in its total: "- Smith: 1,204", "- Jones: 987", "- Total: 2,191"
_TALLY_TOTAL = re.compile(r"(?:^|[-*•+–][ \t]+)(?:(?:grand[ \t]+)?total|overall|all|in[ \t]+all|altogether)[ \t]*:[ \t]*$", re.I)
ITEM_GAP = 40  # characters between two items of a list at most: a line break, a bullet, an HTML comment (no sentence)
_TALLY_ITEM = re.compile(r"^(?:[ \t]+[a-z][\w'’-]*){0,2}?[ \t.;,]*(?:[ \t]*[-*•+–])?[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3}[ \t]*:[ \t]*$")


def _tallies(passage: list[Sentence]) -> Iterator[Relation]:
    """Lists of labelled figures ("Smith: 1,204"), one item a line (one-lined in a sentence or each its own), and the
    total that ends one ("Total: 2,191")."""
    run: list[tuple[Sentence, Placed]] = []
    for k, s in enumerate(passage):
        items = _labelled(s)
        if items is None or k and run and not next_to(passage[k - 1], s, ITEM_GAP):
            run = []
        if items is None:
            continue
        run += [(s, p) for p in items]
        last_s, total = run[-1]
        if not _TALLY_TOTAL.search(last_s.before(total, 24)):
            continue
        parts = [p for _, p in run[-1 - PARTS_REACH : -1]]
        run = []
        if len(parts) >= 2 and all((p.claim.kind, p.claim.unit) == (total.claim.kind, total.claim.unit) for p in parts):
            yield Relation("breakdown", (total.claim, *(p.claim for p in parts)), ("total", *("part",) * len(parts)),
                           " + ".join(p.claim.text for p in parts) + f" against {total.claim.text}",
                           (("times", (1,) * len(parts)), ("exhaustive", True)))


_TALLY_TAIL = re.compile(r"(?:[ \t]+[a-z][\w'’-]*){0,2}[ \t.;,]*$")  # "2,291 votes"


def _labelled(s: Sentence) -> list[Placed] | None:
    """The figures of a sentence that is nothing but labelled items ("Smith: 1,204 - Jones: 987"), else None."""
    starts = [0, *(p.end for p in s.figures[:-1])]
    if not _TALLY_TAIL.match(s.text, s.figures[-1].end) or not all(_TALLY_ITEM.match(s.text[a : p.at]) for a, p in zip(starts, s.figures)):
        return None
    return list(s.figures)


# "Police made 214 arrests. Of those, 120 were for drugs, ...": the parts of the last figure of the sentence before
_OF_THOSE = re.compile(r"^(?:and[ \t]+)?(?:of|out[ \t]+of)[ \t]+(?:these|those|them|which|this|that)(?:[ \t]+[a-z][\w'’-]*){0,2}?[ \t]*,[ \t]*", re.I)


# "Of the dead,", "Of the injured,", "Of the men held,": the ones the sentence before counts, by a word for the people a
# figure of harm or of the law counts, by a participle after its noun, or by a word of the sentence before ("injured")
_OF_THE_NOUN = re.compile(r"^(?:and[ \t]+)?(?:of|out[ \t]+of|among)[ \t]+the[ \t]+(?P<noun>[a-z][\w'’-]*)(?:[ \t]+(?P<done>[a-z][\w'’-]*))?[ \t]*,", re.I)
_THE_COUNTED = frozenset({"dead", "injured", "wounded", "missing", "victims", "casualties", "survivors", "fatalities", "arrested",
                          "accused", "defendants", "suspects", "detainees", "evacuees"})
_DONE = re.compile(r"(?:held|arrested|detained|killed|injured|hurt|charged|questioned|tested|surveyed|polled|asked|rescued|treated|"
                   r"admitted|evacuated|affected)$", re.I)


def of_the_noun(before: Sentence, s: Sentence) -> bool:
    """Whether a sentence opened by "Of the NOUN," (no figure in it) takes its whole from the sentence before: NOUN a word
    for those a figure of harm or of the law counts ("the dead", "the injured"), a noun and a participle ("the men held"), or
    a word of the sentence before ("The crash injured 48 passengers. Of the injured, ...")."""
    m = _OF_THE_NOUN.match(s.text)
    if m is None or any(p.at < m.end() for p in s.figures):
        return False
    noun = m["noun"].lower()
    return noun in _THE_COUNTED or bool(m["done"] and _DONE.match(m["done"])) or \
        re.search(rf"\b{re.escape(noun)}\b", before.text, re.I) is not None


def _carried(before: Sentence, s: Sentence) -> Iterator[Relation]:
    """The parts a sentence opened by "Of those," lists, of the last figure of the sentence before it (when a total)."""
    total = next((p for p in reversed(before.figures) if p.claim.kind not in WHEN_KINDS), None)
    if total is None or total.claim.kind not in TOTALS or _WHOLE_OF.search(before.before(total, 16)):
        return
    head = before.text.rstrip(".") + ", "
    joined = join(before, s, head)
    opener = _OF_THOSE.match(s.text) or _OF_THE_NOUN.match(s.text)
    yield from _breakdown(joined, len(before.figures) - 1 - before.figures[::-1].index(total),
                          len(head) + opener.end() if opener else len(joined.text), False, LEAST_OPENED)


# the outcomes of a decision: all of it only when three or more are told ("610 granted, 390 refused and 80 withdrawn"; "120
# granted and 90 refused" may leave some pending)
OUTCOMES = ("granted", "refused", "rejected", "approved", "upheld", "dismissed", "withdrawn")
# the kinds that make up a whole between them: "men" and "women", "in favour", "against" and "undecided", "the rest"
KINDS = (("men", "women"), ("male", "female"), ("males", "females"), ("boys", "girls"), ("adults", "children"),
         ("favour", "for", "against", "undecided", "abstained", "abstentions", "neither"), ("yes", "no", "unsure"),
         ("home", "away", "abroad"), ("public", "private"), ("full-time", "part-time"), ("urban", "rural"),
         ("wins", "won", "draws", "drawn", "drew", "defeats", "losses", "lost"), ("domestic", "international", "overseas"),
         OUTCOMES)

_KIND_WORD = {w: n for n, words in enumerate(KINDS) for w in words}
_REST = re.compile(r"\b(?:the[ \t]+rest|others?|the[ \t]+remainder|remaining|elsewhere|unknown|not[ \t]+known|unrecorded)\b", re.I)
_REST_BEFORE = re.compile(r"\b(?:the|its|their)[ \t]+(?:remaining|other)[ \t]+$", re.I)  # "and the remaining 21"
_WORD = re.compile(r"[a-z][a-z-]*", re.I)
_AMONG = re.compile(r"\b(?:among|amongst)[ \t]+(?:them|those|these)\b", re.I)
_LABEL_END = re.compile(r"[.;:,()]")


def _complementary(s: Sentence, parts: list[Placed]) -> bool:
    """True when the parts' labels are the kinds of one whole, each a different one ("men", "women"), or the last is
    the rest of it ("others", "the remainder"): a list that names all of its total."""
    labels = [s.text[p.end : q.at] for p, q in zip(parts, parts[1:])]
    tail = s.after(parts[-1], 40)
    labels.append(tail[: m.start()] if (m := _LABEL_END.search(tail)) else tail)
    if _REST.search(labels[-1]) or _REST_BEFORE.search(s.before(parts[-1], 24)):
        return True
    if _AMONG.search(labels[-1]):
        return False  # "five men and four women among them": some of them, whatever their kinds
    kinds = [_kinds(label) for label in labels]
    if not all(len(k) == 1 for k in kinds):
        return False
    found = [next(iter(k)) for k in kinds]
    if found[0][1] in OUTCOMES and len(found) < LEAST_OPENED:
        return False
    return len({group for group, _ in found}) == 1 and len({w for _, w in found}) == len(found)


def _kinds(label: str) -> set[tuple[int, str]]:
    """The kind words of a part's label; "for" only when no other is there ("3,100 for adults": adults, not a vote for)."""
    found = {(_KIND_WORD[w], w) for w in (x.lower() for x in _WORD.findall(label)) if w in _KIND_WORD}
    return {k for k in found if k[1] != "for"} or found if len(found) > 1 else found


# "Of the 340 staff, 120 work in Leeds, ...": the total opens its sentence, the parts follow its clause
# (or a possessive: "Of her 23 goals, ...", "Of the firm's £480m turnover, ...")
_OPENS_WITH = re.compile(r"^(?:of|out[ \t]+of)[ \t]+(?:(?:the|all|its|their|his|her|our)[ \t]+)?(?:[A-Za-z][\w-]*['’]s?[ \t]+)?$", re.I)
# a total said to be one ("A total of 47 cars", "All nine councillors"): its parts may follow its clause, or a dash far after it
_A_TOTAL = re.compile(r"\b(?:a[ \t]+total[ \t]+of|in[ \t]+all|in[ \t]+total|altogether)[ \t]+$", re.I)
_ALL = re.compile(r"^all[ \t]+$", re.I)  # a sentence opened by "All" and its total
FAR = 100  # characters after a total said to be one where the colon or dash before its parts may stand
_CLAUSE_END = re.compile(r"^(?:[ \t]+[\w'’-]+){0,6}?,[ \t]")
# "The 340 staff are based in Leeds (120), York (150) and Hull (90)": a few words, then parts labelled in brackets
# (a name may stand among the words, and a part be told in words: "The 14 medals won in Paris went to Lee (six), ...")
_TO_LABELS = re.compile(r"^(?:[ \t]+(?:[a-z][\w'’-]*|[A-Z][\w'’-]*(?=[ \t]+[a-z]))){1,9}?[ \t]"
                        r"(?=(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}[ \t]*\((?:\d|[a-z]+\)))")
LEAST_OPENED = 3  # parts after "Of the 340 staff, ...", at least: two may be of overlapping kinds ("200 are women and 150 over 40")


# "The 96 staff are 60 teachers and 26 support staff": a total, its noun, "are", and parts each with their own noun
_ARE_PARTS = re.compile(r"^(?:[ \t]+[a-z][\w'’-]*){1,5}?[ \t]+(?:are|were)[ \t]+(?=\d|" + SMALL_WORDS + ")", re.I)


def _named_parts(s: Sentence, i: int) -> bool:
    """Whether the next two figures after the i-th each name what they count ("60 teachers and 26 support staff"; not
    "are 19 and 21", which are ages)."""
    nxt = [q for q in s.figures[i + 1 : i + 4] if q.claim.kind not in WHEN_KINDS][:2]
    return len(nxt) == 2 and all(q.claim.subject and q.claim.subject.split()[0].isalpha() for q in nxt)


def _opening(s: Sentence, i: int) -> tuple[int, bool | None, int] | None:
    """Where the parts of the i-th figure (a total) start, counted from its end, whether they are all of it,
    and how many there must be: after a colon or dash, words that split it ("split between", "comprises",
    "in total,"; ", of which" may leave some out, ", including" does), the clause of "Of the 340 staff," or a few
    words before parts labelled in brackets (both may leave some out)."""
    total = s.figures[i]
    told = _A_TOTAL.search(s.before(total, 16)) or _ALL.match(s.text[: total.at])  # "A total of 47 cars were torched across the city on bonfire night – 22 in ..."
    after = s.after(total, FAR if told else 40)
    colon = next((at for at in (after.find(":"), after.find(" – "), after.find(" — ")) if at >= 0), -1)
    if colon < 0 and _SPLIT_INTO.match(s.after(total, FAR)) and (far := s.after(total, FAR).find(":")) >= 0:
        after, colon = s.after(total, FAR), far  # "The 540 beds will be shared among the region's hospitals: 200 at ..."
    if colon < 0 and (follows := _AS_FOLLOWS.match(s.after(total, 80))):  # "48 officers will be deployed as follows:"
        after, colon = follows[0], follows.end() - 1
    exhaustive: bool | None = True
    least = 2
    if colon < 0:
        split = _SPLIT_INTO.match(after)
        opened = _CLAUSE_END.match(after) if split is None and _OPENS_WITH.search(s.text[: total.at]) else None
        labels = _TO_LABELS.match(s.after(total, 100)) if split is None and opened is None else None
        are = _ARE_PARTS.match(after) if split is None and opened is None and labels is None else None
        are = are if are is not None and _named_parts(s, i) else None
        kinds = _CLAUSE_END.match(after) if not (split or opened or labels or are) and told else None
        found = split or opened or labels or are or kinds
        if found is None:
            return None
        colon = found.end() - 1
        exhaustive = split is not None and not split["some"] and not split["include"] or are is not None  # "are 60 teachers and 26 support staff": all of them
        exhaustive = None if split is not None and ((split["some"] or "").lower() == "including" or split["include"]) else exhaustive  # never all
        least = LEAST_OPENED if opened else PARTS_REACH + 1 if kinds else 2  # "A total of 57 ..., 31 men and 22 women": kinds of one whole
    between = (q for q in s.figures[i + 1 : i + 3] if q.claim.kind not in WHEN_KINDS and not _how_many(s, q))
    if ";" in after[:colon] or any(q.at < total.end + colon for q in between):
        return None
    return colon, exhaustive, least


_AS_FOLLOWS = re.compile(r"^(?:[ \t]+[a-z][\w'’-]*){1,8}?[ \t]+as[ \t]+follows[ \t]*:", re.I)
# "120 jobs will go at three sites: 50 in ...", "spread over three years: £10m in 2026, ...": a count of the parts just
# before the colon, never their total
_HOW_MANY = re.compile(r"^(?:[ \t]+[a-z][\w'’-]*){1,2}[ \t]*:", re.I)
_PARTS_LENGTH = re.compile(r"^[ \t]*:")  # after a length ("three years"), whose unit names the parts


def _how_many(s: Sentence, q: Placed) -> bool:
    """True when a figure just before the colon counts the parts listed after it ("three sites:", "over three years:")."""
    return bool(_HOW_MANY.match(s.after(q, 40)) or q.claim.kind == "duration" and _PARTS_LENGTH.match(s.after(q, 4)))


# the parts, then their total: "1,040 in the north, 870 in the centre and 380 in the south, a total of 2,310"
_TOTAL_AFTER = re.compile(r"^(?:[ \t]+[\w'’-]+){0,4}[ \t]*(?:,|[–—(:])[ \t]*(?:a[ \t]+total[ \t]+of|totalling|totaling|making|in[ \t]+all|"
                          r"altogether)[ \t]+$", re.I)


# or with the words that say so after it: "... and 40 rowans – 265 trees in all", "..., £31,500 in total"
_TOTAL_THEN = re.compile(r"^(?:[ \t]+[\w'’-]+){0,4}[ \t]*(?:,|[–—(:])[ \t]*$")
_IN_ALL_AFTER = re.compile(r"^(?:[ \t]+[a-z][\w'’-]*){0,2}[ \t]+(?:in[ \t]+all|in[ \t]+total|altogether|all[ \t]+told)\b", re.I)


def _parts_before(s: Sentence, i: int) -> list[Placed] | None:
    """The parts listed before a total told after them ('..., a total of 2,310', '..., 2,310 in all'), each of the same
    kind as the total and, unless the total says it is all of them after it, of the same thing, joined by commas or
    'and'."""
    total = s.figures[i]
    parts: list[Placed] = []
    for k in range(i - 1, max(-1, i - 1 - PARTS_REACH), -1):
        p = s.figures[k]
        if p.claim.kind in WHEN_KINDS:
            continue
        if p.claim.kind != total.claim.kind or p.claim.unit != total.claim.unit:
            break
        parts.insert(0, p)
    told = bool(_TOTAL_THEN.match(s.between(parts[-1], total)) and _IN_ALL_AFTER.match(s.after(total, 40))) if parts else False
    if len({c.claim.subject for c in (*parts, total) if c.claim.subject}) > 1 and not told:
        return None  # "12 men and 4 women, a total of 30 kilos": parts of another thing ("120 oaks, ... – 265 trees in all" are one)
    if len(parts) < 2 or not (_TOTAL_AFTER.match(s.between(parts[-1], total)) or told):
        return None
    if any(not _SEPARATOR.match(_tail(_NAME_LABEL_TAIL.sub(", ", s.between(a, b)))) or _DISTRIBUTIVE.search(s.between(a, b))
           for a, b in zip(parts, parts[1:])):
        return None  # joined by commas or "and", a name between them ("4,210, Labour 3,880") read as a comma
    return None if any(q.claim.kind in NEVER for q in s.figures[max(0, i - 1 - PARTS_REACH) : i]) else parts


# an age band in a part's label: "640 adults over 65", "190 children under five", "men aged 18 to 24"
_BAND_BEFORE = re.compile(r"\b(?:adults|people|children|men|women|boys|girls|patients|pupils|residents|drivers|those|workers|voters)"
                          r"(?:[ \t]+aged)?[ \t]+$", re.I)
_BAND = re.compile(r"(?:over|under|aged|above|below)\b", re.I)


def _band(s: Sentence, p: Placed) -> bool:
    """A figure that is an age band in the label of the part before it ("adults over 65"), never a part."""
    return p.claim.kind == "count" and bool(_BAND_BEFORE.search(s.before(p, 24))) and \
        (bool(_BAND.match(p.claim.text)) or p.claim.qualifier in {"more_than", "less_than"})


def _parts(s: Sentence, i: int, colon: int, least: int = 2) -> tuple[list[Placed], list[int]] | None:
    """The parts after a total's colon, each with how many times it counts, or None when the list is
    not a partition of one thing (ages, names with figures, a figure of another kind, a distributive of unknown reach)."""
    total = s.figures[i]
    window = s.figures[i + 1 : i + 2 + 2 * PARTS_REACH]  # parts and the dates among them, bounded
    rest = [p for p in window if p.at >= colon and p.claim.kind not in WHEN_KINDS and not _band(s, p)]
    if len(window) > 2 * PARTS_REACH or not least <= len(rest) <= PARTS_REACH:
        return None
    labelled = bool(_LABEL.fullmatch(s.text[colon : rest[0].at]))
    colons = not labelled and bool(_COLON_LABEL.fullmatch(s.text[colon : rest[0].at]))  # "as follows: roads: £14m; ..."
    named = not labelled and not colons and bool(_NAME_LABEL.fullmatch(s.text[colon : rest[0].at]))  # "split: Labour 27, ..."
    if s.text[colon : rest[0].at].strip(" \t–—-") and not labelled and not colons and not named:
        return None
    if labelled and total.claim.value == len(rest):
        return None  # "five children: Tom (30), Amy (27), ...": a figure of each item named, never its part
    if [p.claim.value for p in rest] == list(range(1, len(rest) + 1)):
        return None  # "ranked as follows: 1 Smith, 2 Jones, 3 Brown": places, never parts
    if total.claim.value is not None and all(p.claim.value is not None and p.claim.value > total.claim.value for p in rest):
        return None  # "three sites: 50 in Derby, 40 in Leeds": every part more than the total, which counts the parts
    if _OF_THEM_AFTER.match(s.text, rest[0].end):
        return None  # "11 finals – three of them Grand Slams – and ...": an aside on some of them, never a list of parts
    times = []
    for k, p in enumerate(rest):
        c = p.claim
        end = rest[k + 1].at if k + 1 < len(rest) else len(s.text)
        words = _unlabel(s.text[p.end : end]) if labelled else _COLON_LABEL_TAIL.sub("; ", s.text[p.end : end]) if colons \
            else _NAME_LABEL_TAIL.sub(", ", s.text[p.end : end]) if named else s.text[p.end : end]
        if c.kind in NEVER or c.kind != total.claim.kind or c.unit != total.claim.unit:
            return None
        if _scored(total.claim) and c.subject and c.subject != total.claim.subject and c.subject.split()[0].lower() not in _VERBS:
            return None  # "45 points: 12 wins, 9 draws": parts of another thing
        if _NAME_COMMA.search(s.before(p, 30)) and _BARE.match(words):  # "Amy, 27;": a figure of a name
            return None
        if k + 1 < len(rest) and not _SEPARATOR.match(_tail(_REST_BEFORE.sub("", words))):  # "... and the remaining 21"
            return None
        each = _EACH.match(words)
        if each is None and _DISTRIBUTIVE.search(words):
            return None
        times.append(2 if each else 1)
    return rest, times


# a part's label and its colon, before its figure: "roads: £14m", "social care: £38m", "Northgate: 420", "St Luke's: 160"
_COLON_LABEL = re.compile(r"[ \t]*[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,2}[ \t]*:[ \t]*")
# the next part's label ending a part's words, after a separator: "; personnel: ", " – personnel: " (list items one-lined)
_COLON_LABEL_TAIL = re.compile(r"(?:[;,]|[ \t][–—])[ \t]*[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,2}[ \t]*:[ \t]*$")
# a part's name before its figure, no colon between: "split: Labour 27, Conservatives 19 and independents 7"
_NAME_LABEL = re.compile(r"[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+")
_NAME_LABEL_TAIL = re.compile(r"(?:,|[ \t]and)[ \t]+(?:and[ \t]+)?(?:the[ \t]+)?[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,2}[ \t]+$")
_OF_THEM_AFTER = re.compile(r"[ \t]+of[ \t]+(?:them|these|those|which|whom)\b", re.I)
_LABEL = re.compile(r"[ \t]*(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}[ \t]*\(")
# a label after the first may be a common noun: "Labour (11), the Greens (8) and independents (6)"
_UNLABEL = re.compile(r"^\)|(?:the[ \t]+)?(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}|[a-z][\w'’-]*)[ \t]*\($")


def _unlabel(words: str) -> str:
    """The words between two labelled parts without the bracket and the next label: "), Swansea (" is ", "."""
    return _UNLABEL.sub("", _UNLABEL.sub("", words, count=1), count=1)


SCORES = {"point", "points", "goal", "goals", "run", "runs", "wicket", "wickets", "vote", "votes", "mark", "marks", "seat", "seats"}


# a verb read as a part's subject ("14 came from her right foot"): it names no thing of its own
_VERBS = frozenset({"came", "come", "were", "was", "are", "is", "went", "had", "have", "has", "did", "followed"})


def _scored(total: Claim) -> bool:
    """A total of points, goals, votes or seats: a score, never the sum of things of another name."""
    return bool(total.subject) and (total.subject or "").split()[0].lower() in SCORES


def _tail(words: str) -> str:
    """The separator at the end of a part's words: ', ', ' and ', '; '."""
    m = re.search(r"(?:[ \t]*(?:,|;)[ \t]*(?:and[ \t]+|while[ \t]+|with[ \t]+)?|[ \t]and[ \t]+)$", words)
    return m[0] if m else words
