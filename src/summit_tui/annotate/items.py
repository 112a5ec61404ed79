"""What an annotation records of its item, and re-filing by it when an item's id changes.

Each annotation and mark records its item's title, speakers, kind and event. When the
notes no longer have an item id that annotations or marks are filed under (a program was
added, a title corrected: issue 14's ids), they move to the one item that has that title
and those speakers now. When no item, or more than one, fits, nothing moves: they stay
under the old id (so they come back if it does) and are reported (``Refiling.gone``:
`check`, the annotation list, the export), never filed away silently.

When no item has that title (the user renamed a generic heading, or the engine now reads
the title better), they follow by place: the one item whose entry is where the old item's
entry was (same note, same text under the heading). Such a move is told (``placed``) and
the new id is recorded, so it never rests on the same guess twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
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
    return Place(entry.note, entry.start_line, _body_digest(entry.text))


def _body_digest(text: str) -> str:
    """A digest of an entry's text below its first line, spaces normalised ("" for none)."""
    from hashlib import blake2b

    _, _, body = text.partition("\n")
    words = " ".join(body.split())
    return blake2b(words.encode(), digest_size=8).hexdigest() if words else ""


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
    """The one item whose entries are where the old item's were: in the same note, with
    the same text under the heading (and, for an entry with none, on the same line).
    None when no item, or more than one, is there: that is not guessed."""
    found: set[str] = set()
    for note in {p.note for p in places}:
        here = {(p.line, p.body) for p in places if p.note == note}
        bodies = {body for _, body in here if body}
        for entry in by_note.get(note, ()):
            now = place_of(entry)
            if now.body in bodies or (now.line, now.body) in here:
                item_id = corpus.linked_item_id(entry.id)
                if item_id is not None:
                    found.add(item_id)
    if len(found) != 1:
        return None
    return corpus.item(found.pop())


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
