"""The words that say who speaks: verbs of saying, titles and roles, relations, bodies, honorifics, clause words.

Data only: `speakers.py` reads noun phrases and attributions with them.
"""

from __future__ import annotations

VERBS = (
    "said|says|say|added|adds|told|tells|stated|states|warned|warns|insisted|insists|explained|explains|"
    "wrote|writes|asked|asks|replied|replies|argued|argues|claimed|claims|admitted|admits|declared|declares|"
    "noted|notes|continued|continues|commented|comments|remarked|urged|urges|pledged|pledges|promised|promises|"
    "accused|accuses|condemned|condemns|described|describes|called|calls|announced|announces|acknowledged|"
    "conceded|concedes|suggested|suggests|stressed|stresses|emphasised|emphasized|recalled|recalls|tweeted|"
    "posted|cautioned|complained|confirmed|confirms|denied|denies|maintained|maintains|predicted|revealed|"
    "vowed|vows|branded|labelled|dubbed|wrote|told|agreed|agrees|responded|responds|believes|believed|"
    "thinks|thought|felt|feels|hoped|hopes|boasted|joked|laughed|shouted|whispered|went\\s+on|"
    "reported|reports|ruled|sang|sings|chanted|chants|yelled|yells|shouts|cried|asserted|asserts|"
    "criticised|criticized|criticises|criticizes|blasted|blasts|slammed|slams|mocked|mocks|dismissed|dismisses|"
    "denounced|denounces|hailed|hails|praised|praises|alleged|alleges|contended|contends|countered|"
    "counters|retorted|recounted|concluded|concludes|observed|lamented|proclaimed|proclaims|demanded|demands|"
    "pleaded|testified|quipped|quips|texted|emailed|emails|thanked|credited|credits|wondered|wonders|mused|acknowledges|"
    "pointed\\s+out|points\\s+out|reads|put\\s+it|puts\\s+it|quoted\\s+as\\s+saying|"
    "read|shot\\s+back|fired\\s+back|hit\\s+back|snapped|pressed|interjected|interrupted|answered|answers|write"
)

# the -ing forms that carry an attribution: "is telling", ", saying"
PARTICIPLES = (
    "saying|telling|adding|calling|describing|arguing|claiming|warning|insisting|noting|asking|urging|"
    "accusing|writing|tweeting|declaring|stressing|promising|pledging|vowing|suggesting|explaining|"
    "charging|demanding|branding|criticising|criticizing|blasting|praising|proclaiming|"
    "stating|reporting|singing|chanting|shouting|yelling|answering|replying|responding|predicting|announcing"
)

TITLE_HEADS = {
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "executive", "director",
    "chairman", "chairwoman", "chair", "chairperson", "president", "minister", "secretary", "officer", "head",
    "leader", "chief", "commissioner", "inspector", "superintendent", "constable", "sergeant", "detective",
    "professor", "lecturer", "researcher", "scientist", "analyst", "economist", "lawyer", "solicitor",
    "barrister", "counsel", "judge", "mp", "mep", "senator", "governor", "mayor", "councillor", "founder", "editor",
    "manager", "adviser", "advisor", "campaigner", "coordinator", "co-ordinator", "chancellor", "premier",
    "ambassador", "general", "author", "expert", "consultant", "partner", "principal", "headteacher",
    "teacher", "doctor", "nurse", "surgeon", "coroner", "prosecutor", "treasurer", "deputy", "boss",
    "owner", "ceo", "cfo", "coo", "cto", "md", "chiefs", "trustee", "vice-president", "official",
    "congressman", "congresswoman", "businessman", "businesswoman", "lawmaker", "nominee", "candidate", "strategist",
    "narrator", "announcer", "questioner", "speaker", "aide", "activist", "attorney", "journalist", "reporter", "host", "anchor",
    "columnist", "commentator", "playwright", "dramatist", "poet", "pollster", "scholar", "historian", "physicist", "organizer", "organiser", "member",
    "staffer", "operative", "delegate", "sheriff", "agent", "writer", "critic", "supporter", "voter", "resident",
    "witness", "protester", "rival", "opponent", "spokesmen", "spokeswomen", "diplomat", "envoy", "negotiator",
    "producer", "actor", "actress", "singer", "star", "coach", "captain", "player", "striker", "winger", "midfielder",
    "defender", "goalkeeper", "presenter", "comedian", "musician", "artist", "designer", "architect", "trader",
    "investor", "banker", "broker", "engineer", "entrepreneur", "pilot", "novelist", "filmmaker", "rapper",
    "pundit", "champion", "olympian", "athlete", "runner", "sprinter", "boxer", "jockey", "referee",
    # people described rather than titled: "the youngster added", "the pastor said"
    # (no word that is also a common surname: Bishop, Farmer, Driver, Bowler, Rider)
    "youngster", "teenager", "teen", "rookie", "veteran", "pastor", "vicar", "rabbi", "imam", "vet",
    "epidemiologist", "virologist", "psychologist", "psychiatrist", "paramedic", "firefighter", "shopkeeper",
    "landlord", "landlady", "cyclist", "golfer", "swimmer", "skier", "batsman", "quarterback", "debutant",
    "newcomer", "pensioner", "survivor", "passer-by", "passerby", "student", "pupil", "mechanic", "plumber", "clerk", "teller", "cashier",
    "receptionist", "caretaker", "postman", "postwoman", "churchwarden", "meteorologist", "forecaster", "midwife",
    "flanker", "fly-half", "scrum-half", "councilman", "councilwoman",
    # the parties and people of a court, a tribunal, a team or a village: "the claimant said", "the loose forward said"
    "claimant", "defendant", "complainant", "plaintiff", "retiree", "elder", "forward", "opener", "selector", "reader",
    "listener", "cellist", "violinist", "pianist", "guitarist", "drummer", "conductor", "composer", "apprentice",
    "volunteer", "curator", "chef", "priest", "fisherman", "skipper", "tenant", "biologist", "ecologist", "hydrologist",
    "geologist", "archaeologist", "zoologist", "oncologist", "cardiologist", "neurologist", "criminologist", "sociologist",
    "anthropologist", "pathologist", "toxicologist", "climatologist", "seismologist", "immunologist", "microbiologist",
}

# roles that describe a person more than they name an office: "the youngster" or "the champion" may stand for a person
# given another title ("Sam Reed, the club's captain"); "the mayor" never for one given another
DESCRIBED = {"youngster", "teenager", "teen", "rookie", "veteran", "champion", "star", "boss", "debutant", "newcomer",
             "pensioner", "survivor", "student", "pupil", "winner", "olympian", "athlete", "volunteer", "retiree", "elder",
             "claimant", "defendant", "complainant", "plaintiff", "apprentice",
             # a player by position: "Jo Hart, the captain, …" then "the loose forward said"
             "forward", "opener", "striker", "winger", "midfielder", "defender", "goalkeeper", "flanker", "fly-half",
             "scrum-half", "batsman", "quarterback",
             # a scientist by field: "Professor Jo Hart …, the marine biologist said"
             *(w for w in TITLE_HEADS if w.endswith("ologist")), "scientist", "researcher", "expert", "physicist"}

# "the Italian", "the Finn": a person described by their nation or region, after "the" (a word that ends -an, -ian,
# -ese, -ish or -man, or one of these); never a newspaper or body so named
DEMONYMS = {"finn", "swede", "dane", "scot", "briton", "brit", "pole", "czech", "slovak", "swiss", "turk", "greek",
            "thai", "spaniard", "argentine", "kiwi", "aussie", "croat", "serb", "bosniak", "uzbek", "kazakh", "basque",
            "catalan", "fleming", "walloon", "geordie", "scouser", "cockney", "yank", "texan", "israeli", "pakistani",
            "iraqi", "saudi", "kuwaiti", "qatari", "bangladeshi", "nepali", "somali", "yemeni", "omani", "azeri"}
NOT_DEMONYMS = {"guardian", "scotsman", "vatican", "taliban", "kremlin", "sudan", "oman", "iran", "japan", "pakistan",
                "afghanistan", "kazakhstan", "batsman", "chairman", "spokesman", "statesman", "sportsman",
                "human", "woman", "man", "ottoman", "caravan", "titan", "spartan", "christian", "civilian", "guardian"}

RELATIONS = {"mother", "father", "mum", "dad", "parents", "sister", "brother", "wife", "husband", "son",
             "daughter", "friend", "neighbour", "neighbor", "grandmother", "grandfather", "partner", "aunt",
             "uncle", "cousin", "family", "relative", "relatives", "colleague", "boyfriend", "girlfriend", "widow", "couple",
             "widower", "niece", "nephew", "fiancé", "fiancee", "stepfather", "stepmother"}

ORG_WORDS = {"agency", "office", "council", "ministry", "department", "police", "society", "trust", "association",
             "commission", "service", "services", "government", "institute", "university", "company", "group",
             "ltd", "inc", "plc", "party", "union", "bank", "foundation", "authority", "board", "committee",
             "charity", "network", "corporation", "court", "parliament", "federation", "league",
             "club", "organisation", "organization", "centre", "center", "hospital", "school", "college",
             "force", "constabulary", "bureau", "fund", "nhs", "bbc", "unit", "team",
             # the words a company's name ends in: "Haneul Entertainment", "Kanda Securities", "Fenwick Parcel Logistics"
             "entertainment", "holdings", "capital", "securities", "logistics", "motor", "motors", "airlines", "airways",
             "media", "studios", "records", "pictures", "technologies", "systems", "industries", "enterprises", "ventures",
             "partners", "research", "dynamics", "pharmaceuticals", "laboratories", "insurance", "corp", "corp.", "llc"}

GENERIC = {"charity", "company", "firm", "government", "agency", "police", "force", "department", "ministry",
           "forum", "district", "institute", "commission", "committee", "authority", "foundation", "trust", "bank",
           "airline", "regulator", "watchdog", "network", "coalition", "alliance", "bureau", "syndicate", "utility",
           "crowd", "marchers", "notice", "opinion",
           "council", "platform", "site", "organisation", "organization", "group", "report", "study", "survey",
           "statement", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources",
           "authorities", "investigators", "prosecutors", "officers", "protesters", "demonstrators", "critics",
           "residents", "witnesses", "experts", "analysts", "lawmakers", "aides", "organisers", "organizers",
           "letter", "article", "ad", "advert", "clip", "caption", "book", "ruling", "memo", "complaint", "piece", "post", "tweet",
           "spot", "document", "poll", "editorial", "release", "filing", "lawsuit", "indictment", "verdict",
           "petition", "resolution", "campaign", "website", "newspaper", "magazine", "paper", "commission", "brief",
           "submission", "affidavit", "motion", "court", "jury", "tribunal", "panel", "inquiry", "watchdog", "regulator",
           "prosecution", "union", "party", "board", "committee", "club", "federation",
           # people quoted unnamed: "an insider said", "one eyewitness told us", "a passenger said"
           "insider", "insiders", "eyewitness", "eyewitnesses", "employee", "employees", "passenger", "passengers",
           "guest", "guests", "onlooker", "onlookers", "bystander", "bystanders", "commuter", "commuters", "shopper",
           "shoppers", "diner", "diners", "villager", "villagers", "worker", "workers", "customer", "customers",
           # a group speaking as one: "the researchers say", "the two authors wrote", "inspectors from Ofsted said"
           "researchers", "scientists", "authors", "inspectors", "doctors", "teachers", "students", "fans"}

PORTFOLIO = {"digital", "home", "foreign", "health", "culture", "education", "justice", "transport", "defence",
             "environment", "business", "work", "energy", "security", "safeguarding", "policing", "prime",
             "deputy", "shadow", "chief", "senior", "junior", "former", "acting", "interim", "assistant",
             "executive", "vice", "general", "associate", "principal", "managing", "finance", "trade",
             "housing", "immigration", "technology", "tech", "science", "communications", "media", "retired",
             "longtime", "outgoing", "incoming", "current", "top", "veteran"}

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev", "cllr",
              "mx", "det", "insp", "supt", "sgt", "sen", "rep", "gov", "lt", "gen", "col", "capt", "adm", "maj", "cmdr",
              "atty", "amb", "del", "pres", "sec", "fr", "hon", "rt"}

PRONOUNS = {"he", "she", "they", "it", "we", "i"}

DETERMINERS = {"a", "an", "the"}

CONNECTORS = {"for", "of", "from", "at", "and", "&", "in", "to", "on"}

# the small words inside a name, between its capitalised ones: "Ramón de la Cruz", "Stefan de Vries", "Bord na Móna"
PARTICLES = {"de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "dos", "das", "na", "bin",
             "ibn", "al", "el", "ter", "ten"}

LEADS = {"and", "but", "while", "whilst", "as", "meanwhile", "however", "also", "then", "now", "yet", "so",
         "although", "though", "later", "earlier", "separately", "instead", "even"}

COUNTRY_CODES = {"us", "uk", "eu", "un", "usa", "uae", "u.s", "u.k", "u.n", "e.u"}

# words that open a clause and are never a speaker's first word: "When", "Following", "On Tuesday's", a caption
NEVER_FIRST = {"if", "when", "where", "while", "after", "before", "during", "following", "on", "at", "in", "by",
               "with", "without", "from", "to", "for", "of", "since", "until", "because", "every", "each", "this",
               "that", "these", "those", "there", "here", "what", "which", "who", "whom", "why", "how", "not",
               "such", "only", "just", "image", "photo", "picture", "caption", "copyright", "video",
               "watch", "read", "see", "click", "last", "next", "yesterday", "today", "tomorrow", "asked", "pressed",
               "speaking", "writing", "despite", "amid", "so", "had", "has", "have", "was", "were", "is", "are",
               "neither", "nor", "either", "among", "its", "unless", "according", "under", "although", "though",
               "as", "like", "unlike", "outside", "inside", "beyond", "behind", "across", "throughout", "within",
               "later", "earlier", "afterwards", "elsewhere", "separately"}

QUANTIFIERS = {"one", "another", "some", "several", "many", "other", "others", "two", "three", "four", "both", "all", "most"}

POSSESSIVES = {"his", "her", "its", "their", "our", "my"}

TIMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
         "march", "september", "october", "november", "december", "sept", "oct", "nov", "dec", "jan", "feb"}

FEMALE = {"mrs", "ms", "miss", "dame", "lady", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman",
          "assemblywoman", "alderwoman", "policewoman", "sportswoman", "frontwoman", "anchorwoman", "stepmother", "niece",
          "mother", "mum", "wife", "daughter", "sister", "grandmother", "aunt", "girlfriend", "woman", "widow",
          "actress", "queen", "princess", "duchess", "madam"}

MALE = {"mr", "sir", "lord", "spokesman", "chairman", "congressman", "businessman", "councilman", "assemblyman", "alderman",
        "policeman", "sportsman", "frontman", "anchorman", "stepfather", "nephew", "father", "dad", "husband",
        "son", "brother", "grandfather", "uncle", "boyfriend", "man", "widower", "actor", "king", "prince", "duke"}

# first names that are, in English-language copy, a woman's or a man's and seldom the other's: what a name shows of its
# bearer when the text says nothing more ("she said" never stands for a John). Names given to both (Alex, Sam, Jordan,
# Robin, Jean, Andrea, Kim, Lee, ...) are in neither: their bearer's gender is unknown.
FEMALE_NAMES = frozenset("""
abigail ada adele agnes aisha alice alison amanda amber amelia amy ana angela angelina anita ann anna anne annie
barbara beatrice becky bella beth bethany betty brenda bridget caroline carol catherine charlotte chloe christine claire
clara daisy deborah debbie diana diane dorothy eleanor elena elizabeth ella ellen emily emma erin esther eva eve fatima
fiona florence frances gemma georgia grace hannah harriet heather helen holly ida irene isabel isabella jane janet
jennifer jessica jill joan joanna josephine joyce judith julia julie karen kate katherine kathleen katie laura lauren
linda lisa louise lucy lydia maria marie margaret martha mary megan melissa michelle mildred molly monica nancy natalie
natasha nicole nina olivia pamela patricia paula pauline penelope rachel rebecca rose ruth sally samantha sandra sara
sarah sharon sophia sophie stephanie susan teresa theresa tracy ursula valerie vanessa victoria virginia wendy yvonne
zoe
aoife grainne maeve niamh orla roisin saoirse sinead siobhan""".split())

MALE_NAMES = frozenset("""
aaron abdul adam adrian ahmed alan albert alexander alfred andrew andy angus anthony arthur barry ben benjamin bernard
bill bob boris brian bruce carl charles colin craig dan daniel darren david dennis derek donald douglas duncan edward
eric ernest frank fred frederick gary gavin geoffrey george gerald gordon graham gregory harold harry henry howard hugh
ian isaac ivan jack jacob james jason jeffrey jeremy jim joe john jonathan joseph keith kenneth kevin larry lawrence
leonard liam luke malcolm mark martin matthew michael mohammed muhammad neil nicholas nigel oliver oscar patrick paul
peter philip ralph raymond richard robert roger ronald roy russell ryan samuel scott sean simon stanley stephen steven
stuart thomas timothy tom tony trevor victor vincent walter wayne william
cian ciaran conor darragh declan eamon eamonn eoin fergus niall oisin padraig ronan seamus""".split())

# first names given to both in English-language copy, or a man's in one tradition and a woman's in another (Andrea,
# Jean): the census names (`given`) may call them one sex, but their bearer's gender is unknown unless the text shows it
BOTH_NAMES = frozenset("""
alex andrea ashley charlie chris dana frankie jamie jean jo jordan kelly kim lee nicky pat robin sam sasha toni""".split())
