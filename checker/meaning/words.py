"""Words as meaning compares them: folded (accents, zero-width marks, curly apostrophes, case),
stemmed (Snowball), stop words left out, and news synonyms brought to one class."""

from __future__ import annotations

from functools import lru_cache

import regex
import snowballstemmer

from checker.extract.lexicon import unaccented

_STEMMER = snowballstemmer.stemmer("english")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_WORD = regex.compile(r"(?<![\w'’.-])[^\W\d_](?:[\w'’.-]*[^\W_])?")  # not the "bn" of "$20bn"

STOP = frozenset("""
a an the and or but nor of in on at to for from by with about as into onto over under than then that this
these those there here it its it's he she they we you i him her them us his hers their theirs our your my me
is are was were be been being am has have had having do does did done will would shall should can could may
might must not no yes so if when while where which who whom whose what why how all any some each every both
either neither more most less least very too also just only even still yet again ever already much many few
such same other another own up down out off per via upon within without between among against during
before after since until till through across around near toward towards whether because though although
said says say saying told tell tells according added adds noted stated reported reports statement
mr mrs ms dr sir one ones s
percent cent pct
""".split())

# Words that name one thing in news copy, brought to one class (by their stems): the counted thing
# and the event a figure counts. Data, not code: each row is a class and its members.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "detain": ("arrest", "detain", "apprehend", "captur", "nab", "custodi", "detent", "detaine"),
    "kill": ("kill", "die", "dead", "death", "fatal", "perish", "toll", "slain"),
    "injur": ("injur", "wound", "hurt", "injuri", "casualti"),
    "miss": ("miss", "unaccount"),
    "person": ("peopl", "person", "individu", "resid", "civilian", "inhabit", "migrant", "immigr", "emigr",
               "asylum-seek", "refuge", "crowd", "audienc", "popul"),  # "a crowd of 18,000", "a population of 1,800": people
    "employe": ("employe", "staff", "worker", "personnel", "staffer", "workforc", "job", "employ"),  # "employs 2,300 people"
    "home": ("home", "hous", "household", "dwell", "properti"),  # "400 properties were flooded", "households": homes, as copy counts them
    "vehicl": ("vehicl", "car", "truck", "pickup", "automobil"),
    "ship": ("ship", "vessel", "boat"),
    "sailor": ("sailor", "seamen", "seaman", "crew", "crewmen", "crewman"),
    "agent": ("agent", "offici", "cop", "constabl", "policeman", "policemen"),  # "three officers" / "three cops"
    "strike": ("strike", "struck", "hit"),
    "rais": ("rais", "increas", "rise", "rose", "grow", "grew", "climb", "jump", "surg", "gain"),
    "fall": ("fall", "fell", "drop", "declin", "decreas", "slump", "slid", "slide", "cut", "lower",
             "layoff", "lay", "laid", "redund", "axe", "shed"),
    "pay": ("pay", "paid", "cost", "salari", "wage"),  # "paid £159,000 a year" / "a £195,000 annual salary"
    "sale": ("sale", "sold", "sell", "revenu", "turnov"),
    "profit": ("profit", "incom"),  # "net income of $1.9bn" / "profit came to $2.9bn" (pre-tax and net are groups apart)
    "infect": ("infect",),
    "rescu": ("rescu", "pull", "save", "evacu", "airlift"),
    "board": ("board", "aboard", "onboard"),
    "world": ("worldwid", "global", "globe", "world"),
    "region": ("region", "area", "locat", "district", "zone"),
    "facil": ("facil", "centr", "center", "clinic"),
    "elect": ("elect", "poll", "ballot", "vote"),  # "go to the polls", "the by-election", "the vote" (not "voters": people)
    "theft": ("theft", "stolen", "steal", "stole"),  # "1,240 bicycle thefts", "1,630 bikes were reported stolen"
    "bike": ("bike", "bicycl"),
    "pupil": ("pupil", "student", "schoolchildren", "schoolchild", "learner"),  # a school's students (US) are its pupils (UK)
    "store": ("store", "shop", "outlet"),
    "compani": ("compani", "firm"),  # "the company was valued at" / "the firm was valued at"
    "fine": ("fine", "penalti"),
    "year": ("year", "annual", "annum"),
    "refurbish": ("refurbish", "revamp", "renov", "refit", "overhaul", "makeov"),  # "the refurbishment" / "the revamp"  # "a year" / "annual" / "per annum"
    "cancel": ("cancel", "scrap"),  # "cancelled 230 flights" / "320 departures were scrapped"
    "flight": ("flight", "departur"),
    "aircraft": ("aircraft", "plane", "jet"),  # "20 A321neo jets" / "20 narrowbody aircraft" (not "airliner": "airline")
    "drug": ("drug", "narcot"),
    "forecast": ("forecast", "expect", "guid", "guidanc", "predict", "anticip", "outlook"),
    # a verb and the noun of its act count one thing: "3,100 people complained" / "2,400 complaints",
    # "250,000 signed" / "320,000 signatures", "admitted" / "admissions" (not "voted" / "voters": votes are no people)
    "complain": ("complain", "complaint"),
    "sign": ("sign", "signatur", "signatori"),
    "appli": ("appli", "applic"),
    "admit": ("admit", "admiss"),
    "refer": ("refer", "referr"),
    "regist": ("regist", "registr"),
    "submit": ("submit", "submiss"),
    "deliv": ("deliv", "deliveri"),
    "marri": ("marri", "marriag"),
}
# Kinds of people (their classes): a figure of people ("156 people on board", "7,000 people on the
# waiting list") may count the passengers or patients another report names ("148 passengers",
# "9,400 patients"); two kinds are not one ("40 patients" are not "300 residents"). Stems shared with
# a word of other meaning ("protest", "prison", "travel", "support", "custom") are left out.
PEOPLE_KINDS = frozenset("""
passeng patient pupil employe sailor fan voter adult children child kid teenag youngster victim visitor
tourist spectat commut shopper women men woman man girl boy survivor pilgrim worshipp mourner doctor
teacher player athlet runner driver rider cyclist pedestrian motorist user member guest holidaymak
citizen soldier troop firefight inmat client tenant homeown farmer miner diner viewer reader subscrib
attende deleg particip
""".split())
# Things of a kind, by the class of the general word: "1,500kg of the drug" may be the cocaine another report names
# ("2.5 tonnes of cocaine"); two kinds are not one (cocaine is not heroin).
KINDS: dict[str, frozenset[str]] = {
    "drug": frozenset("cocain heroin cannabi methamphetamin amphetamin ecstasi fentanyl ketamin opium crack".split()),
}
# Countries and the adjectives of their people: "the Portuguese capital" is about Portugal ("a record in Portugal").
# Data: each row is a country (folded) and its demonyms.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "afghanistan": ("afghan",), "albania": ("albanian",), "algeria": ("algerian",), "argentina": ("argentine", "argentinian"),
    "armenia": ("armenian",), "australia": ("australian",), "austria": ("austrian",), "azerbaijan": ("azerbaijani",),
    "bangladesh": ("bangladeshi",), "belarus": ("belarusian",), "belgium": ("belgian",), "bolivia": ("bolivian",),
    "bosnia": ("bosnian",), "brazil": ("brazilian",), "britain": ("british",), "bulgaria": ("bulgarian",),
    "cambodia": ("cambodian",), "cameroon": ("cameroonian",), "canada": ("canadian",), "chile": ("chilean",),
    "china": ("chinese",), "colombia": ("colombian",), "croatia": ("croatian",), "cuba": ("cuban",), "cyprus": ("cypriot",),
    "czechia": ("czech",), "denmark": ("danish",), "ecuador": ("ecuadorian",), "egypt": ("egyptian",), "england": ("english",),
    "eritrea": ("eritrean",), "estonia": ("estonian",), "ethiopia": ("ethiopian",), "finland": ("finnish",), "france": ("french",),
    "georgia": ("georgian",), "germany": ("german",), "ghana": ("ghanaian",), "greece": ("greek",), "hungary": ("hungarian",),
    "iceland": ("icelandic",), "india": ("indian",), "indonesia": ("indonesian",), "iran": ("iranian",), "iraq": ("iraqi",),
    "ireland": ("irish",), "israel": ("israeli",), "italy": ("italian",), "jamaica": ("jamaican",), "japan": ("japanese",),
    "jordan": ("jordanian",), "kenya": ("kenyan",), "korea": ("korean",), "kosovo": ("kosovan", "kosovar"), "kuwait": ("kuwaiti",),
    "latvia": ("latvian",), "lebanon": ("lebanese",), "libya": ("libyan",), "lithuania": ("lithuanian",), "malaysia": ("malaysian",),
    "mali": ("malian",), "malta": ("maltese",), "mexico": ("mexican",), "moldova": ("moldovan",), "mongolia": ("mongolian",),
    "morocco": ("moroccan",), "nepal": ("nepalese", "nepali"), "netherlands": ("dutch",), "nigeria": ("nigerian",),
    "norway": ("norwegian",), "pakistan": ("pakistani",), "palestine": ("palestinian",), "peru": ("peruvian",),
    "philippines": ("filipino", "philippine"), "poland": ("polish",), "portugal": ("portuguese",), "qatar": ("qatari",),
    "romania": ("romanian",), "russia": ("russian",), "rwanda": ("rwandan",), "scotland": ("scottish",), "senegal": ("senegalese",),
    "serbia": ("serbian",), "singapore": ("singaporean",), "slovakia": ("slovak", "slovakian"), "slovenia": ("slovenian",),
    "somalia": ("somali",), "spain": ("spanish",), "sudan": ("sudanese",), "sweden": ("swedish",), "switzerland": ("swiss",),
    "syria": ("syrian",), "taiwan": ("taiwanese",), "tanzania": ("tanzanian",), "thailand": ("thai",), "tunisia": ("tunisian",),
    "turkey": ("turkish",), "uganda": ("ugandan",), "ukraine": ("ukrainian",), "venezuela": ("venezuelan",),
    "vietnam": ("vietnamese",), "wales": ("welsh",), "yemen": ("yemeni",), "zambia": ("zambian",), "zimbabwe": ("zimbabwean",),
}
COUNTRY_OF = {demonym: country for country, demonyms in DEMONYMS.items() for demonym in demonyms}
_CLASS = {member: name for name, members in SYNONYMS.items() for member in members}
# words whose stem is shared with another word of other meaning ("officers" and "office" are both "offic")
_WORD_CLASS = {"officer": "agent", "officers": "agent", "tag": "pay",  # a "price tag" is a cost (a price is no payment)
               "supporter": "fan", "supporters": "fan"}  # a team's supporters are its fans (not "support", the verb)


def fold(text: str) -> str:
    """`text` lower-cased, without accents, zero-width marks or soft hyphens, with straight apostrophes."""
    text = text.translate(_INVISIBLE).replace("’", "'").replace("‘", "'")
    return unaccented(text).lower()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The class of a folded word: its stem, or the synonym class the stem belongs to."""
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'.-")
    if word in _WORD_CLASS:
        return _WORD_CLASS[word]
    root = _STEMMER.stemWord(word)
    return _CLASS.get(root, root)


def content(text: str) -> list[tuple[str, int, int]]:
    """The content words of `text` (no stop words), each as (class, start, end) in `text`: each
    word folded on its own, as folding may move letters (a ligature, a zero-width mark). A
    hyphenated word is its parts ("primary-care" is "primary care"; "long-term" is "long term"),
    a first part of one or two letters that is no word of its own joined to the next ("e-mail" is
    "email", "x-ray" is "xray", "co-operate" is "cooperate"; "day-to-day" is "day", "day")."""
    out: list[tuple[str, int, int]] = []
    for m in _WORD.finditer(text):
        word = m[0]
        if "-" not in word:
            if (cls := _class(word)) is not None:
                out.append((cls, m.start(), m.end()))
            continue
        at, start, pending = m.start(), m.start(), ""
        for k, part in enumerate(word.split("-")):
            pending += part
            end = at + len(part)
            if k or len(pending) > 2 or fold(pending) in STOP or end == m.end():
                if (cls := _class(pending)) is not None:
                    out.append((cls, start, end))
                pending, start = "", end + 1
            at = end + 1
    return out


@lru_cache(maxsize=65536)
def _class(word: str) -> str | None:
    """The class of a word as written (`stem` of it folded), or None for a stop word."""
    folded = fold(word)
    return None if folded in STOP else stem(folded)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A name as compared: folded, possessive and punctuation dropped, blanks one ('Calderón’s' -> 'calderon')."""
    words = [w.strip("'.-,") for w in fold(name).split()]
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    return " ".join(w for w in words if w)
