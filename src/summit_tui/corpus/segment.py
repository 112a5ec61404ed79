"""Note → entries: which part of a note is about which talk, booth, or nothing in particular.

The note is parsed with markdown-it (ATX and setext headings, lists, blockquotes and
code fences come out right) and its headings form a tree. Headings such as
``EXHIBITION``, ``booths``, ``부스`` or ``Keynote``, ``세션``, ``발표`` are *context*:
what sits under them is a booth or a session. The headings directly under a context
are the *units* (one entry each); everything deeper belongs to its unit — a bold
numbered paragraph or a ``####`` inside a talk is a sub-point, not a new talk —
unless the program lists that sub-heading as an item of its own. A context heading's
own text (an intro, a table of contents) is an ``other`` entry. A list of booths
under a booth heading gives one entry per bullet. A note without any structure is
one ``other`` entry.

Entry ids are ``<note path>#<slug of the heading path>`` so that annotations survive
reloads; a repeated path gets ``~2``, ``~3``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from summit_tui.corpus.blockscan import Tok, scan
from summit_tui.corpus.dates import day_number, find_dates
from summit_tui.corpus.event_names import event_phrases, strip_event
from summit_tui.corpus.model import Entry, EntryKind, ItemKind, Note, Problem, Program, Severity
from summit_tui.corpus.names import (
    heading_title,
    normalize,
    slug,
    split_title,
    title_parts,
    title_similarity,
)
from summit_tui.corpus.passages import inline_plain
from summit_tui.corpus.speakers import Block, find_speakers, mentioned_speakers

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from summit_tui.corpus.link import ProgramIndex

    BlockToken = Token | Tok  # markdown-it's, or the fast scanner's look-alike

_BOOTH_WORDS = {
    "poster",
    "posters",
    "showcase",
    "pavilion",
    "sponsors",
    "exhibition",
    "exhibitions",
    "exhibit",
    "exhibits",
    "exhibitor",
    "exhibitors",
    "expo",
    "booth",
    "booths",
}
_BOOTH_PREFIXES = ("부스", "전시", "포스터", "스폰서")
_SESSION_WORDS = {"keynote", "keynotes", "session", "sessions", "talk", "talks"}
_SESSION_PARTS = ("세션", "발표", "키노트", "강연", "기조연설")
_SINGULAR = frozenset({"talk", "session", "keynote", "booth", "exhibit"})
_CONTEXT_MAX_WORDS = 6
_STRONG = 88.0  # a title this close to a program item is about that item
_OPENING_LINES = 12  # where a post about one talk says whose talk it was
_TAG = re.compile(r"<[^>\n]{1,200}>")
_SUBJECT = re.compile(
    r"^\s*(?P<name>[A-Za-z][A-Za-z0-9.&+\-]*(?:\s+[A-Za-z0-9][A-Za-z0-9.&+\-]*){0,4}?)"
    r"\s*(?:에서는|에서|사는|사의|은|는|이|가|의|[,:(])"
)
_BULLET_NAME = re.compile(r"^(?P<name>[^:：\n]{1,60}?)\s*[:：]\s")

# Headings that are a part of a talk or of a note, never a talk of their own: what is
# under "Q&A" belongs to the talk before it; an intro or a closing belongs to no talk.
_PART, _INTRO, _CLOSING = "part", "intro", "closing"
_LINK_LINE = re.compile(
    r"^(?:[-*+]\s+|\d+[.)]\s+)?(?:\[\[[^\]]+\]\]|\[[^\]]*\]\([^)]*\)|<?https?://\S+>?)"
    r"(?:\s*[-–—:|]\s*.{0,60})?$"
)
_GENERIC_PHRASES = {
    _PART: (
        "q&a qna qa q a 질의응답 질의 응답 질문 질문들 답변 questions question audience ask 청중"
        " takeaways takeaway key summary 요약 정리 핵심 한줄 tl dr tldr 메모 notes note demo"
        " 데모 slides slide 발표자료 자료 영상 video recording 녹화 details highlights 하이라이트"
        " points 주요 내용 본론 speaker speakers 발표자 연사 강연자 bio 약력 session starts 시작"
        " 발표 세션 강연 talk 소개 about 설명 q&a세션"
    ),
    _INTRO: (
        "intro introduction 들어가며 들어가기 전에 서론 개요 overview information info 정보 행사"
        " 목차 contents table of toc agenda 아젠다 일정 schedule timetable 타임테이블 배경"
        " background prologue 프롤로그 참석 계기 동기 motivation 머리말 시작하며 문서 documents"
        " docs 참가자 participants attendees 장소 venue 준비물 logistics 들은 세션들 sessions"
        " 공지 공지사항 notice announcement announcements 페이지 page 인덱스"
    ),
    "glue": "및 and & 과 와 the of 의 세션 session part 부 my 나의 내",
    "break": (
        "점심 lunch 저녁 dinner 아침 breakfast 휴식 break 쉬는시간 coffee 커피 네트워킹"
        " networking 등록 registration 체크인 check-in 이동 afterparty 뒷풀이 애프터파티 굿즈"
        " swag 스프린트 sprint"
    ),
    _CLOSING: (
        "마치며 마무리 끝으로 결론 conclusion conclusions closing thoughts final wrap up outro"
        " 후기 총평 느낀점 느낀 점 소감 회고 참고 참고자료 references reference links link 링크"
        " resources 관련 epilogue 에필로그 한줄평 여담 ps 맺음말 나가며 마치면서 끝 감상 misc"
        " 기타 etc 정산 expenses 적용할 것 todo 공유할 공유 같이 함께 보면 좋은 글 글들 읽을"
        " further reading read more related posts 다녀온 다녀와서 오늘 today"
    ),
}
_GENERIC_WORDS = {word: kind for kind, words in _GENERIC_PHRASES.items() for word in words.split()}
_GLUE = frozenset(_GENERIC_PHRASES["glue"].split())
# Headings that group talks without being one: tracks, rooms, halves of a day.
_GROUP = re.compile(
    r"^(?:track|트랙|room|룸|hall|홀|stage|스테이지|part|파트|session|세션)\s*[\w.]{0,8}$"
    r"|^(?:오전|오후|morning|afternoon|evening|저녁|\d\s*부)(?:\s*(?:세션|session|sessions|발표|"
    r"talks?|keynotes?|키노트))?$",
    re.IGNORECASE,
)


_COUNT = re.compile(r"^\d+(?:일|박|회|번|년|월|개|days?)?$")


@lru_cache(maxsize=65536)
def generic_heading(text: str) -> str | None:
    """ "part", "intro" or "closing" for a heading such as "Q&A", "개요" or "마치며"."""
    words = [
        w
        for w in normalize(split_title(text)[0]).replace("q a", "q&a").split()
        if w not in _GLUE and not _COUNT.match(w) and day_number(w) is None
    ]
    if not words or len(words) > 5:
        return None
    kinds = [_GENERIC_WORDS.get(w) for w in words]
    if any(k is None for k in kinds):
        return None
    return next(k for k in kinds if k is not None)


_DAY_WORDS = re.compile(
    r"(?i)\bday\s*[-_.]?\s*\d{1,2}\b|\d{1,2}\s*일\s*차|(?:첫|둘|셋|넷|다섯|마지막)\s*(?:째|번째)?\s*날"
    r"|\b(?:last|final|closing)\s+day\b"
    r"|\d{1,4}\s*[년월일.\-/]|[월화수목금토일]요일|\([월화수목금토일]\)|\b(?:mon|tue|wed|thu|fri|sat|sun)\w*"
    r"|오전|오후|morning|afternoon|evening|\d"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)


def _only_a_day(text: str) -> bool:
    """A heading that is nothing but a day: "Day 2", "2일차 (11월 5일)", "DAY 1 오후"."""
    if day_number(text) is None and not find_dates(text):
        return False
    return not normalize(_DAY_WORDS.sub(" ", text)).strip()


@lru_cache(maxsize=65536)
def day_heading(text: str) -> str | None:
    """The day a heading is about, when that is all it says ("Day 2", "11월 5일 (화)",
    "2일차: Keynotes"): "day:2" or a date ("--11-05" without a year); else None."""
    number = day_number(text)
    dates = find_dates(text)
    if number is None and not dates:
        return None
    if strip_event(text, ()) and len(normalize(strip_event(text, ())).split()) > 2:
        return None
    if dates:
        return dates[0].partial()
    return f"day:{number}"


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # Inline parsing is the slow half of markdown-it; it is done per block, only where
    # the text has markup (see _expand).
    return MarkdownIt("commonmark").enable("table").disable("inline")


@lru_cache(maxsize=1)
def _inline_parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


# A line that names a talk or booth by its kind first, in notes written without Markdown.
_KIND_LINE = re.compile(
    r"^(?:KEYNOTE|OPENING KEYNOTE|CLOSING KEYNOTE|SESSION|TALK|PANEL|WORKSHOP|BOOTH|LIGHTNING TALK"
    r"|Keynote|Session|Talk|Panel|Workshop|Booth|키노트|기조연설|세션|발표|패널|부스)"
    r"\s*[—–:-]\s*\S.{0,100}$"
)
# A line that names a talk by its time first: "14:00 ~ 14:40 | Title", "10:30 - Title".
_TIME_LINE = re.compile(
    r"^\s*\d{1,2}[:.]\d{2}(?:\s*(?:~|-|–|—)\s*\d{1,2}[:.]\d{2})?\s*[|｜—–-]\s*\S.{0,100}$"
)
_BOLD_LINE = re.compile(r"[ \t]*(\*\*|__)([^*_\n]{2,150})\1[ \t]*\n")
_MARKUP = re.compile(r"[*_`\[\]<>&\\!]")
_EMPHASIS = re.compile(r"[*_`]+")


def _expand(token: BlockToken) -> BlockToken:
    """Give an inline token its children (emphasis, links) when its text has markup."""
    if not token.meta.get("expanded"):
        token.meta["expanded"] = True
        if _MARKUP.search(token.content):
            parsed = _inline_parser().parseInline(token.content)
            if parsed:
                token.children = parsed[0].children
    return token


def _plain(token: BlockToken) -> str:
    if not _expand(token).children:
        return " ".join(token.content.split())
    return inline_plain(token)


def _rough(token: BlockToken) -> str:
    """The readable text of a paragraph without inline parsing: emphasis marks dropped.

    Enough to read a speaker label or a speech sentence, and much faster on long notes.
    """
    content = _EMPHASIS.sub("", token.content)
    if "\n" not in content.strip():
        return " ".join(content.split())
    # lines kept: "Title : …" and "Speaker : …" on consecutive lines are two facts
    return "\n".join(" ".join(line.split()) for line in content.strip().split("\n"))


def segment_note(note: Note, program: Program | None) -> tuple[list[Entry], list[Problem]]:
    """Split a note into entries. Never raises: odd Markdown still gives entries."""
    try:
        return _Segmenter(note, program).run(), []
    except Exception as error:  # the note must still be readable whatever went wrong
        lines = note.body.split("\n")
        entry = _make_entry(note, lines, EntryKind.OTHER, note.title, (), 0, len(lines), (), "note")
        problem = Problem(
            note.path,
            None,
            Severity.WARNING,
            f"could not find the entries of this note ({type(error).__name__}: {error})",
            "whole note kept as one unsorted entry",
        )
        return ([entry] if entry else []), [problem]


# -- parsing ---------------------------------------------------------------------------------


@dataclass
class _Heading:
    level: int
    text: str
    start: int  # body line, 0-based
    head_end: int  # the line after the heading itself (setext headings take two)
    end: int = 0  # end of the section (exclusive)
    children: list[_Heading] = field(default_factory=list)

    def descendants(self) -> Iterator[_Heading]:
        for child in self.children:
            yield child
            yield from child.descendants()


@dataclass(frozen=True, slots=True)
class _Inline:
    start: int
    block: Block


@dataclass
class _Bullet:
    start: int
    end: int
    inline: BlockToken | None
    _name: str | None = None
    _named: bool = False

    @property
    def name(self) -> str | None:
        if not self._named:
            self._name, self._named = _bullet_name(self.inline), True
        return self._name


@dataclass(frozen=True, slots=True)
class _List:
    start: int
    end: int
    bullets: tuple[_Bullet, ...]


@dataclass
class _Parsed:
    headings: list[_Heading] = field(default_factory=list)
    bold: list[_Heading] = field(default_factory=list)  # bold-only paragraphs, level 0
    inlines: list[_Inline] = field(default_factory=list)
    lists: list[_List] = field(default_factory=list)


def _parse(body: str) -> _Parsed:
    tokens: Sequence[BlockToken] | None = scan(body)  # most notes; the rest: markdown-it
    if tokens is None:
        tokens = _parser().parse(body)
    parsed = _Parsed()
    for index, token in enumerate(tokens):
        if token.type == "inline":  # never at level 0: nothing else to look at
            if token.map:
                heading = index > 0 and tokens[index - 1].type == "heading_open"
                text = _plain(token) if heading else _rough(token)
                if text:
                    parsed.inlines.append(_Inline(token.map[0], Block(text, token.level, heading)))
            continue
        if token.level != 0 or not token.map:
            continue
        inline = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.type == "heading_open" and inline is not None:
            text = _plain(inline)
            if text:
                level = int(token.tag[1:]) if token.tag[1:].isdigit() else 6
                parsed.headings.append(_Heading(level, text, token.map[0], token.map[1]))
        elif token.type == "paragraph_open" and inline is not None and _is_bold(inline):
            parsed.bold.append(_Heading(1, _plain(inline), token.map[0], token.map[1]))
        elif (
            token.type == "paragraph_open"
            and inline is not None
            and (first_line := _BOLD_LINE.match(inline.content)) is not None
        ):  # "**Building with Gemini Nano**" with the talk's text on the next line
            text = " ".join(first_line.group(2).split())
            parsed.bold.append(_Heading(1, text, token.map[0], token.map[0] + 1))
        elif (
            token.type == "paragraph_open"
            and inline is not None
            and token.map[1] - token.map[0] == 1
            and (_KIND_LINE.match(inline.content) or _TIME_LINE.match(inline.content))
        ):  # "KEYNOTE — AI in everyday life (Jihoon Kim)": a heading in a plain-text note
            parsed.bold.append(_Heading(1, _plain(inline), token.map[0], token.map[1]))
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            parsed.lists.append(_read_list(tokens, index))
        elif token.type == "table_open":
            parsed.lists.append(_read_table(tokens, index))
    return parsed


def _read_table(tokens: Sequence[BlockToken], index: int) -> _List:
    """A table as a list of its body rows, each named by its first cell (a booth table:
    "| Datadog | LLM Observability | 베타 신청함 |")."""
    opener = tokens[index]
    assert opener.map is not None
    rows: list[_Bullet] = []
    in_body = False
    row: _Bullet | None = None
    for token in tokens[index + 1 :]:
        if token.type == "table_close":
            break
        if token.type == "tbody_open":
            in_body = True
        elif token.type == "tr_open" and in_body and token.map:
            row = _Bullet(token.map[0], token.map[1], None, _named=True)
            rows.append(row)
        elif token.type == "inline" and row is not None and not row._name:
            row._name = _plain(token) or None
        elif token.type == "tr_close":
            row = None
    return _List(opener.map[0], opener.map[1], tuple(rows))


def _is_bold(inline: BlockToken) -> bool:
    if not inline.content.lstrip().startswith(("**", "__")):
        return False
    children = [
        c
        for c in _expand(inline).children or []
        if not (c.type == "text" and not c.content.strip())
    ]
    return (
        len(children) >= 3
        and children[0].type == "strong_open"
        and children[-1].type == "strong_close"
        and sum(1 for c in children if c.type == "strong_open") == 1
    )


def _read_list(tokens: Sequence[BlockToken], index: int) -> _List:
    opener = tokens[index]
    assert opener.map is not None
    bullets: list[_Bullet] = []
    depth = 0
    position = index + 1
    while position < len(tokens):
        token = tokens[position]
        if token.type in ("bullet_list_close", "ordered_list_close") and depth == 0:
            break
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif token.type == "list_item_open" and depth == 0 and token.map:
            inline = next(
                (t for t in tokens[position + 1 : position + 4] if t.type == "inline"), None
            )
            bullets.append(_Bullet(token.map[0], token.map[1], inline))
        position += 1
    return _List(opener.map[0], opener.map[1], tuple(bullets))


def _bullet_name(inline: BlockToken | None) -> str | None:
    """The name a bullet describes: its leading link's text, or the text before a colon."""
    if inline is None:
        return None
    children = _expand(inline).children or []
    if children and children[0].type == "link_open":
        parts: list[str] = []
        for child in children[1:]:
            if child.type == "link_close":
                break
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
        name = " ".join("".join(parts).split())
        if name:
            return name
    text = _plain(inline)
    match = _BULLET_NAME.match(text)
    if match:
        return match.group("name").strip()
    return text if 0 < len(text.split()) <= 6 else None


def _firmly_named(bullet: _Bullet) -> bool:
    """A bullet that names something as a link or before a colon ("[Datadog](…)",
    "**AI 메이트 데모존**: …"), not a short note such as "협동로봇 데모"."""
    inline = bullet.inline
    if inline is None:
        return bullet.name is not None  # a table row, named by its first cell
    children = _expand(inline).children or []
    if children and children[0].type == "link_open":
        return True
    return _BULLET_NAME.match(_plain(inline)) is not None


def _tree(headings: list[_Heading], total: int) -> list[_Heading]:
    roots: list[_Heading] = []
    stack: list[_Heading] = []
    for heading in headings:
        heading.children = []
        while stack and stack[-1].level >= heading.level:
            stack.pop().end = heading.start  # a section ends where one of its level or above starts
        (stack[-1].children if stack else roots).append(heading)
        stack.append(heading)
    for heading in stack:
        heading.end = total
    return roots


@lru_cache(maxsize=65536)
def context_kind(text: str, *, nested: bool = False) -> EntryKind | None:
    """The kind a heading such as "EXHIBITION" or "Keynote session" gives what is under it.

    ``nested`` is for a heading already under a context: only a plain group name
    ("Sessions", "Booths", "세션") opens a context there, so a talk called "Fireside
    talk" with sub-headings stays one talk.
    """
    words = normalize(text).split()
    if not words or len(words) > (3 if nested else _CONTEXT_MAX_WORDS):
        return None
    singular = _SINGULAR if nested else frozenset()
    booth_words = _BOOTH_WORDS - singular
    session_words = _SESSION_WORDS - singular
    if any(w in booth_words or w.startswith(_BOOTH_PREFIXES) for w in words):
        return EntryKind.BOOTH
    if any(w in session_words or any(p in w for p in _SESSION_PARTS) for w in words):
        return EntryKind.SESSION
    return None


# -- building entries ------------------------------------------------------------------------


def _make_entry(
    note: Note,
    lines: list[str],
    kind: EntryKind,
    title: str,
    path: tuple[str, ...],
    start: int,
    end: int,
    speakers: tuple[str, ...],
    fragment: str,
    day_hint: str | None = None,
) -> Entry | None:
    end = min(end, len(lines))
    while end > start and not lines[end - 1].strip():
        end -= 1
    while start < end and not lines[start].strip():
        start += 1
    if start >= end:
        return None
    return Entry(
        id=f"{note.path}#{fragment}",
        note=note.path,
        author=note.author,
        title=title,
        heading_path=path,
        kind=kind,
        start_line=note.body_line + start,
        end_line=note.body_line + end - 1,
        text="\n".join(lines[start:end]),
        speakers=speakers,
        day_hint=day_hint,
    )


class _Segmenter:
    def __init__(self, note: Note, program: Program | None) -> None:
        self.note = note
        self.lines = note.body.split("\n")
        self.parsed = _parse(note.body)
        self.inline_starts = [i.start for i in self.parsed.inlines]
        self.index: ProgramIndex | None = None
        self.event: str | None = None
        if program is not None and any(True for _ in program.items()):
            from summit_tui.corpus.link import program_index

            self.index = program_index(program)
            self.event = self.index.resolve_event(note)
        self.entries: list[Entry] = []
        self.ids: set[str] = set()
        self.title_heading: _Heading | None = None
        self.day_hints: dict[str, str] = {}
        self.talk_default = False
        self.strong: dict[tuple[str, ItemKind | None], str | None] = {}
        self.talk_count: int | None = None
        self.title_names_event: bool | None = None
        # the names its event goes by, to tell a talk's title from the event's
        self.event_names = (*note.event_names, *event_phrases(note.title))
        # a title about the exhibition hall ("… 부스 투어"), not one whose event's name holds
        # such a word ("AI EXPO KOREA 2024 다녀왔어요")
        title_words = normalize(_without(note.title, self.event_names)).split()
        self.title_booths = any(
            w in _BOOTH_WORDS or w.startswith(_BOOTH_PREFIXES) for w in title_words
        )

    # -- output --------------------------------------------------------------------------

    def add(
        self,
        kind: EntryKind,
        title: str,
        path: tuple[str, ...],
        start: int,
        end: int,
        speakers: tuple[str, ...] = (),
        fragment: str | None = None,
    ) -> None:
        base = fragment or "/".join(slug(part) for part in path) or "intro"
        unique, number = base, 1
        while f"{self.note.path}#{unique}" in self.ids:
            number += 1
            unique = f"{base}~{number}"
        hint = next((h for h in map(self.day_hints.get, reversed(path)) if h), None)
        entry = _make_entry(
            self.note, self.lines, kind, title, path, start, end, speakers, unique, hint
        )
        if entry is not None:
            self.ids.add(entry.id)
            self.entries.append(entry)

    # -- the walk ------------------------------------------------------------------------

    def _headings(self) -> list[_Heading]:
        """The headings, or the bold lines where a note has none but its title: a note
        whose talks are written as ``**Title**`` lines (under a lone ``# title``)."""
        headings, bold = self.parsed.headings, self.parsed.bold
        if not headings:
            return bold
        if len(headings) == 1 and len(bold) >= 2:
            (title,) = headings
            below = [b for b in bold if b.start > title.start]
            if len(below) >= 2 and not self._has_text(0, title.start):
                for line in below:
                    line.level = title.level + 1
                return [title, *below]
        return headings

    def run(self) -> list[Entry]:
        headings = self._headings()
        total = len(self.lines)
        if not self.note.published:  # a draft, or `published: false`: about no talk yet
            self.add(EntryKind.OTHER, self.note.title, (), 0, total, fragment="note")
            return self.entries
        first = headings[0] if headings else None
        top = min((h.level for h in headings), default=0)
        if first is not None and first.level == top and self._is_note_title(first.text):
            self.title_heading = first
        roots = _tree(headings, total)
        self.day_hints = {h.text: hint for h in headings if (hint := day_heading(h.text))}
        if self.one_talk(headings):
            self.whole_note_talk()
            return self.entries
        if first is None:
            self.add(EntryKind.OTHER, self.note.title, (), 0, total, fragment="note")
            return self.entries
        self.talk_default = self._talks_by_default(headings)
        _fold_parts(roots)
        if any(line.strip() for line in self.lines[: first.start]):
            self.add(EntryKind.OTHER, self.note.title, (), 0, first.start, fragment="intro")
        for root in roots:
            self.visit(root, None, ())
        self.entries.sort(key=lambda e: e.start_line)
        return self.entries

    def _is_note_title(self, text: str) -> bool:
        a, b = normalize(split_title(text)[0]), normalize(split_title(self.note.title)[0])
        return bool(a) and title_similarity(a, b) >= 90

    # -- the shape of the note -------------------------------------------------------------

    def _talk_headings(self, headings: list[_Heading]) -> int:
        """How many headings name a talk of their own (a speaker, a program item): 0, 1 or
        2 for "two or more"."""
        if self.talk_count is None:
            count = 0
            for heading in headings:
                if heading is self.title_heading or generic_heading(heading.text):
                    continue
                own = (
                    split_title(heading.text)[2]
                    or heading_title(heading.text)[1]
                    or title_parts(heading.text)[1]
                )
                marked = _TALK_MARK.search(heading.text) is not None
                if own or marked or self._strong_item(heading.text, None) is ItemKind.SESSION:
                    count += 1
                    if count >= 2:
                        break
            self.talk_count = count
        return self.talk_count

    def one_talk(self, headings: list[_Heading]) -> bool:
        """A note about one talk (a blog post per talk, a seminar report): its title or a
        "Title :" line names the talk, its frontmatter or a "Speaker :" line the speaker,
        and no heading in it names another talk, a booth list or a day."""
        note = self.note
        named = any(where != "folder-weak" for where in note.event_sources)
        about_event = named or bool(note.event or note.event_kind)
        about_event = about_event or _TALK_TITLE.search(note.title) is not None
        if self.title_booths or (self._names_a_day() and not note.speakers):
            return False  # "… Solutions Showcase", "… 후기 - 1일차": a day's or a hall's notes
        names_talk = bool(note.talk_title or note.speakers)
        if not names_talk and (
            not about_event
            or not strip_event(note.title, self.event_names)  # "My notes": no talk's name
            or about_no_talk(note)
        ):
            return False
        if any(context_kind(h.text) is EntryKind.BOOTH for h in headings):
            return False
        if self._by_day(headings):
            return False
        return self._talk_headings(headings) < 2

    def _title_names_event(self) -> bool:
        """The note's title names its event or day, not a talk ("2024 DevFest Seoul day 1",
        "[정리] SK AI SUMMIT 키노트 정리 - Day1 오후")."""
        if self.title_names_event is None:
            title = self.note.title
            names = self.event_names
            self.title_names_event = (
                bool(title)
                and not strip_event(title, names)
                and bool(names or self.note.event_kind or day_number(title) or find_dates(title))
            )
        return self.title_names_event

    def _talks_by_default(self, headings: list[_Heading]) -> bool:
        """A note whose headings are its talks: the title names the event or day, several
        headings name speakers, or the note is organised by day. Not an index, a links
        page or a guide ("README", "MOC", "링크 모음")."""
        note = self.note
        if about_no_talk(note):
            return False
        if self._title_names_event() or self._talk_headings(headings) >= 2:
            return True
        if self.title_booths or self._names_a_day():
            return True
        return self._by_day(headings)

    def _names_a_day(self) -> bool:
        """The title, or the line that opens a note without a title heading, names a
        conference day: "… 후기 - 1일차", "if(kakao)AI 2024 둘째 날 들은 세션 정리"."""
        if day_number(self.note.title) is not None:
            return True
        stem = self.note.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        if self.note.title != stem or len(self.parsed.headings or self.parsed.bold) < 2:
            return False  # a title of its own, or one part: the opening line is no title
        opening = next((line for line in self.lines[:_OPENING_LINES] if line.strip()), "")
        return not opening.lstrip().startswith("#") and day_number(opening[:200]) is not None

    def _by_day(self, headings: list[_Heading]) -> bool:
        """Sub-headings under a heading that names a day: the note is organised by day."""
        return any(
            h is not self.title_heading and h.text in self.day_hints and h.children
            for h in headings
        )

    def whole_note_talk(self) -> None:
        """The whole note as one talk: its headings are parts of it (Q&A, takeaways …)."""
        note = self.note
        heading = self.title_heading
        title = heading_title(heading.text if heading is not None else note.title)[0]
        start = next((n for n, line in enumerate(self.lines) if line.strip()), 0)
        total = len(self.lines)
        found = list(note.speakers)
        opening = " ".join(line for line in self.lines[:_OPENING_LINES] if line.strip())
        if "<" in opening:
            opening = _TAG.sub(" ", opening)
        for name in (*self.speakers(heading, 0, total), *mentioned_speakers(opening)):
            if name not in found:
                found.append(name)
        path = (heading.text,) if heading is not None else (title,)
        fragment = slug(heading.text) if heading is not None else "note"
        self.add(EntryKind.SESSION, title, path, start, total, tuple(found), fragment=fragment)

    # -- headings ------------------------------------------------------------------------

    def own_context(self, heading: _Heading) -> EntryKind | None:
        if heading is self.title_heading:
            return None
        kind = context_kind(heading.text)
        if kind is not None and self._strong_item_id(heading.text, None) is not None:
            return None  # "Rani Borkar keynote" is a talk the program lists, not a group
        return kind

    def _groups(self, node: _Heading) -> bool:
        """A heading that only groups what is under it: a day, a track, a half-day."""
        if not node.children or node is self.title_heading:
            return False
        return node.text in self.day_hints or bool(_GROUP.match(normalize(node.text)))

    def visit(self, node: _Heading, inherited: EntryKind | None, path: tuple[str, ...]) -> None:
        own = self.own_context(node)
        path = (*path, node.text)
        if inherited is not None:
            nested = context_kind(node.text, nested=True) if own is not None else None
            if node.children and (nested is not None or self._groups(node)):
                self.container(node, nested or inherited, path)
            else:
                self.unit(node, inherited, path, named_by_context=own is not None)
            return
        if own is not None:
            if node.children:
                self.container(node, own, path)
            else:
                self.unit(node, own, path, named_by_context=True)
            return
        if self._groups(node) or (node is self.title_heading and self.talk_default):
            self.container(node, None, path)
            return
        # A context below makes this heading a container ("# Day 1" over "## Keynotes"); a
        # lone "### 발표 요약" without sub-headings inside a talk does not.
        contexts = [(c, self.own_context(c)) for c in node.children]
        has_context = (
            any(self.own_context(d) is not None and d.children for d in node.descendants())
            or any(kind is EntryKind.BOOTH for _, kind in contexts)
            or sum(1 for _, kind in contexts if kind is not None) >= 2
        )
        unit_like = sum(1 for child in node.children if self._looks_like_unit(child))
        # under the note's own title, one heading naming its speaker is a talk of its own
        # ("# Rust Seoul #14 (May 16)" over "## Image processing … (Sua Bae)")
        if has_context or unit_like >= 2 or (unit_like and node is self.title_heading):
            self.container(node, None, path)
        else:
            self.unit(node, None, path)

    def _looks_like_unit(self, heading: _Heading) -> bool:
        if self._strong_item(heading.text, None) is not None:
            return True
        return bool(self.speakers(heading, heading.start, heading.end))

    def container(self, node: _Heading, kind: EntryKind | None, path: tuple[str, ...]) -> None:
        content_end = node.children[0].start if node.children else node.end
        has_text = self._has_text(node.head_end, content_end)
        if has_text and not (kind is EntryKind.BOOTH and self.bullets(node, path, content_end)):
            self.add(EntryKind.OTHER, node.text, path, node.start, content_end)
        for child in node.children:
            self.visit(child, kind, path)

    def _only_links(self, start: int, end: int) -> bool:
        """Lines start..end hold nothing but links ("- [[Day 1 키노트]]", "- [x](./x.md)")."""
        lines = [line.strip() for line in self.lines[start:end] if line.strip()]
        return bool(lines) and all(_LINK_LINE.match(line) for line in lines)

    def _has_text(self, start: int, end: int) -> bool:
        return any(line.strip() for line in self.lines[start:end])

    def bullets(
        self, node: _Heading, path: tuple[str, ...], content_end: int, *, firm: bool = False
    ) -> bool:
        """One booth entry per bullet of a list of booths; False when there is no such list.
        ``firm``: only bullets that name something as a link or before a colon count."""
        lists = [
            lst
            for lst in self.parsed.lists
            if node.start < lst.start < content_end and len(lst.bullets) >= 1
        ]
        named = [
            b for lst in lists for b in lst.bullets if b.name and (not firm or _firmly_named(b))
        ]
        if not lists or len(named) * 2 < sum(len(lst.bullets) for lst in lists):
            return False
        first = lists[0].start
        if self._has_text(node.head_end, first):
            self.add(EntryKind.OTHER, node.text, path, node.start, first)
        for lst in lists:
            for bullet in lst.bullets:
                name = bullet.name or " ".join(self.lines[bullet.start].split())[:60]
                self.add(EntryKind.BOOTH, name, (*path, name), bullet.start, bullet.end)
        tail = lists[-1].end
        if self._has_text(tail, content_end):
            self.add(EntryKind.OTHER, node.text, path, tail, content_end)
        return True

    def unit(
        self,
        node: _Heading,
        kind: EntryKind | None,
        path: tuple[str, ...],
        *,
        named_by_context: bool = False,
    ) -> None:
        content_end = node.children[0].start if node.children else node.end
        if (
            named_by_context
            and kind is EntryKind.BOOTH
            # "### 퓨리오사AI 부스" over short notes: one booth; "## 체험 부스" over "**X**: …"
            # lines: a booth per line
            and self.bullets(node, path, content_end, firm=_booth_subject(node.text) is not None)
        ):
            return
        title = node.text
        if named_by_context and kind is EntryKind.BOOTH:
            title = _booth_subject(node.text) or self.mentioned_name(node) or node.text
            if title != node.text:
                path = (*path, title)
        else:
            title = heading_title(node.text)[0]  # no "10:30–11:10" before, no "— 김하늘" after
        item_kind = _item_kind(kind)
        own_item = self._strong_item(title, item_kind)
        splits = self._splits(node, item_kind)
        parts: list[tuple[int, int]] = []
        cursor = node.start
        for split in splits:
            parts.append((cursor, split.start))
            cursor = split.end
        parts.append((cursor, node.end))
        for number, (start, end) in enumerate(parts):
            speakers = self.speakers(node if number == 0 else None, start, end)
            entry_kind = self._kind(kind, own_item, speakers, title if number == 0 else "")
            if (
                entry_kind is EntryKind.SESSION
                and own_item is None
                and self._only_links(node.head_end if number == 0 else start, end)
            ):
                entry_kind = EntryKind.OTHER  # a list of links to other pages: an index
            self.add(entry_kind, title, path, start, end, speakers)
        for split in splits:
            split_kind = kind or self._kind(None, self._strong_item(split.text, None), ())
            speakers = self.speakers(split, split.start, split.end)
            self.add(split_kind, split.text, (*path, split.text), split.start, split.end, speakers)

    def _kind(
        self,
        kind: EntryKind | None,
        item_kind: ItemKind | None,
        speakers: tuple[str, ...],
        title: str = "",
    ) -> EntryKind:
        if item_kind is not None:
            return EntryKind(item_kind.value)
        if title and (generic_heading(title) or _only_a_day(title)):
            return EntryKind.OTHER  # "개요", "마치며", "Day 2" on their own: no talk
        if kind is not None:
            return kind
        if (
            self.talk_default
            and self.title_booths
            and not speakers
            and not (title and _NAMES_TALK_KIND.search(title))  # "개막 기조연설 - …"
        ):
            return EntryKind.BOOTH  # headings of a note about the exhibition hall
        if speakers or self.talk_default:
            return EntryKind.SESSION
        return EntryKind.OTHER

    def _splits(self, node: _Heading, kind: ItemKind | None) -> list[_Heading]:
        """Sub-headings the program lists as items of their own (not the unit's item).

        Without a program, each sub-heading of a booth is a part of its own: a company's
        stand often holds its partners' ("### SK" over "#### Starburst"); inference puts
        a part back with its booth unless another note names that booth on its own."""
        if self.index is None:
            return list(node.children) if kind is ItemKind.BOOTH else []
        own_id = self._strong_item_id(node.text, kind)
        found: list[_Heading] = []

        def walk(heading: _Heading) -> None:
            for child in heading.children:
                child_id = self._strong_item_id(child.text, kind)
                if child_id is not None and child_id != own_id:
                    found.append(child)
                else:
                    walk(child)

        walk(node)
        return found

    def _strong_item_id(self, text: str, kind: ItemKind | None) -> str | None:
        if self.index is None:
            return None
        key = (text, kind)
        if key not in self.strong:
            self.strong[key] = self.index.strong_match(text, kind, self.event, _STRONG)
        return self.strong[key]

    def _strong_item(self, text: str, kind: ItemKind | None) -> ItemKind | None:
        item_id = self._strong_item_id(text, kind)
        if item_id is None or self.index is None:
            return None
        return self.index.item(item_id).kind

    def speakers(self, node: _Heading | None, start: int, end: int) -> tuple[str, ...]:
        found: list[str] = []
        if node is not None:
            title_speaker = (
                split_title(node.text)[2]
                or heading_title(node.text)[1]
                or title_parts(node.text)[1]
            )
            if title_speaker:
                found.append(title_speaker)
        inlines = self.parsed.inlines
        first = bisect.bisect_left(self.inline_starts, start)
        last = bisect.bisect_left(self.inline_starts, end)
        blocks = [i.block for i in inlines[first:last]]
        for name in find_speakers(blocks):
            if name not in found:
                found.append(name)
        return tuple(found)

    def mentioned_name(self, node: _Heading) -> str | None:
        """What a booth part without its own heading is about: the first booth it names."""
        text = "\n".join(self.lines[node.start + 1 : node.end])
        if self.index is not None:
            item_id = self.index.first_mention(text, ItemKind.BOOTH, self.event)
            if item_id is not None:
                return self.index.item(item_id).title
        for inline in self.parsed.inlines:
            if node.start < inline.start < node.end and not inline.block.heading:
                match = _SUBJECT.match(inline.block.text)
                if match:
                    return match.group("name").strip()
        return None


# Titles of notes about no talk: guides, indexes, link lists, diaries, test posts.
_NO_TALK_TEXT = """
안내 공지 양식 템플릿 template guide notice index moc 목차 모음 links link 링크
일정표 schedule timetable 회고 retrospective todo til 일기 diary journal welcome
test 테스트 readme 메모장 정산 후기모음 모아보기 bookmarks 북마크 reading 읽을거리 daily
"""
_NO_TALK_WORDS = frozenset(_NO_TALK_TEXT.split())
_NO_TALK_FOLDERS = frozenset(
    {"templates", "template", "templater", "daily", "daily notes", "dailies", "journal", "일기"}
)


# A heading marked as a talk: a time ("Friday 9:15am —", "10:30 "), or a talk's kind
# before a colon or dash ("Keynote: …", "키노트: …", "— Keynote: …").
_TALK_MARK = re.compile(
    r"(?i)^(?:[\w.]+\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*[-–—:|]"
    r"|(?:^|[-–—]\s*)(?:keynote|opening keynote|closing keynote|session|talk|panel|workshop"
    r"|키노트|기조연설|세션|발표|패널|강연)\s*[:：]"
    r"|\s(?:keynote|panel|패널|키노트)\s*$"
)
# A heading that says it is a talk, even in a note about the exhibition hall.
_NAMES_TALK_KIND = re.compile(
    r"(?i)\b(?:keynote|talk|session|presentation|lecture|panel|seminar|workshop)\b"
    r"|세션|발표|키노트|강연|기조연설|세미나|패널|워크숍"
)
# A title that says the note is about a talk ("… 세션 정리", "Team Naver keynote - notes").
_TALK_TITLE = re.compile(
    r"(?i)\b(?:keynote|talk|session|presentation|lecture|panel)\b|세션|발표|키노트|강연|기조연설"
)


def _about_no_talk(title: str) -> bool:
    return any(word in _NO_TALK_WORDS for word in normalize(title).split())


def about_no_talk(note: Note) -> bool:
    """A note that says it holds no talk: a draft, a template (in a templates folder, or
    a ``{{title}}`` placeholder for a title), a guide, an index, a diary, a daily note, a
    retrospective by its title, file name, folders or tags."""
    *folders, name = note.path.split("/")
    stem = name.rsplit(".", 1)[0]
    if not note.published or "{{" in note.title:
        return True
    if any(normalize(folder) in _NO_TALK_FOLDERS for folder in folders):
        return True
    return any(_about_no_talk(t) for t in (note.title, stem, *note.tags))


_VERB_ENDINGS = frozenset("은는을를이가에의도로서고며면요다른던할될한된본간갔던")


def _booth_subject(text: str) -> str | None:
    """ "당근 부스에서 물어본 것" → "당근", "Datadog booth Q&A" → "Datadog": the name before
    the booth word, when a heading names one booth."""
    words = text.split()
    for position, word in enumerate(words):
        low = normalize(word)
        if low in _BOOTH_WORDS or low.startswith(_BOOTH_PREFIXES):
            name = " ".join(words[:position]).strip(" -–—:|·,+&")
            if not any(c.isalnum() for c in name):
                return None  # "🎪 부스 후기"
            if name[-1] in _VERB_ENDINGS:
                return None  # "오후에 들른 부스": no name, a clause
            if generic_heading(name) or _GENERIC_WORDS.get(normalize(name)):
                return None  # "점심 + 부스": lunch, then the booths
            return name if 0 < position <= 3 and name else None
    return None


def _without(text: str, names: Sequence[str]) -> str:
    """The text with the event names it holds taken out."""
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        if name.lower() in text.lower():
            text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
    return text


def _fold_parts(siblings: list[_Heading]) -> None:
    """ "## Q&A" after "## Some talk" at the same level is that talk's Q&A: it becomes a
    sub-part of the heading before it. An intro or a closing is folded only between two
    talks; first or last, it stays a part of the note about no talk."""
    kinds = [generic_heading(h.text) for h in siblings]
    last_talk = max((n for n, kind in enumerate(kinds) if kind is None), default=-1)
    index = 1
    while index < len(siblings):
        heading = siblings[index]
        previous = siblings[index - 1]
        kind = kinds[index]
        later = index < last_talk
        if (
            kind in (_PART, _CLOSING)
            and not heading.children  # "## 들은 세션" over talks groups them
            and not generic_heading(previous.text)
            and (kind == _PART or later)
            and previous.level == heading.level
        ):
            previous.children.append(heading)
            previous.end = heading.end
            del siblings[index]
            del kinds[index]
            last_talk -= 1
            continue
        index += 1
    for heading in siblings:
        _fold_parts(heading.children)


def _item_kind(kind: EntryKind | None) -> ItemKind | None:
    if kind is EntryKind.BOOTH:
        return ItemKind.BOOTH
    if kind is EntryKind.SESSION:
        return ItemKind.SESSION
    return None
