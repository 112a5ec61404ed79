"""Cutting text to fit: at a word boundary where there is one, always with ``…``.

Widths are terminal cells (a Hangul syllable takes two). Text without spaces nearby
(a long Korean word, a URL) is cut where it must be; a cut never leaves a dangling
separator such as ``·`` or ``—`` before the ellipsis.
"""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.text import Text

ELLIPSIS = "…"
# A word boundary further back than this share of the width is not worth losing text for.
_WORD_BACKOFF = 0.6
_DANGLING = " \t·—–-,;:/|([{"


def _cut_index(text: str, room: int) -> int:
    """How many characters of ``text`` fit in ``room`` cells."""
    used = 0
    for index, char in enumerate(text):
        used += cell_len(char)
        if used > room:
            return index
    return len(text)


def cut_point(text: str, width: int) -> int | None:
    """Where to cut ``text`` so that it and an ellipsis fit ``width`` cells (None: it fits)."""
    if cell_len(text) <= width:
        return None
    room = max(0, width - 1)
    index = _cut_index(text, room)
    if index < len(text) and not text[index].isspace():
        space = text.rfind(" ", 0, index + 1)
        if space > 0 and cell_len(text[:space]) >= room * _WORD_BACKOFF:
            index = space
    while index > 0 and text[index - 1] in _DANGLING:
        index -= 1
    return index


def ellipsize(text: str, width: int) -> str:
    """``text`` within ``width`` cells, cut at a word with ``…`` when it is longer."""
    if width <= 0:
        return ""
    index = cut_point(text, width)
    return text if index is None else text[:index] + ELLIPSIS


def keep_end(text: str, width: int) -> str:
    """``text`` within ``width`` cells, its start cut with ``…`` when it is longer: for a
    path, whose file name and line range at the end are what tell rows apart."""
    if cell_len(text) <= width:
        return text
    if width <= 0:
        return ""
    # Cut on the reversed text so a wide character across the edge goes whole.
    return ELLIPSIS + set_cell_size(text[::-1], width - 1)[::-1].lstrip()


def keep_path_end(path: str, width: int) -> str:
    """A path within ``width`` cells as ``keep_end`` cuts it, but at a folder's start when
    a folder is cut through ("…/DevOpsDays AMS 2024/Thu.md", not "…dian/DevOpsDays AMS
    2024/Thu.md"): each name shown reads whole. A file name alone too long keeps its end."""
    cut = keep_end(path, width)
    if cut == path or not cut.startswith(ELLIPSIS):
        return cut
    kept = cut[len(ELLIPSIS) :]
    at = kept.find("/")
    if at < 0 or path.endswith("/" + kept) or not kept[at + 1 :].strip():
        return cut  # cut at a folder already, or only a file name left
    return ELLIPSIS + kept[at:]


def keep_ends(text: str, width: int) -> str:
    """``text`` within ``width`` cells, cut in its middle with ``…`` when it is longer:
    for names that share their start ("DEVIEW 2023 참관기 (김민수)", "… (박지훈)"), whose
    ends tell them apart. A third of the room keeps the start, the rest the end."""
    if cell_len(text) <= width:
        return text
    if width <= 2:
        return ellipsize(text, width)
    head = max(1, (width - 1) // 3)
    start = set_cell_size(text, head).rstrip()
    return start + keep_end(text, width - cell_len(start))


def fit_text(text: Text, width: int) -> Text:
    """A Rich ``Text`` (one line) within ``width`` cells, styles kept, cut like ``ellipsize``."""
    if width <= 0:
        return Text("", end=text.end)
    index = cut_point(text.plain, width)
    if index is None:
        return text
    cut = text[:index]
    # The ellipsis takes the style of the last character kept (a dim author stays dim).
    style = next(
        (span.style for span in reversed(text.spans) if span.start < index <= span.end), ""
    )
    cut.append(ELLIPSIS, style=style)
    return cut
