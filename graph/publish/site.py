"""`esfgraph site`: the server's pages and per-resource data as a static site, for publishers
who host files rather than a server.

The site is the server's pages (pages.py) with relative links (SiteLinks): the start page, a
search that runs in the browser over an index of names and numbers, the ontology, and every
resource the pages link to, followed from the start page: projects, organisations, their units,
regions, programme areas, periods, source records. Each resource has its page in Swedish
(`<path>.html`) and English (`en/<path>.html`) and its data in `data/<path>.ttl`, `.jsonld`,
`.nt` and `.rdf`; `dataset.ttl` is the DCAT description, `void.ttl` the VoID statistics.
`.htaccess` (Apache) and `nginx.conf` give the rules a web server needs to answer each IRI by
content negotiation from these files. Personal data stays out unless asked for.
"""

from __future__ import annotations

import json
import shutil
from collections import deque
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from urllib.parse import quote, urlsplit

from esfgraph.errors import EsfGraphError
from esfgraph.graph.publish import dcat, void
from esfgraph.graph.publish.pages import Pages, SiteLinks, site_path
from esfgraph.graph.publish.resources import FORMATS, describe, serialize_triples
from esfgraph.graph.reference import load_ontology_text

__all__ = ["SiteSummary", "write_site"]

LANGUAGES = ("sv", "en")
DATA_FORMATS = ("turtle", "jsonld", "ntriples", "rdfxml")


@dataclass
class SiteSummary:
    """What a site holds: resources (each with its pages and data files), pages, files."""

    resources: int = 0
    pages: int = 0
    files: int = 0


class _Writer:
    def __init__(self, source, output: Path):
        self.source, self.output = source, output
        self.pages = Pages(source)
        self.base = self.pages.settings.base
        self.summary = SiteSummary()

    def write(self, path: str, body: str | bytes) -> None:
        target = self.output / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body.encode("utf-8") if isinstance(body, str) else body)
        self.summary.files += 1

    def page(self, path: str, render) -> set:
        """Write a page in both languages; return what it links to."""
        seen: set = set()
        for lang in LANGUAGES:
            body = render(SiteLinks(self.base, lang, path, seen))
            if body is None:
                return set()
            self.write(("en/" if lang == "en" else "") + path, body)
            self.summary.pages += 1
        return seen

    def resource(self, iri: str) -> set:
        """Write a resource's pages and data files (none if the graph knows nothing of it)."""
        path = site_path(self.base, iri)
        seen = self.page(path + ".html", lambda links: self.pages.resource(iri, links))
        if not seen and not (self.output / (path + ".html")).exists():
            return set()
        triples = describe(self.source, iri)
        for fmt in DATA_FORMATS:
            self.write(f"data/{path}.{FORMATS[fmt][1]}", serialize_triples(triples, fmt))
        self.summary.resources += 1
        return seen


def _search_index(pages: Pages, base: str) -> str:
    entries = [[r["name"], r["number"] or "", r["kind"], quote(site_path(base, r["s"]) + ".html", safe="/-._~")]
               for _, r in pages.index.entries if site_path(base, r["s"]) is not None]
    return "window.ESFGRAPH_INDEX = " + json.dumps(entries, ensure_ascii=False, separators=(",", ":")) + ";\n"


def write_site(source, output: str | Path) -> SiteSummary:
    """Write the static site of a store or server (a source.py source) into `output`."""
    source.refresh()  # a server that cannot be reached says so before the folder is touched
    output = _fresh_folder(Path(output))
    w = _Writer(source, output)
    static = files("esfgraph.graph.publish") / "static"
    for name in ("site.css", "table.js", "search.js"):
        w.write("static/" + name, (static / name).read_bytes())
    w.write("static/search-index.js", _search_index(w.pages, w.base))
    todo: deque = deque()
    done: set = set()

    def follow(seen: set) -> None:
        for item in sorted(seen - done):
            done.add(item)
            todo.append(item)

    follow(w.page("index.html", lambda links: w.pages.start(links)))
    follow(w.page("search.html", lambda links: w.pages.render("site-search.html", links)))
    follow(w.page("ontology.html", w.pages.ontology))
    while todo:
        kind, value = todo.popleft()
        if kind == "period":
            follow(w.page(f"period/{value}.html", lambda links, v=value: w.pages.period(v, links)))
        else:
            follow(w.resource(value))
    w.write("ontology.ttl", load_ontology_text())
    dataset = dcat.dcat_graph(source.target, w.pages.settings, [])
    w.write("dataset.ttl", dataset.serialize(format="turtle", encoding="utf-8"))
    w.write("void.ttl", serialize_triples(void.void_triples(source.target, w.pages.settings), "turtle"))
    w.write(".htaccess", _htaccess())
    w.write("nginx.conf", _nginx(w.base))
    return w.summary


MARKER = ".esfgraph-site"  # in a folder esfgraph site wrote: written again from scratch


def _fresh_folder(output: Path) -> Path:
    """An empty folder for the site: a site written before is removed first, a folder holding
    anything else refused."""
    if output.exists() and any(output.iterdir()):
        if not (output / MARKER).exists():
            raise EsfGraphError(f"{output} holds other files; give a new or empty folder, or one "
                                "esfgraph site wrote before", setting="output")
        shutil.rmtree(output)
    output.mkdir(parents=True, exist_ok=True)
    (output / MARKER).write_text("written by esfgraph site; written anew by the next run\n", encoding="utf-8")
    return output


_ACCEPT = (("text/turtle", "ttl"), ("application/ld\\+json", "jsonld"), ("application/n-triples", "nt"),
           ("application/rdf\\+xml", "rdf"))


def _htaccess() -> str:
    """Apache (mod_rewrite, mod_headers): each IRI by content negotiation from the files."""
    lines = ["# esfgraph site: put the folder where the base IRI points (Apache 2.4: mod_rewrite, mod_headers).",
             "# A request for a resource's IRI gets its data by Accept, else its page; the",
             "# English pages are under en/ (the pages link to them).",
             "Options -MultiViews", "DirectoryIndex index.html", "RewriteEngine On",
             "AddType text/turtle .ttl", "AddType application/ld+json .jsonld",
             "AddType application/n-triples .nt", "AddType application/rdf+xml .rdf",
             "AddCharset utf-8 .html .ttl .jsonld .nt .rdf .js .css",
             "<IfModule mod_headers.c>", "Header merge Vary Accept", "</IfModule>", ""]
    for media, ext in _ACCEPT:
        lines += [f"RewriteCond %{{HTTP_ACCEPT}} (^|,)\\s*{media}", "RewriteCond %{REQUEST_FILENAME} !-f",
                  "RewriteCond $1 !^(data|static)/", f"RewriteRule ^(.+?)/?$ data/$1.{ext} [END]", ""]
    lines += ["RewriteCond %{REQUEST_FILENAME} !-f", "RewriteCond %{REQUEST_FILENAME}.html -f",
              "RewriteRule ^(.+?)/?$ $1.html [END]", ""]
    return "\n".join(lines)


def _nginx(base: str) -> str:
    """nginx: the same rules, for a server block (the site's folder at the base IRI's path)."""
    path = urlsplit(base).path or "/"
    maps = "\n".join(f'    "~*(^|,)\\s*{media}" .{ext};' for media, ext in _ACCEPT)
    types = ("    types { text/html html; text/turtle ttl; application/ld+json jsonld;\n"
             "            application/n-triples nt; application/rdf+xml rdf; text/javascript js; text/css css; }\n"
             "    charset utf-8;\n"
             "    charset_types text/turtle application/ld+json application/n-triples application/rdf+xml;")
    return f"""# esfgraph site for nginx: `map` goes in the http block, `location` in the server block
# of the base IRI's host. The site's folder is ROOT{path} (set `root` to ROOT).
map $http_accept $esfgraph_data {{
    default "";
{maps}
}}

location {path} {{
    root /srv/www;
{types}
    add_header Vary Accept always;
    index index.html;
    if ($esfgraph_data != "") {{
        rewrite ^{path}(.+?)/?$ {path}data/$1$esfgraph_data break;
    }}
    try_files $uri $uri.html =404;
}}

# The files themselves, whatever the Accept header.
location ~ ^{path}(data|static)/ {{
    root /srv/www;
{types}
}}
"""
