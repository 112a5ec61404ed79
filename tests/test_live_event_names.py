"""An event named with and without its company's word, a chat app's export folder, and a team's
retrospective: what a new user's folder of live notes holds besides conference notes."""

from __future__ import annotations

from pathlib import Path

from factories import loaded_notes
from summit_tui.corpus.events import place_notes
from summit_tui.corpus.folders import chat_export_folder, folder_facts, structure_folder
from summit_tui.corpus.no_talk import about_no_talk


def test_a_name_without_its_company_word_the_same_year_is_the_same_event(
    tmp_path: Path,
) -> None:
    notes = {
        "a.md": "---\ntitle: 'Google I/O 2024: the keynote'\n---\ntext\n",
        "b.md": "# 구글 I/O 2024 안드로이드 세션 정리\n\n## What's new in Android\n\ntext\n",
        "c.md": "# I/O 2024 키노트 요약\n\ntext\n",
        "d.md": "---\ntitle: 'AWS re:Invent 2024 recap'\n---\ntext\n",
        "e.md": "---\ntitle: 're:Invent 2024 day 1'\n---\ntext\n",
        "f.md": "---\ntitle: 'I/O 2023 keynote'\n---\ntext\n",
    }
    placements, events = place_notes(loaded_notes(tmp_path, notes))
    io = placements["a.md"].event_id
    assert placements["b.md"].event_id == io and placements["c.md"].event_id == io
    assert events[io].title.endswith("2024")
    assert placements["d.md"].event_id == placements["e.md"].event_id != io
    assert placements["f.md"].event_id != io  # another year is another event


def test_a_chat_apps_export_folder_names_no_event_and_no_writer() -> None:
    for folder in (
        "ChatExport_2024-12-04",
        "ChatExport_2024-12-04 (2)",
        "WhatsApp Chat with IO watchers",
        "WhatsApp-Chat mit Anna",
        "Acme Slack export Jan 1 2024 - Dec 4 2024",
        "Takeout",
    ):
        assert chat_export_folder(folder), folder
        assert structure_folder(folder), folder
        assert folder_facts(f"{folder}/messages.md")["events"] == [], folder
        assert folder_facts(f"{folder}/messages.md")["dates"] == [], folder
    assert not chat_export_folder("PyCon KR 2024")
    assert not chat_export_folder("Chatbots")
    assert folder_facts("PyCon KR 2024/x.md")["events"]


def test_a_team_retrospective_is_about_no_talk_in_any_language(tmp_path: Path) -> None:
    notes = {
        "en.md": (
            "# Retro 2024 Q2\n\n## What went well\n\n- shipped\n\n## What didn't go well\n\n"
            "- flaky tests\n\n## Action items\n\n- [ ] fix\n"
        ),
        "hu.md": (
            "# Retro 2024 Q2\n\n## Mi ment jól\n\n- kész\n\n## Mi nem ment jól\n\n- lassú\n\n"
            "## Teendők\n\n- [ ] javítás\n"
        ),
        "kpt.md": "# 스프린트 12\n\n## Keep\n\n- a\n\n## Problem\n\n- b\n\n## Try\n\n- c\n",
        # a talk's post: its "Problem" and "Next steps" are the talk's, not a retro's
        "talk.md": (
            "# Scaling Postgres at Acme\n\n## Problem\n\ntext\n\n## Next steps\n\ntext\n\n"
            "## Action items\n\ntext\n"
        ),
        # a conference recap with its talks and a closing "what went well" stays a recap
        "recap.md": (
            "# PyCon KR 2024 후기\n\n## 키노트: 파이썬의 미래 (김민지님)\n\ntext\n\n"
            "## 세션: 타입 힌트 (이준호님)\n\ntext\n\n## What went well\n\ntext\n\n"
            "## Action items\n\ntext\n"
        ),
    }
    loaded = {note.path: note for note in loaded_notes(tmp_path, notes)}
    assert about_no_talk(loaded["en.md"]) and about_no_talk(loaded["hu.md"])
    assert about_no_talk(loaded["kpt.md"])
    assert not about_no_talk(loaded["talk.md"]) and not about_no_talk(loaded["recap.md"])
