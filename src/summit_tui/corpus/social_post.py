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
    number = filled[1] + 1
    while number < end:
        if not lines[number].strip():
            number += 1
            continue
        start = number
        while number < end and lines[number].strip():
            number += 1
        text = " ".join(line.strip() for line in lines[start:number])
        talk = paragraph_talk(text)
        if talk is not None:
            title, speakers = talk
            parts.append(ChatPart(EntryKind.SESSION, title, text[:200], speakers, start, number,
                                  None, writer))  # fmt: skip
            continue
        booth = _booth(text)
        if booth is not None:
            parts.append(ChatPart(EntryKind.BOOTH, booth, text[:200], (), start, number, None,
                                  writer))  # fmt: skip
    if len(parts) == 1 and parts[0].kind is EntryKind.SESSION:
        # a post naming one talk is about that talk, from its writer's line to its hashtags
        parts[0] = dataclasses.replace(parts[0], start=filled[0], end=end)
    return parts
