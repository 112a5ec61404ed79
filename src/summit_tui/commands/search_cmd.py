"""`summit-tui search QUERY`: the app's search, for scripts.

Prints one result per line: kind, item title, author, snippet, and where (note:line).
``--json`` prints one object: {"query", "filters", "results": [...]}, each result with
kind, item_id, title, entry_id, note, author, passage, line, score, field, snippet,
spans ([start, end) character ranges of the snippet that matched), annotation_id and
annotation (an annotation's own fields: what a script needs without a second command).
Exit status: 0 with results, 1 with none, 2 for a bad query (e.g. ``kind:talkz``).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from summit_tui.commands._common import (
    CommandError,
    add_json_flag,
    load_corpus,
    notes_folder,
    print_json,
    settings_for,
)

if TYPE_CHECKING:
    from summit_tui.annotate.model import Annotation
    from summit_tui.corpus.model import Corpus
    from summit_tui.search.index import IndexedFolder, Result, SearchIndex


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "query",
        nargs="+",
        metavar="QUERY",
        help="words to find; filters: kind:booth|session author:NAME day:1|2024-11-04 "
        'track:NAME (quote values with spaces: author:"Kim Lee")',
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=None,
        metavar="N",
        help="at most N results (default: the search_limit setting, 50; 0 for every result)",
    )
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    import atexit
    import gc

    # One search, then the process ends: reading the saved index makes many objects and
    # no cycles that matter, and the collector's passes over them (while searching, and
    # once more over all of them as the interpreter ends) would cost a tenth of the time.
    collecting = gc.isenabled()
    gc.disable()
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)  # what is left at exit is not looked at again
    try:
        return _run(args)
    finally:
        if collecting:
            gc.enable()


def _run(args: argparse.Namespace) -> int:
    from summit_tui.search.query import parse_query

    query = " ".join(args.query)
    if args.limit is not None and args.limit < 0:
        raise CommandError("--limit must be 0 (every result) or more")
    parsed = parse_query(query)
    if parsed.problems:
        raise CommandError("; ".join(parsed.problems))
    if not parsed.text and not parsed.filters:
        raise CommandError("nothing to search for: give words or filters")

    from summit_tui.commands._common import settings_for

    settings = settings_for(args)
    settings.override("search_limit", args.limit, "--limit")
    limit = settings.search_limit or sys.maxsize
    annotations: dict[str, Annotation] = {}  # by id: those the results can name
    index = _index(args, annotations)
    results = index.search_parsed(parsed, limit + 1, resolve=True)  # one more: are there more?
    results = [_at_passage(index, result, annotations) for result in results]
    more = len(results) > limit
    del results[limit:]
    if args.json:
        filters = parsed.filters
        print_json(
            {
                "query": query,
                "text": parsed.text,
                "filters": {
                    "kind": list(filters.kinds),
                    "author": list(filters.authors),
                    "day": list(filters.days),
                    "track": list(filters.tracks),
                },
                "results": [_json(result, annotations) for result in results],
            }
        )
    else:
        # Results from several events each say which: two talks of one title are told apart.
        several = len({result.event for result in results if result.event}) > 1
        for result in results:
            shown = {"author": index.writer(result.author) if result.author else None}
            print(_line(result.to_json() | shown, event=several))
        if more:
            from summit_tui.words import count

            shown = count(limit, "result")
            print(
                f"summit-tui: the first {shown} shown; --limit 0 shows every one", file=sys.stderr
            )
        if not results:
            from summit_tui.search.suggest import unknown_filters

            hints: list[str] = []
            if parsed.filters:  # which filter names nothing: said from the whole corpus
                corpus = index.corpus or load_corpus(args, quiet=True)
                hints = unknown_filters(parsed.filters, corpus)
            why = "".join(f"; {hint}" for hint in hints)
            print(f"summit-tui: nothing matches {query!r}{why}", file=sys.stderr)
    return 0 if results else 1


def _at_passage(index: SearchIndex, result: Result, annotations: dict[str, Annotation]) -> Result:
    """An annotation on a passage points at that passage (its number in the entry and its
    line), as the app opens it (the index knows only its entry), not at the entry's first
    line (QA4-15). An orphan's text is no longer in the notes: it keeps the entry's."""
    annotation = annotations.get(result.annotation_id or "")
    if annotation is None or annotation.orphaned or result.entry_id is None:
        return result
    target = annotation.target
    if target is None or not target.line:
        return result
    passage = index.passage_at(result.entry_id, target.line)
    return replace(result, line=target.line, passage=passage.index if passage else None)


def _json(result: Result, annotations: dict[str, Annotation]) -> dict[str, Any]:
    """A result for scripts; an annotation's carries its own fields (``annotation``)."""
    annotation = annotations.get(result.annotation_id or "")
    own = None
    if annotation is not None:
        target = annotation.target
        own = {
            "comment": annotation.comment,
            "tags": list(annotation.tags),
            "label": annotation.label,
            "quote": target.shown if target is not None else None,  # None: on the whole item
            "orphaned": annotation.orphaned,
            "created": annotation.created,
            "updated": annotation.updated,
        }
    return {**result.to_json(), "annotation": own}


def _index(args: argparse.Namespace, annotations: dict[str, Annotation]) -> SearchIndex:
    """The saved index brought up to date with the notes changed since (only those are
    parsed); the whole corpus is loaded only when there is none or too much changed."""
    from summit_tui import config
    from summit_tui.corpus.build import NotesDirError
    from summit_tui.search.index import SearchIndex

    cache = config.cache_dir()
    try:
        follow_links = settings_for(args).follow_links
        index = SearchIndex.open_folder(notes_folder(args), cache, follow_links=follow_links)
    except NotesDirError as error:
        raise CommandError(str(error)) from None
    if index is None:
        corpus = load_corpus(args, quiet=True)
        return SearchIndex.load_or_build(corpus, cache, _annotations(args, corpus, annotations))
    index.set_annotations(_annotations(args, index.folder(), annotations))
    return index


def _line(result: dict[str, Any], *, event: bool = False) -> str:
    from summit_tui.text import clean_line, shown_path

    where = f"{shown_path(result['note'])}:{result['line']}" if result["note"] else ""
    parts = [
        f"{result['kind']:<10}",
        clean_line(result["title"] or ""),
        *(["·", f"[{clean_line(result['event'])}]"] if event and result["event"] else []),
        "·",
        clean_line(result["author"] or "-"),
        "·",
        clean_line(result["snippet"]),
    ]
    line = " ".join(parts)
    return f"{line}  ({where})" if where else line


def _annotations(
    args: argparse.Namespace, corpus: Corpus | IndexedFolder, by_id: dict[str, Annotation]
) -> list:
    """This notes folder's annotations as search documents; none when there is no
    database yet. Searching never writes to the database. ``corpus`` may be what the
    search index knows of the folder (its notes and items), which is all this needs.
    ``by_id`` gets each annotation by its id."""
    from summit_tui import config
    from summit_tui.annotate.db_file import db_path

    folder = config.data_dir(getattr(args, "data_dir", None))
    if not db_path(folder).exists():
        return []  # searching never creates the database (nor imports the store to say so)
    from summit_tui.annotate.collection import attach
    from summit_tui.annotate.store import AnnotationStore, StoreError
    from summit_tui.search.index import annotation_docs

    try:
        with AnnotationStore.open(folder, read_only=True) as store:
            attach(store, corpus)  # type: ignore[arg-type]
            annotations = store.annotations()
    except StoreError as error:  # a damaged store must not stop a search of the notes
        print(f"summit-tui: annotations not searched: {error}", file=sys.stderr)
        return []
    by_id.update((annotation.id, annotation) for annotation in annotations)
    return annotation_docs(annotations)
