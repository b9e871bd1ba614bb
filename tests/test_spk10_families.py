"""Speakers on the ninth blind set's families (issue 12): each family of phrasings it misread, in wordings of our own."""

from __future__ import annotations

import pytest

from tests.test_spk8_families import named

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


@pytest.mark.parametrize("family", [INTERVIEW_LABELS])
def test_speaker_family(family: list[tuple[str, str, int, str | None]]) -> None:
    wrong = [(label, named(text, index), want) for label, text, index, want in family if named(text, index) != want]
    assert wrong == []
