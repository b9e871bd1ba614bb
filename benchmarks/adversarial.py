"""Pathological inputs of each family of issue 13, timed at growing sizes in a subprocess.

Each family writes one input (an article of 10 KB, 100 KB and 1 MB, or a JSON Lines corpus of
1,000, 4,000 and 16,000 sources), runs the command line on it with a timeout, and reports the
time at each size (wall and CPU: the machine may be shared), the growth factor per ten times
the size (for sources, per four times, scaled to ten: factor ** (1 / log10(4)) ) and whether it
meets the bar (at most 12 per 10x, the largest size under 10 s), with the exit codes seen (0 none,
1 findings, 3 the rule-pattern budget spent). A size that times out ends its family (the larger
ones are not tried). One family runs up to the article size limit: 200 KB, 2 MB and 20 MB.

    python benchmarks/adversarial.py                       # every family, about 10 minutes
    python benchmarks/adversarial.py --only from-to,breakdown --timeout 30 --root ../main   # another checkout
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (10_000, 100_000, 1_000_000)
SOURCES = (1_000, 4_000, 16_000)
LARGE = (200_000, 2_000_000, 20_000_000)  # up to the article size limit (20 MiB)
_SIZES = {"text": SIZES, "sources": SOURCES, "large": LARGE}
_SHOWN = {"text": "10K/100K/1M", "sources": "1k/4k/16k sources", "large": "200K/2M/20M"}
RULE = """pack: adv
quantities:
  any:
    kind: count
    text: '(.*?)(.*?)(.*?)(.*?)(.*?)(.*?)\\1\\2\\3\\4\\5\\6\\s'
checks:
  same:
    agree: [any, any]
"""


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _article(unit: str) -> Callable[[int], str]:
    return lambda size: _repeat(unit, size)


def _alpha(i: int) -> str:
    """A made-up capitalised name for the number `i` (letters only: 'Bab', 'Bac', ...)."""
    letters = ""
    while True:
        i, digit = divmod(i, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[digit] + letters
        if i == 0:
            return "B" + letters


def _corpus(make: Callable[[int], dict[str, str]]) -> Callable[[int], str]:
    return lambda n: "".join(json.dumps(make(i)) + "\n" for i in range(n))


# (name, where the cause is, "text", "large" or "sources", generator, command after the input path)
FAMILIES: list[tuple[str, str, str, Callable[[int], str], list[str]]] = [
    ("number-groups", "extract (numbers)", "text", _article("1,"), ["claims"]),
    ("hundred-and", "extract (numbers)", "text", _article("one hundred and "), ["claims"]),
    ("between-and", "extract (ranges)", "text", _article("between 1 and "), ["claims"]),
    ("no-full-stop", "extract", "text", _article("the cases rose to 5 and "), ["claims"]),
    ("crlf-lines", "extract", "text", _article("Cases rose to 5\r\n"), ["claims"]),
    ("combining-marks", "extract", "text", _article("e\u0301 12\u0301 "), ["claims"]),
    ("zero-width-joiners", "extract", "text", _article("1\u200d000 "), ["claims"]),
    ("huge-exponents", "extract", "text", _article("1e999 "), ["claims"]),
    ("leading-numbers", "extract (context.subject)", "text", _article("1 1 1 "), ["claims"]),
    ("of-the", "extract (context.subject)", "text", _article("39 of the "), ["claims"]),
    ("names-figures", "extract (_about)", "text", _article("Smith had 5 and Jones had 6, "), ["claims"]),
    ("periods", "extract (_nearest_period)", "text", _article("Kent recorded 5 cases in May 2019, "), ["claims"]),
    ("capitalised-before-quote", "attribution._suffix", "text",
     lambda size: _repeat("Abc ", size) + "said “it is fine”.\n", ["quotes"]),
    ("plural-possessive", "quotes._plural_possessive", "text", lambda size: "‘" + _repeat("the girls’ books ", size) + "for all.’\n", ["quotes"]),
    ("at-signs", "extract (_addresses)", "text", _article("x@"), ["claims"]),
    ("from-to", "builtins.change", "text", _article("Cases rose by 5% from 100 to 105, "), ["check", "--no-config"]),
    ("breakdown", "builtins.breakdown", "text", _article("It had 100 admissions: 50 in the north, 50 in the south, "),
     ["check", "--no-config"]),
    ("blank-lines", "reading (memory)", "text", _article("a\n"), ["claims"]),
    ("blank-lines-20mb", "reading, extract", "large", _article("a\n"), ["claims"]),
    ("regex-selector", "engine (text: selector)", "text", _article("It had 1234567890123456789012345 cases to date. "),
     ["check", "--no-config", "--rules", "{rules}"]),
    ("one-quote-many-speakers", "quotecheck._attribution", "sources", _corpus(lambda i: {
        "id": str(i), "story": "s", "text": f"“We will build the new homes by the spring,” said Jane {_alpha(i)}, the mayor."}),
     ["check", "--no-config"]),
    ("one-story-many-wordings", "align.by_subject", "sources", _corpus(lambda i: {
        "id": str(i), "story": "s", "text": f"The council spent £{i + 5} million on thing{i} and item{i} in 2019."}),
     ["check", "--no-config"]),
    ("ordinary-stories", "quotecheck identities", "sources", _corpus(lambda i: {
        "id": str(i), "story": f"s{i % 50}", "text": f"Jane {_alpha(i % 50)}, the mayor, said: “We spent £{i % 7 + 3} million on the new homes.”"}),
     ["check", "--no-config"]),
    ("initials-block", "speakercheck", "sources", _corpus(lambda i: {
        "id": str(i), "story": "s", "text": f"“We will win the cup,” said John Smith{_alpha(i).lower()}son, the coach of {_alpha(i)}."}),
     ["check", "--no-config"]),
]


def _cpu() -> float:
    """The CPU time (user and system) of the finished child processes so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _run(args: list[str], timeout: float, root: Path) -> tuple[float | None, float | None, int | None]:
    """The wall and CPU times of one run and its exit code (None, None, None: over the timeout)."""
    start, cpu = time.perf_counter(), _cpu()
    try:
        done = subprocess.run([sys.executable, "-m", "checker", *args], cwd=root, timeout=timeout,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired:
        return None, None, None
    return time.perf_counter() - start, _cpu() - cpu, done.returncode


Times = list[float | None]


def measure(family: tuple[str, str, str, Callable[[int], str], list[str]], folder: Path, timeout: float,
            root: Path = ROOT) -> tuple[Times, Times, set[int]]:
    """The wall and CPU times of one family at each of its sizes (None: over the timeout, and the
    sizes after it), and its exit codes."""
    name, _, axis, make, command = family
    suffix = ".jsonl" if axis == "sources" else ".txt"
    rules = folder / "rules.yaml"
    rules.write_text(RULE, encoding="utf-8")
    times: Times = []
    cpus: Times = []
    codes: set[int] = set()
    for size in _SIZES[axis]:
        if times and times[-1] is None:
            times.append(None)
            cpus.append(None)
            continue
        path = folder / f"{name}-{size}{suffix}"
        path.write_text(make(size), encoding="utf-8")
        args = [command[0], str(path), *[a.format(rules=rules) for a in command[1:]], "-f", "json"]
        took, cpu, code = _run(args, timeout, root)
        times.append(took)
        cpus.append(cpu)
        codes |= {code} if code is not None else set()
        path.unlink()
    return times, cpus, codes


def _growth(times: Times, axis: str) -> Times:
    per = 1 / math.log10(4) if axis == "sources" else 1.0  # sources grow 4x a step: scale to 10x
    return [(b / a) ** per if a and b else None for a, b in zip(times, times[1:])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated family names")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose checker runs (default: this one)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per run (default 30)")
    args = parser.parse_args()
    chosen = [f for f in FAMILIES if not args.only or f[0] in args.only.split(",")]
    print("| family | cause | sizes | wall (s) | CPU (s) | growth per 10x (wall / CPU) | exit | bar (wall / CPU) |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for family in chosen:
            times, cpus, codes = measure(family, Path(tmp), args.timeout, args.root)
            grown = " / ".join(_shown(_growth(t, family[2]), "-", "{:.1f}") for t in (times, cpus))
            bar = " / ".join("ok" if _meets(t, family[2]) else "FAILS" for t in (times, cpus))
            print(f"| {family[0]} | {family[1]} | {_SHOWN[family[2]]} | {_shown(times, 'timeout', '{:.2f}')} | {_shown(cpus, 'timeout', '{:.2f}')} "
                  f"| {grown} | {'/'.join(map(str, sorted(codes)))} | {bar} |", flush=True)


def _shown(values: Times, missing: str, form: str) -> str:
    return ", ".join(missing if v is None else form.format(v) for v in values)


def _meets(times: Times, axis: str) -> bool:
    """The bar: at most 12 times the time per 10 times the size, the largest size under 10 s."""
    return all(g is not None and g <= 12 for g in _growth(times, axis)) and times[-1] is not None and times[-1] < 10


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
