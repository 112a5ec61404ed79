"""Notes kept as plain text are read: a `.txt` memo, and a chat exported as the app saves it
(`WhatsApp Chat with X.txt`, `KakaoTalk_…_group.txt`, `[LINE] Chat with X.txt`), read as a
chat; a project's own files (`requirements.txt`, `LICENSE.txt`) are not notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factories import items_of
from summit_tui import cli
from summit_tui.corpus.loader import is_note_name

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
        "_chat.txt",
        "KakaoTalk_20241014_1358_12_345_group.txt",
        "[LINE] DroidKaigiのトーク.txt",
        "QCon keynote.TXT",
    ],
)
def test_plain_text_notes_are_read(name: str) -> None:
    assert is_note_name(name)


@pytest.mark.parametrize("name", ["requirements.txt", "LICENSE.txt", "README.txt", "a.rtf"])
def test_a_projects_own_files_are_not(name: str) -> None:
    assert not is_note_name(name)


def test_a_whatsapp_export_is_read_as_a_chat(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "notes"
    write(root / "WhatsApp Chat with DevFest Berlin.txt", WHATSAPP)
    write(root / "requirements.txt", "textual\n")
    assert cli.main(["list", "--notes", str(root), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    talk = next(item for item in items_of(data) if "Wasm" in item["title"])
    assert {entry["note"] for entry in talk["entries"]} == {"WhatsApp Chat with DevFest Berlin.txt"}
    assert talk["authors"] == ["Omar", "Hind"]  # each message is its sender's
    notes = {entry["note"] for entry in data["unsorted"]} | {
        entry["note"] for item in items_of(data) for entry in item["entries"]
    }
    assert "requirements.txt" not in notes
    assert cli.main(["check", "--notes", str(root)]) == 0
    assert "(not read)" not in capsys.readouterr().out


def test_an_iphone_exports_marks_do_not_hide_its_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "notes"
    lines = [line.split(" - ", 1) for line in WHATSAPP.splitlines()]
    ios = "".join(f"\u200e[{stamp}:00] {text}\n" for stamp, text in lines)
    write(root / "WhatsApp Chat - DevFest" / "_chat.txt", ios)
    assert cli.main(["list", "--notes", str(root), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    talk = next(item for item in items_of(data) if "Wasm" in item["title"])
    assert [day["date"] for event in data["events"] for day in event["days"]] == ["2024-10-14"]
    assert talk["speakers"] == ["Lena Vogt"]
