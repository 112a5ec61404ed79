"""A recorded talk's transcript as transcription tools save it: a line naming who speaks
and when, then what they said (Otter's "Speaker 1  0:09", "Tom Hughes  15:30"; Rev's
"Speaker 2 (01:12):"; Descript's "Anja Berg [00:04:40]"; Zoom's "[Anja Berg] 10:32:05")."""

from __future__ import annotations

from summit_tui.lazy_re import lazy

# who (a name or "Speaker 2": up to four words, each after the first capitalised, a number,
# a surname's particle or "Audience member"), then the time into the recording
_TURN_LABEL = lazy(
    r"^\[?(?P<who>[^\W\d_][^\s:\]]{0,20}(?:[ \t](?:[^\W\d_a-z][^\s:\]]{0,20}|\d{1,2}|van|von|de"
    r"|da|del|der|di|le|la|bin|al|member|speaker|participant)){0,3})\]?[ \t]+"
    r"(?:\((?:\d{1,2}:)?\d{1,2}:\d{2}\)|\[(?:\d{1,2}:)?\d{1,2}:\d{2}\]|(?:\d{1,2}:)?\d{1,2}:\d{2}):?$"
)
_LONGEST_LABEL = 56


def turn_label(line: str) -> bool:
    """Whether a line only names who speaks and when, as a transcript's turn opens."""
    line = line.rstrip()
    return len(line) <= _LONGEST_LABEL and _TURN_LABEL.match(line) is not None


def turn_speaker(line: str) -> str:
    """Who a turn's label names ("Speaker 1", "Tom Hughes"); "" for a line that is none."""
    found = _TURN_LABEL.match(line.rstrip())
    return found["who"] if found is not None else ""
