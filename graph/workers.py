"""The work on records that runs in worker processes (or inline): extraction and mapping.

A worker receives records and returns only what the store needs, as compact text: the records'
N-Quads, the shared descriptions they name, the owner's warnings and each record's contribution
to the statistics.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from operator import attrgetter

from esfgraph.extract.organisations.resolve import resolve_owner
from esfgraph.extract.records import Note, Record
from esfgraph.extract.records.record import Field, Untyped, Values
from esfgraph.graph.iris import TextIris
from esfgraph.graph.triples import record_nquads

__all__ = ["FRESH_PIPELINE_EVERY", "process_chunk", "processed_chunks"]

# A fresh spaCy pipeline every 20 chunks (4,000 records) gives back what spaCy keeps: the strings
# and lexemes of rare words and some native memory. Memory zones free the rare words after each
# chunk instead, but stop the tokenizer's cache; measured on 10,000 records, fresh pipelines
# without zones cost 4-17% less CPU for 3-6% more peak memory (bench/README.md).
FRESH_PIPELINE_EVERY = 20  # chunks
MEMORY_ZONES = False

# Per worker process: the pipeline of each spaCy model, whether its tokenizer cache is warm,
# and how many chunks it has read.
_NLP: dict = {}
_WARM: dict = {}
_CHUNKS: dict = {}


def _pipeline(spacy_model: str | None):
    from esfgraph.extract.partners.mentions import build_pipeline  # spaCy: only to extract
    if spacy_model not in _NLP:
        _NLP[spacy_model] = build_pipeline(spacy_model)
    return _NLP[spacy_model]


# Records cross to the workers as plain tuples: pickle takes a frozen dataclass with slots field
# by field in Python (0.14 ms a record there and back), tuples of its values in C (0.05 ms).
_RECORD = [f.name for f in dataclasses.fields(Record)]
_VALUES, _FIELDS = _RECORD.index("values"), [_RECORD.index(n) for n in ("fields", "unknown", "personal")]
_UNTYPED, _NOTES = _RECORD.index("untyped"), _RECORD.index("warnings")
_record = attrgetter(*_RECORD)
_values = attrgetter(*(f.name for f in dataclasses.fields(Values)))
_field = attrgetter(*(f.name for f in dataclasses.fields(Field)))
_untyped = attrgetter(*(f.name for f in dataclasses.fields(Untyped)))
_note = attrgetter(*(f.name for f in dataclasses.fields(Note)))


def pack(record: Record) -> list:
    """Return the record as nested lists and tuples of plain values (unpack makes it again)."""
    t = list(_record(record))
    t[_VALUES] = _values(record.values)
    for i in _FIELDS:
        t[i] = [_field(f) for f in t[i]]
    t[_UNTYPED] = [_untyped(u) for u in t[_UNTYPED]]
    t[_NOTES] = [_note(n) for n in t[_NOTES]]
    return t


def unpack(t: list) -> Record:
    """Return the record that pack gave `t` for."""
    t[_VALUES] = Values(*t[_VALUES])
    for i in _FIELDS:
        t[i] = tuple(Field(*f) for f in t[i])
    t[_UNTYPED] = tuple(Untyped(*u) for u in t[_UNTYPED])
    t[_NOTES] = tuple(Note(*n) for n in t[_NOTES])
    return Record(*t)


def _process_packed(packed: list[list], *args) -> tuple:
    return process_chunk([unpack(t) for t in packed], *args)


def process_chunk(records: list[Record], base: str, spacy_model: str | None,
                  extract: bool = True, focus: bool = True
                  ) -> tuple[bytes, dict[str, str], list, list, dict[int, str]]:
    """Return (the records' N-Quads, shared descriptions by subject, per-record owner warnings,
    their contributions to the statistics, the records that failed: index -> reason).

    One record's failure never costs the others: a chunk that raises is read again a record
    at a time, and each record that raises on its own is reported with the exception.
    """
    try:
        return (*_process(records, base, spacy_model, extract, focus), {})
    except Exception as e:  # noqa: BLE001 (any error of one record is that record's error)
        if len(records) == 1:
            return b"", {}, [], [], {0: f"could not be read: {type(e).__name__}: {e}"[:500]}
    text, shared, notes, contributions, failed = [], {}, [], [], {}
    for i, record in enumerate(records):
        nq, sh, nt, co, fl = process_chunk([record], base, spacy_model, extract, focus)
        if fl:
            failed[i] = fl[0]
            continue
        text.append(nq)
        for key, lines in sh.items():
            shared.setdefault(key, lines)
        notes += nt
        contributions += co
    return b"".join(text), shared, notes, contributions, failed


def _process(records: list[Record], base: str, spacy_model: str | None, extract: bool,
             focus: bool) -> tuple[bytes, dict[str, str], list, list]:
    iris = TextIris(base)
    if not extract:
        return _map(((r, []) for r in records), iris)
    _CHUNKS[spacy_model] = _CHUNKS.get(spacy_model, 0) + 1
    if _CHUNKS[spacy_model] % FRESH_PIPELINE_EVERY == 0:
        # A fresh pipeline (0.2-0.3 s to build) gives back the memory spaCy keeps.
        _NLP.pop(spacy_model, None)
        _WARM.pop(spacy_model, None)
    nlp = _pipeline(spacy_model)
    if not _WARM.get(spacy_model):
        # The first chunk fills the tokenizer's cache with the common words; with MEMORY_ZONES
        # later chunks run in a memory zone, which frees the strings of rare words but also
        # stops the tokenizer from caching.
        _WARM[spacy_model] = True
        return _map(_mentions(nlp, records, focus), iris)
    if not MEMORY_ZONES:
        return _map(_mentions(nlp, records, focus), iris)
    with nlp.memory_zone():
        return _map(_mentions(nlp, records, focus), iris)


def _mentions(nlp, records: list[Record], focus: bool):
    from esfgraph.extract.partners.mentions import iter_mentions
    return iter_mentions(nlp, records, focus=focus)


def _map(pairs, iris: TextIris) -> tuple[bytes, dict[str, str], list, list]:
    text: list[str] = []
    shared: dict[str, str] = {}
    notes, contributions = [], []
    for record, mentions in pairs:
        owner, units, warnings = resolve_owner(record.values.owner, record.values.owner_orgnr)
        quads, descriptions = record_nquads(record, owner, units, mentions, iris, contributions)
        text.append(quads)
        for key, lines in descriptions.items():
            shared.setdefault(key, lines)
        line = next((f.where for f in record.fields if f.value == record.values.owner), record.line)
        notes.append([Note(record.path, line, "Projektägare", w) for w in warnings])
    return "".join(text).encode("utf-8"), shared, notes, contributions


def _die_with_parent(parent: int) -> None:
    """In a worker: end when the build's process ends, however it ends (kill -9 included).

    A worker whose parent is gone is adopted by another process; it watches for that twice a
    second and leaves, instead of living on with the store's files open.
    """
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)
    threading.Thread(target=watch, name="esfgraph-parent-watch", daemon=True).start()


def processed_chunks(chunks: Iterable[list[tuple[Record, str]]], base: str,
                     spacy_model: str | None, jobs: int, extract: bool, focus: bool
                     ) -> Iterator[tuple[list, tuple]]:
    """Yield (chunk, process_chunk's result) in order; at most 2 x jobs chunks in flight.

    Header mapping alone (no extraction) runs here, whatever `jobs`: sending a record to a
    worker costs more than mapping it, and the loader thread already takes the other core."""
    if jobs <= 1 or not extract:
        for chunk in chunks:
            yield chunk, process_chunk([r for r, _ in chunk], base, spacy_model, extract, focus)
        return
    chunks = iter(chunks)
    first = next(chunks, None)
    if first is None:
        return
    try:
        # Built once here and inherited by the workers when they are forked at the first
        # submit, instead of spaCy imported and the pipeline built in each (1.1 s CPU a worker).
        _pipeline(spacy_model)
    except Exception:  # noqa: BLE001 (the workers meet the same error, each record reported)
        pass
    with ProcessPoolExecutor(max_workers=jobs, initializer=_die_with_parent,
                             initargs=(os.getpid(),)) as pool:
        pending = []
        for chunk in itertools.chain([first], chunks):
            packed = [pack(r) for r, _ in chunk]
            pending.append((chunk, pool.submit(_process_packed, packed, base, spacy_model,
                                               extract, focus)))
            _NLP.clear()  # the workers have it: this process does not need it
            if len(pending) >= 2 * jobs:
                c, fut = pending.pop(0)
                yield c, fut.result()
        for c, fut in pending:
            yield c, fut.result()
