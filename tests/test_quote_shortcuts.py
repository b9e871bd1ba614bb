"""Shortcuts of quote reading give what the full reading gives: table tests, and both readings over every fixture."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

import pytest

from checker.extract import antecedents, attribution, named
from checker.extract import speakers as sp
from checker.extract.cast import Article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def full_opening(text: str, start: int, end: int) -> sp.Stated | None:
    """The opening run of text[start:end] read from all its words (what the shortcut must agree with)."""
    window = text[start:end]
    found = sp._phrase(window, sp._words(window, 0, len(window)), len(window), False)
    return None if found is None else found._replace(start=found.start + start, end=found.end + start)


# (family, window, the speaker words its opening run reads, or None, whether the words after the first cut are read)
OPENINGS = [
    ("a name, then its verb", "Jane Okafor-Dunne said the council had promised a new bridge over the river by the spring", "Jane Okafor-Dunne", False),
    ("a title and name, then narrative", "Harbour board chair Tomas Lindqvist told a meeting on Tuesday that the plan had stalled", "Harbour board chair Tomas Lindqvist",
     False),
    ("a run of title words past the cut", "The deputy assistant director of communications and strategic planning for the regional health "
     "authority said nothing", "The deputy assistant director", True),
    ("capitalised words past the cut", "Greater Westbury And District Allotment Holders Mutual Benefit Association Trustees said so",
     "Greater Westbury And District Allotment Holders Mutual Benefit Association Trustees", True),
    ("leading words only before the cut", "But " * 16 + "Ada Moss said the vote was close", "Ada Moss", True),
    ("a parenthesis before the cut", "Rep. Lena Ostrova (D-Ore.) told reporters on the steps of the building that she was leaving", "Rep. Lena Ostrova", False),
    ("a parenthesis after the cut", "Omar Reyes, who leads the regional fishing association of the northern coast (RFA), said", "Omar Reyes", False),
    ("a word that only opens the sentence", "Research by the university over many years showed that the rivers were cleaner", "Research",
     False),
    ("no speaker at the opening", "In the years after the war the rivers of the region were cleaner than they had been before", None, False),
    ("a pronoun", "She told the committee that the figures had been checked by two separate firms of auditors", "She", False),
]


@pytest.mark.parametrize(("family", "window", "expected", "past_cut"), OPENINGS, ids=[o[0] for o in OPENINGS])
def test_an_opening_run_read_first_agrees_with_all_its_words(family: str, window: str, expected: str | None, past_cut: bool) -> None:
    text = "Intro. " + window
    start, end = 7, min(len(text), 7 + sp.PHRASE_REACH)
    found = sp._noun_phrase(text, start, end, False)
    assert found == full_opening(text, start, end)
    assert (found.text if found else None) == expected
    cut = text.find(" ", start + sp._OPENING_READ, end)
    if cut > 0 and "(" not in text[start:cut]:
        with pytest.raises(sp._Unfinished) if past_cut else nullcontext():
            sp._phrase(text, sp._words(text, start, cut), cut, False, complete=False)


def _fixture_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.md"))]


def test_both_readings_agree_on_every_sentence_opening_of_the_fixtures() -> None:
    """The opening run of every sentence of every fixture, and of every clause after a comma, read both ways."""
    texts = _fixture_texts()
    assert texts, "no fixtures"
    windows = 0
    for text in texts:
        for start, end in Article(text).sentences:
            for at in [start, *[i + 1 for i in range(start, end) if text[i] == ","]]:
                stop = min(end, at + sp.PHRASE_REACH)
                if stop - at > sp._OPENING_READ:
                    windows += 1
                    assert sp._noun_phrase(text, at, stop, False) == full_opening(text, at, stop), text[at:stop]
    assert windows > 1000


# (family, sentence, the subject read, with the title its appositive gives)
SUBJECTS = [
    ("a name, a title between commas", "Jane Moss, the charity's chief executive, said it was late.", ("Jane Moss", "chief executive")),
    ("a name, a comma, no second", "Jane Moss, said to be angry, left the room.", ("Jane Moss", None)),
    ("a name and place, then a title", "Jane Moss of Leeds, a nurse, said it was late.", ("Jane Moss", "nurse")),
    ("a caption first", "Image caption Omar Reyes said the port would close.", ("Omar Reyes", None)),
    ("a caption, then an appositive", "Photo caption Ivo Ruiz, a teacher, said he was thrilled.", ("Ivo Ruiz", "teacher")),
    ("a caption far into the sentence", "Ivo Ruiz, a teacher who once wrote the image caption for a paper, said so.", ("Ivo Ruiz", None)),
    ("words before the first comma", "Ada Lark told the court, a lawyer, that she was sorry.", ("Ada Lark", None)),
    ("a dash closing the appositive", "Ada Lark, a lawyer — and a mother — said so.", ("Ada Lark", "lawyer")),
]


@pytest.mark.parametrize(("family", "sentence", "expected"), SUBJECTS, ids=[s[0] for s in SUBJECTS])
def test_the_subject_at_a_sentence_head_with_its_appositive(family: str, sentence: str, expected: tuple[str, str | None]) -> None:
    article = Article(sentence)
    head = antecedents.sentence_subject(article, 0, len(sentence))
    assert head is not None and (head.name, head.title) == expected


# (family, text after a quote's closing mark, where its clause ends: the text up to it)
CLAUSES = [
    ("a full stop after a verb", ", she replied. Then the vote", ", she replied"),
    ("a full stop after a short word", ", he said. Then the vote", ", he said"),
    ("an honorific's full stop", ", said Rep. Jo Hart. Then", ", said Rep. Jo Hart"),
    ("initials", ", said G.K. Hart of Leeds. Then", ", said G.K. Hart of Leeds"),
    ("a state's abbreviation", ", said Ana Ruiz of Calif. on Monday; then", ", said Ana Ruiz of Calif. on Monday"),
    ("an initial of one letter", ", said John F. Kerry! Then", ", said John F. Kerry"),
    ("a long word before the stop", ", announced Westminster. Then", ", announced Westminster"),
    ("no end in reach", ", said Ada Lark of the port authority", ", said Ada Lark of the port authority"),
]


@pytest.mark.parametrize(("family", "after", "clause"), CLAUSES, ids=[c[0] for c in CLAUSES])
def test_a_clause_after_a_quote_ends_at_a_stop_that_closes_no_abbreviation(family: str, after: str, clause: str) -> None:
    text = "“We will,”" + after
    a = len("“We will,”")
    assert text[a : attribution._clause_end(text, a, len(text))] == clause


TITLED = [
    ("each honorific", "Mr Hale met Mrs Frost, Ms Lund, Miss Ruiz, Dr Okafor, Sir Alan, Dame Ida, Lord Moss and Lady Vance.",
     ["Hale", "Frost", "Lund", "Ruiz", "Okafor", "Alan", "Ida", "Moss", "Vance"]),
    ("a full stop after it", "Mr. Hale and Dr. Lund spoke.", ["Hale", "Lund"]),
    ("inside a word: none", "Emrys and Madrid and Bessir Hale.", []),
    ("a name in full: none", "Mr John Hale said so.", []),
    ("an honorific as a name", "Dr Sir spoke, then Mr Lady.", ["Sir", "Lady"]),
]


@pytest.mark.parametrize(("family", "text", "surnames"), TITLED, ids=[t[0] for t in TITLED])
def test_names_by_honorific_and_surname(family: str, text: str, surnames: list[str]) -> None:
    found = named._titled_surnames(text)
    assert [m[1] for m in found] == surnames
    assert [m.span() for m in found] == [m.span() for m in named._TITLED_SURNAME.finditer(text)]


def test_names_by_honorific_found_alike_in_every_fixture() -> None:
    for text in _fixture_texts():
        assert [m.span() for m in named._titled_surnames(text)] == [m.span() for m in named._TITLED_SURNAME.finditer(text)]
