"""Benchmark how grouping articles into stories scales: `stories.group` on 1,000 to 10,000 articles.

The bar: ten times the articles takes at most twelve times the CPU time (near-linear: pairs come from
an inverted index, never all pairs). Two kinds of corpus, both deterministic and generated on first
use into ``benchmarks/data/``:

- ``few stories``: ``benchmarks/stories.py`` (five stories, each retold by a fifth of the articles):
  big postings, the index's neighbour bound at work;
- ``many stories``: ``benchmarks/corpus.py`` (articles of random names, places and figures: nearly
  every article its own story, as in a year of a news site).

For each size, the first N articles of the corpus are read and their claims extracted (not timed);
then ``stories.group`` is timed (the fastest of ``--repeats`` passes), with the number of stories and
the largest one.

    python benchmarks/stories_scale.py                          # 1,000 to 10,000 articles: about 3 minutes
    python benchmarks/stories_scale.py --sizes 500,5000 --repeats 1
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
import stories as story_corpus  # noqa: E402

from checker import stories  # noqa: E402
from checker.extract import extract  # noqa: E402
from checker.model import Claim, Source  # noqa: E402

MANY_MB = 30  # enough of corpus.py's articles for the largest size


def _articles(path: Path, n: int) -> list[Source]:
    out = []
    with path.open(encoding="utf-8") as handle:
        for line in islice(handle, n):
            record = json.loads(line)
            published = date.fromisoformat(record["published"]) if record.get("published") else None
            out.append(Source.build(f"{path.name}#{record['id']}", record["text"], published=published))
    if len(out) < n:
        raise SystemExit(f"{path} holds {len(out)} articles, fewer than {n}")
    return out


def _timed(sources: list[Source], claims: dict[str, list[Claim]], repeats: int
           ) -> tuple[float, float, list[stories.Story]]:
    """The fastest pass's wall and CPU seconds (a shared machine's wall time varies; its CPU time less)."""
    wall, cpu, found = float("inf"), float("inf"), []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        found = stories.group(sources, claims)
        wall, cpu = min(wall, time.perf_counter() - start), min(cpu, time.process_time() - start_cpu)
    return wall, cpu, found


def run(name: str, path: Path, sizes: list[int], repeats: int) -> list[str]:
    """Rows of the results table for one corpus."""
    rows, first = [], None
    everything = _articles(path, max(sizes))
    claims = {s.name: extract(s) for s in everything}
    stories.group(everything[:50], claims)  # warm the word-frequency table
    for n in sizes:
        wall, cpu, found = _timed(everything[:n], claims, repeats)
        first = first or (n, cpu)
        growth = (cpu / first[1]) / (n / first[0])
        rows.append(f"| {name} | {n:,} | {wall:.2f} / {cpu:.2f} | {1000 * cpu / n:.2f} | {len(found):,} | "
                    f"{max(len(s.sources) for s in found):,} | {growth:.2f} |")
        print(f"{name}: {n} articles grouped in {wall:.2f} s ({cpu:.2f} s CPU)", file=sys.stderr)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,2000,5000,10000", help="article counts, comma-separated")
    ap.add_argument("--repeats", type=int, default=3, help="passes per size; the fastest counts (default 3)")
    args = ap.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    few, _ = story_corpus.ensure(max(sizes))
    many = corpus.ensure(MANY_MB)
    rows = run("few stories", few, sizes, args.repeats) + run("many stories", many, sizes, args.repeats)
    print(f"`python benchmarks/stories_scale.py --sizes {args.sizes} --repeats {args.repeats}`\n")
    print("| corpus | articles | seconds (wall / CPU) | CPU ms an article | stories | largest | CPU time growth over size growth |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
