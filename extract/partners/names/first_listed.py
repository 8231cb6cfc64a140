"""An unknown name that opens a list of bodies: "bland andra Ekbyhus, Region X och Landstinget",
"samverkansparterna Ekby Robot Region, Norrby Center, ...", "samverkar med RPG, PRO och SPF".

Measured on the development parts (docs/extraction-rounds.md, round 39): the name before the
first known body of a list was left out (coordinated.py reads a name between two bodies or
after "och", not the first).
A name of one to four capitalised words is a body when it stands right after a word that opens
a list of bodies ("med", "mellan", "bland andra", "exempelvis", a colon, a plural of partners),
and a comma and a known body follow it that the list goes on after ("," "och" or "samt" and a
capitalised word).

Not: a place ("med Lund, Region Skåne och ..."), a person's name before the body he works for
("med Anna Ek, Region X och Per Berg, Region Y": the list alternates names and bodies), a fund
or programme, a name after any other word ("säger Anna Ek, Region X, ..."), a list that ends
at the body.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from esfgraph.extract.organisations.gazetteer import load_gazetteer
from esfgraph.extract.organisations.resolve import org_from_shape, resolve_name
from esfgraph.extract.partners.base.span_data import get, org_span
from esfgraph.extract.partners.names.name_shapes import (
    LIST_SEPARATORS,
    NOT_BODY_ENDS,
    NOT_ONE_WORD_BODIES,
    is_name_token,
)

__all__ = ["first_listed_bodies"]

# Words after which a list of bodies opens.
_OPENERS = frozenset({":", "med", "mellan", "andra", "annat", "exempelvis", "t.ex.", "bl.a.",
                      "inklusive", "såsom"})
_NAMED_OPENERS = frozenset({"andra", "annat", "exempelvis", "t.ex.", "bl.a.", "inklusive", "såsom"})
# Plurals of partners before their list: "samverkansparterna", "partners", "aktörerna".
_PLURAL = re.compile(r"(parter|parterna|partners|partnerna|aktörer|aktörerna|organisationer|"
                     r"organisationerna|deltagare|deltagarna|finansiärer|finansiärerna)$")
_MAX_ITEM = 4


def first_listed_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return ORG spans for the unknown names that open a list before a known body."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for body in spans:
        if body.label_ != "ORG" or body.start < 3 or doc[body.start - 1].text != ",":
            continue
        if not _list_goes_on(doc, body.end):
            continue
        end = body.start - 1
        start = end
        while start > 0 and end - start < _MAX_ITEM and start - 1 not in taken \
                and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper():
            start -= 1  # "Ekby Robot Region": a later word may be a head word ("Region")
        while start < end and not is_name_token(doc[start]):
            start += 1
        if start == end or start == 0 or not _opens_list(doc[start - 1], doc[start:end]):
            continue
        if _alternates(doc, body.end, end - start):
            continue
        name = doc[start:end]
        if _not_body(name):
            continue
        out.append(org_span(doc, start, end, _org(name, spans), "pattern:first-listed"))
    return out


def _opens_list(token, name: Span) -> bool:
    """Return whether the token opens a list of bodies for this name. An acronym may follow any
    opener ("med RPG, PRO och ..."); another word of one name only "bland andra", "exempelvis" or
    a plural of partners ("med Lindholm, ..." may be a place, ": Projektledning, ..." a common
    word); a name of two words or more only a plural of partners ("bland andra Anna Ek, ..." is
    a person, "bland annat Digital Kompetens, ..." a programme)."""
    low = token.lower_
    if token.is_lower and _PLURAL.search(low) is not None:
        return True
    if len(name) == 1:
        return low in _OPENERS if name.text.isupper() else low in _NAMED_OPENERS
    return False


def _org(name: Span, spans: list[Span]):
    """Return the body of a listed name: a known one, the body it is the short form of ("Ekbyhus"
    beside "Ekbyhus Service AB"), or one named as written (an acronym kept in capitals)."""
    known = resolve_name(name.text)
    if known:
        return known
    for s in spans:
        if s.label_ == "ORG" and len(s) > len(name) and s[:len(name)].text == name.text:
            org = get(s, "esf_org")
            if org is not None:
                return org
    org = org_from_shape(name.text)
    return replace(org, name=name.text) if name.text.isupper() else org


def _list_goes_on(doc: Doc, i: int) -> bool:
    """Return whether a separator and a capitalised word follow position i."""
    return i + 1 < len(doc) and doc[i].lower_ in LIST_SEPARATORS and doc[i + 1].text[:1].isupper()


def _alternates(doc: Doc, i: int, n: int) -> bool:
    """Return whether a person-shaped name and a comma and a capitalised word follow the body:
    "med Anna Ek, Region X och Per Berg, Region Y" lists people with their bodies."""
    if n != 2:
        return False
    j = i + 1
    while j < len(doc) and j - i <= 3 and is_name_token(doc[j]):
        j += 1
    return j - i == 3 and j + 1 < len(doc) and doc[j].text == "," \
        and doc[j + 1].text[:1].isupper()


def _not_body(name: Span) -> bool:
    g = load_gazetteer()
    if g.place_kind(name.text) is not None or name[-1].lower_ in NOT_BODY_ENDS:
        return True
    if len(name) == 1:
        return name[0].lower_ in NOT_ONE_WORD_BODIES or len(name[0]) < 3
    return False
