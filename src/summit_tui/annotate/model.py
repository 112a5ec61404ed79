"""Annotations and item marks: plain data, shared by the store, anchoring and export.

A passage annotation points into one author's entry the W3C Web Annotation way: a
TextQuoteSelector (exact text plus some prefix and suffix) and a TextPositionSelector
(offsets within ``Entry.text``) used only as a hint, plus the entry id, note path and
the file line of the quote's start, so it can be found again after the note changes.
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

    def to_json(self) -> dict[str, Any]:
        return {
            "entry_id": self.entry_id,
            "note": self.note,
            "author": self.author,
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
        )


@dataclass(frozen=True, slots=True)
class Annotation:
    id: str  # uuid4 hex
    item_id: str
    comment: str = ""  # Markdown, may span lines
    tags: tuple[str, ...] = ()
    label: str | None = None  # a colour or label name, e.g. "yellow", "question"
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)
    target: Target | None = None  # None: an annotation on the whole item
    orphaned: bool = False  # the quote can no longer be found in the notes
    deleted: str | None = None  # when it was deleted (kept so delete can be undone)

    @property
    def is_passage(self) -> bool:
        return self.target is not None

    def with_changes(self, **changes: Any) -> Annotation:
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        return {
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
        }

    @classmethod
    def from_json(cls, data: Any) -> Annotation:
        """Validate and build; raises ValueError saying which field is wrong."""
        if not isinstance(data, dict):
            raise ValueError("an annotation must be an object")
        for key in ("id", "item_id", "created", "updated"):
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
        try:
            created = normalise_time(data["created"])
            updated = normalise_time(data["updated"])
            deleted = normalise_time(deleted) if deleted else None
        except ValueError:
            raise ValueError("created, updated and deleted must be ISO 8601 times") from None
        return cls(
            id=data["id"].strip(),
            item_id=data["item_id"].strip(),
            comment=comment,
            tags=normalise_tags(tags),
            label=label or None,
            created=created,
            updated=updated,
            target=Target.from_json(target) if target is not None else None,
            orphaned=bool(data.get("orphaned", False)),
            deleted=deleted,
        )


@dataclass(frozen=True, slots=True)
class ItemMark:
    item_id: str
    starred: bool = False
    reviewed: bool = False
    updated: str = field(default_factory=now_iso)

    @property
    def empty(self) -> bool:
        return not (self.starred or self.reviewed)

    def to_json(self) -> dict[str, Any]:
        return {
            "item_id": self.item_id,
            "starred": self.starred,
            "reviewed": self.reviewed,
            "updated": self.updated,
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
        )


@dataclass(frozen=True, slots=True)
class MergeResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    marks_changed: int = 0

    def __str__(self) -> str:
        from summit_tui.words import count

        return (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{count(self.marks_changed, 'mark')} changed"
        )
