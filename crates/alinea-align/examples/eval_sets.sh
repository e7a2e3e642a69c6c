#!/bin/sh
# Aligns the four development sets per document and scores them.
# Usage: crates/alinea-align/examples/eval_sets.sh [extra align_eval options]
set -e
D=/work/shared/data/align
BIN=${BIN:-target/release/examples/align_eval}
OUT=${OUT:-/tmp/alinea_align_eval}
for spec in "textberg_defr_dev de fr" "mac_zhen_dev zh en" "parice_enis en is" "hunalign_1984_roen ro en"; do
  set -- $spec "$@"
  name=$1; sl=$2; tl=$3; shift 3
  rm -rf "$OUT/$name"; mkdir -p "$OUT/$name"
  "$BIN" --set "$D/$name" "$OUT/$name" "$sl" "$tl" "$@" 2>"$OUT/$name.log"
  if [ -d "$D/$name/docs" ]; then
    gold=$(ls -d "$D/$name"/docs/*/gold.txt); pred=$(ls "$OUT/$name"/*.txt)
  else
    gold="$D/$name/gold.txt"; pred="$OUT/$name/all.txt"
  fi
  printf '%s: ' "$name"
  python3 /work/shared/tools/align_score.py -g $gold -t $pred | tail -1 | tr "\n" " "
  tail -1 "$OUT/$name.log"
done
