"""Unknown names in the slots of a grant: "Björknäsgymnasiet i Boden får 700 000 kronor", "Stöd
på 25 000 kr går till Lerbäcksskolan i Lund", "Största beloppet gick till AB Gavlegårdarna".

Grant news name their recipients by what they get, whatever the recipient's name is built on
(a school, a club, a housing company): the name right before "får"/"fick" and an amount, or
right after "går till"/"gick till", is a body, read as role_slots.py reads a role phrase's slot
(no place, fund, programme or person's name) when its name reads as a body's (_a_body); a town
after "i" is where the body is, not a part of its name ("Björknäsgymnasiet" in Boden). Its role
is the grant sentence's (default_role.py): the owner.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from esfgraph.extract.organisations.gazetteer import load_gazetteer
from esfgraph.extract.partners.base.tokenizer import doc_text
from esfgraph.extract.partners.names.grant_lines import line_bodies, line_hits
from esfgraph.extract.partners.names.name_shapes import is_name_token
from esfgraph.extract.partners.names.role_slots import BODY_HEADS, slot_span

__all__ = ["grant_bodies", "grant_hits"]

_GET_WORDS = ("får", "fick")
# Verbs of receiving money named by its noun, not an amount: "Ekby IF får bidrag till",
# "Ekby Broar har beviljats medel från", "Ekbyföreningen fick mest stöd".
_GOT_WORDS = (*_GET_WORDS, "fått", "beviljats", "beviljades", "erhöll", "erhållit")
_MONEY_WORDS = ("stöd", "bidrag", "pengar", "medel", "projektmedel")
_GO_WORDS = ("går", "gick")
_GET, _GOT, _GO, _MONEY_NOUNS = map(frozenset, (_GET_WORDS, _GOT_WORDS, _GO_WORDS, _MONEY_WORDS))
_AMOUNT_WORDS = frozenset({"kr", "kronor", "kr.", "miljoner", "miljon", "mnkr", "mkr", "tkr", "€", "euro",
                           "miljarder", "sek"})
_MAX_NAME = 5
# Where a grant's slot may stand, for focus.py: "får 700 000", "gick till A", "går bland annat
# till A". The verbs are found with str.find and the expression tried only there (tried at
# every position of every text it cost focus a fifth more).
_SLOT = re.compile(rf"(?:{'|'.join(_GET_WORDS)})\s+(?:\w+\s+)?\d"
                   rf"|(?:{'|'.join(_GO_WORDS)})\s+(?:\w+\s+){{0,3}}?till\s+(?=[A-ZÅÄÖ])"
                   rf"|(?:{'|'.join(_GOT_WORDS)})\s+(?:\w+\s+)?(?:{'|'.join(_MONEY_WORDS)})\b")
_VERBS = tuple(f"{w} " for w in (*_GET_WORDS, *_GO_WORDS, *_GOT_WORDS[len(_GET_WORDS):]))


def grant_hits(text: str) -> list[tuple[int, int]]:
    """Return the spans of grant slots in a text (focus.py keeps their sentences)."""
    out = []
    for verb in _VERBS:
        i = text.find(verb)
        while i >= 0:
            if i == 0 or not text[i - 1].isalnum():
                m = _SLOT.match(text, i)
                if m is not None:
                    out.append(m.span())
            i = text.find(verb, i + 1)
    i = text.find(" till ")
    while i >= 0:  # "10 miljoner kronor till A": a money word before "till", a capital after it
        if text[i + 6:i + 7].isupper() and text[max(0, i - 9):i].endswith(_SUM_ENDS):
            out.append((i + 1, i + 5))
        i = text.find(" till ", i + 1)
    return out + line_hits(text)  # "• Titel, Ekby byalag, 45 000 kronor" (grant_lines.py)


def grant_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return ORG spans for the unknown names in the slots of a grant."""
    if not grant_hits(doc_text(doc)):
        return []
    out = line_bodies(doc, spans)  # "• Titel, Ekby byalag, 45 000 kronor"
    taken = {i for s in spans + out for i in range(s.start, s.end)}
    strings = doc.vocab.strings
    verbs = [strings[w] for w in (*_GOT, "till")]
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), verbs)).tolist():
        t = doc[i]
        noun = t.lower_ in _GOT and _noun_follows(doc, t.i + 1)
        if t.lower_ in _GET and _amount_follows(doc, t.i + 1) or noun:
            end = t.i - 1 if t.i > 0 and doc[t.i - 1].text == "," else t.i
            if noun and end > 0 and doc[end - 1].lower_ in ("har", "hade"):
                end -= 1
            if end >= 3 and doc[end - 2].lower_ == "i" and _is_town(doc[end - 1]):
                end -= 2  # "Björknäsgymnasiet i Boden": the town is where it is
            start = _name_start(doc, end, taken)
            span = slot_span(doc, start, end, True) if start is not None else None
        elif t.lower_ == "till" and ((sum_to := t.i > 0 and doc[t.i - 1].lower_ in _SUM_WORDS)
                                     or any(doc[k].lower_ in _GO for k in range(max(0, t.i - 4), t.i))):
            end = _name_end(doc, t.i + 1, taken)
            span = slot_span(doc, t.i + 1, end, True) if end is not None else None
            if span is not None and sum_to and not _named_body(span):
                continue
        else:
            continue
        if span is not None and _a_body(span) and not (noun and len(span) == 1 and _opens(doc, span)):
            out.append(span)  # ("Företagen får stöd": a sentence's first word is no name alone)
    return out


# Money right before "till": "10 miljoner kronor till A", "beviljas medel till A", "ett stöd på
# 75 000 kr till A" name A the recipient (a name of two words or more, or one with a body's word).
_SUM_WORDS = frozenset({"kr", "kronor", "miljoner", "medel", "pengar", "stöd", "bidrag"})
_SUM_ENDS = tuple(f" {w}" for w in _SUM_WORDS)


def _named_body(span: Span) -> bool:
    """Return whether a recipient's name reads as a body's without a verb of receiving: a body's
    head word in it, or a town before another word ("Ekby Kvinnojour")."""
    words = [t.lower_ for t in span]
    return any(len(w) >= 7 and w.endswith(BODY_HEADS) for w in words) or len(span) > 1 and _is_town(span[0])


def _amount_follows(doc: Doc, i: int) -> bool:
    """Return whether an amount of money starts at token i ("700 000 kronor", "1,2 miljoner")."""
    return i < len(doc) and doc[i].like_num and any(
        t.lower_ in _AMOUNT_WORDS for t in doc[i + 1:i + 4])


def _noun_follows(doc: Doc, i: int) -> bool:
    """Return whether money named by its noun follows at token i, after one word at most
    ("bidrag", "mest stöd", "statliga pengar")."""
    return any(k < len(doc) and doc[k].lower_ in _MONEY_NOUNS for k in (i, i + 1))


def _opens(doc: Doc, span: Span) -> bool:
    """Return whether a span opens its sentence or line."""
    return span.start == 0 or span.sent.start == span.start or "\n" in doc[span.start - 1].text \
        or "\n" in doc[span.start - 1].whitespace_ or doc[span.start - 1].is_space


def _name_start(doc: Doc, end: int, taken: set) -> int | None:
    """Return the start of the name ending at token end, or None."""
    start = stop = end
    while start > 0 and stop - start < _MAX_NAME and start - 1 not in taken and (
            is_name_token(doc[start - 1]) or doc[start - 1].text in ("AB", "&")):
        start -= 1
    if start == stop or (start > 0 and (start - 1 in taken or doc[start - 1].text[:1].isupper()
                                        or doc[start - 1].lower_ == "i")):
        return None  # "Förskolan Kotten i Ekby, får": a name after "i" is where, not who
    return start


def _name_end(doc: Doc, start: int, taken: set) -> int | None:
    """Return the end of the capitalised run from start ("AB Gavlegårdarna"), or None."""
    end = start
    while end < len(doc) and end not in taken and end - start < _MAX_NAME and (
            is_name_token(doc[end]) or doc[end].text in ("AB", "&")):
        end += 1
    if end == start or (end < len(doc) and (end in taken or doc[end].text[:1].isupper())):
        return None
    return end


def _is_town(token) -> bool:
    return token.is_title and load_gazetteer().place_kind(token.text) is not None


# Head words of schools, besides role_slots.BODY_HEADS ("Björknäsgymnasiet", "Förskolan Tittut").
_SCHOOL_HEADS = ("gymnasiet", "gymnasium", "förskolan", "förskola")


def _a_body(span: Span) -> bool:
    """Return whether a name in a grant's slot reads as a body's: one word (no place: see
    slot_span), a company form, or a body's head word in it; not a project's name
    ("Utvecklingsprojekt i Västerbotten", "All Inclusive Innovation Västerbotten") nor a person's
    ("Anna Berg får 10 000 kronor")."""
    words = [t.lower_ for t in span]
    if any("projekt" in w for w in words):
        return False
    return len(span) == 1 or "ab" in words or any(w.endswith(BODY_HEADS + _SCHOOL_HEADS) for w in words)
