"""Stories: which articles are one story, from their names, words and figures, or as filed."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from checker import stories
from checker.extract import extract
from checker.model import Source
from checker.stories.features import describe, significant
from checker.stories.linking import Bar

# Invented reports, in the families real coverage shows: one event retold in other words, other
# sentence order and other figures' wording; and unrelated events that share a city, a force, a
# weekday or a figure.
FERRY_1 = ("A fire broke out on the ferry Caledon Star off Port Ellick on Tuesday, forcing 312 passengers into "
           "lifeboats. The coastguard said the blaze began in the engine room. Captain Ivo Brannagh told reporters "
           "his crew had acted within minutes. Three crew members were treated for smoke inhalation at Ellick "
           "General Hospital.\n")
FERRY_2 = ("More than 300 passengers were evacuated from the Caledon Star after flames spread through its engine "
           "room near Port Ellick. Ivo Brannagh, the ship's captain, praised the crew. The operator, Norland "
           "Ferries, said 312 people had been aboard. Three sailors were taken to hospital.\n")
FERRY_3 = ("Norland Ferries has withdrawn the Caledon Star from service while investigators examine the engine "
           "room where Tuesday's fire started. Passengers rescued off Port Ellick will be refunded, the company "
           "said.\n")
MERGER_1 = ("Shares in Veltrana rose 14% after the drinks maker agreed a £2.37bn takeover by its rival Osterhag. "
            "Veltrana chief executive Amara Quillon said the deal would create the largest brewer in Scandinavia.\n")
MERGER_2 = ("Osterhag is to buy Veltrana for £2.37bn, the two brewers said on Monday. Amara Quillon, who runs "
            "Veltrana, called the takeover a natural fit, and its shares closed 14% higher in Oslo.\n")
PROTEST = ("Police in London arrested 312 people on Saturday as protests over fuel prices blocked roads around "
           "Westminster. The Metropolitan Police said most had been released without charge.\n")
LIBRARY = ("Police were called to a library in London on Saturday after a leak flooded its basement. The council "
           "said 312 books had been damaged and the building would reopen next month.\n")
MATCHDAY = ("Police in London arrested 290 people on Saturday after fighting broke out between fans before the cup "
            "final at Wembley. Officers said six were injured.\n")
MARATHON = ("Thousands of runners crossed London on Sunday for the city's marathon. Organisers said the race had "
            "raised more money for charity than any before it.\n")
SCHOOLS = ("Ministers said on Tuesday that 312 schools in England would get new roofs this year, after surveys "
           "found leaks in classrooms across the country.\n")
# a long report, and one-sentence summaries naming nothing the way the articles do: their words are the article's
FERRY_LONG = FERRY_1 + (
    "The vessel, built in Gdansk in 1998 and refitted two winters ago, carries cars, freight lorries and up to "
    "400 passengers on the crossing between the islands. Harbour staff described queues of anxious relatives "
    "outside the terminal building, where volunteers handed out blankets, tea and sandwiches. A maritime "
    "accident investigator is expected to board the ship once it has been towed into dry dock, and the union "
    "representing seafarers has called for an independent inquiry into staffing levels. Islanders rely on the "
    "route for deliveries of medicine, post and fuel; the council has chartered a smaller boat as a stopgap "
    "while timetables are rewritten. Insurers declined to estimate the cost of the damage, and tourism "
    "businesses fear cancellations during the busy summer season.\n")
FERRY_SUMMARY = "A ferry fire forced passengers into lifeboats and left three crew treated for smoke inhalation.\n"
MERGER_SUMMARY = "A drinks maker's shares rose after it agreed a takeover by its rival brewer.\n"


def _sources(*texts: str, **meta: object) -> list[Source]:
    return [Source.build(f"{i}.txt", text, **meta) for i, text in enumerate(texts)]  # type: ignore[arg-type]


def _grouped(sources: list[Source], one: bool = False) -> list[tuple[str, ...]]:
    claims = {s.name: extract(s) for s in sources}
    return [s.sources for s in stories.group(sources, claims, one)]


@pytest.mark.parametrize("texts, expected", [
    ((FERRY_1, FERRY_2), [("0.txt", "1.txt")]),
    ((FERRY_1, FERRY_2, FERRY_3), [("0.txt", "1.txt", "2.txt")]),
    ((MERGER_1, MERGER_2), [("0.txt", "1.txt")]),
    ((FERRY_1, MERGER_1, FERRY_2, MERGER_2), [("0.txt", "2.txt"), ("1.txt", "3.txt")]),
    # a city, a force, a weekday and a figure in common are no story
    ((PROTEST, LIBRARY), [("0.txt",), ("1.txt",)]),
    ((PROTEST, LIBRARY, MARATHON, SCHOOLS), [("0.txt",), ("1.txt",), ("2.txt",), ("3.txt",)]),
    ((FERRY_1, SCHOOLS), [("0.txt",), ("1.txt",)]),  # "312" and "Tuesday" in both
    # short reports of two arrests in one city on one day: a few shared words are chance in so few
    ((PROTEST, MATCHDAY), [("0.txt",), ("1.txt",)]),
    ((MATCHDAY, LIBRARY, PROTEST), [("0.txt",), ("1.txt",), ("2.txt",)]),
    ((FERRY_1, PROTEST, FERRY_2, LIBRARY), [("0.txt", "2.txt"), ("1.txt",), ("3.txt",)]),
    # a summary is one story with the article whose words it holds, and with no other
    ((FERRY_LONG, FERRY_SUMMARY), [("0.txt", "1.txt")]),
    ((MERGER_1, FERRY_SUMMARY, FERRY_LONG, MERGER_SUMMARY), [("0.txt", "3.txt"), ("1.txt", "2.txt")]),
    ((FERRY_SUMMARY, SCHOOLS, MERGER_1, PROTEST), [("0.txt",), ("1.txt",), ("2.txt",), ("3.txt",)]),
    ((MERGER_SUMMARY, FERRY_3), [("0.txt",), ("1.txt",)]),
])
def test_grouping(texts: tuple[str, ...], expected: list[tuple[str, ...]]) -> None:
    assert _grouped(_sources(*texts)) == expected


def test_dates_far_apart_keep_reports_apart() -> None:
    early = Source.build("a.txt", FERRY_1, published=date(2018, 3, 1))
    late = Source.build("b.txt", FERRY_2, published=date(2018, 9, 1))
    near = Source.build("c.txt", FERRY_2, published=date(2018, 3, 4))
    assert _grouped([early, late]) == [("a.txt",), ("b.txt",)]
    assert _grouped([early, near]) == [("a.txt", "c.txt")]


def test_overrides_story_field_folders_and_one_story() -> None:
    filed = [Source.build("a.txt", FERRY_1, story="ferry"), Source.build("b.txt", PROTEST, story="ferry"),
             Source.build("c.txt", FERRY_2)]
    grouped = stories.group(filed, {})
    assert [(s.id, s.sources, s.how) for s in grouped] == [("ferry", ("a.txt", "b.txt"), "story field"),
                                                          ("brannagh-ellick", ("c.txt",), "alone")]
    apart = [Source.build("x/a.txt", FERRY_1, folder="x"), Source.build("y/b.txt", FERRY_2, folder="y"),
             Source.build("x/c.txt", FERRY_2, folder="x")]
    assert _grouped(apart) == [("x/a.txt", "x/c.txt"), ("y/b.txt",)]
    assert _grouped(_sources(PROTEST, LIBRARY), one=True) == [("0.txt", "1.txt")]
    assert stories.group([], {}, one=True) == []


def test_story_ids_are_readable_and_unique() -> None:
    grouped = stories.group(_sources(FERRY_1, FERRY_2, MERGER_1, MERGER_2, FERRY_1.replace("Tuesday", "Monday")), {})
    ids = [s.id for s in grouped]
    assert len(set(ids)) == len(ids)
    assert all(s.id == s.id.lower() and " " not in s.id for s in grouped)
    assert "Caledon" in grouped[0].why and grouped[0].how == "shared features"


@pytest.mark.parametrize("text, named, unnamed", [
    ("Police said the road was closed. The police later reopened it and police cars left.", [], ["police"]),
    ("The new Roadster was shown. Buyers of the Roadster asked about the roadster's range.", ["roadster"], []),
    ("On Thursday the minister met Jorun Akselsen in Tromsø. Akselsen said little.", ["jorun", "akselsen", "tromsø"],
     ["thursday", "on", "the"]),
    ("Russia's navy and Russia’s coastguard met near Kerch.", ["russia", "kerch"], ["russia's"]),
    ("“Nobody expected it,” said Mr Halvorsen of the Tarrow Trust.", ["halvorsen", "tarrow", "trust"], ["nobody", "mr"]),
])
def test_names(text: str, named: list[str], unnamed: list[str]) -> None:
    found = {key.removeprefix("name:") for key in describe(text, [], {}).features if key.startswith("name:")}
    assert set(named) <= found
    assert not set(unnamed) & found


@pytest.mark.parametrize("text, worded, unworded", [
    ("The covid-19 ward and the G7 summit met in Kerch.", ["ward", "summit", "kerch"], ["covid-19", "g7", "the"]),
    ("The ٣٠ pages of the dossier.", ["pages", "dossier"], ["٣٠"]),  # digits of any script are figures, not words
    ("Mr Halvorsen's dossier and HALVORSEN'S reply, on Monday.", ["halvorsen", "dossier", "reply"],
     ["halvorsen's", "monday", "mr"]),
])
def test_wording(text: str, worded: list[str], unworded: list[str]) -> None:
    wording = describe(text, [], {}).wording
    assert set(worded) <= set(wording)
    assert not set(unworded) & set(wording)


@pytest.mark.parametrize("value, digits", [
    (Fraction(5137), 4), (Fraction(2000), 1), (Fraction(24), 2), (Fraction(332, 10), 3), (Fraction(1, 4), 2),
    (Fraction(2_370_000_000), 3), (Fraction(0), 1),
])
def test_significant_digits(value: Fraction, digits: int) -> None:
    assert significant(value) == digits


def test_rare_names_weigh_more_than_common_ones() -> None:
    found = describe("Officials in London met Ivo Brannagh near Kerch on Friday.", [], {}).features
    assert found["name:brannagh"] > found["name:kerch"] > found["name:london"]
    assert "name:friday" not in found


def test_the_bar_rises_with_the_size_of_the_input() -> None:
    small, large = Bar.for_size(3), Bar.for_size(1000)
    assert small.weight < large.weight and small.wording < large.wording and small.strong <= large.strong
    assert large.loose().weight < large.weight


def test_every_article_is_in_exactly_one_story_in_input_order() -> None:
    texts = [FERRY_3, PROTEST, MERGER_2, FERRY_1, MATCHDAY, MERGER_1, FERRY_2, LIBRARY, SCHOOLS, MARATHON]
    sources = _sources(*texts) + [Source.build("x.txt", PROTEST, story="filed"), Source.build("y.txt", LIBRARY, story="filed")]
    grouped = stories.group(sources, {s.name: extract(s) for s in sources})
    names = [name for story in grouped for name in story.sources]
    assert sorted(names) == sorted(s.name for s in sources)
    order = [s.name for s in sources]
    assert [order.index(story.sources[0]) for story in grouped] == sorted(order.index(story.sources[0]) for story in grouped)
    assert all(list(story.sources) == sorted(story.sources, key=order.index) for story in grouped)
    assert [s.sources for s in grouped if len(s.sources) > 1] == [("0.txt", "3.txt", "6.txt"), ("2.txt", "5.txt"),
                                                                 ("x.txt", "y.txt")]


@pytest.mark.parametrize("text, opens", [
    ("Kerch", True), (" " * 12 + "Kerch", True), (" " * 13 + "Kerch", False), ("\n" + " " * 11 + "Kerch", True),
    ("said." + " " * 11 + "Kerch", True), ("said." + " " * 12 + "Kerch", False), ("said \u201cKerch", True),
    ("said, Kerch", False), ("said Kerch", False), ("said.\n\tKerch", True), ("said.  \n Kerch", True),
    ("said (Kerch", True), ("20% Kerch", False),
])
def test_where_a_sentence_opens(text: str, opens: bool) -> None:
    from checker.stories.features import openings

    assert (text.index("K") in openings(text)) is opens


# what may stand before a sentence's first word, looked for in the LOOK_BACK characters before it
_OPENER = regex.compile(r"(?:^|[\n.!?:;\"“”‘'(\[{—–•|-])[^\S\n]*\Z")


@given(st.text(alphabet=" \n\t.,;:!?\"'“”‘’([{—–•|-aZ9é\u00a0", max_size=30), st.integers(0, 30))
def test_a_word_opens_a_sentence_as_the_pattern_says(text: str, start: int) -> None:
    from checker.stories.features import LOOK_BACK, openings

    start = min(start, len(text))
    if start < len(text) and text[start].isalpha():
        assert (start in openings(text)) is (_OPENER.search(text, max(0, start - LOOK_BACK), start) is not None)


@pytest.mark.parametrize("a, b, share", [
    ({"ferry": 0.8, "fire": 0.6}, {"ferry": 0.5, "fire": 0.5, "lifeboat": 0.5, "crew": 0.5}, 1.0),
    ({"ferry": 0.8, "fire": 0.6}, {"ferry": 0.3, "crew": 0.9, "deck": 0.3}, 0.64),
    ({"ferry": 0.8, "fire": 0.6}, {"takeover": 1.0}, 0.0),
])
def test_contained_is_the_share_of_the_shorter_wording_the_other_holds(a: dict[str, float], b: dict[str, float], share: float) -> None:
    from checker.stories.linking import contained
    assert contained(a, b) == pytest.approx(share)
    assert contained(b, a) == pytest.approx(share)


@pytest.mark.parametrize("a, b", [
    ({"kerch": 0.6, "strait": 0.8}, {"kerch": 0.5, "strait": 0.5, "navy": 0.7071}),
    ({"teargas": 1.0}, {"caravan": 1.0}),
    ({"a1": 0.1, "b2": 0.2, "c3": 0.3, "d4": 0.9}, {"d4": 0.3, "c3": 0.1, "x": 0.9}),
])
def test_similarity_is_the_exact_sum_of_the_shared_words_products(a: dict[str, float], b: dict[str, float]) -> None:
    import math

    from checker.stories.features import similarity

    assert similarity(a, b) == similarity(b, a) == math.fsum(a[w] * b[w] for w in a if w in b)
