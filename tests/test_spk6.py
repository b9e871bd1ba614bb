"""Speakers on fresh copy (issue 12, spk6): one table per family of attribution, invented sentences."""

from __future__ import annotations

import pytest

from checker.extract import quotations
from checker.model import Source


def said(text: str, index: int) -> str | None:
    """What the speaker of quote `index` is called: their name, else their body, else the words that say who."""
    found = quotations(Source.build("t.txt", text))[index].speaker
    return (found.name or found.organisation or found.text) if found else None


# a quote standing alone, whose speaker the next sentence names: "That was the verdict of …", "So said …"
NEXT = [
    ("those were the words of", "“Nobody is pretending this is fine.” Those were the words of Ms Okafor at a clinic in Leeds.", 0, "Okafor"),
    ("that was the warning from", "The MP spoke first. “The school will shut for a fortnight.” That was the warning from headteacher Ruth Ames, who "
     "said classes would move.", 0, "Ruth Ames"),
    ("that was the promise of, after a run", "“We will keep the doors open,” said Ivo Ruiz.\n\n“Not one branch will close.” That was the promise of "
     "Dr Mina Sato as she left the meeting.", 1, "Mina Sato"),
    ("that was the evidence earlier of", "“He signed every cheque,” the judge said.\n\n“He was the only one who could stop it.” That was the evidence "
     "earlier of Delia Marsh, the charity's former chair.", 1, "Delia Marsh"),
    ("that was the account of, no name", "“Patients sleep on trolleys,” she said.\n\n“I have never seen it this bad.” That was the account of one senior "
     "nurse, who asked not to be named.", 1, "one senior nurse"),
    ("so said, the next paragraph", "His wife, Jess, said she barely slept.\n\n“I would do it all again tomorrow.”\n\nSo said Marcus Penrose, "
     "laughing, as he left.", 0, "Marcus Penrose"),
    ("came the verdict from", "Captain Rhys Bell was left to rue two missed kicks. ‘We gifted them the game.’ came the verdict from Bell.", 0, "Rhys Bell"),
    ("came the reply from", "Asked if she had forgiven him, he pulled a face. ‘Not yet,’ came the reply from his wife, Dawn Carter.", 0, "Dawn Carter"),
    ("this was the reaction of", "“It is a betrayal of every farmer.” This was the reaction of Seán Ó Briain, a beef farmer in Roscommon.", 0,
     "Seán Ó Briain"),
    ("not a cue: that was the week of", "Lee Hart spoke to us.\n\n“We won the cup.” That was the week of the storm.", 0, None),
]

# a quote given to one of a group, or the person, named before without a name
UNNAMED = [
    ("one of them, after 'X people said'", "The talks collapsed twice, two people familiar with the talks said. “It was never close,” one of them said.",
     0, "two people familiar with the talks"),
    ("one of them, after 'according to'", "The cuts fall on Austin, according to people familiar with the matter. \"Austin is gone,\" one of them said.",
     0, "people familiar with the matter"),
    ("one of them, a plural subject", "Rescue officials said dogs had been flown in. “We have not given up,” one of them said.", 0, "Rescue officials"),
    ("one of the diplomats", "Several diplomats said the deal was agreed late. “Nobody was happy,” one of the diplomats said.", 0,
     "one of the diplomats"),
    ("the person, after 'a person … said'", "The firm is in talks, a person familiar with the talks said. “The price is still moving,” the person said.",
     0, "a person familiar with the talks"),
    ("the source, after 'a source close to'", "A source close to the family said they were selling. “They are heartbroken,” the source said.", 0,
     "A source close to the family"),
    ("one curator", "Staff learnt of the plans on Tuesday. ‘People were in tears,’ one curator said.", 0, "one curator"),
    ("a passer-by", "The wall fell at noon. “It sounded like thunder,” a shocked passer-by said.", 0, "a shocked passer-by"),
    ("the person, no person before", "The firm is in talks. “The price is still moving,” the person said.", 0, None),
]


@pytest.mark.parametrize("family,text,index,expected", NEXT + UNNAMED, ids=[f[0] for f in NEXT + UNNAMED])
def test_speaker(family: str, text: str, index: int, expected: str | None) -> None:
    assert said(text, index) == expected


# a dash after the closing mark, as wires and agencies type it (a spaced hyphen), naming a person or a role
DASHED = [
    ("spaced hyphen, name and seat", "The messages leaked on Sunday. \"It is a disgrace.\" - Hamish Reid, MP for Kelso, in a post.", 0, "Hamish Reid"),
    ("spaced hyphen, a role", "The cabinet met at noon. \"We are ready for aftershocks.\" - a government spokesman, at a briefing.", 0,
     "a government spokesman"),
    ("double hyphen, a name", "Fans queued all night. \"Best gig of my life.\" -- Aroha Ngata, Auckland", 0, "Aroha Ngata"),
    ("em dash, a role", "“We were not consulted.” — a spokeswoman for the county council\n", 0, "county council"),
    ("a hyphenated word is no dash", "“We are well-prepared,” said Rohan Iyer.", 0, "Rohan Iyer"),
]


@pytest.mark.parametrize("family,text,index,expected", DASHED, ids=[f[0] for f in DASHED])
def test_dashed(family: str, text: str, index: int, expected: str | None) -> None:
    assert said(text, index) == expected


# 'she said' after a sentence whose subject is a person named in full whose gender the text does not show: that person,
# not one of the pronoun's gender quoted further back; never a place that opens a description ('The Bolton thrower')
UNSHOWN = [
    ("tennis, a question in between", "Valentina Orsolya won in three sets. “I am happy,” she said.\n\nMei-Ling Tran was gracious in defeat. "
     "Asked about it, she shook her head. “She played brave tennis,” she said.", 1, "Mei-Ling Tran"),
    ("a council, he", "Council leader Tom Reed backed the plan. “It is sound,” he said.\n\nOluwaseun Adeyemi, who runs the market, was less sure. "
     "“Traders were not asked,” he said.", 1, "Oluwaseun Adeyemi"),
    ("a court, she", "The prosecutor, Mary Lund, said the loss was large. “It was theft,” she said.\n\nNgozi Eze wept in the dock. "
     "“I am sorry,” she said.", 1, "Ngozi Eze"),
    ("an Indian daily, he", "Finance minister Rajesh Kumar said growth would recover. “We are confident,” he said.\n\nDevendra Phadtare, a trader "
     "in Pune, disagreed. Pressed on prices, he laughed. “Onions cost double,” he said.", 1, "Devendra Phadtare"),
    ("guard: the last speaker, past one named after the quote", "Kwesi Boateng met the envoy on Monday.\n\n“We have had problems before,” "
     "Boateng said after meeting Finance Minister Ato Mensah. He did not suggest a response. “We will look at every option.”", 1,
     "Kwesi Boateng"),
    ("one said to say nothing is read past", "Oscar Thorne, who led for 30 laps, was furious.\n\nThorne said he had asked for slick tyres. "
     "Matteo Ferrandi, standing beside him, said nothing. “We threw it away,” he said.", 0, "Oscar Thorne"),
    ("one who stayed silent is read past", "Aoife Dunne said the vote was rigged. Her rival, Saoirse Kelleher, stayed silent. "
     "“We will appeal,” she said.", 0, "Aoife Dunne"),
    ("another named by one name in the subject's sentence", "Captain Ashwin Raghavan spoke first. Coach Dale Whitmore was blunt.\n\n"
     "Raghavan had praised the attack, but Whitmore was in no mood for compliments. “We batted like tourists,” he said.", 0, "Dale Whitmore"),
    ("two people named are no one", "Kim Ode said the flat was cold. “It is damp,” she said.\n\nOlu Adeyemi and Ben Carter were arrested. "
     "“It was chaos,” he said.", 1, "he"),  # no one by name
    ("a body is no one", "Margot James spoke. The Home Office said: “No comment.” She added: “We will act.”", 1, "Margot James"),
    ("a place opening a description is no one", "Darts star Lee Brannigan, 38, spoke out. “I froze,” said Brannigan.\n\n"
     "The Bolton thrower hid it for years. “Nobody knew,” he told a magazine.", 1, "Lee Brannigan"),
]


@pytest.mark.parametrize("family,text,index,expected", UNSHOWN, ids=[f[0] for f in UNSHOWN])
def test_unshown_gender(family: str, text: str, index: int, expected: str | None) -> None:
    assert said(text, index) == expected


# 'they' after a sentence that a group opens: the group, not the last person quoted
THEY = [
    ("prosecutors wrote", "Jo Stroud said he respected the court. “We asked for mercy,” he said.\n\nProsecutors had sought eight years. "
     "“It was a scheme,” they wrote in a memo.", 1, "Prosecutors"),
    ("police said, the quote's sentence before", "Mary Lund said her son was kind. “He was gentle,” she said.\n\nPolice in Leeds said the man "
     "was known to them. “He has been arrested before,” they said.", 1, "Police"),
    ("They said:", "Ana Moss said the bridge was unsafe. “It sways,” she said.\n\nFederal investigators have not found a cause. They said: "
     "“All options remain open.”", 1, "Federal investigators"),
    ("campaigners", "Cllr Tom Reed said the plan was sound. “It is fair,” he said.\n\nCampaigners handed in a petition. “This is not over,” "
     "they said.", 1, "Campaigners"),
    ("a spokesperson is still theirs", "A Snapchat spokesperson said it was “absolutely unacceptable”.\n“We go to great lengths,” they added.",
     1, "Snapchat"),
]


@pytest.mark.parametrize("family,text,index,expected", THEY, ids=[f[0] for f in THEY])
def test_they(family: str, text: str, index: int, expected: str | None) -> None:
    assert said(text, index) == expected


# a description after a sentence that a bare title and a name open ('Veteran center Marcus Tilley had 14 rebounds.'):
# that person, not the last one quoted (the guards were read right before; a title with a lower-case word between it and
# the name was not)
BARE_TITLE = [
    ("US sports: veteran center", "Coach Lisa Brandvold praised the rookie. \"He went gray,\" she said.\n\nVeteran center Marcus Tilley had 14 "
     "rebounds. The 12-year veteran said: \"The kid is fearless.\"", 1, "Marcus Tilley"),
    ("US sports: rookie guard", "Coach Ann Bell was upbeat. “We grew,” she said.\n\nRookie guard Jalen Price scored 22. “I just played,” "
     "the 21-year-old said.", 1, "Jalen Price"),
    ("guard, read before: UK football club captain", "Manager Sue Platt was delighted. “We earned it,” she said.\n\nClub captain Dean Rowe lifted the trophy. "
     "“It is for the fans,” the 31-year-old said.", 1, "Dean Rowe"),
    ("guard, read before: Australian opening batter", "Selector Kath Doyle defended the pick. “He is ready,” she said.\n\nOpening batter Riley Quinn made 84. "
     "“I just watched the ball,” the 24-year-old said.", 1, "Riley Quinn"),
    ("guard, read before: Irish hurling veteran", "Manager Tom Nolan was proud. “They never quit,” he said.\n\nFull-forward Ciarán Walsh scored 1-9. "
     "“We owed the county one,” the veteran said.", 1, "Ciarán Walsh"),
    ("guard, read before: Indian senior advocate", "Justice Meena Rao adjourned the case. “We will hear it on Monday,” she said.\n\nSenior advocate Arvind Menon "
     "argued for the state. “The order is plainly wrong,” the lawyer said.", 1, "Arvind Menon"),
]


@pytest.mark.parametrize("family,text,index,expected", BARE_TITLE, ids=[f[0] for f in BARE_TITLE])
def test_bare_title(family: str, text: str, index: int, expected: str | None) -> None:
    assert said(text, index) == expected


# a quote that ends its paragraph, after a sentence of the same paragraph whose subject is a person named or 'he' or
# 'she' with no verb of saying at its end: that person's words
NARRATED = [
    ("UK broadsheet: recalled", "The closure was condemned by the MP, Rupert Fane.\n\nMr Fane remembered visiting as a boy. ‘My grandmother "
     "took me every Easter.’", 0, "Rupert Fane"),
    ("US business: she cautioned", "The outlook was “a clean beat”, said Priya Nair, an analyst at Brightwater.\n\nShe cautioned that the "
     "company relied on two customers. “If either pauses, this number looks very different.”", 1, "Priya Nair"),
    ("tabloid: he said a call", "Striker Kieran Otieno, 24, scored twice.\n\nHe said a call from his old coach had changed his mind. ‘He told "
     "me never to quit.’", 0, "Kieran Otieno"),
    ("science: she questioned", "Helena Brask, an entomologist, was unconvinced. “Twelve sites is a start,” said Brask.\n\nShe also "
     "questioned whether the results would hold in hotter places. “Heat changes everything.”", 1, "Helena Brask"),
    ("US politics: later recounted", "Rep. Mitchell Oyo, a Democrat, backed the bill.\n\nMr. Oyo later recounted a call with a holdout. "
     "“He told me he agreed but could not vote for it.”", 0, "Mitchell Oyo"),
    ("profile: is not sentimental", "Theodora Pappas opened her bakery in 1986.\n\nPappas is not sentimental about her age. “Eighty is "
     "just a number the bank cares about.”", 0, "Theodora Pappas"),
    ("a body is no one", "The council said the plan was late and the fund was short. “Timing matters.”", 0, None),
    ("not when more narrative follows the quote", "Mr Fane remembered visiting as a boy. “It was magic” was how the guide put it.", 0, None),
]


@pytest.mark.parametrize("family,text,index,expected", NARRATED, ids=[f[0] for f in NARRATED])
def test_narrated(family: str, text: str, index: int, expected: str | None) -> None:
    assert said(text, index) == expected


# a document and who sent it ('according to a research note from X', 'read a statement from X', 'A statement from X
# read:'), someone unnamed opening the sentence ('A pal from his local club said:'), 'was quoted as saying', 'told us'
SENT = [
    ("according to a research note from", "The results were “spectacular”, according to a research note from Gideon Marsh, an analyst "
     "at Corrigan Hale.", 0, "Gideon Marsh"),
    ("according to a note to clients from", "The weather excuse was “wearing thin”, according to a note to clients from Lisle Capital.", 0,
     "Lisle Capital"),
    ("read a statement from", "“We are reviewing the footage,” read a statement from Dublin Bus.", 0, "Dublin Bus"),
    ("A statement from X read:", "A statement from Transport for Wales read: “Services will resume on Monday.”", 0, "Transport for Wales"),
    ("A pal from his club said:", "A pal from his local club said: ‘He is a legend round here.’", 0, "A pal from his local club"),
    ("A rep for the singer told us:", "A rep for the singer told us: “Brianna is resting at home.”", 0, "A rep for the singer"),
    ("was quoted as saying", "Lifeboat helmsman Hugo Penrose was quoted as saying: ‘Inflatables and offshore winds do not mix.’", 0,
     "Hugo Penrose"),
    ("is quoted as saying, Indian", "Railway minister Suresh Rane is quoted as saying: “Every train will run on time.”", 0, "Suresh Rane"),
    ("guard: a note with no sender", "The plan was “unworkable”, according to a note seen by the BBC.", 0, None),
]


@pytest.mark.parametrize("family,text,index,expected", SENT, ids=[f[0] for f in SENT])
def test_sent(family: str, text: str, index: int, expected: str | None) -> None:
    assert said(text, index) == expected


# a heading naming the speaker before a colon, with no verb ('Residents' group founder Aisha Karimi: “…”'), and a
# description set off before a name with an honorific ('The study's lead author, Professor Jo Hart of …, said:')
HEADED = [
    ("plural possessive before a title", "Residents' group founder Aisha Karimi: “We will take this to judicial review.”", 0, "Aisha Karimi"),
    ("hyphened description", "Mother-of-two Shauna Byrne: “We cannot afford the rent any more.”", 0, "Shauna Byrne"),
    ("fans' group", "Supporters' trust chair Gary Lowe: “The club has lost its way.”", 0, "Gary Lowe"),
    ("a description, then Professor and a name", "The report’s lead author, Professor Ruth Okafor, said: ‘This is a warning, not a forecast.’",
     0, "Ruth Okafor"),
    ("a description, then Dr and a name", "The charity’s medical director, Dr Sean Tully, said: “We are seeing more cases.”", 0, "Sean Tully"),
]


@pytest.mark.parametrize("family,text,index,expected", HEADED, ids=[f[0] for f in HEADED])
def test_headed(family: str, text: str, index: int, expected: str | None) -> None:
    assert said(text, index) == expected
