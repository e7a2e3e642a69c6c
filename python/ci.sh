#!/usr/bin/env bash
# Builds the Python package into a fresh virtualenv and runs its tests against the
# `alinea` binary. Usage: python/ci.sh [ALINEA_BIN] (default target/release/alinea).
# Exits non-zero when the build or a test fails, and when pytest ran no test.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bin=${1:-${ALINEA_BIN:-target/release/alinea}}
case $bin in /*) ;; *) bin="$root/$bin" ;; esac
if [ ! -x "$bin" ]; then
  echo "python/ci.sh: $bin is not an executable alinea binary" >&2
  exit 1
fi

venv=$root/target/python-ci-venv
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet maturin pytest pandas

# Build the wheel (release, abi3) into target/ and install it as a user would.
wheels=$root/target/python-wheels
rm -rf "$wheels"
start=$(date +%s)
CARGO_TARGET_DIR="$root/target" "$venv/bin/maturin" build --release --quiet \
  --manifest-path python/Cargo.toml --interpreter "$venv/bin/python" --out "$wheels"
echo "wheel built in $(( $(date +%s) - start )) s: $(ls "$wheels")"
"$venv/bin/python" -m pip install --quiet "$wheels"/alinea-*.whl

# Run from a directory without python/alinea on the path, so the tests import the
# installed wheel and not the source tree.
cd "$root/target"
status=0
ALINEA_BIN="$bin" "$venv/bin/python" -m pytest -q -p no:cacheprovider "$root/python/tests" || status=$?
if [ "$status" -eq 5 ]; then
  echo "python/ci.sh: pytest collected no test" >&2
  exit 1
fi
exit "$status"
