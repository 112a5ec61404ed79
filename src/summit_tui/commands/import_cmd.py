"""`summit-tui import FILE.json`: merge a JSON export (importing twice adds nothing)."""

from __future__ import annotations

import argparse

from summit_tui.commands._common import CommandError, add_json_flag, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE.json", help="made by `summit-tui export --format json`"
    )
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from summit_tui.annotate.importer import ImportFormatError, import_file, read_export
    from summit_tui.commands._common import load_corpus
    from summit_tui.commands.annotate_cmd import open_store

    path = Path(args.file)
    try:  # a bad file is refused before the notes are read or the database is opened
        read_export(path)
    except ImportFormatError as error:
        raise CommandError(f"{error}; nothing was imported") from None
    corpus = load_corpus(args)
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
