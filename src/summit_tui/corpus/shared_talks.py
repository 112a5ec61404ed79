"""The event a note naming none was at, by the talks it shares with notes that name one.

A volunteer's room log (`E104 čtvrtek.md`: "## 10:30 Rust in the Linux kernel — Ondřej
Svoboda", "## 11:30 eBPF observability without tears — …") or a colleague's page of talk
headings names no conference: the talks it heads are written, word for word, in the notes of
the one event they were given at. Two such titles found in one event's notes (and more than
in any other's) place the note there.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from summit_tui.corpus.model import Note
from summit_tui.corpus.names import heading_title
from summit_tui.corpus.phone_lines import TIMED_LINE, timed_talk
from summit_tui.corpus.room_codes import split_room

_HEADING_LINE = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+)$", re.MULTILINE)
_MIN_TITLE = 12  # letters: "Lunch", "Keynote", "Q&A" name no one talk
_MAX_TITLES = 8  # headings of a note looked for elsewhere
_MIN_SHARED = 2  # one shared title may be a generic one ("Opening keynote")


def talk_titles(note: Note) -> list[str]:
    """The titles of the note's headings that may name one talk, as written: without the
    time before them, the room beside them or the speaker after them."""
    found: list[str] = []
    body = note.body[:20_000]
    headings = _HEADING_LINE.findall(body)
    if not headings:  # a phone's note: "09:00 Title - Speaker" lines
        headings = [timed["text"] for line in body.split("\n") if (timed := _timed(line))]
    for heading in headings:
        title = split_room(heading_title(heading.strip().strip("#").strip())[0])[0]
        if len(title) >= _MIN_TITLE and " " in title and title not in found:
            found.append(title)
            if len(found) == _MAX_TITLES:
                break
    return found


def _timed(line: str) -> re.Match[str] | None:
    return TIMED_LINE.match(line) if timed_talk(line) else None


def event_by_talks(note: Note, bodies: Mapping[str, Iterable[str]]) -> str | None:
    """The one event (of ``bodies``: event id → its notes' bodies) whose notes write at
    least two of this note's talk titles, more than any other event's do; None if none."""
    titles = talk_titles(note)
    if len(titles) < _MIN_SHARED:
        return None
    shared: Counter[str] = Counter()
    for event_id, texts in bodies.items():
        texts = list(texts)
        shared[event_id] = sum(1 for t in titles if any(t in body for body in texts))
    best = shared.most_common(2)
    if not best or best[0][1] < _MIN_SHARED or (len(best) > 1 and best[1][1] == best[0][1]):
        return None
    return best[0][0]
