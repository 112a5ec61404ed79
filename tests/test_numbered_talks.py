"""Numbered talk headings with their speakers ("## Session 1 — Ann Lee", "## Session 2 — Bob
Stone") are different talks, also when the first one opens the note; and `check` says when
headings that read as talks were folded into one (issue 14, QA14)."""

from __future__ import annotations

from pathlib import Path

from factories import list_items, list_json
from summit_tui import cli

FRONT = "---\nevent: FooConf 2024\ndate: 2024-01-01\n---\n\n"


def _numbered(count: int, word: str = "Session") -> str:
    return FRONT + "".join(
        f"## {word} {n} — Person Number{n}\n\ntext {n}\n\n" for n in range(count)
    )


def test_two_numbered_sessions_are_two_talks(tmp_path: Path, capsys) -> None:
    note = FRONT + "## Session 1 — Ann Lee\n\ntext a\n\n## Session 2 — Bob Stone\n\ntext b\n"
    found = list_items(tmp_path, capsys, {"a.md": note})
    assert sorted((t["title"], tuple(t["speakers"]), t["date"]) for t in found) == [
        ("Session 1", ("Ann Lee",), "2024-01-01"),
        ("Session 2", ("Bob Stone",), "2024-01-01"),
    ]


def test_a_note_of_many_numbered_talks_lists_each(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"a.md": _numbered(300, "Talk")})
    items = [i for e in data["events"] for d in e["days"] for t in d["tracks"] for i in t["items"]]
    assert len(items) == 300
    assert data["unsorted"] == []
    assert {i["entries"][0]["line"] for i in items} == {6 + 4 * n for n in range(300)}


def test_the_first_of_same_level_talk_headings_is_no_note_title(tmp_path: Path, capsys) -> None:
    note = (
        FRONT + "## Caching at scale — Ann Lee\n\ntext a\n\n"
        "## Queues in practice — Bob Stone\n\ntext b\n\n"
        "## Tracing without tears — Cy Park\n\ntext c\n"
    )
    data = list_json(tmp_path, capsys, {"a.md": note})
    titles = {
        i["title"]
        for e in data["events"]
        for d in e["days"]
        for t in d["tracks"]
        for i in t["items"]
    }
    assert titles == {"Caching at scale", "Queues in practice", "Tracing without tears"}
    assert data["unsorted"] == []


def test_check_says_when_talk_like_headings_were_folded_into_a_talk(tmp_path: Path, capsys) -> None:
    note = (
        "---\ntitle: Caching at scale\nevent: FooConf 2024\ndate: 2024-01-01\n"
        "speaker: Ann Lee\nauthor: Kim\n---\n\n## Why caches fail\n\ntext\n\n"
        "## Queues in practice — Bob Stone\n\ntext b\n"
    )
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text(note, encoding="utf-8")
    capsys.readouterr()
    cli.main(["check", "--notes", str(notes)])
    out = capsys.readouterr().out
    assert "a.md:13: warning: 1 heading(s) inside the talk 'Caching at scale'" in out
    assert "'Queues in practice — Bob Stone'" in out


def test_numbered_sessions_of_two_notes_join_only_by_their_speakers(tmp_path: Path, capsys) -> None:
    kim = (
        "---\nevent: FooConf 2024\ndate: 2024-01-01\nauthor: Kim\n---\n\n"
        "## Session 1 — Ann Lee\n\ntext a\n\n## Session 2 — Bob Stone\n\ntext b\n"
    )
    lee = (
        "---\nevent: FooConf 2024\ndate: 2024-01-02\nauthor: Lee\n---\n\n"
        "## Session 1 — Cy Park\n\ntext c\n"
    )
    park = (
        "---\nevent: FooConf 2024\ndate: 2024-01-01\nauthor: Park\n---\n\n"
        "## Session 2 — Bob Stone\n\ntext b again\n"
    )
    found = list_items(tmp_path, capsys, {"kim.md": kim, "lee.md": lee, "park.md": park})
    by_speaker = {t["speakers"][0]: {e["note"] for e in t["entries"]} for t in found}
    assert by_speaker == {
        "Ann Lee": {"kim.md"},
        "Bob Stone": {"kim.md", "park.md"},
        "Cy Park": {"lee.md"},
    }
