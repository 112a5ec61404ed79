"""A transcript saved by a transcription tool shows each turn's label (who speaks and when) on
a line of its own in the reader, over what they said, not run into it."""

from __future__ import annotations

from rich.console import Console
from rich.style import Style

import factories
from summit_tui.corpus.passages import split_passages
from summit_tui.corpus.transcripts import turn_label
from summit_tui.ui.render import InlineStyles, fast_lines

_PLAIN = InlineStyles(*([Style.null()] * 9))

# A Zoom recording transcribed by a tool, a turn per paragraph
TURNS = """\
Speaker 1  0:04
Welcome to the closing panel of PyCon Lithuania.

Rūta Kazlauskienė (02:10):
Thanks. We moved our whole pipeline to Polars last year.

Speaker 3 [00:05:42]
And we did the opposite.
"""


def _shown(body: str) -> list[str]:
    entry = factories.entry(body, start=1, note="n.txt", author="a", title="T")
    console = Console(width=70, color_system=None)
    shown: list[str] = []
    for passage in split_passages(entry):
        lines = fast_lines(passage, console, 70, _PLAIN)
        assert lines is not None
        shown.extend("".join(segment.text for segment in line).rstrip() for line in lines)
    return shown


def test_a_turns_label_is_its_own_line_over_what_was_said() -> None:
    shown = _shown(TURNS)
    assert shown[:2] == ["Speaker 1  0:04", "Welcome to the closing panel of PyCon Lithuania."]
    assert "Rūta Kazlauskienė (02:10):" in shown
    assert "Speaker 3 [00:05:42]" in shown
    # a turn is still one passage: its label and its words
    entry = factories.entry(TURNS, start=1, note="n.txt", author="a", title="T")
    assert len(split_passages(entry)) == 3


def test_a_line_that_ends_with_a_time_in_a_sentence_runs_on() -> None:
    assert _shown("Lunch at 12:30\nin the big hall.\n") == ["Lunch at 12:30 in the big hall."]
    assert not turn_label("We met at the stand at 10:30")
    assert turn_label("Jan van Dijk  3:10")
    assert turn_label("[Rūta Kazlauskienė] 10:32:05")  # Zoom's saved transcript
