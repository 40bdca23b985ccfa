"""The cooperation network rebuilt from data/*.csv in plain Python, as reference for the checks.

Shared by networkx_fixtures.py (measures) and readback_exports.py (exports), so both compare
Chengyu with one independent reading of the rule documented in docs/data-format.md and
Sources/ChengyuCore/Filter/NetworkBuilder.swift: every pair of distinct (rolled-up) parties of an
agreement is a tie; an agreement adds 1 to a tie's weight; pairs that collapse into one node are
dropped; nodes are the governments with at least one tie.
"""
import csv
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent


def read_data_csv(name):
    """The rows of data/NAME as dicts (the shipped files are UTF-8 without BOM)."""
    with open(ROOT / "data" / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def roll_up(cities, level):
    """City id -> node id at an aggregation level (mirrors Dataset.rollUpMap)."""
    by_id = {c["id"]: c for c in cities}
    rank = {"province": 0, "prefecture": 1, "district": 2, "county": 2}
    result = {}
    for c in cities:
        if level == "signed":
            result[c["id"]] = c["id"]
        elif level == "province":
            result[c["id"]] = c["province"] if c["province"] in by_id else c["id"]
        else:
            cur = c
            while rank[cur["level"]] > 1 and cur["parent"] and cur["parent"] in by_id:
                cur = by_id[cur["parent"]]
            result[c["id"]] = cur["id"]
    return result


def agreement_pairs(cities, agreements, level="signed", years=None, keep=None):
    """Every (u, v) tie contribution, one per agreement and pair of its rolled-up parties.

    years: (first, last) inclusive, by the year of the date; keep: a predicate on the agreement
    row (e.g. a mechanism-family test).
    """
    up = roll_up(cities, level)
    pairs = []
    for a in agreements:
        if years and not (years[0] <= int(a["date"][:4]) <= years[1]):
            continue
        if keep and not keep(a):
            continue
        parties = []
        for p in (s.strip() for s in a["parties"].split(";")):
            if p and p not in parties:
                parties.append(p)
        if len(parties) < 2:
            continue  # the loader rejects such rows
        members = []
        for p in parties:
            if up[p] not in members:
                members.append(up[p])
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                pairs.append((members[i], members[j]))
    return pairs
