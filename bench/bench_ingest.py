#!/usr/bin/env python3
"""Ingest benchmarks: every scale figure, side by side in one run.

    python bench/bench_ingest.py [--n 10000 100000] [--jobs 2] [--workdir bench/out] [--queries-only]

For each N it writes N synthetic records (bench/synth.py; both formats, never mixed with real
data), then measures, each stage in its own process so peak memory is its own:
- spaCy's stock tokenizer alone on the descriptions (1 process; 2 processes each taking half),
  the same called once per line, and what spaCy #13950 costs on a text made for it;
- parsing; mapping the header (no text); loading the header quads into the store, and Oxigraph's
  own bulk loader on the same quads from an N-Quads file;
- the share of the text that focus (extract/focus.py) gives spaCy, and the extraction pipeline
  alone: every sentence (1 process), focus (1 process; --jobs processes);
- end-to-end `build_graph` with jobs=1 and jobs=--jobs (and --jobs with --no-focus), and with
  no text extraction; then Oxigraph's bulk loader alone on every quad that build wrote (the
  store's ceiling);
- the named queries on the built store (median of 5 runs, milliseconds), `projects-of` also for
  the organisation of median size and the largest.
It prints records/s, peak RSS and the ratios the README quotes.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import resource
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _stage(fn, args, queue):
    t0 = time.perf_counter()
    extra = fn(*args)
    queue.put((time.perf_counter() - t0, _rss_mb(), extra))


def run_stage(fn, *args):
    """Run fn(*args) in a fresh process; return (seconds, peak RSS MB, fn's result)."""
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=_stage, args=(fn, args, q))
    p.start()
    while True:
        try:
            result = q.get(timeout=5)
            break
        except Exception:  # queue.Empty: still working, unless the stage died
            if not p.is_alive():
                raise RuntimeError(f"stage {fn.__name__} failed (exit code {p.exitcode})") from None
    p.join()
    return result


# -- stages ---------------------------------------------------------------------------------
def texts_file(txt_dir: Path, out: Path) -> int:
    from esfgraph.extract.records import iter_records
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for r in iter_records([str(txt_dir)]):
            fh.write(json.dumps(r.text, ensure_ascii=False) + "\n")
            n += 1
    return n


def _iter_texts(path: Path, part: int = 0, parts: int = 1):
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % parts == part:
                yield json.loads(line)


def stock_tokenizer(path: Path, part: int = 0, parts: int = 1) -> int:
    import spacy
    nlp = spacy.blank("sv")
    n = 0
    for doc in nlp.pipe(_iter_texts(path, part, parts), batch_size=256):
        n += len(doc) > 0
    return n


def tokenizer_per_line(path: Path) -> int:
    """The workaround for spaCy issue 13950 (caching stops after a special case): one call per line."""
    import spacy
    tok = spacy.blank("sv").tokenizer
    n = 0
    for text in _iter_texts(path):
        for line in text.split("\n"):
            tok(line)
        n += 1
    return n


def special_case_cost() -> tuple[float, float]:
    """spaCy #13950 in this spaCy: ms to tokenize 2,000 distinct words, warm, without and with
    a special case ("bl.a.") in front (after one, the tokenizer caches nothing more in the call)."""
    import spacy
    words = " ".join(f"ord{i}" for i in range(2000))
    out = []
    for text in (words, "bl.a. " + words):
        tok = spacy.blank("sv").tokenizer
        tok(text)
        t0 = time.perf_counter()
        for _ in range(20):
            tok(text)
        out.append((time.perf_counter() - t0) / 20 * 1000)
    return out[0], out[1]


def stock_tokenizer_parallel(path: Path, jobs: int) -> int:
    ctx = mp.get_context("fork")
    with ctx.Pool(jobs) as pool:
        return sum(pool.starmap(stock_tokenizer, [(path, i, jobs) for i in range(jobs)]))


def spacy_n_process(path: Path, jobs: int) -> int:
    import spacy
    nlp = spacy.blank("sv")
    return sum(1 for _ in nlp.pipe(_iter_texts(path), batch_size=256, n_process=jobs))


def parse_only(paths: list[str]) -> int:
    from esfgraph.extract.records import iter_records
    return sum(1 for _ in iter_records(paths))


def map_only(paths: list[str], nq: Path) -> int:
    from esfgraph.extract.partners.mentions import record_owner
    from esfgraph.extract.records import Record, iter_records
    from esfgraph.graph.iris import Iris
    from esfgraph.graph.triples import record_nquads, shared_nquads
    iris, n, described = Iris().as_text(), 0, set()
    with open(nq, "w", encoding="utf-8") as fh:
        for r in iter_records(paths):
            if isinstance(r, Record):
                owner, unit, _ = record_owner(r)
                quads, descriptions = record_nquads(r, owner, unit, [], iris)
                fh.write(quads)
                new = [k for k in descriptions if k not in described]
                described.update(new)
                fh.write(shared_nquads((descriptions[k] for k in new), iris))
                n += 1
    return n


def load_like_build(nq: Path, store_dir: Path) -> int:
    """Load N-Quads the way build_graph does: chunks of text through bulk_load."""
    from pyoxigraph import RdfFormat, Store
    store, buf, n = Store(str(store_dir)), [], 0
    with open(nq, encoding="utf-8") as fh:
        for line in fh:
            buf.append(line)
            if len(buf) >= 40000:
                store.bulk_load("".join(buf).encode(), format=RdfFormat.N_QUADS)
                n += len(buf)
                buf = []
    if buf:
        store.bulk_load("".join(buf).encode(), format=RdfFormat.N_QUADS)
        n += len(buf)
    store.flush()
    return n


def load_file(nq: Path, store_dir: Path) -> int:
    """Oxigraph's own bulk loader on the N-Quads file."""
    from pyoxigraph import RdfFormat, Store
    store = Store(str(store_dir))
    store.bulk_load(path=str(nq), format=RdfFormat.N_QUADS)
    store.flush()
    return len(store)


def dump_store(store_dir: Path, nq: Path) -> int:
    """Write every quad of a built store to an N-Quads file; return the number of quads."""
    from pyoxigraph import RdfFormat, Store
    store = Store.read_only(str(store_dir))
    with open(nq, "wb") as fh:
        store.dump(fh, format=RdfFormat.N_QUADS)
    return len(store)


def extract_only(path: Path, jobs: int, focus: bool = True) -> int:
    if jobs > 1:
        ctx = mp.get_context("fork")
        with ctx.Pool(jobs) as pool:
            return sum(pool.starmap(_extract_part, [(path, i, jobs, focus) for i in range(jobs)]))
    return _extract_part(path, 0, 1, focus)


def _extract_part(path: Path, part: int, parts: int, focus: bool = True) -> int:
    """Mentions of every description (no owner: the texts file holds descriptions only)."""
    from esfgraph.extract.partners.mentions import build_pipeline, pipe_mentions
    items = ((text, None, None) for text in _iter_texts(path, part, parts))
    return sum(1 for _ in pipe_mentions(build_pipeline(), items, focus=focus))


def focus_share(path: Path) -> tuple[float, float]:
    """Return (share of the description text spaCy reads with focus, focus seconds per record)."""
    from esfgraph.extract.partners.mentions import build_pipeline, pipeline_focus
    cut = pipeline_focus(build_pipeline())
    total = kept = n = 0
    t0 = time.perf_counter()
    for text in _iter_texts(path):
        kept += len(cut(text).text)
        total += len(text)
        n += 1
    return kept / total, (time.perf_counter() - t0) / n


def build_end_to_end(paths: list[str], store_dir: Path, jobs: int, extract: bool,
                     focus: bool = True) -> dict:
    from esfgraph.graph.build import build_graph
    from esfgraph.graph.store import open_store
    shutil.rmtree(store_dir, ignore_errors=True)
    store = open_store(store_dir, create=True)
    s = build_graph(paths, store, jobs=jobs, extract=extract, focus=focus)
    return {"loaded": s.loaded, "triples": s.triples}


def queries(store_dir: Path) -> dict:
    from esfgraph.graph.queries import list_queries, load_query, run_query
    from esfgraph.graph.store import open_store
    store = open_store(store_dir, read_only=True)
    # Lookups as users make them: one project and one of its partners; for projects-of also an
    # organisation of median size and the one in most projects (its answer is a listing).
    row = next(iter(store.query(
        "PREFIX esf: <https://w3id.org/esfgraph/ontology#> PREFIX schema: <https://schema.org/> "
        "SELECT ?d ?n WHERE { ?p esf:diarienummer ?d ; esf:partner ?o . ?o schema:name ?n } LIMIT 1",
        use_default_graph_as_union=True)))
    sizes = sorted((int(r["n"].value), r["name"].value) for r in store.query(
        "PREFIX esf: <https://w3id.org/esfgraph/ontology#> PREFIX schema: <https://schema.org/> "
        "SELECT ?name ?n WHERE { ?o esf:projectCount ?n ; schema:name ?name }",
        use_default_graph_as_union=True))
    runs = [(q.name, q, {"org": row["n"].value, "project": row["d"].value}) for q in list_queries()]
    po = load_query("projects-of")
    runs.append((f"projects-of, median org ({sizes[len(sizes) // 2][0]} projects)", po,
                 {"org": sizes[len(sizes) // 2][1]}))
    runs.append((f"projects-of, largest org ({sizes[-1][0]} projects)", po, {"org": sizes[-1][1]}))
    out = {}
    for label, q, params in runs:
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            rows = len(list(run_query(store, q, {n: params[n] for n, _, _ in q.params})))
            times.append((time.perf_counter() - t0) * 1000)
        out[label] = (round(statistics.median(times), 1), rows)
    return out


def print_queries(store_dir: Path) -> None:
    _, _, q = run_stage(queries, store_dir)
    print("  queries on the built store (median of 5 runs):")
    for name, (ms, rows) in q.items():
        print(f"    {name:<44} {ms:>10,.1f} ms {rows:>9,} rows")


# -- driver ---------------------------------------------------------------------------------
def prepare(n: int, work: Path) -> tuple[Path, Path]:
    d = work / f"n{n}"
    if not (d / "done").exists():
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        synth.write_text(synth.generate(n, seed=7), d / "txt", per_file=500)
        synth.write_csv(synth.generate(n, seed=7), d / "records.csv")
        texts_file(d / "txt", d / "texts.jsonl")
        (d / "done").write_text("ok")
    return d, d / "texts.jsonl"


def row(label: str, n: int, result) -> float:
    secs, rss, _ = result
    rate = n / secs
    print(f"  {label:<52} {rate:>9,.0f} rec/s {secs:>8.1f} s  peak {rss:>6.0f} MB")
    return rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--workdir", default=str(Path(__file__).resolve().parent / "out"))
    ap.add_argument("--skip", nargs="*", default=[], help="stages to skip (e.g. n_process queries)")
    ap.add_argument("--queries-only", action="store_true",
                    help="only time the library queries on the store an earlier run built")
    args = ap.parse_args()
    work = Path(args.workdir)
    import pyoxigraph
    import spacy
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"spaCy {spacy.__version__}, pyoxigraph {pyoxigraph.__version__}")
    for n in args.n:
        d, texts = prepare(n, work)
        if args.queries_only:
            if not (d / "s_full").exists():
                sys.exit(f"{d / 's_full'}: no store built yet; run without --queries-only first")
            print(f"\nN = {n:,} synthetic records, store built by an earlier run")
            print_queries(d / "s_full")
            continue
        txt, csv = [str(d / "txt")], [str(d / "records.csv")]
        print(f"\nN = {n:,} synthetic records ({sum(f.stat().st_size for f in (d / 'txt').iterdir()) / 1e6:.0f} MB of text)")
        r = {}
        r["tok1"] = row("stock spaCy tokenizer, 1 process", n, run_stage(stock_tokenizer, texts))
        r["line"] = row("spaCy tokenizer called once per line, 1 process", n,
                        run_stage(tokenizer_per_line, texts))
        _, _, (plain, special) = run_stage(special_case_cost)
        print(f"  spaCy #13950: 2,000 distinct words, warm, {plain:.2f} ms; the same after 'bl.a.' "
              f"{special:.2f} ms ({special / plain:.0f}x)")
        r["tokJ"] = row(f"stock spaCy tokenizer, {args.jobs} processes", n,
                        run_stage(stock_tokenizer_parallel, texts, args.jobs))
        if "n_process" not in args.skip:
            row(f"stock spaCy nlp.pipe(n_process={args.jobs})", n, run_stage(spacy_n_process, texts, args.jobs))
        r["parse"] = row("parse records (text)", n, run_stage(parse_only, txt))
        row("parse records (CSV)", n, run_stage(parse_only, csv))
        nq = d / "header.nq"
        row("parse + map header to N-Quads (CSV)", n, run_stage(map_only, csv, nq))
        shutil.rmtree(d / "s_build", ignore_errors=True)
        shutil.rmtree(d / "s_file", ignore_errors=True)
        lb = row("load header quads as the build does", n, run_stage(load_like_build, nq, d / "s_build"))
        lf = row("load the same N-Quads file with Oxigraph's bulk loader", n,
                 run_stage(load_file, nq, d / "s_file"))
        r["structured"] = row("structured ingest end-to-end (CSV, no text), jobs=1", n,
                              run_stage(build_end_to_end, csv, d / "s_struct", 1, False))
        _, _, (share, per) = run_stage(focus_share, texts)
        print(f"  focus: spaCy reads {share:.0%} of the description text; choosing it takes "
              f"{per * 1000:.2f} ms per record")
        r["ext1all"] = row("extraction pipeline alone, every sentence, 1 process", n,
                           run_stage(extract_only, texts, 1, False))
        r["ext1"] = row("extraction pipeline alone, focus, 1 process", n,
                        run_stage(extract_only, texts, 1))
        r["extJ"] = row(f"extraction pipeline alone, focus, {args.jobs} processes", n,
                        run_stage(extract_only, texts, args.jobs))
        r["e2e1"] = row("end-to-end build (text records), jobs=1", n,
                        run_stage(build_end_to_end, txt, d / "s_full1", 1, True))
        if "no_focus" not in args.skip:
            r["e2eJall"] = row(f"end-to-end build (text records), jobs={args.jobs}, --no-focus", n,
                               run_stage(build_end_to_end, txt, d / "s_nofocus", args.jobs, True,
                                         False))
            shutil.rmtree(d / "s_nofocus", ignore_errors=True)
        r["e2eJ"] = row(f"end-to-end build (text records), jobs={args.jobs}", n,
                        run_stage(build_end_to_end, txt, d / "s_full", args.jobs, True))
        # The store's own ceiling: Oxigraph's bulk loader, alone, on every quad that build wrote.
        full_nq = d / "full.nq"
        run_stage(dump_store, d / "s_full", full_nq)
        shutil.rmtree(d / "s_full_file", ignore_errors=True)
        r["storeonly"] = row("Oxigraph's bulk loader alone on the build's quads (file)", n,
                             run_stage(load_file, full_nq, d / "s_full_file"))
        shutil.rmtree(d / "s_full_file", ignore_errors=True)
        full_nq.unlink()
        print("  ratios:")
        print(f"    store load as built vs Oxigraph's bulk loader on a file: {lb / lf:.2f}x its speed")
        print(f"    end-to-end jobs={args.jobs} / stock tokenizer {args.jobs} processes: {r['e2eJ'] / r['tokJ']:.2f}")
        print(f"    Oxigraph's bulk loader alone on the build's quads / stock tokenizer {args.jobs} "
              f"processes: {r['storeonly'] / r['tokJ']:.2f} (the most any build into this store "
              f"could reach)")
        print(f"    end-to-end jobs={args.jobs} / Oxigraph's bulk loader alone: "
              f"{r['e2eJ'] / r['storeonly']:.2f}")
        print(f"    structured ingest / Oxigraph's bulk loader on the header quads: "
              f"{r['structured'] / lf:.2f}")
        print(f"    extraction 1 process / stock tokenizer 1 process: {r['ext1'] / r['tok1']:.2f}"
              f" (every sentence: {r['ext1all'] / r['tok1']:.2f})")
        print(f"    extraction with focus / every sentence (1 process): {r['ext1'] / r['ext1all']:.2f}")
        if "e2eJall" in r:
            print(f"    end-to-end jobs={args.jobs} with focus / --no-focus: {r['e2eJ'] / r['e2eJall']:.2f}")
        print(f"    end-to-end jobs={args.jobs} / jobs=1: {r['e2eJ'] / r['e2e1']:.2f}")
        print(f"    tokenizer per line / stock tokenizer (1 process): {r['line'] / r['tok1']:.2f}")
        if "queries" not in args.skip:
            print_queries(d / "s_full")


if __name__ == "__main__":
    main()
