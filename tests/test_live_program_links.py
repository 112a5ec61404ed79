"""With a program (issue 14, "With a program"): notes that name the event another way, or whose
event was worked out otherwise, still link to the program's talks, end to end through `list`
and `check`: "I/O 2024" and "구글 I/O 2024" are the program's "Google I/O 2024", a heading
whose title is word for word a program talk's links to it, a Korean title written as the
English one sounds ("구글 키노트") links to it, and the same title at another event on other
days stays that event's talk."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_json
from summit_tui import cli

PROGRAM = """\
version: 1
events:
  - id: io2024
    title: Google I/O 2024
    time_zone: America/Los_Angeles
    days:
      - date: 2024-05-14
        label: Day 1
        tracks:
          - name: Keynotes
            items:
              - id: io24-keynote
                type: keynote
                title: Google keynote
                speakers: [{name: Sundar Pichai}]
          - name: Stage 2
            items:
              - id: io24-android
                type: session
                title: What's new in Android
                speakers: [{name: Dan Sandler}, {name: Jingyu Shin}]
"""

NOTES = {
    "program.yaml": PROGRAM,
    "google-io-2024/android.md": (
        "# 구글 I/O 2024 안드로이드 세션 정리\n\n현지 시간 5월 14일 세션.\n\n"
        "## What's new in Android\n\n- Android 15 베타 2\n\n## 느낀 점\n\n좋았다.\n"
    ),
    "blog/io.md": (
        "# I/O 2024 키노트 요약 (5/14)\n\n새벽 2시에 봤다.\n\n## 구글 키노트\n\n"
        "- Gemini 1.5 Pro 200만 토큰\n\n## 개발자 키노트\n\n- Gemini in Android Studio\n"
    ),
    "blog/android-en.md": (
        '---\ntitle: "What\'s new in Android — my notes from Google I/O 2024"\n'
        "author: Ana Castillo\ndate: 2024-05-17\n---\n\nPrivate space, partial screen sharing.\n"
    ),
    "extra/offsite.md": (
        "---\ntitle: Mobile team offsite notes\nevent: Mobile team offsite\nauthor: Priya Nair\n"
        "---\n\nWe watched recordings.\n\n"
        "## What's new in Android — Dan Sandler\n\n- private space\n"
    ),
    "extra/droidcon.md": (
        "---\ntitle: Droidcon Berlin 2024 notes\ndate: 2024-07-03\nauthor: Priya Nair\n---\n\n"
        "## What's new in Android\n\n- the talk again, with a Q&A this time\n"
    ),
}


def _links(data: dict) -> dict[str, set[str]]:
    """item id → the notes of its entries."""
    return {
        item["id"]: {entry["note"] for entry in item["entries"]}
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }


def test_notes_naming_the_event_another_way_link_to_the_programs_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, NOTES)
    links = _links(data)
    assert links["io24-android"] == {
        "google-io-2024/android.md",  # "구글 I/O 2024" is the program's "Google I/O 2024"
        "blog/android-en.md",
        "extra/offsite.md",  # another event's name, no day: the program talk by its title
    }
    assert links["io24-keynote"] == {"blog/io.md"}  # "구글 키노트" heard as "Google keynote"
    assert [e["title"] for e in data["events"] if "I/O" in e["title"]] == ["Google I/O 2024"]
    # the same title at another event on other days is that event's talk
    droidcon = [e for e in data["events"] if e["title"].startswith("Droidcon")]
    assert list(_links({"events": droidcon}).values()) == [{"extra/droidcon.md"}]
    capsys.readouterr()
    cli.main(["check", "--notes", str(tmp_path / "notes")])
    out = capsys.readouterr().out
    assert "0 unlinked entries with candidates" in out
    assert "could not link" not in out
