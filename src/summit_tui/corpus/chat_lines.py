"""The lines that open a chat's messages (KakaoTalk, Slack, Discord, exported or pasted):
what ``chat_export`` reads a chat by and ``passages`` splits one into a passage per message
(kept apart from both so that neither imports the other)."""

from __future__ import annotations

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
_KAKAO = lazy(rf"^\[(?P<name>[^\[\]\n]{{1,40}})\]\s?\[(?P<time>{_CLOCK})\]\s?(?P<text>.*)$")
_PASTED = lazy(
    r"^(?P<name>[^\s#>*\[\]|`~=-][^\n—–]{0,39}?)"
    rf"(?:\s+[—–]\s+(?:(?:(?i:today|yesterday)\s+at|오늘|어제)\s+(?P<time>{_CLOCK})"
    rf"|(?P<date>\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}})\.?,?\s+(?P<time2>{_CLOCK}))"
    r"|\s{2,}(?P<time3>(?:오전|오후)\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)"
    r"|\s(?P<time4>(?:오전|오후)\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?))\s*$"
)
_HOUR = lazy(r"(오전|오후|午前|午後|上午|下午)?\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp])?")
_DATE_PARTS = lazy(r"[./-]")


def opens_message(line: str) -> bool:
    """Whether a line opens a chat message: a KakaoTalk line (``[이름] [오후 2:13] …``), a
    channel export's header (``**Dana** 10:04 AM``, ``> **박준영** 오후 2:25``) or a pasted one
    (``Name — Today at 10:02``). Lines that open with neither a bracket, bold, a quote nor a
    letter are never read (cheap for the usual paragraph)."""
    if not line or len(line) > LONGEST_LINE:
        return False
    if "**" in line or line[0] == "[":
        return HEADER.match(line) is not None or _KAKAO.match(line) is not None
    return pasted_header(line) is not None


def pasted_header(line: str) -> tuple[str, str, int | None, str | None] | None:
    """A pasted chat's message header: (who, the text on its line, the minute, the day it
    gives) for "[이름] [오후 2:13] 메시지", "Name — Today at 10:02", "Name  9:35 AM"."""
    if line[0] == "[":
        kakao = _KAKAO.match(line)
        if kakao is None:
            return None
        return kakao["name"].strip(), kakao["text"], _minute(kakao["time"]), None
    tail = line.rstrip()[-1:]
    if not (tail.isdigit() or tail in "Mm") or line[0] in " \t":
        return None
    found = _PASTED.match(line)
    if found is None:
        return None
    time = found["time"] or found["time2"] or found["time3"] or found["time4"]
    return found["name"].strip(), "", _minute(time), _numeric_day(found["date"])


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
