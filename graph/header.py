"""A record's header as triples (N-Triples text): the project's values, its programme codes,
region and period, and its source record with every field kept as written.

- the project carries its key as `dcterms:identifier` (the bank's identifier, or for a
  2007–2013 record the derived `ESF0713-…` key) and `esf:diarienummer` where the bank gives one;
- programme areas and specific objectives link to the concepts of their period
  (`programme-area/2014-2020/1`); the reference graph (reference.py) describes the listed ones
  with labels and the crosswalk between periods;
- a value that could not be typed is an `esf:UntypedValue` (a kind of `esf:SourceField`) of the
  source record: key and text as written, line, and why; the typed property is absent;
- contact details (contact person, e-mail, phone, and unknown fields that hold them) go to the
  record's personal-data graph.
"""

from __future__ import annotations

import os

from esfgraph.extract.organisations.names import restore_case
from esfgraph.extract.records import NATIONAL, Record
from esfgraph.extract.records.programmes import canonical_code
from esfgraph.graph import vocab
from esfgraph.graph.iris import TextIris
from esfgraph.graph.terms import (
    DCTERMS,
    ESF,
    PROV,
    RDF,
    SCHEMA,
    boolean,
    date,
    decimal,
    integer,
    string,
)

__all__ = ["project_spo", "source_spo", "personal_spo", "PERIOD_NODES"]

# The vocabulary's node for a programme period, with the period's fund.
PERIOD_NODES = {"2007-2013": (vocab.ESF.Period2007to2013, vocab.ESF.ESF),
                "2014-2020": (vocab.ESF.Period2014to2020, vocab.ESF.ESF),
                "2021-2027": (vocab.ESF.Period2021to2027, vocab.ESF.ESFPlus)}
_PERIOD_TEXT = {k: (str(a), str(b)) for k, (a, b) in PERIOD_NODES.items()}
_FUND_TEXT = {"ESF": ESF.ESF, "ESF+": ESF.ESFPlus}
_CODES = (("programme_area", "programme-area", ESF.programmeArea, ESF.ProgrammeArea),
          ("specific_objective", "specific-objective", ESF.specificObjective, ESF.SpecificObjective),
          ("intervention_type", "intervention-type", ESF.interventionType, ESF.InterventionType))
_STRINGS = (("project_number", ESF.projectNumber), ("country", ESF.country),
            ("postcode", ESF.beneficiaryPostcode), ("address", ESF.beneficiaryAddress),
            ("beneficiary_country", ESF.beneficiaryCountry), ("call_id", ESF.callIdentifier),
            ("project_phase", ESF.projectPhase))
_DATES = (("start", SCHEMA.startDate), ("end", SCHEMA.endDate))
_INTEGERS = (("total_budget", ESF.totalBudget), ("granted", ESF.grantedSupport),
             ("total_costs", ESF.totalCosts),
             ("planned_participants", ESF.plannedParticipants), ("participants", ESF.participants),
             ("reported_participants", ESF.reportedParticipants))
_BOOLEANS = (("child_poverty_theme", ESF.childPovertyTheme),
             ("strategic_importance", ESF.strategicImportance))


def project_spo(record: Record, iris: TextIris, share):
    """Yield the project's own triples; `share(node, triples)` describes a shared node once."""
    key, vals = record.key, record.values
    p, r = iris.project(key), iris.record(key)
    yield p, RDF.type, ESF.Project
    yield p, DCTERMS.identifier, string(key)
    if record.id is not None:
        yield p, ESF.diarienummer, string(record.id)
    if record.name is not None:
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
        share(prog, [(prog, RDF.type, ESF.Programme), (prog, ESF.cci, string(vals.cci))])
    for attr, kind, pred, cls in _CODES:
        code = getattr(vals, attr)
        if code is not None:
            code = canonical_code(period, kind, code)
            node = iris.code(kind, period, code)
            yield p, pred, node
            share(node, [(node, RDF.type, cls), (node, ESF.code, string(code))])
    if vals.programme_area_label is not None:
        yield p, ESF.programmeAreaLabel, string(vals.programme_area_label)
    if vals.esf_region is not None:
        yield p, ESF.esfRegion, iris.esf_region(vals.esf_region)
    if vals.nuts2 is not None and vals.esf_region != NATIONAL and vals.nuts2 != "SE0":
        yield p, ESF.nuts2, iris.nuts(vals.nuts2)


def source_spo(record: Record, iris: TextIris):
    """Yield the source record's triples: file, line, unknown fields and untyped values."""
    key, r = record.key, iris.record(record.key)
    yield r, RDF.type, ESF.SourceRecord
    yield r, ESF.sourceFile, string(os.path.basename(record.path))
    yield r, ESF.sourceLine, integer(record.line)
    for n, f in enumerate(record.unknown, 1):
        node = iris.field(key, n)
        yield r, ESF.sourceField, node
        yield node, RDF.type, ESF.SourceField
        yield node, ESF.key, string(f.key)
        yield node, ESF.value, string(f.value)
    for n, u in enumerate(record.untyped, len(record.unknown) + 1):
        node = iris.field(key, n)
        yield r, ESF.sourceField, node
        yield node, RDF.type, ESF.SourceField
        yield node, RDF.type, ESF.UntypedValue
        yield node, ESF.key, string(u.key)
        yield node, ESF.value, string(u.value)
        yield node, ESF.sourceLine, integer(u.line)
        yield node, ESF.reason, string(u.why)


def personal_spo(record: Record, iris: TextIris) -> list[tuple]:
    """Return the record's personal data: its contact point and unknown fields with contact details."""
    vals, out = record.values, []
    contact = [(SCHEMA.name, vals.contact_name), (SCHEMA.email, vals.contact_email),
               (SCHEMA.telephone, vals.contact_phone)]
    if any(v is not None for _, v in contact):
        p, c = iris.project(record.key), iris.contact(record.key)
        out += [(p, SCHEMA.contactPoint, c), (c, RDF.type, ESF.ContactPoint),
                (c, RDF.type, ESF.PersonalData)]
        out += [(c, pred, string(v)) for pred, v in contact if v is not None]
    r = iris.record(record.key)
    for n, f in enumerate(record.personal, 1):
        node = iris.personal_field(record.key, n)
        out += [(r, ESF.sourceField, node), (node, RDF.type, ESF.SourceField),
                (node, RDF.type, ESF.PersonalData), (node, ESF.key, string(f.key)),
                (node, ESF.value, string(f.value)), (node, ESF.sourceLine, integer(f.where))]
    return out
