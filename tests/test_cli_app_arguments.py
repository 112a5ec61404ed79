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
