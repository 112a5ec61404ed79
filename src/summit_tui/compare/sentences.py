"""Split the Markdown source of one paragraph into readable sentences with line offsets.

Korean notes often end a sentence with 다/요/니다 and a line break but no full stop,
while English prose wraps mid-sentence; so a line break ends a sentence only when the
line before it ends like one. Inside a line, . ! ? followed by a space end a sentence
("2.5배" and "e.g.x" stay whole).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

# Pieces shorter than this after a sentence end are a trailing remark, not a sentence.
_FRAGMENT = 12
_LINE_END = re.compile(r"(?:[.!?…:;]|다|요|죠|니다|음|함)[\"'”’)\]*_~`]*\s*$")
_INLINE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=\S)")
LIST_MARK = re.compile(r"^\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?")


@dataclass(frozen=True, slots=True)
class Sentence:
    line_offset: int  # line of the passage's source where the sentence starts, from 0
    text: str  # readable text, no Markdown syntax


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


_INLINE_MARKUP = re.compile(r"[\\`*_\[\]<>!&]")


def to_plain(source: str) -> str:
    """Inline Markdown → readable one-line text (links and emphasis unwrapped)."""
    if not _INLINE_MARKUP.search(source):
        return " ".join(source.split())  # nothing inline to unwrap: the text as it reads
    from summit_tui.corpus.passages import inline_plain

    tokens = _parser().parseInline(source)
    return inline_plain(tokens[0]) if tokens else " ".join(source.split())


def split_sentences(source: str) -> list[Sentence]:
    """The sentences of a paragraph's Markdown source, in order. Never empty for real text."""
    groups: list[tuple[int, list[str]]] = []
    for offset, raw in enumerate(source.split("\n")):
        line = LIST_MARK.sub("", raw, count=1) if offset == 0 else raw.strip().lstrip(">")
        if not line.strip():
            continue
        if groups and not _LINE_END.search(groups[-1][1][-1]):
            groups[-1][1].append(line.strip())
        else:
            groups.append((offset, [line.strip()]))
    sentences: list[Sentence] = []
    for offset, lines in groups:
        plain = to_plain("\n".join(lines))
        parts: list[str] = []
        for part in (p.strip() for p in _INLINE_END.split(plain)):
            if parts and len(part) < _FRAGMENT:
                parts[-1] = f"{parts[-1]} {part}"  # "(Space 기능)" belongs to the sentence before
            elif part:
                parts.append(part)
        sentences.extend(Sentence(offset, part) for part in parts)
    return sentences
