"""A Jupyter Book's notebook pages (`.ipynb`) are read as their Markdown cells, each line on
the file line it is written on; code cells and their outputs are never read as notes (nor
run), and a file that is no notebook is named by check and skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factories import list_json
from summit_tui.corpus.notebook import notebook_markdown


def _cell(kind: str, lines: list[str]) -> dict:
    cell = {"cell_type": kind, "metadata": {}, "source": [f"{line}\n" for line in lines]}
    if kind == "code":
        cell |= {"execution_count": 1, "outputs": [{"output_type": "stream", "text": ["# out\n"]}]}
    return cell


NOTEBOOK = {
    "cells": [
        _cell("markdown", ["# SciPy 2024 — Thursday", "", "*Devin's notes.* 2024-07-11"]),
        _cell("code", ["print('# not a heading')"]),
        _cell("markdown", ["## Open science is infrastructure (Kwame Asante)", "", "- fund it"]),
    ],
    "metadata": {},
    "nbformat": 4,
    "nbformat_minor": 5,
}


def test_a_notebooks_markdown_keeps_its_file_lines_and_leaves_code_out() -> None:
    text = json.dumps(NOTEBOOK, indent=1) + "\n"
    markdown = notebook_markdown(text)
    assert markdown is not None
    lines, shown = text.split("\n"), markdown.split("\n")
    assert len(shown) == len(lines)
    heading = next(n for n, line in enumerate(lines) if "## Open science" in line)
    assert shown[heading] == "## Open science is infrastructure (Kwame Asante)"
    assert "not a heading" not in markdown and "# out" not in markdown


def test_a_notebook_on_one_line_is_its_markdown_cells_in_order() -> None:
    markdown = notebook_markdown(json.dumps(NOTEBOOK))
    assert markdown is not None
    assert markdown.startswith("# SciPy 2024 — Thursday\n\n*Devin's notes.* 2024-07-11\n\n## Open")
    assert "not a heading" not in markdown


@pytest.mark.parametrize(
    "text", ["{not json", "[1, 2]", '{"nbformat": 4}', "[" * 200_000 + "]" * 200_000]
)
def test_text_that_is_no_notebook_is_none(text: str) -> None:
    assert notebook_markdown(text) is None


def test_a_notebook_page_gives_its_talks_at_its_own_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = json.dumps(NOTEBOOK, indent=1) + "\n"
    data = list_json(tmp_path, capsys, {"book/thursday.ipynb": text, "book/broken.ipynb": "{"})
    items = [
        item
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    ]
    assert [(i["title"], i["authors"]) for i in items] == [
        ("Open science is infrastructure", ["Devin"])
    ]
    heading = 1 + next(n for n, line in enumerate(text.split("\n")) if "## Open" in line)
    assert items[0]["entries"][0]["line"] == heading
    assert any(
        p["note"] == "book/broken.ipynb" and "no Jupyter notebook" in p["message"]
        for p in data["problems"]
    )
