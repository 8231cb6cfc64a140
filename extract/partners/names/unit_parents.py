"""The municipality or region a unit is named beside, for a unit whose own name holds no body.

Real texts name a department next to its body rather than inside its name: "Malmö stad med
Fritidsförvaltningen, Kulturförvaltningen och Stadskontoret" (the units listed after their
city), "Ekby kommun: Eva Berg, Avfallsenheten" (a contact line: body, person, unit),
"Avdelningen för hållbar tillväxt, Uddevalla kommun är projektägare" (the unit, then its body,
which ends the clause). A unit found without a body anywhere else is no entry of its own; this
module gives it the body beside it, so it is written "Malmö stad, Fritidsförvaltningen".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.organisations.gazetteer import Org
from esfgraph.extract.partners.base.span_data import get, put

__all__ = ["adj_start", "bare_committee", "compound_start", "parent_beside", "unit_name", "units_at_parents"]

_PUBLIC = ("municipality", "region")
# What may stand between a unit and its body or a sibling unit before it.
_JOINING = frozenset({",", "och", "samt", "med", ":", "/"})
# Words that go on after a body in a list: "Socialförvaltningen, Region Skåne och Arbets-
# förmedlingen" lists three bodies, and the unit's is none of them.
_LIST_GOES_ON = frozenset({",", "och", "samt", "/", "eller"})
_UNIT_JOINERS = frozenset({"och", "samt", "eller"})
_MAX_PERSON = 3  # words of a person's name in a contact line


def parent_beside(doc: Doc, unit: Span) -> Org | None:
    """Return the municipality or region named beside a unit without a body, or None."""
    ents = list(doc.ents)
    i = next((k for k, e in enumerate(ents) if e.start == unit.start), None)
    if i is None:
        return None
    right = unit
    for p in reversed(ents[:i]):
        if not _joined(doc, p.end, right.start):
            break
        org = p._.esf_org
        if p.label_ == "UNIT" and org is None:
            right = p  # a sibling unit of the same list: "med A, B och C"
            continue
        return org if org is not None and org.type in _PUBLIC else None
    if i + 1 < len(ents):
        n = ents[i + 1]
        org = n._.esf_org
        if n.label_ == "ORG" and org is not None and org.type in _PUBLIC \
                and [t.text for t in doc[unit.end:n.start]] == [","] \
                and (n.end >= len(doc) or doc[n.end].lower_ not in _LIST_GOES_ON):
            return org  # "Avdelningen för hållbar tillväxt, Uddevalla kommun är projektägare"
    return None


# A municipality's or region's committee or board ("nämnd", "styrelse") decides by itself: named
# bare, it is a body of the text all the same ("Kultur- och fritidsnämnden beslutar att bevilja",
# "Det är regionutvecklingsnämnden som beslutar"), unlike an office or unit ("Avfallsenheten").
_COMMITTEE = re.compile(r"(?:[\w-]+\s+)*[\w-]{3,}(?:nämnden|nämndens)|(?:region|kommun|landstings)styrelsen", re.I)


_ADJECTIVE = re.compile(r"\w{3,}(?:ala|iska|ska|ella)")  # "regionala", "tekniska", "kulturella"


def bare_committee(unit: Span) -> tuple[Org, str] | None:
    """Return (body, unit) of a committee found without its municipality or region when the text
    names one municipality or region (a region for "Regionstyrelsen"); None for other units, a
    district's committee (a city has many), a committee whose name goes on ("stadsdelsnämnden
    Östra Berga") or a text naming no such body or several (councils.parent_in_text reads
    those: a committee is never a body of its own, which would join every region's board in
    one node)."""
    doc = unit.doc
    if get(unit, "esf_rule") != "pattern:department" or not _COMMITTEE.fullmatch(unit.text) \
            or unit.text.lower().startswith("stadsdels") \
            or unit.end < len(doc) and doc[unit.end].is_title and not doc[unit.end].is_sent_start:
        return None
    name = unit_name(unit)
    kinds = ("region",) if name.lower().startswith(("region", "landsting")) else \
        ("municipality",) if name.lower().startswith("kommun") else _PUBLIC
    bodies = {o.key: o for e in doc.ents if e.label_ == "ORG" and (o := get(e, "esf_org")) is not None
              and o.type in kinds}
    if len(bodies) == 1:
        return next(iter(bodies.values())), name
    return None


def adj_start(doc: Doc, start: int, end: int) -> int:
    """Return where a committee's name starts with its adjective: "regionala utvecklingsnämnden"."""
    if doc[end - 1].lower_.endswith("nämnden") and start > 0 and doc[start - 1].is_alpha \
            and (doc[start - 1].is_lower or doc[start - 1].is_sent_start) \
            and _ADJECTIVE.fullmatch(doc[start - 1].lower_):
        return start - 1
    return start


def _joined(doc: Doc, lo: int, hi: int) -> bool:
    """Return whether tokens lo..hi join a body or unit to the unit after them: list words,
    or a contact line's person between a colon and a comma ("Ekby kommun: Eva Berg,")."""
    between = [t for t in doc[lo:hi] if not t.is_space]
    if all(t.text in _JOINING for t in between) and len(between) <= 2:
        return bool(between) or lo == hi
    return (len(between) >= 4 and between[0].text == ":" and between[-1].text == ","
            and len(between) - 2 <= _MAX_PERSON
            and all(t.is_title and t.is_alpha for t in between[1:-1]))


def compound_start(doc: Doc, start: int) -> int:
    """Return where a unit's name starts that shares its last part with words before it:
    "Kultur- och fritidsnämnden", "Skol-, kultur- och fritidsförvaltningen"."""
    if start >= 2 and doc[start - 1].lower_ in _UNIT_JOINERS and doc[start - 2].text.endswith("-") \
            and doc[start - 2].text[:-1].isalpha():
        start -= 2
        while start >= 2 and doc[start - 1].text == "," and doc[start - 2].text.endswith("-") \
                and doc[start - 2].text[:-1].isalpha():
            start -= 2
    return start


def unit_name(span: Span) -> str:
    text = re.split(r"\s+(?:i|på|inom|vid)\s+", span.text, maxsplit=1)[0]
    return text[:1].upper() + text[1:]



# A unit's head word in the definite form ("-utskottet", "-enheten"), or "centrum" after an
# adjective, before "vid/inom/på" and its municipality or region.
_UNIT_HEAD = re.compile(r"([a-zåäö]*)(utskottet|enheten|förvaltningen|nämnden|avdelningen|kontoret|"
                        r"kansliet|sekretariatet|centrum|centret)")
_AT = frozenset({"vid", "inom", "på", "hos"})


def units_at_parents(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return the units named before their municipality or region, each as one UNIT of it:
    "Arbetsutskottet vid Region Norrland", "Medicinskt centrum inom Region Öst",
    "Mottagningsenheten på socialförvaltningen i Y kommun" ("Region Norrland, Arbetsutskottet")."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for p in spans:
        org = get(p, "esf_org")
        if p.start < 2 or org is None or org.type not in _PUBLIC or doc[p.start - 1].lower_ not in _AT:
            continue
        k = p.start - 2
        m = _UNIT_HEAD.fullmatch(doc[k].lower_)
        if m is None or k in taken:
            continue
        start = k
        while start > 0 and k - start < 2 and (doc[start - 1].is_lower or doc[start - 1].is_sent_start) \
                and doc[start - 1].is_alpha \
                and doc[start - 1].lower_.endswith(("a", "t")) and start - 1 not in taken:
            start -= 1  # "regionala", "katastrofmedicinskt"
        start = compound_start(doc, start)
        if start == k and not m.group(1) or start - 1 in taken:
            continue  # "enheten vid Region X" names no unit
        unit = doc[start:k + 1].text
        wide = Span(doc, start, p.end, label="UNIT")
        put(wide, "esf_org", org)
        put(wide, "esf_unit", unit[:1].upper() + unit[1:])
        put(wide, "esf_rule", (get(p, "esf_rule") or "") + "+unit-at")
        out.append(wide)
    return out
