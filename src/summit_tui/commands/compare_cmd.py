"""`summit-tui compare ITEM_ID [--json]`: how the authors of one item line up, as text."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from summit_tui.commands._common import CommandError, add_json_flag, print_json

if TYPE_CHECKING:
    from collections.abc import Callable

    from summit_tui.compare.align import AlignedPassage, Alignment


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "item_id", metavar="ITEM_ID", help="the item to compare (see `summit-tui list`)"
    )
    add_json_flag(parser)


def _passage_json(passage: AlignedPassage) -> dict[str, Any]:
    return {
        "index": passage.index,
        "entry": passage.entry_id,
        "note": passage.note,
        "line": passage.line,
        "end_line": passage.end_line,
        "kind": passage.kind,
        "context": passage.context,
        "text": passage.text,
        "coverage": passage.coverage,
        "unique": passage.unique,
        "counterparts": [
            {"author": c.author, "index": c.index, "score": c.score} for c in passage.counterparts
        ],
        "matches": [
            {"author": c.author, "index": c.index, "score": c.score} for c in passage.matches
        ],
    }


def to_json(alignment: Alignment, title: str) -> dict[str, Any]:
    return {
        "item": alignment.item_id,
        "title": title,
        "authors": list(alignment.authors),
        "threshold": alignment.threshold,
        "columns": [
            {
                "author": column.author,
                "entries": list(column.entries),
                "sources": list(column.sources),
                "unique": column.unique_count,
                "passages": [_passage_json(p) for p in column.passages],
            }
            for column in alignment.columns
        ],
    }


def _short(text: str, width: int = 72) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def print_text(alignment: Alignment, title: str, writer: Callable[[str], str] = str) -> None:
    """The alignment as text; ``writer`` shows an author key (``Corpus.writer``)."""
    from summit_tui.text import clean_line, shown_path
    from summit_tui.words import count

    def who(author: str) -> str:
        return clean_line(writer(author))

    others = len(alignment.authors) - 1
    print(f"{alignment.item_id}  {clean_line(title)}")
    print(f"authors: {', '.join(who(a) for a in alignment.authors)}")
    for column in alignment.columns:
        print()
        shared = len(column.passages) - column.unique_count
        shared -= sum(1 for passage in column.passages if passage.aside)
        print(
            f"== {who(column.author)}  ({', '.join(map(shown_path, column.sources))}; "
            f"{count(len(column.passages), 'passage')}, {shared} shared, "
            f"{column.unique_count} unique)"
        )
        for passage in column.passages:
            mark = "unique" if passage.unique else f"{passage.coverage}/{others}"
            if passage.aside:
                mark = "context"  # where and when, a byline, the note's opening: no point
            where = shown_path(passage.source)
            print(f"[{passage.index}] {where}  {mark}  {_short(clean_line(passage.text))}")
            for counterpart in passage.counterparts:
                other = alignment.passage(counterpart.author, counterpart.index)
                where = shown_path(other.source) if other else "?"
                text = _short(clean_line(other.text), 60) if other else ""
                print(
                    f"      ↔ {who(counterpart.author)} [{counterpart.index}] {where} "
                    f"({counterpart.score:.0f})  {text}"
                )


def run(args: argparse.Namespace) -> int:
    from summit_tui.commands._common import load_corpus, resolve_item
    from summit_tui.compare.align import align_item
    from summit_tui.text import clean_line
    from summit_tui.words import COMPARE_NEEDS_TWO

    corpus = load_corpus(args)
    item = resolve_item(corpus, args.item_id)
    authors = corpus.authors_for(item.id)
    if len(authors) < 2:
        # The app refuses this item; so does the command, in the same words.
        who = (
            f"only {clean_line(corpus.writer(authors[0]))} wrote about it"
            if authors
            else "no notes are linked to it"
        )
        raise CommandError(f"{item.id} ({clean_line(item.title)}): {who}. {COMPARE_NEEDS_TWO}", 1)
    alignment = align_item(corpus, item.id)
    if args.json:
        print_json(to_json(alignment, item.title))
        return 0
    print_text(alignment, item.title, corpus.writer)
    return 0
