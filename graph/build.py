"""`build_graph`: files in, store filled. The one pipeline that the CLI and the tests both run.

records -> (dedupe, skip unchanged) -> mentions -> quads -> store, in chunks, streamed, with
workers when `jobs` > 1. Each record's graph is replaced as a whole and marked complete with its
content hash last, so a build that is killed leaves a store the next build completes.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from pyoxigraph import NamedNode, Store

from esfgraph import __version__
from esfgraph.errors import RecordError
from esfgraph.extract.partners.mentions import build_pipeline, iter_mentions, record_owner
from esfgraph.extract.records import Record, iter_records
from esfgraph.graph.iris import Iris
from esfgraph.graph.reference import reference_quads
from esfgraph.graph.report import ReportWriter
from esfgraph.graph.statistics import STATISTICS_GRAPH, Statistics, stored_contribution
from esfgraph.graph.store import Loader, replace_graphs
from esfgraph.graph.triples import SHARED_GRAPH, record_nquads, shared_nquads
from esfgraph.graph.vocab import ESF, RDF

RDF_TYPE = RDF.type

__all__ = ["build_graph", "BuildSummary", "remove_records", "prune_shared", "stored_hashes"]

# Bump when extraction rules or the mapping change, so unchanged files are re-extracted.
PIPELINE_VERSION = f"{__version__}+rules.2"
CHUNK = 200  # records a worker maps at a time


@dataclass
class BuildSummary:
    """What a build did: record counts by outcome, store totals and seconds."""

    read: int = 0
    loaded: int = 0
    unchanged: int = 0
    skipped: int = 0
    removed: int = 0
    warnings: int = 0
    projects: int = 0
    organisations: int = 0
    triples: int = 0
    seconds: float = 0.0
    report: str | None = None
    errors: list[str] = field(default_factory=list)


def _hash(record: Record, base: str, spacy_model: str | None, extract: bool = True) -> str:
    key = f"{record.digest}|{PIPELINE_VERSION}|{base}|{spacy_model or ''}|{extract}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def stored_hashes(store: Store) -> dict[str, str]:
    """Return record graph IRI -> content hash for every complete record in the store."""
    return dict(iter_stored_hashes(store))


def iter_stored_hashes(store: Store) -> Iterator[tuple[str, str]]:
    """Yield (record graph IRI, content hash) for every complete record in the store."""
    for q in store.quads_for_pattern(None, ESF.contentHash, None):
        if q.subject == q.graph_name:
            yield q.subject.value, q.object.value


class SeenRecords:
    """A build's ledger: the content hash of every record the store held when the build began,
    and the records read so far (where each was first seen, and its digest).

    Kept in a temporary SQLite file rather than in dicts, so a build's memory does not grow with
    the number of records, neither those read nor those in the store.
    """

    def __init__(self, store: Store) -> None:
        self._db = sqlite3.connect("")  # a private temporary database on disk
        self._db.execute("CREATE TABLE stored (graph TEXT PRIMARY KEY, hash TEXT)")
        self._db.execute("CREATE TABLE seen (graph TEXT PRIMARY KEY, digest TEXT, path TEXT, "
                         "line INTEGER)")
        self._db.executemany("INSERT OR REPLACE INTO stored VALUES (?, ?)",
                             iter_stored_hashes(store))
        self._pending = 0

    def stored_hash(self, graph: str) -> str | None:
        """Return the content hash the store held for `graph` when the build began."""
        row = self._db.execute("SELECT hash FROM stored WHERE graph = ?", (graph,)).fetchone()
        return row[0] if row else None

    def stored_graphs(self) -> Iterator[str]:
        """Yield every record graph the store held when the build began."""
        yield from (g for (g,) in self._db.execute("SELECT graph FROM stored"))

    def first(self, graph: str) -> tuple[str, str, int] | None:
        """Return (digest, path, line) of the record already read for `graph`, if any."""
        return self._db.execute("SELECT digest, path, line FROM seen WHERE graph = ?",
                                (graph,)).fetchone()

    def add(self, graph: str, digest: str, path: str, line: int) -> None:
        self._db.execute("INSERT INTO seen VALUES (?, ?, ?, ?)", (graph, digest, path, line))
        self._pending += 1
        if self._pending >= 10_000:
            self._db.commit()
            self._pending = 0

    def __contains__(self, graph: str) -> bool:
        return self._db.execute("SELECT 1 FROM seen WHERE graph = ?", (graph,)).fetchone() is not None

    def close(self) -> None:
        self._db.close()


# -- worker side ----------------------------------------------------------------------------
_NLP = {}


def _pipeline(spacy_model: str | None):
    if spacy_model not in _NLP:
        _NLP[spacy_model] = build_pipeline(spacy_model)
    return _NLP[spacy_model]


def _process_chunk(records: list[Record], base: str, spacy_model: str | None,
                   extract: bool = True, focus: bool = True
                   ) -> tuple[bytes, dict[str, str], list, list]:
    """Return (the records' N-Quads, shared descriptions by subject, per-record warnings, their
    contributions to the statistics).

    Runs in a worker process or inline; returns only what the store needs, as compact text.
    """
    iris = Iris(base).as_text()
    if not extract:
        return _map(((r, []) for r in records), iris)
    _CHUNKS[spacy_model] = _CHUNKS.get(spacy_model, 0) + 1
    if _CHUNKS[spacy_model] % FRESH_PIPELINE_EVERY == 0:
        # spaCy keeps some native memory across memory zones; a fresh pipeline (0.2-0.3 s to
        # build) every 10,000 records gives it back.
        _NLP.pop(spacy_model, None)
        _WARM.pop(spacy_model, None)
    nlp = _pipeline(spacy_model)
    if not _WARM.get(spacy_model):
        # The first chunk fills the tokenizer's cache with the common words; later chunks run
        # in a memory zone, which frees the strings of rare words (memory stays flat in N) but
        # also stops the tokenizer from caching.
        _WARM[spacy_model] = True
        return _map(iter_mentions(nlp, records, focus=focus), iris)
    with nlp.memory_zone():
        return _map(iter_mentions(nlp, records, focus=focus), iris)


_WARM: dict = {}
_CHUNKS: dict = {}
FRESH_PIPELINE_EVERY = 50  # chunks


def _map(pairs, iris: Iris) -> tuple[bytes, dict[str, str], list, list]:
    text: list[str] = []
    shared: dict[str, str] = {}
    notes, contributions = [], []
    for record, mentions in pairs:
        owner, unit, warnings = record_owner(record)
        quads, descriptions = record_nquads(record, owner, unit, mentions, iris, contributions)
        text.append(quads)
        for key, lines in descriptions.items():
            shared.setdefault(key, lines)
        notes.append(warnings)
    return "".join(text).encode("utf-8"), shared, notes, contributions


# -- main side ------------------------------------------------------------------------------
def _changed_records(items: Iterable[Record | RecordError], iris: Iris,
                     spacy_model, extract: bool, report: ReportWriter, summary: BuildSummary,
                     seen: SeenRecords) -> Iterator[tuple[Record, str]]:
    for item in items:
        if isinstance(item, RecordError):
            summary.skipped += 1
            summary.errors.append(str(item))
            report.skipped(item.path, item.line, None, item.message)
            continue
        summary.read += 1
        graph = iris.record(item.diarienummer)
        first = seen.first(graph.value)
        if first is not None:
            summary.skipped += 1
            if first[0] == item.digest:
                reason = f"duplicate of the identical record at {first[1]}:{first[2]}; loaded once"
            else:
                reason = (f"Diarienummer {item.diarienummer} already read with different content at "
                          f"{first[1]}:{first[2]}; this copy is not loaded")
                summary.errors.append(f"{item.path}:{item.line}: {reason}")
            report.skipped(item.path, item.line, item.diarienummer, reason)
            continue
        seen.add(graph.value, item.digest, item.path, item.line)
        h = _hash(item, iris.base, spacy_model, extract)
        if seen.stored_hash(graph.value) == h:
            summary.unchanged += 1
            report.record(item, "unchanged")
            continue
        yield item, h


def _chunks(pairs: Iterator[tuple[Record, str]], size: int) -> Iterator[list[tuple[Record, str]]]:
    chunk = []
    for pair in pairs:
        chunk.append(pair)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _results(chunks, base, spacy_model, jobs, extract, focus):
    """Yield (chunk, (nquads, notes)) in order; at most 2 x jobs chunks in flight.

    Header mapping alone (no extraction) runs here, whatever `jobs`: sending a record to a
    worker costs more than mapping it, and the loader thread already takes the other core."""
    if jobs <= 1 or not extract:
        for chunk in chunks:
            yield chunk, _process_chunk([r for r, _ in chunk], base, spacy_model, extract, focus)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending = []
        for chunk in chunks:
            records = [r for r, _ in chunk]
            pending.append((chunk, pool.submit(_process_chunk, records, base, spacy_model, extract, focus)))
            if len(pending) >= 2 * jobs:
                c, fut = pending.pop(0)
                yield c, fut.result()
        for c, fut in pending:
            yield c, fut.result()


def build_graph(paths: list[str], store: Store, *, base: str | None = None, jobs: int = 1,
                spacy_model: str | None = None, sync: bool = False, extract: bool = True,
                focus: bool = True, report_path: str | Path | None = None,
                on_progress: Callable[[int], None] | None = None) -> BuildSummary:
    """Read, extract and load every record under `paths` into `store`; return what happened.

    Unchanged records (same content hash) are not touched. With `sync`, records in the store
    whose source was not among `paths` are retracted. With `extract=False` only the header is
    mapped (owner, values); partners are not read from the text. With `focus` spaCy reads only
    the sentences that can name an organisation (same mentions; extract/focus.py).
    """
    t0 = time.perf_counter()
    iris = Iris(base) if base else Iris()
    summary = BuildSummary(report=str(report_path) if report_path else None)
    with closing(SeenRecords(store)) as seen, ReportWriter(report_path) as report:
        pairs = _changed_records(iter_records(paths), iris, spacy_model, extract, report,
                                 summary, seen)
        chunks = _chunks(pairs, CHUNK)
        described = _described(store, iris)
        stats = _Stats(store, iris, seen)
        with Loader(store, iris) as loader:
            for chunk, (nquads, shared, notes, contributions) in _results(
                    chunks, iris.base, spacy_model, jobs, extract, focus):
                dnrs = [r.diarienummer for r, _ in chunk]
                # Read the replaced records' statistics before the loader replaces them: a
                # chunk's records are in no other chunk, so the loader's work does not touch them.
                stats.replacing(dnrs)
                new = [k for k in shared if k not in described]
                described.update(new)
                nquads += shared_nquads((shared[k] for k in new), iris).encode("utf-8")
                stats.loaded(contributions)

                def loaded(chunk=chunk, notes=notes):  # reported once the chunk is in the store
                    for (record, _), owner_warnings in zip(chunk, notes):
                        summary.loaded += 1
                        summary.warnings += len(record.warnings) + len(owner_warnings)
                        report.record(record, "loaded", owner_warnings)
                    if on_progress:
                        on_progress(summary.read + summary.skipped)
                loader.load(chunk, nquads, loaded)
        if sync:
            summary.removed = _sync(store, seen, iris, report, stats)
        if summary.loaded or summary.removed:
            # Network metrics describe the graph as it was: drop them rather than keep them stale.
            replace_graphs(store, [iris.graph("network-metrics")])
        _write_reference(store, iris)
        stats.finish()
        if summary.loaded or summary.removed:
            # Bulk loading leaves many small files; compacting them makes queries 2-3x faster.
            store.optimize()
        _count(store, summary, iris)
        summary.seconds = round(time.perf_counter() - t0, 2)
        report.summary(summary)
    return summary


def _described(store: Store, iris: Iris) -> set[str]:
    """Return the subjects (as N-Triples terms) the shared graph already describes."""
    g = iris.graph(SHARED_GRAPH)
    return {str(q.subject) for q in store.quads_for_pattern(None, RDF_TYPE, None, g)}


def _sync(store: Store, seen: SeenRecords, iris: Iris, report, stats: "_Stats") -> int:
    prefix = iris.base + "record/"
    gone = [g for g in seen.stored_graphs() if g.startswith(prefix) and g not in seen]
    for g in gone:
        dnr = _dnr_of(store, g)
        stats.replacing([dnr])
        replace_graphs(store, [NamedNode(g), iris.personal(dnr)])
        report.removed(dnr)
    if gone:
        prune_shared(store, iris)
    return len(gone)


def _dnr_of(store: Store, graph: str) -> str:
    q = f"SELECT ?d WHERE {{ GRAPH <{graph}> {{ ?p <{ESF.diarienummer.value}> ?d }} }}"
    return next(iter(store.query(q)))["d"].value


def remove_records(store: Store, dnrs: Iterable[str], iris: Iris | None = None) -> list[str]:
    """Retract records by diarienummer; return those that were not in the store.

    Organisations stay as long as another record still names them (their description lives in
    every record graph that names them).
    """
    iris = iris or Iris()
    missing = []
    stats = _Stats(store, iris)
    for dnr in dnrs:
        g = iris.record(dnr)
        if not store.contains_named_graph(g):
            missing.append(dnr)
            continue
        stats.replacing([dnr])
        replace_graphs(store, [g, iris.personal(dnr)])
    prune_shared(store, iris)
    stats.finish()
    return missing


class _Stats:
    """A build's or a removal's statistics (statistics.py), kept current record by record.

    The statistics graph is removed before the first change and written at the end, so an
    interrupted run leaves none; a run that finds records but no statistics computes them from
    the whole store at its end.
    """

    def __init__(self, store: Store, iris: Iris, seen: SeenRecords | None = None):
        self.store, self.iris, self.seen = store, iris, seen
        self.graph = iris.graph(STATISTICS_GRAPH)
        self.stats = Statistics.read(store, iris)
        self.complete = self.stats is not None
        if self.stats is None and next(iter_stored_hashes(store), None) is None:
            self.stats = Statistics()  # no records yet: nothing to count
        self.changed = False

    def replacing(self, dnrs: list[str]) -> None:
        """Take away the contributions of these records as the store holds them."""
        if not self.changed:
            replace_graphs(self.store, [self.graph])
            self.changed = True
        for dnr in dnrs:
            g = self.iris.record(dnr)
            if self.stats is None or not self.store.contains_named_graph(g):
                continue
            if self.seen is not None:
                complete = self.seen.stored_hash(g.value) is not None
            else:
                complete = next(iter(self.store.quads_for_pattern(g, ESF.contentHash, None, g)),
                                None) is not None
            if complete:
                self.stats.add(stored_contribution(self.store, self.iris.project(dnr), g), -1)
            else:
                # Left incomplete by an interrupted build: whether the statistics count it is
                # unknown, so they are computed from the whole store at the end.
                self.stats = None

    def loaded(self, contributions) -> None:
        if self.stats is not None:
            for c in contributions:
                self.stats.add(c)

    def finish(self) -> None:
        if self.stats is None:
            self.stats = Statistics.recompute(self.store)  # none kept yet: from every record
        elif self.complete and not self.changed:
            return
        self.stats.write(self.store, self.iris)


def prune_shared(store: Store, iris: Iris) -> int:
    """Remove shared descriptions (organisations, units, codes) no record names any more.

    Returns how many subjects were removed.
    """
    g = iris.graph(SHARED_GRAPH)
    q = f"""SELECT DISTINCT ?s WHERE {{
      GRAPH <{g.value}> {{ ?s a ?type }}
      FILTER NOT EXISTS {{ GRAPH ?r {{ ?x ?p ?s }} FILTER(?r != <{g.value}>) }} }}"""
    gone = {row["s"] for row in store.query(q)}
    doomed = [q for q in store.quads_for_pattern(None, None, None, g)
              if q.subject in gone or q.object in gone]
    for quad in doomed:
        store.remove(quad)
    return len(gone)


def _write_reference(store: Store, iris: Iris) -> None:
    graphs = {}
    for q in reference_quads(iris):
        graphs.setdefault(q.graph_name, []).append(q)
    replace_graphs(store, graphs)
    store.extend([q for qs in graphs.values() for q in qs])


def _count(store: Store, summary: BuildSummary, iris: Iris) -> None:
    # Counted on the store's encoded terms, without DISTINCT: a project is a complete record (its
    # content hash), an organisation is described once, in the shared graph. Counting distinct
    # subjects over every graph took 2 s and 90 MB at 100,000 records; these take 0.1 s.
    q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?g <{ESF.contentHash.value}> ?h }} }}"
    summary.projects = int(next(iter(store.query(q)))["n"].value)
    q = (f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iris.graph(SHARED_GRAPH).value}> "
         f"{{ ?o a <{ESF.Organisation.value}> }} }}")
    summary.organisations = int(next(iter(store.query(q)))["n"].value)
    summary.triples = len(store)
