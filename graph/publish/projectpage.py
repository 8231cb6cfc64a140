"""What a project's page shows, read from the project's own record graph (`<base>record/<id>`
holds the project, its participations, their evidence, its collectives and the source record)
and one lookup of the nodes it names in other graphs: organisations, units, region, programme
area, period, fund. Two reads from a store or a SPARQL server (source.py), no join."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from esfgraph.graph.vocab import DCTERMS, ESF, PROV, RDFS, SCHEMA, SKOS

__all__ = ["Party", "project_page"]

# The project's property -> the page's key; then (that key, the named node's property) -> key.
_PROJECT = {DCTERMS.identifier: "id", SCHEMA.name: "name", DCTERMS.description: "description",
            SCHEMA.startDate: "start", SCHEMA.endDate: "end", ESF.totalBudget: "budget",
            ESF.grantedSupport: "granted", ESF.euCofinancingRate: "rate",
            ESF.plannedParticipants: "planned", ESF.participants: "participants",
            ESF.beneficiaryCity: "city", ESF.esfRegion: "region_iri", ESF.nuts2: "nuts_iri",
            ESF.programmeArea: "area_iri", ESF.programmePeriod: "period_iri", ESF.fund: "fund_iri",
            PROV.wasDerivedFrom: "record"}
_NAMED = {("region_iri", RDFS.label): "region", ("area_iri", ESF.code): "area",
          ("period_iri", SKOS.notation): "period", ("fund_iri", SKOS.notation): "fund",
          ("record", ESF.sourceFile): "file", ("record", ESF.sourceLine): "line",
          ("record", ESF.contentHash): "hash"}
_ROLE_ORDER = {"OwnerRole": 0, "PartnerRole": 1, "FunderRole": 2, "MentionedRole": 3}


@dataclass
class Party:
    """An organisation in a project: its role(s), units and the sentences that support it."""

    iri: str
    name: str
    orgnr: str | None
    role: str
    confidence: float
    units: set[str] = field(default_factory=set)
    evidence: list[tuple[str, str, str]] = field(default_factory=list)


def _highlight(sentence: str, surface: str) -> tuple[str, str, str]:
    """Split the sentence around the first occurrence of the name (any case)."""
    at = sentence.casefold().find(surface.casefold()) if surface else -1
    if at < 0:
        return sentence, "", ""
    return sentence[:at], sentence[at:at + len(surface)], sentence[at + len(surface):]


class _Nodes:
    """Triples by subject: a node's single value (the smallest where it has several, so a
    store and a server give the same page) and its values."""

    def __init__(self, triples):
        self.by = defaultdict(lambda: defaultdict(list))
        for t in triples:
            self.by[t.subject.value][t.predicate].append(t.object.value)

    def one(self, node: str, prop) -> str | None:
        values = self.by.get(node, {}).get(prop)
        return min(values) if values else None

    def all(self, node: str, prop) -> list[str]:
        return sorted(self.by.get(node, {}).get(prop, ()))


def _record_triples(source, iri: str) -> list:
    """The triples of the record graph the project's own triples are in."""
    base = source.settings.base
    if iri.startswith(base + "project/"):
        found = source.graph(base + "record/" + iri[len(base + "project/"):])
        if any(t.subject.value == iri for t in found):
            return found
    graphs = {q.graph_name.value for q in source.about([iri]) if q.predicate == DCTERMS.identifier}
    return source.graph(min(graphs)) if graphs else []


def project_page(source, iri: str, nodes=None) -> dict | None:
    """Return the project's values, organisations by role and collectives; None if no project.
    The nodes it names are read by `nodes` (a NodeQuads kept for the generation) if given."""
    g = _Nodes(_record_triples(source, iri))
    page = {key: g.one(iri, prop) for prop, key in _PROJECT.items()}
    if page["id"] is None or page["name"] is None:
        return None
    parts = g.all(iri, ESF.participation)
    orgs = {g.one(p, ESF.organisation) for p in parts} - {None}
    units = {u for p in parts for u in g.all(p, ESF.unit)}
    named = {page[k] for k, _ in _NAMED if page[k] and k != "record"} | orgs | units
    n = _Nodes(q.triple for q in (nodes or source).about(sorted(named))) if named else _Nodes([])
    for (key, prop), target in _NAMED.items():
        page[target] = (g if key == "record" else n).one(page[key], prop) if page[key] else None
    page["nuts"] = page["nuts_iri"].partition("/code/")[2] if page["nuts_iri"] else None
    parties: dict[tuple[str, str], Party] = {}
    for p in parts:
        org, role, confidence = g.one(p, ESF.organisation), g.one(p, ESF.role), g.one(p, ESF.confidence)
        name = n.one(org, SCHEMA.name) if org else None
        if name is None or role is None or confidence is None:
            continue
        role = role.rpartition("#")[2]
        party = parties.setdefault((org, role), Party(org, name, n.one(org, ESF.organisationNumber),
                                                      role, float(confidence)))
        party.units.update(x for u in g.all(p, ESF.unit) for x in n.all(u, SCHEMA.name))
        for e in g.all(p, ESF.evidence):
            sentence, surface = g.one(e, ESF.sentence), g.one(e, ESF.surface)
            if sentence is not None and surface is not None:
                start = g.one(e, ESF.startOffset)
                party.evidence.append((int(start) if start else -1, sentence, surface))
    for party in parties.values():  # the sentences in the order of the text
        seen = []
        for _, sentence, surface in sorted(party.evidence):
            if _highlight(sentence, surface) not in seen:
                seen.append(_highlight(sentence, surface))
        party.evidence = seen
    page["parties"] = sorted(parties.values(), key=lambda p: (_ROLE_ORDER.get(p.role, 9), p.name, p.iri))
    page["owner"] = next((p for p in page["parties"] if p.role == "OwnerRole"), None)
    page["collectives"] = _collectives(g, iri)
    return page


def _collectives(g: _Nodes, iri: str) -> list[dict]:
    """The groups the description names without naming each member ("fem kommuner")."""
    out = []
    for c in g.all(iri, ESF.collective):
        surface, role = g.one(c, ESF.surface), g.one(c, ESF.role)
        if surface is None or role is None:
            continue
        row = {"surface": surface, "role": role.rpartition("#")[2], "count": g.one(c, ESF.count),
               "area": g.one(c, ESF.area)}
        sentences = [s for e in g.all(c, ESF.evidence) for s in g.all(e, ESF.sentence)]
        out += [{**row, "sentence": s} for s in sentences or [None]]
    return sorted(out, key=lambda c: tuple(c[k] or "" for k in ("surface", "role", "sentence")))
