"""What a note's path says: the event, day, date and track its folders name
(``Conferences/PyCon KR 2024/Day 2/Keynote - X.md``), and its file name as a title."""

from __future__ import annotations

import datetime as dt
import functools
import re
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Any

from summit_tui.corpus.dates import (
    day_number,
    find_dates,
    month_and_weekday_names,
    weekdays,
    without_timestamp_id,
)
from summit_tui.corpus.event_names import event_phrases, is_year, slug_event, word_set
from summit_tui.lazy_re import lazy

_GENERIC_FOLDERS = word_set(
    """
    notes note posts post _posts blog content contents docs doc src md markdown archive
    archives drafts draft _drafts conferences conference events event talks sessions
    seminars meetups inbox daily journal misc vault public pages rooms tracks halls stages conf
    컨퍼런스 행사 세미나 정리 일기 데일리 메모
    tagebuch notizen konferenzen dailies journals diary дневник ежедневник заметки входящие
    конференции черновики diario notas
    후기 노트 블로그 글 글모음 포스트 게시글 writing writings essays articles til
    mastodon fediverse bluesky bsky twitter tweets toots threads 스레드 트위터 마스토돈
    org orgmode roam weeknotes weeknote discourse forum forums discussions
    naver brunch medium devto dev.to substack linkedin tistory velog hashnode wordpress ghost
    blogger blogspot qiita zenn hatena 네이버 브런치 티스토리 벨로그 미디엄
    keep google-keep takeout google-takeout phone puhelin telefon muistiinpanot anteckningar
    gdocs gdoc google-docs googledocs hackmd codimd hedgedoc etherpad pads cryptpad export exports
    minutes minute protokoll protokolle actas atas verbali verbale 議事録 议事录 회의록
    transcripts transcript transcriptions recordings recording summaries summary ai-summaries
    ai-notes meeting-notes meetings voice-memos memos otter otter.ai fireflies granola fathom
    tldv chatgpt claude gemini copilot onenote evernote notion obsidian bear joplin 녹취록 요약
    mail mails email emails e-mail e-mails eml mailing-list mailing-lists lists correo courriel
    메일 メール 邮件
    """
)
EVENT_PARENTS = {
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


# A site's folder per language ("content/it/post/…", "pt/", "zh-cn/"): which language, not which
# event.
@functools.cache
def _language_folder() -> re.Pattern[str]:
    # compiled on first use (so are the other patterns made by functions here): a start
    # that parses no note never pays for it
    return re.compile(
        r"^(?:en|ko|kr|ja|jp|zh|de|fr|es|it|pt|nl|ru|pl|sv|cs|tr|uk|vi|id|th|da|no|fi|hu|ro|el"
        r"|he|iw|fa|ar|hi|bn|ta|ur|ms|ca|bg|sr|hr|sk|sl|et|lv|lt|ka|az|kk)"
        r"(?:[-_ ](?:[a-z]{2}|hans|hant))?$",
        re.IGNORECASE,
    )


# A Hugo page bundle's page: "pgo-in-production/index.en.md" is the post its folder names.
_BUNDLE_PAGE = lazy(r"^_?index(?:\.[a-z]{2}(?:-[a-z]{2,4})?)?$", re.IGNORECASE)


def bundle_page(stem: str) -> bool:
    """Whether a file's stem names a page bundle's page ("index", "_index", "index.en")."""
    return _BUNDLE_PAGE.match(stem) is not None


_TRACK_FOLDER = lazy(
    # "rooms/" and "tracks/" hold tracks; "room-a/", "Track 2/", "트랙 B/" are one
    r"^(?:track|room|hall|stage|트랙|룸|홀)(?!s$)\s*\S+$|^(?:keynotes?|키노트|workshops?|워크숍|"
    r"tutorials?|lightning talks?|panels?|booths?|exhibition|부스|전시)$",
    re.IGNORECASE,
)


# A chat app's export folder, named by the exporter, not by the event or the person:
# Telegram Desktop's "ChatExport_2024-12-04" ("… (2)"), WhatsApp's "WhatsApp Chat with X"
# (its translations: "WhatsApp-Chat mit X", "Chat de WhatsApp con X", "Discussion WhatsApp
# avec X", "Conversa do WhatsApp com X", "WhatsApp-чат с X"), "X Slack export Jan 1 2024 -
# Dec 4 2024", Google's "Takeout", DiscordChatExporter's folders.
_CHAT_EXPORT_FOLDER = lazy(
    r"(?i)^(?:chat[ _-]?export(?:[ _-].*)?|telegram[ _-]?(?:desktop|export).*"
    r"|whats[ _-]?app\b.*|.*\bwhats[ _-]?app[ _-]?(?:chat|чат)\b.*|.*\bslack[ _-]export\b.*"
    r"|takeout(?:[ _-]\d+)?|discord[ _-]?chat[ _-]?export(?:er)?\b.*|kakaotalk[ _-]?chats?\b.*)$"
)


def chat_export_folder(name: str) -> bool:
    """Whether a folder is a chat app's export folder: no event's and no writer's name."""
    return bool(_CHAT_EXPORT_FOLDER.match(name.strip()))


def folder_facts(rel: str) -> dict[str, Any]:
    folder, _, name = rel.rpartition("/")
    stem = name.rsplit(".", 1)[0]
    if "." in stem and (parents := dotted_parents(stem)):
        # a Dendron note: "conf.pycon-us-2024.typing-at-scale" sits under conf/pycon-us-2024
        folder, stem = "/".join((folder, *parents)), stem.rsplit(".", 1)[-1]
    if _BUNDLE_PAGE.match(stem):
        folder = folder.rpartition("/")[0]  # a page bundle's folder is its post's slug
    facts = dict(_folder_facts(folder))
    prefix = re.split(r"\s+[-–—]\s+", stem, maxsplit=1)
    if len(prefix) == 2 and _TRACK_FOLDER.match(prefix[0].strip()) and facts["track"] is None:
        facts["track"] = prefix[0].strip()
    return facts


@lru_cache(maxsize=4096)
def _folder_facts(folder: str) -> dict[str, Any]:
    """What the folders around a note say: event names (with strength), dates, day names,
    days of the week and a track. ``Conferences/PyCon KR 2024/Day 2/Keynote - X.md``: the
    event PyCon KR 2024, day 2, track Keynote (the file's own prefix); ``saturday/x.md``: a
    Saturday, not an event called "saturday"."""
    folders = [part for part in folder.split("/") if part]
    out: dict[str, Any] = {"events": [], "dates": [], "days": [], "track": None, "weekdays": []}
    previous = ""
    named_last = ""  # the folder just above, when it named an event (or may have)
    for folder in folders:
        above, named_last = named_last, ""
        text = " ".join(re.sub(r"[_]+|(?<=\w)-(?=\w)", " ", folder).split())
        lowered = text.lower()
        if chat_export_folder(folder):
            continue  # its date is the export's, not a talk's
        generic = lowered in _GENERIC_FOLDERS or lowered.replace(" ", "-") in _GENERIC_FOLDERS
        if generic or not text or _language_folder().match(lowered):  # "Google Keep" too
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
        if is_year(text):
            last = out["events"][-1] if out["events"] else None
            # "pycon-apac/2024/": the name above is that year's edition
            if (
                last
                and above
                and not any(c.isdigit() for c in last[1])
                and (named := _edition(above, text))
            ):
                out["events"][-1] = (5, named)
            previous = lowered
            continue
        if text.isdigit() or _month_folder(text):
            previous = lowered
            continue
        if len(text.split()) <= 2 and len(named := weekdays(text.title())) == 1:
            out["weekdays"].extend(named)  # "saturday/", "2 - Sunday/", "토요일/": a day of it
            previous = lowered
            continue
        if _TRACK_FOLDER.match(text):
            out["track"] = text.title() if text.islower() else text  # "room-a/": "Room A"
            previous = lowered
            continue
        if is_year(previous) and (named := _edition(text, previous)):
            # "2023/pycon-apac/": a notes repo's folder per year, one per conference in it
            out["events"].append((5, named))
        elif found := event_phrases(text):
            out["events"].extend((5, name) for name in found)
        elif previous in EVENT_PARENTS:
            out["events"].append((5, text))
        else:
            out["events"].append((1, text))
        previous, named_last = lowered, text
    return out


def _edition(name: str, year: str) -> str | None:
    """The event a folder's name and a year folder beside it name together ("pycon-apac" in
    "2023/"): that year's edition, when the name reads as a conference's; None otherwise."""
    if any(is_year(word) for word in name.split()):
        return None  # "2024/PyCon US 2024/": the name says its year already
    found = event_phrases(f"{name} {year}")
    if len(found) == 1 and found[0].endswith(year) and found[0] != found[0].lower():
        return found[0]
    return slug_event(f"{'-'.join(name.lower().split())}-{year}")


def month_folder(name: str) -> bool:
    """Whether a folder names only a month of a year ("2024-August", "2024_08"): an
    archive's, never an event or a writer."""
    return _month_folder(" ".join(re.sub(r"[_]+|(?<=\w)-(?=\w)", " ", name).split()))


def _month_folder(text: str) -> bool:
    """A mailing-list or blog archive's month ("2024-August", "2024 08", "août 2024"): when
    its notes were filed, never an event."""
    words = text.split()
    if len(words) != 2 or not any(is_year(word) for word in words):
        return False
    other = words[1] if is_year(words[0]) else words[0]
    if other.isdigit():
        return 1 <= int(other) <= 12
    return other.lower() in month_and_weekday_names() and not weekdays(other.title())


_EXPORT_ID = lazy(r"\s+[0-9a-f]{32}$")
# A file named by its place in a hierarchy of dot-separated slugs, as Dendron names them:
# "conf.pycon-us-2024.typing-at-scale", "daily.journal.2024.05.18".
_DOTTED = lazy(r"^[\w-]+(?:\.[\w-]+)+$")
_DOTTED_DATE = lazy(r"\.((?:19|20)\d{2}\.\d{2}\.\d{2})$")


@lru_cache(maxsize=4096)
def dotted_parents(stem: str) -> tuple[str, ...]:
    """The parents a dot-named file names before its own name ("conf.pycon-us-2024.keynote" →
    ("conf", "pycon-us-2024")); () for a name whose dots are not a hierarchy ("index.en",
    "v1.2", "node.js", "2024.05.18"). A journal's date stays whole: "daily.journal.2024.05.18"
    → ("daily", "journal")."""
    if not _DOTTED.match(stem):
        return ()
    date = _DOTTED_DATE.search(stem)
    raw = stem[: date.start()].split(".") if date else stem.split(".")[:-1]
    parts: list[str] = []
    for part in raw:
        if parts and is_year(part):
            parts[-1] += "-" + part  # "conf.pycon.2024.keynote": PyCon 2024
        elif not part or part.isdigit() or len(part) <= 2:
            return ()  # version numbers, language codes
        else:
            parts.append(part)
    if len(raw) == 1 and not date and parts[0].lower() not in _DOTTED_ROOTS:
        return ()  # one dot: "node.js", "index.en" name no hierarchy
    return tuple(parts)


# The first part of a one-dot Dendron name that is a hierarchy's root: "conf.pycon-us-2024".
_DOTTED_ROOTS = frozenset(
    {"conf", "confs", "conference", "conferences", "talk", "talks", "event", "events", "meetup"}
    | {"meetups", "daily", "journal", "notes", "session", "sessions", "seminar", "seminars"}
)


def _dotted_leaf(stem: str) -> str:
    """A dot-named file's own name: "conf.pycon-us-2024.typing-at-scale" → "typing-at-scale",
    "daily.journal.2024.05.18" → "2024.05.18"."""
    if "." not in stem or not dotted_parents(stem):
        return stem
    date = _DOTTED_DATE.search(stem)
    return date.group(1) if date else stem.rsplit(".", 1)[1]


def file_title(rel: str) -> str:
    """A note's file name as a title, without the id a Notion export adds to it
    ("Kotlin 도입기 1a2b…(32 hex).md" → "Kotlin 도입기"); a page bundle's folder name
    ("pgo-in-production/index.ko.md" → "pgo-in-production")."""
    path = PurePosixPath(rel)
    stem = path.stem
    if _BUNDLE_PAGE.match(stem) and path.parent.name:
        return path.parent.name
    return without_timestamp_id(_EXPORT_ID.sub("", _dotted_leaf(stem)) or stem)


# A journal page named after its day: Logseq's "2024_10_09.md", Obsidian's "2024-10-09.md",
# "2024.10.09.md", "20241009.md".
@functools.cache
def _date_stem() -> re.Pattern[str]:
    return re.compile(
        r"^(?P<y>(?:19|20)\d{2})(?P<sep>[-_.]?)(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])$"
    )


@lru_cache(maxsize=4096)  # asked of each note's path by its facts, its day pages and its writer
def file_date(rel: str) -> str | None:
    """The day a note's file name is, when the name is nothing but a date (a daily note or a
    journal page: the day it was written); None for any other name."""
    name = rel.rpartition("/")[2]
    stem = name.rpartition(".")[0] or name
    if not name[:1].isdigit() and not stem[-1:].isdigit():
        return _written_date_stem(stem) if len(stem) <= _WRITTEN_DATE_MAX else None
    match = _date_stem().match(_dotted_leaf(stem))
    if match is None:
        return _written_date_stem(stem) if len(stem) <= _WRITTEN_DATE_MAX else None
    try:
        return dt.date(int(match["y"]), int(match["m"]), int(match["d"])).isoformat()
    except ValueError:
        return None


# A blog post's file or page-bundle folder named by the day it was posted and its slug:
# Jekyll's and Docusaurus' "2024-09-12-droidkaigi-day-1.md", "2024-09-12-recap/index.md";
# and a Zettelkasten note's timestamp id before its title, the minute it was written:
# "202409181030 Event-driven payments at scale.md"
_POST_STEM = lazy(
    r"^((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[-_](?=\w)"
    r"|^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?"
    r"[ _-]+(?=\w)"
)
_PAGE_STEMS = frozenset({"index", "_index", "readme"})


def post_date(rel: str) -> str | None:
    """The day a blog post was posted, when its file name (or its page bundle's folder name)
    opens with it before a slug; None for any other name. A fallback: the body's own day
    of the talk comes first."""
    folder, _, name = rel.rpartition("/")
    stem = name.partition(".")[0]
    if stem.lower() in _PAGE_STEMS and folder:
        stem = folder.rpartition("/")[2]
    match = _POST_STEM.match(stem)
    if match is None:
        return None
    year, month, day = match.groups()[:3] if match[1] else match.groups()[3:]
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


_WRITTEN_DATE_MAX = 32
# What may stand beside a day in a journal page's name: "October 9th, 2024" (Roam),
# "2024년 10월 9일 (수)", "2024年10月9日", "Wednesday, 9 October 2024".
_DATE_FILLER = lazy(r"[\s,.()（）]+|(?<=\d)(?:st|nd|rd|th|년|월|일|年|月|日)")


def _written_date_stem(stem: str) -> str | None:
    """The day a file name written as a date in words is ("October 9th, 2024",
    "2024년 10월 9일"); None when the name says anything else or gives no year."""
    if not any(c.isdigit() for c in stem[-4:] + stem[:4]):
        return None
    mentions = find_dates(stem)
    if len(mentions) != 1 or mentions[0].is_range or mentions[0].year is None:
        return None
    mention = mentions[0]
    rest = stem[: mention.offset] + " " + stem[mention.offset + mention.length :]
    rest = _DATE_FILLER.sub(" ", rest)
    if any(word and not weekdays(word.title()) for word in rest.split()):
        return None
    return mention.iso()


# Folders a notes tool or a site keeps its files in, in the languages notes are kept in: what
# they hold, never whose they are ("logseq/journals/", "vault/Daily/", "notas/").
STRUCTURE_FOLDERS = word_set(
    """
    roam roam-research logseq obsidian notion bear joplin evernote dendron foam zettelkasten
    journals journal daily dailies diary diaries pages page docs doc documentation blog blogs
    _posts posts post _drafts drafts draft content contents notes note notas notizen appunti
    aantekeningen vault vaults archive archives src public static md markdown
    inbox til wiki kb knowledge zettel attachments assets files
    mastodon fediverse bluesky bsky twitter tweets toots threads 스레드 트위터 마스토돈
    노트 메모 일기 블로그 문서 기록 メモ ノート 日記 笔记 筆記 文档 文檔
    tagebuch дневник ежедневник заметки входящие черновики 데일리 diario
    keep google-keep takeout google-takeout muistiinpanot anteckningar päiväkirja dagbok
    """
)
# Folders that say their pages are talks ("Talks/", "sessions/", "발표/"): no writer's name
TALK_FOLDERS = word_set(
    """
    talks talk sessions session keynotes presentations slides 발표 세션 발표들 강연 vorträge
    vortraege charlas ponencias palestras sessões interventions доклады 講演 発表 演讲
    """
)


def structure_folder(name: str) -> bool:
    """Whether a folder is a tool's or a site's structure ("journals", "Daily Notes", "docs",
    "en") or says what its pages are ("Talks", "발표"), not a writer's or an event's name."""
    low = " ".join(name.lower().replace("_", " ").split())
    return (
        low in STRUCTURE_FOLDERS
        or low in TALK_FOLDERS
        or name.lower() in STRUCTURE_FOLDERS
        or low.replace(" ", "-") in STRUCTURE_FOLDERS
        or low in ("daily notes", "daily-notes")
        or chat_export_folder(name)
        or ((name[:1].isdigit() or name[-1:].isdigit()) and month_folder(name))
        or bool(_language_folder().match(low))
        # a day's folder ("day2/", "Tag 1/", "1일차/"): which day, never whose notes
        or (len(low) <= 12 and day_number(low) is not None)
    )


# A file name that says whose notes it holds: "notes-by-lena", "lena's notes", "keynote (Lena)",
# "2024-11-04-jiho", "day1_김민지", "jiho-2024-11-04".
_NAMED_BY = lazy(
    r"(?i)^(?:.*[-_ ])?(?:notes?|memo|recap)[-_ ]by[-_ ](?P<name>[^\W\d_][\w.'-]{1,30})$"
)
_POSSESSIVE_FILE = lazy(
    r"(?i)^(?P<name>[^\W\d_][\w-]{1,20})['’]s[-_ ](?:notes?|memo|recap|write-?up)(?:\b.*)?$"
)
_PAREN_NAME = lazy(r"^.{2,80}?\s*[(（](?P<name>[^()（）\d]{2,30})[)）]$")
_DAY_STEM = r"(?:(?:19|20)\d{2}[-_.]?\d{2}[-_.]?\d{2}|day[-_ ]?\d{1,2})"
_DATE_WORD = lazy(
    rf"^(?:{_DAY_STEM}|d\d|\d일차|(?:19|20)\d{{2}})[-_ ](?P<name>[^\W\d_][^\W\d]{{1,20}})$"
    rf"|^(?P<lead>[^\W\d_][^\W\d]{{1,20}})[-_ ]{_DAY_STEM}$",
    re.IGNORECASE,
)
_LOWER_NAME = lazy(r"^[a-z][a-z'-]{1,14}$|^[A-ZÀ-Þ][a-zß-ÿ'-]{1,14}$")


def file_writer(rel: str, text: str) -> str | None:
    """The writer a note's file name gives, where people put it there ("2024-11-04-jiho.md",
    "day1_김민지.md", "notes-by-lena.md", "keynote (Lena).md"); None for any other name. A bare
    word beside a date is a writer only when it reads as a name and the note's own text never
    says it ("2024-11-04-devfest.md" is a slug of its title)."""
    from summit_tui.corpus.names import looks_like_name

    stem = PurePosixPath(rel).stem.strip()
    if not stem:
        return None
    explicit = _NAMED_BY.match(stem) or _POSSESSIVE_FILE.match(stem)
    if explicit is not None:
        name = explicit.group("name")
        return name if _word_name(name, looks_like_name) else None
    paren = _PAREN_NAME.match(stem)
    if paren is not None:
        name = paren.group("name").strip()
        if name.lower() in _NOT_WRITERS:
            return None  # "keynote (한국어).md", "notes (copy).md": what the file is
        if looks_like_name(name) or _word_name(name, looks_like_name):
            return None if _said(name, text) else name
        return None
    dated = _DATE_WORD.match(stem)
    if dated is None:
        return None
    name = dated.group("name") or dated.group("lead")
    if not _word_name(name, looks_like_name) or _said(name, text):
        return None
    return name


# Words beside a date in a file name that say what the note is, not whose.
_NOT_WRITERS = word_set(
    """
    notes note recap summary keynote keynotes talk talks session sessions workshop booth booths
    day days morning afternoon evening night intro outro agenda schedule program travel trip
    journal diary memo review report draft final update log tutorial panel lunch dinner party
    후기 정리 요약 메모 노트 일기 세션 키노트 부스 오전 오후 첫째날 둘째날 셋째날
    copy old new wip todo done final updated slides video live online offline remote
    english korean japanese chinese german french spanish portuguese italian dutch polish
    en ko ja zh de fr es pt it 한국어 영어 일본어 日本語 英語 中文 英文
    """
)


# Words a site's page is named by: what the page is, never whose.
_PAGE_WORDS = word_set(
    """
    index readme home about summary recap notes note overview intro introduction agenda
    schedule program day days part chapter page talks sessions takeaways highlights
    후기 정리 요약 노트 목차 소개 홈
    """
)
_STEM_WORD = lazy(r"[^\W_]+")


def page_name(rel: str, text: str = "") -> bool:
    """Whether a note's file name says what the page is rather than who wrote it: a page word
    ("index.md", "recap.md", "day-1.md", "summary.md"), a date ("2024-09-20-recap.md"), or a
    slug of the note's own title ("go-at-scale.md" under "# Go at scale")."""
    stem = PurePosixPath(rel).stem.strip().lower()
    if not stem or _BUNDLE_PAGE.match(stem) or file_date(rel) is not None:
        return True
    words = _STEM_WORD.findall(stem)
    if not words:
        return False
    plain = [w for w in words if not w.isdigit() and w not in _PAGE_WORDS and not is_year(w)]
    if not plain:
        return True  # "day-1", "2024-09-20-recap", "notes_2"
    if len(plain) < 2 or not text:
        return False
    head = text[:400].lower()
    return all(w in head for w in plain)  # a slug of the title the note opens with


def _word_name(name: str, looks_like_name: Any) -> bool:
    low = name.lower()
    if low in _NOT_WRITERS or low in _GENERIC_FOLDERS or weekdays(name.title()):
        return False
    if low.replace(" ", "-") in _GENERIC_FOLDERS:  # "Google Keep"
        return False
    if is_year(name) or day_number(name) is not None or find_dates(name):
        return False
    if _LOWER_NAME.match(name) or looks_like_name(name):
        return True
    return bool(looks_like_name(name.replace("-", " ").title()))


def _said(name: str, text: str) -> bool:
    """Whether the note's text names the word: then it is what the note is about."""
    return name.lower() in text[:4000].lower()


# A file named by an event's name glued to its year ("nixcon2024.md", "eurorust-2024.md"), as an
# Org or a plain-text user names a conference's file: the name no word list knows as an event's
_GLUED_YEAR = lazy(r"^(?P<name>[^\W\d_]{4,24})[-_]?(?P<year>20\d\d)$")
_NOT_EVENTS = frozenset(
    {"report", "summary", "recap", "review", "roundup", "retro", "trip", "week", "year", "todo",
     "travel", "reading", "books", "goals", "plan", "plans", "budget", "taxes", "weeknotes"}
)  # fmt: skip


def glued_year_event(rel: str) -> str | None:
    """The event a note's file name gives as a name glued to its year ("nixcon2024" →
    "nixcon 2024"), or None."""
    stem = rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if not stem[-4:].isdigit():
        return None  # most files: no year at the end of their name
    glued = _GLUED_YEAR.match(stem)
    if glued is None:
        return None
    name = glued["name"]
    if name.lower() in _GENERIC_FOLDERS or name.lower() in _NOT_EVENTS:
        return None
    # spelt as a slug's name is ("Nixcon 2024"): the way a note writes it ("NixCon 2024") wins
    return slug_event(f"{name.lower()}-{glued['year']}") or f"{name} {glued['year']}"
