"""How often a figure changed in one real report is flagged against the others (figure recall on real copy).

For each real same-story cluster of ``../shared/real-news/clusters/`` (the three folders of
unrelated articles aside), every figure (a count, money, a percentage, a duration, an age, a measure; stated
plainly, compared across sources) whose value and kind another article of the cluster states too
is changed in one article, one at a time: its digits become about 1.3 times as many (at least two
more). The cluster is then checked (`checker.align.check`, the cross-source figure check) and the
change counts as flagged when a finding points at the changed figure. Figures of one value are
not always one fact ("developer preview 2" and "2 percent"), so this is a floor on real recall,
not recall itself; a miss is worth reading with ``--verbose``.

    python benchmarks/planted_real.py [--verbose]

Reads the clusters from ``../shared/real-news/`` and says so and stops when they are absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.align import check  # noqa: E402
from checker.extract import extract  # noqa: E402
from checker.meaning import describe  # noqa: E402
from checker.model import Claim, Source  # noqa: E402

CLUSTERS = ROOT.parent / "shared" / "real-news" / "clusters"
UNRELATED = ("cherylwtw-",)  # folders of unrelated articles filed together: nothing is one fact there
KINDS = frozenset({"count", "money", "percent", "duration", "age", "measure"})
_DIGITS = regex.compile(r"\d[\d,]*(?:\.\d+)?")


def changed(text: str) -> str | None:
    """The figure's words with its first number about 1.3 times as big, or None when it has none."""
    m = _DIGITS.search(text)
    if m is None:
        return None
    value = float(m[0].replace(",", ""))
    new = int(value * 1.3) + 1 if value >= 3 else int(value) + 2
    return text[: m.start()] + f"{new:,}" + text[m.end() :]


def shared_figures(claims: dict[str, list[Claim]]) -> list[Claim]:
    """Each figure whose kind and value another source states too, once per value (the first source's)."""
    told: dict[tuple[str, object], dict[str, Claim]] = {}
    for name in sorted(claims):
        for c in claims[name]:
            if c.kind in KINDS and c.value and c.qualifier == "exact" and describe(c) is not None:
                told.setdefault((c.kind, c.value), {}).setdefault(name, c)
    return [next(iter(by_source.values())) for by_source in told.values() if len(by_source) > 1]


def measure(clusters: Path = CLUSTERS) -> tuple[int, int, list[str]]:
    """How many planted changes are flagged, of how many, and the misses ("cluster/file:line: 'a' -> 'b'")."""
    flagged = total = 0
    misses: list[str] = []
    for folder in sorted(p for p in clusters.iterdir() if p.is_dir() and not p.name.startswith(UNRELATED)):
        texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
        claims = {name: extract(Source.build(name, text)) for name, text in texts.items()}
        for claim in shared_figures(claims):
            new = changed(claim.text)
            if new is None:
                continue
            text = texts[claim.source]
            planted, bodies = dict(claims), dict(texts)
            bodies[claim.source] = text[: claim.start] + new + text[claim.end :]
            planted[claim.source] = extract(Source.build(claim.source, bodies[claim.source]))
            hit = any(loc.path == claim.source and loc.text == new for f in check(planted, None, bodies) for loc in f.locations)
            total += 1
            flagged += hit
            if not hit:
                misses.append(f"{folder.name}/{claim.source}:{claim.line}: {claim.text!r} -> {new!r}")
    return flagged, total, misses


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="list the changes not flagged")
    args = ap.parse_args()
    if not CLUSTERS.is_dir():
        print(f"no clusters at {CLUSTERS}: nothing measured")
        return 0
    flagged, total, misses = measure()
    if args.verbose:
        for miss in misses:
            print(f"miss  {miss}")
    print(f"planted changes flagged: {flagged} of {total} figures that two reports of a real cluster both state")
    return 0


if __name__ == "__main__":
    sys.exit(main())
