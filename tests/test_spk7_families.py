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



# a pronoun after a sentence whose subject is a role: the spokesperson speaks for the body; the description is the person
ROLE_SUBJECT = [
    ("spokeswoman's sentence, another woman named before", "Mrs Lowe and her deputy, Ann Hurst, left the room.\n\n"
     "A spokeswoman for Fenwick Council said the pool would reopen in May. “Nobody will lose their swim,” she said.", 0, "Fenwick Council"),
    ("spokesman declines, then says", "A spokesman for Orbital Telecom declined to say how many engineers were sent but said a report "
     "would follow. “It will be published in full,” he said.", 0, "Orbital Telecom"),
    ("the judge said, another man named between", "Mr Justice Carrow sentenced Dean Pike to five years.\n\nPike's brother, Aled Pike, "
     "shouted from the gallery. The judge said he had read every letter. “They changed nothing,” he said.", 0, "Carrow"),
    ("her son, named beside the role, speaks", "She studied under Sir Ian Moss in Vienna.\n\nHer son, Tomas, said she practised "
     "every day. “She never missed a morning,” he said.", 0, "Tomas"),
    ("his wife, named beside the role, speaks", "Nurse Ella Byrne treated him for a month.\n\nHis wife, Ana, said he had been "
     "unwell for years. “He hardly slept,” she said.", 0, "Ana"),
    ("the coach said, two men named", "Coach Ivo Brandt watched from the stand as Tom Reyes scored twice.\n\n"
     "The coach said the team had trained for it. “We practised that corner all week,” he said.", 0, "Ivo Brandt"),
]



# the British court's "X, prosecuting, said" names a person, whose later "she said" is hers
COURT = [
    ("prosecuting, then she said past a man", "Helen Marsh, prosecuting, said the money was never found.\n\nThe defendant's barrister, "
     "Owen Pugh, said his client was sorry.\n\n“He has shown no remorse at all,” she said in reply.", 0, "Helen Marsh"),
    ("defending, then he said past a woman", "Rhys Bowen, defending, said his client had no memory of the night.\n\nAnna Kerr, "
     "for the prosecution, said the CCTV was clear.\n\n“My client is ashamed,” he said.", 0, "Rhys Bowen"),
]



# the person a sentence is "according to": their own clause's partial quote, and the pronoun of the sentence after
ACCORDING = [
    ("according to X, role, who called it", "Rents rose 9% last year, according to Mei Tanaka, an economist at Harbourside Bank, "
     "who called the rise “a warning light”.", 0, "Mei Tanaka"),
    ("according to X, who said", "Sales fell for a third month, according to Owen Price, who said shoppers were “tightening belts”.", 0,
     "Owen Price"),
    ("she after an according-to sentence, another woman quoted before", "Minister Joan Eyre said: “The dam is sound.”\n\n"
     "It was built in 1962, according to Ana Ruiz, a hydrologist at the university. She called the report “careful and right”.", 1,
     "Ana Ruiz"),
    ("he added after an according-to sentence, another man quoted before", "“The vote will pass,” Senator Tom Ruddock said.\n\n"
     "The bill would cost $2bn, according to Paul Greer, an analyst at Fenton Partners.\n\n“It will not survive the House,” he added.",
     1, "Paul Greer"),
]



# a quote that opens the paragraph after another's, with no narrative between: the same speaker's, or in an exchange
# opened by a question, the other side's turn; the words inside a quote never name the next one's speaker
RUNS = [
    ("said X, then a paragraph of quote", "“We will hire 40 nurses,” said Dana Whitley, chief executive of Harlow Care.\n\n"
     "“Every ward will have one more pair of hands by June.”", 1, "Dana Whitley"),
    ("X told reporters:, then a paragraph of quote", "Coach Pete Malone told reporters: “We were poor in the first half.”\n\n"
     "“The second half was better, but not enough.”", 1, "Pete Malone"),
    ("a verb inside the quote before", "“She told me it was safe,” said Ian Rowe.\n\n“And it was not.”", 1, "Ian Rowe"),
    ("an exchange: the questioner's turn", "“Did you know about the loan?” asked the presenter, Kay Burton.\n\n“No, I did not,” replied Tom Hollis."
     "\n\n“You said on Monday that you did.”\n\n“I said nothing of the kind.”", 2, "Kay Burton"),
    ("an exchange: the answer's turn", "“Did you know about the loan?” asked the presenter, Kay Burton.\n\n“No, I did not,” replied Tom Hollis."
     "\n\n“You said on Monday that you did.”\n\n“I said nothing of the kind.”", 3, "Tom Hollis"),
    ("narrative between: no run", "“We will appeal,” said Rob Tate.\n\nThe hearing lasted two days.\n\n“Nobody told us anything.”", 1, None),
]



# "Among them was Jo Hart": the one named after the verb is the subject; a scientist or volunteer described by their work
DESCRIBED = [
    ("among ... was X, then she", "Councillor Ruth Ames visited the street on Monday.\n\nAmong the first to arrive was Nora Quinn, 72, "
     "who has lived there since 1970. She said: “The water came up to the sockets.”", 0, "Nora Quinn"),
    ("among ... was X, then he", "Fire chief Colin Hart said crews worked all night.\n\nAmong those rescued was Dev Patel, a taxi driver.\n\n"
     "“I was on the roof for six hours,” he said.", 0, "Dev Patel"),
    ("the marine biologist", "Professor Irene Vos of Leiden University led the survey.\n\n“Numbers fell by half,” the marine biologist said.",
     0, "Irene Vos"),
    ("the volunteer", "Among the helpers was Jo Birch, who has cooked there for a decade.\n\n“We fed 200 people,” the volunteer said.", 0,
     "Jo Birch"),
]



# "…, who said:" after a name in any position; a description of two words that matches one speaker's stated title
# better than another's; a possessed role ("his barrister") taken as the one given that role
DESCRIPTIONS = [
    ("who said: after an object", "The funeral will be led by the Rev Owen Tudge, who said: “She sang in the choir for sixty years.”", 0,
     "Owen Tudge"),
    ("who said: after 'went to'", "The prize went to Dr Ann Lowe, who said: “It is a shock.”", 0, "Ann Lowe"),
    ("the council leader, not the group leader", "“We have no choice,” said Ruth Kane, the council's leader.\n\nOpposition group leader "
     "Cllr Sam Frost said the cuts were “cruel”. He was heckled.\n\n“The books balance,” the council leader said.", 2, "Ruth Kane"),
    ("the nursing chief, not the medical chief", "“Wards will be calmer,” added the trust's chief nursing officer, Jo Lamb.\n\n"
     "“The data convinced me,” said Dr Rob Kerr, chief medical officer.\n\n“Training starts in May,” the nursing chief said.", 2,
     "Jo Lamb"),
    ("his barrister", "Dan Pike admitted the theft. Pike's barrister, Neil Ross, said his client was ashamed.\n\n"
     "Later the prosecutor, Anne Voss, spoke.\n\n“He will repay every penny,” his barrister said.", 0, "Neil Ross"),
    ("her solicitor", "Maya Reed was cleared on Friday. Reed's solicitor, Ben Orr, had called the case weak.\n\n"
     "“This should never have come to court,” her solicitor said.", 0, "Ben Orr"),
]



# a body's description after its name: a name of its kind, one ending in its word, any name no person bears for a
# company; "the statement" for the body that made it; a dateline with a spaced hyphen is never the subject
BODIES = [
    ("the forum: a name ending in its word", "The Millbrook Tenants' Forum, which has 300 members, said it would appeal.\n\n"
     "“The survey was rigged,” the forum said.", 0, "Millbrook Tenants Forum"),
    ("the company: a trading name", "Corvane Robotics said orders had doubled. “We are hiring 200 engineers,” the company said.", 0,
     "Corvane Robotics"),
    ("the statement: the district that made it", "Teachers in the Pine Hollow Unified School District walked out on Monday.\n\n"
     "In a statement, the district said talks would resume. “We want a fair deal,” the statement said.", 0,
     "Pine Hollow Unified School District"),
    ("a dateline with a spaced hyphen", "LEEDS - Shares in Harrowgate Mills rose 6% on Tuesday.\n\nIn a statement, the company said demand "
     "was “robust”.", 0, "Harrowgate Mills"),
    ("the bank: the one named before", "The Bank of Tarland held rates at 4%. “Inflation is not yet beaten,” the bank said.", 0,
     "Bank of Tarland"),
]


# a participle after an attribution that closes its clause: the words it quotes are that speaker's
PARTICIPLE = [
    ("a body said, describing", "Parks would shut and clinics would run short-staffed, the Lakeside Trust said, describing the plans "
     "as “grim but ready”.", 0, "Lakeside Trust"),
    ("X said, calling", "The tunnel will reopen in May, Mayor Dina Ruiz said, calling the delay “a scandal”.", 0, "Dina Ruiz"),
    ("the body said on Friday, calling", "The ferry will run again in June, the Orkney Ferries board said on Friday, calling the "
     "repairs “longer than anyone wanted”.", 0, "Orkney Ferries board"),
]

FAMILIES = {"particles": PARTICLES, "role subject": ROLE_SUBJECT, "court": COURT, "according to": ACCORDING, "runs": RUNS,
            "described": DESCRIBED, "descriptions": DESCRIPTIONS, "bodies": BODIES, "participle": PARTICIPLE}


@pytest.mark.parametrize("text, index, expected", [case[1:] for table in FAMILIES.values() for case in table],
                         ids=[f"{family}: {case[0]}" for family, table in FAMILIES.items() for case in table])
def test_each_family_reads_its_speaker(text: str, index: int, expected: str | None) -> None:
    assert named(text, index) == expected
