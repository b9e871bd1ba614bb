"""builtin.restated: a figure told twice in one article must be told the same way.

Only shares and trends of a named thing are compared (an article's unnamed counts are too many
and too alike to pair safely), and only when the words around them and their sentences say one
quantity (`checker.align.score`): an article's shares are mostly about the same few names. A headline against its body, a summary against its detail: "Instagram had 40% of the cases" and,
later, "Instagram accounted for 33% of the cases" is flagged; so is the same share given for 2017
in one place and 2018 in another. A figure given for two different periods with two different
values is a trend, not a slip, and passes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from checker.align import blocks as align
from checker.align import described
from checker.align.index import idf_table
from checker.align.score import Likeness
from checker.arith import overlap
from checker.engine import Aliases
from checker.meaning import Meaning
from checker.meaning.words import stem
from checker.findings import finding, stated
from checker.model import Claim, Finding, Severity
from checker.builtins.words import of_kind
from checker.relations import Relation

ID = "builtin.restated"
OPTIONS: dict[str, tuple[int, str]] = {}
ALIKE = 0.3  # the least likeness of two figures' words, names left out, at which they are one quantity
SEVERITY = Severity.WARNING
MESSAGE = "The article gives this figure twice, differently"
EXAMPLES = {
    "flagged": ["Data show Instagram had 40% of the cases.\n\nAs the report said, Instagram accounted for 33% of the cases.",
                "Data show Instagram had 33% of the cases in 2017.\n\nIn the report, Instagram had 33% of the cases in 2018."],
    "passes": ["Data show Instagram had 33% of the cases.\n\nAs the report said, Instagram accounted for 33 percent of the cases.",
               "Data show Instagram had 20% of the cases in 2017.\n\nBy 2018, Instagram had 33% of the cases.",
               # two statements about one name are two quantities
               "Some 44% of Canadians are complacent about the disease.\n\nIn all, 71% of Canadians would be nervous about telling friends.",
               "Only 52 percent of voters agreed that Smith is healthy enough to serve, while 73 percent said the same of Jones."
               "\n\nA majority expect Smith to win the debate, 44 percent to Jones's 34 percent."],
}


def run(claims: list[Claim], options: Mapping[str, int] | None = None, found: list[Relation] | None = None) -> Iterator[Finding]:
    """A finding for each pair of one article's figures of one quantity that differ in value or period."""
    named = [c for c in claims if c.about and c.kind in align.SHARE_KINDS]  # only a named share or trend is surely one quantity
    groups = [group for group in align.same_quantity(named, Aliases(), by_period=False) if len(group) > 1]
    if not groups:
        return
    # "32%-25%": a match-up's figures are two rivals', never one quantity told twice
    matched = {(c.start, c.end) for r in of_kind(claims, found, "rivals") for c in r.figures}
    groups = [[c for c in group if (c.start, c.end) not in matched] for group in groups] if matched else groups
    subjects = [same for group in groups
                for same in align.by_subject(group, named=False, key=lambda c: (c.subject or "").lower()) if len(same) > 1]
    if not subjects:
        return  # no figure of one thing told twice: nothing to describe
    items = described({"": claims})
    meanings = {(d.claim.start, d.claim.end): d.meaning for d in items}
    likeness = Likeness(idf_table(items))

    def alike(a: Claim, b: Claim) -> bool:  # worded as one quantity: "44% of voters are complacent" is not "71% of voters would be nervous"
        ma, mb = meanings.get((a.start, a.end)), meanings.get((b.start, b.end))
        return ma is not None and mb is not None and likeness.score(_unnamed(ma), _unnamed(mb)) >= ALIKE

    for same in subjects:  # of one thing
        yield from _compare(same, alike)


def _unnamed(m: Meaning) -> Meaning:
    """A meaning without its names, period or the words of its names: the shares of one article are
    about the same few names, so only what is said of them tells one quantity from another."""
    named = {stem(w) for n in m.names for w in n.split()}
    return m._replace(when=None, about=frozenset(), names=frozenset(),
                      near=tuple((c, w) for c, w in m.near if c not in named), sentence=m.sentence - named)


LOOK_BACK = 8  # the earlier figures of one name read for the telling a figure restates (linear in the article)


def _compare(group: list[Claim], alike: Callable[[Claim, Claim], bool]) -> Iterator[Finding]:
    """Each figure against the latest earlier figure it restates (another share between them is no
    reason to leave the pair unread)."""
    for k, later in enumerate(group):
        first = next((c for c in reversed(group[max(0, k - LOOK_BACK) : k]) if alike(c, later)), None)
        if first is None:
            continue
        same_value = overlap(first.interval, later.interval) is not None
        same_period = align.period_key(first) == align.period_key(later)
        if same_value and same_period or not same_value and not same_period:
            continue
        what = "no value fits both" if not same_value else (
            f"the same figure for different periods ({_period(first)} against {_period(later)})")
        yield finding(ID, SEVERITY, MESSAGE, [later, first], f"{stated(later)}; {stated(first)}: {what}")


def _period(claim: Claim) -> str:
    return claim.period.text if claim.period is not None else "no period"
