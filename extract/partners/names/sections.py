"""Local branches and sections after a body's name: "IF Metall Höga Kusten", "Rädda Barnen
region syd", "Coompanion Jämtland", "Almi Företagspartner Mitt AB", "Scania CV"; the unit after a
municipality's or region's genitive ("Region Gotlands integrationsenhet"); the name before a
company's seat ("Näringslivsbolaget i Sundsvall AB").

A branch is kept as itself, not replaced by its parent: a union's section stays a unit of the
union ("IF Metall, Mellersta Norrland" is IF Metall with the unit "IF Metall Mellersta
Norrland"); an association's regional branch and a company's subsidiary are bodies of their own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.organisations.gazetteer import Org, load_gazetteer
from esfgraph.extract.organisations.names import name_key
from esfgraph.extract.partners.base.span_data import get, put
from esfgraph.extract.partners.names.name_shapes import SECTION_WORDS, is_name_token

__all__ = ["with_seat", "with_section", "branch_short_forms", "genitive_names"]

# "region syd", "region Nord": a section named by a compass word after "region".
_COMPASS = frozenset({"syd", "nord", "norr", "väst", "öst", "mitt", "söder", "sydost", "nordost",
                      "nordväst", "sydväst", "mellan"})
# A word after the section that makes the place a municipality or county, not a section.
_NOT_AFTER = frozenset({"kommun", "kommuns", "stad", "stads", "län", "läns", "region", "regions"})
_BRANCHED = ("union", "nonprofit", "company", "employer_organisation")
# "Fastighetsägarna Centrala Hisingen": a part of a place named by a direction.
_DIRECTIONS = frozenset({"Norra", "Södra", "Östra", "Västra", "Centrala", "Mellersta", "Nordvästra",
                         "Nordöstra", "Sydvästra", "Sydöstra"})
_COMPANY_END = frozenset({"AB", "ABs", "HB", "KB"})
_MAX_SUBSIDIARY = 3
# Bodies made of regional or local associations or companies that carry the parent's name and
# a place, written "X i Place" as often as "X Place" (additions.csv: study associations, the
# start-up and co-operative advice centres, Almi's regional companies): "Coompanion i
# Östergötland" is the branch Coompanion Östergötland, where "IKEA i Malmö" or "Stiftelsen X
# i Dalarna" is a body and the place of its work. Not Företagarna, whose local associations
# real texts name as Företagarna itself ("Företagarna i Lysekil").
_FEDERATED = frozenset(name_key(n) for n in (
    "Almi Företagspartner", "Coompanion", "NyföretagarCentrum", "Ung Företagsamhet",
    "Hushållningssällskapet", "Arbetarnas bildningsförbund", "Studieförbundet Vuxenskolan",
    "Studiefrämjandet", "Medborgarskolan", "Sensus studieförbund", "Folkuniversitetet", "Bilda",
    "SISU Idrottsutbildarna", "RF-SISU"))


# A unit of a municipality or region written after its genitive: "Region Gotlands
# integrationsenhet", "Region Västerbottens regionala utvecklingsnämnd", "Umeå kommuns AU",
# also with a capital ("Norrby kommuns Kulturnämnd", "Region Ekös Arbetsmarknadsenhet").
_UNIT_NOUN = re.compile(r"(?:[A-ZÅÄÖ]?[a-zåäö-]*)(?:enhet(?:en)?|nämnd(?:en)?|utskott(?:et)?|"
                        r"förvaltning(?:en)?|avdelning(?:en)?|kansli(?:et)?)")
_PUBLIC = ("municipality", "region")


def _with_unit(doc: Doc, span: Span, org: Org, taken: set[int]) -> Span:
    """Return a municipality's or region's genitive span widened over the unit it names, as a UNIT."""
    i = span.end
    while i < len(doc) and i - span.end < 2 and doc[i].is_lower and doc[i].text.endswith(("a", "e")) \
            and not _UNIT_NOUN.fullmatch(doc[i].text):
        i += 1  # "regionala", "sociala"
    if i >= len(doc) or i in taken or not (_UNIT_NOUN.fullmatch(doc[i].text) or doc[i].text == "AU"):
        return span
    wide = Span(doc, span.start, i + 1, label="UNIT")
    unit = doc[span.end:i + 1].text
    wide._.esf_org, wide._.esf_unit = org, unit[:1].upper() + unit[1:]
    wide._.esf_rule = (span._.esf_rule or "") + "+unit"
    return wide


def with_section(doc: Doc, span: Span, taken: set[int]) -> Span:
    """Return a union's, association's or company's span widened over a branch that follows,
    and a municipality's or region's genitive over its unit."""
    org = get(span, "esf_org")
    if span.label_ == "ORG" and org is not None and org.type in _PUBLIC and span.text.endswith("s") \
            and not org.name.endswith("s"):
        return _with_unit(doc, span, org, taken)
    if span.label_ == "ORG" and org is not None and org.type == "coordination_association":
        return _named_by_towns(doc, span, taken)
    if span.label_ != "ORG" or org is None or org.type not in _BRANCHED:
        return span
    at = span.end + 1 if name_key(org.name) in _FEDERATED and _is_in(doc, span.end) else None
    end = _section_end(doc, at) if at is not None else _section_end(doc, span.end) \
        if org.type != "company" else _subsidiary_end(doc, span.end)
    if at is not None and end is not None and doc[end - 1].lower_ in _NOT_AFTER:
        return span  # "Almi i Värmlands län": the county, where Almi works
    if end is None or any(i in taken for i in range(span.end, end)):
        return span  # "Rädda Barnen Malmö stad": the place belongs to the next name
    wide = Span(doc, span.start, end, label="ORG")
    wide._.esf_rule = (span._.esf_rule or "") + "+section"
    name = re.sub(r"\s*,\s*", " ", re.sub(r"\s+", " ", wide.text))
    if at is not None:  # "Almi Företagspartner i Mälardalen" is Almi Företagspartner Mälardalen AB
        name = f"{span.text} {doc[at:end].text}" + (" AB" if (org.legal_name or "").endswith(" AB") else "")
    if org.type == "union":
        wide._.esf_org, wide._.esf_unit = org, name
    else:
        wide._.esf_org = Org(name, org.type)
    return wide


def _named_by_towns(doc: Doc, span: Span, taken: set[int]) -> Span:
    """Return a samordningsförbund's span widened over the towns that name it with the first:
    "Samordningsförbundet Mölndal, Partille, Lerum och Härryda"."""
    g, end, towns = load_gazetteer(), span.end, 0
    while end + 1 < len(doc) and doc[end].text in (",", "och") and end + 1 not in taken \
            and doc[end + 1].is_title and g.place_kind(doc[end + 1].text) == "ort":
        end, towns = end + 2, towns + 1
    if towns < 2:
        return span
    wide = Span(doc, span.start, end, label="ORG")
    wide._.esf_rule = (span._.esf_rule or "") + "+towns"
    wide._.esf_org = Org(re.sub(r"\s+", " ", wide.text), span._.esf_org.type)
    return wide


def _is_in(doc: Doc, i: int) -> bool:
    """Return whether token i is "i" before a capitalised word."""
    return i + 1 < len(doc) and doc[i].text == "i" and doc[i + 1].text[:1].isupper()


def _section_end(doc: Doc, i: int) -> int | None:
    """Return the end of a section name starting at token i (after an optional comma), or None."""
    g = load_gazetteer()
    comma = i < len(doc) and doc[i].text == ","
    j = i + 1 if comma else i
    if j + 1 < len(doc) and doc[j].lower_ == "region" and doc[j + 1].lower_ in _COMPASS:
        return j + 2
    for n in (3, 2, 1):
        words = doc[j:j + n]
        if len(words) < n or not words[0].text[:1].isupper() or not all(
                t.text.replace("-", "").isalpha() for t in words):
            continue
        if not (g.place_kind(words.text) or (n == 1 and words.text in SECTION_WORDS)
                or (n == 2 and words[0].text in _DIRECTIONS and is_name_token(words[1]))):
            continue
        end = j + n
        if end < len(doc) and doc[end].lower_ in _NOT_AFTER:
            return None  # "Kommunal, Västerås stad": the next name, not a section
        if comma and n == 1 and words.text not in SECTION_WORDS:
            return None  # "IF Metall, Skåne och ...": a list more likely than a section
        # "Fryshuset Småland/öarna"
        if end + 1 < len(doc) and doc[end].text == "/" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha:
            end += 2
        return end
    return None


def _subsidiary_end(doc: Doc, i: int) -> int | None:
    """Return the end of a company's branch or subsidiary name ("Mitt AB", "CV", "Sverige")."""
    end = i
    while end < len(doc) and end - i < _MAX_SUBSIDIARY and not doc[end - 1].is_sent_end and (
            doc[end].text[:1].isupper() and doc[end].is_alpha) and doc[end].text not in _COMPANY_END:
        end += 1
    if end == i:
        return None
    if end < len(doc) and doc[end].text in _COMPANY_END:
        return end + 1  # "ALMI företagspartner Mitt AB"
    if all(is_name_token(t) or t.text in _COUNTRIES or t.text.isupper() for t in doc[i:end]):
        return end  # "SKF Mekan", "Coop Sverige", "Scania CV"
    return None


_COUNTRIES = frozenset({"Sverige", "Norge", "Danmark", "Finland", "Nordic", "Norden"})


def with_seat(doc: Doc, span: Span) -> Span:
    """Return a company's span widened over the name its seat follows: "Näringslivsbolaget i
    Sundsvall AB" is one company, not "Sundsvall AB"."""
    i = span.start
    if i < 2 or doc[i - 1].lower_ != "i" or not is_name_token(doc[i - 2]):
        return span
    j = i - 2
    while j > 0 and is_name_token(doc[j - 1]) and i - j < 4:
        j -= 1
    if doc[j].is_sent_start and doc[j].lower_.endswith(("en", "et", "na")):
        return span  # "Verksamheten i Umeå Energi AB": a noun opening the sentence
    return Span(doc, j, span.end, label="ORG")


_SHORT_TYPES = ("nonprofit", "company", "employer_organisation")


def branch_short_forms(spans: list[Span]) -> None:
    """Point a body's one-word name at its branch where the text names one branch of it and no
    other: after "Coompanion i Västmanland" (or "Almi Jönköping", "Bilda Sydväst"), "Coompanion"
    and "Coompanions" are that branch; the national body's full name stays the national body.
    Written right after a branch's name, the short name is that branch's, whatever the body
    ("NTM-centralen i Norrby län NTM-centralen", as "Österbottens förbund ÖF")."""
    orgs = [(s, get(s, "esf_org")) for s in spans if s.label_ == "ORG"]
    if len(orgs) < 2:
        return
    for s, org in orgs:
        if len(s) > 1 or org is None or not org.known:
            continue  # "Studieförbundet Vuxenskolan är ett av tio studieförbund": the whole
        stems = {s.text, org.name} | ({s.text[:-1]} if s.text.endswith("s") else set())
        found = [(b, b_org) for b, b_org in orgs if b_org is not None and b_org.key != org.key
                 and any(_is_branch(b.text, x) for x in stems)]
        beside = [b_org for b, b_org in found if b.end == s.start]
        branches = {b_org.key: b_org for b, b_org in found}
        if beside or (len(branches) == 1 and org.type in _SHORT_TYPES):
            put(s, "esf_org", beside[0] if beside else next(iter(branches.values())))


def _is_branch(text: str, stem: str) -> bool:
    """Return whether a name is `stem` followed by a place or section ("Almi i Mälardalen")."""
    if not text.startswith(stem + " "):
        return False
    rest = text[len(stem) + 1:].split()
    if rest and rest[0] == "i":
        rest = rest[1:]
    if not rest:
        return False
    word = rest[0].split("/")[0]
    return word in SECTION_WORDS or word in _DIRECTIONS or word.rstrip("s") in SECTION_WORDS \
        or load_gazetteer().place_kind(word) is not None


def genitive_names(spans: list[Span]) -> None:
    """Point a name found in the genitive at the body the text names without it: "Leader
    Gränslandets LAG", "RF-SISU Gävleborgs del" where "Leader Gränslandet" and "RF-SISU
    Gävleborg" are found too (a name no list holds keeps the form it was written in)."""
    orgs = [o for s in spans if s.label_ == "ORG" and (o := get(s, "esf_org")) is not None]
    if len(orgs) < 2:
        return
    by_name = {o.name: o for o in orgs}
    for s in spans:
        org = get(s, "esf_org") if s.label_ == "ORG" else None
        if org is not None and not org.known and org.name.endswith("s") and " " in org.name:
            plain = by_name.get(org.name[:-1].removesuffix(":"))
            if plain is not None and plain.type == org.type:
                put(s, "esf_org", plain)
