#!/usr/bin/env bash
# Measures the explorer in a private tmux server at 80x24 (LANG=C.UTF-8, TERM=tmux-256color):
# time to first paint, bytes of the first paint, bytes the program writes per cursor-down key
# and per filter change (tmux pipe-pane records every byte the pane receives), and the CPU time
# and wakeups of the idle explorer (from /proc).
# Usage: scripts/measure-tui.sh [path/to/chengyu] [idle-seconds]  (default: a release build, 20)
#        scripts/measure-tui.sh --large [DIR] [path/to/chengyu]
# The --large mode measures a big SYNTHETIC corpus instead (generated into DIR, default
# /tmp/chengyu-1m, with `ChengyuBench generate DIR --cities 2900 --agreements 1000000 --seed 7`
# unless DIR already holds one): time to the loading screen, to the first explorer frame, and
# for three filter changes (`m`) the time until the new header is on screen, until the body
# shows the new filter's rows (no "filtering…" left in the header) and until the background
# work ("working: …" in the header) is done.
# Prints a small table; the figures are recorded in docs/performance.md ("Explorer").
set -euo pipefail
cd "$(dirname "$0")/.."
large=""
if [ "${1:-}" = "--large" ]; then
  large=${2:-/tmp/chengyu-1m}
  shift $(( $# >= 2 ? 2 : 1 ))
fi
bin=${1:-}
idle_seconds=${2:-20}
if [ -z "$bin" ]; then
  swift build -c release --product chengyu >/dev/null
  bin="$(swift build -c release --show-bin-path)/chengyu"
fi
if [ -n "$large" ] && [ ! -s "$large/agreements.csv" ]; then
  swift build -c release --product ChengyuBench >/dev/null
  "$(swift build -c release --show-bin-path)/ChengyuBench" generate "$large" --cities 2900 --agreements 1000000 --seed 7 >/dev/null
fi
command -v tmux >/dev/null || { echo "measure-tui.sh needs tmux" >&2; exit 1; }
sock="chengyu-measure-$$"
out=$(mktemp -d)
t() { env -u TMUX tmux -L "$sock" -f /dev/null "$@"; }
cleanup() {  # kill-server leaves the socket file behind
  t kill-server 2>/dev/null || true
  rm -rf "$out" "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$sock"
}
trap cleanup EXIT

now_ns() { date +%s%N; }
screen() { t capture-pane -p -t m; }
wait_for() {  # text [timeout s]: poll the screen every 5 ms
  local deadline=$(( $(now_ns) + ${2:-10} * 1000000000 ))
  until [[ "$(screen)" == *"$1"* ]]; do
    [ "$(now_ns)" -lt "$deadline" ] || { echo "timed out waiting for: $1" >&2; screen >&2; exit 1; }
    sleep 0.005
  done
}
bytes() { stat -c %s "$out/pane.log"; }
settle() {  # until the pane log has not grown for 100 ms
  local last=-1 cur
  while cur=$(bytes); [ "$cur" != "$last" ]; do last=$cur; sleep 0.1; done
}
key_bytes() {  # key count: mean bytes per key; each key's output is waited for before the next,
  # so ncurses never sees typeahead (it would skip part of a refresh and flatter the figure)
  local key=$1 count=$2 start total cur
  start=$(bytes)
  for _ in $(seq "$count"); do
    cur=$(bytes)
    t send-keys -t m "$key"
    local deadline=$(( $(now_ns) + 2000000000 ))
    while [ "$(bytes)" = "$cur" ] && [ "$(now_ns)" -lt "$deadline" ]; do sleep 0.005; done
    settle
  done
  total=$(( $(bytes) - start ))
  echo $(( (total + count / 2) / count ))
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }  # utime + stime, in clock ticks
wakeups() { awk '/^voluntary_ctxt_switches/ { print $2 }' "/proc/$1/status"; }

if [ -n "$large" ]; then
  header() { screen | sed -n 2p; }
  ms_since() { echo $(( ($(now_ns) - $1) / 1000000 )); }
  t start-server \; set -g remain-on-exit on \; new-session -d -s m -x 120 -y 40 \
    "until [ -e '$out/go' ]; do sleep 0.01; done; date +%s%N > '$out/start'; exec env -u LINES -u COLUMNS LANG=C.UTF-8 TERM=tmux-256color '$bin' --data '$large'"
  touch "$out/go"
  until [ -s "$out/start" ]; do sleep 0.005; done
  start=$(cat "$out/start")
  wait_for "q quit" 60
  loading=$(ms_since "$start")
  # The explorer's first frame is its header and placeholder ("building network…"), drawn as
  # soon as the load ends; the first model (the Cities table, "Pinyin") follows off the key path.
  until [[ "$(screen)" == *"building network"* || "$(screen)" == *"Pinyin"* ]]; do sleep 0.005; done
  painted=$(ms_since "$start")
  wait_for "Pinyin" 600
  modelled=$(ms_since "$start")
  printf '%-52s %s\n' "measure (120x40, tmux, $(basename "$large"))" "value"
  printf '%-52s %s ms\n' "exec to first frame (loading screen)" "$loading"
  printf '%-52s %s ms\n' "exec to first explorer frame (header, placeholder)" "$painted"
  printf '%-52s %s ms\n' "exec to the first model's frame (Cities table)" "$modelled"
  until [[ "$(header)" != *"working:"* ]]; do sleep 0.05; done
  printf '%-52s %s ms\n' "exec to every background part done" "$(ms_since "$start")"
  for change in governance collaboration all; do
    before=$(header)
    sent=$(now_ns)
    t send-keys -t m m
    until [ "$(header)" != "$before" ]; do sleep 0.002; done
    shown=$(ms_since "$sent")
    # The new model is built off the key path: "filtering…" stands in the header (and a
    # placeholder in the body) until it is in, then the slow parts run ("working: …").
    until [[ "$(header)" != *"filtering"* ]]; do sleep 0.005; done
    body=$(ms_since "$sent")
    until [[ "$(header)" != *"working:"* && "$(header)" != *"filtering"* ]]; do sleep 0.05; done
    printf '%-52s %s ms, body %s ms, all parts %s ms\n' "filter change 'm' to $change: new header" "$shown" "$body" "$(ms_since "$sent")"
  done
  t send-keys -t m q
  exit 0
fi

# The pane starts a shell that waits until pipe-pane is attached (the file "go" appears),
# notes the time and execs the explorer: first paint is measured from that exec.
t start-server \; set -g remain-on-exit on \; new-session -d -s m -x 80 -y 24 \
  "until [ -e '$out/go' ]; do sleep 0.01; done; date +%s%N > '$out/start'; exec env -u LINES -u COLUMNS -u NO_COLOR LANG=C.UTF-8 TERM=tmux-256color '$bin'"
t pipe-pane -o -t m "cat >> '$out/pane.log'"
touch "$out/go"
wait_for "q quit"
painted=$(now_ns)
until [ -s "$out/start" ]; do sleep 0.005; done
first_paint=$(( (painted - $(cat "$out/start")) / 1000000 ))
settle
initial=$(bytes)
pid=$(t display-message -p -t m '#{pane_pid}')

# The table shows 20 rows from the first: 15 moves never scroll it.
down=$(key_bytes Down 15)
t send-keys -t m g
settle
filter=$(key_bytes m 6)  # all -> governance -> collaboration -> all, twice

ticks0=$(cpu_ticks "$pid"); wake0=$(wakeups "$pid")
sleep "$idle_seconds"  # the idle measurement itself: nothing is polled meanwhile
ticks1=$(cpu_ticks "$pid"); wake1=$(wakeups "$pid")
hz=$(getconf CLK_TCK)

t send-keys -t m q
printf '%-44s %s\n' "measure (80x24, tmux, C.UTF-8)" "value"
printf '%-44s %s ms\n' "time to first paint (exec to frame on screen)" "$first_paint"
printf '%-44s %s bytes\n' "first paint" "$initial"
printf '%-44s %s bytes\n' "per cursor-down key (mean of 15)" "$down"
printf '%-44s %s bytes\n' "per filter change 'm' (mean of 6)" "$filter"
printf '%-44s %s ms CPU, %s wakeups\n' "idle for ${idle_seconds} s" \
  "$(( (ticks1 - ticks0) * 1000 / hz ))" "$(( wake1 - wake0 ))"
