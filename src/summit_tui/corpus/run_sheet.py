"""A session chair's run sheet: a table of the session's papers and presenters, then a heading
per presenter with the chair's notes on that talk.

    | # | Paper | Presenter |          | Nr. | Titel | Vortragende |
    |---|-------|-----------|          ...
    | 1 | Title | Ana Lima  |
    ## 1. Ana Lima                     ## Vortrag 2 — Jonas Berg

A heading naming a row's presenter (or only its number, "## Talk 2") is that row's paper: a
talk titled by the table, by its presenter. The sheet's other sections (the intro, the close,
what to do before and after) are about no talk.
"""

from __future__ import annotations

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.model import EntryKind
from summit_tui.corpus.talk_table import BRACKET, Row, has_table, paper_rows
from summit_tui.lazy_re import lazy

_HEADING = lazy(r"^(?P<marks>#{2,6})[ \t]+(?P<text>\S.*?)[ \t#]*$")
# "1. Name", "1) Name", "#1 Name", "Talk 2 — Name", "Paper 2: Name", "발표 2: 이름", "Vortrag 2"
_NUMBERED = lazy(
    r"(?i)^(?:(?:talk|paper|presentation|vortrag|beitrag|발표|논문|palestra|artigo|ponencia)"
    r"\s*#?\s*)?#?(?P<number>\d{1,2})(?:[.):]|\s+[—–-])?\s*(?P<rest>.*)$"
)


def run_sheet_parts(body: str, lines: list[str]) -> list[ChatPart] | None:
    """The talks of a chair's run sheet (a talk per heading that names a paper's presenter
    or number in the sheet's table), or None when the note is no run sheet (no such table,
    or fewer than two headings naming its rows)."""
    if not has_table(body):
        return None  # most notes
    rows = paper_rows(lines)
    if len(rows) < 2:
        return None
    headings = sheet_headings(lines)
    parts: list[ChatPart] = []
    for index, (line, level, text) in enumerate(headings):
        row = _row_named(text, rows)
        if row is None:
            continue
        end = next((n for n, lv, _ in headings[index + 1 :] if lv <= level), len(lines))
        title, presenter = row[1], row[2]
        speakers = (presenter,) if presenter else ()
        parts.append(ChatPart(EntryKind.SESSION, title, text, speakers, line, end, row[3], None))
    return parts if len(parts) >= 2 else None


def sheet_headings(lines: list[str]) -> list[tuple[int, int, str]]:
    """(line, level, text) of each heading of level two or deeper outside code fences."""
    found: list[tuple[int, int, str]] = []
    fenced = False
    for number, line in enumerate(lines):
        if line.startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced or not line.startswith("##"):
            continue
        match = _HEADING.match(line)
        if match is not None:
            found.append((number, len(match["marks"]), match["text"]))
    return found


def _row_named(text: str, rows: list[Row]) -> Row | None:
    """The row a heading names: by its presenter ("1. Rui Almeida", "Ana Lima (Porto)") or by
    its number alone ("Talk 2"). A heading naming the paper is read as any talk's heading is
    (a table of the talks seen above a heading per talk is no run sheet)."""
    numbered = _NUMBERED.match(text)
    rest = (numbered["rest"] if numbered else text).strip(" —–-:*_")
    rest = BRACKET.sub("", rest).casefold()
    for row in rows:
        presenter = row[2].casefold()
        if rest and presenter and presenter in rest and row[1].casefold() not in rest:
            return row
    if numbered is not None and not rest:
        return next((row for row in rows if row[0] == numbered["number"]), None)
    return None
