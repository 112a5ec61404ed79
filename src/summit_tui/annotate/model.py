"""Annotations and item marks: plain data, shared by the store, anchoring and export.

A passage annotation points into one author's entry the W3C Web Annotation way: a
TextQuoteSelector (exact text plus some prefix and suffix) and a TextPositionSelector
(offsets within ``Entry.text``) used only as a hint, plus the entry id, note path and
the file line of the quote's start, so it can be found again after the note changes.
The selector's ``exact`` is the Markdown source (for finding it again); ``quote`` is
the text the user saw, without Markdown markers (for showing and exporting).

Every annotation and mark also records the item it was made on as the user saw it
(``ItemInfo``: title, speakers, kind, event), so that what was filed under an item id
that no longer exists can be re-attached to the item it belongs to now.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any


def now_iso() -> str:
    """The current time as ISO 8601 UTC with microseconds (sortable as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse_time(value: str) -> datetime:
    """An ISO time as an aware UTC datetime; naive times are taken as UTC."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def normalise_time(value: str) -> str:
    return parse_time(value).isoformat(timespec="microseconds").replace("+00:00", "Z")


def normalise_tags(tags: Any) -> tuple[str, ...]:
    """Tags as the user means them: no leading '#', inner spaces as '-', no duplicates."""
    result: list[str] = []
    for tag in tags or ():
        text = "-".join(str(tag).split()).lstrip("#")
        if text and text not in result:
            result.append(text)
    return tuple(result)


@dataclass(frozen=True, slots=True)
class Place:
    """Where one of an item's entries was: its note, its heading's line, and a digest of
    the text under its heading (the heading itself left out, so a renamed heading keeps it)."""

    note: str
    line: int
    body: str = ""  # "" when the entry has no text under its heading
    # A sample of the text's word pairs (annotate/items.py ``_sketch``): the entry is told
    # again when text was added or changed under it since ("" for places recorded before).
    near: str = ""
    author: str = ""  # whose entry it was: a note found elsewhere must still be theirs

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"note": self.note, "line": self.line, "body": self.body}
        if self.near:
            data["near"] = self.near
        if self.author:
            data["author"] = self.author
        return data

    @classmethod
    def from_json(cls, data: Any) -> Place | None:
        if not isinstance(data, dict):
            return None
        note, line = data.get("note"), data.get("line")
        if not isinstance(note, str) or isinstance(line, bool) or not isinstance(line, int):
            return None

        def text(key: str) -> str:
            value = data.get(key, "")
            return value if isinstance(value, str) else ""

        return cls(note, line, text("body"), text("near"), text("author"))


@dataclass(frozen=True, slots=True)
class ItemInfo:
    """The item an annotation or mark was made on, as it was then."""

    title: str = ""
    speakers: tuple[str, ...] = ()
    kind: str | None = None  # "session" or "booth"
    event: str | None = None  # the event id
    places: tuple[Place, ...] = ()  # where its entries were: found again by place

    @property
    def empty(self) -> bool:
        return not (self.title or self.speakers)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "title": self.title,
            "speakers": list(self.speakers),
            "kind": self.kind,
            "event": self.event,
        }
        if self.places:
            data["places"] = [place.to_json() for place in self.places]
        return data

    @classmethod
    def from_json(cls, data: Any) -> ItemInfo:
        """Lenient: what cannot be read is left out (this is a hint, not the user's text)."""
        if not isinstance(data, dict):
            return cls()
        speakers = data.get("speakers")
        places = data.get("places")
        found = (Place.from_json(p) for p in places) if isinstance(places, list) else ()
        return cls(
            title=data["title"] if isinstance(data.get("title"), str) else "",
            speakers=tuple(s for s in speakers if isinstance(s, str))
            if isinstance(speakers, list)
            else (),
            kind=data["kind"] if isinstance(data.get("kind"), str) else None,
            event=data["event"] if isinstance(data.get("event"), str) else None,
            places=tuple(p for p in found if p is not None),
        )


@dataclass(frozen=True, slots=True)
class Target:
    """Where a passage annotation points."""

    entry_id: str
    note: str  # Note.path, relative to the notes folder
    exact: str  # TextQuoteSelector
    prefix: str = ""
    suffix: str = ""
    start: int | None = None  # TextPositionSelector: offsets within Entry.text
    end: int | None = None
    line: int | None = None  # file line of the quote's first character
    author: str = ""  # the entry's author, kept so orphans still say whose words they were
    quote: str = ""  # ``exact`` as the user saw it: no Markdown markers ("" for old ones)

    @property
    def shown(self) -> str:
        """The quote as displayed: ``quote``, or the readable text of ``exact``."""
        if self.quote:
            return self.quote
        from summit_tui.annotate.plain import displayed_text

        return displayed_text(self.exact)

    def to_json(self) -> dict[str, Any]:
        return {
            "entry_id": self.entry_id,
            "note": self.note,
            "author": self.author,
            "quote": self.shown,
            "exact": self.exact,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "start": self.start,
            "end": self.end,
            "line": self.line,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Target:
        def opt_int(key: str) -> int | None:
            value = data.get(key)
            if value is None:
                return None
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"target.{key} must be a whole number")
            return value

        for key in ("entry_id", "note", "exact"):
            if not isinstance(data.get(key), str):
                raise ValueError(f"target.{key} must be text")
        return cls(
            entry_id=data["entry_id"],
            note=data["note"],
            exact=data["exact"],
            prefix=str(data.get("prefix") or ""),
            suffix=str(data.get("suffix") or ""),
            start=opt_int("start"),
            end=opt_int("end"),
            line=opt_int("line"),
            author=str(data.get("author") or ""),
            quote=data["quote"] if isinstance(data.get("quote"), str) else "",
        )


@dataclass(frozen=True, slots=True)
class Annotation:
    id: str  # uuid4 hex
    item_id: str  # "" for a passage that belongs to no item (an unsorted essay, an intro)
    comment: str = ""  # Markdown, may span lines
    tags: tuple[str, ...] = ()
    label: str | None = None  # a colour or label name, e.g. "yellow", "question"
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)
    target: Target | None = None  # None: an annotation on the whole item
    orphaned: bool = False  # the quote can no longer be found in the notes
    deleted: str | None = None  # when it was deleted (kept so delete can be undone)
    item: ItemInfo = ItemInfo()  # the item as it was when annotated (title, speakers)
    collection: str = ""  # the notes folder it was made in (see annotate/collection.py)
    conflict_of: str | None = None  # imported: the id of the annotation it conflicted with

    @property
    def is_passage(self) -> bool:
        return self.target is not None

    @property
    def unsorted(self) -> bool:
        """A passage annotation on text that belongs to no item."""
        return not self.item_id

    def with_changes(self, **changes: Any) -> Annotation:
        return replace(self, **changes)

    def same_content(self, other: Annotation) -> bool:
        """Does ``other`` say the same thing (what the user wrote, on the same passage)?"""
        return (
            self.item_id == other.item_id
            and self.comment == other.comment
            and self.tags == other.tags
            and self.label == other.label
            and (self.deleted is None) == (other.deleted is None)
            and _same_place(self.target, other.target)
        )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "item_id": self.item_id,
            "comment": self.comment,
            "tags": list(self.tags),
            "label": self.label,
            "created": self.created,
            "updated": self.updated,
            "orphaned": self.orphaned,
            "deleted": self.deleted,
            "target": self.target.to_json() if self.target else None,
            "item": self.item.to_json(),
        }
        if self.conflict_of:
            data["conflict_of"] = self.conflict_of
        return data

    @classmethod
    def from_json(cls, data: Any) -> Annotation:
        """Validate and build; raises ValueError saying which field is wrong."""
        if not isinstance(data, dict):
            raise ValueError("an annotation must be an object")
        if not isinstance(data.get("id"), str) or not data["id"].strip():
            raise ValueError("id must be non-empty text")
        item_id = data.get("item_id")
        if not isinstance(item_id, str) or not (item_id.strip() or data.get("target")):
            raise ValueError("item_id must be non-empty text (empty only for a passage)")
        for key in ("created", "updated"):
            if not isinstance(data.get(key), str) or not data[key].strip():
                raise ValueError(f"{key} must be non-empty text")
        comment = data.get("comment", "")
        if not isinstance(comment, str):
            raise ValueError("comment must be text")
        tags = data.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise ValueError("tags must be a list of text")
        label = data.get("label")
        if label is not None and not isinstance(label, str):
            raise ValueError("label must be text or null")
        deleted = data.get("deleted")
        if deleted is not None and not isinstance(deleted, str):
            raise ValueError("deleted must be a time or null")
        target = data.get("target")
        if target is not None and not isinstance(target, dict):
            raise ValueError("target must be an object or null")
        conflict_of = data.get("conflict_of")
        if conflict_of is not None and not isinstance(conflict_of, str):
            raise ValueError("conflict_of must be text or null")
        try:
            created = normalise_time(data["created"])
            updated = normalise_time(data["updated"])
            deleted = normalise_time(deleted) if deleted else None
        except ValueError:
            raise ValueError("created, updated and deleted must be ISO 8601 times") from None
        return cls(
            id=data["id"].strip(),
            item_id=item_id.strip(),
            comment=comment,
            tags=normalise_tags(tags),
            label=label or None,
            created=created,
            updated=updated,
            target=Target.from_json(target) if target is not None else None,
            orphaned=bool(data.get("orphaned", False)),
            deleted=deleted,
            item=ItemInfo.from_json(data.get("item")),
            conflict_of=conflict_of or None,
        )


def _same_place(a: Target | None, b: Target | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a.note, a.exact, a.prefix, a.suffix) == (b.note, b.exact, b.prefix, b.suffix)


@dataclass(frozen=True, slots=True)
class ItemMark:
    item_id: str
    starred: bool = False
    reviewed: bool = False
    updated: str = field(default_factory=now_iso)
    item: ItemInfo = ItemInfo()  # the item as it was when marked

    @property
    def empty(self) -> bool:
        return not (self.starred or self.reviewed)

    def to_json(self) -> dict[str, Any]:
        return {
            "item_id": self.item_id,
            "starred": self.starred,
            "reviewed": self.reviewed,
            "updated": self.updated,
            "item": self.item.to_json(),
        }

    @classmethod
    def from_json(cls, data: Any) -> ItemMark:
        if not isinstance(data, dict):
            raise ValueError("a mark must be an object")
        if not isinstance(data.get("item_id"), str) or not data["item_id"].strip():
            raise ValueError("item_id must be non-empty text")
        for key in ("starred", "reviewed"):
            if not isinstance(data.get(key, False), bool):
                raise ValueError(f"{key} must be true or false")
        try:
            updated = normalise_time(str(data.get("updated", "")))
        except ValueError:
            raise ValueError("updated must be an ISO 8601 time") from None
        return cls(
            item_id=data["item_id"].strip(),
            starred=bool(data.get("starred", False)),
            reviewed=bool(data.get("reviewed", False)),
            updated=updated,
            item=ItemInfo.from_json(data.get("item")),
        )


@dataclass(frozen=True, slots=True)
class MergeResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    marks_changed: int = 0
    conflicts: int = 0  # same id and time, different text: both kept

    def __str__(self) -> str:
        from summit_tui.words import count

        text = (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{count(self.marks_changed, 'mark')} changed"
        )
        if self.conflicts:
            text += (
                f", {count(self.conflicts, 'conflict')} "
                "(same time, different text: both kept, the imported one as a new "
                "annotation marked as a conflict)"
            )
        return text


@dataclass(frozen=True, slots=True)
class Collection:
    """One notes folder's annotations (see annotate/collection.py for how one is found)."""

    id: str  # uuid4 hex; "" holds what was made before collections, until a folder adopts it
    name: str  # the folder's name when first opened
    path: str | None  # the folder's absolute path when last opened
    notes: bytes = b""  # fingerprint of its notes' paths and titles (annotate/collection.py)
    created: str = field(default_factory=now_iso)
    seen: str = field(default_factory=now_iso)

    @property
    def note_count(self) -> int:
        return len(self.notes) // 16
