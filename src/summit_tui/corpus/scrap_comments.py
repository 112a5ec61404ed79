"""A scrap of dated comments (Zenn's scraps and the like): which comments are talks.

A scrap is a page its writer adds comments to through a conference, each saved as the
writer's name on a line, the comment's date on the next (``2024/04/09``, ``2025-05-16
10:42``), then its text. A comment that names a talk by its speaker ("Open data for Hanoi air
quality（Phạm Thu Hà さん）", "Marcus Hale さんの型付けの話", "Ana Souza's free-threading talk")
is that talk, on its own date; the others (lunch, getting home) are about no talk.

``scrap_parts`` returns the talks as ``ChatPart`` line ranges of the body, or None when the
body is no such scrap.
"""

from __future__ import annotations

from collections import Counter

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

_MIN_COMMENTS = 3
_LONGEST_AUTHOR = 40
# A comment's date alone on its line: "2024/04/09", "2025-05-16 10:42", "2024.04.09"
_DATE_LINE = lazy(
    r"^[ \t]*(?P<y>20\d\d)[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})(?:[ \t]+\d{1,2}:\d{2})?[ \t]*$"
)
_LATIN_PERSON = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*){1,2}"
# The speaker in brackets after the talk: "Title（Phạm Thu Hà さん）", "Title (山田太郎さん)"
_PAREN_SPEAKER = lazy(
    rf"^(?P<title>[^（(\n]{{2,120}}?)[ \t]*[（(](?P<name>{_LATIN_PERSON}|[\u3040-\u9fff]{{2,8}}"
    r"|[가-힣]{2,4})[ \t]*(?:さん|氏|님)?[）)]"
)
# The speaker, then the talk: "Marcus Hale さんの型付けの話", "김서연 님의 발표"
_SPEAKER_FIRST = lazy(
    rf"(?P<name>{_LATIN_PERSON}|[\u3040-\u9fff]{{2,8}}|[가-힣]{{2,4}})[ \t]*(?:さん|氏|님)의?の?"
    r"[ \t]*(?P<title>[^。.!！?？\n]{2,80})"
)
_TOPIC_TAIL = lazy(r"[ \t]*(?:の話|の発表|の講演|について|발표|세션)[。.]?$")


def comment_talk(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(title, speakers) of the talk a comment's first line names, or None."""
    from summit_tui.corpus.forum_thread import comment_talk as forum_talk
    from summit_tui.corpus.names import looks_like_name

    line = text.replace("**", "").strip()
    for sentence in line.split("。")[:2]:
        found = _PAREN_SPEAKER.match(sentence.strip())
        if found is not None and _person(found["name"], looks_like_name):
            return _TOPIC_TAIL.sub("", found["title"].strip()), (found["name"],)
        found = _SPEAKER_FIRST.search(sentence)
        if found is not None and _person(found["name"], looks_like_name):
            return _TOPIC_TAIL.sub("", found["title"].strip()) or found.group(0), (found["name"],)
    return forum_talk(line)


def _person(name: str, looks_like_name: object) -> bool:
    if "\u3040" <= name[:1] <= "\u9fff":
        return True  # a name in kana or kanji before さん, which only people carry
    return bool(looks_like_name(name))  # type: ignore[operator]


def scrap_parts(body: str) -> list[ChatPart] | None:
    """The talks of a scrap (see the module's docstring) as parts, None when the body is no
    run of dated comments by one writer."""
    lines = body.split("\n")
    heads: list[tuple[int, str, str]] = []  # (author's line, author, date) of each comment
    for number, line in enumerate(lines):
        if not line[:1].isdigit() and not line[:1].isspace():
            continue
        found = _DATE_LINE.match(line)
        if found is None:
            continue
        above = number - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        author = lines[above].strip() if above >= 0 else ""
        if not author or len(author) > _LONGEST_AUTHOR or author.startswith(("#", "-", "*", ">")):
            continue
        day = f"{found['y']}-{int(found['m']):02d}-{int(found['d']):02d}"
        heads.append((above, author, day))
    if len(heads) < _MIN_COMMENTS:
        return None
    writers = Counter(author for _, author, _ in heads)
    count = writers.most_common(1)[0][1]
    if count < _MIN_COMMENTS:
        return None  # dates under different lines each: a log, not one writer's scrap
    parts: list[ChatPart] = []
    for index, (start, author, day) in enumerate(heads):
        end = heads[index + 1][0] if index + 1 < len(heads) else len(lines)
        text = next(
            (
                line
                for line in lines[start + 2 : end]
                if line.strip() and not _DATE_LINE.match(line)
            ),
            "",
        )
        talk = comment_talk(text)
        if talk is None:
            continue
        title, speakers = talk
        part = ChatPart(EntryKind.SESSION, title, text.strip()[:200], speakers, start, end, day,
                        author)  # fmt: skip
        parts.append(part)
    return parts


def scrap_writer(body: str, parts: list[ChatPart]) -> str | None:
    """Who wrote most of a scrap's talk comments."""
    found = Counter(part.author for part in parts if part.author)
    return found.most_common(1)[0][0] if found else None
