"""Sentence splitting: end punctuation, blank lines, and line breaks that wrap a sentence."""

from __future__ import annotations

import pytest

from checker.extract.context import Wrapping, sentences

WRAPPED = (  # hard-wrapped at about 45 characters, as wire copy and mail archives are
    "Border agents said the police arrested 42\n"
    "people, mostly men, who were detained on\n"
    "Sunday near the crossing. Officials added\n"
    "that more than 1,000 people tried to cross\n"
    "the line in vehicle lanes, then through the\n"
    "gaps in the fence. The senator, Sen.\n"
    "Maria Lopez, wrote about the clash on\n"
    "Nov. 25 in a post that was later deleted.\n"
    "\n"
    "Background\n"
    "The caravan set off from the south in\n"
    "October and reached the city last week.\n"
)


def _texts(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text)]


@pytest.mark.parametrize("text, expected", [
    # in wrapped copy a line break inside a sentence is a space
    (WRAPPED, [
        "Border agents said the police arrested 42\npeople, mostly men, who were detained on\nSunday near the crossing.",
        "Officials added\nthat more than 1,000 people tried to cross\nthe line in vehicle lanes, then through the\ngaps in the fence.",
        "The senator, Sen.\nMaria Lopez, wrote about the clash on\nNov. 25 in a post that was later deleted.",
        "Background",  # a short line is a heading
        "The caravan set off from the south in\nOctober and reached the city last week.",
    ]),
    # unwrapped copy: a line break ends a sentence, unless the next line goes on in lower case
    ("Headline of the story here\nThe body starts here. It goes on\nand on.\n\nNext one.",
     ["Headline of the story here", "The body starts here.", "It goes on\nand on.", "Next one."]),
    ("A list\nFirst item\nSecond item", ["A list", "First item", "Second item"]),
    ("One paragraph on a single long line that ends properly.\nAnother paragraph on its own line.",
     ["One paragraph on a single long line that ends properly.", "Another paragraph on its own line."]),
    # paragraphs joined without a blank: a word's stop then a capitalised word
    ("Shares fell on Wednesday.The dollar rose.", ["Shares fell on Wednesday.", "The dollar rose."]),
    ("The U.S.Army said so.", ["The U.S.Army said so."]),  # an abbreviation's stops are no ends
    # "no." is an abbreviation before a number, and a word that ends a sentence before anything else
    ("He lives at No. 10 and works at No. 12.", ["He lives at No. 10 and works at No. 12."]),
    ("Fifty-one, yes; fifty-two, no. Another survey put it otherwise.", ["Fifty-one, yes; fifty-two, no.", "Another survey put it otherwise."]),
    ("The answer was no. Officials said so.", ["The answer was no.", "Officials said so."]),
    ("See fig. 3 and vol. 2 of the report.", ["See fig. 3 and vol. 2 of the report."]),
    # a blank line always ends a sentence, even without a stop
    ("a line with no stop\n\nand a lower-case line", ["a line with no stop", "and a lower-case line"]),
    ("Windows line ends go on\r\nin lower case.\r\n\r\nNew.", ["Windows line ends go on\r\nin lower case.", "New."]),
])
def test_sentences(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize("text, wrapped", [
    (WRAPPED, True),
    ("Short.\nLines.\nThat.\nAll.\nEnd.\nWith.\nStops.", False),  # each line ends a sentence
    ("x " * 80 + "\n" + "y " * 80 + "\n" + "z " * 80 + "\nw\nv\nu", False),  # lines too long to be a wrap
    ("too\nfew\nlines", False),
])
def test_wrapping_detected(text: str, wrapped: bool) -> None:
    assert bool(Wrapping(text).width) is wrapped


def test_name_wrapped_across_lines_is_one_name() -> None:
    from checker.extract import extract
    from checker.model import Source

    text = WRAPPED.replace("Sen.\nMaria Lopez, wrote", "Sen. Maria\nLopez, wrote")
    claims = extract(Source.build("a.txt", text))
    assert ["Maria Lopez" in c.entities for c in claims if c.text == "Nov. 25"] == [True]
