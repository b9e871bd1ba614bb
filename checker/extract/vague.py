"""Counts told by their order of size alone: 'dozens of homes', 'hundreds of fans', 'tens of thousands of people'.

Each allows a generous span of values (a reporter's "hundreds" is a few hundred to a thousand or two), so it is
held only against a figure clearly outside it ("hundreds of fans" against "around 80 supporters"). Where its source
also gives the figure ("475 are missing"), that figure is the one held against others, and "hundreds" is no rival
reading to it (`checker.align`). Told of a
population already known ("the thousands of members who voted", "its millions of customers") it counts
nothing new, and is no figure.
"""

from __future__ import annotations

import regex
from fractions import Fraction

from checker.extract.common import Raw
from checker.model import Interval

# the least and the most each order of size allows (the most excluded)
SPANS = {
    "dozens": (20, 150), "scores": (40, 300), "hundreds": (150, 2_000), "thousands": (1_500, 50_000),
    "tens of thousands": (15_000, 200_000), "hundreds of thousands": (150_000, 2_000_000),
    "millions": (1_500_000, 1_000_000_000),
}
# what follows "of" when the words count something: not money, time or another order of size ("hundreds of millions
# of pounds", "thousands of years"), nor a part of a whole told elsewhere ("dozens of them", "hundreds of the fans")
_VAGUE = regex.compile(
    r"(?<![\w-])(?<!(?:the|these|those|its|their|his|her|our|your|my)[ \t\u00a0])(?P<size>(?:tens|hundreds)[ \t\u00a0]+of[ \t\u00a0]+thousands|dozens|scores|hundreds|thousands|millions)"
    r"(?=[ \t\u00a0]+of[ \t\u00a0]+(?!(?:thousands|millions|billions|pounds|dollars|euros|pence|cents|years|months|weeks|days|"
    r"hours|minutes|miles|kilometres|acres|hectares|tonnes|tons|litres|gallons|times|the|them|those|these|us|you|its|their)\b)"
    r"(?!(?:year|month|week|day|hour|mile|pound|dollar|euro)\b)"
    r"[a-z])", regex.I)


def counts(text: str) -> list[Raw]:
    """'dozens of homes', 'Hundreds of fans', 'tens of thousands of people': a count of its order of size."""
    out = []
    for m in _VAGUE.finditer(text):
        low, high = SPANS[" ".join(m["size"].lower().split())]
        out.append(Raw("range", m.start(), m.end(), None, Interval(Fraction(low), Fraction(high), True, False), None, "approx",
                       {"vague": True}))
    return out
