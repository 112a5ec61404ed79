"""`summit-tui import-program FILE [-o notes/program.yaml]`: a published program → program.yaml.

FILE is a frab/pretalx schedule JSON or an iCalendar (.ics) file. Item ids come from
the schedule (guid, UID), so re-importing after the organisers change the program
keeps every link and annotation; the changes are listed. An existing output file is
copied to ``<name>.bak`` (or ``.bak.1``, ``.bak.2`` ... when that exists) before it is
replaced, so nothing written by hand is lost.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summit_tui.commands._common import CommandError, add_json_flag, print_json

if TYPE_CHECKING:
    from summit_tui.corpus.model import Problem, Program


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help="a pretalx/frab schedule JSON or an iCalendar (.ics) file"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="PROGRAM.yaml",
        help="write here (e.g. notes/program.yaml) instead of stdout; an existing file is "
        "kept as PROGRAM.yaml.bak and the changes are listed",
    )
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    from summit_tui.corpus.program_yaml import dump_program
    from summit_tui.corpus.schedule import load_schedule

    source = Path(args.file)
    program, problems = load_schedule(source, display=args.file)
    _print_problems(problems)
    count = sum(1 for _ in program.items())
    if count == 0:
        print(f"summit-tui: nothing could be imported from {args.file}", file=sys.stderr)
        if args.json:
            print_json(_summary(args, program, problems, written=False))
        return 1
    text = dump_program(program)

    if not args.output:
        if args.json:  # stdout holds the JSON only: a dry run that reports what it would import
            print_json(_summary(args, program, problems, written=False))
        else:
            sys.stdout.write(text)
        return 0

    output = Path(args.output)
    if output.is_dir():
        raise CommandError(
            f"{args.output} is a folder; give the program file, e.g. {output}/program.yaml"
        )
    if output.exists() and output.resolve() == source.resolve():
        raise CommandError(f"{args.output} is the schedule being imported; give another -o")
    changes: list[str] | None = None
    backup: Path | None = None
    if output.exists():
        try:
            old_text = output.read_bytes().decode("utf-8-sig", "replace")
        except OSError as error:
            raise CommandError(f"cannot read {args.output}: {error.strerror or error}") from None
        if old_text == text:
            changes = []
            if args.json:
                print_json(_summary(args, program, problems, written=False, changes=changes))
            else:
                print(f"{args.output} is already up to date")
            return 0
        changes = _changes(output, program)
        backup = _backup(output)
    _write(output, text)

    if args.json:
        summary = _summary(args, program, problems, written=True, changes=changes)
        summary["backup"] = str(backup) if backup else None
        print_json(summary)
        return 0
    if changes is not None:
        from summit_tui.text import clean_line

        for line in changes:
            print(clean_line(line))
        if not changes:
            print("no items added, removed, renamed or moved")
    kept = f"; the previous file is kept as {backup}" if backup else ""
    print(f"summit-tui: wrote {args.output} ({_counts(program)}){kept}", file=sys.stderr)
    return 0


def _print_problems(problems: list[Problem]) -> None:
    from summit_tui.commands._common import problem_line

    for problem in problems:
        print(problem_line(problem), file=sys.stderr)


def _changes(output: Path, new: Program) -> list[str] | None:
    """The diff against the file being replaced; None when it cannot be read as a program."""
    from summit_tui.corpus.program_yaml import diff_programs

    try:
        from summit_tui.corpus.program import load_program
    except ImportError:
        return None
    old, problems = load_program(output, rel=str(output))
    if not any(True for _ in old.items()) and problems:
        print(
            f"summit-tui: {output} could not be read as a program, so no changes are listed",
            file=sys.stderr,
        )
        return None
    return diff_programs(old, new)


def _backup(output: Path) -> Path:
    import shutil

    candidate = output.with_name(output.name + ".bak")
    number = 0
    while candidate.exists():
        number += 1
        candidate = output.with_name(f"{output.name}.bak.{number}")
    try:
        shutil.copy2(output, candidate)
    except OSError as error:
        raise CommandError(
            f"cannot keep a copy of {output} as {candidate}: {error.strerror or error}; "
            "nothing was written"
        ) from None
    return candidate


def _write(output: Path, text: str) -> None:
    from summit_tui.commands._common import write_output

    write_output(output, text)


def _counts(program: Program) -> str:
    items = list(program.items())
    booths = sum(1 for item in items if item.kind.value == "booth")
    days = sum(len(event.days) for event in program.events)
    sessions = len(items) - booths
    from summit_tui.words import count

    parts = [count(sessions, "session")]
    if booths:
        parts.append(count(booths, "booth"))
    parts.append(count(days, "day"))
    return ", ".join(parts)


def _summary(
    args: argparse.Namespace,
    program: Program,
    problems: list[Problem],
    *,
    written: bool,
    changes: list[str] | None = None,
) -> dict[str, Any]:
    items = list(program.items())
    return {
        "file": args.file,
        "output": args.output,
        "written": written,
        "events": [
            {
                "id": event.id,
                "title": event.title,
                "days": [day.date for day in event.days],
                "items": sum(len(track.items) for day in event.days for track in day.tracks),
            }
            for event in program.events
        ],
        "items": len(items),
        "sessions": sum(1 for item in items if item.kind.value == "session"),
        "booths": sum(1 for item in items if item.kind.value == "booth"),
        "changes": changes,
        "backup": None,
        "problems": [
            {
                "path": p.path,
                "line": p.line,
                "severity": p.severity.value,
                "message": p.message,
                "action": p.action,
            }
            for p in problems
        ],
    }
