"""A voice memo recorded walking past the booths, saved by a transcription tool: a turn per
booth.

Otter saves a recording as text: its title line ("Hall 3 walk"), the day and length ("Wed,
Feb 28, 2024 12:14PM • 9:52"), its keywords and speakers, then a turn per pause, each under
a line naming who speaks and when ("Speaker 1  3:20", corpus.transcripts). Walking a hall
and recording a memo at each stand, each turn is about the booth it names ("Now the Ericsson
stand. Huge as always."); a turn naming none by a booth word ("Xiaomi, hall three too.", "First
stop Nokia.") is about the one booth other notes name that it writes (corpus.prose_booths),
and the memo's opening and closing words ("Okay, going for lunch") are about none.
"""

from __future__ import annotations

from summit_tui.corpus.heading_kinds import booth_in_section
from summit_tui.corpus.model import Entry, EntryKind, Note
from summit_tui.corpus.names import slug
from summit_tui.corpus.part_entries import make_entry
from summit_tui.corpus.prose_booths import BOOTHS_IN_PROSE
from summit_tui.corpus.transcripts import turn_label
from summit_tui.corpus.walk_booths import paragraph_booth, walk_heading

_OPENING_CHARS = 200  # of the first turn, where the memo says it is a walk


def walk_entries(note: Note, lines: list[str]) -> list[Entry] | None:
    """A booth entry per turn of a walk past the booths (see the module's docstring), the
    lines before the first turn the memo's own; None for any other note."""
    turns = [
        number
        for number, line in enumerate(lines)
        if (line[:1].isalpha() or line[:1] == "[") and turn_label(line)
    ]
    if len(turns) < 2:
        return None
    ends = [*turns[1:], len(lines)]
    said = [" ".join(line.strip() for line in lines[a + 1 : b] if line.strip()) for a, b in
            zip(turns, ends, strict=True)]  # fmt: skip
    if not walk_heading(note.title) and not walk_heading(said[0][:_OPENING_CHARS]):
        return None
    entries: list[Entry] = []

    def add(kind: EntryKind, title: str, path: tuple[str, ...], start: int, end: int) -> None:
        fragment = "/".join(slug(part) for part in path) or "intro"
        if any(e.id == f"{note.path}#{fragment}" for e in entries):
            fragment = f"{fragment}~{start + 1}"
        made = make_entry(note, lines, kind, title, path, start, end, (), fragment)
        if made is not None:
            entries.append(made)

    add(EntryKind.OTHER, note.title, (), 0, turns[0])
    for start, end, text in zip(turns, ends, said, strict=True):
        booth = booth_in_section(text) or paragraph_booth(text)
        if booth is not None:
            add(EntryKind.BOOTH, booth, (note.title, booth), start, end)
        else:
            label = " ".join(lines[start].split())
            add(EntryKind.OTHER, note.title, (note.title, label, BOOTHS_IN_PROSE), start, end)
    return entries
