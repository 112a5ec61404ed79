"""Keys typed right after a key that moves focus go where the user meant.

Each test posts the opening key and the keys after it at once, with no pause between
(a fast typist, a paste, a busy machine): before, Textual gave the keys after it to the
widget that had focus (the tree, the reader), where they acted as keys of their own."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.pilot import Pilot
from textual.widgets import TextArea

import summit_tui.ui.app
from summit_tui.ui.app import SummitApp
from summit_tui.ui.screens.annotate_modal import AnnotateModal
from summit_tui.ui.screens.annotations import AnnotationsScreen
from summit_tui.ui.screens.compare import AuthorPicker, CompareScreen, PassageColumn
from summit_tui.ui.screens.search import SearchScreen
from summit_tui.ui.widgets.annotation_list import AnnotationList
from summit_tui.ui.widgets.entry_view import EntryView
from test_ui_annotate import closed_and_saved, make_app, stored
from test_ui_compare import make_app as compare_app
from test_ui_compare import open_compare
from waits import annotations_open, settled, until

CHARACTERS = {"slash": "/", "space": " ", "enter": "\r", "tab": "\t"}


async def at_once(pilot: Pilot, *keys: str) -> None:
    """Post every key before any is handled, then let them all be handled."""
    for key in keys:
        pilot.app.post_message(events.Key(key, CHARACTERS.get(key, key if len(key) == 1 else None)))
    await settled(pilot)


async def reading_with_annotations(pilot: Pilot, app: SummitApp) -> None:
    """The store open, Alice's keynote notes in the reader, the reader focused."""
    await annotations_open(pilot)
    assert app.open_item("d1-keynote", "Alice")
    app.reader.entry_view.focus()
    await pilot.pause()


def field(app: SummitApp, selector: str) -> str:
    widget = app.screen.query_one(selector)
    return widget.text if isinstance(widget, TextArea) else widget.value


async def test_slash_and_a_query_typed_at_once_go_into_search(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await at_once(pilot, "slash", "l", "a", "m")
        assert isinstance(app.screen, SearchScreen)
        assert field(app, "#search-input") == "lam"
        # enter and j at once: the reader has the result, and j moves its passage.
        await until(pilot, lambda: bool(app.screen.results), "results")
        await at_once(pilot, "enter", "j")
        assert app.screen is app.browse
        assert isinstance(app.focused, EntryView) and app.focused.cursor == 1


async def test_a_and_a_comment_typed_at_once_go_into_the_editor(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await reading_with_annotations(pilot, app)
        await at_once(pilot, "a", "h", "i")  # h was the reader's previous author
        assert isinstance(app.screen, AnnotateModal)
        assert field(app, "#annotate-comment") == "hi"
        assert app.reader.current_author == "Alice"


async def test_e_on_the_annotations_list_and_text_go_into_the_editor(tmp_path: Path) -> None:
    with stored(tmp_path) as store:
        store.add("d1-lambda", "", tags=["booth"])
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await annotations_open(pilot)
        await at_once(pilot, "A", "j")
        assert isinstance(app.screen, AnnotationsScreen)
        assert isinstance(app.focused, AnnotationList)
        await at_once(pilot, "e", "o", "k")
        assert isinstance(app.screen, AnnotateModal)
        assert field(app, "#annotate-comment") == "ok"
        await pilot.press("escape")
        # In the tag filter the same letters are typed, not acted on.
        await at_once(pilot, "slash", "e", "d")
        assert field(app, "#annotations-tag") == "ed"


async def test_tab_and_j_at_once_move_the_reader_not_the_tree(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        assert app.open_item("d1-keynote", "Alice")
        app.browse.navigator.focus()
        await pilot.pause()
        tree_line = app.browse.navigator.cursor_line
        await at_once(pilot, "tab", "j")
        assert isinstance(app.focused, EntryView) and app.focused.cursor == 1
        assert app.browse.navigator.cursor_line == tree_line


async def test_keys_after_a_key_that_cannot_act_are_not_lost(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        app.browse.navigator.focus()
        await pilot.pause()
        line = app.browse.navigator.cursor_line
        await at_once(pilot, "p", "j")  # no problems: p says so; j moves the tree
        assert app.screen is app.browse
        assert app.browse.navigator.cursor_line == line + 1


async def test_compare_search_and_author_picker_take_the_keys_typed_at_once() -> None:
    async with compare_app().run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, "ev-many")
        await at_once(pilot, "w", "space", "enter")  # A1 unticked, the rest applied
        assert pilot.app.screen is screen, type(pilot.app.screen)
        await until(
            pilot,
            lambda: (
                [c.author for c in screen.columns] == ["A2", "A3", "A4"]
                and isinstance(pilot.app.focused, PassageColumn)
            ),
            "the columns picked, one of them focused",
        )
        await at_once(pilot, "slash", "f", "i")
        assert isinstance(pilot.app.screen, SearchScreen)
        assert field(pilot.app, "#search-input") == "fi"
        assert not isinstance(pilot.app.screen, AuthorPicker | CompareScreen)


async def test_the_author_picker_shows_its_own_keys() -> None:
    from summit_tui.ui.widgets.footer import KeyBar

    async with compare_app().run_test(size=(120, 40)) as pilot:
        await open_compare(pilot, "ev-many")
        await pilot.press("w")
        await until(pilot, lambda: isinstance(pilot.app.screen, AuthorPicker), "the picker")
        await pilot.pause()
        keys = str(pilot.app.screen.query_one(KeyBar).render())
        assert "Show these authors" in keys and "Cancel" in keys, keys
        assert "Unique only" not in keys


class TypedAtStart(SummitApp):
    """The app as a user meets it who types `/` and a word right after `summit-tui`:
    the keys are in its queue before the first frame, before the notes start loading."""

    CSS_PATH = Path(summit_tui.ui.app.__file__).with_name("summit.tcss")

    def __init__(self, keys: tuple[str, ...], *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.typed_at_start = keys

    def on_mount(self) -> None:
        super().on_mount()
        for key in self.typed_at_start:
            self.post_message(events.Key(key, CHARACTERS.get(key, key)))


async def test_slash_and_a_word_typed_before_the_first_frame_go_into_search(
    tmp_path: Path,
) -> None:
    made = make_app(tmp_path)
    app = TypedAtStart(
        ("slash", "l", "a", "m"),
        made.notes_dir,
        data_dir=made.data_dir,
        loader=made._loader,
        watch_interval=None,
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "the search screen")
        await settled(pilot)
        assert field(app, "#search-input") == "lam"
        assert not app._notifications  # no "Search needs notes" on the way


async def test_tab_between_panes_does_not_load_the_notes_again(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    loads: list[bool] = []
    load = app.load
    app.load = lambda: (loads.append(True), load())[1]  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("tab", "tab")
        await settled(pilot)
        assert len(loads) == 1


async def test_a_backspace_typed_among_letters_at_once_deletes_where_it_was_typed(
    tmp_path: Path,
) -> None:
    # Letters go straight into a field, but backspace (a binding of the field) acted only
    # once the key had come back up to the App: after the letters typed behind it.
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await at_once(pilot, "slash")
        assert isinstance(app.screen, SearchScreen)
        await at_once(pilot, "l", "a", "backspace", "u", "m", "left", "left", "backspace", "c")
        assert field(app, "#search-input") == "cum"


async def test_tab_out_of_the_comment_and_tags_typed_at_once_go_into_the_tags(
    tmp_path: Path,
) -> None:
    # tab bubbles up to the screen's focus_next while the letters behind it went straight
    # into the comment: "nice" tab "ml" gave the comment "niceml" and no tag.
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await reading_with_annotations(pilot, app)
        await at_once(pilot, "a")
        assert isinstance(app.screen, AnnotateModal)
        await at_once(pilot, "n", "i", "c", "e", "tab", "m", "l", "shift+tab", "r")
        assert field(app, "#annotate-comment") == "nicer"
        assert field(app, "#annotate-tags") == "ml"


async def test_a_comment_tab_tags_and_ctrl_s_typed_at_once_are_all_saved(tmp_path: Path) -> None:
    # ctrl+s (a priority key) was taken by the App while the letters before it still
    # waited in the fields' queues: the comment was saved without its tags, or nothing.
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await reading_with_annotations(pilot, app)
        await at_once(pilot, "a")
        assert isinstance(app.screen, AnnotateModal)
        await at_once(pilot, *"nice", "tab", *"todo", "comma", "space", *"디자인", "ctrl+s")
        await closed_and_saved(pilot)
    with stored(tmp_path) as store:
        (annotation,) = store.annotations()
    assert (annotation.comment, annotation.tags) == ("nice", ("todo", "디자인"))


async def test_a_comment_and_ctrl_s_typed_at_once_are_saved(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await reading_with_annotations(pilot, app)
        await at_once(pilot, "a", *"ok", "ctrl+s")
        await closed_and_saved(pilot)
    with stored(tmp_path) as store:
        (annotation,) = store.annotations()
    assert annotation.comment == "ok"


async def test_a_quit_typed_at_once_with_the_tags_keeps_them(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await reading_with_annotations(pilot, app)
        await at_once(pilot, "a")
        await at_once(pilot, *"half", "tab", *"ml", "ctrl+q")
        await pilot.pause()
    with stored(tmp_path) as store:
        (annotation,) = store.annotations()
    assert (annotation.comment, annotation.tags) == ("half", ("ml",))


async def test_keys_typed_while_held_keys_are_handed_on_come_after_them(tmp_path: Path) -> None:
    # "nice" tab "to" held until focus was in the tags; "do" ctrl+s reached the App's queue
    # before the release handed "to" on again: ctrl+s saved the tags without "to", or
    # none, and "to" went to the reader ("o" opens the note in an editor).
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await reading_with_annotations(pilot, app)
        await at_once(pilot, "a")
        hold = app._key_hold
        release = hold.release

        def typed_meanwhile() -> None:
            if hold.holding:
                for key in ("d", "o", "ctrl+s"):
                    app.post_message(events.Key(key, key if len(key) == 1 else None))
                hold.release = release
            release()

        hold.release = typed_meanwhile  # type: ignore[method-assign]
        await at_once(pilot, *"nice", "tab", *"to")
        await closed_and_saved(pilot)
    with stored(tmp_path) as store:
        (annotation,) = store.annotations()
    assert (annotation.comment, annotation.tags) == ("nice", ("todo",))
