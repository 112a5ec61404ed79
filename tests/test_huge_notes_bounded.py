"""A huge note the fast block scanner gives up on (tables, quotes, HTML, tabs over megabytes)
is never handed to markdown-it whole: past LARGEST_PARSED characters its lines are read as
plain text, its headings still headings. Bounded by what is parsed, not by a clock."""

from __future__ import annotations

import pytest

from summit_tui.corpus import blocks, passages
from summit_tui.corpus.blocks import parse_blocks
from summit_tui.corpus.blockscan import LARGEST_PARSED, plain_lines, scan
from test_passages import entry_of

NASTY = {
    "table": "| a | b |\n|---|:-:|\n" + "| x | y |\n" * 50,
    "quotes": "> a\n>> b\n> - c\nlazy\n",
    "html": "<div>\n<b>x</b>\n</div>\n<!-- c -->\n",
    "tabs and returns": "\tcode\r\nx\x00y\n",
    "references": "[a]: /u\n[b]:\n  /v 'title'\n",
    "indented code": "para\n\n    code\n        more\n",
    "deep lists": "".join("  " * depth + "- x\n" for depth in range(40)),
    "fences and rules": "```\n# not a heading\n```\n***\n___\nText\n===\n~~~\n",
    "ordered": "1. one\n2) two\n10. ten\n",
}


@pytest.mark.parametrize("name", sorted(NASTY))
def test_plain_lines_is_always_scanned_line_for_line(name: str) -> None:
    text = NASTY[name] + "\n## A talk\n\n- a point\n"
    plain = plain_lines(text)
    assert plain.count("\n") == text.count("\n")
    assert scan(plain) is not None
    assert "## A talk" in plain.split("\n")


def _table_note(rows: int) -> str:
    return (
        "# Day 1\n\n| time | talk |\n|---|---|\n"
        + "| 10:00 | x |\n" * rows
        + "\n## Kotlin 2.1\n\n- K2\n"
    )


def refuse(*_args: object) -> None:
    raise AssertionError("markdown-it was asked to parse a huge text")


def test_a_huge_note_is_not_parsed_by_markdown_it(monkeypatch: pytest.MonkeyPatch) -> None:
    body = _table_note(LARGEST_PARSED // 10)
    assert len(body) > LARGEST_PARSED and scan(body) is None  # a table: the scanner gives up
    monkeypatch.setattr(blocks, "markdown_parser", refuse)
    parsed = parse_blocks(body)
    lines = body.split("\n")
    found = [(heading.text, lines[heading.start]) for heading in parsed.headings]
    assert found == [("Day 1", "# Day 1"), ("Kotlin 2.1", "## Kotlin 2.1")]


def test_a_small_note_is_still_read_by_markdown_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(blocks, "markdown_parser", refuse)
    with pytest.raises(AssertionError, match="huge text"):
        parse_blocks(_table_note(10))


def test_a_huge_entry_is_split_into_passages_without_markdown_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parsed_lengths: list[int] = []
    real = passages._parser()

    class Recording:
        def parse(self, text: str) -> object:
            parsed_lengths.append(len(text))
            return real.parse(text)

        def parseInline(self, text: str) -> object:
            return real.parseInline(text)

    monkeypatch.setattr(passages, "_parser", lambda: Recording())
    huge = passages.split_passages(entry_of(_table_note(LARGEST_PARSED // 10)))
    assert huge and all(length <= LARGEST_PARSED for length in parsed_lengths)
    small = passages.split_passages(entry_of(_table_note(10)))
    assert small and parsed_lengths  # a small one still is, whole
