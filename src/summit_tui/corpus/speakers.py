"""Who an entry names as its speakers, from the readable text of its blocks.

Four forms occur in real notes: a label line in any of the languages notes are written in
(``발표자: Rani Borkar (Microsoft CVP)``, ``발표: 최현우``, ``登壇者: 山本 翔太さん``,
``講者：Daniel Park``, ``참여자:`` followed by a list, ``Speaker : 전병곤 교수님``), a label
opening a sentence (``登壇者は Marcus Lindqvist さん。``), a parenthesis or a dash after the
title (handled by ``names.split_title`` and ``names.heading_title``), and a sentence such as
``AMD사의 Corporate Fellow인 Steve Scott이 연설을 하였습니다``; also a line that is only a name in
italics right under the heading (``*Joanna Kowalska*``). A label's name is read in
Latin, Hangul, kanji or kana, without its honorific (님, さん, 氏, 先生).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from summit_tui.corpus import name_forms
from summit_tui.corpus.city_names import is_city
from summit_tui.corpus.clues import holds_any
from summit_tui.corpus.name_forms import same_name
from summit_tui.corpus.names import (
    PLACEHOLDERS,
    clean_person,
    han_name,
    korean_name_at_end,
    looks_like_name,
    name_then_affiliation,
    names_organisation,
)
from summit_tui.corpus.speaker_labels import LABEL_LINE, label_alternation, label_stems
from summit_tui.lazy_re import lazy

# The words that label a talk's speakers, in every language the table holds.
_LABEL_WORDS = label_alternation()
# "Von Dr. Katrin Weber.", "Par Lucie Fontaine et Hugo Lambert.", "Por Ana Ruiz, de …": a
# paragraph that opens by saying whose talk it is, in German, French or Spanish.
_BY_SENTENCE = lazy(
    r"^\s*(?:Von|Par|Por|Presented\s+by|Présentée?\s+par|Presentad[oa]\s+por|Presentat[oa]\s+da"
    r"|Apresentad[oa]\s+por)\s+(?P<rest>(?:(?:Dr|Prof|Pr)\.\s*)?[^\W\d_][^.,;:!?\n]{1,60}?)"
    r"\s*(?:[.,;:!?]|$)"
)
_AND_WORDS = lazy(r"\s+(?:and|und|et|y|&|및)\s+")
_AND_OPENERS = ("and ", "und ", "et ", "y ", "& ", "및 ")
# Where a label's names end and a sentence begins: "Speaker : Sophie Bernard. Outillage …"
# (not after a title such as "Dr." or an initial).
_WORD_AND_STOP = lazy(r"([^\W\d_]+)\.\s+(?=\S)")
_NOT_A_STOP = frozenset({"dr", "mr", "mrs", "ms", "st", "jr", "prof", "sr"})


def _first_sentence(text: str) -> str:
    for match in _WORD_AND_STOP.finditer(text):
        word = match.group(1)
        if len(word) >= 2 and word.lower() not in _NOT_A_STOP:
            return text[: match.start() + len(word)]
    return text


# "登壇者は Marcus Lindqvist さん。", "발표자는 김민지님으로", "講者是 Daniel Park，…"
_LABEL_SENTENCE = lazy(
    r"^\s*(?:" + _LABEL_WORDS + r")\s*(?:は|는|은|是|為|为)\s*(?P<rest>[^。.,，、\n]{2,40})"
)


# every character of a label (a label opens ``_LABEL_SENTENCE``, in its case): most
# paragraphs open with none of them
_LABEL_LETTERS = frozenset(_LABEL_WORDS)
_LABEL_PARTICLES = ("는", "은", "は", "是", "為", "为")  # "X는 …", "X是 …": a label's sentence


def _may_be_label_sentence(text: str) -> bool:
    """``_LABEL_SENTENCE`` matches, tried only on a text opening with a letter of a label
    and holding one of its particles."""
    return _label_sentence(text) is not None


def _label_sentence(text: str) -> re.Match[str] | None:
    """``_LABEL_SENTENCE.match(text)``, tried only on a text opening with a letter of a label
    and holding one of its particles."""
    # the opening letter first: asked of most paragraphs, it costs less than a scan of each
    opening = text.lstrip()
    if (
        opening[:1] in _LABEL_LETTERS
        and holds_any(text, _LABEL_PARTICLES)
        # then a label's start (its stem, lowered: the longest is 14 letters)
        and opening[:16].lower().startswith(label_stems())
    ):
        return _LABEL_SENTENCE.match(text)
    return None


# "and others" after a name: "홍길동 외 2명", "Ann Lee et al.", "山田太郎ほか", "王小明等".
_OTHERS = lazy(
    r"\s*(?:외\s*\d*\s*(?:명|인)?|et\s+al\.?|and\s+others|ほか\d*名?|他\d*名?|等\d*人?)$"
)
_DASH = lazy(r"\s+[—–-]\s+|\s*[—–]\s*")
# Honorifics written after a name in Japanese, Chinese and Korean, with or without a space.
_AFTER_NAME = lazy(r"\s*(?:さん|さま|様|氏|先生|老師|老师|님)\s*$")
_HONORIFIC_CHARS = tuple("さ様氏先老님")  # one of them is in every match of _AFTER_NAME
_ASIDE = lazy(r"[(（][^()（）]*[)）]")


# A name in kanji or kana: "山本 翔太", "鈴木恵子", "マーカス・リンドクヴィスト"; one or two words,
# each a few kanji (hiragana for a given name) or a longer katakana spelling of a foreign name.
# Read letter by letter: a pattern's classes over these blocks cost a compile per worker.
def _kanji_word(word: str) -> bool:
    return 1 <= len(word) <= 5 and all(
        "\u4e00" <= c <= "\u9fff" or c == "々" or "\u3040" <= c <= "\u309f" for c in word
    )


def _katakana_word(word: str) -> bool:
    return 2 <= len(word) <= 14 and all("\u30a0" <= c <= "\u30ff" for c in word)


def _cjk_name(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 2 or len("".join(words)) < 2 or "".join(words) in PLACEHOLDERS:
        return False
    return all(_kanji_word(w) or _katakana_word(w) for w in words)


# A paragraph that is one italic line: "*Joanna Kowalska*", "_Ana Souza (Vipps)_".
_ITALIC_LINE = lazy(r"^([*_])(?![*_\s])[^*_\n]{1,80}(?<!\s)\1$")
# The sentence right under a talk's heading that opens with its speaker: "Dr. Marta Jiménez's
# keynote on Thursday.", "Lucas Pereira, who works on a storage engine, …", "Ana Souza, sobre
# …", "Ana Souza, que trabalha …"
_OPENING_SPEAKER = lazy(
    r"(?:(?:Dr|Dra|Prof|Profa)\.?\s+)?(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2})"
    r"(?:['’]s\s+(?:\w+\s+){0,2}?(?:keynote|talk|session|presentation|lecture|workshop)\b"
    r"|,\s+(?:who|que|quien|quem|qui|der|die|sobre|about|on)\s)"
)
# A name ending a sentence particle: "으로", "이었고" stop a Korean label sentence early.
_KOREAN_TAIL = lazy(r"(?:으로|로|이었|였|이고|이며|이다|입니다).*$")
_SPEECH = lazy(
    r"(?P<name>[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){1,3}|(?<![가-힣])[가-힣]{2,4})"
    r"(?:\s+(?:CEO|교수님?|회장|대표|부사장|사장))?(?:이|가|께서)\s*(?:연설|강연)"
)


@dataclass(frozen=True, slots=True)
class Block:
    """One inline run of a note: its readable text, nesting level and kind."""

    text: str
    level: int
    heading: bool = False

    @property
    def source(self) -> str:
        """The text the block was read from: every character of ``text`` is in it."""
        return self.text


_NAME_SEPARATOR = lazy(r"[,;、/·]")


def split_names(text: str) -> list[str]:
    """'A (x, y), B (z)' → ['A (x, y)', 'B (z)']: commas inside parentheses do not split."""
    if "(" not in text and "[" not in text:  # no parenthesis to keep whole
        return [p.strip() for p in _NAME_SEPARATOR.split(text) if p.strip()]
    if _NAME_SEPARATOR.search(text) is None:  # one name: "Ann Lee (Google)", most labels
        return [text.strip()] if text.strip() else []
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if depth == 0 and char in ",;、/·":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


class Readable(Protocol):
    """What ``find_speakers`` reads of a block (a ``Block``, or a paragraph read lazily)."""

    @property
    def text(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def level(self) -> int: ...
    @property
    def heading(self) -> bool: ...


@functools.lru_cache(maxsize=65536)
def label_person(raw: str) -> str | None:
    """The person a label names: "山本 翔太さん" → "山本 翔太", "최현우 (NAVER CTO)" → "최현우",
    "Marcus Lindqvist さん" → "Marcus Lindqvist", "카카오 김민수" → "김민수", "Ann Lee — Google"
    → "Ann Lee", "홍길동 외 2명" → "홍길동"; None for anything else (未定, 미정, TBD)."""
    text = " ".join(_ASIDE.sub(" ", raw).replace("*", " ").split()).strip(" -–—:,;·.。、")
    text = _OTHERS.sub("", text)
    text = _AFTER_NAME.sub("", text).strip()
    if text.lower() in PLACEHOLDERS or is_city(text):
        return None  # "패널: 서울·런던 소재 VC 3명": the cities they are based in
    name = clean_person(text)
    if name is not None:
        return name
    if _cjk_name(text):
        return text
    if " " not in text:
        return None
    if _DASH.search(text):  # "Ann Lee — Google", "Google - Ann Lee": the part that is a name
        people = [n for part in _DASH.split(text) if (n := clean_person(part))]
        return people[0] if len(people) == 1 else None
    # "카카오 김민수": a company, then the name; "박지훈 SK텔레콤": the name, then the company
    return korean_name_at_end(text) or name_then_affiliation(text)


def heading_speakers(text: str) -> list[str]:
    """The speakers a heading names when it is a speaker's label line ("### 발표자: 홍길동
    (우아한형제들)", "### Speaker: Jane Doe"); [] for any other heading."""
    if ":" not in text and "：" not in text:
        return []  # most headings
    return line_speakers(text) if LABEL_LINE.match(text) else []


# One given name after a speaker label ("Speaker: José", "Ponente: Iria"): a capitalised word
# of letters; not a word that says the speaker is unknown, many, or not a person.
_GIVEN_NAME = lazy(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,19}(?:[-'’][A-Za-zß-öø-ÿ]{2,19})?$")
_NOT_GIVEN = frozenset(
    str.split(
        "keynote keynotes panel panelists various several many multiple everyone all team"
        " staff organizers organisers host hosts moderator guest guests speaker speakers"
        " unknown anonymous somebody someone nobody me myself"
    )
)


@functools.lru_cache(maxsize=65536)
def given_name(raw: str) -> str | None:
    """A single given name a speaker label gives ("José", "Iria", "Jean-Luc", "José (Red Hat)");
    None for any other text ("Kotlin" passes: after a label a capitalised word is a person)."""
    text = _AFTER_NAME.sub("", " ".join(_ASIDE.sub(" ", raw).replace("*", " ").split()))
    text = text.strip(" -–—:,;·.。、")
    if not _GIVEN_NAME.match(text) or text.lower() in _NOT_GIVEN or text.lower() in PLACEHOLDERS:
        return None
    return text


# A name written in two scripts at once: "林怡君 (Lin Yi-Chun)", "Lin Yi-Chun（林怡君）",
# "김민지 (Minji Kim)", "山本 拓海 (Takumi Yamamoto)".
_TWO_SCRIPTS = lazy(r"^\s*(?P<a>[^()（）]{2,40}?)\s*[(（](?P<b>[^()（）]{2,40})[)）]\s*$")


def _latin(text: str) -> bool:
    return text.isascii() or all(
        c.isascii() or not c.isalpha() or "\u00c0" <= c <= "\u024f" for c in text
    )


@functools.lru_cache(maxsize=65536)
def bilingual_name(raw: str) -> str | None:
    """ "林怡君 (Lin Yi-Chun)" as one person written both ways, kept so ("林怡君 (Lin Yi-Chun)":
    ``name_spellings`` gives each form), so the talk links to notes that write either; None
    when the parenthesis is not the same name in another script ("Ann Lee (Google)")."""
    match = _TWO_SCRIPTS.match(raw)
    if match is None or raw.isascii() or _latin(raw):
        return None  # all in Latin letters: label_person only drops letters, both stay Latin
    first, second = (label_person(match.group(g)) for g in ("a", "b"))
    if first is None or second is None or _latin(first) == _latin(second):
        return None
    return f"{first} ({second})"


def name_spellings(speaker: str) -> tuple[str, ...]:
    """The forms of a speaker's name: ("林怡君", "Lin Yi-Chun") for "林怡君 (Lin Yi-Chun)" (a
    ``bilingual_name``), (speaker,) for any other."""
    if not speaker.endswith(")"):
        return _either_order(speaker)
    match = _TWO_SCRIPTS.match(speaker)
    if match is None or _latin(match.group("a")) == _latin(match.group("b")):
        return (speaker,)
    return (*_either_order(match.group("a")), *_either_order(match.group("b")))


def _either_order(name: str) -> tuple[str, ...]:
    """A name of two words in Latin or Cyrillic letters, and the same with the family name
    first or last: notes write "Szabó Péter" (Hungarian order) and "Péter Szabó" alike; a
    Cyrillic or Greek name also in Latin letters ("Олег Петренко": "Oleg Petrenko"), as an
    English note about the same talk writes it."""
    words = name.split()
    if len(words) != 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return (name,)
    forms = [name, f"{words[1]} {words[0]}"]
    roman = [name_forms.in_latin(word) for word in words]
    if all(roman) and roman != words:
        forms += [f"{roman[0]} {roman[1]}", f"{roman[1]} {roman[0]}"]
    return tuple(forms)


def label_names(rest: str) -> list[str]:
    """The people after a speaker label: "Jane Doe, 김민지 (Google)", "Sophie Bernard.
    Outillage maison …" (the sentence after the name is not part of it), "A und B"."""
    return list(_label_names(rest))


# a Markdown link, its text in group 1: a name linked to the speaker's or the writer's page
MARKDOWN_LINK = lazy(r"\[([^\]\n]{1,80})\]\([^)\s]{1,300}\)")


# kept per text: a label line is read by the note's facts and again by its segmenter
@functools.lru_cache(maxsize=65536)
def _label_names(rest: str) -> tuple[str, ...]:
    if "](" in rest:
        rest = MARKDOWN_LINK.sub(r"\1", rest)  # "[Martin Kleppmann](https://…)": the name
    rest = _first_sentence(rest) if ". " in rest else rest
    if (
        "，" in rest
    ):  # "刘思远，云原生架构专场第一场。": a Chinese clause about the talk after the name
        rest = rest.partition("，")[0] or rest
    names: list[str] = []
    given = 0  # how many of names are one given name each
    for part in split_names(rest):
        if part[:4].lower().startswith(_AND_OPENERS):
            part = part.split(None, 1)[-1]  # "A, B, and C": the serial comma's "and C"
        joined = _AND_WORDS.search(part) is not None
        if joined:  # "A und B", not "Bryan Black (CEO & Chairman)"
            part = _ASIDE.sub(" ", part)
            joined = _AND_WORDS.search(part) is not None
        for piece in _AND_WORDS.split(part) if joined else (part,):
            bare = _AFTER_NAME.sub("", piece) if holds_any(piece, _HONORIFIC_CHARS) else piece
            name = bilingual_name(bare) or label_person(piece)
            if name is not None and names and all(w.isupper() for w in name.split()):
                continue  # "Priya Raman, CNCF TOC": a team's or a company's initials after a name
            if names and "/" in rest and name and _kanji_word(name) and not han_name(name):
                continue  # "张伟 / 阿里云": the company after the slash, not a second person
            if name is None and len(names) == given:
                # a given name alone, while every name before it was one too: "José, Iria"
                # (not "林怡君, Taipé" or "Ann Lee, Google": a place or a company after a name)
                name = given_name(piece)
                given += name is not None
            if name and name not in names:
                names.append(name)
    return tuple(_one_per_person(names) if len(names) > 1 else names)


def _one_per_person(names: list[str]) -> list[str]:
    """One entry per person where a label gives a name twice: "Szabó Péter, Péter Szabó"
    is Szabó Péter; "Oleg Petrenko, Олег Петренко" is one person written both ways, kept
    as "Олег Петренко (Oleg Petrenko)" so notes writing either form link (name_spellings)."""
    kept: list[str] = []
    for name in names:
        twin = next((n for n, other in enumerate(kept) if same_name(other, name)), None)
        if twin is None:
            kept.append(name)
        elif name_forms.is_latin(kept[twin]) != name_forms.is_latin(name):
            native, roman = (
                (name, kept[twin]) if name_forms.is_latin(kept[twin]) else (kept[twin], name)
            )
            kept[twin] = f"{native} ({roman})"
    return kept


def line_speakers(line: str) -> list[str]:
    """The speakers one line names by a label ("Speaker : 전병곤 교수님", "登壇者：佐藤さん") or
    a label sentence ("登壇者は Marcus Lindqvist さん。"); [] for any other line."""
    if ":" in line or "：" in line or "｜" in line:  # "分享嘉宾｜李昊"
        label = LABEL_LINE.match(line)
        if label is not None:
            return label_names(label.group("rest"))
    sentence = _label_sentence(line)
    if sentence is not None:
        name = label_person(_KOREAN_TAIL.sub("", sentence.group("rest")))
        return [name] if name else []
    marked = marked_speaker(line) or fact_line_speaker(line)
    return [marked] if marked else []


# A speaker's line without a label word: a microphone or a person before the name ("🎤 정우진 /
# 토스 ML 플랫폼팀", "🎤 이정훈 (토스 CTO)", "👤 Ana Souza · Vipps"), or a Korean label word without
# its colon ("발표 한서연 (토스 디자인 플랫폼팀)"); not a bold title after the mark ("🎤 **제목**").
_SPEAKER_MARKS = ("🎤", "🎙", "🗣", "👤")


@functools.cache
def _marked() -> re.Pattern[str]:
    # compiled on first use (so are the other patterns made by functions here): a start
    # that parses no note never pays for it
    return re.compile(r"^\s*(?:🎤|🎙|🗣|👤)[\ufe0f\s]*(?P<rest>[^*_\s].*)$")


@functools.cache
def _bare_label() -> re.Pattern[str]:
    return re.compile(
        r"^\s*(?:발표자?|연사|강연자?)\s+(?P<rest>[가-힣]{2,4}\s*(?:님\s*)?(?:[(（/·].*)?)$"
    )


# How a line that may name its talk's speaker without a colon opens.
_MARK_OPENERS = (*_SPEAKER_MARKS, "발표", "연사", "강연")
_LINE_OPENERS = (
    *("Von ", "Par ", "Por ", "Presented ", "Présenté", "Presentad", "Presentat", "Apresentad"),
    *_MARK_OPENERS,
)
# what a label's sentence (``_label_sentence``) or a line opener opens with, after spaces
_OPENING_LETTERS = _LABEL_LETTERS | frozenset(opener[:1] for opener in _LINE_OPENERS)
_AFFILIATION = lazy(r"\s+[/·|]\s+")


def marked_speaker(line: str) -> str | None:
    """The person a speaker's line names by a mark or a bare label word: "🎤 정우진 / 토스 ML
    플랫폼팀" → "정우진", "발표 한서연 (토스 디자인 플랫폼팀)" → "한서연"; None for any other
    line."""
    if not line.lstrip().startswith(_MARK_OPENERS):
        return None
    match = _marked().match(line) or _bare_label().match(line)
    if match is None:
        return None
    rest = match.group("rest")
    if LABEL_LINE.match(rest):  # "🎤 Speaker: …" is read as a label
        return None
    first = _AFFILIATION.split(rest, maxsplit=1)[0]
    if _DASH.search(first):  # "🎤 키노트 - 인프런이 그리는 …": a title
        return None
    name = label_person(first)
    # no label says it is a person: only a name in its most usual form ("정우진", "Ana Souza")
    return name if name is not None and looks_like_name(name, strict=True) else None


# The parts of a talk's line of facts: "Kasper Vinther · Rust devroom (H.1308) · Sat 1 Feb, 12:00".
_FACT_PARTS = lazy(r"\s+[·•|]\s+")
# What the other parts of such a line say: a room, a track, a time or a day.
_WHERE_OR_WHEN = lazy(
    r"(?i)\d{1,2}[:.h]\d{2}|\b(?:room|devroom|track|hall|stage|salle|sala|saal|aula|raum|zaal"
    r"|sál|auditorium)\b"
    r"|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec)[a-z]*\.?\s*\d|\d\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|[월화수목금토일]요일|\d+\s*월\s*\d+\s*일|트랙|룸|홀|会場|ルーム|会议室|教室"
)


# What a blog post's header line says beside its writer: a full date, the reading time, views.
_POST_HEADER_PART = lazy(
    r"(?i)(?:19|20)\d{2}\s*[./\-년]\s*\d{1,2}|,\s*(?:19|20)\d{2}\b|\bmin(?:ute)?s?\s+read"
    r"|\d+\s*분|\bviews?\b|조회|読了|閲覧"
)


def fact_line_speaker(line: str) -> str | None:
    """The person in a talk's line of facts set off by middle dots ("Kasper Vinther · Rust
    devroom (H.1308) · Sat 1 Feb, 12:00", "이서윤 · 트랙 B · 14:00", "Saal GLITCH · 14:45 ·
    Lena Brandt"): a name beside where or when; None for any other line ("Go · Rust · Zig",
    "Ann Lee · 4 min read")."""
    if "·" not in line and "•" not in line and " | " not in line:
        return None
    parts = _FACT_PARTS.split(line.strip(" *_-"))
    if not 2 <= len(parts) <= 5 or len(line) > 160:
        return None
    says_where_or_when = [_WHERE_OR_WHEN.search(part) is not None for part in parts]
    if not any(says_where_or_when[1:]):
        return None
    if _POST_HEADER_PART.search(line):
        return None  # a post's header: its writer, when it was posted, how long it reads
    # the person is the part that is no room, track or time: first, or after them ("Saal
    # GLITCH · 14:45 · Name", "Room 8 · 11:00 · Name"); a room is never a speaker
    person = next(
        (part for part, said in zip(parts, says_where_or_when, strict=True) if not said), None
    )
    name = label_person(person) if person is not None else None
    return name if name is not None and looks_like_name(name, strict=True) else None


# A speaker label alone on a line, as an admonition's or a callout's title or in bold:
# ":::note 登壇者", "!!! info Speaker", "> [!note] Speakers", "**Ponente**".
_LABEL_ALONE = lazy(
    r"^\s*(?::{3,}\s*\w+\s+|!{3}\s*\w+\s+|>?\s*\[![\w-]+\]\s*)?[*_]*(?:"
    + _LABEL_WORDS
    + r")[*_]*\s*$",
    re.IGNORECASE,
)
# Where the names on the line under such a label end: a slash, a bar, a dot, or the time.
_NAMES_END = lazy(r"\s*(?:[／｜|/·]|\d{1,2}[:：]\d{2}).*$")


def _label_then_names(text: str) -> list[str]:
    """The speakers a block names on the line after a label alone on its line; [] when its
    first lines are no such label."""
    lines = text.split("\n", 3)
    for position, line in enumerate(lines[:2]):
        if len(line) <= 40 and _LABEL_ALONE.match(line) and position + 1 < len(lines):
            names = _NAMES_END.sub("", lines[position + 1].lstrip("> \t"))
            return label_names(names) if names.strip() else []
    return []


# A panel named by its moderator: "panel, mod. Leah Morgan", "painel com mediação de …",
# "Mesa redonda moderada por …", "table ronde animée par …", "moderiert von …"
_MODERATED_BY = lazy(
    r"(?i)(?:\bmod\.|\b(?:moderated|hosted|chaired)\s+by|media[çc][ãa]o\s+de|mediad[oa]\s+por"
    r"|moderad[oa]\s+por|modera[çc][ãa]o\s+de|moderaci[óo]n\s+de|anim[ée]e?\s+par"
    r"|mod[ée]r[ée]e?\s+par|moderiert\s+von)\s+(?P<name>\S.*)$"
)


def moderator(text: str) -> str | None:
    """The moderator a panel's line names ("panel, mod. Leah Morgan", "Mesa redonda moderada
    por Carla Mendes"), or None."""
    moderated = _MODERATED_BY.search(text)
    return label_person(moderated["name"]) if moderated is not None else None


def _italic_speaker(text: str) -> str | None:
    """The speaker an italic line under a talk's heading names: "Joanna Kowalska", and in a
    newsletter's "Dana Whitfield — Ballroom D, Austin Convention Center" the part before the
    dash (the rest is the room and venue, never a person), or the moderator a panel's line
    names ("painel com mediação de Leah Morgan — Ballroom D")."""
    parts = _DASH.split(text, maxsplit=1) if _DASH.search(text) else [text]
    if len(parts) == 1:
        return label_person(text)
    first = parts[0]
    name = label_person(first)
    if name is None:
        name = moderator(first)
    if name is None and "," not in parts[1]:
        return label_person(text)  # "Google — Ann Lee": the company first
    return name


def find_speakers(blocks: Iterable[Readable]) -> list[str]:
    """Speakers named by labels and speech sentences, in order, without repeats."""
    found: list[str] = []
    collecting_below: int | None = None  # a label with nothing after it: names follow, nested

    def add(raw: str) -> None:
        name = label_person(raw)
        if name and name not in found:
            found.append(name)

    under_heading = False  # the block before this one is a heading
    for block in blocks:
        after_heading, under_heading = under_heading, block.heading
        if after_heading and not block.heading and not found:
            source = block.source.strip()
            if source[:1] in ("*", "_") and _ITALIC_LINE.match(source):
                # "*Joanna Kowalska*" alone right under a talk's heading names its speaker
                name = _italic_speaker(block.text)
                if name is not None:
                    found.append(name)
                    continue
            opener = None
            head = source[:80]
            if source[:1].isupper() and ("'s " in head or "’s " in head or ", " in head):
                opener = _OPENING_SPEAKER.match(source)
            if opener is not None and looks_like_name(opener["name"]):
                # "Dr. Marta Jiménez's keynote on Thursday.", "Lucas Pereira, who works on …"
                found.append(opener["name"])
                continue
        if collecting_below is not None:
            if block.level > collecting_below and not block.heading:
                for part in split_names(block.text):
                    add(part)
                continue
            collecting_below = None
        if block.heading:
            # "### 발표자: 홍길동 (우아한형제들)": a speaker's label set as a heading
            found.extend(n for n in heading_speakers(block.text) if n not in found)
            continue
        # source first: its text is made on reading, and holds no line break its source lacks
        if "\n" in block.source and "\n" in block.text and (alone := _label_then_names(block.text)):
            # ":::note 登壇者" then "山本 拓海（ミライクラウド）／ 11:20〜 Room J": the label
            # alone on its line (an admonition's title), the names on the next
            found.extend(n for n in alone if n not in found)
            continue
        source = block.source
        opening = source.lstrip()
        if (
            ":" not in source
            and "：" not in source
            and "｜" not in source  # "分享嘉宾｜李昊"
            and "연" not in source
            and "·" not in source
            and (
                opening[:1] not in _OPENING_LETTERS  # most paragraphs: no call, one look-up
                or (not _may_be_label_sentence(source) and not opening.startswith(_LINE_OPENERS))
            )
        ):
            continue  # no label ("…:", "登壇者は"), no "연설" or "강연": nothing to read here
        labelled = False
        for line in block.text.split("\n") if "\n" in block.text else (block.text,):
            label = LABEL_LINE.match(line) if ":" in line or "：" in line or "｜" in line else None
            if label:
                labelled = True
                rest = label.group("rest").strip()
                if rest:
                    for name in label_names(rest):
                        if name not in found:
                            found.append(name)
                else:
                    collecting_below = block.level
            elif not found and (sentence := _label_sentence(line)):
                labelled = True
                add(_KOREAN_TAIL.sub("", sentence.group("rest")))
            elif marked := marked_speaker(line) or (not found and fact_line_speaker(line)):
                labelled = True
                if marked not in found:
                    found.append(marked)
            elif not found and (by := _BY_SENTENCE.match(line)):
                names = [
                    n for part in _AND_WORDS.split(by.group("rest")) if (n := clean_person(part))
                ]
                if names:
                    labelled = True
                    found.extend(n for n in names if n not in found)
        if labelled:
            continue
        if "연설" in block.text or "강연" in block.text:
            for match in _SPEECH.finditer(block.text):
                add(match.group("name"))
    return found


# A speaker named in running text: "토스 김태희님의 … 발표", "조은서님이 발표한",
# "Notes on Hana Lee's talk", "a keynote by Amara Okafor".
_MENTION_KO = lazy(
    r"(?<![가-힣])(?P<name>[가-힣]{2,4})\s*(?:님|씨|교수님?|박사님?|대표님?)\s*(?:의|이|께서|가)?"
    r"[^.。!?\n]{0,40}?(?:발표|강연|세션|키노트|이야기|talk)"
)
_MENTION_EN = lazy(
    r"(?P<name>[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,2})['’]s\s+"
    r"(?:\w+\s+)?(?:talk|keynote|session|presentation|panel|lecture)"
    r"|(?:talk|keynote|session|presentation|lecture)\s+(?:given\s+)?by\s+"
    r"(?P<by>[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,2})"
)
# The same with accented letters ("Tomás Ferreira's talk") or a bare apostrophe after an s
# ("Hannah Brooks' critique talk"): run only where the text has either
_MENTION_WIDE = lazy(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’\-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’\-]+){1,2})['’]s?\s+"
    r"(?:\w+\s+)?(?:talk|keynote|session|presentation|panel|lecture)"
)
# "Der Vortrag von Oleg Petrov", "la charla de Ana Souza", "la conférence de …"
_MENTION_OF = lazy(
    r"(?:[Vv]ortrag|Keynote|Talk|charla|ponencia|palestra|conférence|intervento)\s+"
    r"(?:von|par|di|por|de)\s+(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’\-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’\-]+){1,2})"
)
_OF_WORDS = (" von ", " de ", " par ", " di ", " por ")
# accented Latin letters: a name written with one needs _MENTION_WIDE ("Tomás Ferreira's talk")
_ACCENTED = frozenset("áéíóúýàèìòùâêîôûäëïöüÿãõñçåæøœšžčřěßÁÉÍÓÚÀÈÂÊÎÔÛÄÖÜÑÇÅØŠŽČ")
# a recap's "Thursday morning, Kenji Morita on why our prototypes lie to us"
_MENTION_ON = lazy(
    r"(?:^|(?<=[,.;:]\s))(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’\-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’\-]+){1,2})"
    r"\s+on\s+(?:why|how|what)\b"
)


# A meeting tool's summary of a talk opens with its speaker, who they are (in brackets, after
# "from", or between commas), then what they did: "Priya Nair (Orbitel) explained how …",
# "Elena Ruiz (CEO, Iberlink) opened day one …", "Jane Doe from Acme Robotics walked us
# through …", "Tom Berg, CTO of Nordtel, argued …", "Jordi Mas (Softcatalà) explicó …"
_AFFILIATED = lazy(
    r"(?:^|(?<=[.!?]\s))(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’\-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’\-]+){1,2})"
    r"(?:\s+\([^()\n]{2,60}\)|\s+(?:from|of|at)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}"
    r"|,\s+[^,()\n]{2,60},)"
    r"\s+(?:[a-z]{3,}(?:ed|s)|[a-zß-ÿ]{2,}[óò]|gave|spoke|showed|took|made"
    r"|led|ran|told|said|began|drew|brought|held"
    # the same in the languages a summary is written in: "a expliqué", "erklärte", "va
    # explicar", "explicou", "ha spiegato", "presenteerde"
    r"|(?:a|ont)\s+[a-zà-ÿ]{3,}[ée]s?|[a-zäöüß]{3,}te|va\s+[a-zà-ÿ]{3,}r|[a-zç]{3,}ou"
    r"|ha\s+[a-z]{3,}[ai]to|[a-z]{3,}(?:de|te)|heeft)\b"
)
# what every match of _AFFILIATED holds after the name: a bracket, "from", "of", "at" or a comma
_AFFILIATION_MARKS = (") ", " from ", " of ", " at ", ", ")


# What every match of ``_MENTION_KO`` holds (an honorific, then a talk word): most notes'
# openings hold none
_KO_HONORIFICS = ("님", "씨", "교수", "박사", "대표")
_KO_TALK_WORDS = ("발표", "강연", "세션", "키노트", "이야기", "talk")
# What every match of ``_MENTION_EN`` holds: a talk word, and a possessive or "by"
_EN_TALK_WORDS = ("talk", "keynote", "session", "presentation", "panel", "lecture")
_EN_MENTION_MARKS = ("'s", "’s", "by")


# "Kenta Morishita and Lena Vogt gave this one …", "Ana Souza presented the keynote": a
# sentence that opens with the people who gave the talk.
_PERSON_EN = r"[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,2}"
_GAVE_WORDS = (" gave ", " presented ", " delivered ")  # what _GAVE looks for after the names
_GAVE = lazy(
    r"(?:^|(?<=[.!?]\s))(?P<names>"
    + _PERSON_EN
    + r"(?:(?:,\s+|,?\s+and\s+)"
    + _PERSON_EN
    + r"){0,3})\s+(?:gave|presented|delivered)\s+(?:this|the|that|a|an|their|her|his)\b"
)
_AND = lazy(r",\s+|,?\s+and\s+")
# Words that open a sentence before its subject: "Then Ana Souza gave the keynote".
_OPENERS = frozenset(
    [
        "then",
        "and",
        "but",
        "so",
        "also",
        "finally",
        "next",
        "later",
        "after",
        "today",
        "yesterday",
        "here",
        "there",
        "first",
    ]
)


def mentioned_speakers(text: str) -> list[str]:
    """Speakers a note's opening sentences name as giving the talk it is about."""
    found: list[str] = []
    if holds_any(text, _GAVE_WORDS):
        for match in _GAVE.finditer(text):
            for raw in _AND.split(match.group("names")):
                first, _, rest = raw.partition(" ")
                name = clean_person(rest if first.lower() in _OPENERS else raw)
                if name and name not in found:
                    found.append(name)
    patterns = []
    if holds_any(text, _KO_HONORIFICS) and holds_any(text, _KO_TALK_WORDS):
        patterns.append(_MENTION_KO)
    if holds_any(text, _EN_MENTION_MARKS) and holds_any(text, _EN_TALK_WORDS):
        patterns.append(_MENTION_EN)
    possessive = "'s " in text or "’s " in text
    if "s' " in text or "s’ " in text or (possessive and not _ACCENTED.isdisjoint(text)):
        patterns.append(_MENTION_WIDE)
    if " on why " in text or " on how " in text or " on what " in text:
        patterns.append(_MENTION_ON)
    if any(word in text for word in _OF_WORDS):
        patterns.append(_MENTION_OF)
    for pattern in patterns:
        for match in pattern.finditer(text):
            raw = match.group("name") or match.groupdict().get("by") or ""
            name = clean_person(raw)
            if name and name not in found:
                found.append(name)
    return found


def affiliated_speakers(lines: Iterable[str]) -> list[str]:
    """Speakers a talk's summary names in a sentence of its lines with who they are in
    brackets, then what they did ("Priya Nair (Orbitel) explained how …")."""
    found: list[str] = []
    for line in lines:
        if line[:1] != "#" and holds_any(line, _AFFILIATION_MARKS):
            # a summary's bullet too: "- Hannah Weiss (Spotify) presented how …"
            for match in _AFFILIATED.finditer(line.strip().lstrip("-*+• \t")):
                name = clean_person(match["name"])
                if name and name not in found and not names_organisation(name):
                    found.append(name)
    return found
