"""Rich text styled from ``summit.tcss``: a span's style names a component class.

Code says what a part of a text *is* (``"item-header--title"``), never how it looks;
the look is in the stylesheet, so a theme, a colour depth or ``NO_COLOR`` restyles
every part at once. ``resolve`` swaps each such name for the style the stylesheet
gives it on the widget that shows the text, when the text is drawn.
"""

from __future__ import annotations

from functools import cache
from typing import Any, ClassVar

from rich.style import Style
from rich.text import Span, Text
from textual.app import RenderResult
from textual.widget import Widget
from textual.widgets import Static


@cache
def component_classes(widget_class: type[Widget]) -> frozenset[str]:
    """The component classes a widget class declares, with its bases'."""
    return frozenset(
        name for base in widget_class.__mro__ for name in vars(base).get("COMPONENT_CLASSES", ())
    )


def resolve(text: Text, widget: Widget) -> Text:
    """A copy of ``text`` in which every style naming one of ``widget``'s component
    classes is that class's style (partial: the widget's own colours show through).
    Other styles are kept as they are."""
    names = component_classes(type(widget))

    def look(style: str | Style) -> str | Style:
        if isinstance(style, str) and style in names:
            return widget.get_component_rich_style(style, partial=True)
        return style

    if not (isinstance(text.style, str) and text.style in names) and not any(
        isinstance(span.style, str) and span.style in names for span in text.spans
    ):
        return text
    resolved = text.copy()
    resolved.style = look(text.style)
    resolved.spans = [Span(span.start, span.end, look(span.style)) for span in text.spans]
    return resolved


class StyledStatic(Static):
    """A ``Static`` whose ``Text`` names its styles by component class, resolved each
    time it is drawn (so a theme change restyles it).

    A subclass adds the parts it shows to ``COMPONENT_CLASSES``; these are shared by
    every styled text in the app:

    | Class | Description |
    | :- | :- |
    | `styled--strong` | What the line is about (a name, a title). |
    | `styled--muted` | What is said in passing (counts, hints, where). |
    | `styled--emphasis` | A state or a quotation (loading, nothing found). |
    | `styled--mode` | A mode that is on (unique passages only, consensus order). |
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "styled--strong",
        "styled--muted",
        "styled--emphasis",
        "styled--mode",
    }

    def __init__(self, content: Text | str = "", **options: Any) -> None:
        super().__init__(**options)
        self._text = _as_text(content)

    @property
    def text(self) -> Text:
        """What is shown, with its parts' class names."""
        return self._text

    def update(self, content: Text | str = "", *, layout: bool = True) -> None:  # type: ignore[override]
        """Show ``content`` (a ``str`` is plain text, never markup)."""
        self._text = _as_text(content)
        self.refresh(layout=layout)

    def render(self) -> RenderResult:
        return resolve(self._text, self)


def _as_text(content: Text | str) -> Text:
    return content if isinstance(content, Text) else Text(content, end="")
