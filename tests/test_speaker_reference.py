"""Whom a pronoun or a description stands for, on copy nobody here wrote: one table per family, invented sentences."""

from __future__ import annotations

import pytest

from checker.extract import quotations
from checker.extract.named import census_gender
from checker.extract.speakers import gender_of
from checker.model import Source


def named(text: str, index: int) -> str | None:
    """The name (or, with none, the organisation) of the speaker of quote `index`."""
    found = quotations(Source.build("t.txt", text))[index].speaker
    return (found.name or found.organisation) if found else None


# a pronoun that opens its clause stands for the subject of the sentence before when it agrees in gender (Hobbs-like:
# the subject before any object, the nearest sentence first), not for the last person of its gender named or quoted
PREVIOUS_SUBJECT = [
    ("he: the surname subject, past a man named since", "Fire Chief Clifford Marsh spoke first.\n\n"
     "His lawyer, Ambrose Keel, said the case “will fail.”\n\nMarsh thanked the crews. “They were quick,” he said.", 1,
     "Clifford Marsh"),
    ("she: the subject before, past a woman quoted before her", "“We lost,” said Agatha Rowe, the treasurer.\n\n"
     "Deputy Mayor Winifred Stone, who voted yes, said she would look again.\n\n“This is not the end,” she said.", 1,
     "Winifred Stone"),
    ("she: opening her sentence, the subject before", "Harriet Nye, the chair, said: “We are ready.”\n\n"
     "Lucy Ambler finished last. She wrote online: “A hard night for us.”", 1, "Lucy Ambler"),
    ("he: after an adverbial opening", "“It is over,” said Paul Rudd, the coach.\n\nCornelius Fane, 58, admitted the charge. "
     "In a letter, he called himself “a foolish man”.", 1, "Cornelius Fane"),
    ("she: past a man subject, to the woman before him", "Mabel Crisp, the head, said: “We grieve.”\n\n"
     "Harvey Dent, her deputy, stood beside her.\n\n“We will reopen,” she said.", 1, "Mabel Crisp"),
    ("he: the last quote's sentence stands for its speaker", "“We won,” said Lorenzo Bell.\n\n“It was close,” he said.", 1,
     "Lorenzo Bell"),
    ("he: a subject after the last quote, in its sentence", "Ken Lowe, the mayor, spoke. Mr Quill replies: “No.” "
     "Later, Mr Lowe said his words were fair.\n“You misread it,” he said.", 1, "Ken Lowe"),
]


# a pronoun whose own sentence names someone before it is left to that sentence: the sentence before is not read
OWN_SENTENCE = [
    ("he: a subject of unknown gender in its own sentence", "Jo Vance (D) said it was “improper.” Jordan Pike, the "
     "governor, said the footage did not show “a gun,” but he said it was clear.", 1, "Jordan Pike"),
]


@pytest.mark.parametrize(("name", "gender"), [
    ("Rosalind Teague", "f"), ("Harvey Dunne", "m"), ("Gertrude Hale", "f"), ("Lorenzo Bell", "m"),
    ("Alex Ward", None), ("Robin Hale", None), ("Jean Roux", None),  # given to both: the census does not decide
    ("Qzxv Lund", None), ("", None),
])
def test_census_gender(name: str, gender: str | None) -> None:
    assert census_gender(name) == gender


@pytest.mark.parametrize(("stated", "gender"), [
    ("Councilwoman Ada Pike", "f"), ("Councilman Bo Reyes", "m"), ("the assemblywoman", "f"), ("Alderman Hill", "m"),
    ("her niece", "f"), ("his nephew", "m"),
])
def test_role_words_show_gender(stated: str, gender: str) -> None:
    assert gender_of(stated) == gender


# a first name the census gives to one sex rules the other pronoun out; a name given to both does not
CENSUS = [
    ("she: past a man by a census name", "Rosalind Teague spoke first.\nHarvey Dunne, the coach, said little.\n"
     "“We will act,” she said.", 0, "Rosalind Teague"),
    ("he: past a woman by a census name", "Clifford Ames spoke first.\nGertrude Holm, the coach, said little.\n"
     "“We will act,” he said.", 0, "Clifford Ames"),
    ("he: a title of a body and a name in one run", "Eastford Fire Chief Ambrose Kell spoke first.\n"
     "Gertrude Holm, the mayor, said little.\n“We will act,” he said.", 0, "Ambrose Kell"),
    ("she: a name given to both is not ruled out", "Robin Quay spoke first.\nHarvey Dunne, the coach, said little.\n"
     "“We will act,” she said.", 0, "Robin Quay"),
]


# a role noun of a trade or a position on a team ('the clerk', 'flanker Jo Hart'): a description like any title,
# with the name beside it or standing for the one given it before
ROLES = [
    ("said the clerk, then the name", "A desk clerk knew him from a photo police posted.\n\n“He looked at me,” said the "
     "clerk, Nora Quist. “I handed him the key.”", 0, "Nora Quist"),
    ("a run after said the clerk", "A desk clerk knew him from a photo police posted.\n\n“He looked at me,” said the "
     "clerk, Nora Quist. “I handed him the key.”", 1, "Nora Quist"),
    ("said the flanker, named before by role", "Ospreys won, with flanker Tevita Lolo scoring twice.\n\n"
     "“We never stopped,” said coach Dai Rees.\n\n‘It was for my mum,’ said the flanker.", 1, "Tevita Lolo"),
    ("the meteorologist said, named before by role", "Meteorologist Ines Varga tracked the storm.\n\n"
     "“It stalled for six hours,” the meteorologist said.", 0, "Ines Varga"),
    ("said the role, an honorific with a full stop and the name", "“Farms are not dead ground,” said the survey’s lead "
     "author, Dr. Ines Varga, an ecologist at Lund.", 0, "Ines Varga"),
    ("said the role, Mr. and the name", "“We were lucky,” said the team's captain, Mr. Ravi Shah, after the game.", 0,
     "Ravi Shah"),
    ("the teller said", "Teller Omar Haddad was at the desk.\n\n“I pressed the alarm,” the teller said.", 0, "Omar Haddad"),
]


# a description standing for someone the article described so before (an apposition, an age), not for the last
# person quoted: 'Jo Hart, a doctoral student, …' then '“…,” the doctoral student said'
DESCRIBED_BEFORE = [
    ("the apposition's role, past a role before the name", "Co-author Lena Vik, a doctoral student, counted bees.\n\n"
     "Professor Hal Moss led the study. “It took weeks,” he said.\n\n“We would do it again,” the doctoral student said.", 1,
     "Lena Vik"),
    ("an age given after the name", "Dale Penn, 42, of Mill Road, admitted fraud.\n\nRecorder Ruth Amory jailed him for two "
     "years.\n\nFrom the dock, the 42-year-old told the judge: “I am sorry.”", 0, "Dale Penn"),
    ("an age in brackets", "Ivo Marsh (36) was fined.\n\n“A fair sentence,” said Inspector Kay Lund.\n\n"
     "“I will pay,” the 36-year-old said.", 1, "Ivo Marsh"),
    ("an age before the name", "The 29-year-old Pia Lund scored twice.\n\nCoach Bo Ek praised her. “She was brave,” he said.\n\n"
     "“I was tired,” the 29-year-old said.", 1, "Pia Lund"),
]


def test_a_description_of_another_s_friend_is_not_its_owner() -> None:
    text = "Tom Reed, a friend of the student, spoke.\n\n“It was hard,” said Dr Ann Kay.\n\n“We coped,” the student said."
    assert named(text, 1) != "Tom Reed"

# a body's description ('the group said', 'a club statement read:') stands for the body named as the subject just before
BODIES = [
    ("the group said", "The Hill Farmers Association, a lobby group, welcomed the plan. “It is overdue,” the group said.", 0,
     "Hill Farmers Association"),
    ("a club statement read", "Kestrel Rugby Club sacked its coach on Monday.\n\nA club statement read: “We thank him.”", 0,
     "Kestrel Rugby Club"),
    ("the charity said, two sentences on", "The Otter Trust runs the reserve. Its lease ends in May.\n\n"
     "“We are heartbroken,” the charity said.", 0, "Otter Trust"),
]


@pytest.mark.parametrize(("family", "text", "index"), [
    ("a person as the subject before", "Ann Lowe ran the club for years. “We will miss her,” the club said.", 0),
    ("no body named before", "It rained all day. “We are closed,” the company said.", 0),
])
def test_a_body_s_description_with_no_body_before_is_no_one_s_name(family: str, text: str, index: int) -> None:
    assert named(text, index) is None

# a phrase of place or time that opens the sentence ('Outside court,', 'Later,') is no speaker: the name after it is
OPENINGS = [
    ("outside court, a role and a name", "Outside court, caretaker Ida Bell, 71, said the roof would take “three winters”.", 0,
     "Ida Bell"),
    ("outside court, a name and an age", "Outside court, midwife Tam Reid, 40, said the ward was “a shambles”.", 0, "Tam Reid"),
    ("outside a place, a role and a name", "Outside the town hall, teller Cleo Ambrose said the count was “clean”.", 0,
     "Cleo Ambrose"),
    ("later, a name", "Later, Cleo Ambrose said the deal was “dead in the water”.", 0, "Cleo Ambrose"),
]


CASES = OPENINGS + BODIES + PREVIOUS_SUBJECT + OWN_SENTENCE + CENSUS + ROLES + DESCRIBED_BEFORE


@pytest.mark.parametrize(("family", "text", "index", "expected"), CASES, ids=[p[0] for p in CASES])
def test_the_speaker_is_whom_the_words_stand_for(family: str, text: str, index: int, expected: str) -> None:
    assert named(text, index) == expected
