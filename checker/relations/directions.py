"""Direction: a verb of movement and the two figures of its clause that go the other way ("Fly-tipping has
eased, with 930 incidents compared with 870 a year earlier"; "Milk yields slumped to 31 litres, up from 28")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.relations.pairs import _BREAK, _DOWN_VERBS, _UP, pairs
from checker.relations.passage import Sentence
from checker.relations.record import Relation

# the first verb of movement of a clause: "has eased", "fell again", "slumped"; never "up" or "down", which lead a pair
_VERB = re.compile(rf"\b(?:(?P<down>{_DOWN_VERBS.replace('|down', '')})|(?P<up>{_UP.replace('|up', '')}))\b", re.I)
STATED = {"change", "multiplier", "percent", "range"}  # a figure that states the movement: the change and trend checks read it
# words that open another clause between the verb and the pair, whose figures it need not describe ("shares slid after
# the firm said its debts had widened to £40m from £9m")
_ANOTHER_CLAUSE = re.compile(r"\b(?:after|as|because|since|when|while|whereas|but|although|though|said|says|reported|"
                             r"reports|showed|shows|that|which|who|whose|if|unless)\b", re.I)
_BY = re.compile(r"[ \t]+by\b", re.I)
REACH = 90  # characters from the verb to its pair


def directions(passage: list[Sentence]) -> Iterator[Relation]:
    """The first verb of movement of a sentence and the first pair after it in its clause, when no figure states the
    movement itself (a change or a multiple, read by `changes`)."""
    for s in passage:
        if any(p.claim.kind in STATED for p in s.figures) or len(s.figures) < 2:
            continue
        verb = _VERB.search(s.text)
        found = pairs(s) if verb is not None else []
        pair = next((q for q in found if q.at >= verb.end()), None) if verb is not None else None
        if verb is None or pair is None or pair.at - verb.end() > REACH or _BREAK.search(s.text[verb.end() : pair.at]) \
                or _ANOTHER_CLAUSE.search(s.text[verb.end() : pair.at]):
            continue
        if _BY.match(s.text, verb.end()):
            continue  # "increased by £2m to £14m": the amount states the movement (a change)
        way = "down" if verb["down"] else "up"
        yield Relation("direction", (pair.start, pair.end), ("from", "to"), s.text[verb.start() : pair.stop],
                       (("direction", way), ("said", verb[0])))
