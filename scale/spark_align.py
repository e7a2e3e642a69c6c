#!/usr/bin/env python3
"""Align (or compare) many document pairs with alinea on a Spark cluster.

The job reads a manifest of pairs (JSON Lines or Parquet), answers every record the way
`alinea batch align|diff --jsonl -` does, and writes the results twice. Two runners,
with identical results (scale/test_spark.sh checks it):

  --runner binary   (default) ships the `alinea` binary to the executors and pipes each
                    partition through one `alinea batch … --jsonl -` process (one JSON
                    record per line in, one JSON result per line out, in order);
  --runner package  calls the Python package (`alinea.batch`) inside mapPartitions: no
                    binary, no pipe. The executors' Python must import alinea: install
                    the wheel in the environment they run (a venv or conda env shipped
                    with --archives, or installed on every node), or ship the wheel
                    itself with --wheel, which each executor unpacks and imports.

Outputs:

  OUT/parquet/   one row per input record: line, id, error, the summary columns, and
                 `result` (the raw JSON result line)
  OUT/jsonl/     the result lines, sorted by manifest line, byte for byte what
                 `alinea batch MODE --jsonl - < MANIFEST` writes on one machine

Records and results are documented in scale/README.md and in the rustdoc of
crates/cli/src/commands/batch.rs. A bad record (invalid JSON, missing field, unreadable
file, empty text) becomes a row with `error` set; it never fails the job.

`line` is the record's 1-based line number in the manifest (for Parquet input, its row
number in the order Spark reads it), not its line inside a partition: the job numbers
records with zipWithIndex before partitioning and puts that number into each result.

Usage (local):
  spark-submit --master 'local[2]' scale/spark_align.py --alinea target/release/alinea \\
      --mode align --input pairs.jsonl --output out/
  spark-submit --master 'local[2]' scale/spark_align.py --runner package \\
      --wheel target/python-wheels/alinea-*.whl --mode align --input pairs.jsonl --output out/
Usage (cluster): see scale/README.md.
"""

import argparse
import json
import os
import queue
import re
import shutil
import stat
import subprocess
import sys
import threading
import time
import zipfile

from pyspark import SparkFiles, StorageLevel
from pyspark.sql import Row, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

# Record fields alinea reads; other Parquet columns are not sent to it.
RECORD_FIELDS = {
    "align": ["id", "src_text", "src_path", "tgt_text", "tgt_path", "src_lang", "tgt_lang"],
    "diff": ["id", "old_text", "old_path", "new_text", "new_path"],
}

BEAD = T.StructType(
    [
        T.StructField("src", T.ArrayType(T.LongType())),
        T.StructField("tgt", T.ArrayType(T.LongType())),
        T.StructField("score", T.DoubleType()),
        T.StructField("flags", T.ArrayType(T.StringType())),
    ]
)

# Result columns parsed out of each JSON result (the raw line is kept in `result`).
RESULT_SCHEMA = {
    "align": T.StructType(
        [
            T.StructField("src_lang", T.StringType()),
            T.StructField("tgt_lang", T.StringType()),
            T.StructField("src_sentences", T.LongType()),
            T.StructField("tgt_sentences", T.LongType()),
            T.StructField("bead_count", T.LongType()),
            T.StructField("flagged", T.LongType()),
            T.StructField("src_coverage", T.DoubleType()),
            T.StructField("tgt_coverage", T.DoubleType()),
            T.StructField("mean_confidence", T.DoubleType()),
            T.StructField("relatedness", T.DoubleType()),
            T.StructField("budget_hit", T.BooleanType()),
            T.StructField("beads", T.ArrayType(BEAD)),
        ]
    ),
    # A diff result is the JSON of `alinea diff --format json` for the pair; the summary
    # columns of both kinds of comparison (diff, cross-language) are listed, the other
    # kind's stay null.
    "diff": T.StructType(
        [
            T.StructField("comparison", T.StringType()),
            T.StructField("old_lang", T.StringType()),
            T.StructField("new_lang", T.StringType()),
            T.StructField(
                "summary",
                T.StructType(
                    [T.StructField(n, T.LongType()) for n in (
                        "old_paragraphs", "new_paragraphs", "unchanged", "modified", "added",
                        "deleted", "moved", "split", "merged", "renumbered", "paired",
                        "old_only", "new_only", "anchor_changes")]
                    + [
                        T.StructField("change_ratio", T.DoubleType()),
                        T.StructField("mean_confidence", T.DoubleType()),
                        T.StructField("unrelated_documents", T.BooleanType()),
                    ]
                ),
            ),
        ]
    ),
}

# The first top-level `"line":` of a result. Inside JSON strings quotes are escaped, so
# `,"line":` cannot match there.
LINE_FIELD = re.compile(r',"line":(?:\d+|null),')
# Every result starts with id, line and error, in that order.
HEAD = re.compile(r'^\{"id":(null|"(?:[^"\\]|\\.)*"),"line":\d+,"error":')


def id_and_error(result):
    """The `id` and `error` of a result line, without parsing the (possibly long) rest."""
    m = HEAD.match(result)
    if m is None:
        r = json.loads(result)
        return r.get("id"), r.get("error")
    rid = None if m.group(1) == "null" else json.loads(m.group(1))
    err, _ = json.JSONDecoder().raw_decode(result, m.end())
    return rid, err


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--alinea", default="alinea",
                   help="path to the alinea binary on the driver (shipped with addFile), "
                        "or the name of a file already shipped with spark-submit --files")
    p.add_argument("--runner", choices=["binary", "package"], default="binary",
                   help="pipe records through the alinea binary, or call the alinea Python "
                        "package in the executors")
    p.add_argument("--wheel", default=None,
                   help="package runner: an alinea wheel (path on the driver) to ship to the "
                        "executors, which unpack it and import it; default: the alinea "
                        "installed in the executors' Python")
    p.add_argument("--chunk", type=int, default=256,
                   help="package runner: records handed to alinea.batch at once (memory per "
                        "task is about this many records and results)")
    p.add_argument("--mode", choices=["align", "diff"], default="align")
    p.add_argument("--input", required=True,
                   help="manifest: JSON Lines (*.jsonl, *.json, text) or Parquet (*.parquet or a folder of it)")
    p.add_argument("--format", choices=["auto", "jsonl", "parquet"], default="auto")
    p.add_argument("--output", required=True, help="output folder (parquet/ and jsonl/ inside)")
    p.add_argument("--partitions", type=int, default=0,
                   help="number of partitions = alinea processes (default: Spark's parallelism)")
    p.add_argument("--threads-per-task", type=int, default=1,
                   help="alinea --threads inside each task; match spark.task.cpus")
    p.add_argument("--base-dir", default=None,
                   help="working directory of alinea on the executors, for relative *_path "
                        "fields (a shared file system); default: the manifest's folder when local")
    p.add_argument("--summary-only", action="store_true",
                   help="leave beads/changes out of the results")
    p.add_argument("--max-bytes", type=int, default=0, help="alinea --max-bytes (0: default)")
    return p.parse_args(argv)


def read_records(spark, args):
    """The manifest as an RDD of (record line, 1-based line number)."""
    fmt = args.format
    if fmt == "auto":
        fmt = "parquet" if args.input.rstrip("/").endswith(".parquet") or (
            os.path.isdir(args.input)
            and any(f.endswith(".parquet") for f in os.listdir(args.input))
        ) else "jsonl"
    if fmt == "parquet":
        df = spark.read.parquet(args.input)
        cols = [c for c in RECORD_FIELDS[args.mode] if c in df.columns]
        # to_json leaves null fields out, which is what alinea expects of absent sides.
        lines = df.select(F.to_json(F.struct(*[F.col(c) for c in cols])).alias("j")).rdd.map(
            lambda r: r.j)
    else:
        # Raw text lines, not spark.read.json: a malformed line must reach alinea as is
        # and come back as an error row, not be dropped or nulled by Spark's parser.
        lines = spark.sparkContext.textFile(args.input)
    return lines.zipWithIndex().map(lambda t: (t[0], t[1] + 1))


def make_runner(binary_name, mode, threads, summary_only, max_bytes, cwd):
    """A mapPartitions function running one alinea process per partition."""

    def run_partition(records):
        binary = binary_name
        if not os.path.isabs(binary):
            shipped = SparkFiles.get(binary)
            binary = shipped if os.path.exists(shipped) else binary
        if os.path.exists(binary) and not os.access(binary, os.X_OK):
            os.chmod(binary, os.stat(binary).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        cmd = [binary, "--quiet", "batch", mode, "--jsonl", "-", "--threads", str(threads)]
        if summary_only:
            cmd.append("--summary-only")
        if max_bytes:
            cmd[1:1] = ["--max-bytes", str(max_bytes)]
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=cwd)
        # Line numbers of the records written and not yet answered. alinea answers every
        # line exactly once, in order, so results pair with this queue one to one. The
        # queue stays short: alinea holds a bounded window, and the pipe blocks the writer.
        pending = queue.Queue()
        failure = []

        def feed():
            try:
                for text, line in records:
                    # textFile splits on \n; a stray \r would be stripped by alinea anyway.
                    data = (text.replace("\n", " ") + "\n").encode("utf-8", "surrogateescape")
                    pending.put(line)
                    proc.stdin.write(data)
            except BrokenPipeError:
                failure.append("alinea closed its input early")
            except Exception as e:  # noqa: BLE001 -- reported below, with alinea's stderr
                failure.append(repr(e))
            finally:
                pending.put(None)
                try:
                    proc.stdin.close()
                except BrokenPipeError:
                    pass

        stderr_chunks = []
        drain = threading.Thread(target=lambda: stderr_chunks.append(proc.stderr.read()), daemon=True)
        drain.start()
        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        while True:
            line = pending.get()
            if line is None:
                break
            out = proc.stdout.readline()
            if not out:
                drain.join(5)
                raise RuntimeError(
                    "alinea stopped before answering manifest line %d: %s %s"
                    % (line, failure, b"".join(stderr_chunks).decode("utf-8", "replace")[-2000:]))
            result = out.decode("utf-8").rstrip("\n")
            result = LINE_FIELD.sub(',"line":%d,' % line, result, count=1)
            rid, err = id_and_error(result)
            yield Row(line=line, id=rid, error=err, result=result)
        writer.join()
        code = proc.wait()
        drain.join(5)
        if code != 0 or failure:
            raise RuntimeError("alinea exited with status %s (%s): %s" % (
                code, failure, b"".join(stderr_chunks).decode("utf-8", "replace")[-2000:]))

    return run_partition


def load_alinea(wheel_name):
    """The alinea package on an executor: the shipped wheel (unpacked once per executor,
    next to Spark's copy of it) when one was given, else the installed package.

    A wheel is a zip archive; its native module cannot be imported from inside the zip
    (which is why --py-files does not work for it), but unpacked into a folder on
    sys.path it imports as an installed package does."""
    if wheel_name:
        wheel = SparkFiles.get(wheel_name)
        target = wheel[: -len(".whl")] + ".unpacked"
        if not os.path.isdir(target):
            # Tasks of one executor may race here: unpack aside, then rename into place.
            tmp = "%s.%d.%d" % (target, os.getpid(), threading.get_ident())
            with zipfile.ZipFile(wheel) as z:
                z.extractall(tmp)
            try:
                os.rename(tmp, target)
            except OSError:
                shutil.rmtree(tmp, ignore_errors=True)
                if not os.path.isdir(target):
                    raise
        if target not in sys.path:
            sys.path.insert(0, target)
    try:
        import alinea
    except ImportError as e:
        raise RuntimeError(
            "--runner package: the executors' Python (%s) cannot import alinea (%s); install "
            "the wheel into the environment the executors run, or ship it with --wheel"
            % (sys.executable, e)) from e
    return alinea


def make_package_runner(mode, threads, summary_only, max_bytes, cwd, wheel_name, chunk):
    """A mapPartitions function answering records with alinea.batch, `chunk` at a time."""

    def answer(alinea, batch):
        results = alinea.batch(
            # As the binary runner writes them: one line per record, whatever Spark read.
            [text.replace("\n", " ") for text, _ in batch], mode,
            line_numbers=[line for _, line in batch], base_dir=cwd,
            summary_only=summary_only, max_bytes=max_bytes or None, threads=threads)
        for (_, line), result in zip(batch, results):
            rid, err = id_and_error(result)
            yield Row(line=line, id=rid, error=err, result=result)

    def run_partition(records):
        alinea = load_alinea(wheel_name)
        batch = []
        for record in records:
            batch.append(record)
            if len(batch) >= chunk:
                yield from answer(alinea, batch)
                batch = []
        if batch:
            yield from answer(alinea, batch)

    return run_partition


def main(argv):
    args = parse_args(argv)
    spark = SparkSession.builder.appName("alinea-%s" % args.mode).getOrCreate()
    sc = spark.sparkContext
    started = time.time()

    binary_name = args.alinea
    if args.runner == "binary" and os.path.isfile(args.alinea):
        sc.addFile(os.path.abspath(args.alinea))
        binary_name = os.path.basename(args.alinea)
    wheel_name = None
    if args.runner == "package" and args.wheel:
        if not os.path.isfile(args.wheel) or not args.wheel.endswith(".whl"):
            sys.exit("spark_align.py: --wheel %s is not a wheel file" % args.wheel)
        sc.addFile(os.path.abspath(args.wheel))
        wheel_name = os.path.basename(args.wheel)
    cwd = args.base_dir
    if cwd is None and os.path.exists(args.input):
        cwd = os.path.dirname(os.path.abspath(args.input))

    records = read_records(spark, args)
    if args.partitions > 0:
        records = records.repartition(args.partitions) if records.getNumPartitions() < args.partitions \
            else records.coalesce(args.partitions)
    if args.runner == "package":
        runner = make_package_runner(args.mode, args.threads_per_task, args.summary_only,
                                     args.max_bytes, cwd, wheel_name, max(1, args.chunk))
    else:
        runner = make_runner(binary_name, args.mode, args.threads_per_task, args.summary_only,
                             args.max_bytes, cwd)
    rows = records.mapPartitions(runner)
    schema = T.StructType([
        T.StructField("line", T.LongType(), False),
        T.StructField("id", T.StringType()),
        T.StructField("error", T.StringType()),
        T.StructField("result", T.StringType(), False),
    ])
    # Materialised once: the sort below samples its input, and without the cache every
    # action would run alinea over the manifest again.
    df = spark.createDataFrame(rows, schema).persist(StorageLevel.MEMORY_AND_DISK)
    total = df.count()
    parsed = df.withColumn("r", F.from_json("result", RESULT_SCHEMA[args.mode])).select(
        "line", "id", "error", "r.*", "result").orderBy("line")
    parsed.write.mode("overwrite").parquet(os.path.join(args.output, "parquet"))
    df.orderBy("line").select("result").write.mode("overwrite").text(os.path.join(args.output, "jsonl"))
    errors = df.filter(F.col("error").isNotNull()).count()
    elapsed = time.time() - started
    print("alinea-spark: %d records, %d errors, %.1f s, %.1f records/s (%s runner)"
          % (total, errors, elapsed, total / max(elapsed, 1e-9), args.runner), file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
