"""Entry → program item: scoring with rapidfuzz, and inferring a program when there is none.

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

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from summit_tui.corpus.events import (
    UNNAMED,
    EventInfo,
    Placement,
    hint_day,
    place_notes,
)
from summit_tui.corpus.model import (
    Candidate,
    Day,
    Entry,
    EntryKind,
    Event,
    Item,
    ItemKind,
    Link,
    LinkReason,
    Note,
    Person,
    Program,
    Track,
)
from summit_tui.corpus.names import (
    containment,
    name_similarity,
    normalize,
    slug,
    split_title,
    squash,
    title_variants,
)
from summit_tui.corpus.romanize import MATCH as SOUND_MATCH
from summit_tui.corpus.romanize import name_keys

THRESHOLD = 60.0
CANDIDATES = 3
_TITLE_CUTOFF = 50.0
_SPEAKER_CUTOFF = 80.0
_MENTION_SCORE = 65.0
_NUMBER_BONUS = 10.0
_PREFIX_SCORE = 90.0
_LIMIT = 6  # best names per rapidfuzz call: enough for the winner and the candidates
_SPELLINGS = 8  # distinct titles / spellings kept per inferred item for matching
_OPENING_CHARS = 400  # where a note about one talk says whose talk it was
# Inference compares each entry with the items found so far: quadratic when one folder (or
# one note) holds thousands of different talks or booths. Past this many names, an entry is
# compared only with the names sharing a word or a word's start with it, at most
# _PER_KEY of the latest per word: near linear, and the same results below it.
_BLOCK_FROM = 2_000
_PER_KEY = 64


# -- title lists -----------------------------------------------------------------------------


@dataclass
class _Titles:
    """Normalised titles prepared once for rapidfuzz: as written, tokens sorted, squashed."""

    norms: list[str] = field(default_factory=list)
    sorted: list[str] = field(default_factory=list)
    squashed: list[str] = field(default_factory=list)
    by_word: dict[str, list[int]] = field(default_factory=dict)
    by_first_word: dict[str, list[int]] = field(default_factory=dict)
    blocking: bool = False  # an inference group's: it grows with the notes (see _BLOCK_FROM)
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
        return position

    def blocked(self) -> bool:
        return self.blocking and len(self.norms) >= _BLOCK_FROM

    def scores(self, query: str) -> dict[int, float]:
        """Title similarity (see names.title_similarity) of the best titles, by position."""
        found: dict[int, float] = {}
        words = query.split()
        if not words or not self.norms:
            return found
        picked = _likely(self.blocks, query) if self.blocked() else None
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


def _likely(blocks: Mapping[str, list[int]], query: str) -> list[int]:
    """The names worth scoring against ``query``: sharing a key, the latest of each key."""
    picked: set[int] = set()
    for key in _block_keys(query):
        picked.update(blocks.get(key, [])[-_PER_KEY:])
    return sorted(picked)


# -- the prepared program --------------------------------------------------------------------


@dataclass
class _Subset:
    """The names of the items one entry may link to (one event, one kind)."""

    items: list[int]
    names: _Titles = field(default_factory=_Titles)  # normalised titles and aliases
    name_owner: list[int] = field(default_factory=list)
    name_alias: list[bool] = field(default_factory=list)
    people: list[str] = field(default_factory=list)  # normalised speaker names and aliases
    person_owner: list[int] = field(default_factory=list)
    person_index: list[int] = field(default_factory=list)  # which speaker of the item
    mention: re.Pattern[str] | None = None
    mention_owner: dict[str, int] = field(default_factory=dict)
    title_cache: dict[str, dict[int, tuple[float, bool]]] = field(default_factory=dict)
    person_cache: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    link_cache: dict[tuple[str, tuple[str, ...]], list[tuple[float, int, LinkReason]]] = field(
        default_factory=dict
    )


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
        return None

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
        for number, speaker in enumerate(speakers):
            for owner, score in self._person_hits(subset, normalize(speaker)):
                best = matched.setdefault(owner, {})
                best[number] = max(best.get(number, 0.0), score)
        return {
            owner: sum(best.values()) / max(len(speakers), self.speaker_counts[owner])
            for owner, best in matched.items()
        }

    def _person_hits(self, subset: _Subset, query: str) -> list[tuple[int, float]]:
        """(item, score) for the item speakers a normalised name matches."""
        cached = subset.person_cache.get(query)
        if cached is not None:
            return cached
        hits: list[tuple[int, float]] = []
        if query:
            squashed = query.replace(" ", "")
            for choice, score, position in process.extract(
                query, subset.people, scorer=fuzz.ratio, limit=_LIMIT, score_cutoff=60
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
            if not owners:
                subset.mention = re.compile(r"(?!x)x")
            else:
                alternatives = "|".join(re.escape(n) for n in sorted(owners, key=len, reverse=True))
                subset.mention = re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")
            subset.mention_owner = owners
        counts: Counter[int] = Counter()
        for match in subset.mention.finditer(normalize(text)):
            owner = subset.mention_owner.get(match.group(0))
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
        match = subset.mention.search(normalize(text))
        if match is None:
            return None
        owner = subset.mention_owner.get(match.group(0))
        return self.items[owner].id if owner is not None else None


_LAST_INDEX: list[ProgramIndex] = []


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
    events: dict[str, str | None] = {}
    links: dict[str, Link] = {}
    for entry in entries:
        note = notes.get(entry.note)
        if note is not None and entry.note not in events:
            events[entry.note] = index.resolve_event(note)
        links[entry.id] = _link_one(index, entry, note, events.get(entry.note))
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
    index: ProgramIndex, subset: _Subset, title: str, number: int | None, speakers: list[str]
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
    _, number, title_speaker = split_title(entry.title)
    speakers = list(entry.speakers)
    if title_speaker and title_speaker not in speakers:
        speakers.insert(0, title_speaker)
    key = (entry.title, tuple(speakers))
    cached = subset.link_cache.get(key)
    if cached is None:
        cached = _score(index, subset, entry.title, number, speakers)
        if len(subset.link_cache) > 50_000:
            subset.link_cache.clear()
        subset.link_cache[key] = cached
    scored = list(cached)
    if not scored or max(scored)[0] < THRESHOLD:
        counts = index.mentions(subset, entry.text)
        if counts:
            ranked = counts.most_common(2)
            if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
                scored.append((_MENTION_SCORE, ranked[0][0], LinkReason.MENTION))
    scored.sort(key=lambda row: (-row[0], index.items[row[1]].id))
    best_per_item: dict[str, float] = {}
    for score, owner, _ in scored:
        best_per_item.setdefault(index.items[owner].id, round(score, 1))
    candidates = tuple(Candidate(i, s) for i, s in list(best_per_item.items())[:4])
    if scored and scored[0][0] >= THRESHOLD:
        score, owner, reason = scored[0]
        rest = tuple(c for c in candidates if c.item_id != index.items[owner].id)
        return Link(entry.id, index.items[owner].id, round(score, 1), reason, rest[:CANDIDATES])
    best = scored[0][0] if scored else 0.0
    return Link(entry.id, None, round(best, 1), None, candidates[:CANDIDATES])


# -- inference without a program -------------------------------------------------------------


@dataclass
class _Cluster:
    kind: EntryKind
    event: str
    day: str | None = None
    members: list[tuple[Entry, float]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # cleaned titles as written
    title_positions: list[int] = field(default_factory=list)  # in _Group.titles
    people: list[Counter[str]] = field(default_factory=list)  # spellings per person, counted
    spellings: list[list[str]] = field(default_factory=list)  # normalised, per person


@dataclass
class _Group:
    """The clusters of one event and kind, with flat lists for rapidfuzz."""

    clusters: list[_Cluster] = field(default_factory=list)
    titles: _Titles = field(default_factory=lambda: _Titles(blocking=True))
    title_owner: list[int] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    person_owner: list[tuple[int, int]] = field(default_factory=list)
    people_blocks: dict[str, list[int]] = field(default_factory=dict)
    # the same people by the sound of their names (박지우 ~ Jiwoo Park): surname → given
    sounds: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)
    # full names and surnames as words, for notes that name a speaker in their text
    full_names: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    surnames: dict[str, set[tuple[int, int]]] = field(default_factory=dict)


def _entry_features(entry: Entry) -> tuple[str, list[str]]:
    title, _, title_speaker = split_title(entry.title)
    speakers = list(entry.speakers)
    if title_speaker and title_speaker not in speakers:
        speakers.insert(0, title_speaker)
    return title, speakers


# Titles that say what kind of part this is but not which talk ("Keynote", "기조연설").
_KIND_ONLY = frozenset(
    [
        "keynote",
        "keynotes",
        "opening",
        "closing",
        "session",
        "sessions",
        "talk",
        "talks",
        "panel",
        "day",
        "기조연설",
        "키노트",
        "세션",
        "발표",
        "강연",
        "패널",
        "오프닝",
        "클로징",
        "main",
    ]
)


def _kind_only(title: str) -> bool:
    words = [w for w in normalize(title).split() if not w.isdigit()]
    return all(w in _KIND_ONLY for w in words)


_LEADING_NUMBER = re.compile(r"^\d+\s+")
_NUMBER = re.compile(r"\d+")


def _same_numbers(a: str, b: str) -> bool:
    """False when both normalised names carry numbers and they differ ("Talk 88" / "Talk 89").

    A leading number is an author's own list numbering ("5 ai의 미래"), not part of the name.
    """
    numbers_a = set(_NUMBER.findall(_LEADING_NUMBER.sub("", a)))
    numbers_b = set(_NUMBER.findall(_LEADING_NUMBER.sub("", b)))
    return not (numbers_a and numbers_b) or numbers_a == numbers_b


def _similarity(
    group: _Group, title: str, speakers: list[str], *, booth: bool
) -> list[tuple[float, int]]:
    """(score, cluster) for every cluster of the group that the entry could belong to."""
    query = normalize(title)
    title_scores: dict[int, float] = {}
    for position, score in group.titles.scores(query).items():
        if not _same_numbers(query, group.titles.norms[position]):
            continue
        owner = group.title_owner[position]
        title_scores[owner] = max(title_scores.get(owner, 0.0), score)
    if booth and query:
        # "Microsoft" and "Microsoft phi silica" are the same booth: a name is the
        # first words of the other.
        words = query.split()
        same_start = group.titles.by_first_word.get(words[0], [])
        for position in same_start[-_PER_KEY:] if group.titles.blocked() else same_start:
            other = group.titles.norms[position].split()
            shorter = min(len(words), len(other))
            if words[:shorter] == other[:shorter] and len("".join(words[:shorter])) >= 4:
                owner = group.title_owner[position]
                title_scores[owner] = max(title_scores.get(owner, 0.0), _PREFIX_SCORE)
    matched: dict[int, set[int]] = {}
    for speaker in speakers:
        query_name = normalize(speaker)
        if not query_name or not group.people:
            continue
        people: Sequence[str] | dict[int, str] = group.people
        if len(group.people) >= _BLOCK_FROM:
            people = {p: group.people[p] for p in _likely(group.people_blocks, query_name)}
        for _, _, position in process.extract(
            query_name, people, scorer=fuzz.ratio, limit=_LIMIT, score_cutoff=60
        ):
            other = group.people[position]
            if name_similarity(query_name, other) >= 85 and _same_numbers(query_name, other):
                owner, person = group.person_owner[position]
                matched.setdefault(owner, set()).add(person)
        for surname, given in name_keys(speaker):
            for other_given, owner, person in group.sounds.get(surname, ()):
                if fuzz.ratio(given, other_given) >= SOUND_MATCH:
                    matched.setdefault(owner, set()).add(person)
    results: list[tuple[float, int]] = []
    for owner in title_scores.keys() | matched.keys():
        cluster = group.clusters[owner]
        t = title_scores.get(owner, 0.0)
        hits = len(matched.get(owner, ()))
        s = 100.0 * hits / max(len(speakers), len(cluster.people), 1) if hits else 0.0
        if s >= 80 or t >= 85 or (s >= 50 and t >= 60):
            high, low = max(t, s), min(t, s)
            results.append((high + (100.0 - high) * (low / 100.0) * 0.6, owner))
    return results


def _mentioned(group: _Group, text: str, *, surnames: bool) -> int | None:
    """The one cluster whose speakers a text names: a full name ("Amara Okafor",
    "김도윤"), or two or more surnames of one panel ("Raman / Becker / Ortiz")."""
    if not group.full_names:
        return None
    words = normalize(text).split()
    full: dict[int, set[int]] = {}
    partial: dict[int, set[int]] = {}
    for position, word in enumerate(words):
        candidates = [" ".join(words[position : position + 2]), word, word[:3]]
        if position + 2 < len(words):
            candidates.append(" ".join(words[position : position + 3]))
        for candidate in candidates:
            for owner, person in group.full_names.get(candidate, ()):
                full.setdefault(owner, set()).add(person)
        if surnames:
            for owner, person in group.surnames.get(word, ()):
                partial.setdefault(owner, set()).add(person)
    for owner, people in partial.items():
        if len(people) >= 2:
            full.setdefault(owner, set()).update(people)
    if len(full) != 1:
        return None
    return next(iter(full))


def _add_to(group: _Group, owner: int, entry: Entry, score: float) -> None:
    cluster = group.clusters[owner]
    cluster.members.append((entry, score))
    title, speakers = _entry_features(entry)
    norm = normalize(title)
    known_titles = [group.titles.norms[p] for p in cluster.title_positions]
    if (
        norm
        and len(known_titles) < _SPELLINGS
        and process.extractOne(norm, known_titles, scorer=fuzz.ratio, score_cutoff=95) is None
    ):
        cluster.titles.append(title)
        cluster.title_positions.append(group.titles.add(norm))
        group.title_owner.append(owner)
    for speaker in speakers:
        name = normalize(speaker)
        if not name:
            continue
        person = next(
            (
                n
                for n, spellings in enumerate(cluster.spellings)
                if any(name_similarity(name, s) >= 85 for s in spellings)
            ),
            None,
        )
        if person is None:
            cluster.people.append(Counter())
            cluster.spellings.append([])
            person = len(cluster.people) - 1
        cluster.people[person][speaker] += 1  # repeats make the usual spelling the name
        spellings = cluster.spellings[person]
        if name not in spellings and len(spellings) < _SPELLINGS:
            spellings.append(name)
            _add_blocks(group.people_blocks, name, len(group.people))
            group.people.append(name)
            group.person_owner.append((owner, person))
            for surname, given in name_keys(speaker):
                group.sounds.setdefault(surname, []).append((given, owner, person))
            words = name.split()
            if len(words) >= 2 or len(name) >= 3:
                group.full_names.setdefault(name, set()).add((owner, person))
            if len(words) >= 2 and len(words[-1]) >= 3:
                group.surnames.setdefault(words[-1], set()).add((owner, person))


def infer_program(
    notes: Mapping[str, Note],
    entries: Iterable[Entry],
    placements: Mapping[str, Placement] | None = None,
    events: Mapping[str, EventInfo] | None = None,
) -> tuple[Program, dict[str, Link]]:
    """Group entries about the same talk or booth into inferred items (no program file).

    ``placements`` and ``events`` (corpus.events.place_notes) say which event and day
    each note is about; worked out here when not given.
    """
    if placements is None or events is None:
        placements, events = place_notes(notes.values())
    groups: dict[tuple[str, EntryKind], _Group] = {}
    links: dict[str, Link] = {}
    days: dict[str, str | None] = {}
    entries = list(entries)
    parents = _booth_parents(entries)
    cluster_of: dict[str, int] = {}  # entry id → its cluster in its group
    # Entries that name their speakers first: the others may then be found by a speaker
    # their title or text names.
    ordered = sorted(entries, key=lambda e: (not _entry_features(e)[1], e.note, e.start_line))
    for entry in ordered:
        if entry.kind is EntryKind.OTHER:
            links[entry.id] = Link(entry.id, None, 0.0, None)
            continue
        placement = placements.get(entry.note)
        event_id = placement.event_id if placement is not None else UNNAMED.lower()
        days[entry.id] = entry_day(entry, placement, events)
        group = groups.setdefault((event_id, entry.kind), _Group())
        title, speakers = _entry_features(entry)
        found = _similarity(group, title, speakers, booth=entry.kind is EntryKind.BOOTH)
        if not found and not speakers and entry.kind is EntryKind.SESSION:
            bare = _kind_only(title)
            owner = _mentioned(group, title, surnames=False)
            if owner is None:
                text = entry.text if bare else entry.text[:_OPENING_CHARS]
                owner = _mentioned(group, text, surnames=True)
            if owner is not None:
                found = [(_MENTION_SCORE, owner)]
        parent = parents.get(entry.id)
        if parent is not None and parent in cluster_of:
            # a part of a booth: with its booth, unless it is a booth another note names
            home = cluster_of[parent]
            found = [(score, owner) for score, owner in found if owner != home and score >= 85]
            found = found or [(80.0, home)]
        info = events.get(event_id)
        if not found and info is not None and info.series and entry.kind is EntryKind.SESSION:
            # one talk a day: a note of the same day is about the same talk
            found = [(90.0, n) for n, c in enumerate(group.clusters) if days[entry.id] == c.day]
            found = found if days[entry.id] and len(found) == 1 else []
        if found:
            score, owner = max(found, key=lambda pair: (pair[0], -pair[1]))
        else:
            group.clusters.append(_Cluster(entry.kind, event_id, days[entry.id]))
            score, owner = 100.0, len(group.clusters) - 1
        _add_to(group, owner, entry, score)
        cluster_of[entry.id] = owner
    program, item_of = _build_program(groups, notes, events, days)
    for group in groups.values():
        for cluster in group.clusters:
            item_id = item_of[id(cluster)]
            for entry, score in cluster.members:
                links[entry.id] = Link(entry.id, item_id, round(score, 1), LinkReason.INFERRED)
    return program, links


def _booth_parents(entries: list[Entry]) -> dict[str, str]:
    """Booth entry → the booth entry whose heading it sits under, in the same note."""
    by_path = {(e.note, e.heading_path): e.id for e in entries if e.kind is EntryKind.BOOTH}
    parents: dict[str, str] = {}
    for entry in entries:
        if entry.kind is EntryKind.BOOTH and len(entry.heading_path) > 1:
            parent = by_path.get((entry.note, entry.heading_path[:-1]))
            if parent is not None:
                parents[entry.id] = parent
    return parents


def entry_day(
    entry: Entry, placement: Placement | None, events: Mapping[str, EventInfo]
) -> str | None:
    """The day an entry is about: the one its headings name, else its note's."""
    if placement is None:
        return None
    if entry.day_hint:
        day = hint_day(entry.day_hint, placement.day, events.get(placement.event_id))
        if day:
            return day
    return placement.day


def _person(spellings: Counter[str]) -> Person:
    name = spellings.most_common(1)[0][0]
    return Person(name=name, aliases=tuple(s for s in spellings if s != name))


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _build_program(
    groups: Mapping[tuple[str, EntryKind], _Group],
    notes: Mapping[str, Note],
    events: Mapping[str, EventInfo],
    entry_days: Mapping[str, str | None],
) -> tuple[Program, dict[int, str]]:
    placed: dict[str, dict[str | None, dict[str, list[Item]]]] = {}
    item_of: dict[int, str] = {}
    used: set[str] = set()
    for (event_id, kind), group in groups.items():
        for cluster in group.clusters:
            member_notes = [notes.get(e.note) for e, _ in cluster.members]
            day = _most_common(entry_days.get(e.id) for e, _ in cluster.members)
            default_track = "Exhibition" if kind is EntryKind.BOOTH else "Sessions"
            track = _most_common(n.track for n in member_notes if n is not None)
            title = cluster.titles[0] if cluster.titles else cluster.members[0][0].title
            if kind is EntryKind.BOOTH and cluster.titles:
                title = min(cluster.titles, key=len)  # "Microsoft", not "Microsoft phi silica"
            item_id = _fresh_id(title, event_id, used)
            used.add(item_id)
            speakers = tuple(_person(spellings) for spellings in cluster.people)
            item = Item(
                id=item_id,
                kind=ItemKind.BOOTH if kind is EntryKind.BOOTH else ItemKind.SESSION,
                title=title,
                event=event_id,
                day=day,
                track=track or default_track,
                titles=tuple(dict.fromkeys(t for t in cluster.titles[1:] if t != title)),
                speakers=speakers,
                inferred=True,
            )
            item_of[id(cluster)] = item_id
            placed.setdefault(event_id, {}).setdefault(day, {}).setdefault(item.track, []).append(
                item
            )
    program_events: list[Event] = []
    for event_id, days in placed.items():
        info = events.get(event_id)
        known = info.dates if info is not None else []
        dated = sorted(d for d in days if d is not None)
        order = [*dated, *([None] if None in days else [])]
        event_days = tuple(
            Day(
                date=date,
                label=_day_label(date, known, dated),
                tracks=tuple(Track(name, tuple(items)) for name, items in days[date].items()),
            )
            for date in order
        )
        title = info.title if info is not None else event_id
        program_events.append(Event(id=event_id, title=title, days=event_days))
    return Program(events=tuple(program_events), source=None, inferred=True), item_of


def _day_label(date: str | None, known: list[str], dated: list[str]) -> str:
    """ "Day 2 · 2024-11-05": counted from the event's first known day."""
    if date is None:
        return "Day unknown"
    if known and known[0] <= date:
        number = (dt.date.fromisoformat(date) - dt.date.fromisoformat(known[0])).days + 1
        if number <= 31:
            return f"Day {number} · {date}"
    return f"Day {dated.index(date) + 1} · {date}"


def _fresh_id(title: str, event_id: str, used: set[str]) -> str:
    """An inferred item's id from its title: no date in it (a corrected date must not move
    it); the event's id in front only when two events have a talk of that name."""
    base = slug(split_title(title)[0])
    if base in used:
        base = f"{event_id}-{base}"
    item_id, number = base, 1
    while item_id in used:
        number += 1
        item_id = f"{base}~{number}"
    return item_id


# -- finding an item again -------------------------------------------------------------------

FIND_THRESHOLD = 75.0
_FIND_MARGIN = 5.0


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
    scored = sorted(_score(index, subset, title, number, people), reverse=True)
    if not scored or scored[0][0] < FIND_THRESHOLD:
        return None
    best, owner, _ = scored[0]
    runner_up = next((s for s, o, _ in scored[1:] if o != owner), 0.0)
    if best - runner_up < _FIND_MARGIN:
        return None
    return index.items[owner]
