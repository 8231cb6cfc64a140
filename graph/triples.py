"""Records and mentions in, quads out: each record's triples in the record's own named graph.

Terms are N-Triples text (terms.py): the build hands the text to Oxigraph's bulk loader, and
`record_triples` parses it when a caller wants Quad objects.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING, Iterable, Iterator

from pyoxigraph import Quad, RdfFormat, parse

from esfgraph.extract.organisations.gazetteer import Org
from esfgraph.extract.organisations.names import name_key
from esfgraph.extract.partners.base import weights
from esfgraph.extract.partners.base.roles import ROLE_ORDER
from esfgraph.extract.records import Record
from esfgraph.graph import vocab
from esfgraph.graph.header import PERIOD_NODES, personal_spo, project_spo, source_spo
from esfgraph.graph.iris import Iris, TextIris
from esfgraph.graph.statistics import contribution
from esfgraph.graph.terms import DCTERMS, ESF, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, decimal, integer, string

if TYPE_CHECKING:  # spaCy is imported where mentions are made, not where they are mapped
    from esfgraph.extract.partners.mentions import Mention

__all__ = ["record_nquads", "record_triples", "shared_nquads", "org_triples", "ORG_CLASSES",
           "ROLE_NODES", "PERIOD_NODES", "PERIODS", "SHARED_GRAPH"]

_NUMBER_SHAPE = re.compile(r"\d{6}-\d{4}")

SHARED_GRAPH = "shared"  # Iris.graph(SHARED_GRAPH): descriptions many records share

# The vocabulary's nodes for an organisation type and a role.
ORG_CLASSES = {
    "municipality": vocab.ESF.Municipality, "region": vocab.ESF.Region,
    "agency": vocab.ESF.Agency, "university": vocab.ESF.University,
    "company": vocab.ESF.Company, "union": vocab.ESF.Union,
    "employer_organisation": vocab.ESF.EmployerOrganisation,
    "coordination_association": vocab.ESF.CoordinationAssociation,
    "folk_high_school": vocab.ESF.FolkHighSchool, "nonprofit": vocab.ESF.NonProfit,
    "other": vocab.ESF.OtherOrganisation,
}
ROLE_NODES = {"owner": vocab.ESF.OwnerRole, "partner": vocab.ESF.PartnerRole,
              "funder": vocab.ESF.FunderRole, "mentioned": vocab.ESF.MentionedRole}
PERIODS = PERIOD_NODES

# The same as N-Triples text, for the mapping below.
_ORG_CLASS_TEXT = {k: str(v) for k, v in ORG_CLASSES.items()}
_ROLE_TEXT = {k: str(v) for k, v in ROLE_NODES.items()}
_ROLE_SHORTCUT_TEXT = {"owner": ESF.owner, "partner": ESF.partner, "funder": ESF.funder,
                       "mentioned": ESF.mentions}


def org_triples(iris: Iris, org: Org) -> Iterator[tuple]:
    """Yield (s, p, o) pyoxigraph terms describing an organisation: types, name, identifiers."""
    text = "".join(f"{s} {p} {o} .\n" for s, p, o in _org_spo(iris.as_text(), org))
    for t in parse(text.encode("utf-8"), format=RdfFormat.N_TRIPLES):
        yield t.subject, t.predicate, t.object


def _org_spo(iris: TextIris, org: Org) -> Iterator[tuple]:
    o = iris.org(org)
    yield o, RDF.type, ESF.Organisation
    yield o, RDF.type, _ORG_CLASS_TEXT.get(org.type, ESF.OtherOrganisation)
    yield o, SCHEMA.name, string(org.name)
    yield o, RDFS.label, string(org.name)
    yield o, DCTERMS.type, string(org.type)
    # The lookup keys of named queries (projects-of, why): an index hit instead of a scan.
    key = name_key(org.name)
    if not _NUMBER_SHAPE.fullmatch(key) or key == org.orgnr:  # a name is never a number's key
        yield o, SKOS.hiddenLabel, string(key)
    if org.orgnr:
        yield o, SKOS.hiddenLabel, string(org.orgnr)
        yield o, ESF.organisationNumber, string(org.orgnr)
    if org.legal_name:
        yield o, ESF.legalName, string(org.legal_name)
    if org.kommunkod:
        yield o, ESF.kommunkod, string(org.kommunkod)
    if org.lanskod:
        yield o, ESF.lanskod, string(org.lanskod)


def record_nquads(record: Record, owner: Org | None, owner_units, mentions: list[Mention],
                  iris: Iris | TextIris, contributions: list | None = None
                  ) -> tuple[str, dict[str, str]]:
    """Return (the record's N-Quads, the shared descriptions it needs); append the record's
    contribution to the statistics (statistics.py) to `contributions` if given.

    The record's own quads: project, roles with evidence, source record, in the record's graph;
    contact details in its personal-data graph. `owner_units` are the owner's units named in the
    header (a tuple, or one name). Shared descriptions (organisations, units, programme codes)
    are N-Triples by subject: the build writes each into the shared graph once, whichever
    record names it first, so a body named in a thousand records is one node with one name.
    """
    iris = iris.as_text()
    g = iris.record(record.key)
    shared: dict[str, list[tuple]] = {}
    units = (owner_units,) if isinstance(owner_units, str) else tuple(owner_units or ())

    def share(node, triples):
        _share(shared, node, triples)
    spo = [*project_spo(record, iris, share), *source_spo(record, iris),
           *_roles_spo(record, owner, units, mentions, iris, shared)]
    if contributions is not None:
        contributions.append(contribution(iris.project(record.key), spo))
    lines = [f"{s} {p} {o} {g} .\n" for s, p, o in spo]
    personal = personal_spo(record, iris)
    if personal:
        pg = iris.personal(record.key)
        lines += [f"{s} {p} {o} {pg} .\n" for s, p, o in personal]
    return "".join(lines), {k: "".join(f"{s} {p} {o} .\n" for s, p, o in spo)
                            for k, spo in shared.items()}


def record_triples(record: Record, owner: Org | None, owner_units, mentions: list[Mention],
                   iris: Iris) -> Iterator[Quad]:
    """Yield the record's quads and its shared descriptions (in the shared graph) as Quads."""
    text, shared = record_nquads(record, owner, owner_units, mentions, iris)
    text += shared_nquads(shared.values(), iris)
    yield from parse(text.encode("utf-8"), format=RdfFormat.N_QUADS)


def shared_nquads(descriptions: Iterable[str], iris: Iris | TextIris) -> str:
    """Return shared descriptions (N-Triples text, as record_nquads gives them) as N-Quads in the
    shared graph."""
    g = f" {iris.as_text().graph(SHARED_GRAPH)} .\n"
    # Split on "\n" only: N-Triples lines end there (str.splitlines would also split at U+2028).
    return "".join(line[:-2] + g for lines in descriptions for line in lines.split("\n") if line)


def _share(shared: dict, key: str, triples) -> None:
    if key not in shared:
        shared[key] = list(triples)


def _roles_spo(record, owner, owner_units, mentions, iris, shared):
    dnr, p, r = record.key, iris.project(record.key), iris.record(record.key)
    by_role: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    orgs = {owner.key: owner} if owner is not None else {}
    units: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind == "collective":
            yield from _collective_spo(dnr, p, r, m, iris)
            continue
        orgs.setdefault(m.org.key, m.org)
        by_role[(m.org.key, m.role)].append(m)
        if m.unit:
            units[(m.org.key, m.role)].add(m.unit)
    if owner is not None:
        units[(owner.key, "owner")].update(owner_units)
        by_role.setdefault((owner.key, "owner"), [])
    for (key, role), found in sorted(by_role.items(), key=lambda kv: (ROLE_ORDER[kv[0][1]], kv[0][0])):
        org = orgs[key]
        o, part = iris.org(org), iris.participation(dnr, role, org)
        yield p, _ROLE_SHORTCUT_TEXT[role], o
        yield p, ESF.participation, part
        yield part, RDF.type, ESF.Participation
        yield part, ESF.organisation, o
        yield part, ESF.role, _ROLE_TEXT[role]
        header = role == "owner" and owner is not None and key == owner.key  # Projektägare
        confidence = max([m.confidence for m in found] + ([weights.HEADER] if header else []))
        yield part, ESF.confidence, decimal(round(confidence, 2))
        if header:
            yield from _header_evidence(record, part, iris)
        for m in found:
            yield from _evidence_spo(dnr, part, r, m, iris)
        for unit in sorted(units.get((key, role), ())):
            u = iris.unit(org, unit)
            yield part, ESF.unit, u
            if role == "owner":
                yield p, ESF.ownerUnit, u
            _share(shared, u, [(u, RDF.type, ORG.OrganizationalUnit), (u, SCHEMA.name, string(unit)),
                               (u, RDFS.label, string(unit)), (u, ORG.unitOf, o), (o, ORG.hasUnit, u)])
    for org in orgs.values():
        _share(shared, iris.org(org), _org_spo(iris, org))


def _header_evidence(record, part, iris):
    e = iris.evidence(record.key)
    raw = record.values.owner
    yield part, ESF.evidence, e
    yield e, RDF.type, ESF.Evidence
    yield e, ESF.surface, string(raw)
    yield e, ESF.sentence, string(f"Projektägare: {raw}")
    yield e, ESF.rule, string("header:Projektägare")
    yield e, ESF.confidence, decimal(weights.HEADER)


def _evidence_spo(dnr, node, r, m: Mention, iris):
    e = iris.evidence(dnr, m.start, m.end)
    yield node, ESF.evidence, e
    yield e, RDF.type, ESF.Evidence
    yield e, ESF.surface, string(m.surface)
    yield e, ESF.sentence, string(m.sentence)
    yield e, ESF.startOffset, integer(m.start)
    yield e, ESF.endOffset, integer(m.end)
    yield e, ESF.rule, string(m.rule)
    yield e, ESF.confidence, decimal(round(m.confidence, 2))


def _collective_spo(dnr, p, r, m: Mention, iris):
    c = iris.collective(dnr, m.start)
    yield p, ESF.collective, c
    yield c, RDF.type, ESF.Collective
    yield c, ESF.surface, string(m.surface)
    yield c, ESF.role, _ROLE_TEXT[m.role]
    yield c, PROV.wasDerivedFrom, r
    if m.count is not None:
        yield c, ESF.count, integer(m.count)
    if m.area:
        yield c, ESF.area, string(m.area)
    yield from _evidence_spo(dnr, c, r, m, iris)
