"""A fast line scan of an entry into searchable blocks (headings, paragraphs, list items).

Search indexes every block of every entry, and at 10,000 notes a full markdown-it parse
(``corpus.passages.split_passages``) of everything costs over a minute on a small
machine. This scan does one regex per line and keeps what search needs: the block's
first file line and its readable text. Block starts agree with ``split_passages`` for
ordinary Markdown (ATX and setext headings, list items, paragraphs, code fences); the
index maps a block's line to the real passage only for the results it returns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r" {0,3}(?:=+|-+)[ \t]*$")
_LIST = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_QUOTE = re.compile(r"^(?: {0,3}>[ \t]?)+")
_RULE = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_MARKS = re.compile(r"\*\*|__|~~|`|(?<!\w)[*_]|[*_](?!\w)")


@dataclass(frozen=True, slots=True)
class Block:
    line: int  # offset of the block's first line within the entry text (0-based)
    end: int  # offset of its last line (inclusive): scanning lines line..end gives it back
    kind: str  # "heading", "paragraph", "item", "code"
    plain: str  # readable text on one line


def plain_inline(text: str) -> str:
    """Markdown inline syntax removed: links and images unwrapped, tags and marks dropped."""
    if "](" in text:
        text = _LINK.sub(r"\1", _IMAGE.sub(r"\1", text))
    if "<" in text:
        text = _TAG.sub("", text)
    if "*" in text or "_" in text or "`" in text or "~" in text:
        text = _MARKS.sub("", text)
    return " ".join(text.split())


def scan_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    lines: list[str] = []
    start = 0
    kind = "paragraph"
    fence = ""

    def flush(end: int) -> None:
        nonlocal lines
        if lines:
            plain = " ".join(lines) if kind == "code" else plain_inline(" ".join(lines))
            if plain.strip():
                blocks.append(Block(start, end, kind, " ".join(plain.split())))
            lines = []

    number = -1
    for number, line in enumerate(text.split("\n")):
        if fence:
            if line.lstrip().startswith(fence):
                flush(number)
                fence = ""
            else:
                lines.append(line)
            continue
        if not line.strip():
            flush(number - 1)
            continue
        match = _FENCE.match(line)
        if match:
            flush(number - 1)
            fence, start, kind = match.group(1), number, "code"
            continue
        match = _HEADING.match(line)
        if match:
            flush(number - 1)
            heading = plain_inline(match.group(1) or "")
            if heading:
                blocks.append(Block(number, number, "heading", heading))
            continue
        if lines and kind == "paragraph" and _SETEXT.match(line):
            kind = "heading"
            flush(number)
            continue
        if _RULE.match(line):
            flush(number - 1)
            continue
        line = _QUOTE.sub("", line)
        match = _LIST.match(line)
        if match:
            flush(number - 1)
            start, kind = number, "item"
            lines.append(line[match.end() :])
            continue
        if not lines:
            start, kind = number, "paragraph"
        lines.append(line.strip())
    flush(number)
    return blocks
