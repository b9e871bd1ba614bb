"""Cross-source alignment: figures that are one quantity however worded, and pairs never compared."""

from __future__ import annotations

from datetime import date

import pytest

from checker.align import align, check
from checker.extract import extract
from checker.meaning import describe
from checker.meaning.words import content, fold, name_key
from checker.model import Claim, Severity, Source


def _check(a: str, b: str, told: bool = False) -> list[tuple[str, ...]]:
    """The texts of each finding's locations; `told`: with the articles' texts, as `check` runs it
    (the protagonist of each is read)."""
    texts = {"a.txt": a, "b.txt": b}
    claims = {name: extract(Source.build(name, text)) for name, text in texts.items()}
    return [tuple(loc.text for loc in f.locations) for f in check(claims, None, texts if told else None)]


FLAGGED = [  # two reports of one figure, worded differently, that disagree
    ("paraphrase", "The ministry ordered its 14,000 civil servants to delete the game from their work phones.",
     "The ministry has ordered its 14,500 civil servants to remove the game from their work phones."),
    ("passive and active, synonyms", "Police said they arrested 42 people near the border crossing on Sunday.",
     "Officials said 69 migrants were detained near the border crossing on Sunday."),
    ("names of who acts are no names of what is counted", "On Sunday, US officials arrested 42 people near the border fence.",
     "On Sunday, CBP officials said 69 people were detained near the border fence."),
    ("range told by its ends", "The unit treats injuries that need care within 6 to 36 hours.",
     "The unit will treat injuries that need care within 6 to 24 hours."),
    ("named share", "Data show the app Instagram accounted for 33 percent of grooming offences.",
     "Instagram was used in 32% of the offences where a method was recorded. The charity asked Instagram to act."),
    ("hard-wrapped copy", "The fire destroyed the town and\nkilled at least 85 people in the\nvalley over the weekend, officials said.",
     "Officials said the fire that destroyed the town killed 79 people over the weekend."),
    ("a share in words against a percentage", "In all 60% of the members of the union voted for the strike.",
     "Half of the members of the union voted for the strike."),
    ("the date of one named thing", "The Senate passed in 2006 the Brenner Law, which granted waivers to seasonal farm workers.",
     "Since the 2004 Brenner Law granted waivers to seasonal farm workers, the matter has stayed in the news."),
    ("the year a law was made, told in unlike sentences", "In 2006, the Senate passed the Brenner Law, which kept the visa quota and offered shorter contracts.",
     "Growers have argued over the quota with every cabinet since the 2004 Brenner Law formally granting waivers."),
    ("the year a body was set up", "Two retired anglers founded the river charity Clearwater in 1987.",
     "The charity Clearwater, which two anglers set up in 1989, now campaigns against sewage."),
    ("the year someone was born", "The singer Mary Stone was born in 1961 in a mining village near Leeds.",
     "Mary Stone, born in 1963, left school at 16 to sing in clubs."),
    ("the year an act was passed, told in its name", "The 1998 Human Rights Act made the convention part of British law.",
     "The Human Rights Act, passed in 1999, made the convention part of British law."),
    ("the age of a named person, set beside the name", "Logan Reed, 15, was caught late on Friday trying to cross the border.",
     "Logan Reed, the 16-year-old from Ohio who was reported missing this week, is being questioned."),
    ("the age of a named person, before the name", "Police discovered the body of his aunt, 53-year-old Mary Fenn, in the shed.",
     "Detectives said Mary Fenn, 58, had been dead for several days when officers arrived."),
    ("the age of a person named by surname", "The actress Jane Morrow, 39, said she had the surgery last month.",
     "Morrow, 41, wrote about the decision in a newspaper column."),
    ("a duration told with its start", "The council backed the decision to impose a night curfew for a 45-day period from 12 March.",
     "On Monday the council backed the decision to impose a night curfew for 90 days."),
    ("a duration told on another day", "On Tuesday a judge agreed to prolong the custody of the two brothers by 30 days.",
     "The judge prolonged the custody of the two brothers by 60 days on Wednesday."),
    ("the first day of one span, told from a day of the month", "The council imposed a 90-day ban on street drinking from 1 March, after complaints from traders.",
     "Street drinking will be banned in the town centre for 90 days, beginning on 3 March, the mayor said."),
    ("the first day of one span, told as it starts", "Workers at the port will walk out for 48 hours starting 14 June over pay.",
     "A 48-hour strike by dock workers, due to start on 16 June, was confirmed by the union."),
    ("the first day of one span, told as effective", "A six-month trial of the new timetable, effective 2 September, was agreed by the board.",
     "Passengers will see the new timetable for six months from 9 September, the operator said."),
    ("a fine and a penalty", "The regulator fined the bank £500,000 over the leak of customer records.",
     "The bank said it would not appeal against the £650,000 penalty the regulator set over the leak."),
    ("one firm's share of a named whole", "Norvia will still control about 16% of Brazil's total steel output.",
     "Norvia controls 20% of Brazil's steel output, analysts said."),
    ("a term set by one body, told twice", "The trainer was suspended for two years by the federation.",
     "The trainer was suspended for four years by the federation after a hearing."),
    ("a first time, told of its subject", "Norvia opened its first branch in Portugal in 2018, to long queues.",
     "Norvia drew pickets when it first opened in Portugal in 2017, but it has come back."),
    ("a one-off event dated in its name", "Survivors of the 2004 Indian Ocean tsunami gathered in Aceh.",
     "Survivors of the 2005 Indian Ocean tsunami gathered in Aceh to remember."),
    ("an age beside a name after an opening phrase", "In Leeds, 34-year-old Tom Bell was charged with fraud.",
     "Tom Bell, 35, was charged with fraud in Leeds on Monday."),
    ("a body named with a time word after it", "The bank was fined £500,000 by regulators yesterday over the leak.",
     "The bank was fined £650,000 by regulators over the leak."),
    ("one body named two ways", "He was jailed for two years by a judge at the crown court.",
     "He was jailed for three years by Judge Anne Cole at the crown court."),
    ("two floors of round counts", "The dam burst on Thursday, killing three people and leaving more than 40 unaccounted for.",
     "A dam burst killed three workers and left over 50 others unaccounted for."),
    ("two shares in words", "Half of the members of the union voted for the strike.",
     "Three-fifths of the members of the union voted for the strike."),
    ("miles against kilometres", "The pipeline will run for 100 miles across the desert to the coast.",
     "The pipeline will run for 100km across the desert to the coast."),
    ("an age told in a short sentence", "The actor's father, Tom Reed, died of a stroke in 2007. He was 71.",
     "The actor said his father Tom Reed died of a stroke when he was 69."),
    ("a day of a month, no year", "The council backed a decision to impose a night curfew for a 45-day period from 12 March.",
     "The council backed the decision to impose a night curfew for a 45-day period from 14 March."),
    ("a year", "The chain drew pickets when it first opened a branch in Greece in 2018.",
     "The chain drew a picket when it first opened in Greece in 2017."),
    ("a share of an owner's whole", "A third of the 900 pupils passed the test.",
     "Some 45% of the school's 900 pupils passed the test."),
    ("a period", "The inquiry looked at every case of the disease between 2003 and 2014 in the province.",
     "The inquiry looked at every case of the disease between 2003 and 2012 in the province."),
    ("a word of place that is no scope", "The blast killed 30 people at 9am local time in the market.",
     "The blast killed 45 people in the market."),
    ("an adjective of place in a name", "Local officials said 42 people were detained at the border crossing.",
     "Officials said 69 people were detained at the border crossing."),
    ("one age bound, two wordings", "Some 300 children aged 12 were tested at the clinic.",
     "Some 450 12-year-old children were tested at the clinic."),
    ("a running figure of one moment", "The fire is now 95% contained, officials said.",
     "The fire is now 100% contained, officials said."),
    ("a measure each source states once, loosely worded", "His father died of heart failure at the age of 62.",
     "The singer says his father Paul Ashby died when he was 58 and means to slow down."),
    ("a duration each source states once", "A judge on Tuesday agreed to prolong the custody of the two brothers by 30 days.",
     "The two brothers will spend a further 60 days in custody while the inquiry goes on."),
    ("paraphrased sentences: the one figure of a measure in each", "A judge in Lyon on Friday let prosecutors keep former cyclist "
     "Paul Marchand in custody on suspicion of fraud and of running a betting ring for another 45 "
     "days. He has now been held for 12 weeks. The team he rode for won 3 titles in 2009. Its sponsor paid $4m a year.",
     "Former cyclist Paul Marchand must spend a further 90 days behind bars as prosecutors look into the claims of fraud."),
    ("one figure given for two periods", "Over the whole of 2025, the firm expects sales of $5bn. Its shares rose 4% "
     "in 2024, and it paid $2bn in dividends in 2022.",
     "The firm guided for revenue of $5bn in 2026."),
    ("a school's pupils and its students", "Enrolment at Hartfield High stands at 840 pupils.",
     "Hartfield High, which has 920 students, plans a new wing."),
    ("students and schoolchildren", "The fire forced 300 students out of Brook Lane School on Monday.",
     "Some 350 schoolchildren were led out of Brook Lane School on Monday as the fire spread."),
    ("rescued and brought out", "Firefighters rescued 40 people from the Kestrel Court tower block on Sunday.",
     "Some 52 residents were brought out of the Kestrel Court tower block by firefighters on Sunday."),
    ("people killed and a death toll told as its clause's subject", "Six people were killed when a lorry hit a tram in Graz on Monday.",
     "The death toll from Monday's tram crash in Graz stands at nine, police said."),
    ("people killed and the number of dead", "The floods killed 30 people in Sylhet this week.",
     "The number of dead from this week's floods in Sylhet has reached 45, officials said."),
    ("an age told before the name, in apposition", "Maria Nowak, 54, died after a fall at the depot in Hull.",
     "A 48-year-old woman, Maria Nowak, died after a fall at the depot in Hull."),
    ("an age in words before the name, in apposition", "Tomasz Wrona, 31, was hurt at the depot in Hull.",
     "A thirty-six-year-old forklift driver, Tomasz Wrona, was hurt at the depot in Hull."),
    ("thefts and things reported stolen", "Police in Perth recorded 2,300 car thefts last year.",
     "Some 2,900 cars were reported stolen in Perth last year, police said."),
    ("bicycles and bikes", "Volunteers repaired 340 bicycles at the Leith depot this spring.",
     "Volunteers fixed 420 bikes at the Leith depot this spring."),
    ("an election told as going to the polls", "Voters in the Ashby ward go to the polls on Thursday 3 June 2027.",
     "The Ashby ward by-election will be held on 4 June 2027."),
    ("people on board and the passengers", "The ferry was carrying 212 passengers when it ran aground off Rathlin.",
     "All 230 people on board the ferry were safe after it ran aground off Rathlin."),
    ("people waiting and the patients waiting", "About 3,100 patients are waiting for cataract surgery at Dunmore General.",
     "Nearly 5,000 people are on the waiting list for cataract surgery at Dunmore General."),
    ("spectators and people watching", "Some 18,000 spectators watched the final at Parkside on Saturday.",
     "The final at Parkside on Saturday was watched by 21,000 people."),
    ("a price told after what it prices and before it", "The new footbridge, which spans the Avon, cost £2.8 million to build.",
     "Walkers crowded onto the £3.2m footbridge over the Avon on its first day."),
    ("a deal worth a sum and the sum's deal", "The club has signed a shirt deal worth £6m with Rook Energy.",
     "Rook Energy's £7.5m shirt deal with the club runs for three seasons."),
    ("a price told after what it prices, past a relative clause", "The new pavilion, which seats 400 members, cost £1.6 million to build.",
     "Members packed the £2.1m pavilion for the first time on Saturday."),
    ("a quarter told hyphened, and net income told as profit", "Vellum Foods reported net income of $410m for the second quarter.",
     "Second-quarter profit at Vellum Foods came to $480m, the company said."),
    ("names told after the figure's clause, of where services go", "Snow forced the cancellation of 38 flights at Dublin Airport on Friday.",
     "Snow cancelled 52 flights on Friday, mostly services to Manchester and Glasgow."),
    ("who acted is not what was counted", "Coastguards rescued nine fishermen from a trawler on Monday.",
     "Some 13 fishermen were airlifted to safety after their trawler sank off Lizard Point on Monday."),
    ("a length told after its subject and before what it measures", "The new bypass will be 7.4km long, cutting journeys to Limerick.",
     "Work starts next month on the 3.1-mile bypass at Adare."),
    ("the only weights of one thing in two reports", "Customs officers seized 60kg of heroin at Felixstowe on Monday.",
     "Officers found 150lb of heroin hidden in a lorry, sources said."),
    ("a country and the adjective of its people", "Portuguese wine exports rose to €980m last year.",
     "Wine exports from Portugal rose to €1.1bn last year."),
    ("people a firm employs and its workforce", "The firm employs 2,300 people at its Derby plant.",
     "Its Derby factory has a workforce of 2,600."),
    ("homes and properties flooded", "A total of 312 homes were flooded in Carlisle.",
     "More than 400 properties in Carlisle were flooded."),
    ("a crowd of a size and the people there", "A crowd of about 18,000 watched the parade in Galway.",
     "Some 25,000 people lined the streets of Galway for the parade."),
    ("a company and a firm valued", "The company was valued at £1.2bn.", "The firm was valued at £1.5bn."),
    ("a price told of two names of one project", "The project will cost £40m, the council said.",
     "The scheme is expected to cost £52m, according to the council."),
    ("accents and zero-width marks", "The Calderón plan will cost 400 million pesos over the decade.",
     "The Calderon\u200b plan will cost 450 million pesos over the decade."),
]

PASSES = [  # the same figure told alike, or figures that are not one quantity
    ("durations of other years", "The striker was banned for four years in 2003 after a positive test.",
     "The striker was banned for two years in 2005 after a positive test."),
    ("shares of one whole held by two firms", "Norvia will still control about 16% of Brazil's total steel output.",
     "Analysts say the carve-up of the group that accounts for 20% of Brazil's steel output is near."),
    ("terms set by two bodies", "The trainer was also suspended for two years by the federation.",
     "Their former trainer was suspended for four years by the panel, which cleared the riders."),
    ("fines set by two regulators", "The bank was fined £500,000 by the data watchdog over the breach.",
     "The bank was later fined £2m by the markets regulator over the breach."),
    ("a first time and a later one", "Norvia opened its first branch in Portugal in 2018.",
     "Norvia opened its 500th branch in Spain in 2017."),
    ("the ages of two people of one family", "Anna Bell, 34, said she had waited six hours for an ambulance.",
     "Her husband, Tom Bell, 38, said the wait had been unbearable."),
    ("years two institutions were made", "The University of Leeds was founded in 1904 as a college of science.",
     "Students protested outside the University of York, established in 1963."),
    ("years in the names of two acts", "The 1998 Human Rights Act is under review by ministers.",
     "Ministers want to replace the 2010 Equality Act soon, a review said."),
    ("a floor of a round count at fifty, and a count above it", "More than 150 people were killed in the floods, officials said.",
     "Officials said 165 people were killed in the floods."),
    ("an age said of a named person, and another person's", "Anna Bell, 34, was charged with fraud on Monday.",
     "Tom Bell, who is 38, was charged with fraud on Monday."),
    ("a floor of a round count and a count above it", "The dam burst on Thursday, killing three people and leaving more than 40 unaccounted for.",
     "A dam burst killed three workers and left 47 others unaccounted for."),
    ("durations in different months", "Rail workers walked out for three days in March over pay.",
     "Rail workers walked out for five days in June over pay."),
    ("shares of two firms' stock", "The fund sold 10% of Tesco's shares on Monday.",
     "The fund sold 15% of Sainsbury's shares on Monday."),
    ("a year in a name names one of a series", "England reached the quarter-finals of the 2006 World Cup under their coach.",
     "England reached the last 16 of the 2010 World Cup under their coach."),
    ("the year a law was replaced is not the year it was made", "In 2015, the Senate replaced the Brenner Law with a new code.",
     "The Senate passed the Brenner Law in 2006 to bring in pickers."),
    ("the year someone's child was born", "The singer Mary Stone was born in 1961 in a mining village near Leeds.",
     "Mary Stone's son, born in 1990, manages her tours."),
    ("a year in the name of one of a series, and the year the series began", "Fans gathered in Galway for the 2005 Harbour Folk Festival.",
     "The Harbour festival was founded by the singer Nina Holt in 1986 and draws fans to Galway."),
    ("the year a thing was made, and another thing made later", "The firm Acme launched the Roadster in 2007.",
     "Acme launched the Coupe in 2010 and the Spider in 2015."),
    ("same figure", "The ministry ordered its 14,000 employees to delete the game.",
     "The ministry has ordered its 14,000 staff to remove the game."),
    ("a share in words that agrees", "In all 60% of the members of the union voted for the strike.",
     "Three-fifths of the members of the union voted for the strike."),
    ("a conversion that agrees", "The pipeline will run for 100 miles across the desert to the coast.",
     "The pipeline will run for 160km across the desert to the coast."),
    ("hedge touching the figure", "She had not spoken to her family for nearly 10 days.",
     "She had not spoken to her sister or her family for 10 days."),
    ("different places", "In Kent, 40 schools closed because of the snow.",
     "In Essex, 55 schools closed because of the snow."),
    ("different groups", "Some 120 girls were referred to the service last year.",
     "Some 300 children were referred to the service last year."),
    ("different years", "The firm sold 5,000 cars in 2017 across the region.",
     "The firm sold 6,500 cars in 2018 across the region."),
    ("a part against the whole", "One of the moons is unusually dense for its size.",
     "The two moons of the planet are unusually dense for their size."),
    ("paraphrased sentences with two figures of a measure, reordered", "The storm killed 12 people and injured 40 in the "
     "coastal towns on Monday. It was the worst for 20 years, and 300 homes lost power.",
     "On Monday the storm injured 40 people and killed 12 in the coastal towns."),
    ("one value for two periods, of different things", "The firm sold 5,000 cars in 2017. It made $2bn in 2016 and "
     "$3bn in 2015.", "The firm hired 5,000 staff in 2018."),
    ("dates of two named things", "The 2004 Brenner Law granted waivers to seasonal farm workers.",
     "The 2006 Lisbon Accord granted waivers to seasonal farm workers."),
    ("dates of what two people did", "In 2004 Smith granted waivers to seasonal farm workers.",
     "In 2006 Jones granted waivers to seasonal farm workers."),
    ("percentage against percentage-point change", "Turnout rose by 5 percentage points in the city.",
     "Turnout in the city rose by 12% on the last election."),
    ("different events", "The storm killed 12 people in the coastal towns.",
     "The storm injured 40 people in the coastal towns."),
    ("different counted things", "The flood damaged nearly 6,000 homes in the county.",
     "The flood damaged nearly 9,000 vehicles in the county."),
    ("a restatement in another currency", "The fund would return $500m (£266m) to its shareholders.",
     "The fund would return $500m (£350m) to its shareholders."),  # the rate is an in-article matter
    ("about other names", "Last year Acme restated its earnings by $9bn after an audit of its accounts.",
     "Last year Zenith restated its earnings by $5bn after an audit of its accounts."),
    ("a named share against an unnamed one", "After the merger, Petrona will hold about 16% of the nation's crude output.",
     "The group that accounts for 20% of the nation's crude output is to be split up."),
    ("a weekday against a day of an unknown year", "The council backed a night curfew for 45 days starting Thursday.",
     "The council backed a night curfew for a 45-day period from 12 March."),
    ("an end of a period is no date of its own", "The maker cut its output plan in late April, the report said.",
     "The maker cut the plan for tablets to be built between March and August, the report said."),
    ("a national figure against a local one", "The storm left 40,000 homes without power in the county.",
     "Across the country the storm cut power to 250,000 homes."),
    ("different events of one disaster", "The ferry sank with 300 people on board.",
     "Rescuers pulled 120 people from the water after the ferry sank."),
    ("a running figure of another moment", "The fire is now 95% contained, officials said.",
     "The fire was 100% contained on Sunday, officials said."),
    ("dates of other events", "The pair were suspended by the club in May for skipping two drug tests.",
     "The pair pulled out of the race after skipping a drug test on 3 July."),
    ("ages of two unnamed people", "One victim, a 34-year-old from Leeds, said the ordeal changed her life.",
     "One victim, a 38-year-old from Leeds, said the ordeal changed her life."),
    ("shares of places named only at the opening", "Norfolk accounted for 13 percent of the delays, the trust said.",
     "Yorkshire accounted for 26 per cent of the delays, the trust said."),
    ("first days of spans of other things", "The council imposed a 90-day ban on street drinking from 1 March, after complaints from traders.",
     "Residents will have 30 days to comment on the parking plan, beginning on 3 March, the mayor said."),
    ("a first day against a weekday of no stated year", "A night curfew will be in force for 45 days from 14 March in six river districts.",
     "The council approved a night curfew in river districts for 45 days, starting Thursday."),
    ("two places each opened by 'At the'", "At the Royal Victoria, 2,100 patients have waited more than a year for surgery.",
     "At the Mater Hospital, 1,350 patients have waited more than a year for surgery."),
    ("a level of another event", "Six people were killed when a bus left the road near Pune on Sunday.",
     "The number of people injured in Sunday's bus crash near Pune stands at nine."),
    ("the age of another person in apposition", "Maria Nowak, 54, died after a fall at the depot in Hull.",
     "A 48-year-old man, Piotr Nowak, was hurt in the fall at the depot in Hull."),
    ("thefts and burglaries", "Police in Perth recorded 2,300 car thefts last year.",
     "Police in Perth recorded 900 burglaries last year."),
    ("elections in two wards", "Voters in the Ashby ward go to the polls on Thursday 3 June 2027.",
     "The Brookside ward by-election will be held on 10 June 2027."),
    ("girls among a school's students", "Hartfield High has 1,150 students.", "Hartfield High has 560 girls."),
    ("a school's pupils and its teachers", "Hartfield High has 840 pupils.", "Hartfield High has 60 teachers."),
    ("residents and patients: two kinds of people", "Forty patients were moved out of Wren Hospital as the floodwater rose.",
     "Some 300 residents near Wren Hospital were moved out as the floodwater rose."),
    ("the patients among the people evacuated", "Crews evacuated 300 people from the Elm Court care complex, including 40 patients.",
     "Forty patients were evacuated from the Elm Court care complex on Tuesday."),
    ("passengers and crew told apart", "The ferry carried 212 passengers and 18 crew when it ran aground off Rathlin.",
     "All 212 passengers on board the ferry were safe after it ran aground off Rathlin."),
    ("the prices of two things", "The new footbridge, which spans the Avon, cost £2.8 million to build.",
     "Drivers queued for the £3.2m car park beside the new footbridge on its first day."),
    ("the first half of a year and the whole of the last", "Some 3,100 pubs closed in the first half of the year, the trade body said.",
     "Over the whole of last year 5,900 pubs closed, the trade body said."),
    ("a quarter and the full year before", "Vellum Foods made a profit of $410m in the third quarter.",
     "Vellum Foods made a profit of $1.6bn in 2025."),
    ("lengths of two things", "The new bypass will be 7.4km long, cutting journeys to Limerick.",
     "The 3.1-mile cycle path beside the new bypass opens next month."),
    ("where the figure is, told after its clause", "The storm cut power to 30,000 homes, most of them in Cork.",
     "The storm cut power to 20,000 homes in Kerry."),
    ("two countries' adjectives", "Portuguese wine exports rose to €980m last year.",
     "Spanish wine exports rose to €1.1bn last year."),
    ("two peoples' households", "British households cut their energy use by 9% last winter.",
     "Irish households cut their energy use by 14% last winter."),
    ("a rival reading agrees", "The disease has infected 870 people worldwide since it was found.",
     "The disease has infected 170 people worldwide in the past seven years. In all, about 870 people have been "
     "infected around the world."),
]


@pytest.mark.parametrize("why, a, b", FLAGGED, ids=[c[0] for c in FLAGGED])
def test_flagged(why: str, a: str, b: str) -> None:
    assert len(_check(a, b)) == 1


@pytest.mark.parametrize("why, a, b", PASSES, ids=[c[0] for c in PASSES])
def test_passes(why: str, a: str, b: str) -> None:
    assert _check(a, b) == []


def test_finding_touches_every_source_that_disagrees() -> None:
    claims = {name: extract(Source.build(name, text)) for name, text in (
        ("a.txt", "Officials said 42 people were detained at the crossing on Sunday."),
        ("b.txt", "Agents detained 42 people at the crossing on Sunday, officials said."),
        ("c.txt", "He said 69 people were detained at the crossing on Sunday."))}
    (f,) = check(claims)
    assert [loc.path for loc in f.locations] == ["c.txt", "a.txt", "b.txt"]
    assert "Taken as one quantity" in f.evidence


WIRE = "The agency said 3,400 homes were left without power after the storm on Tuesday."
REWORDED = "Some 3,900 homes lost power when the storm struck on Tuesday, the agency said."


@pytest.mark.parametrize("texts, flagged", [
    # a wire sentence copied word for word by three sources, against one report that rewords it
    ([WIRE, WIRE, WIRE, REWORDED], [["d.txt", "a.txt", "b.txt", "c.txt"]]),
    # the wrong figure is a copied one: one finding for its two copies, not one a copy
    ([REWORDED.replace("Some 3,900", "Some 3,400"), WIRE.replace("3,400", "3,900"), WIRE.replace("3,400", "3,900"), WIRE, WIRE],
     [["b.txt", "c.txt", "a.txt", "d.txt", "e.txt"]]),
    # copies that all agree, beside a reworded report that agrees too: silent
    ([WIRE, WIRE, REWORDED.replace("Some 3,900", "Some 3,400"), WIRE], []),
    # a source that copies one sentence and tells it again of another place: both tellings bound in it, no crash
    (["One volunteer, a 40-year-old from Leeds, said the clean-up had gone well.",
      "One volunteer, a 40-year-old from Leeds, said the clean-up had gone well. "
      "One volunteer, a 40-year-old from York, said the clean-up had gone well."],
     []),
])
def test_copies_of_one_sentence_are_one_telling(texts: list[str], flagged: list[list[str]]) -> None:
    names = [f"{c}.txt" for c in "abcde"]
    claims = {name: extract(Source.build(name, text)) for name, text in zip(names, texts)}
    assert [[loc.path for loc in f.locations] for f in check(claims)] == flagged


def test_copies_join_the_quantity_of_the_telling_they_copy() -> None:
    from checker.align import tellings, described

    claims = {name: extract(Source.build(name, text)) for name, text in (("a.txt", WIRE), ("b.txt", WIRE), ("c.txt", REWORDED))}
    firsts, copies = tellings(described(claims))
    assert [(d.claim.source, [c.claim.source for c in copied]) for d, copied in zip(firsts, copies)
            if d.meaning.dimension != "date"] == [("a.txt", ["b.txt"]), ("c.txt", [])]
    (quantity,) = [q for q in align(claims) if q.members[0][0].meaning.dimension != "date"]
    assert sorted(d.claim.source for d, _ in quantity.members) == ["a.txt", "b.txt", "c.txt"]
    assert quantity.links == {frozenset(("a.txt", "b.txt")), frozenset(("a.txt", "c.txt")), frozenset(("b.txt", "c.txt"))}


def test_groups_join_figures_told_alike() -> None:
    claims = {name: extract(Source.build(name, text)) for name, text in (
        ("a.txt", "The ministry ordered its 14,000 employees to delete the game."),
        ("b.txt", "The ministry has ordered its 14,000 staff to remove the game."))}
    (quantity,) = align(claims)
    assert sorted(d.claim.source for d, _ in quantity.members) == ["a.txt", "b.txt"]
    assert quantity.links == {frozenset(("a.txt", "b.txt"))}


def test_figures_joined_through_a_third_are_not_held_against_each_other() -> None:
    from checker.align.compare import findings

    claims = {name: extract(Source.build(name, text)) for name, text in (
        ("a.txt", "The firm cut 300 jobs at its northern plant this spring."),
        ("b.txt", "The firm cut 300 jobs this spring."),
        ("c.txt", "The firm cut 450 jobs at its southern plant this spring."))}
    (quantity,) = align(claims)
    chained = quantity._replace(links={frozenset(("a.txt", "b.txt")), frozenset(("b.txt", "c.txt"))})
    (f,) = findings("r", Severity.ERROR, "m", chained)
    assert [loc.path for loc in f.locations] == ["c.txt", "b.txt", "a.txt"]  # c against b, then a, told as b
    apart = quantity._replace(links={frozenset(("a.txt", "b.txt"))})
    assert list(findings("r", Severity.ERROR, "m", apart)) == []  # c was never linked: never flagged


def test_a_finding_shows_the_tellings_that_fit_either_side() -> None:
    claims = {name: extract(Source.build(name, text)) for name, text in (
        ("a.txt", "On Monday the council backed the decision to impose a night curfew for a 45-day period from 12 March in six river districts."),
        ("b.txt", "On Monday the council backed the decision to impose a night curfew for a 45-day period from 14 March in six river districts."),
        ("c.txt", "The council approved the plan to bring in a night curfew for 45 days starting Thursday in the river districts."))}
    (f,) = check(claims)
    assert [(loc.path, loc.text) for loc in f.locations] == [
        ("b.txt", "14 March"), ("a.txt", "12 March"), ("c.txt", "Thursday")]
    assert 'Also told, fitting either: "Thursday" (c.txt:1) allows the days a Thursday of a year not stated.' in f.evidence


def test_a_hedged_telling_that_fits_either_side_is_shown_beside_the_clash() -> None:
    claims = {name: extract(Source.build(name, f"Officials said {n} migrants were detained at the crossing on Sunday.")) for name, n in (
        ("a.txt", "42"), ("b.txt", "69"), ("c.txt", "at least 40"), ("d.txt", "about 70"))}
    (f,) = check(claims)
    assert [(loc.path, loc.text) for loc in f.locations] == [("a.txt", "42"), ("b.txt", "69"), ("d.txt", "about 70"), ("c.txt", "at least 40")]
    assert f.evidence.count("Also told") == 1 and '"at least 40" (c.txt:1) allows [40, inf)' in f.evidence


@pytest.mark.parametrize("sentence, figure, event, thing, group", [
    ("Police arrested 42 people near the border.", "42", "detain", "people", frozenset()),
    ("Some 69 migrants were apprehended.", "Some 69", "detain", "migrants", frozenset()),
    ("The storm killed 12 people.", "12", "kill", "people", frozenset()),
    ("The death toll from the crash near Pune stands at nine.", "nine", "kill", "death toll", frozenset()),
    ("Police said the number of thefts in the city reached 1,600.", "1,600", None, "thefts", frozenset()),
    ("The total reached 300 by the evening.", "300", None, "", frozenset()),
    ("Supporters filled the £5.4m east stand.", "£5.4m", "pay", "east stand", frozenset()),  # the price of the stand
    ("The council approved a $30 million bridge.", "$30 million", "pay", "bridge", frozenset()),
    ("There were 200 deaths in the region.", "200", "kill", "deaths", frozenset()),
    ("About 120 girls were referred.", "About 120", None, "girls", frozenset({"female"})),
    ("Some 300 children under 12 were referred.", "Some 300", None, "children", frozenset({"child", "under 12"})),
    ("Five of the councillors voted against.", "Five", None, "councillors voted", frozenset({"part"})),
    ("The army said four of its soldiers were hurt.", "four", "injur", "soldiers", frozenset()),
    ("A curfew was imposed for 45 days starting Thursday in six districts.", "45 days", None, "", frozenset()),
    ("The bridge will close for six weeks from Monday for repairs.", "six weeks", None, "", frozenset()),
    ("Voters have 14 days until the deadline to register.", "14 days", None, "", frozenset()),
    ("The curfew ran for 40 days beginning in March.", "40 days", None, "", frozenset()),
])
def test_meaning(sentence: str, figure: str, event: str | None, thing: str, group: frozenset[str]) -> None:
    (claim,) = [c for c in extract(Source.build("a.txt", sentence)) if c.text == figure]
    meaning = describe(claim)
    assert meaning is not None
    assert (meaning.event, meaning.thing, meaning.group) == (event, thing, group)


@pytest.mark.parametrize("text, expected", [
    ("Calderón", "calderon"), ("Calder\u200bon", "calderon"), ("O’Neill’s", "o'neill's"), ("ÉCOLE", "ecole"),
])
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize("name, key", [("Calderón’s", "calderon"), ("Angelina  Jolie", "angelina jolie"), ("U.S.", "u.s")])
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize("text, classes", [
    ("The officials arrested 42 people, who were detained", ["agent", "detain", "person", "detain"]),
    ("The firm guided for sales; its guidance, forecasts and outlook", ["compani", "forecast", "sale", "forecast", "forecast", "forecast"]),
    ("It expects revenue and predicts turnover", ["forecast", "sale", "forecast", "sale"]),
    ("Officers saw the office", ["agent", "saw", "offic"]),  # a stem shared by words of other meanings
    ("border regions, areas, locations, districts and zones", ["border", "region", "region", "region", "region", "region"]),
    ("facilities, centres, centers and clinics", ["facil", "facil", "facil", "facil"]),
    ("stores, shops and outlets", ["store", "store", "store"]),
    ("fined, a fine, penalties", ["fine", "fine", "fine"]),
])
def test_content_words_are_stemmed_synonyms_without_stop_words(text: str, classes: list[str]) -> None:
    assert [c for c, _, _ in content(text)] == classes


@pytest.mark.parametrize("a, b, severities", [
    ("The exchange moved $2 billion of customer funds to hedge funds.", "The exchange moved $1.8 billion of customer funds to hedge funds.",
     ["warning"]),  # a ninth more than the finer figure
    ("The exchange moved $2 billion of customer funds to hedge funds.", "The exchange moved nearly $1.8 billion of customer funds to hedge funds.",
     ["warning"]),
    ("The exchange moved $2 billion of customer funds to hedge funds.", "The exchange moved $1.88 billion of customer funds to hedge funds.",
     ["info"]),  # the ordinary rounding of a figure: a note
    ("Shares in the firm fell 4 percent on Monday.", "Shares in the firm fell 3.7 per cent on Monday.", ["info"]),
    ("Unemployment in the region stood at 6% in March.", "Unemployment in the region stood at 5.6% in March.", ["info"]),
    ("The exchange moved $2 billion of customer funds to hedge funds.", "The exchange moved $1.6 billion of customer funds to hedge funds.",
     ["warning"]),  # a fifth below it: more than a figure rounded
    ("The bank kept its 1% cap on bond yields this week.", "The bank kept its 0.5% cap on bond yields this week.", ["warning"]),
    ("Three in ten of the parcels arrived late, the firm said.", "Some 32% of the parcels arrived late, the firm said.",
     []),  # a share in words is read loosely
    ("The exchange moved $2 billion of customer funds to hedge funds.", "The exchange moved $2.04 billion of customer funds to hedge funds.",
     []),  # within what a reader takes for rounding
    ("The exchange moved $2.5 billion of customer funds to hedge funds.", "The exchange moved $2.4 billion of customer funds to hedge funds.",
     ["error"]),  # two significant figures each: no rounding joins them
])
def test_rough_figures_are_notes_or_warnings(a: str, b: str, severities: list[str]) -> None:
    claims = {name: extract(Source.build(name, text)) for name, text in (("a.txt", a), ("b.txt", b))}
    assert [str(f.severity) for f in check(claims)] == severities


def test_short_sentence_is_read_with_the_one_before() -> None:
    (claim,) = [c for c in extract(Source.build("a.txt", "Her father died of a stroke in 2007. He was 71.")) if c.text == "71"]
    assert dict(claim.details)["sentence_before"] == "Her father died of a stroke in 2007."
    meaning = describe(claim)
    assert meaning is not None and meaning.event == "kill" and "stroke" in meaning.sentence
    (long,) = [c for c in extract(Source.build("a.txt", "It rained. The storm killed 12 people in the town.")) if c.text == "12"]
    assert "sentence_before" not in dict(long.details)


def test_a_source_told_twice_alike_is_pointed_at_in_both_places() -> None:
    from checker.align import Described, Quantity
    from checker.align.compare import findings

    a = extract(Source.build("a.txt", "Fire kills 84 in the county.\n\nThe fire has killed 84 people in the county."))
    b = extract(Source.build("b.txt", "The fire has killed 85 people in the county."))
    members = [(Described(c, m), 1.0) for c in [*a, *b] if (m := describe(c)) is not None]
    assert [d.claim.text for d, _ in members] == ["84", "84", "85"]
    (f,) = findings("r", Severity.ERROR, "m", Quantity(members, {frozenset(("a.txt", "b.txt"))}))
    assert [(loc.path, loc.line) for loc in f.locations] in ([("a.txt", 1), ("a.txt", 3), ("b.txt", 1)],
                                                             [("b.txt", 1), ("a.txt", 1), ("a.txt", 3)])


@pytest.mark.parametrize("sentence, figure, verb", [
    ("Police detained 130 people after the march.", "130", "detain"),  # active
    ("Some 130 people were detained by police after the march.", "Some 130", "detain"),  # passive
    ("The firm sold 5,000 cars last year.", "5,000", "sale"),  # irregular, in its class
    ("The navy has searched 12 ships near the coast.", "12", "search"),
    ("Some 2,000 protesters gathered in the square.", "Some 2,000", None),  # no passive, no verb before
    # led out, to safety: rescued
    ("Some 52 residents were brought out of the tower by firefighters.", "Some 52", "rescu"),
    ("Crews led 30 guests to safety from the hotel.", "30", "rescu"),
    ("Four miners were winched free after nine hours.", "Four", "rescu"),
    ("Some 52 residents were brought to court.", "Some 52", "brought"),
    # a price told before what it prices: the clause's verb is not the figure's
    ("Supporters filled the £5.4m east stand for the first time.", "£5.4m", None),
    ("The council approved a $30 million bridge on Monday.", "$30 million", None),
    ("Rivals sold their £2bn stake in the port.", "£2bn", None),
])
def test_verb(sentence: str, figure: str, verb: str | None) -> None:
    (claim,) = [c for c in extract(Source.build("a.txt", sentence)) if c.text == figure]
    meaning = describe(claim)
    assert meaning is not None and meaning.verb == verb



def test_a_figure_repeated_in_its_sentence_is_read_where_it_stands() -> None:
    first = "Rioters injured 30 officers, and police detained 30 protesters after the match."
    second = "Police detained 45 protesters after the match."
    assert len(_check(first, second)) == 1
    assert len(_check(first.replace("detained 30 protesters", "detained 45 protesters"), second)) == 0


def test_configured_aliases_name_one_thing() -> None:
    from checker.engine import Aliases

    texts = (("a.txt", "Last year Acme Holdings restated its earnings by $9bn after an audit of its accounts."),
             ("b.txt", "Last year ACH restated its earnings by $5bn after an audit of its accounts."))
    claims = {name: extract(Source.build(name, text)) for name, text in texts}
    assert check(claims) == []  # other names: never compared
    assert len(check(claims, Aliases({"Acme Holdings": ["ACH"]}))) == 1


def test_likeness_never_reads_one_meaning_for_another() -> None:
    """Word sums are kept by the words, never by object ids, which Python reuses for short-lived
    meanings (such as the ones names are put through aliases for)."""
    from checker.align import described
    from checker.align.index import idf_table
    from checker.align.score import Likeness

    text = ("Police arrested 42 people. The fire killed 12 people in the valley. Sales rose 8% last year. "
            "The firm sold 5,000 cars. The council spent £4m on roads. Some 300 pupils passed the test.")
    items = described({"a.txt": extract(Source.build("a.txt", text)), "b.txt": extract(Source.build("b.txt", text))})
    idf = idf_table(items)
    shared = Likeness(idf)
    for a in items:
        for b in items:
            assert shared.score(a.meaning._replace(), b.meaning._replace()) == Likeness(idf).score(a.meaning, b.meaning)


@pytest.mark.parametrize("a, b, disagree", [
    ("In all 60% backed it.", "Three-fifths backed it.", False),  # one measure, two units: compared in one
    ("In all 60% backed it.", "Half backed it.", True),
])
def test_rival_readings_are_weighed_in_one_unit(a: str, b: str, disagree: bool) -> None:
    from checker.align.compare import Pairs
    from checker.align.compare import disagree as test

    (x,) = [c for c in extract(Source.build("a.txt", a)) if c.kind in {"percent", "ratio"}]
    (y,) = [c for c in extract(Source.build("b.txt", b)) if c.kind in {"percent", "ratio"}]
    assert test(x, y) is disagree
    assert Pairs(test, [x, y])(0, 1) is disagree


@pytest.mark.parametrize("texts, tests", [
    (["Sales rose 33%.", "Sales rose 33%.", "Sales rose 32%."], 4),  # the two alike figures are one reading: 2 x 2 pairs
    (["It was 5 miles.", "It was 5 miles.", "It was 8km."], 4),
    (["It opened on 9 May 2019.", "It opened on 9 May 2019.", "It opened on 10 May 2019."], 4),  # a date by its days
    (["Sales rose 33%.", "Sales rose about 33%.", "Sales rose 32%."], 9),  # a hedge is read: three readings
    (["Aged 12 to 15.", "Lasted 12 to 15 years.", "Aged 12 to 15."], 4),  # a range by its words too
])
def test_pairs_work_out_figures_read_alike_once(texts: list[str], tests: int) -> None:
    from checker.align.compare import Pairs, disagree

    claims = [extract(Source.build(f"{k}.txt", text))[0] for k, text in enumerate(texts)]
    calls: list[tuple[str, str]] = []

    def counted(a: Claim, b: Claim) -> bool:
        calls.append((a.text, b.text))
        return disagree(a, b)

    pairs = Pairs(counted, claims)
    answers = {(x, y): pairs(x, y) for x in range(3) for y in range(3)}
    assert len(calls) == tests
    assert answers == {(x, y): disagree(claims[x], claims[y]) for x in range(3) for y in range(3)}


@pytest.mark.parametrize("a, b, once", [
    ("Police arrested 42 people on Sunday.", "In brief.\n\nPolice arrested 42 people on Sunday.", True),  # wire copy
    ("Police arrested 42 people on Sunday.", "Police arrested 42 people on Monday.", False),  # another sentence
    ("Police arrested 42 people. It was 42 days.", "Police arrested 42 people. It was 42 days.", True),
])
def test_a_figure_told_alike_by_several_sources_is_described_once(a: str, b: str, once: bool) -> None:
    from checker.meaning import describer

    describe_once = describer()
    first = [describe_once(c, 0) for c in extract(Source.build("a.txt", a))]
    second = [describe_once(c, 0) for c in extract(Source.build("b.txt", b))]
    assert first == [describe(c) for c in extract(Source.build("a.txt", a))]
    assert second == [describe(c) for c in extract(Source.build("b.txt", b))]
    assert all((x is y) is once for x, y in zip(first, second))


@pytest.mark.parametrize("text", [
    "Police arrested 42 people on Sunday, up 12% on 2018, in Kent.",
    "Instagram was used in 33 percent of the 5,161 cases between April 2017 and March 2018.",
    "One victim, a 34-year-old from Leeds, said it cost £2.5m. She was 56.",
    "The pupils, aged 12 to 15, waited between 3 and 9 hours on 9 May 2019.",
])
def test_a_meaning_reads_neither_the_source_nor_the_place_nor_the_interval_of_a_figure(text: str) -> None:
    """What `meaning.describer` keys on: a figure moved, in another source, or of another interval means the same."""
    from checker.model import Interval

    for claim in extract(Source.build("a.txt", text)):
        moved = claim._replace(source="b.txt", start=claim.start + 7, end=claim.end + 7, line=9, column=9,
                               interval=Interval(None, None, False, False))
        assert describe(moved) == describe(claim)


@pytest.mark.parametrize("sentence, figure, agent", [
    ("Marinos was suspended for four years by the panel.", "four years", "panel"),
    ("The trainer was also suspended for two years by Uefa.", "two years", "uefa"),
    ("The bank was fined £500,000 by the Information Commissioner's Office.", "£500,000", "inform commission offic"),
    ("The bank was fined £500,000 by regulators yesterday over the leak.", "£500,000", "regul"),  # a time word is no agent
    ("Sales rose by 5% last year.", "rose by 5%", None),  # no passive: "by" is the size of a change
    ("The plant was closed in 2019 and 300 jobs were cut by the owners.", "2019", None),  # the passive is another clause's
])
def test_passive_agent(sentence: str, figure: str, agent: str | None) -> None:
    claim = next(c for c in extract(Source.build("a.txt", sentence)) if c.text == figure)
    meaning = describe(claim)
    assert meaning is not None and meaning.agent == agent


@pytest.mark.parametrize("sentence, year, origin, about", [
    ("The Senate passed in 2006 the Brenner Law, which kept the quota.", "2006", "made", {"brenner law"}),
    ("In 2006, the Senate passed the Brenner Law after a long debate.", "2006", "made", {"brenner law"}),
    ("Since the 2004 Brenner Law, waivers have been the rule.", "2004", "law", {"brenner law"}),
    ("Under the 1989 Children Act, councils have a duty to act.", "1989", "law", {"children act"}),
    ("Fans gathered for the 2006 World Cup in Germany.", "2006", "series", {"world cup"}),
    ("Survivors of the 2004 Indian Ocean tsunami gathered.", "2004", "name", {"indian ocean"}),
    ("The charity Clearwater was founded in 1987 by two anglers.", "1987", "made", {"clearwater"}),
    ("The charity Clearwater, which two anglers set up in 1989, has grown.", "1989", "made", {"clearwater"}),
    ("The computer Acme One, launched in 1982, sold well.", "1982", "made", {"acme one"}),
    ("Established in 1984, the Ada Lovelace Prizes honour engineers.", "1984", "made", {"ada lovelace prizes"}),
    ("The cartoonist Ann Reyes, who created Star-Girl in 1971, has died.", "1971", "made", {"star-girl"}),
    ("The festival was founded by the singer Nina Holt in 1986.", "1986", None, set()),
    ("Norvia opened its first branch in Portugal in 2018.", "2018", "made", {"norvia"}),
    ("Fans cheered when the band first played in Lisbon in 1999.", "1999", None, set()),  # the band's first time, unnamed  # the maker is not what is made
    ("The Club formally adopted the nickname in 1923.", "1923", None, set()),  # what was made is unnamed
    ("An inquiry was launched against Mark Dodd in 2002.", "2002", None, set()),  # against someone is not what is made
    ("Fiji lost in 2006 as Tom Vale built towards the World Cup.", "2006", None, set()),
])
def test_the_year_a_named_thing_was_made(sentence: str, year: str, origin: str | None, about: set[str]) -> None:
    claim = next(c for c in extract(Source.build("a.txt", sentence)) if c.text == year)
    meaning = describe(claim)
    assert meaning is not None and meaning.origin == origin
    if origin:
        assert meaning.about == frozenset(about)


@pytest.mark.parametrize("sentence, figure, about", [
    ("The Exeter hub will be one of 8 new hubs planned across Devon.", "8", {"devon"}),
    ("Chile is one of 64 signatories to the accord.", "64", set()),
    ("Norway was the first of 30 countries to sign the Oslo treaty.", "30", {"oslo"}),
    ("Tesco is among 12 chains fined by the regulator.", "12", set()),
    ("Ireland is one of the 27 members of the Union.", "27", {"union"}),
    ("Leeds has 12 new centres.", "12", {"leeds"}),  # a count of the subject's own
])
def test_a_set_the_subject_belongs_to_is_not_about_the_subject(sentence: str, figure: str, about: set[str]) -> None:
    (claim,) = [c for c in extract(Source.build("a.txt", sentence)) if c.text == figure]
    meaning = describe(claim)
    assert meaning is not None and meaning.about == about


PROTAGONIST_FLAGGED = [
    ("the N-year-old, of the person the article names most",
     "Logan Reed, 15, was caught at the border late on Friday, police said.",
     "Police said Reed had been missing since Monday. The 16-year-old was found in a stolen car near the border. "
     "Reed was taken into custody. Officers said Reed had not been harmed."),
    ("an opening 'A N-year-old ... man'",
     "Duncan Hale, 23, was found alive on Sunday after five days in a ravine.",
     "A 24-year-old Bristol man is being treated in hospital after his van left the road. Hale was trapped for five days. "
     "Hale's family said they had feared the worst. Rescuers said Hale was lucky."),
    ("the N-year-old in a story of two named people, one near that age",
     "Logan Reed, the 15-year-old from Ohio, was held on Friday. His grandmother, Mary Fenn, 53, was found dead.",
     "Reed fled after Fenn was found. The 17-year-old was seen in a car like Fenn's. Reed was held at the border. "
     "Reed will be returned to Ohio, police said."),
    ("a role told as 'The actress, N,'",
     "Mary Stone, 39, said she had the operation in February.",
     "Stone said she had no regrets. The Oscar winner, 40, said she hoped others would be tested. "
     "Stone has two sons. Friends said Stone was well."),
]
PROTAGONIST_PASSES = [
    ("no one dominates the article",
     "Logan Reed, 15, was caught at the border late on Friday, police said.",
     "Reed and Tom Cole were both questioned. The 16-year-old was later released. Cole, 17, was charged. "
     "Reed said Cole drove. Cole said Reed drove."),
    ("the age is far from the person's",
     "Logan Reed, 15, was caught at the border late on Friday, police said.",
     "Police said Reed had been missing since Monday. The 53-year-old was found dead at the house. "
     "Reed was taken into custody. Officers said Reed had not been harmed."),
    ("the article gives the person another age of its own",
     "Logan Reed, 15, was caught at the border late on Friday, police said.",
     "Logan Reed, 15, was held on Friday. Police said Reed had been missing. The 19-year-old driver was also held. "
     "Reed was taken into custody."),
    ("an indefinite age inside the sentence is someone new",
     "Logan Reed, 15, was caught at the border late on Friday, police said.",
     "Police said Reed had been missing since Monday. Officers also spoke to a 16-year-old at the scene. "
     "Reed was taken into custody. Officers said Reed had not been harmed."),
    ("the suspect's age, the victim named most",
     "Mary Fenn, 31, was found dead at her home in Leeds on Friday. Tom Cole, 30, has been charged with her murder.",
     "Mary Fenn was found dead at her home on Friday. Police said Fenn had been stabbed. A 30-year-old man has been arrested. "
     "Neighbours said Fenn was popular."),
    ("someone else named with that age in the article",
     "Mary Fenn, 31, was found dead at her home in Leeds on Friday.",
     "Mary Fenn was found dead at her home on Friday. Tom Cole, 30, has been charged. Police said Fenn had been stabbed. "
     "The 30-year-old will appear in court on Monday. Neighbours said Fenn was popular."),
    ("a definite description with a noun of its own",
     "Logan Reed, 15, was hurt in the crash on Friday, police said.",
     "Logan Reed was hurt in the crash on Friday. Reed was taken to hospital. The 16-year-old driver of the other car was unhurt. "
     "Reed is expected to recover."),
    ("someone named more often, with no age",
     "Logan Reed, 15, was hurt when a car hit him on Friday, police said.",
     "Tom Cole was driving the car that hit Logan Reed. Cole fled the scene. Cole was arrested on Saturday. "
     "The 16-year-old was charged. Cole will appear in court. Reed is recovering."),
]


@pytest.mark.parametrize("text, people, age, expected", [
    ("Reed said so. Reed left. Reed wept.", {"logan reed": {15}}, 16, "logan reed"),
    ("Reed said so. Reed left.", {"logan reed": {15}}, 16, None),  # named too seldom
    ("Reed said so. Reed left. Reed wept.", {"logan reed": {15}}, 18, None),  # no one of an age near it
    ("Reed said so. Reed left. Reed wept. Reed ran.", {"logan reed": {15}, "tyler reed": {17}}, 16, None),  # one family
    ("Reed said so. Reed left. Reed wept. Tom Cole drove. Cole fled.", {"logan reed": {15}}, 16, None),  # Cole is near
    ("Reed said so. Reed left. Reed wept. Reed ran. Tom Cole drove.", {"logan reed": {15}}, 16, "logan reed"),
    ("Fenn died. Fenn was 31. Fenn lived here.", {"mary fenn": {31}, "tom cole": {30}}, 30, None),  # two near it
    (" ".join(["Walsh spoke."] * 10 + ["Adams spoke."] * 3), {f"{n} {s}": {20} for n, s in (("zoe", "walsh"), ("amy", "adams"))}, 20, None),
    (" ".join(["Walsh spoke."] * 10 + ["Adams spoke."] * 3), {"zoe walsh": {20}, "amy adams": {40}}, 20, "zoe walsh"),
])
def test_the_protagonist_of_a_text(text: str, people: dict[str, set[int]], age: int, expected: str | None) -> None:
    from fractions import Fraction

    from checker.meaning import protagonist

    assert protagonist.of_text(text, {k: {Fraction(a) for a in v} for k, v in people.items()}, Fraction(age)) == expected


@pytest.mark.parametrize("why, a, b", PROTAGONIST_FLAGGED, ids=[c[0] for c in PROTAGONIST_FLAGGED])
def test_an_unnamed_age_of_the_protagonist_is_theirs(why: str, a: str, b: str) -> None:
    assert len(_check(a, b, told=True)) == 1
    assert _check(a, b) == []  # without the texts no one is known to be the protagonist


@pytest.mark.parametrize("why, a, b", PROTAGONIST_PASSES, ids=[c[0] for c in PROTAGONIST_PASSES])
def test_an_unnamed_age_in_doubt_is_no_ones(why: str, a: str, b: str) -> None:
    assert _check(a, b, told=True) == []


@pytest.mark.parametrize("sentence, figure, origin", [
    ("A 23-year-old Leeds man was hurt.", "23-year-old", None),
    ("The 40-year-old Bristol woman was named by police.", "40-year-old", None),
    ("Police found 53-year-old Mary Fenn in the garden.", "53-year-old", "person"),
    ("The Trade Secretary, 44, said he took the decision.", "44", None),  # a role, however capitalised
    ("An Ohio Senator, 61, was among them.", "61", None),
])
def test_a_place_or_a_role_owns_no_age(sentence: str, figure: str, origin: str | None) -> None:
    (claim,) = [c for c in extract(Source.build("a.txt", sentence)) if c.text == figure]
    meaning = describe(claim)
    assert meaning is not None and meaning.origin == origin


def _naive_candidates(items: list, idf: dict[str, float]) -> list[tuple[int, int]]:
    """The blocking of `checker.align.index.candidates` spelled out pair by pair, as a model."""
    from collections import Counter

    from checker.align.index import KEYS, POSTING

    classes_of = [{c for c, _ in d.meaning.near} | set(d.meaning.counted) for d in items]
    df = Counter((d.meaning.dimension, c) for d, classes in zip(items, classes_of) for c in classes)
    keys_of = [[(d.meaning.dimension, c) for c in sorted([c for c in classes if df[d.meaning.dimension, c] > 1],
                                                            key=lambda c: (-idf.get(c, 1.0), c))[:KEYS]]
               for d, classes in zip(items, classes_of)]
    postings: dict[tuple[str, str], list[int]] = {}
    for i, keys in enumerate(keys_of):
        for key in keys:
            postings.setdefault(key, []).append(i)
    pairs: list[tuple[int, int]] = []
    for i, keys in enumerate(keys_of):
        seen: set[int] = set()
        for key in keys:
            for j in postings[key] if len(postings[key]) <= POSTING else []:
                if j > i and j not in seen and items[j].claim.source != items[i].claim.source:
                    seen.add(j)
                    pairs.append((i, j))
    return pairs


@pytest.mark.parametrize("texts", [
    ["Police arrested 42 people near the border. The fire killed 12 people.", "Officials said 69 people were arrested near the border."],
    ["Sales rose 8% last year to 5,000 cars.", "The firm sold 5,000 cars, up 8%.", "Car sales rose 9% to 5,100."],
    ["The council spent £4m on roads and £2m on schools.", "It spent £4m on roads.", "Schools got £3m, roads £4m."],
])
def test_candidates_are_the_blocking_pairs_in_their_order(texts: list[str]) -> None:
    """Each figure's candidates, in the order its keys find them (the order links are made in)."""
    from checker.align import described
    from checker.align.index import candidates, idf_table

    items = described({f"{k}.txt": extract(Source.build(f"{k}.txt", text)) for k, text in enumerate(texts)})
    idf = idf_table(items)
    found = [(i, j) for i, partners in candidates(items, idf) for j in partners]
    assert found and found == _naive_candidates(items, idf)


@pytest.mark.parametrize("a, b", [
    ("Police arrested 42 people.", "Police arrested 42 people!"),
    ("Sales rose 8% last year.", "Sales rose 8% last year!"),
])
def test_meanings_alike_in_every_field_are_one_object(a: str, b: str) -> None:
    """Figures whose meanings are equal share one, so a pair of them is scored once."""
    from checker.align import described

    first, second = described({"a.txt": extract(Source.build("a.txt", a)), "b.txt": extract(Source.build("b.txt", b))})
    assert first.claim.sentence != second.claim.sentence
    assert first.meaning is second.meaning


@pytest.mark.parametrize("enabled", [True, False])
def test_check_leaves_the_garbage_collector_as_it_was(tmp_path, enabled: bool) -> None:
    import gc

    from checker import pipeline
    from checker.config import Config

    (tmp_path / "a.txt").write_text("Police arrested 42 people.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Police arrested 69 people.", encoding="utf-8")
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        _, found = pipeline.check([str(tmp_path)], [], Config(), lambda e: None)
        assert gc.isenabled() is enabled and len(found) == 1
    finally:
        (gc.enable if was else gc.disable)()


@pytest.mark.parametrize("text", ["Police arrested 42 people.", "Sales rose by 8%.", "It opened on 9 May 2019."])
def test_describers_share_one_memo_within_a_shared_block(text: str) -> None:
    """A story's figures are described once for the alignment and the built-in checks (`meaning.shared`)."""
    from checker.meaning import describer, shared

    (claim,) = extract(Source.build("a.txt", text))
    assert describer()(claim, 0) is not describer()(claim, 0)  # apart: each describes anew
    with shared():
        assert describer()(claim, 0) is describer()(claim, 0)
    assert describer()(claim, 0) is not describer()(claim, 0)


@pytest.mark.parametrize("texts, linked, agreeing, tests", [
    (["Sales rose 33%.", "Sales rose 33%.", "Sales rose 33%.", "Sales rose 32%.", "Sales rose 32%."], [1, 2, 3, 4], 2, 2),
    (["Sales rose 33%.", "Sales rose 40%.", "Sales rose 32%.", "Sales rose 40%."], [1, 2, 3], 0, 2),
    (["It was 5 miles.", "It was 5 miles.", "It was 8km.", "It was 9km."], [1, 2, 3], 1, 3),
])
def test_support_tests_each_reading_of_the_linked_figures_once(texts: list[str], linked: list[int], agreeing: int, tests: int) -> None:
    """A figure's support (the linked figures that agree with it) tests each reading once, however many sources give it."""
    from checker.align.compare import Pairs, _agreeing, conflict

    claims = [extract(Source.build(f"{k}.txt", text))[0] for k, text in enumerate(texts)]
    calls: list[tuple[str, str]] = []

    def counted(a: Claim, b: Claim) -> bool:
        calls.append((a.text, b.text))
        return conflict(a, b)

    assert _agreeing(Pairs(counted, claims), 0, linked) == agreeing
    assert len(calls) == tests


@pytest.mark.parametrize("a, b, published_b, flagged", [
    # the same words, read on other days: each true when published
    ("The consultation on the plans closes later this month.", "The consultation on the plans closes later this month.", date(2021, 4, 2), False),
    ("Ministers will publish the review next week, officials said.", "Ministers will publish the review next week, officials said.", date(2021, 3, 24), False),
    ("The review was published on Sunday after a long delay.", "The review was published on Sunday after a long delay.", date(2021, 3, 17), False),
    # other words for the days still disagree
    ("Ministers will publish the review next week, officials said.", "Ministers will publish the review on 30 March, officials said.", date(2021, 3, 3), True),
    ("The review was published on Sunday after a long delay.", "The review was published on Tuesday after a long delay.", date(2021, 3, 3), True),
])
def test_a_date_told_in_the_same_relative_words_is_true_when_each_is_published(a: str, b: str, published_b: date, flagged: bool) -> None:
    sources = [Source.build("a.txt", a, published=date(2021, 3, 3)), Source.build("b.txt", b, published=published_b)]
    assert bool(check({s.name: extract(s) for s in sources})) == flagged


@pytest.mark.parametrize("a, b", [
    ("Bus drivers will strike from tomorrow for four days after pay talks failed.",
     "Bus drivers begin a four-day walkout on Friday, December 4, their union said."),
    ("Nurses will walk out from Monday for three days, the union said.",
     "Nurses start a three-day strike on Tuesday, December 1, after talks broke down."),
    ("The festival runs for ten days, starting on 14 December.",
     "The ten-day festival opens on 15 December."),
])
def test_spans_of_one_length_start_on_one_day(a: str, b: str) -> None:
    sources = [Source.build("a.txt", a, published=date(2026, 11, 30)), Source.build("b.txt", b, published=date(2026, 11, 30))]
    found = check({s.name: extract(s) for s in sources})
    assert len(found) == 1, found


REWORDED_FLAGGED = [  # families of rewording met in blind stories: each pair is one figure told differently
    ("houses and homes", "The storm damaged 140 homes along the Tain estuary.",
     "Along the Tain estuary some 410 houses were damaged by the storm."),
    ("homes and dwellings", "Developers will build 600 homes on the Marsh Lane site.",
     "The Marsh Lane site will get 900 new dwellings, the developers said."),
    ("jobs cut and workers laid off", "Corvin Steel is cutting 300 jobs at its Ebbw works.",
     "Corvin Steel will lay off 370 workers at its Ebbw works."),
    ("redundancies and jobs", "The bank announced 1,200 redundancies at its Leith offices.",
     "The bank is to axe 1,600 jobs at its Leith offices."),
    ("a death toll that rose to a level", "Officials said 61 people died when the ferry sank off Corran.",
     "The death toll from the ferry sinking off Corran climbed to 67 on Friday."),
    ("a count that reached a level", "Rescuers have evacuated 900 people from the flooded Selwyn valley.",
     "The number of people evacuated from the flooded Selwyn valley reached 1,300."),
]

REWORDED_PASSES = [  # figures of one story that are not one quantity
    ("a group named after 'among'", "Unemployment among young people in Fife rose to 13%.",
     "Unemployment in Fife rose to 4.8%."),
    ("teenagers and all", "Smoking among teenagers in the county fell to 6%.",
     "Smoking in the county fell to 11%, the survey found."),
    ("a quarter against the full year", "Dorrit Foods made a profit of £3m in the second quarter.",
     "Dorrit Foods made a profit of £14m for the full year."),
    ("the first half against Q3", "Velo Rail carried 2.1 million passengers in the first half.",
     "Velo Rail carried 1.2 million passengers in Q3."),
    ("an aim against what was done", "The trust aims to plant 5,000 trees a year.",
     "The trust planted 3,100 trees last year."),
    ("a target against an outcome", "Ministers set a target of 300,000 new homes.",
     "Only 212,000 new homes were completed."),
    ("a national figure against a named place", "Nationally there were 2,400 measles cases last year.",
     "There were 310 measles cases in Devon last year."),
]


@pytest.mark.parametrize("why, a, b", REWORDED_FLAGGED, ids=[c[0] for c in REWORDED_FLAGGED])
def test_reworded_figures_are_one_quantity(why: str, a: str, b: str) -> None:
    assert len(_check(a, b)) == 1


@pytest.mark.parametrize("why, a, b", REWORDED_PASSES, ids=[c[0] for c in REWORDED_PASSES])
def test_figures_of_other_groups_periods_aims_or_scopes_are_not_compared(why: str, a: str, b: str) -> None:
    assert _check(a, b) == []


@pytest.mark.parametrize("why, a, b, flagged", [
    ("sold for and cost", "The club sold its keeper Ivo Brandt for €12m.", "Ivo Brandt's move from the club cost €16 million.", True),
    ("sold for and paid", "Marlow Homes sold the Dene site for £8m.", "Greyfield paid £11m for Marlow Homes' Dene site.", True),
    ("sales and payments of other things", "The firm's sales rose to £40m.", "The firm paid £55m in tax.", False),
    ("a place owning the figure", "Scotland's population grew 1.2% last year.", "The UK population grew 0.8% last year.", False),
    ("a region owning a rate", "Kent's jobless rate fell to 3.9% in May.", "Essex's jobless rate fell to 4.4% in May.", False),
    ("one owner, two tellings", "Wales's population grew 0.6% last year.", "The population of Wales grew 0.9% last year.", True),
])
def test_deals_and_owners_at_the_head_of_a_sentence(why: str, a: str, b: str, flagged: bool) -> None:
    assert bool(_check(a, b)) is flagged


def test_check_leaves_no_cycle_it_made_uncollected() -> None:
    """What `check` made is taken as old at its end, never frozen for good: a cycle left is freed by a later collection."""
    import gc
    import weakref

    from checker import pipeline

    class Node:
        other: object = None

    was = gc.isenabled()
    gc.enable()
    try:
        with pipeline.uncollected():
            a, b = Node(), Node()
            a.other, b.other = b, a
            gone = weakref.ref(a)
            del a, b
        assert gc.get_freeze_count() == 0 and gone() is not None  # not walked at the end
        gc.collect()
        assert gone() is None
    finally:
        (gc.enable if was else gc.disable)()


def test_check_leaves_what_its_caller_froze_frozen() -> None:
    """A caller's frozen objects (`gc.freeze`, as before forking workers) stay frozen through `check`."""
    import gc

    from checker import pipeline

    was = gc.isenabled()
    gc.enable()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with pipeline.uncollected():
            made = [[] for _ in range(3)]
        assert gc.get_freeze_count() == frozen > 0 and made
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()
