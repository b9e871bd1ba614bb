"""Give each quotation of an article its speaker, carrying pronouns and short names from earlier ones."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from checker.extract import speakers as sp
from checker.extract.cues import after_verb, from_document, group_before, indefinite, next_sentence, opening_one, unnamed
from checker.extract.antecedents import (
    ACCORDING, BODY, COUPLE, QUESTION, body_before, for_description, for_it, for_pronoun, merge, pair_before, resolve, segments_of,
    sentence_subject,
)
from checker.extract.cast import GENDER, Article, People, abbreviated
from checker.extract.named import PERSON, whole_name
from checker.extract.quotes import Span
from checker.extract.scan import before
from checker.model import Speaker

_AFTER_REACH = 80
_INTRO_TAIL = regex.compile(rf"{sp._OBJECT.pattern}[ \t]*[:,]?[ \t]*")  # "told the BBC:" after the verb
_NAME_NEXT = re.compile(r"[ \t]+[A-Z]")
_ACTS = regex.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?(?:,[^,\n]{1,80},)?[ \t]+(?:(?:has|have|had|is|are|was|were|will|would|also|then|again|openly|repeatedly|once)[ \t]+)*[a-z]+(?:ed|s|es)?\b")
_NEXT_SENTENCE = regex.compile(r"\.?[ \t]+\p{Lu}")
_REPORTS = regex.compile(r"(?i:reports|reported)")
_PARTICIPLE = regex.compile(r"(?:(?:also|later|then|again|repeatedly|once)[ \t]+)?[a-z]+ing")
_OBJECT_BEFORE = regex.compile(r"(?<![\w’'])(?i:of|by|to|for|with|from|about|on|at|in|into|against|the|a|an|his|her|their|its|our)[ \t]+\Z")
_CONTRACTION = regex.compile(r"['’](?:s|re)[ \t]+\Z")
_CLOSING_ATTRIBUTION = regex.compile(rf",[ \t]+([^,.;:!?\n]{{1,60}}?)[ \t]+(?:{sp.VERBS})(?:[ \t]+[\w’'-]+){{0,4}}[ \t]*[.!?]?[\"'”’]?[ \t]*\Z")
_ENDS_WITH_VERB = regex.compile(r"(?:[ \t]+[\w’'-]+){0,4}[ \t]*[.!?][\"'”’]?[ \t]*\Z")
_RELATIVE_END = re.compile(r"[ \t]+(?:which|who)[ \t]+(?:(?:also|then|later|had|has|have)[ \t]+)?\Z")
# (the standard engine skips to the marks; the blanks are those of the regex module's \s)
_CLAUSE = re.compile("[.!?;](?=[\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\"'”’]|\\Z)")
_REACH_WITH_APPOSITIVE = 200
_DASH = re.compile(r"[ \t\u00a0]*[―—–][ \t\u00a0]*|[ \t\u00a0]+--?[ \t\u00a0]+")  # a spaced hyphen too, as wires type it
_READ = regex.compile(r"[ \t]*read[ \t]+")
_ISSUED = regex.compile(r"(?:issued|released|published|posted|sent|put[ \t]+out)(?![\w’'])")
_PAPERS = ("statement", "release", "letter", "note", "post", "report")
_DOCUMENT_BEFORE = regex.compile(rf"(?<![\w’'])(?:{'|'.join(_PAPERS)})[ \t]+\Z")  # "said in a statement posted to its website"
_RELATIVE = ("which", "who", "whose", "that", "where")


def attribute(text: str, spans: list[Span], sentence_spans: list[tuple[int, int]] | None = None,
              lines: list[tuple[int, int]] | None = None) -> Iterator[Speaker | None]:
    """The speaker of each quotation, in order (the text's sentences and paragraphs, when already known)."""
    article = Article(text, sentence_spans, lines)
    last: Speaker | None = None  # the last quote's speaker that is known
    previous: Speaker | None = None  # the speaker of the quote just before, known or not
    people = People(article)
    previous_end = previous_start = -1
    history: list[tuple[Speaker | None, Span, bool]] = []  # the last two quotes: speaker, span, given as a turn of an exchange
    answered: Speaker | None = None  # who answered the last question of an interview in Q&A form
    interview = "Q." in text or "Q:" in text  # a question line may be there: most articles have none
    labels: list[str | None] = []  # the label of the last quote's line in an interview ("Q", "A"), if any
    for span in spans:
        found = _attribution(article, span, previous_end, previous_start)
        pronoun = found[0].text.lower() if found else ""
        speaker = None
        body = (body_before(article, found[0]) if found and BODY.fullmatch(found[0].text)
                else pair_before(article, found[0]) if found and COUPLE.fullmatch(found[0].text) else None)
        group = group_before(article, span.start) if pronoun == "they" else None
        if body is not None:
            speaker = body  # "… welcomed the findings. “…,” the group said"
        elif found and group is not None:
            stated = found[0]  # "Prosecutors had sought eight years. “…” they wrote"
            speaker = Speaker(stated.text, None, None, group.text, "pronoun", stated.start, stated.end, ((group.text, group.start, group.end),))
        elif found:
            stated = found[0]
            antecedent = (for_pronoun(article, people, stated, pronoun, span, (last, previous_end)) if pronoun in GENDER else for_it(people, last) if pronoun == "it"
                          else for_description(article, people, found, last))
            speaker = resolve(article, found, antecedent)
        turn = False
        if speaker is None and previous is not None and article.sentence(span.start)[0] <= previous_end:
            speaker = previous  # a second quote in the sentence of the first: the same speaker's
        elif speaker is None and previous is not None and article.paragraph(span.start)[0] <= previous_end and _opens_its_sentence(article, span):
            speaker = _carried(previous)
        elif speaker is None and history:
            speaker, turn = _next_turn(article, span, history) or (None, False)
        label = _label(article, span) if interview else None
        if label == "Q":
            speaker = _interviewer(article)  # "Q: “Why now?”": the interviewer's, never a speaker named "Q"
        elif label == "A":
            answered = speaker = answered or _interviewee(article)  # "A: “Because …”"
        elif speaker is not None and speaker.how == "run of quotes" and labels[-1:] == ["A"]:
            pass  # an answer run on to a paragraph of its own, the answerer's
        elif interview and _answers(article, span):
            answered = speaker = speaker or answered or _interviewee(article)
        labels = [*labels[-1:], label]
        if speaker is not None:
            last = speaker
            people.quoted(speaker, GENDER.get(pronoun))
        history = [*history[-1:], (speaker, span, turn)]
        previous, previous_end, previous_start = speaker, span.end, span.start
        yield speaker


def _answers(article: Article, span: Span) -> bool:
    """Whether a quote opens the paragraph right after a question of an interview in Q&A form ('Q. Why now?')."""
    text = article.text
    p_start, _ = article.paragraph(span.start)
    if p_start == 0 or text[p_start : span.start].strip():
        return False
    q_start, q_end = article.paragraph(p_start - 1)
    return QUESTION.match(text, q_start, q_end) is not None


_LABEL = regex.compile(r"([QA])[.:][ \t]*")  # a line of an interview in Q&A form: "Q: “…”", "A. “…”"
_INTERVIEWER = regex.compile(r"(?<![\w’'])(?:spoke|talked|sat[ \t]+down)[ \t]+(?:with|to)[ \t]+((?:The[ \t]+)?\p{Lu}[\w’'-]*(?:[ \t]+\p{Lu}[\w’'-]*){0,3})")


def _label(article: Article, span: Span) -> str | None:
    """The label of an interview's line a quote opens, after the line's label only: "Q" or "A"."""
    p_start, _ = article.paragraph(span.start)
    m = _LABEL.fullmatch(article.text, p_start, span.start)
    return m[1] if m is not None else None


def _interviewer(article: Article) -> Speaker | None:
    """Who asks the questions of an interview in Q&A form: the one its introduction says it was given to ("X spoke with
    The Courier"), read before the first question."""
    text = article.text
    first = QUESTION.search(text)
    m = _INTERVIEWER.search(text, 0, first.start() if first is not None else min(len(text), 1000))
    return Speaker(m[1], m[1], None, None, "interviewer", m.start(1), m.end(1)) if m is not None else None


def _interviewee(article: Article) -> Speaker | None:
    """The one an interview in Q&A form is with: the first person it names in full."""
    m = PERSON.search(article.text)
    name = whole_name(m[0]) if m is not None else ""
    return Speaker(name, name, None, None, "interviewee", m.start(), m.end()) if m is not None and name else None


def _carried(previous: Speaker) -> Speaker:
    """The speaker of the quote before, carried to one that states none."""
    return Speaker(previous.text, previous.name, previous.title, previous.organisation, "run of quotes", previous.start, previous.end)


def _next_turn(article: Article, span: Span, history: list[tuple[Speaker | None, Span, bool]]) -> tuple[Speaker, bool] | None:
    """The speaker of a quote that opens the paragraph after the last quote's, stating none: the last quote's ('“…,” said
    Jo Hart.\n\n“…”'); in an exchange opened by a question, the one before it, whose turn it is again ('“…?” asked Jo
    Hart.\n\n“No,” replied Ian Lee.\n\n“…”'); and whether it was given as such a turn."""
    speaker, previous, turned = history[-1]
    if speaker is None or not _next_paragraph(article, span.start, previous.end):
        return None
    other, earlier, _ = history[0]
    asked = article.text[earlier.parts[-1][1] - 1 : earlier.parts[-1][1]] == "?"
    if len(history) > 1 and other is not None and other.name != speaker.name and (turned or asked) and _next_paragraph(article, previous.start, earlier.end):
        return _carried(other), True
    return _carried(speaker), False


def _next_paragraph(article: Article, start: int, previous_end: int) -> bool:
    """Whether a quote at `start` opens the paragraph right after the one whose last sentence holds the quote ending at
    `previous_end` ('“…,” said Jo Hart.\n\n“…”'), no narrative sentence between them."""
    text = article.text
    p_start, _ = article.paragraph(start)
    if p_start == 0 or text[p_start:start].strip() or previous_end <= 0:
        return False
    before_start, before_end = article.paragraph(p_start - 1)
    if not before_start < previous_end <= before_end:
        return False
    rest = text[previous_end:before_end].rstrip()
    return not rest or article.sentence(previous_end - 1)[1] >= previous_end + len(rest)


def _opens_its_sentence(article: Article, span: Span) -> bool:
    """A quote that is a sentence of its own, not a few words inside narrative."""
    return not article.text[article.sentence(span.start)[0] : span.start].strip()


def _attribution(article: Article, span: Span, previous_end: int, previous_start: int) -> tuple[sp.Stated, str] | None:
    parts = span.parts
    for i in range(len(parts) - 1):  # between two parts: "…,” she said, “…"
        found = _after(article, parts[i][1], parts[i + 1][0], span.start)
        if found:
            return found
    found = None if _ends_its_sentence(article, span) else _after(article, parts[-1][1], None, span.start)
    if found:
        return found
    return (_before(article, span, previous_end) or _previous_sentence(article, span, previous_end, previous_start)
            or _subject(article, span, previous_end))


def _ends_its_sentence(article: Article, span: Span) -> bool:
    """A quote inside its sentence that closes it ('… branded the move a “reckless gamble.” Chile insisted'): what follows is another sentence."""
    text = article.text
    last = text[span.parts[-1][1] - 1]  # the parts hold no white space at their ends
    if last not in ".!?…" and not text.startswith(".", span.end) or not _NEXT_SENTENCE.match(text, span.end, span.end + 40):
        return False
    return bool(text[article.sentence(span.start)[0] : span.start].strip())


def _after(article: Article, part_end: int, next_part: int | None, opening: int) -> tuple[sp.Stated, str] | None:
    """'…,” she said.' / '…,” said Jane Smith.' / '…,” Jane Smith, a lawyer, said.' / '…” — Jane Smith' / '…” one of them
    said' / '…” That was the verdict of Jane Smith'."""
    text = article.text
    close = part_end
    while close < len(text) and text[close] in "\"'”’»›.,!?…":
        close += 1
    named_next = next_sentence(article, close) if next_part is None else None
    if named_next is not None:
        return _trailing_title(article, named_next), "next sentence"
    limit = min(len(text), close + _REACH_WITH_APPOSITIVE, article.paragraph(part_end)[1])
    if next_part is not None:
        limit = min(limit, next_part)
    stop = _clause_end(text, close, limit)
    dash = _DASH.match(text, close, stop)
    if dash is not None:
        who = sp.noun_phrase(text, dash.end(), stop, whole=False)
        rest = text[who.end : stop].strip(" \t\u00a0") if who else ""
        if who and (who.name or who.title) and rest.startswith(",") and "\n" not in text[close:who.end]:
            return _trailing_title(article, who), "— X"  # "” — Jo Hart, parent and driver", "” - a government spokesman, at a briefing"
        return (who, "— X") if who and (who.name or who.title) and not rest.strip(".,") else None
    according = ACCORDING.search(text, close, stop) if "ccording" in text[close:stop] else None
    if according is not None:
        who = from_document(text, according.end(), stop) or sp.noun_phrase(text, according.end(), stop, whole=False)
        rest = text[who.end : stop].strip(" \t") if who else ""
        if who and rest.startswith(",") and (who.name or who.title):
            return _trailing_title(article, who), "according to"  # "…”, according to Jo Hart, an analyst at Lark, who …"
        issued = who is not None and who.text.lower().endswith(_PAPERS) and _ISSUED.match(rest) is not None  # "a statement issued at 9am"
        return (who, "according to") if who and (issued or not rest.strip(",)")) else None  # "(“…”, according to the author)"
    read = _READ.match(text, close, stop) if "read " in text[close : close + 8] else None
    document = from_document(text, read.end(), stop) if read is not None else None
    if document is not None:
        return document, "said X"  # "” read a statement from Dublin Bus"
    for verb in sp.iter_verbs(text, close, stop):
        if not text[close : verb.start()].strip(" \t,"):
            who = from_document(text, verb.end(), stop) or sp.noun_phrase(text, verb.end(), stop, whole=False) or after_verb(text, verb.end(), stop)
            return (_trailing_title(article, who), "said X") if who else None
        near = verb.start() - close <= _AFTER_REACH
        who = unnamed(article, close, verb.start(), opening) or sp.noun_phrase(text, close, verb.start()) if near else None
        who = who or _with_appositive(text, close, verb.start()) or (indefinite(text, close, verb.start()) if near else None)
        if who:
            return who, "X said"
    return None


def _clause_end(text: str, a: int, b: int) -> int:
    """Where the clause from `a` ends before `b`: a full stop that closes no abbreviation ('Rep.', 'G.K.'), a '!', '?' or ';'."""
    for m in _CLAUSE.finditer(text, a, b):
        if m[0] != "." or not abbreviated(text, a, m.end()):
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
    return merge(text, first, second) if second and second.title and not second.name and first.name else first


_APPOSITIVE = regex.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?,[ \t]+((?:(?:Dr|Mr|Mrs|Ms|Prof|Rev|Sen|Rep|Gov|Gen|Col|Sgt|Capt|Lt)\.[ \t]+)?"
                         r"[^,.;:!?\n]{1,80})(?=[,.;:!?]|\n|\Z)")  # "said the study's lead author, Dr. Jo Hart,"


_ROLE_RUNS_ON = regex.compile(r"[ \t]+(?:of|for|at)(?:[ \t]+(?:of|for|the|and|\p{Ll}[\p{Ll}’'-]+|\p{Lu}[\p{Ll}’'-]+)){1,6}(?=,)")  # "the chair of the audit committee"


def _trailing_title(article: Article, who: sp.Stated) -> sp.Stated:
    """'said Jane Smith, policy manager of the bureau.': the name with the title that follows it; 'said the Italian,
    Rossi, after ...' and 'said the rookie, Jo Hart, who ...': the description with the name that follows it."""
    if who.title and who.name or not who.title and not who.name:
        return who
    runs = _ROLE_RUNS_ON.match(article.text, who.end, who.end + 80) if who.title and not who.name else None
    m = _APPOSITIVE.match(article.text, runs.end() if runs else who.end, who.end + 200)
    if m is None:
        return who
    then = sp.noun_phrase(article.text, m.start(1), m.end(1))
    if who.name:
        return merge(article.text, who, then) if then and then.title and not then.name else who
    if then is None or not then.name or then.title or sp.organisation_like(then.name) or not then.name[:1].isupper():
        return who
    return sp.Stated(article.text[who.start : then.end], then.name, who.title, who.organisation, who.start, then.end)


def _before(article: Article, span: Span, previous_end: int) -> tuple[sp.Stated, str] | None:
    """'X said: “…', 'said X: “…', 'according to X, “…', and a partial quote in a sentence whose subject speaks."""
    text = article.text
    s_start, _ = article.sentence(span.start)
    start = max(s_start, previous_end)
    prefix_end = span.start
    verbs = [v for v in sp.verbs(text, start, prefix_end) if not _ISSUED.match(v[0]) or not before(_DOCUMENT_BEFORE, text, v.start(), 16)]  # not "a statement posted"
    claimed = _claimed(article, verbs[-1].end() if verbs else start, prefix_end)
    if claimed:
        return claimed  # "Critics mocked Jane Smith's claim that “…”": her words
    if verbs and _INTRO_TAIL.fullmatch(text, verbs[-1].end(), prefix_end):
        who = (_relayed(article, s_start, start, verbs[-1]) or from_document(text, s_start, verbs[-1].start())
               or _who_said(text, start, verbs[-1].start())
               or _subject_of(article, s_start, start, verbs) or opening_one(text, s_start, verbs[-1].start()))
        if who:
            return who, "X said"
    said = [(v.end(), "said X") for v in verbs if _NAME_NEXT.match(text, v.end(), v.end() + 40)]
    if "ccording" in text[start:prefix_end]:
        said += [(m.end(), "according to") for m in ACCORDING.finditer(text, start, prefix_end)]
    for at, how in said:
        who = sp.noun_phrase(text, at, prefix_end, whole=False)
        if how == "according to" and (who is None or who.title and not who.name):
            who = _role_then_name(article, at, prefix_end) if who is None else _trailing_title(article, who)
        tail = text[who.end : prefix_end] if who else ""
        if who is not None and not tail.strip(" \t,:") and (how == "according to" or tail.strip(" \t") or at == prefix_end):
            return who, how  # "said Jane Smith: “…”", not "says Jane Smith “has a passion …”" (the quote's own subject)
        if who is not None and how == "according to" and tail.startswith(",") and not text[s_start : at - 13].strip():
            return who, how  # "According to Jane Smith, the plan is “dead”"
        if who is not None and how == "according to" and who.name and _WHO_SAID.match(tail) and verbs and verbs[-1].start() > who.end:
            return _trailing_title(article, who), how  # "…, according to Jo Hart, an analyst, who called it “theatre”"
    if verbs:
        who = _subject_of(article, s_start, start, verbs)
        if who:
            return who, "X said"
    elif text[start:prefix_end].rstrip().endswith(":") and start == s_start:
        who = from_document(text, s_start, prefix_end) or _named_before_colon(text, s_start, prefix_end) or sentence_subject(article, s_start, prefix_end)  # "The piece used her words as its headline: “…”"
        return (who, "X said") if who else None
    return None


_WHO_SAID = regex.compile(r"(?:,[^,;:.!?\n\"“‘]{1,80})?,[ \t]+who[ \t]")  # the person's own clause: ", an analyst, who"
_WHO_BEFORE = regex.compile(r",[ \t]+who[ \t]+\Z")


def _who_said(text: str, start: int, verb: int) -> sp.Stated | None:
    """'The prize went to Jo Hart, who said: “…”': the one named right before the relative clause, in whatever position."""
    m = before(_WHO_BEFORE, text, verb, 12)
    found = _suffix(text, max(start, m.start() - sp.PHRASE_REACH), m.start()) if m is not None else None
    return found if found is not None and found.name else None


_COLON_REACH = 80  # characters of a heading that names a speaker before a colon ("Residents' group founder Aisha Karimi:")


def _named_before_colon(text: str, start: int, end: int) -> sp.Stated | None:
    """'Residents' group founder Aisha Karimi: “…”': the person named right before the colon, with the words before as title."""
    colon = text[start:end].rstrip().rstrip(":").rstrip()
    stop = start + len(colon)
    if stop - start > _COLON_REACH or next(sp.iter_verbs(text, start, stop), None) is not None:
        return None
    last = None
    for last in PERSON.finditer(text, start, stop):
        pass
    if last is None or last.end() != stop:
        return None
    who = sp.noun_phrase(text, last.start(), last.end())
    if who is None or not who.name or sp.organisation_like(who.name):
        return None
    title = text[start : last.start()].strip(" \t,").lower() or who.title
    return sp.Stated(text[start:stop], who.name, title, who.organisation, start, stop)


_POSSESSED_ROLE = regex.compile(r"(?i:its|his|her|their|our)[ \t]+(\p{Ll}[\p{Ll} -]{1,40}),[ \t]+")


def _role_then_name(article: Article, at: int, end: int) -> sp.Stated | None:
    """'its chief executive, Jo Hart,' after 'according to': the name, with the role before it."""
    text = article.text
    m = _POSSESSED_ROLE.match(text, at, end)
    stop = text.find(",", m.end(), end) if m else -1
    who = sp.noun_phrase(text, m.end(), stop if stop >= 0 else end, whole=False) if m else None
    if m is None or who is None or not who.name or who.title or sp.organisation_like(who.name):
        return None
    return sp.Stated(text[at : who.end], who.name, m[1], None, at, who.end)


def _subject_of(article: Article, s_start: int, start: int, verbs: list[regex.Match[str]]) -> sp.Stated | None:
    """Who does what the last of `verbs` says; for ', saying' and 'said he thought', who does the verb before."""
    text = article.text
    verb = verbs[-1]
    if _PARTICIPLE.fullmatch(verb[0]) and text[start : verb.start()].rstrip().endswith(","):
        if len(verbs) > 1 and _SAID_THEN.fullmatch(text, verbs[-2].end(), verb.start()):
            return _subject_of(article, s_start, start, verbs[:-1])  # "…, officials said on Friday, describing it as “…”"
        return sentence_subject(article, start, verb.start(), apposed=True)  # "Jane Smith attacked the plan, saying “…”"
    contracted = before(_CONTRACTION, text, verb.start(), 6)  # "He’s claiming"
    who = _subject_before(article, s_start, start, contracted.start() if contracted else verb.start())
    low = who.text.lower() if who else ""
    if who and low in sp.PRONOUNS and len(verbs) > 1 and not text[verbs[-2].end() : who.start].strip(" \t,that"):
        return _subject_of(article, s_start, start, verbs[:-1]) or who  # "X said he thought …"
    if who and low in {"it", "they"}:
        head = sentence_subject(article, start, who.start)  # "The Council condemned it as what it called …"
        if head is not None and head.end <= who.start and head.name and sp.organisation_like(head.name):
            return head
    return who


_SAID_THEN = regex.compile(r"(?:[ \t]+[\w’'-]+){0,3}[ \t]*,[ \t]*")  # "said on Friday, " before a participle


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
    who = sentence_subject(article, s_start, comma)
    return who if who and who.name and not sp.organisation_like(who.name) and article.known(who) else None


def _subject_before(article: Article, s_start: int, start: int, verb: int) -> sp.Stated | None:
    """Who does what the verb at `verb` says: the words just before it, or the sentence's subject."""
    text = article.text
    segments = segments_of(text, start, verb)
    last_a, last_b = segments[-1]
    relative = _RELATIVE_END.search(text, last_a, last_b)
    if relative is not None:
        found = _suffix(text, last_a, relative.start())
        if found and (found.name or found.title):
            return found  # "asked the Metro Police Department, which reported"
    opening = text[last_a:last_b].strip().lower()
    before_a, before_b = segments[-2] if len(segments) > 1 else (last_a, last_a)
    bare = opening in {"who", "which"} and ACCORDING.search(text, before_a, before_b) is not None
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
            if found and found.title and (not found.name or _OF_BODY.search(found.text)) and i + 1 < len(earlier):
                named = sp.noun_phrase(text, *earlier[i + 1])  # "the mayor's spokesman, Jim Slade, said", "the director of Green Now, Jo Hart,"
                if named and named.name and (not named.title or named.title in sp.HONORIFICS):
                    return sp.Stated(text[found.start : named.end], named.name, found.title, found.organisation or found.name,
                                     found.start, named.end)  # "…, Professor Jo Hart of …,"
            if found and found.name and not found.title:
                title = next((t for t in (sp.noun_phrase(text, *x) for x in earlier[i + 1 :]) if t and t.title and not t.name), None)
                return merge(text, found, title) if title else found
            if found:
                return found
    return sentence_subject(article, start, verb)


_OF_BODY = regex.compile(r"[ \t](?:of|at|for)[ \t]+(?:the[ \t]+)?\p{Lu}")  # "director of Green Transport Now": the name is the body's


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


def _suffix(text: str, a: int, b: int) -> sp.Stated | None:
    """The noun phrase that ends just before `b`: 'and Mr Smith' -> 'Mr Smith'."""
    return sp.phrase_ending(text, max(a, b - sp.PHRASE_REACH), b)


def _subject(article: Article, span: Span, previous_end: int) -> tuple[sp.Stated, str] | None:
    """A partial quote in a sentence whose subject acts on it ('Jane Smith dismissed the plan as “a fudge”')."""
    text = article.text
    s_start, _ = article.sentence(span.start)
    if previous_end > s_start or not text[s_start : span.start].strip():
        return None
    head = _sentence_end(article, span) or sentence_subject(article, s_start, span.start)
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
    m = _CLOSING_ATTRIBUTION.search(text, span.end, s_end) if text.find(",", span.end, s_end) >= 0 else None  # it opens at a comma
    if m is None:
        return None
    return sp.noun_phrase(text, m.start(1), m.end(1))


def _previous_sentence(article: Article, span: Span, previous_end: int, previous_start: int) -> tuple[sp.Stated, str] | None:
    """A quote standing alone is the words of whoever speaks in the sentence before, outside the quote it may open
    with ('“You said that.”' names no one); a crosshead is no one's."""
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
        who = sentence_subject(article, prev_start, prev_end)  # "Jane Smith made the following comment:"
        return (who, "sentence before") if who else None
    narrative = previous_end if previous_start <= prev_start < previous_end else prev_start  # after the quote it opens with
    verbs = sp.verbs(text, narrative, prev_end)
    if not opens_paragraph and prev_start >= p_start and not text[span.end : p_end].strip():
        who = _person_subject(article, prev_start, prev_end)  # "Mr Hart recalled his first day. “…”": a quote ending its paragraph
        if who is not None:
            return who, "sentence before"
    if not verbs or not opens_paragraph and not _ENDS_WITH_VERB.match(text, verbs[-1].end(), prev_end):
        return None  # in mid-paragraph, only "…, Jane Smith said." right before the quote
    who = _subject_before(article, prev_start, narrative, (verbs[0] if opens_paragraph else verbs[-1]).start())
    return (who, "sentence before") if who else None


def _person_subject(article: Article, start: int, end: int) -> sp.Stated | None:
    """The subject of the sentence text[start:end] when it is a person named, or 'he' or 'she' (not a description, which
    may stand for someone other than the one it seems to)."""
    who = sentence_subject(article, start, end, apposed=True)  # "Counsel to the inquiry, Jo Hart KC, asked her …": Jo Hart
    if who is None or who.start > start + 80:
        return None
    if who.text.lower() in GENDER:
        return who
    name = who.name or ""
    named = bool(name) and (not who.title or "," in who.text)  # a name, or a title with the name set off after it
    return who if named and article.known(who) and not sp.organisation_like(name) and name[:1].isupper() else None


def _crosshead(text: str, span: Span, p_end: int) -> bool:
    """A paragraph that is only a short quote with no full stop: a headline or crosshead."""
    inner = text[span.parts[0][0] : span.parts[-1][1]]
    return not text[span.end : p_end].strip() and len(inner.split()) <= 12 and not inner.rstrip().endswith((".", "!", "?"))
