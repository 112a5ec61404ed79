"""초성 as a Korean user types them, without the space between two words (blind16 QA F8, F12):
ㅅㄹㅂㅎ finds "신뢰 불황" as ㅅㄹ ㅂㅎ does, in search and in the command palette; a speaker
found by their name in another order shows as the tree shows them."""

from __future__ import annotations

from pathlib import Path

import pytest

import factories
from factories import search_results
from summit_tui.search.suggest import Suggester, item_candidate

NOTES = {
    "velog.md": "---\nauthor: 하윤\nevent: SXSW 2024\n---\n"
    "# The Trust Recession\n\n"
    '- 사람들은 기관보다 개인 크리에이터를 더 신뢰하게 됐다는 "신뢰 불황" 이야기\n'
    "- 출처 표시를 기본값으로 하자는 제안\n",
    "other.md": "---\nauthor: 하윤\nevent: SXSW 2024\n---\n"
    "# Quiet interfaces\n\n- 소리 없는 알림이 불편한 순간\n- 서로 반응하는 화면\n",
    "recap.md": "---\nauthor: Dana Lee\nevent: DEVit 2024\n---\n"
    "# DEVit 2024 recap\n\n## The code nobody wants to touch (Maria Konstantinou)\n\n"
    "- legacy is not failure\n\n## Rust on a board (Stavros Georgiou)\n\n"
    "- embassy on a $5 chip\n",
}


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    for name, text in NOTES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _lines(results: list[dict]) -> set[tuple[str | None, int | None]]:
    return {(r["note"], r["line"]) for r in results if r["field"] == "body"}


def test_initials_typed_without_the_space_find_the_two_words(capsys, notes) -> None:
    spaced = _lines(search_results(capsys, notes, "ㅅㄹ ㅂㅎ"))
    joined = _lines(search_results(capsys, notes, "ㅅㄹㅂㅎ"))
    assert ("velog.md", 7) in joined
    assert joined <= spaced
    # the two words one right after the other: 소리 … 불편한 and 서로 반응하는 are no 신뢰 불황
    assert ("other.md", 7) not in joined and ("other.md", 8) not in joined


def test_initials_of_the_second_word_half_typed_find_it(capsys, notes) -> None:
    # 출처 표시를: the second word's initials begun (ㅍㅅ of ㅍㅅㄹ)
    assert _lines(search_results(capsys, notes, "ㅊㅊㅍㅅ")) == {("velog.md", 8)}


def test_the_palette_takes_initials_inside_a_title() -> None:
    item = factories.item("hilton", "3/10 (일) · 힐튼 Salon H", event="sxsw-2024")
    other = factories.item("ballroom", "3/12 (화) · 컨벤션 센터 Ballroom D", event="sxsw-2024")
    suggester = Suggester(item_candidate(i) for i in (item, other))
    assert [s.key for s in suggester.rank("ㅎㅌ")] == ["hilton"]
    assert [s.key for s in suggester.rank("힐트")] == ["hilton"]  # as a half-typed syllable
    assert [s.key for s in suggester.rank("ㅋㅂㅅ")] == ["ballroom"]


def test_a_speaker_found_in_another_order_shows_as_the_tree_shows_them(capsys, notes) -> None:
    for query in ("Konstantinou", "konstantinou maria", "konst"):
        items = [r for r in search_results(capsys, notes, query) if r["kind"] == "item"]
        assert [r["snippet"] for r in items] == ["Maria Konstantinou"]
