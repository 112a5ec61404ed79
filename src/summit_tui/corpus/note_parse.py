"""One file → NoteRecord: read it, resolve its event, split it into entries.

This is the unit of work a cold load repeats for every new or changed note, in this
process or in a pool worker (corpus/pool.py); it never raises on a bad note.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from summit_tui.corpus.cache import Asked, FileKey, NoteRecord, compact
from summit_tui.corpus.loader import load_note
from summit_tui.corpus.model import Note, Problem, Program, Severity


def parse_file(
    rel: str,
    path: str,
    root: Path,
    info: os.stat_result | None,
    file_key: FileKey,
    program: Program | None,
) -> NoteRecord:
    note, problems = load_note(path, root, info, rel=rel)
    if note is None:
        return NoteRecord(key=file_key, note=None, problems=tuple(problems))
    if program is not None:
        note = resolve_event(note, program)
    # The body stored as UTF-8 first, as the record keeps it: the segmenter then makes each
    # entry's text a span of it directly (compact would otherwise make and check each). The
    # segmenter reads the text as it was, not decoded again.
    body = note.body
    compact(note, ())
    from summit_tui.corpus.segment import segment_note

    asked = Asked()
    try:
        entries, segment_problems = segment_note(note, program, body, asked)
    except Exception as error:  # a segmenter bug must not take the whole folder down
        entries, segment_problems = [], []
        problems.append(
            Problem(
                note.path,
                None,
                Severity.ERROR,
                f"could not split this note into entries ({type(error).__name__}: {error})",
                "note loaded without entries; please report this",
            )
        )
    return NoteRecord(
        key=file_key,
        note=note,
        entries=tuple(entries),
        problems=tuple(problems) + tuple(segment_problems),
        no_talk=asked.no_talk,
    )


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def resolve_event(note: Note, program: Program) -> Note:
    """A note naming its event only in `tags`/`categories` (Jekyll, Hugo, Obsidian)."""
    if note.event or not note.tags:
        return note
    names = {
        _squash(name): event.id
        for event in program.events
        for name in (event.id, event.title, *event.aliases)
        if _squash(name)
    }
    for tag in note.tags:
        event_id = names.get(_squash(tag))
        if event_id is not None:
            return replace(note, event=event_id)
    return note
