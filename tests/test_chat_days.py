"""A chat's days are the days its talks were on: the group meeting up the evening before the
event does not make that evening its first day, and a chat named after no event joins the one
whose days its talks were on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_tui import cli

WHATSAPP = """12/1/24, 8:47 PM - Jake: landed. re:Invent badge pickup is open till 10
12/1/24, 9:15 PM - Priya: got mine, line was 5 min
12/3/24, 7:58 AM - Jake: Keynote starting now, we're in the overflow room
12/3/24, 8:09 AM - Jake: S3 Tables announced
12/3/24, 8:21 AM - Doyun: DSQL!! multi region active active
12/4/24, 1:58 PM - Doyun: DAT405 Aurora DSQL under the hood by Tomás Ribeiro starting now
12/4/24, 2:10 PM - Doyun: optimistic concurrency, no locks
"""
IPHONE = """[02/12/2024, 18:24:37] Marta: first re:Invent for both of us, let's share notes here
[02/12/2024, 18:25:02] Lukas: deal. I take the keynotes
[04/12/2024, 14:01:07] Marta: in the Aurora DSQL under the hood talk now
[04/12/2024, 14:09:55] Marta: snapshot isolation only, no serializable
[04/12/2024, 14:40:02] Lukas: does that work for our order service?
"""


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_the_evening_before_is_no_day_and_an_unnamed_chat_joins_by_its_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "notes"
    write(root / "WhatsApp Chat with re_Invent 2024.txt", WHATSAPP)
    write(root / "WhatsApp Chat - Vegas crew" / "_chat.txt", IPHONE)
    assert cli.main(["list", "--notes", str(root), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["events"]) == 1
    days = {day["date"]: day for day in data["events"][0]["days"]}
    assert sorted(days) == ["2024-12-03", "2024-12-04"]
    assert days["2024-12-03"]["label"].startswith("Day 1")
    talks = {
        item["title"]: {entry["note"] for entry in item["entries"]}
        for track in days["2024-12-04"]["tracks"]
        for item in track["items"]
    }
    assert set(talks) == {"DAT405 Aurora DSQL under the hood"}
    assert talks["DAT405 Aurora DSQL under the hood"] == {
        "WhatsApp Chat with re_Invent 2024.txt",
        "WhatsApp Chat - Vegas crew/_chat.txt",
    }


def test_a_chats_other_messages_are_unsorted_under_their_first_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Never under the export's file name, and never warned about as a talk left out."""
    root = tmp_path / "notes"
    write(root / "WhatsApp Chat with re_Invent 2024.txt", WHATSAPP)
    assert cli.main(["list", "--notes", str(root), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [entry["heading"] for entry in data["unsorted"]] == [
        "Jake: landed. re:Invent badge pickup is open till 10"
    ]
    assert cli.main(["check", "--notes", str(root)]) == 0
    assert "reads like a talk" not in capsys.readouterr().out


def test_the_iphone_banner_names_no_run_of_chatter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "notes"
    banner = (
        "[02/12/2024, 18:20:11] Vegas crew: Messages and calls are end-to-end encrypted. No one "
        "outside of this chat, not even WhatsApp, can read or listen to them.\n"
    )
    write(root / "WhatsApp Chat - Vegas crew" / "_chat.txt", banner + IPHONE)
    assert cli.main(["list", "--notes", str(root), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["unsorted"][0]["heading"].startswith("Marta: first re:Invent for both of us")
