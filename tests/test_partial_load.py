"""A first cold load fills the tree while it goes: partial corpora, in the app too."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import Input

from summit_tui.corpus import build
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.model import Corpus
from summit_tui.ui.app import SummitApp
from summit_tui.ui.screens.search import SearchScreen
from summit_tui.ui.widgets.navigator import Navigator
from waits import until

PROGRAM = """\
events:
  - id: demo
    title: Demo Summit
    days:
      - date: 2024-11-04
        tracks:
          - name: Main
            items:
              - {id: demo-a, title: Alpha talk}
              - {id: demo-b, title: Beta talk}
"""


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    root = tmp_path / "notes"
    root.mkdir()
    (root / "program.yaml").write_text(PROGRAM, encoding="utf-8")
    for n, author in enumerate(("Ann", "Bob", "Cy", "Dee")):
        body = f"---\nauthor: {author}\nevent: demo\n---\n# Alpha talk\n\nnote {n}\n"
        (root / f"{author.lower()}.md").write_text(body, encoding="utf-8")
    return root


def test_partials_grow_to_the_whole_corpus(notes: Path, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(build, "PARTIAL_FIRST", 0.0)  # a partial after every note
    seen: list[Corpus] = []
    final = build_corpus(notes, cache_dir=tmp_path / "cache", partial=seen.append)
    # First the program alone (its tree at once), then one more note at a time.
    assert [len(c.notes) for c in seen] == [0, 1, 2, 3]
    assert all(c.item("demo-a") is not None and c.item("demo-b") is not None for c in seen)
    assert [len(c.authors_for("demo-a")) for c in seen] == [0, 1, 2, 3]
    assert len(final.authors_for("demo-a")) == 4
    # Warm: nothing to parse, so nothing partial to show.
    seen.clear()
    assert build_corpus(notes, cache_dir=tmp_path / "cache", partial=seen.append).entries
    assert seen == []


def test_no_partials_without_a_program(notes: Path, monkeypatch) -> None:
    (notes / "program.yaml").unlink()  # items are inferred from every note at the end
    monkeypatch.setattr(build, "PARTIAL_FIRST", 0.0)
    seen: list[Corpus] = []
    assert build_corpus(notes, partial=seen.append).entries
    assert seen == []


def test_a_partial_that_raises_stops_the_load(notes: Path) -> None:
    class Stop(Exception):
        pass

    def stop(_corpus: Corpus) -> None:
        raise Stop

    with pytest.raises(Stop):
        build_corpus(notes, partial=stop)


async def test_the_app_browses_a_first_load_while_it_fills(notes: Path) -> None:
    whole = build_corpus(notes)
    half = replace_entries(whole, 2)
    release = threading.Event()

    def loader(path: Path, progress) -> Corpus:
        progress(2, 4)
        progress.partial(half)
        release.wait(10)
        progress(4, 4)
        return whole

    app = SummitApp(notes, watch_interval=None, loader=loader)
    async with app.run_test(size=(100, 30)) as pilot:
        # Not waiting for workers: the load is held half done.
        await until(pilot, lambda: app.corpus is half, "the partial corpus", workers=False)
        assert app.is_loading and app.is_partial
        assert app.current_item_id == "demo-a"  # the first item opens, as after a load
        assert len(app.reader.authors) == 2
        labels = [str(n.label) for n in app.query_one(Navigator)._item_nodes.values()]
        assert any("Alpha talk" in label for label in labels)
        # Search needs every note: it opens, keeps what is typed, and searches it once
        # the notes are in.
        await pilot.press("slash", *"Alpha")
        await pilot.pause(0.05)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        assert "Waiting for the notes" in str(screen.query_one("#search-status").render())
        assert screen.query_one("#search-input", Input).value == "Alpha"
        release.set()
        await until(pilot, lambda: app.corpus is whole, "the whole corpus")
        assert not app.is_loading and not app.is_partial
        await until(pilot, lambda: bool(screen.results), "the search typed while loading")
        assert screen.query_one("#search-input", Input).value == "Alpha"
        assert any(r.item_id == "demo-a" for r in screen.results)
        await pilot.press("escape")
        await pilot.pause()
        assert app.current_item_id == "demo-a" and len(app.reader.authors) == 4


def replace_entries(corpus: Corpus, authors: int) -> Corpus:
    """The corpus as if only the first ``authors`` notes had been parsed."""
    keep = {n.path for n in corpus.notes[:authors]}
    entries = tuple(e for e in corpus.entries if e.note in keep)
    links = {e.id: corpus.links[e.id] for e in entries}
    notes = tuple(n for n in corpus.notes if n.path in keep)
    return replace(corpus, notes=notes, entries=entries, links=links)
