"""`check` tells which notes' day could not be worked out, with file and line, and says
nothing about a day for notes about no talk: a docs site's front page's sections ("## 参加者と
担当", "## 社内共有会") and a page of ideas for next year's call for papers are no talks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factories import list_json
from summit_tui import cli

INDEX = (
    "---\ntitle: DroidKaigi 2024 まとめ\n---\n\n# DroidKaigi 2024\n\n"
    "- 日程：2024年9月11日（水）〜13日（金）\n\n"
    "## 参加者と担当\n\n| 名前 | 書いたメモ |\n|---|---|\n| 田中 遥 | [Day 1](./day1.md) |\n\n"
    "## 社内共有会\n\n- 9/20（金）17:00〜 Zoom で共有会\n"
)
DAY_ONE = (
    "---\ntitle: Day 1（9/12 木）\n---\n\n# DroidKaigi 2024 Day 1（9/12 木）\n\n"
    "## Jetpack Compose のリコンポジションを10倍減らした話\n\n- まず計測\n\n"
    "## Android 15 の edge-to-edge 強制、どこでハマるか\n\n- targetSdk 35\n"
)
CFP_IDEAS = (
    "# ideas para CfP 2025\n\nDespués de la PyConES 2024 me han entrado ganas de proponer algo.\n\n"
    "- algo sobre ratchets en CI\n- taller de accesibilidad en notebooks\n"
)
UNDATED = (
    "---\ntitle: DroidKaigi 2024 でいちばん良かったセッション\n---\n\n"
    "## Kotlin Multiplatform で iOS チームと仲良くなる方法\n\n登壇者：中村 美咲\n\n- 組織の話\n"
)


def check_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    cli.main(["check", "--json", "--notes", str(tmp_path / "notes")])
    return json.loads(capsys.readouterr().out)["problems"]


def day_warnings(problems: list[dict]) -> list[tuple[str, int]]:
    return [(p["note"], p["line"]) for p in problems if "day of the talks" in p["message"]]


def test_no_day_warning_for_a_front_page_s_sections_or_cfp_ideas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {"index.md": INDEX, "day1.md": DAY_ONE, "ideas-cfp-2025.md": CFP_IDEAS}
    data = list_json(tmp_path, capsys, files)
    titles = {
        item["title"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }
    assert "参加者と担当" not in titles and "社内共有会" not in titles
    assert not any("CfP" in title for title in titles)
    assert day_warnings(check_json(tmp_path, capsys)) == []


def test_a_talk_whose_day_is_unknown_is_named_with_its_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    list_json(tmp_path, capsys, {"index.md": INDEX, "day1.md": DAY_ONE, "best.md": UNDATED})
    assert day_warnings(check_json(tmp_path, capsys)) == [("best.md", 5)]
