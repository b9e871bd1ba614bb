"""An article's names are scanned by the standard engine where its letters are all ASCII: the same names as the regex
module's patterns find, and the regex module's reading wherever a letter is not ASCII."""

from __future__ import annotations

import pytest

from checker.extract.named import _PERSON_PLAIN, _TITLED_SURNAME, _TITLED_SURNAME_PLAIN, PERSON, Named

# invented copy in the families of real copy: titles, honorifics, initials, hyphens, possessives, curly apostrophes,
# runs of capitals, names against marks and dashes
ASCII_COPY = [
    "Prime Minister Tony Marsh said on Monday that Mr Hale had gone.",
    "Dr. Ida Frost and Mrs Ada Okafor-Dunne spoke; Sen. J. R. Lowell did not.",
    "“We will act,” said Ms Noor Bell — the head of the Leeds Trust Fund.",
    "Ireland’s Alan Cragg beat O’Brien Smith. McNab Hart-Lee won. The BBC’s Ron Vale said so.",
    "Lord Hale, Sir Alan Moss and Dame Ann Wu met Prof Eve Stone at St. Mary’s.",
    "x.Jo Hart, xJo Hart and 'Jo Hart' met \u00a0Ana Ruiz\u00a0Diaz; Mr\u00a0Lund said £5 and 20°.",
    "AND THE WINNER IS Jo Hart. Said Tom Reed: “No.” Mr. Hale-Bopp. Mrs Dunne’s plan. Mr Lee Ray.",
]


@pytest.mark.parametrize("text", ASCII_COPY)
def test_the_standard_engine_finds_the_same_names(text: str) -> None:
    assert [m.span() for m in _PERSON_PLAIN.finditer(text)] == [m.span() for m in PERSON.finditer(text)]
    assert [(m.span(), m.span(1)) for m in _TITLED_SURNAME_PLAIN.finditer(text)] == [
        (m.span(), m.span(1)) for m in _TITLED_SURNAME.finditer(text)]


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
