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


# Recurring reports (a weekly chart, a team's matches, a firm's quarters, a monthly survey): the same
# names and much the same words from one occasion to the next; what names the occasion keeps them apart.
CHART_WEEK_2 = ("Orbit Ninety holds box office crown\n\nSpace comedy Orbit Ninety kept first place in US and Canadian "
                "cinemas for a second week, taking $31.4m over the weekend, according to studio estimates. "
                "Animated fable The Lantern Fox finished in second place with $18.2m, while Marisol Quent's thriller Cold "
                "Harbour came in third place with $11.7m. Orbit Ninety, which stars Dario Fennimore and Ula Brandt, has now "
                "taken $96.5m in North America, said Gideon Sparrow of the tracker Boxmetric.\n")
CHART_WEEK_2_AGAIN = ("Orbit Ninety stays top of US chart\n\nOrbit Ninety remained the most popular film in North American "
                      "cinemas for a second week, with weekend takings of $31.4m. The Dario Fennimore comedy has taken "
                      "$96.5m so far, according to Boxmetric's Gideon Sparrow. The Lantern Fox was in second place with "
                      "$18.2m and Cold Harbour, starring Marisol Quent, in third place.\n")
CHART_WEEK_3 = ("Orbit Ninety tops box office again\n\nSpace comedy Orbit Ninety was again first in US and Canadian "
                "cinemas for a third week, taking $22.9m over the weekend, according to studio estimates. Animated "
                "fable The Lantern Fox slipped to fourth place with $8.3m, while Marisol Quent's thriller Cold Harbour "
                "held on to third place with $7.1m. Orbit Ninety, which stars Dario Fennimore and Ula Brandt, has now "
                "taken $131.2m in North America, said Gideon Sparrow of the tracker Boxmetric.\n")
MATCH_HOME = ("Carrow 3-1 Dunmere\n\nTomas Ibarra scored twice as Carrow Athletic beat Dunmere Rovers 3-1 at Fenwick "
              "Park to climb to fourth in the Veldmark League. Ibarra headed in Lucan Ferris's cross after 12 minutes "
              "and added a second from the penalty spot. Carrow manager Ansel Whitcombe praised his side's pressing.\n")
MATCH_HOME_AGAIN = ("Ibarra double lifts Carrow\n\nA brace from Tomas Ibarra gave Carrow Athletic a 3-1 win over "
                    "Dunmere Rovers at Fenwick Park. Ibarra converted Lucan Ferris's cross and then a penalty, and "
                    "Carrow manager Ansel Whitcombe said his side's pressing won the game.\n")
MATCH_AWAY = ("Holloway 2-2 Carrow\n\nTomas Ibarra scored twice as Carrow Athletic drew 2-2 with Holloway Town at "
              "Brisk Lane to stay fourth in the Veldmark League. Ibarra headed in Lucan Ferris's cross after 20 "
              "minutes and added a second from the penalty spot. Carrow manager Ansel Whitcombe praised his side's "
              "pressing.\n")
QUARTER_2 = ("Brennick Foods profits rise\n\nBrennick Foods reported a 12% rise in second-quarter profits as sales of "
             "its Tamsin snack bars grew in Scandinavia. Chief executive Orla Pennock said the firm had gained share "
             "from rivals, and Brennick shares rose 3% in Oslo.\n")
QUARTER_2_AGAIN = ("Brennick Foods beats forecasts\n\nSnack maker Brennick Foods said its second-quarter profits rose "
                   "12%, helped by Tamsin bars in Scandinavia. Orla Pennock, its chief executive, said Brennick had "
                   "taken share from rivals; its shares gained 3% in Oslo.\n")
QUARTER_3 = ("Brennick Foods profits slip\n\nBrennick Foods reported a 4% fall in third-quarter profits as sales of "
             "its Tamsin snack bars slowed in Scandinavia. Chief executive Orla Pennock said the firm had lost share "
             "to rivals, and Brennick shares fell 3% in Oslo.\n")
SURVEY_3 = ("Veldmark factory output grows\n\nFactory output in Veldmark grew for a third month in a row, the Ostrand "
            "Institute's survey of purchasing managers found, with orders from Baltic customers rising fastest. "
            "Economist Pia Rautavaara said the Ostrand index pointed to steady growth.\n")
SURVEY_4 = ("Veldmark factory output grows\n\nFactory output in Veldmark grew for a fourth month in a row, the Ostrand "
            "Institute's survey of purchasing managers found, with orders from Baltic customers rising fastest. "
            "Economist Pia Rautavaara said the Ostrand index pointed to steady growth.\n")


@pytest.mark.parametrize("texts, expected", [
    # the same occasion retold joins; another week, match, quarter or month of the same subject does not
    ((CHART_WEEK_2, CHART_WEEK_2_AGAIN), [("0.txt", "1.txt")]),
    ((CHART_WEEK_2, CHART_WEEK_3), [("0.txt",), ("1.txt",)]),
    ((CHART_WEEK_2, CHART_WEEK_3, CHART_WEEK_2_AGAIN), [("0.txt", "2.txt"), ("1.txt",)]),
    ((CHART_WEEK_3.replace("for a third week, ", ""), CHART_WEEK_2), [("0.txt",), ("1.txt",)]),  # the chart's places alone
    ((MATCH_HOME, MATCH_HOME_AGAIN), [("0.txt", "1.txt")]),
    ((MATCH_HOME, MATCH_AWAY), [("0.txt",), ("1.txt",)]),
    ((MATCH_AWAY, MATCH_HOME_AGAIN, MATCH_HOME), [("0.txt",), ("1.txt", "2.txt")]),
    ((QUARTER_2, QUARTER_2_AGAIN), [("0.txt", "1.txt")]),
    ((QUARTER_2, QUARTER_3), [("0.txt",), ("1.txt",)]),
    ((SURVEY_3, SURVEY_4), [("0.txt",), ("1.txt",)]),
    ((SURVEY_3, SURVEY_3.replace("Economist", "The economist")), [("0.txt", "1.txt")]),
])
def test_different_occasions_of_a_recurring_subject_are_different_stories(texts: tuple[str, ...], expected: list[tuple[str, ...]]) -> None:
    assert _grouped(_sources(*texts)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ireland 19-13 England", {"score": {19013}}),
    ("England lost 13-19 to Ireland.", {"score": {19013}}),
    ("They beat the holders 2-0 at home.", {"score": {2000}}),
    ("a 3-1 home win and a 2-2 draw", {"score": {3001, 2002}}),
    ("Federer won 6-4 7-6 in the final.", {"score": {6004}}),
    ("a commanding 28-8 advantage", {"score": {28008}}),
    ("for a second week", {"run:week": {2}}),
    ("It topped the chart for a third consecutive weekend.", {"run:weekend": {3}}),
    ("Output grew in the fourth quarter.", {"run:quarter": {4}}),
    ("a third-round tie", {"run:round": {3}}),
    ("second-quarter profits rose", {"run:quarter": {2}}),
    ("The Lantern Fox finished in second place.", {"place:fox": {2}}),
    ("Orbit Ninety took the number one spot.", {"place:ninety": {1}}),
    # not an occasion: ranges, ages, spans, shares, seasons, a verb's object that is no score
    ("children aged 11-16", {}), ("a 10-15% rise", {}), ("the 2004-05 season", {}), ("16-18 year olds", {}),
    ("won 5-4 votes", {}), ("from 9-5 each day", {}), ("It came in second place.", {}),
    ("On 12-14 March the Tarrow Trust met.", {}), ("Halvorsen 10-12 Sept", {}), ("Lyon 2-1 Marseille", {"score": {2001}}),
    ("The first quarter of the match was scrappy.", {}), ("for the first time in a decade", {}),
    ("Why Mr Halvorsen agreed in the first place is unclear.", {}), ("Marsby was the third place Halvorsen lived in.", {}),
    ("He said the 12-7 win would be remembered." + " " * 400 + "for a second week", {"score": {12007}}),
])
def test_occasion_markers(text: str, expected: dict[str, set[int]]) -> None:
    from checker.stories.features import Lexicon
    from checker.stories.occasions import markers

    words = Lexicon().words(text)
    assert {key: set(values) for key, values in markers(text, words).items()} == expected


@pytest.mark.parametrize("a, b, apart", [
    ({"score": {19013}}, {"score": {19013, 8000}}, False),
    ({"score": {19013}}, {"score": {28008, 8000}}, True),
    ({"run:week": {2}}, {"run:weekend": {3}}, False),  # not the same run
    ({"run:week": {2}}, {}, False),
    ({"place:fox": {2}, "run:week": {2}}, {"place:fox": {4}, "run:week": {2}}, True),
])
def test_occasions_apart_when_a_key_shares_no_value(a: dict[str, set[int]], b: dict[str, set[int]], apart: bool) -> None:
    from checker.stories import occasions

    first = {k: frozenset(v) for k, v in a.items()}
    second = {k: frozenset(v) for k, v in b.items()}
    assert occasions.apart(first, second) is apart and occasions.apart(second, first) is apart


def test_a_group_keeps_the_occasions_of_all_its_articles() -> None:
    """Only the first members of two groups are compared pair by pair; the occasion of a later member still counts."""
    from checker.stories.linking import link

    sources = _sources(*["x"] * 8)
    found = [{"name:orbit": 4.0, "name:ninety": 4.0, "name:brandt": 4.0}] * 8
    worded = [{"orbit": 0.6, "ninety": 0.8}] * 8
    occasion = [{"run:week": frozenset({2})}, {"run:week": frozenset({3})}] + [{}] * 6
    groups, _ = link(sources, found, worded, occasion)
    assert groups == [[0], [1, 2, 3, 4, 5, 6, 7]]  # 1 joins the six, and 0 not the seven though their first six agree


@given(st.text(alphabet=" \n\t.,;:!?\"'“”‘’([{—–•|-aZéÉ9s\u00a0\x1c", max_size=40))
def test_capitals_read_token_by_token_are_those_of_one_scan_of_the_text(text: str) -> None:
    """`lexicon.Lexicon.scan` counts capitalised words, and those opening a sentence, token by token;
    one scan of the whole text for capitalised words (a capital at a word boundary) says the same."""
    from collections import Counter

    from checker.stories.lexicon import _CAPITAL, Lexicon, _unpossessed, openings

    opening = openings(text)
    found = [(_unpossessed(m.group()), m.start() in opening) for m in _CAPITAL.finditer(text)]
    scan = Lexicon().scan(text)
    assert Counter(scan.capitals) == Counter(word for word, _ in found)
    assert +Counter(scan.opening) == Counter(word for word, opens in found if opens)
