"""Speakers on the eighth blind set's families (issue 12): each family of phrasings it misread, in wordings of our own."""

from __future__ import annotations

import pytest

from checker.extract import quotations
from checker.model import Source
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


# a name is a person's when an age ('Jo Hart, 63,'), a relative clause ('Jo Hart, who ...') or a relation before it ('his
# widow, Jo Hart') goes with it: 'she' and 'he' may stand for them, though no title or verb of saying does
PERSON_MARKS = [
    ("caption-like lead with an age", "PICTURED: Morag Dunlop, 71, outside the bakery she has run since 1979.\n\n"
     "The ovens go cold on Friday.\n\n“I will miss the early mornings,” she said.", 0, "Morag Dunlop"),
    ("name, who ... (a parenthesis between)", "Ines Carvalho, who took over the gallery in May (“a leap in the dark”, she "
     "calls it), said the roof leaked.\n\n“We need a new one,” she said.", 1, "Ines Carvalho"),
    ("a relation before the name, a man with an age before", "Dale Pryor, 40, admitted the theft. The owner's widow, Hilda "
     "Marsh, did not attend. In a letter read to the court, she wrote: “He took everything.”", 0, "Hilda Marsh"),
    ("an age in brackets", "Ellen Voss (52) runs the ferry café.\n\n“Tourists keep us going,” she said.", 0, "Ellen Voss"),
]

# verbs of a sharp reply or of a document's words: "shot back", "pressed", "snapped", "the caption read"
CUE_VERBS = [
    ("shot back", "“The data says otherwise,” said Tom Fry.\n\n“Tell that to the cashier,” Ana Ruiz shot back.", 1, "Ana Ruiz"),
    ("pressed, split", "“No,” said Tom Fry.\n\n“That is not an answer,” Ana Ruiz pressed. “Try again.”", 1, "Ana Ruiz"),
    ("hit back", "“They failed,” said Tom Fry.\n\n“He has never run anything,” Ana Ruiz hit back.", 1, "Ana Ruiz"),
    ("snapped", "“Sit down,” said Tom Fry.\n\n“I will not,” Ana Ruiz snapped.", 1, "Ana Ruiz"),
    ("interjected", "“Numbers,” said Tom Fry.\n\n“Which numbers?” Ana Ruiz interjected.", 1, "Ana Ruiz"),
]

# a role said in other words: a company's boss is its chief executive, a team's boss its manager or head coach
ROLE_SYNONYMS = [
    ("the boss, then the chief executive", "“Sales held up,” said Ana Ruiz, an analyst.\n\nThe bank's boss, Piet Maas, "
     "told the radio he was sorry. “It was not good enough,” the chief executive said.", 1, "Piet Maas"),
    ("boss X, then the manager, a captain named between", "Dunmore boss Lee Carver says his side can win. Carver confirmed "
     "that captain Sam Oduya is injured. “Sam is gutted,” the manager said.", 0, "Lee Carver"),
    ("manager X, then the boss", "Ayr manager Ross Kidd was sent off. Striker Joe Lamb scored twice. “We were robbed,” "
     "the boss said.", 0, "Ross Kidd"),
    ("chief executive X, then the CEO", "Helia Rail's chief executive, Warren Bixby, faced the committee. “Why?” asked "
     "Sen. Ann Orr.\n\n“We are paying for it,” the CEO responded.", 1, "Warren Bixby"),
]

# a sentence opening with a clause ('Outside the court, Jo Hart told reporters ...'): its subject is whom 'she' stands for
OPENING_CLAUSE = [
    ("Outside the chamber, X (by surname) told reporters; she", "Colette Dubois, the critic, rose with a receipt.\n\n“Rent "
     "first,” said Priya Nand, the member for Leith.\n\n“No,” said Tom Fry.\n\nOutside the chamber, Dubois told reporters "
     "she would return. “Every week,” she said.", 2, "Colette Dubois"),
    ("After the hearing, X (by surname) said; he", "Omar Haddad, the trainer, was fined.\n\n“It was fair,” said Tom Fry, "
     "a steward.\n\n“Rules are rules,” said Ann Lee.\n\nAfter the hearing, Haddad said he would appeal. “I did nothing "
     "wrong,” he said.", 2, "Omar Haddad"),
    ("According to X, Y vowed ...; he is X, who tells it", "Club chairman Milan Petrov said he was disappointed that "
     "manager Harry Sloan had left.\n\nAccording to Petrov, Sloan vowed he would never join a rival. “I asked him twice,” "
     "he said.", 0, "Milan Petrov"),
]

# people sharing a surname told apart by Mr, Mrs and Ms: the nearest named of the honorific's gender, and one honorific
# for one person through the article
SHARED_SURNAME = [
    ("Mrs, husband named after", "Aileen Dwyer and her husband, Martin Dwyer, farm near Cork.\n\n“It flooded,” Mrs Dwyer "
     "said.", 0, "Aileen Dwyer"),
    ("Mr, wife quoted before", "Aileen Dwyer and her husband, Martin Dwyer, farm near Cork.\n\n“It flooded,” Mrs Dwyer "
     "said.\n\n“Twice,” said Mr Dwyer.", 1, "Martin Dwyer"),
    ("Ms of a sister, Mrs again after", "Aileen Dwyer and her husband, Martin Dwyer, farm near Cork.\n\n“It flooded,” Mrs "
     "Dwyer said.\n\nHis sister, Nuala Dwyer, a solicitor, helps them. “The grant is late,” Ms Dwyer said.\n\nMrs Dwyer "
     "said they would move. “We have no choice,” she said.", 2, "Aileen Dwyer"),
    ("accented first name", "Siobhán Kerr and her brother, Cian Kerr, run the pub.\n\n“Busy night,” said Mr Kerr.", 0,
     "Cian Kerr"),
]

# a description in an article's opening, before anyone is named: the person named later with its role, or named first
# in the next paragraph
NAMED_LATER: list[tuple[str, str, int, str | None]] = [
    ("the minister, named with the role two paragraphs on", "The health minister dismissed the report as “a work of "
     "fiction”.\n\nThe opposition spokeswoman, Ruth Ames, disagreed.\n\nThe minister, Tarek Nassar, said the figures "
     "were old.", 0, "Tarek Nassar"),
    ("a former director, named with Dr the next paragraph", "A former director of a care trust told an inquiry that warnings "
     "were “lost in the post”.\n\nDr Ena Price, who was director from 2015, gave evidence for a day.", 0, "Ena Price"),
    ("a councillor, the first named after given another role: no one", "A Green councillor called the plan “a "
     "disgrace”, a recording has revealed. Ann Hollis, the party's deputy leader, made the remark at a meeting.\n\n"
     "Councillor Ben Tate said later that he agreed.", 0, None),
    ("the country's minister, named first the next paragraph", "LIMA - Peru's mining minister said the strike was “a "
     "problem we will solve”.\n\nSpeaking in Spanish, Rosa Quispe said talks would resume.", 0, "Rosa Quispe"),
]

# 'the statement', 'the caption': whoever made it, the last speaker quoted through it or the subject named before
DOCUMENTS: list[tuple[str, str, int, str | None]] = [
    ("the statement went on, after she wrote", "The victim's mother, Joan Lyle, did not attend. In a statement read by "
     "the prosecutor, she wrote: “He was kind.”\n\n“I cannot forgive this,” the statement went on.", 1, "Joan Lyle"),
    ("the statement said, the company in the lead", "Bluewing Air cancelled 200 flights on Friday.\n\nThe fault was in a "
     "booking system, the firm's engineers found.\n\n“We are very sorry,” the statement said.", 0, "Bluewing Air"),
    ("the statement said, a group the subject before: no one", "The Nordics responded with a boycott, Baltic Ferries "
     "said on Twitter.\n\n“Staff were at risk,” the statement said.", 0, None),
    ("the caption read", "“Credit me,” Dev Mehta wrote on X.\n\n“Read the contract,” Lena Ortiz replied.\n\nMehta "
     "followed up with a photograph of a notebook. “My handwriting,” the caption read.", 2, "Dev Mehta"),
]

# a body's statement ('according to a company statement', 'the club said in a statement'): the company or club the story
# opened on, though its name has no word of its kind
BODY_STATEMENTS = [
    ("according to a company statement issued ...", "Bluewing Air cancelled 200 flights on Friday.\n\nThe fault was “not a "
     "cyberattack”, according to a company statement issued at 9am.", 0, "Bluewing Air"),
    ("according to a company statement", "Skyward Robotics will build a plant in Hungary, it said on Monday.\n\nEngineers "
     "were moved from Lyon. The site will handle “research and repairs for Europe”, according to a company statement.", 0,
     "Skyward Robotics"),
    ("the club said in a statement", "Harlow Rovers have sacked their manager after nine games without a win.\n\n“Results "
     "fell short,” the club said in a statement.", 0, "Harlow Rovers"),
]

# 'X said in a statement posted ... that': the verb that follows a document's noun is the document's, not the speaker's
DOCUMENT_VERBS = [
    ("said in a statement posted to its website", "Her label, Northlight Records, said in a statement posted to its "
     "website that it was “reviewing the recordings”.", 0, "Northlight Records"),
    ("said in a letter sent to residents", "Kendal Town Council said in a letter sent to residents that the work was “long "
     "overdue”.", 0, "Kendal Town Council"),
    ("the statement noted: its own verb", "The Atlantic Fisheries Council met on Friday and issued a statement. The "
     "statement noted that members had promised “further measures” if quotas were broken.", 0, "Atlantic Fisheries Council"),
    ("said in a note published on Friday", "Ines Moreau said in a note published on Friday that costs were “out of "
     "control”.", 0, "Ines Moreau"),
]

# 'Prof Jo Hart of the University of X said ...': she is Jo Hart, not a body
OF_A_BODY = [
    ("Prof X of the University of Y said; she told", "“We will not forgive them,” a spokeswoman for the party said.\n\n"
     "Political scientist Prof Ilse Brandt of the University of Kiel said an election was likely. “Both need this "
     "fight,” she told the broadcaster.", 1, "Ilse Brandt"),
    ("Dr X of the Institute said; he added", "“No comment,” a spokeswoman said.\n\nDr Omar Saleh of the Marine Institute "
     "said the reef was recovering. “It surprised us,” he added.", 1, "Omar Saleh"),
]

# a subject that is a role with the name set off after it ('A colleague, Dr Jo Hart, gave ...', 'Counsel to the inquiry,
# Jo Hart, asked her ...'): the next pronoun, description or uncued quote stands for the one named
APPOSED_SUBJECT = [
    ("A colleague, Dr X, gave ...; she, a woman quoted before", "“Did you push her?” Ms Orr asked.\n\nA colleague, Dr Ruth "
     "Penn, gave a reference by video link. “He is the one we all ring,” she said.", 1, "Ruth Penn"),
    ("A passer-by, X, waded in; the 40-year-old", "Derek Lowe, 71, tried to reach the dog with a branch.\n\n“I was "
     "shouting,” Mr Lowe said.\n\nA passer-by, Sean Keane, a former soldier, waded in. “She was brave,” the 40-year-old "
     "said.", 1, "Sean Keane"),
    ("Counsel to the inquiry, X, asked her ...; a question with no cue", "Dr Ena Price gave evidence for a second day.\n\n"
     "Counsel to the inquiry, Rhys Mould, asked her when she first knew. “Was it before the ward opened?”", 0, "Rhys Mould"),
]

# a verb of saying followed by no noun phrase of its own: 'one, Jo Hart, 29', 'a person familiar with the talks'
AFTER_THE_VERB = [
    ("said one, X, age", "Residents were split. “We need the bins emptied,” said one, Leanne Ashworth, 29.", 0,
     "Leanne Ashworth"),
    ("said another, X", "“It is fair,” said Tom Fry.\n\n“It is not,” said another, Rita Vance.", 1, "Rita Vance"),
]

# an unnamed speaker after the verb ('said a person familiar with the talks'), or a bare 'one said' of a group named before
UNNAMED = [
    ("said a person familiar with the talks", "“No deal yet,” said one official.\n\n“A deal is close,” said a person "
     "familiar with the talks.", 1, "a person familiar with the talks"),
    ("said two people briefed on it", "“A deal is close,” said two people briefed on the negotiations.", 0,
     "two people briefed on the negotiations"),
    ("one said, members before", "Some members said they had never struck before. “First time in 22 years,” one said.",
     0, "Some members"),
]


def stated(text: str, index: int) -> str | None:
    """The words a quote's speaker is stated in, when no one is named."""
    found = quotations(Source.build("t.txt", text))[index].speaker
    return (found.name or found.organisation or found.text) if found else None


def test_unnamed_speakers() -> None:
    wrong = [(label, stated(text, index), want) for label, text, index, want in UNNAMED if stated(text, index) != want]
    assert wrong == []


@pytest.mark.parametrize("family", [OFFICE_THEN_NAME, OFFICE_OF_THEN_NAME, OFFICE_OF_BODY_SUBJECT, SPEAKER_OFFICE, PERSON_MARKS,
                                    CUE_VERBS, ROLE_SYNONYMS, OPENING_CLAUSE, SHARED_SURNAME, NAMED_LATER, DOCUMENTS, BODY_STATEMENTS, DOCUMENT_VERBS, OF_A_BODY,
                                    APPOSED_SUBJECT, AFTER_THE_VERB])
def test_speaker_family(family: list[tuple[str, str, int, str | None]]) -> None:
    wrong = [(label, named(text, index), want) for label, text, index, want in family if named(text, index) != want]
    assert wrong == []
