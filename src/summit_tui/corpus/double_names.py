"""One conference under a double name: "PyCon DE & PyData Berlin 2024", "JSConf & NodeConf
Amsterdam 2025", "PyCon DE و PyData Berlin" in a Persian title. The event names a note gives
are the halves ("PyCon DE", "PyData Berlin 2024"); this finds the name written before a joining
word, so that notes naming either half ("PyCon DE 2024", "JSConf Amsterdam 2025") join the
one event where a note in the folder writes the double name.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from summit_tui.corpus.event_names import event_key
from summit_tui.corpus.model import Note
from summit_tui.lazy_re import lazy

# The joining word just before the second name: "&", "+", "and"/"und"/"et"/"e"/"y", Persian and
# Arabic "و", and up to three Latin name words before it (the first name)
_LEFT = lazy(
    r"(?P<left>(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)\s*(?:&|\+|\b(?:and|und|et|e|y)\b|و)\s*$"
)
_JOINERS = ("&", "+", " and ", " und ", " et ", " e ", " y ", "و")


@dataclass(frozen=True, slots=True)
class DoubleName:
    shown: str  # "PyCon DE & PyData Berlin 2024", whatever word joined them
    keys: tuple[str, ...]  # the second name's key, the first's, the first's with the city


def double_names(note: Note) -> Iterator[DoubleName]:
    """Each double name the note writes, with the keys its halves go by (the second name's, the
    first name's, and the first name with the second's city: "jsconfamsterdam")."""
    names = note.event_names
    if not names:
        return
    texts = (note.title or "", note.body[:300])
    if not any(joiner in text for text in texts for joiner in _JOINERS):
        return
    for name in names:
        right = event_key(name)[0]
        first_word = name.split()[0]
        for text in texts:
            at = text.find(first_word)
            if at <= 0:
                continue
            left = _LEFT.search(text, max(0, at - 40), at)
            if left is None:
                continue
            left_key = event_key(left["left"])[0]
            head = event_key(first_word)[0]
            if not left_key or left_key == right or not right.startswith(head):
                continue
            tail = right[len(head) :]
            keys = (right, left_key, *((left_key + tail,) if tail else ()))
            yield DoubleName(f"{left['left']} & {name}", keys)
            break
