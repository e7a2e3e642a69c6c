#!/usr/bin/env bash
# Runs scale/spark_align.py in Spark local mode both ways — piping records through the
# binary (--runner binary) and calling the Python package in the executors (--runner
# package, the wheel shipped with --wheel) — and checks that both give results identical
# to `alinea batch align --jsonl -` on the same manifest, error rows included; then
# compares throughput.
#
# Usage: scale/test_spark.sh ALINEA_BIN [N_RECORDS]
#   ALINEA_BIN  the alinea binary to test (e.g. target/release/alinea)
#   N_RECORDS   pairs in the generated manifest (default 300; a few bad records are added)
# Env: SPARK_MASTER (default local[2]), SPARK_VENV (default target/spark-venv),
#      PYSPARK_SPEC (default 'pyspark==3.5.*'), ALINEA_WHEEL (the alinea wheel to test;
#      default: built here from python/ with maturin, release, into target/spark-test).
#
# Needs Java 17 (or 11/8 for Spark 3.5), Python 3 with venv, and Rust for the wheel.
# PySpark and maturin come from PyPI into a venv under target/ on the first run (about
# 320 MB; later runs reuse it).
# Exit status: 0 when identical, 1 on any mismatch or failure.
set -euo pipefail

if [[ $# -lt 1 ]]; then
    sed -n '2,18p' "$0" >&2
    exit 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
n="${2:-300}"
master="${SPARK_MASTER:-local[2]}"
venv="${SPARK_VENV:-$root/target/spark-venv}"
work="$root/target/spark-test"

fail() { echo "test_spark: FAIL: $*" >&2; exit 1; }
[[ -x "$bin" ]] || fail "$bin is not an executable alinea binary"

if ! command -v java >/dev/null 2>&1; then
    fail "java is missing: Spark needs a JDK/JRE (17 recommended); install one and retry"
fi
java_version="$(java -version 2>&1 | head -1)"
echo "test_spark: $java_version"

if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
    echo "test_spark: installing ${PYSPARK_SPEC:-pyspark==3.5.*} into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "${PYSPARK_SPEC:-pyspark==3.5.*}"
fi
py="$venv/bin/python"
echo "test_spark: pyspark $("$py" -c 'import pyspark; print(pyspark.__version__)')"

rm -rf "$work"
mkdir -p "$work"

# The package runner's wheel. It is not installed into the venv: the executors import
# the copy the job ships (--wheel), as they would on a cluster.
wheel="${ALINEA_WHEEL:-}"
if [[ -z "$wheel" ]]; then
    echo "test_spark: building the alinea wheel (maturin, release)"
    "$venv/bin/python" -m pip install --quiet 'maturin>=1.5,<2'
    CARGO_TARGET_DIR="$root/target" "$venv/bin/maturin" build --release --quiet \
        --manifest-path "$root/python/Cargo.toml" --interpreter "$py" --out "$work/wheel" \
        || fail "cannot build the alinea wheel"
    wheel="$(ls "$work"/wheel/alinea-*.whl)"
fi
[[ -f "$wheel" ]] || fail "$wheel is not a wheel file"
wheel="$(cd "$(dirname "$wheel")" && pwd)/$(basename "$wheel")"
echo "test_spark: wheel $wheel"

manifest="$work/manifest.jsonl"
"$py" "$root/scale/make_manifest.py" "$root/data" "$n" > "$manifest"
records=$(wc -l < "$manifest")
echo "test_spark: $records records in $manifest"

now() { date +%s.%N; }

# Reference: one process on this machine, all cores.
t0=$(now)
"$bin" --quiet batch align --jsonl - < "$manifest" > "$work/expected.jsonl"
t1=$(now)

# Spark, local mode, each runner. spark-submit comes with the pyspark wheel.
export PYSPARK_PYTHON="$py" PYSPARK_DRIVER_PYTHON="$py"
times=()
for runner in binary package; do
    a=$(now)
    "$venv/bin/spark-submit" --master "$master" \
        --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
        --conf spark.sql.shuffle.partitions=4 \
        --driver-java-options '-Dlog4j.rootCategory=WARN,console' \
        "$root/scale/spark_align.py" --runner "$runner" --alinea "$bin" --wheel "$wheel" \
        --mode align --input "$manifest" --output "$work/out-$runner" --partitions 4 \
        2> "$work/spark-$runner.log" \
        || { tail -40 "$work/spark-$runner.log" >&2; fail "spark job failed ($runner runner)"; }
    times+=("$a" "$(now)")
    grep '^alinea-spark:' "$work/spark-$runner.log" || true

    # 1. JSON Lines output: byte for byte the reference, in manifest order.
    cat "$work/out-$runner"/jsonl/part-* > "$work/spark-$runner.jsonl"
    if ! cmp -s "$work/expected.jsonl" "$work/spark-$runner.jsonl"; then
        diff <(cut -c1-200 "$work/expected.jsonl") <(cut -c1-200 "$work/spark-$runner.jsonl") \
            | head -20 >&2
        fail "Spark JSON Lines ($runner runner) differ from alinea batch align --jsonl -"
    fi
    echo "test_spark: JSON Lines identical ($records lines, $runner runner)"
done
cmp -s "$work/spark-binary.jsonl" "$work/spark-package.jsonl" \
    || fail "the binary and package runners' JSON Lines differ"
echo "test_spark: binary and package runners identical"

# 2. Parquet, both runners: one row per record; id, line and error columns equal the
#    reference; the summary columns are the parsed result.
"$py" - "$work/expected.jsonl" "$work/out-binary/parquet" "$work/out-package/parquet" \
    2> "$work/parquet-check.log" <<'PY' || { tail -20 "$work/parquet-check.log" >&2; fail "Parquet output differs"; }
import json, sys
from pyspark.sql import SparkSession
expected = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
spark = (SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false")
         .config("spark.ui.showConsoleProgress", "false").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
for out in sys.argv[2:]:
    rows = spark.read.parquet(out).orderBy("line").collect()
    assert len(rows) == len(expected), (out, len(rows), len(expected))
    errors = 0
    for r, e in zip(rows, expected):
        assert (r.line, r.id, r.error) == (e["line"], e["id"], e["error"]), (out, r.line, r.id, r.error, e)
        assert json.loads(r.result) == e
        if e["error"] is None:
            assert r.bead_count == e["bead_count"] and r.mean_confidence == e["mean_confidence"]
            assert [list(b.src) for b in r.beads] == [b["src"] for b in e["beads"]]
        else:
            errors += 1
            assert r.bead_count is None
    assert errors >= 7, errors
    print("test_spark: Parquet matches (%s: %d rows, %d error rows)" % (out, len(rows), errors))
spark.stop()
PY

# 3. Throughput.
"$py" - "$records" "$t0" "$t1" "$work" "${times[@]}" <<'PY'
import re, sys
n = int(sys.argv[1]); t0, t1 = map(float, sys.argv[2:4]); work = sys.argv[4]
stamps = list(map(float, sys.argv[5:9]))
batch = t1 - t0
print("test_spark: alinea batch              %6.2f s  %8.1f records/s" % (batch, n / batch))
for k, runner in enumerate(["binary", "package"]):
    spark = stamps[2 * k + 1] - stamps[2 * k]
    job = None
    for line in open("%s/spark-%s.log" % (work, runner), encoding="utf-8", errors="replace"):
        m = re.search(r"alinea-spark: \d+ records, \d+ errors, ([\d.]+) s", line)
        if m:
            job = float(m.group(1))
    print("test_spark: %-7s spark-submit     %6.2f s  %8.1f records/s  (x%.1f the batch time, JVM start included)"
          % (runner, spark, n / spark, spark / batch))
    if job:
        print("test_spark: %-7s Spark job only   %6.2f s  %8.1f records/s  (x%.1f; session start excluded)"
              % (runner, job, n / job, job / batch))
PY
echo "test_spark: OK"
