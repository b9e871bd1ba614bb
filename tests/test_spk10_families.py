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
    ("a people is no body that issues a statement", "The South Koreans answered with a protest note, the Busan Port "
     "Authority said on Twitter.\n\n“Our pilots followed every rule,” the statement said.", 0, None),
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

# a live entry's time stamp before its first sentence ('3:40 p.m. ET — ', '15:40 — ', '9.05am BST – '): the subject after it
STAMPS = [
    ("3:40 p.m. ET —", "Live: the storm\n\n3:40 p.m. ET — Mayor Lionel Ashe arrived at the shelter and said: “Nobody "
     "will be turned away tonight.”", 0, "Lionel Ashe"),
    ("15:40 —", "Live: the count\n\n15:40 — Returning officer Priya Dhanda walked to the stage and said: “The "
     "recount is complete.”", 0, "Priya Dhanda"),
    ("9.05am BST –", "Live: rail strike\n\n9.05am BST – Transport Secretary Ben Lowe went on the radio and said: “The "
     "offer is fair.”", 0, "Ben Lowe"),
]

# a sentence that opens with a participle's phrase ('Born in Perth, she …', 'Raised by her aunt, …'): the phrase names
# no one, so a pronoun after it stands for the person before
FRONTED_PARTICIPLES = [
    ("Born in ..., the daughter of ...", "Ada Lark, who has died aged 90, ran the village shop for 50 years.\n\nBorn in "
     "Port Talbot in 1933, the daughter of a docker, she trained as a nurse. The diary she kept is frank. She wrote in it: "
     "“Today I bought a shop.”", 0, "Ada Lark"),
    ("Raised in ... by ...", "Mira Coyle, who has died aged 81, taught at the school for 40 years.\n\nRaised in Port "
     "Elizabeth by her aunt, she never married. Her letters survive. She wrote in one: “The children were my family.”",
     0, "Mira Coyle"),
    ("Educated at ...", "Grace Oduya, who has died aged 77, founded the choir.\n\nEducated at Saint Anne's Convent in "
     "Kent, she sang soprano. The book she wrote is short. In it she says: “I sang before I could read.”", 0, "Grace Oduya"),
]

# a description with a place after it ('the 23-year-old from Leeds'): the person described, never a name 'from Leeds'
DESCRIBED_FROM = [
    ("said the 23-year-old from Leeds", "Dale Pryor, 23, won by a second. “It was the hardest race of my life,” said "
     "the 23-year-old from Leeds.", 0, "Dale Pryor"),
    ("the 31-year-old from Cork said:", "Aoife Byrne, 31, was the only Irish finalist. The 31-year-old from Cork said: "
     "“I came here to win it.”", 0, "Aoife Byrne"),
    ("the 40-year-old of Hull added", "Tom Reece, 40, admitted the theft. “I am ashamed of what I did,” the 40-year-old "
     "of Hull added.", 0, "Tom Reece"),
]

# a description that brings someone new into the story ('A neighbour who …', 'My neighbour, a …'), then a pronoun: the
# newcomer, named when a sentence soon after opens with a name not given before, never the person quoted earlier
NEWCOMER_NAMED_LATER = [
    ("A neighbour ... she said, named next paragraph", "“We are appealing for witnesses,” said Inspector Joan Tully.\n\n"
     "A neighbour who heard the crash said she ran outside in her slippers. “There was glass everywhere,” she said.\n\n"
     "Maria Lentz, 64, has lived on the street since 1990.", 1, "Maria Lentz"),
    ("My neighbour, a ..., he said, Mr X later", "The minister, Colin Rudd, says the plan is fair. “It is overdue,” he "
     "said.\n\nMy neighbour, a retired postman, put it more simply. “Nobody asked us,” he said.\n\nMr Okafor has "
     "lived here for 40 years.", 1, "Okafor"),
    ("A passer-by who ..., he said, no name given", "“The road is closed,” said Sergeant Paul Greer.\n\nA passer-by who saw the "
     "fire said it spread in minutes. “It went up like paper,” he said.", 1, None),
]

# 'the company' or 'the firm' when a name with a company's suffix ('Co.', 'Inc.', 'Ltd', 'LLC') stands near, as the agent
# of a passive or an object ('made by Brightwater Co.'): that company, not the regulator quoted before
COMPANY_BY_SUFFIX = [
    ("made by X Co., the company said", "The Product Safety Commission said it had 40 reports of fires. The toys were made "
     "by Brightwater Co. of Ohio. “We are deeply sorry,” the company said.", 0, "Brightwater Co."),
    ("sold by X Ltd, the company said in a statement", "The Health and Safety Commission ordered the recall on Monday. "
     "The heaters were sold by Norland Ltd from May. “Customers will get a full refund,” the company said in a "
     "statement.", 0, "Norland Ltd"),
    ("went to X LLC, the firm said", "The Transport Commission awarded the contract last week. It went to Dunmore "
     "Freight LLC, a regional hauler. “We will hire 60 drivers,” the firm said.", 0, "Dunmore Freight LLC"),
]


@pytest.mark.parametrize("family, read", [(INTERVIEW_LABELS, named), (BODY_KINDS, named), (GROUPS_AND_VERBS, stated),
                                          (STAMPS, named), (FRONTED_PARTICIPLES, named), (DESCRIBED_FROM, named),
                                          (NEWCOMER_NAMED_LATER, named), (COMPANY_BY_SUFFIX, named)])
def test_speaker_family(family: list[tuple[str, str, int, str | None]], read: Callable[[str, int], str | None]) -> None:
    wrong = [(label, read(text, index), want) for label, text, index, want in family if read(text, index) != want]
    assert wrong == []
