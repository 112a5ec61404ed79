"""A journaling app's export (Day One, Journey) read as notes: each of its entries a note of
its own, titled by its first line and dated by its header."""

from __future__ import annotations

from collections.abc import Callable

from summit_tui.corpus.model import Entry, EntryKind, Note
from summit_tui.corpus.names import heading_title, slug, split_title
from summit_tui.corpus.no_talk import about_no_talk
from summit_tui.corpus.part_entries import make_entry
from summit_tui.lazy_re import lazy

_LONGEST_TITLE = 120
_IMAGE_LINE = lazy(r"[ \t]*(?:!\[[^\]]*\]\([^)]*\)[ \t]*)+")


def journal_note_entries(
    note: Note, lines: list[str], read: Callable[[Note, list[str], bool | None], list[Entry]]
) -> list[Entry]:
    """A journal export's entries, each read as a note of its own: titled by its first line,
    dated by its header, whose lines are no entry's text; none when it is no such export.
    ``read`` gives the entries of one such note (its lines, and whether it is about no talk)."""
    from dataclasses import replace

    from summit_tui.corpus.blocks import Paragraph
    from summit_tui.corpus.journal_export import byline_speaker, journal_entries, title_line
    from summit_tui.corpus.speakers import find_speakers

    found = journal_entries(lines)
    if not found:
        return []
    entries: list[Entry] = []
    ids: set[str] = set()
    lone = len(found) == 1
    folder = note.path.rpartition("/")[0]
    entry_path = f"{folder}/entry" if folder else "entry"
    if found[0].start > 0:  # what the file says before its first entry
        before = make_entry(
            note, lines, EntryKind.OTHER, note.title, (), 0, found[0].start, (), "intro"
        )
        if before is not None:
            entries.append(before)
            ids.add(before.id)
    for part in found:
        own = [""] * (part.body - part.start) + lines[part.body : part.end]
        # its first line of text: a photo the app placed first (`![](dayone-moment://…)`) is
        # no title
        at = next(
            (at for at, line in enumerate(own) if line.strip() and not _IMAGE_LINE.fullmatch(line)),
            None,
        )
        if at is None:
            continue
        labelled = title_line(own, at)  # "Speaker: Name" lines over its "# Title"
        labels = [line for line in own[at:labelled] if line.strip()]
        at = labelled
        title = own[at].strip()
        if title.startswith("#"):
            title = title.lstrip("#").strip() or title
        under = next((line for line in own[at + 1 :] if line.strip()), "")
        speaker = byline_speaker(under) if "," in under else None
        if speaker is None and labels:
            speaker = next(iter(find_speakers([Paragraph(line, 1) for line in labels])), None)
        if speaker is None:  # "Title - Name", "Title (Name)": the title names its speaker
            speaker = heading_title(title)[1]
            if speaker is None and title.endswith(")"):
                speaker = split_title(title)[2]
        entry_note = replace(
            note,
            title=title,
            body="\n".join(own),
            body_line=note.body_line + part.start,
            date=part.day,
            dates=(part.day,),
            mentioned_dates=(),
            named_days=(),
            weekdays=(),
            talk_title=None,
            chat_like=None,
            # the export's event is its entries' together, not a sign that each entry is a
            # talk: one of several is a talk when it names its speaker or its kind (a lone
            # entry is the whole note, which its event still says is about a talk)
            event=note.event if lone else None,
            event_sources=note.event_sources if lone else (),
            event_kind=note.event_kind if lone else None,
            speakers=(speaker,) if speaker else (),
        )
        # the export's file name ("Journal.txt") says diary of every entry: each entry is
        # asked by its own title and text
        no_talk = (not speaker and _untitled(title)) or about_no_talk(
            replace(entry_note, path=entry_path), entry_note.body
        )
        for entry in read(entry_note, own, no_talk):
            hint = entry.day_hint
            if hint is None or not hint[:1].isdigit():
                hint = part.day
            if entry.id.endswith(("#note", "#intro")):
                # by its day and title, not its place in the file: an entry added above it
                # (or a second "Standup" on another day) moves no annotation
                entry = replace(entry, id=f"{note.path}#{part.day}-{slug(title[:60])}")
            base = entry.id
            number = 1
            while entry.id in ids or (number > 1 and f"{base}~{number}" in ids):
                number += 1
                entry = replace(entry, id=f"{base}~{number}")
            ids.add(entry.id)
            entries.append(replace(entry, day_hint=hint))
    return entries


def _untitled(first: str) -> bool:
    """An entry that opens with its text, not a title: a sentence that ends as one, or a
    line too long to be a title ("BBQ with the Lisbon crowd. Brisket worth the line.")."""
    return len(first) > _LONGEST_TITLE or first.endswith((".", "!", "。"))
