#!/usr/bin/env python3
"""Mutated records against the whole build: no crash, every input accounted for, no good record lost.

    python bench/fuzz_records.py [--n 10000] [--seed 1] [--jobs 2] [--keep DIR]

Takes the fictional records in examples/ (all three layouts), gives each copy an identifier of
its own, and mutates most of them (lines deleted, doubled, swapped or glued; values replaced by
odd ones: NaN, superscript and full-width digits, impossible dates, control characters, very
long text; files cut short, re-encoded, given stray bytes). One copy in ten stays whole. It
builds them all in one batch and reports:
- crashes: the build raised (a traceback a user would see);
- unaccounted: an input file with no line in the build's report;
- good records lost: a whole copy not loaded.
All three must be zero. The exit status is the number of problems.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ODD_VALUES = ["NaN", "sNaN", "NaN%", "1e999999999", "²⁵", "２１２０００-０６６２", "", "..", "-",
              "0", "9" * 40, "2024-02-30", "2030-01-01 - 2020-01-01", "\x0b", "\u2028", "\x00",
              "Region: Stockholm", "5 390 420,50", "-100", "50 %%", "ESF Nationellt",
              "Småland & Öarna & Gotland", "212000-0663", "ja nej", "<script>alert(1)</script>",
              "' } UNION { ?s ?p ?o } #", "\\", '"', "\ud7ff\ufffd", "x" * 5000]
CONTROL = ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\x00", "\x1b"]


def _templates() -> list[str]:
    files = sorted(ROOT.glob("examples/*.txt")) + sorted(ROOT.glob("examples/layouts/*.txt"))
    return [f.read_text(encoding="utf-8") for f in files if "multi" not in f.name]


def _with_own_id(text: str, k: int) -> str:
    """Give a copy identifiers of its own: every diarienummer-like token and the title line."""
    text = re.sub(r"\b\d{4}/\d{5}\b", f"2098/{k:05d}", text)
    text = re.sub(r"\b\d{2}-\d{3}-S\d{2}\b", f"98-{k % 1000:03d}-S{k // 1000 % 100:02d}", text)
    first, _, rest = text.partition("\n")
    return f"{first} {k}\n{rest}" if not re.search(r"\d", first) else text


def _mutate(text: str, rng: random.Random) -> str | bytes:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 3)):
        kind = rng.randrange(10)
        i = rng.randrange(len(lines)) if lines else 0
        if not lines:
            break
        if kind == 0:
            del lines[i]
        elif kind == 1:
            lines.insert(i, lines[i])
        elif kind == 2 and i + 1 < len(lines):
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
        elif kind == 3:
            lines[i] = rng.choice(ODD_VALUES)
        elif kind == 4:
            at = rng.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:at] + rng.choice(CONTROL) + lines[i][at:]
        elif kind == 5 and i + 1 < len(lines):
            lines[i:i + 2] = [lines[i] + lines[i + 1]]
        elif kind == 6:
            lines[i] = lines[i].upper() if rng.random() < 0.5 else lines[i].replace(":", " :")
        elif kind == 7:
            lines.append("Projektet drivs tillsammans med Region Kronoberg och " + "mycket " * 200_000)
        elif kind == 8:
            lines = lines[: max(i, 1)]
    out = "\n".join(lines)
    kind = rng.randrange(6)
    if kind == 0:
        return out.replace("\n", "\r\n").encode("utf-8-sig")
    if kind == 1:
        return out.encode("cp1252", errors="replace")
    if kind == 2:
        data = bytearray(out.encode("utf-8"))
        data[rng.randrange(len(data) + 1):0] = bytes([rng.choice([0xff, 0xc3, 0x80, 0xfe])])
        return bytes(data)
    if kind == 3:
        return out[: rng.randrange(len(out) + 1)]
    return out


def write_batch(folder: Path, n: int, seed: int) -> list[tuple[Path, bool]]:
    """Write n copies (one in ten whole) into folder; return (file, whole) for each."""
    rng = random.Random(seed)
    templates = _templates()
    written = []
    for k in range(n):
        text = _with_own_id(rng.choice(templates), k)
        whole = k % 10 == 0
        data = text if whole else _mutate(text, rng)
        path = folder / f"r{k:05d}.txt"
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
        written.append((path, whole))
    return written


def check(folder: Path, written: list[tuple[Path, bool]], jobs: int) -> dict:
    """Build the batch; return the counts of problems and what the build did."""
    from esfgraph.graph.build import build_graph
    from esfgraph.graph.store import open_store
    store = open_store(folder / "store", create=True)
    report_path = folder / "report.json"
    crashes, crash = 0, ""
    try:
        summary = build_graph([str(p) for p, _ in written], store, jobs=jobs, report_path=report_path)
    except Exception:  # the fuzzer's job: any escape at all is a crash
        crashes, crash, summary = 1, traceback.format_exc(limit=3), None
    rows = json.loads(report_path.read_text(encoding="utf-8"))["records"] if summary else []
    reported = {Path(r["file"]).name for r in rows if r.get("file")}
    loaded = {Path(r["file"]).name for r in rows if r.get("status") == "loaded"}
    unaccounted = [p.name for p, _ in written if p.name not in reported]
    lost = [p.name for p, whole in written if whole and p.name not in loaded]
    return {"crashes": crashes, "crash": crash, "unaccounted": unaccounted, "good_lost": lost,
            "summary": summary}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", default=None, help="write the batch here and keep it")
    args = ap.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="esfgraph-fuzz-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        t0 = time.perf_counter()
        written = write_batch(folder, args.n, args.seed)
        result = check(folder, written, args.jobs)
        s = result["summary"]
        print(f"{args.n:,} records ({args.n // 10:,} whole), seed {args.seed}, "
              f"{time.perf_counter() - t0:.0f} s")
        if s is not None:
            print(f"  build: {s.read} read, {s.loaded} loaded, {s.skipped} skipped, "
                  f"{s.warnings} warnings")
        print(f"  crashes: {result['crashes']}  unaccounted: {len(result['unaccounted'])}  "
              f"good records lost: {len(result['good_lost'])}")
        if result["crash"]:
            print(result["crash"])
        for what in ("unaccounted", "good_lost"):
            if result[what]:
                print(f"  {what}: {', '.join(result[what][:10])}")
        return result["crashes"] + len(result["unaccounted"]) + len(result["good_lost"])
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
