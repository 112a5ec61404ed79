"""A live blog: one post updated through the day, each update opened by its time stamp.

Newsrooms and attendees write it the same way in every language: ``**Update 2:44 p.m. PT:**
…``, ``**[업데이트 03:56]** …``, ``### 10:42`` over a paragraph, ``**14:05** — …``, most often
newest first. One post covers a day: a keynote, then another. The update that says a talk
begins (``The Platforms State of the Union is starting``, ``the WWDC keynote begins``, ``WWDC
키노트 시작``, ``Next up: …``, ``Начался доклад …``) opens that talk, and every later update (in
time, whatever the post's order) is about it until the next one opens; the updates before the
first are about no talk. ``live_parts`` gives those talks as parts of the body (line ranges), or
None when the body is no live blog (fewer than three stamps, or stamps that neither say
"update", nor run newest first, in a post that does not say it is live).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

_MIN_STAMPS = 3
# An update's stamp at the start of its paragraph: "**Update 2:44 p.m. PT:**", "Update, 14:44 —",
# "**[업데이트 03:56]**", "### 10:42", "**10:42 a.m.**", "[Обновлено 12:10]"
_STAMP = lazy(
    r"^[ \t]{0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?\[?[ \t]*"
    r"(?P<word>(?i:update[d]?|upd|업데이트|추가|обновлено|обновление|апдейт|aktualisierung"
    r"|mise à jour|actualización|aggiornamento)[ \t,:]*)?"
    r"(?P<ampm_ko>오전|오후|새벽)?[ \t]*(?P<hour>[01]?\d|2[0-3])[:.h](?P<minute>[0-5]\d)"
    r"(?:[ \t]*(?P<ampm>(?i:[ap]\.?[ \t]?m\.?)))?(?:[ \t]+(?:PT|PDT|PST|ET|EDT|CT|CET|CEST|BST"
    r"|GMT|UTC|KST|JST|MSK|[A-Z]{2,4}))?[ \t]*\]?[ \t]*(?::|：)?[ \t]*(?:\*\*|__)?"
    r"(?:[ \t]*[:：—–-])?[ \t]*(?P<rest>.*)$",
    re.MULTILINE,
)
# What a post says when it is live: "live blog", "liveblog", "live:", "실시간", "라이브",
# "трансляция", "en direct", "Liveticker", "in diretta"
_LIVE = lazy(
    r"(?i)\blive[- ]?blog|\blive\b[:：]|\(live\)|\blive (?:from|updates|coverage)|실시간|라이브"
    r"|трансляци|онлайн|en direct|liveticker|in diretta|en vivo|ao vivo"
)
# A talk's kind, the words an update names it by
_KIND = (
    r"(?i:keynote|state of the union|session|talk|panel|fireside chat|presentation|opening"
    r"|closing)|키노트|기조\s*연설|세션|발표|강연|доклад|выступлени|секци|キーノート|基調講演"
)
# An update that says a talk begins: "X is starting", "X begins", "X kicks off", "X is up",
# "Next up: X", "Up next, X", "Now: X", "X 시작", "다음은 X", "Начался доклад X"
_BEGINS_AFTER = lazy(
    r"(?i)^(?P<title>.{3,90}?)[ \t]+(?:is[ \t]+)?(?:starting|starts|begins|beginning|kicks[ \t]+off"
    r"|is[ \t]+(?:up|on|underway|live)|gets[ \t]+(?:going|underway))\b"
    r"|^(?P<ko>.{2,60}?)[ \t]*(?:시작|스타트|개막)"
)
_BEGINS_BEFORE = lazy(
    r"(?i)^(?P<cue>next[ \t]+up|up[ \t]+next|coming[ \t]+up|now|starting[ \t]+now"
    r"|다음(?:은|으로)?(?=[ \t])|дальше|следующ(?:ий|ая)|начал(?:ся|ась|ось)|стартовал(?:а|о)?)"
    r"[ \t]*[:,—–-]?[ \t]+(?P<title>.{2,90})$"
)
# cues that say a talk comes next without a word of its kind ("Next up: Karpenter at 10k nodes")
_NEXT = frozenset({"next up", "up next", "coming up", "다음", "다음은", "다음으로", "дальше"})
# a kind's label before the title, a cue after it: "세션: 제목 발표 시작", "Talk: Title now"
_LABEL = lazy(
    r"(?i)^(?:세션|발표|강연|키노트|session|talk|keynote|panel|доклад)[ \t]*[:：][ \t]*(?=\S)"
)
_TRAILING_CUE = lazy(
    r"(?i)[ \t]*(?:발표[ \t]*)?(?:시작(?:합니다|했어요|함)?|starting(?:[ \t]+now)?|now)"
    r"[ \t]*[!.…]*$"
)
_BREAK = lazy(r"(?i)\b(?:lunch|break|coffee|dinner|party)\b|점심|휴식|저녁|обед|перерыв|кофе")
# The day of the event's own clock a post watched from afar gives: "현지 시간 14일 오전 10시",
# "현지시각 5월 14일" (the writer's own date, hours later, is not the talk's)
_LOCAL_DAY = lazy(r"현지\s*(?:시간|시각)\s*(?:(?P<month>\d{1,2})\s*월\s*)?(?P<day>\d{1,2})\s*일")
_CLAUSE = lazy(r"[.!?。！？;]+\s*|,\s+|\s+[—–]\s+")
_ARTICLE = lazy(r"(?i)^(?:the|a|an|our|this|and|then|so)\s+")
_KIND_WORD = lazy(_KIND)


_TIME = lazy(r"\d[:.h][0-5]\d")
# a line that may open with a stamp: a heading, bold, a bracket or "update", then a time
_QUICK = lazy(
    r"^[ \t]{0,3}(?:#{1,6}[ \t]|\*\*|__|\[|(?i:upd|업데이트|обнов))[^\n]{0,24}?\d[:.h][0-5]\d",
    re.MULTILINE,
)


def may_be_live(body: str) -> bool:
    """A cheap pre-check: three lines at least that may open with an update's stamp."""
    if body.count(":") + body.count(".") < _MIN_STAMPS:
        return False
    times = _TIME.finditer(body)
    if next(times, None) is None or next(times, None) is None or next(times, None) is None:
        return False
    for found, _ in enumerate(_QUICK.finditer(body), start=1):
        if found >= _MIN_STAMPS:
            return len(_stamps(body)) >= _MIN_STAMPS
    return False


def _stamps(body: str) -> list[tuple[int, re.Match[str]]]:
    """(line number, match) of each line opened by an update's stamp, in a paragraph's first
    line (after a blank line, or the body's first line)."""
    found: list[tuple[int, re.Match[str]]] = []
    lines = body.split("\n")
    for number, line in enumerate(lines):
        if number and lines[number - 1].strip():
            continue
        if not line[:40].count(":") and not line[:40].count("."):
            continue
        match = _STAMP.match(line)
        if match is not None and (match.group("word") or _bare_stamp(line, match)):
            found.append((number, match))
    return found


def _bare_stamp(line: str, match: re.Match[str]) -> bool:
    """A time without "update" is a stamp when marked as one: bold, bracketed or a heading."""
    head = line.lstrip()
    if head.startswith("#"):
        # "### 10:42" alone; "### 10:00 Keynote: Title" is a schedule's slot, its own talk
        return not match.group("rest").strip()
    return head.startswith(("**", "__", "["))


def _minutes(match: re.Match[str]) -> int:
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    ampm = (match.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    ko = match.group("ampm_ko")
    if (ampm == "pm" or ko == "오후") and hour < 12:
        hour += 12
    if (ampm == "am" or ko in ("오전", "새벽")) and hour == 12:
        hour = 0
    return hour * 60 + minute


def live_parts(body: str, title: str) -> list[ChatPart] | None:
    """The talks of a live blog as parts of its body (see the module's docstring)."""
    stamps = _stamps(body)
    if len(stamps) < _MIN_STAMPS:
        return None
    times = [_minutes(match) for _, match in stamps]
    falling = sum(1 for a, b in pairwise(times) if b < a)
    newest_first = falling * 2 > len(times) - 1
    said = any(match.group("word") for _, match in stamps)
    if not (said or newest_first or _LIVE.search(title) or _LIVE.search(body[:600])):
        return None
    lines = body.split("\n")
    # each update: (its first line, the line after it) in the post's order
    spans = [
        (start, stamps[n + 1][0] if n + 1 < len(stamps) else len(lines))
        for n, (start, _) in enumerate(stamps)
    ]
    order = list(range(len(stamps)))
    if newest_first:
        order.reverse()
    talk_of: dict[int, tuple[str, tuple[str, ...]] | None] = {}
    current: tuple[str, tuple[str, ...]] | None = None
    for n in order:
        rest, more = stamps[n][1].group("rest"), lines[spans[n][0] + 1 : spans[n][1]]
        opened = _opened(rest, more)
        if opened is None and _a_break(rest, more):
            current = None  # "다음은 점심 시간", "Lunch break": the talk before is over
        current = opened or current
        talk_of[n] = current
    if not any(talk_of.values()):
        return None
    local = _LOCAL_DAY.search(body[:1500])
    day = None
    if local is not None:
        month, date = local.group("month"), int(local.group("day"))
        day = f"--{int(month):02d}-{date:02d}" if month else f"mday:{date}:-1"
    parts: list[ChatPart] = []
    for n, (start, end) in enumerate(spans):
        talk = talk_of[n]
        if talk is None:
            continue
        name, speakers = talk
        if parts and parts[-1].title == name and parts[-1].end == start:
            parts[-1] = replace(parts[-1], end=end)
            continue
        parts.append(ChatPart(EntryKind.SESSION, name, name, speakers, start, end, day, None))
    return parts


def _a_break(rest: str, more: list[str]) -> bool:
    """Whether an update's first clause is about a break, with no talk in it."""
    first = _CLAUSE.split(" ".join([rest, *more[:1]]).replace("**", ""), maxsplit=1)[0]
    return _BREAK.search(first) is not None and _KIND_WORD.search(first) is None


def _opened(rest: str, more: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """The talk an update says begins, by its first clauses: its title and speakers."""
    from summit_tui.corpus.heading_kinds import speaker_in_heading, talk_title

    text = " ".join([rest, *(line.strip() for line in more)])
    text = text.replace("**", "").replace("__", "")
    for clause in _CLAUSE.split(text)[:4]:
        clause = clause.strip()
        before = _BEGINS_BEFORE.match(clause)
        if before is not None:
            name = before["title"]
            if not _KIND_WORD.search(clause) and before["cue"].casefold() not in _NEXT:
                continue
        else:
            after = _BEGINS_AFTER.match(clause) if _KIND_WORD.search(clause) else None
            if after is None:
                continue
            name = after["title"] or after["ko"]
            if not _KIND_WORD.search(name):
                continue
        name = _ARTICLE.sub("", name.strip(" \t:,—–-\"'«»「」“”")).strip()
        name = _TRAILING_CUE.sub("", _LABEL.sub("", name)).strip()
        if not 2 <= len(name) <= 90 or _BREAK.search(name):
            continue
        speaker = speaker_in_heading(name)
        title = talk_title(name) if speaker else name
        title = title or name
        title = title[0].upper() + title[1:] if title[0].islower() else title
        return title, (speaker,) if speaker else ()
    return None
