"""The five seed notes as their authors wrote them (../shared): no frontmatter edits, no
program, and still the events, days and talks a careful reader sees."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.model import Corpus, EntryKind

BOOTHS, EXPO, VELOG, SEMINAR, ESSAY = (
    "000_4d66675ba7e6f891.md",
    "001_232eab9259081369.md",
    "002_a6c6d7d35286b22b.md",
    "003_07f487f46f6f7b7d.md",
    "004_5f0cee57fe923d7a.md",
)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    source = Path(__file__).resolve().parents[2] / "shared" / "eval" / "corpora" / "seeds"
    if not (source / "notes").is_dir():
        pytest.skip("../shared/eval/corpora/seeds is absent")
    folder = tmp_path_factory.mktemp("seeds")
    shutil.copytree(source / "notes", folder / "notes")
    return build_corpus(folder / "notes")


def _items_of(corpus: Corpus, note: str):
    found = {}
    for entry in corpus.entries:
        item_id = corpus.linked_item_id(entry.id)
        if entry.note == note and item_id is not None:
            found[entry.title] = corpus.item(item_id)
    return found


def test_three_notes_one_summit_and_a_seminar_of_its_own(seeds: Corpus) -> None:
    events = {
        note: {item.event for item in _items_of(seeds, note).values()}
        for note in (BOOTHS, EXPO, VELOG, SEMINAR)
    }
    (summit,) = events[BOOTHS]
    assert events[EXPO] == events[VELOG] == {summit}
    assert seeds.program.event(summit).title == "SK AI SUMMIT 2024"
    (seminar,) = events[SEMINAR]
    assert seeds.program.event(seminar).title == "Seminar 2023-03-29"


def test_talks_on_the_day_they_took_place_not_the_posting_day(seeds: Corpus) -> None:
    for note in (BOOTHS, EXPO, VELOG):
        days = {item.day for item in _items_of(seeds, note).values()}
        assert days == {"2024-11-04"}, note  # the velog post is dated 2024-11-09
    assert {item.day for item in _items_of(seeds, SEMINAR).values()} == {"2023-03-29"}


def test_the_same_talk_from_three_authors_is_one_item(seeds: Corpus) -> None:
    perplexity = {
        item.id
        for note in (BOOTHS, EXPO, VELOG)
        for title, item in _items_of(seeds, note).items()
        if "erplexity" in title
    }
    assert len(perplexity) == 1
    (item_id,) = perplexity
    assert len(seeds.authors_for(item_id)) == 3


def test_the_essay_is_about_no_talk(seeds: Corpus) -> None:
    essay = [e for e in seeds.entries if e.note == ESSAY]
    assert [e.kind for e in essay] == [EntryKind.OTHER]
    assert seeds.linked_item_id(essay[0].id) is None


def test_authors_as_the_notes_give_them(seeds: Corpus) -> None:
    authors = {note.path: (note.author, note.author_guessed) for note in seeds.notes}
    assert authors[EXPO] == ("이기훈", False)  # "작성자: 이기훈"
    assert authors[VELOG] == ("euisuk-chung", True)  # the velog blog of its source URL
    assert authors[BOOTHS][1] is True  # nothing to go on: the file name, guessed
