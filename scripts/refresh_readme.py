#!/usr/bin/env python3
"""Rewrites the outputs of the README's `$ alinea …` / `$ cargo run --release -- …`
examples with what the built binary prints now. Lines `…` in an expected output are kept
as gaps: the lines after a gap are re-taken from the same place of the new output when the
first line after the gap still starts the same way. Run it after a change that moves the
figures, review the diff, commit; tests/readme.rs fails until the README matches.

Usage: scripts/refresh_readme.py [BINARY]   (default target/debug/alinea)
"""
import subprocess
import sys
import tempfile

root = __file__.rsplit("/scripts/", 1)[0]
binary = sys.argv[1] if len(sys.argv) > 1 else f"{root}/target/debug/alinea"
lines = open(f"{root}/README.md", encoding="utf-8").read().split("\n")
out, i, scratch = [], 0, tempfile.mkdtemp()
while i < len(lines):
    line = lines[i]
    out.append(line)
    i += 1
    if not line.startswith("$ "):
        continue
    words = line[2:].split()
    if words[:4] == ["cargo", "run", "--release", "--"]:
        args, cwd = words[4:], scratch
    else:
        args, cwd = words[1:], root
    printed = subprocess.run([binary] + args, cwd=cwd, capture_output=True, text=True).stdout.split("\n")
    if printed and printed[-1] == "":
        printed.pop()
    expected = []
    while i < len(lines) and not lines[i].startswith("$ ") and not lines[i].startswith("```"):
        expected.append(lines[i])
        i += 1
    trailing = []
    while expected and expected[-1].strip() == "":
        trailing.append(expected.pop())
    if "…" not in [e.strip() for e in expected]:
        out.extend(printed)
    else:
        # Keep the excerpt's shape: each chunk re-taken where its first line's prefix is found.
        chunks, cur = [], []
        for e in expected:
            if e.strip() == "…":
                chunks.append(cur)
                cur = []
            else:
                cur.append(e)
        chunks.append(cur)
        at, rebuilt = 0, []
        for k, chunk in enumerate(chunks):
            if k > 0:
                rebuilt.append("…")
            if not chunk:
                continue
            key = chunk[0][:12]
            pos = next((p for p in range(at, len(printed)) if printed[p].startswith(key)), None)
            if pos is None:
                rebuilt.extend(chunk)
                continue
            rebuilt.extend(printed[pos:pos + len(chunk)])
            at = pos + len(chunk)
        out.extend(rebuilt)
    out.extend(trailing)
open(f"{root}/README.md", "w", encoding="utf-8").write("\n".join(out))
