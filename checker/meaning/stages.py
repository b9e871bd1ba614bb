"""The stage of a change a figure tells: where it started, where it ended, or by how much it moved.

"Beds fell from 60 to 45" tells a start (60) and an end (45); "lost 15 beds", "50p more", "fell by
four points" tell the move itself. Figures of two stages are different quantities: a report's "now
has 45" is never held against another's "from 60", nor its "lost 15" against "to 45". A figure told
with no change around it has no stage and may be any of them.
"""

from __future__ import annotations

import regex

START, END, MOVE = "start", "end", "move"

_HEDGE = r"(?:(?:about|around|almost|nearly|some|roughly|just|over|under|more\s+than|less\s+than|at\s+least)\s+)?"
_MOVED = (r"ris(?:e|es|en|ing)|rose|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|increas(?:e|es|ed|ing)|gr(?:ew|own|ows?|owing)|"
          r"soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|f(?:ell|allen|alls?|alling)|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|"
          r"up|down|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|"
          r"slash(?:es|ed|ing)?|shr(?:ink|inks|ank|unk|inking)|widen(?:s|ed|ing)?|narrow(?:s|ed|ing)?")
_CARRIED = r"tak(?:e|es|ing)|took|bring(?:s|ing)?|brought|push(?:es|ed|ing)?"  # "taking the fare to £2.50": only before "to"
_FIGURE = r"[£$€¥]?\d[\d,.]*"
# "fell from 60", "down from 42%", "from 60 to 45": the start, when a change is told around it
_FROM = regex.compile(r"\bfrom\s+" + _HEDGE + r"\Z", regex.I)
_TO = regex.compile(r"(?<!\b(?:close|next|due|equal|equivalent|similar|compared)\s+)(?<!(?<!\b(?:went|gone|go|goes|going)\s+)\bup\s+)"
                 r"\bto\s+" + _HEDGE + r"\Z", regex.I)  # not "up to 300", "close to 300": hedges
_BY = regex.compile(r"\bby\s+(?:a\s+further\s+|another\s+)?" + _HEDGE + r"\Z", regex.I)
_CHANGED = regex.compile(r"\b(?:" + _MOVED + r")\b", regex.I)
_CHANGED_TO = regex.compile(r"\b(?:" + _MOVED + "|" + _CARRIED + r")\b", regex.I)
_FROM_FIGURE = regex.compile(r"\bfrom\s+" + _HEDGE + _FIGURE, regex.I)
_TO_FIGURE = regex.compile(r"(?:\s*[^\W\d][\w'’-]*){0,2}?\s+to\s+" + _HEDGE + _FIGURE, regex.I)
# "a rise of 300", "a cut of 0.25 points": the move
_MOVE_OF = regex.compile(r"\b(?:rise|increase|fall|drop|cut|reduction|decline|gain|loss|jump|hike)\s+of\s+" + _HEDGE + r"\Z", regex.I)
# "lost 15 beds", "shed 40 jobs", "gained 12 seats": the move of what it counts
_MOVE_VERB = regex.compile(r"\b(?:lost|loses|lose|losing|shed|sheds|shedding|gained|gains|gaining|added|adds|adding)\s+"
                           + _HEDGE + r"(?:another\s+|a\s+further\s+)?\Z", regex.I)
# "50p more", "300 fewer", "15 extra beds": the move
_MORE_AFTER = regex.compile(r"(?:\s*(?:per\s*cent|percent|pc|%|points?))?\s+(?:(?!or\b|and\b|to\b)[^\W\d][\w'’-]*\s+)?(?:more|fewer|less|extra)\b", regex.I)
# "6,900 are now on the list, down from 7,400", "stands at 45, up from 30": the end, told before where it came from
_FROM_AFTER = regex.compile(r"[^\d;:!?]{0,80}?,\s*(?:(?:down|up|falling|rising|dropping|climbing)\s+|"
                            r"(?:a|an)\s+(?:fall|rise|drop|increase|decrease|decline|cut)\s+)from\s+" + _HEDGE + _FIGURE, regex.I)
REACH = 40  # characters before a figure read for the change it belongs to


def of(sentence: str, start: int, end: int) -> str | None:
    """START, END or MOVE when the figure at [start, end) of its sentence is one stage of a change, else None."""
    before = sentence[max(0, start - REACH) : start]
    if _FROM.search(before):
        changed = _CHANGED.search(sentence, max(0, start - 2 * REACH), start) or _TO_FIGURE.match(sentence, end, end + REACH)
        return START if changed else None
    if _TO.search(before):
        opened = _CHANGED_TO.search(sentence, max(0, start - 2 * REACH), start) or _FROM_FIGURE.search(before)
        return END if opened else None
    if _BY.search(before):
        return MOVE if _CHANGED.search(sentence, max(0, start - 2 * REACH), start) else None
    if _MOVE_OF.search(before) or _MOVE_VERB.search(before) or _MORE_AFTER.match(sentence, end, end + REACH):
        return MOVE
    if _FROM_AFTER.match(sentence, end):
        return END
    return None
