"""`esfgraph site`: the pages and data as static files, opened from disk in headless Chromium:
the search, an organisation, a project, the links between them, the data files' triples."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest
import rdflib
from pyoxigraph import RdfFormat, Triple, serialize

from esfgraph.graph.store import open_store

from .serving import dump_dom, examples_store

BASE = "https://w3id.org/esfgraph/id/"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, examples):
    return examples_store(tmp_path_factory, examples, "site", publisher="Exempelmyndigheten")


@pytest.fixture(scope="module")
def site(store_path, tmp_path_factory):
    from click.testing import CliRunner

    from esfgraph.cli import main
    out = tmp_path_factory.mktemp("out") / "site"
    result = CliRunner().invoke(main, ["site", "--store", str(store_path), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert re.match(r"wrote \d+ resources \(\d+ pages, \d+ files\)", result.output)
    return out


def _links(dom: str) -> list[tuple[str, str]]:
    return [(unescape(h), unescape(t)) for h, t in re.findall(r'<a [^>]*href="([^"]+)"[^>]*>([^<]+)</a>', dom)]


def _file(page_url: str, href: str) -> Path:
    """The file a relative link of a page opened from disk points to."""
    return Path(unquote(urlsplit(urljoin(page_url, href)).path))


def _all_links_resolve(url: str, dom: str) -> None:
    for href, _ in _links(dom):
        if not href.startswith(("http:", "https:", "#")):
            assert _file(url, href).is_file(), f"{href} (in {url}) is not in the site"


def test_search_organisation_project_from_disk(site, store_path, tmp_path):
    start = (site / "index.html").as_uri()
    dom = dump_dom(start, tmp_path / "p")
    assert '<html lang="sv">' in dom and 'action="search.html"' in dom
    _all_links_resolve(start, dom)
    # The search form, submitted as the browser submits it: search.html?q=...
    search = (site / "search.html").as_uri() + "?q=" + quote("Umeå kommun")
    dom = dump_dom(search, tmp_path / "p")
    hits = [(h, t) for h, t in _links(dom) if t == "Umeå kommun"]
    assert hits and _file(search, hits[0][0]) == site / "org" / "212000-2627.html"
    org_url = urljoin(search, hits[0][0])
    org = dump_dom(org_url, tmp_path / "p")
    assert "<h1>Umeå kommun</h1>" in org and 'class="node ego"' in org
    _all_links_resolve(org_url, org)
    link = next(h for h, t in _links(org) if t == "Kompetensbryggan Umeåregionen")
    project_url = urljoin(org_url, link)
    page = dump_dom(project_url, tmp_path / "p")
    _all_links_resolve(project_url, page)
    store = open_store(store_path, read_only=True)
    rows = {r["name"].value: r["role"].value.rpartition("#")[2] for r in store.query(
        "PREFIX esf: <https://w3id.org/esfgraph/ontology#> PREFIX schema: <https://schema.org/> "
        "SELECT ?name ?role WHERE { <" + BASE + "project/24-903-S01> esf:participation ?x . "
        "?x esf:organisation/schema:name ?name ; esf:role ?role }", use_default_graph_as_union=True)}
    shown = {unescape(name): role for role, name in re.findall(
        r'data-role="(\w+)" data-org="[^"]+"><td><a href="[^"]+">([^<]+)</a>', page)}
    assert shown == rows and "<mark>Region Västerbotten</mark>" in page
    assert "karin.nordstrom" not in page
    english = next(h for h, t in _links(page) if t == "In English")
    assert _file(project_url, english) == site / "en" / "project" / "24-903-S01.html"
    assert "Organisations in the project" in dump_dom(urljoin(project_url, english), tmp_path / "p")


@pytest.mark.parametrize("path", ["project/24-903-S01", "org/212000-2627"])
def test_data_files_hold_the_resources_triples(site, store_path, path):
    store = open_store(store_path, read_only=True)
    iri = BASE + path
    triples = [Triple(r["s"], r["p"], r["o"]) for r in store.query(
        "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(!STRENDS(STR(?g), '/personal')) "
        f"FILTER(?s = <{iri}> || STRSTARTS(STR(?s), '{iri}/')) }}")]
    want = set(rdflib.Graph().parse(data=serialize(triples, format=RdfFormat.N_TRIPLES), format="nt"))
    assert len(want) > 10
    for ext, fmt in (("ttl", "turtle"), ("jsonld", "json-ld"), ("nt", "nt"), ("rdf", "xml")):
        got = rdflib.Graph().parse(site / "data" / f"{path}.{ext}", format=fmt, publicID=BASE)
        assert set(got) == want, ext


def test_the_site_keeps_personal_data_out_and_says_how_to_host_it(site, store_path, cli, tmp_path):
    for f in site.rglob("*"):
        if f.is_file():
            assert b"karin.nordstrom" not in f.read_bytes(), f
    assert "RewriteRule ^(.+?)/?$ data/$1.ttl [END]" in (site / ".htaccess").read_text(encoding="utf-8")
    assert "location /esfgraph/id/" in (site / "nginx.conf").read_text(encoding="utf-8")
    dataset = rdflib.Graph().parse(site / "dataset.ttl", format="turtle")
    assert (rdflib.URIRef(BASE + "dataset"), rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/dcat#Dataset")) in dataset
    personal = tmp_path / "personal"
    result = cli("site", "--store", store_path, "--output", personal, "--include-personal-data")
    assert result.exit_code == 0, result.output
    assert b"karin.nordstrom@example.se" in (personal / "data" / "project" / "2019-90014.nt").read_bytes()
    again = cli("site", "--store", store_path, "--output", personal)  # a site written before: anew
    assert again.exit_code == 0 and b"karin" not in (personal / "data" / "project" / "2019-90014.nt").read_bytes()
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("mine", encoding="utf-8")
    refused = cli("site", "--store", store_path, "--output", tmp_path / "mine")
    assert refused.exit_code == 1 and refused.output.startswith("Error: ") and "holds other files" in refused.output
    assert (tmp_path / "mine" / "notes.txt").exists()


def test_an_organisations_project_rows_are_what_the_templates_loop_wrote():
    """pages.py writes the rows of an organisation's projects table in Python; the same bytes as
    the Jinja loop it replaced, escaping included, for odd values too."""
    from esfgraph.graph.publish.pages import ENV, Links, _Words
    loop = ENV.from_string(
        "{% for r in o['projects'] %}<tr data-role=\"{{ r['role'] }}\"><td>{{ r['id'] }}</td><td><a href=\"{{ links.res(r['p']) }}\">{{ r['name'] }}</a></td>\n"
        "<td>{{ w['term:' ~ r['role']] or r['role'] }}</td><td>{{ r['period'] or '' }}</td><td>{{ r['start'] or '' }}</td><td>{{ r['end'] or '' }}</td>\n"
        "<td class=\"num\" data-value=\"{{ r['budget'] or 0 }}\">{{ r['budget']|num }}</td><td class=\"num\" data-value=\"{{ r['granted'] or 0 }}\">{{ r['granted']|num }}</td></tr>{% endfor %}")
    base = "https://example.org/id/"
    rows = [dict(role="partner", id="99-001-S01", p=base + "project/99-001-S01", name='Ekby <"&> vägar',
                 period="2021-2027", start="2022-01-01", end="2024-12-31", budget=1234567, granted="2000000"),
            dict(role="owner", id="2099/00001", p="http://elsewhere.example/x?a=1&b=2", name="Två",
                 period=None, start=None, end="", budget=None, granted=0),
            dict(role="nytt<roll>", id="x", p=base + "project/x", name="", period="2014-2020",
                 start="2015-01-01", end=None, budget="12,5", granted=None)]
    w = _Words({"term:partner": "Partner", "term:owner": "Projektägare"})
    links = Links(base)
    got = ENV.from_string("{{ o['projects']|project_rows(w, links) }}").render(o={"projects": rows}, w=w, links=links)
    assert got == loop.render(o={"projects": rows}, w=w, links=links)
    assert 'Ekby &lt;&#34;&amp;&gt; vägar' in got and "<td>Projektägare</td>" in got and "1\u202f234\u202f567" in got


def test_an_organisations_picture_nodes_and_collaborators_are_what_the_templates_loops_wrote():
    """htmlrows.py writes the picture's nodes and the collaborators table of an organisation's
    page; the same bytes as the Jinja loops they replaced, for odd names too."""
    from esfgraph.graph.publish.pages import ENV, Links
    nodes_loop = ENV.from_string(
        "{% for n in nodes %}<a href=\"{{ links.res(n['iri']) }}\"><circle class=\"node{% if n['ego'] %} ego{% endif %}\" "
        "cx=\"{{ n['x'] }}\" cy=\"{{ n['y'] }}\" r=\"{{ n['r'] }}\" fill=\"{{ n['colour'] }}\" data-label=\"{{ n['name'] }}\">"
        "<title>{{ n['name'] }}{% if not n['ego'] %} ({{ n['projects'] }}){% endif %}</title></circle></a>{% endfor %}")
    rows_loop = ENV.from_string(
        "{% for c in cs %}<tr><td><a href=\"{{ links.res(c['iri']) }}\">{{ c['name'] }}</a></td>"
        "<td class=\"num\">{{ c['projects'] }}</td></tr>{% endfor %}")
    base = "https://example.org/id/"
    nodes = [dict(iri=base + "org/ekby", name="Ekby kommun", x=200.0, y=200.0, r=9.0, colour="#1f77b4", ego=True, projects=0),
             dict(iri="http://elsewhere.example/o?a=1&b=2", name='Föreningen <"&> Väst', x=12.5, y=-3.0, r=5.8,
                  colour="#aaaaaa", ego=False, projects=3)]
    collaborators = [dict(iri=n["iri"], name=n["name"], projects=n["projects"]) for n in nodes]
    links = Links(base)
    got = ENV.from_string("{{ nodes|ego_nodes(links) }}|{{ cs|collaborator_rows(links) }}").render(
        nodes=nodes, cs=collaborators, links=links)
    assert got == nodes_loop.render(nodes=nodes, links=links) + "|" + rows_loop.render(cs=collaborators, links=links)
    assert "Föreningen &lt;&#34;&amp;&gt; Väst (3)</title>" in got and "elsewhere.example/o?a=1&amp;b=2" in got


def test_a_projects_party_rows_are_what_the_templates_loop_wrote():
    """htmlrows.py writes the rows of a project's parties table; the same bytes as the Jinja
    loop it replaced (trim_blocks and autoescape as the pages have them), for odd values too."""
    from esfgraph.graph.publish.pages import ENV, Links, _Words
    from esfgraph.graph.publish.projectpage import Party
    loop = ENV.from_string(
        "{% for x in parties %}\n<tr class=\"party\" data-role=\"{{ x.role }}\" data-org=\"{{ x.iri }}\"><td><a href=\"{{ links.res(x.iri) }}\">{{ x.name }}</a>"
        "{% if x.orgnr %}<br><small>{{ x.orgnr }}</small>{% endif %}</td>\n<td>{{ w['term:' ~ x.role] or x.role }}</td><td>{{ x.units|sort|join(', ') }}</td>\n"
        "<td>{% for before, name, after in x.evidence %}<blockquote class=\"evidence\">{{ before }}<mark>{{ name }}</mark>{{ after }}</blockquote>{% endfor %}</td>\n"
        "<td class=\"num\">{{ x.confidence }}</td></tr>{% endfor %}")
    base = "https://example.org/id/"
    parties = [Party(base + "org/ekby", "Ekby kommun", "212000-0001", "OwnerRole", 0.95, {"Socialtjänsten", "Arbetsmarknad & vuxenutbildning"},
                     [("Projektet ägs av ", "Ekby kommun", " <i>i år</i>."), ("", "Ekby", "")]),
               Party("http://elsewhere.example/o?a=1&b=2", 'Föreningen "Väst"', None, "nyRoll<x>", 1.0, set(), [])]
    w = _Words({"term:OwnerRole": "Projektägare"})
    links = Links(base)
    got = ENV.from_string("{{ parties|party_rows(w, links) }}").render(parties=parties, w=w, links=links)
    assert got == loop.render(parties=parties, w=w, links=links)
    assert "Arbetsmarknad &amp; vuxenutbildning, Socialtjänsten" in got and "&lt;i&gt;i år&lt;/i&gt;." in got
    assert "<td>nyRoll&lt;x&gt;</td>" in got and "<small>212000-0001</small>" in got


def test_esc_writes_a_value_as_markupsafe_does():
    from markupsafe import Markup, escape

    from esfgraph.graph.publish.htmlrows import esc
    for value in ("Ekby kommun", 'A & B <"x">', "it's", "", 12, 0.85, None, Markup("<b>x</b>"), True):
        assert esc(value) == escape(value), value
