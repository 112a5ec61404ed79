"""`summit-tui mark ITEM_ID --star/--unstar/--reviewed/--unreviewed`."""

from __future__ import annotations

import argparse

from summit_tui.commands._common import CommandError, add_json_flag, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("item_id", metavar="ITEM_ID", help="the item (see `summit-tui list`)")
    star = parser.add_mutually_exclusive_group()
    star.add_argument(
        "--star", dest="starred", action="store_true", default=None, help="star the item (★)"
    )
    star.add_argument("--unstar", dest="starred", action="store_false", help="unstar it")
    reviewed = parser.add_mutually_exclusive_group()
    reviewed.add_argument(
        "--reviewed",
        dest="reviewed",
        action="store_true",
        default=None,
        help="mark the item reviewed (✓)",
    )
    reviewed.add_argument(
        "--unreviewed", dest="reviewed", action="store_false", help="mark it not reviewed"
    )
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    from summit_tui.commands._common import load_corpus, resolve_item
    from summit_tui.commands.annotate_cmd import open_store

    if args.starred is None and args.reviewed is None:
        raise CommandError("say what to mark: --star, --unstar, --reviewed or --unreviewed")
    from summit_tui.annotate.items import item_info

    corpus = load_corpus(args)
    item = resolve_item(corpus, args.item_id)
    with open_store(args, corpus) as store:
        mark = store.set_mark(
            item.id, starred=args.starred, reviewed=args.reviewed, item=item_info(item, corpus)
        )
    if args.json:
        print_json(mark.to_json())
    else:
        states = [
            "starred" if mark.starred else "not starred",
            "reviewed" if mark.reviewed else "not reviewed",
        ]
        print(f"{item.id}: {', '.join(states)}")
    return 0
