"""Helpers shared by the subcommands: loading the corpus, printing JSON, errors."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from typing import TextIO

    from summit_tui.corpus.model import Corpus, Item, Problem
    from summit_tui.settings import Settings


class CommandError(Exception):
    """A clear message for the user; the command exits with ``code``."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json",
        action="store_true",
        help="print JSON on stdout (and nothing else there), compact: one line",
    )
    parser.add_argument(
        "--pretty",
        action="store_true",
        help="JSON indented, for people to read (implies --json)",
    )


class _Output:
    """How JSON is printed; ``cli.main`` sets it from the command's ``--pretty``."""

    pretty = False


def configure_output(args: argparse.Namespace) -> None:
    _Output.pretty = bool(getattr(args, "pretty", False))
    if _Output.pretty:
        args.json = True  # asking for indented JSON is asking for JSON


def fail(message: str, code: int = 2) -> int:
    print(f"summit-tui: {message}", file=sys.stderr)
    return code


def print_json(data: Any) -> None:
    """``data`` as JSON on stdout: compact by default, indented with ``--pretty``."""
    pretty = _Output.pretty
    from summit_tui.text import json_text

    text = json.dumps(data, ensure_ascii=False, indent=2) if pretty else compact_json(data)
    sys.stdout.write(json_text(text))
    sys.stdout.write("\n")


def compact_json(data: Any) -> str:
    """``data`` as one line of JSON, as ``json.dumps(data, ensure_ascii=False,
    separators=(",", ":"))`` writes it, by orjson (3-5x faster than the standard
    library's C encoder on ``list --json``'s 10 MB). What orjson does not take (a lone
    surrogate from an undecodable file name, a key that is not a string) goes through the
    standard encoder. It differs only where no command prints anything: exponents (1e-7
    for 1e-07) and NaN or infinity (null)."""
    import orjson

    try:
        return orjson.dumps(data).decode("utf-8")
    except TypeError:  # orjson.JSONEncodeError
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def problem_line(problem: Problem) -> str:
    """``FILE:LINE: severity: message (what was done)``: every command prints problems so."""
    from summit_tui.text import clean_line, shown_path

    where = shown_path(problem.path) + (f":{problem.line}" if problem.line else "")
    action = f" ({clean_line(problem.action)})" if problem.action else ""
    return f"{where}: {problem.severity.value}: {clean_line(problem.message)}{action}"


def settings_for(args: argparse.Namespace) -> Settings:
    """The user's settings with this command line's flags applied (read once per command;
    what cannot be read is said on stderr, once, and its default used)."""
    cached = getattr(args, "_settings", None)
    if cached is not None:
        return cached
    from summit_tui import settings as settings_module

    settings = settings_module.load()
    for problem in settings.problems:
        print(f"summit-tui: {problem}", file=sys.stderr)
    notes = getattr(args, "notes", None)
    settings.override("notes", notes, "--notes")
    if getattr(args, "follow_links", None):
        settings.override("follow_links", True, "--follow-links")
    args._settings = settings
    return settings


def load_corpus(args: argparse.Namespace, *, quiet: bool = False) -> Corpus:
    """Resolve the notes folder, say which on stderr (unless ``quiet``: said already),
    and build the corpus.

    Raises CommandError with a readable message when the folder is unusable.
    """
    from summit_tui import config
    from summit_tui.corpus.build import NotesDirError, build_corpus

    folder = notes_folder(args, quiet=quiet)
    try:
        return build_corpus(
            folder, cache_dir=config.cache_dir(), follow_links=settings_for(args).follow_links
        )
    except NotesDirError as error:
        raise CommandError(str(error)) from None


def notes_folder(args: argparse.Namespace, *, quiet: bool = False) -> Path:
    """The notes folder the command works on (``--notes``, the settings, the environment,
    ./notes or the shipped notes), said on stderr unless ``quiet``."""
    from summit_tui import config

    choice = config.resolve_notes_dir(
        getattr(args, "notes", None), settings_for(args).notes_choice()
    )
    if not quiet and choice.path.is_dir():  # a missing folder gets its error instead
        print(f"summit-tui: notes from {choice.path} ({choice.why})", file=sys.stderr)
    return choice.path


def resolve_item(corpus: Corpus, item_id: str) -> Item:
    """The item with this id, or a CommandError with the closest items (the one suggester
    every command and the palette use: ids, titles, aliases and speakers, Korean too)."""
    from summit_tui.search.suggest import item_suggester, unknown

    item = corpus.item(item_id)
    if item is not None:
        return item
    raise CommandError(
        unknown(
            "item with id",
            item_id,
            item_suggester(corpus),
            listing="`summit-tui list` shows every item id",
        )
    )


def write_output(path: Path, text: str) -> None:
    """Write a file the user asked for (``-o``): whole or not at all (``persist``), with the
    permissions their umask gives (not a cache's 0600); a missing folder is refused, never
    created."""
    write_output_with(path, lambda out: out.write(text))


def write_output_with(path: Path, write: Callable[[TextIO], object]) -> None:
    """``write_output`` for text written as it is made (``write(handle)``), still whole
    or not at all."""
    from summit_tui import persist

    folder = path.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise CommandError(f"cannot write {path}: the folder {folder} {what}; nothing was written")
    try:
        persist.write_text_atomic(path, write, private=False)
    except OSError as error:
        raise CommandError(f"cannot write {path}: {error.strerror or error}") from None
