"""What an annotation records of its item, and re-filing by it when an item's id changes.

Each annotation and mark records its item's title, speakers, kind and event. When the
notes no longer have an item id that annotations or marks are filed under (a program was
added, a title corrected: issue 14's ids), they move to the one item that has that title
and those speakers now. When no item, or more than one, fits, nothing moves: they stay
under the old id (so they come back if it does) and are reported (``Refiling.gone``:
`check`, the annotation list, the export), never filed away silently.

When no item has that title (the user renamed a generic heading, or the engine now reads
the title better), they follow by place: the one item whose entry is where the old item's
entry was (same note, same text under the heading; or the same text in another note; or
most of the text in the same note). Such a move is told (``placed``) and the new id is
recorded, so it never rests on the same guess twice. Where an item's entries are is
recorded again whenever the item is found by its id (``refresh_places``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from summit_tui.annotate.model import Annotation, ItemInfo, ItemMark, Place

if TYPE_CHECKING:
    from summit_tui.annotate.store import AnnotationStore
    from summit_tui.corpus.model import Corpus, Entry, Item, Problem


def item_info(item: Item, corpus: Corpus | None = None) -> ItemInfo:
    """The item as the user sees it now: title, speakers, kind and event, and (given the
    corpus) where its entries are."""
    places = tuple(place_of(e) for e in corpus.entries_for(item.id)) if corpus else ()
    return ItemInfo(
        title=item.title,
        speakers=tuple(person.name for person in item.speakers),
        kind=str(item.kind),
        event=item.event,
        places=places,
    )


def place_of(entry: Entry) -> Place:
    words = _body_words(entry.text)
    return Place(entry.note, entry.start_line, _digest(words), _sketch(words), entry.author)


def _body_words(text: str) -> str:
    """An entry's text below its first line, spaces normalised."""
    _, _, body = text.partition("\n")
    return " ".join(body.split())


def _digest(words: str) -> str:
    """A digest of an entry's body words ("" for none)."""
    from hashlib import blake2b

    return blake2b(words.encode(), digest_size=8).hexdigest() if words else ""


def _body_digest(text: str) -> str:
    return _digest(_body_words(text))


SKETCH_SIZE = 12  # word pairs sampled per place
NEAR = 0.7  # share of the sampled word pairs an entry must still have to be the same entry:
# more than two thirds, so one sentence with its key words changed (3 of 5 pairs) is another text


def _pairs(words: str) -> set[int]:
    """Stable hashes of the body's word pairs (the one word of a one-word body)."""
    from itertools import pairwise
    from zlib import crc32

    tokens = words.casefold().split(" ")
    if len(tokens) < 2:
        return {crc32(words.casefold().encode())} if words else set()
    return {crc32(f"{a} {b}".encode()) for a, b in pairwise(tokens)}


def _sketch(words: str) -> str:
    """The smallest hashes of the body's word pairs: a fixed-size, uniform sample of them,
    so the share still found in an entry's text estimates how much of the old text it
    keeps (text added under the heading keeps all of it)."""
    return "".join(f"{h:08x}" for h in sorted(_pairs(words))[:SKETCH_SIZE])


def _kept(sketch: str, pairs: set[int]) -> float:
    """The share of a sketch's word pairs found in ``pairs``."""
    sampled = [int(sketch[i : i + 8], 16) for i in range(0, len(sketch), 8)]
    return sum(h in pairs for h in sampled) / len(sampled) if sampled else 0.0


@dataclass(frozen=True, slots=True)
class Gone:
    """An item id these notes no longer have, with what was filed under it."""

    item_id: str
    info: ItemInfo  # the item as it was (title, speakers), from what was filed under it
    annotations: tuple[Annotation, ...] = ()
    mark: ItemMark | None = None


@dataclass(frozen=True, slots=True)
class Refiling:
    """Where what was filed under item ids that no longer exist belongs now."""

    moves: Mapping[str, Item] = field(default_factory=dict)  # old id -> the item now
    gone: tuple[Gone, ...] = ()  # could not be re-attached: kept as they are
    # Moves made by place, not by title: (old id, the title recorded, the item now); told once.
    placed: tuple[tuple[str, str, Item], ...] = ()

    @property
    def moved(self) -> int:
        return len(self.moves)

    @property
    def stranded(self) -> int:
        """Annotations that stay under an item id these notes do not have."""
        return sum(len(g.annotations) for g in self.gone)


def plan_refiling(
    annotations: Iterable[Annotation], marks: Mapping[str, ItemMark], corpus: Corpus
) -> Refiling:
    """For each item id the annotations or marks use and the notes do not have: the one
    item with the title and speakers they recorded (``corpus.link.find_item``), or none.
    Nothing is guessed: no item, or two alike, and nothing moves."""
    by_id: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        if annotation.item_id and corpus.item(annotation.item_id) is None:
            by_id.setdefault(annotation.item_id, []).append(annotation)
    lost_marks = {
        item_id: mark
        for item_id, mark in marks.items()
        if corpus.item(item_id) is None and not mark.empty
    }
    moves: dict[str, Item] = {}
    gone: list[Gone] = []
    placed: list[tuple[str, str, Item]] = []
    by_note: dict[str, list[Entry]] = {}
    for item_id in sorted(set(by_id) | set(lost_marks)):
        filed = tuple(by_id.get(item_id, ()))
        mark = lost_marks.get(item_id)
        info = _recorded(filed, mark)
        found = _find(corpus, info)
        if found is None:
            places = _places(filed, mark)
            if places and not by_note:
                for entry in corpus.entries:
                    by_note.setdefault(entry.note, []).append(entry)
            found = _by_place(corpus, places, by_note)
            if found is not None:
                placed.append((item_id, info.title, found))
        if found is not None:
            moves[item_id] = found
            continue
        # A quote whose entry is in an item now follows its text there (anchor.reanchor).
        staying = tuple(a for a in filed if not _follows_text(a, corpus))
        if staying or mark is not None:
            gone.append(Gone(item_id, info, staying, mark))
    return Refiling(moves, tuple(gone), tuple(placed))


def _places(filed: Iterable[Annotation], mark: ItemMark | None) -> set[Place]:
    """Every place recorded for the item by what was filed under it."""
    places = {p for a in filed for p in a.item.places}
    if mark is not None:
        places.update(mark.item.places)
    return places


def _by_place(
    corpus: Corpus, places: set[Place], by_note: Mapping[str, Sequence[Entry]]
) -> Item | None:
    """The one item whose entries are where the old item's were, tried from the surest
    fit to the loosest, stopping at the first that any item fits:

    1. in the same note, with the same text under the heading (for an entry with none:
       on the same line);
    2. in another note of the same author, with the same text (the note was moved or
       renamed as well);
    3. in the same note, with most of the text sampled then (text was added or changed
       under the heading before it was renamed).

    None when no item, or more than one, fits: that is not guessed."""
    notes = {p.note for p in places}
    here = [entry for note in sorted(notes) for entry in by_note.get(note, ())]
    lines = {(p.note, p.line, p.body) for p in places}
    bodies = {p.body for p in places if p.body}
    found = _items(
        corpus,
        (
            e
            for e in here
            if (digest := _body_digest(e.text)) in bodies or (e.note, e.start_line, digest) in lines
        ),
    )
    if not found and bodies:
        # The same author's words only: another attendee's copy of the note is not it.
        theirs = {(p.body, p.author) for p in places if p.body}
        elsewhere = (e for note, entries in by_note.items() if note not in notes for e in entries)
        found = _items(corpus, (e for e in elsewhere if (_body_digest(e.text), e.author) in theirs))
    sketches = [p.near for p in places if p.near]
    if not found and sketches:
        found = _items(
            corpus,
            (
                e
                for e in here
                if max(_kept(s, _pairs(_body_words(e.text))) for s in sketches) >= NEAR
            ),
        )
    return corpus.item(found.pop()) if len(found) == 1 else None


def _items(corpus: Corpus, entries: Iterable[Entry]) -> set[str]:
    """The items these entries belong to."""
    found: set[str] = set()
    for entry in entries:
        item_id = corpus.linked_item_id(entry.id)
        if item_id is not None:
            found.add(item_id)
    return found


def _follows_text(annotation: Annotation, corpus: Corpus) -> bool:
    target = annotation.target
    return target is not None and corpus.linked_item_id(target.entry_id) is not None


def _recorded(filed: Iterable[Annotation], mark: ItemMark | None) -> ItemInfo:
    """The latest description of the item that was recorded with what was filed under it."""
    infos = [(a.updated, a.item) for a in filed if not a.item.empty]
    if mark is not None and not mark.item.empty:
        infos.append((mark.updated, mark.item))
    return max(infos, key=lambda pair: pair[0])[1] if infos else ItemInfo()


def _find(corpus: Corpus, info: ItemInfo) -> Item | None:
    from summit_tui.corpus.link import find_item
    from summit_tui.corpus.model import ItemKind

    if info.empty:
        return None
    kind = ItemKind(info.kind) if info.kind in {k.value for k in ItemKind} else None
    return find_item(corpus.program, info.title, info.speakers, kind=kind, event=info.event)


def refile(
    store: AnnotationStore, corpus: Corpus, annotations: Sequence[Annotation] | None = None
) -> Refiling:
    """Move what was filed under item ids that no longer exist to the items they belong to
    now (annotations, deleted ones too, and marks); the rest stays and is reported.
    ``annotations``: the store's, deleted ones too, when the caller has just read them."""
    if annotations is None:
        annotations = store.annotations(include_deleted=True)
    plan = plan_refiling(annotations, store.marks(), corpus)
    if plan.moves:
        store.move_to_items(
            (a.id, plan.moves[a.item_id].id, item_info(plan.moves[a.item_id], corpus))
            for a in annotations
            if a.item_id in plan.moves
        )
        store.move_marks(
            (old_id, item.id, item_info(item, corpus)) for old_id, item in plan.moves.items()
        )
    return plan


def plan_places(
    annotations: Iterable[Annotation], marks: Mapping[str, ItemMark], corpus: Corpus
) -> tuple[dict[str, ItemInfo], dict[str, ItemInfo]]:
    """What annotations and marks on items the notes still have should record of where
    those items' entries are now: (annotation id -> info, item id -> mark's info), for
    those that recorded no place (made before places were kept) or a place that is no
    longer so (text added under the heading, lines added above it). Keeping places fresh
    while the item is found by its id is what lets them follow a rename later."""
    current: dict[str, tuple[frozenset[tuple[str, int, str]], Item, Sequence[Entry]] | None] = {}
    full: dict[str, tuple[Place, ...]] = {}

    def fresh(item_id: str, info: ItemInfo) -> ItemInfo | None:
        if item_id not in current:
            item = corpus.item(item_id) if item_id else None
            if item is None:
                current[item_id] = None
            else:
                entries = corpus.entries_for(item_id)
                keys = frozenset((e.note, e.start_line, _body_digest(e.text)) for e in entries)
                current[item_id] = (keys, item, entries)
        now = current[item_id]
        if now is None:
            return None
        keys, item, entries = now
        recorded = {(p.note, p.line, p.body) for p in info.places}
        if recorded == keys and all(p.near or not p.body for p in info.places) and not info.empty:
            # Up to date (the author aside: it changes only with a note's text or place).
            return None
        if item_id not in full:
            full[item_id] = tuple(place_of(e) for e in entries)
        if info.empty:
            return replace(item_info(item), places=full[item_id])
        return replace(info, places=full[item_id])

    annotation_infos = {
        a.id: info for a in annotations if (info := fresh(a.item_id, a.item)) is not None
    }
    mark_infos = {
        item_id: info
        for item_id, mark in marks.items()
        if (info := fresh(item_id, mark.item)) is not None
    }
    return annotation_infos, mark_infos


def refresh_places(
    store: AnnotationStore, corpus: Corpus, annotations: Sequence[Annotation]
) -> dict[str, ItemInfo]:
    """Record where annotated and marked items' entries are now (``plan_places``), in one
    transaction that changes nothing the user wrote; the annotations' new infos by id."""
    infos, mark_infos = plan_places(annotations, store.marks(), corpus)
    if infos or mark_infos:
        store.record_items(
            [(a.id, a.item_id, infos[a.id]) for a in annotations if a.id in infos],
            mark_infos.items(),
        )
    return infos


def gone_problem(gone: Gone) -> Problem:
    """What could not follow an item whose id changed, as a problem (the app's problems
    screen): what is kept, under which id, and where it is listed."""
    from summit_tui.corpus.model import Problem, Severity
    from summit_tui.words import count

    what = [count(len(gone.annotations), "annotation")] if gone.annotations else []
    if gone.mark is not None and gone.mark.starred:
        what.append("a star")
    if gone.mark is not None and gone.mark.reviewed:
        what.append("a review mark")
    listed = ", ".join(what[:-1]) + (" and " if len(what) > 1 else "") + what[-1] if what else ""
    name = f"'{gone.info.title}'" if gone.info.title else "an item (no title recorded)"
    if gone.info.speakers:
        name += f" ({', '.join(gone.info.speakers)})"
    return Problem(
        path="",
        line=None,
        severity=Severity.WARNING,
        message=(
            f"{listed or 'Annotations'} on {name}, item {gone.item_id}: these "
            "notes no longer have that item, and no item has the title and speakers recorded"
        ),
        action="kept under the old id (they come back if it does); A lists them as item gone",
    )
