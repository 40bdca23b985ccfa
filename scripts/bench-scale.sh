#!/bin/sh
# Issue 11's proof harness: load, `chengyu stats --json`, tie building, a filter change per
# dimension and every measure, beside pandas' read_csv and igraph, at each size, in one run.
#
#   scripts/bench-scale.sh [AGREEMENTS ...]     (default 100000 1000000; 2900 cities, seed 7)
#   scripts/bench-scale.sh --smoke              (200 agreements, seconds: every figure present?)
#   scripts/bench-scale.sh --reuse-references OUT/scale-….json [AGREEMENTS ...]
#                         (pandas and igraph figures from that earlier run, same corpus and network)
#   scripts/bench-scale.sh --skip-references [AGREEMENTS ...]   (Chengyu only)
#   python3 scripts/bench_scale.py --compare BEFORE.json AFTER.json [REFERENCES.json]   (see its --help)
#
# env: CITIES=2900 SEED=7 RUNS=3 (runs per filter change) CACHE=/tmp (corpora) OUT=/tmp/chengyu-bench-scale
#      BUILD_PATH=.build-release (another path keeps a second build's binaries apart)
# Corpora are SYNTHETIC (`ChengyuBench generate`, seeded, labelled synthetic in every record),
# generated once and kept under $CACHE by cities, size and seed (1M agreements: ~380 MB).
# Needs: swift, python3 with pandas and igraph (installed here with pip when missing) and GNU
# time (/usr/bin/time, apt-get install -y time). Builds in release into .build-release.
set -eu
cd "$(dirname "$0")/.."
for module in pandas igraph; do
  if ! python3 -c "import $module" 2>/dev/null; then
    echo "bench-scale: installing $module (pip install $module)" >&2
    python3 -m pip install --quiet "$module"
  fi
done
if [ ! -x /usr/bin/time ]; then
  echo "bench-scale: installing GNU time (apt-get install -y time)" >&2
  apt-get install -y time >/dev/null
fi
BUILD=${BUILD_PATH:-.build-release}
swift build -c release --build-path "$BUILD" --product ChengyuBench >&2
swift build -c release --build-path "$BUILD" --product chengyu >&2
BIN=$(swift build -c release --build-path "$BUILD" --show-bin-path)
SMOKE=
if [ "${1:-}" = "--smoke" ]; then SMOKE=--smoke; shift; fi
exec python3 scripts/bench_scale.py --bin "$BIN" --cities "${CITIES:-2900}" --seed "${SEED:-7}" \
  --runs "${RUNS:-3}" --cache "${CACHE:-${TMPDIR:-/tmp}}" --out "${OUT:-${TMPDIR:-/tmp}/chengyu-bench-scale}" \
  $SMOKE "$@"
