"""Paraphrased sentences: where two sources tell one statement in other words, the figures in
corresponding places are one quantity, whatever the words nearest each figure.

Much coverage rewrites one wire or press release, and a summary restates its article: "A court
agreed to extend the suspect's custody on suspicion of fraud for a further 30 days" and
"The suspect was told to stay a further 60 days in custody" share most of their words but
few near the figures. Two sentences of different sources are paraphrases when each is the
other's most alike sentence in its source (IDF-weighted Dice of their word classes) and the
likeness clears `PARAPHRASE`. Their figures correspond when each is the only figure of its
measure in its sentence. Candidate sentence pairs come through an inverted index of each
sentence's rarest word classes, never all pairs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from checker.align.score import Likeness
from checker.meaning import Meaning

PARAPHRASE = 0.4  # the least likeness of two sentences' words at which they tell one statement
KEYS = 6  # the rarest word classes of a sentence that open its candidates
POSTING = 40  # a class in more sentences than this opens no candidates

Sentence = tuple[str, str]  # (source, sentence)


def paraphrases(items: Sequence[Any], likeness: Likeness) -> set[frozenset[Sentence]]:
    """The pairs of sentences of different sources that tell one statement (see the module),
    as alike as `likeness` finds their sentences."""
    meaning_of: dict[Sentence, Meaning] = {}  # a figure's meaning carries the words of its sentence
    for d in items:
        meaning_of.setdefault((d.claim.source, d.claim.sentence), d.meaning)
    df = Counter(c for m in meaning_of.values() for c in m.sentence)
    postings: dict[str, list[Sentence]] = defaultdict(list)
    for key, m in meaning_of.items():
        classes = m.sentence
        shared = [c for c in classes if df[c] > 1]  # a class of one sentence pairs it with none
        for c in sorted(shared, key=lambda c: (df[c], c))[:KEYS]:
            postings[c].append(key)
    best: dict[tuple[Sentence, str], tuple[float, Sentence]] = {}  # (sentence, other source) -> its most alike there
    number = {key: k for k, key in enumerate(meaning_of)}  # pairs seen are kept as numbers: no tuples hashed
    seen: set[int] = set()
    n = len(number)
    for posting in postings.values():
        if len(posting) > POSTING:
            continue
        for i, a in enumerate(posting):
            na = number[a]
            for b in posting[i + 1 :]:
                nb = number[b]
                pair = na * n + nb if na < nb else nb * n + na
                if a[0] == b[0] or pair in seen:
                    continue
                seen.add(pair)
                s = likeness.sentences(meaning_of[a], meaning_of[b])
                for x, y in ((a, b), (b, a)):
                    if (s, y) > best.get((x, y[0]), (0.0, ("", ""))):
                        best[x, y[0]] = (s, y)
    return {frozenset((a, b)) for (a, other), (s, b) in best.items()
            if s >= PARAPHRASE and best.get((b, a[0]), (0.0, None))[1] == a}


def sole(items: Sequence[Any]) -> set[int]:
    """The figures that are the only figure of their measure in their sentence (by index)."""
    count: dict[tuple[str, str, str], int] = defaultdict(int)
    for d in items:
        count[d.claim.source, d.claim.sentence, d.meaning.dimension] += 1
    return {i for i, d in enumerate(items) if count[d.claim.source, d.claim.sentence, d.meaning.dimension] == 1}
