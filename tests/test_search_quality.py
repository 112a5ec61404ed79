"""Search finds what people type, and only that, in the CLI and with `/` in the app: words
typed without their accents, a loanword typed in Hangul, and no Korean given name taken
for a Latin surname that happens to sound alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import search_results
from summit_tui.ui.app import SummitApp
from test_ui_search import open_search, type_query
from waits import settled

PROGRAM = """\
events:
  - id: conf
    title: Open Summit
    days:
      - date: 2024-11-04
        tracks:
          - name: Main
            items:
              - id: conf-1
                title: Sobriété numérique
                speakers:
                  - name: Laura Chen
              - id: conf-2
                title: München Meetup
              - id: conf-3
                title: Aurora DSQL deep dive
              - id: conf-4
                title: 팀 회고
                speakers:
                  - name: 김서연
              - id: conf-5
                title: はしる ロボット
"""

NOTES = {
    "sobriety.md": "---\nauthor: Ana\n---\n# Sobriété numérique\n\nLa sobriété numérique "
    "commence par mesurer.\n",
    "munich.md": "---\nauthor: Ben\n---\n# München Meetup\n\nWir trafen uns in München.\n",
    "aurora.md": "---\nauthor: Cid\n---\n# Aurora DSQL deep dive\n\nAurora DSQL scales "
    "writes across regions.\n",
    "retro.md": "---\nauthor: 도윤\n---\n# 팀 회고\n\n서연 님이 회고를 진행했다.\n",
    "robot.md": "---\nauthor: Eri\n---\n# はしる ロボット\n\nロボットがはしる。\n",
}


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "program.yaml").write_text(PROGRAM, encoding="utf-8")
    for name, text in NOTES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def found_items(results: list[dict]) -> set[str]:
    return {r["item_id"] for r in results if r["item_id"]}


def marked(result: dict) -> list[str]:
    return [result["snippet"][a:b] for a, b in result["spans"]]


@pytest.mark.parametrize(
    ("query", "item", "word"),
    [
        ("sobriete", "conf-1", "Sobriété"),
        ("SOBRIETE numerique", "conf-1", "Sobriété"),
        ("munchen", "conf-2", "München"),
    ],
)
def test_words_typed_without_accents_are_found(capsys, notes, query, item, word) -> None:
    results = search_results(capsys, notes, query)
    assert results[0]["item_id"] == item
    assert word in marked(results[0])  # the accented word is what is highlighted
    bodies = [r for r in results if r["field"] == "body"]
    assert bodies and all(r["spans"] for r in bodies)


def test_kana_voicing_marks_are_not_folded_away(capsys, notes) -> None:
    # は and ば are different words; only Latin accents are left out.
    assert "conf-5" in found_items(search_results(capsys, notes, "はしる"))
    assert "conf-5" not in found_items(search_results(capsys, notes, "ばしる"))


def test_a_korean_given_name_is_not_a_latin_surname(capsys, notes) -> None:
    # 서연 sounds a little like Chen, but Chen would be written 첸: neither finds the other.
    assert "conf-1" not in found_items(search_results(capsys, notes, "서연"))
    assert "conf-4" in found_items(search_results(capsys, notes, "서연"))
    assert "conf-4" not in found_items(search_results(capsys, notes, "Chen"))
    assert "conf-1" in found_items(search_results(capsys, notes, "Chen"))
    assert found_items(search_results(capsys, notes, "첸")) == {"conf-1"}  # as Hangul writes Chen


def test_a_loanword_typed_in_hangul_finds_its_latin_spelling(capsys, notes) -> None:
    results = search_results(capsys, notes, "오로라")
    assert results[0]["item_id"] == "conf-3"
    assert all(marked(r) == ["Aurora"] for r in results)  # what was heard is highlighted
    assert "conf-3" not in found_items(search_results(capsys, notes, "오라"))  # aura, not aurora
    assert "conf-3" not in found_items(search_results(capsys, notes, "로라"))


async def test_the_app_finds_the_same(notes: Path) -> None:
    app = SummitApp(notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        for query, item in (("sobriete", "conf-1"), ("munchen", "conf-2")):
            await type_query(pilot, screen, query)
            assert screen.results and screen.results[0].item_id == item, query
            assert screen.results[0].spans, query
        await type_query(pilot, screen, "오로라")
        assert screen.results[0].item_id == "conf-3"
        first = screen.results[0]
        assert [first.snippet[a:b] for a, b in first.spans] == ["Aurora"]
        await type_query(pilot, screen, "서연")
        assert "conf-1" not in {r.item_id for r in screen.results}
