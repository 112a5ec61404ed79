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
