"""Benchmark crosscheck's figure extraction: speed, speed against quantulum3, and peak memory.

One run measures, on corpora made by ``benchmarks/corpus.py`` (generated on first use into
``benchmarks/data/``, deterministic for a given seed and size):

(a) crosscheck through the library (``read_sources`` + ``iter_claims``) over the whole
    corpus: MB/s, articles/s, claims/s;
(b) quantulum3 (``parser.parse``) on a fixed random sample of the same articles, and
    crosscheck on exactly that sample (from the same in-memory text), so the speed ratio
    is like for like: timed twice, block by block beside quantulum3 (after each block of 50
    articles quantulum3 has read, crosscheck reads the same 50, the median of ``--repeats``
    passes, so that a slow spell of a shared machine falls on both alike) and afterwards over
    the whole sample (the median of ``--repeats`` passes);
(c) the peak RSS of ``crosscheck claims --format jsonl CORPUS > /dev/null`` run as a
    subprocess on corpora of several sizes, each measured from a fresh helper process
    with ``getrusage(RUSAGE_CHILDREN).ru_maxrss``, to show memory does not grow with input.

MB means 10^6 bytes of article text (UTF-8), the same text both tools are given.

    python benchmarks/extraction.py                          # defaults: about 4 minutes
    python benchmarks/extraction.py --mb 2 --memory-mb 2,8 --peer-min-seconds 0   # quick
"""

from __future__ import annotations

import argparse
import atexit
import compileall
import cProfile
import hashlib
import json
import os
import platform
import pstats
import random
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402  (benchmarks/corpus.py, beside this file)

# checker is imported in main(), after --snapshot may have put a frozen copy first on sys.path.
read_sources = iter_claims = Source = None  # type: ignore[assignment]
SNAPSHOT: Path | None = None  # directory holding the frozen copy of checker/, with --snapshot


def import_checker(snapshot: bool) -> None:
    """Import the library; with `snapshot`, from a copy of checker/ taken now, so that edits
    made to the tree during a long run cannot mix code versions into one set of figures."""
    global read_sources, iter_claims, Source, SNAPSHOT
    if snapshot:
        SNAPSHOT = Path(tempfile.mkdtemp(prefix="crosscheck-bench-"))
        atexit.register(shutil.rmtree, SNAPSHOT, True)
        shutil.copytree(package_dir(), SNAPSHOT / "checker",
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        compileall.compile_dir(SNAPSHOT, quiet=1)  # as an installed package would be
        sys.path.insert(0, str(SNAPSHOT))
    from checker.extract import iter_claims as _iter_claims
    from checker.model import Source as _Source
    from checker.sources import read_sources as _read_sources

    read_sources, iter_claims, Source = _read_sources, _iter_claims, _Source


MB = 1_000_000

# Run in a fresh interpreter per measurement: start the command, wait for it, report the
# peak RSS of the (only) waited-for child, so no earlier measurement can leak into it.
_RSS_HELPER = r"""
import json, resource, subprocess, sys, time
t0 = time.perf_counter()
with open(sys.argv[1], "wb") as sink:
    rc = subprocess.run(sys.argv[2:], stdout=sink, stderr=subprocess.PIPE).returncode
seconds = time.perf_counter() - t0
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "maxrss_kb": usage.ru_maxrss, "seconds": seconds,
                  "cpu": usage.ru_utime + usage.ru_stime}))
"""


@dataclass
class Throughput:
    label: str
    articles: int
    text_bytes: int
    items: int  # claims (crosscheck) or quantities (quantulum3)
    seconds: float
    cpu: float

    @property
    def mb_s(self) -> float:
        return self.text_bytes / MB / self.seconds

    @property
    def articles_s(self) -> float:
        return self.articles / self.seconds

    @property
    def items_s(self) -> float:
        return self.items / self.seconds


@dataclass
class Memory:
    corpus_mb: float
    text_bytes: int
    articles: int
    maxrss_kb: int
    seconds: float
    cpu: float
    rc: int


def _fail(err: Exception) -> None:
    raise SystemExit(f"benchmark corpus is unreadable: {err}")


# ------------------------------------------------------------------------------- (a)


def crosscheck_corpus(path: Path) -> Throughput:
    """The whole corpus through read_sources + iter_claims, as the CLI drives them."""
    warm = Source.build("warm-up", "Police recorded 1,944 cases in the six months to September 2018, up 50%.")
    list(iter_claims(warm))
    articles = claims = text_bytes = 0
    c0, t0 = time.process_time(), time.perf_counter()
    for source in read_sources([str(path)], _fail):
        articles += 1
        text_bytes += len(source.text.encode("utf-8"))
        for _ in iter_claims(source):
            claims += 1
    return Throughput("crosscheck, whole corpus", articles, text_bytes, claims,
                      time.perf_counter() - t0, time.process_time() - c0)


# ------------------------------------------------------------------------------- (b)


def load_articles(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def quantulum_sample(records: list[dict], size: int, min_seconds: float, seed: int,
                     repeats: int = 3) -> tuple[Throughput, list[dict], Throughput]:
    """quantulum3 on the first `size` articles of a seeded shuffle, then on further articles
    of the same shuffle until it has run `min_seconds`; crosscheck on each block of BLOCK
    articles straight after quantulum3 (the median of `repeats` passes), so that a slow spell
    of a shared machine falls on both alike. Returns quantulum3's time, the sample used, and
    crosscheck's time on the same blocks."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Classifier dependencies not installed": expected
        from quantulum3 import parser
        parser.parse("warm-up: the 5 km road cost $1.2bn, up 33 percent")  # loads its data
    order = random.Random(seed).sample(range(len(records)), len(records))
    sample: list[dict] = []
    found = text_bytes = claims = 0
    seconds = cpu = mine_seconds = mine_cpu = 0.0
    block: list[dict] = []
    for i in order:
        if len(sample) >= size and seconds >= min_seconds:
            break
        text = records[i]["text"]
        c0, t0 = time.process_time(), time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found += len(parser.parse(text))
        seconds, cpu = seconds + time.perf_counter() - t0, cpu + time.process_time() - c0
        sample.append(records[i])
        block.append(records[i])
        text_bytes += len(text.encode("utf-8"))
        if len(block) == BLOCK:
            mine = crosscheck_sample(block, repeats)
            claims, mine_seconds, mine_cpu = claims + mine.items, mine_seconds + mine.seconds, mine_cpu + mine.cpu
            block = []
    if block:
        mine = crosscheck_sample(block, repeats)
        claims, mine_seconds, mine_cpu = claims + mine.items, mine_seconds + mine.seconds, mine_cpu + mine.cpu
    return (Throughput("quantulum3, sample", len(sample), text_bytes, found, seconds, cpu), sample,
            Throughput("crosscheck, same sample, block by block beside quantulum3", len(sample), text_bytes, claims,
                       mine_seconds, mine_cpu))


BLOCK = 50  # articles quantulum3 reads (about 3 s) before crosscheck reads the same ones


def _source(record: dict) -> Source:
    published = date.fromisoformat(record["published"]) if record.get("published") else None
    return Source.build(str(record["id"]), record["text"], published=published)


def crosscheck_sample(sample: list[dict], repeats: int) -> Throughput:
    """crosscheck on the same in-memory texts (Source.build + iter_claims); median of repeats."""
    runs = []
    for _ in range(repeats):
        claims = 0
        c0, t0 = time.process_time(), time.perf_counter()
        for record in sample:
            for _ in iter_claims(_source(record)):
                claims += 1
        runs.append((time.perf_counter() - t0, time.process_time() - c0, claims))
    seconds, cpu, claims = sorted(runs)[len(runs) // 2]
    text_bytes = sum(len(r["text"].encode("utf-8")) for r in sample)
    return Throughput("crosscheck, same sample, afterwards (median of repeats)", len(sample), text_bytes, claims, seconds, cpu)


# ------------------------------------------------------------------------------- (c)


def crosscheck_command() -> list[str]:
    script = Path(sys.executable).parent / "crosscheck"
    if script.exists() and SNAPSHOT is None:
        return [str(script)]
    return [sys.executable, "-m", "checker"]


def peak_rss(command: list[str]) -> dict:
    """Run `command` (stdout to /dev/null) under a fresh helper; its peak RSS and times."""
    env = dict(os.environ)
    if SNAPSHOT is not None:  # the frozen copy comes before the editable install
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SNAPSHOT), env.get("PYTHONPATH")]))
    out = subprocess.run([sys.executable, "-c", _RSS_HELPER, os.devnull, *command],
                         capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout)


def memory_run(path: Path, megabytes: float) -> Memory:
    command = [*crosscheck_command(), "claims", "--format", "jsonl", str(path)]
    result = peak_rss(command)
    records = load_articles(path)
    text_bytes = sum(len(r["text"].encode("utf-8")) for r in records)
    return Memory(megabytes, text_bytes, len(records), result["maxrss_kb"], result["seconds"],
                  result["cpu"], result["rc"])


# ------------------------------------------------------------------------------- report


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def package_dir() -> Path:
    """Where checker/ is imported from (the snapshot, once taken), without importing it."""
    import importlib.util

    spec = importlib.util.find_spec("checker")
    if spec is None or spec.origin is None:
        raise SystemExit("cannot find the checker package")
    return Path(spec.origin).resolve().parent


def code_state() -> tuple[str, str]:
    """(git commit + which files under checker/ differ from it, a hash of checker/*.py now)."""
    package = package_dir()
    digest = hashlib.sha256()
    for file in sorted(package.rglob("*.py")):
        digest.update(str(file.relative_to(package)).encode() + b"\0" + file.read_bytes())

    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=package.parent, capture_output=True, text=True,
                                  timeout=10).stdout.rstrip("\n")
        except (OSError, subprocess.SubprocessError):
            return ""

    commit = git("rev-parse", "--short", "HEAD").strip() or "unknown"
    dirty = git("status", "--porcelain", "--", "checker").splitlines()
    where = f"commit {commit}" + (f" + uncommitted changes to {', '.join(l[3:] for l in dirty)}" if dirty else "")
    return where, digest.hexdigest()[:12]


def snapshot_hash() -> str:
    digest = hashlib.sha256()
    package = SNAPSHOT / "checker"
    for file in sorted(package.rglob("*.py")):
        digest.update(str(file.relative_to(package)).encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()[:12]


def _mb(n: int) -> str:
    return f"{n / MB:.2f}"


def report(whole: Throughput | None, peer: Throughput | None, mine: Throughput | None,
           memory: list[Memory], baseline: dict | None, paired: Throughput | None = None) -> str:
    lines = ["| measurement | articles | MB | claims / quantities | seconds (wall / CPU) | MB/s | articles/s | claims/s |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for t in (whole, paired, mine, peer):
        if t is not None:
            lines.append(f"| {t.label} | {t.articles:,} | {_mb(t.text_bytes)} | {t.items:,} | "
                         f"{t.seconds:.2f} / {t.cpu:.2f} | {t.mb_s:.3f} | {t.articles_s:,.1f} | {t.items_s:,.0f} |")
    for label, t in (("block by block", paired), ("afterwards", mine)):
        if peer is not None and t is not None:
            lines.append("")
            lines.append(f"Speed ratio on the same {peer.articles} articles ({_mb(peer.text_bytes)} MB), crosscheck timed {label}: "
                         f"crosscheck / quantulum3 = **{t.mb_s / peer.mb_s:.1f}x** (wall), "
                         f"{(peer.cpu / t.cpu) if t.cpu else float('nan'):.1f}x (CPU).")
    if memory:
        lines += ["", "| `crosscheck claims --format jsonl` | articles | MB of text | peak RSS (MiB) | seconds (wall / CPU) | MB/s end to end | exit |",
                  "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
        if baseline is not None:
            lines.append(f"| `crosscheck --version` (start-up only) | - | - | {baseline['maxrss_kb'] / 1024:.1f} | "
                         f"{baseline['seconds']:.2f} / {baseline['cpu']:.2f} | - | {baseline['rc']} |")
        for m in memory:
            lines.append(f"| corpus of {m.corpus_mb:g} MB | {m.articles:,} | {_mb(m.text_bytes)} | {m.maxrss_kb / 1024:.1f} | "
                         f"{m.seconds:.2f} / {m.cpu:.2f} | {m.text_bytes / MB / m.seconds:.3f} | {m.rc} |")
    return "\n".join(lines)


def profile(path: Path, seconds: float, top: int) -> None:
    """cProfile crosscheck on the corpus for about `seconds`, print the top functions."""
    profiler = cProfile.Profile()
    deadline = time.perf_counter() + seconds
    articles = 0
    profiler.enable()
    for source in read_sources([str(path)], _fail):
        articles += 1
        for _ in iter_claims(source):
            pass
        if time.perf_counter() >= deadline:
            break
    profiler.disable()
    print(f"\n## cProfile: {articles} articles, about {seconds:g} s under the profiler\n", file=sys.stderr)
    stats = pstats.Stats(profiler, stream=sys.stderr).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def _sizes(text: str) -> list[float]:
    try:
        return [float(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected sizes in MB separated by commas, not {text!r}") from None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="size of the corpus for (a) and (b), in MB (default 5)")
    ap.add_argument("--corpus", type=Path, help="use this JSON Lines corpus for (a) and (b) instead of generating one")
    ap.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED, help="seed of the corpora and of the sample")
    ap.add_argument("--peer-sample", type=int, default=200, metavar="N",
                    help="articles in the quantulum3 sample, at least (default 200)")
    ap.add_argument("--peer-min-seconds", type=float, default=60.0, metavar="S",
                    help="extend the sample until quantulum3 has run this long (default 60; 0 for exactly N)")
    ap.add_argument("--repeats", type=int, default=3, help="crosscheck runs on the sample; the median counts (default 3)")
    ap.add_argument("--memory-mb", type=_sizes, default=[5.0, 20.0], metavar="A,B,...",
                    help="corpus sizes for the peak-RSS runs, in MB (default 5,20)")
    ap.add_argument("--no-peer", action="store_true", help="skip the quantulum3 comparison (b)")
    ap.add_argument("--no-memory", action="store_true", help="skip the peak-RSS runs (c)")
    ap.add_argument("--snapshot", action="store_true",
                    help="measure a copy of checker/ taken at start (for a tree being edited meanwhile)")
    ap.add_argument("--profile", type=float, default=0.0, metavar="SECONDS",
                    help="afterwards, cProfile crosscheck on the corpus this long and print hot spots (stderr)")
    args = ap.parse_args(argv)

    command = shlex.join(["python", os.path.relpath(__file__), *(sys.argv[1:] if argv is None else argv)])
    started = time.perf_counter()
    code, code_hash = code_state()
    import_checker(args.snapshot)
    if SNAPSHOT is not None:
        code_hash = snapshot_hash()

    def say(message: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f}s] {message}", file=sys.stderr, flush=True)

    path = args.corpus
    if path is None:
        say(f"corpus of {args.mb:g} MB (seed {args.seed})")
        path = corpus.ensure(args.mb, args.seed)
    say(f"(a) crosscheck over {path}")
    whole = crosscheck_corpus(path)
    say(f"    {whole.mb_s:.3f} MB/s, {whole.articles_s:.0f} articles/s, {whole.items_s:.0f} claims/s")

    peer = mine = paired = None
    if not args.no_peer:
        records = load_articles(path)
        say(f"(b) quantulum3 on a sample of at least {args.peer_sample} articles / {args.peer_min_seconds:g} s")
        peer, sample, paired = quantulum_sample(records, args.peer_sample, args.peer_min_seconds, args.seed, args.repeats)
        say(f"    {peer.articles} articles, {peer.mb_s:.3f} MB/s; crosscheck block by block {paired.mb_s:.3f} MB/s")
        mine = crosscheck_sample(sample, args.repeats)
        say(f"    crosscheck on the same sample: {mine.mb_s:.3f} MB/s")
        del records, sample

    memory: list[Memory] = []
    baseline = None
    if not args.no_memory:
        baseline = peak_rss([*crosscheck_command(), "--version"])
        for size in args.memory_mb:
            corpus_path = corpus.ensure(size, args.seed)
            say(f"(c) peak RSS of crosscheck claims on {corpus_path.name}")
            memory.append(memory_run(corpus_path, size))
            say(f"    {memory[-1].maxrss_kb / 1024:.1f} MiB in {memory[-1].seconds:.1f} s")

    print(f"## crosscheck extraction benchmark\n\nMachine: {machine()}  ")
    print(f"Command: `{command}`  ")
    print(f"Code: {code} (checker/*.py sha256 {code_hash})  ")
    print(f"Corpus (a, b): `{os.path.relpath(path)}` ({path.stat().st_size / MB:.2f} MB file); "
          f"memory corpora: {', '.join(f'{s:g} MB' for s in args.memory_mb) if memory else 'skipped'}; seed {args.seed}  ")
    if memory:
        print(f"Memory command: `{shlex.join([*crosscheck_command(), 'claims', '--format', 'jsonl', 'CORPUS'])} > /dev/null`")
    print()
    print(report(whole, peer, mine, memory, baseline, paired))
    print(f"\nTotal benchmark time: {time.perf_counter() - started:.0f} s")
    if SNAPSHOT is not None:
        print(f"\nMeasured a snapshot of checker/ taken at start (sha256 {code_hash}).")
    elif code_state()[1] != code_hash:
        print("\n**Warning: files under checker/ changed during the run; these figures mix code versions.**")
    if any(m.rc != 0 for m in memory):
        print("\nwarning: crosscheck exited non-zero on a memory corpus", file=sys.stderr)
    if args.profile > 0:
        profile(path, args.profile, 25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
