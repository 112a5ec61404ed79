"""Pilot tests of the browse app: tree, reader, tabs, problems, injection, loading states."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.text import Text
from textual.widgets import DataTable, Static

import factories
from summit_tui.corpus.model import (
    Corpus,
    Day,
    EntryKind,
    Event,
    Item,
    ItemKind,
    Link,
    LinkReason,
    Person,
    Problem,
    Program,
    Severity,
    Track,
)
from summit_tui.ui.app import SummitApp
from summit_tui.ui.screens.help import HelpScreen, bindings_of
from summit_tui.ui.screens.problems import ProblemsScreen
from summit_tui.ui.widgets.entry_view import EntryView
from summit_tui.ui.widgets.navigator import Navigator
from waits import settled, until

UI_DATA = Path(__file__).parent / "data" / "ui"
PERPLEXITY = "skai2024-k14"


def make_app(notes: Path | str, **kwargs) -> SummitApp:
    kwargs.setdefault("watch_interval", None)
    return SummitApp(notes, **kwargs)


def nav_path(app: SummitApp) -> tuple[str, str] | None:
    node = app.query_one(Navigator).cursor_node
    if node is None or node.data is None:
        return None
    return (node.data.kind, node.data.key)


# -- a hand-built corpus, for behaviour that must not depend on the linker ----------------


def _entry(note: str, author: str, title: str, start: int, text: str, kind=EntryKind.SESSION):
    """An entry whose id is ``note#title`` (ids the tests below name)."""
    return factories.entry(
        text,
        start=start,
        note=note,
        author=author,
        title=title,
        entry_id=f"{note}#{title}",
        kind=kind,
    )


LONG = "## Talk\n\n" + "\n\n".join(f"Paragraph {i} about the talk." for i in range(40))


def fake_corpus(root: str) -> Corpus:
    talk = Item(
        "ev-talk",
        ItemKind.SESSION,
        "Opening talk",
        "ev",
        "2024-11-04",
        "Main",
        speakers=(Person("Ada Lovelace", "Analytical Engines"),),
        start="2024-11-04T09:00:00+09:00",
        duration="00:45",
        room="Hall A",
        abstract="Why engines matter.",
    )
    second = Item("ev-second", ItemKind.SESSION, "Second talk", "ev", "2024-11-04", "Main")
    booth = Item("ev-booth", ItemKind.BOOTH, "Robot booth", "ev", "2024-11-04", "Expo")
    day = Day("2024-11-04", "Day 1", (Track("Main", (talk, second)), Track("Expo", (booth,))))
    program = Program((Event("ev", "Example Conf", (day,)),))
    entries = (
        _entry("ann.md", "Ann", "Opening talk", 10, LONG),
        _entry("ben.md", "Ben", "Opening", 3, "# Opening\n- first point\n- second point\n"),
        _entry("ben.md", "Ben", "Robots", 20, "# Robots\nShiny.\n", EntryKind.BOOTH),
        _entry("cy.md", "Cy", "Lunch", 1, "Lunch was good.\n", EntryKind.OTHER),
    )
    targets = ["ev-talk", "ev-talk", "ev-booth", None]
    links = {
        e.id: Link(e.id, t, 90 if t else 0, LinkReason.TITLE if t else None)
        for e, t in zip(entries, targets, strict=True)
    }
    notes = tuple(
        factories.note(path, author)
        for path, author in (("ann.md", "Ann"), ("ben.md", "Ben"), ("cy.md", "Cy"))
    )
    problem = Problem("cy.md", 2, Severity.WARNING, "no heading", "kept as one entry")
    return Corpus(root, notes, entries, program, links, (problem,))


def fake_app(tmp_path: Path, **kwargs) -> SummitApp:
    return make_app(tmp_path, loader=lambda path, progress: fake_corpus(str(path)), **kwargs)


# -- the shipped notes -----------------------------------------------------------------------


async def test_opens_on_shipped_notes(shipped_notes: Path) -> None:
    app = make_app(shipped_notes)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.corpus is not None
        assert app.load_error is None
        assert app.current_item_id is not None, "the first item is shown"
        navigator = app.query_one(Navigator)
        assert "Loading" not in str(navigator.root.children[0].label)
        assert navigator.item_node(PERPLEXITY) is not None


async def test_walk_to_perplexity_keynote_shows_three_author_tabs(shipped_notes: Path) -> None:
    app = make_app(shipped_notes)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        for _ in range(200):
            if nav_path(app) == ("item", PERPLEXITY):
                break
            await pilot.press("j")
        assert nav_path(app) == ("item", PERPLEXITY)
        await pilot.pause()
        assert app.current_item_id == PERPLEXITY
        assert len(app.reader.authors) == 3
        tabs = str(app.query_one("#author-tabs").render())
        for number, author in enumerate(app.reader.authors, start=1):
            assert f"{number} {author}" in tabs


async def test_number_keys_switch_author_tabs(shipped_notes: Path) -> None:
    app = make_app(shipped_notes)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.open_item(PERPLEXITY)
        await pilot.pause()
        authors = app.reader.authors
        await pilot.press("3")
        assert app.reader.current_author == authors[2]
        assert {e.author for e in app.query_one(EntryView).entries} == {authors[2]}
        await pilot.press("2")
        assert app.reader.current_author == authors[1]
        await pilot.press("9")  # no ninth author: stays, says so
        assert app.reader.current_author == authors[1]


async def test_unsorted_node_lists_entries_in_no_item(tmp_path: Path) -> None:
    app = fake_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        navigator = app.query_one(Navigator)
        unsorted = navigator.unsorted_node()
        assert unsorted is not None
        assert "Unsorted" in unsorted.label.plain
        await pilot.press("G")  # the Unsorted node is last
        assert nav_path(app) == ("unsorted", "unsorted")
        await pilot.press("l", "l")  # expand, then step into it
        assert nav_path(app) == ("entry", "cy.md#Lunch")
        await pilot.pause()
        assert app.reader.unsorted_entry_id == "cy.md#Lunch"
        assert "Lunch was good." in app.query_one(EntryView).rendered_text()


async def test_unsorted_entries_get_their_nodes_only_when_needed(tmp_path: Path) -> None:
    """A large folder has thousands of unsorted entries: a load must not build them all."""
    app = fake_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        navigator = app.query_one(Navigator)
        unsorted = navigator.unsorted_node()
        assert unsorted is not None and not unsorted.children
        assert "1 entry in no item" in unsorted.label.plain
        assert unsorted.allow_expand  # it still shows it can open
        assert app.open_entry("cy.md#Lunch")  # e.g. from search: the branch fills and opens
        await pilot.pause()
        assert [c.data.key for c in unsorted.children if c.data] == ["cy.md#Lunch"]
        assert nav_path(app) == ("entry", "cy.md#Lunch")


# -- folders made for the UI tests -----------------------------------------------------------


async def test_problems_screen_lists_the_broken_note() -> None:
    app = make_app(UI_DATA / "broken")
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.corpus is not None and app.corpus.problems
        assert "problem" in str(app.screen.query_one("#status").render())
        await pilot.press("p")
        assert isinstance(app.screen, ProblemsScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == len(app.corpus.problems)
        files = {str(table.get_row_at(i)[0]) for i in range(table.row_count)}
        assert "broken.md" in files
        await pilot.press("escape")
        assert not isinstance(app.screen, ProblemsScreen)


@pytest.mark.parametrize("width", [60, 80, 120])
async def test_problem_messages_fit_the_table_and_end_in_an_ellipsis_where_cut(
    width: int,
) -> None:
    from waits import loaded

    app = make_app(UI_DATA / "broken")
    async with app.run_test(size=(width, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert table.virtual_size.width <= table.scrollable_content_region.width  # no crop
        assert app.corpus is not None
        cut = 0
        for row, problem in enumerate(app.corpus.problems):
            shown = str(table.get_row_at(row)[3])
            whole = problem.message + (f" — {problem.action}" if problem.action else "")
            if shown != whole:
                assert shown.endswith("…") and whole.startswith(shown[:-1]), shown
                cut += 1
        assert cut or width >= 120, "the broken notes have messages longer than the table"


async def test_problem_rows_under_a_long_folder_keep_their_file_names(tmp_path: Path) -> None:
    from rich.cells import cell_len

    from waits import loaded

    folder = tmp_path / "NDC 2024 참관 6b2d9e0f1a3c4b5d8e7f9a0b1c2d3e4f"
    folder.mkdir()
    names = ["1일차 정리 (김도현).md", "2일차 정리 (김도현).md"]
    for name in names:
        (folder / name).write_text("---\ntitle: [unclosed\n---\n# 정리\n", encoding="utf-8")
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        shown = {str(table.get_row_at(row)[0]) for row in range(table.row_count)}
        assert all(cell_len(cell) <= 80 // 3 for cell in shown), shown
        for name in names:
            assert any(cell.startswith("…") and cell.endswith(name) for cell in shown), shown


async def test_markup_injection_note_is_shown_literally() -> None:
    app = make_app(UI_DATA / "injection")
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        corpus = app.corpus
        assert corpus is not None
        entry = next(e for e in corpus.entries if "not bold" in e.text)
        assert app.open_entry(entry.id)
        await pilot.pause()
        view = app.query_one(EntryView)
        text = " ".join(view.rendered_text().split())  # undo the wrapping
        assert "[bold]not bold[/]" in text
        assert "[link=https://evil.example]not a link[/link]" in text
        assert "[@click=app.quit]quit[/]" in text
        assert "\x1b" not in text and "\x07" not in text and "\x01" not in text
        assert "red" in text and "abc" in text
        for segment in view.rendered_segments():
            style = segment.style
            assert style is None or (not style.link and not style.meta)
        # Clicking on the would-be click target does nothing harmful.
        await pilot.click(EntryView)
        assert app.is_running


async def test_missing_notes_folder_is_a_message(tmp_path: Path) -> None:
    app = make_app(tmp_path / "nowhere", notes_why="--notes")
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        assert app.corpus is None
        assert app.load_error is not None
        message = str(app.screen.query_one("#reader-message").render())
        assert "does not exist" in message and "nowhere" in message
        assert app.query_one("#reader-message").display


async def test_notes_changed_on_disk_reload_and_keep_selection(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    shutil.copytree(UI_DATA / "korean", notes)
    app = make_app(notes)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.open_item("demo-booth-robot")
        await pilot.pause()
        before = app.corpus
        alice = notes / "alice.md"
        alice.write_text(alice.read_text(encoding="utf-8") + "\n추가된 문단.\n", encoding="utf-8")
        app.check_for_changes()
        await settled(pilot)
        assert app.corpus is not before
        assert app.current_item_id == "demo-booth-robot"
        assert nav_path(app) == ("item", "demo-booth-robot")


def _problems_in_status(app: SummitApp) -> int:
    status = str(app.screen.query_one("#status").render())
    return int(status.split("⚠ ")[1].split()[0]) if "⚠ " in status else 0


async def test_a_note_saved_again_leaves_the_files_not_read_unwalked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder is walked for pages not read as notes (``.rmd``) when a note comes or
    goes, not each time one is saved again."""
    import summit_tui.unread

    notes = tmp_path / "notes"
    shutil.copytree(UI_DATA / "korean", notes)
    (notes / "extra").mkdir()
    (notes / "extra" / "session.rmd").write_text("# 세션 메모\n\n- 한 줄\n", encoding="utf-8")
    walks: list[Path] = []
    real = summit_tui.unread.unread_problems

    def counted(root: Path, *args: object) -> list[object]:
        walks.append(root)
        return real(root, *args)

    monkeypatch.setattr(summit_tui.unread, "unread_problems", counted)
    app = make_app(notes)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await until(pilot, lambda: len(walks) == 1, "the load's walk")
        await pilot.pause()
        problems = _problems_in_status(app)
        assert problems >= 1  # the .rmd page
        before = app.corpus
        alice = notes / "alice.md"
        alice.write_text(alice.read_text(encoding="utf-8") + "\n추가된 문단.\n", encoding="utf-8")
        app.check_for_changes()
        await until(pilot, lambda: app.corpus is not before, "the saved note read again")
        await settled(pilot)
        assert len(walks) == 1
        assert _problems_in_status(app) == problems
        # the page renamed to .md is a note now: the folder is walked, the page no problem
        (notes / "extra" / "session.rmd").rename(notes / "extra" / "session.md")
        app.check_for_changes()
        await until(pilot, lambda: len(walks) == 2, "a walk for the renamed page")
        await until(pilot, lambda: _problems_in_status(app) == problems - 1, "one problem less")


# -- behaviour on a hand-built corpus --------------------------------------------------------


async def test_passage_cursor_moves_and_select_line_scrolls(tmp_path: Path) -> None:
    app = fake_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        assert app.open_item("ev-talk", author="Ann")
        await pilot.press("tab")
        view = app.query_one(EntryView)
        assert view.has_focus
        first = app.reader.current_passage
        assert first is not None and first.kind == "heading"
        await pilot.press("j", "j")
        assert app.reader.current_passage.plain == "Paragraph 1 about the talk."
        await pilot.press("k")
        assert app.reader.current_passage.plain == "Paragraph 0 about the talk."
        # Line 10 + 2 + 2*35 holds paragraph 35, far below the fold.
        assert app.reader.select_line(10 + 2 + 2 * 35)
        await pilot.pause()
        assert app.reader.current_passage.plain == "Paragraph 35 about the talk."
        assert view.scroll_offset.y > 0
        assert any("35 about" in view.render_line(y).text for y in range(view.size.height))
        # A click selects the passage under the pointer.
        row = next(y for y in range(view.size.height) if "36 about" in view.render_line(y).text)
        await pilot.click(EntryView, offset=(5, row + 1))  # +1: the border
        assert app.reader.current_passage.plain == "Paragraph 36 about the talk."


async def test_open_item_picks_author_and_line(tmp_path: Path) -> None:
    app = fake_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.open_item("ev-talk", author="Ben", line=5)
        await pilot.pause()
        assert app.reader.current_author == "Ben"
        assert app.reader.current_passage.plain == "second point"
        assert nav_path(app) == ("item", "ev-talk")
        assert not app.open_item("no-such-item")


async def test_brackets_move_within_the_track(tmp_path: Path) -> None:
    app = fake_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        app.open_item("ev-talk")
        await pilot.press("right_square_bracket")
        assert app.current_item_id == "ev-second"
        await pilot.press("right_square_bracket")  # last of its track: stays
        assert app.current_item_id == "ev-second"
        await pilot.press("left_square_bracket")
        assert app.current_item_id == "ev-talk"


async def test_filter_shows_sessions_or_booths(tmp_path: Path) -> None:
    app = fake_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        navigator = app.query_one(Navigator)
        await pilot.press("f")
        assert navigator.item_node("ev-talk") is not None
        assert navigator.item_node("ev-booth") is None
        await pilot.press("f")
        assert navigator.item_node("ev-talk") is None
        assert navigator.item_node("ev-booth") is not None
        assert app.current_item_id == "ev-booth"
        await pilot.press("f")
        assert navigator.item_node("ev-talk") is not None
        assert navigator.item_node("ev-booth") is not None


async def test_marks_and_review_progress_come_from_the_annotation_session(
    tmp_path: Path,
) -> None:
    app = fake_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        navigator = app.query_one(Navigator)
        assert "★" not in navigator.item_node("ev-talk").label.plain
        session = app.annotations
        assert session is not None
        session.toggle_star("ev-talk")
        session.toggle_reviewed("ev-talk")
        session.toggle_reviewed("ev-booth")  # the store tells the app: the tree relabels
        await pilot.pause()
        assert navigator.item_node("ev-talk").label.plain.startswith("★✓")
        labels = [n.label.plain for n in navigator.root.children[0].children]
        assert any("2/3 reviewed" in label for label in labels)


async def test_header_shows_speakers_time_and_room(tmp_path: Path) -> None:
    app = fake_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        app.open_item("ev-talk")
        header = str(app.query_one("#item-header").render())
        assert "Opening talk" in header
        assert "Ada Lovelace (Analytical Engines)" in header
        assert "09:00–09:45" in header and "Hall A" in header
        source = str(app.query_one("#entry-source").render())
        assert "ann.md" in source and "lines 10–" in source


async def test_editor_without_editor_variable_notifies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    notes = tmp_path / "notes"
    notes.mkdir()
    monkeypatch.chdir(tmp_path)
    app = fake_app(notes)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        app.open_item("ev-talk", author="Ben")
        await pilot.press("o")
        await pilot.pause()
        said = [f"{n.title}: {n.message}" for n in app._notifications]
        # The note as the app's other places name it (from where it was started), not in
        # full, and how to get an editor.
        assert any("The note is notes/ben.md:" in m for m in said), said
        assert not any(str(tmp_path) in m for m in said), said
        assert any("$EDITOR" in m and "export EDITOR=" in m for m in said), said
        assert app.is_running


async def test_unsorted_header_names_the_check_command_without_markup_signs(
    tmp_path: Path,
) -> None:
    app = fake_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("G", "l", "l")
        await pilot.pause()
        header = app.query_one("#item-header").render()
        shown = header.plain if isinstance(header, Text) else str(header)
        assert "Unsorted" in shown and "Lunch" in shown
        assert "by Cy" in shown and "see summit-tui check" in shown
        assert "`" not in shown


@pytest.mark.parametrize(
    ("editor", "said"),
    [
        ("no-such-editor-xyz --wait", "names no program found"),
        ('vim "unbalanced', "cannot be read"),
    ],
)
async def test_editor_that_cannot_start_is_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, editor: str, said: str
) -> None:
    # Before, a missing program left the screen suspended (blank, no keys) and an unbalanced
    # quote ended the app with a traceback.
    monkeypatch.setenv("EDITOR", editor)
    app = fake_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        app.open_item("ev-talk", author="Ben")
        await pilot.press("o")
        await pilot.pause()
        messages = [str(n.message) for n in app._notifications]
        assert any(said in m and editor in m for m in messages), messages
        assert app.is_running


async def test_help_lists_every_binding(tmp_path: Path) -> None:
    app = fake_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#help-bindings", Static).content
        from rich.console import Console

        console = Console(width=120, record=True)
        console.print(table)
        shown = console.export_text()
        browse = app.browse
        for node in (app, browse, browse.navigator, browse.reader.entry_view):
            for _keys, description, _id in bindings_of(node):
                assert description in shown
        for key in ("j", "k", "h", "l", "g", "G", "tab", "1", "[", "]", "o", "?", "q", "^p"):
            assert key in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_command_palette_jumps_to_an_item(tmp_path: Path) -> None:
    app = fake_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Robot")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_item_id == "ev-booth"


async def test_loader_crash_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    def broken_loader(path: Path, progress) -> Corpus:
        raise RuntimeError("boom")

    app = make_app(tmp_path, loader=broken_loader)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        assert app.corpus is None
        assert "boom" in str(app.screen.query_one("#reader-message").render())
        assert app.is_running


async def test_images_links_and_html_render_as_text() -> None:
    app = make_app(UI_DATA / "korean")
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        view = app.query_one(EntryView)
        assert app.open_item("demo-k01", author="Bob")
        await pilot.pause()
        bob = view.rendered_text()
        assert "▣ image: 슬라이드 사진" in bob
        assert "slide.png" not in bob and "page-break" not in bob and "<div" not in bob
        assert app.open_item("demo-k01", author="앨리스")
        await pilot.pause()
        alice = " ".join(view.rendered_text().split())
        assert "예시 (https://example.com/a)" in alice
        assert "답변 엔진" in alice and "**" not in alice


def huge_corpus(root: str) -> Corpus:
    corpus = fake_corpus(root)
    paragraphs = "\n\n".join(f"Paragraph {i} of a very long entry." for i in range(4000))
    big = _entry("huge.md", "Hu", "Huge", 1, "# Huge\n\n" + paragraphs)
    links = {**corpus.links, big.id: Link(big.id, "ev-second", 90, LinkReason.TITLE)}
    notes = (*corpus.notes, factories.note("huge.md", "Hu"))
    return Corpus(root, notes, (*corpus.entries, big), corpus.program, links, corpus.problems)


async def test_a_huge_entry_opens_at_a_far_line_without_blocking(tmp_path: Path) -> None:
    app = make_app(tmp_path, loader=lambda path, progress: huge_corpus(str(path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        far = 3 + 2 * 3990  # the line of paragraph 3990
        assert app.open_item("ev-second", author="Hu", line=far)
        view = app.query_one(EntryView)

        def shown() -> bool:
            return any("3990" in view.render_line(y).text for y in range(view.size.height))

        # Split in a thread, rendered over several ticks.
        await until(pilot, shown, "paragraph 3990 to be drawn")
        assert app.reader.current_passage.plain == "Paragraph 3990 of a very long entry."
        assert shown()


async def test_arrows_in_the_reader_step_through_author_tabs(tmp_path: Path) -> None:
    app = fake_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        app.open_item("ev-talk")
        await pilot.press("tab")
        assert app.reader.current_author == "Ann"
        await pilot.press("right")
        assert app.reader.current_author == "Ben"
        await pilot.press("right")  # wraps around
        assert app.reader.current_author == "Ann"
        await pilot.press("left")
        assert app.reader.current_author == "Ben"


async def test_the_problem_detail_does_not_call_advice_what_was_done() -> None:
    # "no event could be worked out" says what was done and what to do ('filed under
    # "Notes"; name the event …'): the detail shows it as it is, not under "What was done".
    from summit_tui.ui.screens.problems import ProblemDetail

    app = make_app(UI_DATA / "broken")
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, ProblemsScreen), "the problems")
        assert app.corpus is not None
        row = next(n for n, p in enumerate(app.corpus.problems) if p.message.startswith("no event"))
        app.screen.query_one(DataTable).move_cursor(row=row)
        await pilot.pause()
        shown = str(app.screen.query_one(ProblemDetail).render())
        assert "no event could be worked out" in shown, shown
        assert "→ filed under" in shown and "What was done" not in shown, shown


async def test_author_tabs_cut_to_fit_stay_distinct() -> None:
    # Guessed authors that share their start (Confluence pages "DEVIEW 2023 참관기 (…)"):
    # cut at their ends, tabs 2 and 3 read the same (QA8).
    from summit_tui.ui.widgets.reader import AuthorTabs

    authors = [
        "DEVIEW 2023 참관 (이서연)",
        "DEVIEW 2023 참관기 (김민수)",
        "DEVIEW 2023 참관기 (박지훈)",
    ]
    talks = [
        factories.entry("- a point\n", note=f"{n}.md", author=a) for n, a in enumerate(authors)
    ]
    loaded = factories.corpus(
        *talks, items=[factories.item()], links={t.id: "ev-talk" for t in talks}
    )
    app = make_app(UI_DATA / "broken", loader=lambda path, progress: loaded)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        assert app.open_item("ev-talk")
        await pilot.pause()
        shown = str(app.query_one(AuthorTabs).render())
        assert "김민수" in shown and "박지훈" in shown, shown


@pytest.mark.parametrize(
    ("title", "event", "shown"),
    [
        ("PyCon JP 2024 1日目 参加レポート", "PyCon JP 2024", "1日目 参加レポート"),
        ("【PyCon JP 2024】2日目まとめ", "PyCon JP 2024", "2日目まとめ"),
        ("NDC 2024: Keynote", "NDC 2024", "Keynote"),
        ("PyCon JP 2024", "PyCon JP 2024", "PyCon JP 2024"),  # nothing would be left
        ("NDCx talk", "NDC", "NDCx talk"),  # not a word of its own
        ("Keynote", "NDC 2024", "Keynote"),
    ],
)
def test_tree_rows_leave_out_the_event_name_a_title_starts_with(
    title: str, event: str, shown: str
) -> None:
    # QA12: at 80×24 four rows read "PyCon JP 2024…"; the event is the branch above them.
    from summit_tui.ui.widgets.navigator import without_event

    assert without_event(title, event) == shown


async def test_the_problems_title_fits_one_line_keeping_the_folder_name(tmp_path: Path) -> None:
    notes = tmp_path / ("a-rather-long-folder-name-" * 3) / "conference-notes"
    shutil.copytree(UI_DATA / "broken", notes)
    app = make_app(notes)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, ProblemsScreen), "the problems")
        await pilot.pause()
        title = app.screen.query_one("#problems-title", Static)
        shown = str(title.render())
        assert title.size.height == 1 and "\n" not in shown
        assert shown.endswith("/conference-notes"), shown
        assert shown.startswith(f"{len(app.corpus.problems)} problem"), shown


async def test_raw_html_shows_its_words_not_its_tags(tmp_path: Path) -> None:
    text = (
        "# Talk\n\n<details>\n<summary>Slides and Q&amp;A</summary>\n\n"
        "Hidden answer.\n\n</details>\n"
    )
    talk = factories.entry(text)
    loaded = factories.corpus(talk, items=[factories.item()], links={talk.id: "ev-talk"})
    app = make_app(tmp_path, loader=lambda path, progress: loaded)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        assert app.open_item("ev-talk")
        await pilot.pause()
        shown = app.query_one(EntryView).rendered_text()
        assert "Slides and Q&A" in shown and "Hidden answer." in shown, shown
        assert "<" not in shown and "&amp;" not in shown, shown


async def test_filters_typed_fast_leave_the_reader_on_an_item_the_tree_shows(
    shipped_notes: Path,
) -> None:
    """Noticed 7: `f` twice in quick succession (all → sessions → booths) left the reader on
    a keynote while the tree showed booths only: the first rebuild's late cursor message
    opened its item after the second filter had moved away from it."""
    from textual import events

    from summit_tui.corpus.model import ItemKind

    app = make_app(shipped_notes)
    async with app.run_test(size=(120, 36)) as pilot:
        await settled(pilot)
        navigator = app.query_one(Navigator)
        navigator.focus()
        booth = next(i for i in app.corpus.items() if i.kind is ItemKind.BOOTH)
        assert app.open_item(booth.id)
        navigator.focus()
        await pilot.pause()
        for _ in range(2):  # typed faster than the app redraws
            app.post_message(events.Key("f", "f"))
        await settled(pilot)
        shown = app.corpus.item(app.current_item_id)
        assert shown is not None and shown.kind is ItemKind.BOOTH, shown
        assert navigator.item_node(shown.id) is not None
        assert nav_path(app) == ("item", shown.id)


async def test_l_on_unsorted_at_the_bottom_scrolls_its_entries_into_view(
    shipped_notes: Path,
) -> None:
    """Noticed 7: on a short terminal, `l` on Unsorted (the tree's last line) opened it below
    the bottom edge: nothing new showed until the user scrolled."""
    app = make_app(shipped_notes)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        navigator = app.query_one(Navigator)
        navigator.focus()
        await pilot.press("G")
        await pilot.pause()
        node = navigator.cursor_node
        assert node is not None and node.data is not None and node.data.kind == "unsorted"
        await pilot.press("l")
        await pilot.pause()
        await pilot.pause()
        assert node.is_expanded and node.children
        top = round(navigator.scroll_offset.y)
        height = navigator.scrollable_content_region.height
        assert top <= node.line < top + height  # the branch stays in view
        shown = [child for child in node.children if top <= child.line < top + height]
        assert len(shown) == min(len(node.children), top + height - node.line - 1)
        assert shown and shown[0] is node.children[0]


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_the_item_header_fits_its_rows_and_keeps_where_and_when(
    shipped_notes: Path, size: tuple[int, int]
) -> None:
    """At 80×24 a panel's header wrapped past its seven rows: the track was cut off out of
    sight (the last line shown ended in "·") and the reader kept ten rows. Each line now
    has its rows (fewer on a short terminal), the rest cut with "…", and the event's name
    (the tree shows it) goes before the day, track and time."""
    app = make_app(shipped_notes)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        panel = next(i for i in app.corpus.items() if i.title.startswith("패널토의: AI 시대"))
        assert app.open_item(panel.id)
        await pilot.pause()
        header = app.query_one("#item-header")
        lines = header.render().plain.split("\n")
        assert len(lines) <= (5 if size[1] < 32 else 7), lines
        assert all(cell_len(line) <= header.content_region.width for line in lines)
        assert not [line for line in lines if line.rstrip().endswith("·")]
        assert lines[-1].rstrip().endswith(panel.track), lines
        assert header.region.height == len(lines)


async def test_problems_screen_names_the_files_beside_the_notes_that_are_not_read(
    tmp_path: Path,
) -> None:
    """A folder of notes with an Org file and an R Markdown page among them: ``check`` names the
    two, and so must the app, or the user never learns two of their notes are missing."""
    note = (
        "---\nevent: PyCon KR 2024\ndate: 2024-10-26\nauthor: Mina\n---\n# Keynote\n\n- a point\n"
    )
    (tmp_path / "talk.md").write_text(note)
    (tmp_path / "day2.org").write_text("* Day 2\n** Closing talk\n")
    (tmp_path / "slides.rmd").write_text("# Slides\n")
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await until(
            pilot,
            lambda: "problem" in str(app.screen.query_one("#status").render()),
            "the status line to count the files not read",
        )
        await pilot.press("p")
        assert isinstance(app.screen, ProblemsScreen)
        table = app.screen.query_one(DataTable)
        rows = [tuple(map(str, table.get_row_at(i))) for i in range(table.row_count)]
        assert {row[0] for row in rows} >= {"day2.org", "slides.rmd"}
        assert any("not read as a note" in " ".join(row) for row in rows)
