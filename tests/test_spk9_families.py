"""Speakers on the eighth blind set's families (issue 12): each family of phrasings it misread, in wordings of our own."""

from __future__ import annotations

import pytest

from tests.test_spk8_families import named


# an office set before the name it belongs to ('The Chancellor, Jo Hart, has ...'), in a sentence that goes on to quote
OFFICE_THEN_NAME = [
    ("office, name, ..., saying", "The Home Secretary, Amara Quist, has defended the plan, saying it was “the only honest "
     "option left”.", 0, "Amara Quist"),
    ("office, name, ..., calling", "The county's chief constable, Neil Bracegirdle, has backed his officers, calling the "
     "protest “a test of patience”.", 0, "Neil Bracegirdle"),
    ("office, name, ..., describing", "The club's chairwoman, Tessa Okwu, wrote to members on Friday, describing the season as "
     "“the hardest in living memory”.", 0, "Tessa Okwu"),
]

# "said the <office> of <body>, <name>": the office runs on past its head word before the name set off after it
OFFICE_OF_THEN_NAME = [
    ("said the chair of the committee, X", "“The figures do not add up,” said the chair of the public accounts committee, "
     "Rhiannon Gale.", 0, "Rhiannon Gale"),
    ("said the head of the unit, X", "“Nobody was hurt,” said the head of the fire investigation unit, Pete Okoro.",
     0, "Pete Okoro"),
    ("said the director for X, Y", "“Prices will stay high,” said the director for markets at Halden Energy, Sunil Varma.",
     0, "Sunil Varma"),
]

# a subject 'the <office> of <Body>, <name>,' before the verb: the person, not the body
OFFICE_OF_BODY_SUBJECT = [
    ("the director of Body, X, called it", "The director of Clean Air Now, Pauline Marsh, called it “a step backwards”.", 0,
     "Pauline Marsh"),
    ("the founder of Body, X, said", "The founder of Ridgeway Hope, Marcus Obi, said the money would go to “the families "
     "who need it most”.", 0, "Marcus Obi"),
    ("the chief of Body, X, described", "The chief of Westmoor Ambulance Service, Dr Ann Lyle, described the night as “the "
     "busiest we have ever had”.", 0, "Ann Lyle"),
]

# 'the Speaker' (of a parliament) and 'the keynote speaker' are offices, not names: the name set off after them speaks
SPEAKER_OFFICE = [
    ("said the Speaker, X", "“Order! Order!” said the Speaker, Rosalind Haworth-Mills.", 0, "Rosalind Haworth-Mills"),
    ("the Speaker said, after the name", "“Order!” said the Speaker, Rosalind Haworth-Mills.\n\n“The member will sit down,” "
     "the Speaker said.", 1, "Rosalind Haworth-Mills"),
    ("said the keynote speaker, X", "“Data is not wisdom,” said the keynote speaker, Tomasz Wielgus.", 0, "Tomasz Wielgus"),
    ("Assembly Speaker X said", "“The vote stands,” Assembly Speaker Ifeoma Nwosu said.", 0, "Ifeoma Nwosu"),
]


@pytest.mark.parametrize("family", [OFFICE_THEN_NAME, OFFICE_OF_THEN_NAME, OFFICE_OF_BODY_SUBJECT, SPEAKER_OFFICE])
def test_speaker_family(family: list[tuple[str, str, int, str]]) -> None:
    wrong = [(label, named(text, index), want) for label, text, index, want in family if named(text, index) != want]
    assert wrong == []
