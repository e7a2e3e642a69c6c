#!/usr/bin/env python3
"""Measures the Python package against the CLI (not a test: timings depend on the
machine and its load). Usage:

  python python/bench.py --alinea target/release/alinea --align-dir DIR [--repeat 5]

DIR holds a presplit pair `src.txt`, `tgt.txt` (one sentence per line, as
scripts/eval_align.sh feeds the gold sets; the figures in BENCHMARKS.md use
hunalign_1984_roen).

* overhead: `alinea.align(src, tgt, presplit=True)` with every bead turned into a
  Python object, against the whole `alinea align --presplit --format jsonl src tgt`
  process (start, reading, alignment, writing), run alternately in the same run,
  median of --repeat runs each, wall and CPU time (CPU: all threads; for the CLI, the
  child's user + system time). The share of the Python call spent outside the engine
  (building the Bead objects) is given as a share of the CLI's time too.
* threads: the pair cut into four documents (quarters), aligned one after another,
  then by four Python threads at once (`threads=1` each, so the parallelism is
  Python's), against one quarter alone; median of --repeat runs.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

# Run as `python python/bench.py`, the script's folder would come first on sys.path and
# `import alinea` would find the source tree (without its native module), not the
# installed package.
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
import alinea  # noqa: E402


def timed(f):
    """(wall, CPU) seconds of one call; CPU is this process's and its children's."""
    c0, k0 = time.process_time(), os.times()
    t0 = time.perf_counter()
    f()
    wall = time.perf_counter() - t0
    k1 = os.times()
    children = (k1.children_user - k0.children_user) + (k1.children_system - k0.children_system)
    return wall, time.process_time() - c0 + children


def median(xs):
    return statistics.median(xs)


def overhead(args, src, tgt):
    cmd = [args.alinea, "--quiet", "align", "--presplit", "--format", "jsonl", str(src), str(tgt)]
    kw = {}
    if args.threads:
        cmd += ["--threads", str(args.threads)]
        kw["threads"] = args.threads

    def cli():
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)

    parts = {}

    def py():
        pair = alinea.align(src, tgt, presplit=True, **kw)
        t1, c1 = time.perf_counter(), time.process_time()
        n = len(pair.beads)
        parts.setdefault("beads", []).append((time.perf_counter() - t1, time.process_time() - c1))
        return n

    py()  # the first call builds the shared engine
    parts.clear()
    runs = {"cli": [], "py": []}
    for _ in range(args.repeat):  # alternately, so that load changes hit both alike
        runs["cli"].append(timed(cli))
        runs["py"].append(timed(py))
    cw, cc = median([w for w, _ in runs["cli"]]), median([c for _, c in runs["cli"]])
    pw, pc = median([w for w, _ in runs["py"]]), median([c for _, c in runs["py"]])
    bw, bc = median([w for w, _ in parts["beads"]]), median([c for _, c in parts["beads"]])
    print(f"overhead ({args.repeat} runs each, medians, threads {args.threads or 'default'}): "
          f"CLI process {cw:.3f} s wall / {cc:.3f} s CPU; Python call {pw:.3f} s wall / {pc:.3f} s CPU")
    print(f"  Python - CLI: {100 * (pw - cw) / cw:+.1f} % wall, {100 * (pc - cc) / cc:+.1f} % CPU; "
          f"bead objects {bw * 1000:.0f} ms wall / {bc * 1000:.0f} ms CPU = "
          f"{100 * bw / cw:.1f} % / {100 * bc / cc:.1f} % of the CLI's")


def quarters(src, tgt, folder):
    """The pair cut into four presplit documents of a quarter of the lines each."""
    s = src.read_text(encoding="utf-8").splitlines()
    t = tgt.read_text(encoding="utf-8").splitlines()
    docs = []
    for k in range(4):
        a, b = Path(folder) / f"src{k}.txt", Path(folder) / f"tgt{k}.txt"
        a.write_text("\n".join(s[k * len(s) // 4 : (k + 1) * len(s) // 4]) + "\n", encoding="utf-8")
        b.write_text("\n".join(t[k * len(t) // 4 : (k + 1) * len(t) // 4]) + "\n", encoding="utf-8")
        docs.append((a, b))
    return docs


def parallel_threads(args, src, tgt):
    with tempfile.TemporaryDirectory() as folder:
        docs = quarters(src, tgt, folder)

        def one(d):
            return alinea.align(d[0], d[1], presplit=True, threads=1).beads

        def serial():
            return [one(d) for d in docs]

        results = {}

        def parallel():
            def work(i):
                results[i] = one(docs[i])

            ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()

        expected = serial()
        runs = {"one": [], "serial": [], "parallel": []}
        for _ in range(args.repeat):
            runs["one"].append(timed(lambda: one(docs[0])))
            runs["serial"].append(timed(serial))
            runs["parallel"].append(timed(parallel))
        assert [results[i] for i in range(4)] == expected, "threads changed the results"
    w = {k: median([x for x, _ in v]) for k, v in runs.items()}
    c = {k: median([x for _, x in v]) for k, v in runs.items()}
    print(f"four documents ({args.repeat} runs each, medians, {os.cpu_count()} cores): "
          f"one {w['one']:.3f} s, four serially {w['serial']:.3f} s, four threads {w['parallel']:.3f} s "
          f"= {w['parallel'] / w['one']:.2f}x one, {w['serial'] / w['parallel']:.2f}x faster than serial "
          f"(CPU {c['serial']:.2f} s serial, {c['parallel']:.2f} s threads)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--alinea", required=True)
    ap.add_argument("--align-dir", required=True, help="a folder with src.txt and tgt.txt")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", choices=["overhead", "threads"])
    ap.add_argument("--threads", type=int, default=0,
                    help="overhead: --threads / threads= of both (default: all cores)")
    args = ap.parse_args()
    if not getattr(alinea._alinea, "RELEASE", False):
        sys.exit("bench.py: this alinea is a debug build; timings would mean nothing "
                 "(pip install ./python, or maturin develop --release)")
    src, tgt = Path(args.align_dir) / "src.txt", Path(args.align_dir) / "tgt.txt"
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    if args.only in (None, "overhead"):
        overhead(args, src, tgt)
    if args.only in (None, "threads"):
        parallel_threads(args, src, tgt)
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
