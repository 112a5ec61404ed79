"""Who wrote a note when its frontmatter does not say: a ``작성자:`` / ``Submitter:`` / ``By …``
line, a Confluence page's ``Created by NAME, last modified on …``, a blog's post header
(``이름 · 2024.5.4.``), a report's title ending in its writer (``DEVIEW 2023 참관기 - 김민수``),
the blog in a source URL (``velog.io/@euisuk-chung``), or the blog a post sits in (a Jekyll
``_posts/`` folder: one blogger, not one author per file name)."""

from __future__ import annotations

import functools
import re
from typing import Any
from urllib.parse import unquote, urlsplit

from summit_tui.corpus.chat_lines import HEADER as CHAT_HEADER
from summit_tui.corpus.clues import any_of, holds_any
from summit_tui.corpus.dates import DateMention, day_number, find_dates, without_timestamp_id
from summit_tui.corpus.event_names import event_phrases
from summit_tui.corpus.folders import (
    TALK_FOLDERS,
    file_date,
    file_title,
    file_writer,
    page_name,
    structure_folder,
)
from summit_tui.corpus.names import looks_like_name
from summit_tui.corpus.speakers import MARKDOWN_LINK, label_person
from summit_tui.lazy_re import lazy

AUTHOR_LABELS = {
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
    # Chinese and Japanese; German, French, Spanish, Italian, Portuguese
    *("作者", "著者", "筆者", "撰文", "글", "文", "書いた人", "執筆", "執筆者", "执笔", "記録"),
    *("autor", "autora", "auteur", "autrice", "autore", "verfasser", "verfasserin"),
    *("geschrieben von", "écrit par", "escrito por", "scritto da"),
    # Hungarian, Russian/Ukrainian/Bulgarian/Serbian, Polish, Czech, Dutch, Scandinavian, Turkish,
    # Greek: "jegyzetelte: Kovács Anna" (noted by), "Автор: Олена Коваленко"
    *("szerző", "írta", "jegyzetelte", "lejegyezte", "készítette", "автор", "авторка", "аутор"),
    *("autorka", "napisał", "napisała", "napsal", "napsala", "geschreven door", "författare"),
    *("skriven av", "skrevet av", "skrevet af", "forfatter", "yazar", "yazan", "συντάκτης"),
    "συγγραφέας",
    # Persian, Arabic, Hebrew, Hindi: "نویسنده: سارا محمدی", "بقلم: …", "מאת: נועה לוי"
    *("نویسنده", "نگارنده", "الكاتب", "الكاتبة", "كتبه", "بقلم", "מאת", "כותב", "כותבת"),
    *("लेखक", "लेखिका"),
    # Croatian and Slovenian notes' "Bilješke: Ana Kovač", "Zapiski: Matej Zupan", "Zapisala:"
    *("bilješke", "biljeske", "zapiski", "zapisala", "zapisao", "zapisal", "zapisnik"),
    # minutes and mission reports: who took them down, who travelled
    *("note taker", "note takers", "notetaker", "notetakers", "scribe", "scribes"),
    *("minute taker", "minute takers", "minutes by", "minutes taken by", "protokoll"),
    *("protokollant", "protokollantin", "protokollführer", "missionnaire", "participante"),
}
# a trip report's summary table: "| 출장자 | 사업개발팀 이준호 과장, 김서연 대리 |",
# "| Traveller | Sam Whitfield (Partnerships) |", "| 出張者 | 海外営業部 佐藤 健 |"
REPORT_WRITERS = frozenset(
    {"출장자", "보고자", "traveller", "traveler", "travellers", "travelers", "reported by"}
    | {"出張者", "報告者", "作成者", "出差人", "报告人"}
    # an employee's competence report: "| Ansatt | Hege Lund |", "| Mitarbeiterin | … |"
    # (not its attendees: minutes list several)
    | {"employee", "ansatt", "medarbeider", "anställd", "medarbetare", "ansat", "medarbejder"}
    | {"työntekijä", "mitarbeiter", "mitarbeiterin"}
)
SOURCE_LABEL = lazy(
    r"^(?:source|original|originally posted|원본|원본 게시글|원문|출처|원글|cross-posted)", re.I
)
# "By Jane Doe", "Posted by Minji Park", "*Written by: Alex Cho | 2024-09-08*", a Confluence
# page's "Created by 김민수, last modified on Mar 02, 2023".
_BYLINE = lazy(
    r"^\s*[*_]*(?:(?:(?:posted|written|authored|notes|created)\s+)?by|geschrieben\s+von"
    r"|[ée]crit\s+par|escrito\s+por|scritto\s+da|skrevet\s+a[fv]|skriven\s+av"
    r"|geschreven\s+door|napisa[łl]a?|napsala?)\s*:?\s+"
    r"(?P<name>[^*_\n|·,]{2,60}?)\s*(?:[|·,].{0,80})?[*_]*\s*$",
    re.IGNORECASE,
)
# The note's writer named beside other facts or in a sentence of their own: "**Speaker:** Ana
# Lima · Room 315 · notes by Jun", "*Devin's notes. Rahel has Wednesday.*", "Notas de Camila.",
# "Notizen von Jonas". Only a first name or a first and last name, ending its part of the line.
_NAME_WORD = r"[A-ZÀ-Þ][a-zß-ÿ'’-]{1,20}"
_NOTES_OF = lazy(
    r"(?:^|[·|;(]\s*)[*_]*(?:(?:notes|notas|notizen|appunti)\s+(?:by|de|von|por|par|di)"
    r"|(?:taken|written)\s+by)\s+(?P<name>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")?)"
    r"[*_]*\s*(?=[·|;).]|[*_]*\s*$)",
    re.IGNORECASE,
)
_OWN_NOTES = lazy(
    r"^[*_]*(?P<name>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")?)['’]s\s+notes?"
    r"(?:[.,:;!—–]|[*_]*\s*$)"
)


_NOTES_MARKS = ("s notes", "’s note", "otes by", "otas de", "otas por", "otizen von", "ppunti di")


def notes_writer(line: str) -> str | None:
    """The writer a line names as the one who took the notes ("… · notes by Jun", "*Devin's
    notes.*"); None for any other line."""
    if "ot" not in line and "ppunti" not in line and "aken by" not in line:
        return None
    if not any(mark in line for mark in _NOTES_MARKS) and "aken by" not in line:
        return None
    own = _OWN_NOTES.match(line.lstrip())
    found = own or _NOTES_OF.search(line)
    if found is None:
        return None
    name = found["name"]
    first = name.split()[0].lower()
    if not name[:1].isupper() or first in _NOT_A_WRITER or first in _NOT_NOTE_TAKERS:
        return None  # "Today's notes.", "Keynote notes by …"
    # "Monday's notes" is a day's; "notes by Jun" and "Mei's notes" are a person's
    return None if own is not None and first in _DAYS_OF_THE_WEEK else name


# The days of the week in English, whose possessive ("Monday's notes") names a day: never a
# month's name (Mei, Juni and Jun are people's names too).
_DAYS_OF_THE_WEEK = frozenset(
    f"{stem}day" for stem in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
)
_NOT_NOTE_TAKERS = frozenset(
    {"today", "yesterday", "tomorrow", "everyone", "my", "our", "their", "this", "that", "the"}
    | {"last", "next", "week", "speaker", "speakers", "team", "all", "some", "raw", "quick"}
)


# The words of a title that says it is someone's report of an event: "DEVIEW 2023 참관기 - 김민수",
# "PyCon notes — Sarah Kim", "RubyKaigi recap | Ken".
_REPORT_WORDS = lazy(
    r"(?i)참관기|참관|참가기|후기|정리|노트|메모|회고|보고서|리포트|감상문|報告|报告|(?<![a-z])(?:notes?|recap|report|review"
    r"|write-?up|takeaways|diary|journal)(?![a-z])|参加レポート|参加記|レポート|メモ|心得|筆記|笔记"
)
_TITLE_BREAK = lazy(r"\s[-–—|｜]\s")
_LANGUAGE = lazy(r"^[a-z]{2}(?:[-_][a-z]{2,4})?$", re.IGNORECASE)
# The folders a blog keeps its posts in, one blogger's: Jekyll's _posts.
_POST_FOLDERS = ("_posts",)
_POST_HEADER = lazy(
    r"^(?P<name>[^·|:\d\n#*\[(]{2,30}?)\s*·\s*(?:\d{4}\s*\.|\d+\s*min read|\d+분|"
    # "6 min de lectura", "7 min de leitura", "14 de mai. de 2024", "13 may 2024"
    r"\d+\s*min\.?\s+de\s+le(?:c|i)tura|\d{1,2}\s+de\s+[^\W\d_]{3,12}\.?\s+de\s+(?:19|20)\d{2}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s+(?:19|20)\d{2}\b)",
    re.IGNORECASE,
)


# A line that says the event happened then: "11월 4일 SK AI SUMMIT 참석 후", "held on …".
_URL = lazy(r"https?://[^\s)>\]\"']+")
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


# A folder a blog's posts were saved in, named after the platform and the blogger:
# "velog-dahye", "tistory_hoon", "medium-@ann", "sunny.tistory.com", "ann.github.io".
_BLOG_FOLDER = lazy(
    r"^(?:velog|tistory|medium|brunch|naver-?blog|hatena|hatenablog|qiita|zenn|note|substack"
    r"|hashnode|dev\.to|wordpress|blogspot)[-_.]@?(?P<name>[\w.-]{2,40})$"
    r"|^(?P<host>[\w-]{2,40})\.(?:tistory\.com|github\.io|hatenablog\.com|substack\.com"
    r"|blogspot\.com|wordpress\.com|hashnode\.dev)$",
    re.IGNORECASE,
)


_BY_OTHER_QUICK = lazy(r"(?i)von |par |por |da |a[fv] |door |napsa|napisa")
# "Notes by @lotte.", "Written by @kvz, …": a handle, whatever follows it.
# "# Thread by @mkline@hachyderm.io": a fediverse address, the handle before its server.
_BY_HANDLE = lazy(
    r"^\s*(?:#{1,6}\s+)?[*_]*(?:(?:posted|written|authored|notes|created|(?:a\s+)?thread|toots?)\s+)?"
    r"by\s*:?\s+@(?P<handle>[\w.-]{2,39})(?:@[\w-]+(?:\.[\w-]+)+)?(?![\w@])",
    re.IGNORECASE,
)


# A byline in the languages blogs are written in, the name then the post's date or place:
# "Por Pablo Méndez · 26 de mayo de 2025", "Von Lena Vogel", "Par Lucie Fontaine | 3 juin",
# "**Por Pablo Méndez** · 6 de marzo" (the name in bold, the date after it).
# Case-sensitive: a byline opens its line with a capital, a sentence's "par" does not count;
# "Par Lucie Fontaine." (a sentence) names the talk's speaker, not the writer.
_BY_OTHER = lazy(
    r"^\s*[*_]*(?:Von|Par|Por|Door|Di|Av|Af|De|Bởi|Oleh|Viết\s+bởi|Đăng\s+bởi|Ditulis\s+oleh)"
    r"(?:\s*:)?\s+(?P<name>[^\W\d_][^*_\n|·,—–().]{1,50}?)"
    r"[*_]*\s*(?:(?P<sep>[|·—–]).{0,80}|,\s*(?P<rest>\S.{0,60}))?[*_]*\s*$"
)
# Lowercase words a person's name may hold: "Iria de la Fuente", "Joris van Dijk".
_PARTICLES = frozenset({"de", "la", "del", "da", "das", "do", "dos", "van", "von", "der", "den"})
# A Korean or a Chinese/Japanese byline without a colon or with one: "작성자 김민지",
# "글 김민지", "글·사진 박서연", "文：陳柏翰", "書いた人：山口リナ。1日目の…".
_CJK_BYLINE = lazy(
    r"^\s*[*_]*(?:작성자|글쓴이|글|글\s*[·/]\s*사진|文|文\s*[・/]\s*写真|書いた人|執筆|执笔|撰文|記録)"
    r"(?:\s*[:：/]\s*|\s+)(?P<name>[^\s:：。.,，、(（|·]{1,12}(?:\s[^\s:：。.,，、(（|·]{1,8})?)"
    r"\s*(?:[。.,，、(（|·].{0,120})?[*_]*\s*$"
)
# The first letters of _BY_OTHER's and _CJK_BYLINE's words: a line that opens with none of
# them is no such byline, without the pattern's match
_OTHER_OPENERS = frozenset("VPDABOĐ")
# the first word of each (a colon may follow it): a line opening with none is no such byline
_OTHER_WORDS = frozenset(
    {"Von", "Par", "Por", "Door", "Di", "Av", "Af", "De", "Bởi", "Oleh", "Viết", "Đăng", "Ditulis"}
)
_CJK_OPENERS = frozenset("작글文書執执撰記")
_CJK_NAME = lazy(r"^[\u3040-\u30ff\u4e00-\u9fff々ー・]{2,8}$")


def _other_byline(line: str) -> str | None:
    """The writer of a byline in German, French, Spanish, Portuguese, Italian, Dutch or a
    Scandinavian language; None when the words after "Von"/"Par"/"Por" are not a name alone
    ("Von der Keynote bleibt…", "Por la tarde…")."""
    match = _BY_OTHER.match(line)
    if match is None:
        return None
    name = match.group("name").strip()
    rest = match.group("rest")
    if rest is not None and not find_dates(rest):
        return None  # "Par Lucie Fontaine, ingénieure chez …": a speaker's introduction
    words = name.split()
    if not 2 <= len(words) <= 5 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return None
    if any(not w[:1].isupper() and w not in _PARTICLES for w in words):
        return None
    return name if looks_like_name(" ".join(w for w in words if w not in _PARTICLES)) else None


def _cjk_byline(line: str) -> str | None:
    match = _CJK_BYLINE.match(line)
    if match is None:
        return None
    raw = match.group("name").strip()
    if "\uac00" <= raw[:1] <= "\ud7a3" and not looks_like_name(raw, strict=True):
        return None  # "글 목록": a Korean name is three syllables after a surname
    name = label_person(raw)
    if name is None and _CJK_NAME.match(raw):
        name = raw  # "山口リナ": kanji and katakana in one word
    return name


def channel_author(body: str) -> str | None:
    """The writer of a channel's export, where every message's header names the same sender
    (a Telegram channel's "**Бэкенд на костылях** · 11:05", a one-person Slack or Discord
    log): the channel writes every post, whatever the export's own title line says. None
    unless three headers or more name one sender and none another."""
    senders = _bold_senders(body)
    if senders is None or len(senders) != 1:
        return None
    ((sender, count),) = senders.items()
    return sender if count >= 3 else None


@functools.lru_cache(maxsize=8)  # asked by channel_author, then by chat_writer
def _bold_senders(body: str) -> dict[str, int] | None:
    """How many messages each sender a bold chat header names wrote ("**Dana** 10:04 AM"), in
    the order they first write; None for a note without a run of bold-opened lines."""
    text = "\n" + body[:20000]
    if text.count("\n**") < 3:
        return None  # the usual note: no run of bold-opened lines
    senders: dict[str, int] = {}
    for line in text.split("\n**")[1:]:
        header = CHAT_HEADER.match("**" + line.partition("\n")[0])
        if header is None or not header.group("bold"):
            continue
        sender = header.group("bold").strip()
        senders[sender] = senders.get(sender, 0) + 1
    return senders


def chat_writer(body: str) -> str | None:
    """Who wrote most of a chat export (Slack's "**Dana** [10:04 AM]", Discord's "[10/9/2024
    9:34 AM] name", WhatsApp, Telegram, KakaoTalk's phone export): the people writing are the
    note's writers, never the folder it was saved in. None for other notes."""
    from summit_tui.corpus.chat_lines import bracket_date, stamped_header

    bold = _bold_senders(body)
    if bold and sum(bold.values()) >= 3:  # a Slack export's "**Dana** [10:04 AM]"
        return max(bold, key=lambda name: bold[name])
    head = body[:1000]
    if not (
        body.count("\n[") >= 3
        or (head.count(" - ") >= 3 and head.count(", ") >= 3)
        or head.count("일 오") >= 3
        or head.count(". 오") >= 3  # KakaoTalk's phone export: "2024. 9. 12. 오전 9:40, 이름 : …"
        or head.count("\t") >= 6  # LINE: "10:02\tName\t…"
    ):
        return None  # the usual note: no run of stamped lines
    senders: dict[str, int] = {}
    for line in body[:20000].split("\n"):
        if line[:1] != "[" and not line[:1].isdigit() and line[:1] != "午":
            continue
        stamped = stamped_header(line)
        if stamped is not None:
            name = stamped[0]
        elif bracket_date(line) is not None and (header := CHAT_HEADER.match(line)) is not None:
            name = (header.group("plain") or "").strip()
        else:
            continue
        if name:
            senders[name] = senders.get(name, 0) + 1
    if sum(senders.values()) < 3:
        return None
    return max(senders, key=lambda name: senders[name])  # the first of equals: dicts keep order


# The line under an article's bold writer line: "Published Sep 16, 2024", "+ Follow",
# "Publicado em 28 de out. de 2024", "Veröffentlicht am …", "게시일: …", "+ 팔로우"
_ARTICLE_MARK = lazy(
    r"(?i)^\s*(?:\\?\+\s*(?:follow|seguir|folgen|suivre|segui|팔로우|フォロー)\b"
    r"|published\s|publicado\s|veröffentlicht\s|publié\s|pubblicato\s|게시일|投稿日)"
)
_BOLD_NAME = lazy(r"^\*\*(?P<name>[^*\n]{2,40})\*\*\s*$")


def article_author(lines: list[str]) -> str | None:
    """The writer of an article saved from a professional network: the bold name line under its
    title, with the writer's headline and "Published …" / "+ Follow" within a few lines after
    it (which tells it from a one-talk post's bold speaker line)."""
    for position, line in enumerate(lines[:8]):
        found = _BOLD_NAME.match(line) if line[:2] == "**" else None
        if found is None:
            continue
        name = found["name"].strip()
        if not looks_like_name(name):
            return None
        after = lines[position + 1 : position + 5]
        return name if any(_ARTICLE_MARK.match(text) for text in after) else None
    return None


def byline_author(line: str) -> str | None:
    """The author a line names: "By Jane Doe", "Posted by Minji Park", "Notes by @lotte.", a
    blog's post header ("써니데이 · 2024.5.4. 11:40", "Daniel Kerr · 6 min read"), a byline in
    another language ("Por Pablo Méndez · 26 de mayo", "작성자 김민지", "文：陳柏翰"); None for
    any other line."""
    # what _BY_OTHER's and _CJK_BYLINE's "^\s*[*_]*" leave: the first letter of their words
    words = line.lstrip().lstrip("*_")
    opening = words[:1]
    if (
        line[:1] in "VPDABOĐ*_ "
        and opening in _OTHER_OPENERS
        and words[:10].split(None, 1)[0].rstrip(":") in _OTHER_WORDS
        and (other := _other_byline(line))
    ):
        return other
    if line.lstrip(" *_")[:1] > "\u3000" and opening in _CJK_OPENERS and (cjk := _cjk_byline(line)):
        return cjk
    if "y" in line[:12] or _BY_OTHER_QUICK.search(line[:20]):
        byline = _BYLINE.match(line)
        if byline is not None and looks_like_name(byline.group("name").strip()):
            return byline.group("name").strip()
        if "@" in line[:24] and (handle := _BY_HANDLE.match(line)):
            return handle.group("handle").rstrip(".")
    if line.startswith("[") and "](" in line:  # "[Ann Lee](https://…/@ann) · 4 min read"
        line = MARKDOWN_LINK.sub(r"\1", line)
    if line.startswith("**") and "·" in line[:50]:  # "**Rafael Costa** · 14 de mai. de 2024"
        line = line.replace("**", "", 2)
    if "·" in line[:40]:
        header = _POST_HEADER.match(line)
        if header is not None and not _PUBLICATION.match(header.group("name")):
            return header.group("name").strip()
    if _SELF_CLUE.search(line) is None:
        return None
    if holds_any(line, _SELF_WORDS):
        return _self_introduced(line)
    if holds_any(line, _SELF_OTHER_WORDS) and (found := _SELF_OTHER.search(line)) is not None:
        name = found["named"] or found["name"]
        if name.split()[0].lower() in _NOT_SELF_NAMES:
            return None  # "Je suis Français, et …", "Soy Desarrollador Backend, y …"
        return name if " " not in name or looks_like_name(name) else None
    return None


# A post's writer in bold on the line under its title: "**Ana Souza**", "**Tom Hughes** — 20
# February 2025", "**Ana Souza** · 22 de outubro de 2024".
_BOLD_WRITER = lazy(r"^(\*\*|__)(?P<name>[^*_\n]{3,40})\1(?:[ \t]*[—–|·,-]?[ \t]*(?P<rest>\S.*))?$")


def bold_writer(line: str, recap: bool) -> str | None:
    """The writer a bold name line under a post's title gives: with a date or a "·" after
    it, always; alone, only in a post whose talks have headings of their own (``recap``),
    where it cannot be the speaker line of a one-talk post."""
    found = _BOLD_WRITER.match(line)
    if found is None:
        return None
    name = found["name"].strip()
    rest = found["rest"]
    if rest is None and not recap:
        return None
    if rest is not None and "·" not in line and not find_dates(rest):
        return None
    if _NUMBERED_PART.match(name):
        return None  # "**Session I** — Tuesday, 23 July": which session, not who wrote
    return name if looks_like_name(name) else None


_NUMBERED_PART = lazy(
    r"(?i)^(?:session|sesi[oó]n|sess[aã]o|s[eé]ance|sitzung|sessione|track|slot|block|part"
    r"|teil|parte|partie)\s+(?:[IVX]{1,4}|\d{1,2}|[A-H])$"
)


# A writer introducing themself in a post's first paragraph: "저는 3년 차 iOS 개발자
# 정유진입니다", "I'm Hyejin, an iOS developer in Seoul", "My name is Ana Lima and …".
_SELF_KO_ENDS = ("입니다", "이에요", "예요", "이라고")  # the endings _SELF_KO closes with
_SELF_KO = lazy(
    r"저는\s+(?:[^.!?\n]{0,30}?\s)?(?P<name>[가-힣]{3})(?:입니다|이에요|예요|이라고\s*합니다)"
)
_SELF_EN = lazy(
    r"(?:^|[.!]\s+|,\s+)(?:My name is\s+(?P<named>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
    r"|I['’]m\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+(?:a|an|the)\s+(?:[\w/+#.-]+\s+){0,3}?"
    r"(?:developer|engineer|designer|student|researcher|manager|founder|writer|programmer"
    r"|architect|lead|maintainer|scientist|consultant|dev)s?\b)"
)
# The same in Spanish, Portuguese, French and German: "Soy Lucía Fernández, desarrolladora …",
# "Sou o Pedro e trabalho …", "Je suis Claire Martin, développeuse …", "Ich bin Lena Vogel,
# …", "Me chamo Ana Souza.", "Je m'appelle …", "Mein Name ist …". After "soy" / "ich bin" a
# name is followed by a comma or "and" ("Ich bin Berliner." is no name).
# Capitalised words after "soy" / "je suis" / "ich bin" that say what a writer is, not who
_NOT_SELF_NAMES = frozenset(
    str.split(
        """
    français française allemand allemande italien italienne parisien parisienne belge suisse
    deutscher deutsche berliner österreicher österreicherin schweizer schweizerin
    brasileiro brasileira português portuguesa espanhol espanhola carioca paulista
    español española mexicano mexicana argentino argentina colombiano colombiana chileno chilena
    peruano peruana catalán catalana gallego gallega madrileño madrileña italiano italiana
    développeur développeuse ingénieur ingénieure étudiant étudiante entwickler entwicklerin
    student studentin ingenieur ingenieurin desarrollador desarrolladora ingeniero ingeniera
    programador programadora estudiante desenvolvedor desenvolvedora engenheiro engenheira
    estudante dev backend frontend fullstack
    """
    )
)
_SELF_NAME = r"[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+){0,2}"
_SELF_WORDS = ("저는", "I'm ", "I’m ", "My name is ")  # where _self_introduced looks
# "I am" in the other languages: one of these is in each _SELF_OTHER match
_SELF_OTHER_WORDS = (
    "Soy ",
    "soy ",
    "Sou ",
    "sou ",
    "suis ",
    "ch bin ",
    "llamo ",
    "chamo ",
    "appelle ",
    "Name ist ",
)
# one of _SELF_WORDS or _SELF_OTHER_WORDS, asked first of every line byline_author reads
_SELF_CLUE = lazy(any_of(_SELF_WORDS + _SELF_OTHER_WORDS))
_SELF_OTHER = lazy(
    r"(?:^|[.!?¡]\s*|,\s+)(?:"
    r"(?i:me\s+llamo|me\s+chamo|je\s+m['’]appelle|mein\s+name\s+ist)\s+(?P<named>"
    + _SELF_NAME
    + r")(?=[\s,.!;]|$)"
    r"|(?i:soy|sou\s+[oa]|sou|eu\s+sou\s+[oa]|je\s+suis|ich\s+bin)\s+(?P<name>"
    + _SELF_NAME
    + r")(?=,|\s+(?:e|y|et|und)\s))"
)
# Three-syllable words for what a writer is, not who: "저는 기획자입니다"
_ROLES_KO = frozenset(
    [
        "기획자",
        "개발자",
        "백엔드",
        "연구원",
        "대학생",
        "대학원",
        "취준생",
        "직장인",
        "마케터",
        "디자인",
    ]
)


def _self_introduced(line: str) -> str | None:
    if "저는" in line:
        # every match ends so: most lines with "저는" are no self-introduction
        found = _SELF_KO.search(line) if holds_any(line, _SELF_KO_ENDS) else None
        if found is not None and found["name"] not in _ROLES_KO:
            name = found["name"]
            return name if looks_like_name(name, strict=True) else None
        return None
    found = _SELF_EN.search(line)
    return (found["name"] or found["named"]) if found is not None else None


# "Published in 개발 일지 · 5 min read": the publication a Medium post appeared in, not its writer
_PUBLICATION = lazy(r"(?i)\s*(?:published|posted)\s+in\s|\s*in\s")
# "6 min read", "5분", "4 min": a Medium post's reading time, on its header's line
_READING_TIME = lazy(r"(?i)(?:^|·\s*|\s)\d{1,3}\s*(?:min read|min\b|분(?:\s|$|·))")
_FOLLOW = lazy(r"(?i)\s*·?\s*(?:follow|팔로우|フォロー)\s*$")


_HANDLE_AFTER = lazy(r"\s+@[\w.-]{2,39}$")
_WRITER_HANDLE = lazy(r"^@?[a-z0-9][a-z0-9_.-]{2,29}$")
_YEAR = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def stamped_author(lines: list[str]) -> str | None:
    """The writer of a copied post whose header is the writer's name on a line of its own
    over the post's date stamp: "Trần Quang Huy @huytq" / "Đã đăng vào thg 4 12, 2024 9:40
    SA", "Phạm Đức Anh" / "10 tháng 4 lúc 21:15 · 🌏", "佐藤 美咲" / "2025年11月18日 08:30",
    "yuki_t" / "2024/04/09" (a site handle)."""
    start = 1 if lines and lines[0].startswith("#") else 0
    for position in range(start, min(start + 3, len(lines) - 1)):
        line, stamp = lines[position], lines[position + 1]
        if len(line) > 50 or line[:1] in "#-*+[|>!" or len(stamp) > 80:
            continue
        if not any(c.isdigit() for c in stamp[:20]) or stamp.rstrip()[-1:] in ":：":
            continue  # not "[17.06.2024 21:10] Jana Becker:", a chat message's header
        if not (stamp[:1].isdigit() or "·" in stamp):
            continue  # a stamp opens with its date, or holds the post's "· 6 phút đọc"
        if not (_YEAR.search(stamp) or find_dates(stamp)):
            continue
        name = _HANDLE_AFTER.sub("", line).strip(" *_")
        if looks_like_name(name) and name.lower() not in _NOT_A_WRITER:
            return name
        if any(c in name for c in "_.0123456789") and _WRITER_HANDLE.match(name):
            return name.lstrip("@")
    return None


def reading_header_author(lines: list[str]) -> str | None:
    """The writer of a post copied from Medium (or a look-alike), whose header is a few lines
    after its title: the name (or ``[Name](…/@handle)``, or ``Name · Follow``) on a line of its
    own before the line with the reading time ("6 min read · Jun 16, 2024")."""
    for position, line in enumerate(lines[:12]):
        if not _READING_TIME.search(line):
            continue
        for before in lines[max(0, position - 6) : position]:
            if before.startswith("#") or _PUBLICATION.match(before):
                continue
            if before.startswith("[") and "](" in before:
                before = MARKDOWN_LINK.sub(r"\1", before)
            name = _FOLLOW.sub("", before).strip(" ·*_")
            if name and len(name) <= 40 and looks_like_name(name):
                return name
        return None
    return None


# "Dan's notes, QCon London", "Mia's PyCon recap": a title that says whose notes they are.
@functools.cache
def _possessive() -> re.Pattern[str]:
    return re.compile(
        r"^(?P<name>[A-ZÀ-Þ][a-zß-ÿ]+(?:[ -][A-ZÀ-Þ][a-zß-ÿ]+)?)['’]s\s+(?:[A-Z]\w*\s+)?"
        r"(?:notes|recap|report|memo|takeaways|write-?up|diary|journal)\b"
    )


# A first name, or a first and last name, as a team's shared notes name their writer.
@functools.cache
def _first_name() -> re.Pattern[str]:
    return re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]{1,14}(?:[ -][A-ZÀ-Þ][a-zß-ÿ]{1,14})?$|^[가-힣]{2,4}$")


_NOT_A_WRITER = frozenset(
    {
        *("keynote", "keynotes", "notes", "recap", "summary", "day", "talk", "talks"),
        *("session", "sessions", "workshop", "booth", "booths", "agenda", "schedule"),
        *("program", "travel", "intro", "introduction", "opening", "closing", "lunch"),
        *("panel", "update", "키노트", "세션", "후기", "정리", "요약", "일정", "부스"),
    }
)


# How a letter or a newsletter is signed off before its writer's name, in the languages notes
# are written in: "Cheers, Naomi", "Thanks,\nNaomi", "Bis bald, Jonas", "Un abrazo, Lucía".
@functools.cache
def _sign_off() -> re.Pattern[str]:
    return re.compile(
        r"(?i)^(?:cheers|thanks(?: again)?|thank you|many thanks|best|best wishes|regards"
        r"|kind regards|warm regards|best regards|all the best|see you(?: next time| soon)?"
        r"|until next time|take care|love|xo+|ciao|bis bald|viele grüße|liebe grüße|grüße|gruß"
        r"|merci|à bientôt|a bientot|bises|saludos|un abrazo|abrazos|a presto|un saluto"
        r"|abraços|obrigad[oa]|groetjes|groeten|happy hacking|stay curious)"
        # the name on the same line only after a comma: "Best practices" signs nothing
        r"(?:\s*[,!…]+\s*(?P<name>\S.*)|\s*[,!.…]*)$"
    )


# A line that ends a newsletter before its writer signs: "Thanks for reading The Weekly Import!"
_CLOSING_LINE = lazy(r"(?i)thanks? (?:you )?for reading|읽어 주셔서|読んでいただき")
# "— Naomi", "-- Naomi", "~ Naomi" (not "- Docker": a list's last item)
_SIGNED = lazy(r"^(?:[—–~]+|--)\s*(?P<name>\S.{0,40})$")
_KOREAN_SIGNED = lazy(r"^(?P<name>[가-힣]{2,4})\s*(?:드림|올림)$")
_SIGNATURE_LINES = 4
# What may stand around a signed name: emphasis, punctuation, a wave or a heart.
_SIGNATURE_MARKS = " \t*_.!,:;\ufe0f👋🙏❤✌"
_NOT_SIGNERS = frozenset({"everyone", "all", "team", "folks", "friends", "y'all", "you"})


# A name in Cyrillic or Greek letters: "Олена Коваленко", "Γιώργος Παπαδόπουλος".
_OTHER_SCRIPT_NAME = lazy(
    r"^[А-ЯЁІЇЄҐЂЈЉЊЋЏΑ-ΩΆ-Ώ][а-яёіїєґђјљњћџα-ωά-ώ'’-]{1,20}"
    r"(?:\s+[А-ЯЁІЇЄҐЂЈЉЊЋЏΑ-ΩΆ-Ώ][а-яёіїєґђјљњћџα-ωά-ώ'’-]{1,20}){1,2}$"
)


def _signer(text: str) -> str | None:
    name = text.strip(_SIGNATURE_MARKS).lstrip("@")
    low = name.lower()
    if low in _NOT_A_WRITER or low in _NOT_SIGNERS or not name:
        return None
    if _first_name().match(name) or looks_like_name(name) or _OTHER_SCRIPT_NAME.match(name):
        return name
    return None


def _signed_name(lines: list[str], body: str) -> str | None:
    """The writer's full name in Cyrillic or Greek alone as a note's last paragraph ("Олена
    Коваленко."): with a period it signs the note; without one only when the note names that
    person nowhere else (a speaker's name closing a note is said in it before). Not in Latin
    letters: English title case makes any two capitalised words look like a name ("Rust Belt.")."""
    last = lines[-1]
    name = last.rstrip(".").strip(" *_")
    if not _OTHER_SCRIPT_NAME.match(name):
        return None
    if last.endswith(".") or body.count(name) == 1:
        return name
    return None


def signature_author(body: str) -> str | None:
    """The writer a note signs off with in its last lines ("— Naomi", "Cheers, Naomi", a
    newsletter's "Thanks for reading …!" then "Naomi", "지원 드림"); None when it ends
    otherwise."""
    tail = body[-600:].rstrip()
    if not tail:
        return None
    lines = [line.strip() for line in tail.split("\n")]
    lines = [line for line in lines if line and not set(line) <= set("-*_=~ ")][-_SIGNATURE_LINES:]
    if not lines:
        return None
    last = lines[-1]
    if len(last) > 60:
        return None
    signed = _SIGNED.match(last) or _KOREAN_SIGNED.match(last)
    if signed is not None:
        return _signer(signed.group("name"))
    sign_off = _sign_off().match(last)
    if sign_off is not None:
        return _signer(sign_off.group("name")) if sign_off.group("name") else None
    if len(lines) >= 2 and (
        (_sign_off().match(lines[-2]) and not _sign_off().match(lines[-2]).group("name"))
        or _CLOSING_LINE.search(lines[-2])
    ):
        return _signer(last)  # "Cheers," then "Naomi" on its own line
    if len(lines) >= 2 and _own_paragraph(tail, last):
        return _signed_name(lines, body)  # the last paragraph: a name alone
    return None


def _own_paragraph(tail: str, last: str) -> bool:
    """Whether ``tail`` (stripped on the right) ends with the line ``last`` after a blank line."""
    if not tail.endswith(last):
        return False
    before = tail[: len(tail) - len(last)].rstrip(" \t")
    return before.endswith("\n") and before[:-1].rstrip(" \t").endswith("\n")


def title_author(title: str) -> str | None:
    """The writer a report's title ends with: "DEVIEW 2023 참관기 - 김민수" → "김민수",
    "DEVIEW 2023 notes - Sarah Kim" → "Sarah Kim"; None when the title before the dash does
    not name an event and say it is a report ("Rust in the kernel - Jane Doe" is a talk and
    its speaker, and so is "캐시 발표 정리 - 정다은")."""
    possessive = _possessive().match(title)
    if possessive is not None:  # "Dan's notes, QCon London"; not "Today's notes", "Monday's"
        first = possessive.group("name").split()[0].lower()
        if first in _NOT_NOTE_TAKERS or first in _DAYS_OF_THE_WEEK:
            return None
        return possessive.group("name")
    breaks = list(_TITLE_BREAK.finditer(title))
    if not breaks:
        return None
    lead = title[: breaks[0].start()].strip()
    tail = title[breaks[0].end() :]
    low = lead.lower()
    if (
        _first_name().match(lead)
        and low not in _NOT_A_WRITER
        and low not in tail.lower()
        and (day_number(tail) is not None or _REPORT_WORDS.search(tail))
        and event_phrases(tail)
    ):
        return (
            lead  # the writer, then the event and the day or what the note is: "Fran - QCon day 3"
        )
    last = breaks[-1]
    lead, tail = title[: last.start()], title[last.end() :]
    if not _REPORT_WORDS.search(lead) or not event_phrases(lead):
        return None
    return label_person(tail)


# A slide deck's footer or header: the presenter, then what and when ("Ivana Horvat · interna
# prezentacija · 25. rujna 2024.", "Luka Babić | 26 Sept 2024")
_DECK_PARTS = lazy(r"\s+[·|•—–]\s+|,\s+")


def deck_presenter(meta: dict[str, Any]) -> str | None:
    """The person a Marp deck's `footer:` (or `header:`) opens with, or None."""
    if not meta.get("marp"):
        return None
    for key in ("footer", "header"):
        value = meta.get(key)
        if isinstance(value, str) and (name := presenter(value)):
            return name
    return None


def presenter(line: str) -> str | None:
    """The person a deck's presenter line opens with, before a separator and what they
    present for ("#### Dario Knežević · backend chapter demo day"), or None."""
    parts = _DECK_PARTS.split(line.strip(" #*_'\""), maxsplit=1)
    if len(parts) < 2:
        return None
    name = label_person(parts[0])
    return name if name is not None and looks_like_name(name, strict=True) else None


def author_name(value: str) -> str | None:
    if "~~" in value or "→" in value or "->" in value or "⇒" in value or "=>" in value:
        # "*volunteer needed!* → Maya L.", "~~TBD~~ Jun Park": the role changed hands, and the
        # name it ended with took the notes
        value = _STRUCK.sub(" ", value)
        value = _HANDED_ON.split(value)[-1]
    name = re.split(r"\s[|·/]\s|,\s|\s\|", value)[0]
    name = name.strip().strip("*_").strip()
    # "Matej Zupan (Ljubljana, ekipa za plačila)": the place after the name, cut at its comma
    name = re.sub(r"\s*\([^()]*\)?\s*$", "", name) or name
    return name if 0 < len(name) <= 60 else None


_STRUCK = lazy(r"~~[^~\n]*~~")  # a name struck through: no longer the one

# The roles a minutes page's head line opens with before the one who took the notes, on the
# same line: "Chairs: Ana, Ben · Minutes: Chloé", "Present: … | Scribe: …"
ROLE_LINE_LABELS = frozenset(
    {"chair", "chairs", "co-chair", "co-chairs", "chairpersons", "present", "attendees"}
    | {"vorsitz", "président", "présidents", "presidente", "presidentes", "presidência"}
    | {"asistentes", "presentes", "anwesend", "présents", "voorzitter", "議長", "의장"}
)
_ROLE_FIELDS = lazy(r"\s[·|;]\s")


def recorder_in_roles(value: str) -> str | None:
    """The one a minutes head line names as taking the notes in a later field ("Benno, Su-jin
    · Minutes: Ana Paula Ribeiro" after "Chairs:"); None when it names none (the chairs are
    no writers)."""
    if "·" not in value and "|" not in value and ";" not in value:
        return None
    for field in _ROLE_FIELDS.split(value)[1:]:
        label, colon, name = field.partition(":")
        label = " ".join(label.strip(" \t*_").lower().split())
        if colon and (label in AUTHOR_LABELS or label in ("minutes", "notes", "protokoll")):
            return author_name(name)
    return None


_HANDED_ON = lazy(r"\s*(?:→|->|⇒|=>)\s*")


# what follows a Korean or Japanese colleague's name in a report: their rank
_RANK_TEXT = (
    "차장 과장 대리 주임 부장 사원 팀장 책임 선임 수석 매니저 연구원 이사 상무 전무 대표"
    " 課長 部長 主任 係長 社員"
)
_RANKS = frozenset(_RANK_TEXT.split())


def traveller_name(value: str) -> str | None:
    """The first colleague a report's summary names as its traveller ("네트워크사업부 박지훈
    차장, 오하늘 주임" → 박지훈, "Sam Whitfield (Partnerships)", "海外営業部 佐藤 健" → 佐藤 健),
    or None."""
    first = re.split(r"[,、;/]", value)[0]
    first = re.sub(r"\s*[(（][^()（）]*[)）]", "", first).strip(" *_")
    words = [word for word in first.split() if word not in _RANKS]
    for count in (2, 1):  # "佐藤 健", "Sam Whitfield"; "박지훈" after its team
        if len(words) >= count and (name := label_person(" ".join(words[-count:]))):
            return name
    return None


def url_in(text: str) -> str | None:
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
    labels = host.removeprefix("www.").split(".")
    if (
        len(labels) == 2
        and len(path) >= 2
        and path[0].lower() in _BLOG_PATHS
        and labels[0].isalpha()
    ):
        return labels[0]  # a blog of one's own: "priyanka.codes/blog/…", "jane.dev/posts/…"
    return None


# Sites whose name is a platform's or a host's, not a writer's
_PLATFORM_SITES = frozenset(
    {"dev", "medium", "hashnode", "substack", "github", "gitlab", "blogspot", "wordpress",
     "tistory", "velog", "naver", "brunch", "qiita", "zenn", "hatena", "notion", "linkedin",
     "youtube", "twitter", "x", "google", "example", "localhost", "blog", "www"}
)  # fmt: skip


def own_site(url: str) -> str | None:
    """The name of a site of one's own a post's canonical address points to ("https://nadia
    .codes/rustconf-2024-part-1" → "nadia"), or the blog ``blog_name`` reads; None for a
    platform's address."""
    if (blog := blog_name(url)) is not None:
        return blog
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return None
    labels = host.removeprefix("www.").split(".")
    if len(labels) == 2 and labels[0].isalpha() and labels[0] not in _PLATFORM_SITES:
        return labels[0]
    return None


# What follows a platform's name in a folder that is an export, not a blogger's handle.
# The folders an outliner or a notes app keeps its day pages in (Logseq's journals/, Obsidian's
# Daily/), named by the app, not by the writer
_DAY_FOLDERS = frozenset(
    {"journals", "journal", "daily", "dailies", "daily notes", "diary", "til", "일기", "日記"}
)
# A diary's folder in the languages notes are kept in: its pages are one writer's. (Not a
# notes app's "journals/": a Logseq graph's day pages, which the vault's owner writes.)
_DIARY_FOLDERS = frozenset(
    {"diary", "diaries", "päiväkirja", "paivakirja", "dagbok", "dagboek"}
    | {"tagebuch", "dziennik", "günlük", "gunluk", "diario", "diarios", "journal de bord"}
    | {"일기", "日記", "日记", "дневник", "щоденник", "deník", "napló"}
)
_NOT_HANDLES = frozenset(
    {"export", "exports", "backup", "backups", "archive", "dump", "posts", "data", "md"}
)
# A folder a personal notes app exported one person's notebooks to: "joplin-export",
# "Evernote export", "bear_notes", "apple-notes".
_APP_EXPORT = lazy(
    r"(?i)^(?:joplin|evernote|bear|apple[-_ ]?notes|simplenote|standard[-_ ]?notes"
    r"|upnote|notesnook|day[-_ ]?one|google[-_ ]?keep)"
    r"(?:[-_ ](?:export|exports|backup|notes|md|markdown|archive))?$"
)


# The folder a personal site keeps its posts in, first in a post's address.
_BLOG_PATHS = frozenset({"blog", "posts", "post", "articles", "writing", "notes", "til"})


def _writer_folder(folders: list[str]) -> str | None:
    """The nearest of these folders (nearest last) that may name a writer: not a tool's or a
    site's structure ("journals", "vault", "docs", "en"), nor a site's or a year's."""
    return next(
        (f for f in reversed(folders) if not structure_folder(f) and not _site_or_number(f)),
        None,
    )


# Words a notes app, an export or a grouping adds to a folder's name, beside the structure
# folders' words: what the folder holds or how it was made, never whose it is.
_NOBODY_WORDS = frozenset(
    {"export", "exports", "exported", "backup", "backups", "dump", "copy", "copies", "sync",
     "synced", "my", "personal", "old", "new", "main", "all", "graph", "brain", "second",
     "research", "app", "apps", "notebook", "notebooks", "entries", "journal", "plaintext",
     "txt", "text", "html", "json", "onenote", "simplenote", "upnote", "notesnook", "craft",
     "reflect", "tana", "capacities", "heptabase", "remnote", "anytype", "trilium", "zettlr",
     "typora", "ulysses", "drafts", "apple", "google", "microsoft", "standard", "icloud"}
)  # fmt: skip
# Apps whose name is two words, written as one in a folder's name ("DayOne", "applenotes")
_APP_NAMES = frozenset({"dayone", "applenotes", "googlekeep", "standardnotes", "iawriter"})


def nobodys_folder(folder: str) -> bool:
    """Whether a folder's name says what it holds or which app or site made it, and nothing
    else: "Obsidian Vault", "My Vault", "dayone", "Google Takeout", "joplin-export",
    "blog-ko", "slides-en", "web-copy"; never a person's ("ana-vault", "sam-notes")."""
    if structure_folder(folder):
        return True
    words = [w.lower() for w in _FOLDER_WORDS.split(folder) if w]
    if not words or "".join(words) in _APP_NAMES:
        return bool(words)
    return all(
        w in _NOBODY_WORDS or w in _SITE_FOLDERS or w in _OWN_WORDS or structure_folder(w)
        for w in words
    )


# Sites and tools people save posts and pads from, and group them by: what a folder of them
# holds, never whose notes they are ("hashnode/", "medium/", "discourse/", "pads/").
_SITE_FOLDERS = frozenset(
    {
        *("medium", "hashnode", "substack", "velog", "tistory", "brunch", "qiita", "zenn"),
        *("devto", "dev.to", "dev-to", "wordpress", "blogspot", "blogger", "ghost", "hatena"),
        *("naver", "naver-blog", "habr", "virgool", "viblo", "csdn", "juejin", "linkedin"),
        *("discourse", "forum", "forums", "discussions", "gh-discussions", "github", "gitlab"),
        *("reddit", "hn", "hackernews", "slack", "discord", "telegram", "whatsapp", "mail"),
        *("pads", "pad", "etherpad", "hackmd", "hedgedoc", "codimd", "notion", "confluence"),
        *("gdocs", "google-docs", "drive", "dropbox", "onedrive", "icloud", "web", "site"),
        *("sites", "clippings", "saved", "bookmarks", "imports", "import", "misc", "other"),
        *("weeknotes", "newsletter", "newsletters", "talks-notes", "conferences", "events"),
    }
)
# Words after a name in a folder of one person's posts: "ayse-demir-blog", "lena_notes".
_OWN_WORDS = frozenset({"blog", "notes", "posts", "site", "writes", "log", "dev", "md"})
_FOLDER_WORDS = lazy(r"[-_. ]+")
# What a file or folder name says a note is, never who wrote it: "strangeloop-recap",
# "kubecon-summary", "pycon-takeaways", "devfest-후기"
_WHAT_A_NOTE_IS = frozenset(
    {"recap", "recaps", "summary", "summaries", "review", "writeup", "report", "reports",
     "takeaways", "learnings", "highlights", "impressions", "thoughts", "talk", "talks",
     "session", "sessions", "keynote", "keynotes", "day", "trip", "journal", "diary", "minutes",
     "resumen", "resumo", "bericht", "zusammenfassung", "relacja", "podsumowanie", "notlar",
     "后记", "总结", "笔记", "まとめ", "レポート", "후기", "정리", "요약", "참관기", "회고"}
)  # fmt: skip
# How conference names end, without a year to tell them: "gophercon", "jsconf", "devfest".
_EVENT_WORD = lazy(r"(?i)(?:con|conf|fest|summit|camp|days|kaigi|meetup|expo|hack|week)$")


def _event_folder(folder: str) -> bool:
    """An event's folder named without its year ("gophercon-eu", "devopsdays-ams")."""
    return any(_EVENT_WORD.search(word) for word in _FOLDER_WORDS.split(folder) if word)


def _site_or_number(folder: str) -> bool:
    """A site's folder ("hashnode", "discourse") or one holding a number (a year, a month, a
    date, a room: "2024", "2024-06", "b09"): never a person."""
    return folder.lower() in _SITE_FOLDERS or any(c.isdigit() for c in folder)


def person_folder(folder: str, text: str = "") -> bool:
    """Whether a folder reads as a person, so the notes in it are theirs: a handle ("@jiyoon")
    or a personal name ("lena-hoffmann", "ayse-demir-blog", "박지훈"); never a site, a
    language, an event, a year or date, a tool's folder ("hashnode", "he", "gophercon-eu",
    "2024-06", "journals"), nor a topic the note itself is about ("machine-learning")."""
    if folder[:1] == "@":
        return len(folder) > 1
    if _site_or_number(folder) or nobodys_folder(folder) or event_phrases(folder):
        return False
    words = [w for w in _FOLDER_WORDS.split(folder) if w]
    while len(words) > 1 and words[-1].lower() in _OWN_WORDS:
        words.pop()
    if any(_EVENT_WORD.search(word) for word in words):
        return False
    if any(word.lower() in _WHAT_A_NOTE_IS for word in words):
        return False
    if len(words) == 1 and words[0][:1] <= "\u3000":
        return False  # one Latin word ("nix", "devoxx", "friends"): a topic as often as a name
    head = text[:400].lower()
    if any((len(word) > 2 or word > "\u3000") and word.lower() in head for word in words):
        # a word the note itself opens with is its topic: "compose-talk.md" under "# Compose
        # 성능 튜닝", "gophercon-eu-notizen.md" under "# GopherCon EU 2024 – Notizen"
        return False
    if len(words) == 1:
        # one word names a person where names are written as one: Hangul, Han
        return looks_like_name(words[0], strict=True)
    return looks_like_name(" ".join(w[:1].upper() + w[1:] for w in words))


def unstated_author(
    text_author: str | None, sources: tuple[str | None, ...], rel: str, text: str = ""
) -> tuple[str, str]:
    """(author, where it was found) for a note whose frontmatter names none: its text (a byline),
    the blog of a source URL (the frontmatter's, then the text's), a folder per blog (velog
    exports: "@jiyoon_log/…"; a Jekyll blog's "_posts/", named after the folder above it, or
    "blog"), else its file name."""
    if text_author:
        return text_author, "text"
    blog = next((name for url in sources if (name := blog_name(url or ""))), None)
    if blog:
        return blog, "source"
    folders = rel.split("/")[:-1]
    handle = next((p[1:] for p in folders if p.startswith("@") and p[1:]), None)
    blog = next((m for p in folders if (m := _BLOG_FOLDER.match(p))), None)
    if blog is not None and (blog.group("name") or "").lower() in _NOT_HANDLES:
        return blog.group(0), "none"  # "substack-export": one writer's export, unnamed
    handle = handle or (blog and (blog.group("name") or blog.group("host")))
    if handle:
        return handle, "folder"
    export = next((p for p in folders if _APP_EXPORT.match(p)), None)
    if export is not None:
        # "joplin-export/…/Saturday.md", "dayone/Journal.txt": one person's notebooks (one
        # column in compare), but the app's name is not that person's
        return export, "none"
    for position, folder in enumerate(folders):
        if folder in _POST_FOLDERS:  # a blog's posts: named after the blog's folder
            above = [f for f in folders[:position] if not _LANGUAGE.match(f)]
            return _person(_writer_folder(above), (above or [folder])[-1], text)
        if folder in ("post", "posts") and position and folders[position - 1] == "content":
            # a Hugo site's content/post/: the site's folder above it, not a language's
            above = [f for f in folders[: position - 1] if not _LANGUAGE.match(f)]
            return _person(_writer_folder(above), (above or [folder])[-1], text)
    writer = file_writer(rel, text)  # "2024-11-04-jiho.md", "day1_김민지.md", "notes-by-lena.md"
    if writer is not None:
        return writer, "file"
    if folders and folders[-1].lower() in TALK_FOLDERS:
        # "lena/Talks/observability.md": a talk page in the talks folder of someone's notes
        # (not of an event's: "droidkaigi-2024/sessions/…" names no writer)
        folder = _writer_folder(folders[:-1])
        if folder is not None and not event_phrases(folder):
            # one site's pages (one column in compare), named only when that is a person's:
            # an event's site named without its year ("devopsdays-ams/docs/talks/…") is no one
            return folder, "none" if _event_folder(folder) else "folder"
    if folders and file_date(rel) is not None:
        # a journal's day pages ("TIL/2024-10-30.md", "daniel/journals/2024_10_09.md"): one
        # writer's, named after their folder rather than one author per day; never after a
        # tool's or a site's folder ("logseq/journals/…", "vault/Daily/…", "notas/…")
        folder = _writer_folder(folders)
        if folder is not None and (folder == folders[-1] or folders[-1].lower() in _DAY_FOLDERS):
            return folder, "folder"
    if folders and page_name(rel, text):
        # a site's page named by what it is ("docs/day-1.md", "blog/2024-09-20-recap.md"):
        # the site's folder is a better guess at its writer than a page word (never an
        # event's folder above a talks folder: "react-conf-2024/sessions/…")
        folder = _writer_folder(folders)
        if folder is not None and not event_phrases(folder):
            # a folder that is no site's, language's, date's or event's: its pages are one
            # writer's (one column in compare), named only when it reads as a person
            return folder, "folder" if person_folder(folder, text) else "none"
    elif folders and person_folder(folders[-1], text):
        return folders[-1], "folder"  # "lena-hoffmann/gophercon-day-1.md", "박지훈/후기.md"
    elif folders and not structure_folder(last := folders[-1]) and nobodys_folder(last):
        if _site_or_number(last):  # "medium/": posts saved from a site, by anyone
            return file_title(rel), "none"
        return last, "none"  # "blog-ar/", "web-copy/": one site's pages, no one's name
    if folders and folders[-1].casefold() in _DIARY_FOLDERS:
        # a diary's pages ("päiväkirja/asm24-2-perjantai.md", "Tagebuch/tag-3.md") are one
        # person's: one column in compare, named after the person's folder above it if any
        above = _writer_folder(folders[:-1])
        if above is not None and person_folder(above, text):
            return above, "folder"
        return folders[-1], "none"
    # No author is better than a wrong one: a file's name, or the folder a user grouped notes
    # in by site, language, event, date or topic, is nobody's. The file's title stays the
    # note's own key (its notes are one column in compare), shown as no author; a file named
    # as a person ("jiho-kim.md", "박지훈.md") is theirs.
    title = file_title(rel)
    # a file named with four words or more is a post's slug ("durga-puja-pandal-hopping.md"
    # over a Bengali post), not a person: names in file names are one to three words
    words = [w for w in _FOLDER_WORDS.split(title) if w]
    named = len(words) <= 3 and not _topic_file(rel, words)
    return title, "file" if named and person_folder(title, text) else "none"


def _topic_file(rel: str, words: list[str]) -> bool:
    """Whether a file's name says what the note is, never who wrote it: a Zettelkasten note's
    ("202411051030 Kotlin Multiplatform.md", even "202411051030 Jana Novak.md", a note about
    her in the writer's own slip box) or a slide deck's ("deck-shift-2024.md", "slides-devoxx.md",
    "prezentacija-jana.md")."""
    leaf = rel.rpartition("/")[2]
    if leaf[:1].isdigit() and without_timestamp_id(leaf) != leaf:
        return True  # after its timestamp id, the slip's topic
    return any(w.lower() in _DECK_WORDS for w in words)


# What a slide deck's file is called, in the languages decks are written in.
_DECK_WORDS = frozenset(
    {"deck", "decks", "slides", "slide", "slideshow", "marp", "reveal", "revealjs", "ppt", "pptx",
     "presentation", "presentations", "prezentacija", "prezentacije", "predstavitev",
     "prezentace", "prezentacja", "prezentare", "präsentation", "praesentation", "folien",
     "diapositivas", "diapositive", "diapos", "diaporama", "apresentacao", "apresentação",
     "presentatie", "esitys", "sunum", "slajdy", "slajdovi", "slajdi"}
)  # fmt: skip


def _person(folder: str | None, place: str, text: str) -> tuple[str, str]:
    """The blog folder's writer when it reads as a person, else no author shown: the posts
    of one blog still share one key (one writer's column in compare), the blog's folder's,
    or else the folder the blog is in ("blog/content/posts/…": "blog"; "_posts/")."""
    if folder is not None and person_folder(folder, text):
        return folder, "folder"
    return folder or place, "none"


# A blog's post header: the writer, the posting date and time, the reading time, the category,
# set off by "·" or "|": "개발하는 곰돌이 · 2024. 9. 13. 23:41", "2024. 9. 20. 18:32 · 카테고리:
# 컨퍼런스", "[Ann](https://…) · 4 min read · 31 ott 2024", "by 지원 · Sep 14. 2024".
@functools.cache
def _header_parts() -> re.Pattern[str]:
    return re.compile(r"\s[·|]\s")


@functools.cache
def _clock() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:오전|오후|am|pm)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?\s*$", re.I)


# What else a post header says: how long the post takes to read, its category, its views.
@functools.cache
def _header_words() -> re.Pattern[str]:
    return re.compile(
        r"(?i)\d+\s*min(?:ute)?s?\s+read|\d+\s*분|카테고리|category|조회|views?\b|읽는\s*데"
    )


_HEADER_PART_MAX = 60


def posted_mention(line: str) -> DateMention | None:
    """The posting date a post header line gives ("개발하는 곰돌이 · 2024. 9. 13. 23:41",
    "2024. 9. 20. 18:32 · 카테고리: 컨퍼런스", "Ann · 4 min read · 31 ott 2024"): a date alone in
    its part of the line, with the time it was posted, or after the writer's name, or beside
    the reading time or category; None for any other line (a date in a sentence, or a date and
    a place, is the event's)."""
    if len(line) > 160 or ("·" not in line and "|" not in line):
        return None
    parts = _header_parts().split(line.strip(" *_"))
    if len(parts) < 2 or any(len(part) > _HEADER_PART_MAX for part in parts):
        return None
    header = _header_words().search(line) is not None or _POST_HEADER.match(line) is not None
    for part in parts:
        mentions = find_dates(part)
        if len(mentions) != 1 or mentions[0].is_range:
            continue
        mention = mentions[0]
        if part[: mention.offset].strip():
            continue
        rest = part[mention.offset + mention.length :].strip(" .")
        if (rest and _clock().match(rest)) or (not rest and header):
            offset = line.find(part)
            return DateMention(
                mention.year,
                mention.month,
                mention.day,
                max(0, offset) + mention.offset,
                length=mention.length,
            )
    return None
