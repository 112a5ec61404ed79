"""Wrapping text to a width, with Chinese and Japanese broken between characters.

Rich wraps at spaces, and folds a word longer than the line. A Japanese or Chinese
sentence has no spaces, so it became one long word: `• Python 2.2` stayed alone on a line
and the sentence went to the next (QA6). Here each Han, kana or full-width character is a
place to break, as those languages are set; a closing mark (、。」) stays with the
character before it. Text without such characters is wrapped by Rich as before (Korean
breaks at its spaces).
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

_CJK = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_HAS_CJK = re.compile(f"[{_CJK}]")
_CLOSING = re.escape("、。，．！？）」』】〉》〕・ー…‥：；,.!?)")
# A character of those scripts (with the closing marks after it), or a run of anything
# else; each with the spaces after it.
_PIECE = re.compile(rf"[{_CJK}][{_CLOSING}]*\s*|[^\s{_CJK}]+\s*|\s+")


def has_cjk(text: str) -> bool:
    """Does ``text`` hold Chinese or Japanese (Han, kana, full-width forms)?"""
    return _HAS_CJK.search(text) is not None


def wrap(text: Text, console: Console, width: int) -> list[Text]:
    """``text`` as lines of at most ``width`` cells (Rich's ``Text.wrap`` unless the
    text holds Chinese or Japanese)."""
    if not has_cjk(text.plain):
        return list(text.wrap(console, width))
    lines: list[Text] = []
    for paragraph in text.split("\n", allow_blank=True):
        for line in paragraph.divide(_breaks(paragraph.plain, max(1, width))):
            line.rstrip()
            lines.append(line)
    return lines


def _breaks(plain: str, width: int) -> list[int]:
    """Where to start each new line: before a piece that does not fit (its trailing
    spaces may hang past the edge), and inside a piece wider than a line."""
    breaks: list[int] = []
    used = 0
    for piece in _PIECE.finditer(plain):
        start, word = piece.start(), piece.group()
        shown = cell_len(word.rstrip())
        if used and used + shown > width:
            breaks.append(start)
            used = 0
        if shown > width:  # fold it: as many characters as fit on each line
            for offset, char in enumerate(word):
                cells = cell_len(char)
                if used and used + cells > width and not char.isspace():
                    breaks.append(start + offset)
                    used = 0
                used += cells
            continue
        used += cell_len(word)
    return breaks
