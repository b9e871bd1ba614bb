"""Speakers on the sixth blind set's families (issue 12): each family of phrasings it misread, in wordings of our own."""

from __future__ import annotations

import pytest

from checker.extract import quotations
from checker.model import Source


def named(text: str, index: int) -> str | None:
    """The name (or, with none, the organisation) of the speaker of quote `index`."""
    found = quotations(Source.build("t.txt", text))[index].speaker
    return (found.name or found.organisation) if found else None


# names with particles, apostrophes and one-letter Irish words: found in full, and found again by surname or age
PARTICLES = [
    ("particle surname opening a sentence", "Ana de la Fuente, the mayor, opened the bridge on Monday.\n\n"
     "“It took ten years,” De la Fuente said.", 0, "Ana de la Fuente"),
    ("particle surname, pronoun past another man", "Peter van Buren won in five sets.\n\nVan Buren thanked umpire Ed Cole for his patience. "
     "Asked about the final set, he said: “I was lucky.”", 0, "Peter van Buren"),
    ("apostrophe name, then the age", "Siobhán O'Hara, 51, of Tralee, was first on the scene.\n\n“I just ran,” the 51-year-old said.", 0,
     "Siobhán O'Hara"),
    ("one-letter Irish word, then the age", "Seán Ó Riada, 67, farms near Clifden.\n\n“The rain never stops,” the 67-year-old said.", 0,
     "Seán Ó Riada"),
    ("a body with a particle and a clause", "Casa da Música, which hosts the festival, said it would “review every booking”.", 0,
     "Casa da Música"),
    ("hyphened surname opening the sentence before", "Ruth Pryce-Jones met the inspector, Mary Vale, on Monday.\n\n"
     "Pryce-Jones said the school had passed. “We are delighted,” she said.", 0, "Ruth Pryce-Jones"),
]


@pytest.mark.parametrize("construct, text, index, expected", PARTICLES, ids=[c[0] for c in PARTICLES])
def test_names_with_particles_and_apostrophes(construct: str, text: str, index: int, expected: str | None) -> None:
    assert named(text, index) == expected


# a pronoun after a sentence whose subject is a role: the spokesperson speaks for the body; the description is the person
ROLE_SUBJECT = [
    ("spokeswoman's sentence, another woman named before", "Mrs Lowe and her deputy, Ann Hurst, left the room.\n\n"
     "A spokeswoman for Fenwick Council said the pool would reopen in May. “Nobody will lose their swim,” she said.", 0, "Fenwick Council"),
    ("spokesman declines, then says", "A spokesman for Orbital Telecom declined to say how many engineers were sent but said a report "
     "would follow. “It will be published in full,” he said.", 0, "Orbital Telecom"),
    ("the judge said, another man named between", "Mr Justice Carrow sentenced Dean Pike to five years.\n\nPike's brother, Aled Pike, "
     "shouted from the gallery. The judge said he had read every letter. “They changed nothing,” he said.", 0, "Carrow"),
    ("the coach said, two men named", "Coach Ivo Brandt watched from the stand as Tom Reyes scored twice.\n\n"
     "The coach said the team had trained for it. “We practised that corner all week,” he said.", 0, "Ivo Brandt"),
]


@pytest.mark.parametrize("construct, text, index, expected", ROLE_SUBJECT, ids=[c[0] for c in ROLE_SUBJECT])
def test_a_pronoun_after_a_role_that_speaks(construct: str, text: str, index: int, expected: str | None) -> None:
    assert named(text, index) == expected


# the British court's "X, prosecuting, said" names a person, whose later "she said" is hers
COURT = [
    ("prosecuting, then she said past a man", "Helen Marsh, prosecuting, said the money was never found.\n\nThe defendant's barrister, "
     "Owen Pugh, said his client was sorry.\n\n“He has shown no remorse at all,” she said in reply.", 0, "Helen Marsh"),
    ("defending, then he said past a woman", "Rhys Bowen, defending, said his client had no memory of the night.\n\nAnna Kerr, "
     "for the prosecution, said the CCTV was clear.\n\n“My client is ashamed,” he said.", 0, "Rhys Bowen"),
]


@pytest.mark.parametrize("construct, text, index, expected", COURT, ids=[c[0] for c in COURT])
def test_counsel_named_by_their_side(construct: str, text: str, index: int, expected: str | None) -> None:
    assert named(text, index) == expected
