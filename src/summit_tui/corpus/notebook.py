"""A Jupyter notebook page (`.ipynb`, a Jupyter Book's page) read as its Markdown cells.

Nothing in a notebook is ever run: its JSON is read as text. A notebook saved by Jupyter
writes each line of a cell's source on a line of its own (``"source": [`` / ``"# Title\\n",``
/ …), so each Markdown line is put on the file line it is written on and every other line
(the JSON around it, code cells, outputs) is left blank: a passage's ``PATH:LINE`` is the
notebook's own line, and cells stay apart as paragraphs do. A notebook written on fewer
lines (a cell's source as one string) has its Markdown cells one after another instead.
"""

from __future__ import annotations

import json

NOTEBOOK_SUFFIX = ".ipynb"


def is_notebook(rel: str) -> bool:
    return rel.lower().endswith(NOTEBOOK_SUFFIX)


def notebook_markdown(text: str) -> str | None:
    """The Markdown of a notebook's Markdown cells, line for line with the file (see the
    module); None when the text is no notebook (not JSON, or no ``cells`` list)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # not JSON, or nested past what the parser follows
        return None
    cells = data.get("cells") if isinstance(data, dict) else None
    if not isinstance(cells, list):
        return None
    lines = text.split("\n")
    placed = _in_place(lines)
    if placed is not None:
        return placed
    # the sources are not a line each: the cells' Markdown one after another
    parts: list[str] = []
    for cell in cells:
        if isinstance(cell, dict) and cell.get("cell_type") == "markdown":
            source = cell.get("source", "")
            if isinstance(source, list):
                source = "".join(part for part in source if isinstance(part, str))
            if isinstance(source, str) and source.strip():
                parts.append(source.strip("\n"))
    return "\n\n".join(parts) + "\n"


def _in_place(lines: list[str]) -> str | None:
    """Each Markdown cell's source line on its own file line, the rest blank; None when a
    Markdown cell's source is not written a line per line."""
    shown = [""] * len(lines)
    markdown = False  # the cell being read is a Markdown cell
    in_source = False
    found = False
    for number, line in enumerate(lines):
        stripped = line.strip()
        if in_source:
            if stripped.startswith("]"):
                in_source = False
                continue
            try:
                piece = json.loads(stripped.removesuffix(","))
            except (ValueError, RecursionError):
                return None
            if not isinstance(piece, str):
                return None
            shown[number] = piece.rstrip("\n")
            found = True
        elif stripped.startswith('"cell_type":'):
            markdown = stripped.removesuffix(",").endswith('"markdown"')
        elif markdown and stripped.startswith('"source":'):
            value = stripped[len('"source":') :].strip()
            if value == "[":
                in_source = True
            elif value not in ("[],", "[]", '"",', '""'):
                return None  # a source written as one string: not line for line
    return "\n".join(shown) if found else None
