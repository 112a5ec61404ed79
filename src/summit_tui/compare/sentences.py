"""Split the Markdown source of one paragraph into readable sentences with line offsets.

Korean notes often end a sentence with 다/요/니다 and a line break but no full stop,
while English prose wraps mid-sentence; so a line break ends a sentence only when the
line before it ends like one. Inside a line, . ! ? followed by a space end a sentence,
except after what only looks like an end: an abbreviation ("vs.", "e.g.", "Dr."), an
initial ("존 F. 케네디", "J. R. R. Tolkien"), a dotted acronym ("U.S."), a Latin word
followed by a lower-case one ("approx. five") and a number whose decimals follow a stray
space ("3. 5배"); "2.5배" has no space and never splits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from summit_tui.compare.wordlist import words

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

# Pieces shorter than this after a sentence end are a trailing remark, not a sentence.
_FRAGMENT = 12
_LINE_END = re.compile(r"(?:[.!?…:;。！？]|다|요|죠|니다|음|함)[\"'”’)\]*_~`」』）]*\s*$")
_INLINE_END = re.compile(r"(?<=[.!?…])[\"'“”’»」』)\]]*\s+(?=\S)")
# In Thai text a space between two Thai letters also ends a phrase, as a full stop does
# (Thai writes no spaces between words; compare/thai.py).
_THAI = re.compile("[\u0e01-\u0e5b]")
_INLINE_END_THAI = re.compile(
    r"(?<=[.!?…])[\"'“”’»」』)\]]*\s+(?=\S)|(?<=[\u0e01-\u0e5b])[ \t]+(?=[\u0e01-\u0e5b])"
)
# Words that end with a full stop without ending the sentence (compared in lower case).
_ABBREVIATIONS = frozenset(
    words(
        "vs v e.g i.e cf al approx ca dr mr mrs ms prof sr jr st mt fig ed vol pp "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    )
)
# The word before a full stop: an initial (F.), a dotted acronym (U.S., e.g.) or any word.
_WORD_BEFORE = re.compile(r"(?:^|[\s(\[\"'“‘])([^\s(\[\"'“‘]*)\.$")
_INITIAL = re.compile(r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]")
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
# Japanese and Chinese (kana, ideographs, their punctuation and full-width forms) are
# written without spaces: a line break between two such characters joins them directly.
_CJK = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t]*\n[ \t]*(?=[{_CJK}])")


def to_plain(source: str) -> str:
    """Inline Markdown → readable one-line text (links and emphasis unwrapped); a line
    break inside Japanese or Chinese text joins without a space."""
    source = CJK_BREAK.sub("", source)
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
        previous = groups[-1][1][-1] if groups else ""
        if groups and (
            not _LINE_END.search(previous) or not _ends_sentence(previous, line.strip())
        ):
            groups[-1][1].append(line.strip())
        else:
            groups.append((offset, [line.strip()]))
    sentences: list[Sentence] = []
    for offset, lines in groups:
        plain = to_plain("\n".join(lines))
        parts: list[str] = []
        for part in _inline_sentences(plain):
            if parts and len(part) < _FRAGMENT:
                parts[-1] = f"{parts[-1]} {part}"  # "(Space 기능)" belongs to the sentence before
            elif part:
                parts.append(part)
        sentences.extend(Sentence(offset, part) for part in parts)
    return sentences


def _ends_sentence(before: str, after: str) -> bool:
    """Whether the full stop (or ! ? …) that ``before`` ends with ends a sentence, ``after``
    being the text that follows the space."""
    if after[:1] in _NO_OPENING:
        return False  # "{ ... }" in code: no sentence opens with a closing bracket
    if not before.endswith("."):
        return True
    word = _WORD_BEFORE.search(before)
    if word is None:
        return True
    token = word.group(1)
    if _INITIAL.fullmatch(token) or token.lower() in _ABBREVIATIONS:
        return False
    if token[-1:].isdigit() and after[:1].isdigit():
        return False  # 3. 5배: decimals after a stray space
    last, first = token[-1:], after[:1]
    # "approx. five": English that goes on in lower case has not ended.
    return not (last.isascii() and last.isalpha() and first.isascii() and first.islower())


_LOOK_BACK = 40
_NO_OPENING = frozenset("})];,")


# Quotation marks that open and close a quote; a straight " does both.
_OPENING_QUOTES = "“„«「『"
_CLOSING_QUOTES = "”»」』"


def _in_quote(text: str) -> bool:
    """Whether ``text`` ends inside a quotation it opened: a quoted title ("Make it work.
    Then make it fast.") is one piece of its sentence, full stops and all."""
    if text.count('"') % 2:
        return True
    opened = sum(text.count(mark) for mark in _OPENING_QUOTES)
    closed = sum(text.count(mark) for mark in _CLOSING_QUOTES)
    if "„" in text:
        closed += text.count("“")  # German „…“ closes with the mark English opens with
        opened -= text.count("“")
    return opened > closed


# What goes on after a closing quote in the same sentence: a Korean quoting particle
# ("…" 라는 말로, "…"라고) or a dash with what the quote was.
_AFTER_QUOTE = re.compile(r"^(?:이?라(?:는|고|며|면서|던)?|이?란|하고|[—–-])(?!\w)|^[—–]")


def _inline_sentences(plain: str) -> list[str]:
    """One line of readable text cut where a sentence ends (see the module docstring)."""
    pieces: list[str] = []
    start = 0
    ends = _INLINE_END_THAI if _THAI.search(plain) else _INLINE_END
    for end in ends.finditer(plain):
        if _in_quote(plain[start : end.end()]):
            continue
        closing = end.group().strip()[-1:]
        if closing and closing in '"”»」』“' and _AFTER_QUOTE.match(plain[end.end() :]):
            continue
        # The word before and the letter after are all that decide (see _ends_sentence).
        before = plain[max(start, end.start() - _LOOK_BACK) : end.start()]
        if _ends_sentence(before, plain[end.end() : end.end() + 1]):
            pieces.append(plain[start : end.start()].strip() + end.group().strip())
            start = end.end()
    pieces.append(plain[start:].strip())
    return [piece for piece in pieces if piece]


# Where a sentence's clauses meet: a comma or semicolon, or a Korean connective ending
# that joins two statements (…라고 언급하면서 …, …을 높이며 …).
_CLAUSE_END = re.compile(r"(?<=[,;])\s+|(?<=면서)\s+|(?<=으며)\s+|(?<=하며)\s+")


def split_clauses(sentence: str) -> list[str]:
    """A sentence's clauses, in order (one piece when it has none)."""
    return [piece for piece in (p.strip() for p in _CLAUSE_END.split(sentence)) if piece]
