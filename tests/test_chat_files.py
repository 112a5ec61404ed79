"""A chat exported as plain text, dropped into the notes folder under the app's own name
(`WhatsApp Chat with X.txt`, `KakaoTalk_…_group.txt`, `[LINE] Chat with X.txt`), is read as a
chat; any other `.txt` is not, and `check` names it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_tui import cli
from summit_tui.corpus.chat_files import chat_export_name

WHATSAPP = """14/10/2024, 08:40 - Messages and calls are end-to-end encrypted. No one outside of \
this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
14/10/2024, 08:41 - Omar: in the hall, DevFest Berlin 2024 badges done
14/10/2024, 09:58 - Omar: Next up: Shipping Wasm to production (Lena Vogt)
14/10/2024, 10:07 - Hind: she runs 40 services on it
14/10/2024, 10:12 - Omar: cold starts under 5 ms
"""


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    "name",
    [
        "WhatsApp Chat with DevFest 🇩🇪.txt",
        "Chat de WhatsApp con Devoxx 2024.txt",
        "_chat.txt",
        "KakaoTalk_20241014_1358_12_345_group.txt",
        "KakaoTalkChats.txt",
        "Talk_2024.10.14 13:58-1.txt",
        "[LINE] Chat with PyCon JP.txt",
        "[LINE] DroidKaigiのトーク.txt",
    ],
)
def test_the_apps_own_names_are_chats(name: str) -> None:
    assert chat_export_name(name)


@pytest.mark.parametrize(
    "name", ["notes.txt", "requirements.txt", "talk_notes.txt", "WhatsApp Chat with X.md"]
)
def test_other_names_are_not(name: str) -> None:
    assert not chat_export_name(name)


def test_a_whatsapp_export_is_read_and_other_text_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "notes"
    write(root / "WhatsApp Chat with DevFest Berlin.txt", WHATSAPP)
    write(root / "packing list.txt", "charger\nbadge\n")
    assert cli.main(["list", "--notes", str(root), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    items = [
        item
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    ]
    talk = next(item for item in items if "Wasm" in item["title"])
    assert {entry["note"] for entry in talk["entries"]} == {"WhatsApp Chat with DevFest Berlin.txt"}
    assert talk["authors"] == ["Omar", "Hind"]  # each message is its sender's
    assert cli.main(["check", "--notes", str(root)]) == 0
    out = capsys.readouterr().out
    unread = [line.strip() for line in out.splitlines() if "(not read)" in line]
    assert len(unread) == 1 and unread[0].startswith("packing list.txt: info: a .txt file")
