"""Pilot tests of the search overlay: typing, results updating, enter landing on the passage."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from summit_tui import children
from summit_tui.search import child_build
from summit_tui.search.history import SearchHistory
from summit_tui.search.index import SearchIndex
from summit_tui.ui.app import SummitApp
from summit_tui.ui.screens.browse import BrowseScreen
from summit_tui.ui.screens.search import SearchResults, SearchScreen
from waits import settled, until

PERPLEXITY = "skai2024-k14"


async def open_search(pilot: Pilot) -> SearchScreen:
    await pilot.press("slash")
    await settled(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, SearchScreen)
    return screen


async def type_query(pilot: Pilot, screen: SearchScreen, query: str) -> None:
    field = screen.query_one("#search-input", Input)
    field.value = query  # as an IME delivers composed Hangul; Input.Changed follows
    await settled(pilot)


def shown(screen: SearchScreen) -> list[str]:
    options = screen.query_one(SearchResults)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_typing_updates_the_results(shipped_notes: Path) -> None:
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await pilot.press(*"Borakr")
        await settled(pilot)
        assert screen.results, "no results for Borakr"
        assert screen.results[0].item_id == "skai2024-k05"
        assert "AI의 미래" in shown(screen)[0]
        await type_query(pilot, screen, "ㅍㅍㄹㅅㅌ")
        assert screen.results[0].item_id == PERPLEXITY
        assert screen.shown_query == "ㅍㅍㄹㅅㅌ"
        await type_query(pilot, screen, "qqxqzzv")
        assert screen.results == []
        assert "No matches" in str(screen.query_one("#search-status").render())


async def test_a_stale_result_is_dropped(shipped_notes: Path) -> None:
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "Perplexity")
        current = list(screen.results)
        # an older keystroke's search finishing late:
        screen._show("Perp", screen.limit, [], (), 0.0)
        assert screen.results == current
        assert screen.shown_query == "Perplexity"


async def test_enter_lands_on_the_passage(shipped_notes: Path) -> None:
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "충격적인 발표")
        target = screen.results[0]
        assert target.kind == "passage" and target.entry_id and target.line
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, BrowseScreen)
        assert app.current_item_id == target.item_id == PERPLEXITY
        assert app.reader.current_author == target.author
        entry = app.reader.current_entry
        assert entry is not None and entry.id == target.entry_id
        passage = app.reader.current_passage
        assert passage is not None
        assert passage.start_line <= target.line <= passage.end_line
        assert "충격적인 발표" in passage.plain
        assert app.reader.entry_view.cursor_on_screen
        assert app.reader.entry_view.cursor_on_screen  # scrolled to, not just selected


async def test_enter_scrolls_a_long_entry_to_the_passage(shipped_notes: Path) -> None:
    """The blind-test passage sits a screen below the top of its entry: it must be shown."""
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "블라인드 테스트 1위를")
        target = next(r for r in screen.results if r.kind == "passage" and "1위를" in r.snippet)
        screen.query_one(SearchResults).highlighted = screen.results.index(target)
        await pilot.press("enter")
        await settled(pilot)
        passage = app.reader.current_passage
        assert passage is not None and "1위를" in passage.plain
        view = app.reader.entry_view
        assert view.scroll_offset.y > 0
        assert view.cursor_on_screen


async def test_enter_on_an_item_opens_it(shipped_notes: Path) -> None:
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "몰로코")
        assert screen.results[0].kind == "item"
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, BrowseScreen)
        assert app.current_item_id == "skai2024-booth-moloco"


async def test_arrows_choose_another_result(shipped_notes: Path) -> None:
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "Perplexity")
        second = screen.results[1]
        await pilot.press("down", "enter")
        await settled(pilot)
        assert isinstance(app.screen, BrowseScreen)
        assert app.reader.current_entry is not None
        assert app.reader.current_entry.id == second.entry_id


async def test_escape_closes_and_restores(shipped_notes: Path) -> None:
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        app.open_item("skai2024-k10")
        await settled(pilot)
        before = (app.current_item_id, app.reader.current_author)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "몰로코")
        await pilot.press("escape")
        await settled(pilot)
        assert isinstance(app.screen, BrowseScreen)
        assert (app.current_item_id, app.reader.current_author) == before


async def test_recent_queries_are_offered_when_the_query_is_empty(shipped_notes: Path) -> None:
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "몰로코")
        await pilot.press("enter")
        await settled(pilot)
        assert SearchHistory.default().load() == ["몰로코"]
        screen = await open_search(pilot)
        assert shown(screen) == [" ↺ 몰로코"]
        await pilot.press("enter")  # the recent query goes back into the field
        await settled(pilot)
        assert screen.query_one("#search-input", Input).value == "몰로코"
        assert screen.results and screen.results[0].item_id == "skai2024-booth-moloco"


async def test_note_text_is_never_markup(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text(
        "---\nauthor: Eve\n---\n# Tricky\n\nsee [bold]zebra[/bold] and \x1b[31mred\n",
        encoding="utf-8",
    )
    app = SummitApp(notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "zebra")
        text = shown(screen)[0]
        assert "[bold]zebra[/bold]" in text
        assert "\x1b" not in text


async def test_search_waits_for_the_notes(tmp_path: Path) -> None:
    app = SummitApp(tmp_path / "missing", watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.2)
        await pilot.press("slash")
        await pilot.pause(0.1)
        assert not isinstance(app.screen, SearchScreen)


async def test_enter_opens_the_passage_on_its_authors_tab(shipped_notes: Path) -> None:
    """A passage by the item's second author opens on that author's tab, not the first."""
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        app.open_item("skai2024-k10")
        await settled(pilot)
        first_tab = app.reader.current_author
        screen = await open_search(pilot)
        await type_query(pilot, screen, "author:이기훈 원자력")
        target = next(r for r in screen.results if r.kind == "passage")
        assert target.author == "이기훈" != first_tab
        screen.query_one(SearchResults).highlighted = screen.results.index(target)
        await pilot.press("enter")
        await settled(pilot)
        assert app.current_item_id == "skai2024-k10"
        assert app.reader.current_author == "이기훈"
        passage = app.reader.current_passage
        assert passage is not None and passage.start_line <= target.line <= passage.end_line


async def test_recent_queries_are_remembered_across_runs(shipped_notes: Path) -> None:
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "ㅇㄴㅈ")
        await pilot.press("enter")
        await settled(pilot)
    again = SummitApp(shipped_notes, watch_interval=None)  # a new run, the same state dir
    async with again.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        assert shown(screen) == [" ↺ ㅇㄴㅈ"]
        assert "Recent searches" in str(screen.query_one("#search-status").render())


async def test_annotations_are_found_once_they_exist(shipped_notes: Path) -> None:
    from summit_tui import config
    from summit_tui.annotate.store import AnnotationStore

    with AnnotationStore.open(config.data_dir()) as store:
        store.add("skai2024-booth-lambda", "ask about GPU cluster pricing", tags=["followup"])
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "followup")
        found = [r for r in screen.results if r.kind == "annotation"]
        assert [r.item_id for r in found] == ["skai2024-booth-lambda"]
        assert " annotation " in shown(screen)[screen.results.index(found[0])]
        await pilot.press("escape")
        await settled(pilot)
        # One written while the app runs is found the next time search opens.
        assert app.annotations is not None
        app.annotations.store.add("skai2024-k10", "소형 원자로 안전성 질문", tags=["원전"])
        screen = await open_search(pilot)
        await type_query(pilot, screen, "원전")
        assert screen.results[0].kind == "annotation"
        assert screen.results[0].item_id == "skai2024-k10"
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, BrowseScreen)
        assert app.current_item_id == "skai2024-k10"


async def test_the_author_stays_in_sight_on_a_narrow_terminal(shipped_notes: Path) -> None:
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "퍼플렉시티")
        passages = [
            (text, result)
            for text, result in zip(shown(screen), screen.results, strict=True)
            if result.kind == "passage"
        ]
        assert passages
        for text, result in passages:
            head = text.split("\n")[0]
            assert (result.author or "")[:10] in head
            if len(result.title) > 40:  # (Perplexity heard in a short one's passages too)
                assert head.split(" · ")[0].endswith("…")  # the long title was cut, not the author
        assert any(len(result.title) > 40 for _, result in passages)


async def test_a_cut_title_or_author_ends_at_a_word_with_an_ellipsis(shipped_notes: Path) -> None:
    from rich.cells import cell_len

    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "perplexity")
        heads = [text.split("\n")[0] for text in shown(screen)]
        assert any("…" in head for head in heads)
        width = screen.query_one(SearchResults).scrollable_content_region.width
        for head in heads:
            assert " …" not in head and "· …" not in head, head  # not "탐구적 …"
            assert cell_len(head) <= width, head


async def test_a_big_corpus_is_indexed_in_a_child_process(
    shipped_notes: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(child_build, "CHILD_MIN_NOTES", 1)  # five notes count as big here
    built_in_child: list[bool] = []
    real = child_build.build_in_child

    def recorded(*args, **kwargs) -> bool:
        built_in_child.append(real(*args, **kwargs))
        return built_in_child[-1]

    monkeypatch.setattr(child_build, "build_in_child", recorded)
    monkeypatch.setattr(SearchIndex, "build", classmethod(lambda cls, *a, **k: _never()))
    statuses: list[str] = []
    real_status = SearchScreen._status

    def status(screen: SearchScreen, message: str, **kwargs) -> None:
        statuses.append(message)
        real_status(screen, message, **kwargs)

    monkeypatch.setattr(SearchScreen, "_status", status)
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "Borakr")
        # The index worker ends before the app reads its message and starts the search:
        # wait for the results, not for the workers.
        await until(
            pilot,
            lambda: screen.shown_query == "Borakr",
            "the results for Borakr, searched once the index the child built is read",
        )
        assert built_in_child == [True]
        assert screen.results[0].item_id == "skai2024-k05"
    assert statuses[0] == "Indexing 5 notes …"
    assert "Indexing 5 notes … 100%" in statuses  # the child's progress, shown as it comes


async def test_closing_search_stops_the_index_build(
    shipped_notes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(child_build, "CHILD_MIN_NOTES", 1)
    pid_file = tmp_path / "child.pid"
    sleeper = "import os, sys, time; open(sys.argv[1], 'w').write(str(os.getpid())); time.sleep(60)"
    monkeypatch.setattr(
        children, "command", lambda *a: [sys.executable, "-c", sleeper, str(pid_file)]
    )
    monkeypatch.setattr(SearchIndex, "build", classmethod(lambda cls, *a, **k: _never()))
    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("slash")
        # Not waiting for workers: the index's worker waits for a child that sleeps.
        await until(pilot, pid_file.exists, "the index builder to start", workers=False)
        assert "Indexing" in str(app.screen.query_one("#search-status").render())
        await pilot.press("escape")
        await settled(pilot)
        assert isinstance(app.screen, BrowseScreen)
        assert not any(worker.is_running for worker in app.workers)
    with pytest.raises(ProcessLookupError):
        os.kill(int(pid_file.read_text()), 0)


def _never() -> None:
    raise AssertionError("the index was built in the app's process")
