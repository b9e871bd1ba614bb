"""Generate a deterministic, news-like English corpus as JSON Lines for the benchmarks.

Each line is ``{"id": "a000001", "text": "...", "published": "YYYY-MM-DD"}``. Articles are
built from sentence templates filled with randomly drawn names, places, organisations and
figures of every kind crosscheck extracts (counts, number words, percentages, ratios,
ranges, money, ages, durations, dates, periods, changes, multipliers, measures), mixed with
a majority of ordinary prose sentences that carry no figures, as real news copy does.

The output depends only on the seed and the size, so two runs give byte-identical files:

    python benchmarks/corpus.py                 # 5 MB -> benchmarks/data/corpus-5mb.jsonl
    python benchmarks/corpus.py --mb 20 --seed 7 --out /tmp/big.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_SEED = 2019
FIGURE_SHARE = 0.3  # share of sentences that carry a figure; the rest are plain prose

# --------------------------------------------------------------------------- vocabulary

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
PLACES = ["England and Wales", "Scotland", "Northern Ireland", "London", "Manchester",
          "Birmingham", "Leeds", "Glasgow", "Cardiff", "Belfast", "Bristol", "Liverpool",
          "Sheffield", "Newcastle", "Nottingham", "Kent", "Surrey", "Sussex", "Essex",
          "Yorkshire", "Cornwall", "Norfolk", "the north-east", "the Midlands", "Wales",
          "France", "Germany", "Ireland", "the United States", "Canada", "Australia",
          "Spain", "Italy", "the Netherlands", "Sweden", "India", "Brazil", "Japan"]
ORGS = ["the NSPCC", "the Office for National Statistics", "the Home Office", "the NHS",
        "the Department for Education", "the Met Office", "the Bank of England",
        "the Treasury", "Ofsted", "Ofcom", "the Local Government Association",
        "the Resolution Foundation", "the Institute for Fiscal Studies", "Shelter",
        "Age UK", "the Royal College of Nursing", "the British Medical Association",
        "the Environment Agency", "the Food Standards Agency", "Citizens Advice",
        "the National Audit Office", "Public Health England", "the Trussell Trust",
        "the RSPCA", "the Crown Prosecution Service", "the Ministry of Justice",
        "the Department for Transport", "the Charity Commission", "the TUC", "the CBI"]
PEOPLE = ["Peter Wanless", "Sarah Mitchell", "James O'Connor", "Priya Shah", "David Evans",
          "Helen Clarke", "Tom Hughes", "Aisha Rahman", "Mark Thompson", "Claire Bennett",
          "Owen Jones", "Fiona Campbell", "Rajesh Patel", "Laura Williams", "Michael Brown",
          "Emma Davies", "Kwame Mensah", "Sophie Turner", "Daniel Murphy", "Grace Kelly"]
ROLES = ["chief executive", "director of policy", "chairwoman", "chairman", "spokesman",
         "spokeswoman", "head of research", "general secretary", "chief economist",
         "senior analyst", "policy manager", "deputy director"]
PLATFORMS = ["Instagram", "Facebook", "Snapchat", "Twitter", "TikTok", "YouTube",
             "WhatsApp", "Reddit"]
THINGS = ["reports of online grooming", "recorded offences", "hospital admissions",
          "school exclusions", "complaints", "eviction notices", "food bank referrals",
          "fly-tipping incidents", "knife crimes", "road deaths", "job vacancies",
          "new homes", "applications", "prosecutions", "cases of measles",
          "patients waiting more than four hours", "missing children", "burglaries",
          "planning appeals", "cyber attacks", "animal cruelty reports", "rail delays",
          "potholes", "teaching posts", "care home places", "ambulance call-outs"]
PEOPLE_GROUPS = ["children", "pupils", "patients", "victims", "tenants", "drivers",
                 "nurses", "teachers", "households", "workers", "pensioners", "students",
                 "residents", "families", "small businesses", "councils", "police forces",
                 "hospitals", "schools", "respondents"]
TOPICS = ["grooming", "child poverty", "knife crime", "housing", "the cost of living",
          "waiting lists", "air pollution", "school funding", "flooding", "energy bills",
          "rough sleeping", "social care", "online safety", "wildlife crime", "rail fares"]
ADJ = ["sharp", "steady", "worrying", "dramatic", "modest", "significant", "alarming",
       "welcome", "gradual", "unexpected"]
VERBS_WARN = ["warned", "said", "found", "revealed", "reported", "disclosed", "estimated",
              "claimed", "confirmed", "announced"]
UNITS = [("km", 1, 400), ("miles", 1, 300), ("kg", 1, 90), ("tonnes", 1, 5000),
         ("litres", 1, 900), ("metres", 1, 800), ("mph", 20, 90), ("hectares", 5, 3000)]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty",
                "a hundred", "a dozen", "hundreds of", "thousands of"]
SMALL_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
ORDINAL_FRACTIONS = [("one in", ["three", "four", "five", "six", "ten", "20"]),
                     ("two in", ["three", "five", "ten"]), ("three in", ["four", "five", "ten"]),
                     ("seven out of", ["10"]), ("nine out of", ["10"])]
MULTIPLIERS = ["doubled", "trebled", "tripled", "quadrupled", "halved", "more than doubled",
               "almost trebled"]
DURATION_UNITS = [("days", 2, 90), ("weeks", 2, 52), ("months", 2, 36), ("years", 2, 30),
                  ("hours", 2, 72)]


class Figures:
    """Random figures in the forms news copy uses."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def count(self) -> str:
        n = int(self.r.lognormvariate(6, 1.6)) + 2
        return f"{n:,}" if self.r.random() < 0.8 else str(n)

    def approx_count(self) -> str:
        return self.r.choice(["more than", "almost", "around", "nearly", "over", "fewer than",
                              "about", "up to", "at least"]) + " " + self.round_count()

    def round_count(self) -> str:
        base = self.r.choice([1, 2, 3, 5, 10, 12, 15, 20, 25, 40, 50])
        return f"{base * self.r.choice([10, 100, 1000]) + self.r.choice([0, 0, 100, 500]):,}"

    def words(self) -> str:
        return self.r.choice(NUMBER_WORDS)

    def percent(self) -> str:
        p = self.r.choice([self.r.randint(1, 99), round(self.r.uniform(0.1, 99.9), 1)])
        return f"{p}" + self.r.choice([" percent", " per cent", "%", "%", " per cent"])

    def ratio(self) -> str:
        if self.r.random() < 0.5:
            head, tails = self.r.choice(ORDINAL_FRACTIONS)
            return f"{head} {self.r.choice(tails)}"
        whole = self.r.randint(5, 400)
        return f"{self.r.randint(1, whole)} of the {whole}"

    def range(self) -> str:
        lo = self.r.randint(1, 90)
        hi = lo + self.r.randint(1, 30)
        return self.r.choice([f"{lo} to {hi}", f"{lo}-{hi}", f"between {lo} and {hi}",
                              f"{lo} and {hi}"])

    def money(self) -> str:
        cur = self.r.choice(["£", "£", "$", "€"])
        form = self.r.random()
        if form < 0.35:
            return f"{cur}{self.r.randint(1, 999) * 1000:,}"
        if form < 0.7:
            return f"{cur}{round(self.r.uniform(1, 99), self.r.choice([0, 1]))}" + self.r.choice(
                ["bn", "m", " million", " billion", "m"])
        if form < 0.85:
            return f"{cur}{self.r.randint(2, 950)}"
        return f"{cur}{self.r.randint(1, 99)}.{self.r.randint(0, 99):02d}"

    def age(self) -> str:
        return self.r.choice([f"a {self.r.randint(14, 90)}-year-old", f"aged {self.r.randint(5, 95)}",
                              f"{self.r.choice(SMALL_WORDS)} years old"])

    def duration(self) -> str:
        unit, lo, hi = self.r.choice(DURATION_UNITS)
        n = self.r.randint(lo, hi)
        return f"{n} {unit}" if self.r.random() < 0.7 else f"{self.r.choice(SMALL_WORDS[1:])} {unit}"

    def year(self) -> int:
        return self.r.randint(2008, 2023)

    def date(self) -> str:
        y, m = self.year(), self.r.choice(MONTHS)
        return self.r.choice([f"{m} {y}", f"{self.r.randint(1, 28)} {m} {y}", f"{m} {self.r.randint(1, 28)}, {y}",
                              f"{y}", f"last {m}", f"in {m}"])

    def period(self) -> str:
        y = self.year()
        m1, m2 = self.r.sample(MONTHS, 2)
        return self.r.choice([f"the six months to {m2} {y}", f"the year to {m2} {y}",
                              f"between {m1} {y} and {m2} {y + 1}", f"{y}-{(y + 1) % 100:02d}",
                              f"the first quarter of {y}", f"the 12 months to {m1}",
                              f"from {m1} to {m2} {y}", f"since {y}"])

    def measure(self) -> str:
        unit, lo, hi = self.r.choice(UNITS)
        return f"{self.r.randint(lo, hi):,} {unit}"

    def multiplier(self) -> str:
        return self.r.choice(MULTIPLIERS)


# --------------------------------------------------------------------------- sentences

FIGURE_TEMPLATES = [
    "Police in {place} recorded {count} {thing} in {period}, {org} {warn}.",
    "There were {approx} {thing} between {date} and {date2}, according to data from {ratio_of} forces.",
    "{Org} said {percent} of {group} had been affected, up from {percent2} a year earlier.",
    "{Platform} accounted for {percent} of {thing}, with the number rising from {count_small} in {year} to {count_small2} in {year2}.",
    "Around {ratio} {group} were {age_bare} or younger, the figures show.",
    "{Group} aged {range} were found to be most at risk, {org} {warn}.",
    "The scheme will cost {money} over {duration}, the Treasury estimated.",
    "A {age_num} man from {place} was jailed for {duration} at the Crown Court on {weekday}.",
    "The number of {thing} has {multiplier} since {year}, {org} {warn}.",
    "Spending on {topic} rose by {percent} to {money} in {period}.",
    "In the {duration} that followed, {approx} {thing} were recorded by police.",
    "Only {ratio_of} councils in {place} responded to Freedom of Information requests.",
    "Figures show {count} {group} waited more than {duration} for treatment in {date}.",
    "The charity received {money} in donations last year, up {percent} on {year}.",
    "{Number_words} {group} were questioned about {topic}, and {count_small} of them said they had noticed a change.",
    "The company reported a pre-tax profit of {money} for {period}, compared with {money2} a year earlier.",
    "Prices have risen by {percent} since {date}, the highest rate for {duration}.",
    "{Person}, {role} of {org}, said the {count} cases were \"just the tip of the iceberg\".",
    "The new line, which runs for {measure}, is expected to open in {date}.",
    "Temperatures reached {temp}C in parts of {place} on {weekday}, the Met Office said.",
    "More than {percent} of {group} in {place} now rely on {platform} for news, a survey of {count} adults found.",
    "The fine was cut from {money} to {money2} on appeal in {date}.",
    "Between {range} {group} are thought to be affected in every school in {place}.",
    "The council has {multiplier} its budget for {topic} to {money} over {duration}.",
    "Waiting times fell from {duration} in {year} to {duration2} last year, a fall of {percent}.",
    "The {age_num} woman, who has lived in {place} for {duration}, said she was \"delighted\".",
    "About {ratio} {group} said they could not afford to heat their homes in {period}.",
    "The storm left {count} homes without power and caused damage estimated at {money}.",
    "Of the {count_small2} {thing} examined, {count_small} were found to be unsafe.",
    "The study followed {count} {group} for {duration}, from {year} to {year2}.",
]

PROSE_TEMPLATES = [
    "{Person}, {role} of {org}, condemned the findings.",
    "{Org} said it would publish its response in due course.",
    "The government is set to release a White Paper on {topic}.",
    "He said the figures were overwhelming evidence that the system was failing.",
    "She said: \"We cannot wait for the next tragedy before action is taken.\"",
    "Campaigners have long called for tougher rules on {topic}.",
    "A spokesman for {org} said the organisation took the issue very seriously.",
    "{Platform} said it aggressively fought abuse on its platform.",
    "Critics say the measures do not go far enough.",
    "The findings were described as \"deeply troubling\" by opposition politicians.",
    "Ministers insist that the policy is working and that more support is on the way.",
    "The report calls for an independent regulator with the power to impose fines.",
    "Residents in {place} said they had noticed the change over recent years.",
    "It is understood that talks between the two sides will resume next week.",
    "The charity is calling for new laws to force social media firms to do more.",
    "Local councillors have raised concerns about the impact on {group}.",
    "{Org} declined to comment on individual cases.",
    "The inquiry heard evidence from families, experts and senior officials.",
    "Many crimes go undetected or unreported, the charity said.",
    "The {adj} rise in {topic} has prompted calls for an urgent review.",
    "Officials said the data did not fully reflect the scale of the issue.",
    "Opposition parties accused the government of failing to act.",
    "Teachers' unions have welcomed the announcement but warned that details remain unclear.",
    "The move follows pressure from campaigners and MPs from all parties.",
    "In one case given by the charity, a girl was contacted by a stranger through {platform}.",
    "Police urged anyone with information to come forward.",
    "The trust apologised and said lessons had been learned.",
    "It is hugely concerning to see the {adj} increase, {person} said.",
    "{Person} told the BBC that the problem was getting worse in {place}.",
    "The plans will be discussed at a meeting of the full council later this month.",
    "Experts have warned that the situation could deteriorate further over the winter.",
    "The department said it was working closely with partners across {place}.",
    "Emily, not her real name, said she had been too frightened to tell anyone.",
    "The company said it had invested heavily in new safety tools.",
    "A consultation on the proposals closes at the end of the summer.",
    "Supporters of the scheme say it has transformed the lives of {group}.",
    "The watchdog said it would keep the situation under review.",
    "Some {group} in {place} said they had not been consulted.",
    "The union described the offer as an insult to its members.",
    "Analysts said the outlook remained uncertain.",
]

HEADLINES = [
    "{Topic_cap} figures prompt calls for action",
    "{Thing_cap} rise sharply in {place}",
    "{Org_cap} warns over {topic}",
    "New figures reveal scale of {topic}",
    "{Platform} under pressure over {topic}",
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class Writer:
    """Fills templates with random draws; one instance per corpus, driven by one seeded RNG."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.f = Figures(rng)

    def fields(self) -> dict[str, str]:
        r, f = self.r, self.f
        y = f.year()
        org, group, thing, topic = r.choice(ORGS), r.choice(PEOPLE_GROUPS), r.choice(THINGS), r.choice(TOPICS)
        platform = r.choice(PLATFORMS)
        age_n = r.randint(14, 90)
        return {
            "place": r.choice(PLACES), "org": org, "Org": _cap(org), "Org_cap": _cap(org),
            "person": r.choice(PEOPLE), "Person": r.choice(PEOPLE), "role": r.choice(ROLES),
            "platform": platform, "Platform": platform, "thing": thing, "Thing_cap": _cap(thing),
            "group": group, "Group": _cap(group), "topic": topic, "Topic_cap": _cap(topic),
            "adj": r.choice(ADJ), "warn": r.choice(VERBS_WARN), "weekday": r.choice(WEEKDAYS),
            "count": f.count(), "count_small": str(r.randint(12, 400)),
            "count_small2": str(r.randint(401, 2000)), "approx": f.approx_count(),
            "Number_words": _cap(f.words()), "percent": f.percent(), "percent2": f.percent(),
            "ratio": f.ratio() if r.random() < 0.5 else r.choice(ORDINAL_FRACTIONS)[0] + " five",
            "ratio_of": f"{(w := r.randint(10, 60)) - r.randint(1, 9)} of the {w}",
            "range": f.range(), "money": f.money(), "money2": f.money(),
            "age_bare": f"{r.randint(5, 16)}-years-old", "age_num": f"{age_n}-year-old",
            "duration": f.duration(), "duration2": f.duration(), "date": f.date(),
            "date2": f"{r.choice(MONTHS)} {y + 1}", "year": str(y), "year2": str(y + r.randint(1, 4)),
            "period": f.period(), "measure": f.measure(), "multiplier": f.multiplier(),
            "temp": str(r.randint(-12, 39)),
        }

    def sentence(self) -> str:
        pool = FIGURE_TEMPLATES if self.r.random() < FIGURE_SHARE else PROSE_TEMPLATES
        return self.r.choice(pool).format(**self.fields())

    def article(self) -> str:
        paragraphs = [self.r.choice(HEADLINES).format(**self.fields())]
        for _ in range(self.r.randint(6, 16)):
            paragraphs.append(" ".join(self.sentence() for _ in range(self.r.randint(1, 4))))
        return "\n".join(paragraphs) + "\n"


def generate(path: Path, megabytes: float, seed: int = DEFAULT_SEED) -> tuple[int, int]:
    """Write a corpus of at least `megabytes` MB (10^6 bytes) to `path`; return (articles, bytes)."""
    rng = random.Random(seed)
    writer = Writer(rng)
    target = int(megabytes * 1_000_000)
    start = date(2015, 1, 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    written = count = 0
    with tmp.open("w", encoding="utf-8", newline="\n") as out:
        while written < target:
            count += 1
            published = start + timedelta(days=rng.randint(0, 365 * 9))
            record = {"id": f"a{count:06d}", "text": writer.article(), "published": published.isoformat()}
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
    tmp.replace(path)
    return count, written


def default_path(megabytes: float, seed: int = DEFAULT_SEED) -> Path:
    """Where the benchmarks keep a corpus of this size and seed."""
    size = f"{megabytes:g}".replace(".", "_")
    suffix = "" if seed == DEFAULT_SEED else f"-s{seed}"
    return DATA_DIR / f"corpus-{size}mb{suffix}.jsonl"


def generator_version() -> str:
    """A hash of this file: a corpus made by an older generator is made again."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def ensure(megabytes: float, seed: int = DEFAULT_SEED) -> Path:
    """The corpus of this size and seed, generated unless present and made by this generator."""
    path = default_path(megabytes, seed)
    stamp = path.with_name(path.name + ".version")
    version = generator_version()
    if not path.exists() or not stamp.exists() or stamp.read_text().strip() != version:
        generate(path, megabytes, seed)
        stamp.write_text(version + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (10^6 bytes; default 5)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    ap.add_argument("--out", type=Path, help="output file (default benchmarks/data/corpus-<MB>mb.jsonl)")
    args = ap.parse_args(argv)
    path = args.out or default_path(args.mb, args.seed)
    articles, size = generate(path, args.mb, args.seed)
    if args.out is None:  # the benchmark's own file: mark it as made by this generator
        path.with_name(path.name + ".version").write_text(generator_version() + "\n")
    print(f"wrote {path}: {articles} articles, {size / 1e6:.2f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
