"""Live notes in the app: a note saved on disk is read again alone, shown, and found by
search at once; reloading over and over does not make the app grow."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest

from summit_tui.corpus.model import Corpus, Entry
from summit_tui.search.index import SearchIndex
from summit_tui.ui.app import SummitApp
from test_ui_search import open_search, shown, type_query
from waits import settled, until


@pytest.fixture
def notes(tmp_path: Path, shipped_notes: Path) -> Path:
    folder = tmp_path / "notes"
    shutil.copytree(shipped_notes, folder)
    return folder


def _note_with(notes: Path, word: str) -> Path:
    return next(p for p in sorted(notes.rglob("*.md")) if word in p.read_text("utf-8"))


async def test_a_saved_note_is_read_again_alone_and_searched_at_once(notes: Path) -> None:
    app = SummitApp(notes, watch_interval=0.2)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "zanzibar")
        assert not screen.results
        before = app.corpus
        index = app.search_index
        assert before is not None and index is not None
        note = _note_with(notes, "Perplexity")
        note.write_text(note.read_text("utf-8") + "\nZanzibar marmalade.\n", "utf-8")
        await until(pilot, lambda: app.corpus is not before, "the note was read again")
        await until(pilot, lambda: bool(screen.results), "the open search found the new word")
        corpus = app.corpus
        assert corpus is not None
        assert screen.results[0].note == note.name
        assert any("Zanzibar" in line for line in shown(screen))
        others = [n for n in corpus.notes if n.path != note.name]
        assert all(n is before.note(n.path) for n in others)  # not a whole reload
        assert app.search_index is not None and app.search_index is not index
        assert app.search_index.size["delta_notes"] == 1  # the index gained that note only


async def test_the_reader_shows_a_note_saved_on_disk(notes: Path) -> None:
    app = SummitApp(notes, watch_interval=0.2)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.open_item("skai2024-k14")
        await pilot.pause()
        entry = app.reader.current_entry
        assert entry is not None
        path = notes / entry.note
        text = path.read_text("utf-8").replace("Perplexity", "Perplexity Zanzibar", 1)
        path.write_text(text, "utf-8")

        def shown_again() -> bool:
            current = app.reader.current_entry
            return current is not None and "Zanzibar" in current.text

        await until(pilot, shown_again, "the reader shows the edited text")
        assert app.current_item_id == "skai2024-k14"


async def test_reloading_twenty_times_does_not_grow(notes: Path) -> None:
    app = SummitApp(notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await open_search(pilot)
        await pilot.press("escape")
        await settled(pilot)

        async def reload() -> None:
            before = app.corpus
            app.action_reload()
            await until(pilot, lambda: app.corpus is not before, "the reload finished")
            await settled(pilot)

        def alive() -> tuple[int, int, int, int, int]:
            """Objects the collector tracks (frozen ones too), live corpora, indexes and
            entries, and the resident memory (kB; 0 where /proc is absent)."""
            gc.collect()
            tracked = gc.get_freeze_count() + len(gc.get_objects())
            gc.unfreeze()  # to see the frozen objects' types (the next load freezes again)
            objects = gc.get_objects()
            corpora = sum(1 for o in objects if type(o) is Corpus)
            indexes = sum(1 for o in objects if type(o) is SearchIndex)
            entries = sum(1 for o in objects if type(o) is Entry)
            return tracked, corpora, indexes, entries, _rss_kb()

        for _ in range(3):  # caches and lazy imports warm up
            await reload()
        first = alive()
        for _ in range(20):
            await reload()
        last = alive()
        assert last[1] <= first[1] and last[2] <= first[2]  # old ones are let go
        assert last[3] <= first[3], (first, last)
        assert last[0] <= first[0] * 1.05, (first, last)
        assert last[4] <= first[4] * 1.1, (first, last)


def _rss_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    except (OSError, StopIteration):
        return 0


def _big_program_folder(root: Path) -> Path:
    """A program of 320 items in two tracks (the tree folds them: over 300 items), notes
    on talks of the second track, and one talk the program does not list."""
    root.mkdir()
    lines = ["events:", "  - id: big", "    title: Big Summit", "    days:"]
    lines += ["      - date: 2024-11-04", "        tracks:"]
    for track in ("Alpha", "Beta"):
        lines += [f"          - name: {track}", "            items:"]
        lines += [
            f"              - {{id: {track.lower()}-{n:03d}, title: {track} talk number {n}}}"
            for n in range(160)
        ]
    (root / "program.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    front = "---\nauthor: {author}\nevent: Big Summit\ndate: 2024-11-04\n---\n"
    for n in (150, 151, 152):
        body = f"# Beta talk number {n}\n\nWhat was said about number {n}.\n"
        (root / f"beta-{n}.md").write_text(front.format(author=f"A{n}") + body, "utf-8")
    unlisted = "# Zanzibar reef futures\n\nA talk the program does not list.\n"
    (root / "unlisted.md").write_text(front.format(author="Zed") + unlisted, "utf-8")
    return root


async def test_the_reader_keeps_an_edited_note_in_a_big_program(tmp_path: Path) -> None:
    """A program big enough that the tree folds its tracks, with a talk it does not list:
    a note saved on disk is read again alone, and the reader stays on it, showing it."""
    notes = _big_program_folder(tmp_path / "notes")
    app = SummitApp(notes, watch_interval=0.2)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        before = app.corpus
        assert before is not None and before.program.extended
        assert app.open_item("beta-151")
        await pilot.pause()
        entry = app.reader.current_entry
        assert entry is not None and entry.note == "beta-151.md"
        path = notes / entry.note
        path.write_text(path.read_text("utf-8") + "\nQuokka marmalade.\n", "utf-8")

        def shown_again() -> bool:
            current = app.reader.current_entry
            return current is not None and "Quokka" in current.text

        await until(pilot, lambda: app.corpus is not before, "the note was read again")
        await until(pilot, shown_again, "the reader shows the edited note")
        assert app.current_item_id == "beta-151"
        corpus = app.corpus
        assert corpus is not None
        others = [n for n in corpus.notes if n.path != entry.note]
        assert all(n is before.note(n.path) for n in others)  # not a whole reload


async def test_the_reader_follows_its_note_when_the_items_title_changes(tmp_path: Path) -> None:
    """The title of the reader's post edited on disk gives its item another id: the reader
    stays on that post (its new item), not on the first item of the program."""
    notes = tmp_path / "notes"
    (notes / "articles").mkdir(parents=True)
    day_1 = (
        '---\ntitle: "ScalaMatsuri 2023 1日目 参加レポート"\nspeaker: 佐藤 健一\n---\n\n'
        "2023年11月3日、ScalaMatsuri 2023 の1日目に参加しました。型クラスの話がよかった。\n"
    )
    (notes / "articles" / "day1.md").write_text(day_1, "utf-8")
    day_2 = day_1.replace("1日目", "2日目").replace("11月3日", "11月4日")
    (notes / "articles" / "day2.md").write_text(day_2, "utf-8")
    app = SummitApp(notes, watch_interval=0.2)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.open_item("scalamatsuri-2023-1日目-参加レポート")
        await pilot.pause()
        post = notes / "articles" / "day1.md"
        title = 'title: "ScalaMatsuri 2023 1日目 参加レポート"'
        before = app.corpus
        text = post.read_text("utf-8").replace(title, title[:-1] + ' (追記あり)"')
        post.write_text(text, "utf-8")
        await until(pilot, lambda: app.corpus is not before, "the notes were read again")
        await settled(pilot)
        shown = app.reader.current_entry
        assert shown is not None and shown.note == "articles/day1.md"
        # its id may be remembered (a close title, a speaker in common) or not: the reader
        # is on the retitled post's item either way
        item = app.corpus.item(app.current_item_id)
        assert item is not None and item.title.endswith("(追記あり)")


async def test_lines_added_above_the_cursor_keep_it_on_its_passage(tmp_path: Path) -> None:
    """Two lines written above the reader's passage in another program: the reader reloads
    the note with the cursor on the same passage, now two lines further down (QA4-4)."""
    notes = tmp_path / "notes"
    notes.mkdir()
    head = "---\ntitle: Test code talk\nevent: INFCON 2024\ndate: 2024-08-02\n---\n\n"
    body = "# Test code talk\n\n- tests are for changing safely\n- a second point\n- a third\n"
    post = notes / "talk.md"
    post.write_text(head + body, "utf-8")
    app = SummitApp(notes, watch_interval=0.2)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.reader.select_line(10)  # "a second point"
        await pilot.pause()
        assert app.reader.current_passage.plain == "a second point"
        before = app.corpus
        post.write_text(head + "Added later.\n\nAnd more.\n\n" + body, "utf-8")
        await until(pilot, lambda: app.corpus is not before, "the note was read again")
        await settled(pilot)
        passage = app.reader.current_passage
        assert passage is not None and passage.plain == "a second point"
        assert passage.start_line == 14
