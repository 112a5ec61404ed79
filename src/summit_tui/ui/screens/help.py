"""The help screen: every key binding of the app, grouped by where it works."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import ClassVar

from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.reactive import reactive
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from summit_tui.ui.widgets.footer import KeyBar

LEGEND = (
    "In the program tree: ★ starred, ✓ reviewed, (n) how many authors wrote about the item; "
    "days and tracks show how many of their items you have reviewed. "
    "Reader: the highlighted passage is what o opens and what annotations quote."
)


def bindings_of(node: DOMNode) -> list[tuple[str, str, str]]:
    """(keys, description, binding id) for a node's bindings, inherited ones included, once
    each, with the keys the user's settings give them ([keys] in settings.toml).

    Only summit-tui's own bindings are listed, in its own words: a Textual key the app
    relies on is bound again by the widget that uses it, with what it does here."""
    keymap = node.app._keymap  # binding id → keys, as Textual applies it to every screen
    seen_keys: set[str] = set()
    grouped: dict[tuple[str, str], list[Binding]] = {}
    for cls in type(node).__mro__:
        if "BINDINGS" not in cls.__dict__ or not cls.__module__.startswith("summit_tui"):
            continue
        for binding in Binding.make_bindings(cls.__dict__["BINDINGS"]):
            if binding.key in seen_keys or binding.system:
                continue
            seen_keys.add(binding.key)
            description = binding.tooltip or binding.description or binding.action
            action = binding.action.split("(")[0]
            if binding.id in keymap:
                keys = keymap[binding.id].split(",")
                overridden = [replace(binding, key=key.strip(), key_display=None) for key in keys]
                grouped.setdefault((action, description), []).extend(overridden)
            else:
                grouped.setdefault((action, description), []).append(binding)
    rows: list[tuple[str, str, str]] = []
    for (_action, description), bindings in grouped.items():
        displays = list(dict.fromkeys(node.app.get_key_display(b) for b in bindings))
        ids = [b.id for b in bindings if b.id]
        if len(displays) > 2 and all(d.isdigit() for d in displays):
            keys = f"{displays[0]}–{displays[-1]}"
        else:
            keys = ", ".join(displays)
        shown_id = ids[0] if len(set(ids)) == 1 else (f"{ids[0]}…" if ids else "")
        rows.append((keys, description, shown_id or ""))
    return rows


def bindings_table(
    sections: Iterable[tuple[str, DOMNode]],
    style: Callable[[str], Style],
    *,
    show_ids: bool = False,
) -> Table:
    """The keys of each section; ``style`` gives a part's style by its component class.
    ``show_ids`` adds each binding's id (what ``[keys]`` in settings.toml names)."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=True)
    table.add_column("keys", no_wrap=True, style=style("key-table--keys"))
    table.add_column("what", ratio=1)
    binding_id_style = style("key-table--binding-id")
    for position, (title, node) in enumerate(sections):
        table.add_row(Text(title, style=style("key-table--section")), "")
        for keys, description, binding_id in bindings_of(node):
            what = Text(description)
            if show_ids and binding_id:
                what.append(f"  {binding_id}", style=binding_id_style)
            table.add_row(Text(keys), what)
        if position == 0:
            palette = "Command palette: jump to any item by name"
            table.add_row(Text("^p"), Text(palette))
        table.add_row("", "")
    return table


class KeyTable(Static):
    """Every key of a screen and those under it, by section.

    | Class | Description |
    | :- | :- |
    | `key-table--section` | A section's title (this screen, the App). |
    | `key-table--keys` | The keys of a binding. |
    | `key-table--binding-id` | The id that ``[keys]`` in settings.toml names it by. |
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-table--section",
        "key-table--keys",
        "key-table--binding-id",
    }

    show_ids: reactive[bool] = reactive(False)

    def __init__(self, screen: Screen, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._screen = screen

    def on_mount(self) -> None:
        self._draw()

    def watch_show_ids(self) -> None:
        if self.is_mounted:
            self._draw()

    def _draw(self) -> None:
        sections = help_sections(self._screen)
        self.update(bindings_table(sections, self._style, show_ids=self.show_ids))

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)


class HelpScreen(ModalScreen[None]):
    """Lists every binding; escape, ? or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="help.close"),
        # j/k, g/G move everywhere else in the app: here they scroll
        Binding("j", "scroll(1)", "Scroll down", show=False, id="help.down"),
        Binding("k", "scroll(-1)", "Scroll up", show=False, id="help.up"),
        Binding("g", "scroll_home", "Top", show=False, id="help.top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="help.bottom"),
        Binding(
            "i",
            "toggle_ids",
            "Binding ids",
            tooltip="Show or hide the id of each binding, as [keys] in settings.toml names it",
            id="help.ids",
        ),
    ]

    def __init__(self, screen: Screen) -> None:
        super().__init__(id="help")
        self._screen = screen

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static(Text("summit-tui — keys"), id="help-title")
            with VerticalScroll(id="help-scroll"):
                yield KeyTable(self._screen, id="help-bindings")
                yield Static(Text(LEGEND), id="help-legend")
            hint = "escape closes this help · i adds the binding ids (for settings.toml)"
            yield Static(Text(hint), id="help-hint")
        yield KeyBar()  # this screen's keys, not the ones of the screen under it

    def action_dismiss(self) -> None:
        self.dismiss()

    def action_toggle_ids(self) -> None:
        table = self.query_one("#help-bindings", KeyTable)
        table.show_ids = not table.show_ids

    def action_scroll(self, lines: int) -> None:
        self.query_one("#help-scroll", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_scroll_home(self) -> None:
        self.query_one("#help-scroll", VerticalScroll).scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        self.query_one("#help-scroll", VerticalScroll).scroll_end(animate=False)


# Section titles for the screens and widgets that have bindings of their own.
TITLES = {
    "BrowseScreen": "Browse screen",
    "Navigator": "Program tree (left pane)",
    "EntryView": "Reader (right pane)",
    "CompareScreen": "Compare screen",
    "PassageColumn": "Compare columns",
    "AnnotationsScreen": "Annotations screen",
    "SearchScreen": "Search",
}


def _has_own_bindings(cls: type) -> bool:
    return any(
        "BINDINGS" in klass.__dict__ and klass.__module__.startswith("summit_tui")
        for klass in cls.__mro__
    )


def help_sections(screen: Screen) -> list[tuple[str, DOMNode]]:
    """The app's keys, then the screen's, then each kind of widget on it with keys of its own."""
    sections: list[tuple[str, DOMNode]] = [("Anywhere", screen.app)]
    name = type(screen).__name__
    sections.append((TITLES.get(name, name), screen))
    seen: set[type] = set()
    for widget in screen.query("*"):
        cls = type(widget)
        if cls in seen or not _has_own_bindings(cls):
            continue
        seen.add(cls)
        sections.append((TITLES.get(cls.__name__, cls.__name__), widget))
    return sections
