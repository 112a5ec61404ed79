"""The app's side of annotations: the session opened after the first frame, requests
turned into the annotate modal, and a word about what happened after every change.

The state (annotations, marks, lookups, filters, export) is the core's
``AnnotationSession``; this module only talks to the user. When the database cannot be
opened the notes are still shown and every annotation key says why it does nothing.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from summit_tui import words
from summit_tui.text import clean_line, home_path, shown_path

if TYPE_CHECKING:
    from textual.app import App
    from textual.worker import Worker

    from summit_tui.annotate.anchor import ReanchorReport
    from summit_tui.annotate.items import Gone
    from summit_tui.annotate.model import Annotation
    from summit_tui.annotate.session import AnnotationSession
    from summit_tui.annotate.store import StoreError
    from summit_tui.corpus.model import Corpus, Entry, Item
    from summit_tui.corpus.passages import Passage
    from summit_tui.ui.screens.annotate_modal import AnnotateModal, AnnotateResult, Where

T = TypeVar("T")
UNAVAILABLE = "Annotations are unavailable"
POLL_SECONDS = 3.0


def excerpt(text: str, width: int = 80) -> str:
    """One line of at most ``width`` characters, cut at a word with ``…``."""
    from summit_tui.ui.fit import ellipsize

    return ellipsize(clean_line(text), width)


class Annotator:
    """Opens the session and carries out what the user asked (see the module docstring)."""

    def __init__(
        self, app: App, changed: Callable[[], None], export_folder: Path | None = None
    ) -> None:
        self.app = app
        self.export_folder = export_folder  # the setting; else the data dir's exports
        self.session: AnnotationSession | None = None
        self.error: str | None = None
        self.data_dir: Path | None = None
        self._changed = changed  # the app redraws what shows annotations
        self._main_thread = threading.get_ident()
        self._told_unreadable = False
        self._finding = False  # quotes being found again in a new corpus (a worker)
        self._polling = False  # looking for another process's changes (a worker)
        self._next_corpus: Corpus | None = None  # to find them again in after that
        # What could not follow an item whose id changed (annotate.items.Gone), from the
        # last load: the problems screen lists it.
        self.gone: tuple[Gone, ...] = ()
        # The annotation being written (its editor and what saves it): quitting, or the
        # terminal closing, saves it rather than lose what was typed.
        self._draft: tuple[AnnotateModal, Callable[[AnnotateResult | None], None]] | None = None

    # -- lifecycle ----------------------------------------------------------------------

    def start(self, data_dir: Path) -> AnnotationSession | None:
        """Open the session; a store that cannot be opened is reported, not raised."""
        from summit_tui.annotate.session import AnnotationSession
        from summit_tui.annotate.store import StoreError

        self._main_thread = threading.get_ident()
        self.data_dir = data_dir
        try:
            self.session = AnnotationSession.open(data_dir)
        except StoreError as error:
            self.error = str(error)
            self.app.notify(
                f"{self.error}\n\nThe notes are shown as usual; stars, reviewed marks and "
                "annotations are off until this is fixed.",
                title=UNAVAILABLE,
                severity="error",
                timeout=20,
                markup=False,
            )
            return None
        read_only = self.session.read_only
        if read_only is not None:
            # Damaged or not writable: shown and exported, never written.
            self.app.notify(
                f"{read_only}\n\nThe notes and your annotations are shown; nothing "
                "new can be saved until this is fixed.",
                title="Annotations are read-only",
                severity="warning" if self.session.store.damage is None else "error",
                timeout=20,
                markup=False,
            )
        self.session.subscribe(self._session_changed)
        # Another summit-tui (or the CLI) may write too: pick its changes up.
        self.app.set_interval(POLL_SECONDS, self.poll, name="annotations-poll")
        return self.session

    def poll(self) -> None:
        """Pick up what another process wrote, in a worker thread (reading 5,000
        annotations again takes over 0.1 s); redraw if there was something."""
        session = self.session
        if session is None or self._polling or self._finding:
            return
        self._polling = True

        async def look() -> None:
            from summit_tui.annotate.store import StoreError

            try:
                changed = await asyncio.to_thread(session.read_if_changed_elsewhere)
            except StoreError as error:
                self._failed(error)
                return
            finally:
                self._polling = False
            if changed:
                self._changed()

        self.app.run_worker(look(), name="annotations written elsewhere", group="poll")

    def _session_changed(self) -> None:
        if threading.get_ident() != self._main_thread:
            self.app.call_from_thread(self._changed)
        else:
            self._changed()

    def usable(self) -> AnnotationSession | None:
        """The session, or None after saying why annotations are unavailable."""
        if self.session is None:
            self.app.notify(
                self.error or "The annotation store is not open yet.",
                title=UNAVAILABLE,
                severity="error",
                markup=False,
                timeout=8,
            )
        elif self._finding and not self.session.attached:
            # Until the store is scoped to this notes folder, nothing may be written.
            self.app.notify(
                "Your annotations are being matched to these notes: a moment.",
                markup=False,
                timeout=3,
            )
            return None
        return self.session

    def _guarded(self, change: Callable[[], T]) -> T | None:
        """A store failure mid-session (disk full, file removed) becomes a notification."""
        from summit_tui.annotate.store import StoreError

        try:
            return change()
        except StoreError as error:
            self._failed(error)
            return None

    def _failed(self, error: StoreError) -> None:
        self.app.notify(
            f"{error}\n\nEverything saved before is still in the database.",
            title="Annotations could not be saved",
            severity="error",
            markup=False,
            timeout=15,
        )

    def corpus_loaded(self, corpus: Corpus) -> None:
        """Find every quoted passage again in a newly loaded corpus, in a worker thread
        (at 5,000 annotations it takes about a third of a second): one search at a time,
        then one for the newest corpus if another came meanwhile."""
        if self.session is None:
            return
        self._next_corpus = corpus
        if not self._finding:
            self._find_again()

    @property
    def finding(self) -> bool:
        """Are quoted passages being found again in a newly loaded corpus?"""
        return self._finding

    def _find_again(self) -> None:
        session, corpus = self.session, self._next_corpus
        self._next_corpus = None
        if session is None or corpus is None:
            return
        self._finding = True

        async def find() -> None:
            try:
                found = await asyncio.to_thread(_found_again, session, corpus)
            finally:
                self._finding = False
            self._found(session, found)
            if self._next_corpus is not None:
                self._find_again()

        self.app.run_worker(find(), name="annotations found again", group="annotations")

    def _found(self, session: AnnotationSession, found: ReanchorReport | StoreError) -> None:
        """Say what finding the quotes again came to, and redraw."""
        from summit_tui.annotate.store import StoreError

        report = None
        if isinstance(found, StoreError):
            self._failed(found)
        else:
            report = found
        self.gone = report.gone if report is not None else ()
        for _old, title, item in report.placed if report is not None else ():
            self.app.notify(
                f"Annotations and marks on '{clean_line(title)}' now belong to "
                f"'{clean_line(item.title)}': its "
                "heading was renamed; found by where its entry is (its note, the text under it).",
                markup=False,
                timeout=10,
            )
        stranded = report.stranded if report is not None else 0
        if stranded:
            verb = "is" if stranded == 1 else "are"
            self.app.notify(
                f"{words.count(stranded, 'annotation')} {verb} on items these notes no longer "
                "have, and no item has the title and speakers they recorded: they are kept "
                "as they are (A lists them as 'item gone'; p and `summit-tui check` too).",
                severity="warning",
                markup=False,
                timeout=10,
            )
        elif self.gone:
            self.app.notify(
                f"Stars or review marks on {words.count(len(self.gone), 'item')} these notes "
                "no longer have, and no item has the title and speakers they recorded: "
                "they are kept as they are (p and `summit-tui check` list them).",
                severity="warning",
                markup=False,
                timeout=10,
            )
        orphaned = report.orphaned if report is not None else 0
        if orphaned:
            self.app.notify(
                f"{orphaned} annotated passage(s) can no longer be found in the notes; "
                "they are kept as orphans (A lists them).",
                severity="warning",
                markup=False,
                timeout=8,
            )
        unreadable = session.store.unreadable
        if unreadable and not self._told_unreadable:
            self._told_unreadable = True
            self.app.notify(
                f"Up to {words.count(unreadable, 'annotation')} could not be read from the "
                "damaged pages of the database; everything else is shown.",
                severity="warning",
                markup=False,
                timeout=10,
            )
        self._changed()

    # -- what the user asked ------------------------------------------------------------

    def annotate(
        self,
        corpus: Corpus | None,
        item_id: str,
        entry: Entry | None = None,
        passage: Passage | None = None,
        annotation: Annotation | None = None,
    ) -> None:
        """Open the modal: edit ``annotation``, else the passage's (or the item's) first
        annotation, else write a new one. ``item_id`` "" with a passage: a passage that
        is in no item."""
        session = self.usable()
        if session is None:
            return
        if annotation is None:
            if entry is not None and passage is not None:
                existing = session.for_passage(entry, passage)
            else:
                existing = session.item_notes(item_id)
            annotation = existing[0] if existing else None
        item = corpus.item(item_id) if corpus is not None and item_id else None
        title = clean_line(item.title if item is not None else item_id)
        if not item_id and entry is not None:
            title = f"{clean_line(entry.title) or shown_path(entry.note)} (in no item)"
        from summit_tui.places import IN_NOTES, seen_from
        from summit_tui.ui.screens.annotate_modal import Where

        quote: str | None = None
        where: Where | None = None
        places = seen_from(corpus.root) if corpus is not None else IN_NOTES
        shown = corpus.writer if corpus is not None else str  # the writer as every view says
        if entry is not None and passage is not None:
            quote = passage.plain or passage.text  # as shown, without Markdown markers
            where = Where(shown(entry.author), places.of(entry.note, passage.start_line))
        elif annotation is not None and annotation.target is not None:
            target = annotation.target
            quote = target.shown
            where = Where(shown(target.author), places.of(target.note, target.line))
        verb = "Edit the note on" if annotation is not None else "Annotate"
        what = "a passage of" if quote is not None else "the item"
        self._edit(
            f"{verb} {what} {title}", annotation, item_id, item, quote, where, entry, passage
        )

    def _edit(
        self,
        heading: str,
        annotation: Annotation | None,
        item_id: str,
        item: Item | None,
        quote: str | None,
        where: Where | None,
        entry: Entry | None,
        passage: Passage | None,
        comment: str = "",
        tags: Sequence[str] = (),
    ) -> None:
        from summit_tui.ui.screens.annotate_modal import AnnotateModal

        if annotation is not None and not comment and not tags:
            comment, tags = annotation.comment, annotation.tags
        modal = AnnotateModal(heading, quote=quote, where=where, comment=comment, tags=tuple(tags))

        def save(result: AnnotateResult | None) -> None:
            from summit_tui.annotate.store import StoreError

            session = self.usable()
            if result is None or session is None:
                return
            try:
                if annotation is not None:
                    session.update(annotation.id, result.comment, result.tags)
                    message = "Annotation saved."
                else:
                    session.annotate(
                        item_id,
                        result.comment,
                        result.tags,
                        entry=entry,
                        passage=passage,
                        item=item,
                    )
                    message = "Passage annotated." if passage is not None else "Item annotated."
            except StoreError as error:
                self.app.notify(
                    f"{error}\n\nYour text is still in the editor: copy it, or try again.",
                    title="The annotation could not be saved",
                    severity="error",
                    markup=False,
                    timeout=15,
                )
                self.app.call_later(
                    self._edit,
                    heading,
                    annotation,
                    item_id,
                    item,
                    quote,
                    where,
                    entry,
                    passage,
                    result.comment,
                    result.tags,
                )
                return
            self.app.notify(message, markup=False, timeout=3)

        def closed(result: AnnotateResult | None) -> None:
            if self._draft is not None and self._draft[0] is modal:
                self._draft = None
            save(result)

        self._draft = (modal, save)
        self.app.push_screen(modal, closed)

    async def draft_typed(self) -> None:
        """Until the editor open (if any) holds every key typed into it so far: a quit
        typed at once with them reads it after them."""
        if self._draft is not None and self._draft[0].is_attached:
            await self._draft[0].typed()

    def save_draft(self) -> None:
        """Save the annotation being written, if its text or tags were changed: called
        when the app ends without the editor's ctrl+s or escape (a quit, a closed terminal)."""
        if self._draft is None:
            return
        modal, save = self._draft
        self._draft = None
        if modal.is_attached and modal.changed:
            save(modal.result)

    def toggle(self, which: str, item_id: str, corpus: Corpus | None) -> None:
        """Star or unstar (``which`` "star"), or mark reviewed or not ("reviewed")."""
        session = self.usable()
        if session is None:
            return
        item = corpus.item(item_id) if corpus is not None else None
        if which == "star":
            mark = self._guarded(lambda: session.toggle_star(item_id, item))
            if mark is not None:
                self._said("★ Starred." if mark.starred else "Star removed.")
        else:
            mark = self._guarded(lambda: session.toggle_reviewed(item_id, item))
            if mark is not None:
                reviewed = mark.reviewed
                self._said("✓ Marked reviewed." if reviewed else "No longer marked reviewed.")

    def _said(self, message: str) -> None:
        self._changed()
        self.app.notify(message, markup=False, timeout=2)

    def export(
        self, corpus: Corpus | None, annotations: Sequence[Annotation] | None = None
    ) -> Worker[Path | None] | None:
        """Write annotations (every one, or those given) as Markdown into the export folder
        (the setting, else the data dir's exports folder), in a worker thread (5,000 take a
        quarter to half a second); says where, or why not, when done. The worker's result
        is the file written (None when it could not be)."""
        session = self.usable()
        if session is None or self.data_dir is None:
            return None
        folder = self.export_folder or self.data_dir / "exports"
        chosen = None if annotations is None else tuple(annotations)

        async def write() -> Path | None:
            from summit_tui.annotate.store import StoreError

            try:
                exported = await asyncio.to_thread(session.export, corpus, folder, chosen)
            except (OSError, StoreError) as error:
                why = error.strerror or error if isinstance(error, OSError) else error
                self.app.notify(
                    f"Could not write into {home_path(folder)}: {why}",
                    title="Export failed",
                    severity="error",
                    markup=False,
                    timeout=10,
                )
                return None
            self.app.notify(
                # the file on a line of its own, so it reads whole (the toast is as wide as
                # the screen allows, summit.tcss)
                f"Exported {words.count(exported.count, 'annotation')} to\n"
                f"{home_path(exported.path)}",
                title="Exported",
                markup=False,
                timeout=10,
            )
            return exported.path

        return self.app.run_worker(write(), name="export annotations", group="export")

    def delete(self, annotation_id: str) -> bool:
        session = self.usable()
        return (
            session is not None and self._guarded(lambda: session.delete(annotation_id)) is not None
        )

    def restore(self, annotation_id: str) -> Annotation | None:
        session = self.usable()
        if session is None:
            return None
        return self._guarded(lambda: session.restore(annotation_id))


def _found_again(session: AnnotationSession, corpus: Corpus) -> ReanchorReport | StoreError:
    """``session.corpus_loaded`` in a worker thread: a store failure is handed back."""
    from summit_tui.annotate.store import StoreError

    try:
        return session.corpus_loaded(corpus)
    except StoreError as error:
        return error
