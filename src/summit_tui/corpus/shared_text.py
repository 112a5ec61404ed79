"""One copy of each repeated string of a corpus (issue 18: peak memory).

Notes parsed in worker processes arrive one pickle at a time, so what many notes say
alike arrives as many equal strings: the author, event, date, language and tags of each
note, the speakers and titles of talks several people wrote about, an entry's title and
the last of its headings. A table per load keeps the first of each and makes every
later equal string, and every equal tuple of strings, that same object. In place, as
``cache.compact`` does: the objects read exactly as before. The parse cache then pickles
each shared string once, so a warm start reads fewer objects too.
"""

from __future__ import annotations

from collections.abc import Iterable

from summit_tui.corpus.model import Entry, Note

# Fields holding a str (or None), and fields holding a tuple of str.
_NOTE_TEXT = (
    "path",
    "title",
    "author",
    "event",
    "date",
    "source",
    "lang",
    "track",
    "encoding",
    "date_kind",
    "author_source",
    "event_kind",
    "talk_title",
)
_NOTE_TUPLES = (
    "tags",
    "speakers",
    "aliases",
    "event_names",
    "event_sources",
    "dates",
    "mentioned_dates",
)
_ENTRY_TEXT = ("note", "author", "title", "day_hint")
_ENTRY_TUPLES = ("heading_path", "speakers")


def _slots(cls: type, names: tuple[str, ...]) -> tuple[tuple[object, object], ...]:
    """(get, set) of each named slot: its own descriptor, past the frozen __setattr__."""
    return tuple((cls.__dict__[n].__get__, cls.__dict__[n].__set__) for n in names)


_NOTE_TEXT_SLOTS = _slots(Note, _NOTE_TEXT)
_NOTE_TUPLE_SLOTS = _slots(Note, _NOTE_TUPLES)
_ENTRY_TEXT_SLOTS = _slots(Entry, _ENTRY_TEXT)
_ENTRY_TUPLE_SLOTS = _slots(Entry, _ENTRY_TUPLES)


class SharedText:
    """The strings and string tuples of one load, each kept once."""

    __slots__ = ("_strings", "_tuples")

    def __init__(self) -> None:
        self._strings: dict[str, str] = {}
        self._tuples: dict[tuple[str, ...], tuple[str, ...]] = {}

    def text(self, value: str) -> str:
        return self._strings.setdefault(value, value)

    def texts(self, values: tuple[str, ...]) -> tuple[str, ...]:
        if not values:
            return values
        keep = self._strings.setdefault  # ``text`` of each, without a Python call each
        shared = tuple(map(keep, values, values))
        return self._tuples.setdefault(shared, shared)

    def share(self, note: Note, entries: Iterable[Entry]) -> None:
        """Make ``note``'s and its ``entries``' strings the table's own."""
        self._share(note, _NOTE_TEXT_SLOTS, _NOTE_TUPLE_SLOTS)
        for entry in entries:
            self._share(entry, _ENTRY_TEXT_SLOTS, _ENTRY_TUPLE_SLOTS)

    def remember(self, note: Note, entries: Iterable[Entry]) -> None:
        """Make ``note``'s and its ``entries``' strings the table's, where it has none
        equal yet, without touching them (a note of a corpus in use)."""
        self._remember(note, _NOTE_TEXT_SLOTS, _NOTE_TUPLE_SLOTS)
        for entry in entries:
            self._remember(entry, _ENTRY_TEXT_SLOTS, _ENTRY_TUPLE_SLOTS)

    def _remember(self, obj: object, texts: tuple, tuples: tuple) -> None:
        strings, kept = self._strings, self._tuples
        for get, _ in texts:
            value = get(obj)
            if type(value) is str:
                strings.setdefault(value, value)
        for get, _ in tuples:
            value = get(obj)
            if value and type(value) is tuple:
                try:
                    kept.setdefault(value, value)
                    for text in value:
                        strings.setdefault(text, text)
                except TypeError:  # not strings after all (unhashable)
                    continue

    def _share(self, obj: object, texts: tuple, tuples: tuple) -> None:
        keep = self._strings.setdefault
        for get, put in texts:
            value = get(obj)
            if type(value) is str and (shared := keep(value, value)) is not value:
                put(obj, shared)
        for get, put in tuples:
            value = get(obj)
            if value and type(value) is tuple:
                try:
                    shared = self.texts(value)
                except TypeError:  # not strings after all (unhashable): left as it is
                    continue
                if shared is not value:
                    put(obj, shared)
