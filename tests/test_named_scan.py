"""An article's names in full are scanned with a lookahead that passes most capitals at once: it finds every name the
pattern without it finds, and no other, names beyond ASCII among them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex

from checker.extract.named import _HONORIFIC, NAME_WORD, PARTICLE, PERSON, Named

# the pattern of a name in full as it reads without the lookahead
WITHOUT = regex.compile(rf"(?=\p{{Lu}})(?<![\w’'.])(?:(?:{_HONORIFIC})\.?[ \u00a0])?(?:{NAME_WORD}[ \u00a0](?:{PARTICLE}){{0,2}}){{1,4}}{NAME_WORD}")

# invented copy in the families of real copy: titles, honorifics, initials, hyphens, possessives, curly apostrophes,
# runs of capitals, names against marks and dashes
COPY = [
    "Prime Minister Tony Marsh said on Monday that Mr Hale had gone.",
    "Dr. Ida Frost and Mrs Ada Okafor-Dunne spoke; Sen. J. R. Lowell did not.",
    "“We will act,” said Ms Noor Bell — the head of the Leeds Trust Fund.",
    "Ireland’s Alan Cragg beat O’Brien Smith. McNab Hart-Lee won. The BBC’s Ron Vale said so.",
    "Lord Hale, Sir Alan Moss and Dame Ann Wu met Prof Eve Stone at St. Mary’s.",
    "x.Jo Hart, xJo Hart and 'Jo Hart' met \u00a0Ana Ruiz\u00a0Diaz; Mr\u00a0Lund said £5 and 20°.",
    "AND THE WINNER IS Jo Hart. Said Tom Reed: “No.” Mr. Hale-Bopp. Mrs Dunne’s plan. Mr Lee Ray.",
    "Élodie Marchand met Zoë Ćosić and Jürgen Weiß; Dr.\u00a0Ana Núñez-Ortiz and Ο Γιάννης Παπαδόπουλος spoke.",
    "J.\tR. Lowell, J. R.\u00a0Lowell and A.B. Cole met Tom\tReed,Tom Reed and Tom  Reed.",
    "Ana de la Fuente met Piet van der Berg and Kate O'Hara; Seán Ó Riada, De la Fuente and Mr McAdam spoke, then de Groot.",
]


@pytest.mark.parametrize("text", COPY)
def test_the_lookahead_keeps_every_name(text: str) -> None:
    assert [m.span() for m in PERSON.finditer(text)] == [m.span() for m in WITHOUT.finditer(text)]
    for a in range(0, len(text), 7):  # and read from any place, to any place (as a sentence's opening is read)
        assert [m.span() for m in PERSON.finditer(text, a, len(text) - a // 2)] == [
            m.span() for m in WITHOUT.finditer(text, a, len(text) - a // 2)]


@pytest.mark.parametrize(("text", "word", "full"), [
    ("Élodie Marchand spoke first. Marchand said no.", "Marchand", "Élodie Marchand"),
    ("Zoë Ćosić spoke first. Ćosić said no.", "Zoë", "Zoë Ćosić"),
    ("The minister, Jürgen Weiß, spoke. Weiß said no.", "Weiß", "Jürgen Weiß"),
    ("Ada Lark spoke first. Lark said no.", "Lark", "Ada Lark"),  # all ASCII
])
def test_names_with_letters_beyond_ascii_are_read(text: str, word: str, full: str) -> None:
    assert Named(text).full_name(word) == full


def test_a_titled_surname_beyond_ascii_is_a_mention() -> None:
    named = Named("Mrs Núñez spoke. Then she left.")
    assert [m[2] for m in named.mentions()] == ["Núñez"]


# the pattern as it read before: each word with the blank after it, then the last word (a name of two words was read
# as two words and blanks, then backed off); PERSON reads the first word, then each further word with its blank
WORD_THEN_BLANK = regex.compile(rf"(?=\p{{Lu}}\S*+[ \u00a0](?:\p{{Lu}}|{PARTICLE}))(?<![\w’'.])(?:(?:{_HONORIFIC})\.?[ \u00a0])?"
                                rf"(?:{NAME_WORD}[ \u00a0](?:{PARTICLE}){{0,2}}){{1,4}}{NAME_WORD}")
RUNS = [
    "Ann Lee said so.", "Ann May Lee said so.", "Ann May Joy Lee said so.", "Ann May Joy Kay Lee said so.",
    "Ann May Joy Kay Rae Lee Moss said so.", "Ann Lee Said so.", "Ann Lee. Tom Reed", "Ann Lee Tom Reed Ida Frost Jo Hart.",
    "Piet van der Berg Jones met Ana de la Fuente de Soto.", "Piet van der van Berg left.", "Lee van Berg's plan.",
    "Mr Tom O'Neill-Hart McNab met Dr. J. R. Lowell Smith.", "MacDonald MacAllister Mac Lee", "Ó Riada Seán Ó Riada.",
    "Tom Reed\u00a0Jones\u00a0de Vries, Tom  Reed and Tom\tReed.", "Ann Lee’s Tom Reed's O’Brien Ó’Brien",
]


@pytest.mark.parametrize("text", RUNS + COPY)
def test_each_word_read_with_the_blank_before_it_finds_the_same_names(text: str) -> None:
    assert [m.span() for m in PERSON.finditer(text)] == [m.span() for m in WORD_THEN_BLANK.finditer(text)]


REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real-news"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_each_word_read_with_the_blank_before_it_finds_the_same_names_in_the_fixtures() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.md"))]
    assert texts, "no fixtures"
    for text in texts:
        assert [m.span() for m in PERSON.finditer(text)] == [m.span() for m in WORD_THEN_BLANK.finditer(text)]


@pytest.mark.skipif(not (REAL / "polnear-dev.jsonl").exists(), reason="../shared/real-news/ is not beside the project")
def test_each_word_read_with_the_blank_before_it_finds_the_same_names_in_real_copy() -> None:
    for path in (REAL / "bbc-2004-dev.jsonl", REAL / "polnear-dev.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text", "") if line.strip() else ""
            assert [m.span() for m in PERSON.finditer(text)] == [m.span() for m in WORD_THEN_BLANK.finditer(text)]
