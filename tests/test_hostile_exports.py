"""Hostile or unlucky platform exports never hang or crash a load (issue 14's HTML bodies,
placeholders and chat exports): tags nested 100,000 deep, thousands of unclosed tags or
placeholders, a day divider a megabyte long. Each is loaded by the command in a child
process with a memory limit and a generous deadline (test_hostile_notes.run_cli), and the
rest of the folder still loads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_hostile_notes import run_cli

MESSAGES = "**a** 10:00\nhi\n\n**b** 10:01\nho\n\n**c** 10:02\n"
HOSTILE = {
    "nested-lists": "<ul><li>" * 100_000 + "x",
    "nested-bold": "<p>" + "<b>" * 100_000 + "x" + "</b>" * 100_000 + "</p>",
    "unclosed-tags": "<p>" + "<a " * 300_000,
    "unclosed-quote": '<p><a href="' + "x" * 1_000_000,
    "placeholders": "text\n" + "[##_Image|" * 30_000,  # a pattern: 30,000² steps
    "one-long-line-of-tags": "<p>x</p>" * 300_000,
    "long-divider": MESSAGES + "-" * 1_000_000 + "x\n",
    "long-thread": MESSAGES + "🧵 " + "a " * 500_000 + "\n> **d** 10:03\n> x\n",
}


@pytest.mark.parametrize("body", list(HOSTILE.values()), ids=list(HOSTILE))
def test_a_hostile_export_loads_and_so_does_the_rest(tmp_path: Path, body: str) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "hostile.md").write_text(body, encoding="utf-8")
    (notes / "fine.md").write_text("# Fine\n\n<p>still here</p>\n", encoding="utf-8")
    listed = run_cli("list", "--json", notes=notes, tmp_path=tmp_path)
    assert listed.returncode == 0, listed.stderr[-2000:]
    entries = json.loads(listed.stdout)["unsorted"]
    assert {entry["note"] for entry in entries} == {"hostile.md", "fine.md"}
