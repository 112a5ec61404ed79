"""Read a JSON export back and merge it into a store (idempotent: by id, newer wins;
the same time with different text is a conflict, and both are kept)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summit_tui.annotate.export import FORMAT, FORMAT_VERSION
from summit_tui.annotate.model import Annotation, ItemMark, MergeResult

if TYPE_CHECKING:
    from summit_tui.annotate.store import AnnotationStore


class ImportFormatError(Exception):
    """The file is not a summit-tui JSON export; the message names the file and the place."""


def parse_export(data: Any, source: str) -> tuple[list[Annotation], list[ItemMark]]:
    """Validate every record before anything is written, so a bad file changes nothing."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFormatError(
            f"{source}: not a summit-tui annotations export "
            f'(expected "format": "{FORMAT}"; make one with `summit-tui export --format json`)'
        )
    version = data.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ImportFormatError(
            f"{source}: export format version {version!r} is not one this summit-tui reads "
            f"(up to {FORMAT_VERSION})"
        )
    raw_annotations = data.get("annotations", [])
    raw_marks = data.get("marks", [])
    if not isinstance(raw_annotations, list) or not isinstance(raw_marks, list):
        raise ImportFormatError(f"{source}: 'annotations' and 'marks' must be lists")
    annotations: list[Annotation] = []
    for index, record in enumerate(raw_annotations):
        try:
            annotations.append(Annotation.from_json(record))
        except ValueError as error:
            raise ImportFormatError(f"{source}: annotations[{index}]: {error}") from None
    marks: list[ItemMark] = []
    for index, record in enumerate(raw_marks):
        try:
            marks.append(ItemMark.from_json(record))
        except ValueError as error:
            raise ImportFormatError(f"{source}: marks[{index}]: {error}") from None
    return annotations, marks


def read_export(path: Path) -> tuple[list[Annotation], list[ItemMark]]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFormatError(f"{path}: not UTF-8 text, so not a JSON export") from None
    except OSError as error:
        raise ImportFormatError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFormatError(
            f"{path}:{error.lineno}:{error.colno}: not valid JSON ({error.msg})"
        ) from None
    except RecursionError:
        raise ImportFormatError(
            f"{path}: nested too deeply to be an annotations export "
            "(lists or objects inside each other thousands of levels deep)"
        ) from None
    return parse_export(data, str(path))


def import_file(store: AnnotationStore, path: Path) -> MergeResult:
    annotations, marks = read_export(path)
    return store.merge(annotations, marks)
