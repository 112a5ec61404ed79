"""Issue 14: where an annotated item's entries are is kept up to date while the item is
found by its id, so its annotations and star follow it through a later rename: annotations
made before places were kept get theirs at the next load (nothing the user wrote changes),
text added under the heading before the rename is still told apart, and a note moved or
renamed along with its heading is still found (the same author's text). Where two items
fit, nothing moves."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from factories import annotated_note, item_ids, run_cli
from summit_tui.annotate.store import AnnotationStore, db_path

NOTE = """\
---
title: PyCon KR 2026 둘째 날
date: 2026-08-16
author: 서연
---

# PyCon KR 2026 둘째 날

## 세션 2 (박지훈)

- 타입 힌트를 점진적으로 도입한 3년의 기록
- mypy strict 모드는 새 모듈부터 켜고, 오래된 모듈은 baseline 파일로 관리
- CI에서 타입 오류 수를 그래프로 보여주니 팀이 스스로 줄이기 시작했다고

## Rust로 파이썬 확장 만들기 (최민호)

- PyO3와 maturin으로 빌드, wheel 배포까지 자동화
- 파싱 병목이 20배 빨라졌다는 벤치마크
"""
ADDED = NOTE.replace(
    "팀이 스스로 줄이기 시작했다고\n",
    "팀이 스스로 줄이기 시작했다고\n- 질문: 런타임 검증은? → pydantic은 경계에서만 쓴다고 답변\n",
)
RENAMED_HEADING = "## 타입 힌트 3년의 기록 (박지훈)"


def _renamed(text: str) -> str:
    return text.replace("## 세션 2 (박지훈)", RENAMED_HEADING)


@pytest.fixture
def folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, str]:
    """Two comments and a star on a talk that goes by a generic heading."""
    comments = ("baseline 파일 방식 팀에 제안", "그래프 아이디어 좋음")
    return annotated_note(tmp_path, capsys, "seoyeon.md", NOTE, "세션 2", comments)


def _saved(data: Path) -> list[tuple[str, str, str, str, str]]:
    """Every annotation row as saved, in the store's order: what the user wrote and when."""
    with sqlite3.connect(db_path(data)) as db:
        return db.execute(
            "SELECT id, item_id, comment, created, updated FROM annotations ORDER BY rowid"
        ).fetchall()


def _forget_places(data: Path) -> None:
    """What a version before places were kept saved: the title and speakers only."""
    with sqlite3.connect(db_path(data)) as db:
        for table, key in (("annotations", "id"), ("marks", "item_id")):
            for row_key, info in db.execute(f"SELECT {key}, item_info FROM {table}").fetchall():
                recorded = json.loads(info)
                recorded.pop("places", None)
                db.execute(
                    f"UPDATE {table} SET item_info = ? WHERE {key} = ?",
                    (json.dumps(recorded, ensure_ascii=False), row_key),
                )


def _places(data: Path) -> list[list[dict[str, object]]]:
    with sqlite3.connect(db_path(data)) as db:
        infos = [r[0] for r in db.execute("SELECT item_info FROM annotations ORDER BY rowid")]
        infos += [r[0] for r in db.execute("SELECT item_info FROM marks")]
    return [json.loads(info).get("places", []) for info in infos]


def _filed(data: Path, notes: Path) -> tuple[dict[str, int], dict[str, bool]]:
    from summit_tui.annotate.collection import attach
    from summit_tui.corpus.build import build_corpus

    with AnnotationStore.open(data, read_only=True) as store:
        attach(store, build_corpus(notes))
        filed: dict[str, int] = {}
        for annotation in store.annotations():
            filed[annotation.item_id] = filed.get(annotation.item_id, 0) + 1
        return filed, {k: m.starred for k, m in store.marks().items()}


def _follows(capsys: pytest.CaptureFixture[str], notes: Path, data: Path, old: str) -> str:
    """`check` lists the move, `export` makes it and says so once; the new item's id."""
    new = item_ids(capsys, notes)["타입 힌트 3년의 기록"]
    base = ["--notes", str(notes), "--data-dir", str(data)]
    _, out, _ = run_cli(capsys, *base, "check")
    assert "세션 2 → 타입 힌트 3년의 기록" in out and "no longer have" not in out
    code, out, err = run_cli(capsys, *base, "export", "--output", "-")
    assert code == 0 and "now belong to '타입 힌트 3년의 기록'" in err
    assert "baseline 파일 방식 팀에 제안" in out and "그래프 아이디어 좋음" in out
    assert _filed(data, notes) == ({new: 2}, {new: True})
    assert new != old
    return new


def test_annotations_made_before_places_were_kept_get_theirs_at_the_next_load(
    folder: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    notes, data, old = folder
    _forget_places(data)
    before = _saved(data)
    base = ["--notes", str(notes), "--data-dir", str(data)]
    run_cli(capsys, *base, "check")
    assert _places(data) == [[], [], []]  # `check` writes nothing
    assert run_cli(capsys, *base, "export", "--output", "-")[0] == 0
    assert _saved(data) == before  # what the user wrote, its times and order unchanged
    for places in _places(data):
        (place,) = places
        assert (place["note"], place["line"]) == ("seoyeon.md", 9)
    # a rename then finds them where the entry is
    (notes / "seoyeon.md").write_text(_renamed(NOTE), encoding="utf-8")
    _follows(capsys, notes, data, old)


def test_a_place_follows_text_added_under_the_heading_before_a_rename(
    folder: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    notes, data, old = folder
    (notes / "seoyeon.md").write_text(ADDED, encoding="utf-8")
    base = ["--notes", str(notes), "--data-dir", str(data)]
    assert item_ids(capsys, notes)["세션 2"] == old
    recorded = _places(data)
    run_cli(capsys, *base, "export", "--output", "-")
    assert _places(data) != recorded  # found by its id: its place recorded again
    (notes / "seoyeon.md").write_text(_renamed(ADDED), encoding="utf-8")
    _follows(capsys, notes, data, old)


def test_text_added_and_the_heading_renamed_at_once_is_still_its_place(
    folder: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    notes, data, old = folder
    (notes / "seoyeon.md").write_text(_renamed(ADDED), encoding="utf-8")
    _follows(capsys, notes, data, old)


def test_two_entries_keeping_the_old_text_move_nothing(
    folder: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The talk split in two under new headings: both keep most of its text."""
    notes, data, old = folder
    body = NOTE.split("## 세션 2 (박지훈)\n")[1].split("## Rust")[0]
    split = _renamed(NOTE).replace(
        "## Rust", "## 타입 검사 도입 실전편 (김도윤)\n" + body.replace("3년", "삼 년") + "## Rust"
    )
    text = split.replace(body, body + "- 발표 자료는 나중에\n", 1)
    (notes / "seoyeon.md").write_text(text, encoding="utf-8")
    base = ["--notes", str(notes), "--data-dir", str(data)]
    _, out, _ = run_cli(capsys, *base, "check")
    assert "no longer have" in out and f"was {old}" in out and "→" not in out
    run_cli(capsys, *base, "export", "--output", "-")
    assert _filed(data, notes) == ({old: 2}, {old: True})


def test_a_note_moved_and_its_heading_renamed_at_once(
    folder: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    notes, data, old = folder
    (notes / "seoyeon.md").unlink()
    (notes / "PyCon KR 2026").mkdir()
    (notes / "PyCon KR 2026" / "day2-seoyeon.md").write_text(_renamed(NOTE), encoding="utf-8")
    _follows(capsys, notes, data, old)


def test_another_authors_copy_in_another_note_is_not_followed(
    folder: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    notes, data, old = folder
    (notes / "seoyeon.md").unlink()
    (notes / "minho.md").write_text(_renamed(NOTE).replace("서연", "민호"), encoding="utf-8")
    base = ["--notes", str(notes), "--data-dir", str(data)]
    _, out, _ = run_cli(capsys, *base, "check")
    assert "no longer have" in out and "→" not in out
    run_cli(capsys, *base, "export", "--output", "-")
    assert _filed(data, notes) == ({old: 2}, {old: True})


async def test_the_app_records_places_then_follows_a_rename(
    folder: tuple[Path, Path, str],
) -> None:
    """Old annotations opened in the app get their place; text is added, the app opened
    again; then the heading is renamed: the star and comments are on the renamed talk."""
    from summit_tui.ui.app import SummitApp
    from summit_tui.ui.widgets.navigator import Navigator
    from waits import settled

    notes, data, _old = folder
    _forget_places(data)

    def app() -> SummitApp:
        return SummitApp(notes, data_dir=data, watch_interval=None)

    async with app().run_test(size=(120, 40)) as pilot:
        await settled(pilot)
    assert all(places for places in _places(data))
    (notes / "seoyeon.md").write_text(ADDED, encoding="utf-8")
    async with app().run_test(size=(120, 40)) as pilot:
        await settled(pilot)
    (notes / "seoyeon.md").write_text(_renamed(ADDED), encoding="utf-8")
    for round in range(2):
        again = app()
        async with again.run_test(size=(120, 40)) as pilot:
            await settled(pilot)
            assert again.corpus is not None
            (talk,) = [i for i in again.corpus.program.items() if i.title == "타입 힌트 3년의 기록"]
            assert again.query_one(Navigator).item_node(talk.id).label.plain.startswith("★")
            said = "\n".join(str(n.message) for n in again._notifications)
            assert ("now belong to '타입 힌트 3년의 기록'" in said) == (round == 0)
            assert "no longer have" not in said
    assert _filed(data, notes) == ({talk.id: 2}, {talk.id: True})


async def test_the_app_follows_a_note_moved_and_renamed_at_once(
    folder: tuple[Path, Path, str],
) -> None:
    from summit_tui.ui.app import SummitApp
    from summit_tui.ui.widgets.navigator import Navigator
    from waits import settled

    notes, data, old = folder
    (notes / "seoyeon.md").unlink()
    (notes / "2026").mkdir()
    (notes / "2026" / "pycon-day2.md").write_text(_renamed(NOTE), encoding="utf-8")
    app = SummitApp(notes, data_dir=data, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.corpus is not None
        (talk,) = [i for i in app.corpus.program.items() if i.title == "타입 힌트 3년의 기록"]
        assert app.query_one(Navigator).item_node(talk.id).label.plain.startswith("★")
        said = "\n".join(str(n.message) for n in app._notifications)
        assert "now belong to '타입 힌트 3년의 기록'" in said and "no longer have" not in said
    assert talk.id != old
    assert _filed(data, notes) == ({talk.id: 2}, {talk.id: True})
