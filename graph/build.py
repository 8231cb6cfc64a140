"""`build_graph`: files in, store filled. The one pipeline that the CLI and the tests both run.

records -> (dedupe, skip unchanged) -> mentions -> quads -> store, in chunks, streamed, with
workers when `jobs` > 1 (workers.py). Each record's graph is replaced as a whole and marked
complete with its content hash last (store.Loader), so a build that is killed leaves a store
the next build completes.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from pyoxigraph import NamedNode, Store

from esfgraph import __version__
from esfgraph.errors import RecordError
from esfgraph.extract.records import Record, iter_records
from esfgraph.graph.iris import Iris
from esfgraph.graph.ledger import SeenRecords
from esfgraph.graph.queries import run_internal
from esfgraph.graph.reference import reference_quads
from esfgraph.graph.report import ReportWriter
from esfgraph.graph.settings import settle_settings, store_base
from esfgraph.graph.statistics import KeptStatistics
from esfgraph.graph.store import Loader, replace_graphs
from esfgraph.graph.triples import SHARED_GRAPH, shared_nquads
from esfgraph.graph.vocab import RDF
from esfgraph.graph.workers import processed_chunks

__all__ = ["PIPELINE_VERSION", "BuildSummary", "build_graph", "prune_shared", "remove_records"]

# Bump when extraction rules or the mapping change, so unchanged files are re-extracted.
PIPELINE_VERSION = f"{__version__}+rules.4"
CHUNK = 200  # records a worker maps at a time


@dataclass
class BuildSummary:
    """What a build did: record counts by outcome, store totals and seconds.

    `errors` are one line per input not in the graph; `notes` the first warnings, one line each
    (all are in the report)."""

    read: int = 0
    loaded: int = 0
    unchanged: int = 0
    skipped: int = 0
    duplicates: int = 0
    removed: int = 0
    warnings: int = 0
    projects: int = 0
    organisations: int = 0
    triples: int = 0
    seconds: float = 0.0
    report: str | None = None
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def warn(self, lines) -> None:
        """Count warnings; keep the first few to show."""
        for line in lines:
            self.warnings += 1
            if len(self.notes) < NOTES_SHOWN:
                self.notes.append(str(line))


NOTES_SHOWN = 50


def _hash(record: Record, base: str, spacy_model: str | None, extract: bool = True) -> str:
    key = f"{record.digest}|{PIPELINE_VERSION}|{base}|{spacy_model or ''}|{extract}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _fingerprint(record: Record) -> dict[str, str]:
    """The typed values two copies of one project are compared on (the key's fields aside)."""
    return {k: str(v) for k, v in record.values.given().items()
            if k not in ("diarienummer", "project_number")} | {"name": str(record.name)}


class _Files:
    """Per input file: how many of its records were read and skipped, to say so when none was."""

    def __init__(self, report: ReportWriter, summary: BuildSummary):
        self.report, self.summary = report, summary
        self.path, self.read, self.skipped = None, 0, 0

    def count(self, path: str, read: bool) -> None:
        if path != self.path:
            self.finish()
            self.path, self.read, self.skipped = path, 0, 0
        self.read += read
        self.skipped += not read

    def finish(self) -> None:
        if self.path is not None and self.skipped and not self.read:
            reason = f"none of the {self.skipped} record(s) in this file could be read"
            self.summary.errors.append(f"{self.path}: {reason}")
            self.report.file_error(self.path, reason)
        self.path = None


def _changed_records(items: Iterable[Record | RecordError], iris: Iris,
                     spacy_model, extract: bool, report: ReportWriter, summary: BuildSummary,
                     seen: SeenRecords) -> Iterator[tuple[Record, str]]:
    """Yield (record, content hash) for each record to load; report the rest as they go by."""
    files = _Files(report, summary)
    for item in items:
        if isinstance(item, RecordError):
            summary.skipped += 1
            summary.errors.append(str(item))
            report.skipped(item.path, item.line, None, item.message)
            if item.line is not None:
                files.count(item.path, read=False)
            continue
        files.count(item.path, read=True)
        summary.read += 1
        graph = iris.record(item.key)
        first = seen.first(graph.value)
        if first is not None:
            summary.duplicates += 1
            digest, path, line, values = first
            mine = _fingerprint(item)
            differs = sorted(k for k in set(values) | set(mine) if values.get(k) != mine.get(k))
            if digest == item.digest or not differs:
                reason = f"identical copy of {item.key} (first: {path}:{line}); loaded once"
            else:
                reason = (f"second copy of {item.key} (first: {path}:{line}), differing in "
                          f"{', '.join(differs)}; reported, not loaded, not merged")
                summary.warn([f"{item.path}:{item.line}: {reason}"])
            report.skipped(item.path, item.line, item.key, reason, status="duplicate")
            continue
        seen.add(graph.value, item.digest, item.path, item.line, _fingerprint(item))
        h = _hash(item, iris.base, spacy_model, extract)
        if seen.stored_hash(graph.value) == h:
            summary.unchanged += 1
            summary.warn(item.warnings)
            report.record(item, "unchanged")
            continue
        yield item, h
    files.finish()


def _chunks(pairs: Iterator[tuple[Record, str]], size: int) -> Iterator[list[tuple[Record, str]]]:
    it = iter(pairs)
    while batch := list(islice(it, size)):
        yield batch


def _without_failed(chunk: list, failed: dict[int, str], summary: BuildSummary,
                    report: ReportWriter) -> list:
    """Report the records of a chunk that could not be read (extraction or mapping raised)."""
    for i, reason in sorted(failed.items()):
        record = chunk[i][0]
        summary.skipped += 1
        summary.errors.append(f"{record.path}:{record.line}: {reason}")
        report.skipped(record.path, record.line, record.key, reason)
    return [pair for i, pair in enumerate(chunk) if i not in failed]


def build_graph(paths: list[str], store: Store, *, base: str | None = None, jobs: int = 1,
                spacy_model: str | None = None, sync: bool = False, extract: bool = True,
                focus: bool = True, report_path: str | Path | None = None,
                on_progress: Callable[[int], None] | None = None, publisher: str | None = None,
                title: str | None = None) -> BuildSummary:
    """Read, extract and load every record under `paths` into `store`; return what happened.

    Unchanged records (same content hash) are not touched. With `sync`, records in the store
    whose source was not among `paths` are retracted. With `extract=False` only the header is
    mapped (owner, values); partners are not read from the text. With `focus` spaCy reads only
    the sentences that can name an organisation (same mentions; extract/partners/focus.py).
    The store remembers its base IRI, title and publisher (settings.py); `base` None uses the
    stored base, a different one refuses.
    """
    t0 = time.perf_counter()
    iris = Iris(settle_settings(store, base, title, publisher).base)
    summary = BuildSummary(report=str(report_path) if report_path else None)
    with closing(SeenRecords(store)) as seen, ReportWriter(report_path) as report:
        pairs = _changed_records(iter_records(paths), iris, spacy_model, extract, report,
                                 summary, seen)
        described = _described(store, iris)
        stats = KeptStatistics(store, iris, seen.stored_hash)
        with Loader(store, iris) as loader:
            for chunk, (nquads, shared, notes, contributions, failed) in processed_chunks(
                    _chunks(pairs, CHUNK), iris.base, spacy_model, jobs, extract, focus):
                chunk = _without_failed(chunk, failed, summary, report)
                # Read the replaced records' statistics before the loader replaces them: a
                # chunk's records are in no other chunk, so the loader's work does not touch them.
                stats.replacing([r.key for r, _ in chunk])
                new = [k for k in shared if k not in described]
                described.update(new)
                nquads += shared_nquads((shared[k] for k in new), iris).encode("utf-8")
                stats.loaded(contributions)

                def loaded(chunk=chunk, notes=notes):  # reported once the chunk is in the store
                    for (record, _), owner_notes in zip(chunk, notes):
                        summary.loaded += 1
                        summary.warn([*record.warnings, *owner_notes])
                        report.record(record, "loaded", owner_notes)
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
        if _compaction_pays(summary.loaded + summary.removed, seen.stored_count()):
            # Bulk loading leaves many small files; compacting them makes queries 2-3x faster.
            store.optimize()
        _count(store, summary, iris)
        summary.seconds = round(time.perf_counter() - t0, 2)
        report.summary(summary)
    return summary


def _compaction_pays(changed: int, stored_before: int) -> bool:
    """Whether to compact the whole store after a build: when it changed a tenth of the store or
    more. Compaction rewrites every file (2.4 s for 10,000 records even after a tiny load); the
    few files of a small incremental build are left to RocksDB's own background compaction."""
    return changed > 0 and changed >= 0.1 * stored_before


def _described(store: Store, iris: Iris) -> set[str]:
    """Return the subjects (as N-Triples terms) the shared graph already describes."""
    g = iris.graph(SHARED_GRAPH)
    return {str(q.subject) for q in store.quads_for_pattern(None, RDF.type, None, g)}


def _sync(store: Store, seen: SeenRecords, iris: Iris, report, stats: KeptStatistics) -> int:
    prefix = iris.base + "record/"
    gone = [g for g in seen.stored_graphs() if g.startswith(prefix) and g not in seen]
    for g in gone:
        dnr = next(iter(run_internal(store, "record-key", graph=NamedNode(g))))["d"].value
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
    iris = Iris(store_base(store, iris.base if iris else None))
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
    counted = next(iter(run_internal(store, "count-organisations", shared=iris.graph(SHARED_GRAPH))),
                   None)
    summary.organisations = int(counted["n"].value) if counted else 0
    summary.triples = len(store)
