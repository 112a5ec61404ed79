"""Mail saved as notes: a mailing-list archive page (Pipermail, Hyperkitty: ``**From:** Name <x at
y>``, ``**Date:** Sat, 10 Aug 2024 00:48:03 -0700``), a digest (``Message: 1`` then ``Date:`` /
``From:`` / ``Subject:`` lines), an exported message (``From:`` / ``To:`` / ``Subject:`` /
``Date:``), a team mail copied from a Korean client (``보낸 사람:`` / ``날짜:`` / ``제목:``), a
Google Groups copy (a name line, a date line, ``to group``).

Each message is its sender's: the writer is the ``From`` name, never the folder. Inside a
message a talk is a plain line that names it (``Track 2, 1pm: "Title" (Name)``, ``Just got out
of "Title" by Name``): it owns what follows (the paragraph it opens, its bullets) until the next
talk, the writer's own aside after the bullets, or the signature (``-- ``). A quote (``> ``
lines, ``On … wrote:``) of a talk's line, or of a line written under a talk in the same page,
makes the reply right after it part of that talk. ``mail_parts`` gives these as ``ChatPart``
line ranges (the rest of each message as unsorted parts by its sender), or None for a note that
holds no message headers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from summit_tui.corpus.blocks import paragraph_spans
from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.clues import holds_any
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

# How a sender's header line opens, in the languages mail clients write it ("From:",
# "**From:**", "Von:", "De:", "От:", "보낸 사람:", "差出人:", "发件人:"), and the letter before its
# colon: the colons in the first part of a note are the cheap test before any line is read
# (found without copying the text; a search for each word would read it once per word).
_OPENERS = (
    "From:", "**From:", "**From**:", "Von:", "**Von:", "De:", "**De:", "От:", "**От:", "보낸 사람:",
    "보낸사람:", "**보낸 사람:", "差出人:", "发件人:",
)  # fmt: skip
# the same words before a space and the colon, as French and many copies write them ("De :")
_SPACED_OPENERS = tuple(opener[:-1] + " :" for opener in _OPENERS if opener[-1] == ":")
_KEY_LAST = frozenset("mnеeт람人*")
_DIGITS = frozenset("0123456789")
_HEAD = 2500  # the first message's headers are in this much of a note (a digest's preamble)
_FROM_KEYS = (
    r"from|von|de|da|van|od|от|от кого|보낸\s?사람|보낸이|발신자?|送信者|差出人|发件人|寄件者"
)
_DATE_KEYS = (
    r"date|sent|datum|gesendet|fecha|enviado|envoyé|data|inviato|дата|отправлено|날짜|보낸\s?날짜"
    r"|발송일|日付|送信日時|日期|发送时间|时间"
)
_OTHER_KEYS = (
    r"subject|betreff|objet|asunto|oggetto|assunto|onderwerp|тема|제목|件名|主题|主旨|to|an|à|a"
    r"|para|aan|кому|받는\s?사람|수신자?|宛先|收件人|cc|bcc|참조|숨은\s?참조|reply-to|in-reply-to"
    r"|message-id|references|mime-version|content-type|content-transfer-encoding"
    r"|messages sorted by|x-mailer|list-id|organization|user-agent"
)
# "From: …", "**From:** …", "**From**: …", "보낸 사람: …"
_HEADER = lazy(
    rf"^[ \t]*(?:\*\*|__)?(?P<key>(?i:{_FROM_KEYS}|{_DATE_KEYS}|{_OTHER_KEYS}))[ \t]?"
    r"(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*(?P<value>.*?)[ \t]*$"
)
_FROM = lazy(rf"(?i:{_FROM_KEYS})")
_DATE = lazy(rf"(?i:{_DATE_KEYS})")
# A Google Groups copy: "Sophie Martin" / "Feb 1, 2025, 7:55:02 PM" / "to rust-belgium"
_GROUPS_TO = lazy(r"to [\w.@+-]{2,80}(?:,\s*[\w.@+-]{2,80})*$", re.MULTILINE)
_CLOCK = lazy(r"\b(?P<hour>\d{1,2}):\d{2}")
_PM = ("PM", "pm", "p.m.", "오후", "午後", "下午")
_EARLY_HOURS = 5  # a message sent before this hour reports the evening before
# "Name <x at y>", "\"Name\" <x@y>", "x@y (Name)"
_ANGLED = lazy(r"^\"?(?P<name>[^\"<>\[]+?)\"?\s*[<\[]")
_PAREN = lazy(r"\((?P<name>[^()@]{2,60})\)\s*$")
_ADDRESS = lazy(r"^(?P<local>[\w.+-]+)(?:@|\s+at\s+)")
# What ends a message's own text: its signature, an archive's attachment note, a list's footer
_SIGNATURE = lazy(r"^(?:--\s?|-{5,}\s*next part\s*-{5,}|_{20,})$")
_QUOTE_OPENER = lazy(
    r"(?i:^on\s.{6,160}\swrote:\s*$|^am\s.{6,160}\sschrieb.{0,80}:\s*$|^le\s.{6,160}\sa\sécrit\s?:\s*$"
    r"|^el\s.{6,160}\sescribió:\s*$)|^.{6,160}\s작성:\s*$"
)
_LIST_MARK = lazy(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")
# Words by which a message says it reports the day it was sent
_TODAY_WORDS = (
    "today", "Today", "tonight", "this morning", "this afternoon", "just got out", "Just got out",
    "오늘", "방금", "今日", "今天", "heute", "Heute", "gerade", "Gerade", "aujourd'hui",
    "Aujourd'hui", "hoy", "Hoy", "oggi", "Oggi", "сегодня", "Сегодня",
)  # fmt: skip
# A reply naming a talk by its topic and speaker: "adding to the notes on the EV charger talk
# (Kenji Mori, Friday)", "about the Nix session (Pieter De Smet)"
_TOPIC_TALK = lazy(
    r"\b(?i:on|about|to|from|for|re)\s+the\s+(?P<topic>[^\W\d][^,.;:()\n]{1,40}?)\s+"
    r"(?i:talk|session|keynote|presentation|panel|workshop)\s*\((?P<name>[^(),\n]{3,40})[,)]"
)
# A line labelling the list under it with a talk's title and its speaker: "Title (Name):"
_LABEL_TALK = lazy(r"^(?P<title>[^\W\d][^()\n]{2,80}?)\s*\((?P<name>[^()@\n]{3,40})\):$")
_MIN_QUOTE = 12  # a quoted line this long that a talk's lines hold is a quote of that talk
# A paragraph that opens with the opening or closing ceremony is about it, a session of the
# program that other notes name too: "Closing ceremonies were fun, …", "Die Abschlussfeier war …"
_CEREMONY = lazy(
    r"^(?:(?:the|die|der|la|le|el|a)\s+)?(?P<name>(?:(?:opening|closing)\s+(?:ceremony|ceremonies)"
    r"|cérémonie\s+d['’](?:ouverture|clôture)|ceremonia\s+de\s+(?:apertura|clausura)"
    r"|eröffnungsfeier|abschlussfeier)(?!\w)|폐막식|개막식|閉会式|開会式|闭幕式|开幕式)",
    re.IGNORECASE,
)
_CEREMONY_WORDS = ("open", "clos", "cérémonie", "ceremonia", "feier", "막식", "会式", "幕式")


_Namer = Callable[[str, Callable[[str], bool]], "tuple[str, tuple[str, ...]] | None"]


@dataclass(slots=True)
class _Message:
    author: str
    start: int  # its first header line
    body: int  # its first line after the headers
    end: int
    day: str | None


_last: list[tuple[str, bool]] = [("", False)]  # the last note asked about: asked twice per note


def may_be_mail(body: str) -> bool:
    """A cheap pre-check: a line near the top of the note that opens as a sender's header
    does, or a Google Groups copy's date line ("Feb 1, 2025, 7:55:02 PM") over its ``to
    group`` line."""
    last, said = _last[0]
    if body is last:
        return said
    said = False
    end = min(len(body), _HEAD)
    at = body.find(":", 1, end)
    while at != -1:
        before = body[at - 1]
        spaced = before == " " and at >= 2
        if spaced:
            before = body[at - 2]
        if before in _KEY_LAST:
            start = body.rfind("\n", 0, at) + 1
            if body.startswith(_SPACED_OPENERS if spaced else _OPENERS, start):
                said = True
                break
        elif before in _DIGITS:
            below = body.find("\n", at)
            if below != -1 and body.startswith("to ", below + 1):
                said = _GROUPS_TO.match(body, below + 1) is not None
                if said:
                    break
        at = body.find(":", at + 1, end)
    _last[0] = (body, said)
    return said


def header_block(lines: list[str]) -> bool:
    """Whether a paragraph's lines are a message's headers, one per line ("From: Name <x@y>",
    "Date: …", "Subject: …"), a sender's or a date's among them."""
    if len(lines) < 2:
        return False
    keys = []
    for line in lines:
        found = _HEADER.match(line)
        if found is None:
            return False
        keys.append(found["key"])
    return any(_FROM.fullmatch(key) or _DATE.fullmatch(key) for key in keys)


def mail_writer(body: str) -> str | None:
    """The sender of a note's first message, where the note is mail; else None."""
    if not may_be_mail(body):
        return None
    messages = _messages(body.split("\n"))
    return messages[0].author if messages else None


def mail_parts(body: str) -> list[ChatPart] | None:
    """Each message's talks and the rest of its text as parts by its sender (see the module's
    docstring); None when the note holds no message."""
    lines = body.split("\n")
    messages = _messages(lines)
    if not messages:
        return None
    parts: list[ChatPart] = []
    said: list[tuple[str, tuple[str, ...], str]] = []  # each talk's title, speakers, text
    for message in messages:
        session = _session_message(lines, message)
        if session is not None:
            parts.append(session)  # "[QUIC] IETF 120 session summary": the session, whole
            continue
        talks = _message_talks(lines, message, said)
        cursor = message.start
        for part in talks:
            if part.start > cursor:
                parts.append(_other(message, cursor, part.start))
            parts.append(part)
            cursor = part.end
        if message.end > cursor:
            parts.append(_other(message, cursor, message.end))
    return parts


# A subject naming a list or group in its tag, then saying the message reports that group's
# meeting: "[QUIC] IETF 120 session summary and draft minutes", "Re: [tc39] Meeting notes,
# day 2", "[SIG Node] Protokoll vom 9.10.", "[css-wg] Compte rendu de la réunion"
_SESSION_SUBJECT = lazy(
    r"(?i)^subject:\s*(?:(?:re|fwd?|aw|wg|sv|tr|rv)\s*:\s*)*\[(?P<tag>[^\[\]\n]{2,30})\]\s*(?P<rest>.*)$"
)
_SESSION_REPORT = lazy(
    r"(?i)\b(?:session|meeting|call|wg)\s+(?:summary|notes|minutes|report|recap)\b|\bminutes\b"
    r"|\bsummary of (?:the|our|today's|this week's) (?:session|meeting|call)\b|protokoll"
    r"|compte[- ]rendu|\bacta\b|\bata\b|resumen de la (?:sesi[oó]n|reuni[oó]n)"
    r"|resumo da (?:sess[ãa]o|reuni[ãa]o)|\bverbale\b|議事録|議事メモ|회의록|纪要"
)


def _session_message(lines: list[str], message: _Message) -> ChatPart | None:
    """A message whose subject names its group in a list's tag and says it reports the
    group's meeting (a chair's summary to the list, the draft minutes): that meeting's session,
    the whole message, on the day of the week its text names ("our session … on Tuesday")."""
    subject = next(
        (line for line in lines[message.start : message.body] if line[:8].lower() == "subject:"),
        None,
    )
    if subject is None or "[" not in subject:
        return None
    found = _SESSION_SUBJECT.match(subject.strip())
    if found is None or _SESSION_REPORT.search(found["rest"]) is None:
        return None
    group = found["tag"].strip()
    from summit_tui.corpus.dates import weekdays_in

    days = weekdays_in(lines[message.body : message.end])
    day = f"weekday:{days[0]}" if days else None
    return ChatPart(
        EntryKind.SESSION, group, group, (), message.start, message.end, day, message.author
    )


def _other(message: _Message, start: int, end: int) -> ChatPart:
    return ChatPart(EntryKind.OTHER, "", "", (), start, end, None, message.author)


def _messages(lines: list[str]) -> list[_Message]:
    """The messages of a note, each from its header block to the next one's."""
    found: list[tuple[int, int, str, str]] = []  # start, body, sender, date value
    number = 0
    count = len(lines)
    while number < count:
        line = lines[number]
        if not line or (":" not in line and "：" not in line):
            if line.startswith("to ") and number >= 2 and _GROUPS_TO.match(line.strip()):
                groups = _groups_header(lines, number)
                if groups is not None:
                    found.append((number - 2, number + 1, *groups))
            number += 1
            continue
        block = number
        sender = date = None
        keys = 0
        while number < count and (header := _HEADER.match(lines[number])) is not None:
            keys += 1
            key = header["key"]
            if sender is None and _FROM.fullmatch(key) and header["value"]:
                sender = _sender(header["value"])
            elif date is None and _DATE.fullmatch(key) and header["value"]:
                date = header["value"]
            number += 1
        if number == block:
            number += 1
            continue
        if sender and date is not None and keys >= 2:
            found.append((block, number, sender, date))
    if found and sum(line.startswith("## ") for line in lines[: found[0][0]]) >= 2:
        return []  # a post quoting a message under its own sections: the post is no mail
    messages = []
    for index, (start, body, sender, date) in enumerate(found):
        end = found[index + 1][0] if index + 1 < len(found) else len(lines)
        messages.append(_Message(sender, start, body, end, _sent_day(date)))
    return messages


def _groups_header(lines: list[str], at: int) -> tuple[str, str] | None:
    """(sender, date) of a Google Groups message whose ``to group`` line is at ``at``."""
    from summit_tui.corpus.dates import find_dates
    from summit_tui.corpus.names import looks_like_name

    name, date = lines[at - 2].strip(), lines[at - 1].strip()
    if not name or len(name) > 60 or not looks_like_name(name):
        return None
    if _CLOCK.search(date) is None or not find_dates(date):
        return None
    return name, date


def _sender(value: str) -> str | None:
    """The name a ``From`` value gives: "Dana Whitfield <dana at x>" → "Dana Whitfield"."""
    value = value.replace("**", "").replace("__", "").strip()
    paren = _PAREN.search(value)
    if paren is not None and _ADDRESS.match(value) is not None:
        return " ".join(paren["name"].split())  # "ines at x.org (Ines Navarro)", as archives write
    angled = _ANGLED.match(value)
    if angled is not None and angled["name"].strip():
        return " ".join(angled["name"].split())
    address = _ADDRESS.match(value)
    if address is not None:
        return address["local"]
    return " ".join(value.split())[:60] or None


def _sent_day(value: str) -> str | None:
    """The day a ``Date`` value names (``DateMention.partial``); a message sent in the small
    hours reports the evening before."""
    from summit_tui.corpus.dates import find_dates

    mentions = find_dates(value)
    if not mentions:
        return None
    day = mentions[0].partial()
    clock = _CLOCK.search(value)
    if clock is None or len(day) != 10:
        return day
    hour = int(clock["hour"])
    if holds_any(value, _PM):
        return day
    if hour < _EARLY_HOURS:
        try:
            return (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()
        except ValueError:
            return day
    return day


@dataclass(slots=True)
class _Open:
    """A talk being read: its title and speakers, its lines so far, and how it may grow."""

    title: str
    speakers: tuple[str, ...]
    start: int
    end: int
    day: str | None
    reply: bool  # opened by a quote: the one paragraph after it is the reply
    grown: bool = False  # a reply's paragraph, or a talk's list of points, is in


def _message_talks(
    lines: list[str], message: _Message, said: list[tuple[str, tuple[str, ...], str]]
) -> list[ChatPart]:
    """The talks inside one message's text, in line order."""
    from summit_tui.corpus.names import looks_like_name
    from summit_tui.corpus.talk_sentences import named_talk

    end = message.end
    for number in range(message.body, message.end):
        if _SIGNATURE.match(lines[number].rstrip()) is not None:
            end = number
            break
    text = "\n".join(lines[message.body : end])
    today = message.day if any(word in text for word in _TODAY_WORDS) else None
    talks: list[ChatPart] = []
    current: _Open | None = None

    def close() -> None:
        if current is not None:
            talks.append(ChatPart(EntryKind.SESSION, current.title, current.title,
                                  current.speakers, current.start, current.end, current.day,
                                  message.author))  # fmt: skip
            written = " ".join(" ".join(lines[current.start : current.end]).split())
            said.append((current.title, current.speakers, written))

    spans = list(paragraph_spans(lines, message.body, end))
    for at, (start, stop) in enumerate(spans):
        first = lines[start].strip()
        if first.startswith(">") or _QUOTE_OPENER.match(first) is not None:
            close()
            quoted = _quoted_talk(lines[start:stop], said, named_talk, looks_like_name)
            current = None if quoted is None else _Open(*quoted, start, stop, None, True)
            continue
        found = named_talk(_LIST_MARK.sub("", first).rstrip(":："), looks_like_name)
        if found is None and current is None and any("(" in line for line in lines[start:stop]):
            found = _topic_talk(" ".join(lines[start:stop]), looks_like_name)
        if found is None and first.endswith("):") and stop - start == 1 and at + 1 < len(spans):
            points = _LIST_MARK.match(lines[spans[at + 1][0]]) is not None
            found = _labelled_talk(first, looks_like_name) if points else None
        if found is None and holds_any(first[:24].lower(), _CEREMONY_WORDS):
            ceremony = _CEREMONY.match(first)
            found = (ceremony["name"], ()) if ceremony is not None else None
        if found is not None:
            close()
            current = _Open(found[0], found[1], start, stop, today, False)
            continue
        if current is None:
            continue
        points = _LIST_MARK.match(lines[start]) is not None
        # a reply is the one paragraph after its quote; a talk, its paragraph, then its points
        if (not current.grown) if current.reply else (points or not current.grown):
            current.end = stop
            current.grown = current.reply or points
        else:  # the writer's own aside after a talk's points or after a reply
            close()
            current = None
    close()
    return talks


def _quoted_talk(
    quote: list[str], said: list[tuple[str, tuple[str, ...], str]], named_talk: _Namer,
    looks_like_name: Callable[[str], bool],
) -> tuple[str, tuple[str, ...]] | None:  # fmt: skip
    """(title, speakers) of the talk a quote is of: a quoted line naming it, or a quoted line a
    talk's text in the same note holds."""
    for line in quote:
        bare = line.lstrip().lstrip(">").strip()
        if not bare:
            continue
        found = named_talk(_LIST_MARK.sub("", bare).rstrip(":："), looks_like_name)
        if found is not None:
            return found
        if len(bare) >= _MIN_QUOTE:
            bare = " ".join(_LIST_MARK.sub("", bare).split())
            for title, speakers, text in reversed(said):
                if bare in text:
                    return title, speakers
    return None


def _topic_talk(
    text: str, looks_like_name: Callable[[str], bool]
) -> tuple[str, tuple[str, ...]] | None:
    """(topic, speakers) of a talk a reply names by its topic and speaker, or None."""
    found = _TOPIC_TALK.search(text)
    if found is None or not looks_like_name(found["name"].strip()):
        return None
    return found["topic"].strip(), (found["name"].strip(),)


def _labelled_talk(
    line: str, looks_like_name: Callable[[str], bool]
) -> tuple[str, tuple[str, ...]] | None:
    """(title, speakers) of a line that labels the points under it with a talk: "Phishing
    kits as a service (Jasmine Tan):" over a list."""
    found = _LABEL_TALK.match(line)
    if found is None or not looks_like_name(found["name"].strip()):
        return None
    return found["title"].strip(), (found["name"].strip(),)


def opens_quote(line: str) -> bool:
    """Whether a line says whose quoted words follow ("On Sat, Oct 26, 2024 at 9:40 PM Name
    <x> wrote:", "Am … schrieb …:", "… 작성:")."""
    return _QUOTE_OPENER.match(line.strip()) is not None
