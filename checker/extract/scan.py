"""Match patterns only where they can start: at the words that open them, not at every character.

A text is indexed once (each word of a vocabulary, lowercased, to the offsets where it starts;
each run of digits); a finder then tries its pattern anchored at the starts of its own opening
words, which gives what `finditer` gives when every match opens with one of those words, at a
fraction of the cost.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from itertools import combinations, repeat
from typing import Any, overload

import regex

_DIGIT_RUN = re.compile(r"[0-9]+")
_SEPARATOR = r"[\s\-–—'’]+"  # what may stand between a word and the next token
_NEXT_TOKEN = re.compile(rf"[A-Za-z]+{_SEPARATOR}(?:([A-Za-z]+)|[0-9])")
DIGIT = "#"  # stands for "a digit" among the tokens that may follow an opener


# The only characters whose lowercase holds an ASCII letter without being one: with each replaced by
# a character that is no letter, digit or blank (as neither is), text.lower() has the same length
# and the same ASCII letters as text, lowercased.
_LOWERS_TO_ASCII = ("\u0130", "\u212a")  # İ -> "i̇", the Kelvin sign -> "k"
_NO_LETTER = {ord(ch): "\x00" for ch in _LOWERS_TO_ASCII}


def trie(words: Iterable[str], backward: bool = False, tails: Mapping[str, str] | None = None) -> str:
    """A regex alternation of `words` nested by shared prefixes (by shared suffixes when `backward`).

    An engine tries an alternation's branches one by one; nested, it tries only the branch of
    the next character, so hundreds of words cost a few steps. A pattern run backwards (the
    regex module's reverse mode, see `before`) reads each word from its last character, so it
    nests them by their ends. Of the words that match at one place (each then a prefix, or a
    suffix, of the others), the longest is tried first, as in a flat alternation sorted longest
    first; so the nesting changes the speed of a pattern, never its matches.

    `tails` gives a word a pattern that must follow it (forward only)."""
    tails = tails or {}
    if tails and backward:
        raise ValueError("tails are for forward patterns")
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in reversed(word) if backward else word:
            node = node.setdefault(ch, {})
        node[""] = tails.get(word, "")

    def branch(node: dict[str, Any]) -> str:
        arms = [branch(child) + re.escape(ch) if backward else re.escape(ch) + branch(child)
                for ch, child in sorted(node.items()) if ch]
        if node.get(""):
            arms.append(node[""])  # after the longer words, as "?" below tries them first
        if not arms:
            return ""
        body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
        return f"(?:{body})?" if node.get("") == "" else body

    return branch(root)


def case_apart(words: Iterable[str], backward: bool = False) -> bool:
    """Whether, wherever two of `words` part (after a shared prefix, or before a shared suffix when
    `backward`), their characters are no case variants of each other ('A' and 'a', 'ı' and 'I'):
    then a case-blind match can follow one branch only, and nesting the words keeps its matches."""
    following: dict[str, set[str]] = defaultdict(set)
    for word in words:
        ordered = word[::-1] if backward else word
        for i, ch in enumerate(ordered):
            following[ordered[:i]].add(ch)
    return not any(a.lower() == b.lower() or a.upper() == b.upper() or a.casefold() == b.casefold()
                   for chars in following.values() if len(chars) > 1 for a, b in combinations(chars, 2))


class Vocabulary:
    """Words to index (lowercase ASCII): each where it stands, or, when `followed` gives it
    followers, only where the next token is one of them (DIGIT for a number)."""

    def __init__(self, words: Iterable[str], followed: Mapping[str, frozenset[str]] | None = None) -> None:
        self.words = frozenset(words)
        self.followed = {w: f for w, f in (followed or {}).items() if w in self.words}
        if not all(w.isascii() and w.isalpha() and w.islower() for w in self.words):
            raise ValueError("a vocabulary holds lowercase ASCII words")
        tails = {w: f"(?={_SEPARATOR}{_token(followers)})" for w, followers in self.followed.items()}
        # run on the text after one blank, the character before a word, taken in, gives where the
        # word starts in the text itself; opening with a class, the search skips ahead to it
        whole = f"[^A-Za-z](?:{trie(self.words, tails=tails)})(?![A-Za-z])"
        self.lowered = re.compile(whole)  # for text lowercased

    @classmethod
    def shared(cls, *finders: tuple[Iterable[str], Mapping[str, frozenset[str]]]) -> Vocabulary:
        """One index for several finders, each given as its words and their followers.

        A word is indexed only before followers when every finder that has it wants them, and
        then before those of any of them: each finder still picks its own with `starts`."""
        words = frozenset().union(*(frozenset(w) for w, _ in finders))
        followed: dict[str, frozenset[str]] = {}
        for word in words:
            wanting = [f.get(word) for w, f in finders if word in w]
            if all(wanting):
                followed[word] = frozenset().union(*(f for f in wanting if f))
        return cls(words, followed)


def _token(followers: frozenset[str]) -> str:
    """A pattern for the next token being one of `followers`: a whole word, or a digit for DIGIT."""
    words = [w for w in followers if w != DIGIT]
    arms = ([f"(?:{trie(words)})(?![A-Za-z])"] if words else []) + (["[0-9]"] if DIGIT in followers else [])
    return "(?:" + "|".join(arms) + ")" if arms else "(?!)"


_VOCABULARIES: dict[frozenset[str], Vocabulary] = {}


def _vocabulary(words: frozenset[str]) -> Vocabulary:
    """The index of plain `words` (each where it stands), made once."""
    vocabulary = _VOCABULARIES.get(words)
    if vocabulary is None:
        vocabulary = _VOCABULARIES[words] = Vocabulary(words)
    return vocabulary


_INDEXED: set[tuple[frozenset[str], frozenset[str]]] = set()  # (words wanted, words indexed) found to fit


class Tokens:
    """Where each word of a vocabulary (lowercase) and each run of digits starts in a text.

    A word is a maximal run of ASCII letters, matched whatever its case."""

    def __init__(self, text: str, vocabulary: Vocabulary | Iterable[str]) -> None:
        index = vocabulary if isinstance(vocabulary, Vocabulary) else _vocabulary(frozenset(vocabulary))
        self.text = text
        self.vocabulary = index.words
        self.words: dict[str, list[int]] = defaultdict(list)
        # neither character is a letter, a digit or a blank to the index
        plain = text.translate(_NO_LETTER) if any(ch in text for ch in _LOWERS_TO_ASCII) else text
        for m in index.lowered.finditer(" " + plain.lower()):
            self.words[m.group()[1:]].append(m.start())
        self.digits = [m.start() for m in _DIGIT_RUN.finditer(text)]
        self._next_tokens: dict[str, list[str | None]] = {}

    def starts(self, vocabulary: Iterable[str], digits: bool = False,
               followed: dict[str, frozenset[str]] | None = None) -> list[int]:
        """The sorted offsets where any word of `vocabulary` (lowercase) or a digit run starts.

        A word listed in `followed` counts only when the next token is one of its followers
        (DIGIT for a number): "the" opens a date in "the past year", not in "the minister".
        """
        followed = followed or {}
        found: list[int] = []
        wanted = vocabulary if isinstance(vocabulary, frozenset) else frozenset(vocabulary)
        if (wanted, self.vocabulary) not in _INDEXED:  # checked once for each pair of vocabularies
            if not wanted <= self.vocabulary:
                raise KeyError(f"not indexed: {sorted(wanted - self.vocabulary)[:5]}")
            _INDEXED.add((wanted, self.vocabulary))
        for w in self.words.keys() & wanted:
            at = self.words[w]
            if w in followed:
                at = [p for p, token in zip(at, self._next_of(w)) if token in followed[w]]
            found.extend(at)
        if digits:
            found.extend(self.digits)
        found.sort()
        return found

    def _next_of(self, word: str) -> list[str | None]:
        """The token after each place `word` starts (lowercase, DIGIT for a number), read once per word."""
        tokens = self._next_tokens.get(word)
        if tokens is None:
            matches = map(_NEXT_TOKEN.match, repeat(self.text), self.words[word])
            tokens = self._next_tokens[word] = [(m.group(1) or DIGIT).lower() if m else None for m in matches]
        return tokens


REACH = 128  # the characters a pattern matched at a position may read (more across blanks, see `match_at`)
_BLANK_RUN = re.compile(r"\s+")


@overload
def match_at(pattern: re.Pattern[str], text: str, pos: int, reach: int = REACH) -> re.Match[str] | None: ...
@overload
def match_at(pattern: regex.Pattern[str], text: str, pos: int, reach: int = REACH) -> regex.Match[str] | None: ...


def match_at(pattern: Any, text: str, pos: int, reach: int = REACH) -> Any:
    """A match of `pattern` at `pos` reading at most `reach` characters, and a run of white space
    that crosses that end with `reach` more after it (blanked markup: "5 [cases](address) died").

    Every match at a position goes through here: the regex module's `match(text, pos)` with no end
    first looks for the pattern's required literal ("to" in " to ") in all the rest of the text,
    so one call costs the length of the text after it, and a call per figure squares the text."""
    end = pos + reach
    if text[end - 1 : end].isspace():  # (past the end of the text: "", no space)
        end = _BLANK_RUN.match(text, end - 1, len(text)).end() + reach  # type: ignore[union-attr]  # (re: no literal to look for)
    return pattern.match(text, pos, end)


def anchored(pattern: regex.Pattern[str], text: str, starts: list[int], reach: int = REACH) -> Iterator[regex.Match[str]]:
    """Non-overlapping matches of `pattern` that begin at one of `starts` (each reading at most
    `reach` characters), left to right."""
    last = -1
    for p in starts:
        if p < last:
            continue
        m = match_at(pattern, text, p, reach)
        if m is not None and m.end() > p:
            yield m
            last = m.end()


_REVERSED: dict[regex.Pattern[str], regex.Pattern[str]] = {}


def before(pattern: regex.Pattern[str], text: str, pos: int, reach: int = 60) -> regex.Match[str] | None:
    """A match of `pattern` (which ends with \\Z) ending at `pos`, looking back at most `reach` characters.

    The pattern runs right to left from `pos` (the regex module's reverse mode), so the cost does
    not grow with `reach`.
    """
    backwards = _REVERSED.get(pattern)
    if backwards is None:
        backwards = _REVERSED[pattern] = regex.compile("(?r)" + pattern.pattern, pattern.flags)
    return backwards.search(text, max(0, pos - reach), pos)


def word_then_blanks(text: str, pos: int, reach: int, words: tuple[str, ...], blanks: str = " \t") -> bool:
    """Whether text[pos - reach : pos] ends with one of `words` (casefolded) and then `blanks`.

    A cheap test that must hold before a pattern `before` would find, written as one of those
    words, blanks and the end, is worth running."""
    window = text[max(0, pos - reach) : pos]
    last = window.rstrip(blanks)
    return len(last) < len(window) and last.casefold().endswith(words)


def may_open(text: str, pos: int, firsts: frozenset[str], blanks: str = " \t\u00a0", reach: int = 32) -> bool:
    """Whether the text after `pos` and its `blanks` may open with one of `firsts` (casefolded).

    A cheap test that must hold before a pattern that opens with blanks and then one of those
    characters (matched ignoring case) is worth running; when `reach` holds only blanks, it holds."""
    window = text[pos : pos + reach].lstrip(blanks)
    return not window or window[0].casefold() in firsts


def firsts(words: Iterable[str]) -> frozenset[str]:
    """The first characters of `words`, casefolded: what `may_open` is given."""
    return frozenset(w[0].casefold() for w in words)
