"""Speakers on the seventh blind set's families (issue 12): each family of phrasings it misread, in wordings of our own."""

from __future__ import annotations

import pytest

from checker.extract import quotations
from checker.model import Source


def named(text: str, index: int) -> str | None:
    """The name (or, with none, the organisation) of the speaker of quote `index`."""
    found = quotations(Source.build("t.txt", text))[index].speaker
    return (found.name or found.organisation) if found else None


# a role that runs on past its head word ('director of road services', 'deputy mayor for parks', 'candidate in Eastfield')
# before the name set off after it: the pronoun of the next quote stands for that name, not for the last one quoted
ROLE_RUNS_ON = [
    ("director of ... services, she", "“The buses will run,” Cr Tom Vlahos said.\n\nThe council's director of road services, "
     "Megan Ferris, told the meeting the work would take a year. “Nobody will be cut off,” she said.", 1, "Megan Ferris"),
    ("deputy mayor for ..., he", "“We had no warning,” said Olga Reyes, who lives nearby.\n\nThe town's deputy mayor for parks, "
     "Stefan Obi, said the trees had been checked in May. “They were sound then,” he said.", 1, "Stefan Obi"),
    ("candidate in a place, he", "“It is close,” said Ruth Gale, the returning officer.\n\nLabour's candidate in Eastfield, "
     "Kofi Mensah, has just spoken to us at the count. “I have never seen one like it,” he said.", 1, "Kofi Mensah"),
    ("head of ... care, she, a man quoted first", "“It is a disgrace,” Mr Harker said.\n\nThe trust's head of adult "
     "care, Dr Lena Morris, said the ward would reopen. “We owe patients that much,” she said.", 1, "Lena Morris"),
]

# people described by their part in a court, a team, a village or an orchestra: the description stands for the one named
DESCRIBED = [
    ("the claimant said:", "Ewa Nowicka, 41, worked at the depot for nine years.\n\nGiving evidence, the claimant said: "
     "“I asked for a heater.”", 0, "Ewa Nowicka"),
    ("the defendant told the court", "Carl Boyce, 33, denies theft.\n\n“I never touched the till,” the defendant told the court.",
     0, "Carl Boyce"),
    ("the retiree said", "Nearby resident Joan Pilling, 74, said the foxes were worse every year. “Nobody listens,” the retiree said.",
     0, "Joan Pilling"),
    ("the elder said", "Lekuton Kipeno, 80, chairs the grazing board.\n\n“We decide together now,” the elder said.", 0, "Lekuton Kipeno"),
    ("the loose forward said", "The tries came from Ben Havili, the home captain.\n\n“The pack won it,” the loose forward said.",
     0, "Ben Havili"),
    ("the cellist X, who ..., called her", "The cellist Mina Sato, who played her violas for years, called her “a genius of "
     "the ear”.", 0, "Mina Sato"),
    ("according to a former selector", "According to former selector Ravi Nair, the knock was “the best of the season”.", 0,
     "Ravi Nair"),
]

# cues the lexicon lacked: "emails", "thanked", "credits"
CUES = [
    ("a reader, named, emails:", "A reader, Moira, emails: “Why were so many papers spoilt?”", 0, "Moira"),
    ("she thanked", "Ana Price won by nine votes. In her speech she thanked “every volunteer who got wet”.", 0, "Ana Price"),
    ("according to a body, which credits", "Thefts fell by half, according to the Lake District Wardens Trust, which credits "
     "“better patrols and friendlier farmers”.", 0, "Lake District Wardens Trust"),
]

# Arabic names with a particle joined by a hyphen ('al-Sharif', 'el-Masri'): one name, found in full and by surname
JOINED = [
    ("al- inside a name, pronoun he after a woman", "“We store water in pots,” said Amal Haddad, a teacher.\n\nHer neighbour, "
     "Karim al-Tamimi Nasser, 58, said he paid for tankers. “The driver is the rich man now,” he said.", 1, "Karim al-Tamimi Nasser"),
    ("el- surname alone after the quote", "Dr Salma el-Masri is a hydrologist. Omar Haddad is the minister.\n\n“It did not rain,” "
     "Haddad said.\n\n“Fix the pipes first,” el-Masri said.", 1, "Salma el-Masri"),
    ("al- surname opening the sentence before", "Tariq al-Amin, 40, runs a bakery in Irbid. Nadia Saleh runs the café next door.\n\n"
     "Al-Amin said flour had doubled. “I cannot raise the price again,” he said.", 0, "Tariq al-Amin"),
]

# a live blog's entries open with a time: the time is no part of the sentence's subject
LIVE = [
    ("time, role in a place then name, he", "21:40 “It is very close,” said Tom Gale, the returning officer.\n\n21:52 Labour's "
     "candidate in Eastfield, Kofi Mensah, has spoken to our reporter. “I have never seen a count like it,” he said.", 1, "Kofi Mensah"),
    ("time, role then name, she", "09:05 “Trains are running,” said Ann Reyes of Northline.\n\n09:12 The union's branch "
     "secretary, Megan Ferris, said few had run. “Half of them are cancelled,” she said.", 1, "Megan Ferris"),
]

# a company or agency described ('the company said', 'the agency said'): the one the story opened on, or named just
# before; a body quoted is never whom 'she' stands for
BODIES = [
    ("the company, named only in the first sentence", "OSAKA (Wire) - Hanabira Foods Corp. cut its profit forecast on Friday.\n\n"
     "“Rice costs doubled,” finance chief Ken Ito said. He expects a better spring.\n\nThe company said in a filing that "
     "exports had been “much weaker than planned”.", 1, "Hanabira Foods Corp."),
    ("the firm, named only in the first sentence", "Morrow Parcel Logistics will shut two depots, it said on Monday.\n\n"
     "Staff were told at a meeting. Unions said they were angry.\n\n“We have no choice,” the firm said.", 0, "Morrow Parcel Logistics"),
    ("the agency said, a group named in between", "The band KITE will take a break, their agency said.\n\nStarline Entertainment "
     "said the members had decided “together”.\n\n“Their health comes first,” the agency said.", 1, "Starline Entertainment"),
    ("she after a body quoted, the leader named with a parenthesis", "Starline Entertainment said the tour would end in May.\n\n"
     "The band's leader, Han Mi-rae (known as Mira), added a note. “I am fine now,” she wrote.", 0, "Han Mi-rae"),
]

# Korean given names joined by a hyphen, the second part lower-case ('Ji-hoon', 'Seo-yeon'): one name
KOREAN = [
    ("family name alone after the quote", "Music critic Park Do-hyun, who has covered the industry for years, was blunt.\n\n"
     "“They work 300 days a year,” Park said.", 0, "Park Do-hyun"),
    ("family name alone, then he", "Choi Seo-yeon, the group's leader, wrote a letter. Han Min-jun did not.\n\nChoi said the "
     "break was overdue. “We are tired,” she said.", 0, "Choi Seo-yeon"),
]

# two people speaking as one: 'the couple said', 'the Hales said' stand for the two named together before
COUPLES = [
    ("the Xs said, after first names and surname", "Tom and Ruth Okonedo lost their barn in the fire.\n\n“Everything else is "
     "gone,” the Okonedos said.", 0, "Tom and Ruth Okonedo"),
    ("the Xes said, another couple named first", "Ann and Rob Pike live next door. Ian and Lia Jones run the shop.\n\n"
     "“We need a second bin,” the Joneses said.", 0, "Ian and Lia Jones"),
    ("the couple said, a woman named between", "Parents Kate and Sam Ferrier said they had thought of moving. The head, Mrs "
     "Ola Ade, said she understood.\n\n“We are glad we stayed,” the couple said.", 0, "Kate and Sam Ferrier"),
    ("he after a couple quoted: not the couple", "Dale and Cora Lund escaped. “We lost it all,” the Lunds said.\n\nFire "
     "chief Ian Moss arrived at noon. “It moved fast,” he said.", 1, "Ian Moss"),
]

# an interview in Q&A form: a quote right after a question line ('Q. Why now?') is the interviewee's answer
INTERVIEW = [
    ("answer with no cue, the interviewee named in the standfirst", "The potter Ines Halloran, 71, has a new show. We met "
     "at her studio.\n\nQ. Why clay?\n\n“Because it answers back.”", 0, "Ines Halloran"),
    ("answer with 'he says': not the question's first word", "The chef Omar Quayle talked to us.\n\nQ. Is it harder now?\n\n"
     "“It is harder and better,” he says.", 0, "Omar Quayle"),
    ("answer after someone else spoke", "The chef Omar Quayle talked to us, his wife Nell beside him.\n\nQ. Why so small?\n\n"
     "“I want to see every plate.”\n\n“He means it,” adds Nell, who runs the room.\n\nQ. And the menu?\n\n“Goat, always goat.”",
     2, "Omar Quayle"),
]

# a group speaking as one, unnamed: its words are the group's (the words that state it), not the last person's
GROUPS = [
    ("the researchers say", "Lead author Ana Ruiz says the ice pulses. “We will go back in April,” the researchers say.", 0,
     "the researchers"),
    ("the two authors wrote:", "Ana Ruiz led the study.\n\nIn a letter, the two authors wrote: “We are not saying the ice is doomed.”",
     0, "the two authors"),
    ("inspectors from a body said", "Jo Hart runs the school. ‘Pupils behave well’, inspectors from Ofsted said in the report.",
     0, "inspectors from Ofsted"),
]


@pytest.mark.parametrize("text, index, expected", [case[1:] for case in GROUPS], ids=[case[0] for case in GROUPS])
def test_a_group_speaks_as_itself(text: str, index: int, expected: str) -> None:
    found = quotations(Source.build("t.txt", text))[index].speaker
    assert found is not None and found.text == expected


FAMILIES = {"role runs on": ROLE_RUNS_ON, "described": DESCRIBED, "cues": CUES, "joined particles": JOINED, "live blog": LIVE,
            "bodies": BODIES, "korean": KOREAN, "couples": COUPLES, "interview": INTERVIEW}


@pytest.mark.parametrize("text, index, expected", [case[1:] for table in FAMILIES.values() for case in table],
                         ids=[f"{family}: {case[0]}" for family, table in FAMILIES.items() for case in table])
def test_each_family_reads_its_speaker(text: str, index: int, expected: str | None) -> None:
    assert named(text, index) == expected
