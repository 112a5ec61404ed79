"""`summit-tui annotate ITEM_ID "comment" [--quote TEXT] [--author NAME] [--tag T]...`.

ITEM_ID may also be a note's path (as `list` and `check` print it) with ``--quote``: the
passage is then found anywhere in that note, so text that belongs to no item (an essay,
an introduction, an overview) can be annotated too.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from summit_tui.commands._common import CommandError, add_json_flag, print_json, resolve_item

if TYPE_CHECKING:
    from summit_tui.annotate.anchor import QuoteMatch
    from summit_tui.annotate.model import Target
    from summit_tui.annotate.store import AnnotationStore
    from summit_tui.corpus.model import Corpus, Entry, Item


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "item_id",
        metavar="ITEM_ID",
        help="the item (see `summit-tui list`), or a note's path with --quote for a passage "
        "that belongs to no item",
    )
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


def open_store(
    args: argparse.Namespace, corpus: Corpus | None = None
) -> AbstractContextManager[AnnotationStore]:
    """The store in the data dir, scoped to the corpus's collection (see commands/_store.py)."""
    from summit_tui.commands._store import opened_store

    return opened_store(args, corpus)


def run(args: argparse.Namespace) -> int:
    from summit_tui.annotate.items import item_info
    from summit_tui.commands._common import load_corpus
    from summit_tui.places import seen_from
    from summit_tui.text import clean_line

    if not args.comment.strip() and not args.quote and not args.tag:
        raise CommandError("nothing to save: give a comment, a --quote or a --tag")
    corpus = load_corpus(args)
    note = _note_path(corpus, args.item_id)
    if note is not None:
        item, target = _in_note(corpus, note, args)
    else:
        item = resolve_item(corpus, args.item_id)
        target = _in_item(corpus, item, args) if args.quote else None
    with open_store(args, corpus) as store:
        annotation = store.add(
            item.id if item else "",
            args.comment,
            tags=args.tag,
            label=args.label,
            target=target,
            item=item_info(item, corpus) if item else None,
        )
    if args.json:
        print_json(annotation.to_json())
    else:
        place = ""
        if target is not None:
            where = seen_from(corpus.root).of(target.note, target.line)
            place = f" on {where} ({clean_line(target.author)})"
        what = item.id if item else "a passage that belongs to no item"
        print(f"annotated {what}{place}: {annotation.id}")
        print(f"summit-tui: saved in {store.path}", file=sys.stderr)
    return 0


def _note_path(corpus: Corpus, wanted: str) -> str | None:
    """The note ``wanted`` names: its path as `list` prints it, or as this command,
    `export` and `report` write it (from here), with or without notes/."""
    from summit_tui.places import seen_from

    if corpus.item(wanted) is not None:
        return None
    here = seen_from(corpus.root).folder
    for candidate in (
        wanted,
        wanted.removeprefix(here) if here else wanted,
        wanted.removeprefix("notes/"),
        wanted.removeprefix("./"),
    ):
        if corpus.note(candidate) is not None:
            return candidate
    return None


def _best(matches: list[tuple[Entry, QuoteMatch]]) -> list[tuple[Entry, Target]]:
    # A close fuzzy hit in one note must not make a verbatim quote in another ambiguous; but
    # the words found as typed, in another case or with markup unwrapped are all the same
    # words: any of them in two authors' notes is a question for the user, never a guess.
    def tier(m: QuoteMatch) -> int:
        return 1 if m.quality > 0 else 0

    best = max((tier(m) for _, m in matches), default=0)
    return [(e, m.target) for e, m in matches if tier(m) == best]


def _in_item(corpus: Corpus, item: Item, args: argparse.Namespace) -> Target:
    from summit_tui.annotate.anchor import match_quote
    from summit_tui.text import clean_line

    entries = list(corpus.entries_for(item.id))
    if args.author:
        wanted = args.author.casefold()
        entries = [e for e in entries if wanted in e.author.casefold()]
        if not entries:
            from summit_tui.search.suggest import Candidate, Suggester, unknown

            authors = Suggester(Candidate(a) for a in corpus.authors_for(item.id))
            raise CommandError(
                unknown("author", args.author, authors, where=f" of notes about {item.id}")
            )
    found = _best(
        [
            (e, m)
            for e in entries
            if (m := match_quote(e, args.quote, corpus.passages(e))) is not None
        ]
    )
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
    return found[0][1]


def _in_note(corpus: Corpus, note: str, args: argparse.Namespace) -> tuple[Item | None, Target]:
    """A quoted passage anywhere in one note, and the item its entry belongs to (if any)."""
    from summit_tui.annotate.anchor import match_quote

    if not args.quote:
        raise CommandError(
            f"{note} is a note, not an item: say which passage with --quote TEXT "
            "(or give an item id from `summit-tui list` to annotate a whole item)"
        )
    entries = [e for e in corpus.entries if e.note == note]
    found = _best(
        [
            (e, m)
            for e in entries
            if (m := match_quote(e, args.quote, corpus.passages(e))) is not None
        ]
    )
    if not found:
        raise CommandError(
            f"the quote was not found in {note}; copy a passage as it appears in the note"
        )
    places = {(e.id, t.start) for e, t in found}
    if len(places) > 1:
        lines = ", ".join(str(t.line) for _, t in found[:5])
        raise CommandError(
            f"the quote is in {len(places)} places of {note} (lines {lines}); quote more words"
        )
    entry, target = found[0]
    item_id = corpus.linked_item_id(entry.id)
    return (corpus.item(item_id) if item_id else None), target
