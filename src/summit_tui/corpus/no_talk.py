"""Notes about no talk: a draft, a template, a guide, an index, a diary, a retrospective."""

from __future__ import annotations

from summit_tui.corpus.model import Note
from summit_tui.corpus.names import normalize

# Titles of notes about no talk: guides, indexes, link lists, diaries, test posts.
_NO_TALK_TEXT = """
안내 공지 양식 템플릿 template guide notice index moc 목차 모음 links link 링크
일정표 schedule timetable 회고 retrospective todo til 일기 diary journal welcome
test 테스트 readme 메모장 정산 후기모음 모아보기 bookmarks 북마크 reading 읽을거리 daily
"""
_NO_TALK_WORDS = frozenset(_NO_TALK_TEXT.split())
_NO_TALK_FOLDERS = frozenset(
    {"templates", "template", "templater", "daily", "daily notes", "dailies", "journal", "일기"}
)


def _about_no_talk(title: str) -> bool:
    return any(word in _NO_TALK_WORDS for word in normalize(title).split())


def about_no_talk(note: Note) -> bool:
    """A note that says it holds no talk: a draft, a template (in a templates folder, or
    a ``{{title}}`` placeholder for a title), a guide, an index, a diary, a daily note, a
    retrospective by its title, file name, folders or tags."""
    *folders, name = note.path.split("/")
    stem = name.rsplit(".", 1)[0]
    if not note.published or "{{" in note.title:
        return True
    if any(normalize(folder) in _NO_TALK_FOLDERS for folder in folders):
        return True
    return any(_about_no_talk(t) for t in (note.title, stem, *note.tags))
