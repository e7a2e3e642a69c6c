#!/usr/bin/env bash
# Runs scale/spark_align.py in Spark local mode and checks that its results are identical
# to `alinea batch align --jsonl -` on the same manifest, error rows included; then
# compares throughput.
#
# Usage: scale/test_spark.sh ALINEA_BIN [N_RECORDS]
#   ALINEA_BIN  the alinea binary to test (e.g. target/release/alinea)
#   N_RECORDS   pairs in the generated manifest (default 300; a few bad records are added)
# Env: SPARK_MASTER (default local[2]), SPARK_VENV (default target/spark-venv),
#      PYSPARK_SPEC (default 'pyspark==3.5.*').
#
# Needs Java 17 (or 11/8 for Spark 3.5) and Python 3 with venv; PySpark comes from PyPI
# into a venv under target/ on the first run (about 320 MB; later runs reuse it).
# Exit status: 0 when identical, 1 on any mismatch or failure.
set -euo pipefail

if [[ $# -lt 1 ]]; then
    sed -n '2,16p' "$0" >&2
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
manifest="$work/manifest.jsonl"
"$py" "$root/scale/make_manifest.py" "$root/data" "$n" > "$manifest"
records=$(wc -l < "$manifest")
echo "test_spark: $records records in $manifest"

now() { date +%s.%N; }

# Reference: one process on this machine, all cores.
t0=$(now)
"$bin" --quiet batch align --jsonl - < "$manifest" > "$work/expected.jsonl"
t1=$(now)

# Spark, local mode. spark-submit comes with the pyspark wheel.
export PYSPARK_PYTHON="$py" PYSPARK_DRIVER_PYTHON="$py"
t2=$(now)
"$venv/bin/spark-submit" --master "$master" \
    --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
    --conf spark.sql.shuffle.partitions=4 \
    --driver-java-options '-Dlog4j.rootCategory=WARN,console' \
    "$root/scale/spark_align.py" --alinea "$bin" --mode align \
    --input "$manifest" --output "$work/out" --partitions 4 \
    2> "$work/spark.log" || { tail -40 "$work/spark.log" >&2; fail "spark job failed"; }
t3=$(now)
grep '^alinea-spark:' "$work/spark.log" || true

# 1. JSON Lines output: byte for byte the reference, in manifest order.
cat "$work"/out/jsonl/part-* > "$work/spark.jsonl"
if ! cmp -s "$work/expected.jsonl" "$work/spark.jsonl"; then
    diff <(cut -c1-200 "$work/expected.jsonl") <(cut -c1-200 "$work/spark.jsonl") | head -20 >&2
    fail "Spark JSON Lines differ from alinea batch align --jsonl -"
fi
echo "test_spark: JSON Lines identical ($records lines)"

# 2. Parquet: one row per record; id, line and error columns equal the reference; the
#    summary columns are the parsed result.
"$py" - "$work/expected.jsonl" "$work/out/parquet" 2> "$work/parquet-check.log" <<'EOF' \
    || { tail -20 "$work/parquet-check.log" >&2; fail "Parquet output differs"; }
import json, sys
from pyspark.sql import SparkSession
expected = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
spark = (SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false")
         .config("spark.ui.showConsoleProgress", "false").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
rows = spark.read.parquet(sys.argv[2]).orderBy("line").collect()
assert len(rows) == len(expected), (len(rows), len(expected))
errors = 0
for r, e in zip(rows, expected):
    assert (r.line, r.id, r.error) == (e["line"], e["id"], e["error"]), (r.line, r.id, r.error, e)
    assert json.loads(r.result) == e
    if e["error"] is None:
        assert r.bead_count == e["bead_count"] and r.mean_confidence == e["mean_confidence"]
        assert [list(b.src) for b in r.beads] == [b["src"] for b in e["beads"]]
    else:
        errors += 1
        assert r.bead_count is None
assert errors >= 7, errors
print("test_spark: Parquet matches (%d rows, %d error rows)" % (len(rows), errors))
spark.stop()
EOF

# 3. Throughput.
"$py" - "$records" "$t0" "$t1" "$t2" "$t3" "$work/spark.log" <<'EOF'
import re, sys
n = int(sys.argv[1]); t0, t1, t2, t3 = map(float, sys.argv[2:6])
batch, spark = t1 - t0, t3 - t2
job = None
for line in open(sys.argv[6], encoding="utf-8", errors="replace"):
    m = re.search(r"alinea-spark: \d+ records, \d+ errors, ([\d.]+) s", line)
    if m:
        job = float(m.group(1))
print("test_spark: alinea batch   %6.2f s  %8.1f records/s" % (batch, n / batch))
print("test_spark: spark-submit   %6.2f s  %8.1f records/s  (x%.1f the batch time, JVM start included)"
      % (spark, n / spark, spark / batch))
if job:
    print("test_spark: Spark job only %6.2f s  %8.1f records/s  (x%.1f; session start excluded)"
          % (job, n / job, job / batch))
EOF
echo "test_spark: OK"
