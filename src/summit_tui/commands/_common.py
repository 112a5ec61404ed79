"""Helpers shared by the subcommands: loading the corpus, printing JSON, errors."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus


class CommandError(Exception):
    """A clear message for the user; the command exits with ``code``."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help="print JSON on stdout (and nothing else there)"
    )


def fail(message: str, code: int = 2) -> int:
    print(f"summit-tui: {message}", file=sys.stderr)
    return code


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def load_corpus(args: argparse.Namespace) -> Corpus:
    """Resolve the notes folder, say which on stderr, and build the corpus.

    Raises CommandError with a readable message when the folder is unusable.
    """
    from summit_tui import config
    from summit_tui.corpus.build import NotesDirError, build_corpus

    choice = config.resolve_notes_dir(getattr(args, "notes", None))
    print(f"summit-tui: notes from {choice.path} ({choice.why})", file=sys.stderr)
    try:
        return build_corpus(choice.path, cache_dir=config.cache_dir())
    except NotesDirError as error:
        raise CommandError(str(error)) from None
