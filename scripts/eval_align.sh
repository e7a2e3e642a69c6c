#!/usr/bin/env bash
# Sentence-alignment evaluation: runs `alinea align --presplit` on every document of the
# gold sets in SHARED/data/align (per document, as the sets' READMEs require) and scores
# the ladders with the reference scorer SHARED/tools/align_score.py.
# Usage: scripts/eval_align.sh ALINEA_BIN SHARED_DIR OUT_DIR
set -euo pipefail
bin=$1 shared=$2 out=$3
mkdir -p "$out"
for set_dir in "$shared"/data/align/*/; do
  set=$(basename "$set_dir")
  # The language pair is the set name's four-letter suffix (textberg_defr_dev → de, fr).
  pair=$(echo "$set" | sed -E 's/_dev$//; s/.*_([a-z]{4})$/\1/')
  langs=(--src-lang "${pair:0:2}" --tgt-lang "${pair:2:2}")
  pred="$out/$set"
  rm -rf "$pred" && mkdir -p "$pred"
  golds=() preds=()
  if [ -d "$set_dir/docs" ]; then
    for doc in "$set_dir"/docs/*/; do
      id=$(basename "$doc")
      "$bin" -q align "$doc/src.txt" "$doc/tgt.txt" --presplit "${langs[@]}" --format ladder -o "$pred/$id.txt"
      golds+=("$doc/gold.txt") preds+=("$pred/$id.txt")
    done
  else
    "$bin" -q align "$set_dir/src.txt" "$set_dir/tgt.txt" --presplit "${langs[@]}" --format ladder -o "$pred/all.txt"
    golds+=("$set_dir/gold.txt") preds+=("$pred/all.txt")
  fi
  printf '%-22s ' "$set"
  python3 "$shared/tools/align_score.py" -g "${golds[@]}" -t "${preds[@]}" | tail -n 1
done
