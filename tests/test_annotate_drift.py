"""Annotations stay where the user put them: re-anchoring looks in the annotation's own
entry, then its own item, accepts only clearly the same text, and otherwise makes an
orphan that re-attaches by itself when the text comes back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from summit_tui.annotate.anchor import find_quote, reanchor, reanchor_store
from summit_tui.annotate.store import AnnotationStore
from summit_tui.cli import main
from test_annotate_support import ALICE_TALK, BOB_TALK, ESSAY, alice_entry, corpus, essay_entry

CLAIM = "Her main claim was that evaluation, not model size, decides who ships agents first."
# The same sentence, nearly, in another item (Bob's booth note) and in no item (an essay).
BOOTH_COPY = "## Lambda booth\n\n" + CLAIM.replace("Her main", "Their main")
ESSAY_COPY = ESSAY.replace("Evaluation, not model size", "Her main claim was that evaluation")


def _claim(c):
    return find_quote(alice_entry(c), CLAIM)


def test_a_changed_line_never_moves_to_another_item_or_to_unsorted(tmp_path: Path) -> None:
    gone = ALICE_TALK.replace(CLAIM, "The claim was something else entirely, about chips.")
    with AnnotationStore.open(tmp_path) as store:
        note = store.add("d1-keynote", "mine", target=_claim(corpus()))
        edited = corpus(gone, essay=ESSAY_COPY)
        edited = _with_booth(edited, BOOTH_COPY)
        reanchor_store(store, edited)
        orphan = store.get(note.id)
        assert orphan.orphaned and orphan.item_id == "d1-keynote"
        assert orphan.target == note.target  # quote and context kept as they were
        reanchor_store(store, corpus(essay=ESSAY_COPY))  # the line is back
        back = store.get(note.id)
        assert not back.orphaned and back.target == note.target


def _with_booth(c, booth_text: str):
    from dataclasses import replace

    from summit_tui.corpus.model import Corpus

    entries = tuple(
        replace(e, text=booth_text) if e.id == "bob.md#lambda" else e for e in c.entries
    )
    return Corpus(c.root, c.notes, entries, c.program, c.links)


def test_a_passage_found_in_another_entry_of_its_own_item_moves_there() -> None:
    """Bob's note on the same talk quotes Alice's sentence word for word."""
    moved_away = ALICE_TALK.replace(CLAIM, "(moved to Bob's note)")
    c = corpus(moved_away, BOB_TALK + "\n\n" + CLAIM)
    result = reanchor(_claim(corpus()), c, "d1-keynote")
    assert not result.orphaned
    assert result.target.entry_id == "bob.md#agents" and result.target.author == "Bob"


def test_a_passage_in_no_item_stays_among_the_unsorted_passages_of_its_note(
    tmp_path: Path,
) -> None:
    c = corpus(essay=ESSAY)
    target = find_quote(essay_entry(c), "Next year I will go to fewer talks and more booths.")
    with AnnotationStore.open(tmp_path) as store:
        note = store.add("", "same", target=target)
        # The sentence now only appears (almost) in an item's note: not a place for it.
        elsewhere = corpus(
            ALICE_TALK + "\n\nNext year I will go to fewer talks and more booths!",
            essay=ESSAY.replace("Next year I will go to fewer talks and more booths.", ""),
        )
        reanchor_store(store, elsewhere)
        assert store.get(note.id).orphaned and store.get(note.id).target == target
        reanchor_store(store, corpus(essay="Intro.\n\n" + ESSAY))
        back = store.get(note.id)
        assert not back.orphaned and back.target.line == target.line + 2


def test_only_clearly_the_same_text_is_accepted() -> None:
    short = find_quote(alice_entry(corpus()), "Tool use is the hard part")
    changed = corpus(ALICE_TALK.replace("Tool use is the hard part", "Tool use is the easy part"))
    assert reanchor(short, changed, "d1-keynote").orphaned


# -- the Perplexity keynote, as the issue reports it ---------------------------------------

NOTES = Path(__file__).resolve().parents[1] / "notes"
AFTERNOON = "2024-11-04-sk-ai-summit-day1-afternoon-keynotes.md"
LINE = "> * **내용:** Perplexity의 AI 검색 기술로 정보 탐구와 효율성을 높이는 방안."
OVERVIEW = "* **내용:** Perplexity의 AI 검색 기술로 정보 탐구와 효율성을 높이는 방안."


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    shutil.copytree(NOTES, folder)
    return folder


def _where(capsys, notes: Path, data: Path) -> tuple[int, str, bool]:
    """Where the annotation is after the notes are read again (the Markdown export
    re-anchors, as the app does at every load)."""
    argv = ["--notes", str(notes), "--data-dir", str(data), "export"]
    assert main(argv) == 0
    capsys.readouterr()
    assert main([*argv, "--format", "json"]) == 0
    (annotation,) = json.loads(capsys.readouterr().out)["annotations"]
    target = annotation["target"]
    return target["line"], target["entry_id"], annotation["orphaned"]


@pytest.mark.parametrize(
    "changed",
    [
        LINE.replace("효율성을 높이는 방안", "효율을 높이는 방법"),  # a few words edited
        "> * **내용:** 완전히 다른 문장으로 바뀌었습니다.",  # rewritten
        "",  # deleted
    ],
)
def test_the_perplexity_annotation_never_drifts_to_the_overview_list(
    notes: Path, tmp_path: Path, capsys, changed: str
) -> None:
    data = tmp_path / "data"
    note = notes / AFTERNOON
    original = note.read_text(encoding="utf-8")
    lines = original.split("\n")
    assert lines[1141] == LINE and lines[104] == OVERVIEW  # 1142 and, ~1,000 lines up, 105
    argv = [
        *("--notes", str(notes), "--data-dir", str(data)),
        *("annotate", "skai2024-k14", "my note"),
        *("--quote", "내용: Perplexity의 AI 검색 기술로 정보 탐구와 효율성을 높이는 방안."),
        *("--author", "velog @euisuk-chung"),
    ]
    assert main(argv) == 0
    line, entry, orphaned = _where(capsys, notes, data)
    assert (line, orphaned) == (1142, False)
    note.write_text(original.replace(LINE, changed), encoding="utf-8")
    moved_line, moved_entry, moved_orphaned = _where(capsys, notes, data)
    assert moved_line != 105
    if changed.startswith("> * **내용:** Perplexity"):  # the same line, edited: followed
        assert (moved_line, moved_entry, moved_orphaned) == (1142, entry, False)
    else:  # gone: an orphan that keeps its quote
        assert moved_orphaned and (moved_line, moved_entry) == (1142, entry)
    note.write_text(original, encoding="utf-8")  # the line comes back
    assert _where(capsys, notes, data) == (1142, entry, False)
