"""Pilot tests and a snapshot of the compare screen (ui/screens/compare.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import SelectionList, Static

import factories
from summit_tui.compare.align import Column, align_item
from summit_tui.corpus.model import (
    Corpus,
    Day,
    Entry,
    Event,
    Item,
    ItemKind,
    Link,
    LinkReason,
    Program,
    Track,
)
from summit_tui.text import home_path
from summit_tui.ui.app import SummitApp
from summit_tui.ui.screens.browse import BrowseScreen
from summit_tui.ui.screens.compare import (
    AuthorPicker,
    CompareScreen,
    PassageColumn,
    gutter_mark,
    gutter_width,
)
from waits import settled

FILLER = "".join(
    f"- Side note {n}: hall {'ABCDEFGHIJKLMNOPQRST'[n]} was full.\n" for n in range(20)
)

TALK = {
    "앨리스": (
        "## Perplexity 키노트\n\n"
        "- 퍼플렉시티는 답변의 출처를 명확히 밝힌다.\n"
        "- 금융 리서치 회사들이 자체 데이터를 검색에 활용한다.\n"
        "- 블라인드 테스트에서 1위를 차지했다.\n"
        "- Open models let companies control their own weights.\n"
    ),
    "Bob": (
        "## Perplexity keynote\n\n"
        + FILLER
        + "- 가장 중요한 기능은 퍼플렉시티가 검색 출처를 밝히는 것이다.\n"
        "- Companies that use open models control their weights themselves.\n"
    ),
    "Chris": (
        "## Perplexity\n\n"
        "- 금융 리서치 기업이 자체 데이터로 퍼플렉시티를 검색에 활용한다.\n"
        "- 광고 키워드를 곧 탑재한다고 했다.\n"
        "- [bold red]not markup[/] \x1b[31mred\x1b[0m and [@click=app.quit]click[/]\n"
    ),
}


def _entry(author: str, item: str, text: str, start: int = 3) -> Entry:
    note = f"{item}-{author}.md"
    return factories.entry(
        text,
        start=start,
        end=start + len(text.rstrip("\n").split("\n")) - 1,
        note=note,
        author=author,
        title=text.split("\n", 1)[0].lstrip("# "),
        entry_id=f"{note}#talk",
        heading_path=("talk",),
    )


def fake_corpus(root: str = "/notes") -> Corpus:
    def item(item_id: str, title: str) -> Item:
        return Item(item_id, ItemKind.SESSION, title, "ev", "2024-11-04", "Keynote")

    items = (
        item("ev-k14", "Perplexity의 AI 검색"),
        item("ev-solo", "Only one author"),
        item("ev-many", "Five authors"),
    )
    entries = [_entry(author, "ev-k14", text) for author, text in TALK.items()]
    entries.append(_entry("앨리스", "ev-solo", "## Solo\n\n- Only Alice was there.\n"))
    for n, author in enumerate(["A1", "A2", "A3", "A4", "A5"]):
        entries.append(_entry(author, "ev-many", f"## Five\n\n- Point {n} by {author} alone.\n"))
    links = {}
    for entry in entries:
        item_id = entry.note.rsplit("-", 1)[0]
        links[entry.id] = Link(entry.id, item_id, 100.0, LinkReason.EXPLICIT)
    program = Program(
        events=(
            Event("ev", "Event", days=(Day("2024-11-04", "Day 1", (Track("Keynote", items),)),)),
        )
    )
    return Corpus(root=root, notes=(), entries=tuple(entries), program=program, links=links)


def make_app() -> SummitApp:
    # The folder must exist; the injected loader never reads it.
    here = Path(__file__).parent
    return SummitApp(here, watch_interval=None, loader=lambda path, progress: fake_corpus())


async def open_compare(
    pilot: Pilot, item_id: str = "ev-k14", author: str | None = None
) -> CompareScreen:
    app = pilot.app
    assert isinstance(app, SummitApp)
    await settled(pilot)
    assert app.open_item(item_id, author=author)
    await pilot.pause()
    await pilot.press("c")
    await settled(pilot)
    assert isinstance(app.screen, CompareScreen)
    return app.screen


def column(screen: CompareScreen, author: str) -> PassageColumn:
    return next(c for c in screen.columns if c.author == author)


def position_of(col: PassageColumn, needle: str) -> int:
    return next(p.index for p in col.column.passages if needle in p.text)


def on_screen(col: PassageColumn, index: int) -> bool:
    top, height = col.spans[col._visible.index(index)]
    first = int(col.scroll_offset.y)
    return first <= top and top + height <= first + col.scrollable_content_region.height


async def test_c_opens_one_column_per_author_headed_by_author_and_source() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, author="앨리스")
        assert [c.author for c in screen.columns] == ["앨리스", "Bob", "Chris"]
        alice = column(screen, "앨리스")
        assert alice.has_focus
        assert str(alice.border_title).startswith("앨리스")
        assert "ev-k14-앨리스.md:3-8" in str(alice.border_subtitle)
        # Every passage has a gutter mark: ◆ unique, ● per other author covering it.
        text = alice.rendered_text()
        lines = text.splitlines()
        assert "◆  블라인드 테스트에서 1위를 차지했다." in lines
        assert any(line.startswith("●· 퍼플렉시티는 답변의 출처를") for line in lines)


async def test_columns_open_at_their_first_passage_with_the_heading_in_view() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, author="앨리스")
        for col in screen.columns:
            assert col.scroll_offset.y == 0
            assert col.current is col.column.passages[0]
            assert col.rendered_text().splitlines()[0] == "Perplexity 키노트".replace(
                "Perplexity 키노트", col.column.passages[0].context
            )
        # The counterpart of Alice's first passage is marked in Bob's column, which stays
        # at its top until the cursor moves.
        alice, bob = column(screen, "앨리스"), column(screen, "Bob")
        assert alice.current is not None and "출처" in alice.current.text
        assert position_of(bob, "검색 출처를 밝히는") in bob.highlighted


async def test_moving_the_cursor_highlights_and_scrolls_to_the_counterpart() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, author="앨리스")
        alice, bob = column(screen, "앨리스"), column(screen, "Bob")
        source_in_bob = position_of(bob, "검색 출처를 밝히는")
        await pilot.press("j", "k")  # away and back onto the first passage
        await pilot.pause()
        # Bob's counterpart comes after twenty side notes: his column scrolled to it.
        assert alice.current is not None and "출처" in alice.current.text
        assert source_in_bob in bob.highlighted
        assert bob.scroll_offset.y > 0
        assert on_screen(bob, source_in_bob)

        await pilot.press("j", "j", "j")  # onto "Open models ..."
        await pilot.pause()
        weights_in_bob = position_of(bob, "open models control")
        assert alice.current is not None and alice.current.text.startswith("Open models")
        assert bob.highlighted == {weights_in_bob}
        assert on_screen(bob, weights_in_bob)
        assert column(screen, "Chris").highlighted == set()


def echo_line(screen: CompareScreen) -> str:
    return str(screen.query_one("#compare-echo", Static).render())


async def test_the_line_under_the_columns_says_who_else_made_the_point_and_with_which_words() -> (
    None
):
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, author="앨리스")
        line = echo_line(screen)
        assert line.startswith("Also made by Bob (")
        assert "출처" in line and "밝히" in line
        await pilot.press("j", "j")  # 블라인드 테스트: only Alice
        await pilot.pause()
        assert echo_line(screen) == "Only 앨리스 made this point."


async def test_o_orders_the_points_by_how_many_authors_made_them() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, author="앨리스")
        alice = column(screen, "앨리스")
        note_order = [p.index for p in alice.visible]
        await pilot.press("o")
        await pilot.pause()
        coverage = [p.coverage for p in alice.visible]
        assert coverage == sorted(coverage, reverse=True) and coverage[0] > coverage[-1]
        lines = alice.rendered_text().splitlines()
        assert "Only this author" in lines
        assert lines.index("Only this author") > 0
        assert "Most authors first" in str(screen.query_one("#compare-status", Static).render())
        await pilot.press("o")
        await pilot.pause()
        assert [p.index for p in alice.visible] == note_order


async def test_tab_switches_column_onto_the_counterpart() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, author="앨리스")
        await pilot.press("j")  # 금융 리서치: Chris says it too
        await pilot.pause()
        await pilot.press("tab")
        await pilot.pause()
        bob = column(screen, "Bob")
        assert bob.has_focus
        await pilot.press("tab")
        await pilot.pause()
        chris = column(screen, "Chris")
        assert chris.has_focus
        assert chris.current is not None and "금융 리서치 기업이" in chris.current.text
        # Now Chris leads: Alice's column highlights the same point.
        assert position_of(column(screen, "앨리스"), "금융 리서치 회사들이") in (
            column(screen, "앨리스").highlighted
        )


async def test_u_shows_only_unique_passages_and_back() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, author="앨리스")
        await pilot.press("u")
        await pilot.pause()
        for col in screen.columns:
            assert col.visible and all(p.unique for p in col.visible)
        alice = column(screen, "앨리스")
        assert [p.text for p in alice.visible] == ["블라인드 테스트에서 1위를 차지했다."]
        await pilot.press("u")
        await pilot.pause()
        assert len(alice.visible) == 4


async def test_n_and_shift_n_jump_between_unique_passages() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, author="Chris")
        chris = column(screen, "Chris")
        assert chris.current is not None and not chris.current.unique
        await pilot.press("n")
        await pilot.pause()
        assert chris.current is not None and chris.current.text.startswith("광고 키워드")
        await pilot.press("n")
        await pilot.pause()
        assert chris.current is not None and "not markup" in chris.current.text
        await pilot.press("n")  # no more: stays, says so
        await pilot.pause()
        assert "not markup" in chris.current.text
        await pilot.press("N")
        await pilot.pause()
        assert chris.current.text.startswith("광고 키워드")


async def test_note_text_is_shown_literally_never_as_markup() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot)
        text = " ".join(column(screen, "Chris").rendered_text().split())
        assert "[bold red]not markup[/] red and [@click=app.quit]click[/]" in text
        assert "\x1b" not in text
        assert isinstance(pilot.app.screen, CompareScreen)  # nothing quit the app


async def test_escape_returns_to_the_item_in_the_browser() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, author="앨리스")
        await pilot.press("tab")  # Bob, on his counterpart of Alice's first passage
        await pilot.pause()
        line = column(screen, "Bob").current.line
        await pilot.press("escape")
        await pilot.pause()
        app = pilot.app
        assert isinstance(app.screen, BrowseScreen)
        assert app.current_item_id == "ev-k14"
        assert app.reader.current_author == "Bob"
        assert app.reader.current_passage is not None
        assert app.reader.current_passage.start_line == line


async def test_compare_needs_two_authors() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        app = pilot.app
        await settled(pilot)
        assert app.open_item("ev-solo")
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, BrowseScreen)


async def test_a_long_hangul_path_under_a_column_keeps_its_file_name_and_lines() -> None:
    from dataclasses import replace

    from rich.cells import cell_len

    folder = "NDC 2024 참관 6b2d9e0f1a3c4b5d8e7f9a0b1c2d3e4f/"

    def long_paths(path: Path, progress: object) -> Corpus:
        corpus = fake_corpus()
        entries = tuple(
            replace(e, note=f"{folder}둘째날 정리 ({e.author}).md") for e in corpus.entries
        )
        return replace(corpus, entries=entries)

    app = SummitApp(Path(__file__).parent, watch_interval=None, loader=long_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, author="앨리스")
        for col in screen.columns:
            shown = str(col.border_subtitle)
            lines = str(col.column.sources[0]).rsplit(":", 1)[1]
            assert shown.startswith("…") and shown.endswith(f"({col.author}).md:{lines}"), shown
            assert cell_len(shown) <= col.size.width - 6, shown


async def test_narrow_terminal_stacks_the_columns() -> None:
    async with make_app().run_test(size=(80, 30)) as pilot:
        screen = await open_compare(pilot, author="앨리스")
        assert screen.has_class("-narrow")
        regions = [c.region for c in screen.columns]
        assert len({r.x for r in regions}) == 1  # one above the other
        assert all(r.width >= 70 for r in regions)
        assert regions[0].y < regions[1].y < regions[2].y


async def test_more_than_four_authors_shows_four_and_lets_the_user_pick() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, "ev-many")
        assert [c.author for c in screen.columns] == ["A1", "A2", "A3", "A4"]
        await pilot.press("w")
        await pilot.pause()
        picker = pilot.app.screen
        assert isinstance(picker, AuthorPicker)
        choices = picker.query_one(SelectionList)
        choices.deselect_all()
        choices.select(1)
        choices.select(4)
        await pilot.press("enter")
        await settled(pilot)
        assert pilot.app.screen is screen
        assert [c.author for c in screen.columns] == ["A2", "A5"]


async def test_the_hint_for_more_than_four_authors_names_the_key_that_picks() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        await open_compare(pilot, "ev-many")
        hints = [str(n.message) for n in pilot.app._notifications]
        assert any("Press w to pick which" in hint for hint in hints)


SIX = ["Ann", "Bea", "Cy", "Dee", "Eve", "Fay"]
SHARED = (
    "## Six\n\n"
    "- Molten salt stores heat for the evening peak demand.\n"
    "- Old coal plant sites are reused for the new storage.\n"
)


def six_authors_corpus() -> Corpus:
    """Six authors who make the same two points about one talk (QA15)."""
    entries = [_entry(author, "ev-six", SHARED) for author in SIX]
    entries.append(_entry("Fay", "ev-six", "## Six, more\n\n- Fay alone saw the demo.\n", 9))
    links = {e.id: Link(e.id, "ev-six", 100.0, LinkReason.EXPLICIT) for e in entries}
    item = Item("ev-six", ItemKind.SESSION, "Six authors", "ev", "2024-11-04", "Keynote")
    day = Day("2024-11-04", "Day 1", (Track("Keynote", (item,)),))
    program = Program(events=(Event("ev", "Event", days=(day,)),))
    return Corpus(root="/notes", notes=(), entries=tuple(entries), program=program, links=links)


async def test_the_gutter_counts_every_other_author_not_only_the_columns_shown() -> None:
    # QA15: with six authors, four columns show and the gutter said ●●● (the shown
    # columns) though five other authors make the point.
    here = Path(__file__).parent
    app = SummitApp(here, watch_interval=None, loader=lambda path, progress: six_authors_corpus())
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await open_compare(pilot, "ev-six", author="Ann")
        assert [c.author for c in screen.columns] == ["Ann", "Bea", "Cy", "Dee"]
        ann = column(screen, "Ann")
        gutters = [line[:6] for line in ann.rendered_text().splitlines() if "Molten" in line]
        assert gutters == ["●●●●● "]
        # who else made the point names the authors not shown too
        line = echo_line(screen)
        assert line.startswith("Also made by Bea") and "Eve" in line and "Fay" in line
        await pilot.press("o")
        await pilot.pause()
        assert "Every other author" in ann.rendered_text().splitlines()


def test_the_gutter_counts_in_figures_when_there_are_too_many_authors_for_dots() -> None:
    passage = column_of_six().passages[0]
    assert gutter_mark(passage, 5) == "●●●●●"
    assert gutter_mark(replace(passage, coverage=3), 8) == "3/8"
    assert gutter_width(8) == len("8/8 ") and gutter_width(5) == len("●●●●● ")


def column_of_six() -> Column:
    found = align_item(six_authors_corpus(), "ev-six").column("Ann")
    assert found is not None
    return found


async def test_reloaded_notes_are_realigned() -> None:
    corpora = [fake_corpus()]
    full = corpora[0]
    without_chris = Corpus(
        root=full.root,
        notes=(),
        entries=tuple(e for e in full.entries if e.author != "Chris"),
        program=full.program,
        links=dict(full.links),
    )
    app = SummitApp(
        Path(__file__).parent,
        watch_interval=None,
        loader=lambda path, progress: corpora[-1],
    )
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, author="앨리스")
        assert len(screen.columns) == 3
        corpora.append(without_chris)
        app.load()
        await settled(pilot)
        await settled(pilot)
        assert app.screen is screen
        assert [c.author for c in screen.columns] == ["앨리스", "Bob"]


async def test_bindings_have_ids_and_descriptions() -> None:
    for owner in (CompareScreen, PassageColumn, AuthorPicker):
        for binding in owner.BINDINGS:
            assert binding.id and binding.description, (owner.__name__, binding)


async def _compare_ready(pilot: Pilot) -> None:
    await open_compare(pilot, author="앨리스")
    await pilot.press("j")
    await settled(pilot)


def test_snapshot_120x40(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_compare_ready)


@pytest.fixture(autouse=True)
def _no_real_notes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)


async def _consensus_ready(pilot: Pilot) -> None:
    await open_compare(pilot, author="앨리스")
    await pilot.press("o")
    await settled(pilot)


def test_snapshot_consensus_order_120x40(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_consensus_ready)


async def test_capital_r_writes_the_report_of_the_compared_item_alone(tmp_path: Path) -> None:
    app = SummitApp(
        Path(__file__).parent,
        data_dir=tmp_path / "data",
        watch_interval=None,
        loader=lambda path, progress: fake_corpus(),
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await open_compare(pilot)
        await pilot.press("R")
        await settled(pilot)
        (report,) = (tmp_path / "data" / "exports").glob("summit-report-ev-k14-*.md")
        said = "\n".join(str(n.message) for n in app._notifications)
        assert f"Wrote a report of “Perplexity의 AI 검색” to\n{home_path(report)}" in said
        assert isinstance(app.screen, CompareScreen)  # the report does not leave the screen
    text = report.read_text(encoding="utf-8")
    assert "Perplexity의 AI 검색" in text and "출처" in text
    assert "Only one author" not in text and "Five authors" not in text


async def test_capital_r_is_listed_in_the_compare_screens_help() -> None:
    from summit_tui.ui.screens.help import bindings_of

    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot)
        rows = {keys: description for keys, description, _id in bindings_of(screen)}
        assert "report of this item" in rows["R"]


async def test_w_with_two_authors_says_why_it_picks_nothing(tmp_path) -> None:
    from test_ui_annotate import make_app as two_author_app

    app = two_author_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert app.open_item("d1-keynote", "Alice")
        await pilot.press("c")
        await settled(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and len(screen.alignment.authors) == 2
        await pilot.press("w")
        await pilot.pause()
        assert app.screen is screen  # no picker
        hints = [str(n.message) for n in app._notifications]
        assert any("Both authors have a column" in hint for hint in hints), hints


def corpus_with_a_room_line() -> Corpus:
    """앨리스 writes where the talk was; Bob does not: the line is context, not a point."""
    corpus = fake_corpus()
    with_room = TALK["앨리스"].replace("\n\n", "\n\n- Room: Hall A, Monday 10:30\n", 1)
    entries = tuple(
        _entry("앨리스", "ev-k14", with_room) if e.note == "ev-k14-앨리스.md" else e
        for e in corpus.entries
    )
    return replace(corpus, entries=entries)


async def test_where_the_talk_was_is_shown_dimmed_as_context_not_as_a_point() -> None:
    here = Path(__file__).parent
    app = SummitApp(
        here, watch_interval=None, loader=lambda path, progress: corpus_with_a_room_line()
    )
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(pilot, author="앨리스")
        alice = column(screen, "앨리스")
        room = alice.column.passages[position_of(alice, "Room: Hall A")]
        assert room.aside and not room.unique
        lines = alice.rendered_text().splitlines()
        shown = next(line for line in lines if "Room: Hall A" in line)
        assert shown.startswith(" " * alice.mark_width)  # no gutter mark: no point
        row = alice._visible.index(room.index)
        dimmed = alice.get_component_rich_style("passage-column--aside", partial=True)
        assert dimmed.italic and alice.row_style(row).italic
        alice.select(room.index)
        await pilot.pause()
        assert echo_line(screen).startswith("Context (where, when")
        await pilot.press("o")  # most authors first: context comes after every point
        await pilot.pause()
        assert alice.visible[-1].index == room.index
        assert "About the talk and the note" in alice.rendered_text().splitlines()
