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
    """`summit-tui search` starts without importing the other commands nor making their
    parsers (start-up time), nor what argparse would import to measure the terminal
    (shutil, and with it bz2 and lzma), and still parses its own options; `--help` still
    lists every command."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from summit_tui.cli import build_parser, parse_arguments\n"
        "args = parse_arguments(['--notes', 'n', 'search', 'word', '--limit', '3', '--json'])\n"
        "assert (args.query, args.limit, args.json, args.notes) == (['word'], 3, True, 'n')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('summit_tui.commands.'))\n"
        "print(loaded, sorted({'shutil', 'bz2', 'lzma'} & set(sys.modules)))\n"
        "print(build_parser(['search'])._subparsers._group_actions[0].choices.keys())\n"
        "print(build_parser(['--help', 'search']).format_help())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    loaded, made, help_text = done.stdout.split("\n", 2)
    assert loaded == "['summit_tui.commands._common', 'summit_tui.commands.search_cmd'] []"
    assert made == "dict_keys(['search'])"
    for command in ("list", "check", "search", "compare", "export", "import-program"):
        assert command in help_text


def test_the_help_is_as_wide_as_the_terminal(monkeypatch, capsys) -> None:
    from summit_tui.cli import main

    monkeypatch.setenv("COLUMNS", "60")
    with pytest.raises(SystemExit):
        main(["search", "--help"])
    narrow = capsys.readouterr().out
    monkeypatch.setenv("COLUMNS", "120")
    with pytest.raises(SystemExit):
        main(["search", "--help"])
    wide = capsys.readouterr().out
    assert max(map(len, narrow.splitlines())) <= 60 < max(map(len, wide.splitlines()))


def test_a_command_named_as_an_option_value_is_still_parsed() -> None:
    from summit_tui.cli import parse_arguments

    args = parse_arguments(["--notes", "search", "list", "--json"])  # a folder named search
    assert (args.command, args.notes, args.json) == ("list", "search", True)
