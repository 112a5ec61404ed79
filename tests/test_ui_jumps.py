"""Issue 16's defects, each as a user meets it: every jump lands in the reader, focused, on
the passage, and ctrl+o / ctrl+i go back and forth; keys act on what has focus or say why
not; h/l switch author tabs; each screen shows its own keys and q closes a sub-screen."""

from __future__ import annotations

from pathlib import Path

from summit_tui.annotate.anchor import find_quote
from summit_tui.ui.app import SummitApp
from summit_tui.ui.screens.compare import CompareScreen
from summit_tui.ui.screens.help import HelpScreen
from summit_tui.ui.screens.search import SearchResults, SearchScreen
from summit_tui.ui.widgets.footer import KeyBar
from summit_tui.ui.widgets.navigator import Navigator
from test_annotate_support import ESSAY, alice_entry, corpus, essay_entry
from waits import annotations_open, loaded, until

CLAIM = "Her main claim was that evaluation, not model size, decides who ships agents first."


def make_app(tmp_path: Path, **kwargs) -> SummitApp:
    (tmp_path / "notes").mkdir(exist_ok=True)
    loaded = corpus(essay=ESSAY)
    return SummitApp(
        tmp_path / "notes",
        data_dir=tmp_path / "data",
        loader=lambda path, progress: loaded,
        watch_interval=None,
        **kwargs,
    )


def said(app: SummitApp) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


async def test_a_search_result_lands_focused_on_its_passage_and_ctrl_o_goes_back(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.open_item("d1-lambda")
        await pilot.press("slash", *"model size")
        await until(pilot, lambda: bool(getattr(app.screen, "results", None)), "results")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        target = next(r for r in screen.results if r.kind == "passage")
        screen.query_one(SearchResults).highlighted = screen.results.index(target)
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is app.browse, "the browser")
        assert app.reader.entry_view.has_focus, "focus is in the reader, not the tree"
        assert app.current_item_id == "d1-keynote"
        assert app.reader.current_passage.text == CLAIM
        await pilot.press("j")  # moves the passage, not the tree
        assert app.current_item_id == "d1-keynote"
        assert app.reader.current_passage.text != CLAIM
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert app.current_item_id == "d1-lambda"
        await pilot.press("ctrl+i")
        await pilot.pause()
        assert app.current_item_id == "d1-keynote" and app.reader.entry_view.has_focus
        await pilot.press("ctrl+i")
        await pilot.pause()
        assert "No later place" in said(app)


async def test_a_note_result_lands_on_the_quoted_passage_not_the_heading(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await annotations_open(pilot)
        app.annotations.store.add(
            "d1-keynote", "zebra remark", target=find_quote(alice_entry(app.corpus), CLAIM)
        )
        await pilot.press("slash", *"zebra")
        await until(pilot, lambda: bool(getattr(app.screen, "results", None)), "results")
        assert app.screen.results[0].kind == "annotation"
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is app.browse, "the browser")
        assert app.reader.entry_view.has_focus
        assert app.reader.current_passage.text == CLAIM


async def test_compare_escape_and_the_annotations_list_land_focused_on_the_passage(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await annotations_open(pilot)
        app.open_item("d1-keynote", "Alice")
        await pilot.press("c")
        await until(pilot, lambda: bool(app.screen.query("PassageColumn")), "the columns")
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        column = screen.active
        claim = next(p for p in column.visible if p.text.startswith("Her main claim"))
        column.select(claim.index)
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is app.browse, "the browser")
        assert app.reader.entry_view.has_focus and app.reader.current_author == "Alice"
        assert app.reader.current_passage.text == CLAIM
        # The annotations list: enter on a quote.
        app.annotations.store.add(
            "d1-keynote", "on the claim", target=find_quote(alice_entry(app.corpus), CLAIM)
        )
        app.open_item("d1-lambda")
        app.query_one(Navigator).focus()
        await pilot.press("A")
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is app.browse, "the browser")
        assert app.reader.entry_view.has_focus and app.reader.current_passage.text == CLAIM


async def test_keys_act_on_what_has_focus_or_say_why_not(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await annotations_open(pilot)
        navigator = app.query_one(Navigator)
        navigator.focus()
        navigator.cursor_line = 0  # the event
        await pilot.pause()
        for key in ("r", "s", "c"):
            await pilot.press(key)
            await pilot.pause()
        assert said(app).count("needs a session or booth: the cursor is on an event") == 3
        assert app.annotations.all_marks() == {}, "nothing was marked"
        assert app.screen is app.browse
        # c on an unsorted entry
        assert app.open_entry(essay_entry(app.corpus).id)
        app.reader.entry_view.focus()
        await pilot.press("c")
        await pilot.pause()
        assert "this entry is in no session or booth" in said(app)
        # p with no problems
        await pilot.press("p")
        await pilot.pause()
        assert "No problems" in said(app)


async def test_h_and_l_switch_author_tabs_in_the_reader(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.open_item("d1-keynote", "Alice")
        app.reader.entry_view.focus()
        await pilot.press("l")
        assert app.reader.current_author == "Bob"
        await pilot.press("h")
        assert app.reader.current_author == "Alice"
        await pilot.press("left")  # wraps around
        assert app.reader.current_author == "Bob"


async def test_each_screen_shows_its_own_keys_and_q_closes_a_sub_screen(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.open_item("d1-keynote", "Alice")
        browse_keys = app.browse.query_one(KeyBar).render().plain
        assert "Compare" in browse_keys and "Quit" in browse_keys
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = app.screen.query_one(KeyBar).render().plain
        assert "Close" in shown and "Compare" not in shown and "Star" not in shown
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is app.browse and app.is_running
        await pilot.press("c")
        await until(pilot, lambda: bool(app.screen.query("PassageColumn")), "the columns")
        shown = app.screen.query_one(KeyBar).render().plain
        assert "Unique only" in shown and "Star" not in shown
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is app.browse and app.is_running
        await pilot.press("slash")
        await pilot.pause()
        shown = app.screen.query_one(KeyBar).render().plain
        assert "Close" in shown and "Compare" not in shown
