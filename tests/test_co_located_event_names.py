"""A conference written with its co-located event ("KubeCon + CloudNativeCon Europe 2025") is
the same event as the notes that write it short ("KubeCon EU 2025 London"): one event, one
item for a talk both write up."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import items_of, list_json

_LONG = """\
# KubeCon + CloudNativeCon Europe 2025 — day two

*Thursday, 3 April 2025*

### 11:00 Scaling Prometheus to a billion series — Bartek Płotka
- Thanos vs Mimir comparison
- native histograms cut cardinality a lot

### Closing thoughts
Best KubeCon so far.
"""

_SHORT = """\
---
title: "KubeCon EU 2025 London — my notes"
date: 2025-04-09
---

Back from London, two days of talks (April 2nd and 3rd).

## Day 2 (April 3)

### Prometheus at a billion series (Bartek Płotka)
- native histograms!
"""


def test_a_co_located_name_and_a_short_name_are_one_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"long.md": _LONG, "short.md": _SHORT})
    assert len(data["events"]) == 1
    talks = [sorted(entry["note"] for entry in item["entries"]) for item in items_of(data)]
    assert talks == [["long.md", "short.md"]]
    assert [day["date"] for day in data["events"][0]["days"]] == ["2025-04-03"]
