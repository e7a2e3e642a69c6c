"""The GIL is released while alinea works: four Python threads aligning four documents
run at the same time and get the results a serial run gets. (How much faster that is
on this machine is measured by python/bench.py, not asserted here.)"""

import threading
import time

import alinea
from conftest import SEEDS

PAIRS = [
    (SEEDS / "a_68_98_ar.txt", SEEDS / "a_68_98_fa.txt"),
    (SEEDS / "a_68_98_fa.txt", SEEDS / "a_68_98_ar.txt"),
    (SEEDS / "havana_2019_ru_en.txt", None),
    (SEEDS / "a_res_75_240_ar.txt", SEEDS / "a_68_98_fa.txt"),
]


def _align(pair):
    src, tgt = pair
    return [b.to_dict() for b in alinea.align(src, tgt, threads=1).beads]


def test_four_threads_align_concurrently_and_agree_with_serial():
    serial = [_align(p) for p in PAIRS]
    results = [None] * len(PAIRS)
    spans = [None] * len(PAIRS)
    barrier = threading.Barrier(len(PAIRS), timeout=120)

    def work(i):
        barrier.wait()
        t0 = time.perf_counter()
        results[i] = _align(PAIRS[i])
        spans[i] = (t0, time.perf_counter())

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(PAIRS))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == serial
    # With the GIL held for a whole call, a second call could only start once the first
    # had returned: the calls would not overlap at all.
    latest_start = max(s for s, _ in spans)
    earliest_end = min(e for _, e in spans)
    assert latest_start < earliest_end, f"the calls ran one after another: {spans}"


def test_python_code_runs_while_a_thread_aligns():
    ticks = 0
    done = threading.Event()

    errors = []

    def work():
        try:
            _align(PAIRS[0])
        except Exception as e:  # reported below; the loop must not wait forever
            errors.append(e)
        finally:
            done.set()

    t = threading.Thread(target=work)
    t.start()
    while not done.is_set():
        ticks += 1
        time.sleep(0.001)
    t.join()
    assert not errors, errors
    assert ticks > 5, "the main thread was blocked while the alignment ran"
