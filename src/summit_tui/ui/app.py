"""The summit-tui Textual app: loads the corpus in a worker and hosts the screens.

Public surface for features built on top (search, compare, annotate):
- ``app.corpus``: the loaded Corpus, None while loading or when loading failed;
  ``app.corpus_changed`` (a Signal) publishes each newly loaded corpus.
- ``app.open_item(item_id, author=None, line=None)`` and ``app.open_entry(entry_id, line=None)``.
- ``app.current_item_id``, ``app.reader`` (``current_author``, ``current_entry``,
  ``current_passage``, ``select_line``).
- ``app.mark_source`` (anything with ``marks(item_id) -> (starred, reviewed)``) and
  ``app.refresh_marks(item_ids)`` after a mark changes.
- ``app.open_in_editor(path, line)``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Protocol

from rich.text import Text
from textual import on, work
from textual.app import App, SuspendNotSupported
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.signal import Signal
from textual.worker import get_current_worker

from summit_tui.settings import load as load_settings
from summit_tui.text import clean_line
from summit_tui.ui.annotator import AnnotationController
from summit_tui.ui.palette import ItemCommands
from summit_tui.ui.preferences import Preferences
from summit_tui.ui.screens.browse import BrowseScreen
from summit_tui.ui.watch import Signature, notes_signature
from summit_tui.ui.widgets.entry_view import EntryView
from summit_tui.words import COMPARE_NEEDS_TWO, count

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus
    from summit_tui.settings import Settings
    from summit_tui.ui.widgets.reader import Reader

Progress = Callable[[int, int], None]
Loader = Callable[[Path, Progress], "Corpus"]


class LoadCancelled(Exception):
    """Raised into the loader when its worker was cancelled (a reload, or quitting)."""


class LoadReport:
    """The ``progress`` a loader is given: call it with (done, total); a loader that can
    also show the notes parsed so far calls ``partial(corpus)`` (the default one does)."""

    def __init__(self, progress: Progress, partial: Callable[[Corpus], None]) -> None:
        self._progress = progress
        self.partial = partial

    def __call__(self, done: int, total: int) -> None:
        self._progress(done, total)


class MarkSource(Protocol):
    def marks(self, item_id: str) -> tuple[bool, bool]:
        """(starred, reviewed) for an item."""
        ...


def build_with_cache(path: Path, progress: Progress) -> Corpus:
    from summit_tui import config
    from summit_tui.corpus.build import build_corpus

    partial = getattr(progress, "partial", None)
    return build_corpus(path, cache_dir=config.cache_dir(), progress=progress, partial=partial)


class SummitApp(App[None]):
    """Browse, read and (through later features) compare and annotate conference notes."""

    CSS_PATH = "summit.tcss"
    TITLE = "summit-tui"
    COMMANDS = App.COMMANDS | {ItemCommands}

    # The footer shows these in this order, after the screen's own keys.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "slash", "search", "Search", tooltip="Find items, passages, annotations", id="search"
        ),
        Binding("c", "compare", "Compare", tooltip="Authors side by side", id="app.compare"),
        Binding(
            "a",
            "annotate",
            "Annotate",
            tooltip="Comment on the passage (reader) or the item (tree)",
            id="app.annotate",
        ),
        Binding("s", "star", "Star", tooltip="Star or unstar the item", id="app.star"),
        Binding(
            "r", "reviewed", "Reviewed", tooltip="Mark the item reviewed, or not", id="app.reviewed"
        ),
        Binding(
            "A",
            "annotations",
            "All annotations",
            key_display="A",
            show=False,
            tooltip="Every annotation: filter, jump, edit, delete",
            id="app.annotations",
        ),
        Binding(
            "e",
            "export",
            "Export annotations",
            show=False,
            tooltip="Export annotations as Markdown",
            id="app.export",
        ),
        Binding(
            "R",
            "report",
            "Report",
            key_display="R",
            show=False,
            tooltip="Write the conference report (Markdown) into the export folder",
            id="app.report",
        ),
        Binding(
            "p",
            "problems",
            "Problems",
            tooltip="What the loader reported (shown when there are problems)",
            id="app.problems",
        ),
        Binding(
            "ctrl+r", "reload", "Reload", show=False, tooltip="Reload the notes", id="app.reload"
        ),
        Binding("question_mark,f1", "help", "Help", tooltip="This list of keys", id="app.help"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(
        self,
        notes_dir: Path | str,
        *,
        notes_why: str = "--notes",
        data_dir: Path | None = None,
        loader: Loader | None = None,
        watch_interval: float | None = 2.0,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.notes_dir = Path(notes_dir)
        self.notes_why = notes_why
        self.data_dir = data_dir
        self.corpus: Corpus | None = None
        self.load_error: str | None = None
        self.mark_source: MarkSource | None = None
        self.corpus_changed: Signal[Corpus] = Signal(self, "corpus-changed")
        self._loader: Loader = loader or build_with_cache
        self._watch_interval = watch_interval
        self._signature: Signature | None = None
        self._loading = False
        self._partial = False  # self.corpus holds the notes parsed so far of a first load
        self._progress = (0, 0)
        self._browse = BrowseScreen()
        self.annotator = AnnotationController(self)  # the store; also the mark_source
        # The user's settings.toml: theme, key overrides, search page, export folder.
        self.settings = settings if settings is not None else load_settings()
        self.preferences = Preferences(self, self.settings)

    # -- screens ----------------------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        return self._browse

    @property
    def browse(self) -> BrowseScreen:
        return self._browse

    @property
    def reader(self) -> Reader:
        return self.browse.reader

    # -- public API for features ------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        """True while the corpus is being (re)built."""
        return self._loading

    @property
    def is_partial(self) -> bool:
        """True while ``corpus`` is a first load still filling: browse it, but what needs
        every note (search, compare, the annotation list, export) waits."""
        return self._partial

    def still_loading(self, what: str) -> bool:
        """Say that ``what`` waits for the notes (and return True) while they are filling."""
        if not self._partial:
            return False
        done, total = self._progress
        self.notify(f"{what} once the notes have loaded ({done:,}/{total:,}).", markup=False)
        return True

    @property
    def current_item_id(self) -> str | None:
        return self.reader.item_id

    def open_item(self, item_id: str, author: str | None = None, line: int | None = None) -> bool:
        """Select an item in the tree and show it: on ``author``'s tab, at file ``line``."""
        self._return_to_browse()
        return self.browse.open_item(item_id, author, line)

    def open_entry(self, entry_id: str, line: int | None = None) -> bool:
        """Show an entry on its item's author tab (or as unsorted), at file ``line``."""
        self._return_to_browse()
        return self.browse.open_entry(entry_id, line)

    def marks(self, item_id: str) -> tuple[bool, bool]:
        """(starred, reviewed); both False until an annotation store is plugged in."""
        if self.mark_source is None:
            return (False, False)
        return self.mark_source.marks(item_id)

    def refresh_marks(self, item_ids: list[str] | None = None) -> None:
        """Relabel items (all when None) and review progress after marks change."""
        self.browse.refresh_marks(item_ids)

    def open_in_editor(self, path: Path | None = None, line: int | None = None) -> None:
        """Suspend the app and open a note in $EDITOR at a line (the reader's by default)."""
        if path is None:
            entry = self.reader.current_entry
            if entry is None or self.corpus is None:
                self.notify("Nothing to open: select an item with notes first.", markup=False)
                return
            passage = self.reader.current_passage
            path = Path(self.corpus.root) / entry.note
            line = passage.start_line if passage is not None else entry.start_line
        import shlex
        import subprocess

        editor = os.environ.get("EDITOR") or os.environ.get("VISUAL")
        if not editor:
            self.notify(
                f"Set $EDITOR to open notes (e.g. export EDITOR=vim). The note is {path}"
                + (f", line {line}." if line else "."),
                title="No editor",
                severity="warning",
                markup=False,
                timeout=8,
            )
            return
        command = [*shlex.split(editor), *([f"+{line}"] if line else []), str(path)]
        try:
            with self.suspend():
                subprocess.run(command, check=False)
        except SuspendNotSupported:
            self.notify("This terminal cannot hand over to an editor.", markup=False)
        except OSError as error:
            self.notify(
                f"Could not start {editor}: {error}", severity="error", markup=False, timeout=8
            )
        self.check_for_changes()

    # -- loading ----------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.preferences.start()
        # Opening SQLite (and importing it) waits until the first frame is on screen.
        self.call_after_refresh(self.annotator.start)
        # The browse screen starts the first load once it is mounted (see BrowseScreen).
        if self._watch_interval:
            self.set_interval(self._watch_interval, self.check_for_changes, name="watch-notes")

    def load(self) -> None:
        """(Re)build the corpus in a thread; the tree keeps showing the old one meanwhile."""
        self._loading = True
        self.browse.show_loading(f"Loading notes from {self.notes_dir} …")
        self._set_status()
        self._load_worker()

    @work(thread=True, exclusive=True, group="load", name="load-corpus")
    def _load_worker(self) -> None:
        worker = get_current_worker()
        path = self.notes_dir
        if not path.exists():
            self.call_from_thread(self._load_failed, self._missing_message(path))
            return
        if not path.is_dir():
            self.call_from_thread(
                self._load_failed, f"{path} is a file, not a notes folder ({self.notes_why})."
            )
            return
        signature = notes_signature(path)
        last = [0]

        def progress(done: int, total: int) -> None:
            if worker.is_cancelled:
                raise LoadCancelled  # stops the parsing processes too
            # At most ~20 status updates per load, however many notes there are.
            step = max(1, total // 20)
            if done - last[0] >= step or done == total:
                last[0] = done
                self.call_from_thread(self._load_progress, done, total)

        def partial(corpus: Corpus) -> None:
            if worker.is_cancelled:
                raise LoadCancelled
            self.call_from_thread(self._partial_loaded, corpus)

        try:
            corpus = self._loader(path, LoadReport(progress, partial))
        except Exception as error:
            message = self._error_message(path, error)
            if not worker.is_cancelled:
                self.call_from_thread(self._load_failed, message)
            return
        if not worker.is_cancelled:
            self.call_from_thread(self._loaded, corpus, signature)

    def _missing_message(self, path: Path) -> str:
        return (
            f"The notes folder {path} does not exist (from {self.notes_why}).\n\n"
            "Start summit-tui with --notes DIR, set $SUMMIT_TUI_NOTES, or run it where a "
            "notes/ folder is. Press ctrl+r to try again, q to quit."
        )

    def _error_message(self, path: Path, error: Exception) -> str:
        try:
            from summit_tui.corpus.build import NotesDirError
        except ImportError:
            NotesDirError = ()  # no loader at all: fall through to the generic text
        if NotesDirError and isinstance(error, NotesDirError):
            return f"{error}\n\nPress ctrl+r to try again, q to quit."
        if isinstance(error, ImportError):
            return f"The notes loader is not available: {error}"
        self.log.error("loading notes failed", error)
        return (
            f"Could not load the notes in {path}: {type(error).__name__}: {error}\n\n"
            "This is a bug in summit-tui; `summit-tui check` may say more. "
            "Press ctrl+r to try again."
        )

    def _load_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)
        self._set_status(Text(f"Loading notes {done}/{total} …", style="italic"))
        if self.corpus is None:
            self.browse.show_loading(f"Loading notes from {self.notes_dir} … {done}/{total}")

    def _partial_loaded(self, corpus: Corpus) -> None:
        """The notes parsed so far, shown while a first load goes on."""
        if not self._loading or (self.corpus is not None and not self._partial):
            return  # a reload keeps the complete corpus until the new one is complete
        self.corpus = corpus
        self._partial = True
        self.browse.show_corpus(corpus)
        done, total = self._progress
        counts = f" {done}/{total}" if total else ""
        self._set_status(Text(f"Loading notes{counts} …", style="italic"))

    def _loaded(self, corpus: Corpus, signature: Signature) -> None:
        self._loading = False
        self._partial = False
        self.corpus = corpus
        self.load_error = None
        self._signature = signature
        self.browse.show_corpus(corpus)
        self._set_status()
        self.refresh_bindings()
        self.corpus_changed.publish(corpus)

    def _load_failed(self, message: str) -> None:
        self._loading = False
        self._partial = False
        self.corpus = None
        self.load_error = message
        self._signature = None
        self.browse.show_failure(message)
        self._set_status()
        self.refresh_bindings()

    def _set_status(self, override: Text | None = None) -> None:
        if override is not None:
            self.browse.set_status(override)
            return
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        corpus = self.corpus
        if self._loading and corpus is None:
            text.append("Loading notes …", style="italic")
        elif corpus is None:
            text.append("No notes loaded", style="bold")
        else:
            items = sum(1 for _ in corpus.items())
            text.append(f"{clean_line(self.notes_dir.name) or self.notes_dir}: ", style="bold")
            text.append(f"{count(len(corpus.notes), 'note')} · {count(items, 'item')}")
            if corpus.problems:
                text.append(" · ")
                text.append(f"⚠ {count(len(corpus.problems), 'problem')}", style="bold")
                text.append(" (p)", style="dim")
        self.browse.set_status(text)

    # -- watching the folder ----------------------------------------------------------------

    def check_for_changes(self) -> None:
        """Reload when a note or program file changed on disk since the last load."""
        if not self._loading and self._signature is not None:
            self._signature_worker()

    @work(thread=True, exclusive=True, group="watch", name="watch-notes")
    def _signature_worker(self) -> None:
        signature = notes_signature(self.notes_dir)
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._compare_signature, signature)

    def _compare_signature(self, signature: Signature) -> None:
        if self._loading or self._signature is None or signature == self._signature:
            return
        self.notify("Notes changed on disk; reloading.", markup=False, timeout=2)
        self.load()

    # -- actions ----------------------------------------------------------------------------

    def action_reload(self) -> None:
        self.notify(f"Reloading notes from {clean_line(str(self.notes_dir))}", markup=False)
        self.load()

    def action_help(self) -> None:
        from summit_tui.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_problems(self) -> None:
        from summit_tui.ui.screens.problems import ProblemsScreen

        if self.corpus is not None and not isinstance(self.screen, ProblemsScreen):
            self.push_screen(ProblemsScreen(self.corpus))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "problems":
            return bool(self.corpus and self.corpus.problems)
        if action == "compare":  # compares the item browsed: offered from the browser only
            return bool(self.screen_stack) and self.screen_stack[-1] is self._browse
        return True

    # -- Feature actions (search, compare, annotate) go below. ------------------------------

    def action_search(self) -> None:
        """Open the search overlay (results on every keystroke; enter opens the passage)."""
        from summit_tui.ui.screens.search import open_search

        if not self.still_loading("Search is ready"):
            open_search(self)

    def action_compare(self) -> None:
        """Open the compare screen on the browsed item (it needs two or more authors)."""
        from summit_tui.ui.screens.compare import CompareScreen

        item_id = self.current_item_id
        if self.corpus is None or item_id is None or self.screen is not self._browse:
            return
        if self.still_loading("Compare is ready"):
            return
        if len(self.corpus.authors_for(item_id)) < 2:
            self.notify(
                COMPARE_NEEDS_TWO,
                severity="warning",
                markup=False,
            )
            return
        self.push_screen(CompareScreen(self.corpus, item_id, self.reader.current_author))

    def action_annotate(self) -> None:
        self.annotator.annotate()

    def action_star(self) -> None:
        self.annotator.toggle_star()

    def action_reviewed(self) -> None:
        self.annotator.toggle_reviewed()

    def action_export(self) -> None:
        if not self.still_loading("Export is ready"):
            self.annotator.export()

    def action_report(self) -> None:
        if not self.still_loading("The report is ready"):
            from summit_tui.ui.reporter import write_report

            write_report(self)

    def action_annotations(self) -> None:
        if not self.still_loading("The annotation list is ready"):
            self.annotator.show_list()

    @on(EntryView.CursorMoved)
    def _annotations_follow_cursor(self) -> None:
        self.annotator.cursor_moved()

    def handle_bindings_clash(self, clashed_bindings: set[Binding], node) -> None:
        self.preferences.clash(clashed_bindings)

    # -- helpers ----------------------------------------------------------------------------

    def _return_to_browse(self) -> None:
        while len(self.screen_stack) > 1 and self.screen is not self._browse:
            self.pop_screen()
