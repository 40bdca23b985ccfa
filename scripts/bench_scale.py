#!/usr/bin/env python3
"""Issue 11's proof harness: Chengyu beside pandas and igraph at 100k and 1M agreements.

    python3 scripts/bench_scale.py --bin DIR [--cities 2900] [--seed 7] [--runs R]
                                   [--cache DIR] [--out DIR] [--smoke] [--reuse-references JSON]
                                   [--measures a,b] [--skip-references] [AGREEMENTS ...]
    python3 scripts/bench_scale.py --render RUN.json [REFERENCES.json]  (the table again; pandas
                                   and igraph from REFERENCES.json where RUN.json skipped them)
    python3 scripts/bench_scale.py --compare BEFORE.json AFTER.json [REFERENCES.json]
                                   (two builds side by side, goals judged on AFTER)

Normally started by scripts/bench-scale.sh, which builds the release binaries into DIR first.
For each size it generates (once, cached under --cache by cities, size and seed) the SYNTHETIC
seeded corpus of `ChengyuBench generate`, then runs, each in its own process:

  ChengyuBench load DIR            load time; peak memory of the process (/usr/bin/time -v)
  chengyu stats --data DIR --json  the whole process: wall, CPU (user + system), peak RSS
  ChengyuBench filter DIR          tie building, a filter change per dimension (first, warm)
  ChengyuBench graph DIR --edges   every measure, and the tie list for igraph
  pandas read_csv(agreements.csv)  time of the call and peak memory of its process
  scripts/bench_networkx_igraph.py igraph: graph build from the same tie list, same measures

and prints one table per size with the ratios Chengyu / reference and issue 11's goals; the
figures also go to OUT/scale-<time>.json and .csv. `--smoke` runs a corpus of 200 agreements and
fails when a figure is missing, so a changed output line shows at once. `--reuse-references
JSON` takes the pandas and igraph figures of an earlier run on the same corpus and network (to
compare two builds of Chengyu without rerunning minutes of igraph); the table names that run.
"""
import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys
import time

import bench_scale_report as report

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
STEP_LINE = re.compile(r"^\s+(.+?): ([0-9.]+) s wall, ([0-9.]+) s cpu")
LOAD_LINE = re.compile(r"DatasetLoader\.load.*?([0-9.]+) s elapsed, ([0-9.]+) s CPU")
# `ChengyuBench filter`: a filter change's first time (it may build an incidence it then keeps)
# and its warm time, the median of the runs, with the ties and agreements it passes.
FILTER_LINE = re.compile(r"^\s+filter (.+?): first ([0-9.]+) s wall, ([0-9.]+) s cpu; warm ([0-9.]+) s wall, "
                         r"([0-9.]+) s cpu \(median of (\d+)\); (\d+) ties, (\d+) agreements")
# The load mode's line for scripts, where it has one (`load_s` the best of its runs).
LOAD_RESULT = re.compile(r"^RESULT load .*?load_s=([0-9.]+) load_cpu_s=([0-9.]+)", re.M)


def loadavg():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


# --from-logs: read each step's output and /usr/bin/time figures from an earlier run's folder
# instead of running it (a run stopped in its last step can still be tabulated).
REPLAY = False


def run_timed(argv, log):
    """Runs argv under /usr/bin/time -v; returns (stdout, wall s, cpu s, peak MB, load at start)."""
    load = loadavg()
    stats = log + ".time"
    if REPLAY:
        load = None
    else:
        with open(log, "w") as out:
            done = subprocess.run(["/usr/bin/time", "-v", "-o", stats] + argv, stdout=out,
                                  stderr=subprocess.STDOUT, cwd=ROOT)
    text = open(log).read()
    if not REPLAY and done.returncode != 0:
        sys.exit(f"bench-scale: {' '.join(argv)} failed (status {done.returncode}); see {log}:\n{text[-2000:]}")
    t = open(stats).read() if os.path.exists(stats) else ""
    if "Elapsed" not in t:
        return text, None, None, None, load  # replayed: that process had not ended

    def field(name):
        m = re.search(re.escape(name) + r": (.+)", t)
        return m.group(1).strip() if m else "0"
    wall = 0.0
    for part in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":"):
        wall = wall * 60 + float(part)
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    peak = int(field("Maximum resident set size (kbytes)")) * 1024 / 1e6
    return text, wall, cpu, peak, load


def steps(text):
    """The `  name: W s wall, C s cpu …` lines of a ChengyuBench mode, in order."""
    found = {}
    for line in text.splitlines():
        f = FILTER_LINE.match(line)
        if f:
            found["filter " + f.group(1)] = {
                "wall": float(f.group(4)), "cpu": float(f.group(5)), "runs": int(f.group(6)),
                "first_wall": float(f.group(2)), "first_cpu": float(f.group(3)),
                "ties": int(f.group(7)), "agreements": int(f.group(8)), "line": line.strip()}
            continue
        m = STEP_LINE.match(line)
        if m:
            found[m.group(1)] = {"wall": float(m.group(2)), "cpu": float(m.group(3)), "line": line.strip()}
    return found


def corpus(args, n):
    """The cached SYNTHETIC corpus of n agreements: generated once, marked complete after."""
    path = os.path.join(args.cache, f"chengyu-scale-c{args.cities}-a{n}-s{args.seed}")
    if not os.path.exists(os.path.join(path, ".complete")):
        print(f"generating the SYNTHETIC corpus {path} …", flush=True)
        subprocess.run([os.path.join(args.bin, "ChengyuBench"), "generate", path, "--cities", str(args.cities),
                        "--agreements", str(n), "--seed", str(args.seed)], check=True, stdout=subprocess.DEVNULL)
        open(os.path.join(path, ".complete"), "w").close()
    return path


def bench_size(args, n, work):
    data = corpus(args, n)
    bench = os.path.join(args.bin, "ChengyuBench")
    log = lambda name: os.path.join(work, f"a{n}-{name}.log")
    fig = {"agreements": n, "cities": args.cities, "seed": args.seed, "corpus": data,
           "agreements_csv_mb": os.path.getsize(os.path.join(data, "agreements.csv")) / 1e6}

    text, wall, cpu, peak, load = run_timed([bench, "load", data], log("load"))
    m = LOAD_RESULT.search(text) or LOAD_LINE.search(text)
    fig["load"] = {"wall": float(m.group(1)) if m else None, "cpu": float(m.group(2)) if m else None,
                   "process_wall": wall, "process_cpu": cpu, "peak_mb": peak, "loadavg": load}
    print(f"  load: {fig['load']}", flush=True)

    stats_out = os.path.join(work, f"a{n}-stats.json")
    text, wall, cpu, peak, load = run_timed(
        [os.path.join(args.bin, "chengyu"), "stats", "--data", data, "--json"], stats_out)
    summary = json.loads(text)
    fig["stats"] = {"wall": wall, "cpu": cpu, "peak_mb": peak, "loadavg": load,
                    "nodes": summary.get("nodes"), "ties": summary.get("ties")}
    print(f"  stats: {fig['stats']}", flush=True)

    text, wall, cpu, peak, load = run_timed([bench, "filter", data, "--runs", str(args.runs)], log("filter"))
    found = steps(text)
    fig["load"]["wall"] = fig["load"]["wall"] or found.get("load", {}).get("wall")
    fig["load"]["cpu"] = fig["load"]["cpu"] or found.get("load", {}).get("cpu")
    build = next((v for k, v in found.items() if k.startswith("build ties")), {})
    fig["build_ties"] = dict(build, loadavg=load)
    fig["filters"] = {k[len("filter "):]: v for k, v in found.items() if k.startswith("filter ")}
    # The lists the explorer derives from every view (ties by weight, each node's agreements).
    fig["view_lists"] = {k: v for k, v in found.items() if k in ("ties by weight", "agreements by node")}
    fig["filter_process"] = {"wall": wall, "cpu": cpu, "peak_mb": peak}
    print(f"  filters: {len(fig['filters'])} dimensions", flush=True)

    ties = os.path.join(work, f"a{n}-ties.txt")
    only = ["--only", args.measures] if args.measures else []
    text, wall, cpu, peak, load = run_timed([bench, "graph", data, "--edges", ties] + only, log("graph"))
    found = steps(text)
    fig["measures"] = {k: v for k, v in found.items() if k not in ("load", "build ties")}
    fig["graph_process"] = {"wall": wall, "cpu": cpu, "peak_mb": peak, "loadavg": load}
    m = re.search(r"network: (\d+) nodes, (\d+) ties", text)
    fig["nodes"], fig["ties"] = (int(m.group(1)), int(m.group(2))) if m else (None, None)
    print(f"  measures: {len(fig['measures'])}", flush=True)

    if args.skip_references or take_references(fig, args.reuse):
        if not REPLAY:
            os.remove(ties)
        return fig

    pandas_json = os.path.join(work, f"a{n}-pandas.json")
    text, wall, cpu, peak, load = run_timed(
        [sys.executable, os.path.join(HERE, "bench_scale.py"), "--pandas", os.path.join(data, "agreements.csv"),
         pandas_json], log("pandas"))
    fig["pandas"] = dict(json.load(open(pandas_json)), process_wall=wall, peak_mb=peak, loadavg=load)
    print(f"  pandas: {fig['pandas']}", flush=True)

    igraph_json = os.path.join(work, f"a{n}-igraph.json")
    text, wall, cpu, peak, load = run_timed(
        [sys.executable, os.path.join(HERE, "bench_networkx_igraph.py"), ties, "--skip-networkx",
         "--json", igraph_json], log("igraph"))
    if REPLAY and not os.path.exists(igraph_json):
        # The igraph process was still running: its steps so far, from the lines it printed.
        got = {"igraph": re.search(r"^igraph (\S+)$", text, re.M).group(1), "steps": [
            {"step": m.group(1), "wall": float(m.group(2)) / 1000, "cpu": float(m.group(3)) / 1000}
            for m in re.finditer(r"^(igraph .+?): ([0-9.]+) ms wall, ([0-9.]+) ms cpu$", text, re.M)]}
    else:
        got = json.load(open(igraph_json))
    fig["igraph"] = {s["step"]: {"wall": s["wall"], "cpu": s["cpu"], "stopped": s.get("stopped", False)}
                     for s in got["steps"]}
    fig["igraph_process"] = {"wall": wall, "cpu": cpu, "peak_mb": peak, "loadavg": load, "version": got["igraph"]}
    print(f"  igraph: {len(fig['igraph'])} steps", flush=True)
    if not REPLAY:
        os.remove(ties)  # 2 M lines at 1M agreements; regenerated on every run
    return fig


def take_references(fig, reuse):
    """Copies pandas' and igraph's figures of an earlier run on the same corpus and network (same
    tie count) into fig; False when there is none (igraph's weighted betweenness alone takes many
    minutes at 1M agreements, so two Chengyu builds can share one reference run)."""
    earlier = reuse.get((fig["cities"], fig["seed"], fig["agreements"]))
    if not earlier or "igraph" not in earlier:
        return False
    if earlier.get("ties") != fig["ties"]:
        print(f"  not reusing the earlier references: {earlier.get('ties')} ties then, {fig['ties']} now", flush=True)
        return False
    for key in ("pandas", "igraph", "igraph_process"):
        fig[key] = earlier[key]
    fig["references_from"] = earlier["run_date"]
    print(f"  pandas and igraph figures taken from the run of {earlier['run_date']}", flush=True)
    return True


def earlier_runs(path):
    """(cities, seed, agreements) → that size's figures in the run's JSON at path."""
    earlier = json.load(open(path))
    found = {}
    for fig in earlier["sizes"]:
        fig["run_date"] = earlier["machine"]["date"]
        found[(earlier["cities"], earlier["seed"], fig["agreements"])] = fig
    return found


def load_run(path, references=None):
    """A run's JSON with its rows computed, pandas and igraph taken from `references` (another
    run's JSON) where the run skipped them."""
    result = json.load(open(path))
    result.setdefault("loadavg_end", ["?"] * 3)
    reuse = earlier_runs(references) if references else {}
    for fig in result["sizes"]:
        fig.setdefault("cities", result["cities"])
        fig.setdefault("seed", result["seed"])
        if "igraph" not in fig:
            take_references(fig, reuse)
        fig["rows"] = report.rows(fig)
    return result


def pandas_child(csv, out):
    """In its own process: time pandas.read_csv of one file; peak memory is the process's."""
    import resource
    import pandas
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start, cpu = time.perf_counter(), time.process_time()
    frame = pandas.read_csv(csv)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    json.dump({"wall": wall, "cpu": cpu, "rows": len(frame), "version": pandas.__version__,
               "peak_before_read_mb": before * 1024 / 1e6, "ru_maxrss_mb": peak * 1024 / 1e6}, open(out, "w"))


def machine():
    def cmd(argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True, cwd=ROOT).stdout.strip()
        except OSError:
            return "?"
    model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    dirty = cmd(["git", "status", "--porcelain", "--untracked-files=no"])
    return {"cores": os.cpu_count(), "cpu": model, "kernel": platform.release(),
            "swift": cmd(["swift", "--version"]).splitlines()[0] if cmd(["swift", "--version"]) else "?",
            "python": platform.python_version(),
            "commit": cmd(["git", "rev-parse", "--short", "HEAD"]) + (" (modified)" if dirty else ""),
            "branch": cmd(["git", "rev-parse", "--abbrev-ref", "HEAD"]),
            "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--pandas":
        return pandas_child(sys.argv[2], sys.argv[3])
    if len(sys.argv) in (4, 5) and sys.argv[1] == "--compare":
        # Two runs side by side: BEFORE.json AFTER.json [REFERENCES.json].
        runs = [load_run(path, sys.argv[4] if len(sys.argv) == 5 else None) for path in sys.argv[2:4]]
        return print(report.render_compare(*runs))
    if len(sys.argv) in (3, 4) and sys.argv[1] == "--render":
        # The table of a run's JSON again (also of a run stopped after its first size), with the
        # references of another run's JSON where this one skipped them.
        return print(report.render(load_run(sys.argv[2], sys.argv[3] if len(sys.argv) == 4 else None)))
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("sizes", nargs="*", type=int)
    p.add_argument("--bin", required=True, help="folder with the release ChengyuBench and chengyu")
    p.add_argument("--cities", type=int, default=2900)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--runs", type=int, default=3, help="runs per filter change (best kept)")
    p.add_argument("--cache", default=os.environ.get("TMPDIR", "/tmp"), help="where corpora are kept")
    p.add_argument("--out", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "chengyu-bench-scale"))
    p.add_argument("--smoke", action="store_true", help="200 agreements, 100 cities; fail on a missing figure")
    p.add_argument("--measures", metavar="a,b", help="only these measures of `ChengyuBench graph` (its --only)")
    p.add_argument("--reuse-references", metavar="JSON",
                   help="take pandas' and igraph's figures from an earlier run's JSON where its corpus "
                        "and network are the same (the table says so)")
    p.add_argument("--skip-references", action="store_true",
                   help="Chengyu only; `--render RUN.json REFERENCES.json` adds another run's references")
    p.add_argument("--from-logs", action="store_true",
                   help="tabulate the step outputs already in --out (a run stopped late) instead of running them")
    args = p.parse_args()
    global REPLAY
    REPLAY = args.from_logs
    args.reuse = earlier_runs(args.reuse_references) if args.reuse_references else {}
    if args.smoke:
        args.sizes, args.cities = args.sizes or [200], 100
    sizes = args.sizes or [100_000, 1_000_000]
    os.makedirs(args.out, exist_ok=True)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    result = {"machine": machine(), "cities": args.cities, "seed": args.seed, "runs": args.runs,
              "loadavg_start": open("/proc/loadavg").read().split()[:3], "sizes": []}
    for n in sizes:
        print(f"== {n} agreements (SYNTHETIC, {args.cities} cities, seed {args.seed}); "
              f"load average {loadavg():.1f}", flush=True)
        result["sizes"].append(bench_size(args, n, args.out))
        # What is done so far survives a run stopped later (1M agreements take many minutes).
        json.dump(result, open(os.path.join(args.out, f"scale-{stamp}.json"), "w"), indent=1)
    result["loadavg_end"] = open("/proc/loadavg").read().split()[:3]
    for fig in result["sizes"]:
        fig["rows"] = report.rows(fig)
    print()
    print(report.render(result))
    base = os.path.join(args.out, f"scale-{stamp}")
    json.dump(result, open(base + ".json", "w"), indent=1)
    report.write_csv(result, base + ".csv")
    print(f"\nfigures written to {base}.json and {base}.csv")
    if args.smoke:
        missing = report.missing(result)
        if missing:
            sys.exit("bench-scale smoke: missing figures: " + ", ".join(missing))
        print("bench-scale smoke: every figure present")


if __name__ == "__main__":
    main()
