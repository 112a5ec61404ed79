"""`summit-tui import FILE.json`: merge a JSON export (importing twice adds nothing)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from summit_tui.commands._common import CommandError, add_json_flag, print_json
from summit_tui.text import clean_line
from summit_tui.words import count

if TYPE_CHECKING:
    from summit_tui.annotate.model import Annotation, ItemMark
    from summit_tui.corpus.model import Corpus


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE.json", help="made by `summit-tui export --format json`"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="import even when nothing in the file is about these notes (kept as "
        "annotations of items no longer in the notes)",
    )
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from summit_tui.annotate.importer import ImportFormatError, import_file, read_export
    from summit_tui.commands._common import load_corpus
    from summit_tui.commands.annotate_cmd import open_store

    path = Path(args.file)
    try:  # a bad file is refused before the notes are read or the database is opened
        annotations, marks = read_export(path)
    except ImportFormatError as error:
        raise CommandError(f"{error}; nothing was imported") from None
    corpus = load_corpus(args)
    if not args.force and (annotations or marks) and not _about(corpus, annotations, marks):
        ids = ", ".join(dict.fromkeys(r.item_id for r in (*annotations, *marks) if r.item_id))
        raise CommandError(
            f"nothing in {path} is about these notes ({corpus.root}): its "
            f"{count(len(annotations), 'annotation')} and {count(len(marks), 'mark')} are "
            f"about items they do not have ({clean_line(ids)[:120] or 'passages of other notes'})"
            "; nothing was imported. Give --notes the folder it was exported from, or add "
            "--force to keep them here as items no longer in the notes"
        )
    with open_store(args, corpus) as store:
        try:
            result = import_file(store, path)
        except ImportFormatError as error:
            raise CommandError(f"{error}; nothing was imported") from None
    if args.json:
        print_json(
            {
                "added": result.added,
                "updated": result.updated,
                "unchanged": result.unchanged,
                "marks_changed": result.marks_changed,
                "conflicts": result.conflicts,
                "database": str(store.path),
            }
        )
    else:
        print(f"imported {path}: {result} (into {store.path})")
    return 0


def _about(corpus: Corpus, annotations: list[Annotation], marks: list[ItemMark]) -> bool:
    """Whether any record is about an item or a note of this corpus."""
    return any(corpus.item(m.item_id) is not None for m in marks) or any(
        (a.item_id and corpus.item(a.item_id) is not None)
        or (a.target is not None and corpus.note(a.target.note) is not None)
        for a in annotations
    )
