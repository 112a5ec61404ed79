"""Issue 14: an item renamed in the note (a generic heading given its real name, or a
title the engine reads better) keeps its annotations and star: they follow the item that
took the old entry's place (same note, same text under the heading), are told once, and
are saved under the new id. Where no item, or several, took that place, nothing moves and
`check` lists them, as before."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factories import annotated_note, item_ids, run_cli
from summit_tui.annotate.store import AnnotationStore
from summit_tui.corpus.model import Corpus

NOTE = """\
---
title: 카카오 테크 밋업 2026 후기
date: 2026-11-20
author: 지민
---

# 카카오 테크 밋업 2026

## 세션 1 (김하늘)

- 평가 파이프라인이 모델 크기보다 중요하다고 강조
- 사내 도입 사례 세 가지 소개, 그중 코드 리뷰 에이전트가 제일 흥미로웠다

## 사내 LLM 플랫폼 구축기 (한수진)

- 모델 서빙은 vLLM, 비용은 GPU 예약으로 30% 절감
"""
RENAMED = NOTE.replace("## 세션 1 (김하늘)", "## 에이전트 시대의 개발 문화 (김하늘)")


@pytest.fixture
def annotated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, str]:
    """A note whose first talk goes by a generic heading, starred and commented on."""
    return annotated_note(tmp_path, capsys, "jimin.md", NOTE, "세션 1", ["평가 얘기 다시 볼 것"])


def _store(data: Path, notes: Path) -> tuple[dict[str, list[str]], dict[str, bool]]:
    """What the store holds for the notes folder, as saved (read, never re-filed)."""
    from summit_tui.annotate.collection import attach
    from summit_tui.corpus.build import build_corpus

    with AnnotationStore.open(data, read_only=True) as store:
        attach(store, build_corpus(notes))
        filed: dict[str, list[str]] = {}
        for annotation in store.annotations():
            filed.setdefault(annotation.item_id, []).append(annotation.comment)
        return filed, {k: m.starred for k, m in store.marks().items()}


def test_a_renamed_heading_keeps_its_comment_and_star(
    annotated: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    notes, data, old = annotated
    (notes / "jimin.md").write_text(RENAMED, encoding="utf-8")
    new = item_ids(capsys, notes)["에이전트 시대의 개발 문화"]
    assert new != old
    base = ["--notes", str(notes), "--data-dir", str(data)]
    code, out, _ = run_cli(capsys, *base, "check")
    assert code == 0
    assert "found by where its entry is" in out and "세션 1 → 에이전트 시대의 개발 문화" in out
    assert "no longer have" not in out
    _, out, _ = run_cli(capsys, *base, "check", "--json")
    (placed,) = json.loads(out)["annotations_found_by_place"]
    assert (placed["item_id"], placed["now"]) == (old, new)
    # `check` writes nothing
    assert _store(data, notes) == ({old: ["평가 얘기 다시 볼 것"]}, {old: True})
    code, out, err = run_cli(capsys, *base, "export", "--output", "-")
    assert code == 0 and "now belong to '에이전트 시대의 개발 문화'" in err
    assert "평가 얘기 다시 볼 것" in out and "no longer in the notes" not in out
    # saved under the new id: it never rests on the same guess twice
    assert _store(data, notes) == ({new: ["평가 얘기 다시 볼 것"]}, {new: True})
    _, _, err = run_cli(capsys, *base, "export", "--output", "-")
    assert "now belong to" not in err  # told once
    _, out, _ = run_cli(capsys, *base, "check")
    assert "found by where" not in out and "no longer have" not in out


def test_a_title_the_engine_reads_differently_keeps_them_too(
    annotated: tuple[Path, Path, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same note, read by a later version that takes the title from elsewhere."""
    from summit_tui.corpus import build
    from test_annotate_items import renamed

    notes, data, old = annotated
    real = build.build_corpus

    def retitled(*args: Any, **kwargs: Any) -> Corpus:
        return renamed(real(*args, **kwargs), old, "talk-1", title="Talk one", speakers=())

    monkeypatch.setattr(build, "build_corpus", retitled)
    base = ["--notes", str(notes), "--data-dir", str(data)]
    code, _, err = run_cli(capsys, *base, "export", "--output", "-")
    assert code == 0 and "now belong to 'Talk one'" in err
    assert _store(data, notes) == ({"talk-1": ["평가 얘기 다시 볼 것"]}, {"talk-1": True})


def test_a_deleted_note_keeps_them_listed_never_moved(
    annotated: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    notes, data, old = annotated
    (notes / "jimin.md").write_text(
        NOTE.split("## 세션 1")[0] + "## 사내 LLM 플랫폼 구축기 (한수진)\n\n- 비용 절감\n",
        encoding="utf-8",
    )
    base = ["--notes", str(notes), "--data-dir", str(data)]
    _, out, _ = run_cli(capsys, *base, "check")
    assert "no longer have" in out and f"was {old}" in out
    (notes / "jimin.md").unlink()
    (notes / "other.md").write_text(RENAMED.replace("지민", "민수"), encoding="utf-8")
    run_cli(capsys, *base, "export", "--output", "-")
    assert _store(data, notes) == ({old: ["평가 얘기 다시 볼 것"]}, {old: True})


async def test_the_app_keeps_a_star_on_a_renamed_item_and_says_so_once(tmp_path: Path) -> None:
    from summit_tui.ui.app import SummitApp
    from summit_tui.ui.widgets.navigator import Navigator
    from test_annotate_items import renamed
    from test_annotate_support import corpus
    from waits import settled

    before = corpus()
    after = renamed(before, title="Agents, evaluated", speakers=())  # no title or speaker alike
    (tmp_path / "notes").mkdir()

    def app(loaded: Corpus) -> SummitApp:
        return SummitApp(
            tmp_path / "notes",
            data_dir=tmp_path / "data",
            loader=lambda path, progress: loaded,
            watch_interval=None,
        )

    first = app(before)
    async with first.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        first.open_item("d1-keynote")
        await pilot.press("s")
        await pilot.pause()
    told = "now belong to 'Agents, evaluated'"
    for round in range(2):
        again = app(after)
        async with again.run_test(size=(120, 40)) as pilot:
            await settled(pilot)
            label = again.query_one(Navigator).item_node("democon-2024-keynote").label.plain
            assert label.startswith("★")
            said = "\n".join(str(n.message) for n in again._notifications)
            assert (told in said) == (round == 0)  # told once: the new id is saved
            assert "no longer have" not in said


def test_a_moved_note_keeps_them_where_they_are(
    annotated: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    notes, data, old = annotated
    (notes / "2026").mkdir()
    (notes / "jimin.md").rename(notes / "2026" / "jimin.md")
    base = ["--notes", str(notes), "--data-dir", str(data)]
    _, out, _ = run_cli(capsys, *base, "check")
    assert "no longer have" not in out and "found by where" not in out
    run_cli(capsys, *base, "export", "--output", "-")
    assert _store(data, notes) == ({old: ["평가 얘기 다시 볼 것"]}, {old: True})
