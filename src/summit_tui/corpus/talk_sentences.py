"""Talks a diary names in a sentence: a daily note without headings, a paragraph per part of the
day, and the paragraph about a talk opened by naming it (``После обеда — «Title», Name.``,
``First talk: "Title", Name.``, ``점심 먹고 「Title」 들음``, ``Слушал «Title»``).

A quoted title makes the paragraph a talk when a person's name stands beside it or a verb of
hearing does; a quoted book or film with neither is no talk. ``sentence_parts`` gives those
paragraphs as parts of the body, or None when the note has headings (the segmenter reads
those) or names no talk so.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

_OPEN = '«"“„「『'
_CLOSE = '»"”“」』'


def _quoted(group: str) -> str:
    return rf"[{_OPEN}](?P<{group}>[^{_OPEN}{_CLOSE}\n]{{3,120}})[{_CLOSE}]"


_QUOTED = _quoted("title")
# "«Title», Name." / "“Title” by Name" / "«Title» (Name)"
_TITLE_NAME = lazy(
    rf"{_QUOTED}\s*(?:,|\(|(?i:by)\s|—|–|-)\s*(?P<name>[^.,;!?()\n—–]{{3,40}}?)\s*\)?\s*(?:[.;!]|$)"
)
# "Name — «Title»" / "Name: «Title»"
_NAME_TITLE = lazy(rf"(?:^|[.!]\s+|—\s+)(?P<name>[^.,;!?()\n—–:«\"“]{{3,40}}?)\s*[—–:]\s*{_QUOTED}")
# a verb of hearing a talk beside its quoted title, in the languages diaries are written in
_HEARD = lazy(
    rf"(?i:слушал[аи]?|послушал[аи]?|слухав|послухав|heard|attended|went\s+to|caught|sat\s+in\s+on"
    rf"|listened\s+to|hörte|habe\s+.{{0,20}}gehört|écouté|escuché|ascoltato)\s+(?:the\s+)?"
    rf"(?:(?i:talk|session|keynote|доклад)\s+)?{_quoted('title')}"
    rf"|{_quoted('heard')}\s*(?:을|를|도|은|는)?\s*(?:들음|들었|듣고|들으러|봤|보고|봄|세션|발표|강연)"
)
_HEADING = lazy(r"^ {0,3}#{2,6}\s", re.MULTILINE)
_LIST_MARK = lazy(r"^\s*(?:[-*+]|\d+[.)])\s+")


# a quoted title with a name or a verb of hearing after it, or a name before it
_QUICK = lazy(rf"[{_CLOSE}][ \t]*(?:,|\(|—|–|-|by\s|을|를|도|들)|[—–:][ \t]*[{_OPEN}]")
_HEARING = (
    "слушал", "послушал", "слухав", "heard", "attended", "listened", "went to", "caught",
    "hörte", "gehört", "écouté", "escuché", "ascoltato",
)  # fmt: skip


def may_name_talks(body: str) -> bool:
    """A cheap pre-check: no heading below the title, and a quoted title beside a name or a
    verb of hearing."""
    if not any(mark in body for mark in '«“「『"') or _HEADING.search(body) is not None:
        return False
    if _QUICK.search(body) is not None:
        return True
    low = body.lower()
    return any(verb in low for verb in _HEARING)


def sentence_parts(body: str) -> list[ChatPart] | None:
    """The paragraphs of a note that open by naming a talk (see the module's docstring)."""
    from summit_tui.corpus.names import looks_like_name

    lines = body.split("\n")
    parts: list[ChatPart] = []
    number = 0
    while number < len(lines):
        if not lines[number].strip() or lines[number].lstrip().startswith("#"):
            number += 1
            continue
        end = number
        while end < len(lines) and lines[end].strip():
            end += 1
        first = _LIST_MARK.sub("", lines[number]).replace("**", "")
        found = _named(first, looks_like_name)
        if found is not None:
            title, speakers = found
            parts.append(ChatPart(EntryKind.SESSION, title, title, speakers, number, end, None,
                                  None))  # fmt: skip
        number = end
    return parts or None


def _named(line: str, looks_like_name: Callable[[str], bool]) -> tuple[str, tuple[str, ...]] | None:
    """(title, speakers) of the talk a paragraph's first line names, or None."""
    if not any(mark in line for mark in _OPEN):
        return None
    sentence = re.split(r"(?<=[.!?。])\s+", line.strip(), maxsplit=1)[0]
    for pattern in (_TITLE_NAME, _NAME_TITLE):
        for found in pattern.finditer(sentence):
            name = found["name"].strip()
            if looks_like_name(name):
                return found["title"].strip(), (name,)
    heard = _HEARD.search(sentence)
    if heard is not None:
        title = next(group for group in heard.groups() if group)
        return title.strip(), ()
    return None
