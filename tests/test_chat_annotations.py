"""Annotations made on a chat room before each message became a passage (b239729) and each
writer's run of messages an entry of its own: a passage then quoted several messages at once.
They stay where the user put them: a quote inside one writer's run stays in place and marks
each of its messages; a quote running over two writers' messages, word for word, is anchored
where it starts, whole; one whose words changed becomes an orphan with its quote and item kept,
never moved to another message."""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui.annotate.anchor import overlaps, reanchor_store, target_for_range
from summit_tui.annotate.model import Target
from summit_tui.annotate.store import AnnotationStore
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.model import Corpus, Entry
from summit_tui.corpus.passages import split_passages

ROOM = """\
NDC 같이가요 님과 카카오톡 대화

--------------- 2024년 5월 28일 화요일 ---------------
[김도윤] [오전 10:01] 지금 키노트 시작 - 라이브 서비스 10년, 무엇이 남았나
[김도윤] [오전 10:09] 동접 그래프 10년치 보여주는데
첫해 피크가 지금의 1/20
[이서연] [오전 10:14] 핫픽스를 하루 40번 배포한 날도 있었대요
[박준호] [오전 10:22] 롤백 버튼을 기획자도 누를 수 있게 한 게 핵심
"""
LINES = ROOM.split("\n")
ACROSS = LINES[6] + "\n" + LINES[7]  # 이서연's and 박준호's messages, one old passage


def _corpus(tmp_path: Path, text: str = ROOM) -> Corpus:
    notes = tmp_path / "notes" / "NDC 2024"
    notes.mkdir(parents=True, exist_ok=True)
    (notes / "room.md").write_text(text, encoding="utf-8")
    return build_corpus(tmp_path / "notes")


def _by(corpus: Corpus, author: str) -> Entry:
    (entry,) = [e for e in corpus.entries if e.author == author]
    return entry


def _old_target(exact: str) -> Target:
    """A passage annotation as it was made when the room was one entry."""
    return Target(
        entry_id="NDC 2024/room.md#intro",
        note="NDC 2024/room.md",
        exact=exact,
        prefix=LINES[5][-32:] + "\n",
        suffix="\n",
        start=None,
        end=None,
        line=7,
        author="room",
    )


def test_a_quote_of_one_writers_messages_stays_and_marks_each_message(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    run = _by(corpus, "김도윤")
    item = corpus.linked_item_id(run.id)
    assert item is not None
    target = target_for_range(run, 0, len(run.text))  # the paragraph passage it was
    with AnnotationStore.open(tmp_path / "data") as store:
        note = store.add(item, "10 years", target=target)
        reanchor_store(store, corpus)
        kept = store.get(note.id)
    assert not kept.orphaned and kept.target == target and kept.item_id == item
    passages = split_passages(run)
    assert len(passages) == 2  # two messages, each a passage now
    assert all(overlaps(kept.target, run, passage) for passage in passages)


def test_a_quote_over_two_writers_messages_is_anchored_where_it_starts(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    first = _by(corpus, "이서연")
    item = corpus.linked_item_id(first.id)
    assert item is not None and item == corpus.linked_item_id(_by(corpus, "박준호").id)
    with AnnotationStore.open(tmp_path / "data") as store:
        note = store.add(item, "ops culture", target=_old_target(ACROSS))
        report = reanchor_store(store, corpus)
        found = store.get(note.id)
        assert not found.orphaned and found.item_id == item
        assert found.target.entry_id == first.id and found.target.line == 7
        assert found.target.exact == ACROSS  # the quote is kept whole
        assert (found.target.start, found.target.end) == (0, len(first.text))
        assert "1 moved" in str(report)
        again = reanchor_store(store, corpus)  # and it stays there
        assert store.get(note.id) == found and "0 moved" in str(again)


@pytest.mark.parametrize(
    "edited",
    [
        ROOM.replace("핵심", "제일 잘한 결정"),  # the second message changed
        ROOM.replace("[박준호] [오전 10:22] 롤백", "[박준호] [오전 10:22] 그리고 롤백"),
    ],
)
def test_a_quote_whose_words_changed_is_an_orphan_on_its_item(tmp_path: Path, edited: str) -> None:
    corpus = _corpus(tmp_path, edited)
    item = corpus.linked_item_id(_by(corpus, "이서연").id)
    assert item is not None
    target = _old_target(ACROSS)
    with AnnotationStore.open(tmp_path / "data") as store:
        note = store.add(item, "ops culture", target=target)
        reanchor_store(store, corpus)
        orphan = store.get(note.id)
    assert orphan.orphaned and orphan.item_id == item and orphan.target == target
