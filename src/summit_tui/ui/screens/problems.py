"""The problems screen: what the loader reported, with file and line."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Static

from summit_tui.corpus.model import Corpus, Problem, Severity
from summit_tui.places import seen_from
from summit_tui.text import clean_line, shown_path
from summit_tui.ui.fit import ellipsize, keep_end
from summit_tui.ui.messages import OpenInEditor
from summit_tui.ui.styled import StyledStatic, resolve
from summit_tui.ui.widgets.footer import KeyBar
from summit_tui.words import count

MIN_MESSAGE_WIDTH = 20
MIN_FILE_WIDTH = 12


def _message(problem: Problem) -> str:
    message = clean_line(problem.message)
    return message + (f" — {clean_line(problem.action)}" if problem.action else "")


def _widths(rows: list[tuple[Text, ...]]) -> list[int]:
    """Each column's widest cell."""
    return [
        max((cell.cell_len for cell in column), default=0) for column in zip(*rows, strict=True)
    ]


SEVERITY_CLASS = {
    Severity.ERROR: "problems--error",
    Severity.WARNING: "problems--warning",
    Severity.INFO: "problems--info",
}


class ProblemDetail(StyledStatic):
    """The problem under the cursor: where, how bad, what was done.

    | Class | Description |
    | :- | :- |
    | `problems--error` | A note that could not be read as meant. |
    | `problems--warning` | A note read with a guess. |
    | `problems--info` | Something worth knowing. |
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "problems--error",
        "problems--warning",
        "problems--info",
    }


class ProblemsScreen(Screen[None]):
    """One row per problem; enter or o opens the file at that line.

    The severity column takes the styles of `ProblemDetail`'s classes.
    """

    AUTO_FOCUS = "DataTable"  # focused when composed: for the keys typed at once

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back", id="problems.back"),
        Binding("o,enter", "open_editor", "Open in $EDITOR", id="problems.open_editor"),
        Binding("j", "cursor_down", "Down", show=False, id="problems.down"),
        Binding("k", "cursor_up", "Up", show=False, id="problems.up"),
    ]

    def __init__(self, corpus: Corpus, problems: Sequence[Problem] | None = None) -> None:
        """``problems``: the corpus's, and any others to list (annotations whose item is
        gone: a problem without a file)."""
        super().__init__(id="problems")
        self._corpus = corpus
        self._problems: tuple[Problem, ...] = (
            corpus.problems if problems is None else tuple(problems)
        )

    def compose(self) -> ComposeResult:
        yield Static(self._title(80), id="problems-title")
        table: DataTable[Text] = DataTable(
            id="problems-table", cursor_type="row", zebra_stripes=True
        )
        yield table
        yield ProblemDetail(id="problem-detail")
        yield Static(Text("No problems: every note loaded cleanly."), id="problems-empty")
        yield KeyBar()

    def on_mount(self) -> None:
        self.watch(self.app, "theme", lambda _theme: self._fill_table(), init=False)
        self._fill_table()
        self.set_class(not self._problems, "-empty")

    def on_resize(self) -> None:
        self._fill_table()
        title = self.query_one("#problems-title", Static)
        title.update(self._title(title.content_region.width or self.size.width))

    def _title(self, width: int) -> Text:
        """One line: how many, and the folder, cut at its start when it does not fit
        (its end names the notes folder)."""
        head = f"{count(len(self._problems), 'problem')} found while loading "
        # The folder as the app's other places write it: from where the app was started.
        shown = seen_from(self._corpus.root).folder.rstrip("/") or "this folder"
        folder = keep_end(clean_line(shown), max(8, width - len(head)))
        return Text(head + folder, no_wrap=True, overflow="ellipsis")

    def _fill_table(self) -> None:
        """The rows cut with ``…`` to the table's width: a path's start to a third of it
        (its file name tells rows apart), a message's end to the room the other columns
        leave (a table wider than the screen would be cropped mid-word at its edge)."""
        table = self.query_one(DataTable)
        detail = self.query_one(ProblemDetail)
        width = table.scrollable_content_region.width - 2  # room for a vertical scrollbar
        row = table.cursor_row
        table.clear(columns=True)
        table.add_columns("File", "Line", "Severity")
        cells = [
            (
                Text(keep_end(_place(problem), max(MIN_FILE_WIDTH, width // 3))),
                Text(str(problem.line) if problem.line else "", justify="right"),
                resolve(
                    Text(problem.severity.value, style=SEVERITY_CLASS[problem.severity]), detail
                ),
            )
            for problem in self._problems
        ]
        for column, widest in zip(table.columns.values(), _widths(cells), strict=False):
            column.content_width = max(column.content_width, widest)
        used = sum(column.get_render_width(table) for column in table.columns.values())
        room = max(MIN_MESSAGE_WIDTH, width - used - 2 * table.cell_padding)
        table.add_column("Message", width=room)
        for problem, (path, line, severity) in zip(self._problems, cells, strict=True):
            table.add_row(path, line, severity, Text(ellipsize(_message(problem), room)))
        if self._problems:
            table.move_cursor(row=min(row, len(self._problems) - 1))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if not 0 <= event.cursor_row < len(self._problems):
            return
        problem = self._problems[event.cursor_row]
        text = Text()
        place = _place(problem, "Annotations") + (f", line {problem.line}" if problem.line else "")
        text.append(place, style="styled--strong")
        text.append(f"  {problem.severity.value}\n", style=SEVERITY_CLASS[problem.severity])
        text.append(clean_line(problem.message))
        if problem.action:
            # What was done, what to do, or both ("filed under …; name the event …"):
            # shown as it is, not under a label that fits only one of them.
            text.append(f"\n→ {clean_line(problem.action)}", style="styled--muted")
        self.query_one(ProblemDetail).update(text)

    def action_cursor_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()

    def action_open_editor(self) -> None:
        table = self.query_one(DataTable)
        if not self._problems:
            return
        problem = self._problems[table.cursor_row]
        if not problem.path:
            self.notify(
                "This is about annotations, not a file: A lists them.", markup=False, timeout=3
            )
            return
        path = Path(self._corpus.root) / problem.path
        self.post_message(OpenInEditor(path, problem.line))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_editor()


def _place(problem: Problem, none: str = "(annotations)") -> str:
    """The file a problem is about; annotations left on an item that is gone have none."""
    return shown_path(problem.path) or none
