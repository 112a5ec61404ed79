"""`summit-tui report [--event E] [--day D] [--item ID]... [-o FILE] [--reviewed]
[--format md|json]`: a conference report from the notes and the user's annotations."""

from __future__ import annotations

import argparse
import sys

from summit_tui.commands._common import CommandError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    parser.add_argument(
        "--format",
        choices=("md", "json"),
        default=None,
        help="md (default, or from -o FILE.json) or json: the same content as data",
    )
    parser.add_argument("--event", metavar="E", help="only this event (id or title)")
    parser.add_argument(
        "--day",
        metavar="D",
        help="only this day (YYYY-MM-DD, its label, or its number as the tree shows it: 2)",
    )
    parser.add_argument(
        "--item",
        metavar="ITEM_ID",
        action="append",
        default=[],
        help="only this talk (repeat for several; see `summit-tui list`)",
    )
    parser.add_argument("--reviewed", action="store_true", help="only the talks marked reviewed")


def run(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from summit_tui.commands._common import load_corpus, resolve_item, write_output
    from summit_tui.commands.annotate_cmd import open_store
    from summit_tui.commands.export_cmd import check_names
    from summit_tui.compare.report import build_report, report_data, report_markdown
    from summit_tui.words import count

    fmt = args.format or ("json" if (args.output or "").endswith(".json") else "md")
    corpus = load_corpus(args)
    check_names(args, corpus)
    items = [resolve_item(corpus, wanted).id for wanted in args.item]
    with open_store(args, corpus) as store:  # this notes folder's annotations
        annotations = store.annotations()
        marks = store.marks()
    report = build_report(
        corpus,
        annotations,
        marks,
        event=args.event,
        day=args.day,
        items=items,
        reviewed_only=args.reviewed,
    )
    path = Path(args.output).expanduser() if args.output and args.output != "-" else None
    # Places are written from where the report is read: the file's folder, or here.
    places = report.places(str(path.absolute().parent) if path is not None else None)
    if fmt == "json":
        from summit_tui.text import json_text

        text = (
            json_text(json.dumps(report_data(report, places), ensure_ascii=False, indent=2)) + "\n"
        )
    else:
        text = report_markdown(report, places)
    if path is None:
        sys.stdout.write(text)
        return 0
    try:
        write_output(path, text)
    except OSError as error:
        raise CommandError(f"cannot write {path}: {error.strerror or error}") from None
    print(
        f"summit-tui: wrote a report of {count(len(report.talks), 'item')} to {path}",
        file=sys.stderr,
    )
    return 0
