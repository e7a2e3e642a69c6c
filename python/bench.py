#!/usr/bin/env python3
"""Measures the Python package against the CLI (not a test: timings depend on the
machine and its load). Usage:

  python python/bench.py --alinea target/release/alinea --align-dir DIR [--repeat 5]

* overhead: `alinea.align(src, tgt, presplit=True)` with every bead turned into a
  Python object, against `alinea align --presplit --format jsonl src tgt` (process
  start, reading, alignment and writing included), median of --repeat runs each;
* threads: four documents aligned one after another, then by four Python threads
  (`threads=1` each, so the parallelism is Python's), median of --repeat runs.
"""

import argparse
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import alinea

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"


def median_time(f, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--alinea", required=True)
    ap.add_argument("--align-dir", required=True, help="a folder with src.txt and tgt.txt")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    src, tgt = Path(args.align_dir) / "src.txt", Path(args.align_dir) / "tgt.txt"

    def cli():
        subprocess.run(
            [args.alinea, "align", "--presplit", "--format", "jsonl", str(src), str(tgt)],
            check=True, stdout=subprocess.DEVNULL,
        )

    def py():
        len(alinea.align(src, tgt, presplit=True).beads)

    py()  # the first call builds the shared engine
    t_cli = median_time(cli, args.repeat)
    t_py = median_time(py, args.repeat)
    print(f"1984 presplit: CLI {t_cli:.3f} s, Python {t_py:.3f} s, "
          f"overhead {100 * (t_py - t_cli) / t_cli:+.1f} %")

    pairs = [
        (SEEDS / "a_68_98_ar.txt", SEEDS / "a_68_98_fa.txt"),
        (SEEDS / "a_68_98_fa.txt", SEEDS / "a_68_98_ar.txt"),
        (src, tgt),
        (tgt, src),
    ]

    def one(p):
        return alinea.align(p[0], p[1], presplit=p[0].name.endswith(".txt") and p[0].parent
                            == src.parent, threads=1).beads

    def serial():
        for p in pairs:
            one(p)

    def parallel():
        ts = [threading.Thread(target=one, args=(p,)) for p in pairs]
        for t in ts:
            t.start()
        for t in ts:
            t.join()

    t_one = median_time(lambda: one(pairs[0]), args.repeat)
    t_serial = median_time(serial, args.repeat)
    t_par = median_time(parallel, args.repeat)
    print(f"four documents: one {t_one:.3f} s, serial {t_serial:.3f} s, four threads "
          f"{t_par:.3f} s ({t_serial / t_par:.2f}x serial)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
