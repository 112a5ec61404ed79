"""A paragraph of megabytes (a page written on one line, full of links and emphasis) is made
readable without markdown-it's inline parse, which costs seconds per megabyte: reading it,
searching it and showing a result from it stay quick (counted: the parser is never asked)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_tui.cli import main
from summit_tui.corpus import passages
from summit_tui.corpus.model import Entry, EntryKind

PIECE = "Talk on **GPUs** and [[wiki page]] with `code`, see [the slides](https://x.example/s) ok. "


def _entry(text: str) -> Entry:
    return Entry(
        id="n.md#1",
        note="n.md",
        author="Kim",
        title="Long",
        heading_path=("Long",),
        kind=EntryKind.SESSION,
        start_line=1,
        end_line=1,
        text=text,
    )


@pytest.fixture
def no_inline_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("markdown-it was asked to parse a long paragraph")

    monkeypatch.setattr(passages, "_parser", refuse)


def test_a_long_paragraph_reads_as_its_words(no_inline_parser: None) -> None:
    text = PIECE * (passages.LONG_INLINE // len(PIECE) * 20)
    (passage,) = passages.split_passages(_entry(text))
    assert passage.plain.startswith(
        "Talk on GPUs and wiki page with code, see the slides ok. Talk on GPUs"
    )
    assert "**" not in passage.plain and "https://" not in passage.plain
    assert passage.text == text


def test_a_short_paragraph_is_read_by_markdown_it_as_before() -> None:
    (passage,) = passages.split_passages(_entry(PIECE))
    assert passage.plain == "Talk on GPUs and wiki page with code, see the slides ok."


def test_a_note_of_one_long_line_is_searched_without_the_inline_parse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_inline_parser: None
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    body = PIECE * 4000 + "The quasar demo closed the day. " + PIECE * 4000
    (notes / "dump.md").write_text(f"---\ntitle: Dump\nauthor: Kim\n---\n{body}\n")
    assert main(["search", "--notes", str(notes), "--json", "quasar"]) == 0
    results = json.loads(capsys.readouterr().out)
    hits = results["results"] if isinstance(results, dict) else results
    assert any("quasar" in hit["snippet"] for hit in hits)
