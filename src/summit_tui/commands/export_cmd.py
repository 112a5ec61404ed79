"""`summit-tui export [-o FILE] [--format md|json] [--event E] [--day D] [--tag T]`."""

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
        help="md (default, or from -o FILE.json) or json",
    )
    parser.add_argument("--event", metavar="E", help="only this event (id or title)")
    parser.add_argument("--day", metavar="D", help="only this day (YYYY-MM-DD or label)")
    parser.add_argument("--tag", metavar="T", help="only annotations with this tag")


def run(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from summit_tui import persist
    from summit_tui.annotate.anchor import reanchor_store
    from summit_tui.annotate.export import export_data, export_markdown, select
    from summit_tui.commands._common import load_corpus
    from summit_tui.commands.annotate_cmd import open_store

    fmt = args.format or ("json" if (args.output or "").endswith(".json") else "md")
    filtered = bool(args.event or args.day)
    with open_store(args) as store:
        corpus = load_corpus(args) if fmt == "md" or filtered else None
        if corpus is not None:
            report = reanchor_store(store, corpus)
            if report.orphaned:
                print(
                    f"summit-tui: {report.orphaned} annotations are now orphans "
                    "(their quote is no longer in the notes)",
                    file=sys.stderr,
                )
        everything = fmt == "json" and not (filtered or args.tag)
        selection = select(
            store.annotations(include_deleted=everything),
            store.marks(),
            corpus,
            event=args.event,
            day=args.day,
            tag=args.tag,
            include_deleted=everything,
        )
    if fmt == "json":
        text = json.dumps(export_data(selection), ensure_ascii=False, indent=2) + "\n"
    else:
        filters = " · ".join(
            f"{name} {value}"
            for name, value in (("event", args.event), ("day", args.day), ("tag", args.tag))
            if value
        )
        text = export_markdown(corpus, selection, filters=filters)
    if not args.output or args.output == "-":
        sys.stdout.write(text)
        return 0
    path = Path(args.output).expanduser()
    try:
        # Written beside, then renamed: a crash never leaves half an export over an old one.
        persist.write_bytes_atomic(path, text.encode("utf-8"))
    except OSError as error:
        raise CommandError(f"cannot write {path}: {error.strerror or error}") from None
    count = len(selection.annotations)
    print(f"summit-tui: wrote {count} annotations to {path}", file=sys.stderr)
    return 0
