"""Generate a deterministic JSON Lines corpus of many articles retelling a handful of stories.

The corpus for ``check_scale.py``: ``crosscheck check`` compares the figures of different
articles, so its input must be many articles about the same few stories. Each story has
its own true figures: a total count over a period, the shares of three named platforms
or regions, a ratio ("one in five victims..."), a money figure and a trend ("rising from
126 in 2017 to 428 in 2018"). Each article retells a random subset of its story's figures
in varied wording (hedges and rounding: 5,137 as "more than 5,100", "nearly 5,200",
"around 5,100"; "33 percent", "33%", "33 per cent", "33.2%"; "one in five", "a fifth of";
"£2.5m", "£2.5 million", "£2,500,000"), with sentence templates, quotes, background
figures of kinds never compared (dates, ages, durations) and ordinary prose from
``corpus.py``. Each story has one speaker (a person, with a role at its organisation) and two
quotes, told whole, split by the attribution or in part. About 5% of articles state one figure
wrongly and 2% of the others misquote the speaker (a word changed or dropped, the words given to
someone else, another title), so the checker has real discrepancies to find; which ones is
written beside the corpus (``.truth.json``).

Lines are ``{"id": "s00001", "text": "...", "published": "YYYY-MM-DD"}``, 1 to 3 KB of
text each. Every article has its own seeded random generator, so the corpus of 1,000
articles is the first 1,000 lines of the corpus of 10,000 with the same seed, and the same
seed and size always give byte-identical files:

    python benchmarks/stories.py                  # 1,000 -> benchmarks/data/stories-1000.jsonl
    python benchmarks/stories.py --articles 10000 --seed 7 --out /tmp/stories.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus

DATA_DIR = corpus.DATA_DIR
DEFAULT_SEED = corpus.DEFAULT_SEED
STORIES = 5
WRONG_SHARE = 0.05  # articles that state one figure wrongly
QUOTE_WRONG_SHARE = 0.02  # articles (of the others) that misquote the story's speaker
MISQUOTES = ["word", "dropped", "speaker", "title"]
MIN_BYTES, MAX_BYTES = 1000, 2700  # article text length, drawn per article
# Days after a story's period ends that its articles are published: all inside one 28-day span, as
# the coverage of one release of figures is, so that `check` (whose stories join articles at most
# 31 days apart, checker/stories/linking.py) can take each story as one; two stories share a
# period end, so their articles overlap in time and only their content tells them apart.
PUBLISHED_AFTER = (20, 47)

# --------------------------------------------------------------------------- the stories

# What each story is about; its figures are drawn from the seed. `names` are the platforms
# or regions the shares and the trend are about; `at` is the preposition before them.
THEMES = [
    {"topic": "online grooming", "thing": "offences of sexual communication with a child", "short": "cases",
     "recorder": "police", "org": "the NSPCC", "area": "England and Wales",
     "names": ["Instagram", "Facebook", "Snapchat"], "at": "on",
     "who": "victims", "who_one": "victim", "rest": ["were aged 11 or under", "were girls aged 12 to 15"],
     "money_what": "to help police track down offenders online",
     "law": "Sexual communication with a child became an offence in April 2017."},
    {"topic": "knife crime", "thing": "knife offences", "short": "offences",
     "recorder": "police forces", "org": "the Office for National Statistics", "area": "England and Wales",
     "names": ["London", "Manchester", "Birmingham"], "at": "in",
     "who": "offenders", "who_one": "offender", "rest": ["were under 18", "had previous convictions"],
     "money_what": "for violence reduction units in the worst-affected areas",
     "law": "Tougher sentencing guidelines for knife possession took effect in June 2015."},
    {"topic": "food bank use", "thing": "emergency food parcels", "short": "parcels",
     "recorder": "food banks", "org": "the Trussell Trust", "area": "the UK",
     "names": ["Glasgow", "Cardiff", "Newcastle"], "at": "in",
     "who": "parcels", "who_one": "recipient", "rest": ["went to children", "went to working households"],
     "money_what": "to expand emergency food provision over the winter",
     "law": "Universal Credit was introduced in April 2013."},
    {"topic": "fly-tipping", "thing": "fly-tipping incidents", "short": "incidents",
     "recorder": "councils", "org": "the Local Government Association", "area": "England",
     "names": ["Kent", "Essex", "Surrey"], "at": "in",
     "who": "incidents", "who_one": "offender", "rest": ["involved household waste", "happened on roads"],
     "money_what": "to clear fly-tipped waste from private land",
     "law": "Councils were given powers to issue on-the-spot fines in May 2016."},
    {"topic": "ambulance delays", "thing": "ambulance handovers delayed by more than an hour", "short": "delays",
     "recorder": "hospitals", "org": "the NHS", "area": "England",
     "names": ["Yorkshire", "Cornwall", "Norfolk"], "at": "in",
     "who": "patients", "who_one": "patient", "rest": ["were over 75", "were waiting on trolleys"],
     "money_what": "to speed up hospital handovers",
     "law": "A four-hour target for A&E departments was introduced in 2004."},
]
MONEY = [250_000, 500_000, 1_200_000, 2_500_000, 4_000_000, 12_000_000, 40_000_000]
RATIOS = {(1, 3): ["one in three", "a third of"], (1, 4): ["one in four", "a quarter of"],
          (1, 5): ["one in five", "a fifth of"], (2, 5): ["two in five"], (3, 10): ["three in ten"]}
KEYS = ["total", "share0", "share1", "share2", "ratio", "money", "trend"]


@dataclass
class Story:
    """One story: its theme and its true figures."""

    theme: dict
    total: int
    end: date  # the total counts the 12 months ending with this month
    shares: list[float]  # percent, one per name
    ratio: tuple[int, int]
    rest: str
    money: int
    trend_name: str
    trend: tuple[int, int, int, int]  # from a in year1 to b in year2
    speaker: str = ""  # who speaks for the story's organisation, and as what
    role: str = ""
    quotes: tuple[str, ...] = ()  # what they say, word for word, in every article that quotes them
    released: date | None = None  # background facts, told alike by every article that tells them:
    youngest: int = 0  # the day the figures came out, the youngest one counted's age,
    review_weeks: int = 0  # and how long a review is expected to take


def stories(seed: int) -> list[Story]:
    """The stories of a corpus, from its seed alone (not its size)."""
    r = random.Random(f"{seed}/stories")
    out = []
    for theme in r.sample(THEMES, STORIES):
        total = int(r.lognormvariate(8.5, 1.2)) + 300
        end = date(r.randint(2016, 2022), r.choice([3, 6, 9, 12]), 1)
        first = round(r.uniform(20, 40), 1)
        second = round(r.uniform(10, first - 3), 1)
        third = round(r.uniform(3, second - 2), 1)
        a = int(total * r.uniform(0.05, 0.2)) + 20
        y2 = end.year - 1 if end.month < 12 else end.year
        out.append(Story(theme, total, end, [first, second, third], r.choice(list(RATIOS)),
                         r.choice(theme["rest"]), r.choice(MONEY), r.choice(theme["names"]),
                         (a, y2 - r.randint(1, 3), int(a * r.uniform(1.3, 3.4)), y2)))
    voices = random.Random(f"{seed}/speakers")  # apart, so the figures stay those of earlier corpora
    said = voices.sample(QUOTES, 2 * len(out))  # each story its own words
    for i, (story, person) in enumerate(zip(out, voices.sample(corpus.PEOPLE, len(out)))):
        story.speaker, story.role = person, voices.choice(corpus.ROLES)
        story.quotes = tuple(said[2 * i : 2 * i + 2])
    facts = random.Random(f"{seed}/background")  # apart too
    for story in out:
        story.released = story.end + timedelta(days=facts.randint(PUBLISHED_AFTER[0] - 12, PUBLISHED_AFTER[0] - 1))
        story.youngest, story.review_weeks = facts.randint(5, 17), facts.randint(2, 12)
    return out


# --------------------------------------------------------------------------- wording


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _half_up(x: float) -> int:
    """x to the nearest whole number, halves up, as copy rounds (28.5 is 29; Python's round gives 28)."""
    return math.floor(x + 0.5)


def _sig2(n: int, how: str) -> int:
    """n to two significant figures, rounded down, up or to the nearest."""
    step = 10 ** max(0, int(math.log10(n)) - 1)
    q = math.floor(n / step) if how == "down" else math.ceil(n / step) if how == "up" else _half_up(n / step)
    return int(q * step)


def count_words(r: random.Random, n: int) -> str:
    """A count as news copy states it: exact, or hedged and rounded so the hedge stays true."""
    form = r.random()
    if form < 0.35 or n < 100:
        return f"{n:,}"
    if form < 0.6:
        low = _sig2(n, "down")
        return f"{r.choice(['more than', 'over'])} {low:,}" if low < n else f"{n:,}"
    if form < 0.8:
        high = _sig2(n, "up")
        return f"{r.choice(['nearly', 'almost'])} {high:,}" if high > n else f"{n:,}"
    return f"{r.choice(['around', 'about', 'some'])} {_sig2(n, 'near'):,}"


def percent_words(r: random.Random, p: float) -> str:
    value = f"{p:g}" if r.random() < 0.25 else str(_half_up(p))
    return value + r.choice([" percent", " per cent", "%", "%"])


def money_words(r: random.Random, amount: int) -> str:
    millions = amount / 1_000_000
    if amount < 1_000_000:
        return r.choice([f"£{amount:,}", f"£{amount // 1000}k", f"£{amount:,}"])
    m = f"{millions:g}"
    return r.choice([f"£{m}m", f"£{m} million", f"£{amount:,}", f"£{m}m"])


def period_words(r: random.Random, end: date) -> str:
    month, year = corpus.MONTHS[end.month - 1], end.year
    start = corpus.MONTHS[end.month % 12]
    first_year = year - 1 if end.month < 12 else year
    return r.choice([f"in the year to {month} {year}", f"in the 12 months to {month} {year}",
                     f"between {start} {first_year} and {month} {year}", f"in the 12 months to the end of {month} {year}"])


TOTAL_TEMPLATES = [
    "{Recorder} in {area} recorded {total} {thing} {period}, {org} {warn}.",
    "There were {total} {thing} {period}, according to figures obtained by {org}.",
    "{Total} {thing} were recorded in {area} {period}, the figures show.",
    "Figures published by {org} show {total} {thing} {period}.",
    "{Org} said {total} {thing} had been logged {period}, the highest number on record.",
    "{Period}, {recorder} dealt with {total} {thing}, {org} {warn}.",
]
SHARE_TEMPLATES = [
    "{name} accounted for {p} of the {short}, {org} {warn}.",
    "Of all the {short}, {p} were {at} {name}.",
    "The figures show {name} accounted for {p} of {short} where a location was recorded.",
    "{p} of the {short} were {at} {name}, the data show.",
    "Data seen by reporters show {name} was linked to {p} of {short}.",
]
SHARE_LIST = "{n0} accounted for {p0} of the {short}, {n1} for {p1} and {n2} for {p2}."
RATIO_TEMPLATES = [
    "{Ratio} {who} {rest}, the figures show.",
    "{Org} found that {ratio} {who} {rest}.",
    "Around {ratio} {who} {rest}, according to the report.",
    "The data also show that {ratio} {who} {rest}.",
]
MONEY_TEMPLATES = [
    "The government has pledged {money} {money_what}.",
    "Ministers announced {money} {money_what} last month.",
    "A fund of {money} {money_what} was set up after the figures were published.",
    "{Org} welcomed the {money} {money_what} but said more was needed.",
]
TREND_TEMPLATES = [
    "The number of {short} {at} {name} rose from {a} in {y1} to {b} in {y2}.",
    "{Short} {at} {name} went up from {a} in {y1} to {b} in {y2}, {org} said.",
    "{name} saw a {adj} rise, with {short} rising from {a} in {y1} to {b} in {y2}.",
    "Recorded {short} {at} {name} increased from {a} in {y1} to {b} in {y2}, the figures show.",
]
HEADLINES = [
    "{Topic}: new figures reveal scale of the problem",
    "{Org} warns over rise in {topic}",
    "{name} at centre of {topic} concerns",
    "Calls for action as {topic} figures are published",
    "{Topic} at record level, figures show",
]
QUOTES = [
    "These figures are overwhelming evidence that the current approach is not working.",
    "We cannot wait for the next tragedy before action is taken.",
    "Behind every one of these numbers is a real person whose life has been affected.",
    "It is hugely concerning to see the scale of the problem laid bare in this way.",
    "The government must act now, and it must act decisively.",
    "We have been warning about this for years, and the figures prove us right.",
    "Every one of these cases represents a failure that could have been prevented.",
    "We need a long-term plan, not another round of short-term announcements.",
    "The people on the front line are doing their best with far too little support.",
    "These numbers should shock anyone who cares about the communities we serve.",
    "We will keep pressing ministers until the promised changes are delivered in full.",
    "It is simply not acceptable that families are still waiting this long for help.",
]
SWAPS = ["serious", "growing", "clear", "real", "major", "deep", "simple", "urgent", "stark", "modest"]
PROSE = [p for p in corpus.PROSE_TEMPLATES if "said: " not in p]  # the story's speaker is the only one quoted
PROSE_NO_PLATFORM = [p for p in PROSE if "latform}" not in p]  # no "TikTok said..." in a story about food banks
BACKGROUND = [
    "The youngest {who_one} was {age} years old.",
    "One {who_one}, a {age2}-year-old from {place}, said the experience had changed everything.",
    "The figures were released on {day} {month} after a Freedom of Information request.",
    "A review of the figures is expected to take {weeks} weeks.",
]


class ArticleWriter:
    """One article of one story, from the article's own seeded generator."""

    def __init__(self, r: random.Random, story: Story) -> None:
        self.r, self.s, self.t = r, story, story.theme
        self.prose = corpus.Writer(r)

    def fields(self) -> dict[str, str]:
        t, r = self.t, self.r
        return {"thing": t["thing"], "short": t["short"], "Short": _cap(t["short"]), "area": t["area"],
                "recorder": t["recorder"], "Recorder": _cap(t["recorder"]), "org": t["org"], "Org": _cap(t["org"]),
                "warn": r.choice(corpus.VERBS_WARN), "at": t["at"], "who": t["who"], "who_one": t["who_one"],
                "money_what": t["money_what"], "topic": t["topic"], "Topic": _cap(t["topic"]),
                "adj": r.choice(corpus.ADJ)}

    def figure(self, key: str, wrong: bool) -> str:
        """A sentence stating one of the story's figures (a wrong value when `wrong`)."""
        r, s, f = self.r, self.s, self.fields()
        if key == "total":
            n = s.total if not wrong else int(s.total * r.choice([r.uniform(0.55, 0.8), r.uniform(1.25, 1.6)]))
            words = count_words(r, n)
            period = period_words(r, s.end)
            return r.choice(TOTAL_TEMPLATES).format(**f, total=words, Total=_cap(words), period=period, Period=_cap(period))
        if key.startswith("share"):
            i = int(key[-1])
            p = s.shares[i] + (r.choice([-1, 1]) * r.uniform(4, 9) if wrong else 0)
            return _cap(r.choice(SHARE_TEMPLATES).format(**f, name=self.t["names"][i], p=percent_words(r, round(max(p, 1.0), 1))))
        if key == "ratio":
            frac = s.ratio if not wrong else r.choice([q for q in RATIOS if abs(q[0] / q[1] - s.ratio[0] / s.ratio[1]) > 0.09])
            words = r.choice(RATIOS[frac])
            return r.choice(RATIO_TEMPLATES).format(**f, ratio=words, Ratio=_cap(words), rest=s.rest)
        if key == "money":
            amount = s.money if not wrong else r.choice([m for m in MONEY if m != s.money])
            return _cap(r.choice(MONEY_TEMPLATES).format(**f, money=money_words(r, amount)))
        a, y1, b, y2 = s.trend
        if wrong:
            b = int(b * r.choice([0.6, 0.7, 1.4, 1.6]))
        return r.choice(TREND_TEMPLATES).format(**f, name=s.trend_name, a=f"{a:,}", b=f"{b:,}", y1=y1, y2=y2)

    def shares_list(self, wrong_index: int | None) -> str:
        r, s = self.r, self.s
        ps = [s.shares[i] + (r.choice([-1, 1]) * r.uniform(4, 9) if i == wrong_index else 0) for i in range(3)]
        names = {f"n{i}": self.t["names"][i] for i in range(3)}
        return SHARE_LIST.format(**self.fields(), **names, **{f"p{i}": percent_words(r, round(p, 1)) for i, p in enumerate(ps)})

    def filler(self) -> str:
        """A paragraph without compared figures: prose from corpus.py, a quote or background."""
        r, t = self.r, self.t
        kind = r.random()
        if kind < 0.12:
            return self.quote()
        if kind < 0.25:  # the story's own background facts: a fact told two ways would be a discrepancy to flag
            released = self.s.released or self.s.end
            return r.choice(BACKGROUND + [t["law"]]).format(
                who_one=t["who_one"], age=self.s.youngest, age2=r.randint(18, 80), place=r.choice(corpus.PLACES),
                day=released.day, month=corpus.MONTHS[released.month - 1], weeks=self.s.review_weeks)
        sentences = []
        for _ in range(r.randint(1, 3)):
            fields = self.prose.fields()
            fields.update(org=t["org"], Org=_cap(t["org"]), topic=t["topic"], place=r.choice([t["area"], *t["names"]]))
            if t["at"] == "on":
                fields.update(platform=r.choice(t["names"]), Platform=r.choice(t["names"]))
            sentences.append(r.choice(PROSE if t["at"] == "on" else PROSE_NO_PLATFORM).format(**fields))
        return " ".join(sentences)

    def quote(self, misquote: str | None = None) -> str:
        """The story's speaker quoted (whole, split by the attribution, or in part), or misquoted as asked."""
        r, s = self.r, self.s
        person, role, words = s.speaker, s.role, r.choice(s.quotes)
        if misquote == "speaker":
            person = r.choice([p for p in corpus.PEOPLE if p != s.speaker])
        elif misquote == "title":
            role = r.choice([x for x in corpus.ROLES if not set(x.split()) & set(s.role.split())])
        elif misquote in ("word", "dropped"):
            tokens = words.split()
            i = r.choice([j for j, w in enumerate(tokens[1:-1], start=1) if len(w) >= 4 and w.isalpha()])
            tokens[i:i + 1] = [] if misquote == "dropped" else [r.choice([w for w in SWAPS if w != tokens[i]])]
            words = " ".join(tokens)
        org = self.t["org"]
        form = r.random() if misquote is None else r.random() * 0.6
        if form < 0.3:
            return f"{person}, {role} of {org}, said: \"{words}\""
        if form < 0.6:
            return f"“{words[:-1]},” said {person}, {role} of {org}."
        tokens = words.rstrip(".").split()
        a = r.randrange(0, max(1, len(tokens) - 5))
        return f"{person} said the figures were “{' '.join(tokens[a:a + r.randint(4, 7)])}”."

    def article(self, wrong: bool, misquote: str | None = None) -> tuple[str, dict | None]:
        """The article's text, and what it states wrongly (None when nothing)."""
        r = self.r
        keys = r.sample(KEYS, r.randint(2, 5))
        if "total" in keys and r.random() < 0.7:  # most articles lead with the total
            keys.remove("total")
            keys.insert(0, "total")
        bad = r.choice(keys) if wrong else None
        shares = [k for k in keys if k.startswith("share")]
        listed = len(shares) >= 2 and r.random() < 0.4  # "Instagram for 33%, Facebook for 23% and ..."
        statements: list[tuple[str, bool]] = []  # (sentence, whether it states the wrong figure)
        for k in keys:
            if listed and k.startswith("share"):
                if k == shares[0]:
                    statements.append((self.shares_list(int(bad[-1]) if bad in shares else None), bad in shares))
                continue
            statements.append((self.figure(k, k == bad), k == bad))
        title = r.choice(HEADLINES).format(**self.fields(), name=r.choice(self.t["names"]))
        paragraphs = [(title, False), statements[0]]
        rest = statements[1:]
        target = r.randint(MIN_BYTES, MAX_BYTES)
        while rest or sum(len(p) + 1 for p, _ in paragraphs) < target:
            if rest and (r.random() < 0.45 or sum(len(p) + 1 for p, _ in paragraphs) >= target):
                paragraphs.append(rest.pop(0))
            else:
                paragraphs.append((self.filler(), False))
        if misquote is not None:
            paragraphs.insert(r.randint(2, len(paragraphs)), (self.quote(misquote), True))
        truth = None
        if bad is not None or misquote is not None:
            line = next(i for i, (_, is_bad) in enumerate(paragraphs, start=1) if is_bad)
            what = {"figure": bad} if bad is not None else {"quote": misquote}
            truth = {**what, "line": line, "sentence": paragraphs[line - 1][0]}
        return "\n".join(p for p, _ in paragraphs) + "\n", truth


# --------------------------------------------------------------------------- files


def generate(path: Path, articles: int, seed: int = DEFAULT_SEED) -> dict:
    """Write `articles` articles to `path` and their planted errors beside it; return the truth."""
    told = stories(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    wrong: dict[str, dict] = {}
    story_of: list[int] = []  # each article's story, in order
    size = 0
    with tmp.open("w", encoding="utf-8", newline="\n") as out:
        for i in range(1, articles + 1):
            r = random.Random(f"{seed}/article/{i}")
            index = r.randrange(len(told))
            story = told[index]
            wrong_figure = r.random() < WRONG_SHARE
            misquote = r.choice(MISQUOTES) if not wrong_figure and r.random() < QUOTE_WRONG_SHARE else None
            text, truth = ArticleWriter(r, story).article(wrong_figure, misquote)
            published = story.end + timedelta(days=r.randint(*PUBLISHED_AFTER))
            ident = f"s{i:05d}"
            story_of.append(index)
            line = json.dumps({"id": ident, "text": text, "published": published.isoformat()}, ensure_ascii=False) + "\n"
            out.write(line)
            size += len(line.encode("utf-8"))
            if truth is not None:
                wrong[ident] = {"story": index, **truth}
    truth_all = {"articles": articles, "seed": seed, "bytes": size,
                 "stories": [{"topic": s.theme["topic"], "total": s.total, "period_end": s.end.isoformat(),
                              "shares": dict(zip(s.theme["names"], s.shares)), "ratio": f"{s.ratio[0]}/{s.ratio[1]} {s.theme['who']} {s.rest}",
                              "money": s.money, "trend": {"name": s.trend_name, "from": s.trend[:2], "to": s.trend[2:]},
                              "speaker": {"name": s.speaker, "role": s.role, "quotes": list(s.quotes)}}
                             for s in told],
                 "wrong": wrong, "story_of": story_of}
    truth_path(path).write_text(json.dumps(truth_all, indent=1) + "\n", encoding="utf-8")
    tmp.replace(path)
    return truth_all


def truth_path(path: Path) -> Path:
    return path.with_name(path.stem + ".truth.json")


def default_path(articles: int, seed: int = DEFAULT_SEED) -> Path:
    suffix = "" if seed == DEFAULT_SEED else f"-s{seed}"
    return DATA_DIR / f"stories-{articles}{suffix}.jsonl"


def generator_version() -> str:
    """A hash of this file and corpus.py (its prose): a corpus made by an older generator is made again."""
    here = Path(__file__).resolve()
    data = here.read_bytes() + (here.parent / "corpus.py").read_bytes()
    return hashlib.sha256(data).hexdigest()[:16]


def ensure(articles: int, seed: int = DEFAULT_SEED) -> tuple[Path, dict]:
    """The corpus of this many articles and seed, and its truth; generated unless present and current."""
    path = default_path(articles, seed)
    stamp = path.with_name(path.name + ".version")
    version = generator_version()
    if (path.exists() and stamp.exists() and truth_path(path).exists()
            and stamp.read_text().strip() == version):
        return path, json.loads(truth_path(path).read_text(encoding="utf-8"))
    truth = generate(path, articles, seed)
    stamp.write_text(version + "\n")
    return path, truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    ap.add_argument("--out", type=Path, help="output file (default benchmarks/data/stories-<N>.jsonl)")
    args = ap.parse_args(argv)
    path = args.out or default_path(args.articles, args.seed)
    truth = generate(path, args.articles, args.seed)
    if args.out is None:
        path.with_name(path.name + ".version").write_text(generator_version() + "\n")
    print(f"wrote {path}: {args.articles} articles, {truth['bytes'] / 1e6:.2f} MB, "
          f"{len(truth['wrong'])} with a wrong figure or quote (listed in {truth_path(path).name})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
