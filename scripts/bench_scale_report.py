"""Rows, goals and tables of scripts/bench_scale.py: figures in, a Markdown table and CSV out.

Ratios are Chengyu / reference (below 1: Chengyu is faster). A goal is "met" on the wall clock;
on a machine shared with other jobs a goal missed on the wall clock but met in CPU time says
"met in CPU only", so the verdict never hides the load the run had.
"""
import csv
import unicodedata

# Issue 11's per-filter budget: a filter change (and the tie building it implies).
FILTER_GOAL = {100_000: 0.010, 1_000_000: 0.100}
# Issue 11's first-paint goal at 100k (at 1M: no slower than pandas' read_csv).
FIRST_PAINT_100K = 0.2
STATS_PEAK_MB = 600

# Chengyu's graph-mode measure → the igraph step of scripts/bench_networkx_igraph.py.
IGRAPH_STEP = {
    "degree": "igraph degree",
    "components": "igraph components",
    "betweenness": "igraph betweenness",
    "betweenness-weighted": "igraph betweenness (weighted, length 1/weight)",
    "closeness": "igraph closeness",
    "eigenvector": "igraph eigenvector",
    "clustering": "igraph clustering",
    "core": "igraph k-core",
    "constraint": "igraph constraint",
    "louvain-1-run": "igraph Louvain (multilevel, weighted, one run)",
}
# Measures Chengyu has that igraph's script does not time.
NO_REFERENCE = {"louvain": "(best of 20 runs)", "core-periphery": ""}


def ratio(a, b):
    return a / b if a is not None and b else None


def verdict(wall_ok, cpu_ok):
    if wall_ok is None:
        return ""
    return "met" if wall_ok else ("met in CPU only" if cpu_ok else "not met")


def row(step, c, ref_name="", ref=None, goal="", met=""):
    ref = ref or {}
    if ref.get("stopped"):
        # The reference was stopped: its time is a lower bound, so the ratio is an upper bound.
        ref_name += " (stopped: time so far)"
    return {"step": step, "chengyu_wall": c.get("wall"), "chengyu_cpu": c.get("cpu"),
            "chengyu_peak_mb": c.get("peak_mb"), "reference": ref_name, "ref_wall": ref.get("wall"),
            "ref_cpu": ref.get("cpu"), "ref_peak_mb": ref.get("peak_mb"),
            "ratio_wall": ratio(c.get("wall"), ref.get("wall")), "ratio_cpu": ratio(c.get("cpu"), ref.get("cpu")),
            "goal": goal, "verdict": met, "loadavg": c.get("loadavg"), "ref_stopped": bool(ref.get("stopped"))}


def budget_row(step, c, budget, ref_name="", ref=None):
    if budget is None or c.get("wall") is None:
        return row(step, c, ref_name, ref)
    return row(step, c, ref_name, ref, f"≤ {budget * 1000:g} ms",
               verdict(c["wall"] <= budget, c["cpu"] <= budget))


def at_most(a, b, factor=1.0):
    """a ≤ factor × b, or None when a figure is missing (a run that skipped the references)."""
    return None if a is None or b is None else a <= factor * b


def rows(fig):
    n = fig["agreements"]
    p = fig.get("pandas") or {}
    pandas = {"wall": p.get("wall"), "cpu": p.get("cpu"), "peak_mb": p.get("peak_mb")}
    igraph = fig.get("igraph") or {}
    out = []
    load = dict(fig["load"])
    if n == 1_000_000:
        goal, ok = "first paint ≤ read_csv (load alone here)", verdict(
            at_most(load["wall"], pandas["wall"]), at_most(load["cpu"], pandas["cpu"]))
    elif n == 100_000:
        goal, ok = f"first paint ≤ {FIRST_PAINT_100K:g} s (load alone here)", verdict(
            load["wall"] <= FIRST_PAINT_100K, load["cpu"] <= FIRST_PAINT_100K)
    else:
        goal, ok = "", ""
    out.append(row("load (DatasetLoader.load)", load, "pandas read_csv", pandas, goal, ok))
    stats = fig["stats"]
    time_ok = verdict(at_most(stats["wall"], pandas["wall"], 0.5), at_most(stats["cpu"], pandas["cpu"], 0.5)) or "–"
    mem_ok = "met" if stats["peak_mb"] <= STATS_PEAK_MB else "not met"
    out.append(row("chengyu stats --json (whole process)", stats, "pandas read_csv", pandas,
                   f"≤ ½ read_csv, ≤ {STATS_PEAK_MB} MB", f"time {time_ok}; memory {mem_ok}"))
    budget = FILTER_GOAL.get(n)
    build = dict(fig["build_ties"], peak_mb=fig["filter_process"]["peak_mb"])
    out.append(budget_row("build ties (first view: any one-time index, no filter)", build, budget, "igraph Graph(edges)", igraph.get("igraph build")))
    for name, t in fig.get("view_lists", {}).items():
        out.append(budget_row(f"{name} (once per view)", t, None))
    for name, t in fig["filters"].items():
        if "first_wall" in t:
            # The goal is the warm change; the first may build what later changes reuse.
            out.append(budget_row(f"filter {name}: first", {"wall": t["first_wall"], "cpu": t["first_cpu"]}, None))
            out.append(budget_row(f"filter {name}: warm (median of {t['runs']})", t, budget))
        else:
            out.append(budget_row(f"filter {name}", t, budget))
    for name, t in fig["measures"].items():
        ref_step = IGRAPH_STEP.get(name)
        ref = igraph.get(ref_step) if ref_step else None
        goal, ok = "", ""
        if name == "betweenness" and ref:
            goal, ok = "ahead of igraph", verdict(t["wall"] < ref["wall"], t["cpu"] < ref["cpu"])
        out.append(row(name, t, ref_step[len("igraph "):] if ref_step else NO_REFERENCE.get(name, ""), ref, goal, ok))
    out.append(row("graph mode process: load, ties, every measure", fig["graph_process"],
                   "igraph process (tie list, build, measures)", fig.get("igraph_process")))
    return out


def seconds(v):
    if v is None:
        return "–"
    if v < 0.01:
        return f"{v * 1000:.2f} ms"
    return f"{v * 1000:.1f} ms" if v < 1 else f"{v:.2f} s"


def ratio_text(v):
    """Two significant digits at least: 0.0042, 0.31, 2.9, 41."""
    if v is None:
        return "–"
    return f"{v:.2g}" if v < 0.1 else (f"{v:.2f}" if v < 10 else f"{v:.0f}")


def num(v, fmt):
    return "–" if v is None else format(v, fmt)


def width(text):
    """Terminal columns: Chinese (wide) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text, w, right):
    fill = " " * (w - width(text))
    return fill + text if right else text + fill


def render(result):
    m = result["machine"]
    lines = [f"Machine: {m['cores']} cores, {m['cpu']}, Linux {m['kernel']}; {m['swift']}; Python {m['python']}",
             f"Code: {m['branch']} {m['commit']}; {m['date']}; load average at start "
             f"{' '.join(result['loadavg_start'])}, at end {' '.join(result['loadavg_end'])}",
             "Ratios are Chengyu / reference (< 1: Chengyu faster). Wall and CPU (all threads) per step; "
             "peak = maximum resident set of the step's process."]
    for fig in result["sizes"]:
        p = fig.get("pandas")
        lines += ["", f"### {fig['agreements']:,} agreements (SYNTHETIC: {result['cities']} cities, seed "
                  f"{result['seed']}; agreements.csv {fig['agreements_csv_mb']:.0f} MB; "
                  f"{num(fig['nodes'], ',')} nodes, {num(fig['ties'], ',')} ties)",
                  (f"pandas {p['version']} read_csv: {p['rows']:,} rows; igraph {fig['igraph_process']['version']}"
                   if p else "pandas and igraph not run (--skip-references)")
                  + (f"; pandas and igraph figures from the run of {fig['references_from']} (same corpus and network)"
                     if fig.get("references_from") else ""), ""]
        header = ["step", "Chengyu wall", "CPU", "peak MB", "reference", "ref wall", "ref CPU", "ref peak MB",
                  "ratio wall / CPU", "goal", "verdict", "load"]
        table = [header]
        for r in fig["rows"]:
            over = "> " if r["ref_stopped"] else ""
            table.append([r["step"], seconds(r["chengyu_wall"]), seconds(r["chengyu_cpu"]), num(r["chengyu_peak_mb"], ".0f"),
                          r["reference"], over + seconds(r["ref_wall"]), over + seconds(r["ref_cpu"]), num(r["ref_peak_mb"], ".0f"),
                          "" if r["ratio_wall"] is None else ("≤ " if r["ref_stopped"] else "")
                          + f"{ratio_text(r['ratio_wall'])} / {ratio_text(r['ratio_cpu'])}",
                          r["goal"], r["verdict"], num(r["loadavg"], ".1f")])
        widths = [max(width(t[i]) for t in table) for i in range(len(header))]
        right = {1, 2, 3, 5, 6, 7, 8, 11}
        fmt = lambda cells: "| " + " | ".join(pad(c, w, i in right)
                                             for i, (c, w) in enumerate(zip(cells, widths))) + " |"
        lines.append(fmt(table[0]))
        lines.append("|" + "|".join(("-" * (w + 1) + ":") if i in right else "-" * (w + 2)
                                    for i, w in enumerate(widths)) + "|")
        lines += [fmt(t) for t in table[1:]]
    return "\n".join(lines)


def markdown(table, right):
    """Rows of cells as an aligned Markdown table; `right`: the columns aligned right."""
    widths = [max(width(t[i]) for t in table) for i in range(len(table[0]))]
    fmt = lambda cells: "| " + " | ".join(pad(c, w, i in right) for i, (c, w) in enumerate(zip(cells, widths))) + " |"
    rule = "|" + "|".join(("-" * (w + 1) + ":") if i in right else "-" * (w + 2) for i, w in enumerate(widths)) + "|"
    return [fmt(table[0]), rule] + [fmt(t) for t in table[1:]]


def render_compare(before, after):
    """Two runs side by side (e.g. main, then the new code), per size: wall and CPU of each, the
    reference, the ratio of the second run to the reference, and the goal's verdict for it."""
    lines = []
    for label, result in (("before", before), ("after", after)):
        m = result["machine"]
        lines.append(f"- {label}: {m['branch']} {m['commit']}, {m['date']}, load average at start "
                     f"{' '.join(result['loadavg_start'])}")
    old = {fig["agreements"]: {r["step"]: r for r in fig["rows"]} for fig in before["sizes"]}
    for fig in after["sizes"]:
        n = fig["agreements"]
        lines += ["", f"### {n:,} agreements (SYNTHETIC: {after['cities']} cities, seed {after['seed']}; "
                  f"{num(fig['nodes'], ',')} nodes, {num(fig['ties'], ',')} ties)", ""]
        table = [["step", "before wall", "before CPU", "after wall", "after CPU", "after peak MB", "reference",
                  "ref wall", "ref CPU", "after / ref (wall / CPU)", "goal", "after: verdict"]]
        for r in fig["rows"]:
            b = old.get(n, {}).get(r["step"], {})
            over = "> " if r["ref_stopped"] else ""
            table.append([r["step"], seconds(b.get("chengyu_wall")), seconds(b.get("chengyu_cpu")),
                          seconds(r["chengyu_wall"]), seconds(r["chengyu_cpu"]), num(r["chengyu_peak_mb"], ".0f"),
                          r["reference"], over + seconds(r["ref_wall"]), over + seconds(r["ref_cpu"]),
                          "" if r["ratio_wall"] is None else ("≤ " if r["ref_stopped"] else "")
                          + f"{ratio_text(r['ratio_wall'])} / {ratio_text(r['ratio_cpu'])}",
                          r["goal"], r["verdict"]])
        lines += markdown(table, {1, 2, 3, 4, 5, 7, 8, 9})
    return "\n".join(lines)


def write_csv(result, path):
    with open(path, "w", newline="") as f:
        w = None
        for fig in result["sizes"]:
            for r in fig["rows"]:
                r = dict(agreements=fig["agreements"], **r)
                if w is None:
                    w = csv.DictWriter(f, fieldnames=list(r))
                    w.writeheader()
                w.writerow(r)


def missing(result):
    """Figures a complete run has: what --smoke checks."""
    gone = []
    for fig in result["sizes"]:
        n = fig["agreements"]
        if len(fig["filters"]) < 8:
            gone.append(f"{n}: filter dimensions ({len(fig['filters'])} of ≥ 8)")
        for name in list(IGRAPH_STEP) + list(NO_REFERENCE):
            if name not in fig["measures"]:
                gone.append(f"{n}: measure {name}")
        for name, step in IGRAPH_STEP.items():
            if step not in fig["igraph"]:
                gone.append(f"{n}: {step}")
        for r in fig["rows"]:
            if r["chengyu_wall"] is None or r["chengyu_cpu"] is None:
                gone.append(f"{n}: {r['step']}")
        if not fig["build_ties"]:
            gone.append(f"{n}: build ties")
    return gone
