"""Command-line entry point: `summit-tui` starts the app, subcommands serve scripts.

Subcommand modules live in ``summit_tui.commands`` and import only the standard
library at module level, so building the parser stays cheap; none of them imports
Textual (a test keeps it so). Only the bare ``summit-tui`` imports the UI.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from summit_tui import __version__
from summit_tui.commands._common import CommandError, configure_output

# name -> (module under summit_tui.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "list": ("list_cmd", "print the program tree with each item's authors"),
    "check": ("check_cmd", "report problems and unlinked entries; exit 1 on errors"),
    "search": ("search_cmd", "fuzzy search items, passages and annotations"),
    "compare": ("compare_cmd", "print how the authors of one item line up"),
    "annotate": ("annotate_cmd", "add a comment to an item or a quoted passage"),
    "mark": ("mark_cmd", "star or mark an item reviewed"),
    "export": ("export_cmd", "export annotations as Markdown or JSON"),
    "report": ("report_cmd", "write a conference report: shared and unique points, your notes"),
    "import": ("import_cmd", "merge annotations from a JSON export"),
    "import-program": ("import_program_cmd", "convert a pretalx/frab JSON or .ics program"),
    "locate": ("locate_cmd", "print where notes, data, cache, state and settings live"),
    "config": ("config_cmd", "print the settings in effect and where each came from"),
}


def _common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--notes",
        metavar="DIR",
        default=default,
        help="notes folder (default: $SUMMIT_TUI_NOTES, the notes setting, ./notes, the shipped "
        "notes)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="where annotations are kept (default: $SUMMIT_TUI_DATA_DIR or the user data dir)",
    )
    parser.add_argument(
        "--follow-links",
        action="store_true",
        default=default,
        help="read notes behind symbolic links that lead out of the notes folder (default: "
        "the follow_links setting; off: such links are reported, not read)",
    )


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, given the terminal's width as argparse reads it but
    without importing ``shutil`` for it (which imports ``bz2`` and ``lzma``): argparse
    makes a formatter for every option added, so every command would pay for it."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = _columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _columns() -> int:
    """The terminal's columns: ``$COLUMNS``, else what standard output's terminal says,
    else 80 (``shutil.get_terminal_size``'s answer)."""
    import os

    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Parser(argparse.ArgumentParser):
    """The top-level parser: a mistyped command gets the closest ones suggested."""

    def error(self, message: str) -> NoReturn:
        import re

        found = re.match(r"argument COMMAND: invalid choice: '(.*)' \(choose from", message)
        if found:
            from summit_tui.search.suggest import Candidate, Suggester, unknown

            commands = Suggester(Candidate(name) for name in COMMANDS)
            message = unknown(
                "command",
                found.group(1),
                commands,
                show_label=False,
                listing="`summit-tui --help` lists them",
            )
        super().error(message)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line's parser. Given ``argv``, only the command it names gets a
    parser of its own, with its options (importing a command's module and making its
    parser cost start-up time); every command is listed when ``argv`` names none of them
    (``summit-tui --help``, a mistyped command: each needs only its name and help line
    then). Without ``argv``, every command with its options."""
    named = None if argv is None else set(argv)
    wanted = [] if named is None else [name for name in COMMANDS if name in named]
    if named is not None and named & {"-h", "--help"}:
        wanted = []  # `summit-tui --help search` lists every command
    parser = _Parser(
        prog="summit-tui",
        description="Review the notes several people took at the same conference. "
        "Without a command, starts the app.",
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"summit-tui {__version__}")
    _common(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        if wanted and name not in wanted:
            continue  # another command is asked for: this one is never reached
        command_parser = sub.add_parser(
            name, help=help_text, description=help_text, formatter_class=_Formatter
        )
        if named is not None and name not in named:
            continue  # argparse never reaches this command's own parser
        module = importlib.import_module(f"summit_tui.commands.{module_name}")
        _common(command_parser, suppress=True)
        module.add_arguments(command_parser)
        command_parser.set_defaults(_run=module.run, _parser=command_parser)
    return parser


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The full command line; an option a command does not know is explained with that
    command's usage (argparse would show the top-level one)."""
    parser = build_parser(sys.argv[1:] if argv is None else argv)
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        command_parser = getattr(args, "_parser", None) or parser
        command_parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    return args


class _NotTheApp(Exception):
    pass


class _AppOnlyParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotTheApp(message)


def app_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """``summit-tui [--notes DIR] [--data-dir DIR]``, parsed without building the subcommands'
    parsers (which imports every command module: a twentieth of a second before the first
    frame); None for anything else (a command, --help, a mistake), which the full parser
    handles and explains."""
    parser = _AppOnlyParser(prog="summit-tui", add_help=False, formatter_class=_Formatter)
    _common(parser, suppress=False)
    try:
        args, rest = parser.parse_known_args(argv)
    except (_NotTheApp, argparse.ArgumentError):
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    args = app_arguments(sys.argv[1:] if argv is None else argv)
    if args is not None:  # the app: it draws its own screen
        return _main(args)
    from summit_tui.text import visible_output

    # Every line a command prints (its output, messages, usage errors) shows control
    # characters from notes and file names as \x1b etc., never sends them to the terminal.
    with visible_output():
        return _main(parse_arguments(argv))


def _main(args: argparse.Namespace) -> int:
    run = getattr(args, "_run", None)
    configure_output(args)
    try:
        if run is None:
            from summit_tui.ui.run import run_app

            return run_app(args)
        return int(run(args) or 0)
    except CommandError as error:
        print(f"summit-tui: {error}", file=sys.stderr)
        return error.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `summit-tui list | head`: the reader went away; that is not an error.
        sys.stderr.close()
        return 0
