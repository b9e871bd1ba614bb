"""How rare a word is in English at large (wordfreq's Zipf scale): what a name or word tells of a story."""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

COMMON = 6.0  # Zipf frequency (log10 per billion words) at which a word weighs nothing
RARE = 4.0  # the most a single word or figure weighs


@lru_cache(maxsize=1 << 16)
def rarity(phrase: str) -> float:
    """How much a name or word tells, from its frequency in English: 0 for common words, at most RARE."""
    return min(RARE, max(0.0, COMMON - zipf_frequency(phrase, "en")))
