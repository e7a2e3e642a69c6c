"""`alinea.batch` answers records exactly as `alinea batch MODE --jsonl` does: the same
result lines, byte for byte, bad records included (this is what the Spark job's
package mode relies on)."""

import json
import subprocess
import sys

import pytest

import alinea
from conftest import REPO, DATA


def _manifest(tmp_path, mode, n):
    out = subprocess.run(
        [sys.executable, str(REPO / "scale" / "make_manifest.py"), str(DATA), str(n), "--mode", mode],
        check=True, capture_output=True, text=True,
    ).stdout
    lines = out.splitlines()
    # A relative path, read from the manifest's folder by both.
    case = DATA / "align_cases" / "en_fr_notice"
    (tmp_path / "src.txt").write_bytes((case / "src.txt").read_bytes())
    a, b = ("src", "tgt") if mode == "align" else ("old", "new")
    lines.append(json.dumps({"id": 42, a + "_path": "src.txt", b + "_path": str(case / "tgt.txt")}))
    lines.append('{"id": "crlf", "' + a + '_text": "One. Two.", "' + b + '_text": "Un. Deux."}\r')
    path = tmp_path / "records.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    return path, lines


@pytest.mark.parametrize("mode,n", [("align", 40), ("diff", 6)])
def test_batch_gives_the_cli_result_lines(cli, tmp_path, mode, n):
    path, lines = _manifest(tmp_path, mode, n)
    expected = cli.run("--quiet", "batch", mode, "--jsonl", path).stdout.splitlines()
    got = alinea.batch(lines, mode, base_dir=tmp_path)
    assert len(got) == len(lines)
    assert got == expected
    errors = [json.loads(r)["error"] for r in got]
    assert sum(e is not None for e in errors) >= 7  # the bad records answered in line
    assert sum(e is None for e in errors) >= n


def test_batch_line_numbers_summary_only_and_threads(cli, tmp_path):
    path, lines = _manifest(tmp_path, "align", 20)
    expected = cli.run(
        "--quiet", "batch", "align", "--jsonl", path, "--summary-only", "--threads", "2"
    ).stdout.splitlines()
    # Every other record, numbered as in the full manifest (as a Spark partition is).
    picked = list(range(0, len(lines), 2))
    got = alinea.batch(
        [lines[i] for i in picked], line_numbers=[i + 1 for i in picked],
        base_dir=tmp_path, summary_only=True, threads=2,
    )
    assert got == [expected[i] for i in picked]
    assert all('"beads"' not in r for r in got)


def test_batch_settings_are_checked_like_the_cli_flags(tmp_path):
    with pytest.raises(alinea.LanguageError, match="unknown language code"):
        alinea.batch([], src_lang="english")
    with pytest.raises(ValueError, match="unknown mode"):
        alinea.batch([], "translate")
    with pytest.raises(ValueError, match="line numbers"):
        alinea.batch(["{}"], line_numbers=[1, 2])
    too_long = '{"src_text": "' + "x" * 200 + '", "tgt_text": "y"}'
    (row,) = alinea.batch([too_long], max_bytes=100)
    assert "longer than the limit of 100 (--max-bytes)" in json.loads(row)["error"]
