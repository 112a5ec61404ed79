"""The problems screen: what the loader reported, with file and line."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Static

from summit_tui.corpus.model import Corpus, Problem, Severity
from summit_tui.text import clean_line
from summit_tui.ui.messages import OpenInEditor
from summit_tui.ui.widgets.footer import KeyBar

SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "dim"}


class ProblemsScreen(Screen[None]):
    """One row per problem; enter or o opens the file at that line."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back", id="problems.back"),
        Binding("o,enter", "open_editor", "Open in $EDITOR", id="problems.open_editor"),
        Binding("j", "cursor_down", "Down", show=False, id="problems.down"),
        Binding("k", "cursor_up", "Up", show=False, id="problems.up"),
    ]

    def __init__(self, corpus: Corpus) -> None:
        super().__init__(id="problems")
        self._corpus = corpus
        self._problems: tuple[Problem, ...] = corpus.problems

    def compose(self) -> ComposeResult:
        count = len(self._problems)
        title = Text(f"Problems found while loading {clean_line(self._corpus.root)}: {count}")
        yield Static(title, id="problems-title")
        table: DataTable[Text] = DataTable(
            id="problems-table", cursor_type="row", zebra_stripes=True
        )
        yield table
        yield Static(id="problem-detail")
        yield Static(
            Text("No problems: every note loaded cleanly.", style="italic"),
            id="problems-empty",
        )
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("File", "Line", "Severity", "Message")
        for problem in self._problems:
            message = clean_line(problem.message)
            if problem.action:
                message += f" — {clean_line(problem.action)}"
            table.add_row(
                Text(clean_line(problem.path)),
                Text(str(problem.line) if problem.line else "", justify="right"),
                Text(problem.severity.value, style=SEVERITY_STYLE.get(problem.severity, "")),
                Text(message, no_wrap=True, overflow="ellipsis"),
            )
        self.set_class(not self._problems, "-empty")
        table.focus()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if not 0 <= event.cursor_row < len(self._problems):
            return
        problem = self._problems[event.cursor_row]
        text = Text()
        place = clean_line(problem.path) + (f", line {problem.line}" if problem.line else "")
        text.append(place, style="bold")
        text.append(f"  {problem.severity.value}\n", style=SEVERITY_STYLE.get(problem.severity, ""))
        text.append(clean_line(problem.message))
        if problem.action:
            text.append(f"\nWhat was done: {clean_line(problem.action)}", style="dim")
        self.query_one("#problem-detail", Static).update(text)

    def action_cursor_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()

    def action_open_editor(self) -> None:
        table = self.query_one(DataTable)
        if not self._problems:
            return
        problem = self._problems[table.cursor_row]
        path = Path(self._corpus.root) / problem.path
        self.post_message(OpenInEditor(path, problem.line))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_editor()
