#!/usr/bin/env python3
"""Translation units from a gold-aligned set of ../shared/data/align: one line per gold
bead with both sides non-empty (its sentences joined by a space), `doc<TAB>src<TAB>tgt`.

    scripts/gold_units.py ../shared/data/align/parice_enis > data/check/parice_enis.tsv
"""
import ast
import sys
from pathlib import Path


def beads(gold):
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            s, t = line.split(":")
            yield ast.literal_eval(s), ast.literal_eval(t)


def docs(root):
    d = root / "docs"
    if d.is_dir():
        for sub in sorted(p for p in d.iterdir() if p.is_dir()):
            yield sub.name, sub
    else:
        yield root.name, root


def main():
    root = Path(sys.argv[1])
    for name, d in docs(root):
        src = (d / "src.txt").read_text(encoding="utf-8").split("\n")
        tgt = (d / "tgt.txt").read_text(encoding="utf-8").split("\n")
        for s, t in beads(d / "gold.txt"):
            if not s or not t or max(s) >= len(src) or max(t) >= len(tgt):
                continue
            clean = lambda x: " ".join(x.replace("\t", " ").split())
            a = clean(" ".join(src[i] for i in s))
            b = clean(" ".join(tgt[j] for j in t))
            if a and b:
                print(f"{name}\t{a}\t{b}")


if __name__ == "__main__":
    main()
