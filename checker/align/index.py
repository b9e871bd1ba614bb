"""Blocking: candidate pairs of figures through an inverted index of (dimension, word class)."""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

KEYS = 8  # the rarest word classes of a figure that open its candidates
POSTING = 60  # a class shared by more figures of one dimension than this opens no candidates


def idf_table(items: Sequence[Any]) -> dict[str, float]:
    """Inverse document frequency of each word class over the sentences of the figures."""
    sentences = {(d.claim.source, d.claim.sentence): d.meaning.sentence for d in items}
    df: Counter[str] = Counter()
    for classes in sentences.values():
        df.update(classes)
    n = len(sentences) + 1
    return {cls: math.log(n / (1 + k)) + 1.0 for cls, k in df.items()}


ANCHOR = "\x00figure "  # the keys of the figures a sentence states beside the one keyed
FEW = "\x00few"  # the key every figure of a measure its source states at most twice shares


def candidates(items: Sequence[Any], idf: dict[str, float], rare: Callable[[Any], bool] = lambda d: False,
               anchors: Callable[[Any], Iterable[object]] = lambda d: ()) -> Iterator[tuple[int, list[int]]]:
    """Each figure i with its candidates j > i (in a fixed order): figures of other sources and
    one dimension that share a rare word class near it, that are each among the few of their
    measure in their source (`rare`), or whose sentences state one other figure alike (`anchors`:
    "guided for sales of $5bn in 2024" and "for the full year of 2023 ... $5bn" pair their years)."""
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)  # each in increasing order of figure
    keys_of: list[list[tuple[str, str]]] = []
    ranked_of: dict[int, list[tuple[str, str]]] = {}  # by id of the meaning (figures told alike share one)
    classes_of = [{c for c, _ in d.meaning.near} | set(d.meaning.counted) for d in items]
    df = Counter((d.meaning.dimension, c) for d, classes in zip(items, classes_of) for c in classes)
    for i, (d, classes) in enumerate(zip(items, classes_of)):
        ranked = ranked_of.get(id(d.meaning))
        if ranked is None:
            shared = [c for c in classes if df[d.meaning.dimension, c] > 1]  # a class of one figure pairs it with none
            best = sorted(shared, key=lambda c: (-idf.get(c, 1.0), c))[:KEYS]  # ties by the word: the same every run
            ranked = ranked_of[id(d.meaning)] = [(d.meaning.dimension, c) for c in best]
        keys = ranked + ([(d.meaning.dimension, FEW)] if rare(d) else [])
        keys += [(d.meaning.dimension, f"{ANCHOR}{fact}") for fact in anchors(d)]
        keys_of.append(keys)
        for key in keys:
            postings[key].append(i)
    source_of = [d.claim.source for d in items]
    for i, keys in enumerate(keys_of):
        found: dict[int, None] = {}  # in the order the keys find them (the order of the links made)
        for key in keys:
            posting = postings[key]
            if len(posting) <= POSTING:  # a class shared by more figures opens none
                found.update(dict.fromkeys(posting[bisect.bisect_right(posting, i):]))
        if found:
            source = source_of[i]
            yield i, [j for j in found if source_of[j] != source]
