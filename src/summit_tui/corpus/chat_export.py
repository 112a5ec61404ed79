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

from summit_tui.corpus.asked_twice import asked_twice
from summit_tui.corpus.chat_booths import visited_booth
from summit_tui.corpus.chat_cues import chat_break, named_talk
from summit_tui.corpus.chat_lines import HEADER as _HEADER
from summit_tui.corpus.chat_lines import LONGEST_LINE as _LONGEST_LINE
from summit_tui.corpus.chat_lines import (
    bracket_date,
    date_order,
    header_minute,
    ordered_day,
    pasted_header,
    stamped_header,
)
from summit_tui.corpus.chat_starts import started_talk
from summit_tui.corpus.clues import holds_any
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

# A thread's opening: "🧵 …", "Thread: …", "스레드: …", "[스레드] …"
_THREAD_MARK = lazy(r"^(?:🧵|(?i:thread)\s*[:：]|스레드\s*[:：]|\[스레드\])\s*")
# What people add after a talk's name in a chat: "… 듣는 중", "… (live)", "… now"
_STATUS = lazy(
    r"\s*(?:[-—–]\s*)?(?:듣는\s*중|듣고\s*있어요|듣는\s*중이에요|시작|시작합니다|진행\s*중|스레드"
    r"|\((?i:live|now)\)|(?i:live now|starting now|now|live))\s*[.!…]*$"
)
# A talk announced in a message: "지금 키노트 시작 - 제목", "세션 시작: 제목 - 이름님",
# "오후 첫 세션: 제목 (이름님)", "Talk starting: Title — Name", "Next up: Title (Name)",
# "Session: Title (Name)"; or after it: "제목 (이름님) 시작", "Title by Name starting now"
_CUE_BEFORE = lazy(
    r"^(?:(?:지금|이제|곧|다음|오전|오후)\s*)?(?:첫\s*|두\s*번째\s*|마지막\s*)?"
    r"(?:(?P<ko>키노트|기조연설|세션|발표|강연)\s*(?:시작)?"
    r"|(?i:(?:opening\s+|closing\s+)?(?P<en>keynote|talk|session|panel)"
    r"(?:\s+(?:starting(?:\s+now)?|starts(?:\s+now)?|is\s+starting|now))?"
    r"|next\s+up|up\s+next|now))\s*[:：\-–—]\s*"
)
_CUE_AFTER = lazy(
    r"\s*(?:[-—–]\s*)?(?:시작(?:합니다|했어요|했습니다|함)?|듣는\s*중"
    r"|(?i:starting now|starting|just started|is starting|live now))\s*[.!…]*\s*$"
)
_KEYNOTE = frozenset(("키노트", "기조연설", "keynote"))
# A talk only asked about or sat in, by a short name ("Anyone at the K2 migration talk?", "I'm
# in the Rust keynote", "Swift 세션 들으시는 분?", "K2 발표 듣고 계신 분"): the messages after
# it are about that talk. Going to one later ("see you at the iOS talk") names none.
_HINT_EN = lazy(
    r"(?i)^(?:anyone|anybody|who(?:'s|\s+is)|is\s+anyone|i'?m|we'?re|i\s+am|we\s+are|sitting)"
    r"(?:\s+(?:else|here|also|too|now|sitting))*\s+(?:at|in)\s+the\s+"
    r"(?P<title>[^?.!,\n]{2,60}?)\s+(?:talk|session|keynote|panel)\b"
)
# "in the Aurora DSQL under the hood talk now", "at the Rust keynote rn"
_HINT_IN = lazy(
    r"(?i)^(?:(?:i'?m|we'?re|now)\s+)?(?:in|at)\s+the\s+(?P<title>[^?.!,\n]{2,60}?)\s+"
    r"(?:talk|session|keynote|panel)\s+(?:now|rn|right\s+now)\b"
)
_HINT_KO = lazy(
    r"^(?P<title>[^?.!,\n]{2,40}?)\s*(?:세션|발표|키노트|강연)\s*"
    r"(?:들으시는|듣고\s*계신|듣고\s*있는|계신|보시는|들어와\s*계신|오신)\s*분"
)
_BY_NAME = lazy(r"^(?P<title>.{4,}?)\s+by\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$")
_SLOT_AFTER = lazy(r"\s*[,·]\s*(?:[^,·]{0,20}?\s+)?\d{1,2}:\d{2}\s*$")  # ", 트랙1 11:00"
# "Title — Kim Hyunsu (Kakao Pay)": the company after the speaker's name is no speaker
_COMPANY_AFTER = lazy(r"(?<=\S)\s+\([^()\n]{1,40}\)$")
_DASHED_NAME = lazy(r"\s[—–-]\s+[^()—–\n]{2,40}\([^()\n]{1,40}\)$")
_LATIN_HONORIFIC = lazy(r"(?<=[A-Za-z])님(?=\s*[),])")  # "(Marco Rossi님)"
# What ends a talk in a live chat: a break ("점심 어디서 먹어요?", "lunch at the food trucks?")
_BREAK = lazy(
    r"(?i)\b(?:lunch|dinner|coffee break|food trucks?|after-?party)\b|점심|저녁|뒤풀이|오늘\s*끝"
    r"|ランチ|昼食|懇親会|Mittag"
)
# Leaving for another talk ends the one going on ("저는 다음 세션 B홀 갑니다", "heading to
# Room 8 for the next one"): such a message is about neither
_MOVING_ON = lazy(
    r"(?i)다음\s*(?:세션|발표|강연)|다른\s*(?:세션|발표|홀|트랙)|\b(?:heading|moving|off|switching)"
    r"\s+(?:over\s+)?to\b|\bnext\s+(?:talk|session|one)\b"
)
_TALK_MINUTES = 60  # a message this long after a talk's announcement is about something else
_DIVIDER_LINE = lazy(r"^\s*(?:#{1,6}\s+|[-—–=]{2,}\s*)(?P<text>.*?)(?:\s*[-—–=]{2,})?\s*$")
_TALK_LABEL = lazy(
    r"^[\[【(](?:키노트|기조연설|세션|발표|강연|(?i:keynote|talk|session|panel|workshop))[\]】)]"
)
_BOOTH_TOPIC = lazy(
    r"^(?P<name>[^\s,.!?:]+(?:\s[^\s,.!?:]+){0,3})\s(?:부스|booth|Booth|stand|Stand)(?![\w])"
)
_MIN_MESSAGES = 3
_QUOTES = ('"', "“", "„", "«", "「", "『", "'", "‘")
_STAMP_OPENINGS = frozenset("[0123456789午")
_PASTE_HEAD = 1000  # characters of a note in which a pasted chat shows three headers


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
    text: str = ""  # what a pasted chat writes on the header's own line (KakaoTalk)
    minute: int | None = None  # the time of day it was sent, in minutes

    def text_lines(self, lines: list[str]) -> list[str]:
        out = [self.text.strip()] if self.text.strip() else []
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
    if opened >= _MIN_MESSAGES:
        return True
    if opened and opened + body.count("\n> **") >= _MIN_MESSAGES:  # replies count too
        return True
    # a bracket's or a dash's one character is looked for first (fast): most notes have none
    if "[" in body and body.count("\n[") + (body[:1] == "[") >= _MIN_MESSAGES:
        return True
    # pasted headers: "Name  9:35 AM", "Name — Today at 10:02", "Name — 05/23/2024 9:31 AM";
    # a paste's first messages come early, so only its opening is looked at (cheap)
    # (Discord's "Today at" and Korean "오늘 오전" headers have the dash too)
    return (
        body.count("M\n", 0, _PASTE_HEAD) >= _MIN_MESSAGES
        or (
            body.find("—", 0, _PASTE_HEAD) >= 0
            and body.count(" — ", 0, _PASTE_HEAD) >= _MIN_MESSAGES
        )
        # WhatsApp's "09/10/2024, 09:36 - Name: …", KakaoTalk's "2024년 10월 26일 오전 10:03, …"
        or (
            body.count(" - ", 0, _PASTE_HEAD) >= _MIN_MESSAGES
            and body.count(", ", 0, _PASTE_HEAD) >= _MIN_MESSAGES
        )
        or body.count("일 오", 0, _PASTE_HEAD) >= _MIN_MESSAGES
        or (  # "Name, [12.09.2024 11:01]"
            body.find("]", 0, _PASTE_HEAD) >= 0
            and body.count("]\n", 0, _PASTE_HEAD) >= _MIN_MESSAGES
        )
        or body.count(". 오", 0, _PASTE_HEAD) >= _MIN_MESSAGES  # "2024. 9. 12. 오전 9:40, 이름 : …"
        or body.count("\t", 0, _PASTE_HEAD) >= 2 * _MIN_MESSAGES  # LINE: "10:02\tName\t…"
    )


# the last body read and its parts: a chat's facts (its talks' days) and its segmenter read
# the same text, one after the other
@asked_twice
def chat_parts(body: str) -> list[ChatPart] | None:
    """The body's threads and messages as parts, in line order; None when it is no chat's
    export."""
    if not may_be_chat(body):
        return None
    from summit_tui.corpus.heading_kinds import booth_in_prose

    lines = body.split("\n")
    messages = _messages(lines)
    if messages is None:
        return None
    parts: list[ChatPart] = []
    # the talk (or booth) going on: its opening message, (title, speakers), its kind
    talk: tuple[_Message, tuple[str, tuple[str, ...]], EntryKind] | None = None
    said: list[_Message] = []  # the messages about it
    for message in messages:
        part = _thread(message, lines)
        if part is not None:
            kind, title, topic, speakers = part
            for start, end, author in _runs(message):  # each person's lines are theirs
                parts.append(ChatPart(kind, title, topic, speakers, start, end, message.day,
                                      author))  # fmt: skip
            continue
        opening = message.text_lines(lines)[:1]
        posted = posted_talk(opening)
        if posted is not None:  # a channel's post about one talk: the post is the talk
            if talk is not None:
                parts.extend(_live_parts(*talk, said, lines))
            talk, said = None, []
            topic = opening[0][:_LONGEST_LINE]
            parts.append(ChatPart(EntryKind.SESSION, posted[0], topic, posted[1], message.start,
                                  message.end, message.day, message.author))  # fmt: skip
            continue
        booth = booth_in_prose(opening[0]) if opening else None
        if booth is not None:  # a post that opens at a booth ("Зашёл на стенд X — …"): it
            if talk is not None:
                parts.extend(_live_parts(*talk, said, lines))
            talk, said = None, []
            parts.append(ChatPart(EntryKind.BOOTH, booth, opening[0][:_LONGEST_LINE], (),
                                  message.start, message.end, message.day,
                                  message.author))  # fmt: skip
            continue
        # a live chat with no threads: a message announces a talk, the messages after it
        # are about it until the next one, a break, another day or an hour later
        # the app's own lines ("… created the group \"Name\"") name no talk
        first = opening[0] if opening and message.author else ""
        # a quoted title beside its speaker first ("지금 키노트 시작 - 이름님 '제목'"), then a
        # start said in words ("Title (Name) starting", "키노트 시작했어요")
        quoted = bool(first) and holds_any(first, _QUOTES)
        announced = named_talk(first) if quoted else None
        if announced is None and first:
            announced = started_talk(first) or (None if quoted else named_talk(first))
        if announced is None:
            announced = announced_talk(opening)
        if announced is None and talk is None:
            announced = hinted_talk(opening)
        kind = EntryKind.SESSION
        if announced is None and first:  # "the Neuron Labs booth has …", "뉴런랩스 부스 왔는데"
            visited = visited_booth(first)
            if visited is not None:
                announced, kind = (visited, ()), EntryKind.BOOTH
        if announced is not None or (talk is not None and _talk_over(talk[0], message, lines)):
            if talk is not None:
                parts.extend(_live_parts(*talk, said, lines))
            talk, said = (message, announced, kind) if announced is not None else None, []
        if talk is not None:
            said.append(message)
    if talk is not None:
        parts.extend(_live_parts(*talk, said, lines))
    parts.sort(key=lambda part: part.start)
    return parts


def chat_days(body: str) -> list[str]:
    """The days a chat's talks and booths were on, in order (none when it holds none)."""
    parts = chat_parts(body)
    return sorted({part.day for part in parts or () if part.day})


def is_chatter(body: str, title: str) -> bool:
    """A chat in which no talk was found is chatter when it is a KakaoTalk room's export
    ("NDC 같이가요 님과 카카오톡 대화") or is named after a break ("저녁 약속", "Lunch plans");
    otherwise the note is read as any other note (a Q&A thread titled by its talk)."""
    first = body[:200].lstrip().split("\n", 1)[0]
    return "카카오톡 대화" in first or "KakaoTalk Chats with" in first or bool(_BREAK.search(title))


def announced_talk(text: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """The talk a chat message says is starting ("지금 키노트 시작 - 제목", "Next up: Title
    (Name)", "제목 (이름님) 시작"): its title and speakers; None for any other message. A
    talk without a named speaker needs a keynote word ("키노트 시작 - 제목")."""
    from summit_tui.corpus.heading_kinds import speaker_in_heading, talk_title

    if not text or len(text[0]) > _LONGEST_LINE:
        return None
    line = text[0].replace("**", "").strip()
    before = _CUE_BEFORE.match(line)
    rest = line[before.end() :] if before else line
    after = _CUE_AFTER.search(rest)
    if after is not None:
        rest = rest[: after.start()]
    if before is None and after is None:
        return None
    rest = _SLOT_AFTER.sub("", rest.strip(" \"“”'*_")).strip()
    if len(rest) < 4 or _BREAK.search(rest) or not any(c.isalpha() for c in rest):
        return None
    if "님" in rest:
        rest = _LATIN_HONORIFIC.sub("", rest)
    if rest.endswith(")") and _DASHED_NAME.search(rest):
        rest = _COMPANY_AFTER.sub("", rest)
    by = _BY_NAME.match(rest)
    if by is not None:
        return by["title"], (by["name"],)
    speaker = speaker_in_heading(rest) or ""
    cue = ((before["ko"] or before["en"] or "") if before else "").lower()
    if not speaker and cue not in _KEYNOTE:
        return None
    return talk_title(rest), (speaker,) if speaker else ()


# A channel's post naming its talk on its first line, as Telegram channels write them:
# "📌 Олег Бунин — «Шардирование без боли»", "🎤 «Title» — Name", "Name: “Title”"
_POST_MARK = lazy(r"^[^\w«\"“„「『]{0,6}")
_NAME_TITLE = lazy(
    r"^(?P<name>[^—–:«»\"“”„「」『』]{3,50}?)\s*(?:[—–-]|:)\s*[«\"“„「『](?P<title>[^«»\"“”„「」『』]{3,120})"
    r"[»\"”“」』]\s*[.!]?$"
)
_TITLE_NAME = lazy(
    r"^[«\"“„「『](?P<title>[^«»\"“”„「」『』]{3,120})[»\"”“」』]\s*(?:[—–-]|,)\s*"
    r"(?P<name>[^—–«»\"“”„「」『』]{3,50}?)\s*[.!]?$"
)


def posted_talk(text: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """The talk a channel's post names on its first line, a speaker's name and a quoted title
    ("📌 Олег Бунин — «Шардирование без боли»", "«Title» — Name"): its title and speaker;
    None for any other post."""
    from summit_tui.corpus.names import looks_like_name

    if not text or len(text[0]) > _LONGEST_LINE:
        return None
    line = _POST_MARK.sub("", text[0].replace("**", "").strip()).strip()
    found = _NAME_TITLE.match(line) or _TITLE_NAME.match(line)
    if found is None:
        return None
    name = found["name"].strip()
    if not looks_like_name(name):
        return None
    return found["title"].strip(), (name,)


def hinted_talk(text: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """The talk a message asks about or is sat in by a short name ("Anyone at the K2 migration
    talk?", "Swift 세션 들으시는 분?"): its name and no speaker; None for any other message
    (one about a break, or going to a talk later)."""
    if not text or len(text[0]) > _LONGEST_LINE or _BREAK.search(text[0]):
        return None
    line = text[0].replace("**", "").strip()
    found = _HINT_EN.match(line) or _HINT_KO.match(line) or _HINT_IN.match(line)
    if found is None:
        return None
    title = found["title"].strip(" \"“”'*_")
    if not any(c.isalpha() for c in title) or title.lower() in ("next", "same", "other", "다음"):
        return None
    return title, ()


def _talk_over(opening: _Message, message: _Message, lines: list[str]) -> bool:
    if message.day != opening.day:
        return True
    minutes = (message.minute or 0) - (opening.minute or 0)
    if message.minute is not None and opening.minute is not None and minutes > _TALK_MINUTES:
        return True
    opening = message.text_lines(lines)[:2]
    return any(
        _BREAK.search(line) or _MOVING_ON.search(line) or chat_break(line) for line in opening[:1]
    ) or any(_BREAK.search(line) or _MOVING_ON.search(line) for line in opening[1:])


def _live_parts(
    opening: _Message,
    talk: tuple[str, tuple[str, ...]],
    kind: EntryKind,
    said: list[_Message],
    lines: list[str],
) -> list[ChatPart]:
    title, speakers = talk
    topic = opening.text_lines(lines)[0][:_LONGEST_LINE]
    runs: list[tuple[int, int, str]] = []
    for message in said:  # each person's run of messages is theirs
        if runs and runs[-1][2] == message.author:
            runs[-1] = (runs[-1][0], message.end, message.author)
        else:
            runs.append((message.start, message.end, message.author))
    return [
        ChatPart(kind, title, topic, speakers, start, end, opening.day, author)
        for start, end, author in runs
    ]


def _messages(lines: list[str]) -> list[_Message] | None:
    """The channel's top-level messages with their quoted replies; None when fewer than
    three lines open a message."""
    from summit_tui.corpus.dates import find_dates

    found: list[_Message] = []
    current: _Message | None = None  # the message whose lines are being read
    top: _Message | None = None  # the top-level message replies attach to
    day: str | None = None
    count = 0
    stamps: list[tuple[_Message, str]] = []  # messages stamped with a date, as written
    twelve_hour = False
    for number, line in enumerate(lines):
        short = len(line) <= _LONGEST_LINE  # a message's or a divider's line is short
        stamped = stamped_header(line) if short and line[:1] in _STAMP_OPENINGS else None
        header = None
        if stamped is None and short and ("**" in line or "[" in line):
            header = _HEADER.match(line)
        pasted = None
        if header is None and stamped is None and short and line:
            pasted = pasted_header(line)
        if header is not None or pasted is not None or stamped is not None:
            count += 1
            text, minute, written = "", None, None
            if stamped is not None:
                author, text, minute, written, twelve = stamped
                twelve_hour = twelve_hour or twelve
                quoted = False
            elif header is not None:
                author = (header["bold"] or header["plain"] or "").strip().rstrip(":")
                quoted = header["quote"] is not None
                minute = header_minute(line)
                written = bracket_date(line) if header["plain"] else None
                if written is not None and ("M]" in line or "m]" in line):
                    twelve_hour = True
            else:
                assert pasted is not None
                author, text, minute, said_day = pasted
                quoted = False
                day = said_day or day
            if current is not None:
                current.end = number
            current = _Message(author, number, number + 1, quoted, day, [], text, minute)
            if written:
                stamps.append((current, written))
            if quoted and top is not None:
                top.replies.append(current)
            else:
                top = current
                found.append(current)
            continue
        divider = _DIVIDER_LINE.match(line) if short and line[:1] in "#-—–=" else None
        if divider is None and len(line) <= 40 and (not number or not lines[number - 1].strip()):
            divider = _DATE_LINE.match(line) if _plain_day(line) else None  # "Thursday, May 23rd"
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
    if stamps:  # each message's own date, read in the order the whole export writes them
        order = date_order([written for _message, written in stamps], twelve_hour)
        for message, written in stamps:
            message.day = ordered_day(written, order) or message.day
    for message in found:
        _trim(message, lines)
        for reply in message.replies:
            _trim(reply, lines)
    return found


_DATE_LINE = lazy(r"^\s*(?P<text>.+?)\s*$")
_ORDINAL = lazy(r"(?<=\d)(?:st|nd|rd|th)\b")


def _plain_day(line: str) -> bool:
    """A short line that is only a day, as a pasted chat divides its days: "Thursday, May
    23rd", "5월 23일 목요일"."""
    from summit_tui.corpus.dates import find_dates

    if ":" in line or not any(c.isdigit() for c in line):
        return False
    line = _ORDINAL.sub("", line)
    found = find_dates(line)
    if len(found) != 1 or found[0].is_range:
        return False
    rest = line[: found[0].offset] + line[found[0].offset + found[0].length :]
    words = rest.replace(",", " ").replace("(", " ").replace(")", " ").split()
    return len(words) <= 1 and not any(c.isdigit() for c in rest)


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
