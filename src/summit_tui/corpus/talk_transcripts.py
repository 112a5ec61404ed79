"""A talk recorded from the audience and saved by a transcription tool: one person speaks.

Otter, Teams and Zoom save a recording as text, a turn under each line naming who speaks and
when (corpus.transcripts). A talk's recording is mostly its speaker's words, with a host's
welcome and a few questions from the room ("Cilium in production" over "Marco Bianchi  0:03"
turns); a meeting's (a team's weekly sync) shares them out among its people. A recording whose
title names no talk's kind is still the talk its title names when one voice says most of it.
"""

from __future__ import annotations

from collections import Counter

from summit_tui.corpus.model import Entry, EntryKind, Note
from summit_tui.corpus.part_entries import make_entry
from summit_tui.corpus.transcripts import turn_label, turn_speaker

_MIN_TURNS = 3
_MOST_WORDS = 0.7  # of a talk's words, its speaker says this share at least
# the words the tools label an unnamed voice with: no speaker's name
_UNNAMED = ("Speaker", "Unknown", "Audience", "Participant", "Guest")


def recorded_talk(note: Note, lines: list[str]) -> list[Entry] | None:
    """The whole recording as one talk (see the module's docstring), or None."""
    words: Counter[str] = Counter()
    voice = ""
    turns = 0
    for line in lines:
        if (line[:1].isalpha() or line[:1] == "[") and turn_label(line):
            voice = turn_speaker(line)
            turns += 1
        elif voice:
            words[voice] += len(line.split())
    if turns < _MIN_TURNS or len(words) < 2:
        return None
    (speaker, said), *_ = words.most_common(1)
    if said < _MOST_WORDS * sum(words.values()):
        return None
    named = () if speaker.startswith(_UNNAMED) else (speaker,)
    made = make_entry(note, lines, EntryKind.SESSION, note.title, (note.title,), 0, len(lines),
                      named, "note")  # fmt: skip
    return [made] if made is not None else None
