"""A chat's messages are passages of their own (issue 14): a KakaoTalk room's lines and a
thread's quoted replies, written one under the other, are one Markdown paragraph, yet each is
what a user reads, searches and annotates."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from summit_tui.annotate.collection import attach
from summit_tui.annotate.store import AnnotationStore
from summit_tui.corpus.passages import split_passages
from summit_tui.ui.app import SummitApp
from summit_tui.ui.screens.annotate_modal import AnnotateModal
from waits import settled

ROOM = """\
NDC 같이가요 님과 카카오톡 대화

--------------- 2024년 5월 28일 화요일 ---------------
[김도윤] [오전 10:01] 지금 키노트 시작 - 라이브 서비스 10년, 무엇이 남았나
[김도윤] [오전 10:09] 동접 그래프 10년치 보여주는데
첫해 피크가 지금의 1/20
[이서연] [오전 10:14] 핫픽스를 하루 40번 배포한 날도 있었대요
[박준호] [오전 10:22] 롤백 버튼을 기획자도 누를 수 있게 한 게 핵심
"""

THREAD = """\
**Priya** 9:40 AM
🧵 Keynote: Platform engineering at scale — Kelsey Nakamura
> **Priya** 9:45 AM
> golden paths beat mandates
> **Marco** 9:52 AM
> they showed the Backstage adoption curve
"""


@dataclass(frozen=True)
class _Entry:
    id: str
    text: str
    start_line: int


def test_each_kakaotalk_line_is_a_passage_and_a_message_keeps_its_next_line() -> None:
    passages = split_passages(_Entry("room", ROOM, 1))
    assert [(p.start_line, p.end_line) for p in passages] == [
        (1, 1), (3, 3), (4, 4), (5, 6), (7, 7), (8, 8)
    ]  # fmt: skip
    assert (
        passages[3].plain
        == "[김도윤] [오전 10:09] 동접 그래프 10년치 보여주는데 첫해 피크가 지금의 1/20"
    )
    assert passages == split_passages(_Entry("room", ROOM, 1), fast=False)


def test_each_quoted_reply_is_a_passage() -> None:
    passages = split_passages(_Entry("thread", THREAD, 10))
    assert [(p.start_line, p.plain) for p in passages] == [
        (10, "Priya 9:40 AM 🧵 Keynote: Platform engineering at scale — Kelsey Nakamura"),
        (12, "Priya 9:45 AM golden paths beat mandates"),
        (14, "Marco 9:52 AM they showed the Backstage adoption curve"),
    ]


def test_a_paragraph_that_is_no_chat_stays_one_passage() -> None:
    text = "[Slides](https://example.com) were shared\n[Video] comes later\n**Note** 9:40 AM"
    assert len(split_passages(_Entry("p", text, 1))) == 1


async def test_annotating_one_message_of_a_chat_in_the_reader(tmp_path: Path) -> None:
    notes = tmp_path / "notes" / "NDC 2024"
    notes.mkdir(parents=True)
    (notes / "room.md").write_text(ROOM, encoding="utf-8")
    app = SummitApp(tmp_path / "notes", data_dir=tmp_path / "data", watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.corpus is not None
        (keynote,) = [i for i in app.corpus.program.items() if "라이브 서비스" in i.title]
        assert app.open_item(keynote.id, "이서연", 7)
        app.reader.entry_view.focus()
        await pilot.pause()
        assert app.reader.current_passage.text == ROOM.split("\n")[6]
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AnnotateModal)
        await pilot.press(*"40 deploys a day", "ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, AnnotateModal)
    with AnnotationStore.open(tmp_path / "data") as store:
        attach(store, app.corpus)
        (annotation,) = store.annotations()
    assert annotation.comment == "40 deploys a day"
    assert annotation.target is not None
    assert (
        annotation.target.exact == "[이서연] [오전 10:14] 핫픽스를 하루 40번 배포한 날도 있었대요"
    )
    assert annotation.target.line == 7 and annotation.target.author == "이서연"
