"""Bullets of a day file that each name the talk they come from: a TIL page's "- From Han
Seungwoo's Gemini talk: …", "- 한승우님 Gemini 발표에서: …", "- Z prelekcji Ewy Nowak: …".

A TIL or daily note is one bullet per thing its writer learned; those that say which talk they
come from are entries of that talk (by its speaker, on the day the file names), the rest of the
page is about no talk.
"""

from __future__ import annotations

from summit_tui.lazy_re import lazy

_NAME = r"[A-ZÀ-Þ\u0100-\u017f][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ\u0100-\u017f][\w'’.-]+){0,3}"
_TALK_BULLET = lazy(
    r"^[ \t]{0,3}[-*+][ \t]+(?:"
    # "From Han Seungwoo's Gemini talk: …", "In Park Minho's keynote — …"
    rf"(?:From|In|At|Via)[ \t]+(?P<name>{_NAME})['’]s?[ \t]+(?P<what>[^:\n]{{0,60}}?)[ \t]*"
    r"(?:talk|keynote|session|workshop|lightning talk)[ \t]*(?::|[ \t][—–-])"
    # "한승우님 Gemini 발표에서: …", "한승우 님의 키노트에서 —"
    r"|(?P<ko>[가-힣]{2,4})[ \t]*님(?:의)?[ \t]+(?P<kowhat>[^:\n]{0,40}?)[ \t]*"
    r"(?:발표|세션|키노트|강연)에서[ \t]*(?::|[ \t][—–-])?"
    r")[ \t]*\S"
)
# what every match holds: a line without one of them is no such bullet
MARKS = (
    "talk",
    "keynote",
    "session",
    "workshop",
    "발표에서",
    "세션에서",
    "키노트에서",
    "강연에서",
)


def talk_bullets(lines: list[str], start: int, end: int) -> list[tuple[int, str, str]]:
    """The bullets among lines[start:end] that name the talk they come from: (its line,
    0-based; the speaker; what it calls the talk, "Gemini", maybe "")."""
    found: list[tuple[int, str, str]] = []
    for number in range(start, end):
        line = lines[number]
        if line.lstrip()[:1] not in "-*+" or not any(mark in line for mark in MARKS):
            continue
        match = _TALK_BULLET.match(line)
        if match is None:
            continue
        speaker = match["name"] or match["ko"]
        title = (match["what"] or match["kowhat"] or "").strip(" \"'“”*_")
        found.append((number, " ".join(speaker.split()), title))
    return found
