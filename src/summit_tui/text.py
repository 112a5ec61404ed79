"""Make text from a note or a file name safe to show in a terminal.

Notes are data: a note can never move the cursor, retitle the window, write to the
clipboard or ring the bell. The app removes escape sequences and control characters
(``clean``); the commands show them instead (``visible``: ``\\x1b``, ``\\u202e``), so a
file name printed stays one a user can find, and every line a command prints (text,
messages, the strings inside its JSON) goes through it (``visible_output``).
"""

from __future__ import annotations

import contextlib
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

# CSI ... final byte; OSC/DCS/APC/PM/SOS ... terminated by BEL or ST; other ESC x.
_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]             # CSI
    | \x9b[0-?]*[ -/]*[@-~]             # 8-bit CSI
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]).*?(?:\x07|\x1b\\|\x9c|$)  # OSC, DCS, SOS, PM, APC
    | \x1b[@-Z\\-_]?                    # two-byte escapes, or a lone ESC
    """,
    re.VERBOSE | re.DOTALL,
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# The emoji presentation selector: after a one-cell character (`1️⃣`, `❤️`) many terminals
# (tmux among them) draw two cells where Rich counts one, pushing the rest of the row and the
# pane's border one cell right. Without it every terminal draws the text-style glyph in one.
_EMOJI_PRESENTATION = "\ufe0f"


def clean(text: str) -> str:
    """Strip escape sequences and control characters; keep newlines and tabs.

    Carriage returns are dropped too (CRLF is normalised earlier; a bare CR would
    let a line overwrite itself on screen). Bidi overrides are removed so a line
    cannot display reversed. Emoji presentation selectors are dropped so the layout
    and the terminal agree on every character's width.
    """
    if not text:
        return text
    if _EMOJI_PRESENTATION in text:
        text = text.replace(_EMOJI_PRESENTATION, "")
    if _CONTROLS.search(text) is None:  # every escape starts with a control
        return text
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def clean_line(text: str) -> str:
    """Like ``clean`` but for one-line labels: newlines and tabs become spaces."""
    return " ".join(clean(text).split())


# Every character a terminal may act on rather than show: C0 controls but tab and newline,
# DEL, C1 controls (0x9b is CSI, 0x9d OSC), and the format characters that reorder or
# hide text (bidi embeddings, overrides and isolates, zero-width spaces and marks, BOM;
# not the joiner and non-joiner, which spell words and emoji and act on nothing).
_UNSHOWN = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff]"
)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    # C0 as \\x1b; the rest as \\u009b, which is also JSON's own escape, so JSON printed
    # through ``visible`` stays valid (JSON escapes C0 itself, never DEL, C1 or bidi).
    return f"\\x{code:02x}" if code < 0x20 else f"\\u{code:04x}"


def shows_as_written(text: str) -> bool:
    """Whether ``text`` holds no character a terminal may act on rather than show."""
    return _UNSHOWN.search(text) is None


# Zero-width characters inside words that spell nothing (a blog editor's zero-width spaces,
# word joiners, a BOM): a command prints none of them, as the app draws none. The joiner and
# non-joiner (U+200D, U+200C) are spelling (Persian's half space, emoji sequences): printed.
_ZERO_WIDTH = "\u200b\u2060\ufeff"
_NO_ZERO_WIDTH = dict.fromkeys(map(ord, _ZERO_WIDTH))
_ZERO_WIDTH_ESCAPED = {ord(char): f"\\u{ord(char):04x}" for char in _ZERO_WIDTH}


def visible(text: str) -> str:
    """``text`` with every control character written out visibly (ESC as ``\\x1b``, a
    right-to-left override as ``\\u202e``) and its zero-width characters left out (a file
    name's are written out before, by ``shown_path``); tabs and newlines stay."""
    if not text or _UNSHOWN.search(text) is None:
        return text
    return _UNSHOWN.sub(_escaped, text.translate(_NO_ZERO_WIDTH))


def json_text(text: str) -> str:
    """JSON text with its zero-width characters as JSON escapes (``\\u200b``): a script
    reading it gets them back, where ``visible`` would leave them out of the output."""
    if any(char in text for char in _ZERO_WIDTH):
        return text.translate(_ZERO_WIDTH_ESCAPED)
    return text


# A file name's every control character, tab and newline included: a path is one line.
_PATH_UNSHOWN = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def shown_path(path: str) -> str:
    """A note's path as its user sees it in a file manager, for people to read: composed
    (macOS writes names decomposed, NFD, which a terminal draws as loose jamo or accents
    beside their letters) and on one line, its control characters written out as
    ``visible`` writes them. Scripts (JSON) get the path as it is on disk."""
    composed = unicodedata.normalize("NFC", path)
    if _PATH_UNSHOWN.search(composed) is None:
        return composed
    return _PATH_UNSHOWN.sub(_escaped, composed)


def home_path(path: object) -> str:
    """A file the app wrote, as its user reads it in a message: under their home folder
    as ``~/…`` (a path half as long, which a notification shows on one line), composed
    and on one line as ``shown_path`` writes it."""
    import os

    text = os.fspath(path)  # type: ignore[call-overload]
    home = os.path.expanduser("~")
    if home not in ("", "~", "/") and (text == home or text.startswith(home.rstrip("/") + "/")):
        text = "~" + text[len(home.rstrip("/")) :]
    return shown_path(text)


class VisibleStream:
    """A text stream that writes everything through ``visible`` (the rest: the stream's)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(visible(text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, close, fileno, isatty, encoding, …
        return getattr(self.stream, name)


@contextlib.contextmanager
def visible_output() -> Iterator[None]:
    """Within: whatever is printed on stdout and stderr shows its control characters
    instead of sending them to the terminal (every subcommand runs so)."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = VisibleStream(sys.stdout), VisibleStream(sys.stderr)
    try:
        yield
    finally:
        for wrapped in (sys.stdout, sys.stderr):
            if isinstance(wrapped, VisibleStream) and not wrapped.stream.closed:
                with contextlib.suppress(OSError, ValueError):
                    wrapped.flush()
        sys.stdout, sys.stderr = saved
