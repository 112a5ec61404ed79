"""`summit-tui` with only the app's options starts the app without the full parser."""

from __future__ import annotations

import pytest

from summit_tui.cli import app_arguments, main


def test_the_apps_own_options_are_parsed_directly() -> None:
    args = app_arguments(["--notes", "talks", "--data-dir", "/tmp/d"])
    assert args is not None
    assert (args.notes, args.data_dir) == ("talks", "/tmp/d")
    bare = app_arguments([])
    assert bare is not None and bare.notes is None and bare.data_dir is None
    assert app_arguments(["--notes=list"]).notes == "list"  # a folder named like a command


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["--notes", "n", "check"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--notes"],  # a missing value: the full parser says what is wrong
        ["--colour"],
    ],
)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert app_arguments(argv) is None


def test_mistakes_are_still_explained(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--notes"])
    assert exit_info.value.code == 2
    assert "--notes" in capsys.readouterr().err


def test_a_command_imports_only_its_own_module() -> None:
    """`summit-tui search` starts without importing the other commands (start-up time),
    and still parses its own options; `--help` still lists every command."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from summit_tui.cli import build_parser, parse_arguments\n"
        "args = parse_arguments(['--notes', 'n', 'search', 'word', '--limit', '3', '--json'])\n"
        "assert (args.query, args.limit, args.json, args.notes) == (['word'], 3, True, 'n')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('summit_tui.commands.'))\n"
        "print(loaded)\n"
        "print(build_parser(['search']).format_help())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    loaded, help_text = done.stdout.split("\n", 1)
    assert loaded == "['summit_tui.commands._common', 'summit_tui.commands.search_cmd']"
    for command in ("list", "check", "search", "compare", "export", "import-program"):
        assert command in help_text


def test_a_command_named_as_an_option_value_is_still_parsed() -> None:
    from summit_tui.cli import parse_arguments

    args = parse_arguments(["--notes", "search", "list", "--json"])  # a folder named search
    assert (args.command, args.notes, args.json) == ("list", "search", True)
