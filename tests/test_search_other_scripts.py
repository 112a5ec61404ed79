"""Search finds words of every script a note is written in: Cyrillic (any case, by a
prefix of an inflected word), Greek, Hebrew and Devanagari with its vowel signs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_tui.cli import main

NOTE = """---
event: HighLoad++ 2024
date: 2024-12-02
author: Ольга
---
# Масштабирование Kubernetes

- Кластеры выросли до десяти тысяч узлов
- Η ομιλία για το Kafka ήταν εξαιρετική
- המרצה הסביר על הנתונים
- वक्ता ने डेटा माइग्रेशन के बारे में बताया
"""


@pytest.mark.parametrize(
    ("query", "line"),
    [
        ("кластеры", 8),
        ("КЛАСТЕР", 8),  # a prefix, in capitals
        ("ομιλία", 9),
        ("הנתונים", 10),
        ("माइग्रेशन", 11),
    ],
)
def test_a_word_of_any_script_is_found(tmp_path: Path, capsys, query: str, line: int) -> None:
    (tmp_path / "ru.md").write_text(NOTE, encoding="utf-8")
    assert main(["search", "--notes", str(tmp_path), query, "--json"]) == 0
    results = json.loads(capsys.readouterr().out)["results"]
    assert any(r["kind"] == "passage" and r["line"] == line for r in results)
