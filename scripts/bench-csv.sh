#!/bin/sh
# Reproduces the figures of docs/csv-parser.md: builds ChengyuBench (release) and the libcsv
# counter, generates the SYNTHETIC benchmark corpus, then times libcsv, the core CSV scanner and
# the full DatasetLoader on it.
# usage: scripts/bench-csv.sh [WORKDIR]   (env: ROWS=1000000 CITIES=2000 SEED=1 RUNS=5 ROUNDS=2)
# libcsv and the core reader take turns for ROUNDS rounds of RUNS runs each, so load from other
# processes on a shared machine hits both alike; both print elapsed and CPU time.
# Needs libcsv: apt-get install -y libcsv-dev
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${1:-/tmp/chengyu-csv-bench}
ROWS=${ROWS:-1000000}
CITIES=${CITIES:-2000}
SEED=${SEED:-1}
RUNS=${RUNS:-5}
ROUNDS=${ROUNDS:-2}
if [ ! -f /usr/include/csv.h ]; then
  echo "bench-csv: libcsv is missing; install it with: apt-get install -y libcsv-dev" >&2
  exit 2
fi
mkdir -p "$WORK"
cd "$ROOT"
swift build -c release --product ChengyuBench >&2
BENCH="$(swift build -c release --show-bin-path)/ChengyuBench"
cc -O2 -Wall -o "$WORK/libcsv-count" scripts/bench/libcsv-count.c -lcsv

echo "== machine"
echo "cpus: $(nproc); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "$(swift --version 2>&1 | head -1); $(cc --version | head -1)"
echo "load average before timing: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== corpus (SYNTHETIC)"
"$BENCH" generate "$WORK/corpus" --cities "$CITIES" --agreements "$ROWS" --seed "$SEED"
round=1
while [ "$round" -le "$ROUNDS" ]; do
  echo "== round $round: libcsv"
  "$WORK/libcsv-count" "$WORK/corpus/agreements.csv" "$RUNS"
  echo "== round $round: core CSV reader"
  "$BENCH" csv "$WORK/corpus/agreements.csv" --runs "$RUNS"
  round=$((round + 1))
done
echo "== DatasetLoader"
"$BENCH" load "$WORK/corpus"
echo "load average after timing: $(cut -d' ' -f1-3 /proc/loadavg)"
