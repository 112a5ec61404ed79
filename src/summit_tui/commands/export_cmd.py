"""`summit-tui export [-o FILE] [--format md|json] [--event E] [--day D] [--tag T]`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from summit_tui.commands._common import CommandError

if TYPE_CHECKING:
    from typing import TextIO

    from summit_tui.annotate.store import AnnotationStore
    from summit_tui.corpus.model import Corpus


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write here (default: stdout); the folder must exist"
    )
    parser.add_argument(
        "--format",
        choices=("md", "json"),
        default=None,
        help="md (default, or from -o FILE.json) or json",
    )
    parser.add_argument("--event", metavar="E", help="only this event (id or title)")
    parser.add_argument(
        "--day",
        metavar="D",
        help="only this day (YYYY-MM-DD, its label, or its number as the tree shows it: 2)",
    )
    parser.add_argument("--tag", metavar="T", help="only annotations with this tag")
    parser.add_argument("--item", metavar="ITEM_ID", help="only this item (see `summit-tui list`)")


def run(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from summit_tui.annotate.anchor import reanchor_store
    from summit_tui.annotate.export import Selection, export_data, select, write_markdown
    from summit_tui.commands._common import load_corpus, resolve_item
    from summit_tui.commands.annotate_cmd import open_store
    from summit_tui.places import seen_from, seen_from_file
    from summit_tui.text import clean_line
    from summit_tui.words import count

    fmt = args.format or ("json" if (args.output or "").endswith(".json") else "md")
    filtered = bool(args.event or args.day or args.item)
    corpus = load_corpus(args)  # which notes folder's annotations, and where they are now
    check_names(args, corpus)  # before the store is opened: a mistake writes nothing
    item_id = resolve_item(corpus, args.item).id if args.item else None
    with open_store(args, corpus) as store:
        check_tag(args, store)
        report = reanchor_store(store, corpus)
        for _old, title, item in report.placed:
            print(
                f"summit-tui: annotations on '{clean_line(title)}' now belong to "
                f"'{clean_line(item.title)}' (renamed; found by where its entry is)",
                file=sys.stderr,
            )
        if report.stranded:
            print(
                f"summit-tui: {count(report.stranded, 'annotation')} on items these notes no "
                "longer have (kept as they are; `summit-tui check` lists them)",
                file=sys.stderr,
            )
        if report.orphaned:
            print(
                f"summit-tui: {count(report.orphaned, 'annotation')} "
                f"{'is now an orphan' if report.orphaned == 1 else 'are now orphans'} "
                "(the quote is no longer in the notes)",
                file=sys.stderr,
            )
        everything = fmt == "json" and not (filtered or args.tag)
        selection = select(
            store.annotations(include_deleted=True) if everything else report.annotations,
            store.marks(),
            corpus,
            event=args.event,
            day=args.day,
            tag=args.tag,
            include_deleted=everything,
        )
    if item_id is not None:
        selection = Selection(
            tuple(a for a in selection.annotations if a.item_id == item_id),
            {key: mark for key, mark in selection.marks.items() if key == item_id},
        )
    if fmt == "json":
        from summit_tui.text import json_text

        text = json_text(json.dumps(export_data(selection), ensure_ascii=False, indent=2)) + "\n"

        def write(out: TextIO) -> object:
            return out.write(text)

    else:
        filters = " · ".join(
            f"{name} {value}"
            for name, value in (
                ("event", args.event),
                ("day", args.day),
                ("tag", args.tag),
                ("item", args.item),
            )
            if value
        )

        def write(out: TextIO) -> object:  # the Markdown goes out as it is made
            return write_markdown(out, corpus, selection, filters=filters, places=places)

    if not args.output or args.output == "-":
        places = seen_from(corpus.root)
        write(sys.stdout)
        return 0
    from summit_tui.commands._common import write_output_with

    path = Path(args.output).expanduser()
    places = seen_from_file(corpus.root, path)  # where a reader of that file starts
    write_output_with(path, write)
    print(
        f"summit-tui: wrote {count(len(selection.annotations), 'annotation')} to {path}",
        file=sys.stderr,
    )
    return 0


def check_names(args: argparse.Namespace, corpus: Corpus) -> None:
    """An event or day that names nothing is an error with the closest ones (an unknown
    item is, through ``resolve_item``): an empty export would look like no annotations."""
    events = list(corpus.program.events)
    if args.event:
        from summit_tui.search.suggest import event_suggester, unknown

        wanted = args.event.casefold().strip()
        chosen = [
            event
            for event in events
            if wanted in (name.casefold() for name in (event.id, event.title, *event.aliases))
        ]
        if not chosen:
            raise CommandError(unknown("event", args.event, event_suggester(corpus)))
        events = chosen
    if args.day:
        from summit_tui.search.suggest import Candidate, Suggester, unknown

        wanted = args.day.casefold().strip()
        numbered = [
            (n, day)
            for event in events
            for n, day in zip(event.day_numbers(), event.days, strict=True)
        ]
        days = [day for _, day in numbered]
        if not any(wanted in _day_names(day.date, day.label, n) for n, day in numbered):
            where = f" in {events[0].id}" if args.event and len(events) == 1 else ""
            choices = Suggester(
                Candidate(day.date or day.label, day.label, (day.label,)) for day in days
            )
            raise CommandError(unknown("day", args.day, choices, where=where))


def check_tag(args: argparse.Namespace, store: AnnotationStore) -> None:
    """A tag no annotation has is an error with the closest tags."""
    if not args.tag:
        return
    from summit_tui.search.suggest import Candidate, Suggester, unknown

    wanted = args.tag.lstrip("#").casefold()
    tags = {tag.casefold(): tag for a in store.annotations() for tag in a.tags}
    if wanted in tags:
        return
    if not tags:
        raise CommandError(f"no tag {args.tag!r}: no annotation has a tag yet")
    choices = Suggester(Candidate(tag) for tag in sorted(tags.values(), key=str.casefold))
    raise CommandError(
        unknown(
            "tag",
            args.tag,
            choices,
            listing="`summit-tui export` shows every annotation with its tags",
        )
    )


def _day_names(date: str | None, label: str, number: int | None) -> set[str]:
    """What ``--day`` may say for a day: its date, its label, a part of the label, or its
    number in its event as the tree shows it (``2``, as search's ``day:2``)."""
    names = {label, *(part.strip() for part in label.split("·"))}
    if number is not None:
        names.add(str(number))
    if date:
        names.add(date)
    return {name.casefold() for name in names}
