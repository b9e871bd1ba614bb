"""Give each quotation of an article its speaker, carrying pronouns and short names from earlier ones."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from checker.extract import speakers as sp
from checker.extract.cast import ABBREVIATION, GENDER, Article, People, family
from checker.extract.named import PERSON, whole_name
from checker.extract.quotes import Span
from checker.extract.roles import DESCRIBED
from checker.extract.scan import before
from checker.model import Speaker

_AFTER_REACH = 80
_INTRO_TAIL = regex.compile(rf"{sp._OBJECT.pattern}[ \t]*[:,]?[ \t]*")  # "told the BBC:" after the verb
_NAME_NEXT = regex.compile(r"[ \t]+[A-Z]")
_ACCORDING = regex.compile(r"(?<![\w’'])according[ \t]+to[ \t]+", regex.I)
_ACTS = regex.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?(?:,[^,\n]{1,80},)?[ \t]+(?:(?:has|have|had|is|are|was|were|will|would|also|then|again|openly|repeatedly|once)[ \t]+)*[a-z]+(?:ed|s|es)?\b")
_NEXT_SENTENCE = regex.compile(r"\.?[ \t]+\p{Lu}")
_REPORTS = regex.compile(r"(?i:reports|reported)")
_PARTICIPLE = regex.compile(r"(?:(?:also|later|then|again|repeatedly|once)[ \t]+)?[a-z]+ing")
_OBJECT_BEFORE = regex.compile(r"(?<![\w’'])(?i:of|by|to|for|with|from|about|on|at|in|into|against|the|a|an|his|her|their|its|our)[ \t]+\Z")
_CONTRACTION = regex.compile(r"['’](?:s|re)[ \t]+\Z")
_CLOSING_ATTRIBUTION = regex.compile(rf",[ \t]+([^,.;:!?\n]{{1,60}}?)[ \t]+(?:{sp.VERBS})(?:[ \t]+[\w’'-]+){{0,4}}[ \t]*[.!?]?[\"'”’]?[ \t]*\Z")
_ENDS_WITH_VERB = regex.compile(r"(?:[ \t]+[\w’'-]+){0,4}[ \t]*[.!?][\"'”’]?[ \t]*\Z")
_RELATIVE_END = regex.compile(r"[ \t]+(?:which|who)[ \t]+(?:(?:also|then|later|had|has|have)[ \t]+)?\Z")
_ADVERB = regex.compile(r"[ \t]*\p{Lu}\p{Ll}+ly,")
_DATELINE = regex.compile(r"\p{Lu}[\p{Lu} .'-]{2,30}(?:,[^—–\n]{1,30}?)?[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*(?:--|[—–])[ \t]*")
_CAPTION = regex.compile(r"(?:Image|Photo|Picture|Video)[ \t]+caption[ \t]+")
_CLAUSE = regex.compile(r"[.!?;](?=[\s\"'”’]|\Z)")
_REACH_WITH_APPOSITIVE = 200
_DASH = regex.compile(r"[ \t\u00a0]*[―—–][ \t\u00a0]*")
_SEGMENT_END = regex.compile(r"[,;—–()]")
_RELATIVE = ("which", "who", "whose", "that", "where")




def attribute(text: str, spans: list[Span], sentence_spans: list[tuple[int, int]] | None = None,
              lines: list[tuple[int, int]] | None = None) -> Iterator[Speaker | None]:
    """The speaker of each quotation, in order (the text's sentences and paragraphs, when already known)."""
    article = Article(text, sentence_spans, lines)
    last: Speaker | None = None  # the last quote's speaker that is known
    previous: Speaker | None = None  # the speaker of the quote just before, known or not
    people = People(article)
    previous_end = -1
    for span in spans:
        found = _attribution(article, span, previous_end)
        pronoun = found[0].text.lower() if found else ""
        speaker = None
        body = _body_before(article, found[0]) if found and _BODY.fullmatch(found[0].text) else None
        if body is not None:
            speaker = body  # "… welcomed the findings. “…,” the group said"
        elif found:
            stated = found[0]
            antecedent = (_pronoun(article, people, stated, pronoun, span, (last, previous_end)) if pronoun in GENDER else _body(people, last) if pronoun == "it"
                          else _described(article, people, found, last))
            speaker = _resolve(article, found, antecedent)
        if speaker is None and previous is not None and article.sentence(span.start)[0] <= previous_end:
            speaker = previous  # a second quote in the sentence of the first: the same speaker's
        elif speaker is None and previous is not None and article.paragraph(span.start)[0] <= previous_end and _opens_its_sentence(article, span):
            speaker = Speaker(previous.text, previous.name, previous.title, previous.organisation, "run of quotes", previous.start, previous.end)
        if speaker is not None:
            last = speaker
            people.quoted(speaker, GENDER.get(pronoun))
        previous, previous_end = speaker, span.end
        yield speaker


def _pronoun(article: Article, people: People, stated: sp.Stated, pronoun: str, span: Span,
             earlier: tuple[Speaker | None, int]) -> Speaker | None:
    """Whom 'he' or 'she' stands for: the subject of its own sentence when known to be of its gender ('Ada Lark says
    she appreciated what she calls “…”'), else the subject of a sentence just before that is of its gender (`_hobbs`),
    else the nearest person of its gender."""
    s_start, _ = article.sentence(stated.start)
    want = GENDER[pronoun]
    mine = stated.start > s_start and want in people.gender.values()  # no one quoted yet is known of its gender: none is read
    bare = not _LETTER.search(article.text, span.end if span.start <= s_start < stated.start else s_start, stated.start)
    narrative = s_start < span.start and not bare  # "In a letter, he described himself as “…”"
    head = _sentence_subject(article, s_start, stated.start) if mine or narrative and _may_name(article, s_start, stated.start) else None
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
    gender, a pronoun or no one is read past; one whose subject's gender is unknown ends the search (None)."""
    last, previous_end = earlier
    for start, end in _sentences_before(article, at, _HOBBS_BACK):
        if start < previous_end:  # the sentence of the last quote: its speaker is its subject, unless a clause follows
            after = _NEW_CLAUSE.match(article.text, previous_end, end) is not None  # "“No.” Later, Mr Lowe said …"
            candidate = (_named_subject(article, previous_end, end) if after else None) or last
        else:
            candidate = _named_subject(article, start, end) if _may_name(article, start, end) else None
        if candidate is None or not candidate.name:
            if start < previous_end:
                return None
            continue
        gender = people.gender_of(candidate.name, sp.gender_of(candidate.text))
        if gender == want:
            return candidate
        if gender is None:
            return None
    return None


def _sentences_before(article: Article, at: int, most: int) -> Iterator[tuple[int, int]]:
    """The start and end of each sentence before the one holding `at`, nearest first, `most` of them at most."""
    end = article.sentence(at)[0]
    for _ in range(most):
        if end <= 0:
            return
        start, _ = article.sentence(end - 1)
        yield start, end
        end = start


_BODY = regex.compile(r"(?i:the|a|an)[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?:group|club|company|firm|charity|council|union|organi[sz]ation|"
                      r"agency|party|board|trust|association|federation|society|campaign)(?:[ \t]+statement)?")


def _body_before(article: Article, stated: sp.Stated) -> Speaker | None:
    """Whom a body's description stands for ('the group said', 'a club statement read'): the body named as the subject
    of one of the two sentences before, else None."""
    for start, end in _sentences_before(article, stated.start, 2):
        head = _sentence_subject(article, start, end)
        if head is None or not head.name or head.title:
            continue
        name = article.resolve(head.name)
        if name and sp.organisation_like(name):
            via = ((head.text, head.start, head.end),)
            return Speaker(stated.text, name, None, name, "the same speaker", stated.start, stated.end, via)
    return None


_FIRST_WORD = regex.compile(r"[\"'“‘]?(\p{Lu}[\p{Ll}’'-]+)(?=[ \t,])")
_SUBJECT_REACH = 160  # characters at a sentence's head where its subject is looked for


def _may_name(article: Article, start: int, end: int) -> bool:
    """Whether a sentence may have a person named as its subject: a name found in full at its head, or a first word
    that is the surname or first name of one ('Dupuis praised …'); a cheap test before its subject is read."""
    if article.named.names_between(start, min(end, start + _SUBJECT_REACH)):
        return True
    first = _FIRST_WORD.match(article.text, start, end)
    return first is not None and article.named.full_name(first[1]) is not None


def _named_subject(article: Article, start: int, end: int) -> Speaker | None:
    """The person named as the subject of text[start:end] (a sentence, or its narrative after a quote), else None."""
    while start < end and not article.text[start].isalnum():
        start += 1  # the marks closing a quote before the narrative
    head = _sentence_subject(article, start, end) if start < end else None
    if head is None or not head.name or head.text.lower() in sp.PRONOUNS or not article.known(head):
        return None
    name = article.resolve(head.name)
    if not name or sp.organisation_like(name):
        return None
    return Speaker(name, name, None, None, "named", head.start, head.end)


def _opens_its_sentence(article: Article, span: Span) -> bool:
    """A quote that is a sentence of its own, not a few words inside narrative."""
    return not article.text[article.sentence(span.start)[0] : span.start].strip()


def _body(people: People, last: Speaker | None) -> Speaker | None:
    """Whom 'it' stands for: the last speaker, unless the text shows it is a person (a gender, or a title given a
    name that is no body's: 'Jo Hart, an analyst at Lark')."""
    if last is not None and last.name and not sp.organisation_like(last.name) and (last.title or people.gender_of(last.name)):
        return None
    return last


def _described(article: Article, people: People, found: tuple[sp.Stated, str], last: Speaker | None) -> Speaker | None:
    """Whom a definite description stands for ('the mayor', 'the spokesman'): the nearest one given that role; for a
    description of a person no one was given ('the youngster', 'the Italian', 'the councillor'), the person named as
    the subject of a sentence just before (past other descriptions and pronouns), else the nearest person quoted or
    named in full, whose gender does not contradict it. A spokesman or official is left to the last speaker, and so is
    a description acting on a partial quote ('the minister announced a “review”'): a verb of saying is wanted."""
    stated, how = found
    if stated.name or not stated.title or not stated.text.lower().startswith("the "):
        return last
    role = family(stated.title)
    who = people.described(stated.start, role) or _owner(article, people, stated)
    if who is None and how != "subject" and role not in _NOT_DESCRIBED and not stated.organisation and not _another(article.text, stated):
        gender = sp.gender_of(stated.text)
        who = _subject_named_before(article, people, stated.start, gender) or people.nearest(stated.start, gender)
        shown = people.role_of(who) if who is not None and role in sp.TITLE_HEADS and role not in DESCRIBED else None
        if shown and shown != role:
            who = None  # "Jo Hart, the charity's chief executive" is not "the home secretary"
    if who is None:
        return None if stated.organisation else last
    return Speaker(who.text, who.name, who.title, who.organisation, "named", who.start, who.end, who.via)


_OWNER_REACH = 2000  # characters read back for the person a description was said of
_AGED = regex.compile(r"(\d{1,3})-year-old")
_OWNER_WORD = r"\p{Lu}[\p{Ll}’']+(?:-\p{Lu}[\p{Ll}’']+)*"  # "Hart", "Pryce-Evans"; never "Co-author"
_OWNER_NAME = rf"({_OWNER_WORD}(?:[ \t]+{_OWNER_WORD}){{0,2}})"
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
        head = _sentence_subject(article, start, end) or _opening_name(text, start, end)
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


def _opening_name(text: str, start: int, end: int) -> sp.Stated | None:
    """A person named in full among the first words of a sentence, before any comma ('Fast bowler Jo Hart, 31, ...')."""
    stop = min(end, start + 60)
    comma = text.find(",", start, stop)
    m = PERSON.search(text, start, comma if comma >= 0 else stop)
    name = whole_name(m[0]) if m else ""
    return sp.Stated(m[0], name, None, None, m.start(), m.end()) if m and name and " " in name else None


_NOT_DESCRIBED = {"spokes", "official", "representative", "source", "aide", "staffer", "member", "witness", "resident",
                  "voter", "supporter", "protester", "critic", "rival", "opponent"}  # roles that many hold unnamed


def _attribution(article: Article, span: Span, previous_end: int) -> tuple[sp.Stated, str] | None:
    ends = _ends_its_sentence(article, span)
    for a, b in zip([span.parts[0][1], *[p[1] for p in span.parts[1:]]], [p[0] for p in span.parts[1:]] + [None]):
        found = None if b is None and ends else _after(article, a, b)
        if found:
            return found
    return _before(article, span, previous_end) or _previous_sentence(article, span, previous_end) or _subject(article, span, previous_end)


def _ends_its_sentence(article: Article, span: Span) -> bool:
    """A quote inside its sentence that closes it ('… branded the move a “reckless gamble.” Chile insisted'): what follows is another sentence."""
    text = article.text
    last = text[span.parts[-1][1] - 1]  # the parts hold no white space at their ends
    if last not in ".!?…" and not text.startswith(".", span.end) or not _NEXT_SENTENCE.match(text, span.end, span.end + 40):
        return False
    return bool(text[article.sentence(span.start)[0] : span.start].strip())


def _after(article: Article, part_end: int, next_part: int | None) -> tuple[sp.Stated, str] | None:
    """'…,” she said.' / '…,” said Jane Smith.' / '…,” Jane Smith, a lawyer, said.' / '…” — Jane Smith'."""
    text = article.text
    close = part_end
    while close < len(text) and text[close] in "\"'”’»›.,!?…":
        close += 1
    limit = min(len(text), close + _REACH_WITH_APPOSITIVE, article.paragraph(part_end)[1])
    if next_part is not None:
        limit = min(limit, next_part)
    stop = _clause_end(text, close, limit)
    dash = _DASH.match(text, close, stop)
    if dash is not None:
        who = sp.noun_phrase(text, dash.end(), stop, whole=False)
        rest = text[who.end : stop].strip(" \t\u00a0") if who else ""
        if who and who.name and rest.startswith(",") and "\n" not in text[close:who.end]:
            return _trailing_title(article, who), "— X"  # "” — Jo Hart, parent and driver", "” — Jo Hart, Leeds"
        return (who, "— X") if who and who.name and not rest.strip(".,") else None
    according = _ACCORDING.search(text, close, stop) if "ccording" in text[close:stop] else None
    if according is not None:
        who = sp.noun_phrase(text, according.end(), stop, whole=False)
        rest = text[who.end : stop].strip(" \t") if who else ""
        if who and rest.startswith(",") and (who.name or who.title):
            return _trailing_title(article, who), "according to"  # "…”, according to Jo Hart, an analyst at Lark, who …"
        return (who, "according to") if who and not rest.strip(",") else None
    for verb in sp.verbs(text, close, stop):
        if not text[close : verb.start()].strip(" \t,"):
            who = sp.noun_phrase(text, verb.end(), stop, whole=False)
            return (_trailing_title(article, who), "said X") if who else None
        who = sp.noun_phrase(text, close, verb.start()) if verb.start() - close <= _AFTER_REACH else None
        who = who or _with_appositive(text, close, verb.start())
        if who:
            return who, "X said"
    return None


def _clause_end(text: str, a: int, b: int) -> int:
    """Where the clause from `a` ends before `b`: a full stop that closes no abbreviation ('Rep.', 'G.K.'), a '!', '?' or ';'."""
    for m in _CLAUSE.finditer(text, a, b):
        if m[0] != "." or not ABBREVIATION.search(text, max(a, m.start() - 8), m.end()):
            return m.start()
    return b


def _with_appositive(text: str, a: int, b: int) -> sp.Stated | None:
    """'Jane Smith, a lawyer for the family, ' before a verb: the name, with the title the appositive gives."""
    if not text[a:b].rstrip().endswith(","):
        return None
    bounds = [a, *[i for i in range(a, b) if text[i] == ","]]
    if len(bounds) < 3:
        return None
    first = sp.noun_phrase(text, bounds[0], bounds[1])
    if first is None:
        return None
    second = sp.noun_phrase(text, bounds[1] + 1, bounds[2])
    if second is not None and second.name and not first.name:
        return second  # "the girl's father, John Smith, said"
    return _merge(text, first, second) if second and second.title and not second.name and first.name else first


_APPOSITIVE = regex.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?,[ \t]+((?:(?:Dr|Mr|Mrs|Ms|Prof|Rev|Sen|Rep|Gov|Gen|Col|Sgt|Capt|Lt)\.[ \t]+)?"
                         r"[^,.;:!?\n]{1,80})(?=[,.;:!?]|\n|\Z)")  # "said the study's lead author, Dr. Jo Hart,"


def _trailing_title(article: Article, who: sp.Stated) -> sp.Stated:
    """'said Jane Smith, policy manager of the bureau.': the name with the title that follows it; 'said the Italian,
    Rossi, after ...' and 'said the rookie, Jo Hart, who ...': the description with the name that follows it."""
    if who.title and who.name or not who.title and not who.name:
        return who
    m = _APPOSITIVE.match(article.text, who.end, who.end + 200)
    if m is None:
        return who
    then = sp.noun_phrase(article.text, m.start(1), m.end(1))
    if who.name:
        return _merge(article.text, who, then) if then and then.title and not then.name else who
    if then is None or not then.name or then.title or sp.organisation_like(then.name) or not then.name[:1].isupper():
        return who
    return sp.Stated(article.text[who.start : then.end], then.name, who.title, who.organisation, who.start, then.end)


def _before(article: Article, span: Span, previous_end: int) -> tuple[sp.Stated, str] | None:
    """'X said: “…', 'said X: “…', 'according to X, “…', and a partial quote in a sentence whose subject speaks."""
    text = article.text
    s_start, _ = article.sentence(span.start)
    start = max(s_start, previous_end)
    prefix_end = span.start
    verbs = sp.verbs(text, start, prefix_end)
    claimed = _claimed(article, verbs[-1].end() if verbs else start, prefix_end)
    if claimed:
        return claimed  # "Critics mocked Jane Smith's claim that “…”": her words
    if verbs and _INTRO_TAIL.fullmatch(text, verbs[-1].end(), prefix_end):
        who = _relayed(article, s_start, start, verbs[-1]) or _subject_of(article, s_start, start, verbs)
        if who:
            return who, "X said"
    said = [(v.end(), "said X") for v in verbs if _NAME_NEXT.match(text, v.end(), v.end() + 40)]
    if "ccording" in text[start:prefix_end]:
        said += [(m.end(), "according to") for m in _ACCORDING.finditer(text, start, prefix_end)]
    for at, how in said:
        who = sp.noun_phrase(text, at, prefix_end, whole=False)
        tail = text[who.end : prefix_end] if who else ""
        if who is not None and not tail.strip(" \t,:") and (how == "according to" or tail.strip(" \t") or at == prefix_end):
            return who, how  # "said Jane Smith: “…”", not "says Jane Smith “has a passion …”" (the quote's own subject)
        if who is not None and how == "according to" and tail.startswith(",") and not text[s_start : at - 13].strip():
            return who, how  # "According to Jane Smith, the plan is “dead”"
    if verbs:
        who = _subject_of(article, s_start, start, verbs)
        if who:
            return who, "X said"
    elif text[start:prefix_end].rstrip().endswith(":") and start == s_start:
        who = _sentence_subject(article, s_start, prefix_end)  # "The piece used her words as its headline: “…”"
        return (who, "X said") if who else None
    return None


def _subject_of(article: Article, s_start: int, start: int, verbs: list[regex.Match[str]]) -> sp.Stated | None:
    """Who does what the last of `verbs` says; for ', saying' and 'said he thought', who does the verb before."""
    text = article.text
    verb = verbs[-1]
    if _PARTICIPLE.fullmatch(verb[0]) and text[start : verb.start()].rstrip().endswith(","):
        return _sentence_subject(article, start, verb.start())  # "Jane Smith attacked the plan, saying “…”"
    contracted = before(_CONTRACTION, text, verb.start(), 6)  # "He’s claiming"
    who = _subject_before(article, s_start, start, contracted.start() if contracted else verb.start())
    low = who.text.lower() if who else ""
    if who and low in sp.PRONOUNS and len(verbs) > 1 and not text[verbs[-2].end() : who.start].strip(" \t,that"):
        return _subject_of(article, s_start, start, verbs[:-1]) or who  # "X said he thought …"
    if who and low in {"it", "they"}:
        head = _sentence_subject(article, start, who.start)  # "The Council condemned it as what it called …"
        if head is not None and head.end <= who.start and head.name and sp.organisation_like(head.name):
            return head
    return who


_CLAIM = regex.compile(r"(?<![\w’'])(?:claims?|assertions?|statements?|remarks?|comments?|words|tweets?|insistence|promises?|"
                       r"pledges?|warnings?|suggestions?|contention|allegations?|accusations?)[ \t]+that(?![\w’'])")
_POSSESSIVE = regex.compile(r"[’']s?[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}\Z")


def _claimed(article: Article, start: int, end: int) -> tuple[sp.Stated, str] | None:
    """'… seized on Jane Smith’s claim that there were “thousands”': the one whose claim it is."""
    text = article.text
    for m in _CLAIM.finditer(text, start, end):
        owner = before(_POSSESSIVE, text, m.start(), 40)
        who = _suffix(text, max(start, owner.start() - 60), owner.start()) if owner is not None else None
        if who and who.name and not who.title:
            return who, "X's claim"
    return None


def _relayed(article: Article, s_start: int, start: int, verb: regex.Match[str]) -> sp.Stated | None:
    """'Jane Doe released a statement, the Ledger reports: “…”': the person the outlet relays, not the outlet."""
    if not _REPORTS.fullmatch(verb[0]):
        return None
    comma = article.text.rfind(",", start, verb.start())
    if comma < 0:
        return None
    who = _sentence_subject(article, s_start, comma)
    return who if who and who.name and not sp.organisation_like(who.name) and article.known(who) else None


def _subject_before(article: Article, s_start: int, start: int, verb: int) -> sp.Stated | None:
    """Who does what the verb at `verb` says: the words just before it, or the sentence's subject."""
    text = article.text
    segments = _segments(text, start, verb)
    last_a, last_b = segments[-1]
    relative = _RELATIVE_END.search(text, last_a, last_b)
    if relative is not None:
        found = _suffix(text, last_a, relative.start())
        if found and (found.name or found.title):
            return found  # "asked the Metro Police Department, which reported"
    opening = text[last_a:last_b].strip().lower()
    before_a, before_b = segments[-2] if len(segments) > 1 else (last_a, last_a)
    bare = opening in {"who", "which"} and _ACCORDING.search(text, before_a, before_b) is not None
    if bare or opening.startswith(("who ", "which ")):  # "according to the agency, which said …", "Jo Hart, who said …"
        for a, b in reversed(segments[:-1]):  # "Ben Moss, now the council leader, who in 2015 said"
            found = _suffix(text, a, b)
            if found and found.name:
                return found
    elif text[last_a:last_b].strip():
        found = _suffix(text, last_a, last_b)
        if found and not before(_OBJECT_BEFORE, text, found.start, 12):
            return _at_body(text, segments, found)  # not "hosted by Metro News and said", "of Labour pledges as"
    else:
        earlier = _before_relative(text, segments[:-1])
        for i, segment in enumerate(earlier):  # the subject, then its appositive: "Jane Smith, 45, of Leeds, a nurse, said"
            found = sp.noun_phrase(text, *segment)
            if found and not found.name and found.title and i + 1 < len(earlier):
                named = sp.noun_phrase(text, *earlier[i + 1])  # "the mayor's spokesman, Jim Slade, said"
                if named and named.name and not named.title:
                    return sp.Stated(text[found.start : named.end], named.name, found.title, found.organisation, found.start, named.end)
            if found and found.name and not found.title:
                title = next((t for t in (sp.noun_phrase(text, *x) for x in earlier[i + 1 :]) if t and t.title and not t.name), None)
                return _merge(text, found, title) if title else found
            if found:
                return found
    return _sentence_subject(article, start, verb)


def _at_body(text: str, segments: list[tuple[int, int]], found: sp.Stated) -> sp.Stated:
    """'Nadia Bell, Whitby Fishing Association said': the person named before the body they speak for."""
    if len(segments) < 2 or not found.name or not sp.organisation_like(found.name) or found.start > segments[-1][0] + 2:
        return found
    person = sp.noun_phrase(text, *segments[-2])
    if person is None or not person.name or person.title or sp.organisation_like(person.name) or " " not in person.name:
        return found
    return sp.Stated(text[person.start : found.end], person.name, found.title, found.name, person.start, found.end)


def _before_relative(text: str, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The segments before the first relative clause ('Owen, 48, who coaches Ada, Noor, ...,'): what follows it is its own."""
    for i, (a, b) in enumerate(segments):
        if text[a:b].strip().lower().startswith(_RELATIVE):
            return segments[:i]
    return segments


def _segments(text: str, a: int, b: int) -> list[tuple[int, int]]:
    bounds = [a, *[m.start() for m in _SEGMENT_END.finditer(text, a, b)], b]
    return [(bounds[0], bounds[1])] + [(bounds[i] + 1, bounds[i + 1]) for i in range(1, len(bounds) - 1)]


def _suffix(text: str, a: int, b: int) -> sp.Stated | None:
    """The noun phrase that ends just before `b`: 'and Mr Smith' -> 'Mr Smith'."""
    best = None
    for word, found in sp.phrases_ending(text, max(a, b - sp.PHRASE_REACH), b):
        if found is not None:
            best = found
        elif word[0].islower() and word.lower() not in sp.JOINING and not sp.counts(word):
            break
    return best


def _sentence_subject(article: Article, s_start: int, limit: int) -> sp.Stated | None:
    """The speaker at the head of the sentence, with its appositive ('Jane Smith, the charity's chief executive, ...')."""
    text = article.text
    caption = None
    for caption in _CAPTION.finditer(text, s_start, min(limit, s_start + 160)):
        pass
    s_start = caption.end() if caption else s_start  # "Image caption Jane Smith said ..."
    dateline = _DATELINE.match(text, s_start, limit)
    s_start = dateline.end() if dateline else s_start  # "TUCSON, Ariz. -- Families of ..."
    head = sp.noun_phrase(text, s_start, limit, whole=False)
    if head is not None and _ADVERB.match(text, head.start, limit):
        head = None  # "Conversely, the site rated …"
    if head is None and _opens_with_a_clause(text, s_start, limit) or head is None and _ADVERB.match(text, s_start, limit):
        comma = text.find(",", s_start, min(limit, s_start + 120))  # "In a statement, Jane Smith said"
        head = sp.noun_phrase(text, comma + 1, limit, whole=False) if comma >= 0 else None
    if head is None or head.name is None and head.title is None and head.text.lower() not in sp.PRONOUNS:
        return None
    if head.start == s_start and not article.known(head) and not head.text.isupper():
        return None  # "Research showed that …": a word that only opens the sentence
    segments = _segments(text, head.end, limit)
    if len(segments) >= 3 and not text[segments[0][0] : segments[0][1]].strip():
        found = sp.noun_phrase(text, *segments[1])
        if found and found.title and not found.name:
            return _merge(text, head, found)
    return head


def _opens_with_a_clause(text: str, a: int, b: int) -> bool:
    """Whether the sentence at `a` opens with a word that starts an adverbial ('In', 'When', 'Following')."""
    m = sp._WORD.search(text, a, b)
    return m is not None and m[0].lower() in sp.NEVER_FIRST


def _subject(article: Article, span: Span, previous_end: int) -> tuple[sp.Stated, str] | None:
    """A partial quote in a sentence whose subject acts on it ('Jane Smith dismissed the plan as “a fudge”')."""
    text = article.text
    s_start, _ = article.sentence(span.start)
    if previous_end > s_start or not text[s_start : span.start].strip():
        return None
    head = _sentence_end(article, span) or _sentence_subject(article, s_start, span.start)
    if head is None or not _ACTS.match(text, head.end, span.start) and head.start < span.start or not article.known(head):
        return None
    if head.text.lower() in sp.PRONOUNS and head.text.lower() not in GENDER:
        return None  # "It shows plainly that the “insiders” …": no one's words
    if head.text.lower() not in GENDER and not head.title and (not head.name or head.name.lower() in sp.GENERIC):
        return None  # "The complaint rests on a code that “…”": a thing, not a speaker
    return head, "subject"


def _sentence_end(article: Article, span: Span) -> sp.Stated | None:
    """'A porter who “pockets” coins is sacked, Jane Smith said.': the attribution that closes the sentence."""
    text = article.text
    _, s_end = article.sentence(span.start)
    m = _CLOSING_ATTRIBUTION.search(text, span.end, s_end)
    if m is None:
        return None
    return sp.noun_phrase(text, m.start(1), m.end(1))


def _merge(text: str, name: sp.Stated, title: sp.Stated) -> sp.Stated:
    return sp.Stated(text[name.start : title.end], name.name, title.title, title.organisation, name.start, title.end)


def _previous_sentence(article: Article, span: Span, previous_end: int) -> tuple[sp.Stated, str] | None:
    """A quote standing alone is the words of whoever speaks in the sentence before; a crosshead is no one's."""
    text = article.text
    p_start, p_end = article.paragraph(span.start)
    s_start, _ = article.sentence(span.start)
    opens_paragraph = not text[p_start : span.start].strip()
    if s_start == 0 or text[s_start : span.start].strip() or opens_paragraph and _crosshead(text, span, p_end):
        return None
    prev_start, prev_end = article.sentence(s_start - 1)
    if not opens_paragraph and previous_end > prev_start:
        return None  # the sentence before holds the last quote: a run of quotes, the last quote's speaker
    if text[prev_start:prev_end].rstrip().endswith(":"):
        who = _sentence_subject(article, prev_start, prev_end)  # "Jane Smith made the following comment:"
        return (who, "sentence before") if who else None
    verbs = sp.verbs(text, prev_start, prev_end)
    if not verbs or not opens_paragraph and not _ENDS_WITH_VERB.match(text, verbs[-1].end(), prev_end):
        return None  # in mid-paragraph, only "…, Jane Smith said." right before the quote
    who = _subject_before(article, prev_start, prev_start, (verbs[0] if opens_paragraph else verbs[-1]).start())
    return (who, "sentence before") if who else None


def _crosshead(text: str, span: Span, p_end: int) -> bool:
    """A paragraph that is only a short quote with no full stop: a headline or crosshead."""
    inner = text[span.parts[0][0] : span.parts[-1][1]]
    return not text[span.end : p_end].strip() and len(inner.split()) <= 12 and not inner.rstrip().endswith((".", "!", "?"))


CHAIN = 4  # the attributions a resolved speaker lists at most


def _chain(last: Speaker, stated: sp.Stated) -> tuple[tuple[str, int, int], ...]:
    """The chain a pronoun or description was resolved through: the attribution before it, and that
    one's chain (never the stated words themselves, when two quotes share them)."""
    links = ((last.text, last.start, last.end), *last.via)
    return tuple(link for link in links if link[1:] != (stated.start, stated.end))[:CHAIN]


def _resolve(article: Article, found: tuple[sp.Stated, str], last: Speaker | None) -> Speaker | None:
    stated, how = found
    low = stated.text.lower().strip()
    if low in sp.PRONOUNS:
        if last is None:
            return Speaker(stated.text, None, None, None, "pronoun", stated.start, stated.end)
        return Speaker(stated.text, last.name, last.title, last.organisation, "pronoun", stated.start, stated.end, _chain(last, stated))
    if (stated.name is None and stated.title and last is not None and low.startswith("the ")
            and (stated.organisation is None and last.title and _same_role(stated.title, last.title) or last.how == "named")):
        return Speaker(stated.text, last.name, last.title or stated.title, last.organisation, "the same speaker", stated.start,
                       stated.end, _chain(last, stated))
    name = article.resolve(stated.name)
    organisation = article.resolve(stated.organisation)
    if name and (name.lower() in sp.GENERIC or name.islower()):
        name = None  # "the charity", "the incident report", "the media": no one by name
    return Speaker(stated.text, name, stated.title, organisation, how, stated.start, stated.end)


def _same_role(a: str, b: str) -> bool:
    return family(a) == family(b)
