"""Whether a note is about no talk is worked out once, by the parse (in a worker on a cold
load), and the checks after linking use that answer: the same warnings as asking again."""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui.corpus import note_parse
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.no_talk import about_no_talk
from summit_tui.corpus.note_parse import parse_file

NOTES = {
    "devfest/day1.md": "# DevFest Seoul 2024 Day 1\n\n## Compose 성능 최적화 (김민지님)\n\n"
    "리컴포지션 줄이기.\n\n## Kotlin 2.0 (Jonas Weber)\n\nK2 compiler.\n",
    "README.md": "# 링크 모음\n\n- [발표 자료](https://example.com/slides)\n- 다시보기 링크\n",
    "diary/2024-11-04.md": "# 2024-11-04 TIL\n\n오늘은 회의만 했다.\n\n## 할 일\n\n- 리뷰\n",
    "retro.md": "# Sprint 12 retro\n\n## What went well\n\n- shipped\n\n## What didn't go well"
    "\n\n- flaky CI\n\n## Action items\n\n- fix CI\n",
    "draft.md": "---\npublished: false\ntitle: Ideas\n---\n# Ideas\n\n## Talk one\n\ntext\n",
    "pycon/keynote.md": "---\ntitle: Keynote - Data at scale\nspeaker: Priya Raman\n---\n"
    "Notes from the keynote.\n\n## Q&A\n\n- How big?\n",
    # both name their event and hold no talk: only the first is told it holds none
    "pycon-kr-2024.md": "# PyCon KR 2024 후기\n\n올해도 다녀왔다. 사람이 정말 많았다.\n\n"
    "## 점심\n\n맛있었다.\n",
    "pycon-kr-2024-links.md": "# PyCon KR 2024 링크 모음\n\n- [발표 자료](https://example.com/a)"
    "\n\n## 영상\n\n- 다시보기\n",
}


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    root = tmp_path / "notes"
    for rel, text in NOTES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_the_parse_answer_is_the_one_asking_again_gives(notes: Path) -> None:
    asked = 0
    for rel in NOTES:
        record = parse_file(rel, str(notes / rel), notes, None, None, None)
        assert record.note is not None
        if record.no_talk is not None:
            asked += 1
            assert record.no_talk == about_no_talk(record.note), rel
    assert asked >= 6  # most notes' segmenting asks it on its way


class _Forgets:
    """An Asked that keeps nothing: the checks then ask about_no_talk again."""

    @property
    def no_talk(self) -> None:
        return None

    @no_talk.setter
    def no_talk(self, value: bool | None) -> None:
        pass


def test_check_warnings_are_the_same_with_the_parse_answers(
    notes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told = build_corpus(notes, cache_dir=tmp_path / "told").problems
    monkeypatch.setattr(note_parse, "Asked", _Forgets)
    asked_again = build_corpus(notes, cache_dir=tmp_path / "again").problems
    assert told == asked_again
    unsorted = {p.path for p in told if "nothing in this note is in an item" in p.message}
    assert unsorted == {"pycon-kr-2024.md"}
