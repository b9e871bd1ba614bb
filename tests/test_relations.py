"""The relation reader: which figures of a passage relate, how, and from which words (table tests)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from checker import builtins, relations
from checker.cli import app
from checker.relations import passage
from tests.conftest import claims_of

# (text, the relations read: kind and the words of each figure in role order)
READ = [
    # part of a whole
    ("Only 39 of the 43 forces replied.", [("part-of-whole", ["39 of the 43"])]),
    ("Of the 1,317 cases where a method was recorded, 450 involved the app.", [("part-of-whole", ["450", "1,317"])]),
    ("Of the £4.2m raised, £3.1m went to projects.", [("part-of-whole", ["£3.1m", "£4.2m"])]),
    ("In 2019, 12 people died.", []),
    ("Figures show 4 of the county's 12 libraries face closure.", [("part-of-whole", ["4", "12"])]),
    ("Out of 1,317 cases, 450 involved the app.", [("part-of-whole", ["450", "1,317"])]),
    ("Some 421 offences, or 32% of the 1,317 cases, involved the app.", [("share-of-whole", ["32%", "1,317", "Some 421"])]),
    # share of a whole, with and without the amount that restates it
    ("Instagram was used in 32% of the 1,317 cases, some 528 offences.", [("share-of-whole", ["32%", "1,317", "some 528"])]),
    ("Some 41% of the 2,200 applicants (about 900) were refused.", [("share-of-whole", ["Some 41%", "2,200", "about 900"])]),
    ("An impressive 85% of our 2,000 customers rated it.", [("share-of-whole", ["85%", "2,000"])]),
    ("Some 28% of the 2,450 complaints were upheld. That is about 690 cases.",
     [("share-of-whole", ["Some 28%", "2,450", "about 690"])]),
    ("Of the 2,450 complaints, 28 per cent – 686 – were upheld.", [("share-of-whole", ["28 per cent", "2,450", "686"])]),
    ("They received 1,200 complaints. Of these, 180 (15%) were upheld.",
     [("share-of-whole", ["15%", "1,200", "180"]), ("part-of-whole", ["180", "1,200"])]),
    ("They asked 1,500 tenants. A quarter of them, about 380, said so.", [("share-of-whole", ["A quarter", "1,500", "about 380"])]),
    ("They asked 1,500 tenants.\n\nThe report said so.\n\nA quarter of them, about 380, agreed.", []),  # not the sentence before
    ("The ward treated 200 people, of whom 40 were children.", [("part-of-whole", ["40", "200"])]),
    ("The club entered 12 teams. Of those, four reached the final.", [("part-of-whole", ["four", "12"])]),
    ("Some 15% of Kent's 4,000 firms replied.", [("share-of-whole", ["Some 15%", "4,000"])]),
    ("The survey of 2,000 adults found 25% – or 500 people – had been scammed.", [("share-of-whole", ["25%", "2,000", "500"])]),
    ("Police said that of 43 forces asked, 39 replied.", [("part-of-whole", ["39", "43"])]),
    # restatement: a ratio as a percentage, a sum in two currencies; never a poll pair
    ("One in four pupils (25%) said so.", [("restatement", ["One in four", "25%"])]),
    ("A third of firms, or 33%, expect cuts.", [("restatement", ["A third", "33%"])]),
    ("The deal is worth $2.6bn (£1.4bn).", [("restatement", ["$2.6bn", "£1.4bn"])]),
    ("Smith leads Jones in Ohio, 41%-36%.", [("rivals", ["41%", "-36%"])]),  # a poll pair, never a restatement
    # a sum and every conversion in its bracket, each against the others; two ranges of sums
    ("The group made 1.4bn euros (£960m; $1.85bn) last year.",
     [("restatement", ["1.4bn euros", "£960m"]), ("restatement", ["1.4bn euros", "$1.85bn"]), ("restatement", ["£960m", "$1.85bn"])]),
    ("It paid $9.4bn (261bn roubles, £4.8bn) for the unit.",
     [("restatement", ["$9.4bn", "261bn roubles"]), ("restatement", ["$9.4bn", "£4.8bn"]),
      ("restatement", ["261bn roubles", "£4.8bn"])]),
    ("The bridge will cost $5-6bn (£2.7-3.3bn).", [("restatement", ["$5-6bn", "£2.7-3.3bn"])]),
    ("It raised £20m ($26m), against $30m a year before.", [("restatement", ["£20m", "$26m"])]),
    ("It raised £20m, and $26m in the US.", []),
    ("It costs £20 (£15 for members).", []),
    # rate over a period
    ("The line took 9,100 calls in the year, or 25 a day.", [("rate", ["9,100", "25"])]),
    ("Police logged 1,944 offences in the six months to September 2018, about 11 a day.",
     [("rate", ["1,944", "about 11", "six months"])]),
    ("The council spends £1.2m a year, or £100,000 a month.", [("rate", ["£1.2m", "£100,000"])]),
    ("Over 12 months, firefighters attended 3,650 incidents – an average of 10 a day.",
     [("rate", ["3,650", "10", "12 months"])]),
    ("The line took 9,100 calls, and 25 a day were dropped.", []),
    ("Some 3,000 people a year, or about 58 a week, die on the roads.", [("rate", ["Some 3,000", "about 58"])]),
    ("During 2022, 3,650 cases were logged, or 10 a day.", [("rate", ["3,650", "10"])]),
    # change: a percentage, named or a verb's, and the two figures in either order
    ("Cases rose by 20% from 2,400 to 3,100.", [("change", ["rose by 20%", "2,400", "3,100"])]),
    ("There was a 40 per cent fall, from 900 to 610.", [("change", ["a 40 per cent fall", "900", "610"])]),
    ("Prices jumped 12 per cent to £4.50 from £3.50.", [("change", ["jumped 12 per cent", "£3.50", "£4.50"])]),
    ("The number went from 320 to 480, a rise of 50%.", [("change", ["rise of 50%", "320", "480"])]),
    ("Cases hit 3,100, up 29% from 2,400.", [("change", ["up 29%", "2,400", "3,100"])]),
    ("Sales increased by 29% to 3,100 from 2,400.", [("change", ["29%", "2,400", "3,100"])]),
    ("Turnout dropped from 68% to 61%, a fall of seven percentage points.", [("change", ["seven percentage points", "68%", "61%"])]),
    ("Crime was down 17% at 5,400, compared with 6,500 a year earlier.", [("change", ["down 17%", "6,500", "5,400"])]),
    ("Helpline calls up 50% to 6,000\n\nCalls rose from 4,000 in 2022 to 6,000 last year.", [("change", ["50%", "4,000", "6,000"])]),
    ("Growth was 15.7% in the year, down from 23% in February, and slowed to 4.3% later.", []),
    # trend: a trend word and its two figures, in the sentence or the next that continues it
    ("Cases on the app doubled, from 126 in 2017 to 428 in 2018.", [("trend", ["doubled", "126", "428"])]),
    ("Complaints nearly trebled to 930 from 310.", [("trend", ["nearly trebled", "310", "930"])]),
    ("Reports have doubled. They rose from 1,500 to 3,000 in three years.", [("trend", ["doubled", "1,500", "3,000"])]),
    ("Knife crime doubles to 1,300\n\nOffences rose from 400 in 2015 to 1,300 last year.", [("trend", ["doubles", "400", "1,300"])]),
    ("Knife crime doubles to 1,300\n\nOffences rose from 400 in 2015 to 900 last year.", []),  # not the headline's figure
    ("Shoplifting went from 310 to 930, a threefold increase.", [("trend", ["threefold", "310", "930"])]),
    # breakdown: a total and its parts, a distributive counted twice; never ages or names with figures
    ("The van has nine lamps: three at the front, two on each side, and two at the back.",
     [("breakdown", ["nine", "three", "two", "two"])]),
    ("The couple have four children: Tom Lee, 30; Amy, 27; Ben, 22; and Cal, 9.", []),
    ("Police made 54 arrests: 31 for theft, 14 for assault and nine for drug offences.",
     [("breakdown", ["54", "31", "14", "nine"])]),
    ("They scored 3 goals: 2 each in the first half and 1 after.", []),
    ("It had 1,040 admissions in the north, 870 in the centre and 380 in the south, a total of 2,290.",
     [("breakdown", ["2,290", "1,040", "870", "380"])]),
    ("Police arrested 12 men and 4 women, a total of 30 kilos.", []),
    # age gaps
    ("The 31-year-old, who was 12 years older than the 17-year-old, was arrested.",
     [("age-gap", ["12 years", "31-year-old", "17-year-old"])]),
    ("Smith, 45, and his wife, 38, seven years his junior, were arrested.", [("age-gap", ["seven years", "45", "38"])]),
    # a count and the items it names
    ("Officials visited three countries: France, Spain and Italy.", [("named-count", ["three"])]),
    ("Only 31 of the 35 trusts replied; only Kent, Essex, Devon and Surrey did not.",
     [("part-of-whole", ["31 of the 35"]), ("named-count", ["31 of the 35"])]),
    ("Three people, named as John Smith, Mary Jones and Tom Brown, were hurt.", [("named-count", ["Three"])]),
    ("The four parties – Labour, the Greens, the Liberal Democrats and Plaid Cymru – agreed.", [("named-count", ["four"])]),
    ("Smith, 48, is four years younger than his brother, 52.", [("age-gap", ["four years", "52", "48"])]),
    ("The victim, 19, was a year older than her 17-year-old attacker.", [("age-gap", ["a year", "19", "17-year-old"])]),
    # a period and its length
    ("In the 12 months between January 2018 and December 2018, reports rose.",
     [("period-length", ["12 months", "between January 2018 and December 2018", "January 2018", "December 2018"])]),
    ("In the 12 months from January to December 2019, sales rose.",
     [("period-length", ["12 months", "from January to December 2019", "January", "December 2019"])]),
    ("The project took 12 months, from March 2019 to March 2020.",
     [("period-length", ["12 months", "from March 2019 to March 2020", "March 2019", "March 2020"])]),
    ("From June 2025 to December 2027, a 30-month programme will run.",
     [("period-length", ["30-month", "From June 2025 to December 2027", "June 2025", "December 2027"])]),
]


@pytest.mark.parametrize(("text", "expected"), READ, ids=[t for t, _ in READ])
def test_relations_read(text: str, expected: list[tuple[str, list[str]]]) -> None:
    found = [(r.kind, [f.text for f in r.figures]) for r in relations.read(claims_of(text))]
    assert sorted(found) == sorted(expected)


# correct copy that reads like a relation and is not one, or is one that holds: no finding
QUIET = [
    "He served four years of a six-year sentence from 2015 to 2019.",  # two lengths: which one the dates span is not said
    "The team has won 14 of its 20 games: 10 at home and four away.",  # the list breaks down the part, not the whole
    "Profits doubled last year, while revenue rose from £10m to £12m.",  # the pair is another clause's
    "Sales rose 5%, while costs went from £10m to £12m.",
    "Spending rose 1% in real terms to £150bn, up from £120bn.",  # a real-terms change is not the nominal one
    "Prices rose 5% a year from 100 in 2015 to 128 in 2020.",  # an annual rate
    "The side have 45 points: 12 wins, 9 draws and 3 defeats.",  # a score is not the sum of things of another name
    "He earns £50,000 a year, or about £4,000 a month.",
    "The 12-month period between April 2019 and March 2020 was the worst.",
    "A four-year term from 2020 to 2024 follows.",
    "The team won 3-1, their third win in four games.",
    "Clinton leads Trump 45% to 40%, according to the poll.",
    "Voters backed the plan by 52% to 48%.",
    "The couple, aged 34 and 31, have two children, aged five and three.",
    "There were 120 arrests in all: 80 on Friday and 40 on Saturday.",
    "The price rose from $3 to $4 (£2.20 to £2.90).",
    "The couple have four children: Tom Lee, 30; Amy, 27; Ben, 22; and Cal, 9.",
    "Smith leads Jones in Ohio, 41%-36%.",
    "The banks hold 25bn rupees ($250m; £135m) of loans.",  # rupees of a country not named: no band
    "The fine of 10m francs (£1m) was paid in 1998.",
    "Profit was 1.2bn Australian dollars (£458m; $874m) after the sale.",
    "It cut its loss from $3.6m to $4.7m (£2m to £2.5m).",
]


@pytest.mark.parametrize("text", QUIET)
def test_correct_copy_is_quiet(text: str) -> None:
    assert [f.evidence for f in builtins.run(claims_of(text))] == []


def test_a_relation_says_the_words_it_was_read_from() -> None:
    (r,) = relations.read(claims_of("Cases on the app doubled, from 126 in 2017 to 428 in 2018."))
    assert r.words == "doubled, from 126 in 2017 to 428"
    assert r.figure("from").text == "126" and r.has("to") and not r.has("amount")
    with pytest.raises(KeyError):
        r.figure("amount")


def test_relations_are_immutable() -> None:
    (r,) = relations.read(claims_of("One in four pupils (25%) said so."))
    with pytest.raises(AttributeError):
        r.kind = "trend"  # type: ignore[misc]


def test_a_list_after_a_colon_is_read_with_its_sentence() -> None:
    text = "The council received 590 complaints last year:\n\n- 310 about bins\n- 200 about parking\n- 80 about noise\n"
    found = [(r.kind, [f.text for f in r.figures]) for r in relations.read(claims_of(text))]
    assert found == [("breakdown", ["590", "310", "200", "80"])]


def test_a_sentence_that_does_not_continue_is_read_alone() -> None:
    text = "The charity handled 52,000 calls last year. Staff answered 1,000 a week in the summer."
    assert [r.kind for r in relations.read(claims_of(text))] == []


class Counted(tuple):  # type: ignore[type-arg]
    """A sentence's figures, counting every figure read."""

    read = 0

    def __iter__(self) -> Any:
        Counted.read += len(self)
        return super().__iter__()

    def __getitem__(self, key: Any) -> Any:
        Counted.read += len(range(*key.indices(len(self)))) if isinstance(key, slice) else 1
        return super().__getitem__(key)


LONG = [
    ("totals and parts", "It had 100 admissions: 50 in the north and 50 in the south, "),
    ("ages and gaps", "the 31-year-old was 12 years older than the 19-year-old, "),
    ("changes", "cases rose by 5% from 100 to 105, "),
    ("counts and names", "three countries: France, Spain and Italy, "),
    ("rates", "9,100 calls in the year, or 25 a day, "),
]


@pytest.mark.parametrize(("case", "unit"), LONG, ids=[c for c, _ in LONG])
def test_the_readers_read_a_long_sentence_a_bounded_number_of_times(case: str, unit: str) -> None:
    def work(n: int) -> int:
        found = passage.sentences(claims_of(unit * n + "end."))
        Counted.read = 0
        counted = [replace(s, figures=Counted(s.figures)) for s in found]
        for reader in relations.READERS.values():
            list(reader(counted))
        return Counted.read
    assert work(160) / max(1, work(40)) < 6


def test_claims_json_carries_the_relations(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Cases rose 15% from 2,400 to 3,100.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["claims", "--format", "json", str(path)])
    claims = json.loads(result.stdout)["claims"]
    (relation,) = claims[0]["relations"]
    assert relation["kind"] == "change" and relation["words"] == "rose 15% from 2,400 to 3,100"
    assert [(f["role"], f["text"]) for f in relation["figures"]] == [("stated", "rose 15%"), ("from", "2,400"), ("to", "3,100")]
    assert claims[1]["relations"] == [relation]  # the range holding both ends takes part too


RIVALS = [
    ("Smith leads Jones in Ohio, 41%-36%.", {"41%", "-36%"}),
    ("A majority expect Smith to win, 44 percent to Jones's 34 percent.", {"44 percent", "34 percent"}),
    ("Clinton leads Trump 45% to 40%.", {"45%", "40%"}),
    ("One in four pupils (25%) said so.", set()),
    ("Some 41% of voters and 38% of members agreed.", set()),
]


@pytest.mark.parametrize(("text", "expected"), RIVALS, ids=[t for t, _ in RIVALS])
def test_rivals_figures_are_never_one_quantity(text: str, expected: set[str]) -> None:
    found = [r for r in relations.read(claims_of(text)) if r.kind == "rivals"]
    assert {f.text for r in found for f in r.figures} == expected



def test_every_figure_of_a_relation_is_at_its_words_in_the_source() -> None:
    """Positions are sacred: a figure read from part of a claim (a range's end, the share of '28 per cent – 931')
    is at exactly its words."""
    from checker import pipeline
    from tests.conftest import FIXTURES

    read = placed = 0
    for path in sorted((FIXTURES / "relations").glob("*.md")):
        sources, claims, _ = pipeline.read([str(path)], print)
        for name, found in claims.items():
            source = sources[name]
            for r in relations.read(found, source.text):
                assert all(source.text[f.start : f.end] == f.text for f in r.figures), (path.name, r)
                at = r.measured_at
                if at is not None:  # and the words saying what it measures, at theirs
                    start = source.line_starts[at.line - 1] + at.column - 1
                    assert source.text[start : start + len(at.text)] == at.text and at.text, (path.name, r)
                    placed += 1
                read += 1
    assert read > 200 and placed > 50


SCALED = [  # a slip of a scale word is named as one; a slip of a digit is not
    ("The film took just $13.5 (£7m) in its first week.", "a million times too large"),
    ("The film took $33.1m (£17) in its first week.", "a million times too small"),
    ("The firm paid $2.6bn (£1.4m) for it.", "a thousand times too small"),
    ("The firm paid $1.8bn (£94m) for it.", None),
]


@pytest.mark.parametrize(("text", "hint"), SCALED, ids=[t for t, _ in SCALED])
def test_a_currency_pair_a_scale_word_off_says_so(text: str, hint: str | None) -> None:
    (found,) = [f for f in builtins.run(claims_of(text)) if f.rule == "builtin.currency-pair"]
    assert (hint in found.evidence) if hint else "scale word" not in found.evidence


def test_a_bracket_of_conversions_gives_one_finding() -> None:
    found = [f for f in builtins.run(claims_of("It bought back 1bn Swiss francs ($861m; £45m) of shares."))]
    assert [[loc.text for loc in f.locations] for f in found] == [["£45m", "1bn Swiss francs"]]


MEASURED = [  # (text, the words saying what the relation's figures measure)
    ("Only one-third (38%) said they would share a flat with him.", "said they would share a flat with him"),
    ("One in four pupils (40%) said they had been bullied.", "said they had been bullied"),
    ("Almost a quarter (24%) of those asked said the plan was fair, the survey found.",
     "of those asked said the plan was fair"),
    ("Only 39 of the 43 forces replied to the survey.", "forces replied to the survey"),
    ("Of the 2,450 complaints, 28 per cent (686) were upheld.", "were upheld"),
    ("Cases rose by 20% from 2,400 to 3,100.", "Cases"),
    ("Last year, reported thefts doubled from 126 to 428.", "reported thefts"),
    ("The deal is worth $2.6bn (£1.4bn) to the company.", ""),  # a sum in two currencies says it itself
]


@pytest.mark.parametrize(("text", "words"), MEASURED, ids=[t for t, _ in MEASURED])
def test_a_relation_reads_the_words_saying_what_it_measures(text: str, words: str) -> None:
    (r,) = [r for r in relations.read(claims_of(text), text) if r.kind != "rivals"]
    assert r.measured == words
    assert (r.measured_at is not None and r.measured_at.text == words) if words else r.measured_at is None


PLACED = [  # copy whose white space the one-lined sentence collapses: the words are placed in the text all the same
    "Only one-third (38%) said they\nwould share a flat with him.",
    "Only one-third (38%)\nsaid they would share a flat with him.",
    "Only one-third (38%)  said  they would share a flat with him.",
    "Cases  rose\tby 20% from 2,400 to 3,100.",
    "Intro.\r\nCases rose by 20%\r\nfrom 2,400 to 3,100.",
]


@pytest.mark.parametrize("text", PLACED, ids=[repr(t) for t in PLACED])
def test_the_measured_words_are_at_their_place_in_the_text(text: str) -> None:
    from checker.model import Source

    (r,) = relations.read(claims_of(text), text)
    at = r.measured_at
    assert at is not None and " ".join(at.text.split()) == r.measured
    source = Source.build("t", text)
    start = source.line_starts[at.line - 1] + at.column - 1
    end = source.line_starts[at.end_line - 1] + at.end_column - 1
    assert text[start:end] == at.text


def test_a_finding_points_at_what_its_relation_measures_only_with_the_text() -> None:
    text = "Although most agreed, only one-third (38%) said they would share a flat with him."
    (bare,) = builtins.run(claims_of(text))
    (placed,) = builtins.run(claims_of(text), None, text)
    assert [loc.text for loc in bare.locations] == ["one-third", "38%"]
    assert [loc.text for loc in placed.locations] == ["one-third", "38%", "said they would share a flat with him"]
    assert bare.fingerprint == placed.fingerprint  # a baseline made either way holds
    assert '(what it measures: "said they would share a flat with him")' in bare.evidence == placed.evidence


# (article text after a figure, the sentence's words after it one-lined, reach, where those words end in the text or None)
FOLLOWED = [
    ("  were hurt.\nNext", ["were", "hurt."], 40, 12),
    (" were\n  hurt. More", ["were", "hurt."], 40, 13),
    (" - and 40 more", ["–", "and", "40", "more"], 40, 14),  # a spaced hyphen one-lined as a dash
    (" – and 40 more", ["–", "and", "40", "more"], 40, 14),
    (" were hurt.", ["were", "killed."], 40, None),
    (" were hurt.", ["were", "hurt."], 8, None),  # the words run past the reach
    (" Were hurt.", ["were", "hurt."], 40, None),  # letter for letter
    (" x-ray", ["x–ray"], 40, 6),
    (" x–ray", ["x-ray"], 40, None),  # a hyphen of the sentence is no dash of the text
    ("   ", [], 40, 3),
    ("", [], 40, 0),
]


@pytest.mark.parametrize(("text", "words", "reach", "expected"), FOLLOWED)
def test_the_words_after_a_sentence_are_found_word_by_word(text: str, words: list[str], reach: int, expected: int | None) -> None:
    assert passage._followed(text, words, 0, reach) == expected
