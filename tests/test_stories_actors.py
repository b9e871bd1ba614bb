"""Actors: a person named with the body they act for is one actor, and two articles sharing only
that actor (a firm and its chief executive, a party and its leader, a team and its captain) are
not one story unless their subject is shared too. Invented reports throughout."""

from __future__ import annotations

from collections import Counter

import pytest

from checker import stories
from checker.extract import extract
from checker.model import Source
from checker.stories.actors import Cast, cast, ties

# A cable firm and its chief executive, quoted in reports on two subjects; the second told twice.
BOX = ("Stravane to sell recording box\n\nCable operator Stravane is to sell a set-top box with a hard drive that "
       "records up to 90 hours of television, taking on satellite rivals. Viewers will be able to pause and rewind "
       "live broadcasts and record two channels at once. \"Our customers have waited for this and it will be in "
       "shops by the spring,\" said Stravane chief executive Odile Marchbank. Stravane has not said what the box "
       "will cost. Analysts expect recorders to replace video cassette machines in most homes within five years.\n")
CUTS = ("Stravane to cut 640 call centre jobs\n\nStravane is to close its call centre in Dunmarrow with the loss of "
        "640 jobs, moving the work to a site in Kelsby. The Communication Workers' branch in Dunmarrow called the "
        "closure a betrayal of loyal staff. Odile Marchbank, chief executive of Stravane, said the cable firm had "
        "to cut costs after losing subscribers. Staff were told of the closure at a meeting on Monday.\n")
CUTS_AGAIN = ("Dunmarrow call centre to shut\n\nCable company Stravane will shut its Dunmarrow call centre, putting "
              "640 people out of work, and move the jobs to Kelsby. Union officials said staff had been betrayed. "
              "\"We have to cut costs,\" said Stravane chief executive Odile Marchbank, blaming falling subscriber numbers.\n")
# A party and its leader: a hospital closure and a tax pledge.
WARD = ("Ward closure angers Tollmere\n\nPlans to close the children's ward at Tollmere General Hospital drew 3,000 "
        "people to a march through the town on Saturday. Nurses said families would face a 40-mile journey to the "
        "nearest paediatric unit. Veldmark Alliance leader Brannock Hale told the crowd the closure was a false "
        "economy. The health trust said the ward was too small to keep safe.\n")
TAX = ("Alliance pledges fuel duty freeze\n\nThe Veldmark Alliance would freeze fuel duty for five years and pay for it "
       "by taxing airline tickets, its manifesto says. Brannock Hale, the leader of the Veldmark Alliance, said drivers "
       "in rural areas had been squeezed for too long. Economists said the airline levy would raise less than the "
       "party claimed.\n")
TAX_AGAIN = ("Fuel duty freeze promised\n\nDrivers would see fuel duty frozen for five years under Veldmark Alliance plans, "
             "paid for by a levy on airline tickets. \"Rural drivers have been squeezed for too long,\" said Veldmark "
             "Alliance leader Brannock Hale. Some economists doubt the levy would raise enough.\n")
# A former chief executive on trial: he is what both reports are about, named again and again.
TRIAL = ("Marchbank denies fraud at Stravane\n\nFormer Stravane chief executive Odile Marchbank told a jury she had not "
         "known of the accounting fraud at the cable firm. Marchbank said junior staff had hidden losses from her. "
         "Prosecutors say Marchbank approved the false accounts. Marchbank faces up to ten years in prison.\n")
TRIAL_AGAIN = ("Marchbank tells jury of hidden losses\n\nOdile Marchbank, the former chief executive of Stravane, said "
               "junior staff hid losses at the cable firm from her. Marchbank denies fraud. Lawyers for Marchbank say "
               "the prosecution rests on one witness. If convicted, Marchbank could be jailed for ten years.\n")


def _grouped(*texts: str) -> list[tuple[str, ...]]:
    sources = [Source.build(f"{i}.txt", text) for i, text in enumerate(texts)]
    return [s.sources for s in stories.group(sources, {s.name: extract(s) for s in sources})]


@pytest.mark.parametrize("texts, expected", [
    # one actor and different subjects: not one story
    ((BOX, CUTS), [("0.txt",), ("1.txt",)]),
    ((BOX, CUTS_AGAIN), [("0.txt",), ("1.txt",)]),
    ((WARD, TAX), [("0.txt",), ("1.txt",)]),
    ((WARD, TAX_AGAIN), [("0.txt",), ("1.txt",)]),
    # one event reworded by two outlets, the same actor quoted in each: one story
    ((CUTS, CUTS_AGAIN), [("0.txt", "1.txt")]),
    ((TAX, TAX_AGAIN), [("0.txt", "1.txt")]),
    ((BOX, CUTS, CUTS_AGAIN), [("0.txt",), ("1.txt", "2.txt")]),
    ((TAX, WARD, BOX, TAX_AGAIN, CUTS_AGAIN), [("0.txt", "3.txt"), ("1.txt",), ("2.txt",), ("4.txt",)]),
    # a person named again and again is what the article is about, not a passing actor
    ((TRIAL, TRIAL_AGAIN), [("0.txt", "1.txt")]),
])
def test_one_actor_is_no_story(texts: tuple[str, ...], expected: list[tuple[str, ...]]) -> None:
    assert _grouped(*texts) == expected


def _words(text: str) -> Counter[str]:
    return Counter(w.strip(",.:;\"'").casefold() for w in text.split())


@pytest.mark.parametrize("text, expected", [
    ("said Stravane chief executive Odile Marchbank.", [({"stravane"}, {"odile", "marchbank"})]),
    ("Odile Marchbank, chief executive of Stravane, said", [({"stravane"}, {"odile", "marchbank"})]),
    ("Odile Marchbank, president and chief operating officer at Stravane Cable, said",
     [({"stravane", "cable"}, {"odile", "marchbank"})]),
    ("Amy Dunne, a spokeswoman for the Tarrow Trust, said no.", [({"tarrow", "trust"}, {"amy", "dunne"})]),
    ("Veldmark Alliance leader Brannock Hale told them", [({"veldmark", "alliance"}, {"brannock", "hale"})]),
    ("Stravane's finance director Ivo Brannagh left.", [({"stravane"}, {"ivo", "brannagh"})]),
    ("Tollmere Mayor Ansel Whitcombe said", [({"tollmere"}, {"ansel", "whitcombe"})]),
    ("Carrow captain Jed Mallory scored.", [({"carrow"}, {"jed", "mallory"})]),
    # a role with a name on one side only, or none
    ("Chief executive Orla Pennock said", []),
    ("Orla Pennock, its chief executive, said", []),
    ("the firm. Chief executive Orla Pennock said", []),
    ("The chief executive said the firm would grow.", []),
    ("In Tollmere, chief executive Orla Pennock said", []),
    ("a meeting with the executive committee", []),
])
def test_ties(text: str, expected: list[tuple[set[str], set[str]]]) -> None:
    assert [(set(body), set(person)) for body, person in ties(text, _words(text))] == expected


def test_a_person_named_often_is_prominent() -> None:
    text = "Stravane chief executive Odile Marchbank spoke. Marchbank said more. Then Marchbank left, and Marchbank wrote."
    found = cast(text, _words(text), Counter({"name:marchbank": 4, "name:stravane": 1, "name:odile": 1}))
    assert found.prominent == {"marchbank"} and found.ties == ((frozenset({"stravane"}), frozenset({"odile", "marchbank"})),)
    assert cast("No roles here.", _words("No roles here."), Counter()) == Cast()
