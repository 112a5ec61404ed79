"""Lines a note adds after its talks ("**Update 18:40** — slides are up", "추가 (8/3): …"), and
lines about a break between talks ("Lunch: noodles from the food court", "점심: …"): where they
are, and which talk an update names by the words of its heading."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summit_tui.corpus.clues import holds_any
from summit_tui.lazy_re import lazy

# An update added to a live blog after the talks: "**Update 18:40** — …", "추가 (8/3): …"
_UPDATE_MARKS = (
    "pdate", "PDATE", "추가", "업데이트", "achtrag", "ACHTRAG", "ggiornament", "GGIORNAMENT",
    "tualiza", "TUALIZA",
)  # fmt: skip
_UPDATE_LINE = lazy(
    r"^[ \t>*_]*(?:\*\*|__)?(?:(?i:update|updated|nachtrag|aggiornamento|atualização)"
    r"(?:[ \t]+[\d:.h/()\- ]{1,16})?|(?:추가|업데이트)(?:[ \t]*\([^()\n]{1,12}\))?)"
    r"(?:\*\*|__)?[ \t]*[:：—–-][ \t]*(?=\S)",
    re.MULTILINE,
)
# A line about a break between talks, in the notes under a talk's heading ("Lunch: noodles from
# the food court", "Mittag: Mate und Brezel", "점심: 커리부어스트"): it and what follows it under
# that heading are about no talk. Substring tests first: most notes have none.
_BREAK_MARKS = (
    "unch", "UNCH", "ittag", "ITTAG", "ause", "reak", "ranzo", "lmo", "lmuerzo", "éjeuner",
    "běd", "biad", "ğle", "unsj", "trưa", "siang", "점심", "휴식", "쉬는", "昼", "ランチ", "午",
)  # fmt: skip
_BREAK_LINE = lazy(
    r"^[ \t>*_]*(?:\*\*|__)?(?:(?i:lunch(?:[ \t]+break)?|mittag(?:essen|spause)?|kaffeepause"
    r"|pause|coffee[ \t]+break|break|pranzo|almoço|almoco|almuerzo|déjeuner|oběd|obiad"
    r"|öğle[ \t]+(?:yemeği|arası)|lunsj|ăn[ \t]+trưa|makan[ \t]+siang)"
    r"|점심(?:[ \t]*시간)?|휴식|쉬는[ \t]*시간|昼食|昼休み|ランチ|午餐|午饭|午休)"
    r"(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*(?=\S)",
    re.MULTILINE,
)
# The first letters of ``_UPDATE_LINE``'s and ``_BREAK_LINE``'s words, in either case ("K"
# is the Kelvin sign a case-blind "k" also matches)
_UPDATE_OPENERS = frozenset("uUnNaA추업")
_UPDATE_ENDS = (":", "：", "—", "–", "-")  # what ends every match of _UPDATE_LINE
_BREAK_OPENERS = frozenset("lLmMkK\u212apPcCbBaAdDoOöÖăĂ점휴쉬昼ラ午")
# a line's first character after its marks, where it is one of those: the first line's, and
# the others' after their line break (found by one search of the body, not a loop over every
# line; a multiline search for a line's start would try every character)
_OPENERS_CLASS = "".join(map(re.escape, sorted(_UPDATE_OPENERS | _BREAK_OPENERS)))
_NEXT_OPENED = lazy(f"\n[ \t>*_]*([{_OPENERS_CLASS}])")
_WORD = lazy(r"[^\W_]{2,}")
# Words an update line shares with any talk's heading: they name none in particular.
_COMMON_TEXT = """
the and for are was now its with from this that talk talks session sessions slides slide
recording video link links online deck speaker 세션 발표 슬라이드 영상 링크 공개됨 올라옴
올림 채널에 부분 질의응답 것
"""
_COMMON_WORDS = frozenset(_COMMON_TEXT.split())


def update_and_break_lines(body: str, lines: list[str]) -> tuple[list[int], list[int]]:
    """The numbers of the update lines and of the break lines of a note's body. Each pattern
    is tried only on a line that opens with one of its words' letters (a scan of the body per
    word costs more); the words' substring test stands as it did."""
    updates: list[int] = []
    breaks: list[int] = []
    for number, head in _opened_lines(body):
        line = lines[number]
        if (
            head in _UPDATE_OPENERS
            and holds_any(line, _UPDATE_ENDS)
            and _UPDATE_LINE.match(line) is not None
        ):
            updates.append(number)
        if (
            head in _BREAK_OPENERS
            and (":" in line or "：" in line)  # what ends every match of _BREAK_LINE
            and _BREAK_LINE.match(line) is not None
        ):
            breaks.append(number)
    return (
        updates if updates and holds_any(body, _UPDATE_MARKS) else [],
        breaks if breaks and holds_any(body, _BREAK_MARKS) else [],
    )


def update_words(line: str) -> list[str]:
    """The words an update line names its talk by, without its "Update 18:40 —"."""
    return _content_words(_UPDATE_LINE.sub("", line, count=1))


def talk_sharing_most(
    words: list[str], talks: list[tuple[str, tuple[str, ...]]]
) -> tuple[str, tuple[str, ...]] | None:
    """Of talks (title, heading path), the one whose heading shares most of ``words``, if only
    one does."""
    scored: dict[tuple[str, tuple[str, ...]], int] = {}
    for title, path in talks:
        heading = _content_words(" ".join((title, *path[-1:])))
        score = sum(1 for w in words if any(_same_word(w, h) for h in heading))
        scored[(title, path)] = max(scored.get((title, path), 0), score)
    best = max(scored.values(), default=0)
    winners = [talk for talk, score in scored.items() if score == best]
    return winners[0] if best and len(winners) == 1 else None


def break_title(line: str) -> str:
    """ "Lunch" for "Lunch: noodles from the food court", "점심" for "**점심:** 커리부어스트"."""
    return re.split(r"[:：]", line, maxsplit=1)[0].strip(" \t>*_")


def _opened_lines(body: str) -> Iterator[tuple[int, str]]:
    """(line number, first character) of each line of ``body`` whose first character after
    the marks " \\t>*_" is one of ``_UPDATE_OPENERS`` or ``_BREAK_OPENERS``."""
    end = body.find("\n")
    first = _NEXT_OPENED.match("\n" + body[: end if end != -1 else len(body)])
    if first is not None:  # the first line, given the break it lacks
        yield 0, first.group(1)
    number, counted = 0, 0
    for match in _NEXT_OPENED.finditer(body):
        start = match.start() + 1
        number += body.count("\n", counted, start)
        counted = start
        yield number, match.group(1)


def _content_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _COMMON_WORDS and not w.isdigit()]


def _same_word(a: str, b: str) -> bool:
    """One word, or a Korean word and the same word with its particle ("캐시" / "캐시부터")."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return "\uac00" <= short[0] <= "\ud7a3" and long.startswith(short)
