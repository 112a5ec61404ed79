"""The reader's cursor is readable in every theme and at every colour depth, keeps working
without colour, is not a block quote's bar, and leaves the annotation mark visible."""

from __future__ import annotations

import pytest
from rich.color import ColorSystem
from rich.segment import Segment
from rich.style import Style
from rich.terminal_theme import DEFAULT_TERMINAL_THEME
from textual.pilot import Pilot

from factories import corpus, entry, item
from summit_tui.corpus.model import Corpus
from summit_tui.ui.app import SummitApp
from summit_tui.ui.widgets.entry_view import CURSOR_MARK, EntryView
from waits import loaded

TEXT = """## A heading with **bold** and a [link](https://example.com)

Plain text, `code`, *emphasis* and a [link](https://example.com) in one paragraph.

> A quoted remark from the talk.

- a list item
"""
DEPTHS = (ColorSystem.TRUECOLOR, ColorSystem.EIGHT_BIT, ColorSystem.STANDARD)
MIN_CONTRAST = 4.5  # WCAG AA for body text


def one_entry_corpus(root: str) -> Corpus:
    talk = entry(TEXT, entry_id="a.md#talk")
    return corpus(talk, items=[item()], links={talk.id: "ev-talk"}, root=root)


def luminance(triplet: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in triplet)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def shown_background(style: Style, depth: ColorSystem, dark: bool) -> tuple[int, ...]:
    colour = style.color if style.reverse else style.bgcolor
    assert colour is not None
    if colour.is_default:  # an ANSI theme: the terminal's own, dark or light as the theme
        return (0, 0, 0) if dark != bool(style.reverse) else (255, 255, 255)
    return tuple(colour.downgrade(depth).get_truecolor(DEFAULT_TERMINAL_THEME, style.reverse))


def ratio(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    high, low = max(luminance(a), luminance(b)), min(luminance(a), luminance(b))
    return (high + 0.05) / (low + 0.05)


def contrast(style: Style, depth: ColorSystem) -> float:
    """The contrast of a segment's text on its background as the terminal shows them at a
    colour depth: dim blended (as Textual does), default colours as a terminal has them,
    then swapped by reverse video."""
    fg, bg = style.color, style.bgcolor
    assert fg is not None and bg is not None, style
    theme = DEFAULT_TERMINAL_THEME
    text = tuple(fg.downgrade(depth).get_truecolor(theme, foreground=True))
    ground = tuple(bg.downgrade(depth).get_truecolor(theme, foreground=False))
    if style.dim:
        text = tuple(round(g + (t - g) * 0.5) for t, g in zip(text, ground, strict=True))
    lt, lg = luminance(text), luminance(ground)
    high, low = max(lt, lg), min(lt, lg)
    return (high + 0.05) / (low + 0.05)


async def cursor_lines(pilot: Pilot, view: EntryView) -> list[list[Segment]]:
    """The body segments (past the gutter) of every line of the cursor's passage."""
    await pilot.pause()
    top, height = view.row_span(view.cursor)
    scroll = int(view.scroll_offset.y)
    lines = []
    for y in range(top - scroll, top - scroll + height):
        segments = list(view.render_line(y))
        text = "".join(s.text for s in segments)
        # The first line carries the ▶; a wrapped passage's other lines do not repeat it.
        assert text.startswith(CURSOR_MARK) == (y == top - scroll), text
        cells = 0
        body = []
        for segment in segments:  # skip the gutter's cells
            if cells >= view.mark_width:
                body.append(segment)
            cells += segment.cell_length
        lines.append([s for s in body if s.text.strip()])
    return lines


async def open_reader(pilot: Pilot) -> EntryView:
    app = pilot.app
    assert isinstance(app, SummitApp)
    await loaded(pilot)
    app.open_item("ev-talk")
    view = app.reader.entry_view
    view.focus()
    await pilot.pause()
    return view


async def test_the_cursor_is_high_contrast_in_every_theme_and_colour_depth(tmp_path) -> None:
    app = SummitApp(tmp_path, loader=lambda p, _: one_entry_corpus(str(p)), watch_interval=None)
    async with app.run_test(size=(100, 30)) as pilot:
        view = await open_reader(pilot)
        checked = 0
        for theme in sorted(app.available_themes):
            app.theme = theme
            for row in range(view.row_count):  # the heading, the paragraph, the quote, the item
                view.move_cursor(row)
                lines = await cursor_lines(pilot, view)
                last = sum(view.row_span(row)) - int(view.scroll_offset.y)
                around = list(view.render_line(last))[-1].style  # the line after the row
                for line in lines:
                    for segment in line:
                        assert segment.style.reverse  # visible without colour too
                        for depth in DEPTHS:
                            readable = contrast(segment.style, depth)
                            assert readable >= MIN_CONTRAST, (theme, depth, segment.text)
                            # ... and the row stands out from the lines around it.
                            dark = app.current_theme.dark
                            bar = shown_background(segment.style, depth, dark)
                            near = shown_background(around, depth, dark)
                            assert ratio(bar, near) >= 3, (theme, depth)
                            checked += 1
        assert checked > 100


async def test_without_colour_the_cursor_is_reverse_video_and_a_mark(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = SummitApp(tmp_path, loader=lambda p, _: one_entry_corpus(str(p)), watch_interval=None)
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.no_color
        view = await open_reader(pilot)
        for line in await cursor_lines(pilot, view):
            assert line and all(segment.style.reverse for segment in line)


async def test_the_cursor_is_not_a_block_quotes_bar(tmp_path) -> None:
    app = SummitApp(tmp_path, loader=lambda p, _: one_entry_corpus(str(p)), watch_interval=None)
    async with app.run_test(size=(100, 30)) as pilot:
        view = await open_reader(pilot)
        quote = next(n for n, p in enumerate(view.passages) if p.text.startswith(">"))
        top, _ = view.row_span(quote)
        drawn = "".join(s.text for s in view.render_line(top - int(view.scroll_offset.y)))
        assert "▌" in drawn, drawn  # Rich draws a block quote with a bar ...
        assert CURSOR_MARK != "▌" and not drawn.startswith(CURSOR_MARK)  # ... the cursor a ▶
        view.move_cursor(quote)
        await pilot.pause()
        drawn = "".join(s.text for s in view.render_line(top - int(view.scroll_offset.y)))
        assert drawn.startswith(CURSOR_MARK)


async def test_a_wrapped_passage_shows_one_mark_on_its_first_line(tmp_path) -> None:
    long = "A long remark about the talk that wraps. " * 6
    talk = entry(f"{long}\n\n- a list item\n", entry_id="a.md#talk")
    notes = corpus(talk, items=[item()], links={talk.id: "ev-talk"}, root=str(tmp_path))
    app = SummitApp(tmp_path, loader=lambda p, _: notes, watch_interval=None)
    async with app.run_test(size=(60, 24)) as pilot:
        view = await open_reader(pilot)
        top, height = view.row_span(view.cursor)
        assert height >= 3  # the paragraph wraps at this width
        scroll = int(view.scroll_offset.y)
        drawn = [
            "".join(s.text for s in view.render_line(y - scroll)) for y in range(top, top + height)
        ]
        assert [line.startswith(CURSOR_MARK) for line in drawn] == [True] + [False] * (height - 1)
        assert sum(line.count(CURSOR_MARK) for line in drawn) == 1, drawn
