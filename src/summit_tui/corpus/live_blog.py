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
from dataclasses import dataclass, replace
from itertools import pairwise

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.media_gates import MIN_STAMPS
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

# An update's stamp at the start of its paragraph: "**Update 2:44 p.m. PT:**", "Update, 14:44 —",
# "**[업데이트 03:56]**", "### 10:42", "**10:42 a.m.**", "[Обновлено 12:10]"
_STAMP = lazy(
    r"^[ \t]{0,3}(?:>[ \t]*|[-+][ \t]+)?(?:#{1,6}[ \t]+)?(?:🔴|🟥|⏺️?)?[ \t]*(?:\*\*?|__)?"
    r"[\[【(]?[ \t]*(?:🔴|🟥|⏺️?)?[ \t]*"
    r"(?P<word>(?i:update[ds]?|upd|live|업데이트|추가|обновлено|обновление|апдейт|aktualisierung"
    r"|mise à jour|actualización|aggiornamento)|更新|追記|アップデート)?[ \t,:—–\-\]】(]*"
    r"(?P<ampm_ko>오전|오후|새벽)?[ \t]*(?P<hour>[01]?\d|2[0-3])[:.h](?P<minute>[0-5]\d)"
    r"(?:[ \t]*(?P<ampm>(?i:[ap]\.?[ \t]?m\.?)))?(?:[ \t]+(?:PT|PDT|PST|ET|EDT|CT|CET|CEST|BST"
    r"|GMT|UTC|KST|JST|MSK|[A-Z]{2,4}))?[ \t]*[\])】]?[ \t]*(?::|：|\.)?[ \t]*(?:\*\*?|__)?"
    r"(?:[ \t]*[:：—–-])?[ \t]*(?P<rest>.*)$",
    re.MULTILINE,
)
# A Korean writer's clock in words: "(오전 7시 5분)", "**오후 2시 10분**", "[새벽 3시]"
_KO_STAMP = lazy(
    r"^[ \t]{0,3}(?:\*\*|__)?[(\[][ \t]*(?P<word>(?:업데이트|추가)[ \t,:]*)?"
    r"(?P<ampm_ko>오전|오후|새벽|아침|저녁|밤)?[ \t]*(?P<hour>[01]?\d|2[0-3])[ \t]?시"
    r"(?:[ \t]*(?P<minute>[0-5]?\d)[ \t]?분)?(?P<ampm>(?!))?[ \t]*[)\]][ \t]*(?:\*\*|__)?"
    r"(?:[ \t]*[:：—–-])?[ \t]*(?P<rest>.*)$"
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
    r"|closing|кейноут|доклад|выступлени|секци|ключев\w*[ \t]+(?:доклад|выступлени))|키노트"
    r"|기조\s*연설|세션|발표|강연|キーノート|基調講演"
)
# An update that says a talk begins: "X is starting", "X begins", "X kicks off", "X is up",
# "Next up: X", "Up next, X", "Now: X", "X 시작", "다음은 X", "Начался доклад X"
_BEGINS_AFTER = lazy(
    r"(?i)^(?P<title>.{3,90}?)[ \t]+(?:is[ \t]+)?(?:starting|starts|begins|beginning|kicks[ \t]+off"
    r"|is[ \t]+(?:up|on|underway|live)|gets[ \t]+(?:going|underway))\b"
    r"|^(?P<ko>.{2,60}?)[ \t]*(?:시작|스타트|개막)"
)
_OPENS = lazy(
    r"(?i)\b(?:opens|kicks[ \t]+off|starts|begins|open(?:s|ed)?[ \t]+up)[ \t]+(?P<title>.{2,60})$"
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
# An update that says a talk is over, with a word of its kind in the same clause
_END = lazy(
    r"(?i)\b(?:over|done|ends|ended|finished|wraps(?:[ \t]+up)?|wrapped(?:[ \t]+up)?|a[ \t]+wrap)\b"
    r"|\bend[ \t]+of\b|끝|종료|마무리|закончил|заверш|конец|окончен"
)
# Its speaker comes on: "Sundar Pichai on stage", "Thomas Dohmke takes the stage", "순다 피차이
# 등장", "на сцене Томас Домке"
_STAGE = lazy(
    r"(?i)\btakes?[ \t]+the[ \t]+stage\b|\bon[ \t]+stage\b|\bwalks?[ \t]+(?:on|out)\b|등장"
    r"|무대에[ \t]*(?:오름|올라|섰|서)|на[ \t]+сцен[еуы]|выш(?:ел|ла|ли)[ \t]+на[ \t]+сцену"
)
# A blog's sign-off: "That's it from me", "Thanks for reading", "오늘은 여기까지", "На этом всё"
_SIGN_OFF = lazy(
    r"(?i)(?:that'?s|that[ \t]+is)[ \t]+(?:it|all|a[ \t]+wrap)[ \t]+(?:from[ \t]+me|for[ \t]+"
    r"(?:today|tonight|the[ \t]+(?:day|live[ \t]?blog|blog)|this[ \t]+(?:live[ \t]?)?blog))"
    r"|thanks?[ \t]+(?:you[ \t]+)?for[ \t]+(?:reading|following)|signing[ \t]+off"
    r"|.{0,12}여기까지|на[ \t]+этом[ \t]+вс[её]"
)
_SECTION = lazy(r"#{1,6}[ \t]|(?:-[ \t]*){3,}$|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$")
_CLAUSE = lazy(r"[.!?。！？;]+\s*|,\s+|\s+[—–]\s+")
_ARTICLE = lazy(r"(?i)^(?:(?:the|a|an|our|this|and|then|so)\s+)+")
# a talk's kind and up to two words before it ("the developer keynote"), or "для/for" after it
_PHRASE = lazy(
    r"(?P<before>(?:[^\s]+[ \t]+){0,2})(?P<kind>(?:" + _KIND + r")\w*)"
    r"(?P<after>[ \t]+(?:для|for)[ \t]+(?:разработчиков|developers))?"
)
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "for",
        "to",
        "at",
        "in",
        "on",
        "with",
        "and",
        "or",
        "my",
        "our",
        "this",
        "that",
        "that's",
        "is",
        "was",
        "end",
        "back",
        "into",
        "from",
        "after",
        "before",
        "during",
        "up",
        "next",
        "first",
        "last",
        "about",
        "until",
        "his",
        "her",
        "their",
        "its",
        "your",
        "by",
        "as",
        "then",
        "so",
        "it's",
        "seat",
        "seats",
        "now",
        "오늘",
        "이번",
        "그",
        "첫",
        "다음",
        "к",
        "на",
        "в",
        "до",
        "после",
        "для",
        "и",
        "о",
        "про",
    ]
)
# a kind alone that names no one talk ("sessions", "세션", "доклады")
_ANY_TALK = frozenset(["session", "talk", "panel", "presentation", "세션", "발표", "강연", "доклад",
                       "доклады", "выступлени", "секци"])  # fmt: skip
# the last syllable of a Korean word that says how it joins the sentence (에, 에서, 은, 를 …)
_PARTICLES = frozenset("에서은는을를로와과도만엔")
_KIND_WORD = lazy(_KIND)


def stamped(body: str) -> bool:
    """Whether three paragraphs at least open with an update's stamp (after media_gates'
    ``may_be_live``, which looks at the lines' openings only)."""
    return len(_stamps(body)) >= MIN_STAMPS


def _stamps(body: str) -> list[tuple[int, re.Match[str]]]:
    """(line number, match) of each line opened by an update's stamp, in a paragraph's first
    line (after a blank line, or the body's first line)."""
    found: list[tuple[int, re.Match[str]]] = []
    lines = body.split("\n")
    for number, line in enumerate(lines):
        if number and lines[number - 1].strip():
            continue
        head = line[:40]
        if head.count(":") or head.count(".") or "h" in head:
            match = _STAMP.match(line)
            if match is not None and (match.group("word") or _bare_stamp(line, match)):
                found.append((number, match))
                continue
        if "시" in head and (match := _KO_STAMP.match(line)) is not None:
            found.append((number, match))
    return found


def _bare_stamp(line: str, match: re.Match[str]) -> bool:
    """A time without "update" is a stamp when marked as one: bold, bracketed or a heading."""
    head = line.lstrip().lstrip(">-+ \t")
    if head.startswith("#"):
        # "### 10:42" alone; "### 10:00 Keynote: Title" is a schedule's slot, its own talk
        return not match.group("rest").strip()
    if head.startswith("* "):
        return False  # a list's item, "* 10:00 coffee"
    return head.startswith(("*", "__", "[", "【", "🔴", "🟥", "⏺"))


def _minutes(match: re.Match[str]) -> int:
    hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
    ampm = (match.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    ko = match.group("ampm_ko")
    if (ampm == "pm" or ko in ("오후", "저녁", "밤")) and hour < 12:
        hour += 12
    if (ampm == "am" or ko in ("오전", "새벽", "아침")) and hour == 12:
        hour = 0
    return hour * 60 + minute


def live_parts(body: str, title: str) -> list[ChatPart] | None:
    """The talks of a live blog as parts of its body (see the module's docstring)."""
    stamps = _stamps(body)
    if len(stamps) < MIN_STAMPS:
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
        (start, _span_end(lines, start, stamps[n + 1][0] if n + 1 < len(stamps) else len(lines)))
        for n, (start, _) in enumerate(stamps)
    ]
    order = list(range(len(stamps)))
    if newest_first:
        order.reverse()
    talk_of = _read_in_time(order, [stamps[n][1].group("rest") for n in range(len(stamps))],
                            [lines[start + 1 : end] for start, end in spans], title)  # fmt: skip
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
        name, speakers = talk.name or "", talk.speakers
        if parts and parts[-1].title == name and parts[-1].end == start:
            parts[-1] = replace(parts[-1], end=end)
            continue
        parts.append(ChatPart(EntryKind.SESSION, name, name, speakers, start, end, day, None))
    addendum = _addendum(lines, spans[-1][1])
    if addendum is not None:
        name, start, end = addendum
        parts.append(ChatPart(EntryKind.SESSION, name, name, (), start, end, day, None))
    return parts


def _addendum(lines: list[str], after: int) -> tuple[str, int, int] | None:
    """A section under a heading after the last update that opens by naming a talk
    ("### 추가 (5월 15일 점심)" over "개발자 키노트 다시보기로 봤어요", "## Later" over "Caught up
    on the developer keynote"): that talk, from its heading to the next heading."""
    headings = (n for n in range(after, len(lines)) if lines[n].startswith("#"))
    heading = next((n for n in headings if _SECTION.match(lines[n])), None)
    if heading is None:
        return None
    level = len(lines[heading]) - len(lines[heading].lstrip("#"))
    end = next(
        (n for n in range(heading + 1, len(lines))
         if lines[n].startswith("#" * level) and _SECTION.match(lines[n][level - 1 :])),
        len(lines),
    )  # fmt: skip
    opening = next((line.strip() for line in lines[heading + 1 : end] if line.strip()), "")
    first = _CLAUSE.split(opening.replace("**", ""), maxsplit=1)[0]
    if not _KIND_WORD.search(first):
        return None
    name = _kind_phrase(first)
    if name is None or name.casefold().rstrip("s") in _ANY_TALK:
        return None  # "다시보기로 세션 몇 개 더 봤어요": some sessions, no one talk
    return name, heading, end


@dataclass(slots=True)
class _Run:
    """A talk the updates follow; its name may come only at its end ("키노트 끝!")."""

    name: str | None
    speakers: tuple[str, ...] = ()


def _span_end(lines: list[str], start: int, end: int) -> int:
    """Where an update ends: at the next one, or at a heading or a rule after it (the post's
    own sections below its updates: an addendum, a summary)."""
    for number in range(start + 1, end):
        line = lines[number]
        if line[:1] in "#-*_" and _SECTION.match(line):
            return number
    return end


def _read_in_time(
    order: list[int], rests: list[str], mores: list[list[str]], title: str
) -> dict[int, _Run | None]:
    """The talk each update is about, read in time order: a talk opens where an update says
    it begins or its speaker takes the stage (the talk the updates before said was coming),
    and closes after the update that says it is over, or before a break or a sign-off."""
    talk_of: dict[int, _Run | None] = {}
    current: _Run | None = None
    coming: str | None = None  # the talk the last updates said was next
    for n in order:
        text = " ".join([rests[n], *(line.strip() for line in mores[n])])
        text = text.replace("**", "").replace("__", "")
        clauses = [clause.strip() for clause in _CLAUSE.split(text) if clause.strip()]
        opened = _opened(rests[n], mores[n])
        ended = _ended(clauses)
        closing = opened is None and ended is None and current is not None
        if closing and (
            _a_break(rests[n], mores[n]) or _SIGN_OFF.match(clauses[0] if clauses else "")
        ):
            current = None  # "다음은 점심 시간", "Lunch break": the talk before is over
        if opened is not None:
            current = _Run(*opened)
        elif current is None and any(_STAGE.search(clause) for clause in clauses[:2]):
            current = _Run(coming)  # "Sundar Pichai on stage", "토마스 돔케 등장"
        talk_of[n] = current
        if current is not None and ended is not None:
            if current.name is None:
                current.name = ended or None
            current = None
            coming = None
        elif current is None and (named := _kind_phrase(text)):
            coming = named
    fallback = _kind_phrase(title)
    for n, run in talk_of.items():
        if run is not None and run.name is None:
            run.name = fallback
            if fallback is None:
                talk_of[n] = None
    return talk_of


def _ended(clauses: list[str]) -> str | None:
    """The talk an update says is over ("Developer keynote ends", "That's the end of the
    opening keynote", "키노트 끝!", "Кейноут закончился"): its name, "" when unnamed; None when
    the update says no talk is over."""
    for clause in clauses:
        if _END.search(clause) and _KIND_WORD.search(clause):
            return _kind_phrase(clause) or ""
    return None


def says_over(text: str) -> bool:
    """Whether a post's or an update's first sentence says a talk is over ("Keynote over, …",
    "키노트 끝. …", "Кейноут закончился")."""
    first = _CLAUSE.split(text.replace("**", ""), maxsplit=2)[:2]
    return _ended([clause.strip() for clause in first]) is not None


def opened_talk(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The talk a post or an update says begins ("키노트 시작", "The keynote is starting")."""
    return _opened(text, [])


def _kind_phrase(text: str) -> str | None:
    """A talk named by its kind in running text: "the opening keynote", "개발자 키노트",
    "кейноут для разработчиков", with the words before it that are no function words."""
    match = _PHRASE.search(text)
    if match is None:
        return None
    before = match.group("before").split()
    kept: list[str] = []
    for word in reversed(before):
        if word.casefold().strip(".,:;!?\"'«»") in _FUNCTION_WORDS or not word[-1].isalnum():
            break
        if word[-1] in _PARTICLES and "\uac00" <= word[-1] <= "\ud7a3":
            break  # "점심시간에 개발자 키노트": "점심시간에" says when, not which
        if any(ch.isdigit() for ch in word):
            break  # "유니버스 2024 키노트" in a blog's title: the event's, not the talk's
        kept.insert(0, word)
    phrase = " ".join([*kept, match.group("kind"), *(match.group("after") or "").split()])
    return phrase[0].upper() + phrase[1:]


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
                opens = _OPENS.search(clause) if _KIND_WORD.search(clause) else None
                named = _kind_phrase(opens["title"]) if opens is not None else None
                if named is None or not _ARTICLE.sub("", opens["title"]).lower().startswith(
                    named.lower()
                ):
                    continue  # "opens with a demo of the keynote's …"
                name = named
            else:
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
