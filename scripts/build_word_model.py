#!/usr/bin/env python3
"""Regenerates crates/alinea-lang/model/words.bin, the word-frequency model of alinea-lang.

The model is the N commonest words of each language in wordfreq's "small" lists
(https://github.com/rspeer/wordfreq, data CC BY-SA 4.0; see model/NOTICE), with each word's
frequency quantized to 3 centibels. It is committed; CI does not run this script.

    pip install wordfreq==3.1.1 msgpack
    python3 scripts/build_word_model.py [--words 20000]

Binary layout (all integers little-endian):
    b"ALWM1\n"
    u8 language count L, then L records: 2-byte ISO 639-1 code, u8 floor (the quantized
        cost of the rarest kept word)
    u32 word count W, then W records in byte order of the words:
        u8 bytes shared with the previous word, u8 suffix length, suffix bytes,
        u8 entry count E, E x (u8 language index, u8 cost)
A word's cost q means a frequency of 10^(-3q/100).
"""
import argparse
import gzip
import os
import struct
import sys

import msgpack
import wordfreq

# wordfreq code -> ISO 639-1 code used by alinea (Filipino is standardised Tagalog).
# Left out: zh, ja, ko (wordfreq segments them into morphemes; alinea judges CJK by script),
# el, bn, ta (their scripts already decide), is, ms, sh (no whatlang model to combine with).
LANGS = {
    "ar": "ar", "bg": "bg", "ca": "ca", "cs": "cs", "da": "da", "de": "de", "en": "en",
    "es": "es", "fa": "fa", "fi": "fi", "fil": "tl", "fr": "fr", "he": "he", "hi": "hi",
    "hu": "hu", "id": "id", "it": "it", "lt": "lt", "lv": "lv", "mk": "mk", "nb": "nb",
    "nl": "nl", "pl": "pl", "pt": "pt", "ro": "ro", "ru": "ru", "sk": "sk", "sl": "sl",
    "sv": "sv", "tr": "tr", "uk": "uk", "ur": "ur", "vi": "vi",
}
STEP = 3  # centibels per quantization step


def keep(word):
    """Words alinea's tokenizer can produce: with a letter, no spaces."""
    return any(c.isalpha() for c in word) and not any(c.isspace() for c in word)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=20000)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..",
                                                 "crates", "alinea-lang", "model", "words.bin"))
    args = ap.parse_args()
    data_dir = os.path.join(os.path.dirname(wordfreq.__file__), "data")
    codes = sorted(LANGS)
    table = {}  # word -> list of (lang index, cost)
    floors = []
    for li, wf in enumerate(codes):
        with gzip.open(os.path.join(data_dir, f"small_{wf}.msgpack.gz")) as f:
            buckets = msgpack.unpackb(f.read(), raw=False)
        assert buckets[0].get("format") == "cB", wf
        kept = 0
        cost = 0
        for cb, words in enumerate(buckets[1:], 1):
            for w in words:
                if kept >= args.words:
                    break
                if not keep(w):
                    continue
                cost = min(255, round(cb / STEP))
                table.setdefault(w, []).append((li, cost))
                kept += 1
        floors.append(cost)
    out = bytearray(b"ALWM1\n")
    out.append(len(codes))
    for wf, floor in zip(codes, floors):
        out += LANGS[wf].encode("ascii")
        out.append(floor)
    words = sorted(table, key=lambda w: w.encode("utf-8"))
    out += struct.pack("<I", len(words))
    prev = b""
    for w in words:
        b = w.encode("utf-8")
        shared = 0
        while shared < min(len(b), len(prev), 255) and b[shared] == prev[shared]:
            shared += 1
        suffix = b[shared:]
        if len(suffix) > 255:
            continue
        out.append(shared)
        out.append(len(suffix))
        out += suffix
        entries = table[w]
        out.append(len(entries))
        for li, cost in entries:
            out.append(li)
            out.append(cost)
        prev = b
    with open(args.out, "wb") as f:
        f.write(out)
    print(f"{args.out}: {len(codes)} languages, {len(words)} words, {len(out)} bytes",
          file=sys.stderr)


if __name__ == "__main__":
    main()
