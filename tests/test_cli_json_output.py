"""Every --json prints compact JSON on one line; --pretty indents the same data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_tui import cli


@pytest.mark.parametrize(
    "command", [["list"], ["check"], ["search", "Perplexity"], ["compare", "skai2024-k14"]]
)
def test_json_is_compact_and_pretty_is_the_same_data(
    command: list[str], shipped_notes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [*command, "--notes", str(shipped_notes), "--json"]
    cli.main(argv)
    compact = capsys.readouterr().out
    cli.main([*argv, "--pretty"])
    pretty = capsys.readouterr().out
    data = json.loads(compact)
    assert compact == json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    assert pretty.count("\n") > 10
    assert json.loads(pretty) == data


def test_pretty_alone_prints_the_same_json(
    shipped_notes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(["list", "--notes", str(shipped_notes), "--json"])
    compact = capsys.readouterr().out
    cli.main(["list", "--notes", str(shipped_notes), "--pretty"])
    assert json.loads(capsys.readouterr().out) == json.loads(compact)


@pytest.mark.parametrize(
    "data",
    [
        {"note": "caf\udce9.md", "line": 3},  # a lone surrogate: an undecodable file name
        {1: "a key that is not a string"},
        {"score": 87.5, "reason": "title", "text": "한국어 \x7f \u202e \x1b", "none": None},
    ],
)
def test_compact_json_is_what_the_standard_encoder_writes(data: dict) -> None:
    from summit_tui.commands._common import compact_json

    assert compact_json(data) == json.dumps(data, ensure_ascii=False, separators=(",", ":"))
