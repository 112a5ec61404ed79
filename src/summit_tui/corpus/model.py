"""The corpus model: frozen dataclasses shared by every part of summit-tui.

Nothing here imports Textual, Rich, YAML or rapidfuzz: the model is plain data that
pickles (for the load cache) and serialises to JSON (for the CLI).

Line numbers are 1-based and count lines of the *file* (frontmatter included), so an
editor opened at ``Entry.start_line`` lands on the entry's first line.
Paths (``Note.path``, ``Entry.note``, ``Problem.path``) are POSIX paths relative to
the notes folder.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import chain
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summit_tui.corpus.passages import Passage, PassageMemo


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class EntryKind(StrEnum):
    SESSION = "session"
    BOOTH = "booth"
    OTHER = "other"


class ItemKind(StrEnum):
    SESSION = "session"
    BOOTH = "booth"


class LinkReason(StrEnum):
    EXPLICIT = "explicit"  # frontmatter `links:` or an id written in the note
    TITLE = "title"
    SPEAKER = "speaker"
    ALIAS = "alias"
    MENTION = "mention"  # the item's name appears in the entry's body
    INFERRED = "inferred"  # grouped into an inferred item (no program file)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with an input, reported instead of raised."""

    path: str
    line: int | None
    severity: Severity
    message: str
    action: str = ""  # what was done about it, e.g. "body loaded without frontmatter"


@dataclass(frozen=True, slots=True)
class Note:
    """One Markdown file, by one author."""

    path: str
    title: str
    author: str
    author_guessed: bool
    body: str  # text after the frontmatter, newlines normalised to "\n"
    body_line: int  # file line number of the first body line
    event: str | None = None  # event id or title as written in the frontmatter
    date: str | None = None  # ISO date (YYYY-MM-DD) of the event day, when known
    source: str | None = None
    lang: str | None = None
    track: str | None = None
    tags: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    links: tuple[tuple[str, str], ...] = ()  # (heading text, item id) overrides
    encoding: str = "utf-8"
    mtime_ns: int = 0
    size: int = 0
    # What the note says about its event and day, weighed across notes by corpus.events
    # (see corpus.metadata): nothing here is decided yet.
    # how `date` was given: "event" (event_date), "timed", "plain", "created" (an app's stamp),
    # "edited" (an app's last-edited stamp: a clue to the event, never the note's day)
    date_kind: str = ""
    published: bool = True  # False: `published: false` or `draft: true`
    author_source: str = ""  # frontmatter, text (a 작성자:/By line), source (a blog URL), file
    event_names: tuple[str, ...] = ()  # names of its event, strongest evidence first
    event_sources: tuple[str, ...] = ()  # where each was found: frontmatter, folder, title …
    event_kind: str | None = None  # "Seminar", "Conference" … when no name is given
    dates: tuple[str, ...] = ()  # days it says it is about: ISO, or "--MM-DD" without a year
    mentioned_dates: tuple[str, ...] = ()  # other dates in its first lines (weaker)
    span: tuple[str, str] | None = None  # the event's first and last day, when it says
    day_number: int | None = None  # "Day 2" in its title or folders
    day_of_talks: bool = False  # that day is counted among the days with talks ("Day 1 of talks")
    # the weekday named beside that number ("siku ya 3 - Jumatano"): it wins over the count
    day_weekday: int | None = None
    weekdays: tuple[int, ...] = ()  # "Thursday afternoon's panel": 0 = Monday
    talk_title: str | None = None  # a "Title :" line
    stamp: int | None = None  # seconds since 1970, when `date` was read from an epoch stamp
    # (N, date) for each heading or table row naming "Day N" beside its date: where Day 1 is
    named_days: tuple[tuple[int, str], ...] = ()
    utc_offset: int | None = None  # minutes east of UTC its frontmatter date was written in
    # whether its body may be a chat's export (chat_export.may_be_chat), asked once by the
    # loader for the segmenter too; None: not asked (a note made otherwise)
    chat_like: bool | None = None

    def __hash__(self) -> int:  # the body may be stored encoded: not decoded to hash
        return hash((self.path, self.title, self.author, self.mtime_ns, self.size))


@dataclass(frozen=True, slots=True)
class Entry:
    """One part of one note about one thing (a talk, a booth, or free text)."""

    id: str  # "<note path>#<heading path slug>", stable across reloads
    note: str  # Note.path
    author: str
    title: str  # the name this entry goes by: heading text, or a booth bullet's name
    heading_path: tuple[str, ...]  # enclosing headings, outermost first, ending with title
    kind: EntryKind
    start_line: int
    end_line: int  # inclusive
    text: str  # the Markdown source of lines start_line..end_line
    speakers: tuple[str, ...] = ()
    # The day its headings name ("Day 2" → "day:2", "11월 5일" → "--11-05"), resolved
    # against its event's days by corpus.events; None: the note's day.
    day_hint: str | None = None

    # Equality and hashing look at the cheap fields first: ``text`` may be stored as a
    # span of its note's body (see below) and is only decoded when all else is equal.
    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Entry)
        return (
            self.id == other.id
            and self.note == other.note
            and self.author == other.author
            and self.title == other.title
            and self.heading_path == other.heading_path
            and self.kind == other.kind
            and self.start_line == other.start_line
            and self.end_line == other.end_line
            and self.speakers == other.speakers
            and self.day_hint == other.day_hint
            and (_same_span(self, other) or self.text == other.text)
        )

    def __hash__(self) -> int:
        return hash((self.id, self.note, self.start_line, self.end_line))


# -- compact text ---------------------------------------------------------------------------
# A large corpus is mostly text: every note's body, and again every entry's text, a span
# of that body. Mixed Korean and English text also takes 2 bytes a character as a str.
# So ``Note.body`` may be stored as its UTF-8 bytes and ``Entry.text`` as a span of those
# bytes, (body, begin, end): both read as ``str`` as ever, decoded when read. Only the
# parse cache (corpus/cache.py) stores them that way; the constructors take ``str``.

StoredText = str | tuple[bytes, int, int]
_ENTRY_TEXT = Entry.__dict__["text"]  # the slots themselves, under the properties below
_NOTE_BODY = Note.__dict__["body"]


def _entry_text(entry: Entry) -> str:
    value = _ENTRY_TEXT.__get__(entry, Entry)
    if type(value) is str:
        return value
    source, begin, end = value
    return source[begin:end].decode("utf-8")


def _note_body(note: Note) -> str:
    value = _NOTE_BODY.__get__(note, Note)
    return value if type(value) is str else value.decode("utf-8")


def _same_span(a: Entry, b: Entry) -> bool:
    mine = _ENTRY_TEXT.__get__(a, Entry)
    return type(mine) is tuple and mine == _ENTRY_TEXT.__get__(b, Entry)


Entry.text = property(  # type: ignore[assignment,misc]
    _entry_text, _ENTRY_TEXT.__set__, doc="the Markdown source of lines start_line..end_line"
)
Note.body = property(  # type: ignore[assignment,misc]
    _note_body, _NOTE_BODY.__set__, doc='text after the frontmatter, newlines normalised to "\\n"'
)


def stored_text(entry: Entry) -> StoredText:
    """An entry's text as stored: a str, or a (UTF-8 body, begin, end) span."""
    return _ENTRY_TEXT.__get__(entry, Entry)


def entry_text_utf8(entry: Entry) -> bytes:
    """``entry.text.encode("utf-8", "surrogatepass")``, without decoding a stored span
    first: to hash or compare many entries' texts, e.g. to fingerprint a corpus."""
    value = _ENTRY_TEXT.__get__(entry, Entry)
    if type(value) is str:
        return value.encode("utf-8", "surrogatepass")
    source, begin, end = value
    return source[begin:end]


def stored_body(note: Note) -> str | bytes:
    """A note's body as stored: a str, or its UTF-8 bytes."""
    return _NOTE_BODY.__get__(note, Note)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()  # other spellings, e.g. the Korean transliteration


@dataclass(frozen=True, slots=True)
class Item:
    """One session or booth: the unit the user browses, compares and annotates."""

    id: str
    kind: ItemKind
    title: str
    event: str  # Event.id
    day: str | None  # Day.date: ISO, "Day N" (numbered, date unknown) or None (day unknown)
    track: str  # Track.name
    titles: tuple[str, ...] = ()  # other titles, e.g. the English one of a Korean talk
    speakers: tuple[Person, ...] = ()
    aliases: tuple[str, ...] = ()
    number: int | None = None  # the program's running number, when it has one
    type: str | None = None  # keynote, panel, talk, booth, workshop ...
    start: str | None = None  # ISO datetime with offset
    duration: str | None = None  # "HH:MM"
    room: str | None = None
    abstract: str | None = None
    url: str | None = None
    inferred: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        """Every name this item goes by: titles and aliases."""
        return (self.title, *self.titles, *self.aliases)


@dataclass(frozen=True, slots=True)
class Track:
    name: str
    items: tuple[Item, ...] = ()


@dataclass(frozen=True, slots=True)
class Day:
    # ISO date; "Day 2" for the second day of an event whose dates no note gives (the day is
    # told apart from the others, its date is not known); None for "Day unknown"
    date: str | None
    label: str  # "Day 1 · 2024-11-04"
    tracks: tuple[Track, ...] = ()


def numbered_day(number: int) -> str:
    """The key of the Nth day of an event whose dates are unknown: ``Day.date`` and
    ``Item.day`` hold it where a date would be."""
    return f"Day {number}"


def day_date(day: str | None) -> str | None:
    """A day key's ISO date; None for a numbered day without one ("Day 2") or no day."""
    return day if day and day[:1].isdigit() else None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    title: str
    days: tuple[Day, ...] = ()
    aliases: tuple[str, ...] = ()
    time_zone: str | None = None
    venue: str | None = None

    def day_numbers(self) -> tuple[int | None, ...]:
        """The number a user types for each day (``day:2``, ``--day 2``): the one its label
        shows ("Day 0 · 2024-04-14" is 0, so a workshop day before Day 1 moves no number), or
        its place when no day's label shows one; None for a day shown by its date alone beside
        numbered ones."""
        shown = tuple(shown_day_number(day.label) for day in self.days)
        if any(number is not None for number in shown):
            return shown
        return tuple(range(1, len(self.days) + 1))


def shown_day_number(label: str) -> int | None:
    """The N of a day's label "Day N" or "Day N · <date>"."""
    if not label.startswith("Day "):
        return None
    number = label[4:].split(" ", 1)[0]
    return int(number) if number.isdecimal() and number.isascii() else None


@dataclass(frozen=True, slots=True)
class Program:
    events: tuple[Event, ...] = ()
    source: str | None = None  # program file path, None when inferred
    inferred: bool = False
    # A program file's, with items it does not list inferred from the notes beside its own
    # (corpus.unlisted): only the notes those items come from cannot be read again alone
    # (corpus.update.unlisted_sources).
    extended: bool = False

    def items(self) -> Iterator[Item]:
        for event in self.events:
            for day in event.days:
                for track in day.tracks:
                    yield from track.items

    def event(self, event_id: str) -> Event | None:
        return next((e for e in self.events if e.id == event_id), None)


@dataclass(frozen=True, slots=True)
class Candidate:
    item_id: str
    score: float


@dataclass(frozen=True, slots=True)
class Link:
    """Entry → item, with the score (0–100) and why."""

    entry_id: str
    item_id: str | None  # None: below the threshold, the entry is unsorted
    score: float
    reason: LinkReason | None
    candidates: tuple[Candidate, ...] = ()  # best alternatives, for `check`


def _freeze(mapping: dict) -> Mapping:
    return MappingProxyType(mapping)


@dataclass(frozen=True, slots=True)
class Corpus:
    """Everything loaded from one notes folder. Build it with ``corpus.build``."""

    root: str  # absolute notes folder
    notes: tuple[Note, ...]
    entries: tuple[Entry, ...]
    program: Program
    links: Mapping[str, Link]  # by entry id
    problems: tuple[Problem, ...] = ()
    _items: Mapping[str, Item] = field(init=False, repr=False, compare=False)
    _by_item: Mapping[str, tuple[Entry, ...]] = field(init=False, repr=False, compare=False)
    _notes: Mapping[str, Note] = field(init=False, repr=False, compare=False)
    _entries: Mapping[str, Entry] = field(init=False, repr=False, compare=False)
    _passages: PassageMemo = field(init=False, repr=False, compare=False)
    _writers: dict[str, str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        from summit_tui.corpus.passages import PassageMemo

        items = {item.id: item for item in self.program.items()}
        by_item: dict[str, list[Entry]] = {}
        for entry in self.entries:
            item_id = self.linked_item_id(entry.id)
            if item_id is not None:
                by_item.setdefault(item_id, []).append(entry)
        object.__setattr__(self, "_items", _freeze(items))
        object.__setattr__(self, "_by_item", _freeze({k: tuple(v) for k, v in by_item.items()}))
        object.__setattr__(self, "_notes", _freeze({n.path: n for n in self.notes}))
        object.__setattr__(self, "_entries", _freeze({e.id: e for e in self.entries}))
        object.__setattr__(self, "_passages", PassageMemo())
        object.__setattr__(self, "_writers", None)

    def __getstate__(self) -> dict:
        return {
            "root": self.root,
            "notes": self.notes,
            "entries": self.entries,
            "program": self.program,
            "links": dict(self.links),
            "problems": self.problems,
        }

    def __setstate__(self, state: dict) -> None:
        for key, value in state.items():
            object.__setattr__(self, key, value)
        Corpus.__post_init__(self)

    def item(self, item_id: str) -> Item | None:
        """The item with this id, typed as written or as ids are folded (ids are case-folded:
        Greek's final sigma is a sigma there, `κλείνοντας` is the item `κλείνοντασ`)."""
        item = self._items.get(item_id)
        if item is None and (folded := item_id.casefold()) != item_id:
            item = self._items.get(folded)
        return item

    def note(self, path: str) -> Note | None:
        return self._notes.get(path)

    def entry(self, entry_id: str) -> Entry | None:
        return self._entries.get(entry_id)

    def items(self) -> Iterator[Item]:
        return self.program.items()

    def passages(self, entry: Entry | str) -> tuple[Passage, ...]:
        """An entry's passages (given the entry or its id), in reading order.

        The one place passages come from: split once per entry and memoised (within a
        bound, see ``PassageMemo``); safe to call from worker threads. An unknown id
        has none.
        """
        if isinstance(entry, str):
            found = self._entries.get(entry)
            if found is None:
                return ()
            entry = found
        return self._passages.passages(entry)

    def passages_ready(self, entry: Entry) -> bool:
        """Whether ``passages(entry)`` would answer at once (already memoised)."""
        return self._passages.cached(entry) is not None

    def entries_for(self, item_id: str) -> tuple[Entry, ...]:
        """The entries linked to an item, in note order then line order."""
        return self._by_item.get(item_id, ())

    def authors_for(self, item_id: str) -> tuple[str, ...]:
        """Distinct authors who wrote about an item, in first-seen order."""
        return tuple(dict.fromkeys(e.author for e in self.entries_for(item_id)))

    def writer(self, author: str) -> str:
        """How an author key is shown in every view: the writer's name, or for notes no
        one is named the writer of, where they are marked as no author (``corpus.writers``)."""
        known = self._writers
        if known is None:
            from summit_tui.corpus.writers import unknown_writers

            known = unknown_writers(self.notes)
            object.__setattr__(self, "_writers", known)
        return known.get(author, author)

    def known_writer(self, author: str) -> bool:
        """Whether an author key names a person (not a note's place, see ``writer``)."""
        return self.writer(author) == author

    def unsorted(self) -> tuple[Entry, ...]:
        """Entries that belong to no item."""
        # The entries of every item are the linked ones (``_by_item`` is made from the
        # links): no link looked up one by one (about 3× faster at 10,000 notes).
        linked = set(map(id, chain.from_iterable(self._by_item.values())))
        return tuple(e for e in self.entries if id(e) not in linked)

    def link(self, entry_id: str) -> Link | None:
        return self.links.get(entry_id)

    def link_score(self, entry_id: str) -> tuple[float, LinkReason | None] | None:
        """An entry's link score and reason, without making its Link (as
        ``linked_item_id``); None for an entry the corpus does not hold."""
        score_of = getattr(self.links, "score_of", None)
        if score_of is not None:
            return score_of(entry_id)
        link = self.links.get(entry_id)
        return (link.score, link.reason) if link is not None else None

    def link_candidates(self, entry_id: str) -> list[tuple[str, float]]:
        """``(item_id, score)`` of each candidate of an entry's link, in its order, without
        making the Link (as ``link_score``); none for an entry without a link."""
        candidates_of = getattr(self.links, "candidates_of", None)
        if candidates_of is not None:
            return candidates_of(entry_id)
        link = self.links.get(entry_id)
        return [(c.item_id, c.score) for c in link.candidates] if link is not None else []

    def link_scores(self) -> dict[str, tuple[float, LinkReason | None]]:
        """Every linked entry's score and reason by entry id, in one go (for listing every
        entry: one lookup per entry in the columns the cache keeps, no Link made)."""
        scores = getattr(self.links, "scores", None)
        if scores is not None:
            return scores()
        return {entry_id: (link.score, link.reason) for entry_id, link in self.links.items()}

    def linked_item_id(self, entry_id: str) -> str | None:
        """The item an entry is linked to, without making its Link (links read from the
        cache make Link objects only for the entries whose link is looked at)."""
        item_id_of = getattr(self.links, "item_id_of", None)
        if item_id_of is not None:
            return item_id_of(entry_id)
        link = self.links.get(entry_id)
        return link.item_id if link is not None else None
