"""Annotations and marks as SQLite rows, for every schema version the store can read.

A database that cannot be migrated (read-only, damaged) may still have an older schema:
its missing columns are read as their defaults.
"""

from __future__ import annotations

import json
import sqlite3
from functools import lru_cache
from typing import Any

from summit_tui.annotate.model import Annotation, ItemInfo, ItemMark, Target

# Column name -> what to read instead from a schema that predates it.
_ANNOTATION_COLUMNS: tuple[tuple[str, int, str], ...] = (
    ("id", 1, ""),
    ("item_id", 1, ""),
    ("comment", 1, ""),
    ("tags", 1, ""),
    ("label", 1, ""),
    ("created", 1, ""),
    ("updated", 1, ""),
    ("entry_id", 1, ""),
    ("note_path", 1, ""),
    ("author", 1, ""),
    ("exact", 1, ""),
    ("prefix", 1, ""),
    ("suffix", 1, ""),
    ("pos_start", 1, ""),
    ("pos_end", 1, ""),
    ("line", 1, ""),
    ("orphaned", 1, ""),
    ("deleted", 1, ""),
    ("collection", 2, "''"),
    ("quote", 2, "NULL"),
    ("item_info", 2, "NULL"),
    ("conflict_of", 2, "NULL"),
)
ANNOTATION_NAMES = ", ".join(name for name, _, _ in _ANNOTATION_COLUMNS)
_MARK_COLUMNS: tuple[tuple[str, int, str], ...] = (
    ("item_id", 1, ""),
    ("starred", 1, ""),
    ("reviewed", 1, ""),
    ("updated", 1, ""),
    ("collection", 2, "''"),
    ("item_info", 2, "NULL"),
)
MARK_NAMES = ", ".join(name for name, _, _ in _MARK_COLUMNS)


def _select(columns: tuple[tuple[str, int, str], ...], version: int) -> str:
    return ", ".join(
        name if version >= since else f"{default} AS {name}" for name, since, default in columns
    )


def annotation_columns(version: int) -> str:
    return _select(_ANNOTATION_COLUMNS, version)


def mark_columns(version: int) -> str:
    return _select(_MARK_COLUMNS, version)


def collection_column(version: int) -> str:
    """What to compare a collection id with in a WHERE clause."""
    return "collection" if version >= 2 else "''"


def _info_json(info: ItemInfo) -> str | None:
    return None if info.empty else json.dumps(info.to_json(), ensure_ascii=False)


# Many annotations share an item and a set of tags: each stored text is parsed once
# (both results are immutable).
@lru_cache(maxsize=1024)
def _info(text: str | None) -> ItemInfo:
    if not text:
        return ItemInfo()
    try:
        return ItemInfo.from_json(json.loads(text))
    except (ValueError, TypeError, RecursionError):
        return ItemInfo()


@lru_cache(maxsize=1024)
def _tags(text: str | None) -> tuple[Any, ...]:
    try:
        return tuple(json.loads(text))  # type: ignore[arg-type]
    except (ValueError, TypeError, RecursionError):
        return ()


def annotation_values(a: Annotation) -> tuple[Any, ...]:
    t = a.target
    return (
        a.id,
        a.item_id,
        a.comment,
        json.dumps(list(a.tags), ensure_ascii=False),
        a.label,
        a.created,
        a.updated,
        t.entry_id if t else None,
        t.note if t else None,
        t.author if t else None,
        t.exact if t else None,
        t.prefix if t else None,
        t.suffix if t else None,
        t.start if t else None,
        t.end if t else None,
        t.line if t else None,
        int(a.orphaned),
        a.deleted,
        a.collection,
        (t.quote or None) if t else None,
        _info_json(a.item),
        a.conflict_of,
    )


_PLACES = ", ".join("?" * len(_ANNOTATION_COLUMNS))


def insert(db: sqlite3.Connection, annotation: Annotation, *, replace: bool = False) -> None:
    verb = "INSERT OR REPLACE" if replace else "INSERT"
    db.execute(
        f"{verb} INTO annotations ({ANNOTATION_NAMES}) VALUES ({_PLACES})",
        annotation_values(annotation),
    )


def get(db: sqlite3.Connection, annotation_id: str) -> Annotation | None:
    row = db.execute(
        f"SELECT {ANNOTATION_NAMES} FROM annotations WHERE id = ?", (annotation_id,)
    ).fetchone()
    return annotation_from_row(row) if row else None


def annotation_from_row(row: tuple[Any, ...]) -> Annotation:
    (
        id_,
        item_id,
        comment,
        tags,
        label,
        created,
        updated,
        entry_id,
        note_path,
        author,
        exact,
        prefix,
        suffix,
        pos_start,
        pos_end,
        line,
        orphaned,
        deleted,
        collection,
        quote,
        item_info,
        conflict_of,
    ) = row
    target = None
    if entry_id is not None and exact is not None:
        target = Target(
            entry_id=entry_id,
            note=note_path or "",
            exact=exact,
            prefix=prefix or "",
            suffix=suffix or "",
            start=pos_start,
            end=pos_end,
            line=line,
            author=author or "",
            quote=quote or "",
        )
    return Annotation(
        id=id_,
        item_id=item_id or "",
        comment=comment or "",
        tags=_tags(tags),
        label=label,
        created=created,
        updated=updated,
        target=target,
        orphaned=bool(orphaned),
        deleted=deleted,
        item=_info(item_info),
        collection=collection or "",
        conflict_of=conflict_of,
    )


def mark_from_row(row: tuple[Any, ...]) -> ItemMark:
    item_id, starred, reviewed, updated, _collection, item_info = row
    return ItemMark(
        item_id,
        starred=bool(starred),
        reviewed=bool(reviewed),
        updated=updated,
        item=_info(item_info),
    )


def get_mark(db: sqlite3.Connection, collection: str, item_id: str) -> ItemMark | None:
    row = db.execute(
        f"SELECT {MARK_NAMES} FROM marks WHERE collection = ? AND item_id = ?",
        (collection, item_id),
    ).fetchone()
    return mark_from_row(row) if row else None


def put_mark(db: sqlite3.Connection, collection: str, mark: ItemMark) -> None:
    db.execute(
        "INSERT OR REPLACE INTO marks "
        "(collection, item_id, starred, reviewed, updated, item_info) VALUES (?, ?, ?, ?, ?, ?)",
        (
            collection,
            mark.item_id,
            int(mark.starred),
            int(mark.reviewed),
            mark.updated,
            _info_json(mark.item),
        ),
    )
