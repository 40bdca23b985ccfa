#!/usr/bin/env python3
"""Times networkx and igraph on the tie list written by `ChengyuBench graph --edges FILE`.

    python3 scripts/bench_networkx_igraph.py FILE [--networkx-sources K] [--skip-networkx]
                                             [--json OUT]

The tie list is the SYNTHETIC benchmark network (or whatever dataset the benchmark loaded):
first line `nodes N`, then `a b weight` per tie. Both libraries get the same graph, unweighted,
as Chengyu's defaults. networkx's Brandes betweenness is pure Python and takes far too long on the
full network, so by default it runs from K sampled sources (networkx's `k=`) and the time is
extrapolated linearly to all N sources; the output says so. `--json OUT` also writes every
timing as `{"steps": [{"step", "wall", "cpu"}…], "peak_kb", "igraph"}` (scripts/bench_scale.py
reads it); a step stopped by SIGINT is kept with `"stopped": true` (its time a lower bound).
"""
import argparse
import json
import resource
import sys
import time

# Every timed step, in order, for --json; the file it goes to.
STEPS = []
JSON_OUT = None


def load(path):
    with open(path) as f:
        n = int(f.readline().split()[1])
        edges = []
        for line in f:
            a, b, w = line.split()
            edges.append((int(a), int(b), int(w)))
    return n, edges


def write_json():
    if JSON_OUT:
        import igraph
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        with open(JSON_OUT, "w") as f:
            json.dump({"steps": STEPS, "peak_kb": peak, "igraph": igraph.__version__}, f, indent=1)


def timed(label, fn):
    start, cpu = time.perf_counter(), time.process_time()
    try:
        value = fn()
    except KeyboardInterrupt:
        # SIGINT (igraph's long runs check for it): the step is recorded as stopped, its time so
        # far a lower bound, and the run ends cleanly with what it has.
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(f"{label}: stopped after {wall * 1000:.1f} ms wall, {cpu * 1000:.1f} ms cpu", flush=True)
        STEPS.append({"step": label, "wall": wall, "cpu": cpu, "stopped": True})
        write_json()
        sys.exit(0)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label}: {wall * 1000:.1f} ms wall, {cpu * 1000:.1f} ms cpu", flush=True)
    STEPS.append({"step": label, "wall": wall, "cpu": cpu})
    return value


def bench_igraph(n, edges):
    import igraph as ig
    print(f"igraph {ig.__version__}")
    g = timed("igraph build", lambda: ig.Graph(n=n, edges=[(a, b) for a, b, _ in edges]))
    timed("igraph degree", lambda: g.degree())
    timed("igraph components", lambda: g.connected_components())
    timed("igraph betweenness", lambda: g.betweenness(directed=False))
    timed("igraph closeness", lambda: g.closeness())
    timed("igraph eigenvector", lambda: g.eigenvector_centrality())
    timed("igraph clustering", lambda: g.transitivity_local_undirected(mode="zero"))
    timed("igraph k-core", lambda: g.coreness())
    timed("igraph constraint", lambda: g.constraint())
    weights = [w for _, _, w in edges]
    timed("igraph Louvain (multilevel, weighted, one run)", lambda: g.community_multilevel(weights=weights))
    # Last, as the longest (minutes at a million agreements): a SIGINT stops it and keeps the rest.
    lengths = [1.0 / w for _, _, w in edges]
    timed("igraph betweenness (weighted, length 1/weight)",
          lambda: g.betweenness(directed=False, weights=lengths))


def bench_networkx(n, edges, k):
    import networkx as nx
    print(f"networkx {nx.__version__}")
    g = nx.Graph()
    timed("networkx build", lambda: (g.add_nodes_from(range(n)), g.add_weighted_edges_from(edges)))
    start = time.process_time()
    nx.betweenness_centrality(g, k=k, seed=1)
    elapsed = time.process_time() - start
    print(f"networkx betweenness: {elapsed * 1000:.1f} ms cpu for {k} sampled sources; "
          f"extrapolated to {n} sources: {elapsed * n / k * 1000:.0f} ms cpu", flush=True)
    timed("networkx eigenvector", lambda: nx.eigenvector_centrality(g))
    timed("networkx clustering", lambda: nx.clustering(g))
    timed("networkx k-core", lambda: nx.core_number(g))
    timed("networkx Louvain (weighted, one seed)",
          lambda: nx.community.louvain_communities(g, weight="weight", seed=0))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("edges")
    p.add_argument("--networkx-sources", type=int, default=50)
    p.add_argument("--skip-networkx", action="store_true")
    p.add_argument("--json", help="also write the timings to this file as JSON")
    args = p.parse_args()
    global JSON_OUT
    JSON_OUT = args.json
    n, edges = timed("load tie list", lambda: load(args.edges))
    print(f"graph: {n} nodes, {len(edges)} ties")
    bench_igraph(n, edges)
    if not args.skip_networkx:
        bench_networkx(n, edges, args.networkx_sources)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak memory (ru_maxrss): {peak} kB")
    write_json()


if __name__ == "__main__":
    main()
