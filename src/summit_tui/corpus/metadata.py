"""What a note says about itself: title, author, event, day, track and speakers.

Read from any tool's frontmatter (Jekyll, Hugo, Obsidian, velog exports), from the
folders the note sits in, and from its text: the title, fact lines such as
``Seminar Date/Time : 2023/03/29`` or ``작성자: 이기훈``, and its first lines. Nothing
here is decided across notes: a note's evidence is kept (``Note.event_names``,
``Note.dates`` …) and ``corpus.events`` weighs the evidence of every note together.

Event names are found by their shape, never by a list of known conferences: a word
that says conference (``Summit``, ``DevFest``, ``PyCon``, ``서밋``, ``컨퍼런스``) or a
year next to a name (``ACRL 2019``), grown over the name-like words around it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from summit_tui.corpus.dates import day_number, find_dates, only_a_date, weekdays
from summit_tui.corpus.model import Problem, Severity
from summit_tui.corpus.names import clean_person, looks_like_name, normalize
from summit_tui.corpus.speakers import split_names


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# -- vocabulary --------------------------------------------------------------------------------

# Words that make a phrase an event's name, and the kind of event they say.
_EVENT_WORDS = {
    "summit": "Summit",
    "conference": "Conference",
    "conf": "Conference",
    "fest": "Festival",
    "festival": "Festival",
    "forum": "Forum",
    "meetup": "Meetup",
    "hackathon": "Hackathon",
    "expo": "Expo",
    "symposium": "Symposium",
    "seminar": "Seminar",
    "colloquium": "Seminar",
    "convention": "Conference",
    "congress": "Conference",
    "devday": "Conference",
    "devdays": "Conference",
    "workshop": "Workshop",
    "camp": "Conference",
}
_EVENT_WORDS_KO = {
    "서밋": "Summit",
    "써밋": "Summit",
    "컨퍼런스": "Conference",
    "콘퍼런스": "Conference",
    "포럼": "Forum",
    "세미나": "Seminar",
    "페스티벌": "Festival",
    "밋업": "Meetup",
    "해커톤": "Hackathon",
    "엑스포": "Expo",
    "박람회": "Expo",
    "심포지엄": "Symposium",
    "학회": "Conference",
    "워크숍": "Workshop",
    "워크샵": "Workshop",
    "특강": "Seminar",
    "콜로키움": "Seminar",
}
# Latin spellings of the Korean words, so 서밋 and SUMMIT are one event.
_KO_SPELLING = {
    "서밋": "summit",
    "써밋": "summit",
    "컨퍼런스": "conference",
    "콘퍼런스": "conference",
    "포럼": "forum",
    "세미나": "seminar",
    "페스티벌": "festival",
    "밋업": "meetup",
    "해커톤": "hackathon",
    "엑스포": "expo",
    "심포지엄": "symposium",
    "워크숍": "workshop",
    "워크샵": "workshop",
    "코리아": "kr",
    "한국": "kr",
    "korea": "kr",
    "서울": "seoul",
}
# Words around an event's name that are not part of it: what the note is, when, which part.
_FILLER = _words(
    """
    roundup round-up poster posters 포스터 date dates time place speaker title guest
    장소 일시 날짜 발표자 제목
    review reviews recap notes note summary summaries takeaways session sessions talk
    talks keynote keynotes booth booths exhibition day days morning afternoon evening part
    live blog post my at the in of from and with attending attended visit highlights
    report trip 정리 후기 참석 참석기 참관 참관기 방문 방문기 리뷰 요약 세션 발표 키노트
    부스 전시 이모 저모 이모저모 기록 노트 메모 오전 오후 다녀온 다녀와서 다녀옴 다녀왔다
    회고 소감 스케치 현장 첫째 둘째 셋째 날
    """
)
_PARTICLES = (
    "에서는",
    "에서의",
    "에서",
    "에는",
    "으로",
    "에",
    "를",
    "을",
    "은",
    "는",
    "이",
    "가",
    "의",
    "와",
    "과",
    "도",
    "로",
)
_REGION_WORDS = _words(
    """
    kr korea seoul asia japan tokyo busan 한국 서울 코리아
    """
)
_GENERIC_FOLDERS = _words(
    """
    notes note posts post _posts blog content contents docs doc src md markdown archive
    archives drafts draft _drafts conferences conference events event talks sessions
    seminars meetups inbox daily journal misc vault public pages 컨퍼런스 행사 세미나 정리
    후기 노트 블로그 글 글모음 포스트 게시글 writing writings essays articles til
    """
)
_EVENT_PARENTS = {
    "conferences",
    "conference",
    "conf",
    "events",
    "event",
    "컨퍼런스",
    "행사",
    "seminars",
    "seminar",
}
_TRACK_FOLDER = re.compile(
    r"^(?:track|room|hall|stage|트랙|룸|홀)\s*\S+$|^(?:keynotes?|키노트|workshops?|워크숍|"
    r"tutorials?|lightning talks?|panels?|booths?|exhibition|부스|전시)$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d{2}$|^'\d{2}$")
_ISO_DATE = re.compile(r"^\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
_BREAK = re.compile(
    r"\s[-–—|·:]\s|[|｜·\[\]【】「」『』\"“”'‘’`]|\s[-–—]|[-–—]\s|[:：]\s|\s\(|^\(|\)(?=\s|$)|,"
    r"|(?<![A-Za-z0-9])/|/(?![A-Za-z0-9])"  # "I/O" and "AI/ML" are one word
)
_COLON = re.compile("[:：]")
_EDITION = re.compile(r"^(?:(?:#|no\.?|제)\d{1,3}|\d{1,3}(?:회|회차|번째|th|st|nd|rd))$")
# Days in a title: "day 1", "day one", "1일차", "첫째 날", a weekday ("my Friday at …").
_DAY_NAMES = re.compile(
    r"(?i)\bday\s*[-_.]?\s*(?:\d{1,2}|one|two|three|four|five)\b|\d{1,2}\s*일\s*차"
    r"|(?:첫|둘|셋|넷|마지막)\s*(?:째|번째)?\s*날|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:last|final|closing) day\b"
    r"|[월화수목금토일]요일"
)
_HTML_TAG = re.compile(r"<[^>\n]{1,200}>")
# The talk a note is about, quoted in its first lines: 발표한 "타입스크립트 5.5 신기능" 세션.
_QUOTE_MARK = re.compile(r"[\"“「『*]|<b>")
_TALK_WORD = re.compile(r"발표|강연|세션|키노트|talk|keynote|session|presentation", re.I)
_QUOTED_TALK = re.compile(
    r"(?:[\"“「『]([^\"”」』\n]{4,80})[\"”」』]|\*\*([^*\n]{4,80})\*\*|<b>([^<\n]{4,80})</b>)"
    r"\s*(?:(?:이)?라는\s*)?(?:발표|세션|강연|키노트|talk|keynote|session|presentation)"
    r"|(?:talk|keynote|session|presentation|발표|세션)\s*(?:titled|called|,|:)?\s*"
    r"[\"“「『]([^\"”」』\n]{4,80})[\"”」』]",
    re.IGNORECASE,
)
_TAG_SPLIT = re.compile(r"\s*[|>/]\s*")

# Fact lines: "Title : …", "Speaker : …", "Seminar Date/Time : …", "작성자: …".
_FACT = re.compile(
    r"^\s*(?:[-*+>]\s+)?(?:\*\*|__)?(?P<label>[A-Za-z가-힣][A-Za-z가-힣 /&.]{0,28}?)(?:\*\*|__)?"
    r"\s*[:：]\s*(?:\*\*|__)?(?P<value>\S.*?)(?:\*\*|__)?\s*$"
)
_AUTHOR_LABELS = {
    "작성자",
    "글쓴이",
    "저자",
    "필자",
    "작성",
    "author",
    "authors",
    "written by",
    "submitter",
    "submitted by",
    "by",
    "posted by",
    "created by",
    "작성자명",
}
_DATE_LABEL = re.compile(
    r"^(?:(?:seminar|event|talk|session|lecture|conference|meetup|행사|세미나|발표|강연)\s*)?"
    r"(?:date|dates|date\s*/\s*time|day|when|time|일시|날짜|일자|행사일|일정|언제)$"
)
_EVENT_LABEL = re.compile(r"^(?:event|conference|행사|행사명|컨퍼런스|세미나명|seminar)$")
# Any label a fact line is read for (a quick test before the ones above).
_ANY_LABEL = re.compile(
    r"(?:seminar|event|talk|session|lecture|conference|meetup|행사|세미나|발표|강연|date|day|when"
    r"|time|일시|날짜|일자|일정|언제|title|제목|작성|글쓴이|저자|필자|author|written|submit|by"
    r"|created|posted"
    r"|source|original|원본|원문|출처|원글|cross)"
)
_PROPERTY_ROW = re.compile(r"^\s*\|\s*([^|\n]{1,30}?)\s*\|\s*([^|\n]{1,200}?)\s*\|\s*$")
_SPEAKER_LABEL = re.compile(r"^(?:speakers?|presenters?|발표자|연사|강연자)$")
_TITLE_LABEL = re.compile(r"^(?:title|제목|발표 ?제목|세션 ?제목|강연 ?제목)$")
_SOURCE_LABEL = re.compile(
    r"^(?:source|original|originally posted|원본|원본 게시글|원문|출처|원글|cross-posted)", re.I
)
# "By Jane Doe", "Posted by Minji Park", "*Written by: Alex Cho | 2024-09-08*".
_BYLINE = re.compile(
    r"^\s*[*_]*(?:(?:posted|written|authored|notes)\s+)?by\s*:?\s+(?P<name>[^*_\n|·]{2,60}?)"
    r"\s*(?:[|·].{0,80})?[*_]*\s*$",
    re.IGNORECASE,
)
_POST_HEADER = re.compile(
    r"^(?P<name>[^·|:\d\n#*\[(]{2,30}?)\s*·\s*(?:\d{4}\s*\.|\d+\s*min read|\d+분|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.IGNORECASE,
)
# A line that says the event happened then: "11월 4일 SK AI SUMMIT 참석 후", "held on …".
_ATTENDED = re.compile(
    r"참석|참가|다녀|방문|열린|열렸|개최|진행된|진행되|행사|당일|현장"
    r"|attend|held|took place|visited|keynote|talk|session|panel|키노트|발표|세션|강연"
    r"|conference|summit|서밋|컨퍼런스|콘퍼런스|세미나|밋업|meetup",
    re.IGNORECASE,
)
_ONLY_DATE = re.compile(
    r"^[-*+>\s]*(?:(?:19|20)\d{2}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일[^가-힣A-Za-z]*"
    r"(?:[월화수목금토일](?:요일)?\)?)?\s*$"
    r"|^[-*+>\s]*(?:19|20)\d{2}[.\-/]\s*\d{1,2}[.\-/]\s*\d{1,2}\.?\s*(?:\(?\w{1,3}\)?)?\s*$"
)
_URL = re.compile(r"https?://[^\s)>\]\"']+")
_SCAN_LINES = 30  # the first lines: where authors, sources and the event's day are stated
_INTRO_LINES = 6  # the event's day is said at the top, if anywhere
_INTRO_CHARS = 300
_BLOG_HOSTS = (
    "tistory.com",
    "github.io",
    "medium.com",
    "substack.com",
    "hashnode.dev",
    "blogspot.com",
    "wordpress.com",
    "velog.io",
)

# -- frontmatter ----------------------------------------------------------------------------


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        parts = [t for v in value if (t := _text(v))]
        return ", ".join(parts) or None
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("title"))
    text = " ".join(str(value).split())
    return text or None


def strings(value: Any) -> tuple[str, ...]:
    """A list of names from a list, a mapping's names, or a comma/space separated string."""
    if value is None:
        return ()
    if isinstance(value, str):
        parts = value.split(",") if "," in value else [value]
        if "," not in value and value.lstrip().startswith("#"):
            parts = value.split()
        items: list[Any] = parts
    elif isinstance(value, (list, tuple, set)):
        items = list(value)
    else:
        items = [value]
    out: dict[str, None] = {}  # in order, each once (a list's `in` made 40,000 tags quadratic)
    for item in items:
        text = _text(item)
        if text:
            text = text.lstrip("#").strip()
            if text:
                out[text] = None
    return tuple(out)


_WIKILINK = re.compile(r"\[\[([^\]|#\n]{1,100})(?:[#|][^\]\n]{0,100})?\]\]")


def _unlinked(text: str | None) -> str | None:
    """An Obsidian link's page name: "[[SK AI Summit 2024]]" → "SK AI Summit 2024"."""
    if text is None or "[[" not in text:
        return text
    return _WIKILINK.sub(lambda match: match.group(1), text).strip() or None


def iso_date(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        match = _ISO_DATE.match(value)
        if match:
            try:
                return dt.date(*(int(g) for g in match.groups())).isoformat()
            except ValueError:
                return None
    return None


def _has_time(value: Any) -> bool:
    if isinstance(value, dt.datetime):
        return (value.hour, value.minute) != (0, 0)
    return isinstance(value, str) and bool(_HAS_TIME.search(value))


def _falsy(value: Any) -> bool:
    return value is False or (isinstance(value, str) and value.strip().lower() in ("false", "no"))


def _truthy(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.strip().lower() in ("true", "yes"))


def frontmatter_fields(
    meta: dict[str, Any], rel: str, problems: list[Problem], front_line: int
) -> dict[str, Any]:
    """Note fields from a frontmatter mapping (keys already lower-cased)."""
    fields: dict[str, Any] = {}
    fields["title"] = _text(meta.get("title"))
    fields["author"] = _text(meta.get("author") or meta.get("authors"))
    fields["event"] = _unlinked(
        _text(meta.get("event") or meta.get("conference") or meta.get("event_name"))
    )
    explicit = meta.get("event_date")
    raw_date = explicit if explicit not in (None, "") else meta.get("date")
    if raw_date in (None, ""):
        raw_date = None
    fields["date"] = iso_date(raw_date)
    if raw_date is not None and fields["date"] is None:
        problems.append(
            Problem(
                rel,
                front_line,
                Severity.WARNING,
                f"frontmatter date {raw_date!r} is not a date (expected YYYY-MM-DD)",
                "date ignored",
            )
        )
    if fields["date"] is not None:
        fields["date_kind"] = (
            "event" if explicit not in (None, "") else "timed" if _has_time(raw_date) else "plain"
        )
    fields["source"] = _text(
        next(
            (
                meta[k]
                for k in ("source", "url", "link", "canonical_url", "original", "origin")
                if meta.get(k)
            ),
            None,
        )
    )
    fields["lang"] = _text(meta.get("lang") or meta.get("language"))
    fields["track"] = _text(meta.get("track"))
    fields["tags"] = tuple(
        dict.fromkeys((*strings(meta.get("tags")), *strings(meta.get("categories"))))
    )
    speakers = people(meta.get("speakers")) or people(meta.get("speaker"))
    if not speakers and meta.get("subtitle"):
        speakers = people(meta.get("subtitle"), strict=True)
    fields["speakers"] = speakers
    fields["aliases"] = strings(meta.get("aliases") or meta.get("alias"))
    if _falsy(meta.get("published")) or _truthy(meta.get("draft")):
        fields["published"] = False
    links = meta.get("links")
    pairs: list[tuple[str, str]] = []
    if isinstance(links, dict):
        for heading, item in links.items():
            if heading is not None and item is not None:
                pairs.append((" ".join(str(heading).split()), str(item).strip()))
    elif links is not None:
        problems.append(
            Problem(
                rel,
                front_line,
                Severity.WARNING,
                'frontmatter links must be a mapping {"heading text": item-id}',
                "links ignored",
            )
        )
    fields["links"] = tuple(pairs)
    return {k: v for k, v in fields.items() if v is not None}


_PEOPLE_PREFIX = re.compile(
    r"^\s*(?:by|speakers?|presenters?|발표자|연사|강연자)\s*[:：]?\s+", re.IGNORECASE
)


def people(value: Any, *, strict: bool = False) -> tuple[str, ...]:
    """Speaker names from a frontmatter value: a list, or "Jane Doe, 김민지 (Google)".

    ``strict`` (a Jekyll ``subtitle``, which may be a real subtitle): only parts that
    read as people's names count.
    """
    if value is None:
        return ()
    raw: list[str] = []
    for item in value if isinstance(value, (list, tuple)) else [value]:
        text = _text(item)
        if text:
            for part in split_names(_PEOPLE_PREFIX.sub("", text)):
                raw.extend(re.split(r"\s+(?:and|&|및)\s+", part))
    out: dict[str, None] = {}  # in order, each once
    for part in raw:
        name = clean_person(part)
        if name is None and not strict:
            cleaned = re.sub(r"\([^()]*\)", " ", part).strip(" \t-–—:,;")
            name = cleaned if 0 < len(cleaned) <= 40 else None
        if name:
            out[name] = None
    if strict and len(out) < len([p for p in raw if p.strip()]):
        return ()  # some part is not a name: a real subtitle, not a speaker list
    return tuple(out)


# -- reading the note's own text ------------------------------------------------------------


def note_facts(fields: dict[str, Any], body: str, rel: str, body_line: int) -> dict[str, Any]:
    """Evidence from the note's path and text, added to its frontmatter ``fields``:
    event names (strongest first, with where each was found), the days it states, a
    conference day number, days of the week, the author when the frontmatter names none,
    a track from the folders, and a talk title given in a "Title :" line."""
    facts: dict[str, Any] = {}
    names: list[tuple[int, str, str]] = []  # (strength, source, name)
    title = fields.get("title") or ""
    heading = first_heading(body)
    titles = [t for t in dict.fromkeys((title, heading or "")) if t]

    if fields.get("event"):
        names.append((6, "frontmatter", fields["event"]))
    folder = folder_facts(rel)
    for strength, name in folder["events"]:
        names.append((strength, "folder" if strength > 1 else "folder-weak", name))
    for text in titles:
        for name in event_phrases(text):
            names.append((4, "title", name))
    for tag in fields.get("tags", ()):
        parts = _TAG_SPLIT.split(tag)
        for position, part in enumerate(parts):
            if position and parts[position - 1].lower() in _EVENT_PARENTS:
                # a nested tag under a conference tag: "conference/pycon-kr-2024"
                names.append((3, "tags", " ".join(part.replace("_", "-").split("-"))))
                continue
            for name in event_phrases(part):
                names.append((3, "tags", name))

    dates: list[str] = []
    mentioned: list[str] = []
    span: tuple[str, str] | None = None
    kind: str | None = None
    talk_title: str | None = None
    # fact lines anywhere ("Seminar Date/Time : …", "Event: …", "Title : …"); the author,
    # the source and the first lines near the top
    author: str | None = None
    source: str | None = None
    intro_lines: list[str] = []
    head = body.split("\n", _SCAN_LINES)[:_SCAN_LINES]
    table_speakers: tuple[str, ...] = ()
    if "|" in body[: len("\n".join(head))]:
        # a Notion export's properties table: "| 날짜 | 2024년 11월 4일 |" is "날짜: …"
        rows = [_PROPERTY_ROW.match(line) for line in head]
        if any(rows):
            head = [
                f"{r.group(1)}: {r.group(2)}" if r else line
                for r, line in zip(rows, head, strict=True)
            ]
            rest = body.split("\n", _SCAN_LINES)[_SCAN_LINES:]
            body = "\n".join([*head, *rest])
            for row in rows:
                if row is not None and _SPEAKER_LABEL.match(row.group(1).strip().lower()):
                    table_speakers = table_speakers or people(row.group(2))
    for line in head:
        stripped = _HTML_TAG.sub(" ", line).strip() if "<" in line else line.strip()
        if stripped:
            intro_lines.append(stripped[:_INTRO_CHARS])
            if author is None and "y" in stripped[:12] and _BYLINE.match(stripped):
                byline = _BYLINE.match(stripped)
                if byline is not None and looks_like_name(byline.group("name").strip()):
                    author = byline.group("name").strip()
            if author is None and "·" in stripped[:40]:
                # a blog's post header: "써니데이 · 2024.5.4. 11:40", "Daniel Kerr · 6 min read"
                header = _POST_HEADER.match(stripped)
                if header is not None:
                    author = header.group("name").strip()
            if len(intro_lines) >= _INTRO_LINES:
                break
    top_end = len("\n".join(head)) + 1
    # fact lines anywhere ("Seminar Date/Time : …", "Event: …", "Title : …"); the author
    # and the source near the top. Only lines with a colon near their start are read.
    line_end = -1
    days_of_week: list[int] = []
    for colon in _COLON.finditer(body):
        if colon.start() < line_end:
            continue
        line_start = body.rfind("\n", 0, colon.start()) + 1
        line_end = body.find("\n", colon.start())
        if line_end == -1:
            line_end = len(body)
        if colon.start() - line_start > 48:
            continue
        label_text = body[line_start : colon.start()]
        if "<" in label_text:
            label_text = _HTML_TAG.sub(" ", label_text)
        label = " ".join(label_text.strip(" \t-*+>_#").lower().split())
        if not _ANY_LABEL.match(label):
            continue
        top = line_start < top_end
        value = body[colon.end() : line_end]
        if "<" in value:
            value = _HTML_TAG.sub(" ", value)
        value = value.strip(" \t*_")
        if _DATE_LABEL.match(label):
            for mention in find_dates(value):
                dates.append(mention.partial())
                if mention.is_range and span is None:
                    span = (mention.partial(), mention.partial_end() or mention.partial())
                break
            kind = kind or _kind_of(label)
            days_of_week.extend(weekdays(value))
        elif _EVENT_LABEL.match(label):
            if value:
                names.append((5, "fact", value))
        elif talk_title is None and value and _TITLE_LABEL.match(label):
            talk_title = value.strip("*_` ")
        elif top and author is None and label in _AUTHOR_LABELS:
            author = _author_name(value)
        elif top and source is None and _SOURCE_LABEL.match(label):
            source = _url_in(value)
    intro_text = "\n".join(intro_lines)
    may_name = _may_name_event(intro_text, False)
    may_date = bool(find_dates(intro_text))
    for position, line in enumerate(intro_lines):
        if line.startswith("#"):
            continue
        # the line that opens a note without a title heading reads as its title: a year
        # next to a name is an event there ("if(kakao)AI 2024 둘째 날 들은 세션 정리")
        opening = position == 0 and len(line) <= 200 and not _FACT.match(line)
        if talk_title is None and _QUOTE_MARK.search(line) and _TALK_WORD.search(line):
            quoted = _QUOTED_TALK.search(line)
            if quoted:
                talk_title = next(g for g in quoted.groups() if g).strip()
        mentions = find_dates(line) if may_date else []
        if "[[" in line:  # an Obsidian link names a page, read like a title: [[DEVIEW 2023]]
            for target in _WIKILINK.findall(line):
                names.extend((3, "body", name) for name in event_phrases(target))
        if opening:
            phrases = event_phrases(line)
        else:
            phrases = event_phrases(line, years=False) if may_name else ()
        for name in phrases:
            names.append((2, "body", name))
        if mentions:
            said = bool(phrases) or _ATTENDED.search(line) is not None
            said = said or _ONLY_DATE.match(line) is not None or only_a_date(line)
            # "2025년 3월 12일 (수) 코엑스.": a short line that opens with its date
            said = said or (len(line) <= 40 and not line[: mentions[0].offset].strip(" -*+>["))
            for mention in mentions:
                if mention.is_range:
                    span = span or (mention.partial(), mention.partial_end() or mention.partial())
                else:
                    (dates if said else mentioned).append(mention.partial())
    title_dates: list[str] = []
    for text in titles:
        for mention in find_dates(text):
            if mention.is_range:
                span = span or (mention.partial(), mention.partial_end() or mention.partial())
            else:
                title_dates.append(mention.partial())
    dates = [*title_dates, *folder["dates"], *dates]
    first_line = intro_lines[:1]  # "DAN 24 - 2일차 (11/12 화)" opening a note as its title
    number = next(
        (n for t in (*titles, *folder["days"], *first_line) if (n := day_number(t))), None
    )
    if first_line and day_number(first_line[0]) is not None:
        dates = [*(m.partial() for m in find_dates(first_line[0]) if not m.is_range), *dates]
    for text in (*titles, *intro_lines):
        days_of_week.extend(weekdays(text))

    ranked = sorted(enumerate(names), key=lambda pair: (-pair[1][0], pair[0]))
    seen: set[tuple[str, int | None]] = set()
    event_names: list[str] = []
    sources: list[str] = []
    for _, (_, where, name) in ranked:
        key = event_key(name)
        if not key[0] or key in seen:
            continue
        seen.add(key)
        event_names.append(name)
        sources.append(where)
    facts["event_names"] = tuple(event_names)
    facts["event_sources"] = tuple(sources)
    facts["dates"] = tuple(dict.fromkeys(dates))
    facts["mentioned_dates"] = tuple(d for d in dict.fromkeys(mentioned) if d not in dates)
    if span is not None:
        facts["span"] = span
    if number is not None:
        facts["day_number"] = number
    if days_of_week:
        facts["weekdays"] = tuple(dict.fromkeys(days_of_week))
    kind = kind or next(
        (k for t in (*titles, *fields.get("tags", ())) if (k := _bare_kind(t))), None
    )
    if kind:
        facts["event_kind"] = kind
    if talk_title:
        facts["talk_title"] = talk_title
    if table_speakers and not fields.get("speakers"):
        facts["speakers"] = table_speakers
    if not fields.get("track") and folder["track"]:
        facts["track"] = folder["track"]

    if fields.get("author"):
        facts["author_source"] = "frontmatter"
    elif author:
        facts["author"], facts["author_source"] = author, "text"
    else:
        blog = blog_name(fields.get("source") or "") or blog_name(source or "")
        handle = next((p[1:] for p in rel.split("/")[:-1] if p.startswith("@") and p[1:]), None)
        if blog:
            facts["author"], facts["author_source"] = blog, "source"
        elif handle:  # a folder per blog, as velog exports are kept: "@jiyoon_log/…"
            facts["author"], facts["author_source"] = handle, "folder"
        else:
            facts["author"], facts["author_source"] = file_title(rel), "file"
    if not fields.get("source") and source:
        facts["source"] = source
    return facts


_EXPORT_ID = re.compile(r"\s+[0-9a-f]{32}$")


def file_title(rel: str) -> str:
    """A note's file name as a title, without the id a Notion export adds to it
    ("Kotlin 도입기 1a2b…(32 hex).md" → "Kotlin 도입기")."""
    stem = PurePosixPath(rel).stem
    return _EXPORT_ID.sub("", stem) or stem


def _kind_of(label: str) -> str | None:
    for word in label.split():
        kind = _EVENT_WORDS.get(word) or _EVENT_WORDS_KO.get(word)
        if kind:
            return kind
    return None


def _bare_kind(text: str) -> str | None:
    """ "Seminar", "세미나 정리": the kind of event a title or tag names without a name."""
    words = [w for w in normalize(text).split() if w not in _FILLER]
    if len(words) != 1:
        return None
    return _EVENT_WORDS.get(words[0]) or _EVENT_WORDS_KO.get(words[0])


def _author_name(value: str) -> str | None:
    name = re.split(r"\s[|·/]\s|,\s|\s\|", value)[0]
    name = name.strip().strip("*_").strip()
    name = re.sub(r"\s*\([^()]*\)\s*$", "", name) or name
    return name if 0 < len(name) <= 60 else None


def _url_in(text: str) -> str | None:
    match = _URL.search(text)
    return match.group(0) if match else None


def blog_name(url: str) -> str | None:
    """The blog a post's URL belongs to: velog.io/@name, name.tistory.com, medium.com/@name,
    blog.naver.com/name, name.github.io."""
    if not url or "://" not in url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    path = [unquote(p) for p in parts.path.split("/") if p]
    if path and path[0].startswith("@") and len(path[0]) > 1:
        return path[0][1:]
    if host in ("blog.naver.com", "brunch.co.kr", "dev.to") and path:
        return path[0].lstrip("@")
    for blog_host in _BLOG_HOSTS:
        if host.endswith("." + blog_host):
            name = host[: -len(blog_host) - 1]
            if name and name not in ("www", "blog"):
                return name
    return None


# -- folders ---------------------------------------------------------------------------------


def folder_facts(rel: str) -> dict[str, Any]:
    folder, _, name = rel.rpartition("/")
    facts = dict(_folder_facts(folder))
    stem = name.rsplit(".", 1)[0]
    prefix = re.split(r"\s+[-–—]\s+", stem, maxsplit=1)
    if len(prefix) == 2 and _TRACK_FOLDER.match(prefix[0].strip()) and facts["track"] is None:
        facts["track"] = prefix[0].strip()
    return facts


@lru_cache(maxsize=4096)
def _folder_facts(folder: str) -> dict[str, Any]:
    """What the folders around a note say: event names (with strength), dates, day names
    and a track. ``Conferences/PyCon KR 2024/Day 2/Keynote - X.md``: the event PyCon KR
    2024, day 2, track Keynote (the file's own prefix)."""
    folders = [part for part in folder.split("/") if part]
    out: dict[str, Any] = {"events": [], "dates": [], "days": [], "track": None}
    previous = ""
    for folder in folders:
        text = " ".join(re.sub(r"[_]+|(?<=\w)-(?=\w)", " ", folder).split())
        lowered = text.lower()
        if lowered in _GENERIC_FOLDERS or not text:
            previous = lowered
            continue
        if day_number(text) is not None and len(text.split()) <= 3:
            out["days"].append(text)
            previous = lowered
            continue
        mentions = find_dates(folder)
        if mentions and len(folder) <= 12:
            out["dates"].append(mentions[0].partial())
            previous = lowered
            continue
        if _YEAR.match(text) or text.isdigit():
            previous = lowered
            continue
        if _TRACK_FOLDER.match(text):
            out["track"] = text
            previous = lowered
            continue
        found = event_phrases(text)
        if found:
            out["events"].extend((5, name) for name in found)
        elif previous in _EVENT_PARENTS:
            out["events"].append((5, text))
        else:
            out["events"].append((1, text))
        previous = lowered
    return out


# -- event names -----------------------------------------------------------------------------


def _strip_particle(token: str) -> tuple[str, bool]:
    """ "서밋에서" → ("서밋", True): a Korean particle ends the phrase it closes."""
    if token and "\uac00" <= token[-1] <= "\ud7a3":
        for particle in _PARTICLES:
            if token.endswith(particle) and len(token) > len(particle) + 1:
                return token[: -len(particle)], True
    return token, False


def _is_year(token: str) -> bool:
    return bool(_YEAR.match(token))


_EVENT_WORD = re.compile(
    r"(?:summit|conference|conf|fest|festival|forum|meetup|hackathon)$|^(?:"
    + "|".join(_EVENT_WORDS)
    + r")$",
    re.IGNORECASE,
)
_EVENT_WORD_KO = re.compile("|".join(_EVENT_WORDS_KO))
# Could the text name an event at all? Most lines cannot: substring tests skip them fast.
_MAYBE_EVENT = (
    "summit conf fest forum meetup hackathon expo symposium seminar colloquium convention"
    " congress devday workshop camp " + " ".join(_EVENT_WORDS_KO)
).split()
_MAYBE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|'\d\d\b")
_CAMEL_CON = re.compile(r"[A-Za-z](?:Con|CON)\b")


_MAYBE_EVENT_WORD = re.compile("|".join(_MAYBE_EVENT))


def _may_name_event(text: str, years: bool) -> bool:
    if _MAYBE_EVENT_WORD.search(text.lower()) or _CAMEL_CON.search(text):
        return True
    return years and _MAYBE_YEAR.search(text) is not None


def _event_word(token: str) -> bool:
    if _EVENT_WORD.search(token) or _EVENT_WORD_KO.search(token):
        return True
    # PyCon, KubeCon, DevCon: a capital "Con" ending a camel-cased word
    return len(token) > 3 and token.endswith(("Con", "CON")) and token[:-3].isalpha()


def _hangul(token: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in token)


_COUNTED = re.compile(r"^\d+(?:년|월|일|시|분|차|부|장|명|개)$")


def _name_like(token: str) -> bool:
    low = token.lower()
    if _COUNTED.match(token):
        return False
    if low in _FILLER or not token:
        return False
    if "/" in low and all(part in _FILLER for part in low.split("/")):
        return False  # "Date/Time"
    if _hangul(token) and any(f in token for f in ("정리", "후기")):
        return False
    if day_number(token) is not None or find_dates(token):
        return False
    return any(ch.isalnum() for ch in token)


@lru_cache(maxsize=16384)
def event_phrases(text: str, *, years: bool = True) -> tuple[str, ...]:
    """Event names written in a text, such as "SK AI SUMMIT", "PyCon KR 2024",
    "SK AI 서밋 2024", "2019 ACRL": a conference word or a year, and the name-like words
    around it. A conference word on its own ("Seminar", "컨퍼런스") is not a name.

    ``years`` False (body text): only a conference word anchors a name; a year next to
    a capitalised word ("Python 2024") is a name only in a title, a tag or a folder.
    """
    found: list[str] = []
    if not _may_name_event(text, years):
        return ()
    for chunk in _BREAK.split(text):
        tokens: list[tuple[str, bool]] = [
            _strip_particle(t.strip("*_")) for t in chunk.split() if t.strip("*_")
        ]
        if not tokens:
            continue
        position = 0
        while position < len(tokens):
            token, _ = tokens[position]
            year = _is_year(token)
            word = _event_word(token)
            if not (word or (year and years)):
                position += 1
                continue
            start = end = position
            hangul_left = 0
            # grow left over name-like words (a year anchors only Latin names)
            while start > 0:
                previous, closed = tokens[start - 1]
                if closed or not _name_like(previous):
                    break
                if _hangul(previous):
                    if (year and not word) or hangul_left >= 2:
                        break
                    hangul_left += 1
                elif not (previous[:1].isdigit() or any(c.isupper() for c in previous)):
                    break  # "… bothers posting conference notes": running text, no name
                start -= 1
            # grow right over the year, a region, a capitalised word
            if not tokens[end][1]:
                while end + 1 < len(tokens) and end - position < 3:
                    following, closed = tokens[end + 1]
                    if not _name_like(following):
                        break
                    if not (
                        _is_year(following)
                        or following.lower() in _REGION_WORDS
                        or (following[:1].isupper() and following.isascii())
                        or _event_word(following)
                    ):
                        break
                    end += 1
                    if closed:
                        break
            words = [tokens[i][0] for i in range(start, end + 1)]
            plain = [
                w
                for w in words
                if not _is_year(w) and w.lower() not in _EVENT_WORDS and w not in _EVENT_WORDS_KO
            ]
            latin_name = any(ch.isascii() and ch.isupper() for w in plain for ch in w)
            korean_only = not any(ch.isascii() and ch.isalpha() for w in plain for ch in w)
            if plain and (word or latin_name) and (years or not korean_only):
                # in running text "올해 컨퍼런스" is no name: a Korean-only phrase counts only
                # in a title, a tag or a folder
                found.append(" ".join(words).strip("*_"))
                # "연세대학교 인공지능융합대학 AI 세미나" is also "AI 세미나", as other notes of
                # the series name it
                latin = next((n for n, w in enumerate(words) if w.isascii() and w.isalpha()), 0)
                if latin and all(_hangul(w) for w in words[:latin]):
                    found.append(" ".join(words[latin:]).strip("*_"))
            position = end + 1
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=16384)
def event_key(name: str) -> tuple[str, int | None]:
    """(spelling-independent key, year) of an event name: "SK AI 서밋 2024" and
    "SK AI SUMMIT" share the key "skaisummit"."""
    year: int | None = None
    parts: list[str] = []
    for token in normalize(name).split():
        if _is_year(token):
            year = year or int(token)
            continue
        if token.startswith("'") and token[1:].isdigit():
            year = year or 2000 + int(token[1:])
            continue
        for korean, latin in _KO_SPELLING.items():
            if korean in token:
                token = token.replace(korean, latin)
        parts.append(token)
    return "".join(parts), year


def display_name(name: str) -> str:
    """An event name for the tree: a year in front moves to the end ("2019 ACRL" → "ACRL 2019")."""
    words = name.replace("_", " ").split()
    if len(words) >= 2 and _is_year(words[0]):
        words = [*words[1:], words[0]]
    return " ".join(words)


def strip_event(title: str, names: Iterable[str]) -> str:
    """A title without the event it names, bracketed tags, dates, day names and filler
    words: "[PyCon KR 2024] 타입 힌트 잘 쓰기 후기" → "타입 힌트 잘 쓰기"; "" when nothing
    is left (the title names the event or the day, not a talk)."""
    text = " ".join(title.split())
    text = re.sub(r"^\s*(?:\[[^\]]{0,40}\]|【[^】]{0,40}】|\([^)]{0,20}\))\s*", " ", text)
    for name in sorted(set(names), key=len, reverse=True):
        if name:
            text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
    text = _DAY_NAMES.sub(" ", text)
    for mention in reversed(find_dates(text)):
        text = text[: mention.offset] + " " + text[mention.offset :].split(" ", 1)[-1]
    words = [w for w in re.split(r"\s+", text) if w]

    def junk(word: str) -> bool:
        bare = word.strip("-–—:|·,.!?[]()「」『』\"'").lower()
        base, _ = _strip_particle(bare)
        return (
            not bare
            or bare in _FILLER
            or base in _FILLER
            or _is_year(bare)
            or _EDITION.match(bare) is not None  # "#12", "14회", "제3회": which meetup
        )

    while words and junk(words[0]):
        words.pop(0)
    while words and junk(words[-1]):
        words.pop()
    return " ".join(words).strip(" -–—:|·,")


def first_heading(body: str) -> str | None:
    """The text of the note's first ATX or setext heading (outside code fences)."""
    found = _first_heading(body)
    return found[0] if found is not None else None


def title_heading(body: str) -> str | None:
    """The note's own title written as a heading: a level-1 heading (``# …`` or ``===``),
    or any heading that opens the note. "## 배경" after some text is a section, not the
    title (an Obsidian note's title is its file name)."""
    found = _first_heading(body)
    if found is None:
        return None
    text, level, first = found
    if level == 1:
        # one "# …" in the note is its title; several are its talks
        return text if len(_LEVEL_ONE.findall(body)) <= 1 else None
    return text if first else None


def _first_heading(body: str) -> tuple[str, int, bool] | None:
    """(text, level, whether only blank lines come before it) of the first heading."""
    match = _FIRST_ATX.search(body)
    if match is not None:
        before = body[: match.start()]
        if "```" not in before and "~~~" not in before and not _SETEXT.search(before):
            text = _plain_heading(match.group("text"))
            if text is None:
                return None
            return text, len(match.group("marks")), not before.strip()
    elif "```" not in body and "~~~" not in body and not _SETEXT.search(body):
        return None
    previous = ""
    seen_text = False  # any text before the current line
    before_previous = False  # any text before the previous line
    fence: str | None = None
    for line in body.split("\n"):
        opener = _FENCE.match(line)
        if fence:
            if opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence):
                fence = None
            continue
        if opener:
            fence = opener.group(1)
            seen_text = True
            continue
        atx = _ATX.match(line)
        if atx and atx.group("text").strip():
            text = _plain_heading(atx.group("text"))
            return (text, len(atx.group(1)), not seen_text) if text else None
        if previous.strip() and re.match(r"^ {0,3}=+\s*$", line):
            text = _plain_heading(previous)
            return (text, 1, not before_previous) if text else None
        before_previous = seen_text
        if line.strip():
            seen_text = True
        previous = line
    return None


_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_FIRST_ATX = re.compile(
    r"^ {0,3}(?P<marks>#{1,6})[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE
)
_LEVEL_ONE = re.compile(r"^ {0,3}#[ \t]+\S", re.MULTILINE)
_SETEXT = re.compile(r"\n {0,3}(?:=+|-+)[ \t]*(?:\n|$)")


def _plain_heading(text: str) -> str | None:
    text = re.sub(r"(\*\*|__|`)", "", text).strip()
    return " ".join(text.split()) or None
