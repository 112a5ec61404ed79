"""Essay posts whose talks are sections between thematic breaks ("---"), without headings, each
opened by a sentence naming the speaker and the talk, as Brunch, Medium and newsletter essays
are written: "오전의 첫 발표는 김하늘 님의 'SwiftData로 옮겨 간 1년'이었다.", "점심을 먹고 들어간
두 번째 세션은 박준영의 Strict Concurrency 이야기.", "The morning opened with Mai Takahashi's
"Accessibility is a SwiftUI feature"."."""

from __future__ import annotations

import re

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.dates import day_number, find_dates, weekdays
from summit_tui.corpus.model import EntryKind
from summit_tui.corpus.names import looks_like_name
from summit_tui.lazy_re import lazy

_RULE = lazy(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_HEADING = lazy(r"^ {0,3}#{1,6}\s", re.MULTILINE)
# the same on a line after the first: found by its line break, not by trying every character
_NEXT_HEADING = lazy(r"\n {0,3}#{1,6}\s")
_SENTENCE = lazy(r"(?<=[.!?。])\s+")
# "Mai Takahashi's "Title"" (a straight single quote would be an apostrophe)
_POSSESSIVE_EN = lazy(
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2})['’]s\s+"
    r"[\"“‘](?P<title>[^\"”’\n]{3,120})[\"”’]"
)
# "김하늘 님의 'Title'", "김하늘의 「Title」"
_POSSESSIVE_KO_QUOTED = lazy(
    r"(?<![가-힣])(?P<name>[가-힣]{2,4})\s?(?:님|씨)?의\s*['‘\"“「『]"
    r"(?P<title>[^'’\"”」』\n]{2,80})['’\"”」』]"
)
# "박준영의 Strict Concurrency 이야기": the words before 이야기 / 발표 / 세션 are the topic
_POSSESSIVE_KO = lazy(
    r"(?<![가-힣])(?P<name>[가-힣]{2,4})\s?(?:님|씨)?의\s+"
    r"(?P<title>[^.,!?\n]{2,60}?)\s*(?:이야기|발표|세션|강연|키노트)"
)


def may_be_essay(body: str) -> bool:
    """A cheap pre-check: a thematic break, and no heading."""
    if "\n## " in body:
        return False  # most notes: a heading, found near their start
    return (
        ("\n---" in body or "\n***" in body)
        and _HEADING.match(body) is None
        and _NEXT_HEADING.search(body) is None
    )


def essay_parts(body: str) -> list[ChatPart] | None:
    """The sections of an essay that open by naming a talk, or None when fewer than two do
    (one named talk in a post is no essay of talks)."""
    lines = body.split("\n")
    sections: list[tuple[int, int]] = []
    start = 0
    for number, line in enumerate(lines):
        if line[:4].strip()[:1] in ("-", "*", "_") and _RULE.match(line):
            sections.append((start, number + 1))  # the break is its section's end
            start = number + 1
    sections.append((start, len(lines)))
    if len(sections) < 3:
        return None
    parts: list[ChatPart] = []
    for first, end in sections:
        while first < end and not lines[first].strip():
            first += 1
        if first >= end:
            continue
        sentence = _SENTENCE.split(lines[first].strip().replace("**", ""), maxsplit=1)[0]
        named = _named(sentence)
        if named is None:
            continue
        title, speaker = named
        parts.append(
            ChatPart(EntryKind.SESSION, title, title, (speaker,), first, end, _day(sentence), None)
        )
    return parts if len(parts) >= 2 else None


def _named(sentence: str) -> tuple[str, str] | None:
    """(title, speaker) of the talk a section's first sentence names, or None."""
    if "의" in sentence:
        for pattern in (_POSSESSIVE_KO_QUOTED, _POSSESSIVE_KO):
            for found in pattern.finditer(sentence):
                if looks_like_name(found["name"], strict=True):
                    return found["title"].strip(), found["name"]
    if "s " in sentence:
        for found in _POSSESSIVE_EN.finditer(sentence):
            if looks_like_name(found["name"]):
                return found["title"].strip(" .,"), found["name"]
    return None


def _day(sentence: str) -> str | None:
    """The day a section's opening sentence names ("On the second day", "둘째 날 아침",
    "On Saturday"), as an entry's day hint; None: the note's day."""
    number = day_number(sentence)
    if number is not None:
        return f"day:{number}"
    dates = [d for d in find_dates(sentence) if not d.is_range]
    if len(dates) == 1:
        return dates[0].partial()
    days = weekdays(sentence)
    return f"weekday:{days[0]}" if len(days) == 1 else None
