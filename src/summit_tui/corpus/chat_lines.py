"""The lines that open a chat's messages (KakaoTalk, Slack, Discord, exported or pasted):
what ``chat_export`` reads a chat by and ``passages`` splits one into a passage per message
(kept apart from both so that neither imports the other)."""

from __future__ import annotations

import re

from summit_tui.corpus.clues import holds_any
from summit_tui.lazy_re import lazy

LONGEST_LINE = 300  # a message's header or a divider is a short line
# "**오세라** 오전 10:04", "**Dana Kim** 10:04 AM", "**dana** — 10:04", "**dana** [10:04 AM]",
# "> **박준영** 오후 2:25"
_TIME = r"(?:(?:오전|오후|午前|午後|上午|下午)\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
HEADER = lazy(
    rf"^(?P<quote>>\s?)?(?:\*\*(?P<bold>[^*\n]{{1,40}})\*\*\s*(?:[—–-]\s*)?(?:\S+\s+)?\[?{_TIME}\]?"
    rf"|\[(?:[^\]\n]{{0,24}}\s)?{_TIME}\]\s+(?P<plain>[^\s\[\]][^\n]{{0,39}}))\s*$"
)
# Chats pasted as text: KakaoTalk's "[이름] [오후 2:13] 메시지" (the message on the header's
# line), Discord's "Name — Today at 10:02" / "Name — 05/23/2024 9:31 AM", Slack's "Name  9:35 AM"
_CLOCK = (
    r"(?:(?:오전|오후|午前|午後|上午|下午)\s*\d{1,2}:\d{2}"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)"
)
# Telegram Desktop's "Copy selected as text": "Name, [12.09.2024 11:01]", the text under it
_TELEGRAM_COPY = lazy(
    r"^(?P<name>[^\[\],\n]{1,40}), \[(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{2,4}),? "
    r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)\]$"
)
_KAKAO = lazy(rf"^\[(?P<name>[^\[\]\n]{{1,40}})\]\s?\[(?P<time>{_CLOCK})\]\s?(?P<text>.*)$")
_PASTED = lazy(
    r"^(?P<name>[^\s#>*\[\]|`~=-][^\n—–]{0,39}?)"
    rf"(?:\s+[—–]\s+(?:(?:(?i:today|yesterday)\s+at|오늘|어제)\s+(?P<time>{_CLOCK})"
    rf"|(?P<date>\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}})\.?,?\s+(?P<time2>{_CLOCK}))"
    r"|\s{2,}(?P<time3>(?:오전|오후)\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)"
    r"|\s(?P<time4>(?:오전|오후)\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?))\s*$"
)
# Exports that stamp each message with its date, the message on the stamp's line: WhatsApp
# ("09/10/2024, 09:36 - Name: text", "[23/10/24, 09:30:11] Name: text"), Telegram
# ("[18.06.2024 09:33] Name:", the text under it), KakaoTalk's phone export ("2024년 10월 26일
# 오전 10:03, 이름 : 내용", "2024. 10. 26. 오전 10:03, 이름 : 내용"); a line without "Name:" is
# the app's own ("… created the group")
_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"
_BRACKET_STAMP = lazy(
    rf"^\[(?P<date>{_DATE}),?\s+(?P<time>{_CLOCK})\]\s*(?P<name>[^:\n\]]{{1,40}}?):(?:\s(?P<text>.*))?$"
)
_DASH_STAMP = lazy(
    rf"^(?P<date>{_DATE}),?\s+(?P<time>{_CLOCK})\s+-\s+(?:(?P<name>[^:\n]{{1,40}}?):\s)?(?P<text>.*)$"
)
_KAKAO_PHONE = lazy(
    r"^(?P<y>\d{4})(?:년|\.) (?P<m>\d{1,2})(?:월|\.) (?P<d>\d{1,2})(?:일|\.)"
    r" (?P<time>(?:오전|오후) \d{1,2}:\d{2}),"
    r"\s(?P<name>[^:\n]{1,40}?)\s:\s(?P<text>.*)$"
)
# LINE's saved talk history: "10:02\t田中 健\t今から基調講演…" under day lines "2024/09/27(金)"
_LINE_TAB = lazy(rf"^(?P<time>{_CLOCK})\t(?P<name>[^\t\n]{{1,40}})\t(?P<text>.*)$")
# DiscordChatExporter's "[10/9/2024 9:34 AM] name": the date in the bracket
_BRACKET_DATE = lazy(rf"^>?\s?\[(?P<date>{_DATE})\s")
_HOUR = lazy(r"(오전|오후|午前|午後|上午|下午)?\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp])?")
_DATE_PARTS = lazy(r"[./-]")


# DiscordChatExporter's marks under a message: "{Reactions}" over "🦀 (6) 👍 (2)",
# "{Attachments}" over a link, "{Embed}", "{Stickers}"
_EXPORT_MARK = lazy(r"^\{(?:Reactions|Attachments|Embed|Stickers|Mentions)\}\s*$")
_REACTION_COUNTS = lazy(r"^(?:[^\w\s(){}]{1,8}\s*\(\d{1,6}\)\s*)+$")


# DiscordChatExporter's banner line naming the channel: "Channel: Conferences / devoxx-belgium"
_CHANNEL_LINE = lazy(r"^Channel:[ \t]*(?:[^/\n]*/[ \t]*)?(?P<name>[^\n/]{2,60}?)[ \t]*$", re.M)
# WhatsApp's export is named after the chat: "WhatsApp Chat with X", "Chat de WhatsApp con X"
_WHATSAPP_FILE = lazy(
    r"(?i)^(?:whatsapp[ -]chat (?:with|mit) |chat de whatsapp con |conversa do whatsapp com "
    r"|discussion whatsapp avec |whatsapp-чат с )(?P<name>.{2,60})$"
)
_YEAR = lazy(r"\b(?:19|20)\d\d\b")


def chat_name(body: str, stem: str) -> str | None:
    """The name of the chat an export was saved from, with the year its messages were sent
    in when the name has none ("devoxx-belgium" → "Devoxx Belgium 2024"): a DiscordChatExporter
    banner's channel, a WhatsApp export's file name. None for any other note."""
    if body[:5] == "=====" and "Channel:" in body[:600]:
        found = _CHANNEL_LINE.search(body, 0, 600)
        name = found["name"].lstrip("#") if found else ""
        if name == name.lower():  # a channel's slug: "devoxx-belgium"
            name = " ".join(word.capitalize() for word in re.split(r"[-_ ]+", name) if word)
    elif "hats" in stem and (found := _WHATSAPP_FILE.match(stem)) is not None:
        name = found["name"]
    else:
        return None
    if not name or _YEAR.search(name):
        return name or None
    for line in body[:3000].split("\n"):
        stamped = stamped_header(line) if line[:1] == "[" or line[:1].isdigit() else None
        written = stamped[3] if stamped is not None else bracket_date(line)
        if written:
            numbers = [int(n) for n in _DATE_PARTS.split(written)]
            year = next((n for n in numbers if n > 999), None) or 2000 + numbers[-1]
            return f"{name} {year}"
    return name


_SHOWN = 60  # characters of a message that name a run of chatter
# WhatsApp's banner, which the iPhone's export sends as the group's own message
_BANNER = ("end-to-end", "extremo a extremo", "Ende-zu-Ende", "de bout en bout", "ponta a ponta")
_BANNER += ("종단간", "エンドツーエンド", "بين الطرفين", "сквозным шифрованием")


def first_message(lines: list[str], start: int, end: int) -> str:
    """The first message someone wrote in lines ``start``..``end`` of a chat, as "Name: text"
    (shortened), "" when they hold none (only the app's own lines, a banner, dividers)."""
    for line in lines[start:end]:
        if not line or len(line) > LONGEST_LINE:
            continue
        found = stamped_header(line) if line[0] == "[" or line[0].isdigit() else None
        if found is None and (line[0] == "[" or line[-1:].isdigit() or line[-1:] in "Mm"):
            pasted = pasted_header(line)
            found = (pasted[0], pasted[1]) if pasted else None
        if found is None or not found[0] or not found[1].strip() or holds_any(found[1], _BANNER):
            continue
        text = " ".join(found[1].split())
        if len(text) > _SHOWN:
            text = text[: _SHOWN - 1].rstrip() + "…"
        return f"{found[0]}: {text}"
    return ""


def export_mark(line: str) -> bool:
    """Whether a line is a chat export's mark or reaction counts, no words of a message."""
    line = line.strip()
    if line[:1] == "{":
        return _EXPORT_MARK.match(line) is not None
    return line[-1:] == ")" and _REACTION_COUNTS.match(line) is not None


def message_text(line: str) -> str | None:
    """A dated message header's line without its date and time: "" for a header alone
    (Discord's "[10/9/2024 9:34 AM] name"), "Name: text" for an export that stamps each line
    ("09/10/2024, 09:36 - Name: text"); None for any other line (a KakaoTalk room's "[이름]
    [오후 2:13] …" and a Slack header "**Dana** 10:04 AM" keep theirs)."""
    if line[:1] == "[" or line[:1].isdigit():
        stamped = stamped_header(line)
        if stamped is not None:
            name, text = stamped[0], stamped[1]
            return f"{name}: {text}" if name and text else text
        if line[:1] == "[" and _KAKAO.match(line) is not None:
            return None
        if bracket_date(line) is not None and HEADER.match(line) is not None:
            return ""  # DiscordChatExporter's dated header alone on its line
    return None


def opens_message(line: str) -> bool:
    """Whether a line opens a chat message: a KakaoTalk line (``[이름] [오후 2:13] …``), a
    channel export's header (``**Dana** 10:04 AM``, ``> **박준영** 오후 2:25``) or a pasted one
    (``Name — Today at 10:02``). Lines that open with neither a bracket, bold, a quote nor a
    letter are never read (cheap for the usual paragraph)."""
    if not line or len(line) > LONGEST_LINE:
        return False
    if "**" in line or line[0] == "[":
        return (
            HEADER.match(line) is not None
            or _KAKAO.match(line) is not None
            or (line[0] == "[" and _BRACKET_STAMP.match(line) is not None)
        )
    if line[0].isdigit() or line[0] == "午":
        return stamped_header(line) is not None
    return pasted_header(line) is not None


def pasted_header(line: str) -> tuple[str, str, int | None, str | None] | None:
    """A pasted chat's message header: (who, the text on its line, the minute, the day it
    gives) for "[이름] [오후 2:13] 메시지", "Name — Today at 10:02", "Name  9:35 AM", Telegram's
    "Name, [12.09.2024 11:01]"."""
    if line[0] == "[":
        kakao = _KAKAO.match(line)
        if kakao is None:
            return None
        return kakao["name"].strip(), kakao["text"], _minute(kakao["time"]), None
    tail = line.rstrip()[-1:]
    if tail == "]" and ", [" in line:
        copied = _TELEGRAM_COPY.match(line.rstrip())
        if copied is None:
            return None
        return copied["name"].strip(), "", _minute(copied["time"]), _numeric_day(copied["date"])
    if not (tail.isdigit() or tail in "Mm") or line[0] in " \t":
        return None
    found = _PASTED.match(line)
    if found is None:
        return None
    time = found["time"] or found["time2"] or found["time3"] or found["time4"]
    return found["name"].strip(), "", _minute(time), _numeric_day(found["date"])


def stamped_header(line: str) -> tuple[str, str, int | None, str, bool] | None:
    """A message line that an export stamps with its date: (who, the text on its line, the
    minute, the date as written ("" for LINE, whose days are lines of their own), whether the
    clock has AM/PM); who is "" for the app's own lines. Lines opening with neither a bracket
    nor a digit are never read (cheap)."""
    head = line[:1]
    if head == "[":
        found = _BRACKET_STAMP.match(line)
    elif (head.isdigit() or head == "午") and "\t" in line:
        tabbed = _LINE_TAB.match(line)
        if tabbed is None:
            return None
        return tabbed["name"].strip(), tabbed["text"], _minute(tabbed["time"]), "", False
    elif head.isdigit() and (" - " in line or "일 오" in line or ". 오" in line):
        found = _DASH_STAMP.match(line) if " - " in line else None
        if found is None and ("년 " in line or ". 오" in line):
            kakao = _KAKAO_PHONE.match(line)
            if kakao is not None:
                date = f"{kakao['y']}-{int(kakao['m']):02d}-{int(kakao['d']):02d}"
                return kakao["name"].strip(), kakao["text"], _minute(kakao["time"]), date, False
    else:
        return None
    if found is None:
        return None
    time = found["time"]
    twelve = time.rstrip()[-1:] in "Mm"
    name = (found["name"] or "").strip()
    return name, found["text"] or "", _minute(time), found["date"], twelve


def bracket_date(line: str) -> str | None:
    """The date a channel export's header line gives in its bracket, as written."""
    found = _BRACKET_DATE.match(line) if "/" in line[:12] or "." in line[:12] else None
    return found["date"] if found else None


def header_minute(line: str) -> int | None:
    """The time of day a message's header gives, in minutes."""
    return _minute(line)


def date_order(dates: list[str], twelve: bool) -> str:
    """How a chat's numeric dates are ordered: "ymd", "dmy" or "mdy". A value over 12 tells
    which is the day; else dots are European, and an AM/PM clock goes with month first."""
    dmy = mdy = False
    for text in dates:
        a, b, _c = (int(n) for n in _DATE_PARTS.split(text))
        if a > 31:
            return "ymd"
        dmy = dmy or a > 12 or "." in text
        mdy = mdy or b > 12
    if dmy != mdy:
        return "dmy" if dmy else "mdy"
    return "mdy" if twelve else "dmy"


def ordered_day(text: str, order: str) -> str | None:
    """A numeric date read in the chat's order, as "YYYY-MM-DD"; None when it is no date."""
    a, b, c = (int(n) for n in _DATE_PARTS.split(text))
    if order == "ymd":
        year, month, day = a, b, c
    elif order == "dmy":
        day, month, year = a, b, c
    else:
        month, day, year = a, b, c
    if year < 100:
        year += 2000
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _minute(time: str) -> int | None:
    found = _HOUR.search(time)
    if found is None:
        return None
    half, hour, minute, mark = found.groups()
    hour = int(hour) % 12 if half or mark else int(hour)
    if half in ("오후", "午後", "下午") or (mark or "").lower() == "p":
        hour += 12
    return hour * 60 + int(minute)


def _numeric_day(text: str | None) -> str | None:
    """ "05/23/2024" (month first, as Discord writes in English), "23.05.2024", "2024-05-23";
    None when the order cannot be told ("05/06/2024")."""
    if not text:
        return None
    a, b, c = (int(n) for n in _DATE_PARTS.split(text))
    if a > 31:
        year, month, day = a, b, c
    elif "." in text or a > 12:
        day, month, year = a, b, c
    elif b > 12 or a == b:
        month, day, year = a, b, c
    else:
        return None
    if year < 100:
        year += 2000
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
