"""Talks written as blocks of an outliner's page (Roam Research, Logseq, Workflowy), as headings.

An outliner's daily page is one nested list: errands and to-dos beside a block naming the
event (``- [[EuroPython 2024]] day 1``), and under it a block per talk whose child blocks
are the points:

    - [[EuroPython 2024]]
        - **Rust for Pythonistas** — [[Ana Lima]]
            - PyO3 + maturin, no C
        - Typing at scale by [[Jonas Berg]]
            - ...

Such a talk block is what a heading is in other notes, so it is read as one: a block with
child blocks whose text names a talk and its speaker (a bold title, alone or before a dash,
brackets or "by" and a name; a title before a dash, brackets or "by" and a linked name).
Its heading reads ``Title — Speaker``, which the segmenter already understands; errands,
to-dos, properties (``speaker:: [[X]]``) and blocks without children are never headings,
and nothing inside a talk block is read again as a talk.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from summit_tui.corpus.speaker_labels import label_alternation
from summit_tui.lazy_re import lazy

# A linked name: a person's page ("[[Ana Lima]]"), never a date's or an event's (no digits).
_LINKED = r"\[\[[^\[\]\d\n]{2,60}\]\]"
# A written name: "Ana Lima", "Jean-Luc O'Neil", "김민지", "김민지님".
_WRITTEN = r"(?:[A-ZÀ-Þ][\w.'’-]+(?:[ \t]+[A-ZÀ-Þ][\w.'’-]+){1,3}|[가-힣]{2,4}(?:[ \t]*님)?)"
_NAME = rf"(?:{_LINKED}|{_WRITTEN})"
_NAMES = rf"{_NAME}(?:[ \t]*(?:,|&|\+|/|and|und|et|y|와|과)[ \t]*{_NAME}){{0,4}}"
_LINKED_NAMES = rf"{_LINKED}(?:[ \t]*(?:,|&|\+|/|and|und|et|y|와|과)[ \t]*{_NAME}){{0,4}}"
# The speakers after a bold title: "— Name", "- [[Name]]", "(Name)", "by Name", ": Name"
_AFTER_BOLD = lazy(
    rf"^[ \t]*(?:[—–-]|by|von|par|di|por|door|:)[ \t]+(?P<who>{_NAMES})[ \t]*$"
    rf"|^[ \t]*[(（](?P<paren>{_NAMES})[)）][ \t]*$"
)
_BOLD = lazy(r"^(\*\*|__)(?P<title>[^*_\n]{2,200}?)\1(?P<rest>.*)$")
# A plain title, then its linked speakers: "Title — [[Name]]", "Title by [[Name]]",
# "Title ([[Name]])"
_PLAIN = lazy(
    rf"^(?P<title>[^\[\]\n]{{3,200}}?)[ \t]+(?:[—–-]|by|von|par|di|por|door)[ \t]+"
    rf"(?P<who>{_LINKED_NAMES})[ \t]*$"
    rf"|^(?P<ptitle>[^\[\]\n]{{3,200}}?)[ \t]*[(（](?P<paren>{_LINKED_NAMES})[)）][ \t]*$"
)
# "speaker:: [[Ana Lima]]", "speakers:: [[A]], [[B]]", "발표자:: 김민지": a talk block's property
# line or first child
_SPEAKER_PROPERTY = lazy(
    rf"^(?:{label_alternation()}|by)::[ \t]*(?P<who>\S.{{0,200}})$",
    re.IGNORECASE,
)
# "10:30 ", "10:30 - ", "9.15 | " before a talk block's title
_TIME = lazy(r"^(?P<time>\d{1,2}[:.h]\d{2})[ \t]*(?:[-–—|][ \t]*)?(?=\S)")
# "#talk", "#[[keynote]]" tagging a block as a talk
_TALK_TAG = lazy(
    r"[ \t]*#(?:\[\[)?(?:talk|session|keynote|vortrag|conférence|charla|발표|세션|키노트)(?:\]\])?"
    r"(?=\s|$)",
    re.IGNORECASE,
)
_JOINER = lazy(r"[ \t]*(?:,|&|\+|/|\band\b|\bund\b|\bet\b|\by\b)[ \t]*")
# What opens a block that is never a talk: a to-do, a tag, a quote, a property
_NOT_TALK = ("TODO", "DONE", "LATER", "NOW", "WAITING", "CANCELED", "CANCELLED", "#", ">", "{{")
_MAX_ITEMS = 5000  # a page longer than this is read as it is written, without talk blocks


def _is_outline(body: str) -> bool:
    """A page written as one nested list (after Logseq's ``key:: value`` page properties)."""
    start = 0
    while True:  # at most one pass over the property lines at the top
        while body.startswith("\n", start):
            start += 1
        if body.startswith(("- ", "* "), start):
            break
        end = body.find("\n", start)
        line = body[start:] if end < 0 else body[start:end]
        if "::" not in line or end < 0:
            return False
        start = end + 1
    return "\n\t" in body or "\n  " in body  # nested blocks


def _speakers(who: str) -> str:
    names = [" ".join(part.strip().strip("[]").split()) for part in _JOINER.split(who)]
    return ", ".join(name for name in names if name)


def _unlinked(text: str) -> str:
    return " ".join(text.replace("[[", "").replace("]]", "").replace("**", "").split())


def talk_heading_text(text: str, first_child: str = "") -> str | None:
    """The heading a talk block's text makes (``Title — Speaker``), or None for any other block.

    ``first_child`` is its first child block's text: a ``speaker:: [[Name]]`` property there
    makes the block a talk whatever its text."""
    if "::" in text or text.startswith(_NOT_TALK):
        return None
    if "::" in first_child and (prop := _SPEAKER_PROPERTY.match(first_child)) is not None:
        return f"{_unlinked(text)} — {_speakers(prop['who'])}"
    if text[:1].isdigit() and (time := _TIME.match(text)) is not None:
        rest = talk_heading_text(text[time.end() :])
        return f"{time['time']} {rest}" if rest else None
    if "#" in text and (tagged := _TALK_TAG.search(text)) is not None:
        title = _unlinked(text[: tagged.start()] + text[tagged.end() :])
        return talk_heading_text(title) or title or None
    if text.startswith(("**", "__")):
        bold = _BOLD.match(text)
        if bold is None:
            return None
        title = _unlinked(bold["title"])
        rest = bold["rest"].strip()
        if not rest:
            return title or None
        after = _AFTER_BOLD.match(rest)
        if after is None:
            return None
        return f"{title} — {_speakers(after['who'] or after['paren'])}"
    if "[[" not in text:
        return None
    plain = _PLAIN.match(text)
    if plain is None:
        return None
    title = _unlinked(plain["title"] or plain["ptitle"])
    return f"{title} — {_speakers(plain['who'] or plain['paren'])}"


class TalkBlock(NamedTuple):
    """A talk block as a heading: its line (in the body, 0-based), level and text, and the
    line its block ends before (0: the page's end): the errands after it are no part of it."""

    start: int
    level: int
    text: str
    end: int = 0


def outline_talk_headings(body: str) -> list[TalkBlock]:
    """The talk blocks of an outliner's page as headings (none for any other note)."""
    if not _is_outline(body):
        return []
    items: list[tuple[int, int, str]] = []  # (line, indent, text) of every block
    lines = body.split("\n")
    other = 0
    props: dict[int, str] = {}  # a block's number (from 1) → its speaker property line
    for number, line in enumerate(lines):
        text = line.lstrip(" \t")
        if not text:
            continue
        if text.startswith(("- ", "* ")):
            indent = len(line[: len(line) - len(text)].expandtabs(4))
            items.append((number, indent, text[2:].strip()))
            if len(items) > _MAX_ITEMS:
                return []
        elif "::" not in text:
            other += 1
        elif items and _SPEAKER_PROPERTY.match(text.strip()):
            # a Logseq block's property line under its text: "  speaker:: [[X]]"
            props.setdefault(len(items), text.strip())
    if other * 2 > len(items):  # mostly prose: not an outline
        return []
    headings: list[TalkBlock] = []
    depths: list[int] = []  # indents of the open ancestors
    inside = -1  # the indent of the talk block being read (-1: none)
    for index, (number, indent, text) in enumerate(items):
        while depths and depths[-1] >= indent:
            depths.pop()
        depth = len(depths)
        depths.append(indent)
        if inside >= 0:
            if indent > inside:
                continue
            inside = -1
        has_children = index + 1 < len(items) and items[index + 1][1] > indent
        if not has_children:
            continue
        heading = talk_heading_text(text, props.get(index + 1) or items[index + 1][2])
        if heading:
            after = next((item[0] for item in items[index + 1 :] if item[1] <= indent), 0)
            headings.append(TalkBlock(number, min(6, 2 + depth), heading, after))
            inside = indent
    return headings
