"""`build_graph`: files in, store filled. The one pipeline that the CLI and the tests both run.

records -> (dedupe, skip unchanged) -> mentions -> quads -> store, in chunks, streamed, with
workers when `jobs` > 1 (workers.py). Each record's graph is replaced as a whole and marked
complete with its content hash last (store.Loader), so a build that is killed leaves a store
the next build completes.
"""

from __future__ import annotations

import hashlib
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from pyoxigraph import NamedNode, Store

from esfgraph import __version__
from esfgraph.errors import RecordError
from esfgraph.extract.records import Record, iter_records
from esfgraph.graph.iris import Iris
from esfgraph.graph.ledger import SeenRecords
from esfgraph.graph.queries import run_internal
from esfgraph.graph.reference import reference_quads
from esfgraph.graph.report import ReportWriter
from esfgraph.graph.statistics import KeptStatistics
from esfgraph.graph.store import Loader, replace_graphs
from esfgraph.graph.triples import SHARED_GRAPH, shared_nquads
from esfgraph.graph.vocab import RDF
from esfgraph.graph.workers import processed_chunks

__all__ = ["build_graph", "BuildSummary", "remove_records", "prune_shared", "PIPELINE_VERSION"]

# Bump when extraction rules or the mapping change, so unchanged files are re-extracted.
PIPELINE_VERSION = f"{__version__}+rules.3"
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


def _changed_records(items: Iterable[Record | RecordError], iris: Iris,
                     spacy_model, extract: bool, report: ReportWriter, summary: BuildSummary,
                     seen: SeenRecords) -> Iterator[tuple[Record, str]]:
    """Yield (record, content hash) for each record to load; report the rest as they go by."""
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


def build_graph(paths: list[str], store: Store, *, base: str | None = None, jobs: int = 1,
                spacy_model: str | None = None, sync: bool = False, extract: bool = True,
                focus: bool = True, report_path: str | Path | None = None,
                on_progress: Callable[[int], None] | None = None) -> BuildSummary:
    """Read, extract and load every record under `paths` into `store`; return what happened.

    Unchanged records (same content hash) are not touched. With `sync`, records in the store
    whose source was not among `paths` are retracted. With `extract=False` only the header is
    mapped (owner, values); partners are not read from the text. With `focus` spaCy reads only
    the sentences that can name an organisation (same mentions; extract/partners/focus.py).
    """
    t0 = time.perf_counter()
    iris = Iris(base) if base else Iris()
    summary = BuildSummary(report=str(report_path) if report_path else None)
    with closing(SeenRecords(store)) as seen, ReportWriter(report_path) as report:
        pairs = _changed_records(iter_records(paths), iris, spacy_model, extract, report,
                                 summary, seen)
        described = _described(store, iris)
        stats = KeptStatistics(store, iris, seen.stored_hash)
        with Loader(store, iris) as loader:
            for chunk, (nquads, shared, notes, contributions) in processed_chunks(
                    _chunks(pairs, CHUNK), iris.base, spacy_model, jobs, extract, focus):
                # Read the replaced records' statistics before the loader replaces them: a
                # chunk's records are in no other chunk, so the loader's work does not touch them.
                stats.replacing([r.diarienummer for r, _ in chunk])
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
    return {str(q.subject) for q in store.quads_for_pattern(None, RDF.type, None, g)}


def _sync(store: Store, seen: SeenRecords, iris: Iris, report, stats: KeptStatistics) -> int:
    prefix = iris.base + "record/"
    gone = [g for g in seen.stored_graphs() if g.startswith(prefix) and g not in seen]
    for g in gone:
        dnr = next(iter(run_internal(store, "record-diarienummer", graph=NamedNode(g))))["d"].value
        stats.replacing([dnr])
        replace_graphs(store, [NamedNode(g), iris.personal(dnr)])
        report.removed(dnr)
    if gone:
        prune_shared(store, iris)
    return len(gone)


def remove_records(store: Store, dnrs: Iterable[str], iris: Iris | None = None) -> list[str]:
    """Retract records by diarienummer; return those that were not in the store.

    Organisations stay as long as another record still names them (their description lives in
    every record graph that names them).
    """
    iris = iris or Iris()
    missing = []
    stats = KeptStatistics(store, iris)
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


def prune_shared(store: Store, iris: Iris) -> int:
    """Remove shared descriptions (organisations, units, codes) no record names any more.

    Returns how many subjects were removed.
    """
    g = iris.graph(SHARED_GRAPH)
    gone = {row["s"] for row in run_internal(store, "unnamed-shared", shared=g)}
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
    summary.projects = int(next(iter(run_internal(store, "count-projects")))["n"].value)
    summary.organisations = int(next(iter(
        run_internal(store, "count-organisations", shared=iris.graph(SHARED_GRAPH))))["n"].value)
    summary.triples = len(store)
