"""Part of a whole ("39 of the 43", "Of the 1,317 cases ..., 1,450 involved") and share of a whole
("32% of the 1,317 cases, some 528 offences")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.relations import counts
from checker.relations.passage import Placed, Sentence, continued, next_to, range_ends, span
from checker import units
from checker.model import Claim, WHEN_KINDS
from checker.relations.record import Relation

_OF = re.compile(r"^[ \t]+of[ \t]+(?:(?:the|all|its|their|those|these|his|her|our|your|my|this|that)[ \t]+)?(?:[A-Za-z][\w-]*['’]s?[ \t]+)?$", re.I)
_OF_THE = re.compile(r"(?:^|[,;:–—][ \t]*|\b(?:that|and|but|while|found)[ \t]+)(?:of|out[ \t]+of|among)[ \t]+(?:a[ \t]+total[ \t]+of[ \t]+)?(?:(?:the|all|those|these|its|their)[ \t]+)?"
                     r"(?:[A-Za-z][\w-]*['’]s?[ \t]+)?$", re.I)
# between a whole and the amount restating its share: a few words, then ", or", "(about", ", some", " – "
_AMOUNT = re.compile(r"^[^,;()–—:]{0,40}?(?:,[ \t]*(?:or[ \t]+|that[ \t]+is[ \t]+|(?:the[ \t]+)?equivalent[ \t]+(?:to|of)[ \t]+|equal[ \t]+to[ \t]+)?"
                     r"|[ \t]*\([ \t]*|[ \t]*[–—][ \t]*)(?:a[ \t]+(?:staggering|whopping|total[ \t]+of|mere)[ \t]+)?(?:(?:about|around|roughly|some|nearly|almost|just|only|barely|over|under|more[ \t]+than|fewer[ \t]+than|"
                     r"less[ \t]+than|just[ \t]+over|just[ \t]+under)[ \t]+)?$", re.I)
# between the whole of "Of the 1,317 cases ..." and its part: a clause, a comma, no other figure; or a pronoun and its verb
# ("Of the seven charges he faced, he was cleared of two")
_CLAUSE = re.compile(r"^[^;:.]{0,80}?,[ \t]*(?:(?:he|she|they|we|it)[ \t]+(?:[a-z][\w'’-]*[ \t]+){1,3}?)?(?:only[ \t]+|just[ \t]+|some[ \t]+)?$", re.I)
# "9 out of 8 homes", "1,520 of its 1,400 respondents", "230 homes out of a total of 210", "26 schools, out of 24": a noun
# between the part and its whole only with "out of" ("300 residents of 12 streets" is no part of a whole)
_OUT_OF = re.compile(r"^(?:[ \t]+of|(?:[ \t]+[a-z][\w'’-]*){0,8}(?:,|[ \t][–—])?[ \t]+out[ \t]+of)[ \t]+(?:(?:just|only|some|about|around|nearly|almost)[ \t]+)?"
                     r"(?:(?:the|all|its|their|our|a[ \t]+total[ \t]+of)[ \t]+)?(?:[\w-]+['’]s?[ \t]+)?$", re.I)
# "14 seats on the 12-member board", "31 seats in the 29-seat assembly": seats of a body told by its size
_SEATS_OF = re.compile(r"^[ \t]+(?:seats|places|posts)[ \t]+(?:on|in|of)[ \t]+(?:the|a|its|their)[ \t]+$", re.I)
_SIZED = re.compile(r"^[ \t]*-[ \t]*(?:member|seat|strong|place)\b", re.I)
_LEADS = re.compile(r"^(?:[ \t]+[\w'’-]+){0,9}[ \t]*(?:,[ \t]*(?:or|that[ \t]+is|some|about|around|nearly|almost)?|\(|[ \t][–—])[ \t]*$", re.I)
SHARES = {"percent", "ratio"}
WHOLES = {"count", "money"}


# "200 people, of whom 40 were children": a part of the figure before
_OF_WHOM = re.compile(r"^(?:[ \t]+[\w'’-]+){0,3},[ \t]+(?:of|out[ \t]+of)[ \t]+(?:whom|which|these|those|them)[ \t]+(?:only[ \t]+|just[ \t]+|some[ \t]+)?$", re.I)

# "230 witnesses, 160 of whom were patients": the part before "of whom"
# the clause after a whole, then its part "of them": "runs 27 schools across the county, and 31 of those"
_CLAUSE_THEN = re.compile(r"^(?:[ \t]+[\w'’-]+){0,5}[ \t]*[,;][ \t]*(?:and|but|while)?[ \t]*(?:only[ \t]+|just[ \t]+|some[ \t]+)?$", re.I)
_COMMA_THEN = re.compile(r"^(?:[ \t]+[\w'’-]+){0,3},[ \t]+(?:only[ \t]+|just[ \t]+|some[ \t]+)?$", re.I)
_WHOM_AFTER = re.compile(r"^[ \t]+(?:of|out[ \t]+of)[ \t]+(?:whom|which|them|these|those)\b", re.I)


def parts(passage: list[Sentence]) -> Iterator[Relation]:
    """'N of the M' (one figure), 'Of the M things ..., N did' and 'M things, of whom N' (two), and 'M things. Of
    those, N ...' over two sentences."""
    for k, s in enumerate(passage):
        whole = _carried(passage, k) if _OF_THESE.match(s.text) or k and counts.of_the_noun(passage[k - 1], s) else None
        first = next((p for p in s.figures if p.claim.kind not in WHEN_KINDS), None) if whole is not None else None
        if whole is not None and first is not None and first.claim.kind == whole.claim.kind and first.claim.unit == whole.claim.unit \
                and s.text[: first.at].rstrip(" \t").endswith(","):
            yield Relation("part-of-whole", (first.claim, whole.claim), ("part", "whole"), s.text[: first.end])
        yield from _of_them_before(passage, k)
        for i, p in enumerate(s.figures):
            c = p.claim
            details = dict(c.details)
            before = next((q for q in reversed(s.figures[:i]) if q.claim.kind not in WHEN_KINDS), None)
            if c.kind == "count" and before is not None and (before.claim.kind, before.claim.unit) == (c.kind, c.unit) \
                    and _OF_THEM.match(s.after(p, 12)) and _CLAUSE_THEN.match(s.between(before, p)):  # "runs 27 schools, and 31 of those"
                yield Relation("part-of-whole", (c, before.claim), ("part", "whole"), span(s, before, p))
            if c.kind == "ratio" and details.get("part") is not None and details.get("whole") is not None and " of " in c.text:
                yield Relation("part-of-whole", (c,), ("part-and-whole",), c.text,
                               (("part", details["part"]), ("whole", details["whole"])))
            elif (c.kind in WHOLES or c.kind == "measure") and _OF_THE.search(s.before(p, 24)):
                part = _part_after(s, i)
                if part is not None:
                    yield Relation("part-of-whole", (part.claim, c), ("part", "whole"), s.text[max(0, p.at - 7) : part.end])
            whole = next((q for q in s.figures[i + 1 : i + 3] if q.claim.kind not in WHEN_KINDS), None)
            if c.kind in {"count", "measure"} and whole is not None and _alike(s, c, whole) \
                    and (_OUT_OF.match(s.between(p, whole)) or _SEATS_OF.match(s.between(p, whole)) and _SIZED.match(s.after(whole, 12))):  # "9 out of 8 homes", "60 miles of the 48-mile path", "70 miles of the 80km trail"
                yield Relation("part-of-whole", (c, whole.claim), ("part", "whole"), span(s, p, whole))
                share = next((q for q in s.figures if q.at > whole.end), None)
                if share is not None and share.claim.kind == "percent" and _LEADS.match(s.between(whole, share)):
                    yield Relation("share-of-whole", (share.claim, whole.claim, c), ("share", "whole", "amount"),
                                   span(s, p, share))  # "30 of the club's 200 members, or 25%"
            if c.kind in WHOLES and whole is not None and (whole.claim.kind, whole.claim.unit) == (c.kind, c.unit) \
                    and (_OF_WHOM.match(s.between(p, whole))  # the figure after is a part of this one: "200 people, of whom 40"
                         or _COMMA_THEN.match(s.between(p, whole)) and _WHOM_AFTER.match(s.after(whole, 24))):  # "230 witnesses, 160 of whom"
                yield Relation("part-of-whole", (whole.claim, c), ("part", "whole"), span(s, p, whole))


# a measure that gives a whole another dimension than its length: "the 2-metre-high wall", "a 40ft-deep shaft"
_ACROSS = re.compile(r"^[ \t-]*(?:high|tall|wide|deep|thick|square|cubic)\b", re.I)


def _of_them_before(passage: list[Sentence], k: int) -> Iterator[Relation]:
    """'Inspectors visited 215 homes. They found breaches at 40 of them.': the first count of a sentence, told "of them",
    a part of the whole the sentence before ends with."""
    s = passage[k]
    first = next((p for p in s.figures if p.claim.kind not in WHEN_KINDS), None)
    if first is None or first.claim.kind != "count" or not _OF_THEM.match(s.after(first, 12)) or _OF_THESE.match(s.text) \
            or not s.text.rstrip().endswith((".", "!", "?")):  # a list item or a headline: it may count what its heading does
        return
    whole = _carried(passage, k)
    if whole is None or (whole.claim.kind, whole.claim.unit) != (first.claim.kind, first.claim.unit):
        return
    yield Relation("part-of-whole", (first.claim, whole.claim), ("part", "whole"), s.text[: first.end + 8].rstrip())
    share = next((q for q in s.figures if q.at > first.end), None)
    if share is not None and share.claim.kind == "percent" and _OF_THEM_OR.match(s.between(first, share)):
        yield Relation("share-of-whole", (share.claim, whole.claim, first.claim), ("share", "whole", "amount"),
                       span(s, first, share))  # "2,000 pupils sat the test. 700 of them, or 45 per cent, passed"


_OF_THEM_OR = re.compile(r"^[ \t]+of[ \t]+(?:them|these|those)[ \t]*(?:,[ \t]*(?:or[ \t]+)?|\([ \t]*|[ \t][–—][ \t]*(?:or[ \t]+)?)"
                         r"(?:(?:about|around|roughly|some|nearly|almost)[ \t]+)?$", re.I)


def _alike(s: Sentence, part: Claim, whole: Placed) -> bool:
    """Whether a part and a whole are of one thing: counts, or measures of one length (in any units, "70 miles of the 80km
    trail"), but not a length of a whole given by another ("300 metres of the 2-metre-high wall")."""
    w = whole.claim
    if part.kind != w.kind or part.kind != "measure":
        return (part.kind, part.unit) == (w.kind, w.unit)
    return units.comparable(part, w) and not _ACROSS.match(s.after(whole, 8))


def _carried(passage: list[Sentence], k: int) -> Placed | None:
    """The whole a sentence opened by "Of these," takes from the sentence just before it: that one's last figure, if a whole."""
    if not k or not next_to(passage[k - 1], passage[k]):
        return None
    last = next((p for p in reversed(passage[k - 1].figures) if p.claim.kind not in WHEN_KINDS), None)
    return last if last is not None and last.claim.kind in WHOLES else None


def _part_after(s: Sentence, i: int) -> Placed | None:
    """The count that a clause opened by 'Of the M ...' gives as its part, if one follows the comma."""
    whole = s.figures[i]
    for j in range(i + 1, min(i + 3, len(s.figures))):
        p = s.figures[j]
        if p.claim.kind in WHEN_KINDS:
            continue
        if _alike(s, p.claim, whole) and _CLAUSE.match(s.between(whole, p)):
            return p
        return None
    return None


_OF_THESE = re.compile(r"^(?:and[ \t]+)?(?:of|out[ \t]+of|among)[ \t]+(?:these|those|them|which|this|that)\b", re.I)
_POLL = re.compile(r"\b(?:survey|poll|study|sample|census|questionnaire)[ \t]+of[ \t]+(?:some[ \t]+|more[ \t]+than[ \t]+|nearly[ \t]+)?$", re.I)
_SIDE = re.compile(r"^[ \t]*(?:\(|[–—][ \t]*(?:or\b)?|,[ \t]*or)[ \t]*(?:about[ \t]+|some[ \t]+|around[ \t]+|nearly[ \t]+)?$", re.I)


def _opened(passage: list[Sentence]) -> Iterator[Relation]:
    """'Of the 2,450 complaints, 28 per cent (931) were upheld'; '... 2,450 complaints. Of these, 931 – 28% – were':
    a share and its amount side by side, of the whole that opens their sentence (or the last of the sentence before)."""
    for k, s in enumerate(passage):
        whole: Placed | None = None
        start = 0
        if _OF_THESE.match(s.text):
            whole = _carried(passage, k)
        for i, p in enumerate(s.figures[:3]):
            if whole is None and p.claim.kind in WHOLES and (_OF_THE.search(s.before(p, 24)) or _POLL.search(s.before(p, 30))):
                whole, start = p, i + 1
        if whole is None:
            continue
        found = _side_by_side(s, start)
        if found is not None:
            share, amount = found
            yield Relation("share-of-whole", (share, whole.claim, amount), ("share", "whole", "amount"),
                           s.text[s.figures[start].at : s.figures[min(start + 1, len(s.figures) - 1)].end])


def _side_by_side(s: Sentence, start: int) -> tuple[Claim, Claim] | None:
    """The first share and amount told side by side from the start-th figure on ("28 per cent (931)", "931 – 28% –")."""
    for i in range(start, min(start + 3, len(s.figures))):
        p = s.figures[i]
        if p.claim.kind == "range" and p.claim.unit == "percent" and not p.claim.text.lower().startswith(("from", "between")):
            ends = range_ends(p.claim, low_percent=True)
            return ends if ends is not None and ends[1].value is not None and ends[1].value > 100 else None
        if i + 1 < len(s.figures) and _SIDE.match(s.between(p, s.figures[i + 1])):
            a, b = p.claim, s.figures[i + 1].claim
            if a.kind in SHARES and b.kind in WHOLES:  # "28 per cent (931)", "a quarter – 450 –"
                return a, b
            if b.kind in SHARES and a.kind in WHOLES:
                return b, a
    return None


_OF_THEM = re.compile(r"^[ \t]+of[ \t]+(?:them|these|those)\b", re.I)


def _of_them(passage: list[Sentence]) -> Iterator[Relation]:
    """'The council asked 1,500 tenants. A quarter of them, about 380, said ...': a share of the whole the sentence
    before ends with (or the figure before it in its sentence), and the amount that restates it."""
    for k, s in enumerate(passage):
        for j, share in enumerate(s.figures[:-1]):
            if share.claim.kind in SHARES and _OF_THEM.match(s.after(share, 12)):
                yield from _share_of_them(s, share, s.figures[j + 1], _whole_before(s, j) if j else _carried(passage, k))


def _whole_before(s: Sentence, j: int) -> Placed | None:
    """The figure before the j-th of a sentence, when a whole: "3,600 calls – two-thirds of them, 2,400, from women"."""
    last = next((p for p in reversed(s.figures[:j]) if p.claim.kind not in WHEN_KINDS), None)
    return last if last is not None and last.claim.kind in WHOLES else None


def _share_of_them(s: Sentence, share: Placed, amount: Placed, whole: Placed | None) -> Iterator[Relation]:
    """A share "of them" of a whole told before it, and the amount after it that restates it."""
    if whole is not None and (amount.claim.kind, amount.claim.unit) == (whole.claim.kind, whole.claim.unit) \
            and _AMOUNT.match(s.between(share, amount)):
        yield Relation("share-of-whole", (share.claim, whole.claim, amount.claim), ("share", "whole", "amount"), span(s, share, amount))


# an amount and its share in brackets, of the whole told earlier in its clause: "checks on 18,000 lorries found defects on
# 3,600 (20%)", "The survey of 1,000 adults found 420 (42%) had ..."
_BRACKETED = re.compile(r"^[ \t]*\([ \t]*$")
_CLOSED = re.compile(r"^[ \t]*\)")
_ONE_CLAUSE = re.compile(r"^[^;:()]{1,80}$")
_NOT_A_SHARE = re.compile(r"\b(?:up|down|rise|rose|fall|fell|increase|decrease|change|growth|grew|higher|lower|more|fewer|less|from|than|against|compared)\b", re.I)


def _bracketed(s: Sentence) -> Iterator[Relation]:
    """An amount with its share in brackets after it, of the one earlier figure of its kind in its clause, larger than it."""
    figures = [p for p in s.figures if p.claim.kind not in WHEN_KINDS]
    for k in range(1, len(figures) - 1):
        whole, amount, share = figures[k - 1], figures[k], figures[k + 1]
        if share.claim.kind != "percent" or share.claim.unit != "percent" or amount.claim.kind not in WHOLES \
                or (whole.claim.kind, whole.claim.unit) != (amount.claim.kind, amount.claim.unit) \
                or not _BRACKETED.match(s.between(amount, share)) or not _CLOSED.match(s.after(share, 4)):
            continue
        gap = s.between(whole, amount)
        if not _ONE_CLAUSE.match(gap) or _NOT_A_SHARE.search(gap) or _NOT_A_SHARE.search(s.after(share, 30)[:12]) \
                or whole.claim.value is None or amount.claim.value is None or amount.claim.value >= whole.claim.value:
            continue
        yield Relation("share-of-whole", (share.claim, whole.claim, amount.claim), ("share", "whole", "amount"), span(s, whole, share))


def shares(passage: list[Sentence]) -> Iterator[Relation]:
    """The shares of `_shares`, and an amount with its share in brackets of the whole before it in its clause when no
    other reading has that share (`_bracketed`)."""
    read: set[int] = set()
    for r in _shares(passage):
        read.add(r.figures[0].start)
        yield r
    for s in passage:
        yield from (r for r in _bracketed(s) if r.figures[0].start not in read)
        yield from _with_amount(s)


# "Turnout was 41%, with 18,900 ballots cast from an electorate of 52,000": a share, then ", with" its amount and its whole
_WITH = re.compile(r"^[^;:.()]{0,30}?,[ \t]*with[ \t]+(?:some[ \t]+|about[ \t]+|around[ \t]+|nearly[ \t]+|almost[ \t]+)?$", re.I)
_OUT_OF_WHOLE = re.compile(r"^(?:[ \t]+[a-z][\w'’-]*){0,4}[ \t]+(?:out[ \t]+of|from|of)[ \t]+(?:(?:an?[ \t]+)?(?:electorate|population|total|"
                           r"possible|register|roll|field|pool)(?:[ \t]+of)?[ \t]+|the[ \t]+)?$", re.I)


def _with_amount(s: Sentence) -> Iterator[Relation]:
    """A percentage, then ", with" the amount it is of a whole told after it ("out of", "from an electorate of")."""
    figures = [p for p in s.figures if p.claim.kind not in WHEN_KINDS]
    for share, part in zip(figures, figures[1:]):  # "Turnout was 38%, with 23,118 of the 60,518 voters": a part of a whole
        if share.claim.kind == "percent" and (share.claim.unit or "percent") == "percent" and part.claim.kind == "ratio" \
                and " of " in part.claim.text and dict(part.claim.details).get("whole") and _WITH.match(s.between(share, part)):
            yield Relation("restatement", (share.claim, part.claim), ("first", "second"), span(s, share, part), (("as", "share"),))
    for share, amount, whole in zip(figures, figures[1:], figures[2:]):
        if share.claim.kind == "percent" and (share.claim.unit or "percent") == "percent" \
                and amount.claim.kind == whole.claim.kind == "count" and amount.claim.unit == whole.claim.unit \
                and _WITH.match(s.between(share, amount)) and _OUT_OF_WHOLE.match(s.between(amount, whole)):
            yield Relation("share-of-whole", (share.claim, whole.claim, amount.claim), ("share", "whole", "amount"),
                           span(s, share, whole))


def _shares(passage: list[Sentence]) -> Iterator[Relation]:
    """'P% of the W ...' with, when it follows, the amount that restates it (', or N', '(about N)'); a share and
    its amount under a whole that opens their sentence or ends the sentence before ("Of them, ...")."""
    yield from _opened(passage)
    yield from _of_them(passage)
    for s in passage:
        figures = s.figures
        for i in range(len(figures) - 1):
            share, whole = figures[i], figures[i + 1]
            if share.claim.kind not in SHARES or whole.claim.kind not in WHOLES or not _OF.match(s.between(share, whole)):
                continue
            if share.claim.kind == "ratio" and " of " in share.claim.text:
                continue  # "39 of the 43" is itself a part of a whole
            amount = figures[i + 2] if i + 2 < len(figures) else None
            before = next((q for q in figures[i - 1 :: -1] if q.claim.kind not in WHEN_KINDS), None) if i else None
            if before is not None and before.claim.kind == whole.claim.kind and before.claim.unit == whole.claim.unit \
                    and (_LEADS.match(s.between(before, share)) or continued(s.between(before, share))):
                # "528 offences, or 32% of the 1,317 cases"; "2,400 flights were cancelled. That was 15% of the 12,000"
                yield Relation("share-of-whole", (share.claim, whole.claim, before.claim), ("share", "whole", "amount"),
                               span(s, before, whole))
                continue
            if amount is not None and amount.claim.kind == whole.claim.kind and amount.claim.unit == whole.claim.unit \
                    and _AMOUNT.match(s.between(whole, amount)):
                yield Relation("share-of-whole", (share.claim, whole.claim, amount.claim), ("share", "whole", "amount"),
                               span(s, share, amount))
            else:
                yield Relation("share-of-whole", (share.claim, whole.claim), ("share", "whole"), span(s, share, whole))
