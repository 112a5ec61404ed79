"""Who an entry names as its speakers, from the readable text of its blocks.

Three forms occur in real notes: a label line (``발표자: Rani Borkar (Microsoft CVP)``,
``참여자:`` followed by a list, ``Speaker : 전병곤 교수님``), a parenthesis after the
title (handled by ``names.split_title``), and a sentence such as
``AMD사의 Corporate Fellow인 Steve Scott이 연설을 하였습니다``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from summit_tui.corpus.names import clean_person

_LABEL = re.compile(
    r"^\s*(?:발표자|연사|강연자|참여자|패널|speakers?|presenters?|panelists?|panel)\s*[:：]\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"(?P<name>[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){1,3}|(?<![가-힣])[가-힣]{2,4})"
    r"(?:\s+(?:CEO|교수님?|회장|대표|부사장|사장))?(?:이|가|께서)\s*(?:연설|강연)"
)


@dataclass(frozen=True, slots=True)
class Block:
    """One inline run of a note: its readable text, nesting level and kind."""

    text: str
    level: int
    heading: bool = False

    @property
    def source(self) -> str:
        """The text the block was read from: every character of ``text`` is in it."""
        return self.text


def split_names(text: str) -> list[str]:
    """'A (x, y), B (z)' → ['A (x, y)', 'B (z)']: commas inside parentheses do not split."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if depth == 0 and char in ",;、/":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


class Readable(Protocol):
    """What ``find_speakers`` reads of a block (a ``Block``, or a paragraph read lazily)."""

    @property
    def text(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def level(self) -> int: ...
    @property
    def heading(self) -> bool: ...


def find_speakers(blocks: Iterable[Readable]) -> list[str]:
    """Speakers named by labels and speech sentences, in order, without repeats."""
    found: list[str] = []
    collecting_below: int | None = None  # a label with nothing after it: names follow, nested

    def add(raw: str) -> None:
        name = clean_person(raw)
        if name and name not in found:
            found.append(name)

    for block in blocks:
        if collecting_below is not None:
            if block.level > collecting_below and not block.heading:
                for part in split_names(block.text):
                    add(part)
                continue
            collecting_below = None
        if block.heading:
            continue
        source = block.source
        if ":" not in source and "：" not in source and "연" not in source:
            continue  # no label ("…:"), no "연설" or "강연": nothing to read here
        labelled = False
        for line in block.text.split("\n") if "\n" in block.text else (block.text,):
            label = _LABEL.match(line)
            if label:
                labelled = True
                rest = label.group("rest").strip()
                if rest:
                    for part in split_names(rest):
                        add(part)
                else:
                    collecting_below = block.level
        if labelled:
            continue
        if "연설" in block.text or "강연" in block.text:
            for match in _SPEECH.finditer(block.text):
                add(match.group("name"))
    return found


# A speaker named in running text: "토스 김태희님의 … 발표", "조은서님이 발표한",
# "Notes on Hana Lee's talk", "a keynote by Amara Okafor".
_MENTION_KO = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{2,4})\s*(?:님|씨|교수님?|박사님?|대표님?)\s*(?:의|이|께서|가)?"
    r"[^.。!?\n]{0,40}?(?:발표|강연|세션|키노트|이야기|talk)"
)
_MENTION_EN = re.compile(
    r"(?P<name>[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,2})['’]s\s+"
    r"(?:\w+\s+)?(?:talk|keynote|session|presentation|panel|lecture)"
    r"|(?:talk|keynote|session|presentation|lecture)\s+(?:given\s+)?by\s+"
    r"(?P<by>[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,2})"
)


def mentioned_speakers(text: str) -> list[str]:
    """Speakers a note's opening sentences name as giving the talk it is about."""
    found: list[str] = []
    for pattern in (_MENTION_KO, _MENTION_EN):
        for match in pattern.finditer(text):
            raw = match.group("name") or match.groupdict().get("by") or ""
            name = clean_person(raw)
            if name and name not in found:
                found.append(name)
    return found
