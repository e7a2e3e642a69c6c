#!/usr/bin/env python3
"""Builds alinea's built-in Chinese–English character lexicon from CC-CEDICT.

Usage: scripts/build_zh_en_lexicon.py CEDICT.txt > crates/alinea-align/lexicons/zh-en.txt

CC-CEDICT (https://www.mdbg.net/chinese/dictionary?page=cc-cedict, CC BY-SA 4.0) lists
words, not characters; the aligner reads Chinese by character. So every character of a
headword of at most three characters (simplified and traditional forms) is linked to
the content words of the headword's short glosses (three English words or fewer, once
bracketed asides are removed). Long glosses are explanations, not translations; cross
references, classifiers and surnames are skipped, and so are English function words,
which every sentence holds. The result is a prior for the lexicon the aligner induces
from each document (`prior.rs`), not a dictionary in its own right.

The headword and gloss limits were chosen on the first half of MAC zh–en (documents
001–003) and confirmed on the second (BENCHMARKS.md, Sentence alignment).
"""
import re
import sys
from collections import defaultdict

MAX_HEADWORD = 3
MAX_GLOSS_WORDS = 3
FUNCTION_WORDS = set(
    "a an the of to in on at by for with from as is be or and not one's oneself "
    "sb sth something someone somebody used it its this that etc also esp abbr "
    "variant see kangxi radical surname old name classifier cl pr".split()
)
ENTRY = re.compile(r"(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$")


def is_han(c):
    return "\u4e00" <= c <= "\u9fff"


def glosses(defs):
    for d in defs.split("/"):
        if d.startswith("CL:") or d.startswith("surname"):
            continue
        if "variant of" in d or "used in" in d or "Kangxi" in d:
            continue
        d = re.sub(r"\([^)]*\)", "", d)
        d = re.sub(r"\[[^\]]*\]", "", d)
        words = re.findall(r"[a-z]+", d.lower())
        if len(words) > MAX_GLOSS_WORDS:
            continue
        yield from (w for w in words if len(w) > 1 and w not in FUNCTION_WORDS)


def main(path):
    links = defaultdict(set)
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            m = ENTRY.match(line)
            if not m:
                continue
            trad, simp, defs = m.groups()
            if len(simp) > MAX_HEADWORD or not all(is_han(c) for c in simp):
                continue
            chars = {c for c in simp + trad if is_han(c)}
            for w in glosses(defs):
                for c in chars:
                    links[c].add(w)
    out = sys.stdout
    out.write("# alinea built-in zh-en character lexicon, derived from CC-CEDICT\n")
    out.write("# (CC BY-SA 4.0, MDBG); see README.md in this folder.\n")
    for c in sorted(links):
        out.write(f"{c}\t{' '.join(sorted(links[c]))}\n")


if __name__ == "__main__":
    main(sys.argv[1])
