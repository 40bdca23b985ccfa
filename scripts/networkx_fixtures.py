#!/usr/bin/env python3
"""Reference values from networkx for Chengyu's network measures.

Writes one JSON file per fixture graph to Tests/ChengyuCoreTests/Fixtures/networkx/. The files
are committed, so `swift test` needs no Python; run this script again to regenerate them:

    python3 scripts/networkx_fixtures.py

Fixture graphs: small hand-made ones (path, star, two components, isolated node, triangle with a
pendant, weighted multi-agreement ties), Zachary's karate club (shipped with networkx, with its
interaction counts as weights), and the dataset in data/ at each aggregation level, plus one
filtered view (city level, 2016-2017). The dataset
network is rebuilt in Python by dataset_reference.py (shared with readback_exports.py), with the
rule of Sources/ChengyuCore/Filter/NetworkBuilder.swift and Graph/AggregationLevel.swift.

Node identity is the node id (a city id for the dataset), never a position.
"""
import json
import math
import os
import sys
import warnings

import networkx as nx

import core_periphery_reference
from dataset_reference import agreement_pairs, read_data_csv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "ChengyuCoreTests", "Fixtures", "networkx")


def graph_from_edges(nodes, edges):
    """Undirected graph; repeated pairs add their weights (as CooperationGraph does)."""
    g = nx.Graph()
    g.add_nodes_from(nodes)
    for u, v, w in edges:
        if u == v:
            continue
        if g.has_edge(u, v):
            g[u][v]["weight"] += w
        else:
            g.add_edge(u, v, weight=w)
    for u, v, d in g.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    return g


def clean(x):
    """JSON value: NaN (undefined) becomes null."""
    if isinstance(x, float) and math.isnan(x):
        return None
    return x


def eigenvector(g, weight):
    try:
        return nx.eigenvector_centrality(g, weight=weight), True
    except nx.PowerIterationFailedConvergence:
        return {}, False


def ei_index(g, attr, nodes=None):
    """Krackhardt and Stern's E-I index of the ties (of `nodes`, or all): (E - I) / (E + I)."""
    edges = list(g.edges(nodes) if nodes is not None else g.edges())
    e = sum(1 for u, v in edges if g.nodes[u][attr] != g.nodes[v][attr])
    i = len(edges) - e
    return None if e + i == 0 else (e - i) / (e + i)


def centralization(values, denominator):
    """Freeman: the sum of (max - value) over a normalising denominator."""
    top = max(values)
    return sum(top - x for x in values) / denominator


def group_measures(g):
    """E-I, assortativity, centralization, Louvain, core/periphery of the whole network."""
    n = g.number_of_nodes()
    deg = [d for _, d in g.degree()]
    bet = list(nx.betweenness_centrality(g).values())
    clo = list(nx.closeness_centrality(g).values())
    summary = {
        "ei_index_province": ei_index(g, "province"),
        "ei_index_level": ei_index(g, "level"),
        "assortativity_province": assortativity(g, "province"),
        "assortativity_level": assortativity(g, "level"),
        "centralization_degree": centralization(deg, (n - 1) * (n - 2)) if n >= 3 else None,
        "centralization_betweenness": centralization(bet, n - 1) if n >= 2 else None,
        "centralization_closeness":
            centralization(clo, (n - 1) * (n - 2) / (2 * n - 3)) if n >= 3 else None,
    }
    if g.number_of_edges() > 0:
        runs = []
        for seed in range(10):
            parts = nx.community.louvain_communities(g, weight="weight", seed=seed)
            runs.append((nx.community.modularity(g, parts, weight="weight"), seed, parts))
        best = max(runs, key=lambda r: (r[0], -r[1]))
        summary["louvain_best_modularity"] = best[0]
        summary["louvain_best_seed"] = best[1]
        # Partitions whose modularity Chengyu must compute as networkx does.
        checks = [best[2], runs[0][2], [set(g.nodes())], [{v} for v in g.nodes()]]
        if all("club" in g.nodes[v] for v in g.nodes()):
            clubs = {}
            for v in g.nodes():
                clubs.setdefault(g.nodes[v]["club"], set()).add(v)
            checks.append(list(clubs.values()))
        summary["modularity_checks"] = [
            {"partition": [sorted(c) for c in parts],
             "modularity": nx.community.modularity(g, parts, weight="weight")} for parts in checks]
    order = sorted(g.nodes())
    summary["core_periphery_discrete"] = core_periphery_reference.discrete(g, order)
    summary["core_periphery_continuous"] = core_periphery_reference.continuous(g, order)
    return summary


def assortativity(g, attr):
    if g.number_of_edges() == 0:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return clean(float(nx.attribute_assortativity_coefficient(g, attr)))


def ego_counts(g, v):
    """Ties among v's alters, from networkx's ego graph (not from triangles)."""
    ego = nx.ego_graph(g, v)
    return ego.number_of_edges() - g.degree(v)


def measures(g):
    """Every per-node measure and the summary, unweighted and weighted variants."""
    bet = nx.betweenness_centrality(g)
    bet_w = nx.betweenness_centrality(g, weight="distance")
    clo = nx.closeness_centrality(g)
    clo_w = nx.closeness_centrality(g, distance="distance")
    eig, eig_ok = eigenvector(g, None)
    eig_w, eig_w_ok = eigenvector(g, "weight")
    clus = nx.clustering(g)
    core = nx.core_number(g)
    cons = nx.constraint(g)
    eff = nx.effective_size(g)
    per_node = []
    for v in sorted(g.nodes()):
        per_node.append({
            "id": v,
            "degree": g.degree(v),
            "strength": g.degree(v, weight="weight"),
            "betweenness": bet[v],
            "betweenness_weighted": bet_w[v],
            "closeness": clo[v],
            "closeness_weighted": clo_w[v],
            "eigenvector": eig.get(v),
            "eigenvector_weighted": eig_w.get(v),
            "clustering": clus[v],
            "core": core[v],
            "constraint": clean(cons[v]),
            "effective_size": clean(eff[v]),
            "ego_ties": ego_counts(g, v),
            "brokerage": g.degree(v) * (g.degree(v) - 1) // 2 - ego_counts(g, v),
            "ei_province": ei_index(g, "province", [v]),
            "ei_level": ei_index(g, "level", [v]),
        })
    comps = list(nx.connected_components(g))
    summary = {
        "nodes": g.number_of_nodes(),
        "ties": g.number_of_edges(),
        "total_weight": int(g.size(weight="weight")),
        "density": nx.density(g),
        "components": len(comps),
        "largest_component": max((len(c) for c in comps), default=0),
        "average_clustering": nx.average_clustering(g),
        "transitivity": nx.transitivity(g),
        "diameter": max((nx.diameter(g.subgraph(c)) for c in comps), default=0),
        "eigenvector_converged": eig_ok,
        "eigenvector_weighted_converged": eig_w_ok,
    }
    summary.update(group_measures(g))
    return per_node, summary


def write(name, description, nodes, edges, extra=None, groups=None):
    """groups: node -> (province, level); by default the node number mod 2 and mod 3."""
    g = graph_from_edges(nodes, edges)
    groups = groups or {v: (f"p{i % 2}", i % 3) for i, v in enumerate(nodes)}
    for v in g.nodes():
        g.nodes[v]["province"], g.nodes[v]["level"] = groups[v]
    if extra and "clubs" in extra:
        for v, club in extra.pop("clubs").items():
            g.nodes[v]["club"] = club
    per_node, summary = measures(g)
    doc = {
        "name": name,
        "description": description,
        "generator": f"scripts/networkx_fixtures.py with networkx {nx.__version__}",
        "nodes": list(nodes),
        "edges": [[u, v, w] for u, v, w in edges],
        "groups": {v: list(groups[v]) for v in nodes},
        "summary": summary,
        "measures": per_node,
    }
    if extra:
        doc.update(extra)
    path = os.path.join(OUT, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {os.path.relpath(path, ROOT)}: {summary['nodes']} nodes, {summary['ties']} ties")


def numbered(n):
    return [str(i) for i in range(n)]


def small_graphs():
    e = lambda pairs: [(str(u), str(v), 1) for u, v in pairs]
    write("path", "path of 5 nodes", numbered(5), e([(0, 1), (1, 2), (2, 3), (3, 4)]))
    write("star", "star: centre 0 and 5 leaves", numbered(6), e([(0, i) for i in range(1, 6)]))
    write("two_components", "triangle 0-1-2 and path 3-4-5, not connected", numbered(6),
          e([(0, 1), (1, 2), (0, 2), (3, 4), (4, 5)]))
    write("isolated_node", "path 0-1-2 and isolated node 3", numbered(4), e([(0, 1), (1, 2)]))
    write("triangle_pendant", "triangle 0-1-2 with pendant 3 on node 2", numbered(4),
          e([(0, 1), (1, 2), (0, 2), (2, 3)]))
    # One entry per agreement: repeated pairs sum to multi-agreement ties whose weights make the
    # weighted shortest paths differ from the hop-count ones.
    multi = [(0, 1), (0, 1), (0, 1), (1, 2), (0, 2), (2, 3), (2, 3), (3, 4), (1, 3), (1, 3),
             (4, 5), (4, 5), (4, 5), (4, 5), (2, 5), (5, 6), (3, 6), (3, 6)]
    write("weighted_multi", "multi-agreement ties (one edge entry per agreement)", numbered(7),
          e(multi))
    k = nx.karate_club_graph()
    write("karate", "Zachary's karate club (networkx), weights = interaction counts; "
          "groups: province = club, level = node mod 3",
          numbered(k.number_of_nodes()),
          [(str(u), str(v), int(d.get("weight", 1))) for u, v, d in k.edges(data=True)],
          extra={"clubs": {str(v): k.nodes[v]["club"] for v in k.nodes()}},
          groups={str(v): (k.nodes[v]["club"], v % 3) for v in k.nodes()})


def dataset_graphs():
    cities = read_data_csv("cities.csv")
    agreements = read_data_csv("agreements.csv")
    for level in ("signed", "city", "province"):
        dataset_graph(cities, agreements, level, None)
    # A filtered view: the time window applies before ties are built.
    dataset_graph(cities, agreements, "city", (2016, 2017))


def dataset_graph(cities, agreements, level, years):
    edges = [(u, v, 1) for u, v in agreement_pairs(cities, agreements, level, years)]
    nodes = sorted({u for u, _, _ in edges} | {v for _, v, _ in edges})
    # Groups as NetworkView.nodeGroups: the node's province and its administrative rank.
    rank = {"province": 0, "prefecture": 1, "district": 2, "county": 2}
    by_id = {c["id"]: c for c in cities}
    groups = {v: (by_id[v]["province"], rank[by_id[v]["level"]]) for v in nodes}
    extra = {"aggregation": level}
    name, what = f"dataset_{level}", "no filter"
    if years:
        extra["years"] = list(years)
        name, what = f"{name}_{years[0]}_{years[1]}", f"years {years[0]}-{years[1]}"
    write(name, f"data/ at aggregation level '{level}', {what}", nodes, edges, extra, groups)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    small_graphs()
    dataset_graphs()
    sys.exit(0)
