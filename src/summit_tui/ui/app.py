"""The summit-tui Textual app: owns the corpus, the search index and the annotation
session, and hosts the screens.

Loading runs in a thread worker that posts what it finds (``CorpusLoaded``); the search
index is built by a worker that posts ``IndexReady``. Screens and widgets never reach
into the App: they post messages (``OpenPlace``, ``AnnotateRequested``,
``MarkRequested``, ``OpenInEditor``) or dismiss with a ``Place``, and the App acts and
calls down. Every jump to a place is remembered: ctrl+o goes back, ctrl+i forward.

For tests and scripts: ``app.corpus``, ``app.annotations`` (the session, None until the
store is open), ``app.open_item(item_id, author, line)``, ``app.open_entry(entry_id,
line)``, ``app.browse`` and ``app.reader``, ``app.current_item_id``.
"""

from __future__ import annotations

import functools
import os
import signal
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import App, SuspendNotSupported
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.worker import get_current_worker

from summit_tui.settings import load as load_settings
from summit_tui.text import clean_line
from summit_tui.ui.annotator import Annotator
from summit_tui.ui.hangup import HANG_UP_CODE, HangUpWatch, end_now, terminal_gone
from summit_tui.ui.keyhold import KeyHold
from summit_tui.ui.loading import LoadReport, build_with_cache, error_message, missing_message
from summit_tui.ui.messages import (
    AnnotateRequested,
    AnnotationsChanged,
    CorpusChanged,
    CorpusLoaded,
    IndexReady,
    MarkRequested,
    NotesRefreshed,
    OpenInEditor,
    OpenPlace,
    Place,
    ReportRequested,
)
from summit_tui.ui.palette import ItemCommands
from summit_tui.ui.preferences import Preferences
from summit_tui.ui.screens.browse import BrowseScreen
from summit_tui.words import count

if TYPE_CHECKING:
    from summit_tui.annotate.model import Annotation
    from summit_tui.annotate.session import AnnotationSession
    from summit_tui.corpus.model import Corpus, Problem
    from summit_tui.corpus.outline import Outline
    from summit_tui.corpus.watch import Changed, NotesWatcher, Signature
    from summit_tui.search.index import SearchIndex
    from summit_tui.settings import Settings
    from summit_tui.ui.loading import Loader
    from summit_tui.ui.widgets.reader import Reader

HISTORY = 100  # places remembered for ctrl+o


class LoadProgress(Message):
    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class OutlineLoaded(Message):
    """The tree as the last load left it, read before the corpus (``corpus.outline``)."""

    def __init__(self, outline: Outline) -> None:
        super().__init__()
        self.outline = outline


class LoadFailed(Message):
    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message


class UnreadFound(Message):
    """The Markdown-like files in the notes folder that are not read as notes (``.org``,
    ``.rmd`` …), looked for after each load: the problems screen names them as ``check`` does."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__()
        self.problems = problems


class _IndexLeft(Exception):
    """Nobody waits for the search index any more (its screen was closed)."""


class SummitApp(App[None]):
    """Browse, read, compare, search and annotate conference notes."""

    CSS_PATH = "summit.tcss"
    TITLE = "summit-tui"
    COMMANDS = App.COMMANDS | {ItemCommands}

    # Only what works on every screen; each screen binds (and its footer shows) its own keys.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "question_mark,f1", "help", "Help", tooltip="The keys of this screen", id="app.help"
        ),
        Binding(
            "ctrl+q",
            "quit",
            "Quit",
            show=False,
            priority=True,
            tooltip="Quit summit-tui from any screen",
            id="app.quit_anywhere",
        ),
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
        # The user's settings.toml: theme, key overrides, search page, export folder.
        self.settings = settings if settings is not None else load_settings()
        self.preferences = Preferences(self, self.settings)
        self.notes_dir = Path(notes_dir)
        self.notes_why = notes_why
        self.data_dir = data_dir
        self.corpus: Corpus | None = None
        self.load_error: str | None = None
        self.search_index: SearchIndex | None = None  # of self.corpus, once built
        self.annotator = Annotator(
            self, self._annotations_changed, self.settings.path_value("export_folder")
        )
        self._key_hold = KeyHold(self)  # keys typed right after one that moves focus
        self._loader: Loader = loader or functools.partial(
            build_with_cache, follow_links=self.settings.follow_links
        )
        # The tree drawn from the outline the last load saved, before the corpus is in:
        # with the default loader only (another loader's corpus is not the folder's).
        self._outlines = loader is None
        self._outline_saved = ""  # the folder signature whose outline is on disk
        self._watch_interval = watch_interval
        self._watcher: NotesWatcher | None = None
        self._waiting_change = False  # notes changed while a load ran: look again after
        self._signature: Signature | None = None
        self._loading = False
        self._partial = False  # self.corpus holds the notes parsed so far of a first load
        self._progress = (0, 0)
        self._unread: tuple[Problem, ...] = ()  # files in the folder not read as notes
        self._indexing: Corpus | None = None  # the corpus whose index is being built
        self._back: list[Place] = []
        self._forward: list[Place] = []
        self._browse = BrowseScreen()
        self._hang_up: HangUpWatch | None = None

    # -- screens ----------------------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        return self._browse

    @property
    def browse(self) -> BrowseScreen:
        return self._browse

    @property
    def reader(self) -> Reader:
        return self.browse.reader

    @property
    def annotations(self) -> AnnotationSession | None:
        """The annotation session; None until the store is open (or when it cannot be)."""
        return self.annotator.session

    @property
    def is_loading(self) -> bool:
        """True while the corpus is being (re)built."""
        return self._loading

    @property
    def is_partial(self) -> bool:
        """True while ``corpus`` is a first load still filling: browse it, but what needs
        every note (search, compare, the annotation list, export) waits."""
        return self._partial

    @property
    def current_item_id(self) -> str | None:
        return self.browse.current_item_id

    def _still_loading(self, what: str) -> bool:
        """Say that ``what`` waits for the notes (and return True) while they are filling."""
        if not self._partial:
            return False
        done, total = self._progress
        self.notify(f"{what} once the notes have loaded ({done:,}/{total:,}).", markup=False)
        return True

    # -- places and jumps -------------------------------------------------------------------

    def open_item(self, item_id: str, author: str | None = None, line: int | None = None) -> bool:
        """Show an item in the browser: on ``author``'s tab, at file ``line``."""
        return self.go(Place(item_id=item_id, author=author, line=line), record=False)

    def open_entry(self, entry_id: str, line: int | None = None) -> bool:
        """Show an entry on its item's author tab (or as unsorted), at file ``line``."""
        return self.go(Place(entry_id=entry_id, line=line), record=False)

    def go(self, place: Place, *, record: bool = True) -> bool:
        """Show a place in the reader, focused on its passage; ``record`` it as a jump."""
        here = self.browse.current_place()
        self._return_to_browse()
        if not self.browse.open_place(place):
            self.notify("That place is no longer in the notes.", severity="warning", markup=False)
            return False
        if record and here is not None and here != self.browse.current_place():
            self._back.append(here)
            del self._back[:-HISTORY]
            self._forward.clear()
        if record:
            self.browse.focus_reader()
        return True

    def action_jump_back(self) -> None:
        self._jump(self._back, self._forward, "No earlier place to go back to (ctrl+o).")

    def action_jump_forward(self) -> None:
        self._jump(self._forward, self._back, "No later place to go forward to (ctrl+i).")

    def _jump(self, source: list[Place], other: list[Place], empty: str) -> None:
        here = self.browse.current_place()
        while source:
            place = source.pop()
            if self.go(place, record=False):
                if here is not None:
                    other.append(here)
                self.browse.focus_reader()
                return
        self.notify(empty, markup=False, timeout=2)

    def _return_to_browse(self) -> None:
        while len(self.screen_stack) > 1 and self.screen is not self._browse:
            self.pop_screen()

    def go_to(self, place: Place | None) -> None:
        """A screen's result: where to go, or None to stay."""
        if place is not None:
            self.go(place)

    # -- keys typed at once ------------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        key = isinstance(event, events.Key)
        came_back = key and event.is_forwarded  # up from the focused widget (else: forwarded now)
        if key and not came_back and self._key_hold.take(event):  # type: ignore[arg-type]
            return  # held until focus has moved (or a field's key has acted): handed on then
        await super().on_event(event)
        if came_back:
            self._key_hold.came_back(event)  # type: ignore[arg-type]  # its bindings have run

    def on_descendant_focus(self) -> None:
        self._key_hold.release()

    def notify(self, message: str, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        super().notify(message, *args, **kwargs)  # type: ignore[arg-type]
        self._key_hold.release()  # a key that could not act says why: the keys go on

    @on(OpenPlace)
    def _open_place(self, message: OpenPlace) -> None:
        self.go(message.place)

    # -- requests from screens and widgets --------------------------------------------------

    @on(AnnotateRequested)
    def _annotate(self, message: AnnotateRequested) -> None:
        self.annotator.annotate(
            self.corpus, message.item_id, message.entry, message.passage, message.annotation
        )

    @on(MarkRequested)
    def _mark(self, message: MarkRequested) -> None:
        self.annotator.toggle(message.which, message.item_id, self.corpus)

    @on(OpenInEditor)
    def _open_in_editor(self, message: OpenInEditor) -> None:
        self.open_in_editor(message.path, message.line)

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
        import shutil
        import subprocess

        editor = os.environ.get("EDITOR") or os.environ.get("VISUAL")
        if not editor:
            self.notify(
                f"The note is {self._shown_place(path, line)}. To open notes here, quit (q), "
                "set an editor in the shell (export EDITOR=nano, or vim, or 'code --wait') "
                "and start summit-tui again.",
                title="No editor ($EDITOR is not set)",
                severity="warning",
                markup=False,
                timeout=8,
            )
            return
        program: str | None = None
        try:
            words = shlex.split(editor)
        except ValueError as error:
            words = []
            problem = f"$EDITOR cannot be read ({error}): {editor}"
        else:
            program = shutil.which(words[0]) if words else None
            problem = "" if program else f"$EDITOR names no program found: {editor}"
        if problem:
            self.notify(problem, title="No editor", severity="error", markup=False, timeout=8)
            return
        command = [program, *words[1:], *([f"+{line}"] if line else []), str(path)]
        failure: OSError | None = None
        try:
            with self.suspend():
                # Caught inside: an exception leaving suspend() would skip resuming the screen.
                try:
                    subprocess.run(command, check=False)
                except OSError as error:
                    failure = error
        except SuspendNotSupported:
            self.notify("This terminal cannot hand over to an editor.", markup=False)
        if failure is not None:
            self.notify(
                f"Could not start {editor}: {failure}", severity="error", markup=False, timeout=8
            )
        self.check_for_changes()

    def _shown_place(self, path: Path, line: int | None) -> str:
        """``path`` as the app's other places name a note: from the notes folder as seen
        from where the app was started (``notes/day1.md:12``), in full only outside it."""
        from summit_tui.places import seen_from

        if self.corpus is not None:
            root = Path(self.corpus.root)
            try:
                note = path.resolve().relative_to(root.resolve()).as_posix()
            except ValueError:
                pass
            else:
                return seen_from(root).of(note, line)
        return str(path) + (f":{line}" if line else "")

    # -- annotations ------------------------------------------------------------------------

    def _start_annotations(self) -> None:
        if not self.is_running:
            return  # quit before the first frame: there is nothing to open it for
        from summit_tui import config

        data_dir = config.data_dir(str(self.data_dir) if self.data_dir else None)
        session = self.annotator.start(data_dir)
        if session is None:
            return
        self.browse.use_annotations(session)
        if self.corpus is not None and not self._partial:
            self.annotator.corpus_loaded(self.corpus)
        else:
            self._annotations_changed()

    def _annotations_changed(self) -> None:
        if not self.is_running:
            return  # a re-anchoring worker finished while quitting: the screens are gone
        if self.corpus is not None and not self._loading:
            self._set_status()  # what could not follow a changed item id counts as problems
        self.browse.annotations_changed()
        for screen in self.screen_stack:
            if screen is not self._browse:
                screen.post_message(AnnotationsChanged())

    def action_annotations(self) -> None:
        from summit_tui.ui.screens.annotations import AnnotationsScreen

        if self._still_loading("The annotation list is ready"):
            return
        session = self.annotator.usable()
        if session is None or isinstance(self.screen, AnnotationsScreen):
            return
        screen = AnnotationsScreen(session, self.corpus, self.annotator)
        self.push_screen(screen, self.go_to)

    def action_export(self) -> None:
        if not self._still_loading("Export is ready"):
            self.annotator.export(self.corpus)

    def action_report(self) -> None:
        """R: write the conference report into the export folder (in a worker)."""
        self.write_report()

    @on(ReportRequested)
    def _report(self, message: ReportRequested) -> None:
        self.write_report(message.items)

    def write_report(self, items: tuple[str, ...] = ()) -> None:
        """Write the report of every talk, or of ``items`` only, into the export folder."""
        from summit_tui.ui.reporter import write_report

        if self._still_loading("The report is ready") or self.corpus is None:
            return
        session = self.annotator.session
        folder = self.annotator.export_folder or (
            self.annotator.data_dir / "exports" if self.annotator.data_dir is not None else None
        )
        if folder is None:
            self.notify("No folder to write the report in.", severity="error", markup=False)
            return
        annotations = list(session.annotations) if session is not None else []
        marks = session.all_marks() if session is not None else {}
        write_report(self, self.corpus, annotations, marks, folder, items=items)

    # -- loading ----------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.preferences.start()
        fd = getattr(self._driver, "fileno", None)
        if not self.is_headless and isinstance(fd, int):
            self._hang_up = HangUpWatch(fd, self._terminal_hung_up, self._asked_to_end)
            self._hang_up.start()

    async def action_quit(self) -> None:
        await self.annotator.draft_typed()
        self.annotator.save_draft()
        self.exit()

    def _terminal_hung_up(self) -> None:
        """The terminal closed (or SIGHUP): save what a quit saves, then end. With the
        terminal gone there is nothing to restore on it, so the end is immediate."""
        self.annotator.save_draft()
        fd = getattr(self._driver, "fileno", None)
        if not isinstance(fd, int) or terminal_gone(fd):
            end_now(HANG_UP_CODE)
        self.exit(return_code=HANG_UP_CODE)

    def _asked_to_end(self) -> None:
        """SIGTERM: a quit, with the terminal put back as it was."""
        self.annotator.save_draft()
        self.exit(return_code=128 + signal.SIGTERM)

    def on_unmount(self) -> None:
        if self._hang_up is not None:
            self._hang_up.stop()
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None

    def _watch_notes(self) -> None:
        """Watch the folder (once the first load is in): an edited note is read again
        alone as soon as it is saved."""
        if self._watcher is not None or not self._watch_interval or self.corpus is None:
            return
        from summit_tui.corpus.watch import NotesWatcher

        notes = self.corpus.notes

        def held(rel: str) -> bool:  # a path gone: was it a folder of notes?
            return any(note.path.startswith(rel + "/") for note in notes)

        def changed(paths: Changed) -> None:
            self.call_from_thread(self._notes_changed, paths)

        self._watcher = NotesWatcher(
            self.notes_dir, changed, held=held, poll_seconds=self._watch_interval
        )
        self._watcher.start()

    @on(BrowseScreen.Ready)
    def _browse_ready(self) -> None:
        # Loading and opening SQLite (and importing it) wait until the first frame is on
        # screen: the loader thread competes with painting for the GIL.
        self.call_after_refresh(self._first_load)

    def _first_load(self) -> None:
        if not self.is_running:
            return  # quit before the first frame
        self.load()
        self._start_annotations()
        self._key_hold.started()  # the keys typed before the first frame, in order

    def load(self) -> None:
        """(Re)build the corpus in a thread; the tree keeps showing the old one meanwhile."""
        self._loading = True
        if self.corpus is None:
            self.browse.show_loading(f"Loading notes from {self.notes_dir} …")
        self._set_status()
        self._load_worker()

    @work(thread=True, exclusive=True, group="load", name="load-corpus")
    def _load_worker(self) -> None:
        from summit_tui.ui.loading import LoadCancelled

        worker = get_current_worker()
        path = self.notes_dir
        if not path.exists():
            self.post_message(LoadFailed(missing_message(path, self.notes_why)))
            return
        if not path.is_dir():
            message = f"{path} is a file, not a notes folder ({self.notes_why})."
            self.post_message(LoadFailed(message))
            return
        from summit_tui.corpus.outline import Outline, signature_digest
        from summit_tui.corpus.watch import notes_signature

        signature = notes_signature(path)
        digest = signature_digest(signature)
        saved = self._saved_outline(path, digest) if self.corpus is None else None
        if saved is not None and not worker.is_cancelled:
            self._outline_saved = digest
            self.post_message(OutlineLoaded(saved))
        last = [0]

        def progress(done: int, total: int) -> None:
            if worker.is_cancelled:
                raise LoadCancelled  # stops the parsing processes too
            # At most ~20 status updates per load, however many notes there are.
            step = max(1, total // 20)
            if done - last[0] >= step or done == total:
                last[0] = done
                self.post_message(LoadProgress(done, total))

        def partial(corpus: Corpus) -> None:
            if worker.is_cancelled:
                raise LoadCancelled
            self.post_message(CorpusLoaded(corpus, partial=True, outline=Outline.of(corpus)))

        try:
            corpus = self._loader(path, LoadReport(progress, partial, dict(signature)))
        except Exception as error:
            if not isinstance(error, LoadCancelled | ImportError):
                self.log.error("loading notes failed", error)
            if not worker.is_cancelled:
                self.post_message(LoadFailed(error_message(path, error)))
            return
        if worker.is_cancelled:
            return
        outline = Outline.of(corpus, digest)
        self.post_message(CorpusLoaded(corpus, signature, outline=outline))
        if self._outlines and digest != self._outline_saved:
            self._save_outline(outline)
        self._look_for_unread(path)

    def _look_for_unread(self, path: Path) -> None:
        """Post :class:`UnreadFound` for ``path`` (on a worker's thread: it walks the folder)."""
        from summit_tui.unread import APP_FOLDERS, unread_problems

        if not get_current_worker().is_cancelled:
            self.post_message(UnreadFound(tuple(unread_problems(path, APP_FOLDERS))))

    def _saved_outline(self, path: Path, digest: str) -> Outline | None:
        """The outline the last load of this folder saved, if the folder is as it was then."""
        if not self._outlines:
            return None
        from summit_tui import config
        from summit_tui.corpus.outline import read_outline

        root = Path(os.path.abspath(path.expanduser()))
        follow = self.settings.follow_links
        return read_outline(config.cache_dir(), root, digest, follow_links=follow)

    def _save_outline(self, outline: Outline) -> None:
        from summit_tui import config
        from summit_tui.corpus.outline import write_outline

        corpus_root = Path(os.path.abspath(self.notes_dir.expanduser()))
        follow = self.settings.follow_links
        if write_outline(config.cache_dir(), corpus_root, outline, follow_links=follow):
            self._outline_saved = outline.signature

    @on(OutlineLoaded)
    def _outline_loaded(self, message: OutlineLoaded) -> None:
        if not self.is_running or not self._loading or self.corpus is not None:
            return  # quitting, or the notes are already in
        self.browse.show_outline(message.outline)

    @on(LoadProgress)
    def _load_progress(self, message: LoadProgress) -> None:
        if not self.is_running:
            return  # quitting: the screens are gone
        if not self._loading:
            return
        done, total = self._progress = (message.done, message.total)
        self._set_status(Text(f"Loading notes {done}/{total} …", style="styled--emphasis"))
        if self.corpus is None:
            self.browse.show_loading(f"Loading notes from {self.notes_dir} … {done}/{total}")

    @on(CorpusLoaded)
    def _corpus_loaded(self, message: CorpusLoaded) -> None:
        if not self.is_running:
            return  # quitting: the screens are gone
        corpus = message.corpus
        if message.partial:
            if not self._loading or (self.corpus is not None and not self._partial):
                return  # a reload keeps the complete corpus until the new one is complete
            self.corpus = corpus
            self._partial = True
            self.browse.show_corpus(corpus, message.outline, partial=True)
            done, total = self._progress
            counts = f" {done}/{total}" if total else ""
            self._set_status(Text(f"Loading notes{counts} …", style="styled--emphasis"))
            return
        self._loading = False
        self._partial = False
        self.corpus = corpus
        self.load_error = None
        self._signature = message.signature
        if self.search_index is not None:
            self.search_index = None  # of the corpus before: built again when searched
        self.browse.show_corpus(corpus, message.outline)
        self._set_status()
        self.refresh_bindings()
        self.annotator.corpus_loaded(corpus)
        for screen in self.screen_stack:
            if screen is not self._browse:
                screen.post_message(CorpusChanged(corpus))
        self._index_if_waited_for()
        self._watch_notes()
        if self._waiting_change:
            self._waiting_change = False
            self.check_for_changes()

    @on(UnreadFound)
    def _unread_found(self, message: UnreadFound) -> None:
        if not self.is_running or self.corpus is None or message.problems == self._unread:
            return
        self._unread = message.problems
        self._set_status()

    @on(LoadFailed)
    def _load_failed(self, message: LoadFailed) -> None:
        if not self.is_running:
            return  # quitting: the screens are gone
        self._unread = ()
        self._loading = False
        self._partial = False
        self.corpus = None
        self.search_index = None
        self.load_error = message.message
        self._signature = None
        self.browse.show_failure(message.message)
        self._set_status()
        self.refresh_bindings()

    def _set_status(self, override: Text | None = None) -> None:
        if override is not None:
            self.browse.set_status(override)
            return
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        corpus = self.corpus
        if self._loading and corpus is None:
            text.append("Loading notes …", style="styled--emphasis")
        elif corpus is None:
            text.append("No notes loaded", style="styled--strong")
        else:
            items = sum(1 for _ in corpus.items())
            text.append(
                f"{clean_line(self.notes_dir.name) or self.notes_dir}: ", style="styled--strong"
            )
            text.append(f"{count(len(corpus.notes), 'note')} · {count(items, 'item')}")
            problems = len(corpus.problems) + len(self.annotator.gone) + len(self._unread)
            if problems:
                text.append(" · ")
                text.append(f"⚠ {count(problems, 'problem')}", style="styled--strong")
                text.append(" (p)", style="styled--muted")
        self.browse.set_status(text)

    # -- watching the folder ----------------------------------------------------------------

    def check_for_changes(self) -> None:
        """Read again the notes changed on disk since they were read (the watcher does
        this by itself; this is for when the app knows it, e.g. after the editor)."""
        if self._loading:
            self._waiting_change = True
        elif self._signature is not None:
            self._signature_worker(self._signature)

    # Each worker taking notes or an index has a description: Textual would otherwise
    # describe it by the repr of its arguments, on the main thread (a whole corpus's
    # dataclass repr: seconds at 10,000 notes, before the worker even starts).
    @work(
        thread=True,
        exclusive=True,
        group="watch",
        name="watch-notes",
        description="look for changed notes",
    )
    def _signature_worker(self, before: Signature) -> None:
        from summit_tui.corpus.watch import classify, notes_signature

        now = notes_signature(self.notes_dir)
        if get_current_worker().is_cancelled or now == before:
            return
        # A signature lists files, never folders: a folder gone shows as its notes gone.
        changed = classify({path for path, _ in before ^ now}, self.notes_dir, _no_folder)
        self.call_from_thread(self._notes_changed, changed)

    def _notes_changed(self, changed: Changed) -> None:
        """Notes changed on disk: read those again alone (in a worker), or everything
        when that cannot be told (the program, a folder), the items are inferred, or a
        changed note touches the items the program does not list (``updated_corpus``)."""
        if not self.is_running:
            return
        if self._loading:
            self._waiting_change = True
            return
        corpus = self.corpus
        if corpus is None:
            return
        if changed is None or corpus.program.inferred:
            self.notify("Notes changed on disk; reloading.", markup=False, timeout=2)
            self.load()
            return
        self._refresh_worker(corpus, changed, self.search_index)

    @work(
        thread=True,
        exclusive=False,
        group="refresh",
        name="refresh-notes",
        description="read the changed notes again",
    )
    def _refresh_worker(self, corpus: Corpus, changed: set[str], index: SearchIndex | None) -> None:
        from summit_tui import config
        from summit_tui.corpus.outline import Outline
        from summit_tui.corpus.update import updated_corpus

        fresh = updated_corpus(corpus, changed)
        if fresh is None:
            self.call_from_thread(self.load)
            return
        if index is not None:
            index = index.updated(fresh, changed, cache_dir=config.cache_dir())
        before = self._signature or frozenset()
        signature = _signature_with(before, self.notes_dir, changed)
        outline = Outline.of(fresh)
        self.post_message(NotesRefreshed(corpus, fresh, index, signature, outline))
        if _paths(signature) != _paths(before):
            # a note new or gone (a page renamed to .md is read now, one renamed away may be
            # unread): the folder is walked again; a note saved again changes no file's name
            self._look_for_unread(self.notes_dir)

    @on(NotesRefreshed)
    def _notes_refreshed(self, message: NotesRefreshed) -> None:
        if not self.is_running or self._loading or message.before is not self.corpus:
            if self.is_running:  # the corpus moved on meanwhile: look again
                self.check_for_changes()
            return
        corpus = message.corpus
        self.corpus = corpus
        self._signature = message.signature
        self.search_index = message.index
        self.browse.show_corpus(corpus, message.outline)
        self._set_status()
        self.annotator.corpus_loaded(corpus)
        for screen in self.screen_stack:
            if screen is not self._browse:
                screen.post_message(CorpusChanged(corpus))
        self._index_if_waited_for()

    # -- search -----------------------------------------------------------------------------

    def action_search(self) -> None:
        """Open the search overlay. While the notes load it opens too and takes what is
        typed; results come once the notes are in and indexed."""
        from summit_tui.search.history import SearchHistory
        from summit_tui.ui.screens.search import SearchScreen

        if isinstance(self.screen, SearchScreen):
            return
        if self.corpus is None and not self._loading:
            self.notify("Search needs notes: none are loaded.", markup=False)
            return
        corpus = None if self._partial else self.corpus
        screen = SearchScreen(
            corpus,
            SearchHistory.default(),
            self._annotation_list(),
            self.search_index,
            limit=self.settings.search_limit,
        )
        self.push_screen(screen, self._search_closed)
        self._index_if_waited_for()

    def _annotation_list(self) -> list[Annotation]:
        session = self.annotator.session
        return list(session.annotations) if session is not None else []

    def _search_closed(self, place: Place | None) -> None:
        if self.search_index is None and self._indexing is not None:
            self.workers.cancel_group(self, "search-index")  # nobody waits for it now
            self._indexing = None
        self.go_to(place)

    def _index_if_waited_for(self) -> None:
        """Build the search index when a search screen waits for it."""
        from summit_tui.ui.screens.search import SearchScreen

        corpus = self.corpus
        waiting = [s for s in self.screen_stack if isinstance(s, SearchScreen)]
        if not waiting or corpus is None or self._partial:
            return
        for screen in waiting:
            screen.corpus_ready(corpus, self.search_index)
        if self.search_index is None and self._indexing is not corpus:
            self._indexing = corpus
            self._build_index(corpus, self._annotation_list())

    @work(
        thread=True,
        exclusive=True,
        group="search-index",
        name="search-index",
        description="get the search index",
    )
    def _build_index(self, corpus: Corpus, annotations: list[Annotation]) -> None:
        from summit_tui import config
        from summit_tui.search.child_build import build_in_child
        from summit_tui.search.index import SearchIndex, annotation_docs

        worker = get_current_worker()
        cache = config.cache_dir()

        def progress(done: int, total: int) -> None:
            if not worker.is_cancelled:
                self.call_from_thread(self._indexing_progress, corpus, done, total)

        def cancelled() -> bool:
            return worker.is_cancelled

        def in_a_child() -> None:
            build_in_child(corpus, cache, cancelled=cancelled, progress=progress)
            if worker.is_cancelled:
                raise _IndexLeft  # the screen is gone: build nothing here either

        try:
            index = SearchIndex.load_or_build(
                corpus,
                cache,
                annotation_docs(annotations),
                elsewhere=in_a_child,
                progress=progress,
            )
        except _IndexLeft:
            return
        if not worker.is_cancelled:
            self.post_message(IndexReady(corpus, index))

    def _indexing_progress(self, corpus: Corpus, done: int, total: int) -> None:
        from summit_tui.ui.screens.search import SearchScreen

        for screen in self.screen_stack:
            if isinstance(screen, SearchScreen):
                screen.indexing(done, total)

    @on(IndexReady)
    def _index_ready(self, message: IndexReady) -> None:
        if not self.is_running:
            return  # quitting: the screens are gone
        from summit_tui.ui.screens.search import SearchScreen

        if message.corpus is not self.corpus:
            return  # built for notes that have since been reloaded
        self._indexing = None
        self.search_index = message.index
        for screen in self.screen_stack:
            if isinstance(screen, SearchScreen):
                screen.index_ready(message.index)

    # -- other screens ----------------------------------------------------------------------

    def handle_bindings_clash(self, clashed_bindings: set[Binding], node: object) -> None:
        self.preferences.clash(clashed_bindings)

    def action_reload(self) -> None:
        self.notify(f"Reloading notes from {clean_line(str(self.notes_dir))}", markup=False)
        self.load()

    def action_help(self) -> None:
        from summit_tui.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_problems(self) -> None:
        from summit_tui.ui.screens.problems import ProblemsScreen

        if self.corpus is None:
            self.notify(
                "Problems are listed once the notes have loaded."
                if self._loading
                else "No notes are loaded, so there are no problems to list.",
                markup=False,
            )
            return
        from summit_tui.annotate.items import gone_problem

        gone = map(gone_problem, self.annotator.gone)
        problems = (*self.corpus.problems, *gone, *self._unread)
        if not problems:
            what = "so far" if self._partial else "every note loaded cleanly"
            self.notify(f"No problems: {what}.", markup=False, timeout=3)
            return
        if not isinstance(self.screen, ProblemsScreen):
            self.push_screen(ProblemsScreen(self.corpus, problems))


def _no_folder(_rel: str) -> bool:
    return False


def _paths(signature: Signature) -> frozenset[str]:
    """The files a signature lists, without their keys."""
    return frozenset(path for path, _ in signature)


def _signature_with(before: Signature, root: Path, changed: set[str]) -> Signature:
    """A folder's signature after the notes ``changed`` were read again (each stat'ed)."""
    from summit_tui.corpus.cache import file_key

    rows = {row for row in before if row[0] not in changed}
    for rel in changed:
        try:
            info = os.stat(root / rel)
        except OSError:
            continue
        rows.add((rel, file_key(info)))
    return frozenset(rows)
