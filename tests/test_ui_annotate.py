"""Pilot tests: annotating a passage and an item, stars and reviewed marks, the annotations
screen (filter, jump, edit, delete, undo), export, and a broken database."""

from __future__ import annotations

import threading
from pathlib import Path

from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from summit_tui.annotate.anchor import find_quote
from summit_tui.annotate.collection import attach
from summit_tui.annotate.session import AnnotationSession
from summit_tui.annotate.store import DB_NAME, AnnotationStore
from summit_tui.corpus.model import Corpus
from summit_tui.ui.app import SummitApp
from summit_tui.ui.messages import CorpusLoaded
from summit_tui.ui.screens.annotate_modal import AnnotateModal
from summit_tui.ui.screens.annotations import AnnotationsScreen
from summit_tui.ui.widgets.annotation_list import AnnotationList
from summit_tui.ui.widgets.navigator import Navigator
from summit_tui.ui.widgets.passage_notes import PassageNotes
from test_annotate_support import ALICE_TALK, corpus
from waits import annotations_open, settled, until

CLAIM = "Her main claim was that evaluation, not model size, decides who ships agents first."
CLAIM_LINE = 10
ALICE_TALK_LINES = ALICE_TALK.split("\n")


def make_app(tmp_path: Path, loaded: Corpus | None = None) -> SummitApp:
    (tmp_path / "notes").mkdir(exist_ok=True)
    return SummitApp(
        tmp_path / "notes",
        data_dir=tmp_path / "data",
        loader=lambda path, progress: loaded or corpus(),
        watch_interval=None,
    )


def notifications(app: SummitApp) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


def stored(tmp_path: Path, loaded: Corpus | None = None) -> AnnotationStore:
    """The store as the app sees it: scoped to the notes folder's collection."""
    store = AnnotationStore.open(tmp_path / "data")
    attach(store, loaded or corpus())
    return store


async def closed_and_saved(pilot: Pilot) -> None:
    """Until ctrl+s has closed the editor and the session holds what it saved (the editor
    closes, then its callback saves: a loaded machine may take more than a pause)."""
    app = pilot.app
    await until(
        pilot,
        lambda: not isinstance(app.screen, AnnotateModal) and app.annotations.annotations,
        "the editor to close and the annotation to be saved",
    )


async def test_annotating_the_passage_under_the_cursor(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.open_item("d1-keynote", "Alice", CLAIM_LINE)
        app.reader.entry_view.focus()
        await pilot.pause()
        assert app.reader.current_passage.text == CLAIM
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AnnotateModal)
        await pilot.press(*"Key point", "enter", *"# second line")
        app.screen.query_one("#annotate-tags", Input).value = "eval, #agents"
        await pilot.press("ctrl+s")
        await closed_and_saved(pilot)
        with stored(tmp_path) as store:
            (annotation,) = store.annotations()
        assert annotation.item_id == "d1-keynote"
        assert annotation.comment == "Key point\n# second line"
        assert annotation.tags == ("eval", "agents")
        assert annotation.target is not None and annotation.target.exact == CLAIM
        assert annotation.target.line == CLAIM_LINE and annotation.target.author == "Alice"
        bar = app.browse.query_one(PassageNotes)
        assert bar.display and "Key point" in str(bar.render())
        # `a` again on the same passage edits that annotation instead of adding another
        await pilot.press("a")
        await pilot.pause()
        assert app.screen.query_one(TextArea).text.startswith("Key point")
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.annotations.annotations) == 1
        # moving off the passage: the bar says which lines are annotated instead
        await pilot.press("k")
        await pilot.pause()
        assert f"annotated lines {CLAIM_LINE}" in str(bar.render())


async def editing_the_item(pilot: Pilot, app: SummitApp) -> None:
    """The notes loaded, the tree on an item (d1-lambda), the editor opened on it with `a`."""
    await settled(pilot)
    app.open_item("d1-lambda")
    app.query_one(Navigator).focus()
    await pilot.pause()
    await pilot.press("a")
    await until(pilot, lambda: isinstance(app.screen, AnnotateModal), "the editor")


async def test_annotating_the_item_from_the_tree(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await editing_the_item(pilot, app)
        await pilot.press(*"Ask about pricing", "ctrl+s")
        await closed_and_saved(pilot)
        (annotation,) = app.annotations.annotations
        assert annotation.item_id == "d1-lambda" and annotation.target is None
        assert annotation.comment == "Ask about pricing"


async def test_cancel_saves_nothing(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        app.open_item("d1-keynote")
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"draft", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, AnnotateModal)
        assert app.annotations.annotations == ()


async def test_quitting_with_the_editor_open_saves_what_was_typed(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await editing_the_item(pilot, app)
        await pilot.press(*"Half a thought")
        await pilot.press("ctrl+q")  # neither ctrl+s nor escape: the text is not thrown away
        await pilot.pause()
    with stored(tmp_path) as store:
        (annotation,) = store.annotations()
    assert annotation.item_id == "d1-lambda" and annotation.comment == "Half a thought"


async def test_quitting_with_an_unchanged_editor_writes_nothing(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await editing_the_item(pilot, app)
        await pilot.press("ctrl+q")
        await pilot.pause()
    with stored(tmp_path) as store:
        assert store.annotations() == []


async def test_star_and_reviewed_update_the_tree_and_progress_at_once(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        app.open_item("d1-keynote")
        navigator = app.query_one(Navigator)
        await pilot.press("s")
        await pilot.pause()
        assert navigator.item_node("d1-keynote").label.plain.startswith("★")
        await pilot.press("r")
        await pilot.pause()
        assert navigator.item_node("d1-keynote").label.plain.startswith("★✓")
        day_labels = [n.label.plain for n in navigator.root.children[0].children]
        assert any("1/2 reviewed" in label for label in day_labels)
        await pilot.press("s")
        await pilot.pause()
        assert navigator.item_node("d1-keynote").label.plain.startswith("✓")
    with stored(tmp_path) as store:
        mark = store.mark("d1-keynote")
        assert not mark.starred and mark.reviewed


async def test_marks_saved_earlier_show_when_the_app_opens(tmp_path: Path) -> None:
    with stored(tmp_path) as store:
        store.set_mark("d1-lambda", starred=True, reviewed=True)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        label = app.query_one(Navigator).item_node("d1-lambda").label.plain
        assert label.startswith("★✓")


def _seed(tmp_path: Path) -> tuple[str, str, str]:
    c = corpus()
    alice = next(e for e in c.entries if e.author == "Alice")
    with stored(tmp_path) as store:
        passage = store.add(
            "d1-keynote", "the crux", tags=["eval"], target=find_quote(alice, CLAIM)
        )
        item = store.add("d1-lambda", "ask about pricing", tags=["booth"])
        other = store.add("d2-panel", "day two thought", tags=["eval"])
    return passage.id, item.id, other.id


async def test_annotations_screen_filters_jumps_edits_deletes_and_undoes(tmp_path: Path) -> None:
    passage_id, item_id, _other_id = _seed(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settled(pilot)
        await pilot.press("A")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AnnotationsScreen)
        table = screen.query_one(AnnotationList)
        assert table.row_count == 3

        screen.query_one("#annotations-tag", Input).value = "eval"
        await pilot.pause()
        assert table.row_count == 2
        screen.query_one("#annotations-tag", Input).value = ""
        screen.query_one("#annotations-day").value = "2024-11-05"
        await pilot.pause()
        assert table.row_count == 1
        screen.query_one("#annotations-day").clear()
        await pilot.pause()
        assert table.row_count == 3

        # delete the item note, then undo
        table.focus()
        table.select_id(item_id)
        await pilot.press("d")
        await pilot.pause()
        assert table.row_count == 2
        with stored(tmp_path) as store:
            assert store.get(item_id).deleted is not None
        await pilot.press("u")
        await pilot.pause()
        assert table.row_count == 3
        with stored(tmp_path) as store:
            assert store.get(item_id).deleted is None

        # edit the passage annotation
        table.select_id(passage_id)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, AnnotateModal)
        app.screen.query_one(TextArea).text = "the crux, revised"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        with stored(tmp_path) as store:
            assert store.get(passage_id).comment == "the crux, revised"

        # jump to it: the reader shows Alice's passage under the cursor
        table.select_id(passage_id)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.browse
        assert app.current_item_id == "d1-keynote"
        assert app.reader.current_author == "Alice"
        assert app.reader.current_passage.text == CLAIM


async def test_orphans_filter(tmp_path: Path) -> None:
    passage_id, _, _ = _seed(tmp_path)
    with stored(tmp_path) as store:
        # the quote's note changed while the app was closed: it will not be found
        store.set_anchor(passage_id, store.get(passage_id).target, orphaned=False)
    edited = corpus(alice="## Agents\n\nCompletely rewritten notes.")
    app = make_app(tmp_path, edited)
    async with app.run_test(size=(140, 40)) as pilot:
        await settled(pilot)
        assert "can no longer be found" in notifications(app)
        await pilot.press("A")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#annotations-orphans").value = True
        await pilot.pause()
        table = screen.query_one(AnnotationList)
        assert table.row_count == 1
        assert table.row_text(0).plain.startswith("⚠")
    with stored(tmp_path) as store:
        assert store.get(passage_id).orphaned
        assert store.get(passage_id).comment == "the crux"


async def test_export_writes_markdown_and_says_where(tmp_path: Path) -> None:
    _seed(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("e")
        await until(pilot, lambda: str(tmp_path) in notifications(app), "the export")
        exports = list((tmp_path / "data" / "exports").glob("*.md"))
        assert len(exports) == 1
        assert str(exports[0]) in notifications(app)
        text = exports[0].read_text(encoding="utf-8")
        assert "##### Agents at scale" in text and "the crux" in text
        assert f"> {CLAIM}" in text


async def test_broken_database_leaves_notes_readable(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    garbage = b"\x00not sqlite\xff" * 64
    (data / DB_NAME).write_bytes(garbage)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.corpus is not None and app.current_item_id is not None
        assert "unavailable" in "\n".join(str(n.title) for n in app._notifications).lower()
        assert str(data / DB_NAME) in notifications(app)
        app._notifications.clear()
        await pilot.press("s")
        await pilot.press("a")
        await pilot.press("e")
        await pilot.pause()
        assert not isinstance(app.screen, AnnotateModal)
        assert str(data / DB_NAME) in notifications(app)
    assert (data / DB_NAME).read_bytes() == garbage


async def test_marks_written_by_another_instance_show_up(tmp_path: Path, monkeypatch) -> None:
    # Read again in a worker thread: 5,000 annotations take over 0.1 s to read.
    threads: list[int] = []
    read = AnnotationSession.read_if_changed_elsewhere

    def recorded(session: AnnotationSession) -> bool:
        threads.append(threading.get_ident())
        return read(session)

    monkeypatch.setattr(AnnotationSession, "read_if_changed_elsewhere", recorded)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await annotations_open(pilot)
        navigator = app.query_one(Navigator)
        assert not navigator.item_node("d2-panel").label.plain.startswith("★")
        with stored(tmp_path) as other:  # e.g. `summit-tui mark d2-panel --star`
            other.set_mark("d2-panel", starred=True)
            other.add("d2-panel", "from the other window")
        app.annotator.poll()
        await until(
            pilot,
            lambda: navigator.item_node("d2-panel").label.plain.startswith("★"),
            "the star written elsewhere",
        )
        assert any(a.comment == "from the other window" for a in app.annotations.annotations)
        assert threads and threading.get_ident() not in threads


async def test_a_failed_save_keeps_the_text_in_the_editor(tmp_path: Path, monkeypatch) -> None:
    from summit_tui.annotate.store import StoreUnavailableError

    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        app.open_item("d1-keynote")

        def disk_full(*args, **kwargs):
            raise StoreUnavailableError("cannot use annotations.sqlite3: database or disk is full")

        monkeypatch.setattr(app.annotations.store, "add", disk_full)
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, AnnotateModal), "the editor")
        first = app.screen
        await pilot.press(*"precious words", "ctrl+s")
        # The failed save closes the editor, says why, then opens it again with the text.
        await until(
            pilot,
            lambda: isinstance(app.screen, AnnotateModal) and app.screen is not first,
            "the editor opened again after the failed save",
        )
        assert app.screen.query_one(TextArea).text == "precious words"
        assert "disk is full" in notifications(app)


async def test_annotated_passages_are_offered_to_the_reader_for_highlighting(
    tmp_path: Path,
) -> None:
    _seed(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        app.open_item("d1-keynote", "Alice")
        view = app.reader.entry_view
        assert view.passage_marks == app.annotations.is_annotated
        entry = view.current_entry
        marked = [p.text for p in view.passages if view.passage_marks(entry, p)]
        assert marked == [CLAIM]


async def test_star_from_the_annotations_screen_marks_the_selected_item(tmp_path: Path) -> None:
    _passage_id, item_id, _ = _seed(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settled(pilot)
        app.open_item("d1-keynote")
        await pilot.press("A")
        await pilot.pause()
        table = app.screen.query_one(AnnotationList)
        table.select_id(item_id)
        await pilot.press("s", "r")
        await pilot.pause()
        label = app.query_one(Navigator).item_node("d1-lambda").label.plain
        assert label.startswith("★✓")
        assert app.annotations.marks("d1-keynote") == (False, False)


async def test_annotated_passage_shows_a_mark_in_the_reader_gutter(tmp_path: Path) -> None:
    _seed(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        app.open_item("d1-keynote", "Alice")
        app.reader.entry_view.focus()
        await pilot.pause()
        view = app.reader.entry_view

        def shown() -> list[str]:
            return [
                "".join(seg.text for seg in view.render_line(y))
                for y in range(view.scrollable_content_region.height)
            ]

        marked = [line for line in shown() if line[:3] == " ✎ "]
        assert marked, shown()
        assert all("evaluation" in line or "ships" in line for line in marked)
        # Under the cursor the mark stays, beside the cursor's ▶.
        app.reader.select_line(CLAIM_LINE)
        await pilot.pause()
        assert any(line.startswith("▶✎ Her main claim") for line in shown()), shown()


async def test_a_on_the_compare_screen_annotates_the_compared_passage(tmp_path: Path) -> None:
    from summit_tui.ui.screens.compare import CompareScreen

    app = make_app(tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settled(pilot)
        app.open_item("d1-keynote", "Alice")
        await pilot.press("c")
        await settled(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        column = screen.active
        target = next(p for p in column.visible if "evaluation" in p.text)
        column.select(target.index)
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AnnotateModal)
        await pilot.press(*"compare note", "ctrl+s")
        await closed_and_saved(pilot)
    with stored(tmp_path) as store:
        saved = [a for a in store.annotations() if a.comment == "compare note"]
    assert len(saved) == 1
    assert saved[0].target is not None
    assert "evaluation" in saved[0].target.exact


def test_quitting_before_the_first_frame_opens_no_store(tmp_path: Path) -> None:
    """`q` can arrive before the deferred start; starting then must neither raise nor
    open the database for an app that is going away."""
    app = make_app(tmp_path)
    assert not app.is_running
    app._first_load()
    assert app.annotations is None
    assert not (tmp_path / "data" / DB_NAME).exists()


async def test_a_damaged_database_keeps_the_app_showing_notes_and_annotations(
    tmp_path: Path,
) -> None:
    from test_annotate_database import damage_one_page

    data = tmp_path / "data"
    with stored(tmp_path) as store:
        for n in range(300):
            store.add("d1-keynote", f"comment {n} " + "x" * 150)
        store.set_mark("d1-keynote", starred=True)
    import sqlite3

    db = sqlite3.connect(data / DB_NAME)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    damage_one_page(data)
    before = (data / DB_NAME).read_bytes()
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.corpus is not None and app.current_item_id is not None
        titles = "\n".join(str(n.title) for n in app._notifications)
        assert "read-only" in titles.lower() and "damaged" in notifications(app)
        assert "could not be read from the damaged pages" in notifications(app)
        # What can be read is shown: most annotations and the star.
        assert 250 < len(app.annotations.annotations) < 300
        assert app.annotations.marks("d1-keynote") == (True, False)
        app._notifications.clear()
        app.open_item("d1-lambda")
        app.query_one(Navigator).focus()
        await pilot.press("s")  # refused, said
        await pilot.pause()
        assert "nothing was saved" in notifications(app)
        assert app.annotations.marks("d1-lambda") == (False, False)
    assert (data / DB_NAME).read_bytes() == before


async def test_a_passage_that_belongs_to_no_item_can_be_annotated(tmp_path: Path) -> None:
    from test_annotate_support import ESSAY, essay_entry

    loaded = corpus(essay=ESSAY)
    app = make_app(tmp_path, loaded)
    line = 1 + ESSAY.split("\n").index("Next year I will go to fewer talks and more booths.")
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.open_entry(essay_entry(loaded).id, line)
        app.reader.entry_view.focus()
        await pilot.pause()
        assert app.current_item_id is None
        assert app.reader.current_passage.text.startswith("Next year")
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AnnotateModal)
        await pilot.press(*"Same here", "ctrl+s")
        await closed_and_saved(pilot)
        (annotation,) = app.annotations.annotations
        assert annotation.item_id == "" and annotation.target is not None
        assert annotation.target.note == "essay.md" and annotation.target.line == line
        bar = app.browse.query_one(PassageNotes)
        assert bar.display and "Same here" in str(bar.render())
    with stored(tmp_path, loaded) as store:
        (saved,) = store.annotations()
    assert saved.comment == "Same here" and saved.unsorted


async def test_annotations_on_an_item_that_is_gone_are_listed_not_filed_away(
    tmp_path: Path,
) -> None:
    from summit_tui.annotate.model import ItemInfo

    with stored(tmp_path) as store:
        store.add(
            "dropped-talk",
            "about a talk no longer in the notes",
            item=ItemInfo("Quantum chips in 2030", ("Zed Speaker",), "session", "democon"),
        )
    app = make_app(tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settled(pilot)
        assert "1 annotation is on items these notes no longer have" in notifications(app)
        await pilot.press("A")
        await pilot.pause()
        table = app.screen.query_one(AnnotationList)
        assert table.row_count == 1
        row = table.row_text(0, 140).plain
        assert row.startswith("• ⚠ item gone: Quantum chips"), row


async def test_the_editor_shows_the_passage_as_read_and_the_export_quotes_it_so(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path)
    line = 3 + ALICE_TALK_LINES.index("- Agents need memory that survives restarts.")
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.open_item("d1-keynote", "Alice", line)
        app.reader.entry_view.focus()
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        shown = app.screen.query_one("#annotate-text").render().plain
        assert shown.startswith("Agents need memory") and "- Agents" not in shown
        await pilot.press(*"memory matters", "ctrl+s")
        await pilot.pause()
        (annotation,) = app.annotator.session.annotations
        assert annotation.target.exact == "- Agents need memory that survives restarts."
        assert annotation.target.quote == "Agents need memory that survives restarts."


async def test_the_annotations_filter_keys_and_export_act_on_what_is_shown(tmp_path: Path) -> None:
    """/ then enter leaves the filter for the list; escape in the filter clears it, then
    leaves it (the screen stays); tags match in part; x exports what the filter shows;
    a says what it would need."""
    _seed(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("A")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AnnotationsScreen)
        listed = screen.query_one(AnnotationList)
        field = screen.query_one("#annotations-tag", Input)
        await pilot.press("slash", *"bo", "enter")  # "bo" finds #booth
        await pilot.pause()
        assert listed.has_focus and listed.row_count == 1
        await pilot.press("x")
        await until(pilot, lambda: "Exported 1 annotation" in notifications(app), "the export")
        (export,) = (tmp_path / "data" / "exports").glob("*.md")
        text = export.read_text(encoding="utf-8")
        assert "ask about pricing" in text and "the crux" not in text
        await pilot.press("slash")
        await pilot.press("escape")  # clears the filter
        await pilot.pause()
        assert app.screen is screen and field.value == "" and field.has_focus
        assert listed.row_count == 3
        await pilot.press("escape")  # leaves it
        await pilot.pause()
        assert app.screen is screen and listed.has_focus
        app._notifications.clear()
        await pilot.press("a")
        await pilot.pause()
        assert "e edits the selected annotation" in notifications(app)
        # Everything fits 80×24: no widget of the screen is cut off at the bottom or right.
        for widget in screen.query("*"):
            region = widget.region
            if region.area:
                assert region.right <= 80 and region.bottom <= 24, widget
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.browse


async def test_quotes_are_found_again_in_a_worker_thread(tmp_path: Path, monkeypatch) -> None:
    # At 5,000 annotations finding every quote again takes about a third of a second:
    # never on the thread that answers keys (after a load, or each time a note is saved).
    threads: list[int] = []
    found_again = AnnotationSession.corpus_loaded

    def recorded(session: AnnotationSession, loaded: Corpus):
        threads.append(threading.get_ident())
        return found_again(session, loaded)

    monkeypatch.setattr(AnnotationSession, "corpus_loaded", recorded)
    _seed(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await annotations_open(pilot)
        assert threads and threading.get_ident() not in threads
        assert len(app.annotations.annotations) == 3
        app.post_message(CorpusLoaded(corpus()))  # a reload: found again the same way
        await until(pilot, lambda: len(threads) == 2, "the second search")
        await until(pilot, lambda: not app.annotator.finding, "the search to end")
        assert threading.get_ident() not in threads


async def test_annotation_keys_wait_until_the_store_knows_the_notes_folder(
    tmp_path: Path, monkeypatch
) -> None:
    # Until the store is scoped to this notes folder's collection, a star or a note would
    # be saved in no collection: the keys say so and save nothing.
    gate = threading.Event()
    found_again = AnnotationSession.corpus_loaded

    def held(session: AnnotationSession, loaded: Corpus):
        gate.wait(10)
        return found_again(session, loaded)

    monkeypatch.setattr(AnnotationSession, "corpus_loaded", held)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        # Not waiting for workers: the quotes' finder is held.
        await until(
            pilot,
            lambda: app.corpus is not None and app.annotator.finding,
            "the quotes to be being found",
            workers=False,
        )
        app.annotator.toggle("star", "d1-keynote", app.corpus)
        await pilot.pause(0.05)
        assert "being matched to these notes" in notifications(app)
        assert app.annotations.marks("d1-keynote") == (False, False)
        gate.set()
        await annotations_open(pilot)
        app.annotator.toggle("star", "d1-keynote", app.corpus)
        assert app.annotations.marks("d1-keynote") == (True, False)
    with stored(tmp_path) as store:
        assert store.mark("d1-keynote").starred


async def test_exports_are_written_in_a_worker_thread(tmp_path: Path, monkeypatch) -> None:
    # e and x write every (or every shown) annotation: half a second at 5,000, never on
    # the thread that answers keys.
    threads: list[int] = []
    export = AnnotationSession.export

    def recorded(session: AnnotationSession, *args):
        threads.append(threading.get_ident())
        return export(session, *args)

    monkeypatch.setattr(AnnotationSession, "export", recorded)
    _seed(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await annotations_open(pilot)
        await pilot.press("e")
        await until(pilot, lambda: "Exported 3 annotations" in notifications(app), "e")
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, AnnotationsScreen), "the list")
        await pilot.press("x")
        await until(pilot, lambda: len(threads) == 2, "x")
        assert threading.get_ident() not in threads


async def test_a_tag_filter_typed_at_once_goes_into_the_filter(tmp_path: Path) -> None:
    # "/", the tag and enter arriving together (a fast typist, a paste, a busy machine):
    # the keys after "/" belong to the filter, and enter to the filter, not to the list
    # (it jumped to the selected annotation's passage).
    _seed(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await annotations_open(pilot)
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, AnnotationsScreen), "the list")
        screen = app.screen
        for key, char in (("slash", "/"), ("b", "b"), ("o", "o"), ("enter", "\r")):
            app.post_message(events.Key(key, char))
        await pilot.pause()
        await pilot.pause()
        assert app.screen is screen
        assert screen.query_one("#annotations-tag", Input).value == "bo"
        listed = screen.query_one(AnnotationList)
        assert listed.has_focus and listed.row_count == 1
        await pilot.press("slash", "slash")  # in the filter, "/" is typed
        assert screen.query_one("#annotations-tag", Input).value == "bo/"


async def test_editing_an_item_note_types_after_its_text(tmp_path: Path) -> None:
    # QA16: the editor opened with the cursor at the start, so typing prepended to the note;
    # tabbing to the tags and typing replaced them
    with stored(tmp_path) as store:
        store.add("d1-lambda", "ask about pricing\nand the free tier", tags=["booth"])
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await annotations_open(pilot)
        app.open_item("d1-lambda")
        app.query_one(Navigator).focus()
        await pilot.pause()
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, AnnotateModal), "the editor")
        await pilot.press(*" limits", "tab", *" vendor")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, AnnotateModal), "the save")
        (annotation,) = app.annotations.annotations
        assert annotation.comment == "ask about pricing\nand the free tier limits"
        assert annotation.tags == ("booth", "vendor")


async def test_the_editor_keeps_the_half_space_and_joiner_a_user_types(tmp_path: Path) -> None:
    """Persian spells words with the zero-width non-joiner (نکته‌ی): a comment typed with it
    is saved with it, and the joiner of an emoji sequence is kept too. (A terminal sends each
    as a key with its character; the pilot's press cannot give these two one, so the keys are
    sent as the terminal's driver sends them.)"""
    typed = "\u0646\u06a9\u062a\u0647\u200c\u06cc a\u200db"
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.open_item("d1-keynote", "Alice", CLAIM_LINE)
        app.reader.entry_view.focus()
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, AnnotateModal), "the editor")
        for char in typed:
            app.post_message(events.Key("space" if char == " " else f"u{ord(char):04x}", char))
            await pilot.pause()
        assert app.screen.query_one("#annotate-comment", TextArea).text == typed
        await pilot.press("ctrl+s")
        await closed_and_saved(pilot)
        with stored(tmp_path) as store:
            (saved,) = store.annotations()
        assert saved.comment == typed
