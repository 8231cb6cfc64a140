"""Records and mentions in, quads out: each record's triples in the record's own named graph.

The build writes N-Quads text straight to Oxigraph's bulk loader: making ~150 pyoxigraph objects
per record costs more than everything else in the mapping, so terms are N-Triples strings here
(vocabulary nodes are turned into text once) and `record_triples` parses that text when a caller
wants Quad objects.
"""

from __future__ import annotations

import os
from collections import defaultdict
from typing import Iterable, Iterator

from pyoxigraph import Quad, RdfFormat, parse

from esfgraph.extract.organisations.gazetteer import Org
from esfgraph.extract.partners.mentions import Mention
from esfgraph.extract.organisations.names import name_key, restore_case
from esfgraph.extract.records import Record
from esfgraph.extract.partners.role_assigner import ROLE_RANK
from esfgraph.graph.iris import Iris
from esfgraph.graph import vocab
from esfgraph.graph.statistics import contribution
from esfgraph.graph.vocab import ESF, XSD

__all__ = ["record_nquads", "record_triples", "shared_nquads", "org_triples", "ORG_CLASSES",
           "ROLE_NODES", "PERIODS", "SHARED_GRAPH"]

SHARED_GRAPH = "shared"  # Iris.graph(SHARED_GRAPH): descriptions many records share

ORG_CLASSES = {
    "municipality": ESF.Municipality, "region": ESF.Region, "agency": ESF.Agency,
    "university": ESF.University, "company": ESF.Company, "union": ESF.Union,
    "employer_organisation": ESF.EmployerOrganisation,
    "coordination_association": ESF.CoordinationAssociation,
    "folk_high_school": ESF.FolkHighSchool, "nonprofit": ESF.NonProfit,
    "other": ESF.OtherOrganisation,
}
ROLE_NODES = {"owner": ESF.OwnerRole, "partner": ESF.PartnerRole, "funder": ESF.FunderRole,
              "mentioned": ESF.MentionedRole}
_SHORTCUTS = {"owner": ESF.owner, "partner": ESF.partner, "funder": ESF.funder,
              "mentioned": ESF.mentions}
PERIODS = {"2014-2020": (ESF.Period2014to2020, ESF.ESF), "2021-2027": (ESF.Period2021to2027, ESF.ESFPlus)}

# Below, terms are N-Triples text: the namespaces' text views, and text versions of the tables.
DCTERMS, ESF, ORG, PROV, RDF, RDFS, SCHEMA, SKOS = (
    ns.nt for ns in (vocab.DCTERMS, vocab.ESF, vocab.ORG, vocab.PROV, vocab.RDF, vocab.RDFS,
                     vocab.SCHEMA, vocab.SKOS))
_ORG_CLASSES = {k: str(v) for k, v in ORG_CLASSES.items()}
_ROLES = {k: str(v) for k, v in ROLE_NODES.items()}
_SHORTCUTS = {k: str(v) for k, v in _SHORTCUTS.items()}
_PERIODS = {k: (str(a), str(b)) for k, (a, b) in PERIODS.items()}
_FUNDS = {"ESF": ESF.ESF, "ESF+": ESF.ESFPlus}
_CODES = (("programme_area", "programme-area", ESF.programmeArea, ESF.ProgrammeArea),
          ("specific_objective", "specific-objective", ESF.specificObjective, ESF.SpecificObjective),
          ("intervention_type", "intervention-type", ESF.interventionType, ESF.InterventionType))


_INTEGER, _DECIMAL = f"^^<{XSD.integer.value}>", f"^^<{XSD.decimal.value}>"
_DATE, _BOOLEAN = f"^^<{XSD.date.value}>", f"^^<{XSD.boolean.value}>"


def _str(value: str) -> str:
    # str.replace runs at C speed; translate with a mapping is several times slower on long text.
    if "\\" in value:
        value = value.replace("\\", "\\\\")
    if '"' in value:
        value = value.replace('"', '\\"')
    if "\n" in value:
        value = value.replace("\n", "\\n")
    if "\r" in value:
        value = value.replace("\r", "\\r")
    return '"' + value + '"'


def _int(value: int) -> str:
    return f'"{int(value)}"{_INTEGER}'


def _dec(value) -> str:
    return f'"{format(value, "f")}"{_DECIMAL}'


def _date(value) -> str:
    return f'"{value.isoformat()}"{_DATE}'


def _bool(value: bool) -> str:
    return f'"{"true" if value else "false"}"{_BOOLEAN}'




def org_triples(iris: Iris, org: Org) -> Iterator[tuple]:
    """Yield (s, p, o) pyoxigraph terms describing an organisation: types, name, identifiers."""
    text = "".join(f"{s} {p} {o} .\n" for s, p, o in _org_spo(iris.as_text(), org))
    for t in parse(text.encode("utf-8"), format=RdfFormat.N_TRIPLES):
        yield t.subject, t.predicate, t.object


def _org_spo(iris: Iris, org: Org) -> Iterator[tuple]:
    o = iris.org(org)
    yield o, RDF.type, ESF.Organisation
    yield o, RDF.type, _ORG_CLASSES.get(org.type, ESF.OtherOrganisation)
    yield o, SCHEMA.name, _str(org.name)
    yield o, RDFS.label, _str(org.name)
    yield o, DCTERMS.type, _str(org.type)
    # The lookup keys of named queries (projects-of, why): an index hit instead of a scan.
    yield o, SKOS.hiddenLabel, _str(name_key(org.name))
    if org.orgnr:
        yield o, SKOS.hiddenLabel, _str(org.orgnr)
        yield o, ESF.organisationNumber, _str(org.orgnr)
    if org.legal_name:
        yield o, ESF.legalName, _str(org.legal_name)
    if org.kommunkod:
        yield o, ESF.kommunkod, _str(org.kommunkod)
    if org.lanskod:
        yield o, ESF.lanskod, _str(org.lanskod)


def record_nquads(record: Record, owner: Org, owner_unit: str | None, mentions: list[Mention],
                  iris: Iris, contributions: list | None = None) -> tuple[str, dict[str, str]]:
    """Return (the record's N-Quads, the shared descriptions it needs); append the record's
    contribution to the statistics (statistics.py) to `contributions` if given.

    The record's own quads: project, roles with evidence, source record, in the record's graph;
    contact names and e-mails in its personal-data graph. Shared descriptions (organisations,
    units, programme codes) are N-Triples by subject: the build writes each into the shared graph
    once, whichever record names it first, so a body named in a thousand records is one node
    with one name.
    """
    iris = iris.as_text() if not iris.text else iris
    g = iris.record(record.diarienummer)
    shared: dict[str, list[tuple]] = {}
    spo = list(_record_spo(record, owner, owner_unit, mentions, iris, shared))
    if contributions is not None:
        contributions.append(contribution(iris.project(record.diarienummer), spo))
    lines = [f"{s} {p} {o} {g} .\n" for s, p, o in spo]
    contact = _contact_spo(record, iris)
    if contact:
        pg = iris.personal(record.diarienummer)
        lines += [f"{s} {p} {o} {pg} .\n" for s, p, o in contact]
    return "".join(lines), {k: "".join(f"{s} {p} {o} .\n" for s, p, o in spo)
                            for k, spo in shared.items()}


def record_triples(record: Record, owner: Org, owner_unit: str | None, mentions: list[Mention],
                   iris: Iris) -> Iterator[Quad]:
    """Yield the record's quads and its shared descriptions (in the shared graph) as Quads."""
    text, shared = record_nquads(record, owner, owner_unit, mentions, iris)
    text += shared_nquads(shared.values(), iris)
    yield from parse(text.encode("utf-8"), format=RdfFormat.N_QUADS)


def shared_nquads(descriptions: Iterable[str], iris: Iris) -> str:
    """Return shared descriptions (N-Triples text, as record_nquads gives them) as N-Quads in the
    shared graph."""
    text_iris = iris if iris.text else iris.as_text()
    g = f" {text_iris.graph(SHARED_GRAPH)} .\n"
    return "".join(line[:-3] + g for lines in descriptions for line in lines.splitlines(keepends=True))


def _share(shared: dict, key: str, triples) -> None:
    if key not in shared:
        shared[key] = list(triples)


def _record_spo(record, owner, owner_unit, mentions, iris, shared):
    dnr, vals = record.diarienummer, record.values
    p, r = iris.project(dnr), iris.record(dnr)
    yield p, RDF.type, ESF.Project
    yield p, ESF.diarienummer, _str(dnr)
    yield p, SCHEMA.name, _str(record.name)
    yield p, PROV.wasDerivedFrom, r
    if record.text:
        yield p, DCTERMS.description, _str(record.text)
    for attr, pred in (("project_number", ESF.projectNumber), ("country", ESF.country),
                       ("postcode", ESF.beneficiaryPostcode), ("address", ESF.beneficiaryAddress)):
        if attr in vals:
            yield p, pred, _str(vals[attr])
    if "city" in vals:
        yield p, ESF.beneficiaryCity, _str(restore_case(vals["city"], frozenset({vals["city"].lower()})))
    for attr, pred in (("start", SCHEMA.startDate), ("end", SCHEMA.endDate)):
        if attr in vals:
            yield p, pred, _date(vals[attr])
    for attr, pred in (("total_budget", ESF.totalBudget), ("granted", ESF.grantedSupport),
                       ("planned_participants", ESF.plannedParticipants),
                       ("participants", ESF.participants),
                       ("reported_participants", ESF.reportedParticipants)):
        if attr in vals:
            yield p, pred, _int(vals[attr])
    if "eu_cofinancing_rate" in vals:
        yield p, ESF.euCofinancingRate, _dec(vals["eu_cofinancing_rate"])
    for attr, pred in (("child_poverty_theme", ESF.childPovertyTheme),
                       ("strategic_importance", ESF.strategicImportance)):
        if attr in vals:
            yield p, pred, _bool(vals[attr])
    period = record.programme_period
    if period:
        yield p, ESF.programmePeriod, _PERIODS[period][0]
    fund = _FUNDS.get(vals.get("fund")) or (_PERIODS[period][1] if period else None)
    if fund is not None:
        yield p, ESF.fund, fund
    if "cci" in vals:
        prog = iris.programme(vals["cci"])
        yield p, ESF.programme, prog
        _share(shared, prog, [(prog, RDF.type, ESF.Programme), (prog, ESF.cci, _str(vals["cci"]))])
    for attr, kind, pred, cls in _CODES:
        if attr in vals:
            node = iris.code(kind, period, vals[attr])
            yield p, pred, node
            _share(shared, node, [(node, RDF.type, cls), (node, ESF.code, _str(vals[attr]))])
    if "region" in vals:
        yield p, ESF.esfRegion, iris.esf_region(vals["region"])
    if "nuts2" in vals:
        yield p, ESF.nuts2, iris.nuts(vals["nuts2"])
    yield from _source_spo(record, iris)
    yield from _roles_spo(record, owner, owner_unit, mentions, iris, shared)


def _source_spo(record, iris):
    dnr, r = record.diarienummer, iris.record(record.diarienummer)
    yield r, RDF.type, ESF.SourceRecord
    yield r, ESF.sourceFile, _str(os.path.basename(record.path))
    yield r, ESF.sourceLine, _int(record.line)
    for n, f in enumerate(record.unknown, 1):
        node = iris.field(dnr, n)
        yield r, ESF.sourceField, node
        yield node, RDF.type, ESF.SourceField
        yield node, ESF.key, _str(f.key)
        yield node, ESF.value, _str(f.value)


def _roles_spo(record, owner, owner_unit, mentions, iris, shared):
    dnr, p, r = record.diarienummer, iris.project(record.diarienummer), iris.record(record.diarienummer)
    by_role: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    orgs = {owner.key: owner}
    units: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind == "collective":
            yield from _collective_spo(dnr, p, r, m, iris)
            continue
        orgs.setdefault(m.org.key, m.org)
        by_role[(m.org.key, m.role)].append(m)
        if m.unit:
            units[(m.org.key, m.role)].add(m.unit)
    if owner_unit:
        units[(owner.key, "owner")].add(owner_unit)
    by_role.setdefault((owner.key, "owner"), [])
    for (key, role), found in sorted(by_role.items(), key=lambda kv: (-ROLE_RANK[kv[0][1]], kv[0][0])):
        org = orgs[key]
        o, part = iris.org(org), iris.participation(dnr, role, org)
        yield p, _SHORTCUTS[role], o
        yield p, ESF.participation, part
        yield part, RDF.type, ESF.Participation
        yield part, ESF.organisation, o
        yield part, ESF.role, _ROLES[role]
        yield part, PROV.wasDerivedFrom, r
        confidence = max([m.confidence for m in found] + ([1.0] if role == "owner" else []))
        yield part, ESF.confidence, _dec(round(confidence, 2))
        if role == "owner":
            yield from _header_evidence(record, part, iris)
        for m in found:
            yield from _evidence_spo(dnr, part, r, m, iris)
        for unit in sorted(units.get((key, role), ())):
            u = iris.unit(org, unit)
            yield part, ESF.unit, u
            if role == "owner":
                yield p, ESF.ownerUnit, u
            _share(shared, u, [(u, RDF.type, ORG.OrganizationalUnit), (u, SCHEMA.name, _str(unit)),
                               (u, RDFS.label, _str(unit)), (u, ORG.unitOf, o), (o, ORG.hasUnit, u)])
    for org in orgs.values():
        _share(shared, iris.org(org), _org_spo(iris, org))


def _header_evidence(record, part, iris):
    e = iris.evidence(record.diarienummer)
    raw = record.values["owner"]
    yield part, ESF.evidence, e
    yield e, RDF.type, ESF.Evidence
    yield e, ESF.surface, _str(raw)
    yield e, ESF.sentence, _str(f"Projektägare: {raw}")
    yield e, ESF.rule, _str("header:Projektägare")
    yield e, ESF.confidence, _dec(1)
    yield e, PROV.wasDerivedFrom, iris.record(record.diarienummer)


def _evidence_spo(dnr, node, r, m: Mention, iris):
    e = iris.evidence(dnr, m.start, m.end)
    yield node, ESF.evidence, e
    yield e, RDF.type, ESF.Evidence
    yield e, ESF.surface, _str(m.surface)
    yield e, ESF.sentence, _str(m.sentence)
    yield e, ESF.startOffset, _int(m.start)
    yield e, ESF.endOffset, _int(m.end)
    yield e, ESF.rule, _str(m.rule)
    yield e, ESF.confidence, _dec(round(m.confidence, 2))
    yield e, PROV.wasDerivedFrom, r


def _collective_spo(dnr, p, r, m: Mention, iris):
    c = iris.collective(dnr, m.start)
    yield p, ESF.collective, c
    yield c, RDF.type, ESF.Collective
    yield c, ESF.surface, _str(m.surface)
    yield c, ESF.role, _ROLES[m.role]
    yield c, PROV.wasDerivedFrom, r
    if m.count is not None:
        yield c, ESF.count, _int(m.count)
    if m.area:
        yield c, ESF.area, _str(m.area)
    yield from _evidence_spo(dnr, c, r, m, iris)


def _contact_spo(record, iris) -> list[tuple]:
    vals = record.values
    if "contact_name" not in vals and "contact_email" not in vals:
        return []
    p, c = iris.project(record.diarienummer), iris.contact(record.diarienummer)
    out = [(p, SCHEMA.contactPoint, c), (c, RDF.type, ESF.ContactPoint), (c, RDF.type, ESF.PersonalData)]
    if "contact_name" in vals:
        out.append((c, SCHEMA.name, _str(vals["contact_name"])))
    if "contact_email" in vals:
        out.append((c, SCHEMA.email, _str(vals["contact_email"])))
    return out
