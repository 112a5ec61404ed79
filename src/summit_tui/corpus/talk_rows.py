"""A report whose talks are the rows of a table: an employee's competence report, a trip
report, a team page listing what each saw.

    | Tid       | Foredrag                  | Foredragsholder | Notater              |
    |-----------|---------------------------|-----------------|----------------------|
    | ons 11:40 | Spring Boot 3.3 og …      | Jonas Berg      | CDS gir raskere …    |

Each row naming a talk and its speaker, with what its writer noted on it, is that talk, on
the row's day (its date, or the weekday its day or time cell writes). A table without notes
is a schedule (the slot's rooms, the day's program), no talk the writer reports on. The
report's other tables (the employee, the cost centre, the ticket's price), its
recommendations and its intro are about no talk. A note whose headings name the table's
talks is read by its headings (the table sums them up).
"""

from __future__ import annotations

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.heading_kinds import generic_heading
from summit_tui.corpus.model import EntryKind
from summit_tui.corpus.names import split_title, title_parts
from summit_tui.corpus.run_sheet import sheet_headings
from summit_tui.corpus.talk_table import Row, cells, has_table, paper_table
from summit_tui.lazy_re import lazy

_MIN_ROWS = 2
_NOTE_WORDS = 3  # a cell of the writer's notes on the talk, not its room or time
_NO_NOTE = frozenset({"-", "—", "–", "n/a", "x", "?", "...", "…", "tbd"})
# A notes cell that only links to the talk's own note ("[notes](sat/talk.md)", "[[Talk]]"): an
# index of notes kept elsewhere, no note on the talk
_ONLY_A_LINK = lazy(r"^(?:\[[^\]]*\]\([^()]*\)|\[\[[^\]]*\]\]|<?https?://\S+?>?)$")


def _row_notes(line: str, title: str, presenter: str, notes: int | None) -> bool:
    """Whether a row holds what its writer noted on the talk: its cell under the table's
    notes column, or else a cell of a few words that is neither its title nor its speaker
    ("CDS gir raskere oppstart; vurder for batch-jobbene")."""
    row = cells(line)
    if notes is not None:
        text = row[notes].strip("*_ ") if notes < len(row) else ""
        if text[:1] in "[<h" and _ONLY_A_LINK.match(text):
            return False
        return bool(text) and text.casefold() not in _NO_NOTE
    for cell in row:
        text = cell.strip("*_ ")
        if text == title or (presenter and presenter in text):
            continue
        if len(text.split()) >= _NOTE_WORDS:
            return True
    return False


def _speaker_from_title(row: Row) -> Row:
    """A row with no speaker's cell, its speaker read from its title cell as a heading's
    would be: "Embedded Rust on RISC-V — Ana Lima", "Fearless refactoring (Tom Grey)"."""
    number, cell, _, day, line = row
    title, person = title_parts(cell)
    if not person:
        title, _, person = split_title(cell)
    return number, title, person or "", day, line


def table_talk_parts(body: str, lines: list[str]) -> list[ChatPart] | None:
    """The talks of a report's table of talks as parts, a row each; None when the note has no
    such table (a header naming the talk and its speaker or the writer's notes, two rows at
    least) or when its headings name the table's talks or speakers. A row of a break (lunch,
    coffee) with no speaker is no talk."""
    if not has_table(body):
        return None  # most notes
    rows, notes = paper_table(lines)
    if len(rows) < _MIN_ROWS:
        return None
    if any(not row[2] for row in rows):
        rows = [row if row[2] else _speaker_from_title(row) for row in rows]
        rows = [row for row in rows if row[2] or generic_heading(row[1]) != "break"]
    named = {key for row in rows for key in (row[1].casefold(), row[2].casefold()) if key}
    for _, _, text in sheet_headings(lines):
        heading = text.casefold()
        if any(key in heading for key in named):
            return None
    noted = sum(1 for row in rows if _row_notes(lines[row[4]], row[1], row[2], notes))
    if noted * 2 < len(rows):
        return None  # a slot's or a day's schedule ("| D105 | Title | Name |"), no notes of its own
    parts: list[ChatPart] = []
    for _, title, presenter, day, line in rows:
        speakers = (presenter,) if presenter else ()
        parts.append(ChatPart(EntryKind.SESSION, title, title, speakers, line, line + 1, day, None))
    return parts
