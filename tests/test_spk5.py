"""Speakers on fresh copy (issue 12, blind set 4): one table per family, invented sentences."""

from __future__ import annotations

import pytest

from checker.extract import quotations
from checker.model import Source


def named(text: str, index: int) -> str | None:
    """The name (or, with none, the organisation) of the speaker of quote `index`."""
    found = quotations(Source.build("t.txt", text))[index].speaker
    return (found.name or found.organisation) if found else None


# a person said not to speak is no antecedent for the next 'he said' or 'she said'
SILENT = [
    ("declined to comment", "Omar Reyes said the vote was close. His rival, Tobias Kent, declined to comment.\n\n"
     "“We won it street by street,” he said.", 0, "Omar Reyes"),
    ("could not be reached", "Lena Ostrova said the plan was late. Her deputy, Marta Vell, could not be reached for comment.\n\n"
     "“It is costly,” she said.", 0, "Lena Ostrova"),
    ("has not commented", "Ada Lark said the ward was full. Her colleague Dr Joan Pike wrote to the board but has not commented publicly.\n\n"
     "“We need beds,” she said.", 0, "Ada Lark"),
    ("was not available for comment", "Hal Dorsey said the fund was short. His successor, Ivo Ruiz, was not available for comment.\n\n"
     "“The money is there,” he said.", 0, "Hal Dorsey"),
    ("declined to speak to reporters", "Noel Hart said the count was fair. His opponent, Leo Grant, shook his hand but declined to speak to reporters.\n\n"
     "“We knocked on every door,” he said.", 0, "Noel Hart"),
    ("did not respond", "Mina Sato said the fees rose. Her landlord, Rhea Vance, did not respond to requests for comment.\n\n"
     "“I cannot pay,” she said.", 0, "Mina Sato"),
    ("one who speaks is still read", "Noel Hart said the count was fair. Leo Grant, his opponent, said it was not.\n\n"
     "“We were robbed,” he said.", 0, "Leo Grant"),
]

# a person only spoken of in another's reported speech is no antecedent while the one who spoke is in reach
SPOKEN_OF = [
    ("his neighbour", "Mr Tobin said his neighbour, Carl Voss, had fitted solar panels. Mr Voss has since seen his bill halve.\n\n"
     "“I would do the same if I could,” he said.", 0, "Tobin"),
    ("the manager", "Ms Okafor said the shop's manager, Jane Pell, had been helpful. Mrs Pell has run the shop since 2015.\n\n"
     "“She kept us going,” she said.", 0, "Okafor"),
    ("met someone", "Ms Reed said the group had met Anna Holt, the area's MP, last week. Ms Holt has long backed the plan.\n\n"
     "“We were heard,” she added.", 0, "Reed"),
    ("no one spoke: the nearest", "Mr Dupuis praised the clerk. Mr Lowe agreed with him.\n\n“It was fine,” he said.", 0, "Lowe"),
    ("not named in the speaker's words", "Mr Tobin said the march was calm. Carl Voss took to the radio on Sunday.\n\n"
     "“It was a riot,” he said.", 0, "Voss"),
    ("the other one spoke last", "Mr Tobin said his neighbour, Carl Voss, had fitted panels. Mr Voss said the panels paid for themselves.\n\n"
     "“It took four years,” he said.", 0, "Voss"),
]


@pytest.mark.parametrize(("family", "text", "index", "expected"), SILENT + SPOKEN_OF, ids=[r[0] for r in SILENT + SPOKEN_OF])
def test_pronoun_antecedents(family: str, text: str, index: int, expected: str) -> None:
    assert (named(text, index) or "").endswith(expected)


# the one who spoke may have a clause set off by commas between name and verb
SPOKE_AFTER_A_CLAUSE = [
    ("who voted yes", "Councilwoman Ada Lark, who voted yes, said her aide, Mina Sato, drafted the bill. Ms Sato has worked on it for a year.\n\n"
     "“We will undo it first,” she said.", 0, "Ada Lark"),
    ("who oversees", "Mr Ivo Ruiz, who oversees the program, told the panel his deputy, Leo Grant, ran the tests. Mr Grant has since left.\n\n"
     "“It slipped on my watch,” he said.", 0, "Ivo Ruiz"),
]


@pytest.mark.parametrize(("family", "text", "index", "expected"), SPOKE_AFTER_A_CLAUSE, ids=[r[0] for r in SPOKE_AFTER_A_CLAUSE])
def test_a_speaker_with_a_clause_is_still_one(family: str, text: str, index: int, expected: str) -> None:
    assert named(text, index) == expected


# "according to" a role, then the name set off by commas, then the quote
ACCORDING_TO_A_ROLE = [
    ("its chief executive", "The watchdog said complaints rose. According to its chief executive, Jo Hart, “people want answers”.", 0, "Jo Hart"),
    ("the group's director", "According to the group's director, Ivo Ruiz, “the plan will fail”.", 0, "Ivo Ruiz"),
    ("a spokeswoman", "According to a spokeswoman, Mina Sato, “the office is closed until further notice”.", 0, "Mina Sato"),
    ("their lawyer, with a colon", "According to their lawyer, Noel Hart: “The family was never told.”", 0, "Noel Hart"),
    ("the name first still read", "According to Leo Grant, a director at Lark, “the rebate was a bandage”.", 0, "Leo Grant"),
]


@pytest.mark.parametrize(("family", "text", "index", "expected"), ACCORDING_TO_A_ROLE, ids=[r[0] for r in ACCORDING_TO_A_ROLE])
def test_according_to_a_role_then_a_name(family: str, text: str, index: int, expected: str) -> None:
    assert named(text, index) == expected


# a body's spokesperson quoted again: 'he said', 'the statement added' stand for the body, not a person named before
BODY_AGAIN = [
    ("spokesman, then he said", "Councillor Ivo Ruiz backed the plan.\n\nA spokesman for the Lark Housing Board said it “reviews every case”. "
     "“Tenants have rights,” he said.", 1, "Lark Housing Board"),
    ("spokeswoman, then she added", "Mayor Ada Lark praised the move.\n\nA spokeswoman for Fenwick Water said it was “sorry”. "
     "“We are fixing it,” she added.", 1, "Fenwick Water"),
    ("spokesperson, then the statement added", "A spokesperson for Northway Buses said the firm “deeply regrets” the delays. "
     "“We are hiring drivers,” the statement added.", 1, "Northway Buses"),
    ("spokesperson, then the statement said", "A spokesperson for the Ashbury Trust said it was “disappointed”. "
     "“We will appeal,” the statement said.", 1, "Ashbury Trust"),
    ("a statement no one gave stays unnamed", "“We will appeal,” the statement said.", 0, None),
]


@pytest.mark.parametrize(("family", "text", "index", "expected"), BODY_AGAIN, ids=[r[0] for r in BODY_AGAIN])
def test_a_body_quoted_again(family: str, text: str, index: int, expected: str | None) -> None:
    assert named(text, index) == expected


# a description of the person named just before speaks for them, at the head of a sentence or after the quote
DESCRIPTIONS = [
    ("The mother-of-three told X:", "Ada Lark has lived on the street for nine years. The mother-of-three told the Fenwick Post: “We got a letter.”",
     0, "Ada Lark"),
    ("The father-of-two said in a statement:", "Ivo Ruiz sat in the front row. The father-of-two said in a statement: “He was careful.”",
     0, "Ivo Ruiz"),
    ("The 40-year-old told reporters:", "Mina Sato, 40, runs a bakery in Leeds. The 40-year-old told reporters: “Costs have doubled.”",
     0, "Mina Sato"),
    ("the engineer said, the subject of its sentence", "Priya Mendes, who worked on the maps team, lost her job on Monday. "
     "“There was no call,” the engineer said.", 0, "Priya Mendes"),
    ("the Leeds dad said", "Leeds father-of-two Noel Hart said his bill rose. “We turned the heating off,” the Leeds dad said.", 0, "Noel Hart"),
    ("a relation of someone else stays unnamed", "Ada Lark, 9, won the prize. “She worked hard,” the girl's father said.", 0, None),
    ("the nurse told the paper", "Jo Hart has worked nights for a decade. “We are exhausted,” the nurse told the Fenwick Post.", 0, "Jo Hart"),
]


@pytest.mark.parametrize(("family", "text", "index", "expected"), DESCRIPTIONS, ids=[r[0] for r in DESCRIPTIONS])
def test_descriptions_of_the_one_just_named(family: str, text: str, index: int, expected: str | None) -> None:
    assert named(text, index) == expected


# a sentence opening with a role, then the name set off by commas: the named person is whom a description stands for
ROLE_THEN_NAME = [
    ("his rival, then the veteran", "Noel Hart won the seat. His opponent, Leo Grant, shook his hand. The veteran said: “We were robbed.”",
     0, "Leo Grant"),
    ("her wife, then a description", "Ivo Ruiz drowned in the ford. Mr Ruiz's wife, Ana Ruiz, sat in the front row. The mother-of-two said: "
     "“He was careful.”", 0, "Ana Ruiz"),
    ("a body's director, named", "The watchdog's director, Mina Sato, spoke at noon.\n\n“We were not told,” she said.", 0, "Mina Sato"),
]


@pytest.mark.parametrize(("family", "text", "index", "expected"), ROLE_THEN_NAME, ids=[r[0] for r in ROLE_THEN_NAME])
def test_a_role_then_its_name_heads_a_sentence(family: str, text: str, index: int, expected: str) -> None:
    assert named(text, index) == expected
