"""Give spacing marks the column the terminal gives them.

Hindi, Bengali and the other Indic scripts write most vowel signs as *spacing* combining
marks (Unicode category Mc: मी is म + ी). Terminals advance the cursor for them (glibc's
wcwidth, tmux, VTE: one cell each), while Rich's width tables count them as zero, so every
such sign drawn shifted the rest of the row one cell right of where Textual had laid it
out: tree borders moved and the reader's text ran over the pane beside it. Counting them
as one cell, as wcwidth itself now does, makes the layout and the terminal agree. Marks
with a combining class (a few viramas written as Mc) join letters and stay zero.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, MutableSequence

# Where spacing marks are: the Indic, Sinhala, Tibetan, Myanmar, Khmer, Balinese and
# Javanese blocks, and their historic cousins in the SMP (Brahmi, Sharada, Grantha …).
_BLOCKS = ((0x0900, 0x1CFF), (0xA800, 0xABFF), (0x11000, 0x11FFF), (0x16F00, 0x16FFF))

_done = False


def spacing_marks() -> Iterator[int]:
    """The code points of the spacing marks that take a column, in order."""
    for first, last in _BLOCKS:
        for codepoint in range(first, last + 1):
            character = chr(codepoint)
            if unicodedata.category(character) == "Mc" and not unicodedata.combining(character):
                yield codepoint


def one_cell_each(widths: MutableSequence[tuple[int, int, int]], marks: list[int]) -> None:
    """Take ``marks`` out of the zero-width ranges of a sorted (start, end, width) table,
    in place: a code point in no range is one cell wide."""
    marked = set(marks)
    changed: list[tuple[int, int, int]] = []
    for start, end, width in widths:
        if width != 0 or not _within(marks, start, end):
            changed.append((start, end, width))
            continue
        run_start = None
        for codepoint in range(start, end + 1):
            if codepoint in marked:
                if run_start is not None:
                    changed.append((run_start, codepoint - 1, 0))
                    run_start = None
            elif run_start is None:
                run_start = codepoint
        if run_start is not None:
            changed.append((run_start, end, 0))
    widths[:] = changed


def _within(marks: list[int], start: int, end: int) -> list[int]:
    return marks[bisect_right(marks, start - 1) : bisect_right(marks, end)]


def count_spacing_marks() -> None:
    """Make Rich (and so Textual) measure a spacing mark as one cell; once per process."""
    global _done
    if _done:
        return
    _done = True
    from rich import cells

    marks = list(spacing_marks())
    try:  # Rich 14 and later: a table per Unicode version
        from rich._unicode_data import load

        tables = {id(t.widths): t.widths for v in ("auto", "latest") if (t := load(v))}
    except ImportError:  # Rich 13: one table
        from rich._cell_widths import CELL_WIDTHS

        tables = {id(CELL_WIDTHS): CELL_WIDTHS}
    for widths in tables.values():
        if isinstance(widths, list):
            one_cell_each(widths, marks)
    for cached in ("get_character_cell_size", "cached_cell_len"):
        function = getattr(cells, cached, None)
        if function is not None and hasattr(function, "cache_clear"):
            function.cache_clear()
