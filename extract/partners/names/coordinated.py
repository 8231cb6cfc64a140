"""Unknown names coordinated with known bodies: "tillsammans med Högskolan i Gävle och Gästrike
Återvinnare", "A, Famna, Koopsam och B". A name in a list of bodies is a body; a person's name
("Anna Lind från A") and a place are not.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.organisations.gazetteer import load_gazetteer
from esfgraph.extract.organisations.resolve import org_from_shape, resolve_name
from esfgraph.extract.partners.base.role_cues import LIST_WORDS
from esfgraph.extract.partners.base.sentences import SentenceIndex
from esfgraph.extract.partners.base.span_data import org_span
from esfgraph.extract.partners.base.tokenizer import doc_text
from esfgraph.extract.partners.names.first_listed import first_listed_bodies
from esfgraph.extract.partners.names.name_shapes import (
    LIST_SEPARATORS,
    NOT_BODY_ENDS,
    NOT_ONE_WORD_BODIES,
    is_name_token,
)

__all__ = ["coordinated_bodies", "coordinated_groups", "is_person"]

_MAX_ITEM = 5


def coordinated_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return ORG spans for unknown names of two capitalised words or more coordinated with a body.

    "tillsammans med Högskolan i Gävle och Gästrike Återvinnare", "Fontänhuset Göteborg och
    Individuell Människohjälp medverkar": a name in a list of bodies is a body. One-word names
    are left out (a town, a programme), and so are places and funds. Only "och"/"samt" join:
    after a comma stands an apposition as often ("Lunds universitet, Campus Helsingborg").
    """
    taken = {i for s in spans for i in range(s.start, s.end)}
    ends = {s.end for s in spans if s.label_ == "ORG"}
    out = []
    for span in spans:
        if span.label_ != "ORG":
            continue
        if span.end + 1 < len(doc) and doc[span.end].lower_ in _AND:
            listed = span.start >= 2 and doc[span.start - 1].text == "," and span.start - 1 in ends
            run = _run_after(doc, span.end + 1, taken, listed)
            if run:
                out.append(run)
        if span.start >= 2 and doc[span.start - 1].lower_ in _AND:
            run = _run_before(doc, span.start - 1, taken)
            if run:
                out.append(run)
    orgs = [s for s in spans if s.label_ == "ORG"]
    for a, b in zip(orgs, orgs[1:]):
        out.extend(_between(doc, a, b))
    return out + first_listed_bodies(doc, spans)


def _between(doc: Doc, a: Span, b: Span) -> list[Span]:
    """Return the unknown names listed between two bodies: "A, Famna, Koopsam och B".

    Between two names of bodies, separated from them and each other by commas and "och", a
    name of one word is a body too, unless it is a place.
    """
    gap = doc[a.end:b.start]
    if not 2 <= len(gap) <= 12 or gap[0].text != "," or gap[-1].lower_ not in LIST_SEPARATORS:
        return []
    # A photo caption lists each person before his body ("Från vänster: Anna Ek, Klubb IF, Per
    # Berg och Eva Ek, Region X"): after a body and a comma stands a person, after "och" another.
    sent = a.sent
    caption = person = _CAPTION.search(doc_text(doc), sent.start_char, sent.end_char) is not None
    out, run = [], []
    for t in list(gap) + [doc[b.start]]:
        if t.lower_ in LIST_SEPARATORS or t.i == b.start:
            if run and not person:
                span = Span(doc, run[0].i, run[-1].i + 1, label="ORG")
                if load_gazetteer().place_kind(span.text) is not None or span[-1].lower_ in NOT_BODY_ENDS:
                    return []
                org = resolve_name(span.text) or org_from_shape(span.text)
                out.append(org_span(doc, span.start, span.end, org, "pattern:listed"))
            if run and t.text == "," and caption:
                person = not person
            run = []
        elif is_name_token(t) and len(run) < 4:
            run.append(t)
        else:
            return []
    return out


_CAPTION = re.compile(r"\bfrån vänster\b|\bfr\.\s?v\.", re.I)  # a photo caption (as default_role.py)


def _run_after(doc: Doc, i: int, taken: set, listed: bool = False) -> Span | None:
    """Return the name after "och" following a body; in a list of bodies ("A, B och C") a name of
    one word or with a digit is one too ("A, B och Norrstad", "A, B och H4O Agro")."""
    end = i
    while end < len(doc) and end - i < _MAX_ITEM and end not in taken and (
            is_name_token(doc[end]) or (end > i and doc[end].text == "&")
            or listed and doc[end].text[:1].isupper() and doc[end].text.isalnum()
            and not doc[end].is_alpha):
        end += 1
    if listed and end - i == 1 and not (end < len(doc) and doc[end].text[:1].isupper()) \
            and doc[i].lower_ not in NOT_ONE_WORD_BODIES and len(doc[i]) > 3:
        return _coordinated(doc, i, end, one_word=True)
    return _coordinated(doc, i, end)


def _run_before(doc: Doc, end: int, taken: set) -> Span | None:
    start = end
    while start > 0 and end - start < _MAX_ITEM and start - 1 not in taken \
            and is_name_token(doc[start - 1]):
        start -= 1
    if start > 0 and doc[start - 1].text[:1].isupper():
        return None  # the name goes on further left: not a name we can delimit
    if doc[start].is_sent_start and doc[start].lower_ in _LEADING:
        start += 1  # "Förutom Ekbyhus AB och A": the sentence's first word is no part of the name
    return _coordinated(doc, start, end)


def _coordinated(doc: Doc, start: int, end: int, one_word: bool = False) -> Span | None:
    """Return the ORG span of a coordinated unknown name doc[start:end], or None."""
    if end - start < (1 if one_word else 2) or (end < len(doc) and doc[end].text[:1].isupper()):
        return None
    name = doc[start:end].text
    if load_gazetteer().place_kind(name) is not None or doc[end - 1].lower_ in NOT_BODY_ENDS \
            or doc[start].lower_ in _PERSON_TITLES or is_person(doc, start, end):
        return None
    org = org_from_shape(name)
    return org_span(doc, start, end, org, "pattern:coordinated")


_AND = frozenset({"och", "samt"})
# Titles before a person's name at the start of a sentence ("Projektledaren Anna Svensson och").
def is_person(doc: Doc, start: int, end: int) -> bool:
    """Return whether doc[start:end] is a person's name: two capitalised words, no place, before
    "från", "på" or "vid" and a body ("Anna Ek från Funktionsrätt Norrby")."""
    if end - start != 2 or end + 1 >= len(doc) or doc[end].lower_ not in _OF_BODY \
            or not doc[end + 1].text[:1].isupper():
        return False
    g = load_gazetteer()
    return all(t.is_title and t.is_alpha for t in doc[start:end]) and g.place_kind(
        doc[start:end].text) is None and g.place_kind(doc[start].text) is None \
        and g.place_kind(doc[end - 1].text) is None


_OF_BODY = frozenset({"från", "på", "vid"})
_PERSON_TITLES = frozenset({"projektledaren", "projektledare", "kontaktpersonen", "kontaktperson",
                            "samordnaren", "processledaren", "rektor", "rektorn", "chefen",
                            "ordföranden", "handledaren", "forskaren", "professor", "docent"})
_LEADING = frozenset({"förutom", "utöver", "även", "dessutom", "både", "enligt"})


def coordinated_groups(doc: Doc, ents: list[Span], sents: SentenceIndex) -> list[list[Span]]:
    """Group coordinated names: spans separated only by commas, "och", "samt", bullets, line ends."""
    groups: list[list[Span]] = []
    for span in ents:
        if groups:
            prev = groups[-1][-1]
            between = doc[prev.end:span.start]
            if sents.of(prev).start == sents.of(span).start and all(
                    t.is_space or t.lower_ in LIST_WORDS for t in between):
                groups[-1].append(span)
                continue
        groups.append([span])
    return groups
