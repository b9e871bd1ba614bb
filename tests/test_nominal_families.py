"""A verb and the noun of its act count one thing across reports: "people complained" and
"complaints", "signed" and "signatures", "applied" and "applications", "were admitted" and
"admissions"; a different thing counted near the same words stays apart."""

from __future__ import annotations

import pytest

from tests.test_extract_readings import two_reports_disagree


@pytest.mark.parametrize("a, b", [
    ("The watchdog received 2,400 complaints about the Harlow advert.", "Some 3,100 people complained to the watchdog about the Harlow advert."),
    ("More than 250,000 people have signed the petition to save Lowther library.", "The petition to save Lowther library has drawn more than 320,000 signatures."),
    ("Some 3,000 people applied for the posts at the Kestrel depot.", "The posts at the Kestrel depot drew 3,800 applications."),
    ("Last winter 1,200 patients were admitted to Marsh Road hospital with asthma.", "Marsh Road hospital recorded 1,450 asthma admissions last winter."),
    ("GPs in Elstow referred 640 patients to the clinic in its first year.", "The Elstow clinic took 820 referrals from GPs in its first year."),
    ("Some 4,200 people registered for the Harwell half marathon.", "The Harwell half marathon has taken 5,000 registrations."),
    ("The Halden registry recorded 1,100 marriages last year.", "Last year 940 couples were married in Halden, the registry said."),
    ("The scheme received 410 submissions from architects.", "Architects submitted 470 designs to the scheme."),
    # what people did, counted as acts: "residents objected" / "objections", "people were infected" / "infections"
    ("Around 250 residents objected to the Dunmore wind farm plans.", "The Dunmore wind farm plans drew 310 objections."),
    ("Health officials said 870 people were infected in the Tarrow outbreak.", "The Tarrow outbreak has caused 910 infections, health officials said."),
    ("Couriers at the Stanway depot made 11,000 deliveries on Christmas Eve.", "On Christmas Eve couriers at the Stanway depot delivered 9,000 times."),
])
def test_a_verb_and_its_noun_are_one_quantity(a: str, b: str) -> None:
    assert two_reports_disagree(a, b)


@pytest.mark.parametrize("a, b", [
    # the same figure told by the verb and by the noun agrees
    ("The watchdog received 2,400 complaints about the Harlow advert.", "Some 2,400 people complained to the watchdog about the Harlow advert."),
    ("More than 250,000 people have signed the petition to save Lowther library.", "The petition to save Lowther library has drawn more than 250,000 signatures."),
    # people are not the things beside them in their sentence: votes are no voters, posts no applicants, beds no patients
    ("The Greens won 12,400 votes in Eastfield.", "In Eastfield 31,000 voters went to the polls."),
    ("Some 3,000 people applied for the posts at the Kestrel depot.", "The Kestrel depot has filled 45 posts after a recruitment drive."),
    ("About 600 patients waited for beds at Corby General last week.", "Corby General had 450 beds free last week."),
    ("Some 900 passengers were stranded at Pellow airport when flights were cancelled.", "At Pellow airport 40 flights were cancelled."),
    # complaints upheld are a part of those made, not all of them
    ("The watchdog received 2,400 complaints about the Harlow advert.", "The watchdog upheld 310 of the complaints about the Harlow advert."),
])
def test_different_things_or_agreeing_tellings_are_not_flagged(a: str, b: str) -> None:
    assert not two_reports_disagree(a, b)
