"""The footer: the screen's keys in one line, drawn by one widget.

Textual's Footer makes a widget per key (a dozen on the browse screen), styles each one and
composes them a frame after the first; that cost about a tenth of a second of summit-tui's
first paint. ``KeyBar`` renders the same keys as one line of text in the very first frame,
re-renders when the bindings change (focus moves, a binding is enabled or disabled), and
still answers the mouse: a click presses the key, hovering shows its tooltip.

When the line is too narrow, whole keys are left out (never half a key): first the
palette's key at the right, then the keys the screen names in ``first_to_go`` (keys
a user learns once, such as the pane switch), then keys from the end; the help key and the
quit key always stay (help lists every key of the screen; quit is the way out).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.widget import Widget

HELP_ACTION = "help"
ALWAYS_SHOWN = frozenset({HELP_ACTION, "quit", "app.quit"})


@dataclass(frozen=True, slots=True)
class KeyCap:
    """One clickable key in the bar: what is drawn and what a click does."""

    key: str  # the key simulated on click
    display: str
    description: str  # "" for the keys of a group (the group's label follows them)
    enabled: bool
    tooltip: str
    action: str
    binding_id: str = ""


@dataclass(frozen=True, slots=True)
class Chunk:
    """A run of keys drawn together: one key, or a binding group with its label."""

    keys: tuple[KeyCap, ...]
    label: str = ""  # a group's description

    @property
    def action(self) -> str:
        return self.keys[0].action


def layout_chunks(
    chunks: list[Chunk],
    width: int,
    first_to_go: tuple[str, ...] = (),
    widths: list[int] | None = None,
) -> list[Chunk]:
    """The chunks that fit in ``width`` cells, in order. When some
    must go: the chunks holding a binding id of ``first_to_go`` go first, then chunks from
    the end; the help and quit keys stay (moved last). ``widths``: each chunk's
    ``chunk_width``, where the caller measured them already."""
    if widths is None:
        widths = [chunk_width(chunk) for chunk in chunks]
    if sum(widths) <= width:
        return chunks
    kept_last = [chunk for chunk in chunks if chunk.action in ALWAYS_SHOWN]
    room = width - sum(
        cells for chunk, cells in zip(chunks, widths, strict=True) if chunk.action in ALWAYS_SHOWN
    )
    candidates = [
        (chunk, cells)
        for chunk, cells in zip(chunks, widths, strict=True)
        if chunk not in kept_last
    ]
    for binding_id in first_to_go:
        if sum(cells for _chunk, cells in candidates) <= room:
            break
        candidates = [
            (chunk, cells)
            for chunk, cells in candidates
            if all(cap.binding_id != binding_id for cap in chunk.keys)
        ]
    kept: list[Chunk] = []
    for chunk, chunk_cells in candidates:
        if chunk_cells > room:
            break
        kept.append(chunk)
        room -= chunk_cells
    return kept + kept_last


def chunk_width(chunk: Chunk) -> int:
    return sum(cell_len(text) for text, _part, _cap in chunk_parts(chunk))


def chunk_parts(chunk: Chunk) -> Iterator[tuple[str, str, KeyCap | None]]:
    """The pieces of a chunk: (text, component part, the key it belongs to)."""
    if chunk.label:  # a group: " []" then " Prev/next "
        yield " ", "description", None
        for cap in chunk.keys:
            yield cap.display, "key", cap
        yield f" {chunk.label} ", "description", None
        return
    cap = chunk.keys[0]
    yield f" {cap.display} ", "key", cap
    yield f"{cap.description} ", "description", cap


class KeyBar(Widget, can_focus=False):
    """The active screen's shown key bindings, in one line (see the module docstring).

    | Class | Description |
    | :- | :- |
    | `keybar--key` | A key. |
    | `keybar--description` | What it does. |
    | `keybar--disabled` | A key that cannot act now. |
    | `keybar--hover` | The key under the mouse. |
    | `keybar--palette` | The command palette's key, at the right. |
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "keybar--key",
        "keybar--description",
        "keybar--disabled",
        "keybar--hover",
        "keybar--palette",
    }

    def __init__(self, *, first_to_go: tuple[str, ...] = (), id: str | None = None) -> None:
        """``first_to_go``: binding ids whose keys give way first when the line is narrow."""
        super().__init__(id=id)
        self._first_to_go = first_to_go
        self._hits: list[tuple[int, int, KeyCap]] = []  # cells [start, end) of each key
        self._hover: KeyCap | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: object) -> None:
        self.refresh()

    # -- what to show ---------------------------------------------------------------------

    def chunks(self) -> tuple[list[Chunk], KeyCap | None]:
        """The shown keys grouped as drawn, and the command palette's key (drawn right)."""
        active = self.screen.active_bindings
        entries = list(active.values())
        if self.app._keymap:  # a key override moves its binding last: put it back in its place
            entries = _declared_order(entries)
        by_action: dict[str, tuple[Binding, bool, str]] = {}
        for _node, binding, enabled, tooltip in entries:
            if binding.show and binding.action not in by_action:
                by_action[binding.action] = (binding, enabled, tooltip)
        chunks: list[Chunk] = []
        for group, run_of in groupby(by_action.values(), key=lambda shown: shown[0].group):
            run = list(run_of)
            if group is not None and len(run) > 1:
                caps = tuple(self._cap(b, e, t, "") for b, e, t in run)
                chunks.append(Chunk(caps, label=group.description))
            else:
                chunks.extend(Chunk((self._cap(b, e, t, b.description),)) for b, e, t in run)
        palette: KeyCap | None = None
        app = self.app
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, tooltip = active[app.COMMAND_PALETTE_BINDING]
            palette = self._cap(binding, enabled, tooltip or binding.tooltip, binding.description)
        return chunks, palette

    def _cap(self, binding: Binding, enabled: bool, tooltip: str, description: str) -> KeyCap:
        return KeyCap(
            key=binding.key,
            display=self.app.get_key_display(binding),
            description=description,
            enabled=enabled,
            tooltip=tooltip or binding.description,
            action=binding.action,
            binding_id=binding.id or "",
        )

    # -- drawing --------------------------------------------------------------------------

    def render(self) -> Text:
        chunks, palette = self.chunks()
        width = self.size.width
        palette_text = Text()
        if palette is not None:
            palette_text = Text.assemble(
                ("▏", self._style("palette", None)),
                (palette.display, self._style("key", palette)),
                (f" {palette.description} ", self._style("description", palette)),
            )
        widths = [chunk_width(chunk) for chunk in chunks]  # measured once per render
        if sum(widths) + palette_text.cell_len > width:  # the palette's key goes first
            palette, palette_text = None, Text()
        shown = layout_chunks(chunks, width, self._first_to_go, widths)
        line = Text(no_wrap=True, overflow="crop", end="")
        hits: list[tuple[int, int, KeyCap]] = []
        for chunk in shown:
            for text, part, cap in chunk_parts(chunk):
                start = line.cell_len
                line.append(text, self._style(part, cap))
                if cap is not None:
                    hits.append((start, line.cell_len, cap))
        if palette is not None and palette_text.cell_len <= width - line.cell_len:
            line.append(" " * (width - line.cell_len - palette_text.cell_len))
            start = line.cell_len
            line.append_text(palette_text)
            hits.append((start + 1, line.cell_len, palette))
        self._hits = hits
        return line

    def _style(self, part: str, cap: KeyCap | None) -> Style:
        style = self.get_component_rich_style(f"keybar--{part}")
        if cap is not None and not cap.enabled:
            style += self.get_component_rich_style("keybar--disabled")
        if cap is not None and cap == self._hover:
            style += self.get_component_rich_style("keybar--hover")
        return style

    # -- the mouse ------------------------------------------------------------------------

    def key_at(self, x: int) -> KeyCap | None:
        return next((cap for start, end, cap in self._hits if start <= x < end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        cap = self.key_at(event.x)
        if cap != self._hover:
            self._hover = cap
            self.tooltip = cap.tooltip if cap is not None else None
            self.refresh()

    def on_leave(self, _event: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self.tooltip = None
            self.refresh()

    def on_click(self, event: events.Click) -> None:
        cap = self.key_at(event.x)
        if cap is None:
            return
        event.stop()
        if cap.enabled:
            self.app.simulate_key(cap.key)
        else:
            self.app.bell()


def _declared_order(entries: list) -> list:
    """Active bindings by their node (in the order nodes first come), then in the order their
    class declares them, as they are shown when no key is overridden."""
    nodes: dict[int, int] = {}
    for node, *_ in entries:
        nodes.setdefault(id(node), len(nodes))

    def declared(node: object, binding: Binding) -> int:
        position = 0
        for cls in type(node).__mro__:
            for declared_binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", ())):
                if declared_binding.id == binding.id and declared_binding.action == binding.action:
                    return position
                position += 1
        return position

    return sorted(entries, key=lambda entry: (nodes[id(entry[0])], declared(entry[0], entry[1])))
