"""Mutated records, drawn by hypothesis from the project's own examples: a build never ends in a
traceback, every input file is in the report, and the whole records of the batch all load.
(bench/fuzz_records.py runs 10,000 such records; this is a small seeded slice of the idea.)"""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from esfgraph.graph.build import build_graph
from esfgraph.graph.store import open_store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TEMPLATES = sorted(p for p in [*EXAMPLES.glob("*.txt"), *EXAMPLES.glob("layouts/*.txt")]
                   if "multi" not in p.name)
ODD = ["NaN", "sNaN", "NaN%", "1e999999999", "²⁵", "２１２０００-０６６２", "", "..", "2024-02-30",
       "2030-01-01 - 2020-01-01", "\x0b", "\u2028", "\x00", "\x85", "Region: Stockholm",
       "5 390 420,50", "ESF Nationellt", "212000-0663", "' } UNION { ?s ?p ?o } #", "x" * 3000]

mutation = st.one_of(
    st.tuples(st.just("delete"), st.integers(0, 200)),
    st.tuples(st.just("double"), st.integers(0, 200)),
    st.tuples(st.just("swap"), st.integers(0, 200)),
    st.tuples(st.just("glue"), st.integers(0, 200)),
    st.tuples(st.just("odd"), st.integers(0, 200), st.sampled_from(ODD)),
    st.tuples(st.just("insert"), st.integers(0, 200), st.text(min_size=1, max_size=20)),
    st.tuples(st.just("cut"), st.integers(0, 5000)),
)
copy = st.tuples(st.sampled_from(range(len(TEMPLATES))), st.lists(mutation, max_size=3),
                 st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "crlf", "stray-byte"]))


def _own_id(text: str, k: int) -> str:
    text = re.sub(r"\b\d{4}/\d{5}\b", f"2097/{k:05d}", text)
    text = re.sub(r"\b\d{2}-\d{3}-S\d{2}\b", f"97-{k:03d}-S01", text)
    first, _, rest = text.partition("\n")
    return f"{first} {k}\n{rest}" if not re.search(r"\d", first) else text


def _apply(text: str, mutations) -> str:
    lines = text.split("\n")
    for m in mutations:
        i = m[1] % max(len(lines), 1)
        if not lines:
            break
        if m[0] == "delete":
            del lines[i]
        elif m[0] == "double":
            lines.insert(i, lines[i])
        elif m[0] == "swap" and i + 1 < len(lines):
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
        elif m[0] == "glue" and i + 1 < len(lines):
            lines[i:i + 2] = [lines[i] + lines[i + 1]]
        elif m[0] == "odd":
            lines[i] = m[2]
        elif m[0] == "insert":
            lines[i] = lines[i][: len(lines[i]) // 2] + m[2] + lines[i][len(lines[i]) // 2:]
        elif m[0] == "cut":
            return "\n".join(lines)[: m[1]]
    return "\n".join(lines)


def _encode(text: str, how: str) -> bytes:
    if how == "crlf":
        return text.replace("\n", "\r\n").encode("utf-8")
    if how == "stray-byte":
        data = text.encode("utf-8")
        return data[: len(data) // 2] + b"\xff" + data[len(data) // 2:]
    return text.encode(how, errors="replace")


@seed(20261206)
@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(copies=st.lists(copy, min_size=4, max_size=12))
def test_mutated_records_never_cost_the_batch(tmp_path_factory, copies):
    folder = tmp_path_factory.mktemp("fuzz")
    written = []
    for k, (t, mutations, how) in enumerate(copies):
        text = _own_id(TEMPLATES[t].read_text(encoding="utf-8"), k)
        path = folder / f"m{k:03d}.txt"
        path.write_bytes(_encode(_apply(text, mutations), how))
        written.append(path)
    whole = folder / "whole.txt"
    whole.write_text(_own_id(TEMPLATES[0].read_text(encoding="utf-8"), 999), encoding="utf-8")
    store = open_store(folder / "store", create=True)
    summary = build_graph([str(p) for p in [*written, whole]], store, report_path=folder / "r.json")
    rows = json.loads((folder / "r.json").read_text(encoding="utf-8"))["records"]
    reported = {Path(r["file"]).name for r in rows if r.get("file")}
    assert {p.name for p in [*written, whole]} <= reported
    assert any(Path(r["file"]).name == "whole.txt" and r["status"] == "loaded" for r in rows)
    assert summary.loaded >= 1
