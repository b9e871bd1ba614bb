"""Benchmark how `crosscheck check` scales: 1,000 against 10,000 articles on a handful of stories.

The bar: ten times the articles takes at most twelve times as long, and end-to-end
throughput stays within two times of extraction alone. One run measures, on each corpus
made by ``benchmarks/stories.py`` (generated on first use into ``benchmarks/data/``,
deterministic for a given seed; the smaller corpus is the start of the larger one):

(a) extraction alone, through the library: ``read_sources`` + ``extract`` of every article,
    the claims counted and dropped;
(b) ``pipeline.check(paths, [], Config(), on_error, builtin=True)`` end to end, in the same
    process: reading, extraction (all claims kept), alignment across sources, findings;
(c) the command line, ``python -m checker check CORPUS --no-config -f json -o OUT``, as a
    subprocess started from a fresh helper interpreter that reports its wall and CPU time
    and its ``getrusage(RUSAGE_CHILDREN)`` peak RSS;

and, to show what check adds to extraction, its stages alone, as ``pipeline.check`` runs them,
on the sources, claims and quotations of every article already in memory (``pipeline.read``):
(d) the cross-source stage, that is (d1) ``stories.group`` (which articles are one story), (d2)
``align.check`` and (d3) ``quotecheck.check`` on each story's articles alone, and
``engine.select``; and (e) the built-in checks of each article (``builtins.run``). Quote
alignment is judged like check: ten times the articles in at most twelve times the time. Each
corpus's stories are matched against its true ones (how many, the largest, any mixing two), and
the findings against the planted errors (and any naming articles of two true stories).

Each corpus gets ``--repeats`` passes of (a), (b), (c) in turn (so that a slow spell of a
shared machine hits all of them), and the fastest pass of each counts. Then the ratios of
the bar: time of check on the largest corpus over time on the smallest (at most 1.2 times
the ratio of their sizes: 12 for 10,000 against 1,000), and time of check over time of
extraction alone on each corpus (at most 2). They are judged on the library (b); the
command line's ratios, which include interpreter start-up, are shown beside them.

    python benchmarks/check_scale.py                      # 1,000 and 10,000 articles: about 13 minutes
    python benchmarks/check_scale.py --sizes 200,2000 --repeats 1     # quick
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pstats
import shlex
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extraction  # noqa: E402  (benchmarks/extraction.py: snapshot, machine, code state, peak RSS)
import stories  # noqa: E402  (benchmarks/stories.py: the corpora)

MB = 1_000_000
SCALE_SLACK = 1.2  # ten times the articles may take twelve times as long
CHECK_OVER_EXTRACT = 2.0  # check end to end within two times of extraction alone
MEASURES = {  # key: label in the report
    "extract": "(a) extraction alone (library)",
    "check": "(b) `pipeline.check` end to end (library)",
    "cli": "(c) `check` command line",
    "cross": "(d) of which the cross-source stage: (d1) + (d2) + (d3) + `engine.select`",
    "group": "(d1) story grouping: `stories.group`",
    "align": "(d2) figures across sources: `align.check`, story by story",
    "quotes": "(d3) quotes across sources: `quotecheck.check`, story by story",
    "builtins": "(e) built-in checks of each article: `builtins.run`",
}
STAGES = ("group", "align", "quotes", "builtins", "select", "cross")  # timed by time_stages ("select" not shown)
CROSS = ("group", "align", "quotes", "select")  # the stages of the cross-source stage (d)
ITEMS = {"extract": "claims", "group": "stories"}  # what each measurement counts (findings otherwise)
IN_MEMORY = frozenset(STAGES)  # measured on what was read beforehand: no articles/s or MB/s


@dataclass
class Run:
    """One timed pass of one measurement over one corpus."""

    seconds: float
    cpu: float
    items: int | None  # claims (extraction) or findings (check); None when unknown
    maxrss_kb: int | None = None  # command line only
    rc: int | None = None


@dataclass
class Size:
    """Everything measured on one corpus."""

    articles: int
    path: Path
    truth: dict
    text_bytes: int
    runs: dict[str, list[Run]] = field(default_factory=dict)
    quality: dict = field(default_factory=dict)
    grouping: dict = field(default_factory=dict)

    def add(self, key: str, run: Run) -> Run:
        self.runs.setdefault(key, []).append(run)
        return run

    def best(self, key: str) -> Run | None:
        """The fastest pass (the least disturbed by the rest of the machine)."""
        runs = self.runs.get(key)
        return min(runs, key=lambda r: r.seconds) if runs else None


def _fail(err: Exception) -> None:
    raise SystemExit(f"benchmark corpus is unreadable: {err}")


def text_bytes(path: Path) -> int:
    with path.open(encoding="utf-8") as handle:
        return sum(len(json.loads(line)["text"].encode("utf-8")) for line in handle if line.strip())


# ------------------------------------------------------------------------------- measurements


def warm_up() -> None:
    """Import everything and compile the extraction patterns before the clocks start."""
    from checker import align, pipeline  # noqa: F401
    from checker.extract import extract
    from checker.model import Source

    extract(Source.build("warm-up", "Instagram accounted for 33 percent of the 5,137 cases in the year to March 2019, "
                                    "up from 126 in 2017; around one in five victims; a £2.5m fund."))


def time_extract(path: Path) -> Run:
    """(a) read_sources + extract of every article; the claims are counted, not kept."""
    from checker.extract import extract
    from checker.sources import read_sources

    claims = 0
    gc.collect()
    c0, t0 = time.process_time(), time.perf_counter()
    for source in read_sources([str(path)], _fail):
        claims += len(extract(source))
    return Run(time.perf_counter() - t0, time.process_time() - c0, claims)


def time_check(path: Path) -> tuple[Run, list, list]:
    """(b) pipeline.check end to end: zero configuration, no rule packs, the built-in checks; its findings and stories."""
    from checker import pipeline
    from checker.config import Config

    grouped: list = []
    gc.collect()
    c0, t0 = time.process_time(), time.perf_counter()
    _, findings = pipeline.check([str(path)], [], Config(), _fail, builtin=True, on_stories=grouped.extend)
    return Run(time.perf_counter() - t0, time.process_time() - c0, len(findings)), findings, grouped


def cli_command(corpus: str, out: str) -> list[str]:
    return [sys.executable, "-m", "checker", "check", corpus, "--no-config", "-f", "json", "-o", out]


def time_cli(path: Path, workdir: Path) -> Run:
    """(c) the command line as a subprocess of a fresh helper; its findings are read back."""
    out = workdir / f"findings-{path.stem}.json"
    result = extraction.peak_rss(cli_command(str(path), str(out)))
    try:
        found = len(json.loads(out.read_text(encoding="utf-8"))["findings"])
        out.unlink()
    except (OSError, ValueError, KeyError):
        found = None
    return Run(result["seconds"], result["cpu"], found, result["maxrss_kb"], result["rc"])


def time_stages(path: Path, repeats: int) -> dict[str, list[Run]]:
    """(d) to (g): what check does after extraction, stage by stage, as `pipeline.check` runs it.

    Sources, claims and quotations come from `pipeline.read` beforehand (untimed); each pass then
    groups the articles into stories, runs `align.check` and `quotecheck.check` on each story's
    articles alone, and the built-in checks on each article, timing each stage."""
    from checker import pipeline

    sources, claims, quotes = pipeline.read([str(path)], _fail)
    runs: dict[str, list[Run]] = {key: [] for key in STAGES}
    for _ in range(repeats):
        gc.collect()
        with pipeline.uncollected():  # as `pipeline.check` runs them
            _time_stages(sources, claims, quotes, runs)
    return runs


def _time_stages(sources: dict, claims: dict, quotes: dict, runs: dict[str, list[Run]]) -> None:
    """One timed pass of the stages after extraction (see `time_stages`)."""
    from checker import align, builtins, engine, quotecheck, stories
    from checker.config import Config
    from checker.engine import Aliases

    config, aliases = Config(), Aliases(Config().aliases)
    clock = _Clock()
    grouped = stories.group(list(sources.values()), claims)
    clock.lap(runs, "group", len(grouped))
    figures = [f for story in grouped for f in align.check({n: claims[n] for n in story.sources}, aliases,
                                                            {n: sources[n].body for n in story.sources})]
    clock.lap(runs, "align", len(figures))
    said = [f for story in grouped for f in quotecheck.check({n: sources[n] for n in story.sources},
                                                                {n: quotes[n] for n in story.sources},
                                                                {n: claims[n] for n in story.sources}, aliases)]
    clock.lap(runs, "quotes", len(said))
    own = [f for c in claims.values() for f in builtins.run(c, config.options)]
    clock.lap(runs, "builtins", len(own))
    kept = engine.select(figures + said, config.disable, config.severity)
    clock.lap(runs, "select", len(kept))
    runs["cross"].append(Run(sum(runs[k][-1].seconds for k in CROSS), sum(runs[k][-1].cpu for k in CROSS), len(kept)))


class _Clock:
    """Wall and CPU time since the last lap."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self, runs: dict[str, list[Run]], key: str, items: int) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        runs[key].append(Run(wall - self.wall, cpu - self.cpu, items))
        self.wall, self.cpu = wall, cpu


def _article(name: str) -> str:
    """The article id of a source or location path: 'corpus.jsonl#s00042' -> 's00042'."""
    return name.rpartition("#")[2]


def quality(findings: list, truth: dict) -> dict:
    """How the findings meet the planted errors: articles caught, findings naming none of them or several stories."""
    wrong = truth["wrong"]
    story_of = truth.get("story_of", [])

    def stories_named(f) -> set[int]:
        return {story_of[int(_article(loc.path)[1:]) - 1] for loc in f.locations} if story_of else set()

    out = {}
    for what, rules in (("figure", lambda rule: not _quote_rule(rule)), ("quote", _quote_rule)):
        planted = {a for a, w in wrong.items() if what in w}
        mine = [f for f in findings if rules(f.rule)]
        caught = {_article(loc.path) for f in mine for loc in f.locations if _article(loc.path) in planted}
        clean_only = sum(1 for f in mine if not any(_article(loc.path) in wrong for loc in f.locations))
        across = sum(1 for f in mine if len(stories_named(f)) > 1)
        out[what] = {"planted": len(planted), "caught": len(caught), "clean_only": clean_only, "findings": len(mine),
                     "across": across}
    return out


def grouping(grouped: list, truth: dict) -> dict:
    """How `check`'s stories meet the corpus's true stories: how many, the largest, how many mix true stories."""
    story_of = truth.get("story_of", [])
    sizes = sorted((len(story.sources) for story in grouped), reverse=True)
    mixed = sum(1 for story in grouped if len({story_of[int(_article(n)[1:]) - 1] for n in story.sources}) > 1) if story_of else None
    return {"true": len(truth["stories"]), "found": len(grouped), "largest": sizes[: len(truth["stories"])],
            "alone": sizes.count(1), "mixed": mixed}


def _quote_rule(rule: str) -> bool:
    from checker import quotecheck

    return rule in quotecheck.RULES


# ------------------------------------------------------------------------------- report


def _rate(n: float, seconds: float) -> float:
    return n / seconds if seconds else float("nan")


def _holds(ok: bool, judged: bool) -> str:
    if not judged:  # the command line adds interpreter start-up: shown, not judged
        return "(yes)" if ok else "(no)"
    return "yes" if ok else "**no**"


def report(sizes: list[Size], baseline: dict | None) -> tuple[str, list[tuple[str, bool]]]:
    """The Markdown tables, and the verdicts of the bar (what, whether it holds)."""
    lines = ["| corpus | measurement | seconds, fastest pass (wall / CPU) | wall of each pass | articles/s | MB/s | "
             "claims / findings | peak RSS (MiB) | exit |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    if baseline is not None:
        lines.append(f"| - | `python -m checker --version` (start-up only) | {baseline['seconds']:.2f} / {baseline['cpu']:.2f} | - | "
                     f"- | - | - | {baseline['maxrss_kb'] / 1024:.1f} | {baseline['rc']} |")
    for s in sizes:
        mb = s.text_bytes / MB
        for key, label in MEASURES.items():
            run = s.best(key)
            if run is None:
                continue
            what = ITEMS.get(key, "findings")
            items = "?" if run.items is None else f"{run.items:,} {what}"
            rss = "-" if key != "cli" else f"{max(r.maxrss_kb or 0 for r in s.runs[key]) / 1024:.1f}"
            rate = "-" if key in IN_MEMORY else f"{_rate(s.articles, run.seconds):,.0f}"
            mbs = "-" if key in IN_MEMORY else f"{_rate(mb, run.seconds):.3f}"
            passes = ", ".join(f"{r.seconds:.2f}" for r in s.runs[key])
            lines.append(f"| {s.articles:,} articles, {mb:.2f} MB | {label} | {run.seconds:.2f} / {run.cpu:.2f} | {passes} | "
                         f"{rate} | {mbs} | {items} | {rss} | {'-' if run.rc is None else run.rc} |")

    verdicts: list[tuple[str, bool]] = []
    lines += ["", "| ratio | wall | CPU | bar | holds |", "| --- | ---: | ---: | ---: | :---: |"]
    small, large = sizes[0], sizes[-1]
    if len(sizes) >= 2:
        bar = SCALE_SLACK * large.articles / small.articles
        for key, judged in (("check", True), ("cli", False), ("extract", False), ("cross", False), ("group", False),
                            ("align", False), ("quotes", True), ("builtins", False)):
            a, b = small.best(key), large.best(key)
            if a is None or b is None:
                continue
            wall, cpu = b.seconds / a.seconds, _rate(b.cpu, a.cpu)
            ok = wall <= bar
            name = MEASURES[key].split(" ", 1)[1]
            lines.append(f"| {name}: time({large.articles:,}) / time({small.articles:,}) | {wall:.2f} | {cpu:.2f} | "
                         f"<= {bar:g} | {_holds(ok, judged) if key in ('check', 'cli', 'quotes') else '-'} |")
            if judged:
                who = "check" if key == "check" else "quote alignment"
                verdicts.append((f"{who} takes {wall:.2f}x as long on {large.articles / small.articles:g}x the articles "
                                 f"(bar {bar:g})", ok))
    for s in sizes:
        base = s.best("extract")
        if base is None:
            continue
        for key, judged in (("check", True), ("cli", False)):
            run = s.best(key)
            if run is None:
                continue
            wall, cpu = run.seconds / base.seconds, _rate(run.cpu, base.cpu)
            ok = wall <= CHECK_OVER_EXTRACT
            name = MEASURES[key].split(" ", 1)[1]
            lines.append(f"| {name} / extraction alone, {s.articles:,} articles | {wall:.2f} | {cpu:.2f} | "
                         f"<= {CHECK_OVER_EXTRACT:g} | {_holds(ok, judged)} |")
            if judged:
                verdicts.append((f"check takes {wall:.2f}x the time of extraction alone on {s.articles:,} articles "
                                 f"(bar {CHECK_OVER_EXTRACT:g})", ok))

    if any(s.grouping for s in sizes):
        lines += ["", "| corpus | true stories | stories found by `check` | the largest (articles) | articles alone | "
                  "stories mixing true stories |", "| --- | ---: | ---: | --- | ---: | ---: |"]
        for s in sizes:
            g = s.grouping
            if g:
                lines.append(f"| {s.articles:,} articles | {g['true']} | {g['found']:,} | {', '.join(f'{n:,}' for n in g['largest'])} | "
                             f"{g['alone']:,} | {'?' if g['mixed'] is None else g['mixed']} |")
    if any(s.quality for s in sizes):
        lines += ["", "| corpus | planted | articles | of them named in a finding | findings | findings naming no planted article "
                  "| findings across true stories |", "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
        for s in sizes:
            for what, label in (("figure", "a wrong figure"), ("quote", "a misquote (quote findings)")):
                q = s.quality.get(what)
                if q:
                    lines.append(f"| {s.articles:,} articles | {label} | {q['planted']:,} | {q['caught']:,} | {q['findings']:,} | "
                                 f"{q['clean_only']:,} | {q['across']:,} |")
    return "\n".join(lines), verdicts


# ------------------------------------------------------------------------------- profile


def profile(path: Path, seconds: float, top: int) -> None:
    """cProfile `pipeline.check` on a corpus: extraction for about `seconds`, the rest whole.

    The profiler is switched off once extraction has run `seconds` (its hot spots are steady
    from article to article; extraction.py --profile lists them) and on again for everything
    check does after extraction, so the report shows both what dominates and what check adds.
    """
    from checker import pipeline, stories
    from checker.config import Config

    profiler = cProfile.Profile()
    deadline = time.perf_counter() + seconds
    state = {"on": True}
    original_extract, original_group = pipeline.extract, stories.group

    def extract(source):  # pipeline.check extracts each article through pipeline.extract
        if state["on"] and time.perf_counter() >= deadline:
            profiler.disable()
            state["on"] = False
        return original_extract(source)

    def group(*args, **kwargs):  # stories.group: the first step after extraction
        if not state["on"]:
            profiler.enable()
            state["on"] = True
        return original_group(*args, **kwargs)

    split = getattr(pipeline, "stories", None) is stories
    if split:
        pipeline.extract, stories.group = extract, group
    try:
        t0 = time.perf_counter()
        profiler.enable()
        pipeline.check([str(path)], [], Config(), _fail, builtin=True)
        profiler.disable()
        total = time.perf_counter() - t0
    finally:
        pipeline.extract, stories.group = original_extract, original_group
    what = (f"extraction profiled for its first ~{seconds:g} s, everything after extraction whole"
            if split else "the whole run")
    print(f"\n## cProfile of pipeline.check on {path.name}: {total:.0f} s in all; {what}\n", file=sys.stderr)
    stats = pstats.Stats(profiler, stream=sys.stderr)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


# ------------------------------------------------------------------------------- main


def _sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(x.replace("_", "")) for x in text.split(",") if x.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected article counts separated by commas, not {text!r}") from None
    if not sizes or sizes[0] < 2:
        raise argparse.ArgumentTypeError("each size must be at least 2 articles")
    return sizes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=_sizes, default=[1000, 10000], metavar="A,B,...",
                    help="corpus sizes in articles (default 1000,10000); the smallest and the largest are compared")
    ap.add_argument("--repeats", type=int, default=3, help="passes of (a), (b), (c) per corpus; the fastest counts (default 3)")
    ap.add_argument("--seed", type=int, default=stories.DEFAULT_SEED, help=f"seed of the corpora (default {stories.DEFAULT_SEED})")
    ap.add_argument("--no-cli", action="store_true", help="skip the command-line runs (c)")
    ap.add_argument("--snapshot", action="store_true",
                    help="measure a copy of checker/ taken at start, so that edits made to the tree meanwhile cannot mix code versions")
    ap.add_argument("--profile", type=float, default=0.0, metavar="SECONDS",
                    help="afterwards, cProfile pipeline.check on the largest corpus (extraction for this long, "
                         "all that follows extraction whole) and print the hot spots (stderr)")
    args = ap.parse_args(argv)
    if args.repeats < 1:
        ap.error("--repeats must be at least 1")

    command = shlex.join(["python", os.path.relpath(__file__), *(sys.argv[1:] if argv is None else argv)])
    started = time.perf_counter()
    code, code_hash = extraction.code_state()
    extraction.import_checker(args.snapshot)
    if extraction.SNAPSHOT is not None:
        code_hash = extraction.snapshot_hash()

    def say(message: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f}s] {message}", file=sys.stderr, flush=True)

    sizes = []
    for n in args.sizes:
        path, truth = stories.ensure(n, args.seed)
        sizes.append(Size(n, path, truth, text_bytes(path)))
        say(f"corpus {path.name}: {n:,} articles, {sizes[-1].text_bytes / MB:.2f} MB of text, "
            f"{len(truth['wrong'])} with a wrong figure or quote")
    warm_up()
    baseline = None if args.no_cli else extraction.peak_rss([sys.executable, "-m", "checker", "--version"])
    workdir = Path(tempfile.mkdtemp(prefix="crosscheck-scale-"))
    try:
        for s in sizes:
            for rep in range(1, args.repeats + 1):  # (a), (b), (c) in turn: a slow spell of the machine hits all
                say(f"{s.articles:,} articles, pass {rep}/{args.repeats}")
                run = s.add("extract", time_extract(s.path))
                say(f"    (a) extraction alone: {run.seconds:.1f} s, {run.items:,} claims")
                run, findings, grouped = time_check(s.path)
                s.add("check", run)
                s.quality = s.quality or quality(findings, s.truth)
                s.grouping = s.grouping or grouping(grouped, s.truth)
                del findings, grouped
                say(f"    (b) pipeline.check: {run.seconds:.1f} s, {run.items:,} findings")
                if not args.no_cli:
                    run = s.add("cli", time_cli(s.path, workdir))
                    say(f"    (c) command line: {run.seconds:.1f} s, peak RSS {(run.maxrss_kb or 0) / 1024:.1f} MiB, exit {run.rc}")
            s.runs.update(time_stages(s.path, args.repeats))
            say("    " + ", ".join(f"{key} {min(r.seconds for r in s.runs[key]):.2f} s" for key in STAGES))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    table, verdicts = report(sizes, baseline)
    print(f"## crosscheck check scaling benchmark\n\nMachine: {extraction.machine()}  ")
    print(f"Command: `{command}`  ")
    print(f"Code: {code} (checker/*.py sha256 {code_hash})  ")
    print("Corpora: " + "; ".join(f"`{os.path.relpath(s.path)}` ({s.articles:,} articles, {s.path.stat().st_size / MB:.2f} MB file)"
                                   for s in sizes) + f"; seed {args.seed}; fastest of {args.repeats} passes  ")
    if not args.no_cli:
        print(f"Command line measured: `{shlex.join(cli_command('CORPUS', 'OUT.json'))}`")
    print()
    print(table)
    print()
    for s in sizes:
        lib, cli = s.best("check"), s.best("cli")
        if lib is not None and cli is not None and cli.items != lib.items:
            print(f"**Warning: on {s.articles:,} articles the command line reported {cli.items} findings, "
                  f"pipeline.check {lib.items}.**\n")
    holds = all(ok for _, ok in verdicts)
    print(f"Bar (check and quote alignment: time at most {SCALE_SLACK:g} times proportional to the articles; check within {CHECK_OVER_EXTRACT:g}x of "
          f"extraction alone): " + ("**holds**" if holds else "**fails**") + " - " + "; ".join(v for v, _ in verdicts) + ".")
    print(f"\nTotal benchmark time: {time.perf_counter() - started:.0f} s")
    if extraction.SNAPSHOT is not None:
        print(f"\nMeasured a snapshot of checker/ taken at start (sha256 {code_hash}).")
    elif extraction.code_state()[1] != code_hash:
        print("\n**Warning: files under checker/ changed during the run; these figures mix code versions.**")
    if args.profile > 0:
        profile(sizes[-1].path, args.profile, 30)
    return 0 if holds else 1


if __name__ == "__main__":
    sys.exit(main())
