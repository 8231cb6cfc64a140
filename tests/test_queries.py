"""The named queries: every gold value of the seed records through `esfgraph query`, every .rq
file runs, parameters are bound as RDF terms."""

import csv
import io

import pytest

from esfgraph.errors import QueryError
from esfgraph.graph.queries import list_queries, load_query, run_query
from esfgraph.graph.store import open_store

INTERFACE = {
    "projects": {"id", "name", "owner", "start", "end", "total_budget", "granted", "region"},
    "organisations": {"name", "orgnr", "type", "projects"},
    "projects-of": {"id", "name", "role"},
    "budget-by-region": {"region", "year", "projects", "total_budget"},
    "partners": {"project_id", "partner", "orgnr", "role", "evidence"},
}


def test_interface_queries_have_their_columns():
    for name, columns in INTERFACE.items():
        assert columns <= set(load_query(name).columns), name


def test_projects_match_gold(cli, seed_store_path, gold, query_rows):
    rows = {r["id"]: r for r in query_rows(seed_store_path, "projects")}
    assert len(rows) == 5
    for g in gold.values():
        r = rows[g["diarienummer"]]
        assert r["name"] == g["name"]
        assert r["owner"] == g["owner"]["name"]
        assert (r["start"], r["end"]) == (g["start"], g["end"])
        assert r["region"] == g["region"]
        assert r["period"] == g["programme_period"]
        assert float(r["eu_rate"]) == g["eu_cofinancing_rate"]
        if "total_budget_sek" in g:
            assert int(r["total_budget"]) == g["total_budget_sek"]
            assert int(r["granted"]) == g["granted_esf_sek"]
        else:
            assert "total_budget" not in r and "granted" not in r
        if "orgnr" in g["owner"]:
            assert r["owner_orgnr"].replace("-", "") == g["owner"]["orgnr"]


def test_every_structured_gold_value_is_in_the_graph(cli, seed_store_path, gold, query_rows):
    q = """PREFIX esf: <https://w3id.org/esfgraph/ontology#>
    PREFIX schema: <https://schema.org/>
    SELECT ?id ?planned ?participants ?area ?objective ?intervention ?postcode ?city ?cci ?country
           ?child ?strategic ?nuts WHERE {
      ?p esf:diarienummer ?id .
      OPTIONAL { ?p esf:plannedParticipants ?planned } OPTIONAL { ?p esf:participants ?participants }
      OPTIONAL { ?p esf:programmeArea/esf:code ?area } OPTIONAL { ?p esf:specificObjective/esf:code ?objective }
      OPTIONAL { ?p esf:interventionType/esf:code ?intervention }
      OPTIONAL { ?p esf:beneficiaryPostcode ?postcode } OPTIONAL { ?p esf:beneficiaryCity ?city }
      OPTIONAL { ?p esf:programme/esf:cci ?cci } OPTIONAL { ?p esf:country ?country }
      OPTIONAL { ?p esf:childPovertyTheme ?child } OPTIONAL { ?p esf:strategicImportance ?strategic }
      OPTIONAL { ?p esf:nuts2 ?nuts } }"""
    rows = {r["id"]: r for r in query_rows(seed_store_path, q)}
    for g in gold.values():
        r = rows[g["diarienummer"]]
        expected = {"planned": g.get("planned_participants"), "participants": g.get("participants"),
                    "area": g["programme_area"], "objective": g["specific_objective"],
                    "intervention": g["intervention_type"], "postcode": g["postcode"],
                    "city": g.get("city"), "cci": g.get("cci"), "country": g.get("country")}
        for k, want in expected.items():
            assert r.get(k) == (None if want is None else str(want)), (g["diarienummer"], k)
        for k, gk in (("child", "secondary_theme_child_poverty"), ("strategic", "strategic_importance")):
            if gk in g:
                assert r[k] == str(g[gk]).lower()
        if "nuts2" in g:
            assert r["nuts"] == f"http://data.europa.eu/nuts/code/{g['nuts2']}"


def test_owner_units(cli, seed_store_path, gold, query_rows):
    q = """PREFIX esf: <https://w3id.org/esfgraph/ontology#>
    PREFIX schema: <https://schema.org/>
    PREFIX org: <http://www.w3.org/ns/org#>
    SELECT DISTINCT ?id ?unit ?of WHERE { ?p esf:diarienummer ?id ; esf:ownerUnit ?u .
      ?u schema:name ?unit ; org:unitOf/schema:name ?of }"""
    got = {(r["id"], r["unit"].lower(), r["of"]) for r in query_rows(seed_store_path, q)}
    want = set()
    for g in gold.values():
        units = [g["owner"]["unit"]] if "unit" in g["owner"] else []
        units += [u.split(" i ")[0] for u in g.get("owner_units", [])]
        want |= {(g["diarienummer"], u.lower(), g["owner"]["name"]) for u in units}
    assert got == want


def test_contact_point_is_personal_data(cli, seed_store_path, gold, query_rows):
    q = """PREFIX esf: <https://w3id.org/esfgraph/ontology#>
    PREFIX schema: <https://schema.org/>
    SELECT ?id ?name ?email WHERE { ?p esf:diarienummer ?id ; schema:contactPoint ?c .
      ?c a esf:PersonalData ; schema:name ?name ; schema:email ?email }"""
    rows = {r["id"]: (r["name"], r["email"]) for r in query_rows(seed_store_path, q)}
    assert rows == {g["diarienummer"]: (g["contact"]["name"], g["contact"]["email"])
                    for g in gold.values() if "contact" in g}


def test_projects_of_binds_its_parameter(cli, seed_store_path, query_rows):
    for org in ("Växjö kommun", "VÄXJÖ KOMMUN", "2120000662", "212000-0662"):
        rows = query_rows(seed_store_path, "projects-of", org=org)
        assert [(r["id"], r["role"]) for r in rows] == [("23-063-S03", "owner")]
    rows = query_rows(seed_store_path, "projects-of", org='IF Metall" } UNION { ?x ?y ?z')
    assert rows == []  # a parameter is a literal, never query text


def test_budget_by_region(cli, seed_store_path, query_rows):
    rows = query_rows(seed_store_path, "budget-by-region")
    got = {(r["region"], r["year"]): (int(r["projects"]), int(r["total_budget"])) for r in rows}
    assert got == {("Norra Mellansverige", "2020"): (1, 5390420),
                   ("Östra Mellansverige", "2018"): (1, 101349479),
                   ("Småland & Öarna", "2020"): (1, 10637799),
                   ("Småland & Öarna", "2024"): (1, 0),
                   ("Övre Norrland", "2023"): (1, 0)}


def test_organisations(cli, seed_store_path, query_rows):
    rows = {r["name"]: r for r in query_rows(seed_store_path, "organisations")}
    assert rows["Växjö kommun"]["orgnr"] == "212000-0662"
    assert rows["Växjö kommun"]["type"] == "municipality"
    assert rows["IF Metall"]["type"] == "union" and rows["IF Metall"]["projects"] == "1"
    assert rows["Svenska ESF-rådet"]["projects"] == "0"  # a funder, not a participant
    assert "Eskilstuna Kommun" not in rows and "Eskilstuna kommun" in rows


def test_statistics_are_the_live_aggregations(tmp_path, seeds, synthetic_files):
    """The statistics graph holds exactly what the aggregations compute over the records, through
    a build, an incremental build with changed records, a removal, a sync and an interrupted build."""
    import shutil

    from esfgraph.graph.build import build_graph, remove_records
    from esfgraph.graph.iris import Iris
    from esfgraph.graph.statistics import Statistics
    from esfgraph.graph.vocab import ESF

    def check(store):
        kept = Statistics.read(store, Iris())
        live = Statistics.recompute(store)
        assert (kept.orgs, kept.budget) == (live.orgs, live.budget)
        return kept

    src = tmp_path / "src"
    shutil.copytree(seeds, src)
    (src / "synth").mkdir()
    for f in synthetic_files[:40]:
        shutil.copy(f, src / "synth")
    store = open_store(tmp_path / "s", create=True)
    build_graph([str(src)], store)
    stats = check(store)
    assert len(stats.orgs) > 40 and len(stats.budget) > 10
    # Change partners, budget and region of some records: only they are re-read.
    files = sorted((src / "synth").glob("*.txt"))
    for f in files[:5]:
        text = f.read_text(encoding="utf-8")
        text = text.replace("Region Skåne", "Region Kronoberg").replace("Arbetsförmedlingen", "Skatteverket")
        text = text.replace("Beviljat ESF-stöd: ", "Beviljat ESF-stöd: 1").replace("Övre Norrland", "Sydsverige")
        f.write_text(text, encoding="utf-8")
    summary = build_graph([str(src)], store)
    assert 0 < summary.loaded <= 5
    check(store)
    remove_records(store, ["23-063-S03"])
    assert sum(owned for _, owned, _ in check(store).orgs.values()) == 44  # one owner a project
    for f in files[5:10]:
        f.unlink()
    assert build_graph([str(src)], store, sync=True).removed == 5  # and 23-063-S03 is back
    assert sum(owned for _, owned, _ in check(store).orgs.values()) == 40
    # A build killed after loading a record but before marking it complete leaves no statistics
    # graph and an incomplete record; the next build completes both.
    g = Iris().record("2018/00082")
    store.remove_graph(Iris().graph("statistics"))
    store.remove(next(iter(store.quads_for_pattern(g, ESF.contentHash, None, g))))
    assert build_graph([str(src)], store).loaded == 1  # the incomplete record
    check(store)


@pytest.mark.parametrize("query", [q.name for q in list_queries()])
def test_every_named_query_runs(seed_store_path, query):
    q = load_query(query)
    params = {"org": "Region Kronoberg", "project": "2020/00317"}
    store = open_store(seed_store_path, read_only=True)
    result = run_query(store, q, {n: params[n] for n, _, _ in q.params})
    assert q.title and q.description
    assert [v.value for v in result.variables] == list(q.columns)  # the header tells the truth
    list(result)


def test_unknown_query_lists_the_names(cli, seed_store_path):
    result = cli("query", "projekt", "--store", seed_store_path)
    assert result.exit_code == 1
    assert result.output.startswith("Error: no query named 'projekt'. Available names: budget-by-region, ")


def test_missing_parameter(seed_store_path):
    store = open_store(seed_store_path, read_only=True)
    with pytest.raises(QueryError, match="needs the parameter 'org'"):
        run_query(store, "projects-of", {})


def test_formats(cli, seed_store_path):
    csv = cli("query", "projects", "--store", seed_store_path, "--format", "csv").stdout
    assert csv.splitlines()[0].startswith("id,name,owner,owner_orgnr,start,end,total_budget,granted")
    tsv = cli("query", "projects", "--store", seed_store_path, "--format", "tsv").stdout
    assert tsv.splitlines()[0].startswith("id\tname\towner")
    table = cli("query", "projects", "--store", seed_store_path).stdout
    assert "Handslaget Kronoberg" in table and table.rstrip().endswith("(5 rows)")


def test_tsv_is_a_line_a_row(cli, seed_store_path):
    """A value's line break, tab and backslash are escaped in TSV (a sentence of evidence often
    holds a line break), kept as they are in CSV, JSON and the table's cells."""
    sparql = r'SELECT ?x ?y WHERE { BIND("Projektet drivs av\nNorrby kommun\tA\\B" AS ?x) BIND("ok" AS ?y) }'
    tsv = cli("query", sparql, "--store", seed_store_path, "--format", "tsv").stdout
    assert tsv.split("\n") == ["x\ty", r"Projektet drivs av\nNorrby kommun\tA\\B" + "\tok", ""]
    csv_rows = list(csv.reader(io.StringIO(
        cli("query", sparql, "--store", seed_store_path, "--format", "csv").stdout)))
    assert csv_rows[1] == ["Projektet drivs av\nNorrby kommun\tA\\B", "ok"]


def test_collectives_match_gold(cli, seed_store_path, gold, query_rows):
    got: dict[str, set] = {}
    for r in query_rows(seed_store_path, "collectives"):
        got.setdefault(r["project_id"], set()).add(r["collective"])
    for g in gold.values():
        assert got.get(g["diarienummer"], set()) == set(g["collectives"]), g["diarienummer"]


def test_participants_hold_owner_and_partners(cli, seed_store_path, gold, query_rows):
    rows = query_rows(seed_store_path, "participants")
    for g in gold.values():
        mine = [r for r in rows if r["project_id"] == g["diarienummer"]]
        assert {r["organisation"] for r in mine if r["role"] == "owner"} == {g["owner"]["name"]}
        assert {r["organisation"] for r in mine if r["role"] == "partner"} == set(g["partners"])
        # every partner is backed by at least one sentence
        assert all(int(r["evidence_count"]) >= 1 for r in mine if r["role"] == "partner")


def test_unknown_fields_query(cli, tmp_path, query_rows):
    record = ("2099/00001 - Provprojekt\nDiarienummer:\n2099/00001\nNamn:\nProvprojekt\n"
              "Projektägare:\nVäxjö kommun\nHemligt fält:\nett värde\n\nProjektet prövar.\n")
    (tmp_path / "r.txt").write_text(record, encoding="utf-8")
    store = tmp_path / "store"
    assert cli("build", "--store", str(store), str(tmp_path / "r.txt")).exit_code == 0
    rows = query_rows(store, "unknown-fields")
    assert [(r["project_id"], r["key"], r["value"]) for r in rows] == [
        ("2099/00001", "Hemligt fält", "ett värde")]
    assert rows[0]["file"].endswith("r.txt")


def test_joined_columns_are_in_order_of_name_whatever_the_engine():
    from esfgraph.graph.queries import load_query, sort_joined
    query = load_query("participants")
    assert query.joined == ("unit",)
    names = ["project_id", "unit"]
    data = [["1", "Hälsa-, vård- och omsorgsförvaltningen; Funktionsstödsförvaltningen"], ["2", ""]]
    assert sort_joined(query, names, data) == [
        ["1", "Funktionsstödsförvaltningen; Hälsa-, vård- och omsorgsförvaltningen"], ["2", ""]]
