"""Ids of inferred items: made from the title, and kept through corrections.

A new inferred item's id is its title's slug (``names.slug``; numbering, a date prefix and a
trailing "(Speaker)" left out), with its event's id in front only when another item already
has that slug, and ``~2``, ``~3`` … after that. No date is in it, so correcting a note's
date keeps it.

A slug alone would still move when a typo in a title is fixed, or when a program file is
added (the event's id, and so a prefix, changes). So each load remembers the ids it gave
(``Remembered``: id, kind, event, title, speakers), in the cache folder beside the parsed
notes (``read_remembered`` / ``write_remembered``), and the next load gives an item the id
of the remembered item it clearly is, in this order:

1. the same title once case, spacing and punctuation are set aside, and the same kind;
2. else a title one or two typos away (a character added, dropped, changed, or two
   swapped; one for titles under ten letters, none under four) with the same numbers in
   it ("Talk 88" is not "Talk 89"), and the same kind;
3. else a close title (similarity ≥ 80) with the same numbers in it and a speaker in
   common, and the same kind;
4. else the same entries where they were (each entry's note and first line, all of them),
   and the same kind: a note retitled with its lines in place (a live blog's title changes
   through the day) is the same talk.

Among several candidates the one of the same event (by name, spelling and year set aside)
and then the closest wins; a tie takes none. An id another item has in this load (a
program's own item) is never given twice.

Limits: a title rewritten beyond that (new words, a translation) without a speaker to match
gets a new id; so do all items when the cache folder is emptied or cannot be written (ids
are then made from the titles again: the same as before unless a title was corrected
meanwhile); an item the program now lists takes the program's id. In those cases the
annotation store re-files what was on the old id by the title and speakers it recorded
(``annotate.items``), and `check` and the app's problems screen list what it cannot.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from summit_tui import persist
from summit_tui.corpus.names import normalize, slug, split_title
from summit_tui.lazy_re import lazy

_KIND = "inferred item ids 1"
_CLOSE_TITLE = 80.0
_MAX_REMEMBERED = 200_000  # a bound on what is read back (one entry per inferred item)
_BLOCK_FROM = 2_000
_NUMBER = lazy(r"\d+")


@dataclass(frozen=True, slots=True)
class Remembered:
    """An id given to an inferred item, with what it was given for."""

    id: str
    kind: str
    event: str  # the event's key (metadata.event_key: spelling and year set aside)
    title: str  # the title's key (``title_key``)
    speakers: tuple[str, ...] = ()  # keys of the speakers' names
    places: tuple[str, ...] = ()  # "note:line" of each entry it was given for


@dataclass
class IdBook:
    """The ids remembered from the last load, those other items have, and those given now."""

    remembered: list[Remembered] = field(default_factory=list)
    taken: set[str] = field(default_factory=set)
    given: list[Remembered] = field(default_factory=list)

    def assign(self, wanted: Sequence[Wanted]) -> list[str]:
        """Ids for ``wanted`` (``assign_ids``), recorded as given and taken."""
        ids = assign_ids(wanted, self.remembered, self.taken)
        self.taken.update(ids)
        self.given.extend(w.remembered(i) for w, i in zip(wanted, ids, strict=True))
        return ids


@dataclass(frozen=True, slots=True)
class Wanted:
    """An inferred item about to be given an id."""

    kind: str
    event_id: str
    event: str  # the event's key, as ``Remembered.event``
    title: str  # as written
    speakers: tuple[str, ...] = ()  # as written
    places: tuple[str, ...] = ()  # "note:line" of each of its entries, sorted

    def remembered(self, item_id: str) -> Remembered:
        return Remembered(
            item_id, self.kind, self.event, title_key(self.title), self.people(), self.places
        )

    def people(self) -> tuple[str, ...]:
        return tuple(sorted({k for k in map(_person_key, self.speakers) if k}))


def title_key(title: str) -> str:
    """A title with numbering, a date prefix, a trailing "(Speaker)", case, spacing and
    punctuation set aside: "3. Kubernetes  at Scale!" and "kubernetes at scale"."""
    return normalize(split_title(title)[0]).replace(" ", "") or normalize(title).replace(" ", "")


def _person_key(name: str) -> str:
    return normalize(name).replace(" ", "")


def _allowed_edits(key: str) -> int:
    if len(key) < 4:
        return 0
    return 1 if len(key) < 10 else 2


def assign_ids(
    wanted: Sequence[Wanted], remembered: Iterable[Remembered], taken: Iterable[str] = ()
) -> list[str]:
    """An id for each wanted item, in order: a remembered one it clearly is, else a new
    one from its title. ``taken``: ids other items already have (never given again)."""
    used = set(taken)
    ids: list[str | None] = [None] * len(wanted)
    by_kind: dict[str, list[Remembered]] = {}
    for known in remembered:
        if known.id not in used:
            by_kind.setdefault(known.kind, []).append(known)
    claimed: set[str] = set()
    keys = [title_key(w.title) for w in wanted]

    def claim(position: int, known: Remembered) -> None:
        ids[position] = known.id
        used.add(known.id)
        claimed.add(known.id)

    # 1. the same title (and kind): every such match before any near one
    exact: dict[tuple[str, str], list[Remembered]] = {}
    for kind, knowns in by_kind.items():
        for known in knowns:
            exact.setdefault((kind, known.title), []).append(known)
    for position, item in enumerate(wanted):
        same = exact.get((item.kind, keys[position]), ())
        chosen = _one(item, [(0.0, k) for k in same if k.id not in claimed])
        if chosen is not None:
            claim(position, chosen)
    # 2. and 3. a typo away, or close with the same speakers
    blocks = {kind: _Blocks(knowns) for kind, knowns in by_kind.items()}
    for position, item in enumerate(wanted):
        if ids[position] is not None or item.kind not in blocks:
            continue
        key, people = keys[position], set(item.people())
        edits = _allowed_edits(key)
        found: list[tuple[float, Remembered]] = []
        for known in blocks[item.kind].likely(key, people):
            if known.id in claimed:
                continue
            distance = OSA.distance(key, known.title, score_cutoff=edits + 1)
            if not _same_numbers(key, known.title):
                continue  # "… 1日目 …" is never "… 2日目 …", however close the rest
            if distance <= edits:
                found.append((float(distance), known))
            elif (
                people
                and people & set(known.speakers)
                and fuzz.ratio(key, known.title) >= _CLOSE_TITLE
            ):
                found.append((10.0 + 100.0 - fuzz.ratio(key, known.title), known))
        chosen = _one(item, found)
        if chosen is not None:
            claim(position, chosen)
    # 4. else the same entries, where they were: a note retitled (a live blog's title changes
    # through the day) whose lines are where they were is the same talk
    by_places: dict[tuple[str, tuple[str, ...]], list[Remembered]] = {}
    for kind, knowns in by_kind.items():
        for known in knowns:
            if known.places and known.id not in claimed:
                by_places.setdefault((kind, known.places), []).append(known)
    for position, item in enumerate(wanted):
        if ids[position] is not None or not item.places:
            continue
        there = by_places.get((item.kind, item.places), ())
        same_places = [k for k in there if k.id not in claimed]
        if len(same_places) == 1:
            claim(position, same_places[0])
    # the rest: new ids from their titles
    for position, item in enumerate(wanted):
        if ids[position] is None:
            ids[position] = fresh_id(item.title, item.event_id, used)
            used.add(ids[position])
    return [i for i in ids if i is not None]


class _Blocks:
    """The remembered items of one kind; past ``_BLOCK_FROM`` of them, a title is compared
    only with those sharing its first or last three letters or a speaker (near linear,
    where comparing every new title with every remembered one would not be; two typos,
    one at each end of a title, are then missed)."""

    def __init__(self, knowns: list[Remembered]) -> None:
        self.knowns = knowns
        self.blocked = len(knowns) > _BLOCK_FROM
        self.keys: dict[str, list[Remembered]] = {}
        if self.blocked:
            for known in knowns:
                for block in {f"<{known.title[:3]}", f">{known.title[-3:]}"}:
                    self.keys.setdefault(block, []).append(known)
                for person in known.speakers:
                    self.keys.setdefault(f"@{person}", []).append(known)

    def likely(self, key: str, people: set[str]) -> Iterable[Remembered]:
        if not self.blocked:
            return self.knowns
        blocks = [f"<{key[:3]}", f">{key[-3:]}", *(f"@{p}" for p in people)]
        found = {id(k): k for b in blocks for k in self.keys.get(b, ())}
        return found.values()


def _one(item: Wanted, found: list[tuple[float, Remembered]]) -> Remembered | None:
    """The best (distance, candidate): the same event first, then the closest; a tie, none."""
    if not found:
        return None
    ranked = sorted(found, key=lambda pair: (pair[1].event != item.event, pair[0]))
    (best_distance, best), *rest = ranked
    if rest:
        distance, second = rest[0]
        if distance == best_distance and (second.event == item.event) == (best.event == item.event):
            return None
    return best


def _same_numbers(a: str, b: str) -> bool:
    return _NUMBER.findall(a) == _NUMBER.findall(b)


def fresh_id(title: str, event_id: str, used: set[str]) -> str:
    """A new id from a title: its slug; the event's id in front when that is taken (two
    events with a talk of that name, or a program item of that id); then ``~2`` …"""
    base = slug(split_title(title)[0])
    if base in used:
        base = f"{event_id}-{base}"
    item_id, number = base, 1
    while item_id in used:
        number += 1
        item_id = f"{base}~{number}"
    return item_id


# -- remembered between loads ------------------------------------------------------------


def _file(cache_dir: Path, root: str) -> Path:
    digest = hashlib.blake2b(root.encode("utf-8", "surrogateescape"), digest_size=10)
    return Path(cache_dir) / f"item-ids-{digest.hexdigest()}.json"


def read_remembered(cache_dir: Path | None, root: str) -> list[Remembered]:
    """The ids the last load of ``root`` gave its inferred items (none when unreadable)."""
    if cache_dir is None:
        return []

    def read(handle: IO[bytes]) -> list[Remembered]:
        rows = json.load(handle)
        out: list[Remembered] = []
        for row in rows[:_MAX_REMEMBERED]:
            if not isinstance(row, list) or len(row) not in (5, 6):
                continue
            item_id, kind, event, title, speakers, *rest = row
            places = rest[0] if rest else []
            if not all(isinstance(v, str) for v in (item_id, kind, event, title)):
                continue
            if not isinstance(speakers, list) or not all(isinstance(s, str) for s in speakers):
                continue
            if not isinstance(places, list) or not all(isinstance(p, str) for p in places):
                continue
            out.append(Remembered(item_id, kind, event, title, tuple(speakers), tuple(places)))
        return out

    return persist.read_cache(_file(cache_dir, root), _KIND, _stamp(root), read) or []


def write_remembered(
    cache_dir: Path | None,
    root: str,
    remembered: Sequence[Remembered],
    before: Sequence[Remembered],
) -> None:
    """Keep the ids given now for the next load, and those remembered before that were not
    given again (a note moved out for a while, a program that lists the item for now);
    not written when nothing changed."""
    if cache_dir is None:
        return
    given = {r.id for r in remembered}
    kept = [*remembered, *(r for r in before if r.id not in given)][:_MAX_REMEMBERED]
    if kept == list(before):
        return
    rows = [[r.id, r.kind, r.event, r.title, list(r.speakers), list(r.places)] for r in kept]
    data = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    persist.save_cache(_file(cache_dir, root), _KIND, _stamp(root), lambda out: out.write(data))


def _stamp(root: str) -> str:
    return hashlib.blake2b(root.encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()
