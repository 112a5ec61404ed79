"""Talks a blog export marks without Markdown headings: a Naver or Tistory post's
"■ 세션 1. 데이터 메시 도입기", "▶ 주니어 개발자의 성장 전략",
"[세션 2] 서버리스 아키텍처", "【키노트】 클라우드의 다음 10년" or
"1. 파이썬 타입 힌트 실전 (김민지)" lines, each opening a talk whose notes follow.

A line counts only with evidence that it opens a talk, never by its mark alone (a talk's own
takeaways are bullets and numbered lines too): a session word in it ("세션 1.", "[Keynote]"),
a speaker's label on the next line ("연사: 김철수 (카카오)"), or, for a numbered line, its
speaker in a parenthesis after the title; and two such lines at least in the note."""

from __future__ import annotations

from summit_tui.corpus.blocks import Heading
from summit_tui.corpus.names import split_title
from summit_tui.corpus.speakers import line_speakers
from summit_tui.lazy_re import lazy

# The symbols a blog editor's "quote" or "title" style opens a line with
_MARKS = frozenset("■□▶▷►◆◇▣◼◾●◎★☆")
# What a marked line may open with: a mark, a bracket, a digit, a session word's first letter
_OPENERS = _MARKS | frozenset("[【〔［0123456789세키기트강발sSkKtTセ基講")
# A talk's kind and its number opening a line: "세션 1.", "Session 2:", "키노트 -", "基調講演："
_SESSION = lazy(
    r"(?i)^(?:세션|트랙|키노트|기조\s*연설|특강|session|track|keynote|セッション|基調講演|講演)"
    r"(?:\s*\d{1,2}(?!\d)\s*[.:：)\-–—]?\s*|\s*[.:：\-–—]\s*)(?=\S)"
)
# A bracket's label that is only a talk's kind and number: "세션 2", "키노트", "Session 3"
_LABEL = lazy(
    r"(?i)^(?:세션|트랙|키노트|기조\s*연설|특강|session|track|keynote|セッション|基調講演|講演"
    r"|主题演讲|分论坛)\s*\d{0,2}$"
)
# A bracketed label opening a line: "[세션 2]", "【키노트】", "[Session 3]"
_BRACKET = lazy(r"^[\[【〔［]\s*(?P<label>[^\]】〕］\n]{1,16}?)\s*[\]】〕］]\s*(?=\S)")
_NUMBER = lazy(r"^\d{1,2}[.)]\s+(?=\S)")
_SENTENCE_ENDS = (".", "。", "!", "?", "다", "요", ":", "：", ",")


def marked_talks(lines: list[str], after: int, level: int) -> list[Heading]:
    """The talks a note below line ``after`` marks by such lines, as headings of ``level``
    whose text is the talk's title (the mark and the session word left out); [] when fewer
    than two lines give evidence of a talk."""
    found: list[Heading] = []
    fenced = False
    for at in range(after, len(lines)):
        line = lines[at]
        if line[:1] not in _OPENERS:
            if line.startswith("```"):
                fenced = not fenced
            continue
        if fenced or len(line) > 100:
            continue
        title = _talk_title(line.strip(), lines, at)
        if title is not None:
            found.append(Heading(level, title, at, at + 1))
    return found if len(found) >= 2 else []


def _talk_title(line: str, lines: list[str], at: int) -> str | None:
    """The title a marked line gives, or None where nothing says it opens a talk."""
    marked = line[0] in _MARKS
    rest = line[1:].strip() if marked else line
    evidence = False
    if (bracket := _BRACKET.match(rest)) is not None:
        if _LABEL.match(bracket["label"]):
            evidence = True  # "[세션 2] …", "【키노트】 …"
        rest = rest[bracket.end() :]
    elif (session := _SESSION.match(rest)) is not None:
        evidence = True  # "세션 1. …", "■ Keynote: …"
        rest = rest[session.end() :]
    elif not marked:
        if _NUMBER.match(rest) is None:
            return None
        evidence = split_title(rest)[2] is not None  # "1. Title (김민지)"
    rest = rest.strip(" *")
    if len(rest) < 2 or rest.endswith(_SENTENCE_ENDS):
        return None
    if not evidence and not _speaker_follows(lines, at):
        return None
    return rest


def _speaker_follows(lines: list[str], at: int) -> bool:
    """Whether the first line with text after ``at`` (one blank line between at most) is a
    speaker's label line ("연사: 김철수 (카카오)", "발표자 : 이영희")."""
    for line in lines[at + 1 : at + 3]:
        if line.strip():
            return bool(line_speakers(line.strip()))
    return False
