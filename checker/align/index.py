"""Blocking: candidate pairs of figures through an inverted index of (dimension, word class)."""

from __future__ import annotations

import bisect
import math
from itertools import compress, islice
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

KEYS = 8  # the rarest word classes of a figure that open its candidates
POSTING = 60  # a class shared by more figures of one dimension than this opens no candidates
PARTNERS = 24  # the candidates a figure opens at most, those of its rarest keys first (the most of
# any figure of 49 real stories of 2 to 9 articles; a wire story republished by hundreds stays linear)


def idf_table(items: Sequence[Any]) -> dict[str, float]:
    """Inverse document frequency of each word class over the sentences of the figures."""
    sentences = {(d.claim.source, d.claim.sentence): d.meaning.sentence for d in items}
    df: Counter[str] = Counter()
    for classes in sentences.values():
        df.update(classes)
    n = len(sentences) + 1
    return {cls: math.log(n / (1 + k)) + 1.0 for cls, k in df.items()}


# Keys are strings (their hashes are kept): a dimension and a word class, or one of these marks
ANCHOR = "\x00#"  # with the number of a figure its sentence states beside the one keyed
FEW = "\x00few"  # the key every figure of a measure its source states at most twice shares


def candidates(items: Sequence[Any], idf: dict[str, float], rare: Callable[[Any], bool] = lambda d: False,
               anchors: Callable[[int], Iterable[int]] = lambda i: ()) -> Iterator[tuple[int, list[int]]]:
    """Each figure i with its candidates j > i (in a fixed order): figures of other sources and
    one dimension that share a rare word class near it, that are each among the few of their
    measure in their source (`rare`), or whose sentences state one other figure alike (`anchors`, by
    index: numbers of what the figure's sentence states beside it; "guided for sales of $5bn in
    2024" and "for the full year of 2023 ... $5bn" pair their years)."""
    postings: dict[str, list[int]] = defaultdict(list)  # each in increasing order of figure
    keys_of: list[list[str]] = []
    ranked_of: dict[int, list[str]] = {}  # by id of the meaning (figures told alike share one)
    words = {id(d.meaning): _classes(d.meaning) for d in {id(d.meaning): d for d in items}.values()}  # once a meaning
    classes_of = [words[id(d.meaning)] for d in items]
    df: dict[str, Counter[str]] = defaultdict(Counter)  # a dimension -> the figures each class is near
    for d, classes in zip(items, classes_of):
        df[d.meaning.dimension].update(classes)
    for i, (d, classes) in enumerate(zip(items, classes_of)):
        ranked = ranked_of.get(id(d.meaning))
        if ranked is None:
            counts = df[d.meaning.dimension]
            shared = [c for c in classes if counts[c] > 1]  # a class of one figure pairs it with none
            best = sorted(shared, key=lambda c: (-idf.get(c, 1.0), c))[:KEYS]  # ties by the word: the same every run
            ranked = ranked_of[id(d.meaning)] = [f"{d.meaning.dimension}\x00{c}" for c in best]
        keys = [f"{d.meaning.dimension}{ANCHOR}{n}" for n in anchors(i)] + ranked
        keys += [d.meaning.dimension + FEW] if rare(d) else []
        keys_of.append(keys)
        for key in keys:
            postings[key].append(i)
    source_of = [d.claim.source for d in items]
    sources = {key: [source_of[j] for j in posting] for key, posting in postings.items() if len(posting) <= POSTING}
    for i, keys in enumerate(keys_of):
        found: dict[int, None] = {}  # in the order the keys find them (the order of the links made)
        other = source_of[i].__ne__
        for key in keys:
            posting = postings[key]
            if len(posting) <= POSTING:  # a class shared by more figures opens none
                at = bisect.bisect_right(posting, i)  # the next PARTNERS of other sources in each posting (POSTING at most)
                found.update(dict.fromkeys(islice(compress(posting[at:], map(other, sources[key][at:])), PARTNERS)))
                if len(found) >= PARTNERS:
                    break
        if found:
            yield i, list(found)[:PARTNERS]


def _classes(m: Any) -> frozenset[str]:
    """The word classes that open a meaning's candidates: those near its figure and what it counts."""
    return frozenset(c for c, _ in m.near).union(m.counted)
