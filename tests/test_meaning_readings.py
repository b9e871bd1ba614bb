"""Table tests: readings of the meaning layer and the figures it compares (hyphened words, time
each day, ranges told by their ends, durations inside hyphened words)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from checker.align import described
from checker.align.compare import rough
from checker.extract import extract
from checker.meaning import describe
from checker.meaning.words import content
from checker.model import Source


def _claims(text: str):  # type: ignore[no-untyped-def]
    return extract(Source.build("a.txt", text))


@pytest.mark.parametrize("a, b", [
    ("new urgent primary-care centres", "new urgent primary care centres"),
    ("a long-term loan", "a long term loan"),
    ("sent an e-mail", "sent an email"),
    ("a co-operative", "a cooperative"),
    ("day-to-day costs", "day day costs"),  # a short word inside is no prefix
    ("up-to-date figures", "date figures"),
    ("the stop-and-search powers", "stop and search powers"),
])
def test_a_hyphened_word_is_its_parts(a: str, b: str) -> None:
    assert [c for c, _, _ in content(a)] == [c for c, _, _ in content(b)]


@pytest.mark.parametrize("text", ["sent an e-mail", "a long-term loan", "new primary-care centres"])
def test_the_parts_of_a_hyphened_word_lie_in_it(text: str) -> None:
    for _, start, end in content(text):
        assert text[start:end].strip("-") == text[start:end] and " " not in text[start:end]


@pytest.mark.parametrize("sentence, figure, measure", [
    ("The clinic will be open 12 hours a day.", "12 hours", "time per day"),
    ("Nurses work 60 hours per week.", "60 hours", "time per week"),
    ("Staff do three hours each night.", "three hours", "time per night"),
    ("Patients needing care within 12 hours are seen there.", "12 hours", "time"),
    ("The siege lasted 18 hours, police said.", "18 hours", "time"),
    ("It took 12 hours, a day later, to clear.", "12 hours", "time"),
    ("It took 12 hours a day later to clear.", "12 hours", "time"),  # "a day later": an offset, no rate
    ("Talks lasted 14 hours a week into the strike.", "14 hours", "time"),
])
def test_time_in_each_day_is_not_a_span_of_time(sentence: str, figure: str, measure: str) -> None:
    (claim,) = [c for c in _claims(sentence) if c.text == figure]
    meaning = describe(claim)
    assert meaning is not None and meaning.dimension == measure


@pytest.mark.parametrize("sentence, compared", [
    ("The driver could be suspended for between nine months and three years.", ["nine months and three years"]),
    ("The ban was six months and the fine was £500.", ["six months", "£500"]),  # no "between": two figures
    ("He was banned for two years and six months later he left.", ["two years", "six months"]),
])
def test_a_range_told_with_units_on_both_ends_is_one_quantity(sentence: str, compared: list[str]) -> None:
    assert [d.claim.text for d in described({"a.txt": _claims(sentence)})] == compared


@pytest.mark.parametrize("a, b, flagged", [
    ("Courts can impose jail terms of between six months and two years for it.",
     "Courts can impose jail terms of between six months and three years for it.", True),
    ("Courts can impose jail terms of between six months and two years for it.",
     "Courts can impose jail terms of between 6 and 24 months for it.", False),  # one range in two units
])
def test_ranges_told_with_units_are_compared_end_to_end(a: str, b: str, flagged: bool) -> None:
    from checker import align

    found = align.check({"a.txt": _claims(a), "b.txt": extract(Source.build("b.txt", b))})
    assert bool(found) is flagged


@pytest.mark.parametrize("sentence, figure, expected", [
    ("People staying between six and 12 months need an X-ray.", "between six and 12 months", False),
    ("Sales were $2 billion.", "$2 billion", True),
    ("Sales were $1.8 billion.", "$1.8 billion", False),
])
def test_a_range_is_not_rounded(sentence: str, figure: str, expected: bool) -> None:
    (claim,) = [c for c in _claims(sentence) if c.text == figure]
    assert rough(claim) is expected


@pytest.mark.parametrize("sentence, durations", [
    ("The centre has a seven-day-a-week team.", ["seven-day"]),
    ("It is open 24-hours-a-day.", ["24-hours"]),
    ("The talk took half-an-hour.", ["half-an-hour"]),
    ("The talk took half an hour.", ["half an hour"]),
    ("The fast lasted a week.", ["a week"]),
    ("He was jailed for a year-and-a-half.", ["a year-and-a-half"]),
    ("It took a day and a half.", ["a day and a half"]),
])
def test_no_duration_inside_a_hyphened_rate(sentence: str, durations: list[str]) -> None:
    assert [c.text for c in _claims(sentence) if c.kind == "duration"] == durations
    assert all(c.value == Fraction(3, 2) for c in _claims(sentence) if "and-a-half" in c.text or "and a half" in c.text)


@pytest.mark.parametrize("a, b, severity", [
    ("Anna Bell, 29, won the race on Sunday.", "Anna Bell, 30, won the race on Sunday.", "info"),
    ("Anna Bell, 29, won the race on Sunday.", "Anna Bell, 31, won the race on Sunday.", "error"),
    ("Anna Bell, 29, won the race on Sunday.", "Anna Bell, 39, won the race on Sunday.", "error"),
    ("The 6-month-old baby Anna Bell was found safe.", "The 7-month-old baby Anna Bell was found safe.", "error"),
    ("Police arrested 29 people on Sunday.", "Police arrested 30 people on Sunday.", "error"),
])
def test_an_age_a_year_apart_is_a_note(a: str, b: str, severity: str) -> None:
    from checker import align

    found = align.check({"a.txt": extract(Source.build("a.txt", a)), "b.txt": extract(Source.build("b.txt", b))})
    assert [f.severity.name.lower() for f in found] == [severity]


@pytest.mark.parametrize("sentence, low, high", [
    ("About a quarter said yes.", "9/40", "7/24"),  # all of a quarter's reach, never narrower than "a quarter"
    ("About a third said no.", "7/24", "11/30"),
    ("About half stayed.", "9/20", "11/20"),
    ("Almost a quarter left.", "9/40", "1/4"),
    ("Nearly half stayed.", "9/20", "1/2"),
    ("Just over a third agreed.", "1/3", "11/30"),
])
def test_a_hedged_share_in_words_reads_within_its_reach(sentence: str, low: str, high: str) -> None:
    from fractions import Fraction

    (claim,) = [c for c in _claims(sentence) if c.kind == "ratio"]
    assert (claim.interval.low, claim.interval.high) == (Fraction(low), Fraction(high))


@pytest.mark.parametrize("sentence, share", [
    ("A third said no.", "A third"),
    ("She said a third would leave.", "a third"),
    ("A fifth now own a car.", "A fifth"),
    ("A third term beckons.", None),  # an ordinal before a noun
    ("The club signed a third striker.", None),
    ("A fifth runway is planned.", None),
])
def test_a_share_in_words_before_a_verb(sentence: str, share: str | None) -> None:
    found = [c.text for c in _claims(sentence) if c.kind == "ratio"]
    assert found == ([share] if share else [])


def _meaning(sentence: str, figure: str):  # type: ignore[no-untyped-def]
    (claim,) = [c for c in _claims(sentence) if c.text == figure]
    meaning = describe(claim)
    assert meaning is not None
    return meaning


@pytest.mark.parametrize("sentence, figure, event", [
    ("The death toll rose to 43 on Monday.", "43", "kill"),
    ("The number of dead has climbed to about 120.", "about 120", "kill"),
    ("Injuries reached 30 by the evening.", "30", "injur"),
    ("The toll of missing fell to 12.", "12", "miss"),
    ("Membership rose to 4,000 this year.", "4,000", None),
    ("Membership grew by 4,000 people this year.", "4,000", "rais"),  # a change, not a level
    ("Police cut 40 posts.", "40", "fall"),
])
def test_a_level_reached_is_not_a_rise_or_fall(sentence: str, figure: str, event: str | None) -> None:
    assert _meaning(sentence, figure).event == event


@pytest.mark.parametrize("sentence, figure, when", [
    ("Profits were £4m in the first quarter.", "£4m", "q1"),
    ("Revenue in Q3 was £9m.", "£9m", "q3"),
    ("It sold 2,000 cars in the second half.", "2,000", "h2"),
    ("Half-year profits were £5m.", "£5m", "h1"),
    ("Full-year profit came to £20m.", "£20m", "year"),
    ("The firm made an annual profit of £20m.", "£20m", "year"),
    ("Profits were £4m last quarter.", "£4m", "last quarter"),  # which quarter is not said
    ("Profits were £4m.", "£4m", None),
])
def test_the_part_of_the_year_a_figure_is_for(sentence: str, figure: str, when: object) -> None:
    assert _meaning(sentence, figure).when == when


@pytest.mark.parametrize("sentence, figure, group", [
    ("The council aims to build 400 homes a year.", "400", {"target"}),
    ("They have a target of 90% by 2030.", "90%", {"target"}),
    ("Ministers pledged £2bn for schools.", "£2bn", {"target"}),
    ("The charity hopes to raise £50,000.", "£50,000", {"target"}),
    ("The council built 400 homes last year.", "400", set()),
    ("Unemployment among young people rose to 14%.", "14%", {"young"}),
    ("Smoking among teenagers fell to 6%.", "6%", {"child"}),
    ("Among the women surveyed, 40% said yes.", "40%", {"female"}),
    ("Unemployment in the region rose to 5%.", "5%", set()),
])
def test_aims_and_groups_named_before_a_figure(sentence: str, figure: str, group: set[str]) -> None:
    assert _meaning(sentence, figure).group == frozenset(group)


@pytest.mark.parametrize("a, b", [
    ("houses", "homes"), ("dwellings", "homes"), ("jobs", "staff"), ("employees", "jobs"),
    ("laid", "cut"), ("redundancies", "cut"), ("axed", "cut"),
])
def test_news_synonyms_of_counted_things_and_cuts(a: str, b: str) -> None:
    assert [c for c, _, _ in content(a)] == [c for c, _, _ in content(b)]


@pytest.mark.parametrize("sentence, figure, counted", [
    ("The new east wing, which holds 300 beds, cost £4.5 million to build.", "£4.5 million", ("wing", "east", "new")),
    ("The deal is worth £6m, the club said.", "£6m", ("deal",)),
    ("The club has signed a shirt deal worth £6m with Rook Energy.", "£6m", ("deal", "shirt")),
    ("Officials said the bridge will cost about $40m.", "about $40m", ("bridg",)),
    ("The farmhouse, in Carlow, sold for €900,000 last week.", "€900,000", ("farmhous",)),
    ("The scheme is expected to cost some £12m.", "some £12m", ("scheme",)),
    ("He said it would cost £5m.", "£5m", ()),  # no thing named: a pronoun
    ("Supporters filled the £5.4m stand.", "£5.4m", ("stand",)),  # the thing after the price, as before
])
def test_a_price_is_of_the_subject_it_is_told_after(sentence: str, figure: str, counted: tuple[str, ...]) -> None:
    """The subject a price is told after stands beside it as words that name it (never a veto: "the project" and
    "the scheme" may be one); a thing told after the price is what it counts."""
    claim = next(c for c in _claims(sentence) if c.text == figure)
    meaning = describe(claim)
    assert meaning is not None
    named = meaning.counted or tuple(c for c, w in meaning.near if w == 1.0 and c in counted)
    assert sorted(named) == sorted(counted)


@pytest.mark.parametrize("sentence, figure, dimension, counted", [
    ("The firm earned $410m, or $1.12 a share, in the quarter.", "$1.12", "money:USD per share", ("share",)),
    ("Officers found 44lb of cocaine hidden in the fish hold.", "44lb", "mass", ("cocain", "hidden")),
    ("Some 6,900 shops closed on high streets this year.", "Some 6,900", "count", ("store", "close")),
    ("Police said 30 people injured in the blast were in hospital.", "30", "count", ("person", "injur")),
    ("Some 200 cars stolen last year were found abroad.", "Some 200", "count", ("vehicl", "theft")),
    ("A herd of 300 red deer was counted in the park.", "300", "count", ("deer", "red")),
    ("The hospital has 120 beds.", "120", "count", ("bed",)),
])
def test_what_a_figure_counts_and_measures(sentence: str, figure: str, dimension: str, counted: tuple[str, ...]) -> None:
    claim = next(c for c in _claims(sentence) if c.text == figure)
    meaning = describe(claim)
    assert meaning is not None and (meaning.dimension, meaning.counted) == (dimension, counted)


@pytest.mark.parametrize("clause, part", [
    ("in the third quarter", "q3"), ("Third-quarter profit", "q3"), ("second-half sales", "h2"),
    ("the first-quarter loss", "q1"), ("over the full year", "year"), ("in the quarter", None),
])
def test_part_of_year(clause: str, part: str | None) -> None:
    from checker.meaning.dates import part_of_year
    assert part_of_year(clause) == part


@pytest.mark.parametrize("sentence, figure, about", [
    ("Portuguese wine exports rose to €980m last year.", "€980m", {"portugal"}),
    ("Wine exports from Portugal rose to €980m last year.", "€980m", {"portugal"}),
    ("Wine exports rose to €980m last year.", "€980m", set()),
])
def test_a_peoples_adjective_tells_what_a_figure_is_about(sentence: str, figure: str, about: set[str]) -> None:
    claim = next(c for c in _claims(sentence) if c.text == figure)
    meaning = describe(claim)
    assert meaning is not None and meaning.about == frozenset(about)


@pytest.mark.parametrize("words, country", [
    ("Portuguese wine exports rose to", {"portugal"}), ("the Dutch flower auctions sold", {"netherlands"}),
    ("Spanish and Portuguese growers sold", set()), ("a portuguese custard tart", set()),  # two; no capital
    ("Wine exports rose to", set()),
])
def test_nationality(words: str, country: set[str]) -> None:
    from checker.meaning import _nationality
    assert _nationality(words) == frozenset(country)


@pytest.mark.parametrize("sentence, figure, counted, beside", [
    ("Its Derby factory has a workforce of 2,600.", "2,600", (), "employe"),  # its members, beside the figure
    ("A crowd of about 18,000 watched the parade.", "about 18,000", (), "person"),
    ("The village has a population of 1,800.", "1,800", (), "person"),
    ("Some 25,000 people lined the streets of Galway.", "Some 25,000", ("person",), None),
    ("About 40 fans watched the match from the roof.", "About 40", ("fan",), None),
    ("The plant saw a rise of 300 in orders.", "300", (), None),  # a rise counts no members
])
def test_what_a_size_and_a_subject_count(sentence: str, figure: str, counted: tuple[str, ...], beside: str | None) -> None:
    claim = next(c for c in _claims(sentence) if c.text == figure)
    meaning = describe(claim)
    assert meaning is not None and meaning.counted == counted
    assert beside is None or dict(meaning.near).get(beside) == 1.0


@pytest.mark.parametrize("sentence, figure, event", [
    ("Average house prices rose 2.1% to £285,000 in the year to June.", "£285,000", None),  # a level, not a rise
    ("Sales fell by £2m to £14m last year.", "£14m", "sale"),  # sales, not a fall
    ("The death toll rose to 43 on Friday.", "43", "kill"),  # the dead, not a rise
    ("Prices rose by £12,000 last year.", "£12,000", "rais"),  # the rise itself
])
def test_a_level_after_a_change_is_no_change(sentence: str, figure: str, event: str | None) -> None:
    claim = next(c for c in _claims(sentence) if c.text == figure)
    meaning = describe(claim)
    assert meaning is not None and meaning.event == event
