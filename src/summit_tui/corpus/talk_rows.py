"""A report whose talks are the rows of a table: an employee's competence report, a trip
report, a team page listing what each saw.

    | Tid       | Foredrag                  | Foredragsholder | Notater              |
    |-----------|---------------------------|-----------------|----------------------|
    | ons 11:40 | Spring Boot 3.3 og …      | Jonas Berg      | CDS gir raskere …    |

Each row naming a talk and its speaker is that talk, on the row's day (its date, or the
weekday its day or time cell writes). The report's other tables (the employee, the cost
centre, the ticket's price), its recommendations and its intro are about no talk. A note
whose headings name the table's talks is read by its headings (the table sums them up).
"""

from __future__ import annotations

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.model import EntryKind
from summit_tui.corpus.run_sheet import has_table, paper_rows, sheet_headings

_MIN_ROWS = 2


def table_talk_parts(body: str, lines: list[str]) -> list[ChatPart] | None:
    """The talks of a report's table of talks as parts, a row each; None when the note has no
    such table (a header naming the talk and its speaker, two rows at least) or when its
    headings name the table's talks or speakers."""
    if not has_table(body):
        return None  # most notes
    rows = paper_rows(lines)
    if len(rows) < _MIN_ROWS:
        return None
    named = {key for row in rows for key in (row[1].casefold(), row[2].casefold()) if key}
    for _, _, text in sheet_headings(lines):
        heading = text.casefold()
        if any(key in heading for key in named):
            return None
    parts: list[ChatPart] = []
    for _, title, presenter, day, line in rows:
        speakers = (presenter,) if presenter else ()
        parts.append(ChatPart(EntryKind.SESSION, title, title, speakers, line, line + 1, day, None))
    return parts
