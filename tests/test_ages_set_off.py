"""Ages set off by brackets after a person's name: read as ages, said of the person; a place's figure in brackets stays a count."""

from __future__ import annotations

import pytest

from checker.extract import extract
from checker.meaning import describe
from checker.model import Source
from tests.test_extract_readings import two_reports_disagree


@pytest.mark.parametrize("text, expected", [
    ("Mrs Vint (71) and her son were at home.", [("age", "71")]),
    ("Dr Anna Hale (52) led the team.", [("age", "52")]),
    ("The rider, Peter Oduya ( 19 ), was thrown clear.", [("age", "19")]),
    ("Sir Colin Reed (80) opened the fete.", [("age", "80")]),
    # a given name of the census lists, not only the short list of common English ones
    ("Tomas Reiner (36) appeared before magistrates.", [("age", "36")]),
    ("Marisol Vega (29), of Hull, was fined.", [("age", "29")]),
    ("Both Kareem Adeyemi (17) and Olga Brandt (16) were cautioned.", [("age", "17"), ("age", "16")]),
    ("Fort Worth (12) and Lake Forest (9) reported cases.", [("count", "12"), ("count", "9")]),
    # places and things before brackets are counted, never aged
    ("Cardiff (150) and Newport (50) replied.", [("count", "150"), ("count", "50")]),
    ("West Yorkshire (45) had the most.", [("count", "45")]),
    ("Smith (52) and Jones (48) were named.", [("count", "52"), ("count", "48")]),
    ("Mrs Vint (1,200 votes) won the seat.", [("count", "1,200")]),
])
def test_ages_set_off(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.kind, c.text) for c in extract(Source.build("a.txt", text))] == expected


@pytest.mark.parametrize("text, person", [
    ("Mrs Rosa Vint (71) and her son were at home.", "rosa vint"),
    ("Dr Anna Hale (52) led the team.", "anna hale"),
])
def test_a_set_off_age_is_the_persons(text: str, person: str) -> None:
    (claim,) = extract(Source.build("a.txt", text))
    meaning = describe(claim)
    assert meaning is not None and meaning.about == frozenset({person}) and meaning.origin == "person"


@pytest.mark.parametrize("a, b, flagged", [
    ("The club chairman, Dr Anna Hale (52), resigned on Monday.", "Anna Hale, 54, resigned as chairman on Monday.", True),
    ("The club chairman, Dr Anna Hale (52), resigned on Monday.", "Anna Hale, 52, resigned as chairman on Monday.", False),
    ("Dr Anna Hale (52) and her son Tom Hale (24) were rescued.", "Anna Hale, 52, and her son Tom, 24, were rescued.", False),
    ("Dr Anna Hale (52) and her son Tom Hale (24) were rescued.", "Anna Hale, 58, and her son Tom, 24, were rescued.", True),
])
def test_set_off_ages_are_compared_across_reports(a: str, b: str, flagged: bool) -> None:
    assert two_reports_disagree(a, b) is flagged


@pytest.mark.parametrize("text, expected", [
    ("Two men, aged 29 and 54, were arrested.", [("count", "Two"), ("age", "aged 29"), ("age", "54")]),
    ("Three teenagers, aged 15, 16 and 17, were hurt.", [("count", "Three"), ("age", "aged 15"), ("age", "16"), ("age", "17")]),
    ("The victims, aged 34 and 41, died in hospital.", [("age", "aged 34"), ("age", "41")]),
    ("Children of ages 9, 11 and 13 were seen.", [("age", "ages 9"), ("age", "11"), ("age", "13")]),
    # a count after an age that names what it counts is no age of the list
    ("Boys aged 12 and 14 girls took part.", [("age", "aged 12"), ("count", "14")]),
    ("Pupils aged 11, 300 of them, sat the test.", [("age", "aged 11"), ("count", "300")]),
])
def test_the_later_ages_of_a_list_after_aged(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.kind, c.text) for c in extract(Source.build("a.txt", text))] == expected
