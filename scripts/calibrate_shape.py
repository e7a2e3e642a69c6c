#!/usr/bin/env python3
"""Fits the Platt scaling used by alinea-align's confidence
p = sigmoid(a * logit(raw) + b + c * [bead is not 1-1]) on `score<TAB>right<TAB>one_one`
lines (`qa_bench --dump` of *uncalibrated* scores) of the first file, and prints the
expected calibration error (ten equal-width bins) of raw and scaled scores for every file.

Usage: scripts/calibrate_shape.py FIT.tsv [CHECK.tsv...]
"""
import math
import sys


def logit(s):
    s = min(max(s, 1e-4), 1 - 1e-4)
    return math.log(s / (1 - s))


def sig(x):
    return 1 / (1 + math.exp(-x))


def load(path):
    return [(float(a), int(b), int(c)) for a, b, c in (l.split() for l in open(path))]


def fit(d):
    a, b, c = 1.0, 0.0, 0.0
    for _ in range(4000):
        ga = gb = gc = 0.0
        for s, r, o in d:
            x, z = logit(s), 0 if o else 1
            e = sig(a * x + b + c * z) - r
            ga, gb, gc = ga + e * x, gb + e, gc + e * z
        a, b, c = a - 0.5 * ga / len(d), b - 0.5 * gb / len(d), c - 0.5 * gc / len(d)
    return a, b, c


def ece(pairs):
    bins = [[0, 0.0, 0.0] for _ in range(10)]
    for q, r in pairs:
        k = min(int(q * 10), 9)
        bins[k][0] += 1
        bins[k][1] += q
        bins[k][2] += r
    return sum(abs(x[1] - x[2]) for x in bins if x[0]) / len(pairs)


def main():
    a, b, c = fit(load(sys.argv[1]))
    print(f"fitted on {sys.argv[1]}: a={a:.4f} b={b:.4f} c={c:.4f}")
    for path in sys.argv[1:]:
        d = load(path)
        scaled = [(sig(a * logit(s) + b + c * (0 if o else 1)), r) for s, r, o in d]
        raw = [(s, r) for s, r, _ in d]
        print(f"{path}: ECE raw {ece(raw):.3f} scaled {ece(scaled):.3f} (n={len(d)})")


main()
