#!/usr/bin/env python3
"""Reads every `chengyu export` format back with networkx (and small parsers) and checks it.

For each scenario (the whole embedded dataset, governance only, and 2016-2017 at city level) the
script exports csv, graphml, gexf (1.3 and 1.2draft), pajek, dl, dot and json, reads each back
and checks that the node ids, the ties, their weights and the Chinese labels equal the reference.
The reference is computed here from data/*.csv where the filter is simple enough to recompute
independently (signed level, family/years filters), and is always checked against the JSON
export and, when the command exists, `chengyu stats --json`.

It also validates GEXF 1.3, GEXF 1.2draft and GraphML (one- and two-mode) with xmllint against
the official XSDs in the shared schemas folder (CHENGYU_SCHEMAS, else ../shared/schemas beside
the repository; never copied into it), and reads the two-mode GraphML back with networkx's
bipartite functions. Without the folder the XSD checks are skipped with a note, except under
CI=true, where that is a failure; a missing xmllint is always a failure. Exits 1 on any mismatch.

Usage: scripts/readback_exports.py [--binary PATH]   (default: .build/debug/chengyu)
"""
import os
import shutil
import argparse
import csv
import json
import pathlib
import re
import shlex
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import networkx as nx

from dataset_reference import agreement_pairs, read_data_csv

ROOT = pathlib.Path(__file__).resolve().parent.parent
FORMATS = ["csv", "graphml", "gexf", "gexf12", "pajek", "dl", "dot", "json"]
FORMAT_ARGS = {"gexf12": ["--format", "gexf", "--gexf-version", "1.2"]}
SCHEMAS = pathlib.Path(os.environ.get("CHENGYU_SCHEMAS", ROOT.parent / "shared" / "schemas"))
XSD = {"gexf": "gexf13/gexf.xsd", "gexf12": "gexf12draft/gexf.xsd", "graphml": "graphml10/graphml.xsd"}
IN_CI = os.environ.get("CI") == "true"
SCENARIOS = [
    ("all", [], {}),
    ("governance", ["--family", "governance"], {"family": "governance"}),
    ("2016-2017 city", ["--years", "2016-2017", "--aggregate", "city"], None),
]
failures = []


def check(what, got, want):
    if got != want:
        failures.append(what)
        print(f"  FAIL {what}")
        if isinstance(got, dict) and isinstance(want, dict):
            diff = sorted(set(got.items()) ^ set(want.items()))[:6]
            print(f"       differing entries (first 6): {diff}")
        elif isinstance(got, (set, frozenset)):
            print(f"       only in export: {sorted(got - want)[:6]}  missing: {sorted(want - got)[:6]}")
        else:
            print(f"       got {got!r}, want {want!r}")


def key(u, v):
    return (u, v) if u < v else (v, u)


def independent_reference(spec):
    """Ties and weights recomputed from data/*.csv (signed level; family and years filters)."""
    family = {r["id"]: r["family"] for r in read_data_csv("mechanisms.csv")}
    cities = read_data_csv("cities.csv")
    names = {c["id"]: c["name_zh"] for c in cities}
    keep = (lambda a: family[a["mechanism"]] == spec["family"]) if "family" in spec else None
    weights = {}
    for u, v in agreement_pairs(cities, read_data_csv("agreements.csv"), keep=keep):
        weights[key(u, v)] = weights.get(key(u, v), 0) + 1
    nodes = {n for pair in weights for n in pair}
    return {"nodes": nodes, "weights": weights, "labels": {n: names[n] for n in nodes}}


def run(binary, args, **kw):
    return subprocess.run([binary, *args], capture_output=True, check=False, **kw)


def read_csv_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def read_csv(base):
    nodes = read_csv_rows(f"{base}.nodes.csv")
    edges = read_csv_rows(f"{base}.edges.csv")
    assert all(e["Type"] == "Undirected" for e in edges), "edge Type must be Undirected"
    return ({n["Id"] for n in nodes}, {key(e["Source"], e["Target"]): int(e["Weight"]) for e in edges},
            {n["Id"]: n["Label"] for n in nodes}, len(edges))


def from_networkx(g, label_attr, id_attr=None):
    """Ids are the node keys, or (GraphML, whose ids may be escaped) the `dataset_id` attribute."""
    ident = {n: (d[id_attr] if id_attr else n) for n, d in g.nodes(data=True)}
    weights = {key(ident[u], ident[v]): int(float(d["weight"])) for u, v, d in g.edges(data=True)}
    labels = {ident[n]: d.get(label_attr) for n, d in g.nodes(data=True)}
    return set(ident.values()), weights, labels, g.number_of_edges()


def check_dynamic_weights(path, name):
    """The GEXF's dynamic weight, read from the XML: per edge non-decreasing, in intervals that do
    not overlap (Gephi rejects overlaps), the last value equal to the static total."""
    ns = {"g": ET.parse(path).getroot().tag[1:].split("}")[0]}
    for edge in ET.parse(path).getroot().iterfind(".//g:edge", ns):
        steps = [(v.get("start"), v.get("end"), int(v.get("value")))
                 for v in edge.iterfind("g:attvalues/g:attvalue[@for='weight']", ns)]
        values = [w for _, _, w in steps]
        ordered = all(steps[i][1] < steps[i + 1][0] for i in range(len(steps) - 1))
        if not steps or values != sorted(values) or values[-1] != int(edge.get("weight")) or not ordered:
            check(f"{name}: dynamic weight of edge {edge.get('id')}", steps, "growing, disjoint, ending at the total")
            return


def xsd_check(path, fmt, name):
    """Validates one file with xmllint; skipped (or failed under CI) without schemas or xmllint."""
    xmllint = shutil.which("xmllint")
    if not SCHEMAS.is_dir():
        if IN_CI:
            check(f"{name}: XSD check needs the schemas folder {SCHEMAS}", "missing", "present")
        else:
            print(f"  (XSD check skipped: no schemas folder {SCHEMAS})")
        return
    if xmllint is None:
        check(f"{name}: XSD check needs xmllint (apt-get install libxml2-utils)", "missing", "present")
        return
    res = subprocess.run([xmllint, "--noout", "--schema", str(SCHEMAS / XSD[fmt]), str(path)],
                         capture_output=True, check=False)
    check(f"{name}: valid against {XSD[fmt]}", res.returncode, 0)
    if res.returncode != 0:
        print("       " + res.stderr.decode()[:600])


def read_pajek(path):
    """networkx keys Pajek vertices by label, so labels must be unique (a shared name carries its
    parent's name, 市中区（内江市）); the Chinese name is checked as the label's beginning."""
    text = pathlib.Path(path).read_text(encoding="utf-8")
    assert "\n\n" not in text, "Pajek file has a blank line"
    ids = dict(re.findall(r"^% (\d+) (\S+)$", text, re.M))
    n = int(re.search(r"^\*Vertices (\d+)$", text, re.M)[1])
    g = nx.read_pajek(path)
    assert g.number_of_nodes() == n, f"{n - g.number_of_nodes()} Pajek labels collapsed in networkx"
    label_to_id = {label: ids[d["id"]] for label, d in g.nodes(data=True)}
    weights = {key(label_to_id[u], label_to_id[v]): int(d["weight"]) for u, v, d in g.edges(data=True)}
    names = {i: re.sub(r"（[^（）]*）$", "", label) for label, i in label_to_id.items()}
    return set(label_to_id.values()), weights, names, g.number_of_edges()


def read_dl(base):
    lines = pathlib.Path(f"{base}.dl").read_text(encoding="ascii").splitlines()
    about = pathlib.Path(f"{base}.dl.about.txt").read_text(encoding="utf-8")
    assert "Transform > Symmetrize" in about, "dl.about.txt must say to symmetrise"
    n = int(re.match(r"DL n=(\d+)$", lines[0]).group(1))
    assert lines[1:4] == ["format = edgelist1", "labels embedded:", "data:"], lines[1:4]
    side = read_csv_rows(f"{base}.labels.csv")
    assert all(r["level"] and r["province"] and r["in_region"] in ("true", "false") for r in side), "labels.csv columns"
    to_id = {r["dl_label"]: r["id"] for r in side}
    assert len(side) == n and len({k.upper() for k in to_id}) == n, "DL labels not unique upper-cased"
    weights = {}
    for line in lines[4:]:
        a, b, w = line.split()
        weights[key(to_id[a], to_id[b])] = int(w)
    return set(to_id.values()), weights, {r["id"]: r["name_zh"] for r in side}, len(lines) - 4


DOT_STRING = r'"((?:[^"\\]|\\.)*)"'


def read_dot(path):
    """A small parser for the DOT chengyu writes: one node or edge statement per line. Ids are
    raw DOT strings (only \\" is an escape); labels are escStrings (\\\\ is one backslash)."""
    nodes, weights, labels, edges = set(), {}, {}, 0
    raw = lambda s: s.replace('\\"', '"')
    unescape = lambda s: re.sub(r"\\(.)", r"\1", s)
    text = pathlib.Path(path).read_text(encoding="utf-8")
    assert not text.startswith("//"), "DOT must not start with a // comment (graph-tool)"
    for line in text.splitlines():
        m = re.match(rf"\s*{DOT_STRING} -- {DOT_STRING} \[(.*)\];$", line)
        if m:
            weights[key(raw(m[1]), raw(m[2]))] = int(re.search(r"weight=(\d+)", m[3])[1])
            edges += 1
            continue
        m = re.match(rf"\s*{DOT_STRING} \[label={DOT_STRING}", line)
        if m:
            nodes.add(raw(m[1]))
            labels[raw(m[1])] = unescape(m[2])
    check_neato(path, text)
    return nodes, weights, labels, edges


def check_neato(path, text):
    """When graphviz is installed and every node has a pos, `neato -n` must place each node where
    its pos says (plain output is in inches, pos in points)."""
    neato = shutil.which("neato")
    pos = dict(re.findall(rf'^\s*{DOT_STRING} \[.*pos="([-\d.]+,[-\d.]+)!"\];$', text, re.M))
    nodes = re.findall(rf"^\s*{DOT_STRING} \[label=", text, re.M)
    if neato is None or not pos or len(pos) != len(nodes):
        print(f"  (neato -n check skipped: {'no neato' if neato is None else f'{len(pos)} of {len(nodes)} nodes have pos'})")
        return
    res = subprocess.run([neato, "-n", "-Tplain", str(path)], capture_output=True, check=False)
    check("dot: neato -n reads the file", res.returncode, 0)
    placed = {}
    for line in res.stdout.decode().splitlines():
        parts = shlex.split(line)
        if parts and parts[0] == "node":
            placed[parts[1]] = (float(parts[2]) * 72, float(parts[3]) * 72)
    want = {k: tuple(float(x) for x in v.split(",")) for k, v in pos.items()}
    # neato may translate the whole drawing (margins), so compare positions up to one shift.
    first = next(iter(want))
    dx, dy = (placed[first][0] - want[first][0], placed[first][1] - want[first][1]) if first in placed else (0, 0)
    off = [k for k in want if k not in placed
           or abs(placed[k][0] - want[k][0] - dx) > 1 or abs(placed[k][1] - want[k][1] - dy) > 1]
    check("dot: neato -n keeps every pos", off, [])


def read_json(path):
    doc = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    return ({n["id"] for n in doc["nodes"]}, {key(t["source"], t["target"]): t["weight"] for t in doc["ties"]},
            {n["id"]: n["label"] for n in doc["nodes"]}, len(doc["ties"]))


def read_back(fmt, base):
    if fmt == "csv":
        return read_csv(base)
    if fmt == "dl":
        return read_dl(base)
    if fmt == "graphml":
        xsd_check(base, "graphml", "graphml")
        return from_networkx(nx.read_graphml(base), "label", id_attr="dataset_id")
    if fmt in ("gexf", "gexf12"):
        xsd_check(base, fmt, fmt)
        check_dynamic_weights(base, fmt)
        return from_networkx(nx.read_gexf(base, version="1.3" if fmt == "gexf" else "1.2draft"), "label")
    if fmt == "pajek":
        return read_pajek(base)
    if fmt == "dot":
        return read_dot(base)
    return read_json(base)


def two_mode_reference(spec):
    """Agreement id -> its parties (signed level), for agreements that make at least one tie."""
    family = {r["id"]: r["family"] for r in read_data_csv("mechanisms.csv")}
    result = {}
    for a in read_data_csv("agreements.csv"):
        if "family" in spec and family[a["mechanism"]] != spec["family"]:
            continue
        parties = {p.strip() for p in a["parties"].split(";") if p.strip()}
        if len(parties) >= 2:
            result[a["id"]] = tuple(sorted(parties))
    return result


def check_two_mode(binary, name, args, spec, tmp):
    """The two-mode GraphML read with networkx's bipartite functions: the two node sets, every
    affiliation and every two-mode degree; checked against data/*.csv when the filter allows."""
    path = f"{tmp}/two.graphml"
    res = run(binary, ["export", "--two-mode", "--format", "graphml", *args, "-o", path])
    if res.returncode != 0:
        check(f"{name}/two-mode: exit code", res.returncode, 0)
        return
    xsd_check(path, "graphml", f"{name}/two-mode graphml")
    g = nx.read_graphml(path)
    ident = {n: d["dataset_id"] for n, d in g.nodes(data=True)}
    agreements = {n for n, d in g.nodes(data=True) if d["bipartite"] == 0}
    governments = set(g) - agreements
    check(f"{name}/two-mode: bipartite", nx.is_bipartite(g) and nx.bipartite.is_bipartite_node_set(g, agreements), True)
    degree_ok = all(g.degree(n) == g.nodes[n]["degree"] for n in g)
    check(f"{name}/two-mode: degree attribute = networkx degree", degree_ok, True)
    got = {ident[a]: tuple(sorted(ident[v] for v in g[a])) for a in agreements}
    if spec is not None:
        check(f"{name}/two-mode: affiliations vs data/*.csv", got, two_mode_reference(spec))
    print(f"  ok two-mode graphml: {len(agreements)} agreements, {len(governments)} governments, "
          f"{g.number_of_edges()} affiliations")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=str(ROOT / ".build" / "debug" / "chengyu"))
    binary = parser.parse_args().binary
    for name, args, spec in SCENARIOS:
        print(f"scenario: {name} {' '.join(args)}")
        out = run(binary, ["export", "--format", "json", *args])
        if out.returncode != 0:
            sys.exit(f"chengyu export failed: {out.stderr.decode()}")
        doc = json.loads(out.stdout)
        ref = {"nodes": {n["id"] for n in doc["nodes"]}, "labels": {n["id"]: n["label"] for n in doc["nodes"]},
               "weights": {key(t["source"], t["target"]): t["weight"] for t in doc["ties"]}}
        if spec is not None:
            own = independent_reference(spec)
            check(f"{name}: JSON export nodes vs data/*.csv", ref["nodes"], own["nodes"])
            check(f"{name}: JSON export weights vs data/*.csv", ref["weights"], own["weights"])
            check(f"{name}: JSON export labels vs data/*.csv", ref["labels"], own["labels"])
        stats = run(binary, ["stats", "--json", *args])
        if stats.returncode == 0:
            s = json.loads(stats.stdout)
            check(f"{name}: stats --json nodes", s.get("nodes"), len(ref["nodes"]))
            check(f"{name}: stats --json ties", s.get("ties"), len(ref["weights"]))
            print(f"  stats --json: {s.get('nodes')} nodes, {s.get('ties')} ties")
        else:
            print("  (chengyu stats --json not available in this build; checked against the JSON export)")
        with tempfile.TemporaryDirectory() as tmp:
            for fmt in FORMATS:
                base = f"{tmp}/{fmt}" if fmt in ("csv", "dl") else f"{tmp}/net.{fmt}"
                extra = ["--excel"] if fmt == "csv" else []
                fmt_args = FORMAT_ARGS.get(fmt, ["--format", fmt])
                res = run(binary, ["export", *fmt_args, *args, *extra, "-o", base])
                if res.returncode != 0:
                    check(f"{name}/{fmt}: exit code", res.returncode, 0)
                    print("       " + res.stderr.decode())
                    continue
                nodes, weights, labels, rows = read_back(fmt, base)
                check(f"{name}/{fmt}: node ids", nodes, ref["nodes"])
                check(f"{name}/{fmt}: tie count", rows, len(ref["weights"]))
                check(f"{name}/{fmt}: weights", weights, ref["weights"])
                check(f"{name}/{fmt}: Chinese labels", labels, ref["labels"])
                print(f"  ok {fmt}: {len(nodes)} nodes, {rows} ties")
            check_two_mode(binary, name, args, spec, tmp)
            leftovers = [p.name for p in pathlib.Path(tmp).iterdir() if ".tmp-" in p.name]
            check(f"{name}: no temporary files left", leftovers, [])
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print("all exports read back correctly")


if __name__ == "__main__":
    main()
