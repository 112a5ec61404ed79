"""The reader on one very long entry: a far jump is drawn at once, while the rest of the
entry is still being rendered (QA4-1: `G` in an entry of 80,000 lines moved the cursor
and not the view, for as long as rendering everything above the last passage took)."""

from __future__ import annotations

import threading
from pathlib import Path

import factories
from summit_tui.ui.app import SummitApp
from summit_tui.ui.widgets import entry_view
from summit_tui.ui.widgets.entry_view import CURSOR_MARK, EntryView
from waits import settled, until

BULLETS = 20_000
MAIN = threading.main_thread()


def long_talk_app(tmp_path: Path, bullets: int = BULLETS) -> SummitApp:
    text = "# Long talk\n\n" + "".join(f"- bullet {n} of the long talk\n" for n in range(bullets))
    talk = factories.entry(text, note="long.md", title="Long talk")
    loaded = factories.corpus(talk, items=[factories.item()], links={talk.id: "ev-talk"})
    (tmp_path / "notes").mkdir(exist_ok=True)
    return SummitApp(
        tmp_path / "notes",
        data_dir=tmp_path / "data",
        loader=lambda path, progress: loaded,
        watch_interval=None,
    )


def screen_text(view: EntryView) -> str:
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


async def test_G_draws_the_last_bullet_before_the_entry_is_rendered(
    tmp_path: Path, monkeypatch
) -> None:
    # Rendering the rest of the entry a few rows per tick keeps it unfinished for a long
    # while on any machine, so the jump cannot be drawn only because rendering ended first.
    monkeypatch.setattr(entry_view, "BATCH_SECONDS", 0.0001)
    app = long_talk_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        assert app.open_item("ev-talk")
        view = app.query_one(EntryView)
        await until(pilot, lambda: view.row_count == BULLETS + 1, "the passages")
        view.focus()
        await pilot.press("G")
        last_bullet = f"bullet {BULLETS - 1} of the long talk"
        await until(
            pilot, lambda: last_bullet in screen_text(view), "the last bullet", workers=False
        )
        # Drawn before the rest of the entry is rendered: rendering everything above the
        # last bullet first (QA4-1) would have rendered the whole entry by then.
        assert not view.fully_rendered
        shown = screen_text(view)
        last = next(line for line in shown.split("\n") if f"bullet {BULLETS - 1} " in line)
        assert last.lstrip().startswith(CURSOR_MARK), shown
        # k goes up one bullet, drawn and marked as well
        await pilot.press("k")
        await until(pilot, lambda: view.cursor == BULLETS - 1, "the cursor up", workers=False)
        await pilot.pause()
        shown = screen_text(view)
        above = next(line for line in shown.split("\n") if f"bullet {BULLETS - 2} " in line)
        assert above.lstrip().startswith(CURSOR_MARK), shown
        # a page up lands on the first passage that starts on the page above, drawn
        before = view.cursor
        await pilot.press("pageup")
        await pilot.pause()
        assert before - 2 * view.size.height <= view.cursor < before - 10 and view.cursor_on_screen
        assert f"bullet {view.cursor - 1} of" in screen_text(view)
        assert not view.fully_rendered


async def test_the_view_stays_on_its_passage_while_rendering_catches_up(tmp_path: Path) -> None:
    app = long_talk_app(tmp_path, 3_000)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        assert app.open_item("ev-talk")
        view = app.query_one(EntryView)
        await until(pilot, lambda: view.row_count == 3_001, "the passages")
        view.focus()
        await pilot.press("G")
        await pilot.pause()
        await until(pilot, lambda: view.fully_rendered, "the whole entry rendered")
        await pilot.pause()
        shown = screen_text(view)
        assert "bullet 2999 of the long talk" in shown, shown
        assert view.cursor_on_screen
        # Every passage once, in order, and the scroll range is the real one.
        text = view.rendered_text()
        assert text.count("of the long talk") == 3_000
        assert text.index("bullet 0 ") < text.index("bullet 1500 ") < text.index("bullet 2999 ")
        assert view.virtual_size.height == len(text.split("\n"))
        await pilot.press("g")
        await pilot.pause()
        assert "Long talk" in screen_text(view) and view.scroll_offset.y == 0


async def test_keys_typed_while_a_long_entry_is_read_act_once_it_is(
    tmp_path: Path, monkeypatch
) -> None:
    """tab and j right after switching to a long entry, whose passages are still being
    split in a thread (a busy machine): j moves the cursor once they are in (QA4-2: the
    first key was dropped, the reader then showed the entry from its first passage)."""
    text = "# Long talk\n\n" + "".join(f"- bullet {n} of the long talk\n" for n in range(3_000))
    short = factories.entry("# Short talk\n\n- one\n- two\n", note="short.md", title="Short talk")
    talk = factories.entry(text, note="long.md", title="Long talk")
    items = [factories.item("ev-short", "Short talk"), factories.item("ev-long", "Long talk")]
    loaded = factories.corpus(
        short, talk, items=items, links={short.id: "ev-short", talk.id: "ev-long"}
    )
    release = threading.Event()
    split = type(loaded).passages

    def slow_passages(corpus, entry):  # the split of the long entry waits for the test
        if getattr(entry, "id", entry) == talk.id and threading.current_thread() is not MAIN:
            release.wait(30)
        return split(corpus, entry)

    monkeypatch.setattr(type(loaded), "passages", slow_passages)
    (tmp_path / "notes").mkdir()
    app = SummitApp(tmp_path / "notes", loader=lambda path, progress: loaded, watch_interval=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        assert app.open_item("ev-short")
        app.browse.navigator.focus()
        await pilot.pause()
        await pilot.press("j")  # the tree onto the long talk
        assert app.current_item_id == "ev-long"
        await pilot.press("tab", "j", "j")
        release.set()
        view = app.query_one(EntryView)
        await until(pilot, lambda: view.row_count == 3_001, "the passages")
        await pilot.pause()
        assert view.cursor == 2 and app.reader.current_passage.plain.startswith("bullet 1 ")
