"""Make text from a note safe to show in a terminal.

Notes are data: ANSI/OSC/DCS escape sequences and control characters are removed
before anything is displayed or printed, so a note can never move the cursor,
retitle the window, write to the clipboard or ring the bell. Tabs and newlines stay.
"""

from __future__ import annotations

import re

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


def clean(text: str) -> str:
    """Strip escape sequences and control characters; keep newlines and tabs.

    Carriage returns are dropped too (CRLF is normalised earlier; a bare CR would
    let a line overwrite itself on screen). Bidi overrides are removed so a line
    cannot display reversed.
    """
    if not text:
        return text
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def clean_line(text: str) -> str:
    """Like ``clean`` but for one-line labels: newlines and tabs become spaces."""
    return " ".join(clean(text).split())
