"""Talks a diary names in a sentence: a daily note without headings (or with only its
template's sections: ``## Tasks``, ``## Notes``, ``## 메모``, ``## Заметки``), a paragraph per
part of the day, and the paragraph about a talk opened by naming it (``После обеда — «Title»,
Name.``, ``First talk: "Title", Name.``, ``점심 먹고 「Title」 들음``, ``Слушал «Title»``,
``Sat in on **Title** — Name.``, ``„Title“ von Name gehört.``).

A quoted (or bold) title makes the paragraph a talk when a person's name stands beside it or a
verb of hearing does; a quoted book or film with neither is no talk. ``sentence_parts`` gives
those paragraphs as parts of the body, or None when the note has headings of its own (the
segmenter reads those) or names no talk so.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.clues import holds_any
from summit_tui.corpus.event_names import word_set
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

_OPEN = '«"“„「『'
_CLOSE = '»"”“」』'


def _quoted(group: str) -> str:
    return rf"[{_OPEN}](?P<{group}>[^{_OPEN}{_CLOSE}\n]{{3,120}})[{_CLOSE}]"


_QUOTED = _quoted("title")
# "«Title», Name." / "“Title” by Name" / "«Title» (Name)"
_TITLE_NAME = lazy(
    rf"{_QUOTED}\s*(?:,|\(|(?i:by|von|with|mit)\s|—|–|-)\s*(?P<name>[^.,;!?()\n—–]{{3,40}}?)\s*\)?\s*(?:[.;!—–]|$)"
)
# "Name — «Title»" / "Name: «Title»"
_NAME_TITLE = lazy(rf"(?:^|[.!]\s+|—\s+)(?P<name>[^.,;!?()\n—–:«\"“]{{3,40}}?)\s*[—–:]\s*{_QUOTED}")
# a verb of hearing a talk beside its quoted title, in the languages diaries are written in
_HEARD = lazy(
    rf"(?i:слушал[аи]?|послушал[аи]?|слухав|послухав|heard|attended|went\s+to|caught|sat\s+in\s+on"
    rf"|listened\s+to|hörte|habe\s+.{{0,20}}gehört|écouté|escuché|ascoltato)\s+(?:the\s+)?"
    rf"(?:(?i:talk|session|keynote|доклад)\s+)?{_quoted('title')}"
    rf"|{_quoted('heard')}\s*(?:을|를|도|은|는)?\s*(?:들음|들었|듣고|들으러|봤|보고|봄|세션|발표|강연)"
)
_HEADING = lazy(r"^ {0,3}#{2,6}\s", re.MULTILINE)
# the same on a line after the first: found by its line break, not by trying every character
_NEXT_HEADING = lazy(r"\n {0,3}#{2,6}\s")
_SECTION = lazy(r"^ {0,3}#{2,6}[ \t]+(.*)$", re.MULTILINE)
_LIST_MARK = lazy(r"^\s*(?:[-*+]|\d+[.)])\s+")
# a bold title, read like a quoted one: "Sat in on **Title** — Name."
_BOLD = lazy(r"\*\*([^*\n]{3,120})\*\*")
# what a diary writes after a speaker's name: "von Marta Nowak gehört", "이지훈님"
_NAME_TAIL = lazy(r"(?:\s+[a-zäöüß][\w-]*)+$|(?<=\w)\s*님$")
# a label before a speaker's name in brackets: "(발표: 안톤)", "(Speaker: Lena Vogt)"
_NAME_LABEL = lazy(r"^(?:발표자?|연사|(?i:speakers?|by|sprecher(?:in)?|докладчик))\s*[:：]\s*")

# The sections a daily note's template splits the day into, in the languages journals are kept
# in: under them a talk is a paragraph that names it, never a heading of its own.
_DAILY_SECTION_WORDS = word_set(
    """
    notes note tasks task todo todos to-do to-dos today journal log daily diary meetings meeting
    ideas thoughts highlights reflection gratitude links misc inbox plan agenda schedule done
    talks talk sessions session i attended heard went to
    메모 할 일 할일 일기 오늘 회고 일정 노트 기록 생각 한 링크 들은 세션 발표 강연
    заметки задачи дела сегодня дневник план мысли встречи итоги дня ссылки нотатки завдання справи
    доклады доклад слушал
    notizen aufgaben heute tagebuch termine gedanken erledigt vorträge vortrag gehört
    tâches à faire idées du jour notas tareas pendientes hoy diario ideas appunti attività cose da
    fare oggi
    メモ タスク 日記 今日 やること 日報 笔记 待办 日记 今天 セッション 聞いた
    """
)


# The folders a notes app keeps its day pages in, named by the app or the writer's language
DAY_FOLDERS = word_set(
    """
    daily dailies journal journals diary diaries periodic tagebuch дневник ежедневник щоденник
    일기 데일리 日記 日记 diario journal-intime
    """
)


def daily_note(path: str) -> bool:
    """A note that is one day's page: named by its day ("2024-12-03.md", "03.12.2024.md") or
    kept in a folder of day pages ("Daily/", "journals/", "Tagebuch/")."""
    from summit_tui.corpus.folders import file_date

    folder = path.rpartition("/")[0].rpartition("/")[2].casefold()
    return file_date(path) is not None or folder in DAY_FOLDERS or folder == "daily notes"


def _daily_section(text: str) -> bool:
    """A heading that is a daily note's section: "Notes", "📝 Заметки", "할 일:"."""
    words = re.sub(r"[^\w\s-]", " ", text).casefold().split()
    return bool(words) and len(words) <= 3 and all(w in _DAILY_SECTION_WORDS for w in words)


def daily_sections_only(body: str) -> bool:
    """Whether every heading below a note's title is a daily note's section."""
    return all(_daily_section(found[1]) for found in _SECTION.finditer(body))


# a quoted title with a name or a verb of hearing after it, or a name before it
_QUICK = lazy(
    rf"[{_CLOSE}][ \t]*(?:,|\(|—|–|-|by\s|von\s|with\s|mit\s|을|를|도|들)|[—–:][ \t]*[{_OPEN}]"
)
# the same of a bold title, in a daily note
_QUICK_BOLD = lazy(r"(?:\*\*|\]\])[ \t]*(?:,|\(|—|–|-[ \t]|by\s|von\s)|[—–:][ \t]*\*\*")
# a line opening with an hour, anywhere in a note
_CLOCK_LINES = lazy(r"(?m)^[ \t]*(?:[-*+][ \t]+)?\d{1,2}[:.h]\d{2}\b")
# a day page's line opening with its time: "**11:30** …", "- 14:00 …", "10:30 —"
_CLOCK_LINE = lazy(r"^\s*(?:[-*+]\s+)?(?:\*\*)?\d{1,2}[:.h]\d{2}\b")
# a link to a talk's page with its notes nested under it in a day page: "- [[Title]] — Name"
_LINKED_TITLE = lazy(r"\[\[([^\[\]|#\n]{3,120})(?:[|#][^\[\]\n]{0,120})?\]\]")
# a line that is all bold, as notes without headings write their talks' titles
_BOLD_LINES = lazy(r"^[ \t]*\*\*[^*\n]{3,150}\*\*[ \t]*$", re.MULTILINE)
# a line that opens with a quote after a blank line, as a title of a note without headings
_QUOTED_LINES = lazy(rf"(?:^|\n\n)([{_OPEN}][^\n]{{3,200}})(?=\n\n|\n?$)")
_BOLD_SCAN = 20_000  # the opening of a long note tells its shape
_HEARING = (
    "слушал", "послушал", "слухав", "heard", "attended", "listened", "went to", "caught",
    "hörte", "gehört", "écouté", "escuché", "ascoltato",
)  # fmt: skip

_QUOTE_OPENERS = ("«", "“", "「", "『", '"')


def may_name_talks(body: str, path: str = "") -> bool:
    """A cheap pre-check: no heading below the title (in a daily note, none but its
    template's sections), and a quoted title (in a daily note, or a bold one) beside a name or
    a verb of hearing."""
    quoted = holds_any(body, _QUOTE_OPENERS)
    marked = "**" in body or "[[" in body  # a bold title, a linked one: in a daily note
    if not quoted and not marked:
        return False
    headings = _HEADING.match(body) is not None or _NEXT_HEADING.search(body) is not None
    daily = (headings or marked) and daily_note(path)
    if headings and not (daily and daily_sections_only(body)):
        return False
    if not quoted and not daily:
        return False
    if not daily and _CLOCK_LINES.search(body) is not None and _timed_talks(body):
        return False  # "09:00 Keynote — …" over "11:00 “Title” - Name": the segmenter's talks
    if not daily and "**" in body and len(_BOLD_LINES.findall(body, 0, _BOLD_SCAN)) >= 2:
        return False  # "**«Title» — Name**" lines: headings the segmenter reads, no diary's
    if _QUICK.search(body) is not None or (daily and _QUICK_BOLD.search(body) is not None):
        # "“Title” — Name" alone on two lines or more: headings the segmenter reads
        return daily or not _quoted_heading_lines(body)
    low = body.lower()
    return holds_any(low, _HEARING)


def _timed_talks(body: str) -> bool:
    """Two lines or more that each give a talk by its hour, title and speaker."""
    from summit_tui.corpus.phone_lines import timed_talks

    return bool(timed_talks(body.split("\n")))


def _quoted_heading_lines(body: str) -> bool:
    """Two lines or more that are only a quoted title and its speaker, each a paragraph."""
    from summit_tui.corpus.names import quoted_talk_line

    found = 0
    for line in _QUOTED_LINES.findall(body, 0, _BOLD_SCAN):
        if quoted_talk_line(line):
            found += 1
            if found >= 2:
                return True
    return False


def sentence_parts(body: str, daily: bool = False) -> list[ChatPart] | None:
    """The paragraphs of a note that open by naming a talk (see the module's docstring)."""
    from summit_tui.corpus.names import looks_like_name

    lines = body.split("\n")
    parts: list[ChatPart] = []
    number = 0
    while number < len(lines):
        if not lines[number].strip() or lines[number].lstrip().startswith("#"):
            number += 1
            continue
        end = number + 1
        while (
            end < len(lines) and lines[end].strip() and not (daily and _sibling(lines, number, end))
        ):
            end += 1
        first = _LIST_MARK.sub("", lines[number])
        if daily and end - number > 1 and "[[" in first:
            first = _LINKED_TITLE.sub(r"“\1”", first, count=1)
        if "**" in first:
            # a daily note's bold title reads as a quoted one
            first = (_BOLD.sub(r"“\1”", first) if daily else first).replace("**", "")
        found = _named(first, looks_like_name)
        if found is not None:
            title, speakers = found
            parts.append(ChatPart(EntryKind.SESSION, title, title, speakers, number, end, None,
                                  None))  # fmt: skip
        number = end
    return parts or None


def _sibling(lines: list[str], first: int, at: int) -> bool:
    """Whether a line opens a list item beside the one a block opens with, or a time beside its
    time: a day page kept as a list (an outliner's journal, "## Notes" then "- …" lines) or a
    log ("**10:00** …", "**11:30** …") has a block per item, its nested points under it."""
    line = lines[at]
    indent = len(line) - len(line.lstrip())
    opening = lines[first]
    if indent > len(opening) - len(opening.lstrip()):
        return False
    if _LIST_MARK.match(opening) is not None:
        return _LIST_MARK.match(line) is not None
    return _CLOCK_LINE.match(opening) is not None and _CLOCK_LINE.match(line) is not None


# What a day page quotes that is no talk: a book being read, a meeting with a colleague, by a
# short name ("Read «Designing Data-Intensive Applications», Martin Kleppmann", "“Q3 planning”
# with Lars Nilsen"; "Code review at scale" is a talk's)
_NOT_HEARD = lazy(
    r"(?i:\b(?:read|reading|re-?read|finished|bought)\b|читал|читаю|прочитал|дочитал|перечитал"
    r"|gelesen|\blese\b|\bj'ai lu\b|leído|letto|읽|読ん|読み)"
)
_MEETING = lazy(
    r"(?i:\b(?:1:1|1-on-1|one-on-one|stand-?up|sync|planning|retro|retrospective|interview|call"
    r"|meeting|review|sprint)\b|회의|미팅|면접|созвон|встреча|планирование|ретро|besprechung)"
)


def _named(line: str, looks_like_name: Callable[[str], bool]) -> tuple[str, tuple[str, ...]] | None:
    """(title, speakers) of the talk a paragraph's first line names, or None."""
    if not any(mark in line for mark in _OPEN):
        return None
    # the sentence that names it may follow a short one: "Last day. Sat in on **Title** — Name."
    for sentence in re.split(r"(?<=[.!?。])\s+", line.strip(), maxsplit=2)[:2]:
        if not any(mark in sentence for mark in _OPEN):
            continue
        if _NOT_HEARD.search(sentence) is not None:
            continue
        for pattern in (_TITLE_NAME, _NAME_TITLE):
            for found in pattern.finditer(sentence):
                written = found["name"].strip()
                name = _NAME_TAIL.sub("", _NAME_LABEL.sub("", written))
                title = found["title"]
                if len(title.split()) <= 3 and _MEETING.search(title) is not None:
                    continue  # a short meeting's name: "Q3 planning", "Sprint review"
                if looks_like_name(name) or (name != written and written.endswith("님")):
                    return found["title"].strip(), (name,)
        heard = _HEARD.search(sentence)
        if heard is not None:
            title = next(group for group in heard.groups() if group)
            return title.strip(), ()
    return None


def named_talk(
    line: str, looks_like_name: Callable[[str], bool]
) -> tuple[str, tuple[str, ...]] | None:
    """(title, speakers) of the talk a line names ("Track 2, 1pm: "Title" (Name)", "Just got
    out of "Title" by Name"), or None: what a diary's paragraph is read by."""
    return _named(line, looks_like_name)
