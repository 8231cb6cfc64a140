"""What the records become in the graph: all three periods as projects, values kept as text,
the national level, programme concepts and the crosswalk, owners by organisation number,
personal data in its own graph, control characters that round-trip."""

import json

import pytest
from pyoxigraph import Literal, NamedNode, RdfFormat, parse

from esfgraph.extract.organisations.gazetteer import load_gazetteer
from esfgraph.extract.records.programmes import CODES
from esfgraph.graph.build import build_graph
from esfgraph.graph.iris import Iris
from esfgraph.graph.reference import load_ontology_text, reference_quads
from esfgraph.graph.store import open_store
from esfgraph.graph.vocab import DCTERMS, ESF, RDF, SCHEMA, SKOS

ODD = "Ett\x0bTvå\x0cTre\x1cFyra\x1dFem\x1eSex\x85Sju\u2028Åtta\u2029Nio\x7fTio"
EXTRA = """24-990-S01 - {name}

Diarienummer:
24-990-S01
Namn:
{name}
Projektperiod:
2024-01-01 - 2025-12-31
Projektägare:
Ljungby kommun
Region:
Skåne
Total projektbudget:
1.1
E-postadress:
anna.berg@example.se
Kontaktperson 2:
Bo Ek

Ljungby kommun driver projektet.{odd}
"""
I = Iris()


@pytest.fixture(scope="module")
def built(tmp_path_factory, examples):
    path = tmp_path_factory.mktemp("graph")
    src = path / "src"
    src.mkdir()
    (src / "extra.txt").write_text(EXTRA.format(name=ODD, odd=ODD), encoding="utf-8")
    store = open_store(path / "s", create=True)
    summary = build_graph([str(examples), str(src)], store, report_path=path / "r.json")
    assert (summary.loaded, summary.skipped) == (19, 0)
    yield path, store
    del store


def objects(store, s, p):
    return {q.object for q in store.quads_for_pattern(s, p, None, None)}


def test_a_2007_2013_record_is_a_project_like_the_others(built):
    _, store = built
    p = I.project("ESF0713-f7c6242ef2b2")
    assert objects(store, p, DCTERMS.identifier) == {Literal("ESF0713-f7c6242ef2b2")}
    assert objects(store, p, ESF.diarienummer) == set()
    assert objects(store, p, ESF.programmePeriod) == {ESF.Period2007to2013}
    (area,) = objects(store, p, ESF.programmeArea)
    assert area == I.code("programme-area", "2007-2013", "1")
    assert Literal("Kompetensförsörjning", language="sv") in objects(store, area, SKOS.prefLabel)
    assert objects(store, p, ESF.projectPhase) == {Literal("Genomförande")}
    owner = load_gazetteer().lookup("Norrtälje kommun")
    assert objects(store, p, ESF.owner) == {I.org(owner)}


def test_a_value_that_cannot_be_typed_is_an_untyped_value_and_the_report_says_why(built, query_rows):
    path, store = built
    p = I.project("24-990-S01")
    assert objects(store, p, ESF.totalBudget) == set() and objects(store, p, ESF.esfRegion) == set()
    rows = query_rows(path / "s", "untyped-values")
    assert [(r["project_id"], r["line"], r["key"], r["value"]) for r in rows] == [
        ("24-990-S01", "12", "Region", "Skåne"), ("24-990-S01", "14", "Total projektbudget", "1.1")]
    report = json.loads((path / "r.json").read_text(encoding="utf-8"))["records"]
    (row,) = [r for r in report if r["key"] == "24-990-S01"]
    assert [(w["line"], w["field"]) for w in row["warnings"]] == [
        (12, "Region"), (14, "Total projektbudget"), (17, "Kontaktperson 2")]
    assert not any("Bo Ek" in w["why"] or "anna" in w["why"] for w in row["warnings"])


def test_control_characters_round_trip_into_the_store_and_out(built, cli, tmp_path):
    path, store = built
    p = I.project("24-990-S01")
    assert objects(store, p, SCHEMA.name) == {Literal(ODD)}
    (text,) = objects(store, p, DCTERMS.description)
    assert text.value.endswith(ODD)
    out = tmp_path / "all.nq"
    del store
    assert cli("export", "--store", path / "s", "--format", "nquads", "--output", out).exit_code == 0
    names = {q.object.value for q in parse(path=str(out), format=RdfFormat.N_QUADS)
             if q.subject == p and q.predicate == SCHEMA.name}
    assert names == {ODD}


def test_contact_details_stay_in_the_personal_graph(built, cli, tmp_path):
    path, store = built
    personal = I.personal("24-990-S01")
    found = {(q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, personal)}
    assert (SCHEMA.email, Literal("anna.berg@example.se")) in found
    assert (ESF.value, Literal("Bo Ek")) in found
    assert not any(q.object == Literal("Bo Ek") for q in store if q.graph_name != personal)
    del store
    out = tmp_path / "public.ttl"
    assert cli("export", "--store", path / "s", "--format", "turtle", "--output", out).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "Bo Ek" not in text and "anna.berg" not in text and "08-465 004 27" not in text


def test_national_projects_have_no_nuts_region_and_say_so(built):
    _, store = built
    national = I.esf_region("ESF Nationellt")
    for key in ("25-991-S04", "2017/99024"):
        p = I.project(key)
        assert objects(store, p, ESF.esfRegion) == {national}
        assert objects(store, p, ESF.nuts2) == set()
    assert objects(store, national, ESF.nationalLevel) == {Literal(True)}
    assert objects(store, national, ESF.nuts2) == set()
    # a v2 copy without Region: the region of its NUTS-2 code
    assert objects(store, I.project("25-992-S11"), ESF.esfRegion) == {I.esf_region("Norra Mellansverige")}


def test_owners_by_organisation_number(built, query_rows):
    path, store = built
    gotland = load_gazetteer().by_orgnr["232100-0198"]  # Region Gävleborg: `Projektägare org.nr.`
    assert objects(store, I.project("25-992-S11"), ESF.owner) == {I.org(gotland)}
    for number in ("2120000456", "212000-0456"):
        rows = query_rows(path / "s", "projects-of", org=number)
        assert [(r["id"], r["role"]) for r in rows] == [("25-991-S04", "owner")]


def test_every_municipality_and_region_in_the_list_carries_its_number():
    g = load_gazetteer()
    bodies = [o for o in g.orgs if o.type in ("municipality", "region") and o.orgnr]
    assert len(bodies) == 284 + 17  # Region Gotland is the municipality, one body with one number
    assert all(o.key == o.orgnr and o.kommunkod or o.lanskod for o in bodies)
    assert g.by_orgnr["212000-0142"].name == "Stockholms stad"


def test_the_programme_concepts_and_the_crosswalk():
    quads = list(reference_quads(I))
    concepts = {q.subject for q in quads if q.predicate == RDF.type and q.object == SKOS.Concept}
    assert {I.code(c.kind, c.period, c.code) for c in CODES} <= concepts
    crosswalk = parse(load_ontology_text("crosswalk.ttl"), format=RdfFormat.TURTLE, base_iri=I.base)
    for t in crosswalk:
        for term in (t.subject, t.object):
            if isinstance(term, NamedNode) and term.value.startswith(I.base):
                assert term in concepts or term.value == I.base + "theme", term
    notations = {q.object.value for q in quads if q.subject == I.code("specific-objective", "2014-2020", "7.2")
                 and q.predicate == SKOS.notation}
    assert notations == {"7.2", "5.1"}  # the renumbering seen between two copies of one project


def test_one_query_finds_skills_projects_of_all_three_periods(built, query_rows):
    path, _ = built
    rows = query_rows(path / "s", "skills-since-2007")
    assert {r["period"] for r in rows} == {"2007-2013", "2014-2020", "2021-2027"}
    assert ("ESF0713-f7c6242ef2b2", "1") in {(r["id"], r["code"]) for r in rows}
    assert ("2019/90014", "1 1.1") in {(r["id"], " ".join(sorted(r["code"].split()))) for r in rows}
    assert not {"ESF0713-70c461ecb8bc", "2016/99011"} & {r["id"] for r in rows}  # area 2, objective 2.3
