#!/usr/bin/env python3
"""Checks the core CSV reader against Python's csv module, field for field, on seeded random files.

Each file is either well-formed (random fields written with random quoting, CRLF/LF/CR line ends,
blank lines, BOM, missing final newline) or token soup that may be malformed (stray and unclosed
quotes, text after a closing quote). The reader runs through the hidden `ChengyuBench csv-dump`
mode, which prints one JSON line per record with the line it starts on, or an error line.

Python's reader runs with strict=True; its blank-line rows ([]) are dropped, since the core reader
skips blank lines (docs/csv-parser.md). A record's start line is the line after the previous row's
`line_num`. For malformed input both must fail after yielding the same records; error line numbers
are not compared, because Python reports where it noticed the problem and the core reader where the
offending quote is (tests pin those).

usage: scripts/check-csv.py [--bench PATH] [--seed S] [--files N] [--keep DIR]
Without --bench it builds ChengyuBench (debug) with `swift build`. Exit status 0 when all agree.
"""
import argparse
import csv
import io
import json
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PIECES = ["a", "b", "xyz", " ", ",", '"', '""', "\n", "\r\n", "\r", "成都", "重庆市", "é", "\t", ";", "'",
          "a longer run of text", "成渝地区双城经济圈"]
SOUP = ["a", "b", ",", ",", '"', '"', '""', "\n", "\r\n", "\r", " ", "成", "\ufeff", 'x"y', '",', '"\n']
ENDINGS = ["\n", "\r\n", "\r"]


def random_field(rng):
    return "".join(rng.choice(PIECES) for _ in range(rng.choice([0, 0, 1, 1, 2, 3, 5])))


def write_field(rng, field, alone):
    needs = any(c in field for c in ',"\r\n') or (alone and field == "")
    if needs or rng.random() < 0.2:
        return '"' + field.replace('"', '""') + '"'
    return field


def well_formed(rng):
    lines = []
    for _ in range(rng.randrange(0, 9)):
        if rng.random() < 0.15:
            lines.append(rng.choice(ENDINGS))  # a blank line
        fields = [random_field(rng) for _ in range(rng.randrange(1, 6))]
        text = ",".join(write_field(rng, f, len(fields) == 1) for f in fields)
        lines.append(text + rng.choice(ENDINGS))
    body = "".join(lines)
    if body and rng.random() < 0.3:
        body = body.rstrip("\r\n")  # no final line break
    return body


def soup(rng):
    # Long runs of plain text too, so the reader's eight-bytes-at-a-time skip is exercised.
    tokens = SOUP + ["abcdefghij", "成都重庆四川"] * 3
    return "".join(rng.choice(tokens) for _ in range(rng.randrange(0, 40 if rng.random() < 0.5 else 160)))


def python_records(text):
    """(records, failed): records as (start line, fields); failed when csv raised an error."""
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records, previous = [], 0
    try:
        for row in reader:
            if row:
                records.append((previous + 1, row))
            previous = reader.line_num
    except csv.Error:
        return records, True
    return records, False


def our_records(bench, path):
    run = subprocess.run([bench, "csv-dump", path], capture_output=True)
    records, failed = [], False
    for line in run.stdout.decode("utf-8").splitlines():
        obj = json.loads(line)
        if "error" in obj:
            failed = True
        else:
            records.append((obj["line"], obj["fields"]))
    if failed != (run.returncode == 1):
        raise SystemExit(f"csv-dump exit status {run.returncode} does not match its output for {path}")
    return records, failed


def build_bench():
    subprocess.run(["swift", "build", "--product", "ChengyuBench"], cwd=ROOT, check=True)
    bin_dir = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_dir, "ChengyuBench")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", help="path to a built ChengyuBench (default: build it)")
    ap.add_argument("--seed", type=int, default=4180)
    ap.add_argument("--files", type=int, default=600)
    ap.add_argument("--keep", help="write the generated files into this folder and keep them")
    args = ap.parse_args()
    bench = args.bench or build_bench()
    rng = random.Random(args.seed)
    folder = args.keep or tempfile.mkdtemp(prefix="check-csv-")
    os.makedirs(folder, exist_ok=True)
    mismatches, counts = 0, {"records": 0, "errors": 0}
    for n in range(args.files):
        text = well_formed(rng) if n % 2 == 0 else soup(rng)
        if rng.random() < 0.15:
            text = "\ufeff" + text
        path = os.path.join(folder, f"case-{n:04d}.csv")
        with open(path, "wb") as f:
            f.write(text.encode("utf-8"))
        expected = python_records(text)
        actual = our_records(bench, path)
        counts["records"] += len(expected[0])
        counts["errors"] += expected[1]
        if expected != actual:
            mismatches += 1
            if mismatches <= 5:
                print(f"MISMATCH {path}\n  input:  {text!r}\n  python: {expected}\n  ours:   {actual}")
        elif not args.keep:
            os.remove(path)
    if not args.keep and mismatches == 0:
        os.rmdir(folder)
    print(f"check-csv: {args.files} files (seed {args.seed}), {counts['records']} records, "
          f"{counts['errors']} malformed files; {mismatches} mismatches")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
