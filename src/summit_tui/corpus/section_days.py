"""The day one part of a note gives for itself, where the note's own day is not that part's:
a date line or a properties row right under a talk's heading (``| 일시 | 2/28 (화) 11:00 |``,
``Date: June 13``, a speaker line ending in its day: ``Relatore: Ana Russo · martedì 29/10``),
or the row naming that talk in a table of the sessions a note lists
(``| Faster mobile builds | Kang Min-jae | Tue 2/28 |``).

The day is returned as a hint for ``events.hint_day``: a date without its year
(``--02-28``) or with it, or ``weekday:N`` when a row gives only the day of the week.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

from summit_tui.corpus.dates import find_dates, only_a_date, weekdays
from summit_tui.corpus.names import clean_person, normalize
from summit_tui.corpus.talk_table import paper_rows
from summit_tui.corpus.time_prefix import opening_bracket, paren_day
from summit_tui.lazy_re import lazy

# the lines under a heading where a talk's own facts are written
_FACT_LINES = 8
_LABELLED = lazy(r"^[-*+>\s]*\**([^:：|\n]{1,24}?)\**\s*[:：]\s*(.+)$")
_ROW = lazy(r"^\s*\|(.+)\|\s*$")
_RULE_CELL = lazy(r"^:?-{2,}:?$")
_DATE_LABEL = lazy(
    r"^(?:(?:talk|session|발표|강연|세션)\s*)?"
    r"(?:date|date\s*/\s*time|day|when|time|일시|날짜|일자|언제|日時|日付|時間|时间|日期)$"
)
# the words _DATE_LABEL's labels end with: a label ending otherwise is told without it
_DATE_WORDS = ("date", "day", "when", "time", "일시", "날짜", "일자", "언제", "日時", "日付")
_DATE_WORDS += ("時間", "时间", "日期")
_MIN_TITLE = 4  # a cell shorter than this names no talk
_T = TypeVar("_T")


# A talk's section in a Chinese or Japanese post opening with its day: "第二天上午的主题演讲。",
# "首日下午", "2日目の午後", "10 月 19 日下午「编程语言」专场。"
_OPENING_DAY = lazy(
    r"^(?:第\s*(?P<nth>[一二三四五六七八九十\d])\s*天|(?P<first>首日)|(?P<jp>\d)\s*日目"
    r"|(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号])"
)
_DAY_OPENERS = frozenset("第首0123456789")


def _opening_day(line: str) -> str | None:
    found = _OPENING_DAY.match(line)
    if found is None:
        return None
    if found["month"]:
        return f"--{int(found['month']):02d}-{int(found['day']):02d}"
    if found["first"]:
        return "day:1"
    number = found["nth"] or found["jp"]
    return f"day:{int(number) if number.isdigit() else '一二三四五六七八九十'.index(number) + 1}"


def _day_in(text: str) -> str | None:
    """The one day a cell or a line's value names: a date, else a day of the week."""
    for mention in find_dates(text):
        if not mention.is_range:
            return mention.partial()
    days = weekdays(text)
    return f"weekday:{days[0]}" if len(days) == 1 else None


# The parts of a speaker's line under a talk's heading: "*Sofia Lindqvist — Friday afternoon*",
# "Marcus Webb · Saturday, 10:30", "Ana Russo - martedì 29/10".
_SPEAKER_LINE_PARTS = lazy(r"\s+[—–·|-]\s+|\s*[—–]\s*")


def _speaker_line_day(line: str) -> str | None:
    """The day a speaker's line gives after the name: "*Valeria Quispe — Saturday afternoon,
    Charlas track*" → weekday 5; None when the line does not open with a person."""
    text = line.strip(" *_")
    parts = _SPEAKER_LINE_PARTS.split(text, maxsplit=1)
    if len(parts) != 2 or clean_person(parts[0]) is None:
        return None
    return _day_in(parts[1])


def own_day(lines: list[str], start: int, end: int) -> str | None:
    """The day the first lines of a section (``lines[start]`` is its heading) state for it
    in a labelled line or a two-cell properties row, or after the speaker's name on the line
    under the heading."""
    first = True
    for line in lines[start + 1 : min(end, start + 1 + _FACT_LINES)]:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped[0] in _DAY_OPENERS and (day := _opening_day(stripped)):
            return day  # "第二天上午的主题演讲。" under "分享嘉宾｜李昊"
        if first and ("—" in stripped or "–" in stripped or "·" in stripped or " - " in stripped):
            first = False
            if day := _speaker_line_day(stripped):
                return day
        first = False
        if "|" not in stripped and ":" not in stripped and "：" not in stripped:
            continue  # neither a row nor a labelled line (most lines): no pattern to try
        row = _ROW.match(stripped) if stripped[:1] == "|" else None
        if row is not None:
            cells = [c.strip(" *_") for c in row.group(1).split("|")]
            if len(cells) != 2:
                continue
            label, value = cells
        else:
            labelled = _LABELLED.match(stripped)
            if labelled is None:
                continue
            label, value = labelled.group(1), labelled.group(2)
        key = " ".join(label.lower().split())
        if key.endswith(_DATE_WORDS) and _DATE_LABEL.match(key):
            day = _day_in(value)
            if day:
                return day
        elif "·" in value:
            # "**Relatore:** Lorenzo Bianchi · martedì 29/10": the speaker, then the day
            for part in value.split("·")[1:]:
                part = part.strip(" *_")
                if only_a_date(part) and (day := _day_in(part)):
                    return day
    return None


def _table_rows(lines: list[str]) -> Iterator[list[str]]:
    """The cells of each table row of two cells or more, without their marks."""
    for line in lines:
        if "|" not in line:
            continue
        row = _ROW.match(line)
        if row is None:
            continue
        cells = [c.strip(" *_`") for c in row.group(1).split("|")]
        if len(cells) >= 2:
            yield cells


def table_days(lines: list[str]) -> dict[str, str]:
    """Normalised talk title → the day its row gives, from tables whose rows each name a
    talk beside a day (a page's summary of the sessions it covers)."""
    found: dict[str, str] = {}
    for cells in _table_rows(lines):
        if all(_RULE_CELL.match(c) or not c for c in cells):
            continue
        days = [(n, day) for n, c in enumerate(cells) if (day := _day_in(c))]
        if len(days) != 1:
            continue
        where, day = days[0]
        for n, cell in enumerate(cells):
            key = normalize(cell)
            if n != where and len(key) >= _MIN_TITLE:
                found.setdefault(key, day)
    return found


def row_day(days: dict[str, str], title: str) -> str | None:
    """The day of the table row that names ``title`` (the row's cell holds the whole title,
    or the title holds the whole cell: "Faster mobile builds (Kang Min-jae)")."""
    return _row_value(days, title)


# Words a schedule row and a session's heading share that say nothing about which session:
# the doing ("청취", "attended"), the kind of slot, and glue.
_PLAIN_TEXT = (
    "the a an and of in on at to for with by from my our two three 및 과 와 청취 참석 참관 운영"
    " 방문 미팅 세션 session sessions talk talks 발표 건 attended visit visits meeting meetings"
    " stand stands booth booths 부스 hall day"
)
_PLAIN_WORDS = frozenset(_PLAIN_TEXT.split())
_WORD = lazy(r"[^\W_]{2,}")


def _row_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _PLAIN_WORDS)


def closing_day(heading: str) -> str | None:
    """The day a heading's closing parenthesis gives, when it holds a date and little else:
    "한국관 부스 운영 (10.14 월)", "Raising in 2025 (10.16 수)", "Booth tour (Tue 15 Oct)"."""
    at = opening_bracket(heading)  # "TLS WG（7月22日（月）午後）": the outer brackets
    inside = heading[at + 1 : -1] if at > 0 else ""
    if not inside or len(inside) > 24 or not any(c.isdigit() for c in inside):
        return None
    dates = [d for d in find_dates(heading[at:]) if not d.is_range]
    if len(dates) == 1:
        return dates[0].partial()
    # "(화, 11/5)", "(Mi., 4.9.)": a date not read beside its weekday
    dated = paren_day(heading) if not dates else None
    return dated[1] if dated is not None else None


def schedule_rows(lines: list[str]) -> tuple[tuple[str, str], ...]:
    """(day, activities) of each row of a trip report's schedule: two cells, a day and what
    happened on it ("| 10.14(월) | 개막 키노트 청취, 한국관 부스 운영 |")."""
    rows = []
    for cells in _table_rows(lines):
        if len(cells) == 2 and (day := _day_in(cells[0])) and not _day_in(cells[1]):
            rows.append((day, cells[1]))
    return tuple(rows)


def schedule_day(rows: tuple[tuple[str, str], ...], title: str, lead: str) -> str | None:
    """The day of the schedule row whose activities name the session ("| 10.14(월) | 개막
    키노트 청취, 한국관 부스 운영 |" for "### 가. 개막 키노트: Sovereign AI", "| Tue 4 Mar |
    Open RAN session, two partner meetings |" for "### 2) Open RAN in production"): two words
    of one activity in the heading or the line under it, and in no other day's row."""
    words = _row_words(f"{title} {lead}")
    if len(words) < 2:
        return None
    best: dict[str, int] = {}
    for day, cell in rows:
        for activity in _ACTIVITY_BREAK.split(cell):
            shared = len(words & _row_words(activity))
            if shared >= 2:
                best[day] = max(best.get(day, 0), shared)
    if not best:
        return None
    top = max(best.values())
    winners = [day for day, shared in best.items() if shared == top]
    return winners[0] if len(winners) == 1 else None


_ACTIVITY_BREAK = lazy(r"[,;、，/]|<br\s*/?>|\s\+\s")


def _row_value(table: dict[str, _T], title: str) -> _T | None:
    if not table:
        return None
    key = normalize(title)
    if len(key) < _MIN_TITLE:
        return None
    found = table.get(key)
    if found is not None:
        return found
    best = max((cell for cell in table if cell in key), key=len, default=None)
    return table[best] if best is not None and len(best) * 2 >= len(key) else None


# A row's time cell: "10:00", "9.15", "14:00–14:40", beside the talk's title
_CLOCK_CELL = lazy(r"\d{1,2}[:.h]\d{2}(?:\s*[-–~]\s*\d{1,2}[:.h]\d{2})?$")


def table_speakers(lines: list[str]) -> dict[str, tuple[str, ...]]:
    """Normalised talk title → the speakers its row names, from tables whose rows each name
    a talk beside its speakers (a post's list of the talks it covers, above sections titled
    by the talk alone: "| Sat 1 Mar | Polars for pandas people | Nguyễn Minh Châu |")."""
    found: dict[str, tuple[str, ...]] = {}
    for _, title, presenter, _, _ in paper_rows(lines):  # a header names the two columns
        if names := _cell_people(presenter):
            found.setdefault(normalize(title), names)
    for cells in _table_rows(lines):
        named = [(n, names) for n, c in enumerate(cells) if (names := _cell_people(c))]
        if len(named) != 1:
            continue
        where, names = named[0]
        titles = [
            c
            for n, c in enumerate(cells)
            if n != where
            and len(normalize(c)) >= _MIN_TITLE
            and not _day_in(c)
            and not (c[:1].isdigit() and _CLOCK_CELL.match(c))
        ]
        if len(titles) == 1:
            found.setdefault(normalize(titles[0]), names)
    return found


def row_speakers(table: dict[str, tuple[str, ...]], title: str) -> tuple[str, ...]:
    """The speakers of the table row that names ``title`` (see ``row_day``)."""
    return _row_value(table, title) or ()


_NAME_JOIN = lazy(r"\s*(?:,|、|&|/|\band\b|\bund\b|\bdan\b|\bvà\b|및)\s*")


def _cell_people(cell: str) -> tuple[str, ...]:
    """The people a cell names, when it names nothing else: "Lena Hartmann", "Ana Lee &
    Bo Kim"."""
    if not cell or len(cell) > 80 or (not cell[0].isupper() and cell[0].isascii()):
        return ()  # a name opens with a capital, or with a letter of a script without case
    if any(c.isdigit() for c in cell):
        return ()
    names = []
    for part in _NAME_JOIN.split(cell):
        name = clean_person(part) if part else None
        if name is None:
            return ()
        names.append(name)
    return tuple(names)
