"""Whom a pronoun or a description stands for, and the subject a sentence names: the antecedents of attribution.

A quote's stated speaker may be "he", "she", "it", "the group" or "the 42-year-old"; this room finds
the person or body each stands for within the article (the subject of a sentence just before, the
person a description was said of, the nearest person quoted or named), and reads the subject at the
head of a sentence, which attribution reads too. The speaker returned carries how it was resolved.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

import regex

from checker.extract import speakers as sp
from checker.extract.cast import GENDER, Article, People, family, same_role, silent
from checker.extract.named import NAME_WORD, PARTICLE, PERSON, census_gender, whole_name
from checker.extract.quotes import Span
from checker.extract.roles import DESCRIBED, RELATIONS
from checker.extract.scan import before
from checker.model import Speaker

ACCORDING = regex.compile(r"(?<![\w’'])according[ \t]+to[ \t]+", regex.I)
_ADVERB = regex.compile(r"[ \t]*\p{Lu}\p{Ll}+ly,")
_DATELINE = regex.compile(r"\p{Lu}[\p{Lu} .'-]{2,30}?(?:,[^—–\n]{1,30}?)?[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*(?:--|[—–]|(?<=[ \t])-(?=[ \t]))[ \t]*")
# a live blog's entry ("14:05 The mayor …", "3:40 p.m. ET — The mayor …"), an interview's question or answer ("Q. Is it …", "A: We …")
_STAMP = regex.compile(r"(?:\d{1,2}[:.]\d\d(?:[ \t]*(?:[ap]\.?m\.?|GMT|BST|CET|UTC|E[SD]?T|P[SD]?T)){0,2}(?:[ \t]*(?:--|[—–]))?|[QA][.:])[ \t]+(?=\p{Lu})")
QUESTION = regex.compile(r"Q[.:][ \t]+[\"'“‘]?\p{Lu}")  # a line of an interview in Q&A form that the interviewer asks
_CAPTION = regex.compile(r"(?:Image|Photo|Picture|Video)[ \t]+caption[ \t]+")
_SEGMENT_END = re.compile(r"[,;—–()]")


def for_pronoun(article: Article, people: People, stated: sp.Stated, pronoun: str, span: Span,
             earlier: tuple[Speaker | None, int]) -> Speaker | None:
    """Whom 'he' or 'she' stands for: the subject of its own sentence when known to be of its gender ('Ada Lark says
    she appreciated what she calls “…”'), else the subject of a sentence just before that is of its gender (`_hobbs`),
    else the nearest person of its gender."""
    s_start, _ = article.sentence(stated.start)
    want = GENDER[pronoun]
    mine = stated.start > s_start and want in people.gender.values()  # no one quoted yet is known of its gender: none is read
    bare = not _LETTER.search(article.text, span.end if span.start <= s_start < stated.start else s_start, stated.start)
    narrative = s_start < span.start and not bare  # "In a letter, he described himself as “…”"
    head = sentence_subject(article, s_start, stated.start) if mine or narrative and _may_name(article, s_start, stated.start) else None
    name = article.resolve(head.name) if mine and head and head.end < stated.start and not head.title else None
    if name and people.gender.get(name) == want:
        return Speaker(name, name, None, None, "named", head.start, head.end) if head else None
    opens = bare or narrative and (head is None or head.start >= stated.start)  # no one named before the pronoun
    found = _hobbs(article, people, min(s_start, span.start), want, earlier) if opens else None  # "“…,” she said", "She said:"
    return found or people.before(stated.start, pronoun)


_LETTER = regex.compile(r"\p{L}")
_NEW_CLAUSE = regex.compile(r"[\"'”’]*[ \t]+\p{Lu}")
_HOBBS_BACK = 2  # sentences read back for the subject a pronoun stands for


def _hobbs(article: Article, people: People, at: int, want: str, earlier: tuple[Speaker | None, int]) -> Speaker | None:
    """The subject of the nearest sentence before `at` that names a person of the pronoun's gender ('Dupuis praised the
    clerk. “…,” he said.'): a sentence holding the last quote stands for its speaker; one whose subject is of the other
    gender, a pronoun, no one or one said not to speak is read past; one whose subject's gender is unknown ends the search
    (None). One of its gender who does not speak and whom the speaker of a sentence before named is read past for that
    speaker ('Jo Hart said her aide, Ana Moss, had left. Ms Moss has … “…,” she said': Jo Hart)."""
    last, previous_end = earlier
    spoken_of = None  # one of its gender only spoken of ('Jo said her aide, Ana Lee, had left. Ms Lee has …'), read past
    for start, end in _sentences_before(article, at, _HOBBS_BACK):
        if start < previous_end:  # the sentence of the last quote: its speaker is its subject, unless a clause follows
            after = _NEW_CLAUSE.match(article.text, previous_end, end) is not None  # "“No.” Later, Mr Lowe said …"
            candidate = (_named_subject(article, previous_end, end) if after else None) or last
        else:
            at_clause = _last_clause(article.text, start, end)  # "Hart smiled, but the challenger was serious": the challenger
            candidate = _named_subject(article, at_clause, end) if _may_name(article, at_clause, end) else None
            role = _role_subject(article, people, start, end, want) if candidate is None and at_clause == start else None
            if role is not None:
                return spoken_of or role  # "A spokeswoman for Lark said …", "The judge said …"
            source = _according_to(article, people, start, end, want) if candidate is None else None
            if source is not None:
                return spoken_of or source  # "…, according to Jo Hart, an analyst. “…,” she added"
        if start < previous_end and candidate is not None and _spokesperson_here(candidate, start):
            return candidate if sp.gender_of(candidate.text) in (want, None) else spoken_of  # "A spokesman for Lark said …"
        if candidate is None or not candidate.name:
            if start < previous_end:
                return spoken_of
            continue
        gender = people.gender_of(candidate.name, sp.gender_of(candidate.text))
        if gender == want and start >= previous_end and silent(article.text, candidate.end, end):
            continue  # "His rival, Jo Hart, declined to comment."
        if gender == want and spoken_of is not None:  # the speaker whose words named the one read past, else that one
            return candidate if _speaks(article, candidate, end) and _names_in(article, spoken_of, candidate.end, end) else spoken_of
        if gender == want and (start < previous_end or _speaks(article, candidate, end) or people.spoke(candidate.name)):
            return candidate
        if gender == want:
            spoken_of = candidate
        elif gender is None and start < previous_end and last is not None and candidate.name == last.name and not sp.organisation_like(last.name):
            return spoken_of or candidate  # "“…,” Obama said after meeting Vladimir Putin. He …": the one who spoke
        elif gender is None and start >= previous_end and silent(article.text, candidate.end, end):
            continue  # "Matteo Ferrandi, standing beside him, said nothing."
        elif gender is None:
            return spoken_of or (candidate if _person_named(article, candidate, at, end) else None)  # "Mei-Ling Tran was gracious. … she shook her head. “…,” she said": the subject
    return spoken_of


_CONTRAST = regex.compile(r",[ \t]+(?:but|yet|while|whereas)[ \t]+(?=\p{L})")


def _last_clause(text: str, start: int, end: int) -> int:
    """Where the sentence text[start:end]'s last clause of contrast opens ('…, but Osian is not for turning'), else `start`."""
    found = None
    for found in _CONTRAST.finditer(text, start, end) if ", " in text[start:end] else ():
        pass
    return found.end() if found is not None else start


_ROLE_OPENING = regex.compile(r"(?:\d{1,2}[:.]\d\d[ \t]+)?[\"'“‘]?(?:A|An|The|His|Her|Their|My|Our|\p{Lu}[\p{L}-]*['’]s)[ \t]")  # "Labour's candidate, Jo Hart,"
_INDEFINITE = ("a ", "an ", "my ", "our ")  # a description that brings in someone new: "A neighbour said …", "My neighbour put it …"


def _role_subject(article: Article, people: People, start: int, end: int, want: str) -> Speaker | None:
    """The speaker a sentence opening with a role stands for, when it speaks and is of the pronoun's gender: a body's
    spokesperson, unnamed ('A spokeswoman for Lark said …'), or the person a description was given ('The judge said …')."""
    if _ROLE_OPENING.match(article.text, start, end) is None:
        return None
    head = sentence_subject(article, start, end, apposed=True)
    if head is None or not head.title or sp.gender_of(head.text) not in (want, None):
        return None
    name = article.resolve(head.name)
    said = Speaker(head.text, name, head.title, head.organisation, "named", head.start, head.end)
    if name:  # "Her son, Carlos, said …": the one named beside the role
        shown = people.gender_of(name, sp.gender_of(head.text))
        return said if shown in (want, None) and not sp.organisation_like(name) and _speaks(article, said, end) else None
    if family(head.title) in ("spokes", "representative"):  # "… declined to give a figure but said …": a verb anywhere
        return said if head.organisation and sp.verbs(article.text, head.end, end) else None
    if head.text.lower().startswith(_INDEFINITE) and not head.organisation:
        return _named_after(article, people, head, want) or said  # someone new: named later, or by no name
    if head.text.split()[0].lower() != "the" or head.organisation or not _speaks(article, said, end):
        return None
    who = for_description(article, people, (head, "X said"), None)
    return who if who is not None and people.gender_of(who.name) in (want, None) else None


_LATER_REACH = 600  # characters after a description bringing in someone new where the name it is given may come


def _named_after(article: Article, people: People, head: sp.Stated, want: str) -> Speaker | None:
    """The name a description bringing in someone new is given after it ('A neighbour who called 999 said …', then
    'Shirley Tattersall, 71, has lived there …'): the first person named in full after it, not named before it, whose
    name opens a sentence, of the pronoun's gender or of none shown."""
    earlier = set()
    for a, b, name, _ in article.named.mentions():
        if a < head.start:
            earlier.add(name)
        elif a > head.end + _LATER_REACH:
            return None
        elif a >= head.end and name not in earlier and not article.text[article.sentence(a)[0] : a].strip(" \t\"'“‘"):
            return Speaker(name, name, None, None, "named", a, b) if people.gender_of(name) in (want, None) else None
    return None


def _according_to(article: Article, people: People, start: int, end: int, want: str) -> Speaker | None:
    """The person a sentence gives its figure or claim to ('…, according to Jo Hart, an analyst at Lark'), when of the
    pronoun's gender or of none the text shows."""
    text = article.text
    m = ACCORDING.search(text, start, end) if "ccording" in text[start:end] else None
    who = sp.noun_phrase(text, m.end(), end, whole=False) if m is not None else None
    name = article.resolve(who.name) if who is not None and who.name and not who.title else None
    if who is None or not name or " " not in name or sp.organisation_like(name) or people.gender_of(name) not in (want, None):
        return None
    return Speaker(name, name, None, None, "named", who.start, who.end)


def _person_named(article: Article, candidate: Speaker, at: int, end: int) -> bool:
    """Whether `candidate`, the subject of a sentence ending at `end`, is one person the article names in full ('Mei-Ling
    Tran', or 'Tran' for her), not a place, a body or two people; no other person being named between them and `at`
    ('Another, Ivan Dunai, said', 'His wife Noor, 31, hid'), nor by one name in the rest of their sentence ('…, but
    Whitlock was in no mood')."""
    name = candidate.name or ""
    if " and " in name or "&" in name or sp.organisation_like(name):
        return False
    full = article.named.full_name(name) if " " not in name.strip() else name
    if full is None or article.named.names_between(candidate.end, at) or article.named.beside_roles(candidate.end, at):
        return False
    return all(article.named.full_name(m[0]) in (None, full) for m in _CAPITALISED.finditer(article.text, candidate.end, min(end, at)))


_CAPITALISED = regex.compile(r"(?<![\w’'-])\p{Lu}[\p{Ll}’'-]+")


def _spokesperson_here(candidate: Speaker, start: int) -> bool:
    """Whether `candidate` is a body's spokesperson, not named, given in the sentence at `start`."""
    return not candidate.name and bool(candidate.title) and family(candidate.title or "") == "spokes" and candidate.start >= start


def _speaks(article: Article, subject: Speaker, end: int) -> bool:
    """Whether the subject of a sentence is said to speak in it: a verb of saying right after its name ('Jo Hart said'),
    or after a clause set off by commas ('Jo Hart, who voted yes, said')."""
    found = next(sp.iter_verbs(article.text, subject.end, min(end, subject.end + _SPEAKS_REACH)), None)
    gap = _PAREN.sub("", article.text[subject.end : found.start()]).strip(" \t") if found else "-"  # "Jo Hart (known as Jo), said"
    return not gap or gap.startswith(",") and gap.endswith(",") or _SPOKE.match(article.text, subject.end, end) is not None


_SPOKE = regex.compile(r",?[ \t]+(?:(?:has|had|have)[ \t]+)?(?:(?:just|also|briefly)[ \t]+)?(?:spoke|spoken)[ \t]+to[ \t]")  # "…, has just spoken to us"


def _names_in(article: Article, who: Speaker, start: int, end: int) -> bool:
    """Whether text[start:end] names `who` by surname ('Jo Lee said her aide, Ana Moss, had left' names Ana Moss)."""
    surname = (who.name or "").split()[-1:]
    return bool(surname) and article.text.find(surname[0], start, end) >= 0


_PAREN = regex.compile(r"[ \t]*\([^()\n]{1,60}\)")
_SPEAKS_REACH = 120  # characters after a subject's name read for its verb of saying


def _sentences_before(article: Article, at: int, most: int) -> Iterator[tuple[int, int]]:
    """The start and end of each sentence before the one holding `at`, nearest first, `most` of them at most."""
    end = article.sentence(at)[0]
    for _ in range(most):
        if end <= 0:
            return
        start, _ = article.sentence(end - 1)
        yield start, end
        end = start


_BODIES = (r"group|club|company|firm|charity|council|union|organi[sz]ation|agency|party|board|trust|association|federation|"
           r"society|campaign|forum|district|institute|commission|committee|authority|foundation|bank|airline|regulator|"
           r"watchdog|network|coalition|alliance|bureau|syndicate|utility")
_ISSUED = ("statement", "release", "notice")  # what a body of any name issues ("The PGA Tour explained the ruling. “…,” the statement said")
BODY = regex.compile(rf"(?i:the|a|an)[ \t]+(?:[\p{{Ll}}-]+[ \t]+)?(?:{_BODIES})(?:[ \t]+statement)?|(?i:the)[ \t]+(?:{'|'.join(_ISSUED)})")
_TRADED = regex.compile(r"\p{Lu}\p{Ll}+s[ \t]+(?:in|of|at)[ \t]+(?=\p{Lu})")  # "Shares in", "Sales at"
_TRADING = {"company", "firm", "group", "bank", "airline", "agency", "club"}  # a body that may bear any name ("Vantor Health")


def body_before(article: Article, stated: sp.Stated) -> Speaker | None:
    """Whom a body's description stands for ('the group said', 'a club statement read', 'the statement said'): the
    body named as the subject of one of the two sentences before, or for a company of the story's first (a name of a body's kind, one ending in the
    description's word, 'the forum' for 'Ashby Residents' Forum', or for a company any name no person bears; a body
    described there, 'the district said in a statement', the one of that kind named before), else None."""
    words = stated.text.lower().split()
    word = words[-2] if len(words) > 2 and words[-1] == "statement" else words[-1]  # "a company statement": a company's
    near = list(_sentences_before(article, stated.start, 2))
    incorporated = None
    for incorporated in _INCORPORATED.finditer(article.text, near[-1][0] if near else article.sentence(stated.start)[0], stated.start) if word in _TRADING else ():
        pass
    if incorporated is not None:  # "The seats were made by Little Harbor Co. of Charlotte": a company by its suffix, wherever it stands
        company = " ".join(incorporated[0].split())
        return Speaker(stated.text, company, None, company, "the same speaker", stated.start, stated.end, ((company, incorporated.start(), incorporated.end()),))
    lead = article.sentence(0) if word in _TRADING and near and near[-1][0] > 0 else None
    for start, end in [*near, lead] if lead else near:  # a company may be the one the story's first sentence is about
        head = sentence_subject(article, start, end)
        if head is None or not head.name or head.title or article.text[head.start - 1 : head.start] in _OPENING_MARKS:
            continue  # no one, or a quote's own words ("“Costs doubled,” Jo Hart said")
        name = article.resolve(head.name)
        trade = _TRADED.match(name) if name else None
        name = name[trade.end() :] if name and trade else name  # "Shares in Lark Foods rose": Lark Foods
        if name and name.islower() and word in _ISSUED:
            name = _named_body(article, name, head.start)  # "In a statement, the district said …"
        if name and (_body_named(article, name, word) or word in _ISSUED and head.text.startswith("The ") and _any_name(article, name)
                     and not sp.demonym(name.split()[-1].removesuffix("s"))):  # not "The Americans responded …"
            via = ((head.text, head.start, head.end),)
            return Speaker(stated.text, name, None, name, "the same speaker", stated.start, stated.end, via)
    return None


_INCORPORATED = regex.compile(r"(?<![\w’'-])(?:\p{Lu}[\w’'&-]*[ \t]+){1,4}(?:Co\.|Inc\.|Ltd\.?|plc|PLC|LLC|Corp\.)(?![\w’'-])")


COUPLE = regex.compile(r"(?i:the)[ \t]+(?:(?i:couple|pair|newlyweds)|(\p{Lu}[\p{Ll}’'-]+?)(?:es|s))")  # "the couple", "the Hales"
_PAIR = regex.compile(rf"(?<![\w’'-])(?:(?:Mr|Dr)\.?[ \t]+and[ \t]+(?:Mrs|Ms|Dr)\.?|{NAME_WORD}[ \t]+and[ \t]+{NAME_WORD})[ \t]+({NAME_WORD})(?![\w’'-])")
_PAIR_REACH = 1500  # characters read back for the two people a couple stands for


def pair_before(article: Article, stated: sp.Stated) -> Speaker | None:
    """Whom 'the couple' or 'the Hales' stands for: the two named together last before it ('Dale and Ann Hale', 'Mr and
    Mrs Hale'), of that surname when one is given; else None."""
    m = COUPLE.fullmatch(stated.text)
    surname = m[1] if m is not None else None
    found = None
    for pair in _PAIR.finditer(article.text, max(0, stated.start - _PAIR_REACH), stated.start):
        if surname is None or pair[1] == surname:
            found = pair
    if found is None:
        return None
    via = ((found[0], found.start(), found.end()),)
    return Speaker(stated.text, found[0], None, None, "the same speaker", found.start(), found.end(), via)


def _any_name(article: Article, name: str) -> bool:
    """Whether `name` may be a body's whatever it is called ('The PGA Tour'): capitalised, of two words or more, and no
    person's by first name or by a pronoun the article gives it."""
    return name[:1].isupper() and " " in name and census_gender(name) is None and not article.named.gender_shown(name)


def _body_named(article: Article, name: str, word: str) -> bool:
    """Whether `name` may be the body a description ending in `word` stands for."""
    if sp.organisation_like(name) or name.lower().endswith(word) and name[:1].isupper():
        return True
    return word in _TRADING and _any_name(article, name)


_OPENING_MARKS = {"\"", "'", "“", "‘", "«"}
_BODY_REACH = 2000  # characters read back for a body's name


@lru_cache(maxsize=64)
def _body_name_pattern(word: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?:\p{{Lu}}[\w’'&-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)?){{1,5}}{word.capitalize()}(?![\w’'-])")


def _named_body(article: Article, word: str, at: int) -> str | None:
    """The body of the kind `word` ('district') named last before `at' ('Oakridge Unified School District')."""
    found = None
    for found in _body_name_pattern(word).finditer(article.text, max(0, at - _BODY_REACH), at) if word.isalpha() else ():
        pass
    return " ".join(found[0].split()) if found is not None else None


_FIRST_WORD = regex.compile(rf"[\"'“‘]?({NAME_WORD})(?=[ \t,])")  # "Dupuis", "Reid-Baxter", "O'Neill"
_SUBJECT_REACH = 160  # characters at a sentence's head where its subject is looked for


def _may_name(article: Article, start: int, end: int) -> bool:
    """Whether a sentence may have a person named as its subject: a name found in full at its head, or a first word
    that is the surname or first name of one ('Dupuis praised …'); a cheap test before its subject is read."""
    if article.named.names_between(start, min(end, start + _SUBJECT_REACH)):
        return True
    first = _FIRST_WORD.match(article.text, start, end)
    if first is not None and article.named.full_name(first[1]) is not None:
        return True
    clause = _opens_with_a_clause(article.text, start, end) and not ACCORDING.match(article.text, start, end)  # not "According to X, Y …"
    comma = article.text.find(",", start, min(end, start + _SUBJECT_REACH)) if clause else -1
    after = _FIRST_WORD.match(article.text, comma + 2, end) if comma >= 0 else None  # "Outside the court, Hart said …"
    return after is not None and article.named.full_name(after[1]) is not None


def _named_subject(article: Article, start: int, end: int) -> Speaker | None:
    """The person named as the subject of text[start:end] (a sentence, or its narrative after a quote), else None."""
    while start < end and not article.text[start].isalnum():
        start += 1  # the marks closing a quote before the narrative
    head = sentence_subject(article, start, end, apposed=True) if start < end else None
    if head is None or not head.name or head.text.lower() in sp.PRONOUNS or not article.known(head):
        return None
    name = resolve_name(article, head)
    person = name.split(" of ")[0] if name else ""
    if " " in person and not sp.organisation_like(person):
        name = person  # "Prof Ana Lee of the Free University": Ana Lee
    if not name or sp.organisation_like(name):
        return None
    return Speaker(name, name, None, None, "named", head.start, head.end)


def for_it(people: People, last: Speaker | None) -> Speaker | None:
    """Whom 'it' stands for: the last speaker, unless the text shows it is a person (a gender, or a title given a
    name that is no body's: 'Jo Hart, an analyst at Lark')."""
    if last is not None and last.name and not sp.organisation_like(last.name) and (last.title or people.gender_of(last.name)):
        return None
    return last


def for_description(article: Article, people: People, found: tuple[sp.Stated, str], last: Speaker | None) -> Speaker | None:
    """Whom a definite description stands for ('the mayor', 'the spokesman'): the nearest one given that role; for a
    description of a person no one was given ('the youngster', 'the Italian', 'the councillor'), the person named as
    the subject of a sentence just before (past other descriptions and pronouns), else the nearest person quoted or
    named in full, whose gender does not contradict it. A spokesman or official is left to the last speaker, and so is
    a description acting on a partial quote ('the minister announced a “review”'): a verb of saying is wanted."""
    stated, how = found
    if stated.name in _DOCUMENTS and stated.text.lower().startswith("the "):
        return _author(article, people, stated, last)
    if stated.name or not stated.title:
        return last
    role = family(stated.title)
    ahead = _named_ahead(article, people, stated, role) if last is None and role not in _NOT_DESCRIBED else None
    if ahead is not None:
        return ahead
    if stated.text.lower().startswith(_POSSESSED) and role in sp.TITLE_HEADS and not stated.organisation:
        who = people.described(stated.start, role)  # "his barrister said": the one given that role, named before
        return Speaker(who.text, who.name, who.title, who.organisation, "named", who.start, who.end, who.via) if who else last
    if not stated.text.lower().startswith("the "):
        return last
    if stated.organisation and role in RELATIONS and "'" not in stated.text and "’" not in stated.text:
        stated = stated._replace(organisation=None)  # "the Leeds dad": a place, no body; not "the girl's father"
    who = people.titled(stated.start, stated.title or "") or people.described(stated.start, role) or _owner(article, people, stated)
    if who is None and how != "subject" and role not in _NOT_DESCRIBED and not stated.organisation and not _another(article.text, stated):
        gender = sp.gender_of(stated.text)
        who = _subject_named_before(article, people, stated.start, gender) or people.nearest(stated.start, gender)
        shown = people.role_of(who) if who is not None and role in sp.TITLE_HEADS and role not in DESCRIBED else None
        if shown and not same_role(shown, role):
            who = None  # "Jo Hart, the charity's chief executive" is not "the home secretary"
    if who is None:
        return None if stated.organisation else last
    return Speaker(who.text, who.name, who.title, who.organisation, "named", who.start, who.end, who.via)


_AHEAD = 1200  # characters read on for the person a description in an article's opening stands for
_NEXT_REACH = 400  # characters into the next paragraph where the first person named may be the one described


def _named_ahead(article: Article, people: People, stated: sp.Stated, role: str) -> Speaker | None:
    """Whom a description in an article's opening stands for, no one being named before it: the first person named
    after it, when given its role or none and named by the end of the next paragraph's opening ('A former director told
    …' then 'Dr Jo Hart, who was director, …'; 'Peru's minister said …' then 'Speaking in Lima, Jo Hart said'); for a
    definite description, past others given other roles, the first given its role ('The minister accused …' then 'The
    critic, Ann Lee, rose …' and 'The minister, Jo Hart, replied')."""
    if article.named.names_between(0, stated.start):
        return None
    text = article.text
    i = bisect.bisect_right(article.paragraph_starts, article.paragraph(stated.start)[1])
    reach = article.paragraphs[i][0] + _NEXT_REACH if i < len(article.paragraphs) else len(text)
    definite, first = stated.text.lower().startswith("the "), True
    for a, b, name, _ in article.named.mentions():
        if a < stated.end or sp.organisation_like(name):
            continue
        shown = people.role_of(Speaker(name, name, None, None, "named", a, b))
        if same_role(shown, role) and a <= stated.end + _AHEAD or first and shown is None and a <= reach:
            return Speaker(name, name, None, None, "named", a, b)
        if not definite or a > stated.end + _AHEAD:
            return None
        first = False
    return None


_POSSESSED = ("his ", "her ", "their ")  # "his lawyer", "her agent": a role someone holds for another
_OWNER_REACH = 2000  # characters read back for the person a description was said of
_AGED = regex.compile(r"(\d{1,3})-year-old")
# "Jo Hart", "Pryce-Evans", "Liam O'Sullivan", "Peadar Ó Flaithearta", "Ramón de la Cruz"; never "Co-author"
_OWNER_NAME = rf"((?<![\w’'-]){NAME_WORD}(?:[ \t]+(?:{PARTICLE}){{0,2}}{NAME_WORD}){{0,2}})"
_APPOSED = regex.compile(rf"{_OWNER_NAME}(?:[ \t]*\(\d{{1,3}}\))?,[ \t]+(?:\d{{1,3}},[ \t]+)?(?:(?:a|an|the|now|who[ \t]+is|who[ \t]+was)[ \t]+)?"
                     r"(?:(?!(?:of|to|for|with|and|from|by|at)[ \t])[\w’'-]+[ \t]+){0,3}\Z")  # "Jo Hart, 42, a nurse"; not "a friend of"
_AGED_NAME = regex.compile(rf"{_OWNER_NAME}\Z")  # "Jo Hart" before ", 42," or " (42)"
_NAMED_AFTER = regex.compile(rf",?[ \t]+{_OWNER_NAME}")  # "doctoral student Jo Hart", "the clerk, Jo Hart"


def _owner(article: Article, people: People, stated: sp.Stated) -> Speaker | None:
    """Whom a description stands for when the article said it of someone before ('Jo Hart, a doctoral student, …' then
    'the doctoral student said'; 'Jo Hart, 42, …' then 'the 42-year-old'): the person named beside the nearest earlier
    use of its head word or age, whose gender does not contradict the description."""
    text = article.text
    head = stated.title.split()[-1] if stated.title else ""
    aged = _AGED.fullmatch(head)
    if aged is None and not head.isalpha():
        return None
    pattern = _age_pattern(aged[1]) if aged else _head_pattern(head)
    uses = list(pattern.finditer(text, max(0, stated.start - _OWNER_REACH), stated.start))
    gender = sp.gender_of(stated.text)
    for use in reversed(uses):
        m = before(_AGED_NAME if aged else _APPOSED, text, use.start(), 120)  # "Jo Hart, 42,", "Jo Hart, a nurse"
        if m is None and (not aged or use[0].endswith("old")):
            m = _NAMED_AFTER.match(text, use.end(), use.end() + 60)  # "the clerk, Jo Hart", "42-year-old Jo Hart"
        who = sp.noun_phrase(text, m.start(1), m.end(1)) if m is not None else None
        if m is None or who is None or not who.name or who.title:
            continue
        name = article.resolve(who.name)
        if not name or sp.organisation_like(name) or not article.known(who._replace(name=name)):
            continue
        shown = people.gender_of(name)
        if not gender or not shown or shown == gender:
            return Speaker(name, name, None, None, "named", m.start(1), m.end(1))
    return None


@lru_cache(maxsize=256)  # a pattern a head word or an age, compiled once
def _head_pattern(head: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\w’'-]){regex.escape(head)}(?![\w’'-])", regex.I)


@lru_cache(maxsize=64)
def _age_pattern(age: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?:,[ \t]+{age}(?=,)|[ \t]+\({age}\)|(?<![\w-]){age}-year-old(?=[ \t]+\p{{Lu}}))")


_ANOTHER_REACH = 1500  # characters read back for a description given to someone not named


def _another(text: str, stated: sp.Stated) -> bool:
    """Whether the article spoke of the described one before as someone other than its subjects: 'a friend of the
    mayor', 'the mayor's office'; then whom the description stands for is not guessed."""
    head = stated.title.split()[-1] if stated.title else ""
    if not head.isalpha():
        return False
    return _another_pattern(head).search(text, max(0, stated.start - _ANOTHER_REACH), stated.start) is not None


@lru_cache(maxsize=256)  # a pattern a role word, compiled once
def _another_pattern(head: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\w’'])(?:(?i:of|to|with|for|by|from|against|about)[ \t]+the[ \t]+(?:\w+[ \t]+)?{head}(?![\w’'])"
                         rf"|the[ \t]+{head}['’]s(?![\w]))", regex.I)


_SUBJECTS_BACK = 4  # sentences read back for the person a description stands for


def _subject_named_before(article: Article, people: People, at: int, gender: str | None) -> Speaker | None:
    """The person named as the subject of one of the sentences before `at` ('Substitute Jo Hart, 18, came on. The
    teenager said:'), read back past sentences whose subject is a description or a pronoun, or that has none."""
    text = article.text
    for start, end in _sentences_before(article, at, _SUBJECTS_BACK):
        head = sentence_subject(article, start, end, apposed=True) or _opening_name(text, start, end)
        if head is not None and head.name is None and head.title and head.text.split()[0].lower() not in _NOT_BARE:
            named = _opening_name(text, start, end)  # "Veteran center Marcus Tilley had 14 rebounds": a title with no article
            head = named if named is not None and named.start - head.end <= _BARE_GAP else head
        if head is None or head.name is None or head.text.lower() in sp.PRONOUNS:
            continue
        if not article.known(head):
            head = _opening_name(text, start, end)  # "Fast bowler Jo Hart, 31, took four": a word that only opens it
        if head is None or not head.name or not head.name[:1].isupper() or head.name.lower() in sp.GENERIC or sp.organisation_like(head.name):
            return None  # a body or a thing
        words = head.name.split()
        if len(words) > 2 and not article.known(head._replace(name=words[0], title=None)):
            words = words[1:]  # "Substitute Jo Hart": a word that only opens the sentence
            if not words[0][:1].isupper():
                return None  # "Generations of voters": no one named
        name = article.resolve(" ".join(words))
        shown = people.gender_of(name)
        if gender and shown and shown != gender:
            return None
        return Speaker(text[head.start : head.end], name, head.title, head.organisation, "named", head.start, head.end)
    return None


_NOT_BARE = frozenset(sp.DETERMINERS | sp.POSSESSIVES | sp.QUANTIFIERS)  # "The mayor met Jo Hart": no title before her name
_BARE_GAP = 24  # characters between a bare title and the name it comes before ("Veteran center ")


def _opening_name(text: str, start: int, end: int) -> sp.Stated | None:
    """A person named in full among the first words of a sentence, before any comma ('Fast bowler Jo Hart, 31, ...')."""
    stop = min(end, start + 60)
    comma = text.find(",", start, stop)
    m = PERSON.search(text, start, comma if comma >= 0 else stop)
    name = whole_name(m[0]) if m else ""
    return sp.Stated(m[0], name, None, None, m.start(), m.end()) if m and name and " " in name else None


_NOT_DESCRIBED = {"spokes", "official", "representative", "source", "aide", "staffer", "member", "witness", "resident",
                  "voter", "supporter", "protester", "critic", "rival", "opponent"}  # roles that many hold unnamed


def segments_of(text: str, a: int, b: int) -> list[tuple[int, int]]:
    bounds = [a, *[m.start() for m in _SEGMENT_END.finditer(text, a, b)], b]
    return [(bounds[0], bounds[1])] + [(bounds[i] + 1, bounds[i + 1]) for i in range(1, len(bounds) - 1)]


def sentence_subject(article: Article, s_start: int, limit: int, apposed: bool = False) -> sp.Stated | None:
    """The speaker at the head of the sentence, with its appositive ('Jane Smith, the charity's chief executive, ...'); with
    `apposed`, a role with the name set off after it ('Her husband, Jo Hart, ...') is that person."""
    text = article.text
    caption = None
    reach = min(limit, s_start + 160)
    for caption in _CAPTION.finditer(text, s_start, reach) if text.find("caption", s_start, reach) >= 0 else ():
        pass
    s_start = caption.end() if caption else s_start  # "Image caption Jane Smith said ..."
    dateline = _DATELINE.match(text, s_start, limit) or _STAMP.match(text, s_start, limit)
    s_start = dateline.end() if dateline else s_start  # "TUCSON, Ariz. -- Families of ...", a live blog's "14:05 The mayor ..."
    head = sp.noun_phrase(text, s_start, limit, whole=False)
    if head is not None and _ADVERB.match(text, head.start, limit):
        head = None  # "Conversely, the site rated …"
    among = _AMONG.match(text, s_start, limit) if head is None and text.startswith("Among", s_start) else None
    if among is not None:
        head = sp.noun_phrase(text, among.end(), limit, whole=False)  # "Among them was Jo Hart, 81, who …": Jo Hart
    elif head is None and _opens_with_a_clause(text, s_start, limit) or head is None and _ADVERB.match(text, s_start, limit):
        comma = text.find(",", s_start, min(limit, s_start + 120))  # "In a statement, Jane Smith said"
        head = sp.noun_phrase(text, comma + 1, limit, whole=False) if comma >= 0 else None
    if head is None or head.name is None and head.title is None and head.text.lower() not in sp.PRONOUNS:
        return None
    if head.start == s_start and not article.known(head) and not head.text.isupper():
        return None  # "Research showed that …": a word that only opens the sentence
    first = _SEGMENT_END.search(text, head.end, limit)  # an appositive: right after the head, and closed
    rest = text[head.end : first.start()] if first else ""
    if first and rest.strip() and apposed and not head.name and head.title and _ROLE_TAIL.fullmatch(rest) and not sp.verbs(text, head.end, first.start()):
        rest = ""  # "The council's director of waste services, Jo Hart,": the role runs on to the name set off after it
    second = _SEGMENT_END.search(text, first.end(), limit) if first and not rest.strip() else None
    if first and second:
        found = sp.noun_phrase(text, first.end(), second.start())
        if found and found.title and not found.name:
            return merge(text, head, found)
        if apposed and found and found.name and not found.title and head.title and not head.name and not sp.organisation_like(found.name):
            return sp.Stated(text[head.start : found.end], found.name, head.title, head.organisation, head.start, found.end)  # "His rival, Jo Hart,"
    return head


_ROLE_TAIL = regex.compile(r"(?:[ \t]+(?:of|for|in|at|on|the|and|\p{Ll}[\p{Ll}-]+|\p{Lu}[\p{Ll}’'-]+)){1,5}[ \t]*")  # " for housing", " in Hartwell"
_AMONG = regex.compile(r"Among(?:st)?[ \t][^.;:!?\n\"“”]{1,120}?[ \t](?:was|were)[ \t]+(?=\p{Lu})")


def _opens_with_a_clause(text: str, a: int, b: int) -> bool:
    """Whether the sentence at `a` opens with a word that starts an adverbial ('In', 'When', 'Following')."""
    m = sp._WORD.search(text, a, b)
    return m is not None and m[0].lower() in sp.NEVER_FIRST


def merge(text: str, name: sp.Stated, title: sp.Stated) -> sp.Stated:
    return sp.Stated(text[name.start : title.end], name.name, title.title, title.organisation, name.start, title.end)


CHAIN = 4  # the attributions a resolved speaker lists at most


def _chain(last: Speaker, stated: sp.Stated) -> tuple[tuple[str, int, int], ...]:
    """The chain a pronoun or description was resolved through: the attribution before it, and that
    one's chain (never the stated words themselves, when two quotes share them)."""
    links = ((last.text, last.start, last.end), *last.via)
    return tuple(link for link in links if link[1:] != (stated.start, stated.end))[:CHAIN]


def resolve(article: Article, found: tuple[sp.Stated, str], last: Speaker | None) -> Speaker | None:
    stated, how = found
    low = stated.text.lower().strip()
    if low in sp.PRONOUNS:
        if last is None:
            return Speaker(stated.text, None, None, None, "pronoun", stated.start, stated.end)
        return Speaker(stated.text, last.name, last.title, last.organisation, "pronoun", stated.start, stated.end, _chain(last, stated))
    if (stated.name is None and stated.title and last is not None and (low.startswith("the ") or low.startswith(_POSSESSED) and last.how == "named")
            and (stated.organisation is None and last.title and _same_role(stated.title, last.title) or last.how == "named")):
        return Speaker(stated.text, last.name, last.title or stated.title, last.organisation, "the same speaker", stated.start,
                       stated.end, _chain(last, stated))
    if stated.name is None and stated.title and last is not None and last.how == "named" and last.start > stated.end:
        return Speaker(stated.text, last.name, stated.title, stated.organisation, "named", stated.start, stated.end, _chain(last, stated))  # named later
    if stated.name in _DOCUMENTS and low.startswith("the ") and last is not None and (last.organisation or last.name):
        return Speaker(stated.text, last.name, last.title, last.organisation, "the same speaker", stated.start, stated.end, _chain(last, stated))
    name = resolve_name(article, stated)
    organisation = article.resolve(stated.organisation)
    if name and (name.lower() in sp.GENERIC or name.islower()):
        name = None  # "the charity", "the incident report", "the media": no one by name
    return Speaker(stated.text, name, stated.title, organisation, how, stated.start, stated.end)


_GENDERED = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def resolve_name(article: Article, stated: sp.Stated) -> str | None:
    """The stated name made whole ('Wanless' -> 'Peter Wanless'); 'Mrs Furlong' when two Furlongs are named in full, the
    nearest named before of the honorific's gender."""
    name = article.resolve(stated.name)
    honorific = stated.text.split()[0].rstrip(".").lower() if name and name == stated.name and " " not in name else ""
    return article.named.bearer(name, honorific, _GENDERED[honorific], stated.start) or name if honorific in _GENDERED and name else name


_DOCUMENTS = {"statement", "release", "letter", "email", "note", "caption", "post", "notice"}  # 'the statement added': whoever made it


def _author(article: Article, people: People, stated: sp.Stated, last: Speaker | None) -> Speaker | None:
    """Whose words 'the statement' or 'the caption' gives: the last speaker when their quote was given through it ('In a
    statement, she wrote: “…” … the statement went on'), else the person or body named as the subject of a sentence
    just before ('Jo Hart posted a photograph. “…,” the caption read')."""
    if last is not None and last.organisation and not last.name:
        return last  # a body's spokesperson or statement quoted before
    said = article.sentence(last.start) if last is not None else (0, 0)
    if last is not None and stated.name and article.text.find(stated.name, said[0], said[1]) >= 0:
        return last
    who = _subject_named_before(article, people, stated.start, None)
    return None if who is not None and who.text.lower().startswith("the ") and not sp.organisation_like(who.name or "") else who  # not "The Americans"


def _same_role(a: str, b: str) -> bool:
    return same_role(family(a), family(b))
