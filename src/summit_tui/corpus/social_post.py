"""One social-network post saved as text (Facebook and the like): which paragraphs are talks.

The post as the page shows it: its writer's name on a line, the time it was posted and who
may see it on the next (``8월 23일 오후 7:42 · 🌐``, ``10 tháng 4 lúc 21:15 · 🌏``, ``23
August at 19:42 · 🌍``), its paragraphs, the reactions line (``👍 Thích · 💬 Bình luận``,
``👍❤️ 58 · 댓글 6개 · 공유 2회``) and the comments under it. A paragraph naming a talk by its
speaker ("이수민 님의 디자인 토큰 이름 짓기 발표", "nghe anh Budi Santoso nói về Eclipse Theia",
"Ana Souza's talk") is that talk, a paragraph opening on a booth is that booth, and the rest
(the greeting, the way home) and the comments are about none.

``post_parts`` returns the talks and booths as ``ChatPart`` line ranges of the body, or None
when the body is no such post.
"""

from __future__ import annotations

import dataclasses

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.clues import holds_any
from summit_tui.corpus.dates import weekdays
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

_GLOBES = ("🌐", "🌏", "🌍", "🌎")
# The reactions and links under a post: "👍 Thích · 💬 Bình luận · ↗ Chia sẻ", "👍❤️ 58 · 댓글
# 6개 · 공유 2회", "Like · Comment · Share", "128 lượt thích · 14 bình luận"
_REACTIONS = lazy(
    r"^[ \t]*(?:👍|❤️|❤|😆|(?i:like|thích|suka|いいね)[ \t]*·|\d+[ \t]+(?i:likes?|lượt[ \t]+thích"
    r"|suka|comments?|bình[ \t]+luận|komentar)\b|좋아요[ \t]+\d|(?i:all[ \t]+reactions))"
)
_PERSON = r"[A-ZÀ-ÖØ-ÞĐ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞĐ][\w'’-]+){1,3}"
# A person, then what they spoke on: "Budi Santoso (Indonesia) nói về Eclipse Theia", "Ana
# Souza talked about …", "Rina Wijaya berbicara tentang …"
_SPOKE = lazy(
    rf"(?P<name>{_PERSON})(?:[ \t]*\([^)\n]{{1,30}}\))?[ \t]+(?:nói[ \t]+(?:chuyện[ \t]+)?về"
    r"|trình[ \t]+bày(?:[ \t]+về)?|chia[ \t]+sẻ[ \t]+về|berbicara[ \t]+tentang|membahas"
    r"|bercerita[ \t]+tentang|(?i:talked|spoke|talking|speaking)[ \t]+(?:about|on)|presented"
    # romanised Hindi: "Meera Iyer ne bataya ki …", "… ne samjhaya ki …", "… ne baat ki …"
    r"|ne[ \t]+(?:bataya|batāya|samjhaya|dikhaya|kaha|baat[ \t]+ki)(?:[ \t]+ki)?)"
    r"[ \t]+(?P<topic>[^,.;:–—!?\n]{3,80})"
)
# What a post's paragraph says after the talk it names: "… 발표였어요", "… 세션이 제일"
_KIND_AFTER = lazy(r"[ \t]*(?:발표|세션|강연|키노트|の発表|の講演|の話)[^\n]*$")
# A booth a paragraph opens on in Vietnamese, Indonesian or Korean: "Trưa ghé gian hàng Mozilla
# …", "Mampir ke booth Dicoding …", "부스는 토스 부스가 …"
_BOOTH = lazy(
    r"^(?:[^\n]{0,30}?\b)?(?:gian[ \t]+hàng|(?i:booth|stand|stan))[ \t]+(?P<name>[A-ZĐ][\w.&'-]*"
    r"(?:[ \t]+[A-Z][\w.&'-]*){0,2})"
    r"|^(?:부스는[ \t]+)?(?P<ko>[A-Za-z가-힣][\w.&가-힣]{0,15})[ \t]*부스"
)


def paragraph_talk(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(title, speakers) of the talk a post's paragraph names in its first sentences, or None."""
    from summit_tui.corpus.names import looks_like_name
    from summit_tui.corpus.scrap_comments import comment_talk

    head = text[:300]
    found = _SPOKE.search(head)
    if found is not None and looks_like_name(found["name"]):
        return found["topic"].strip(), (found["name"],)
    talk = comment_talk(head)
    if talk is None:
        return None
    title, speakers = talk
    return (_KIND_AFTER.sub("", title).strip() or title), speakers


def _booth(text: str) -> str | None:
    if "부스" not in text and "gian" not in text and "ooth" not in text and "tand" not in text:
        return None
    found = _BOOTH.match(text[:120])
    if found is None:
        return None
    return (found["name"] or found["ko"] or "").strip() or None


# A point of a post's list, one a line: "1️⃣ …", "🔟 …", "2. …", "3) …"
_POINT = lazy(r"^[ \t]*(?:[0-9#*]\ufe0f?\u20e3|🔟|\d{1,2}[.)][ \t])")
_POINT_FIRSTS = frozenset("0123456789#*🔟")


# A point's talk by its speaker, then its title in quotes ("Erik Dahl sin «Title»", "Erik
# Dahls «Title»", "Ana Souza's “Title”") or the topic they spoke on ("Hilde Aasen om
# observability …", "Jonas Keller über …", "Ana Souza on …")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w-]+(?:['’](?!s\b)[\w-]+)?"  # "O'Brien", not "Kraus's"
_NAME_WORDS = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}?"
_OWNER_THEN_QUOTE = lazy(
    rf"^(?:[^«“„\"]{{0,40}}?[ \t])?(?P<name>{_NAME_WORDS})(?:['’]s|['’]|s|[ \t]+(?:sin|sitt|sine))"
    r"[ \t]*\*{0,2}[«“„\"](?P<title>[^«»“”„\"\n]{4,140})[»”“\"]"
)
_NAME_ON_TOPIC = lazy(
    rf"^(?P<name>{_NAME_WORDS})[ \t]+(?:om|on|about|über|zu|sobre|sur|su|over)[ \t]+"
    r"(?P<topic>[^,.;:–—!?()\n]{4,80})"
)
# A point naming a talk by its kind, then its title between commas: "Workshopen vår, Kotlin
# Multiplatform fra null, hadde 40 deltakere", "Our workshop, Rust from zero, was full" (the
# writer's own when they say so)
_OWN = r"our|my|min|mitt|mina|vår|vårt|unser|unsere|notre|mon|ma|nuestro|nuestra|meu|minha"
_KIND_THEN_TITLE = lazy(
    rf"^(?:(?P<mine>(?i:{_OWN}))[ \t]+)?(?i:(?P<kind>workshop|foredrag|föredrag|talk|keynote"
    r"|lyntale|blixttal|session|vortrag|panel|tutorial|masterclass)\w{0,3})"
    rf"(?:[ \t]+(?P<own>(?i:{_OWN})))?[ \t]*,[ \t]*(?P<title>[A-ZÀ-ÖØ-Þ0-9][^,\n]{{3,100}}?),"
)
# a day after the topic: "… på torsdag", "… on Thursday", "… am Mittwoch"
_DAY_AFTER = lazy(r"(?i)(?:[ \t]+(?:på|on|am|el|le|i|den|this|last))?[ \t]+[^\W\d_]+[ \t]*$")


def _point_talk(text: str, writer: str) -> tuple[str, tuple[str, ...]] | None:
    """(title, speakers) of the talk a post's point names by its speaker first, or by its
    kind and title (the writer's own when they say so: "Workshopen vår, Title, …"), or None."""
    from summit_tui.corpus.names import looks_like_name

    head = text[:300]
    kind = _KIND_THEN_TITLE.match(head)
    if kind is not None:
        own = (kind["own"] or kind["mine"]) and writer
        return kind["title"].strip(), ((writer,) if own else ())
    found = _OWNER_THEN_QUOTE.match(head)
    if found is not None and looks_like_name(found["name"]):
        return found["title"].strip(), (found["name"],)
    found = _NAME_ON_TOPIC.match(head)
    if found is None or not looks_like_name(found["name"]):
        return None
    topic = found["topic"].strip()
    after = _DAY_AFTER.search(topic)
    if after is not None and weekdays(after.group(0)):
        topic = topic[: after.start()].strip()
    return (topic, (found["name"],)) if len(topic) >= 4 else None


def _points(lines: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph's points, each from the line opening it to the next one's ("1️⃣ …" /
    "2️⃣ …", no blank line between), the lines before the first a part of their own; the
    whole paragraph where fewer than two of its lines open a point."""
    opens = [
        n
        for n in range(start, end)
        if lines[n].lstrip()[:1] in _POINT_FIRSTS and _POINT.match(lines[n]) is not None
    ]
    if len(opens) < 2:
        return [(start, end)]
    bounds = [start, *opens] if opens[0] > start else opens
    return list(zip(bounds, [*bounds[1:], end], strict=True))


def _part(text: str, start: int, end: int, writer: str, point: bool) -> ChatPart | None:
    """The talk or booth a paragraph of a post (or one of its points) names, or None."""
    if point:
        text = _POINT.sub("", text, count=1).strip()
    talk = (point and _point_talk(text, writer)) or paragraph_talk(text)
    if talk is not None:
        title, speakers = talk
        days = weekdays(text) if point else []
        day = f"weekday:{days[0]}" if len(days) == 1 else None
        return ChatPart(EntryKind.SESSION, title, text[:200], speakers, start, end, day, writer)
    booth = _booth(text)
    if booth is not None:
        return ChatPart(EntryKind.BOOTH, booth, text[:200], (), start, end, None, writer)
    return None


def post_parts(body: str) -> list[ChatPart] | None:
    """The talks and booths of a social-network post (see the module's docstring) as parts;
    None when the body does not open with a writer's line over a stamp line with a globe."""
    lines = body.split("\n")
    filled = [n for n, line in enumerate(lines[:12]) if line.strip()]
    if len(filled) < 3:
        return None
    if not holds_any(lines[filled[1]], _GLOBES):
        # LinkedIn: the writer's headline between the name and the stamp ("Backend Engineer |
        # Python", then "1d • Edited • 🌐")
        if len(filled) < 4 or not holds_any(lines[filled[2]], _GLOBES):
            return None
        filled = [filled[0], *filled[2:]]
    if len(lines[filled[0]].strip()) > 60 or not (
        "·" in lines[filled[1]] or "•" in lines[filled[1]]
    ):
        return None
    end = next(
        (n for n in range(filled[1] + 1, len(lines)) if _REACTIONS.match(lines[n])), len(lines)
    )
    writer = lines[filled[0]].strip()
    parts: list[ChatPart] = []
    listed = False  # a point of a list ("1️⃣ …" / "2️⃣ …") names a talk: each its own part
    number = filled[1] + 1
    while number < end:
        if not lines[number].strip():
            number += 1
            continue
        start = number
        while number < end and lines[number].strip():
            number += 1
        points = _points(lines, start, number)
        for first, last in points:
            text = " ".join(line.strip() for line in lines[first:last])
            part = _part(text, first, last, writer, len(points) > 1)
            if part is not None:
                parts.append(part)
                listed = listed or len(points) > 1
    if len(parts) == 1 and parts[0].kind is EntryKind.SESSION and not listed:
        # a post naming one talk is about that talk, from its writer's line to its hashtags
        parts[0] = dataclasses.replace(parts[0], start=filled[0], end=end)
    return parts
