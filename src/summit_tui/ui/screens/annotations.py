"""The annotations screen: every annotation, filtered by tag, event, day and orphans."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Checkbox, Input, Select, Static

from summit_tui.annotate.model import Annotation
from summit_tui.annotate.session import Filters
from summit_tui.places import IN_NOTES, Places, seen_from
from summit_tui.text import clean, clean_line
from summit_tui.ui.messages import (
    AnnotateRequested,
    CorpusChanged,
    MarkRequested,
    Place,
)
from summit_tui.ui.widgets.annotation_list import AnnotationList
from summit_tui.ui.widgets.footer import KeyBar

if TYPE_CHECKING:
    from summit_tui.annotate.session import AnnotationSession
    from summit_tui.corpus.model import Corpus
    from summit_tui.ui.annotator import Annotator


class AnnotationsScreen(Screen[Place | None]):
    """Every annotation; filter by tag, event, day and orphans; jump, edit, delete, undo.

    Dismissed with the place to jump to (enter), or None (escape, q).

    | Class | Description |
    | :- | :- |
    | `annotations--heading` | The screen's title. |
    | `annotations--count` | How many are shown, and the undo hint. |
    | `annotations--quote` | The annotated passage, in the detail. |
    | `annotations--orphaned` | Said of an annotation whose passage is gone. |
    """

    AUTO_FOCUS = "#annotations-list"  # not the tag filter, to move away from at once

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "annotations--heading",
        "annotations--count",
        "annotations--quote",
        "annotations--orphaned",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="annotations.back"),
        Binding("q", "close", "Close", show=False, id="annotations.close"),
        Binding("enter", "jump", "Jump to", id="annotations.jump"),
        Binding("e", "edit", "Edit", id="annotations.edit"),
        Binding("d,delete", "delete", "Delete", id="annotations.delete"),
        Binding("u", "undo", "Undo delete", id="annotations.undo"),
        Binding("x", "export", "Export shown", id="annotations.export"),
        Binding("s", "star", "Star its item", show=False, id="annotations.star"),
        Binding("r", "reviewed", "Mark its item reviewed", show=False, id="annotations.reviewed"),
        # A priority binding acts before the keys after it are handed to the focused
        # widget: "/", a tag and enter typed at once all go into the filter.
        Binding(
            "slash",
            "focus_tag",
            "Filter by tag",
            key_display="/",
            priority=True,
            id="annotations.tag",
        ),
        Binding("a", "annotate", "Annotate", show=False, id="annotations.annotate"),
    ]

    def __init__(
        self, session: AnnotationSession, corpus: Corpus | None, annotator: Annotator
    ) -> None:
        super().__init__(id="annotations")
        self.session = session
        self.corpus = corpus
        self.annotator = annotator
        self._deleted: list[Annotation] = []  # as they were before their delete
        # Restored annotation id -> (its "updated" after the restore, before the delete):
        # undo puts it back in its place, not at the top as the latest change.
        self._restored: dict[str, tuple[str, str]] = {}
        self._shown: list[Annotation] = []
        self._choices: dict[str, list[tuple[Text, str]]] = {}  # offered by each filter

    def compose(self) -> ComposeResult:
        events, days = self._filter_choices()
        self._choices = {"#annotations-event": events, "#annotations-day": days}
        yield Static(id="annotations-title")
        with Horizontal(id="annotations-filters"):
            yield Input(placeholder="tag", id="annotations-tag")
            yield Select(events, prompt="Any event", id="annotations-event")
            yield Select(days, prompt="Any day", id="annotations-day")
            yield Checkbox("Orphans only", id="annotations-orphans")
        yield AnnotationList(id="annotations-list")
        yield Static(id="annotations-detail")
        yield KeyBar()

    def _filter_choices(self) -> tuple[list[tuple[Text, str]], list[tuple[Text, str]]]:
        """The events and the days (with a date) of the corpus, for the filters."""
        events = list(self.corpus.program.events) if self.corpus is not None else []
        days = dict.fromkeys((d.date, d.label) for e in events for d in e.days if d.date)
        return (
            [(Text(clean_line(e.title)), e.id) for e in events],
            [(Text(clean_line(label)), date) for date, label in days if date is not None],
        )

    def _rebuild_filters(self) -> None:
        """The corpus changed (a note edited to a new day, an event added): offer its
        events and days, keeping a choice that is still among them."""
        events, days = self._filter_choices()
        for selector, choices in (("#annotations-event", events), ("#annotations-day", days)):
            if self._choices.get(selector) == choices:
                continue  # the same choices: nothing to redraw
            self._choices[selector] = choices
            select = self.query_one(selector, Select)
            chosen = select.value
            with select.prevent(Select.Changed):
                select.set_options(choices)
                if any(value == chosen for _, value in choices):
                    select.value = chosen

    def on_mount(self) -> None:
        self.refresh_list()

    def on_annotations_changed(self) -> None:
        self.refresh_list()

    def on_corpus_changed(self, message: CorpusChanged) -> None:
        self.corpus = message.corpus
        self._rebuild_filters()
        self.refresh_list()

    # -- the list -----------------------------------------------------------------------

    def filters(self) -> Filters:
        tag = self.query_one("#annotations-tag", Input).value
        event = self.query_one("#annotations-event", Select).value
        day = self.query_one("#annotations-day", Select).value
        orphans = self.query_one("#annotations-orphans", Checkbox).value
        return Filters(
            tag=tag,
            event=event if isinstance(event, str) else None,
            day=day if isinstance(day, str) else None,
            orphans_only=orphans,
        )

    def refresh_list(self) -> None:
        corpus = self.corpus
        self._shown = self._in_place(self.session.filtered(corpus, self.filters()))
        total = len(self.session.annotations)
        listed = self.query_one(AnnotationList)
        listed.empty_text = (
            "No annotations match the filters."
            if total
            else "No annotations yet: in the reader, a annotates the passage under the cursor."
        )
        listed.show(self._shown, self._item_label, corpus.writer if corpus is not None else str)
        count = self._style("annotations--count")
        title = Text("Annotations", style=self._style("annotations--heading"))
        title.append(f"  {len(self._shown)} of {total} shown", style=count)
        if self._deleted:
            title.append("  · u undoes the last delete", style=count)
        self.query_one("#annotations-title", Static).update(title)
        self._show_detail()

    def _in_place(self, annotations: list[Annotation]) -> list[Annotation]:
        """The list (most recently changed first) with each undone delete in its place."""
        if not self._restored:
            return annotations
        return sorted(annotations, key=self._changed, reverse=True)

    def _changed(self, annotation: Annotation) -> str:
        """When it was last changed, for the order; an undone delete is no change."""
        restored, before = self._restored.get(annotation.id, ("", ""))
        return before if annotation.updated == restored else annotation.updated

    def _item_label(self, annotation: Annotation) -> str:
        """What the list says an annotation is on: its item, or why there is none."""
        item = self.corpus.item(annotation.item_id) if self.corpus is not None else None
        if item is not None:
            return item.title
        if annotation.unsorted:
            return "in no item: " + (
                self._places().of(annotation.target.note) if annotation.target else ""
            )
        # Its item id is gone and it could not be re-attached: say so, keep it.
        return f"⚠ item gone: {annotation.item.title or annotation.item_id}"

    def _places(self) -> Places:
        """How notes are named here: from the folder the app was started in."""
        return seen_from(self.corpus.root) if self.corpus is not None else IN_NOTES

    def _style(self, component: str) -> Style:
        """A part of the title or the detail, styled in summit.tcss."""
        return self.get_component_rich_style(component, partial=True)

    @property
    def selected(self) -> Annotation | None:
        return self.query_one(AnnotationList).selected

    def _show_detail(self) -> None:
        annotation = self.selected
        detail = self.query_one("#annotations-detail", Static)
        if annotation is None:
            detail.update("")  # the list says why it is empty
            return
        # What you wrote first, then where and what it is on: on a short terminal the
        # detail's rows run out, and the quote's start is in the list row already.
        text = Text(clean(annotation.comment).strip("\n") or "(no comment)", end="")
        if annotation.target is not None:
            target = annotation.target
            place = self._places().of(target.note, target.line)
            shown = self.corpus.writer(target.author) if self.corpus is not None else target.author
            text.append(f"\n\n— {clean_line(shown)}, {place}")
            if annotation.orphaned:
                text.append(
                    "  (orphaned: no longer in the notes)",
                    style=self._style("annotations--orphaned"),
                )
            text.append("\n")
            text.append(
                clean(annotation.target.shown).strip(), style=self._style("annotations--quote")
            )
        detail.update(text)

    # -- events -------------------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        self.refresh_list()

    def on_select_changed(self, event: Select.Changed) -> None:
        self.refresh_list()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        self.refresh_list()

    @on(AnnotationList.CursorMoved)
    def _cursor_moved(self) -> None:
        self._show_detail()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.set_focus(self.query_one(AnnotationList))  # filtered: on to the list

    # -- actions ------------------------------------------------------------------------

    def action_back(self) -> None:
        """escape: out of the tag filter (clearing it first), else back to the notes."""
        field = self.query_one("#annotations-tag", Input)
        if field.has_focus:
            if field.value:
                field.value = ""
            else:
                self.set_focus(self.query_one(AnnotationList))
            return
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_focus_tag(self) -> None:
        field = self.query_one("#annotations-tag", Input)
        if field.has_focus:
            field.insert_text_at_cursor("/")  # a "/" in a tag
        else:
            self.set_focus(field)  # at once: the keys after it are the tag

    def action_annotate(self) -> None:
        self.notify(
            "a annotates the passage under the reader's cursor: escape goes back to the "
            "notes. Here, e edits the selected annotation.",
            markup=False,
        )

    def _chosen(self) -> Annotation | None:
        """The selected annotation, or None after saying there is none (an empty list)."""
        annotation = self.selected
        if annotation is None:
            self.notify("No annotation is selected.", markup=False, timeout=2)
        return annotation

    def action_jump(self) -> None:
        annotation = self._chosen()
        if annotation is None:
            return
        target = annotation.target
        corpus = self.corpus
        if (
            target is not None
            and not annotation.orphaned
            and corpus is not None
            and corpus.entry(target.entry_id) is not None
        ):
            self.dismiss(Place(entry_id=target.entry_id, line=target.line))
            return
        if corpus is not None and corpus.item(annotation.item_id) is not None:
            if annotation.orphaned:
                self.notify("This quote is no longer in the notes; showing its item.", markup=False)
            self.dismiss(Place(item_id=annotation.item_id))
            return
        self.notify(f"{annotation.item_id} is not in the loaded program.", markup=False)

    def action_edit(self) -> None:
        annotation = self._chosen()
        if annotation is not None:
            self.post_message(AnnotateRequested(annotation.item_id, annotation=annotation))

    def action_delete(self) -> None:
        annotation = self._chosen()
        if annotation is None or not self.annotator.delete(annotation.id):
            return
        self._deleted.append(annotation)
        self.notify("Annotation deleted. Press u to undo.", markup=False, timeout=5)
        self.refresh_list()

    def action_undo(self) -> None:
        if not self._deleted:
            self.notify("Nothing to undo.", markup=False, timeout=2)
            return
        before = self._deleted[-1]
        restored = self.annotator.restore(before.id)
        if restored is None:
            return
        self._deleted.pop()
        self._restored[before.id] = (restored.updated, self._changed(before))
        self.refresh_list()
        self.query_one(AnnotationList).select_id(restored.id)
        self.notify("Annotation restored.", markup=False, timeout=3)

    def action_export(self) -> None:
        """x: export what the list shows (every annotation when no filter is set)."""
        if not self._shown:
            self.notify("No annotations are shown: nothing to export.", markup=False)
            return
        self.annotator.export(self.corpus, list(self._shown))

    def action_star(self) -> None:
        annotation = self._chosen()
        if annotation is not None:
            self.post_message(MarkRequested(annotation.item_id, "star"))

    def action_reviewed(self) -> None:
        annotation = self._chosen()
        if annotation is not None:
            self.post_message(MarkRequested(annotation.item_id, "reviewed"))
