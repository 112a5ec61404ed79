"""A journaling app's export: ONE file, entries one after another, each its own moment.

Day One, Journey, Diarium and the like export a journal as plain text: each entry opened by a
run of header lines (``Date: March 9, 2024 at 1:05:37 PM CST`` then ``Location:``,
``Weather:``, ``Tags:``, often tab-indented; other apps write ``Created:`` / ``Modified:``), or
by a separator line with its date and time (``--- 2024-03-11 14:02 ---``), then the entry (a
``# Title`` line or a plain first line as its title, then bullets or prose). An entry is a unit
of its own, dated by its own header; its header lines belong to no entry's text.

An entry written after midnight (00:00-05:59) that points back to the day before ("this
afternoon", "tonight", 오늘 오후, heute Nachmittag …) took place the previous calendar day;
one that only says "today" keeps its header's date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from summit_tui.corpus.dates import find_dates, is_date_word, only_a_date
from summit_tui.corpus.names import looks_like_name
from summit_tui.lazy_re import lazy

# What a journal export writes at the start of an entry's header line, in the languages the
# apps are used in: the cheap test every note goes through before any pattern runs.
_OPENER_MARKS = (
    "Date:",
    "Created:",
    "Datum:",
    "Erstellt:",
    "Erstellt am:",
    "Fecha:",
    "Creado:",
    "Data:",
    "Criado:",
    "Créé le:",
    "Créé:",
    "날짜:",
    "작성일:",
    "작성 일시:",
    "日付:",
    "作成日:",
    "--- ",
    "---- ",
)

# The entry's opening line: a date key with a date after it, or a separator holding one
_OPENER = lazy(
    r"[ \t]*(?:(?i:date|created|datum|erstellt(?:[ \t]+am)?|fecha|creado|data|criado"
    r"|créé(?:[ \t]+le)?|날짜|작성일|작성 일시|日付|作成日)[ \t]*:[ \t]*(?P<value>\S.{5,80})"
    r"|-{3,}[ \t]+(?P<sep>\S.{5,60}?)[ \t]+-{3,})[ \t]*"
)
# The header lines after it (no blank line between): the app's other fields
_FIELD = lazy(
    r"[ \t]*(?i:location|place|weather|tags?|mood|activity|activities|starred|photos?|music"
    r"|modified|updated|edited|time[ \t]?zone|steps|lieu|météo|étiquettes|modifié"
    r"|ort|wetter|schlagwörter|stichwörter|tags|geändert|ubicación|lugar|clima|etiquetas"
    r"|modificado|local|localização|tempo|marcadores|위치|장소|날씨|태그|기분|수정일|수정 일시"
    r"|場所|天気|タグ|更新日)[ \t]*:.*"
)
_MAIL_FIELD = lazy(
    r"[ \t>]*(?i:from|to|cc|subject|sent|reply-to|message-id|in-reply-to|von|an|betreff|de|para"
    r"|asunto|objet|보낸 사람|받는 사람|제목|差出人|件名)[ \t]*:"
)
_TIME = lazy(
    r"(?P<hour>\d{1,2})[:.h](?P<minute>[0-5]\d)(?::[0-5]\d)?"
    r"(?:[ \t]*(?P<half>(?i:a\.?m\.?|p\.?m\.?)))?"
)
# Words of an entry written after midnight that point back to the day before
_BACK = lazy(
    r"(?i:this[ \t]+afternoon|this[ \t]+evening|tonight|earlier[ \t]+today|오후|저녁|오늘[ \t]*밤"
    r"|por[ \t]+la[ \t]+tarde|esta[ \t]+tarde|esta[ \t]+noche|à[ \t]+tarde|à[ \t]+noite"
    r"|nachmittag|heute[ \t]+abend|après-midi|ce[ \t]+soir|pomeriggio|stasera)"
)
# Words of a room or a building, which read like a name ("Hall B", "Ballroom D")
_PLACE_WORDS = frozenset(
    [
        "hall",
        "room",
        "ballroom",
        "salon",
        "stage",
        "track",
        "auditorium",
        "center",
        "centre",
        "theater",
        "theatre",
        "floor",
        "lounge",
        "suite",
        "foyer",
        "arena",
        "hotel",
        "홀",
        "룸",
        "강당",
        "회의실",
        "세미나실",
        "saal",
        "raum",
        "sala",
        "salle",
    ]
)
_HEAD = 300  # characters of a body in which an export's first header stands
_HEAD_LINES = 4
_LONE_FIELDS = 2  # a lone entry's header: its date and two of the app's fields at least
_LONGEST_STAMP = 48
# Words a journal writes beside an entry's date and time: "at", "um … Uhr", 오전/오후, short
# weekdays
_STAMP_WORDS = frozenset(
    [
        "at",
        "um",
        "uhr",
        "à",
        "a",
        "las",
        "le",
        "de",
        "h",
        "오전",
        "오후",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "mo",
        "di",
        "mi",
        "do",
        "fr",
        "sa",
        "so",
        "lun",
        "mar",
        "mié",
        "mer",
        "jue",
        "jeu",
        "vie",
        "ven",
        "sáb",
        "sam",
        "dom",
    ]
)
_KOREAN_DAY = lazy(r"[월화수목금토일](?:요일)?")
_WORD = lazy(r"\w+")
_AFTER_MIDNIGHT = 6  # an entry stamped before 06:00 may be about the day before
_MIN_ENTRIES = 2


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One entry of an export, as line indexes of the note's body."""

    start: int  # its first header line
    body: int  # the first line after its header lines
    end: int  # exclusive
    day: str  # ISO date of what it is about


def may_be_journal(body: str) -> bool:
    """An export opens with its first entry's header, or after a line or two (a year's page
    title): only the body's first lines are looked at, as every note is asked, and only where
    they hold a colon or a dash run (every header does)."""
    head = body[:_HEAD]
    if ":" not in head and "---" not in head:
        return False
    for line in head.lstrip().split("\n", _HEAD_LINES)[:_HEAD_LINES]:
        if line.lstrip(" \t").startswith(_OPENER_MARKS):
            return True
        if line[:1] == "#" and ":" in line and _heading_stamp(line) is not None:
            return True
    return False


def journal_entries(lines: list[str]) -> list[JournalEntry] | None:
    """The entries of a journal export, or None when the note is no such export (fewer than
    two dated entry openers, unless an app's header opens it, or openers of two kinds)."""
    opened: list[tuple[int, int, str, int | None]] = []  # start, body, day, hour
    kinds: set[str] = set()
    at = 0
    count = len(lines)
    while at < count:
        line = lines[at]
        if line.startswith("#"):
            stamp = _heading_stamp(line) if ":" in line else None
            kind = "heading"
        elif line.lstrip(" \t").startswith(_OPENER_MARKS):
            match = _OPENER.fullmatch(line)
            stamp = _stamp(match.group("value") or match.group("sep")) if match else None
            kind = "field" if match and match.group("sep") is None else "separator"
            if stamp is not None and _in_mail_header(lines, at):
                return None  # a mail's (a digest's messages'): mail_thread reads those
        else:
            stamp = None
        if stamp is None:
            at += 1
            continue
        kinds.add(kind)
        start = at
        at += 1
        while at < count and lines[at] and _FIELD.fullmatch(lines[at]):
            at += 1
        opened.append((start, at, *stamp))
    if not opened or len(kinds) > 1:
        return None
    if any(start == opened[number][1] for number, (start, *_) in enumerate(opened[1:])):
        return None  # date lines one under another are a page's properties (Notion's), no entries
    if len(opened) < _MIN_ENTRIES and ("heading" in kinds or not _app_entry(lines, *opened[0][:2])):
        return None
    entries: list[JournalEntry] = []
    for number, (start, body, day, hour) in enumerate(opened):
        end = opened[number + 1][0] if number + 1 < len(opened) else count
        if hour is not None and hour < _AFTER_MIDNIGHT and _points_back(lines, body, end):
            day = (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()
        entries.append(JournalEntry(start, body, end, day))
    return entries


def _in_mail_header(lines: list[str], at: int) -> bool:
    """Whether the "Date:" line at ``at`` is one of a mail's header lines (``From:``,
    ``Subject:`` … right above or below it)."""
    around = (lines[at - 1] if at else "", lines[at + 1] if at + 1 < len(lines) else "")
    return any(_MAIL_FIELD.match(line) is not None for line in around)


def _app_entry(lines: list[str], start: int, body: int) -> bool:
    """A lone entry an app wrote: its header opens the file, tab-indented as Day One writes
    it or with the app's other fields under it (`Location:`, `Weather:`, `Tags:`), not a
    note's "Date:" and "Location:" lines over its minutes or its talk."""
    if any(line.strip() for line in lines[:start]):
        return False
    return lines[start].startswith("\t") or body - start > _LONE_FIELDS


def _heading_stamp(line: str) -> tuple[str, int | None] | None:
    """A heading that is only an entry's date and time (``## Monday, 11 March 2024 14:02``,
    ``### 2024-03-11 09:40``), as a year's journal page opens each entry; a day's heading
    without a time is a day section, read elsewhere."""
    text = line.lstrip("#").strip(" \t#")
    if len(text) > _LONGEST_STAMP or _TIME.search(text) is None:
        return None
    stamp = _stamp(text)
    if stamp is None or stamp[1] is None:
        return None
    return stamp if only_a_date(text) or _only_day_words(text) else None


def _only_day_words(text: str) -> bool:
    """Whether a heading holds nothing but its date, its time and day words ("2024년 3월 11일
    (월) 오후 2:02", "Mo., 11. März 2024, 14:02 Uhr")."""
    first = find_dates(text)[0]
    rest = text[: first.offset] + " " + text[first.offset + first.length :]
    rest = _TIME.sub(" ", rest)
    return all(
        is_date_word(word) or word.casefold() in _STAMP_WORDS or _KOREAN_DAY.fullmatch(word)
        for word in _WORD.findall(rest)
    )


def _stamp(value: str) -> tuple[str, int | None] | None:
    """The full date (with its year) a header value writes, and its hour when it gives one."""
    found = find_dates(value)
    if not found or found[0].year is None or found[0].is_range:
        return None
    first = found[0]
    try:
        day = dt.date(first.year, first.month, first.day).isoformat()
    except ValueError:
        return None
    rest = value[first.offset + first.length :]
    time = _TIME.search(rest)
    if time is None:
        return day, None
    hour = int(time.group("hour"))
    half = (time.group("half") or "").casefold()
    if "오후" in rest[: time.start()] or half.startswith("p"):
        hour = hour % 12 + 12
    elif "오전" in rest[: time.start()] or half.startswith("a"):
        hour %= 12
    return day, hour


def _points_back(lines: list[str], start: int, end: int) -> bool:
    """Whether an entry's opening lines say it is about the day before it was written."""
    opening = "\n".join(lines[start : min(end, start + 4)])
    return _BACK.search(opening) is not None


def byline_speaker(line: str) -> str | None:
    """The speaker an entry's line under its title opens with, before a comma: "Jonas Becker,
    hall B, this afternoon", "김소라, 301호"; None for a sentence or a room."""
    head, comma, _ = line.strip().partition(",")
    if not comma or len(head) > 40 or any(ch.isdigit() for ch in head):
        return None
    if any(word in _PLACE_WORDS for word in head.casefold().split()):
        return None
    return head if looks_like_name(head, strict=True) else None


def journal_days(body: str) -> tuple[str, ...]:
    """The days of a journal export's entries that hold notes (a bullet or a heading), in
    order, each once; of all its entries when none does (none: no export)."""
    lines = body.split("\n")
    found = journal_entries(lines)
    if not found:
        return ()
    noted = [entry.day for entry in found if _holds_notes(lines, entry)]
    return tuple(dict.fromkeys(noted or [entry.day for entry in found]))


def _holds_notes(lines: list[str], entry: JournalEntry) -> bool:
    return any(
        line.lstrip().startswith(("- ", "* ", "#", "• ")) for line in lines[entry.body : entry.end]
    )


# What a journal's own title calls it, beside its year: "Journal 2024", "2025 일기"
_DIARY_WORDS = frozenset(
    ["journal", "diary", "일기", "저널", "tagebuch", "diario", "diário", "journal intime", "dagbok"]
)


def diary_name(name: str) -> bool:
    """Whether a name read as an event's is a journal's title: diary words and a year."""
    words = [word for word in name.casefold().split() if not word.isdigit()]
    return bool(words) and " ".join(words) in _DIARY_WORDS


_LABEL_LINE = lazy(r"[ \t]*[^\W\d_][\w .-]{0,24}:[ \t]+\S.*")
_LABELS_ABOVE = 3


def title_line(lines: list[str], first: int) -> int:
    """The line that titles an entry whose first line is ``first``: a ``# Title`` under a
    few ``Label: value`` lines ("Speaker: Name", "Room: 4") rather than the first of them."""
    if not _LABEL_LINE.fullmatch(lines[first]):
        return first
    for at in range(first + 1, min(len(lines), first + _LABELS_ABOVE + 2)):
        line = lines[at]
        if line.startswith("#"):
            return at
        if line.strip() and not _LABEL_LINE.fullmatch(line):
            break
    return first
