#!/usr/bin/env python3
"""Writes a JSON Lines manifest of document pairs cut from alinea's data/ folder, for
testing and measuring the batch and Spark paths (scale/test_spark.sh).

Pairs are chunks of parallel text at the same relative position on both sides (so the
alignments are real, if not always one to one): Russian and English halves of the Havana
declaration (seed 000), the Arabic and Persian texts of A/68/98 (seeds 003 and 004), and
the two hand-made English-French cases given by path. A few bad records are mixed in:
invalid JSON, a blank line, a missing side, an unreadable file, empty text, a side given
twice, a JSON array. For diff, pairs are successive Persian resolutions of one series.

Usage: make_manifest.py DATA_DIR N [--mode align|diff] > manifest.jsonl
"""

import argparse
import json
import os
import sys


def paragraphs(path, start=0, end=None):
    with open(path, encoding="utf-8-sig") as f:
        lines = f.read().splitlines()[start:end]
    return [l.strip() for l in lines if l.strip()]


def chunk_pairs(src, tgt, sizes):
    """Chunks of `size` source lines and the target lines at the same relative place."""
    ratio = len(tgt) / len(src)
    for size in sizes:
        for i in range(0, len(src) - size, size):
            j0, j1 = int(i * ratio), max(int((i + size) * ratio), int(i * ratio) + 1)
            yield "\n".join(src[i : i + size]), "\n".join(tgt[j0:j1])


def align_records(data, n):
    seeds = os.path.join(data, "seeds")
    havana = os.path.join(seeds, "havana_2019_ru_en.txt")
    ru, en = paragraphs(havana, 0, 129), paragraphs(havana, 129)
    ar = paragraphs(os.path.join(seeds, "a_68_98_ar.txt"))
    fa = paragraphs(os.path.join(seeds, "a_68_98_fa.txt"))
    sources = [
        (chunk_pairs(ru, en, [2, 3, 5, 8, 13]), "ru", "en"),
        (chunk_pairs(ar, fa, [3, 4, 7, 12]), "ar", "fa"),
    ]
    out = []
    k = 0
    exhausted = set()
    while len(out) < n and len(exhausted) < len(sources):
        for idx, (gen, sl, tl) in enumerate(sources):
            pair = next(gen, None)
            if pair is None:
                exhausted.add(idx)
                continue
            rec = {"id": "p%04d" % k, "src_text": pair[0], "tgt_text": pair[1]}
            if k % 2 == 0:  # Half with languages given, half detected.
                rec["src_lang"], rec["tgt_lang"] = sl, tl
            out.append(json.dumps(rec, ensure_ascii=False))
            k += 1
        if k % 10 == 0:
            case = os.path.join(data, "align_cases", "en_fr_notice" if k % 20 else "en_fr_merge")
            out.append(json.dumps({"id": "case%04d" % k,
                                   "src_path": os.path.join(case, "src.txt"),
                                   "tgt_path": os.path.join(case, "tgt.txt")}))
            k += 1
    # Past the end of the data, cycle with new IDs (for throughput runs).
    base = len(out)
    while len(out) < n:
        rec = json.loads(out[len(out) % base])
        rec["id"] = "%s-r%d" % (rec["id"], len(out) // base)
        out.append(json.dumps(rec, ensure_ascii=False))
    return out[:n]


def diff_records(data, n):
    fa = os.path.join(data, "resolutions", "fa")
    files = sorted(f for f in os.listdir(fa) if f.startswith("A-") and f.endswith(".txt"))
    out = []
    k = 0
    while len(out) < n:
        for a, b in zip(files, files[1:]):
            out.append(json.dumps({"id": "d%04d" % k, "old_path": os.path.join(fa, a),
                                   "new_path": os.path.join(fa, b)}))
            k += 1
    return out[:n]


def bad_records(mode):
    a, b = ("src", "tgt") if mode == "align" else ("old", "new")
    return [
        '{"id": "bad-json", "src_text": ',
        "",
        json.dumps({"id": "bad-missing", a + "_text": "Only one side."}),
        json.dumps({"id": "bad-file", a + "_path": "/nonexistent/alinea/missing.txt", b + "_text": "x"}),
        json.dumps({"id": "bad-empty", a + "_text": "   ", b + "_text": "Some text."}),
        json.dumps({"id": "bad-both", a + "_text": "a", a + "_path": "a.txt", b + "_text": "b"}),
        "[1, 2, 3]",
    ]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("data")
    p.add_argument("n", type=int)
    p.add_argument("--mode", choices=["align", "diff"], default="align")
    args = p.parse_args()
    # Absolute paths: the records must read the same from any working directory.
    args.data = os.path.abspath(args.data)
    good = (align_records if args.mode == "align" else diff_records)(args.data, args.n)
    bad = bad_records(args.mode)
    # Spread the bad records through the manifest, so they land in different partitions.
    step = max(1, len(good) // (len(bad) + 1))
    for i, rec in enumerate(good):
        if i % step == step - 1 and bad:
            print(bad.pop(0))
        print(rec)
    for rec in bad:
        print(rec)


if __name__ == "__main__":
    sys.exit(main())
