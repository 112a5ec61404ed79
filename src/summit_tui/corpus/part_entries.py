"""Entries made of a note's lines: one run of lines as an entry (``make_entry``), and a note's
parts, each a talk or a booth, with the lines between them as unsorted entries
(``part_entries``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summit_tui.corpus.cache import fast_maker
from summit_tui.corpus.chat_lines import first_message
from summit_tui.corpus.model import Entry, EntryKind, Note, StoredText
from summit_tui.corpus.names import slug

if TYPE_CHECKING:
    from summit_tui.corpus.chat_export import ChatPart


def part_entries(
    note: Note,
    lines: list[str],
    parts: list[ChatPart],
    between: str | None = None,
    *,
    under_title: bool = False,
    chatter: bool = False,
) -> list[Entry]:
    """Entries for a note's parts in line order (each a talk or a booth by its writer), the
    lines between them as unsorted ones (by ``between`` when given, else the note's author).
    ``under_title``: the lines between are the note's own (a pasted schedule's other slots, a
    thread's other posts), under its title: no heading that reads like a talk. ``chatter``:
    the lines between are a chat's other messages, each run titled by its first message
    (``Omar: Badges are in the email``), never by the export's file name."""
    entries: list[Entry] = []
    ids: set[str] = set()
    own = (note.title,) if under_title or chatter else ()  # chatter: the chat's own lines

    def add(kind: EntryKind, title: str, path: tuple[str, ...], start: int, end: int,
            speakers: tuple[str, ...] = (), day: str | None = None, author: str | None = None,
            shown: tuple[str, ...] | None = None) -> None:  # fmt: skip
        base = "/".join(slug(part) for part in path) or "intro"
        fragment, number = base, 1
        while f"{note.path}#{fragment}" in ids:
            number += 1
            fragment = f"{base}~{number}"
        made = make_entry(note, lines, kind, title, path if shown is None else shown, start,
                           end, speakers, fragment, day, None, author)  # fmt: skip
        if made is not None:
            ids.add(made.id)
            entries.append(made)

    def other(start: int, end: int) -> str:
        return (chatter and first_message(lines, start, end)) or note.title

    cursor = 0
    for part in parts:
        add(EntryKind.OTHER, other(cursor, part.start), (), cursor, part.start, author=between,
            shown=own)  # fmt: skip
        if part.kind is EntryKind.OTHER:  # a message's own lines about no talk, by its writer
            add(EntryKind.OTHER, other(part.start, part.end), (), part.start, part.end,
                author=part.author, shown=own)  # fmt: skip
        else:
            add(part.kind, part.title, (part.topic,), part.start, part.end, part.speakers,
                part.day, part.author)  # fmt: skip
        cursor = part.end
    add(EntryKind.OTHER, other(cursor, len(lines)), (), cursor, len(lines), author=between,
        shown=own)  # fmt: skip
    return entries


def make_entry(
    note: Note,
    lines: list[str],
    kind: EntryKind,
    title: str,
    path: tuple[str, ...],
    start: int,
    end: int,
    speakers: tuple[str, ...],
    fragment: str,
    day_hint: str | None = None,
    utf8: Utf8Lines | None = None,
    author: str | None = None,
) -> Entry | None:
    end = min(end, len(lines))
    while end > start and not lines[end - 1].strip():
        end -= 1
    while start < end and not lines[start].strip():
        start += 1
    if start >= end:
        return None
    text: StoredText = "\n".join(lines[start:end]) if utf8 is None else utf8.span(start, end)
    return _new_entry(  # Entry's fields in order (a span reads as str: see model.py)
        f"{note.path}#{fragment}",  # id
        note.path,
        author or note.author,
        title,
        path,  # heading_path
        kind,
        note.body_line + start,  # start_line
        note.body_line + end - 1,  # end_line
        text,
        speakers,
        day_hint,
    )


_new_entry = fast_maker(Entry)  # twice as fast as Entry(...), a few per heading


class Utf8Lines:
    """A note's body stored as UTF-8 (``cache.compact``): an entry's text is made a span
    of it, lines start..end, as compact would make it, without making the text first."""

    __slots__ = ("_starts", "raw")

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self._starts: list[int] | None = None

    def span(self, start: int, end: int) -> tuple[bytes, int, int]:
        starts = self._starts
        if starts is None:
            # where each line starts: after each line break, and one past the end (where a
            # line after the last would start); one search of the text, no line copied
            raw = self.raw
            breaks = [found.end() for found in re.finditer(b"\n", raw)]
            starts = self._starts = [0, *breaks, len(raw) + 1]
        return (self.raw, starts[start], starts[end] - 1)
