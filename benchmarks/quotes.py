"""Quote reading beside figure extraction: CPU time of each on the same articles in the same run.

The bar (issue 12): reading an article's quotations (where each opens and closes, its speaker,
the attribution resolved within the article) takes at most a quarter of the time of extracting
its figures. Each article of the corpus (by default ``benchmarks/data/stories-1000.jsonl``, made
by ``benchmarks/stories.py`` on first use) is read into memory first; then, for every article in
turn, ``extract(source)`` and ``quotations(source)`` are timed one after the other, as
``pipeline.read`` runs them (the sentence index the two share is built by extraction and reused).
Each pass sums the CPU time (``time.process_time``) of each, the fastest of ``--repeats`` passes
counts, and the ratio quote reading / extraction is reported with the counts.

    python benchmarks/quotes.py                          # stories-1000.jsonl, 5 passes: about 40 s
    python benchmarks/quotes.py --corpus FILE.jsonl --repeats 3
    python benchmarks/quotes.py --profile 20             # then cProfile of quote reading alone (stderr)
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extraction  # noqa: E402  (benchmarks/extraction.py: machine, code state)
import stories  # noqa: E402  (benchmarks/stories.py: the corpora)

BAR = 0.25  # quote reading over extraction, at most


def _fail(err: Exception) -> None:
    sys.exit(f"quotes.py: {err}")


def load(path: Path) -> list:
    """Every source of the corpus, read into memory (untimed)."""
    from checker.sources import read_sources

    return list(read_sources([str(path)], _fail))


def one_pass(sources: list) -> tuple[float, float, int, int, int]:
    """CPU seconds of extraction and of quote reading over `sources`, with claims, quotes and quotes given a speaker."""
    from checker.extract import extract, quotations, speakers

    speakers.forget()  # each pass reads as a fresh run does: no window read in an earlier pass
    clock = time.process_time
    extracting = reading = 0.0
    claims = said = named = 0
    gc.collect()
    gc.disable()  # as pipeline.check runs: no collection pauses charged to either side
    try:
        for source in sources:
            t0 = clock()
            found = extract(source)
            t1 = clock()
            quotes = quotations(source)
            t2 = clock()
            extracting, reading = extracting + t1 - t0, reading + t2 - t1
            claims, said = claims + len(found), said + len(quotes)
            named += sum(1 for q in quotes if q.speaker is not None and q.speaker.name)
    finally:
        gc.enable()
    return extracting, reading, claims, said, named


def profile(sources: list, seconds: float, top: int) -> None:
    """cProfile of quote reading alone (each article extracted first, unprofiled, as in a pass), for about `seconds` (stderr)."""
    from checker.extract import extract, quotations

    profiler = cProfile.Profile()
    end = time.process_time() + seconds
    while time.process_time() < end:
        for source in sources:
            extract(source)
            profiler.enable()
            quotations(source)
            profiler.disable()
    pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a JSON Lines corpus (default: the stories corpus of --size articles)")
    parser.add_argument("--size", type=int, default=1000, help="articles of the generated stories corpus (default 1000)")
    parser.add_argument("--seed", type=int, default=stories.DEFAULT_SEED, help="seed of the generated corpus")
    parser.add_argument("--repeats", type=int, default=5, help="passes; the fastest counts (default 5)")
    parser.add_argument("--profile", type=float, default=0, help="afterwards, cProfile quote reading for that many seconds")
    args = parser.parse_args()
    path = args.corpus or stories.ensure(args.size, args.seed)[0]
    sources = load(path)
    one_pass(sources[:20])  # warm-up: compiled patterns, caches
    passes = [one_pass(sources) for _ in range(args.repeats)]
    extracting = min(p[0] for p in passes)
    reading = min(p[1] for p in passes)
    _, _, claims, said, named = passes[0]
    commit, digest = extraction.code_state()
    ratio = reading / extracting
    print(f"Machine: {extraction.machine()}. Command: `python benchmarks/quotes.py {' '.join(sys.argv[1:])}`.".replace(" `", " `", 1))
    print(f"Code measured: {commit} (`checker/*.py` sha256 {digest}). Corpus: {path.name}, {len(sources):,} articles.\n")
    print("| step | CPU seconds (fastest of %d) | items |" % args.repeats)
    print("| --- | ---: | ---: |")
    print(f"| extraction (`extract`) | {extracting:.3f} | {claims:,} claims |")
    print(f"| quote reading (`quotations`) | {reading:.3f} | {said:,} quotes, {named:,} with a named speaker |")
    print(f"\nQuote reading / extraction = **{ratio:.3f}x** (bar: at most {BAR}x): {'holds' if ratio <= BAR else 'FAILS'}.")
    if args.profile:
        profile(sources, args.profile, 30)


if __name__ == "__main__":
    main()
