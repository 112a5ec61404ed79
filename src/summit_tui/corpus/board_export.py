"""A task board exported to Markdown (Trello, Planka, Wekan, a GitHub project's columns): a
heading per list (``## List: Saturday``), a heading per card under it (``### Card: Typing at
scale (Marco Villanueva)``) with its ``**Labels:**``, members and comments. A card labelled or
titled as a talk is that talk's entry, a booth's card that booth's, and a list named by a day
dates its cards; the other cards (logistics, shirts, expenses) are about no talk."""

from __future__ import annotations

import re

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.heading_kinds import (
    context_kind,
    day_heading,
    speaker_in_heading,
    without_booth_word,
)
from summit_tui.corpus.model import EntryKind
from summit_tui.corpus.names import heading_title, split_title
from summit_tui.lazy_re import lazy

# "## List: Saturday", "## Column: Day 1", "## Lista: Sábado", "## 리스트: 토요일"
_LIST = lazy(
    r"^#{1,4}[ \t]+(?:List|Column|Lane|Lista|Liste|Colonne|Spalte|Coluna|Columna|Kolom|리스트|칼럼"
    r"|リスト)[ \t]*[:：][ \t]*(?P<name>\S.*?)[ \t#]*$",
    re.IGNORECASE,
)
# "### Card: Typing at scale (Marco Villanueva)", "### Karte: …", "### 카드: …"
_CARD = lazy(
    r"^#{2,5}[ \t]+(?:Card|Karte|Tarjeta|Carte|Cartão|Kartu|Kaart|카드|カード)[ \t]*[:：][ \t]*"
    r"(?P<name>\S.*?)[ \t#]*$",
    re.IGNORECASE,
)
# "**Labels:** talk, must-see", "- Labels: booth", "**Etiquetas:** charla"
_LABELS = lazy(
    r"^[-*+ \t]*(?:\*\*|__)?(?:Labels?|Etiquetas?|[ÉE]tiquettes?|Etiketten?|Label|Tags?|라벨"
    r"|ラベル)[ \t]*[:：]?(?:\*\*|__)?[ \t]*[:：]?[ \t]*(?P<labels>.*)$",
    re.IGNORECASE,
)
_TALK_LABELS = frozenset(
    {"talk", "talks", "keynote", "panel", "session", "sessions", "workshop", "tutorial"}
    | {"lightning", "lt", "presentation", "charla", "ponencia", "vortrag", "conférence"}
    | {"exposé", "palestra", "sessão", "발표", "세션", "키노트", "講演", "セッション"}
)
_BOOTH_LABELS = frozenset(
    {"booth", "booths", "stand", "stands", "expo", "sponsor", "stall", "부스", "ブース", "estand"}
)
_CARD_MARKS = ("Card", "card", "CARD", "Karte", "Tarjeta", "Carte", "Cartão", "Kartu", "카드")


_LONGEST_MARK = max(map(len, _CARD_MARKS))
_MANY_COLONS = 256  # past this many, a look for each mark costs less than one per colon


def may_be_board(body: str) -> bool:
    """Whether a note may be a board's export: a card heading's word and colon in it, looked
    for before each colon (a note has few) instead of through the body once per word."""
    at = body.find(":")
    colons = 0
    while at != -1:
        if body.endswith(_CARD_MARKS, max(0, at - _LONGEST_MARK), at):
            return True
        colons += 1
        if colons == _MANY_COLONS:
            return any(f"{mark}:" in body for mark in _CARD_MARKS)
        at = body.find(":", at + 1)
    return False


def board_parts(lines: list[str]) -> list[ChatPart] | None:
    """The talk and booth cards of a board's export, each dated by its list when the list
    names a day; None when the note holds fewer than two cards or no list."""
    cards: list[tuple[int, str, str | None]] = []  # (line, card name, its list's day)
    ends: list[int] = []  # where a card's lines stop: the next card or list
    lists = 0
    day: str | None = None
    for number, line in enumerate(lines):
        if line[:1] != "#":
            continue
        if (listed := _LIST.match(line)) is not None:
            lists += 1
            day = day_heading(listed["name"])
            ends.append(number)
        elif (card := _CARD.match(line)) is not None:
            cards.append((number, card["name"], day))
            ends.append(number)
        elif line.startswith("# ") and cards:
            ends.append(number)
    if not lists or len(cards) < 2:
        return None
    parts: list[ChatPart] = []
    for start, name, hint in cards:
        end = next((at for at in ends if at > start), len(lines))
        part = _card_part(lines, start, end, name, hint)
        if part is not None:
            parts.append(part)
    return parts or None


def _card_part(
    lines: list[str], start: int, end: int, name: str, day: str | None
) -> ChatPart | None:
    labels = _labels(lines, start + 1, end)
    speaker = speaker_in_heading(name)
    if not labels.isdisjoint(_BOOTH_LABELS) or (
        not speaker and labels.isdisjoint(_TALK_LABELS) and context_kind(name) is EntryKind.BOOTH
    ):
        shown = without_booth_word(name) or name
        return ChatPart(EntryKind.BOOTH, shown, name, (), start, end, day, None)
    if labels.isdisjoint(_TALK_LABELS) and not speaker:
        return None  # "Book Airbnb near the venue", "Expense reports": about no talk
    title = split_title(name)[0] if speaker else heading_title(name)[0]
    return ChatPart(
        EntryKind.SESSION, title or name, name, (speaker,) if speaker else (), start, end, day, None
    )


def _labels(lines: list[str], start: int, end: int) -> frozenset[str]:
    """The card's labels, lowered: its first labels line's comma-separated words."""
    for line in lines[start : min(end, start + 8)]:
        if (":" in line or "：" in line) and (found := _LABELS.match(line)) is not None:
            words = re.split(r"[,;/·|]", found["labels"].replace("*", ""))
            return frozenset(w.strip().lower() for w in words if w.strip())
    return frozenset()
