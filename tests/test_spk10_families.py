"""Speakers on the ninth blind set's families (issue 12): each family of phrasings it misread, in wordings of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.test_spk8_families import named
from tests.test_spk9_families import stated

# an interview in Q-and-A form whose lines carry their labels before the marks ('Q: “…”', 'A. “…”'): a question is the
# interviewer's (named in the introduction: 'spoke with The Clarion'), an answer the interviewee's, never a speaker "Q"
INTRO = ("Ottilie Brannagh has kept bees on the roof of the town hall for 20 years. She spoke with The Clarion in her "
         "garden. The interview has been edited.\n\n")
INTERVIEW_LABELS = [
    ("Q: a question, the paper's", INTRO + "Q: “Why bees?”\n\nA: “My father kept them.”", 0, "The Clarion"),
    ("A: an answer, the interviewee's", INTRO + "Q: “Why bees?”\n\nA: “My father kept them.”", 1, "Ottilie Brannagh"),
    ("Q. with a full stop, straight marks", INTRO + 'Q. "How many hives?"\n\nA. "Eleven, and one empty."', 0, "The Clarion"),
    ("A. with a full stop, straight marks", INTRO + 'Q. "How many hives?"\n\nA. "Eleven, and one empty."', 1, "Ottilie Brannagh"),
    ("an answer run on to a paragraph of its own", INTRO + "Q: “Why bees?”\n\nA: “My father kept them.”\n\n“And his father "
     "before him.”", 2, "Ottilie Brannagh"),
    ("an answer after someone else's name-colon line", INTRO + "Q: “Any stings?”\n\nHUGO BRANNAGH: “Hundreds.”\n\n"
     "A: “He exaggerates.”", 2, "Ottilie Brannagh"),
    ("a question naming someone else", INTRO + "Q: “Did Marta Lindgren teach you?”\n\nA: “She did, in 1998.”", 1,
     "Ottilie Brannagh"),
    ("talked to the interviewer", "Ravi Menon runs the last cinema in Kelso. He talked to Hannah Pryce.\n\nQ: “Why "
     "stay open?”\n\nA: “Because people still come.”", 0, "Hannah Pryce"),
]

# a body spoken of by the word its name ends in ('the bureau', 'the syndicate', 'the utility'), and what a body of any name
# issues ('the statement', 'the notice'): the body named as the subject of a sentence before
BODY_KINDS = [
    ("the bureau posted", "The Halden County Sheriff's Bureau said on Friday the search was over. “Both walkers are safe "
     "and well,” the bureau posted.", 0, "Halden County Sheriff's Bureau"),
    ("the syndicate said:", "The Red Lion Syndicate owns the winner. In a statement, the syndicate said: “We are "
     "speechless.”", 0, "Red Lion Syndicate"),
    ("the utility said", "Pennine Water Utility restored supplies overnight. “Crews worked through the night,” the "
     "utility said.", 0, "Pennine Water Utility"),
    ("the statement said, a body of any name", "The Ashgrove Open later explained the decision. “The player was "
     "warned twice,” the statement said.", 0, "Ashgrove Open"),
    ("the notice said", "The Food Standards Agency said it had found traces of peanut. “Do not eat the product,” the "
     "notice said.", 0, "Food Standards Agency"),
]

# groups that speak without a name ('marchers chanted', 'the crowd answered') and the verbs of an exchange or a paper
# ('answered', 'the authors write that …')
GROUPS_AND_VERBS = [
    ("marchers chanted", "“Save our pool!” marchers chanted outside the town hall.", 0, "marchers"),
    ("the crowd answered, after a caller", "“Whose pool?” Dina Frost called out. “Our pool!” the crowd answered.", 1,
     "the crowd"),
    ("X answered, after the quote", "“We will appeal, and we will win,” Paul Everard answered.", 0, "Paul Everard"),
    ("answered X, after the quote", "“We will appeal, and we will win,” answered Paul Everard.", 0, "Paul Everard"),
    ("the authors write that", "In the study, the authors write that the effect was “larger than any seen before”.", 0,
     "the authors"),
]


@pytest.mark.parametrize("family, read", [(INTERVIEW_LABELS, named), (BODY_KINDS, named), (GROUPS_AND_VERBS, stated)])
def test_speaker_family(family: list[tuple[str, str, int, str | None]], read: Callable[[str, int], str | None]) -> None:
    wrong = [(label, read(text, index), want) for label, text, index, want in family if read(text, index) != want]
    assert wrong == []
