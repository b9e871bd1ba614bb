"""Quotations and their speakers: one table row per construct, the seeds golden, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import quotations
from checker.model import Quote, Source
from tests.conftest import SEEDS


def quotes_of(text: str) -> list[Quote]:
    """The quotations of a plain-text article."""
    return quotations(Source.build("t.txt", text))


LONG = " The writer goes on about the story." * 30  # the rest of a line of joined paragraphs

# (construct, article, expected quoted words of every quote, in order)
MARKS = [
    ("curly double", "She said: “We will act.”", ["We will act."]),
    ("straight double", 'She said: "We will act."', ["We will act."]),
    ("curly single (British)", "She said: ‘We will act.’", ["We will act."]),
    ("straight single", "She said: 'We will act.'", ["We will act."]),
    ("guillemets", "She said: «We will act.»", ["We will act."]),
    ("apostrophes are not marks", "Emily’s mother said the parents’ group won't act.", []),
    ("apostrophe inside a single-quoted quote", "He said: ‘It’s the parents’ choice,’ and left.", ["It’s the parents’ choice,"]),
    ("apostrophes inside a straight single-quoted quote", "He wrote: 'I knew I wouldn't stop, it's Kim's way.' Then he left.",
     ["I knew I wouldn't stop, it's Kim's way."]),
    ("a straight single quote closing after a plural", "She said the 'parents' and left.", ["parents"]),
    ("a decade's apostrophe", "In the '90s it was 'quite different', he said.", ["quite different"]),
    ("nested quote stays inside", "He said: “They told me ‘never again’ and I believed them.”", ["They told me ‘never again’ and I believed them."]),
    ("nested straight marks", "He said: \"They told me 'never again' and I believed them.\"", ["They told me 'never again' and I believed them."]),
    ("multi-sentence quote", "She said: “We will act. We must. Now.”", ["We will act. We must. Now."]),
    ("partial quote in a sentence", "He called the plan “a disgrace” on Monday.", ["a disgrace"]),
    ("two quotes in a sentence", "She called it “vital” and “long overdue”.", ["vital", "long overdue"]),
    ("split by an attribution", "“We will act,” she said, “and soon.”", ["We will act, and soon."]),
    ("split, said first", "“We will act,” said Jane Smith, “and soon.”", ["We will act, and soon."]),
    ("not split by other words", "They “aggressively” fought it, while Snapchat said it was “unacceptable”.", ["aggressively", "unacceptable"]),
    ("across paragraphs", "He said: “First part.\n“Second part.\n“Last part.”\nAfter.", ["First part. Second part. Last part."]),
    ("across paragraphs, never closed", "He said: “First part.\n“Second part.\nA new paragraph.", ["First part. Second part."]),
    ("unclosed quote ends with its paragraph", "He said: “First part.\nAnother paragraph with no quote.", ["First part."]),
    ("wrapped line of one paragraph", "He said: “This quote is\nwrapped by the editor.”\n\nNext paragraph.", ["This quote is wrapped by the editor."]),
    ("blank line ends a quote", "He said: “Open here.\n\nNo mark, so a new paragraph.”", ["Open here."]),
    ("CRLF paragraphs", "He said: “First part.\r\n“Second part.”\r\n", ["First part. Second part."]),
    # paragraphs joined into one long line: the next paragraph's opening mark is not a nested quote
    ("joined paragraphs, straight", f'He said: "First part. "Second part." After, in narrative.{LONG}', ["First part. Second part."]),
    ("joined paragraphs, curly", f"He said: “First part! “Second part.” After, in narrative.{LONG}", ["First part! Second part."]),
    ("joined paragraphs, three", f'He said: "One. "Two? "Three." Then the writer goes on.{LONG}', ["One. Two? Three."]),
    ("joined paragraphs, single", f"He said: ‘First part. ‘Second part.’ After, in narrative.{LONG}", ["First part. Second part."]),
    ("a nested quote mid-sentence stays nested", f'He said: "They told me "never" and I left."{LONG}', ['They told me "never" and I left.']),
    # the same in a short line: a mark like the quote's own opening a sentence inside it opens the next paragraph
    ("joined paragraphs, short line", 'He said: "He went on. "It could be early." I paused.\n', ["He went on. It could be early."]),
    ("joined paragraphs after a nested quote", "He said: \"She said 'no way.' \"Then we left.\" The end.", ["She said 'no way.' Then we left."]),
    ("joined paragraphs, then narrative and a new quote",
     'The mayor said: "We acted. "We will not stop." On tape he asks if she is a "spy". Ms Rowe replies: "No, I am not."',
     ["We acted. We will not stop.", "spy", "No, I am not."]),
    # a quote that never closes ends at its last full stop when narrative opens the next quote
    ("unclosed, then an attribution and a quote", 'Ann Lee said: "We lost three years. She added: "They wanted to break us."',
     ["We lost three years.", "They wanted to break us."]),
    ("unclosed, then narrative and a partial quote", 'He called it "only a start. Mr Dunn said staff wanted a pause after "great change".',
     ["only a start.", "great change"]),
    ("unclosed across paragraphs, then a new quote", 'She said: "It was hard.\n"We kept going. In reply, Mr Holt said: "Not so."',
     ["It was hard. We kept going.", "Not so."]),
    ("an opening mark against a word after a full stop opens nothing new", "He said: “We will act. We must.“ Then he left.\n",
     ["We will act. We must.“ Then he left."]),
    ("a nested straight quote with no full stop before it stays nested", 'He said: "I was the "baby of the house" back then."',
     ['I was the "baby of the house" back then.']),
    # a closing mark written apart from its words still closes
    ("closing mark after a comma and a space", 'Mr Pike said: "It can work, " he said. Critics call it "a gamble".', ["It can work,", "a gamble"]),
    ("closing mark after a full stop and a space", 'Tom Ash said: "It was a great year. " Ella Moss said: "We agree."',
     ["It was a great year.", "We agree."]),
]


@pytest.mark.parametrize(("construct", "text", "expected"), MARKS, ids=[m[0] for m in MARKS])
def test_quotation_marks(construct: str, text: str, expected: list[str]) -> None:
    assert [q.words for q in quotes_of(text)] == expected


# (construct, article, index of the quote, (name, title, organisation, how))
SPEAKERS = [
    ("X said:", "Jane Smith said: “We will act.”", 0, ("Jane Smith", None, None, "X said")),
    ("X added:", "Jane Smith added: “We will act.”", 0, ("Jane Smith", None, None, "X said")),
    ("X told the BBC:", "Jane Smith told the BBC: “We will act.”", 0, ("Jane Smith", None, None, "X said")),
    ("after: , she said", "Jane Smith spoke.\n“We will act,” she said.", 0, ("Jane Smith", None, None, "pronoun")),
    ("after: said X", "“We will act,” said Jane Smith.", 0, ("Jane Smith", None, None, "said X")),
    ("after: X said", "“We will act,” Jane Smith said.", 0, ("Jane Smith", None, None, "X said")),
    ("said X:", "Then said Jane Smith: “We will act.”", 0, ("Jane Smith", None, None, "said X")),
    ("according to X", "According to Jane Smith, “the plan will work”.", 0, ("Jane Smith", None, None, "according to")),
    ("name with title after", "Peter Wanless, NSPCC chief executive, said: “We cannot wait.”", 0,
     ("Peter Wanless", "chief executive", "NSPCC", "X said")),
    ("title before name", "NSPCC chief executive Peter Wanless said: “We cannot wait.”", 0,
     ("Peter Wanless", "chief executive", "NSPCC", "X said")),
    ("portfolio title", "Digital minister Margot James said: “We will act.”", 0, ("Margot James", "digital minister", None, "X said")),
    ("spokesman for an organisation", "A spokesman for the Home Office said: “We will act.”", 0,
     (None, "spokesman", "Home Office", "X said")),
    ("organisation's spokesperson", "A National Crime Agency spokesperson said: “We will act.”", 0,
     (None, "spokesperson", "National Crime Agency", "X said")),
    ("subject of a partial quote", "Peter Wanless, NSPCC chief executive, condemned the findings and accused the firms of “10 years of failure”.", 0,
     ("Peter Wanless", "chief executive", "NSPCC", "X said")),
    ("subject after a relative clause", "A spokesperson for Facebook, which owns Instagram, said safety was its “top priority”.", 0,
     (None, "spokesperson", "Facebook", "X said")),
    ("nearest speaker in the clause", "Instagram said they “aggressively” fought it, while Snapchat said it was “unacceptable”.", 1,
     ("Snapchat", None, None, "X said")),
    ("surname made whole", "Peter Wanless spoke first. Later Mr Wanless has stated it is “crucial”.", 0, ("Peter Wanless", None, None, "X said")),
    ("pronoun from the last person", "Peter Wanless, NSPCC chief executive, spoke.\nHe said: “We cannot wait.”", 0,
     ("Peter Wanless", None, None, "pronoun")),
    ("she: the last person, not the last body", "Margot James spoke. The Home Office said: “No comment.” She added: “We will act.”", 1,
     ("Margot James", None, None, "pronoun")),
    ("they: the last speaker", "A Snapchat spokesperson said it was “absolutely unacceptable”.\n“We go to great lengths,” they added.", 1,
     (None, "spokesperson", "Snapchat", "pronoun")),
    ("the spokesman again", "A spokesman for Facebook said it was a “priority”.\nThe spokesman added: “We work with the police.”", 1,
     (None, "spokesman", "Facebook", "the same speaker")),
    ("sentence before", "Jane Smith, the council leader, condemned the decision.\n“It is a disgrace.”", 0,
     ("Jane Smith", "council leader", None, "sentence before")),
    ("second quote of a sentence", "The NCA has stated its “vital” sites have “robust mechanisms” in place.", 1, ("NCA", None, None, "X said")),
    ("acronym made whole", "The National Crime Agency (NCA) spoke.\nA spokesman for the NCA said: “It is vital.”", 0,
     (None, "spokesman", "National Crime Agency", "X said")),
    ("relation", "Emily’s mother said: “We felt we had failed.”", 0, (None, "Emily’s mother", None, "X said")),
]


@pytest.mark.parametrize(("construct", "text", "index", "expected"), SPEAKERS, ids=[s[0] for s in SPEAKERS])
def test_speakers(construct: str, text: str, index: int, expected: tuple[str | None, ...]) -> None:
    speaker = quotes_of(text)[index].speaker
    assert speaker is not None
    assert (speaker.name, speaker.title, speaker.organisation, speaker.how) == expected


NO_SPEAKER = [
    ("crosshead", "The story.\n‘Overwhelming evidence’\nMore text follows here."),
    ("no attribution at all", "It was, in the words of many, “a disgrace”."),
    ("a pronoun with no one before", "“We will act,” she said."),
    ("a pronoun after a body, not a person", "The Treasury declined to comment.\n“We will act,” she said."),
    ("a pronoun after the tail of a body's name", "The Institute for Fiscal Studies said so.\n“We will act,” she said."),
]


@pytest.mark.parametrize(("construct", "text"), NO_SPEAKER, ids=[n[0] for n in NO_SPEAKER])
def test_no_speaker(construct: str, text: str) -> None:
    speaker = quotes_of(text)[0].speaker
    assert speaker is None or (speaker.name, speaker.title, speaker.organisation) == (None, None, None)


def test_partial_and_closed() -> None:
    partial, whole = quotes_of("He called it “a disgrace”. She said: “We will act.”")
    assert partial.partial and not whole.partial
    (unclosed,) = quotes_of("He said: “It goes on\nNew paragraph.")
    assert not unclosed.closed and unclosed.text == "“It goes on"


def test_positions_point_into_the_original() -> None:
    text = "Intro line.\r\nHe said: “We will act,” she said, “and soon.”\r\n"
    (q,) = quotes_of(text)
    assert text[q.start : q.end] == q.text == "“We will act,” she said, “and soon.”"
    assert (q.line, q.column, q.end_line, q.end_column) == (2, 10, 2, 46)
    assert [text[a:b] for a, b in q.parts] == ["We will act,", "and soon."]


SEED_QUOTES = {
    "report-1.txt": [
        ("10 years of failed self-regulation", "Peter Wanless"), ("we cannot wait for the next tragedy", "Peter Wanless"),
        ("crucial", "Peter Wanless"), ("These figures are overwhelming evidence", "Peter Wanless"),
        ("powerful sanction regime", "Margot James"), ("There will be a powerful sanction regime", "Margot James"),
        ("top priority", "Facebook"), ("Keeping young people safe on our platforms", "Facebook"),
        ("vital", "National Crime Agency"), ("robust mechanisms", "National Crime Agency"),
        ("It is vital that online platforms", "National Crime Agency"),
    ],
    "report-2.txt": [
        ("aggressively", "Instagram and Facebook"), ("unacceptable", "Snapchat"), ("fully reflect the scale of the issue", None),
        ("We exchanged texts which quickly became sexual", None), ("It escalated very quickly from there.", "Emily"),
        ("We felt as though we had failed as parents", None), ("Overwhelming evidence", None),
        ("10 years of failed self-regulation", "Peter Wanless"), ("These figures are overwhelming evidence", "Peter Wanless"),
        ("Robust processes", None), ("It is vital that online platforms", "National Crime Agency"),
        ("top priority. We use advanced technology", "Facebook"), ("absolutely unacceptable", "Snapchat"),
        ("We go to great lengths", "Snapchat"), ("engaged tech firms", "Home Office"), ("innovation call", None),
    ],
}


@pytest.mark.parametrize("name", sorted(SEED_QUOTES))
def test_seed_quotes_golden(name: str) -> None:
    path = SEEDS / name
    found = quotations(Source.build(name, path.read_text(encoding="utf-8")))
    got = [(q.words, q.speaker and (q.speaker.name or q.speaker.organisation)) for q in found]
    assert len(got) == len(SEED_QUOTES[name])
    for (words, who), (prefix, expected) in zip(got, SEED_QUOTES[name]):
        assert words.startswith(prefix)
        assert who == expected, words


def test_seed_quote_across_paragraphs_with_its_bracket() -> None:
    found = quotations(Source.build("r2", (SEEDS / "report-2.txt").read_text(encoding="utf-8")))
    facebook = next(q for q in found if q.words.startswith("top priority"))
    assert facebook.words.endswith("CEOP [Child Exploitation and Online Protection] to aggressively fight this type of content and protect young people.")
    assert len(facebook.parts) == 2 and facebook.cuts == (True,)
    nca = next(q for q in found if q.words.startswith("It is vital"))
    assert not nca.closed and nca.words.endswith("alert platforms to potential offending.")


_MARK_TEXT = st.lists(st.sampled_from(list("ab .,:\n\"'“”‘’«»[]…") + ["He said", "Jane Smith", "she added"]), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(_MARK_TEXT)
def test_quotes_spans_hold(text: str) -> None:
    source = Source.build("t.txt", text)
    for q in quotations(source):
        assert text[q.start : q.end] == q.text
        assert all(q.start <= a < b <= q.end for a, b in q.parts)
        assert len(q.cuts) == len(q.parts) - 1
        assert source.position(q.start) == (q.line, q.column)
        if q.speaker is not None:
            assert 0 <= q.speaker.start <= q.speaker.end <= len(text)


def test_markdown_wrapped_quote_keeps_positions(tmp_path) -> None:
    from checker.sources import read_sources

    text = ("---\ntitle: A story\n---\n# Heading with “no speaker here”\n\n"
            "Jane Smith, the *council* leader, said: “We will act,\nand we will act **soon**.”\n\nNext paragraph.\n")
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    (source,) = read_sources([str(path)], print)
    found = quotations(source)
    quote = found[-1]
    assert text[quote.start : quote.end] == quote.text == "“We will act,\nand we will act **soon**.”"
    assert quote.speaker is not None and (quote.speaker.name, quote.speaker.title) == ("Jane Smith", "council leader")
    assert (quote.line, quote.column) == (6, 41)
    assert quote.words == "We will act, and we will act soon."


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_quotations_never_raise(text: str) -> None:
    for q in quotations(Source.build("t.txt", text)):
        assert text[q.start : q.end] == q.text
