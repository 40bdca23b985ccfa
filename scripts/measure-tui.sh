#!/usr/bin/env bash
# Measures the explorer in tmux at 80x24: time to first paint, and the bytes the program writes
# per cursor-down key and per filter change (tmux pipe-pane records everything the pane receives).
# Usage: scripts/measure-tui.sh [path/to/chengyu]   (default: a release build)
# Prints a small table; the figures are recorded in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
  swift build -c release --product chengyu >/dev/null
  bin="$(swift build -c release --show-bin-path)/chengyu"
fi
sock="chengyu-measure-$$"
out=$(mktemp -d)
t() { tmux -L "$sock" -f /dev/null "$@"; }
cleanup() { t kill-server 2>/dev/null || true; rm -rf "$out"; }
trap cleanup EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
wait_for() {  # text, timeout ms
  local deadline=$(( $(now_ms) + ${2:-10000} ))
  while ! t capture-pane -p -t m | grep -q -- "$1"; do
    [ "$(now_ms)" -lt "$deadline" ] || { echo "timed out waiting for: $1" >&2; t capture-pane -p -t m >&2; exit 1; }
    sleep 0.01
  done
}
bytes() { stat -c %s "$out/pane.log"; }
settle() {  # wait until the pane log stops growing for 150 ms
  local last=-1 cur
  while :; do cur=$(bytes); [ "$cur" = "$last" ] && break; last=$cur; sleep 0.15; done
}

t start-server \; set -g remain-on-exit on \; new-session -d -s m -x 80 -y 24 "sleep 0.2; exec env -u LINES -u COLUMNS LANG=C.UTF-8 TERM=tmux-256color '$bin'"
t pipe-pane -o -t m "cat >> '$out/pane.log'"
start=$(now_ms)
wait_for "成都"
first_paint=$(( $(now_ms) - start - 200 ))
settle
initial=$(bytes)

keys=20
before=$(bytes)
for _ in $(seq $keys); do t send-keys -t m Down; sleep 0.03; done
settle
down=$(( ($(bytes) - before) / keys ))

changes=6
before=$(bytes)
for _ in $(seq $changes); do t send-keys -t m m; sleep 0.1; done
settle
filter=$(( ($(bytes) - before) / changes ))

t send-keys -t m q
printf '%-34s %s\n' "measure (80x24, tmux, C.UTF-8)" "value"
printf '%-34s %s ms\n' "time to first paint (incl. load)" "$first_paint"
printf '%-34s %s bytes\n' "first full paint" "$initial"
printf '%-34s %s bytes\n' "per cursor-down key (mean of $keys)" "$down"
printf '%-34s %s bytes\n' "per filter change 'm' (mean of $changes)" "$filter"
