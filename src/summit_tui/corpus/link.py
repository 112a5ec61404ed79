"""Entry → program item: scoring with rapidfuzz (inferring items without a program is infer.py).

Each entry is scored on its own (so links can be cached per note) against the items
of its note's event and of its kind (booth entries only against booths):

* explicit — the note's frontmatter ``links: {"heading text": item-id}``;
* title / alias — the entry's title (numbering and a trailing "(Speaker)" removed)
  against every title, other-language title and alias of the item;
* speaker — the speakers the entry names against the item's speakers and their
  aliases, so "Rani Borakr" still finds Rani Borkar and a Korean-titled talk finds
  the English-titled one; a keynote speaker outranks the same person on a panel;
* mention — as a last resort, the one item whose name the entry's text mentions.

Below ``THRESHOLD`` the entry stays unsorted and keeps its best candidates. The
program's names are normalised once per program (``program_index``); the per-entry
work is a few ``rapidfuzz.process.extract`` calls over those prepared lists.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import starmap

from rapidfuzz import fuzz, process

from summit_tui.corpus.cache import fast_maker
from summit_tui.corpus.event_names import event_key, without_company
from summit_tui.corpus.model import (
    Candidate,
    Entry,
    EntryKind,
    Item,
    ItemKind,
    Link,
    LinkReason,
    Note,
    Program,
)
from summit_tui.corpus.name_scan import NameScan
from summit_tui.corpus.names import (
    containment,
    normalize,
    split_title,
    squash,
    title_parts,
    title_variants,
    without_moderators,
)
from summit_tui.corpus.sounds import consonant_key
from summit_tui.corpus.speakers import name_spellings
from summit_tui.lazy_re import lazy

THRESHOLD = 60.0
CANDIDATES = 3
_TITLE_CUTOFF = 50.0
_SPEAKER_CUTOFF = 80.0
_MENTION_SCORE = 65.0
_NUMBER_BONUS = 10.0
_LIMIT = 6  # best names per rapidfuzz call: enough for the winner and the candidates
# Inference compares each entry with the items found so far: quadratic when one folder (or
# one note) holds thousands of different talks or booths. Past this many names, an entry is
# compared only with the names sharing a word or a word's start with it, at most
# _PER_KEY of the latest per word: near linear, and the same results below it.
_BLOCK_FROM = 2_000
_PER_KEY = 64
# A program's names are a fixed list, but scoring every entry against every one of them
# grows as entries × items. Past this many names, an entry's title and its speakers are
# scored only against the names sharing a word, or a word's first three characters, with
# them (found in an index made once per program subset): the same results on every
# corpus the project holds, at a fraction of the work on large programs.
_PROGRAM_BLOCK_FROM = 200
# Where a note's event name is found that says clearly which event it is about.
CLEAR_EVENT_SOURCES = frozenset(("frontmatter", "fact", "folder", "title", "tags"))
_EVENT_PREFIX = 5  # as corpus.events: a shorter event key is a prefix of a longer one


# -- title lists -----------------------------------------------------------------------------


@dataclass
class TitleList:
    """Normalised titles prepared once for rapidfuzz: as written, tokens sorted, squashed."""

    norms: list[str] = field(default_factory=list)
    sorted: list[str] = field(default_factory=list)
    squashed: list[str] = field(default_factory=list)
    by_word: dict[str, list[int]] = field(default_factory=dict)
    by_first_word: dict[str, list[int]] = field(default_factory=dict)
    blocking: bool = False  # an inference group's: it grows with the notes (see _BLOCK_FROM)
    keyed: bool = False  # a program's: scored by key past _PROGRAM_BLOCK_FROM names
    blocks: dict[str, list[int]] = field(default_factory=dict)

    def add(self, norm: str) -> int:
        position = len(self.norms)
        words = norm.split()
        self.norms.append(norm)
        self.sorted.append(" ".join(sorted(words)))
        self.squashed.append(norm.replace(" ", ""))
        for word in set(words):
            self.by_word.setdefault(word, []).append(position)
        self.by_first_word.setdefault(words[0], []).append(position)
        if self.blocking:
            _add_blocks(self.blocks, norm, position)
        elif self.keyed:
            _add_program_keys(self.blocks, norm, position)
        return position

    def blocked(self) -> bool:
        return self.blocking and len(self.norms) >= _BLOCK_FROM

    def candidates(self, query: str) -> list[int] | None:
        """The names worth scoring against ``query``, by position; None: all of them."""
        if self.blocked():
            return _likely(self.blocks, query)
        if self.keyed and len(self.norms) >= _PROGRAM_BLOCK_FROM:
            return _sharing(self.blocks, query)
        return None

    def scores(self, query: str) -> dict[int, float]:
        """Title similarity (see names.title_similarity) of the best titles, by position."""
        found: dict[int, float] = {}
        words = query.split()
        if not words or not self.norms:
            return found
        picked = self.candidates(query)
        for text, names in ((query, self.norms), (" ".join(sorted(words)), self.sorted)):
            choices = names if picked is None else {p: names[p] for p in picked}
            for _, score, position in process.extract(
                text, choices, scorer=fuzz.ratio, limit=_LIMIT, score_cutoff=_TITLE_CUTOFF
            ):
                if score > found.get(position, 0.0):
                    found[position] = score
        short = query.replace(" ", "")
        if len(short) < 4 or max(found.values(), default=0.0) >= 90:
            return found
        # A title inside another ("AI 반도체와 인프라의 진화" in "패널토의: AI 반도체와 ...").
        latest = -_PER_KEY if self.blocked() else 0  # (0: the whole list)
        nearby = set(self.by_word.get(words[0], [])[latest:])
        for word in words:
            nearby.update(self.by_first_word.get(word, [])[latest:])
        for position in nearby:
            score = containment(short, self.squashed[position])
            if score > found.get(position, 0.0):
                found[position] = score
        return found


def _block_keys(norm: str) -> set[str]:
    """A name's words, and the first three characters of its longer words (so a typo
    further on still shares a key)."""
    keys = set()
    for word in norm.split():
        keys.add(word)
        if len(word) > 3:
            keys.add(word[:3] + "…")
    return keys


def _add_blocks(blocks: dict[str, list[int]], norm: str, position: int) -> None:
    for key in _block_keys(norm):
        blocks.setdefault(key, []).append(position)


def _program_keys(norm: str) -> set[str]:
    """A program name's words, and the first and last three characters of its words (so
    a typo, a particle or the other half of a compound still shares a key)."""
    keys = set()
    for word in norm.split():
        keys.add(word)
        if len(word) >= 3:
            keys.add(word[:3] + "…")
            keys.add("…" + word[-3:])
    return keys


def _add_program_keys(blocks: dict[str, list[int]], norm: str, position: int) -> None:
    for key in _program_keys(norm):
        blocks.setdefault(key, []).append(position)


def _sharing(blocks: Mapping[str, list[int]], query: str) -> list[int]:
    """The names sharing a key with ``query``, every one of them, in list order."""
    picked: set[int] = set()
    for key in _program_keys(query):
        picked.update(blocks.get(key, ()))
    return sorted(picked)


def _likely(blocks: Mapping[str, list[int]], query: str) -> list[int]:
    """The names worth scoring against ``query``: sharing a key, the latest of each key."""
    picked: set[int] = set()
    for key in _block_keys(query):
        picked.update(blocks.get(key, [])[-_PER_KEY:])
    return sorted(picked)


# -- the prepared program --------------------------------------------------------------------


# What linking decided for an entry: item id (None: unsorted), score, reason, candidates.
_Decision = tuple[str | None, float, LinkReason | None, tuple[Candidate, ...]]


@dataclass
class _Subset:
    """The names of the items one entry may link to (one event, one kind)."""

    items: list[int]
    names: TitleList = field(default_factory=lambda: TitleList(keyed=True))  # titles, aliases
    name_owner: list[int] = field(default_factory=list)
    name_alias: list[bool] = field(default_factory=list)
    people: list[str] = field(default_factory=list)  # normalised speaker names and aliases
    person_owner: list[int] = field(default_factory=list)
    person_index: list[int] = field(default_factory=list)  # which speaker of the item
    person_keys: dict[str, list[int]] = field(default_factory=dict)  # key → people positions
    mention: NameScan | None = None
    mention_owner: dict[str, int] = field(default_factory=dict)
    title_cache: dict[str, dict[int, tuple[float, bool]]] = field(default_factory=dict)
    person_cache: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    link_cache: dict[tuple[str, tuple[str, ...]], list[tuple[float, int, LinkReason]]] = field(
        default_factory=dict
    )
    decided: dict[tuple[str, tuple[str, ...]], _Decision] = field(default_factory=dict)
    heard: dict[str, set[int]] | None = None  # consonants of a Latin title → its items

    def forget_scores(self) -> None:
        """Drop what was remembered of the entries scored (the prepared names stay)."""
        self.title_cache.clear()
        self.person_cache.clear()
        self.link_cache.clear()
        self.decided.clear()


class ProgramIndex:
    """A program's items with their names normalised once, for fast repeated matching."""

    def __init__(self, program: Program) -> None:
        self.program = program
        self.items: list[Item] = list(program.items())
        self.positions = {item.id: n for n, item in enumerate(self.items)}
        self.speaker_counts = [max(1, len(item.speakers)) for item in self.items]
        self.event_names: dict[str, str] = {}
        for event in program.events:
            for name in (event.id, event.title, *event.aliases):
                if squash(name):
                    self.event_names.setdefault(squash(name), event.id)
        self.days: dict[str, list[str]] = {}
        for event in program.events:
            for day in event.days:
                if day.date:
                    self.days.setdefault(day.date, []).append(event.id)
        self._subsets: dict[tuple[str | None, ItemKind | None], _Subset] = {}
        self._event_keys: dict[str, list[tuple[str, int | None]]] | None = None
        self._titles: dict[str, set[int]] | None = None
        # a folder's notes name a few events and speakers many times over
        self._named: dict[str, str | None] = {}
        self._spellings: dict[str, tuple[str, ...]] = {}

    def forget_names(self) -> None:
        self._named.clear()
        self._spellings.clear()

    def item(self, item_id: str) -> Item:
        return self.items[self.positions[item_id]]

    def resolve_event(self, note: Note) -> str | None:
        """The event id a note is about: its `event` (id, title or alias), else its date."""
        if note.event:
            key = squash(note.event)
            if key in self.event_names:
                return self.event_names[key]
            best = process.extractOne(
                key, list(self.event_names), scorer=fuzz.ratio, score_cutoff=85
            )
            if best is not None:
                return self.event_names[best[0]]
        if note.date and len(set(self.days.get(note.date, ()))) == 1:
            return self.days[note.date][0]
        if not note.date:
            # the days its text gives ("현지 시간 5월 14일" under a year), all of one event's
            found = {e for day in note.dates for e in self.days.get(day, ())}
            if len(found) == 1:
                return next(iter(found))
        return None

    def same_title(self, entry: Entry, note: Note | None) -> Link | None:
        """A link for an entry of a note about another event whose title is word for word a
        program item's (the event was worked out differently: "What's new in Android" under
        a "구글 I/O" the program calls "Google I/O 2024"), when the note's days, if it gives
        any, are that item's event's. A bare kind ("Keynote", "Q&A") or a title of one word
        names no one talk; a talk given at another event on other days stays its own."""
        if entry.kind is EntryKind.OTHER:
            return None
        if self._titles is None:
            self._titles = {}
            for n, item in enumerate(self.items):
                for name in item.names:
                    self._titles.setdefault(normalize(name), set()).add(n)
        plain = split_title(entry.title)[0] or entry.title
        title = normalize(title_parts(plain)[0] or plain)  # without "(Name)" or "— Name"
        owners = self._titles.get(title, set())
        if len(owners) != 1 or len(title.split()) < 2 or len(title) < 8:
            return None
        owner = next(iter(owners))
        item = self.items[owner]
        if (item.kind is ItemKind.BOOTH) != (entry.kind is EntryKind.BOOTH):
            return None
        days = [day for day in (note.date, *note.dates) if day] if note is not None else []
        if days and not any(item.event in self.days.get(day, ()) for day in days):
            return None
        return Link(entry.id, item.id, 100.0, LinkReason.TITLE)

    def note_event(self, note: Note) -> tuple[str | None, bool]:
        """(the program event a note is about, or None; whether it is about another event).

        The clearest name the note gives (its ``event``, or one from its fact lines,
        folders, title, categories or tags: corpus.metadata) decides: a program event's
        title, id or alias, spelling and year set aside, or close to it. A note that
        clearly names another event is about that event, unless it is dated on a day
        only one program event has. A note that names none clearly: a weaker name it gives
        (its text), else its date (``resolve_event``).
        """
        named = [(note.event, "frontmatter")] if note.event else []
        named += list(zip(note.event_names, note.event_sources, strict=False))
        clear = [name for name, where in named if where in CLEAR_EVENT_SOURCES]
        if clear:
            found = self._event_named(clear[0]) or self.resolve_event(note)
            return found, found is None
        for name, _ in named:
            found = self._event_named(name)
            if found is not None:
                return found, False
        return self.resolve_event(note), False

    def _event_named(self, name: str) -> str | None:
        """The one program event a name is (its key equal to one of the event's names',
        or one a prefix of the other), when the years, if both give one, agree."""
        if name in self._named:
            return self._named[name]
        if len(self._named) > 50_000:
            self._named.clear()
        found = self._named[name] = self._event_of(name)
        return found

    def _event_of(self, name: str) -> str | None:
        if self._event_keys is None:
            self._event_keys = {}
            for event in self.program.events:
                dates = sorted(day.date for day in event.days if day.date)
                for alias in (event.title, event.id, *event.aliases):
                    key, year = event_key(alias)
                    if key:
                        year = int(dates[0][:4]) if dates else year
                        self._event_keys.setdefault(key, []).append((event.id, year))
                    # "I/O 2024" names the program's "Google I/O 2024" (corpus.events)
                    short = without_company(alias)
                    if short is not None and short[0] != key:
                        year = int(dates[0][:4]) if dates else short[1]
                        self._event_keys.setdefault(short[0], []).append((event.id, year))
        key, year = event_key(name)
        if not key:
            return None
        short = without_company(name)
        if short is not None and short[0] in self._event_keys and key not in self._event_keys:
            key, year = short
        hits = {
            event_id
            for other, found in self._event_keys.items()
            if other == key
            or (
                min(len(key), len(other)) >= _EVENT_PREFIX
                and (key.startswith(other) or other.startswith(key))
            )
            for event_id, event_year in found
            if year is None or event_year is None or year == event_year
        }
        return next(iter(hits)) if len(hits) == 1 else None

    def subset(self, event: str | None, kind: ItemKind | None) -> _Subset:
        key = (event, kind)
        found = self._subsets.get(key)
        if found is not None:
            return found
        chosen = [
            n
            for n, item in enumerate(self.items)
            if (event is None or item.event == event) and (kind is None or item.kind == kind)
        ]
        if event is not None and not chosen:
            return self.subset(None, kind)
        subset = _Subset(items=chosen)
        for n in chosen:
            item = self.items[n]
            for position, name in enumerate(item.names):
                norm = normalize(split_title(name)[0]) or normalize(name)
                if norm:
                    subset.names.add(norm)
                    subset.name_owner.append(n)
                    subset.name_alias.append(position > len(item.titles))
            for person_number, person in enumerate(item.speakers):
                for name in (person.name, *person.aliases):
                    norm = normalize(name)
                    if norm:
                        _add_program_keys(subset.person_keys, norm, len(subset.people))
                        subset.people.append(norm)
                        subset.person_owner.append(n)
                        subset.person_index.append(person_number)
        self._subsets[key] = subset
        return subset

    # -- scores ------------------------------------------------------------------------

    def title_scores(self, subset: _Subset, query: str) -> dict[int, tuple[float, bool]]:
        """Best title similarity per item: (score, matched through an alias)."""
        cached = subset.title_cache.get(query)
        if cached is not None:
            return cached
        per_name = subset.names.scores(query)
        result: dict[int, tuple[float, bool]] = {}
        for position, score in per_name.items():
            owner = subset.name_owner[position]
            if score > result.get(owner, (0.0, False))[0]:
                result[owner] = (score, subset.name_alias[position])
        if len(subset.title_cache) > 50_000:
            subset.title_cache.clear()
        subset.title_cache[query] = result
        return result

    def variant_scores(self, subset: _Subset, title: str) -> dict[int, tuple[float, bool]]:
        """Title scores for a raw title, also tried without a trailing "(...)"."""
        best: dict[int, tuple[float, bool]] = {}
        for variant in title_variants(title):
            for owner, scored in self.title_scores(subset, variant).items():
                if scored[0] > best.get(owner, (0.0, False))[0]:
                    best[owner] = scored
        return best

    def speaker_scores(self, subset: _Subset, speakers: Sequence[str]) -> dict[int, float]:
        """Share of the speakers that match, so a keynote beats a panel with the same person."""
        if not speakers or not subset.people:
            return {}
        matched: dict[int, dict[int, float]] = {}  # item → entry speaker → best score
        for number, both in enumerate(speakers):
            for speaker in self._spelled(both):
                for owner, score in self._person_hits(subset, speaker):
                    best = matched.setdefault(owner, {})
                    best[number] = max(best.get(number, 0.0), score)
        return {
            owner: sum(best.values()) / max(len(speakers), self.speaker_counts[owner])
            for owner, best in matched.items()
        }

    def _spelled(self, speaker: str) -> tuple[str, ...]:
        """A speaker's name in each of its forms ("林怡君 (Lin Yi-Chun)": either), normalised."""
        spelled = self._spellings.get(speaker)
        if spelled is None:
            if len(self._spellings) > 50_000:
                self._spellings.clear()
            spelled = tuple(normalize(form) for form in name_spellings(speaker))
            self._spellings[speaker] = spelled
        return spelled

    def _person_hits(self, subset: _Subset, query: str) -> list[tuple[int, float]]:
        """(item, score) for the item speakers a normalised name matches."""
        cached = subset.person_cache.get(query)
        if cached is not None:
            return cached
        hits: list[tuple[int, float]] = []
        if query:
            squashed = query.replace(" ", "")
            people: list[str] | dict[int, str] = subset.people
            if len(people) >= _PROGRAM_BLOCK_FROM:
                people = {p: subset.people[p] for p in _sharing(subset.person_keys, query)}
            for choice, score, position in process.extract(
                query, people, scorer=fuzz.ratio, limit=_LIMIT, score_cutoff=60
            ):
                if score < _SPEAKER_CUTOFF:
                    score = max(score, fuzz.ratio(squashed, choice.replace(" ", "")))
                if score >= _SPEAKER_CUTOFF:
                    hits.append((subset.person_owner[position], score))
        if len(subset.person_cache) > 50_000:
            subset.person_cache.clear()
        subset.person_cache[query] = hits
        return hits

    def mentions(self, subset: _Subset, text: str) -> Counter[int]:
        """How often the entry's text names each item (its names, its speakers)."""
        if subset.mention is None:
            owners: dict[str, int] = {}
            for name, owner in zip(subset.names.norms, subset.name_owner, strict=True):
                owners.setdefault(name, owner)
            for name, owner in zip(subset.people, subset.person_owner, strict=True):
                if " " in name or len(name) >= 3:
                    owners.setdefault(name, owner)
            subset.mention = NameScan(owners)
            subset.mention_owner = owners
        counts: Counter[int] = Counter()
        for name in subset.mention.find(normalize(text)):
            owner = subset.mention_owner.get(name)
            if owner is not None:
                counts[owner] += 1
        return counts

    def strong_match(
        self, title: str, kind: ItemKind | None, event: str | None, threshold: float
    ) -> str | None:
        """The item a title clearly names (used by the segmenter), or None."""
        scores = self.variant_scores(self.subset(event, kind), title)
        if not scores:
            return None
        owner, (score, _) = max(scores.items(), key=lambda pair: pair[1][0])
        return self.items[owner].id if score >= threshold else None

    def first_mention(self, text: str, kind: ItemKind | None, event: str | None) -> str | None:
        """The item named earliest in a text (a booth part that has no heading of its own)."""
        subset = self.subset(event, kind)
        self.mentions(subset, "")
        assert subset.mention is not None
        name = next(subset.mention.find(normalize(text)), None)
        if name is None:
            return None
        owner = subset.mention_owner.get(name)
        return self.items[owner].id if owner is not None else None


_LAST_INDEX: list[ProgramIndex] = []


def forget_scores() -> None:
    """At the end of a load: what the prepared program remembers of the entries it scored
    (about 15 MB at 10,000 notes) is not needed until the next note is linked, and then
    only for that note."""
    for index in _LAST_INDEX:
        for subset in index._subsets.values():
            subset.forget_scores()
        index.forget_names()
    _query.cache_clear()


def program_index(program: Program) -> ProgramIndex:
    """The prepared index of a program, reused while the same program object is passed."""
    if _LAST_INDEX and _LAST_INDEX[0].program is program:
        return _LAST_INDEX[0]
    index = ProgramIndex(program)
    _LAST_INDEX[:] = [index]
    return index


# -- linking ---------------------------------------------------------------------------------


def link_entries(
    entries: Iterable[Entry], notes: Mapping[str, Note], program: Program
) -> dict[str, Link]:
    """A link for every entry (item_id None when nothing is close enough)."""
    index = program_index(program)
    events: dict[str, tuple[str | None, bool]] = {}
    links: dict[str, Link] = {}
    for entry in entries:
        note = notes.get(entry.note)
        if note is not None and entry.note not in events:
            events[entry.note] = index.note_event(note)
        event, elsewhere = events.get(entry.note, (None, False))
        if elsewhere and _explicit(index, entry, note) is None:
            # about another event: not this program's (corpus.unlisted gives it an item),
            # unless its title is word for word one of the program's items on its days
            same = index.same_title(entry, note)
            links[entry.id] = same or Link(entry.id, None, 0.0, None)
        else:
            links[entry.id] = _link_one(index, entry, note, event)
    return links


def _explicit(index: ProgramIndex, entry: Entry, note: Note | None) -> str | None:
    if note is None or not note.links:
        return None
    names = {normalize(entry.title)}
    if entry.heading_path:
        names.add(normalize(entry.heading_path[-1]))
    for heading, item_id in note.links:
        if normalize(heading) in names and item_id in index.positions:
            return item_id
    return None


def _score(
    index: ProgramIndex,
    subset: _Subset,
    title: str,
    number: int | None,
    speakers: Sequence[str],
) -> list[tuple[float, int, LinkReason]]:
    """(score, item, reason) for every item the title or the speakers come close to."""
    titles = index.variant_scores(subset, title)
    people = index.speaker_scores(subset, speakers)
    scored: list[tuple[float, int, LinkReason]] = []
    for owner in titles.keys() | people.keys():
        t, via_alias = titles.get(owner, (0.0, False))
        s = people.get(owner, 0.0)
        high, low = max(t, s), min(t, s)
        score = high + (100.0 - high) * (low / 100.0) * 0.6
        if number is not None and index.items[owner].number == number and high >= 50:
            score += _NUMBER_BONUS
        if t >= s:
            reason = LinkReason.ALIAS if via_alias else LinkReason.TITLE
        else:
            reason = LinkReason.SPEAKER
        scored.append((min(100.0, score), owner, reason))
    return scored


def _link_one(index: ProgramIndex, entry: Entry, note: Note | None, event: str | None) -> Link:
    explicit = _explicit(index, entry, note)
    if explicit is not None:
        return Link(entry.id, explicit, 100.0, LinkReason.EXPLICIT)
    if entry.kind is EntryKind.OTHER:
        return Link(entry.id, None, 0.0, None)
    kind = ItemKind.BOOTH if entry.kind is EntryKind.BOOTH else ItemKind.SESSION
    subset = index.subset(event, kind)
    if not subset.items:
        return Link(entry.id, None, 0.0, None)
    number, speakers = _query(entry.title, tuple(entry.speakers))
    key = (entry.title, speakers)
    decided = subset.decided.get(key)
    if decided is not None:  # the same title and speakers in another part or note
        return _new_link(entry.id, *decided)
    cached = subset.link_cache.get(key)
    if cached is None:
        cached = _score(index, subset, entry.title, number, speakers)
        if len(subset.link_cache) > 50_000:
            subset.link_cache.clear()
        subset.link_cache[key] = cached
    scored = list(cached)
    if not scored or max(scored)[0] < THRESHOLD:
        heard = _heard(index, subset, entry.title)
        if heard is not None:
            scored.append((THRESHOLD, heard, LinkReason.TITLE))
            return _new_link(entry.id, *_decide(index, scored))
        counts = index.mentions(subset, without_moderators(entry.text))
        if counts:
            ranked = counts.most_common(2)
            if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
                scored.append((_MENTION_SCORE, ranked[0][0], LinkReason.MENTION))
        return _new_link(entry.id, *_decide(index, scored))
    # Decided by the title and speakers alone (the text was not looked at): kept, so the
    # next entry with the same ones gets the same link, candidates and all (one tuple).
    decided = _decide(index, scored)
    if len(subset.decided) > 50_000:
        subset.decided.clear()
    subset.decided[key] = decided
    return _new_link(entry.id, *decided)


def _heard(index: ProgramIndex, subset: _Subset, title: str) -> int | None:
    """The one item whose Latin title a Hangul title is heard as ("구글 키노트" for "Google
    keynote", "쿠버네티스 오퍼레이터" for "Kubernetes Operators"), by the consonants of five
    or more: Korean notes write an English title as it sounds."""
    if not any("\uac00" <= ch <= "\ud7a3" for ch in title):
        return None
    plain = split_title(title)[0] or title
    key = consonant_key(normalize(title_parts(plain)[0] or plain))
    if len(key) < _HEARD_MIN:
        return None
    if subset.heard is None:
        subset.heard = {}
        for owner in subset.items:
            for name in index.items[owner].names:
                latin = consonant_key(normalize(name)) if name.isascii() else ""
                if len(latin) >= _HEARD_MIN:
                    subset.heard.setdefault(latin, set()).add(owner)
    found = subset.heard.get(key, set())
    return next(iter(found)) if len(found) == 1 else None


_HEARD_MIN = 5  # consonants: fewer are heard in too many titles


# Link and Candidate made field by field in order: twice as fast as their constructors,
# for the one link per entry (and a few candidates) of a load.
_new_link = fast_maker(Link)
_new_candidate = fast_maker(Candidate)


@lru_cache(maxsize=16384)
def _query(title: str, speakers: tuple[str, ...]) -> tuple[int | None, tuple[str, ...]]:
    """(its number, the speakers to score) of an entry with this title and these speakers:
    a speaker its title names first ("AMD — Steve Scott"). The same title and speakers come
    back in many notes and parts of notes."""
    _, number, title_speaker = split_title(title)
    title_speaker = title_speaker or title_parts(title)[1]
    if title_speaker and title_speaker not in speakers:
        return number, (title_speaker, *speakers)
    return number, speakers


def _decide(index: ProgramIndex, scored: list[tuple[float, int, LinkReason]]) -> _Decision:
    """(item id or None, score, reason, candidates) from the scored items."""
    scored.sort(key=lambda row: (-row[0], index.items[row[1]].id))
    best_per_item: dict[str, float] = {}
    for score, owner, _ in scored:
        best_per_item.setdefault(index.items[owner].id, round(score, 1))
    candidates = tuple(starmap(_new_candidate, list(best_per_item.items())[:4]))
    if scored and scored[0][0] >= THRESHOLD:
        score, owner, reason = scored[0]
        rest = tuple(c for c in candidates if c.item_id != index.items[owner].id)
        return index.items[owner].id, round(score, 1), reason, rest[:CANDIDATES]
    best = scored[0][0] if scored else 0.0
    return None, round(best, 1), None, candidates[:CANDIDATES]


# -- finding an item again -------------------------------------------------------------------

FIND_THRESHOLD = 75.0
_FIND_MARGIN = 5.0
_DIGITS = lazy(r"\d+")


def find_item(
    program: Program,
    title: str,
    speakers: Sequence[str] = (),
    *,
    kind: ItemKind | None = None,
    event: str | None = None,
) -> Item | None:
    """The item that a recorded title and speakers belong to now, or None when unclear.

    For what was filed under an item id that no longer exists (an inferred item that a
    program now lists under its own id, a title whose typo was fixed): the same title
    (any language or alias the item has, numbering and a trailing "(Speaker)" ignored)
    or close to it, and the same speakers (misspellings tolerated). ``kind`` and
    ``event`` (an event id, title or alias) narrow the search. None when nothing scores
    ``FIND_THRESHOLD`` or two items score nearly the same: a wrong home is worse than
    none.
    """
    if not title.strip() and not speakers:
        return None
    index = program_index(program)
    event_id = None
    if event:
        event_id = index.resolve_event(
            Note(
                path="", title="", author="", author_guessed=True, body="", body_line=1, event=event
            )
        )
    subset = index.subset(event_id, kind)
    if not subset.items:
        return None
    _, number, title_speaker = split_title(title)
    people = [s for s in speakers if s.strip()]
    if title_speaker and title_speaker not in people:
        people.insert(0, title_speaker)
    # Only an item that has a name with the same numbers: "… 1日目 …" is never found
    # again as "… 2日目 …", however close the rest of the title is.
    numbers = _title_numbers(title)
    scored = sorted(
        (
            found
            for found in _score(index, subset, title, number, people)
            if any(_title_numbers(name) == numbers for name in index.items[found[1]].names)
        ),
        reverse=True,
    )
    if not scored or scored[0][0] < FIND_THRESHOLD:
        return None
    best, owner, _ = scored[0]
    runner_up = next((s for s, o, _ in scored[1:] if o != owner), 0.0)
    if best - runner_up < _FIND_MARGIN:
        return None
    return index.items[owner]


def _title_numbers(title: str) -> list[int]:
    """The numbers in a title, its numbering left out: "3. Day 1 recap" → [1]."""
    return [int(digits) for digits in _DIGITS.findall(split_title(title)[0])]
