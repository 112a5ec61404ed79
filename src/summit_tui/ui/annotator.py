"""Annotations in the app: the controller behind a, s, r, e and A, and the notes bar.

``AnnotationController`` owns the store for the app. It is the app's ``mark_source``
(stars and reviewed marks in the navigator and the review counts), re-anchors
passage annotations whenever a corpus is loaded, and keeps a cache so drawing never
waits on SQLite. When the database cannot be opened the app still shows the notes and
every annotation key says why annotations are unavailable.

Highlighting: when the reader's EntryView offers a ``passage_marks`` attribute
(``Callable[[Entry, Passage], bool] | None``), the controller sets it to ``is_annotated``
and refreshes the view when annotations change; the reader draws those passages marked.
Other screens with a passage cursor (compare) may define ``annotation_target()``
returning ``(item_id, Entry | None, Passage | None)`` so that ``a`` annotates there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from rich.text import Text

from summit_tui import words
from summit_tui.text import clean_line
from summit_tui.ui.widgets.passage_notes import PassageNotes

if TYPE_CHECKING:
    from summit_tui.annotate.model import Annotation, ItemMark
    from summit_tui.annotate.store import AnnotationStore
    from summit_tui.corpus.model import Corpus, Entry
    from summit_tui.corpus.passages import Passage
    from summit_tui.ui.app import SummitApp
    from summit_tui.ui.screens.annotate_modal import AnnotateResult

UNAVAILABLE = "Annotations are unavailable"
POLL_SECONDS = 3.0


F = TypeVar("F", bound=Callable[..., Any])


def _guarded(method: F) -> F:
    """A store failure mid-session (disk full, file removed) becomes a notification."""

    @wraps(method)
    def run(self: AnnotationController, *args: Any, **kwargs: Any) -> Any:
        from summit_tui.annotate.store import StoreError

        try:
            return method(self, *args, **kwargs)
        except StoreError as error:
            self.app.notify(
                f"{error}\n\nEverything saved before is still in the database.",
                title="Annotations could not be saved",
                severity="error",
                markup=False,
                timeout=15,
            )
            return None

    return cast(F, run)


def excerpt(text: str, width: int = 80) -> str:
    line = clean_line(text)
    return line if len(line) <= width else line[: width - 1] + "…"


class AnnotationController:
    """The app's link to the annotation store (see the module docstring)."""

    def __init__(self, app: SummitApp) -> None:
        self.app = app
        self.store: AnnotationStore | None = None
        self.error: str | None = None
        self.data_dir: Path | None = None
        self._annotations: list[Annotation] = []
        self._marks: dict[str, ItemMark] = {}
        self._annotated: dict[tuple[str, int, int], bool] = {}
        self._main_thread = threading.get_ident()
        self.changed_callbacks: list[Callable[[], None]] = []
        self._attached = False  # scoped to the loaded notes folder's collection

    # -- lifecycle ----------------------------------------------------------------------

    def start(self) -> None:
        """Open the store (called once the app runs); a broken one is reported, not raised."""
        if not self.app.is_running:
            return  # quit before the first frame: there is nothing to open it for
        from summit_tui import config
        from summit_tui.annotate.store import AnnotationStore, StoreError

        app = self.app
        self._main_thread = threading.get_ident()
        self.data_dir = config.data_dir(str(app.data_dir) if app.data_dir else None)
        try:
            self.store = AnnotationStore.open(self.data_dir)
        except StoreError as error:
            self.error = str(error)
            app.notify(
                f"{self.error}\n\nThe notes are shown as usual; stars, reviewed marks and "
                "annotations are off until this is fixed.",
                title=UNAVAILABLE,
                severity="error",
                timeout=20,
                markup=False,
            )
            return
        if self.store.read_only is not None:
            # Damaged or not writable: shown and exported, never written.
            app.notify(
                f"{self.store.read_only}\n\nThe notes and your annotations are shown; nothing "
                "new can be saved until this is fixed.",
                title="Annotations are read-only",
                severity="warning" if self.store.damage is None else "error",
                timeout=20,
                markup=False,
            )
        self.store.subscribe(self._store_changed)
        self.store.reload_if_changed_elsewhere()
        # Another summit-tui (or the CLI) may write too: pick its changes up.
        app.set_interval(POLL_SECONDS, self.poll, name="annotations-poll")
        app.mark_source = self
        app.corpus_changed.subscribe(app, self._corpus_loaded)
        if app.corpus is not None:
            self._corpus_loaded(app.corpus)

    @_guarded
    def poll(self) -> None:
        if self.store is not None and self.store.reload_if_changed_elsewhere():
            self.app.refresh_marks()

    @property
    def available(self) -> bool:
        return self.store is not None

    def usable(self) -> AnnotationStore | None:
        if self.store is None:
            self.app.notify(
                self.error or "The annotation store is not open.",
                title=UNAVAILABLE,
                severity="error",
                markup=False,
                timeout=8,
            )
        return self.store

    @_guarded
    def _store_changed(self) -> None:
        if threading.get_ident() != self._main_thread:
            self.app.call_from_thread(self._store_changed)
            return
        self._reload()
        for callback in list(self.changed_callbacks):
            callback()
        self.cursor_moved()

    def _reload(self) -> None:
        if self.store is None or not self._attached:
            return  # nothing is shown before the notes folder's collection is known
        self._annotations = self.store.annotations()
        self._marks = self.store.marks()
        self._annotated.clear()

    @_guarded
    def _corpus_loaded(self, corpus: Corpus) -> None:
        from summit_tui.annotate.anchor import reanchor_store
        from summit_tui.annotate.collection import attach

        if self.store is None:
            return
        attach(self.store, corpus)
        self._attached = True
        report = reanchor_store(self.store, corpus)
        if report.stranded:
            from summit_tui.words import count

            verb = "is" if report.stranded == 1 else "are"
            self.app.notify(
                f"{count(report.stranded, 'annotation')} {verb} on items these notes no longer "
                "have, and "
                "no item has the title and speakers they recorded: they are kept as they are "
                "(A lists them as 'item gone'; `summit-tui check` too).",
                severity="warning",
                markup=False,
                timeout=10,
            )
        if report.orphaned:
            self.app.notify(
                f"{report.orphaned} annotated passage(s) can no longer be found in the notes; "
                "they are kept as orphans (A lists them).",
                severity="warning",
                markup=False,
                timeout=8,
            )
        self._reload()
        self.app.refresh_marks()
        self.cursor_moved()

    # -- reading ------------------------------------------------------------------------

    def marks(self, item_id: str) -> tuple[bool, bool]:
        mark = self._marks.get(item_id)
        return (mark.starred, mark.reviewed) if mark else (False, False)

    @property
    def annotations(self) -> list[Annotation]:
        return list(self._annotations)

    def for_item(self, item_id: str) -> list[Annotation]:
        return [a for a in self._annotations if a.item_id == item_id]

    def for_passage(self, entry: Entry, passage: Passage) -> list[Annotation]:
        from summit_tui.annotate.anchor import overlaps

        return [
            a
            for a in self._annotations
            if a.target is not None and not a.orphaned and overlaps(a.target, entry, passage)
        ]

    def is_annotated(self, entry: Entry, passage: Passage) -> bool:
        """Does a passage carry an annotation? Cached: the reader asks while drawing."""
        key = (entry.id, passage.index, passage.start_line)
        known = self._annotated.get(key)
        if known is None:
            known = self._annotated[key] = bool(self.for_passage(entry, passage))
        return known

    # -- actions ------------------------------------------------------------------------

    @_guarded
    def annotate(self) -> None:
        """`a`: the passage under the reader's cursor, or the item when the tree has focus."""
        if self.usable() is None:
            return
        from summit_tui.ui.screens.annotations import AnnotationsScreen

        app = self.app
        if isinstance(app.screen, AnnotationsScreen):
            app.notify("e edits the selected annotation; escape goes back to the notes.")
            return
        item_id = app.current_item_id
        reader = app.reader
        entry, passage = reader.current_entry, reader.current_passage
        if not reader.entry_view.has_focus:
            entry = passage = None
        # Another screen with a passage cursor (compare) can offer its own passage by
        # defining annotation_target() -> (item_id, Entry | None, Passage | None) | None.
        provider = getattr(app.screen, "annotation_target", None)
        if app.screen is not app.browse and callable(provider):
            offered = provider()
            if offered is not None:
                item_id, entry, passage = offered
        corpus = app.corpus
        item = corpus.item(item_id) if corpus is not None and item_id else None
        if item is None and (entry is None or passage is None):
            app.notify(
                "Select an item, or a passage in the reader: annotations are on a session, "
                "a booth or a passage.",
                markup=False,
            )
            return
        if entry is not None and passage is not None:
            existing = self.for_passage(entry, passage)
            where = f"{entry.author}, notes/{entry.note}:{passage.start_line}"
            self.edit(
                existing[0] if existing else None,
                item_id=item.id if item is not None else "",
                quote=passage.text,
                where=where,
                entry=entry,
                passage=passage,
            )
        elif item is not None:
            existing = [a for a in self.for_item(item.id) if a.target is None]
            self.edit(existing[0] if existing else None, item_id=item.id)

    def edit(
        self,
        annotation: Annotation | None,
        *,
        item_id: str,
        quote: str | None = None,
        where: str = "",
        entry: Entry | None = None,
        passage: Passage | None = None,
    ) -> None:
        """Open the modal for a new annotation (``annotation`` None) or to edit one."""
        from summit_tui.ui.screens.annotate_modal import AnnotateModal

        corpus = self.app.corpus
        item = corpus.item(item_id) if corpus is not None and item_id else None
        title = item.title if item is not None else item_id
        if not item_id and entry is not None:
            title = f"{entry.title or entry.note} (in no item)"
        if annotation is not None and annotation.target is not None and quote is None:
            quote = annotation.target.shown
            where = f"{annotation.target.author}, notes/{annotation.target.note}" + (
                f":{annotation.target.line}" if annotation.target.line else ""
            )
        verb = "Edit the note on" if annotation is not None else "Annotate"
        what = "a passage of" if quote is not None else "the item"
        modal_title = f"{verb} {what} {clean_line(title)}"
        modal = AnnotateModal(
            modal_title,
            quote=quote,
            where=where,
            comment=annotation.comment if annotation else "",
            tags=annotation.tags if annotation else (),
        )

        def save(result: AnnotateResult | None) -> None:
            from summit_tui.annotate.store import StoreError

            if result is None:
                return
            try:
                store_result(result)
            except StoreError as error:
                self.app.notify(
                    f"{error}\n\nYour text is still in the editor: copy it, or try again.",
                    title="The annotation could not be saved",
                    severity="error",
                    markup=False,
                    timeout=15,
                )
                again = AnnotateModal(
                    modal_title, quote=quote, where=where, comment=result.comment, tags=result.tags
                )
                self.app.call_later(self.app.push_screen, again, save)

        def store_result(result: AnnotateResult) -> None:
            store = self.usable()
            if store is None:
                return
            if annotation is not None:
                store.update(annotation.id, comment=result.comment, tags=result.tags)
                self.app.notify("Annotation saved.", markup=False, timeout=3)
                return
            target = None
            if entry is not None and passage is not None:
                from summit_tui.annotate.anchor import target_for_passage

                target = target_for_passage(entry, passage)
            from summit_tui.annotate.items import item_info

            info = item_info(item) if item is not None else None
            store.add(item_id, result.comment, tags=result.tags, target=target, item=info)
            self.app.notify(
                "Passage annotated." if target else "Item annotated.", markup=False, timeout=3
            )

        self.app.push_screen(modal, save)

    def toggle_star(self, item_id: str | None = None) -> None:
        self._toggle("star", item_id)

    def toggle_reviewed(self, item_id: str | None = None) -> None:
        self._toggle("reviewed", item_id)

    @_guarded
    def _toggle(self, which: str, item_id: str | None) -> None:
        store = self.usable()
        if store is None:
            return
        item_id = item_id or self.app.current_item_id
        if item_id is None:
            self.app.notify("Select an item first.", markup=False)
            return
        from summit_tui.annotate.items import item_info

        corpus = self.app.corpus
        item = corpus.item(item_id) if corpus is not None else None
        info = item_info(item) if item is not None else None
        if which == "star":
            mark = store.toggle_star(item_id, info)
            message = "★ Starred." if mark.starred else "Star removed."
        else:
            mark = store.toggle_reviewed(item_id, info)
            message = "✓ Marked reviewed." if mark.reviewed else "No longer marked reviewed."
        self._marks[item_id] = mark
        self.app.refresh_marks([item_id])
        self.app.notify(message, markup=False, timeout=2)

    @_guarded
    def export(self) -> Path | None:
        """`e`: write every annotation as Markdown into the export folder (the setting, else
        the data dir's exports folder)."""
        from summit_tui import persist
        from summit_tui.annotate.export import default_filename, export_markdown, select

        store = self.usable()
        if store is None or self.data_dir is None:
            return None
        selection = select(store.annotations(), store.marks(), self.app.corpus)
        text = export_markdown(self.app.corpus, selection)
        folder = self.app.settings.path_value("export_folder") or self.data_dir / "exports"
        path = folder / default_filename()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            persist.write_bytes_atomic(path, text.encode("utf-8"))
        except OSError as error:
            self.app.notify(
                f"Could not write {path}: {error.strerror or error}",
                title="Export failed",
                severity="error",
                markup=False,
                timeout=10,
            )
            return None
        count = len(selection.annotations)
        self.app.notify(
            f"Exported {words.count(count, 'annotation')} to {path}",
            title="Exported",
            markup=False,
            timeout=10,
        )
        return path

    @_guarded
    def delete(self, annotation_id: str) -> bool:
        store = self.usable()
        if store is None:
            return False
        store.delete(annotation_id)
        return True

    @_guarded
    def restore(self, annotation_id: str) -> Annotation | None:
        store = self.usable()
        return store.restore(annotation_id) if store is not None else None

    def show_list(self) -> None:
        if self.usable() is None:
            return
        from summit_tui.ui.screens.annotations import AnnotationsScreen

        if not isinstance(self.app.screen, AnnotationsScreen):
            self.app.push_screen(AnnotationsScreen(self))

    # -- the notes bar under the reader -------------------------------------------------

    def cursor_moved(self) -> None:
        try:
            bar = self.app.browse.query_one(PassageNotes)
            view = self.app.reader.entry_view
        except Exception:  # the browse screen is not composed yet
            return
        bar.show(self.bar_text())
        # The reader highlights annotated passages when it offers this hook.
        if hasattr(view, "passage_marks"):
            if getattr(view, "passage_marks", None) is None and self.store is not None:
                view.passage_marks = self.is_annotated
            view.refresh()

    def bar_text(self) -> Text | None:
        """What the notes bar says about the passage under the cursor, or None to hide it."""
        app = self.app
        item_id = app.current_item_id
        reader = app.reader
        entry, passage = reader.current_entry, reader.current_passage
        if self.store is None or (item_id is None and entry is None):
            return None
        if item_id is None:  # an unsorted entry: the annotations on its passages
            on_item = [a for a in self.for_item("") if a.target and a.target.entry_id == entry.id]
        else:
            on_item = self.for_item(item_id)
        if not on_item:
            return None
        here = self.for_passage(entry, passage) if entry and passage else []
        text = Text(end="")
        if here:
            for index, annotation in enumerate(here):
                if index:
                    text.append("\n")
                text.append("✎ ", style="bold")
                text.append(excerpt(annotation.comment, 200) or "(highlight, no comment)")
                if annotation.tags:
                    text.append("  " + " ".join(f"#{clean_line(t)}" for t in annotation.tags))
            return text
        passages = sorted(
            a.target.line for a in on_item if a.target and a.target.line and not a.orphaned
        )
        item_notes = [a for a in on_item if a.target is None]
        orphans = sum(1 for a in on_item if a.orphaned)
        parts = []
        if item_notes:
            parts.append("item: " + excerpt(item_notes[0].comment, 120))
        if passages:
            parts.append("annotated lines " + ", ".join(str(n) for n in passages[:8]))
        if orphans:
            parts.append(f"{orphans} orphaned")
        text.append("✎ ", style="bold")
        text.append(" · ".join(parts), style="dim")
        return text
