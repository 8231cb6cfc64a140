"""A municipality's or region's council or committee named without its body, and that body.

News and minutes name the deciding body by its office alone, in lower case as often as not:
"Kommunstyrelsen anslår 500 000 kronor", "beviljade regionstyrelsen medel", "det beslutade
regionala tillväxtnämnden", "ordförande i kultur- och fritidsnämnden". The body it is a unit of
is the municipality or region the text names: a council of a municipality ("kommunstyrelsen",
"kommunfullmäktige", "stadsdelsnämnden") that of a municipality, a region's ("regionstyrelsen",
"regionala utvecklingsnämnden", "landstingsstyrelsen") that of a region, any other committee
("-nämnden") either. With several such bodies in the text the nearest one before the unit is
its body, else the nearest after it; with none the unit is no entry (as before).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.organisations.gazetteer import Org
from esfgraph.extract.organisations.resolve import resolve_name
from esfgraph.extract.partners.base.span_data import get, put
from esfgraph.extract.partners.base.word_hits import word_hits
from esfgraph.extract.partners.names.unit_parents import bare_committee

__all__ = ["COUNCIL_WORDS", "committee_body", "council_role", "council_spans", "parent_in_text"]

# The councils (styrelse, fullmäktige) of municipalities and regions, which hold no unit word
# the department patterns of name_shapes.py are built around.
COUNCIL_WORDS = frozenset({
    "kommunstyrelsen", "kommunfullmäktige", "regionstyrelsen", "regionfullmäktige",
    "landstingsstyrelsen", "landstingsfullmäktige", "stadsstyrelsen",
})
# A committee's lower-case adjective, part of its name: "regionala utvecklingsnämnden".
_ADJECTIVES = frozenset({"regionala", "kommunala"})
# Words before an office that make it any such office, not one body's: "ett kommunfullmäktige".
_GENERIC = frozenset({"ett", "en", "varje", "vilket", "vilken", "alla", "någon", "något"})
# A district's committee or administration, named by its district: "stadsdelsnämnden Östra Göteborg".
_DISTRICT_WORDS = frozenset({"stadsdelsnämnden", "stadsdelsförvaltningen"})
_PLACE_ENDS = frozenset({"kommun", "stad", "län", "kommuns", "stads", "läns"})
_REGION_START = ("region", "landsting")
_DECIDING = ("nämnden", "nämnd", "styrelsen", "fullmäktige")  # councils and committees decide
_MUNICIPALITY_START = ("kommun", "stadsdel", "stads")
_RULE = "pattern:council"
_STEMS = ("tyrelsen", "TYRELSEN", "ullmäktige", "ULLMÄKTIGE", "ämnden", "ÄMNDEN")
_WORDS = re.compile(r"(?i)(?:styrelsen|fullmäktige|nämnden)(?![\w-])")


def council_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return the councils and the committees named with their adjective ("regionala
    tillväxtnämnden") as UNITs without a body, where no other span holds them."""
    taken = None
    out = []
    for t in word_hits(doc, _STEMS, _WORDS):
        if taken is None:
            taken = {i for s in spans for i in range(s.start, s.end)}
        low = t.lower_
        i = t.i
        if low in COUNCIL_WORDS or low in _DISTRICT_WORDS:
            start = i
        elif low.endswith("nämnden") and i > 0 and doc[i - 1].lower_ in _ADJECTIVES:
            start = i - 1
        else:
            continue
        if any(k in taken for k in range(start, i)) or i in taken and not _unit_only(spans, i):
            continue
        if start > 0 and doc[start - 1].lower_ in _GENERIC:
            continue
        end = i + 1
        while low in _DISTRICT_WORDS and end < len(doc) and end - i <= 3 and doc[end].is_title \
                and doc[end].is_alpha and not doc[end].is_sent_start:
            end += 1  # "stadsdelsnämnden Östra Göteborg": the district names it
        if low in _DISTRICT_WORDS and end == i + 1:
            continue
        i = end - 1
        span = Span(doc, start, end, label="UNIT")
        if end + 1 < len(doc) and doc[end].lower_ == "i" and doc[end + 1].is_title:
            place = doc[end + 1].text  # "Kommunstyrelsen i Lysekil"
            org = resolve_name(f"{place} kommun") or resolve_name(place)
            last = end + 3 if end + 2 < len(doc) and doc[end + 2].lower_ in _PLACE_ENDS else end + 2
            if org is not None and org.type in ("municipality", "region"):
                span = Span(doc, start, last, label="UNIT")
                put(span, "esf_org", org)
        unit = doc[start:i + 1].text
        put(span, "esf_unit", unit[:1].upper() + unit[1:])
        put(span, "esf_rule", _RULE)
        out.append(span)
    return out


def _unit_only(spans: list[Span], i: int) -> bool:
    """Return whether token i is taken only by a bodiless department of one word."""
    return any(s.start == i and s.end == i + 1 and s.label_ == "UNIT" and get(s, "esf_org") is None
               for s in spans)


def parent_in_text(doc: Doc, unit: Span) -> Org | None:
    """Return the municipality or region a council or committee without a body belongs to:
    the one of its kind the text names, the nearest before it if several, else after it."""
    rule = get(unit, "esf_rule")
    if rule != _RULE and not (rule == "pattern:department" and unit[-1].lower_.endswith("nämnden")
                              and unit[-1].lower_ not in _DISTRICT_WORDS):
        return None
    first = unit.text.lower()
    kinds = ("region",) if first.startswith(_REGION_START) or first.startswith("regionala ") \
        else ("municipality",) if first.startswith(_MUNICIPALITY_START) or first.startswith("kommunala ") \
        else ("municipality", "region")
    before, after = None, None
    places = list(doc.spans["esf_places"]) if "esf_places" in doc.spans else []
    for e in sorted([*doc.ents, *places], key=lambda s: s.start):
        org = get(e, "esf_org")
        if e.label_ != "ORG" or org is None or org.type not in kinds:
            continue
        if e.end <= unit.start:
            before = org
        elif e.start >= unit.end and after is None:
            after = org
    return before or after


def committee_body(doc: Doc, unit: Span) -> tuple[Org, str | None, str] | None:
    """Return (body, unit, rule's suffix) of a committee or council found without its body: the
    one municipality or region the text names (unit_parents.bare_committee), else the nearest
    (parent_in_text); None when the text names none."""
    if (committee := bare_committee(unit)) is not None:
        return (*committee, "+committee")  # "Kultur- och fritidsnämnden beslutar"
    if (org := parent_in_text(doc, unit)) is not None:
        return org, get(unit, "esf_unit"), "+text"  # "Region X ... beviljade regionstyrelsen"
    return None


def council_role(span: Span, role: str, rule: str) -> str:
    """Return the role of a unit read as `role`: a council of a municipality or region, or a
    region's committee ("regionala utvecklingsnämnden"), decides on money and runs no project,
    so an owner's role read for it is the grantor's, and so is a region's partner's (a
    municipality's council that co-finances is a partner: "kommunstyrelsen har beslutat att
    medfinansiera"); a committee named without its body owns nothing (its municipality runs
    projects)."""
    role = _council_role(span, role)
    return "mentioned" if role == "owner" and rule.endswith("+committee") else role


def _council_role(span: Span, role: str) -> str:
    if role not in ("owner", "partner") or span.label_ != "UNIT":
        return role
    unit = (get(span, "esf_unit") or "").lower()
    if not unit.endswith(_DECIDING):
        return role  # an office ("Regionkontoret") takes part as any unit
    if unit.startswith(_REGION_START) or unit.startswith("regionala "):
        return "funder"
    return "funder" if role == "owner" and unit in COUNCIL_WORDS else role
