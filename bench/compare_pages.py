#!/usr/bin/env python3
"""Whether this checkout renders the same bytes as another: a sample of every kind of page and
data (render.py's tasks, as a page worker runs them), in Swedish and English, compared byte for
byte with those of the esfgraph package under DIR (e.g. `git archive main | tar -x -C DIR/esfgraph`).

    python bench/compare_pages.py --store STORE --against DIR [--n 500] [--memory-quads N]

Each side renders in its own process, with a fresh renderer and the tasks in one shuffled order
(kinds interleaved, so what is kept for a generation is read in the order requests would read it);
the second side renders them in another order (--order-seed), so an answer that depends on what
was rendered before it shows too. Prints the count a kind, the tasks that differ (at most 10, with
the first differing bytes), and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

BASE = "https://w3id.org/esfgraph/id/"
ESF = "https://w3id.org/esfgraph/ontology#"


def _sample(store: str, n: int) -> list[tuple[str, tuple]]:
    """(kind, task) pairs: n of each kind where the store has that many."""
    from pyoxigraph import Store
    s = Store.read_only(store)

    def of(query: str) -> list[str]:
        return sorted({r[0].value for r in s.query(query, use_default_graph_as_union=True)})
    rng = random.Random(7)

    def some(values: list) -> list:
        return rng.sample(values, min(n, len(values)))
    projects = of(f"SELECT ?s WHERE {{ ?s a <{ESF}Project> }}")
    orgs = of(f"SELECT ?s WHERE {{ ?s a <{ESF}Organisation> }}")
    names = of(f"SELECT ?n WHERE {{ ?s a <{ESF}Organisation> ; <https://schema.org/name> ?n }}")
    others = of(f"SELECT DISTINCT ?s WHERE {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), '{BASE}')) "
                f"FILTER NOT EXISTS {{ ?s a <{ESF}Project> }} FILTER NOT EXISTS {{ ?s a <{ESF}Organisation> }} }}")
    out = []
    for lang in ("sv", "en"):
        out += [("project page " + lang, ("page", i, lang)) for i in some(projects)]
        out += [("organisation page " + lang, ("page", i, lang)) for i in some(orgs)]
        out += [("other page " + lang, ("page", i, lang)) for i in some(others)]
        out += [("search " + lang, ("start", rng.choice(names).split()[0], lang)) for _ in range(min(n, 100))]
        out += [("search " + lang, ("start", q, lang)) for q in (None, "", "kommun", "2099", "212000-")]
        out += [("period " + lang, ("period", p, lang)) for p in ("2014-2020", "2021-2027", "1999-2000")]
        out += [("ontology " + lang, ("ontology", "html", lang)), ("not found " + lang, ("page", BASE + "nothing/here", lang))]
    for fmt in ("turtle", "jsonld", "ntriples", "rdfxml"):
        out += [(f"data {fmt}", ("data", i, fmt)) for i in some(projects) + some(orgs) + some(others)[:n // 5]]
        out += [(f"dataset/void {fmt}", (k, fmt)) for k in ("dataset", "void")]
        out += [(f"ontology {fmt}", ("ontology", fmt, "sv"))]
    return out


def _render(store: str, tasks_file: str, out_dir: str, seed: int, memory_quads: int = 0) -> None:
    """Render the tasks in an order of the seed; write each body to out_dir/<index> and the
    statuses and media types to out_dir/index.json."""
    from esfgraph.graph.publish.render import Renderer
    from esfgraph.graph.publish.source import open_source
    tasks = [tuple(t) for _, t in json.loads(Path(tasks_file).read_text())]
    order = list(range(len(tasks)))
    random.Random(seed).shuffle(order)
    r = Renderer(open_source({"store": store, "memory_quads": memory_quads}))
    r.run(("warm",), told=1)
    heads = {}
    for i in order:
        status, media, body = r.run(tasks[i], told=1)
        heads[i] = (status, media)
        Path(out_dir, str(i)).write_bytes(body)
    Path(out_dir, "index.json").write_text(json.dumps(heads))


def _side(args, parent: str | None, tasks_file: str, out_dir: str, seed: int) -> None:
    env = dict(os.environ, **({"PYTHONPATH": parent} if parent else {}))
    memory = [] if parent else ["--memory-quads", str(args.memory_quads)]
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--store", args.store, *memory, "--only-render",
                    tasks_file, out_dir, str(seed)], env=env, cwd="/" if parent else None, check=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", required=True)
    ap.add_argument("--against", help="a folder holding another esfgraph package (DIR/esfgraph)")
    ap.add_argument("--n", type=int, default=500, help="resources of each kind")
    ap.add_argument("--order-seed", type=int, default=2, help="the second side's order")
    ap.add_argument("--memory-quads", type=int, default=0, metavar="N",
                    help="this checkout reads a store of at most N quads into memory, as the server's "
                    "page workers do (the other side reads it as it does)")
    ap.add_argument("--only-render", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.only_render:
        tasks_file, out_dir, seed = args.only_render
        return _render(args.store, tasks_file, out_dir, int(seed), args.memory_quads) or 0
    with tempfile.TemporaryDirectory() as tmp:
        sample = _sample(args.store, args.n)
        tasks_file = Path(tmp, "tasks.json")
        tasks_file.write_text(json.dumps(sample))
        sides = [Path(tmp, "before"), Path(tmp, "after")]
        for d in sides:
            d.mkdir()
        _side(args, args.against, str(tasks_file), str(sides[0]), 1)
        _side(args, None, str(tasks_file), str(sides[1]), args.order_seed)
        heads = [json.loads(Path(d, "index.json").read_text()) for d in sides]
        counts: dict[str, list[int]] = {}
        differ = []
        for i, (kind, task) in enumerate(sample):
            a, b = (Path(d, str(i)).read_bytes() for d in sides)
            same = a == b and heads[0][str(i)] == heads[1][str(i)]
            c = counts.setdefault(kind, [0, 0, 0])
            c[0] += 1
            c[1] += same
            c[2] += len(b)
            if not same:
                differ.append((kind, task, heads[0][str(i)], heads[1][str(i)], a, b))
        for kind, (n, same, size) in sorted(counts.items()):
            print(f"{kind:<28}{n:6} rendered {same:6} the same  ({size / n / 1000:6.1f} kB on average)")
        for kind, task, ha, hb, a, b in differ[:10]:
            at = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
            print(f"DIFFERS {kind} {task}: {ha} / {hb}, {len(a)} / {len(b)} bytes, first at {at}:\n"
                  f"  before: {a[max(0, at - 80):at + 80]!r}\n  after:  {b[max(0, at - 80):at + 80]!r}")
        total = sum(c[0] for c in counts.values())
        digest = hashlib.sha1(b"".join(Path(sides[1], str(i)).read_bytes() for i in range(total))).hexdigest()[:12]
        print(f"{total} tasks, {len(differ)} differ (the bodies' hash: {digest})")
        return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
