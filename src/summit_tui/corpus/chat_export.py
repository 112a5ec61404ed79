"""A team chat's channel exported to Markdown (Slack, Discord): which messages are talks.

A channel export is a run of messages, each opened by a line naming who wrote it and
when (``**오세라** 오전 10:04``, ``**Dana** 10:04 AM``, DiscordChatExporter's
``[30/10/2024 10:04] dana``), under day dividers (``## 2024년 10월 30일 수요일``,
``--- Wednesday, October 30th ---``). People share a talk as a thread: a message
naming it (``🧵 [키노트] Title - Speaker``, ``Thread: Title (Speaker)``) with the replies
quoted under it (``> **박준영** 오전 10:15``). Such a thread is the talk, on the day of
its divider; each person's messages in it are theirs (the export names who wrote each
line), so the talk has an entry per run of one person's messages. A thread about a booth
(``커리어 상담 부스 가보신 분?`` with replies) is that booth; every other message is chatter.

``chat_parts`` returns those parts as line ranges of the body, or None when the body is
not a chat export (fewer than three message lines).
"""

from __future__ import annotations

from dataclasses import dataclass

from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

# "**오세라** 오전 10:04", "**Dana Kim** 10:04 AM", "**dana** — 10:04", "**dana** [10:04 AM]",
# "> **박준영** 오후 2:25"
_TIME = r"(?:(?:오전|오후|午前|午後|上午|下午)\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
_HEADER = lazy(
    rf"^(?P<quote>>\s?)?(?:\*\*(?P<bold>[^*\n]{{1,40}})\*\*\s*(?:[—–-]\s*)?(?:\S+\s+)?\[?{_TIME}\]?"
    rf"|\[(?:[^\]\n]{{0,24}}\s)?{_TIME}\]\s+(?P<plain>[^\s\[\]][^\n]{{0,39}}))\s*$"
)
# A thread's opening: "🧵 …", "Thread: …", "스레드: …", "[스레드] …"
_THREAD_MARK = lazy(r"^(?:🧵|(?i:thread)\s*[:：]|스레드\s*[:：]|\[스레드\])\s*")
# What people add after a talk's name in a chat: "… 듣는 중", "… (live)", "… now"
_STATUS = lazy(
    r"\s*(?:[-—–]\s*)?(?:듣는\s*중|듣고\s*있어요|듣는\s*중이에요|시작|시작합니다|진행\s*중|스레드"
    r"|\((?i:live|now)\)|(?i:live now|starting now|now|live))\s*[.!…]*$"
)
_DIVIDER_LINE = lazy(r"^\s*(?:#{1,6}\s+|[-—–=]{2,}\s*)(?P<text>.*?)(?:\s*[-—–=]{2,})?\s*$")
_TALK_LABEL = lazy(
    r"^[\[【(](?:키노트|기조연설|세션|발표|강연|(?i:keynote|talk|session|panel|workshop))[\]】)]"
)
_BOOTH_TOPIC = lazy(
    r"^(?P<name>[^\s,.!?:]+(?:\s[^\s,.!?:]+){0,3})\s(?:부스|booth|Booth|stand|Stand)(?![\w])"
)
_MIN_MESSAGES = 3
_LONGEST_LINE = 300


@dataclass(frozen=True, slots=True)
class ChatPart:
    """Lines ``start``..``end`` (0-based, end exclusive) of a channel export."""

    kind: EntryKind
    title: str  # the talk's or booth's name as the thread gives it; "" for chatter
    topic: str  # the thread's opening line as written (its heading)
    speakers: tuple[str, ...]
    start: int
    end: int
    day: str | None  # the day divider's date, as ``DateMention.partial`` gives it
    author: str | None  # who wrote these lines (None: the note's author)


@dataclass(slots=True)
class _Message:
    author: str
    start: int
    end: int
    quoted: bool
    day: str | None
    replies: list[_Message]

    def text_lines(self, lines: list[str]) -> list[str]:
        out = []
        for line in lines[self.start + 1 : self.end]:
            if self.quoted:
                line = line.lstrip()[1:] if line.lstrip().startswith(">") else line
            if line.strip():
                out.append(line.strip())
        return out


def may_be_chat(body: str) -> bool:
    """A cheap pre-check: three lines that open with bold or a bracket at least (each count
    is one pass over the body; most notes have neither)."""
    opened = body.count("\n**")
    if opened and opened + body.count("\n> **") >= _MIN_MESSAGES:  # replies count too
        return True
    return body.count("\n[") >= _MIN_MESSAGES


def chat_parts(body: str) -> list[ChatPart] | None:
    if not may_be_chat(body):
        return None
    lines = body.split("\n")
    messages = _messages(lines)
    if messages is None:
        return None
    parts: list[ChatPart] = []
    for message in messages:
        part = _thread(message, lines)
        if part is None:
            continue
        kind, title, topic, speakers = part
        for start, end, author in _runs(message):  # each person's lines are theirs
            parts.append(ChatPart(kind, title, topic, speakers, start, end, message.day, author))
    return parts


def _messages(lines: list[str]) -> list[_Message] | None:
    """The channel's top-level messages with their quoted replies; None when fewer than
    three lines open a message."""
    from summit_tui.corpus.dates import find_dates

    found: list[_Message] = []
    current: _Message | None = None  # the message whose lines are being read
    top: _Message | None = None  # the top-level message replies attach to
    day: str | None = None
    count = 0
    for number, line in enumerate(lines):
        short = len(line) <= _LONGEST_LINE  # a message's or a divider's line is short
        header = _HEADER.match(line) if short and ("**" in line or "[" in line) else None
        if header is not None:
            count += 1
            author = (header["bold"] or header["plain"] or "").strip()
            quoted = header["quote"] is not None
            if current is not None:
                current.end = number
            current = _Message(author, number, number + 1, quoted, day, [])
            if quoted and top is not None:
                top.replies.append(current)
            else:
                top = current
                found.append(current)
            continue
        divider = _DIVIDER_LINE.match(line) if short and line[:1] in "#-—–=" else None
        if divider is not None:
            mentions = [m for m in find_dates(divider["text"]) if not m.is_range]
            if current is not None:
                current.end = number
            current = top = None
            if mentions:
                day = mentions[0].partial()
            continue
        if current is not None:
            if current.quoted and line.strip() and not line.lstrip().startswith(">"):
                current.end = number  # a reply's lines are quoted: this line is not one
                current = None
            else:
                current.end = number + 1
    if count < _MIN_MESSAGES:
        return None
    for message in found:
        _trim(message, lines)
        for reply in message.replies:
            _trim(reply, lines)
    return found


def _trim(message: _Message, lines: list[str]) -> None:
    while message.end > message.start + 1 and not lines[message.end - 1].strip():
        message.end -= 1


def _thread(
    message: _Message, lines: list[str]
) -> tuple[EntryKind, str, str, tuple[str, ...]] | None:
    """What a top-level message's thread is about: a talk, a booth, or None (chatter)."""
    from summit_tui.corpus.heading_kinds import (
        TALK_MARK,
        booth_in_prose,
        booth_in_section,
        speaker_in_heading,
        talk_title,
    )

    text = message.text_lines(lines)
    if not text:
        return None
    topic = text[0][:_LONGEST_LINE]
    marked = _THREAD_MARK.match(topic)
    name = _STATUS.sub("", topic[marked.end() :] if marked else topic).strip()
    if not name:
        return None
    booth = booth_in_prose(name) or _booth_topic(name) or booth_in_section(name)
    if booth is not None and (marked or message.replies):
        return EntryKind.BOOTH, booth, topic, ()
    speaker = speaker_in_heading(name)
    # a thread, or one message that shares a talk's notes under its label ("[세션] Title / Name")
    shared = bool(message.replies) or _TALK_LABEL.match(name) is not None
    if marked or (shared and (speaker or TALK_MARK.search(name))):
        title = talk_title(name)
        return EntryKind.SESSION, title, topic, (speaker,) if speaker else ()
    return None


def _booth_topic(text: str) -> str | None:
    found = _BOOTH_TOPIC.match(text)
    return found["name"] if found else None


def _runs(message: _Message) -> list[tuple[int, int, str | None]]:
    """A thread's lines as runs of one person's messages: (start, end, author)."""
    runs: list[tuple[int, int, str | None]] = []
    for part in (message, *message.replies):
        if runs and runs[-1][2] == part.author:
            runs[-1] = (runs[-1][0], part.end, part.author)
        else:
            runs.append((part.start, part.end, part.author))
    return runs
