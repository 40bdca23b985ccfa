#!/bin/sh
# Graph benchmark: Chengyu's measures, then igraph and networkx on the very same SYNTHETIC network.
#
#   scripts/bench-graph.sh [CITIES] [AGREEMENTS] [SEED]      (default 2900 100000 1)
#
# `ChengyuBench generate` writes a seeded corpus (labelled synthetic in every record);
# `ChengyuBench graph DIR` times loading, tie building and each measure, and writes the network's
# tie list, which scripts/bench_networkx_igraph.py times with igraph and networkx.
# Needs: swift, python3 with networkx and igraph (pip install networkx igraph).
set -eu
cd "$(dirname "$0")/.."
CITIES=${1:-2900}
AGREEMENTS=${2:-100000}
SEED=${3:-1}
OUT=${TMPDIR:-/tmp}/chengyu-bench-graph-$CITIES-$AGREEMENTS-$SEED
mkdir -p "$OUT"

swift build -c release --product ChengyuBench
BIN=.build/release/ChengyuBench
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load $(cut -d' ' -f1-3 /proc/loadavg)"
"$BIN" generate "$OUT/data" --cities "$CITIES" --agreements "$AGREEMENTS" --seed "$SEED"
echo "== Chengyu, all cores"
"$BIN" graph "$OUT/data" --edges "$OUT/ties.txt"
echo "== Chengyu, one thread (path measures)"
"$BIN" graph "$OUT/data" --threads 1 --only betweenness,closeness
echo "== igraph and networkx (same tie list)"
python3 scripts/bench_networkx_igraph.py "$OUT/ties.txt"
