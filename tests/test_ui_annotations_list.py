"""The annotations screen's list: one message when it is empty, filters that follow the
notes as they change, and undo that puts a deleted annotation back in its place."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual.widgets import Select, Static

from summit_tui.corpus.model import Day, Track
from summit_tui.ui.messages import CorpusChanged
from summit_tui.ui.screens.annotations import AnnotationsScreen
from summit_tui.ui.widgets.annotation_list import AnnotationList
from test_annotate_support import corpus
from test_ui_annotate import make_app, stored
from waits import annotations_open, until


async def open_list(pilot) -> AnnotationsScreen:
    app = pilot.app
    await annotations_open(pilot)
    await pilot.press("A")
    await until(pilot, lambda: isinstance(app.screen, AnnotationsScreen), "the annotations list")
    return app.screen


def screen_text(screen: AnnotationsScreen) -> str:
    list_text = "\n".join(
        "".join(s.text for s in screen.query_one(AnnotationList).render_line(y)) for y in range(3)
    )
    detail = str(screen.query_one("#annotations-detail", Static).render())
    return list_text + "\n" + detail


async def test_an_empty_list_says_why_once(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_list(pilot)
        text = screen_text(screen)
        assert text.count("No annotations") == 1, text
        assert "a annotates" in text  # with none at all: how to make one


async def test_a_filter_that_matches_nothing_says_so_once(tmp_path: Path) -> None:
    with stored(tmp_path) as store:
        store.add("d1-lambda", "ask about pricing", tags=["booth"])
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_list(pilot)
        await pilot.press("slash", "z", "z", "z", "enter")
        await until(pilot, lambda: screen.query_one(AnnotationList).row_count == 0, "no match")
        text = screen_text(screen)
        assert text.count("No annotations match") == 1, text


async def test_undo_puts_a_deleted_annotation_back_in_its_place(tmp_path: Path) -> None:
    with stored(tmp_path) as store:
        ids = [store.add("d1-lambda", f"thought {n}", tags=["booth"]).id for n in range(3)]
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_list(pilot)
        listed = screen.query_one(AnnotationList)
        before = [a.id for a in listed.annotations]
        assert before == ids[::-1]  # the latest first
        listed.select_id(ids[1])  # the middle one
        await pilot.press("d")
        await until(pilot, lambda: listed.row_count == 2, "the delete")
        await pilot.press("u")
        await until(pilot, lambda: listed.row_count == 3, "the undo")
        assert [a.id for a in listed.annotations] == before
        assert listed.selected is not None and listed.selected.id == ids[1]
        # ... and it stays there when the list is drawn again (a filter typed and cleared).
        await pilot.press("slash", "b", "escape", "escape")
        await pilot.pause()
        assert [a.id for a in listed.annotations] == before


async def test_the_event_and_day_filters_follow_the_notes(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_list(pilot)
        days = screen.query_one("#annotations-day", Select)
        days.value = "2024-11-05"
        await pilot.pause()
        # A note edited to a new day: the program the notes give has a third day.
        old = corpus()
        event = old.program.events[0]
        third = Day("2024-11-06", "Day 3 · 2024-11-06", (Track("Main hall", ()),))
        program = replace(old.program, events=(replace(event, days=(*event.days, third)),))
        screen.post_message(CorpusChanged(replace(old, program=program)))
        await pilot.pause()
        await pilot.pause()
        assert days.value == "2024-11-05"  # the choice made is kept ...
        days.value = "2024-11-06"  # ... and the new day is offered (else this raises)
        await pilot.pause()
        assert days.value == "2024-11-06"


async def test_keys_on_an_empty_list_say_there_is_nothing_selected(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_list(pilot)
        for key in ("e", "d", "s", "r", "enter"):
            app.clear_notifications()
            await pilot.press(key)
            await pilot.pause()
            said = [str(n.message) for n in app._notifications]
            assert said == ["No annotation is selected."], (key, said)


async def test_the_detail_shows_the_whole_comment_and_where_it_is_first(tmp_path: Path) -> None:
    # At 80×24 the detail's rows went to the quote (whose start the list row shows) and the
    # comment, what the detail is for, was cut off below it.
    from test_ui_annotate import ALICE_TALK_LINES
    from waits import settled

    app = make_app(tmp_path)
    claim = "Her main claim was that evaluation, not model size, decides who ships agents first."
    line = 3 + ALICE_TALK_LINES.index(claim)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        assert app.open_item("d1-keynote", "Alice", line)
        app.reader.entry_view.focus()
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"first thought", "enter", *"second", "enter", *"third line", "ctrl+s")
        await pilot.pause()
        screen = await open_list(pilot)
        await pilot.pause()
        detail = screen.query_one("#annotations-detail", Static)
        shown = "\n".join(detail.render_line(y).text for y in range(detail.size.height))
        assert "first thought" in shown and "third line" in shown, shown
        assert f"notes/alice.md:{line}" in shown.replace("\n", ""), shown
