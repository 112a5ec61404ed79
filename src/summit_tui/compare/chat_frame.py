"""A chat or channel message as compare reads it: its header (``**Channel** · 11:05``,
``**Dana** 10:04 AM``, ``[12:03] dana: …``, ``[이름] [오후 2:13] …``), the hashtags and the
views and reactions under it (``#highload2024 #kafka``, ``👁 3.4K · 🔥 51``) are its frame,
no text of it; the line that names the talk it is about (``📌 Андрей Соколов — «Title»``) is
context; the rest is cut where a line opens a new thought (a dash, a bullet, an arrow), so
each is a point of its own and a line the export wrapped stays whole.
"""

from __future__ import annotations

import re

from summit_tui.corpus.chat_lines import (
    export_mark,
    opens_message,
    pasted_header,
    stamped_header,
)
from summit_tui.corpus.social_posts import COUNTS, only_hashtags

# "👁 3.4K · 🔥 51", "👍 34 🔥 5", "❤️ 4": emoji, each with a count.
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u21bb\ufe0f\u200d"
_REACTIONS = re.compile(rf"^\s*(?:[{_EMOJI}]+\s*[\d.,]+[KkMmКк]?\s*[·•|,]?\s*)+$")
# "[12:03] dana: the keynote is starting": a time, a name and a colon, the message after it.
_TIMED_NAME = re.compile(r"^\[\d{1,2}:\d{2}(?::\d{2})?\]\s+[^\s:\[\]][^:\n]{0,39}?:\s+(?=\S)")
# A line that opens a new thought in a message: a dash, a bullet, an arrow, a number.
_NEW_THOUGHT = re.compile(r"^\s*(?:[—–\-•·*▪►▶→✅✔️☑📌🔹🔸]|\d{1,2}[.)]\s)")
# The line naming the talk: who, a dash, the title in quotes ("📌 Name — «Title»"), or the
# other way round; a few words besides.
_QUOTED_TITLE = re.compile(r"[«“„\"]([^»”\"]{3,})[»”\"]")
NAMING_WORDS = 5
_DASH = re.compile(r"^[—–\-•·*▪]\s+")  # a dash or bullet is no word of the thought
_QUOTE = re.compile(r"^\s*>\s?")


def message_lines(text: str) -> list[tuple[int, str]] | None:
    """A chat message's text without its frame, cut into its thoughts: (line offset, text)
    each; None when ``text`` (a passage's source) is no chat message."""
    head = text.split("\n", 1)[0].strip()
    # A header opens with bold, a bracket or a quote, or ends with its time (Name  9:35 AM).
    if not head or (
        head[0] not in "*[>"
        and not head[0].isdigit()
        and not (head[-1].isdigit() or head[-1] in "Mm")
    ):
        return None
    lines = text.split("\n")
    first = lines[0].lstrip("> ").rstrip()
    timed = _TIMED_NAME.match(first) if first[:1] == "[" else None
    if timed is not None:
        lines[0] = first[timed.end() :]
        start = 0
    elif opens_message(first):
        # WhatsApp, Telegram, KakaoTalk: the message on its header's line
        stamped = stamped_header(first) if first[:1] == "[" or first[:1].isdigit() else None
        pasted = pasted_header(first) if first[:1] != "*" and stamped is None else None
        said = stamped[1] if stamped is not None else pasted[1] if pasted is not None else ""
        if said.strip():
            lines[0] = said
            start = 0
        else:
            start = 1
    else:
        return None
    end = len(lines)
    while end > start and (
        not lines[end - 1].strip()
        or only_hashtags(lines[end - 1])
        or _REACTIONS.match(lines[end - 1])
        or export_mark(lines[end - 1])
        or COUNTS.match(lines[end - 1])
    ):
        end -= 1
    thoughts: list[tuple[int, str]] = []
    for offset in range(start, end):
        line = _QUOTE.sub("", lines[offset]).strip()
        if not line or export_mark(line):  # "{Reactions}", "{Attachments}": the export's
            continue
        if thoughts and not _NEW_THOUGHT.match(line) and not names_the_talk(thoughts[-1][1]):
            at, said = thoughts[-1]
            thoughts[-1] = (at, f"{said}\n{line}")
        else:
            thoughts.append((offset, _DASH.sub("", line, count=1) or line))
    return thoughts


def names_the_talk(line: str) -> bool:
    """Whether a message's first line only names its talk: a quoted title and a few words
    besides (the speaker, a pin)."""
    found = _QUOTED_TITLE.search(line)
    if found is None:
        return False
    rest = line[: found.start()] + " " + line[found.end() :]
    words = [w for w in rest.split() if any(c.isalpha() for c in w)]
    return len(words) <= NAMING_WORDS and any(w[:1].isupper() for w in words)
