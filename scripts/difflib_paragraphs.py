#!/usr/bin/env python3
"""The plain difflib approach to comparing two versions, as a speed baseline for
`alinea diff` (BENCHMARKS.md, "Version comparison").

Paragraphs are blocks separated by blank lines, compared whole with
difflib.SequenceMatcher; each replaced pair of paragraphs gets a word-level ndiff.
No normalization, labels, moves, splits or merges: this is what a diff costs that knows
none of them. Prints one line per non-equal opcode and a summary.

usage: python3 scripts/difflib_paragraphs.py OLD NEW
"""

import difflib
import re
import sys


def paragraphs(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    old, new = paragraphs(sys.argv[1]), paragraphs(sys.argv[2])
    sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
    out = []
    counts = {"equal": 0, "replace": 0, "delete": 0, "insert": 0}
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        counts[op] += max(i2 - i1, j2 - j1)
        if op == "equal":
            continue
        if op == "replace":
            for a, b in zip(old[i1:i2], new[j1:j2]):
                words = difflib.ndiff(a.split(), b.split())
                out.append(" ".join(w for w in words if not w.startswith("?")))
            out.extend("- " + p for p in old[i1 + (j2 - j1) : i2])
            out.extend("+ " + p for p in new[j1 + (i2 - i1) : j2])
        elif op == "delete":
            out.extend("- " + p for p in old[i1:i2])
        else:
            out.extend("+ " + p for p in new[j1:j2])
    sys.stdout.write("\n".join(out) + "\n")
    print(f"{len(old)} -> {len(new)} paragraphs: {counts}")


if __name__ == "__main__":
    main()
