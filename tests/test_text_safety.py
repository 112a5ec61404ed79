"""Text from notes shown safely: clean() drops escape sequences and control characters."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summit_tui import text
from summit_tui.text import clean

# Controls, escape introducers and what follows them, bidi marks, and ordinary letters.
PIECES = st.sampled_from(
    [
        "\x1b",
        "[",
        "31m",
        "]0;title",
        "\x07",
        "\\",
        "\x9b",
        "\x9d",
        "\r",
        "\n",
        "\t",
        "\x00",
        "\x7f",
        "\u202e",
        "\u2066",
        "a",
        "한",
        " ",
    ]
)


def test_escape_sequences_and_controls_are_dropped_and_text_kept() -> None:
    assert clean("\x1b[31mred\x1b[0m\x07 \u202eok\r\n\tx") == "red ok\n\tx"
    assert clean("plain 한국어 text\n") == "plain 한국어 text\n"
    assert clean("") == ""


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=12).map("".join))
def test_text_without_controls_is_returned_as_it_is_and_the_rest_as_both_passes_make_it(
    value: str,
) -> None:
    """Every escape sequence starts with a control character, so text with none is
    returned unchanged without running either pattern."""
    both = text._CONTROLS.sub("", text._ESCAPES.sub("", value))
    assert clean(value) == both
    if text._CONTROLS.search(value) is None:
        assert re.search(text._ESCAPES, value) is None
