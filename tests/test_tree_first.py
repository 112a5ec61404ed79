"""A warm start draws the tree from the outline the last load saved, before the corpus is
unpacked; the keys work on it meanwhile and what they did is kept once the notes are in.
A large program's folded tracks get their items when opened."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from textual.app import App, ComposeResult

from factories import corpus as make_corpus
from factories import entry, item
from summit_tui import config
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.outline import (
    Outline,
    outline_file,
    read_outline,
    signature_digest,
    write_outline,
)
from summit_tui.corpus.watch import notes_signature
from summit_tui.ui import app as app_module
from summit_tui.ui import loading
from summit_tui.ui.app import SummitApp
from summit_tui.ui.widgets.navigator import KindFilter, Navigator
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
              - {id: demo-c, title: Gamma talk}
"""


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    root = tmp_path / "notes"
    root.mkdir()
    (root / "program.yaml").write_text(PROGRAM, encoding="utf-8")
    for n, (author, talk) in enumerate((("Ann", "Alpha"), ("Bob", "Alpha"), ("Cy", "Gamma"))):
        body = f"---\nauthor: {author}\nevent: demo\n---\n# {talk} talk\n\nnote {n}\n"
        (root / f"{author.lower()}.md").write_text(body, encoding="utf-8")
    (root / "musings.md").write_text("---\nauthor: Dee\n---\nLunch was good.\n", encoding="utf-8")
    return root


def _digest(notes: Path) -> str:
    return signature_digest(notes_signature(notes))


def test_the_outline_says_what_the_tree_shows(notes: Path) -> None:
    corpus = build_corpus(notes)
    outline = Outline.of(corpus, "sig")
    assert [i.id for i in outline.items()] == ["demo-a", "demo-b", "demo-c"]
    assert outline.authors_of("demo-a") == 2 and outline.authors_of("demo-b") == 0
    assert outline.unsorted == len(corpus.unsorted()) == 1  # Dee's musings
    assert outline.notes == 4 and outline.signature == "sig"


def test_an_outline_is_read_only_for_the_folder_as_it_was(notes: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    digest = _digest(notes)
    outline = Outline.of(build_corpus(notes), digest)
    assert write_outline(cache, notes, outline)
    assert read_outline(cache, notes, digest) == outline
    assert read_outline(cache, notes, digest, follow_links=True) is None
    assert read_outline(cache, tmp_path / "elsewhere", digest) is None
    (notes / "ann.md").write_text("---\nauthor: Ann\n---\n# Beta talk\n\nnew\n", encoding="utf-8")
    assert read_outline(cache, notes, _digest(notes)) is None  # a note changed since
    path = outline_file(cache, notes)
    path.write_bytes(path.read_bytes()[:-20])  # damaged: ignored, never raised
    assert read_outline(cache, notes, digest) is None


def test_the_signature_digest_ignores_order() -> None:
    rows = [("a.md", (1, 2, 3)), ("b.md", (4, 5, 6))]
    assert signature_digest(rows) == signature_digest(reversed(rows))
    assert signature_digest(rows) != signature_digest([("a.md", (1, 2, 4)), rows[1]])


# These waits do not wait for the workers (workers=False): the load is held back on purpose.


async def test_a_warm_start_shows_the_tree_before_the_notes(notes: Path, monkeypatch) -> None:
    first = SummitApp(notes, watch_interval=None)
    saved = outline_file(config.cache_dir(), Path(os.path.abspath(notes)))
    async with first.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: saved.is_file(), "the outline to be saved", workers=False)

    release = threading.Event()
    real = loading.build_with_cache

    def held_back(path: Path, progress, **kwargs):
        release.wait(10)
        return real(path, progress, **kwargs)

    monkeypatch.setattr(app_module, "build_with_cache", held_back)
    app = SummitApp(notes, watch_interval=None)
    async with app.run_test(size=(100, 30)) as pilot:
        navigator = app.query_one(Navigator)
        await until(
            pilot, lambda: navigator.item_node("demo-c") is not None, "the tree", workers=False
        )
        assert app.corpus is None and app.is_loading  # the notes are still held back
        assert navigator.item_node("demo-a").label.plain.startswith("(2) Alpha talk")
        assert navigator.cursor_node is navigator.item_node("demo-a")
        # The keys work on the tree meanwhile: down twice, onto Gamma.
        await pilot.press("down", "down")
        await pilot.pause()
        assert navigator.cursor_node is navigator.item_node("demo-c")
        release.set()
        await until(
            pilot, lambda: app.corpus is not None and not app.is_loading, "the notes", workers=False
        )
        await pilot.pause()
        # Nothing the user did was undone: the cursor stays, the reader shows its item.
        assert navigator.cursor_node is navigator.item_node("demo-c")
        assert app.current_item_id == "demo-c"
        assert app.reader.authors == ["Cy"]
        await pilot.press("up")  # and the tree goes on working
        await pilot.pause()
        assert app.current_item_id == "demo-b"


async def test_no_outline_is_used_once_a_note_changed(notes: Path, monkeypatch) -> None:
    first = SummitApp(notes, watch_interval=None)
    saved = outline_file(config.cache_dir(), Path(os.path.abspath(notes)))
    async with first.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: saved.is_file(), "the outline to be saved", workers=False)
    (notes / "bob.md").write_text(
        "---\nauthor: Bob\nevent: demo\n---\n# Beta talk\n\nmoved\n", encoding="utf-8"
    )
    shown: list[Outline] = []
    monkeypatch.setattr(
        "summit_tui.ui.screens.browse.BrowseScreen.show_outline",
        lambda _screen, outline: shown.append(outline),
    )
    app = SummitApp(notes, watch_interval=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(
            pilot, lambda: app.corpus is not None and not app.is_loading, "the notes", workers=False
        )
        await pilot.pause()
        assert shown == []
        label = app.query_one(Navigator).item_node("demo-b").label.plain
        assert label.startswith("(1) Beta talk")


class _TreeApp(App[None]):
    def __init__(self, outline: Outline) -> None:
        super().__init__()
        self.outline = outline

    def compose(self) -> ComposeResult:
        yield Navigator()

    def on_mount(self) -> None:
        navigator = self.query_one(Navigator)
        navigator.populate(self.outline, lambda _i: (False, False), KindFilter.ALL)
        navigator.focus()


async def test_folded_tracks_get_their_items_when_opened() -> None:
    tracks = ("A", "B")
    items = [item(f"i{t}{n:03d}", f"Talk {t}{n}", track=t) for t in tracks for n in range(200)]
    corpus = make_corpus(entry("x\n"), items=items)
    app = _TreeApp(Outline.of(corpus))
    async with app.run_test(size=(80, 24)) as pilot:
        navigator = app.query_one(Navigator)
        # 400 items: the tracks are folded and hold no item nodes yet.
        assert navigator._item_nodes == {}
        track = navigator.root.children[0].children[0].children[0]
        assert track.data.key.endswith("/A") and not track.is_expanded
        navigator.move_cursor(track)
        await pilot.press("l")  # unfold: its items are made
        await pilot.pause()
        assert track.is_expanded and len(track.children) == 200
        assert navigator.item_node("iA000") is not None
        assert navigator.item_node("iB199") is not None  # a look-up fills its track
        assert "iB000" in navigator._item_nodes
