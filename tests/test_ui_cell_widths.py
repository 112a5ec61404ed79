"""Spacing vowel signs (Hindi, Bengali, Tamil …) take the column the terminal gives them, so
the app lays out rows the width the terminal draws them."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from summit_tui.ui.cell_widths import count_spacing_marks, one_cell_each, spacing_marks


@pytest.fixture(scope="module", autouse=True)
def counted() -> None:
    count_spacing_marks()


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("मीरा", 4),  # म ी र ा: two spacing vowel signs, a column each
        ("ক্ষি", 3),  # ক ্ ষ ি: the virama joins, the vowel sign spaces
        ("ত্রিপুরা", 6),
        ("தமிழ்", 4),  # Tamil ி spaces, ் joins
        ("हिंदी", 4),  # ि and ी space, the anusvara ं does not
        ("ข้อมูล", 4),  # Thai's marks sit above and below: no column
        ("한국어", 6),
        ("abc", 3),
    ],
)
def test_text_is_measured_as_the_terminal_draws_it(text: str, cells: int) -> None:
    assert cell_len(text) == cells


def test_the_marks_are_the_spacing_ones_only() -> None:
    marks = set(spacing_marks())
    assert 0x093E in marks  # DEVANAGARI VOWEL SIGN AA
    assert 0x09BF in marks  # BENGALI VOWEL SIGN I
    assert 0x094D not in marks  # DEVANAGARI SIGN VIRAMA (Mn)
    assert 0x0E31 not in marks  # THAI CHARACTER MAI HAN-AKAT (Mn)


def test_marks_are_cut_out_of_the_zero_width_ranges() -> None:
    widths = [(0, 0, 0), (10, 20, 0), (30, 40, 2)]
    one_cell_each(widths, [10, 15, 16, 35])
    assert widths == [(0, 0, 0), (11, 14, 0), (17, 20, 0), (30, 40, 2)]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("1\ufe0f\u20e3 Workshop", "1\u20e3 Workshop"),  # keycap: the digit's one cell
        ("Great talk \u2764\ufe0f", "Great talk \u2764"),  # a heart after text
        ("\U0001f680\ufe0f launch", "\U0001f680 launch"),  # already two cells either way
    ],
)
def test_emoji_presentation_selectors_are_not_drawn(written: str, shown: str) -> None:
    """Terminals (tmux among them) draw a one-cell character followed by the emoji
    presentation selector two cells wide where Rich counts one, pushing the pane's right
    border out: the app draws the character without it, which every terminal draws at the
    width Rich measures."""
    from summit_tui.text import clean, clean_line

    assert clean(written) == shown
    assert clean_line(written) == shown
    assert cell_len(clean(written)) == cell_len(shown)
