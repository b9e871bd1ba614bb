"""The blind quote set: invented articles with hand-marked attributions, built, checked and scored.

`benchmarks/data/blind-quotes.md` holds the articles as written, with marks around what the gold
needs; `build` turns it into `benchmarks/data/blind-quotes.jsonl` in the format of
`../shared/tools/speaker_eval.py` (offsets computed here, never typed), and `check` (the default)
holds every span of the JSON Lines to the text. Nobody wrote these articles against the code.

    python benchmarks/blind_quotes.py build     # the .md into the .jsonl, then check
    python benchmarks/blind_quotes.py           # check every span; print the scorer's command
    python benchmarks/blind_quotes.py score [--verbose]   # the scorer's figures, in process

Each command takes the markup of another set as its last argument (`build benchmarks/data/blind-quotes-N.md`,
`score --verbose benchmarks/data/blind-quotes-N.md`): its JSON Lines is the file beside it with the suffix
.jsonl, and a set other than the first is held to 10 articles at least, not 40.

Markup of the .md: `## ID | style` opens an article; each line `N = SPEAKER | construct` under it
names attribution N (the speaker as the gold names them, and the construct of copy that carries
it); a `---` line opens its text, which runs to the next `##`. In the text, `{N|words}` are words
inside quotation marks given to attribution N (the marks stay outside the braces), `<N|words>`
(or `<N,M|words>`) the words naming its speaker: the name a pronoun or description stands for,
not the pronoun; `[N|words]` a content span wider than the quoted words (a partial quote with its
sentence); `{x|words}` a scare quote, nobody's words, kept under the article's `scare`.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
MARKUP = DATA / "blind-quotes.md"
GOLD = DATA / "blind-quotes.jsonl"
SCORER = 'CROSSCHECK="python -m checker" python ../shared/tools/speaker_eval.py benchmarks/data/blind-quotes.jsonl --verbose'
MARKS = "\"'“”‘’«»"
OPEN = {"{": "quoted", "<": "speaker", "[": "content"}
CLOSE = {"}": "{", ">": "<", "]": "["}
TAG = re.compile(r"[{<\[](x|\d+(?:,\d+)*)\|")
# the scorer's reading of a speaker's words (speaker_eval.py): titles and pronouns never match
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their"}
STOP = {"the", "a", "an", "of", "mr", "mrs", "ms", "dr", "said", "says", "mr.", "mrs.", "ms.", "dr."}
WORD = re.compile(r"[^\W\d_][\w'’.-]*")
FIELDS = {"speaker", "quoted", "content_spans", "speaker_spans", "construct"}


class BlindError(ValueError):
    """The markup or the JSON Lines is wrong; the message names the article."""


@dataclass
class Marked:
    """One article read from the markup: its plain text and the spans each tag marked."""

    id: str
    style: str
    text: str = ""
    people: dict[str, tuple[str, str]] = field(default_factory=dict)  # N -> (speaker, construct)
    spans: dict[tuple[str, str], list[tuple[int, int]]] = field(default_factory=dict)  # (kind, N) -> spans


def words(text: str | None) -> set[str]:
    """The words of a speaker that the scorer compares."""
    return {w.lower().rstrip(".") for w in WORD.findall(text or "")} - PRONOUNS - STOP


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def strip(article: Marked, body: str) -> None:
    """Read the tags of `body` into `article`: its plain text and the spans of each tag."""
    out: list[str] = []  # the plain text, one character an item
    stack: list[tuple[str, str, int]] = []  # (opening bracket, ids, start in the plain text)
    at = 0
    while at < len(body):
        tag = TAG.match(body, at)
        if tag:
            stack.append((body[at], tag.group(1), len(out)))
            at = tag.end()
        elif body[at] in CLOSE and stack and stack[-1][0] == CLOSE[body[at]]:
            bracket, ids, start = stack.pop()
            for n in ids.split(","):
                article.spans.setdefault((OPEN[bracket], n), []).append((start, len(out)))
            at += 1
        else:
            out.append(body[at])
            at += 1
    if stack:
        raise BlindError(f"{article.id}: tag {stack[-1][0]}{stack[-1][1]}| never closed")
    article.text = "".join(out).strip("\n")
    lead = len("".join(out)) - len("".join(out).lstrip("\n"))
    article.spans = {k: [(a - lead, b - lead) for a, b in v] for k, v in article.spans.items()}


def read_markup(text: str) -> Iterator[Marked]:
    """Every article of the markup file."""
    for chunk in re.split(r"^## ", text, flags=re.M)[1:]:
        head, _, body = chunk.partition("\n---\n")
        lines = head.splitlines()
        ident, _, style = lines[0].partition("|")
        article = Marked(ident.strip(), style.strip())
        for line in filter(str.strip, lines[1:]):
            n, _, rest = line.partition("=")
            speaker, _, construct = rest.partition("|")
            article.people[n.strip()] = (speaker.strip(), construct.strip())
        strip(article, body)
        yield article


def content(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quoted stretches with the marks around them."""
    return [(a - (a > 0 and text[a - 1] in MARKS), b + (b < len(text) and text[b] in MARKS)) for a, b in quoted]


def record(article: Marked) -> dict:
    """The article as one line of the scorer's gold."""
    expected = []
    for n, (speaker, construct) in article.people.items():
        quoted = article.spans.get(("quoted", n), [])
        spans = article.spans.get(("content", n)) or content(article.text, quoted)
        expected.append({"speaker": speaker, "construct": construct,
                         "quoted": [article.text[a:b] for a, b in quoted],
                         "content_spans": [list(s) for s in spans],
                         "speaker_spans": [list(s) for s in article.spans.get(("speaker", n), [])]})
    unknown = {n for _, n in article.spans} - set(article.people) - {"x"}
    if unknown:
        raise BlindError(f"{article.id}: tags for attributions not listed: {sorted(unknown)}")
    return {"id": article.id, "style": article.style, "text": article.text, "expected": expected,
            "scare": [list(s) for s in article.spans.get(("quoted", "x"), [])]}


def problems(a: dict) -> Iterator[str]:
    """Everything wrong with one gold article: spans off the text, quotes the scorer cannot find, sizes."""
    text, where = a["text"], a["id"]
    size = len(text.split())
    if not 150 <= size <= 400:
        yield f"{where}: {size} words (150 to 400 wanted)"
    gold = [g for g in a["expected"] if g["quoted"]]
    if not 4 <= len(gold) <= 10:
        yield f"{where}: {len(gold)} quoted attributions (4 to 10 wanted)"
    for g in a["expected"]:
        who = f"{where}: {g['speaker']!r}"
        spans = [tuple(s) for s in g["content_spans"] + g["speaker_spans"]]
        if any(not 0 <= s < e <= len(text) for s, e in spans):
            yield f"{who}: a span outside the text"
            continue
        if not g["speaker_spans"]:
            yield f"{who}: no speaker span"
        for s, e in g["speaker_spans"]:
            if not words(text[s:e]) & words(g["speaker"]):
                yield f"{who}: speaker span {text[s:e]!r} does not name the speaker"
        for q in g["quoted"]:
            at = text.find(q)  # the scorer finds a quoted stretch at its first place
            if not any(s <= at and at + len(q) <= e for s, e in g["content_spans"]):
                yield f"{who}: {q[:40]!r} is first found outside its content spans"
            if not _marked(text, at, at + len(q), paragraph_end=True):
                yield f"{who}: {q[:40]!r} is not inside quotation marks (or run to its paragraph's end)"
    for s, e in a.get("scare", []):
        if not _marked(text, s, e):
            yield f"{where}: scare quote {text[s:e]!r} is not inside quotation marks"


def _marked(text: str, start: int, end: int, paragraph_end: bool = False) -> bool:
    """Is text[start:end] inside quotation marks (or, with `paragraph_end`, open and running to its paragraph's end)?"""
    after = text[end:end + 1]
    return start > 0 and text[start - 1] in MARKS and (after != "" and after in MARKS or paragraph_end and after in {"", "\n"})


def load(path: Path = GOLD) -> list[dict]:
    """Every article of the gold; a line that is not one is an error naming the file and line."""
    articles = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            a = json.loads(line)
            whole = isinstance(a["id"], str) and isinstance(a["text"], str) and all(FIELDS <= g.keys() for g in a["expected"])
        except (ValueError, KeyError, TypeError, AttributeError):
            whole = False
        if not whole:
            raise BlindError(f"{path}:{n}: not a gold article (an id, a text and expected entries with {', '.join(sorted(FIELDS))})")
        articles.append(a)
    return articles


def check(markup: Path = MARKUP) -> list[str]:
    """Every problem of a set's JSON Lines, and whether it is its markup's build."""
    gold = markup.with_suffix(".jsonl")
    articles = load(gold)
    found = [p for a in articles for p in problems(a)]
    ids = Counter(a["id"] for a in articles)
    found += [f"{i}: id used {n} times" for i, n in ids.items() if n > 1]
    wanted = 40 if markup == MARKUP else 10
    if len(articles) < wanted:
        found.append(f"{len(articles)} articles ({wanted} wanted)")
    if markup.exists() and [record(m) for m in read_markup(markup.read_text(encoding="utf-8"))] != articles:
        found.append(f"{gold.name} is not the build of {markup.name}: run `python benchmarks/blind_quotes.py build {markup}`")
    return found


def verdicts(articles: Iterable[dict], verbose: bool = False) -> Counter[str]:
    """The scorer's verdicts (speaker_eval.py) on crosscheck's quotes, read in process; `quoted` and
    `found` count the gold quoted stretches and those some quote overlaps, `scare` the quotes over a
    scare quote and `scare given a speaker` those of them given one."""
    from checker.extract import quotations
    from checker.model import Source

    tally = Counter[str]()
    for a in articles:
        gold = [g for g in a["expected"] if g["quoted"]]
        quotes = quotations(Source.build(a["id"], a["text"]))
        spans = [p for q in quotes for p in q.parts]
        for g in gold:
            for s in g["quoted"]:
                at = a["text"].find(s)
                tally["quoted"] += 1
                tally["found"] += any(overlap((at, at + len(s)), p) for p in spans)
                if verbose and not any(overlap((at, at + len(s)), p) for p in spans):
                    print(f"UNFOUND  {a['id']} [{g['construct']}] gold={g['speaker']!r} | {s[:70]}")
        for q in quotes:
            if any(overlap(p, tuple(x)) for p in q.parts for x in a.get("scare", [])):
                tally["scare"] += 1
                tally["scare given a speaker"] += q.speaker is not None
            size = sum(b - a for a, b in q.parts) or 1
            best = max(gold, key=lambda g: sum(overlap(p, tuple(c)) for p in q.parts for c in g["content_spans"]), default=None)
            if best is None or 2 * sum(overlap(p, tuple(c)) for p in q.parts for c in best["content_spans"]) < size:
                continue
            s = q.speaker
            if s is None:
                verdict = "missing"
            elif any(overlap((s.start, s.end), tuple(g)) for g in best["speaker_spans"]) or \
                    words(best["speaker"]) & words(" ".join(filter(None, [s.name, s.text, s.organisation]))):
                verdict = "right"
            else:
                verdict = "wrong" if words(best["speaker"]) else "undecidable"
            tally[verdict] += 1
            if verbose and verdict in {"wrong", "missing"}:
                got = s and (s.name or s.text)
                print(f"{verdict.upper():8} {a['id']} [{best['construct']}] gold={best['speaker']!r} got={got!r} | {q.words[:70]}")
    return tally


def main(argv: list[str]) -> int:
    paths = [a for a in argv if a.endswith(".md")]
    markup = Path(paths[-1]) if paths else MARKUP
    gold = markup.with_suffix(".jsonl")
    if argv[:1] == ["build"]:
        articles = [record(m) for m in read_markup(markup.read_text(encoding="utf-8"))]
        gold.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    if argv[:1] == ["score"]:
        t = verdicts(load(gold), verbose="--verbose" in argv)
        decided = t["right"] + t["wrong"] + t["missing"]
        print(f"blind quotes ({gold.name}): quote recall {t['found'] / max(1, t['quoted']):.1%} ({t['found']}/{t['quoted']}), "
              f"speaker accuracy {t['right'] / max(1, decided):.1%} (wrong {t['wrong']}, missing {t['missing']}) over {decided} quotes; "
              f"scare quotes given a speaker {t['scare given a speaker']} of {t['scare']}")
        return 0
    found = check(markup)
    for p in found:
        print(p, file=sys.stderr)
    articles = load(gold)
    print(f"{gold}: {len(articles)} articles, "
          f"{sum(len(g['quoted']) for a in articles for g in a['expected'])} quoted stretches, {len(found)} problems")
    print(f"score it: {SCORER.replace('blind-quotes.jsonl', gold.name)}")
    return 1 if found else 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except (BlindError, OSError) as err:
        sys.exit(f"blind_quotes.py: {err}")
