#!/usr/bin/env python3
"""Sentence segmentation on tuned vs held-out halves of the UD dev sets (BENCHMARKS.md,
"25 languages, tuned vs held-out halves").

Each `../shared/data/segment/<lang>` set is cut at the gold sentence boundary nearest its
middle (by non-whitespace characters): half A (rules are checked on it) and half B (held
out). Each half is segmented by the text layer (`segfile` example: reflow, structure,
sentences) with the language unknown, with the language given, and by UAX #29 alone, and
scored with the reference scorer `seg_score.py`.

Usage (from the repository root, after
`cargo build --release -p alinea-text --example segfile`):

    python3 scripts/seg_halves.py [--shared ../shared] [--work /tmp/seg_halves] [LANG ...]

Prints one Markdown table row per language: A no lang, A --lang, A UAX#29, B no lang,
B --lang, B UAX#29 (F1).
"""
import argparse
import os
import re
import subprocess
import sys


def cut(src, out):
    gold = [l for l in open(os.path.join(src, "gold.txt"), encoding="utf-8").read().splitlines() if l.strip()]
    text = open(os.path.join(src, "text.txt"), encoding="utf-8").read()
    lens = [sum(1 for c in s if not c.isspace()) for s in gold]
    total = sum(lens)
    acc, best, k_best, at = 0, None, 0, 0
    for k, n in enumerate(lens):
        acc += n
        if best is None or abs(acc - total / 2) < best:
            best, k_best, at = abs(acc - total / 2), k + 1, acc
    seen, pos = 0, 0
    while seen < at:
        seen += not text[pos].isspace()
        pos += 1
    for half, (t, g) in {"A": (text[:pos], gold[:k_best]), "B": (text[pos:].lstrip(), gold[k_best:])}.items():
        d = os.path.join(out, half)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "text.txt"), "w", encoding="utf-8") as f:
            f.write(t if t.endswith("\n") else t + "\n")
        with open(os.path.join(d, "gold.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(g) + "\n")


def f1(scorer, gold, pred):
    out = subprocess.run([sys.executable, scorer, gold, pred], capture_output=True, text=True, check=True).stdout
    return float(re.search(r"F1=([0-9.]+)", out).group(1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--work", default="/tmp/seg_halves")
    ap.add_argument("--bin", default="target/release/examples/segfile")
    ap.add_argument("langs", nargs="*")
    a = ap.parse_args()
    root = os.path.join(a.shared, "data", "segment")
    scorer = os.path.join(a.shared, "tools", "seg_score.py")
    langs = a.langs or sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, "gold.txt")))
    print("| lang | A no lang | A --lang | A UAX#29 | B no lang | B --lang | B UAX#29 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for lang in langs:
        work = os.path.join(a.work, lang)
        cut(os.path.join(root, lang), work)
        row = []
        for half in "AB":
            d = os.path.join(work, half)
            for name, args in (("nolang", ["-"]), ("lang", [lang]), ("uax", ["-", "uax"])):
                pred = os.path.join(d, name + ".txt")
                with open(pred, "w", encoding="utf-8") as f:
                    subprocess.run([a.bin, os.path.join(d, "text.txt")] + args, stdout=f, check=True)
                row.append(f1(scorer, os.path.join(d, "gold.txt"), pred))
        print(f"| {lang} | " + " | ".join(f"{x:.3f}" for x in row) + " |")


if __name__ == "__main__":
    main()
