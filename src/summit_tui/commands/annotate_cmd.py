"""`summit-tui annotate ITEM_ID "comment" [--quote TEXT] [--author NAME] [--tag T]...`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from summit_tui.commands._common import CommandError, add_json_flag, print_json, resolve_item

if TYPE_CHECKING:
    from summit_tui.annotate.store import AnnotationStore


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("item_id", metavar="ITEM_ID", help="the item (see `summit-tui list`)")
    parser.add_argument("comment", metavar="COMMENT", help="the comment (Markdown)")
    parser.add_argument(
        "--quote", metavar="TEXT", help="annotate this passage of a note about the item"
    )
    parser.add_argument(
        "--author", metavar="NAME", help="whose note the quote is from (when several match)"
    )
    parser.add_argument(
        "--tag", metavar="T", action="append", default=[], help="a tag (repeat for more)"
    )
    parser.add_argument("--label", metavar="LABEL", help="a colour or label, e.g. yellow")
    add_json_flag(parser)


def open_store(args: argparse.Namespace) -> AnnotationStore:
    """The store in the data dir, or a CommandError saying which file and why."""
    from summit_tui import config
    from summit_tui.annotate.store import AnnotationStore, StoreError

    try:
        return AnnotationStore.open(config.data_dir(getattr(args, "data_dir", None)))
    except StoreError as error:
        raise CommandError(f"annotations unavailable: {error}") from None


def run(args: argparse.Namespace) -> int:
    from summit_tui.annotate.anchor import match_quote
    from summit_tui.commands._common import load_corpus
    from summit_tui.text import clean_line

    if not args.comment.strip() and not args.quote and not args.tag:
        raise CommandError("nothing to save: give a comment, a --quote or a --tag")
    corpus = load_corpus(args)
    item = resolve_item(corpus, args.item_id)
    target = None
    if args.quote:
        entries = list(corpus.entries_for(item.id))
        if args.author:
            wanted = args.author.casefold()
            entries = [e for e in entries if wanted in e.author.casefold()]
            if not entries:
                authors = ", ".join(corpus.authors_for(item.id)) or "nobody"
                raise CommandError(
                    f"no note by {args.author!r} about {item.id}; written by: {authors}"
                )
        matches = [
            (e, m)
            for e in entries
            if (m := match_quote(e, args.quote, corpus.passages(e))) is not None
        ]
        best = max((m.quality for _, m in matches), default=0)
        # A close fuzzy hit in one note must not make a verbatim quote in another ambiguous.
        found = [(e, m.target) for e, m in matches if m.quality == best]
        if not found:
            who = f" by {args.author}" if args.author else ""
            raise CommandError(
                f"the quote was not found in the notes{who} about {item.id} "
                f"({clean_line(item.title)}); copy a passage as it appears in the note"
            )
        if len({e.author for e, _ in found}) > 1:
            authors = ", ".join(dict.fromkeys(e.author for e, _ in found))
            raise CommandError(
                f"the quote is in notes by several authors ({authors}); choose one with --author"
            )
        target = found[0][1]
    with open_store(args) as store:
        annotation = store.add(
            item.id, args.comment, tags=args.tag, label=args.label, target=target
        )
    if args.json:
        print_json(annotation.to_json())
    else:
        place = ""
        if target is not None:
            place = f" on notes/{target.note}:{target.line} ({clean_line(target.author)})"
        print(f"annotated {item.id}{place}: {annotation.id}")
        print(f"summit-tui: saved in {store.path}", file=sys.stderr)
    return 0
