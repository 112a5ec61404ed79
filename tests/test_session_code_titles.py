"""A talk's title written with its session code by one attendee and without it by another
("STG301 Building a data lake on S3 Tables" / "Building a data lake on S3 Tables") is one talk:
the code's digits are no number of the talk's own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_tui import cli


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_title_with_and_without_its_session_code_is_one_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "notes"
    day = "---\nevent: AWS re:Invent 2024\ndate: 2024-12-03\n---\n"
    write(root / "priya.md", day + "# Day 2\n\n## STG301 Building a data lake on S3 Tables"
          " — Maya Lindqvist\n\n- table buckets are a new bucket type\n")  # fmt: skip
    write(root / "hae.md", day + "# 둘째 날\n\n## Building a data lake on S3 Tables — Maya"
          " Lindqvist\n\n- 테이블 버킷이라는 새 버킷 타입\n")  # fmt: skip
    assert cli.main(["list", "--notes", str(root), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    items = [
        item
        for event in data["events"]
        for day_ in event["days"]
        for track in day_["tracks"]
        for item in track["items"]
    ]
    assert len(items) == 1
    assert {entry["note"] for entry in items[0]["entries"]} == {"priya.md", "hae.md"}
