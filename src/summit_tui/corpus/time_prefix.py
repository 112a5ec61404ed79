"""The day or time a heading writes before its talk's title, in words of the note's language:
"klo 14.00 …", "Fri 18:00 — …", "Sat night ~00:30 — …", "Lördag 3 augusti: "…" med …",
"금요일 저녁 6시 — …", "ore 14:00 …". The prefix dates or times the talk; it is no part of its
title (the same talk in two notes would not match by title with it)."""

from __future__ import annotations

import re

from summit_tui.corpus.calendar_names import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from summit_tui.corpus.dates import day_number, find_dates
from summit_tui.lazy_re import lazy

# Words written before a clock: Finnish "klo", Swedish/Norwegian/Danish "kl.", Italian "ore" /
# "alle", German "um", Dutch "om", French "à", English "at".
_TIME_WORDS = frozenset(("klo", "kello", "kl", "kl.", "ore", "alle", "um", "om", "à", "at"))
# English weekdays and their short forms, the definite forms of the Scandinavian ones
# ("Söndagen den 4 augusti") and the Korean ones; the rest come from the calendar table.
_DAY_NAMES = (
    "monday mon måndagen mandagen 월요일 mo lun mån man",
    "tuesday tue tues tisdagen tirsdagen 화요일 di mar tis tir",
    "wednesday wed onsdagen 수요일 mi mer mié ons",
    "thursday thu thur thurs torsdagen 목요일 do jeu jue tor tors",
    "friday fri fredagen 금요일 fr ven vie fre",
    "saturday sat lördagen lørdagen 토요일 sa sam sáb lör lør",
    "sunday sun söndagen søndagen 일요일 so dim dom sön søn",
)
_DAY_INDEX = {
    **WEEKDAYS,
    **{word: number for number, words in enumerate(_DAY_NAMES) for word in words.split()},
}
_DAY_WORDS = frozenset(_DAY_INDEX)
_ENGLISH_MONTHS = frozenset(
    str.split(
        "january february march april may june july august september october november"
        " december jan feb mar apr jun jul aug sep sept oct nov dec"
    )
)
# A part of the day between a weekday and its time ("Sat night ~00:30", "금요일 저녁 6시").
_EVENING = frozenset(
    str.split(
        "evening afternoon ilta illalla iltapäivällä kväll kvällen eftermiddag abend"
        " abends nachmittag soir soirée sera pomeriggio tarde 저녁 오후 午後 夕方 夜 下午 晚上"
    )
)
_NIGHT = frozenset(
    str.split("night nacht nachts natt natten yö yöllä nuit notte noche 밤 새벽 심야")
)
_MORNING = frozenset(
    str.split(
        "morning aamu aamulla morgon morgen vormittag matin mattina manhã mañana 아침 오전 낮"
        " 午前 朝 上午"
    )
)
_PARTS = _EVENING | _NIGHT | _MORNING
_KOREAN_PARTS = frozenset(("오전", "오후", "저녁", "밤", "새벽", "아침", "낮"))

_CLOCK = r"\d{1,2}(?:[:.]|h(?=\d))\d{2}(?:\s*[ap]\.?m\.?)?"
# What follows the first word: a part of the day, a time word, an "about", then a clock (a
# range's first), a Korean hour ("6시", "12시 반", "12시 15분") or a date ("3 augusti",
# "den 4 augusti", "3.8."), then what ends the prefix.
_TIME_WORD = r"(?:klo|kl\.?|kello|um|ore|alle|at|à|om)"
_AFTER = lazy(
    rf"(?i)^,?\s*(?:(?!den\s|{_TIME_WORD}\s)(?P<part>[^\W\d_]{{1,12}})\s+)?(?:(?P<word>{_TIME_WORD})\s+)?"
    r"(?:~\s*|ca\.?\s+|noin\s+|around\s+|about\s+)?"
    rf"(?:(?P<clock>{_CLOCK})(?:\s*(?:-|–|—|~|to)\s*{_CLOCK})?(?:\s*uhr\b)?"
    r"|(?P<kh>\d{1,2})시(?:\s*(?P<half>반)|\s*(?P<km>\d{1,2})분)?"
    # an hour alone: "21h", "3pm", "15 Uhr", or after a time word ("Lauantaina klo 13")
    r"|(?P<hour>\d{1,2})(?:\s*(?P<unit>h|uhr|[ap]\.?m\.?)(?![\w.])|(?![\d:.\w]|\s+[^\W\d_]))"
    r"|(?P<date>(?:den\s+)?\d{1,2}\.?\s*(?P<month>[^\W\d_]{3,12})\.?|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?))"
    r"(?P<end>\s*[—–|:：]\s*|\s+-\s+|\s+(?=[\"“„«「(])|\s+(?=\S))"
)
# A month and day with a slash, then a time, then what ends the prefix: "3/9 10:00 — ",
# "3/10 2:30pm: ", "9/3 14h | "
_SLASH_SLOT = lazy(
    rf"^\d{{1,2}}/\d{{1,2}},?\s+(?:(?:at|um|à|às)\s+)?(?:{_CLOCK}|\d{{1,2}}\s*(?:[ap]\.?m\.?|h)(?![\w.]))"
    rf"(?:\s*(?:-|–|—|~|to)\s*(?:{_CLOCK}|\d{{1,2}}\s*[ap]\.?m\.?))?"
    r"\s*(?:[—–|:：]|\s-)\s+(?=\S)",
    re.IGNORECASE,
)
_HOUR_ONLY = lazy(r"^(?P<h>\d{1,2})(?![:.h]\d)(?:\s*[—–|:：]\s*|\s+-\s+|\s+)")
# A talk's kind in brackets between a time and a quoted title: "klo 00.30 (yöseminaari) "…""
_KIND_IN_BRACKETS = lazy(r"^\((?P<kind>[^()\d]{2,25})\)\s*(?=[\"“„«「])")
_CLOCK_PARTS = lazy(r"(?i)(?P<h>\d{1,2})(?:[:.]|h)(?P<m>\d{2})(?:\s*(?P<ap>[ap])\.?m\.?)?")
_QUOTES = frozenset('"“„«「')
_OPENINGS = _QUOTES | {"("}


def day_time_prefix(text: str) -> tuple[str, str] | None:
    """(the title after it, the time as "HH:MM" or the day as written) of a heading opening
    with a day or a time in words; None for any other heading (most: a cheap first-word test)."""
    first, _, rest = text.partition(" ")
    word = first.lower().rstrip(",")
    if rest and first in _KOREAN_PARTS:  # "저녁 7시 — …", "밤 12시 반 — …", "오후 2시 30분 — …"
        match = _AFTER.match(rest)
        if match is None or match["kh"] is None or match["part"]:
            return None
        return _rest(rest[match.end() :], _clock(match, first))
    if rest and (named := _weekday_then_talk(first, rest)) is not None:
        return named
    if not rest or (word not in _TIME_WORDS and word not in _DAY_WORDS):
        return None
    if word in _TIME_WORDS and (hour := _HOUR_ONLY.match(rest)) and int(hour["h"]) < 24:
        return _rest(rest[hour.end() :], f"{int(hour['h']):02d}:00")  # "klo 18 …"
    match = _AFTER.match(rest)
    if match is None:
        if word in _DAY_WORDS and rest[:1].isdecimal() and "/" in rest[:6]:
            # "Sat 3/9 10:00 — Title", "Sun 3/10 2:30pm: Title": a day by its number, then a
            # time; the day as written dates the talk
            slot = _SLASH_SLOT.match(rest)
            if slot is not None:
                after = rest[slot.end() :]
                return _rest(after, text[: len(text) - len(after)].strip(" :：—–|-"))
        return None
    part = (match["part"] or "").lower()
    if part and part not in _PARTS:
        return None
    if word in _TIME_WORDS and (part or match["date"]):
        return None
    if match["hour"] is not None and not (match["unit"] or match["word"]):
        return None  # "Fri 9 …", "Sunday 3 —": a day's date, not an hour
    after = rest[match.end() :]
    if match["date"] is not None:
        month = (match["month"] or "").lower()
        known = month in MONTHS or month in MONTH_ABBREVIATIONS or month in _ENGLISH_MONTHS
        if month and not known:
            return None
        if after[:1] not in _QUOTES:
            return None  # "Lördag 3 augusti: Game jam": a day heading, maybe, not one talk
        return _rest(after, text[: len(text) - len(after)].strip(" :：—–|-"))
    if not match["end"].strip() and not (after[:1].isalnum() or after[:1] in _OPENINGS):
        return None
    return _rest(after, _clock(match, part))


def _weekday_then_talk(first: str, rest: str) -> tuple[str, str] | None:
    """("Data contracts (Lena Maier)", "Wednesday") for "Wednesday: Data contracts (Lena
    Maier)" or "Mittwoch — Datenverträge (Lena Maier)": a weekday written out, then a talk
    that names its speaker in brackets. Not "Wednesday: workshops", a day's heading."""
    day = first.rstrip(":：")
    if day == first:
        part, _, after = rest.partition(" ")
        if part.lower() in _PARTS and after[:2] in ("— ", "– ", "- ", "| "):
            rest = after  # "Tuesday afternoon — Practical: …"
        dash = rest[:2]
        if dash not in ("— ", "– ", "- ", "| "):
            return None
        rest = rest[2:]
    if len(day) <= 3 or day.lower() not in _DAY_WORDS:
        return None  # "Mar:", "Do —": short forms that are words too
    rest = rest.strip()
    if not (rest.endswith(")") and rest.find("(") >= 2) and not _KIND_LABEL.match(rest):
        return None
    if day_number(rest) is not None or find_dates(rest):
        return None  # "Friday – Day 2 (Berlin)": the day's heading
    return rest, day


def weekday_talk(title: str) -> tuple[str, int] | None:
    """("Rust in production, one year later", 1) for "Tuesday: Rust in production, one year
    later", a talk whose speaker the note names below its heading: a weekday written out and a
    colon date it. Not "Wednesday: workshops" or "Monday: workshop day", a day's heading."""
    day, colon, rest = title.partition(":")
    day = day.strip().lower()
    rest = rest.strip()
    if not colon or len(day) <= 3 or (weekday := _DAY_INDEX.get(day)) is None:
        return None
    words = rest.lower().split()
    if len(words) < 2 or words[-1] in ("day", "days") or day_number(rest) is not None:
        return None
    return rest, weekday


# A talk's kind before a colon and its title: "Practical: fine-tuning a small model",
# "Keynote: …", "Atelier : …", "Mhadhara: …" (after a weekday, a talk; not "Wednesday: workshops")
_KIND_LABEL = lazy(
    r"(?i)^(?:opening\s+|closing\s+)?(?:practical|keynote|workshop|tutorial|panel|lecture|lab|talk"
    r"|session|demo|masterclass|hands-on|atelier|conférence|table\s+ronde|vortrag|taller|charla"
    r"|ponencia|palestra|oficina|mhadhara|mazoezi|hotuba(?:\s+kuu)?|warsha)\s*[:：]\s*\S"
)


def _rest(after: str, time: str | None) -> tuple[str, str] | None:
    after = after.strip()
    if time is None or not after:
        return None
    if after[:1] == "(" and (kind := _KIND_IN_BRACKETS.match(after)):
        after = after[kind.end() :]
    return after, time


def _clock(match: re.Match[str], part: str) -> str | None:
    if match["clock"] is not None:
        clock = _CLOCK_PARTS.match(match["clock"])
        if clock is None:
            return None
        hour, minute = int(clock["h"]), int(clock["m"])
        if (clock["ap"] or "").lower() == "p" and hour < 12:
            hour += 12
    elif match["hour"] is not None:
        hour, minute = int(match["hour"]), 0
        if (match["unit"] or "")[:1].lower() == "p" and hour < 12:
            hour += 12
    else:
        hour = int(match["kh"])
        minute = 30 if match["half"] else int(match["km"] or 0)
    if part in _EVENING and hour < 12:
        hour += 12
    elif part in _NIGHT and hour == 12:
        hour = 0  # "밤 12시 반": half past midnight
    elif part in _NIGHT and 6 <= hour < 12:
        hour += 12
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def weekday_word(word: str) -> int | None:
    """The weekday (Monday 0) a word names, written out or short, in any language we read
    ("Wednesday", "ons", "Mi", "mercredi", "수요일"); None for any other word."""
    return _DAY_INDEX.get(word.lower().rstrip(".,:："))


def prefix_weekday(text: str) -> int | None:
    """The weekday (Monday 0) a heading's day-and-time prefix names ("Fri 18:00 — …": 4)."""
    if day_time_prefix(text) is None:
        return None
    return _DAY_INDEX.get(text.partition(" ")[0].lower().rstrip(",:："))


def paren_weekday(text: str) -> int | None:
    """The weekday a heading names in the brackets closing it ("Retro corner (Sat
    afternoon)", "Demo room (lauantaina)", "부스 (토요일 오후)"): the day it was on."""
    if not text.endswith(")") or (start := text.rfind("(")) < 1:
        return None
    words = text[start + 1 : -1].lower().split()
    if not words or len(words) > 2 or (len(words) == 2 and words[1] not in _PARTS):
        return None
    return _DAY_INDEX.get(words[0].rstrip(","))


def night_word(text: str) -> bool:
    """Whether a heading says its time is at night ("Sat night ~00:30", "(yöseminaari)",
    "토요일 밤 12시 반"): a word of it opens with a night word (not "työpaja")."""
    return any(word.startswith(_NIGHT_STEMS) for word in _WORD_BREAK.split(text.lower()))


_NIGHT_STEMS = ("night", "nacht", "natt", "yö", "nuit", "notte", "noche", "밤", "새벽", "심야")
_WORD_BREAK = lazy(r"[^\w]+")


# One letter for a weekday in Korean and Japanese brackets: "(화, 11/5)", "(火) 11/5"
_ONE_LETTER_DAYS = {
    **{c: n for n, c in enumerate("월화수목금토일")},
    **{c: n for n, c in enumerate("月火水木金土日")},
}
_PAREN_WORD = lazy(r"[^\s,.，、]+")
_NUMERIC = lazy(r"\d{1,4}(?:[./:h-]\d{1,4}){0,2}")


_BRACKETS_OUT = str.maketrans("()（）", "    ")
# A date written with Chinese or Korean characters: "7月22日", "7월", "22일"
_CJK_DATE = lazy(r"\d{1,2}[月월](?:\d{1,2}[日일])?|\d{1,2}[日일]")


def opening_bracket(text: str) -> int:
    """Where the bracket that the last character of ``text`` closes opens (brackets inside it
    counted: "TLS WG（7月22日（月）午後）"), or -1."""
    depth = 0
    for at in range(len(text) - 1, -1, -1):
        char = text[at]
        if char in ")）":
            depth += 1
        elif char in "(（":
            depth -= 1
            if depth == 0:
                return at
    return -1


def paren_day(text: str) -> tuple[int, str] | None:
    """(where it opens, the day) of a heading's closing brackets holding its day and nothing
    else: "Building AI startups in Africa (Thu 5 Sept)", "AI 에이전트 (화, 11/5)", "Vortrag
    (Mi., 4.9.)", "Panel (Sat afternoon)". The day is a date without its year ("--09-05") when
    one is read, else "weekday:N" (the event's days say which date): a date the reader does
    not know ("4.9.", "11/5" may be the fourth of September or the ninth of April) beside its
    weekday is that weekday."""
    if text[-1:] not in ")）":
        return None
    at = opening_bracket(text)
    inside = text[at + 1 : -1]
    if at < 1 or not inside.strip() or len(inside) > 28:
        return None
    if "(" in inside or "（" in inside:  # "（7月22日（月）午後）": its weekday bracketed too
        inside = inside.translate(_BRACKETS_OUT)
    weekday: int | None = None
    dated = False
    bare = inside.lower()
    for found in _PAREN_WORD.finditer(bare):
        word = found.group()
        day = _DAY_INDEX.get(word, _ONE_LETTER_DAYS.get(word))
        if day is not None:
            weekday = day if weekday is None else weekday
            # "mar. 3 sept.": Tuesday the third, not the third of March
            bare = bare[: found.start()] + " " * len(word) + bare[found.end() :]
        elif word[:1].isdecimal():
            if _NUMERIC.fullmatch(word) is None and _CJK_DATE.fullmatch(word) is None:
                return None
            dated = True
        elif not (
            word in MONTHS
            or word in MONTH_ABBREVIATIONS
            or word in _ENGLISH_MONTHS
            or word in _PARTS
        ):
            return None
    if weekday is None and not dated:
        return None
    found = [m for m in find_dates(bare) if not m.is_range] if dated else []
    if len(found) == 1:
        return at, found[0].partial()
    return (at, f"weekday:{weekday}") if weekday is not None else None
