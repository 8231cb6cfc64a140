#!/usr/bin/env python3
"""Extraction: CPU milliseconds a record by stage, and proof that a change keeps every mention.

    python bench/bench_extract.py --time [--n 2500] [--repeat 3]
    python bench/bench_extract.py --time --against /tmp/base       # side by side, same run
    python bench/bench_extract.py --dump mentions.json             # every mention, all fields
    python bench/bench_extract.py --compare mentions.json          # the same, or exit 1

The dump holds every `Mention` (all fields, the organisation's too) that the pipeline finds,
with focus, in: the synthetic records of tests/data/synthetic, the records of examples/ (with
examples/layouts), the gold passages of tests/data, the seeds and the real passages of
../shared (their texts only; skipped where absent) and the first --dump-n records of
bench/out/n10000/txt (bench_ingest.py writes them); and, without focus, the same for all but
the bench records. `--time` measures CPU time (time.process_time, so other work on the machine
does not count) on the first --n records of bench/out/n10000/txt: iter_mentions end to end,
then stage by stage as bench_speed.py does. `--against DIR` runs the same timing on the
esfgraph package in DIR/esfgraph (a checkout of another commit: `git archive REV | tar -x -C
DIR/esfgraph`) in a process of its own, alternating with this one, each repeat.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BENCH_TXT = ROOT / "bench" / "out" / "n10000" / "txt"


def _records(paths: list[Path]) -> list:
    from esfgraph.extract.records import iter_records
    return [r for r in iter_records([str(p) for p in paths]) if hasattr(r, "key")]


def _bench_records(n: int) -> list:
    if not BENCH_TXT.exists():
        sys.exit(f"{BENCH_TXT}: absent; write it with bench/bench_ingest.py or prepare(10000)")
    out = []
    for f in sorted(BENCH_TXT.iterdir()):
        out.extend(_records([f]))
        if len(out) >= n:
            break
    return out[:n]


def corpora(dump_n: int) -> dict[str, tuple[str, list]]:
    """Return name -> (kind, items): records, or passage texts."""
    from esfgraph.extract.partners.evaluate import read_passages
    data = ROOT / "tests" / "data"
    out = {
        "synthetic": ("records", _records(sorted((data / "synthetic").glob("*.txt")))),
        "examples": ("records", _records(sorted(ROOT.glob("examples/**/*.txt")))),
        "passages": ("texts", [p.text for f in sorted(data.glob("passages*.jsonl"))
                               for p in read_passages(f)]),
    }
    if (SHARED / "seeds").exists():
        out["seeds"] = ("records", _records(sorted((SHARED / "seeds").glob("*.txt"))))
    real = sorted((SHARED / "realdata" / "text").glob("*.jsonl"))
    if real:
        out["real passages"] = ("texts", [p.text for f in real for p in read_passages(f)
                                          if hasattr(p, "text")])
    if dump_n:
        out["bench"] = ("records", _bench_records(dump_n))
    return out


def _mention(m) -> dict:
    return dataclasses.asdict(m)


def dump(dump_n: int) -> dict[str, list]:
    """Return every mention of every corpus, with focus and (but for bench) without."""
    from esfgraph.extract.partners.mentions import build_pipeline, iter_mentions, pipe_mentions
    nlp = build_pipeline()
    out: dict[str, list] = {}
    for name, (kind, items) in corpora(dump_n).items():
        for focus in (True, False):
            if not focus and name == "bench":
                continue
            if kind == "records":
                found = [[_mention(m) for m in ms] for _, ms in iter_mentions(nlp, items, focus=focus)]
            else:
                found = [[_mention(m) for m in ms] for _, ms in
                         pipe_mentions(nlp, ((t, None, None) for t in items), focus=focus)]
            out[f"{name}{'' if focus else ' (no focus)'}"] = found
            print(f"  {name:<14} focus={focus!s:<5} {len(items):>5} items "
                  f"{sum(map(len, found)):>6} mentions", file=sys.stderr)
    return out


def compare(old: dict, new: dict) -> int:
    """Print where two dumps differ; return the number of differing items."""
    bad = 0
    for name in sorted(set(old) | set(new)):
        a, b = old.get(name), new.get(name)
        if a is None or b is None:
            print(f"{name}: only in {'the new' if a is None else 'the old'} dump")
            bad += 1
            continue
        if len(a) != len(b):
            print(f"{name}: {len(a)} items before, {len(b)} now")
            bad += 1
            continue
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        for i in diff[:3]:
            xs, ys = {json.dumps(m, sort_keys=True) for m in a[i]}, {json.dumps(m, sort_keys=True) for m in b[i]}
            print(f"{name} item {i}: -{sorted(xs - ys)[:2]} +{sorted(ys - xs)[:2]}")
        bad += len(diff)
        print(f"  {name:<26} {len(a):>5} items, {sum(map(len, a)):>6} mentions: "
              f"{'identical' if not diff else f'{len(diff)} DIFFER'}")
    return bad


# -- timing -----------------------------------------------------------------------------------
def extraction_stages(nlp, cut, batch: list, timed) -> tuple[list, list]:
    """Take a batch of records through extraction one stage at a time, each stage run as
    `timed(name, fn)`; return the owners read from the headers and the mentions."""
    from esfgraph.extract.partners.mentions import focused_mentions, owner_pattern, record_owner
    owners = timed("owner from the header", lambda: [record_owner(r) for r in batch])
    focused = timed("focus: choose the sentences", lambda: [
        cut(r.text, tuple(p for p in [owner_pattern(o)] if p) if o else ())
        for r, (o, _, _) in zip(batch, owners)])
    docs = timed("tokenizer on the focused text", lambda: [nlp.make_doc(f.text) for f in focused])
    for name, proc in nlp.pipeline:
        docs = timed(f"component {name}", lambda: [proc(d) for d in docs])
    mentions = timed("mentions from the annotations", lambda: [
        focused_mentions(d, o, f) for d, (o, _, _), f in zip(docs, owners, focused)])
    return owners, mentions


def stage_times(n: int, mode: str) -> dict[str, float]:
    """Return CPU ms a record: iter_mentions end to end ("all"), or each stage ("stages", as
    bench_speed.py does), after a warm-up on 200 other records."""
    from esfgraph.extract.partners.mentions import build_pipeline, iter_mentions, pipeline_focus
    records = _bench_records(n + 200)
    records, warm = records[:n], records[n:]
    nlp = build_pipeline()
    for _ in iter_mentions(nlp, warm):  # the first records fill the caches and the tokenizer's
        pass
    if mode == "all":
        t0 = time.process_time()
        for _ in iter_mentions(nlp, records):
            pass
        return {"iter_mentions end to end": (time.process_time() - t0) / len(records) * 1000}
    cost: dict[str, float] = {}
    cut = pipeline_focus(nlp)

    def timed(name, fn):
        c0 = time.process_time()
        out = fn()
        cost[name] = cost.get(name, 0.0) + time.process_time() - c0
        return out

    for i in range(0, len(records), 500):
        extraction_stages(nlp, cut, records[i:i + 500], timed)
    ms = {k: v / len(records) * 1000 for k, v in cost.items()}
    ms["stages, summed"] = sum(ms.values())
    return ms


def _run_timing(n: int, package_parent: str | None) -> dict[str, float]:
    """Time in fresh processes (one end to end, one by stage): this checkout, or the esfgraph
    package under package_parent."""
    env = dict(os.environ)
    if package_parent:
        env["PYTHONPATH"] = package_parent
    return {k: v for mode in ("all", "stages") for k, v in _run_one(n, mode, env, package_parent).items()}


def _run_one(n: int, mode: str, env: dict, package_parent: str | None) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--time-one", str(n), mode], env=env,
                         capture_output=True, text=True, cwd="/" if package_parent else ROOT)
    if out.returncode:
        sys.exit(out.stderr[-2000:])
    print("  " + out.stderr.strip().splitlines()[-1], file=sys.stderr)
    return json.loads(out.stdout.splitlines()[-1])


def timing(n: int, repeat: int, against: str | None) -> None:
    """Print the median (and min) CPU ms a record by stage over the repeats, side by side."""
    runs: dict[str, list[dict]] = {"this": []}
    if against:
        runs["against"] = []
    for r in range(repeat):
        for who in runs:
            runs[who].append(_run_timing(n, against if who == "against" else None))
            print(f"  repeat {r + 1}/{repeat} {who}: {runs[who][-1]['iter_mentions end to end']:.2f} ms",
                  file=sys.stderr)
    import platform
    print(f"CPU ms a record, {n:,} records of {BENCH_TXT.relative_to(ROOT)}, median of {repeat} "
          f"(min), {platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    head = f"  {'stage':<40} {'this':>14}"
    if against:
        head += f" {'against':>14} {'ratio':>6}"
    print(head)
    for stage in runs["this"][0]:
        cells = []
        for who in runs:
            vals = [run[stage] for run in runs[who]]
            cells.append((statistics.median(vals), min(vals)))
        line = f"  {stage:<40}" + "".join(f" {m:>7.3f} ({lo:.3f})" for m, lo in cells)
        if against:
            line += f" {cells[0][0] / cells[1][0]:>6.2f}" if cells[1][0] else ""
        print(line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--time", action="store_true", help="CPU ms a record by stage")
    ap.add_argument("--time-one", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--n", type=int, default=2500, help="records timed (default 2500)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--against", help="a folder holding another esfgraph package, timed beside")
    ap.add_argument("--dump", help="write every mention to this JSON file")
    ap.add_argument("--compare", help="check every mention against this dump; exit 1 if any differ")
    ap.add_argument("--dump-n", type=int, default=5000, help="bench records in the dump (default 5000)")
    args = ap.parse_args()
    if args.time_one:
        import esfgraph
        print(f"timing {esfgraph.__file__}", file=sys.stderr)
        print(json.dumps(stage_times(int(args.time_one[0]), args.time_one[1])))
        return
    if args.dump or args.compare:
        c0 = time.process_time()
        found = dump(args.dump_n)
        print(f"dumped in {time.process_time() - c0:.0f} s CPU", file=sys.stderr)
        if args.dump:
            Path(args.dump).write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
            digest = hashlib.sha256(Path(args.dump).read_bytes()).hexdigest()[:16]
            print(f"wrote {args.dump} ({sum(len(v) for v in found.values())} items, sha256 {digest})")
        if args.compare:
            old = json.loads(Path(args.compare).read_text(encoding="utf-8"))
            bad = compare(old, json.loads(json.dumps(found, ensure_ascii=False)))
            print("identical" if not bad else f"{bad} items differ")
            if bad:
                sys.exit(1)
    if args.time:
        timing(args.n, args.repeat, args.against)


if __name__ == "__main__":
    main()
