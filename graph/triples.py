"""Records and mentions in, quads out: each record's triples in the record's own named graph.

Terms are N-Triples text (terms.py): the build hands the text to Oxigraph's bulk loader, and
`record_triples` parses it when a caller wants Quad objects.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Iterator

from pyoxigraph import Quad, RdfFormat, parse

from esfgraph.extract.organisations.gazetteer import Org
from esfgraph.extract.organisations.names import name_key, restore_case
from esfgraph.extract.partners import weights
from esfgraph.extract.partners.mentions import Mention
from esfgraph.extract.partners.roles import ROLE_ORDER
from esfgraph.extract.records import Record
from esfgraph.graph import vocab
from esfgraph.graph.iris import Iris, TextIris
from esfgraph.graph.statistics import contribution
from esfgraph.graph.terms import (
    DCTERMS,
    ESF,
    ORG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    boolean,
    date,
    decimal,
    integer,
    string,
)

__all__ = [
    "ORG_CLASSES",
    "PERIOD_NODES",
    "ROLE_NODES",
    "SHARED_GRAPH",
    "org_triples",
    "record_nquads",
    "record_triples",
    "shared_nquads",
]

SHARED_GRAPH = "shared"  # Iris.graph(SHARED_GRAPH): descriptions many records share

# The vocabulary's nodes for an organisation type, a role and a programme period (with its fund).
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
PERIOD_NODES = {"2014-2020": (vocab.ESF.Period2014to2020, vocab.ESF.ESF),
                "2021-2027": (vocab.ESF.Period2021to2027, vocab.ESF.ESFPlus)}

# The same as N-Triples text, for the mapping below.
_ORG_CLASS_TEXT = {k: str(v) for k, v in ORG_CLASSES.items()}
_ROLE_TEXT = {k: str(v) for k, v in ROLE_NODES.items()}
_PERIOD_TEXT = {k: (str(a), str(b)) for k, (a, b) in PERIOD_NODES.items()}
_FUND_TEXT = {"ESF": ESF.ESF, "ESF+": ESF.ESFPlus}
_ROLE_SHORTCUT_TEXT = {"owner": ESF.owner, "partner": ESF.partner, "funder": ESF.funder,
                       "mentioned": ESF.mentions}
_CODES = (("programme_area", "programme-area", ESF.programmeArea, ESF.ProgrammeArea),
          ("specific_objective", "specific-objective", ESF.specificObjective, ESF.SpecificObjective),
          ("intervention_type", "intervention-type", ESF.interventionType, ESF.InterventionType))
_STRINGS = (("project_number", ESF.projectNumber), ("country", ESF.country),
            ("postcode", ESF.beneficiaryPostcode), ("address", ESF.beneficiaryAddress))
_DATES = (("start", SCHEMA.startDate), ("end", SCHEMA.endDate))
_INTEGERS = (("total_budget", ESF.totalBudget), ("granted", ESF.grantedSupport),
             ("planned_participants", ESF.plannedParticipants), ("participants", ESF.participants),
             ("reported_participants", ESF.reportedParticipants))
_BOOLEANS = (("child_poverty_theme", ESF.childPovertyTheme),
             ("strategic_importance", ESF.strategicImportance))


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
    yield o, SKOS.hiddenLabel, string(name_key(org.name))
    if org.orgnr:
        yield o, SKOS.hiddenLabel, string(org.orgnr)
        yield o, ESF.organisationNumber, string(org.orgnr)
    if org.legal_name:
        yield o, ESF.legalName, string(org.legal_name)
    if org.kommunkod:
        yield o, ESF.kommunkod, string(org.kommunkod)
    if org.lanskod:
        yield o, ESF.lanskod, string(org.lanskod)


def record_nquads(record: Record, owner: Org, owner_unit: str | None, mentions: list[Mention],
                  iris: Iris | TextIris, contributions: list | None = None
                  ) -> tuple[str, dict[str, str]]:
    """Return (the record's N-Quads, the shared descriptions it needs); append the record's
    contribution to the statistics (statistics.py) to `contributions` if given.

    The record's own quads: project, roles with evidence, source record, in the record's graph;
    contact names and e-mails in its personal-data graph. Shared descriptions (organisations,
    units, programme codes) are N-Triples by subject: the build writes each into the shared graph
    once, whichever record names it first, so a body named in a thousand records is one node
    with one name.
    """
    iris = iris.as_text()
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


def shared_nquads(descriptions: Iterable[str], iris: Iris | TextIris) -> str:
    """Return shared descriptions (N-Triples text, as record_nquads gives them) as N-Quads in the
    shared graph."""
    g = f" {iris.as_text().graph(SHARED_GRAPH)} .\n"
    return "".join(line[:-3] + g for lines in descriptions for line in lines.splitlines(keepends=True))


def _share(shared: dict, key: str, triples) -> None:
    if key not in shared:
        shared[key] = list(triples)


def _record_spo(record, owner, owner_unit, mentions, iris, shared):
    dnr, vals = record.diarienummer, record.values
    p, r = iris.project(dnr), iris.record(dnr)
    yield p, RDF.type, ESF.Project
    yield p, ESF.diarienummer, string(dnr)
    yield p, SCHEMA.name, string(record.name)
    yield p, PROV.wasDerivedFrom, r
    if record.text:
        yield p, DCTERMS.description, string(record.text)
    for fields, literal in ((_STRINGS, string), (_DATES, date), (_INTEGERS, integer),
                            (_BOOLEANS, boolean)):
        for attr, pred in fields:
            value = getattr(vals, attr)
            if value is not None:
                yield p, pred, literal(value)
    if vals.city is not None:
        yield p, ESF.beneficiaryCity, string(restore_case(vals.city, frozenset({vals.city.lower()})))
    if vals.eu_cofinancing_rate is not None:
        yield p, ESF.euCofinancingRate, decimal(vals.eu_cofinancing_rate)
    period = record.programme_period
    if period:
        yield p, ESF.programmePeriod, _PERIOD_TEXT[period][0]
    fund = _FUND_TEXT.get(vals.fund) or (_PERIOD_TEXT[period][1] if period else None)
    if fund is not None:
        yield p, ESF.fund, fund
    if vals.cci is not None:
        prog = iris.programme(vals.cci)
        yield p, ESF.programme, prog
        _share(shared, prog, [(prog, RDF.type, ESF.Programme), (prog, ESF.cci, string(vals.cci))])
    for attr, kind, pred, cls in _CODES:
        code = getattr(vals, attr)
        if code is not None:
            node = iris.code(kind, period, code)
            yield p, pred, node
            _share(shared, node, [(node, RDF.type, cls), (node, ESF.code, string(code))])
    if vals.region is not None:
        yield p, ESF.esfRegion, iris.esf_region(vals.region)
    if vals.nuts2 is not None:
        yield p, ESF.nuts2, iris.nuts(vals.nuts2)
    yield from _source_spo(record, iris)
    yield from _roles_spo(record, owner, owner_unit, mentions, iris, shared)


def _source_spo(record, iris):
    dnr, r = record.diarienummer, iris.record(record.diarienummer)
    yield r, RDF.type, ESF.SourceRecord
    yield r, ESF.sourceFile, string(os.path.basename(record.path))
    yield r, ESF.sourceLine, integer(record.line)
    for n, f in enumerate(record.unknown, 1):
        node = iris.field(dnr, n)
        yield r, ESF.sourceField, node
        yield node, RDF.type, ESF.SourceField
        yield node, ESF.key, string(f.key)
        yield node, ESF.value, string(f.value)


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
    for (key, role), found in sorted(by_role.items(), key=lambda kv: (ROLE_ORDER[kv[0][1]], kv[0][0])):
        org = orgs[key]
        o, part = iris.org(org), iris.participation(dnr, role, org)
        yield p, _ROLE_SHORTCUT_TEXT[role], o
        yield p, ESF.participation, part
        yield part, RDF.type, ESF.Participation
        yield part, ESF.organisation, o
        yield part, ESF.role, _ROLE_TEXT[role]
        yield part, PROV.wasDerivedFrom, r
        confidence = max([m.confidence for m in found] + ([weights.HEADER] if role == "owner" else []))
        yield part, ESF.confidence, decimal(round(confidence, 2))
        if role == "owner":
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
    e = iris.evidence(record.diarienummer)
    raw = record.values.owner
    yield part, ESF.evidence, e
    yield e, RDF.type, ESF.Evidence
    yield e, ESF.surface, string(raw)
    yield e, ESF.sentence, string(f"Projektägare: {raw}")
    yield e, ESF.rule, string("header:Projektägare")
    yield e, ESF.confidence, decimal(weights.HEADER)
    yield e, PROV.wasDerivedFrom, iris.record(record.diarienummer)


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
    yield e, PROV.wasDerivedFrom, r


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


def _contact_spo(record, iris) -> list[tuple]:
    vals = record.values
    if vals.contact_name is None and vals.contact_email is None:
        return []
    p, c = iris.project(record.diarienummer), iris.contact(record.diarienummer)
    out = [(p, SCHEMA.contactPoint, c), (c, RDF.type, ESF.ContactPoint), (c, RDF.type, ESF.PersonalData)]
    if vals.contact_name is not None:
        out.append((c, SCHEMA.name, string(vals.contact_name)))
    if vals.contact_email is not None:
        out.append((c, SCHEMA.email, string(vals.contact_email)))
    return out
