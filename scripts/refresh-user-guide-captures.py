#!/usr/bin/env python3
"""Refreshes the screen captures in docs/user-guide.md from the explorer's 80x24 snapshots.

Each capture is a ```text block preceded by an HTML comment naming its snapshot, e.g.
<!-- capture: cities -->; the key table sits between <!-- key-table --> markers and comes from
Snapshots/key_table.txt (CommandRegistry.markdownTable()). Re-record snapshots first (RECORD_SNAPSHOTS=1 swift test --filter
ScreenSnapshotTests, which fails naming each file it wrote), then run this; a test checks the guide
matches the snapshots. Only a snapshot's text is copied, not the style runs below its marker line.
"""
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
guide = root / "docs" / "user-guide.md"
snapshots = root / "Tests" / "ChengyuTUITests" / "Snapshots"
STYLES_MARKER = "--- styles (row: columns style) ---\n"


def replace(match: re.Match) -> str:
    name = match.group(1)
    text = (snapshots / f"{name}_80x24.txt").read_text(encoding="utf-8").split(STYLES_MARKER)[0]
    return f"<!-- capture: {name} -->\n```text\n{text}```"


source = guide.read_text(encoding="utf-8")
updated = re.sub(r"<!-- capture: ([a-z0-9_]+) -->\n```text\n.*?```", replace, source, flags=re.S)
table = (snapshots / "key_table.txt").read_text(encoding="utf-8")
updated = re.sub(r"<!-- key-table -->\n.*?<!-- /key-table -->", lambda _: f"<!-- key-table -->\n{table}<!-- /key-table -->",
                 updated, flags=re.S)
guide.write_text(updated, encoding="utf-8")
