"""A note's first heading, and its own title written as a heading, read from the raw text
(outside code fences) without parsing the Markdown."""

from __future__ import annotations

import re

from summit_tui.corpus.names import unescape
from summit_tui.lazy_re import lazy


def first_heading(body: str) -> str | None:
    """The text of the note's first ATX or setext heading (outside code fences)."""
    found = _first_heading(body)
    return found[0] if found is not None else None


def title_heading(body: str) -> str | None:
    """The note's own title written as a heading: a level-1 heading (``# …`` or ``===``),
    or any heading that opens the note. "## 배경" after some text is a section, not the
    title (an Obsidian note's title is its file name)."""
    found = _first_heading(body)
    if found is None:
        return None
    text, level, first = found
    if level == 1:
        # one "# …" in the note is its title; several are its talks, unless the note is a
        # slide deck whose first slide it heads (its dividers and "# Questions?" are slides)
        if _at_most_one(_LEVEL_ONE, _NEXT_LEVEL_ONE, body) or _first_slide(body, text):
            return text
        return None
    if not first:
        return None
    # "## Session 1 — Ann" opening a note whose next talks are "## Session 2 — Bob": the
    # first of its sections, not its title (a title stands above the sections it heads)
    same_level = re.compile(rf"\n {{0,3}}#{{1,{level}}}[ \t]+\S")  # past the first line
    return text if _at_most_one(None, same_level, body) else None


# a slide deck's break between two slides (Marp, reveal.js, Slidev): "---" on a line of its own
_SLIDE_BREAK = "\n---\n"
_DECK_BREAKS = 3


_TITLE_SLIDE_LINES = 3  # the title, its presenter, the event or the day
_TITLE_SLIDE_WIDTH = 100


def _first_slide(body: str, text: str) -> bool:
    """Whether ``body`` is a slide deck (slides between "---" lines) whose first slide holds
    the heading ``text``: a deck of a few slides too, when its first is a title slide."""
    first = body.find(_SLIDE_BREAK)
    if first < 0 or text not in body[:first]:
        return False
    return body.count(_SLIDE_BREAK, first) >= _DECK_BREAKS or _title_slide(body[:first])


def _title_slide(slide: str) -> bool:
    """A slide of its title and a line or two under it ("#### Ana Lima · platform guild",
    "발표자 홍길동"), no list, table or paragraph of notes: a deck's first slide."""
    lines = [line.strip() for line in slide.split("\n") if line.strip()]
    return len(lines) <= _TITLE_SLIDE_LINES and all(
        len(line) <= _TITLE_SLIDE_WIDTH and line[:1] not in "-*+|>" for line in lines[1:]
    )


def _at_most_one(first: re.Pattern[str] | None, following: re.Pattern[str], body: str) -> bool:
    """Whether a line of the body opens with a match of ``first`` (the body's first line) or
    ``following`` (the same after "\\n": the other lines) at most once. A search for the
    line break before each line skips through the body; one for a line's start ("^" in a
    multiline pattern) tries every character."""
    count = 1 if first is not None and first.match(body) is not None else 0
    for _ in following.finditer(body):
        count += 1
        if count > 1:
            return False
    return True


def _first_heading(body: str) -> tuple[str, int, bool] | None:
    """(text, level, whether only blank lines come before it) of the first heading."""
    match = _FIRST_ATX.match(body)
    start = 0
    if match is None and (match := _NEXT_ATX.search(body)) is not None:
        start = match.start() + 1  # after its line break
    if match is not None:
        before = body[:start]
        if "```" not in before and "~~~" not in before and not _SETEXT.search(before):
            text = _plain_heading(match.group("text"))
            if text is None:
                return None
            return text, len(match.group("marks")), not before.strip()
    elif "```" not in body and "~~~" not in body and not _SETEXT.search(body):
        return None
    previous = ""
    seen_text = False  # any text before the current line
    before_previous = False  # any text before the previous line
    fence: str | None = None
    for line in body.split("\n"):
        opener = _FENCE.match(line)
        if fence:
            if opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence):
                fence = None
            continue
        if opener:
            fence = opener.group(1)
            seen_text = True
            continue
        atx = _ATX.match(line)
        if atx and atx.group("text").strip():
            text = _plain_heading(atx.group("text"))
            return (text, len(atx.group(1)), not seen_text) if text else None
        if previous.strip() and re.match(r"^ {0,3}=+\s*$", line):
            text = _plain_heading(previous)
            return (text, 1, not before_previous) if text else None
        before_previous = seen_text
        if line.strip():
            seen_text = True
        previous = line
    return None


_ATX = lazy(r"^ {0,3}(#{1,6})[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")
_FENCE = lazy(r"^ {0,3}(`{3,}|~{3,})")
_FIRST_ATX = lazy(r"^ {0,3}(?P<marks>#{1,6})[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_LEVEL_ONE = lazy(r"^ {0,3}#[ \t]+\S", re.MULTILINE)
# the same on a line after the first: its line break, then the line
_NEXT_ATX = lazy(r"\n {0,3}(?P<marks>#{1,6})[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_NEXT_LEVEL_ONE = lazy(r"\n {0,3}#[ \t]+\S")
_SETEXT = lazy(r"\n {0,3}(?:=+|-+)[ \t]*(?:\n|$)")


def _plain_heading(text: str) -> str | None:
    text = re.sub(r"(\*\*|__|`)", "", unescape(text)).strip()
    return " ".join(text.split()) or None
