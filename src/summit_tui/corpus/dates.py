"""Dates as people write them in conference notes, in Korean, English, Japanese and Chinese.

``find_dates`` reads ``2024년 11월 4일 (월)``, ``11월 4일``, ``2024年9月27日``, ``9月27日（五）``,
``2024.11.04``, ``2024. 11. 4.``, ``2024-11-04``, ``2023/03/29``, ``[23.03.29]``,
``April 11, 2019``, ``11 April 2019``, ``Nov 4``, a slash date where it reads as one
(``9/27(金)``, ``Fri 9/27``, ``昨日（9/28）``), and ranges (``11월 4일부터 5일까지``,
``9月27日～28日``, ``Nov 4–5, 2024``, ``2024.11.04 ~ 11.05``). A date without its year keeps
``year`` None: the year comes from elsewhere (the note's posting date, the event's name).
``day_number`` reads ``Day 2``, ``DAY1``, ``2일차``, ``둘째 날``, ``2日目``, ``第二天``;
``weekdays`` reads ``Monday 10:30am``, ``화요일 오후 2시``, ``金曜日``, ``星期五``.

Hand-written on purpose, after measuring dateparser (which reads Korean) against it on
the forms above and on the first lines of the labelled corpora: dateparser's
search_dates read 10 of 15 test strings right (it reads "[23.03.29]" as 1929-03-23,
"3/4 of the room" as a date, a bare "2024" as December 1st, and gives a missing year
as the current one) and took 0.74 ms a line against 0.004 ms here: about 7 s more for
a first load of 10,000 notes, for worse answers.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from summit_tui.corpus import calendar_names
from summit_tui.corpus.clues import holds_any
from summit_tui.corpus.other_calendars import QUICK as _OTHER_QUICK
from summit_tui.corpus.other_calendars import indic_months, other_dates, solar_numeric_dates
from summit_tui.lazy_re import case_blind_edges, lazy, one_of

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<mname>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# Months written after the day's number, in the languages notes are written in beside English,
# full and as abbreviated in dates, a row per language, January first: "9. April 2024", "17 avril
# 2024", "17 de abril", "29 ottobre 2024", "10. července", "9 lipca", "11 Temmuz", "10 Juli
# 2024", "ngày 10 tháng 7". Czech, Slovak and Polish write a day's month in the genitive
# ("10. července", "9 lipca"): both cases are listed. Read only after the day's number.
_MONTH_ROWS: tuple[tuple[str, ...], ...] = (
    # German, French, Spanish, Italian, Portuguese
    ("januar jänner", "februar", "märz maerz mär", "april", "mai", "juni", "juli", "august",
     "september", "oktober okt", "november", "dezember dez"),
    ("janvier janv", "février fevrier févr fevr", "mars", "avril avr", "mai", "juin",
     "juillet juil", "août aout", "septembre", "octobre", "novembre", "décembre decembre déc"),
    ("enero ene", "febrero", "marzo", "abril abr", "mayo", "junio", "julio", "agosto ago",
     "septiembre setiembre", "octubre", "noviembre", "diciembre dic"),
    ("gennaio", "febbraio", "marzo", "aprile", "maggio mag", "giugno giu", "luglio lug",
     "agosto", "settembre sett", "ottobre ott", "novembre", "dicembre"),
    ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
     "setembro set", "outubro out", "novembro", "dezembro"),
    # Dutch, Swedish, Danish and Norwegian, Indonesian
    ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
     "oktober", "november", "december"),
    ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
     "oktober", "november", "december"),
    ("januar", "februar", "marts mars", "april", "maj mai", "juni", "juli", "august",
     "september", "oktober", "november", "december desember"),
    ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
     "oktober", "november", "desember"),
    # Czech, Slovak, Polish: the name and its genitive, which dates use
    ("leden ledna", "únor února", "březen března", "duben dubna", "květen května",
     "červen června", "červenec července", "srpen srpna", "září", "říjen října",
     "listopad listopadu", "prosinec prosince"),
    ("január januára", "február februára", "marec marca", "apríl apríla", "máj mája",
     "jún júna", "júl júla", "august augusta", "september septembra", "október októbra",
     "november novembra", "december decembra"),
    ("styczeń stycznia", "luty lutego", "marzec marca", "kwiecień kwietnia", "maj maja",
     "czerwiec czerwca", "lipiec lipca", "sierpień sierpnia", "wrzesień września",
     "październik października", "listopad listopada", "grudzień grudnia"),
    # Turkish
    ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül",
     "ekim", "kasım", "aralık"),
    # Serbian, Bosnian and Slovenian dates in the genitive ("3. oktobra", "18. septembra",
    # "2. julija"), which their tables above leave out
    ("januara januarja", "februara februarja", "marta marca", "aprila", "maja",
     "juna junija", "jula julija", "avgusta", "septembra", "oktobra", "novembra",
     "decembra"),
)  # fmt: skip
_EUROPEAN_MONTHS = {
    name: number
    for row in _MONTH_ROWS
    for number, names in enumerate(row, start=1)
    for name in names.split()
}
# Vietnamese numbers its months ("tháng 7" is July): "ngày 10 tháng 7 năm 2024"
_EUROPEAN_MONTHS.update({f"tháng {number}": number for number in range(1, 13)})
# Every other language's names, from the Unicode CLDR data (corpus/calendar_names.py): a
# table written by hand always lags ("2 декабря", "30 травня", "9 дек", "30 Μαΐου").
for _name, _number in (
    *calendar_names.MONTHS.items(),
    *calendar_names.MONTH_ABBREVIATIONS.items(),
):
    _EUROPEAN_MONTHS.setdefault(_name, _number)


def _with_dotless_i(names: dict[str, int]) -> dict[str, int]:
    """The names, and the Turkish ones with a plain i as well: "MAYIS".lower() is "mayis", and
    people type "Sali" or "Kasim" on keyboards without ı."""
    return {**names, **{name.replace("ı", "i"): number for name, number in names.items()}}


_EUROPEAN_MONTHS = _with_dotless_i(_EUROPEAN_MONTHS)
_ALL_MONTHS = {**_MONTHS, **_EUROPEAN_MONTHS}
# Abbreviations that are also English words ("2 out of 3", "a 3 set match"): a month only
# with their dot or a year after them.
_WORDLIKE_MONTHS = ("out", "set", "mag")


# A day's number, then its month ("9. April", "17 de abril", "10. července"), compiled on first
# use (a large alternation).
@functools.cache
def _european_dm() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\d.])(?P<d>\d{1,2})(?:\.|er|º|°)?"
        # a range: "9-10", "17 y 18", "2 и 3 декабря", "30 і 31 травня", "с 2 по 3", "2 i 3"
        r"(?:\s*(?:-|–|~|au|bis|al|y|et|und|e|a|и|і|та|по|до|és|i|oraz|až)\s*"
        r"(?P<d2>\d{1,2})(?:\.|er|º)?)?"
        r"\s*(?:de\s+)?(?:(?P<mname>"
        + "|".join(sorted(set(_ALL_MONTHS) - set(_WORDLIKE_MONTHS), key=len, reverse=True))
        + r")\.?|(?P<mword>"
        + "|".join(_WORDLIKE_MONTHS)
        + r")(?:\.|(?=,?\s+(?:de\s+)?(?:19|20)\d{2}(?!\d))))"
        # "17 de abril de 2024", "ngày 10 tháng 7 năm 2024"
        # (a year in Arabic-Indic or Persian digits too: "١٤ أكتوبر ٢٠٢٤", "۲۲ نوامبر ۲۰۲۴")
        r"(?![^\W_])(?:,?\s+(?:de\s+|năm\s+)?(?P<y>(?:19|20|١٩|٢٠|۱۹|۲۰)\d{2}))?",
        re.IGNORECASE,
    )


# A quick test: a word after a day's number ("10. července", "9 lipca", "17 de abril", "10
# tháng 7") that is a month only these languages write, or an English one after a dot ("9.
# April": German writes the day with a dot); looked up, not matched against every name.
_AFTER_A_DAY = lazy(r"\d(\.?)(?:er|º)?\s*(?:de\s+)?([^\W\d_]{3,})")
_EUROPEAN_ONLY_MONTHS = frozenset(
    {*(name for name in _EUROPEAN_MONTHS if " " not in name), "tháng"} - set(_MONTHS)
)
_ENGLISH_AFTER_A_DOT = frozenset({"april", "august", "september", "november", "december"})


def _european_month_mark(text: str) -> bool:
    for dot, word in _AFTER_A_DAY.findall(text):
        low = word.lower()
        if low in _EUROPEAN_ONLY_MONTHS or (dot and low in _ENGLISH_AFTER_A_DOT):
            return True
    return False


# The year, then the month's name, then the day, as Hungarian and Lithuanian write them
# ("2024. május 30.", "2024 m. gegužės 30 d."); without the year only in those languages
# (calendar_names.MONTH_FIRST): "május 30-án". A word, then a number: looked up, not matched
# against every name.
_YEAR_NAME_DAY = lazy(
    r"(?<![\w.])(?P<y>(?:19|20)\d{2})(?:\.|\s*m\.)?\s+(?P<mname>[^\W\d_]{3,})\.?\s+"
    r"(?P<d>\d{1,2})(?![\d:])"
)
_YEAR_NAME_QUICK = lazy(r"(?:19|20)\d\d(?:\.|\s*m\.)?\s+[^\W\d_]")
_MONTH_FIRST_NAMES = frozenset(calendar_names.MONTH_FIRST)
# Those written in ASCII letters (augusztus, kovo): a line of ASCII text is scanned for a
# month's name before a day only when it holds one of them.
_ASCII_MONTH_FIRST = tuple(
    name for name in _MONTH_FIRST_NAMES if name.isascii() and name not in _MONTHS
)


# and the letters the others hold beyond ASCII (á, ő, ž, ė): a Korean line holds none. All
# are looked for in one scan of a class (a set's isdisjoint makes a string of each character
# of a line beyond Latin-1 to look it up: far slower; a test per letter scans once for each)
_MONTH_FIRST_MARK = lazy(
    "["
    + "".join(
        sorted({c for name in _MONTH_FIRST_NAMES for c in name + name.upper() if not c.isascii()})
    )
    + "]"
)


# one scan of the lowered text for all of them: an ``in`` test of an ASCII name in a text of
# another script converts the name first, each time
_ASCII_MONTH_FIRST_NAME = lazy(one_of(sorted(_ASCII_MONTH_FIRST)))


def _may_name_month_first(text: str, low: str) -> bool:
    """``low``: the text, lowered."""
    if not text.isascii() and _MONTH_FIRST_MARK.search(text) is not None:
        return True
    return _ASCII_MONTH_FIRST_NAME.search(low) is not None


_NAME_THEN_DAY = lazy(r"(?<![\w.])(?P<mname>[^\W\d_]{3,})\.?\s+(?P<d>\d{1,2})(?![\d:])")


_DASH = r"\s*(?:~|-|–|—|to|부터)\s*"

# The characters that write a date's parts in Korean, Japanese and Chinese: 2024년 11월 4일,
# 2024年9月27日, 9月27号; a day of the week after it, in any of the three: (월), （金）, (五),
# 화요일, 金曜日, 星期五; and the words that join the two ends of a range.
_YEAR_MARK = "년年"
_MONTH_MARK = "월月"
_DAY_MARK = "일日号號"
_CJK_WEEKDAY_CHARS = "월화수목금토일月火水木金土日一二三四五六天"
_CJK_WEEKDAY = (
    r"(?:\s*[(（]\s*(?:星期|週|周|礼拜|禮拜)?[" + _CJK_WEEKDAY_CHARS + r"](?:요일|曜日?)?\s*[)）]"
    r"|\s*[월화수목금토일]요일|\s*[月火水木金土日]曜日?|\s*(?:星期|週|周)[一二三四五六日天])"
)
# ("10 月 18—19 日": Chinese writes a range with a long dash too)
_CJK_THROUGH = r"\s*(?:부터|から|~|-|–|—|～|〜|至|到)\s*"
_CJK_YEAR = r"(?:(?P<y>(?:19|20)\d{2})\s*[" + _YEAR_MARK + r"]\s*)?"
_CJK = lazy(
    _CJK_YEAR + r"(?P<m>\d{1,2})\s*[" + _MONTH_MARK + r"]\s*(?P<d>\d{1,2})\s*[" + _DAY_MARK + "]"
    r"(?:" + _CJK_WEEKDAY + ")?"
    r"(?:" + _CJK_THROUGH + r"(?:(?P<m2>\d{1,2})\s*[" + _MONTH_MARK + r"]\s*)?(?P<d2>\d{1,2})\s*"
    r"[" + _DAY_MARK + "])?"
)
# "11월 4~5일", "9月27～28日": a range whose first day has no day mark of its own.
_CJK_SPAN = lazy(
    _CJK_YEAR + r"(?P<m>\d{1,2})\s*[" + _MONTH_MARK + r"]\s*(?P<d>\d{1,2})\s*[~\-–—～〜]\s*"
    r"(?P<d2>\d{1,2})\s*[" + _DAY_MARK + "]"
)
_NUMERIC = lazy(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*(?P<sep>[.\-/])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*"
    r"(?P<d>\d{1,2})(?![\d])\.?"
    r"(?:\s*\(?[월화수목금토일A-Za-z]{1,3}\)?)?"
    r"(?:\s*[~–-]\s*(?:(?:(?:19|20)\d{2})\s*[.\-/]\s*)?(?P<m2>\d{1,2})\s*[.\-/]\s*(?P<d2>\d{1,2})"
    r"(?![\d]))?"
)


# The year last: "09.10.2024" (German, day first), "17/04/2024", "04/17/2024".
@functools.cache
def _year_last() -> re.Pattern[str]:
    # compiled on first use (so are the other patterns made by functions here): a start
    # that parses no note never pays for it
    return re.compile(
        # "10. 7. 2024": Czech, Slovak and Polish put a space after each dot
        r"(?<![\w./])(?P<a>\d{1,2})(?P<sep>[./]) ?(?P<b>\d{1,2})(?P=sep) ?(?P<y>(?:19|20)\d{2})"
        r"(?![\d])"
    )


# A month and day with dots and the weekday in parentheses, as Korean posts write them: "10.9(수)",
# or both in one parenthesis, as a report's heading dates its session: "(10.16 수)".
@functools.cache
def _month_dot_day() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w.])(?P<m>1[0-2]|0?[1-9])\.\s?(?P<d>3[01]|[12]\d|0?[1-9])\.?\s?"
        r"(?:[(（]\s*[" + _CJK_WEEKDAY_CHARS + r"](?:요일|曜日?)?\s*[)）]"
        r"|(?<=\d)\s?[월화수목금토일](?:요일)?(?=\s*[)）]))"
    )


_YEAR_LAST_PARTS = (".20", "/20", ".19", "/19", ". 20")  # where _YEAR_LAST_QUICK may match
_YEAR_LAST_QUICK = lazy(r"\d[./] ?\d{1,2}[./] ?(?:19|20)\d\d")
_SHORT = lazy(r"(?:(?<=\[)|(?<=\()|^)\s*(?P<y>\d{2})\.(?P<m>\d{2})\.(?P<d>\d{2})(?=\s*[\])]|\s|$)")
_ENGLISH_MD = lazy(
    r"(?<![A-Za-z])" + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:])"
    r"(?:" + _DASH + r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?![\d:]))?"
    r"(?:[,.]?\s+(?P<y>(?:19|20)\d{2}))?",  # "Sep 14, 2024", "Sep 14. 2024" (Brunch)
    re.IGNORECASE,
)
_ENGLISH_DM = lazy(
    r"(?<![\d])(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:" + _DASH + r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?"
    r"\s+(?:of\s+)?" + _MONTH + r"(?![A-Za-z])(?:,?\s+(?P<y>(?:19|20)\d{2}))?",
    re.IGNORECASE,
)
# "Tue, 27 Feb 24": a meeting tool's date, its year in two digits; read only when the weekday
# before it is that date's (else "Feb 24" is the 24th of February)
_WEEKDAY_DM_YY = lazy(
    r"(?<![A-Za-z])(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+(?P<d>\d{1,2})\s+"
    + _MONTH
    + r",?\s+(?P<yy>\d{2})(?![\d:./])",
    re.IGNORECASE,
)
_DAY_NUMBER = lazy(
    case_blind_edges(
        r"(?<![A-Za-z])day\s*[-_.]?\s*(?P<n>\d{1,2})(?!\d)"
        r"|(?<![\d])(?P<k>\d{1,2})\s*(?:일\s*차|日\s*目)"
        r"|第\s*(?P<c>\d{1,2}|[一二三四五])\s*[天日]"
        r"|(?P<w>첫|둘|셋|넷|다섯)\s*(?:째|번째)?\s*날"
        r"|(?<![A-Za-z])day\s+(?P<e>one|two|three|four|five)(?![A-Za-z])"
        # "the second day", "2nd day", "Dag 2" (Dutch)
        r"|(?<![A-Za-z\d])(?P<o>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+day(?![A-Za-z])"
        r"|(?<![A-Za-z])(?-i:Dag)\s*(?P<nl>\d{1,2})(?!\d)"
        # Japanese: 二日目, 初日 (the first day), 最終日 (the last)
        r"|(?P<j>[一二三四五])日目|(?P<first>初日)"
        r"|(?P<last>마지막\s*날|(?<![A-Za-z])(?:last|final|closing)\s+day(?![A-Za-z])|最終日"
        r"|(?<![A-Za-z])(?:letzter\s+tag|dernier\s+jour|[uú]ltimo\s+(?:d[ií]a|giorno))(?![A-Za-z]))"
        # German, French, Spanish: "Tag 2" (capitalised: "tag" is an English word), "Jour 1",
        # "Día 2", "2. Tag", "zweiter Tag", "deuxième jour", "segundo día"
        # Italian, Portuguese: "Giorno 1", "Dia 2", "primo giorno", "segundo dia"
        r"|(?<![A-Za-z])(?:(?-i:Tag)|jour|d[ií]a|giorno)\s*(?P<eu>\d{1,2})(?!\d)"
        r"|(?<![\d.])(?P<dot>\d)\.\s*(?-i:Tag)(?![A-Za-z])"
        r"|(?<![A-Za-z])(?P<eo>erste[rn]?|zweite[rn]?|dritte[rn]?|premier|deuxi[eè]me|troisi[eè]me"
        r"|primer|segundo|tercer|primo|secondo|terzo|primeiro|terceiro)\s+(?:tag|jour|d[ií]a|giorno)"
        r"(?![A-Za-z])"
    ),
    re.IGNORECASE,
)
# Every match of ``_DAY_NUMBER`` holds one of these in the lowercased text (ı and the dot
# of İ, which its case-blind ``i`` also matches, send a text to the regex too).
_DAY_MARKS = (
    *("day", "일", "日", "天", "날", "tag", "jour", "dia", "día", "giorno", "dag", "ı", "\u0307"),
)
_EUROPEAN_ORDINALS = {
    "erst": 1,
    "zweit": 2,
    "dritt": 3,
    "premier": 1,
    "deuxième": 2,
    "deuxieme": 2,
    "troisième": 3,
    "troisieme": 3,
    "primer": 1,
    "segundo": 2,
    "tercer": 3,
    "primo": 1,
    "secondo": 2,
    "terzo": 3,
    "primeiro": 1,
    "terceiro": 3,
}
# Some of them as every match holds them: "day", "dia" and "día" opening a word (not the
# "day" of "today", nor the "dia" of "nvidia"), 일 in 일차, 날 after an ordinal (not 날씨)
_MARKS_AS_MATCHED = {
    "day": r"(?<![a-z])day",
    "dia": r"(?<![a-z])dia",
    "día": r"(?<![a-z])día",
    "일": r"일\s*차",
    "날": r"(?:첫|둘|셋|넷|다섯)\s*(?:째|번째)?\s*날|마지막\s*날",
}
_DAY_MARK = lazy("|".join(re.escape(mark) for mark in _DAY_MARKS))  # any of them, in one scan
# then, on a text holding one, the same as matched (its lookbehinds would slow the first scan)
_DAY_MARK_AS_MATCHED = lazy(
    "|".join(_MARKS_AS_MATCHED.get(mark) or re.escape(mark) for mark in _DAY_MARKS)
)
LAST_DAY = -1  # day_number of "마지막날", "the last day": the event's last day
_KOREAN_ORDINALS = {"첫": 1, "둘": 2, "셋": 3, "넷": 4, "다섯": 5}
_CHINESE_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
_ENGLISH_ORDINALS = {
    **{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5},
    **{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5},
    **{"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5},
}
# "Monday", "Thursday afternoon's", "Sat", "화요일", "金曜日", "星期五", "週五": a day of the week
# written out (an English name capitalised, as in running text, a Korean 요일, a Japanese 曜日,
# a Chinese 星期/週/周 and its number).
_WEEKDAY = lazy(
    r"(?<![A-Za-z])(?P<en>Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?s?(?![a-z])"
    r"|(?P<ko>[월화수목금토일])요일"
    r"|(?P<ja>[月火水木金土日])曜"
    r"|(?:星期|週|周|礼拜|禮拜)(?P<zh>[一二三四五六日天])"
)
# Days of the week in the languages notes are written in beside English, Korean, Japanese and
# Chinese, a row per language, Monday first, each with the spellings and cases headings use:
# "Dienstag, 9. April", "Mercredi 17 avril", "jueves", "martedì 29 ottobre", "(terça-feira)",
# "Středa 10. července", "wtorek 9 lipca", "Woensdag 10 juli", "11 Temmuz Perşembe", "Rabu, 10
# Juli", "Thứ Tư, ngày 10 tháng 7". Portuguese "segunda", "quarta", "quinta" and "sexta" alone
# are ordinals too: only with -feira; Indonesian "minggu" (Sunday) is also "week" ("minggu
# lalu"), so it is left out.
_WEEKDAY_ROWS: tuple[tuple[str, ...], ...] = (
    ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag sonnabend", "sonntag"),
    ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    ("lunes", "martes", "miércoles miercoles", "jueves", "viernes", "sábado sabado", "domingo"),
    # Romanian, with or without its diacritics ("marti" alone is also a name: left out)
    ("luni", "marți marţi", "miercuri", "joi", "vineri", "sâmbătă sâmbăta sambata sîmbătă",
     "duminică duminica"),
    ("lunedì lunedi", "martedì martedi", "mercoledì mercoledi", "giovedì giovedi",
     "venerdì venerdi", "sabato", "domenica"),
    ("segunda-feira", "terça-feira terca-feira terça terca", "quarta-feira", "quinta-feira",
     "sexta-feira", "sábado", "domingo"),
    ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    ("pondělí", "úterý", "středa středu", "čtvrtek", "pátek", "sobota sobotu", "neděle neděli"),
    ("pondelok", "utorok", "streda stredu", "štvrtok", "piatok", "sobota sobotu",
     "nedeľa nedeľu"),
    ("poniedziałek", "wtorek", "środa środę", "czwartek", "piątek", "sobota sobotę",
     "niedziela niedzielę"),
    ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    ("senin", "selasa", "rabu", "kamis", "jumat jum'at", "sabtu", ""),
    # Greek typed in Latin letters on a phone (Greeklish), in its common spellings: "Savvato
    # 8/6", "Paraskevi 23/5" (Greek itself comes from CLDR's table)
    ("deftera deutera", "triti", "tetarti tetarth", "pempti pempth", "paraskevi paraskeuh",
     "savvato sabbato savato", "kyriaki kiriaki kyriakh"),
    # Vietnamese: "Thứ Hai" (the second day) … "Thứ Bảy", "Chủ Nhật"; also "Thứ 2" … "Thứ 7"
    ("thứ_hai thứ_2", "thứ_ba thứ_3", "thứ_tư thứ_4", "thứ_năm thứ_5", "thứ_sáu thứ_6",
     "thứ_bảy thứ_7", "chủ_nhật"),
    # Persian writes three of its days in two parts joined by a zero-width non-joiner
    # ("سه‌شنبه", Tuesday), whose last part alone is Saturday ("شنبه")
    # Hebrew: "יום שלישי" (the third day) is Tuesday; "שני" alone is "second"
    ("יום_שני", "יום_שלישי", "יום_רביעי", "יום_חמישי", "יום_שישי", "שבת", "יום_ראשון"),
    ("دوشنبه دو_شنبه دو\u200cشنبه", "سه_شنبه سه\u200cشنبه", "چهارشنبه چهار_شنبه چهار\u200cشنبه",
     "پنجشنبه پنج_شنبه پنج\u200cشنبه", "جمعه", "شنبه", "یکشنبه یک_شنبه یک\u200cشنبه"),
)  # fmt: skip
_EUROPEAN_WEEKDAY_NUMBER = _with_dotless_i(
    {
        **calendar_names.WEEKDAYS,  # every other language's (CLDR): "четвер", "csütörtök"
        **{
            name.replace("_", " "): number
            for row in _WEEKDAY_ROWS
            for number, names in enumerate(row)
            for name in names.split()
        },
    }
)


def _weekday_alternation() -> str:
    """The names of the days of the week in the languages above (English, Korean, Japanese and
    Chinese aside), longest first, as a regex alternation: for other readers of day names."""
    return "|".join(
        re.escape(name) for name in sorted(_EUROPEAN_WEEKDAY_NUMBER, key=len, reverse=True)
    )


@functools.cache
def european_weekday() -> re.Pattern[str]:
    """A day of the week named in a language other than English, Korean, Japanese or
    Chinese, as a whole word (compiled on first use: a large alternation)."""
    return re.compile(r"(?i)(?<![^\W\d_])(" + _weekday_alternation() + r")(?![^\W\d_])")


@functools.cache
def _european_before() -> re.Pattern[str]:
    # the weekday, then a space, a comma, a dot or an opening bracket ("Sábado (9/3)")
    return re.compile(
        r"(?i)(?<![^\W\d_])(?:"
        + "|".join(sorted(_EUROPEAN_WEEKDAY_NUMBER, key=len, reverse=True))
        + r")[\s,.(（]{1,3}$"
    )


# Portuguese writes its weekdays short in a day's heading ("Segunda (11/3)", "Quarta 13/3"),
# and Spanish and Portuguese abbreviate them ("Sáb 9/3", "Dom 10/3", "Qua 13/3"): alone these
# words are ordinals or other words ("a segunda (2/3) parte"), so they are read as days only
# opening the text, right before the date.
_PORTUGUESE_SHORT_DAY = lazy(
    r"^[\s#*_>-]*(?:(?i:segunda|ter[çc]a|quarta|quinta|sexta)"
    # an abbreviation capitalised, as a day's heading or line opens ("ter 2/3" is "to have")
    r"|S[áa]b|Dom|Lun|Mi[ée]|Jue|Vie|Seg|Ter|Qua|Qui|Sex)\.?[\s,.(]{1,3}$"
)


_WEEKDAYS_JA = "月火水木金土日"
_WEEKDAYS_ZH = "一二三四五六日"
_DIGIT = lazy(r"\d")
# Arabic-Indic and Persian digits, and those of the scripts of India: Devanagari, Bengali,
# Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam
_INDIC_ZEROS = (0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66)
_EASTERN_DIGIT = lazy(
    r"[\u0660-\u0669\u06f0-\u06f9"
    + "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in _INDIC_ZEROS)
    + "]"
)
_ASCII_DIGITS = {
    **{0x0660 + n: 0x30 + n for n in range(10)},
    **{0x06F0 + n: 0x30 + n for n in range(10)},
    **{zero + n: 0x30 + n for zero in _INDIC_ZEROS for n in range(10)},
}
# "10/26", "7/6(토)", "9/27(金)", "11/24 오후 세션": a month and day with a slash, only where
# it reads as a date (at the start, followed by a day of the week or a part of the day, or
# after one: ``_BEFORE_SLASH``), not as "3/4 of them".
_SLASH = lazy(
    r"(?:^|(?<=[\s|(\[（「]))(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/])"
    r"(?P<after>\s*\(?[월화수목금토일](?:요일)?\)?(?![가-힣])"
    r"|\s*[(（]\s*(?:[" + _CJK_WEEKDAY_CHARS + r"]|(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?)"
    r"\s*[)）]"
    r"|\s*(?=오전|오후|저녁|키노트|세션|발표|부스|午前|午後|上午|下午|晚上|keynote|session|morning"
    r"|afternoon|evening))?"
)
# What makes a slash date before it: a day of the week ("Fri 9/27"), a word for a day
# ("昨日（9/28）", "어제 (11/4)"), or a full-width parenthesis, which CJK text opens for an aside.
_BEFORE_SLASH = lazy(
    r"(?:(?<![A-Za-z])(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur"
    r"|thurs|fri|sat|sun)\.?,?|昨日|今日|本日|当日|翌日|어제|오늘|당일|yesterday|today|（)"
    r"\s*[(（]?\s*$",
    re.IGNORECASE,
)
# "(21/10)", "21/10 keynote": a day before its month where the first number is too big for a
# month, so it can be nothing else; read in the places a month-first slash date is read.
# A counter ("(2/5)") never has its first number above its second.
# The word a day before its month follows in a sentence: "am 21/10", "le 21/10", "no dia
# 21/10", "el 21/10", "on 21/10", "ngày 21/10", "pada 21/10".
_DAY_FIRST_BEFORE = lazy(
    r"(?i)(?:^|[\s(])(?:am|vom|ab|bis|le|du|au|dia|día|el|del|il|dal|al|op|on|den|em|no|na"
    r"|ngày|tanggal|pada|w|v|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+$"
)
_DAY_FIRST_SLASH = lazy(
    r"(?:^|(?<=[\s|(\[（「]))(?P<d>1[3-9]|2\d|3[01])/(?P<m>1[0-2]|0?[1-9])(?![\d/])"
)
_YEAR_SEP = lazy(r"(?:19|20)\d\d\s*[.\-/]")
# Quick tests before the slower patterns: a month's name next to a number, "23.03.29".
_MONTH_THEN_DAY_LOW = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d"
_DAY_THEN_MONTH_LOW = (
    r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
_MONTH_QUICK = lazy(f"{_MONTH_THEN_DAY_LOW}|{_DAY_THEN_MONTH_LOW}", re.IGNORECASE)
# the same, asked of the lowered text: a case-blind scan costs ten times more; one pattern
# per order, as each then skips in C to the next place its first letter or digit stands
_LOWERED_MONTH_THEN_DAY = lazy(_MONTH_THEN_DAY_LOW)
_LOWERED_DAY_THEN_MONTH = lazy(_DAY_THEN_MONTH_LOW)
# (its first dot, then the digits behind it: a pattern opening with a digit tries each place,
# one opening with a dot only the dots)
_SHORT_QUICK = lazy(r"\.(?<=\d\d\.)\d\d\.\d\d")
_MONTH_STEM = lazy("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
# The letters a case-blind "i" and "s" (and so [a-z]) also match that lower() does not turn
# into them ("İ" lowers to two characters)
_FOLDED = ("ı", "İ", "ſ")  # looked for with ``in``, as _MONTH_FIRST_MARK is


def _may_name_english_month(text: str, low: str) -> bool:
    """``_MONTH_QUICK`` matches the text (``low``, lowered): asked of the lowered text, after
    a month's first letters are looked for, but for a text holding a letter of ``_FOLDED``."""
    if holds_any(text, _FOLDED):
        return _MONTH_QUICK.search(text) is not None
    return _MONTH_STEM.search(low) is not None and (
        _LOWERED_MONTH_THEN_DAY.search(low) is not None
        or _LOWERED_DAY_THEN_MONTH.search(low) is not None
    )


_WEEKDAYS_EN = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAYS_KO = "월화수목금토일"


def _cjk_weekday_mark(text: str) -> bool:
    """A quick test: the text may name a day of the week in Japanese or Chinese (a weekday
    in parentheses after a date, "9/27(金)", is read with the date by ``find_dates``)."""
    return holds_any(text, _CJK_WEEKDAY_MARKS)


_CJK_WEEKDAY_MARKS = ("曜", "星期", "週", "周", "拜")
# what every English match of _WEEKDAY opens with: a text with "day" but none of them
# ("today", "birthday") names no weekday in English
_WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in text; ``year`` None when the text gives none."""

    year: int | None
    month: int
    day: int
    offset: int  # where it starts in the text
    end_month: int | None = None  # a range: its last day
    end_day: int | None = None
    length: int = 0  # how many characters of the text it takes

    @property
    def is_range(self) -> bool:
        return self.end_day is not None

    def iso(self, year: int | None = None) -> str | None:
        """YYYY-MM-DD with this year (or ``year`` when the text gave none); None if invalid
        or without any year."""
        return _iso(self.year or year, self.month, self.day)

    def end_iso(self, year: int | None = None) -> str | None:
        if self.end_day is None:
            return None
        return _iso(self.year or year, self.end_month or self.month, self.end_day)

    def partial(self) -> str:
        """ "2024-11-04", or "--11-04" when the year is not known (ISO 8601's form)."""
        if self.year is not None:
            return _iso(self.year, self.month, self.day) or f"--{self.month:02d}-{self.day:02d}"
        return f"--{self.month:02d}-{self.day:02d}"

    def partial_end(self) -> str | None:
        if self.end_day is None:
            return None
        month = self.end_month or self.month
        if self.year is not None:
            return _iso(self.year, month, self.end_day)
        return f"--{month:02d}-{self.end_day:02d}"


def _iso(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _valid(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _positions(text: str, char: str) -> list[int]:
    """Where ``char`` occurs in ``text``."""
    found: list[int] = []
    at = text.find(char)
    while at != -1:
        found.append(at)
        at = text.find(char, at + 1)
    return found


def _by_weekday(text: str, match: re.Match[str], first: int, second: int) -> tuple[int, int] | None:
    """(month, day) of a year-last date that reads both ways ("04/05/2024"), by the one reading
    that falls on the weekday written beside it; None without one, or when both do."""
    if first == second:
        return first, second
    near = text[max(0, match.start() - 16) : match.end() + 16]
    named = set(weekdays(near)) | {
        _WEEKDAYS_EN.index(m.group("en")[:3].lower())
        for m in _WEEKDAY.finditer(near)
        if m.group("en")
    }
    if not named:
        return None
    year = int(match.group("y"))
    readings = [
        (month, day)
        for month, day in ((second, first), (first, second))
        if _valid(month, day) and dt.date(year, month, day).weekday() in named
    ]
    return readings[0] if len(readings) == 1 else None


def find_dates(text: str) -> list[DateMention]:
    """Every date the text writes, in text order; overlapping forms are read once."""
    if _DIGIT.search(text) is None:
        return []
    return list(_dates_in(text))


@functools.lru_cache(maxsize=65536)
def _dates_in(text: str) -> tuple[DateMention, ...]:
    # a heading or a line is asked about by several day checks: read once
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    # a letter or digit of Hebrew, Arabic, Persian or Thai (their digits are in that range)
    other_script = not text.isascii() and _OTHER_QUICK.search(text) is not None
    if other_script and _EASTERN_DIGIT.search(text):
        # "٢٢ أبريل ٢٠٢٤", "(۲۰۲۴/۰۴/۲۲)": every form read with ASCII digits, at the same places
        text = text.translate(_ASCII_DIGITS)

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(match: re.Match[str], year: int | None, month: int, day: int, m2, d2) -> None:
        if not _valid(month, day) or not free(match.start(), match.end()):
            return
        end_month = int(m2) if m2 else None
        end_day = int(d2) if d2 else None
        if end_day is not None and not _valid(end_month or month, end_day):
            end_month = end_day = None
        if end_day is not None and (end_month or month, end_day) <= (month, day):
            end_month = end_day = None
        taken.append((match.start(), match.end()))
        found.append(
            DateMention(
                year, month, day, match.start(), end_month, end_day, match.end() - match.start()
            )
        )

    if "월" in text or "月" in text:
        for match in _CJK_SPAN.finditer(text):
            year = int(match.group("y")) if match.group("y") else None
            add(match, year, int(match.group("m")), int(match.group("d")), None, match["d2"])
        for match in _CJK.finditer(text):
            year = int(match.group("y")) if match.group("y") else None
            add(match, year, int(match.group("m")), int(match.group("d")), match["m2"], match["d2"])
    # a year's first two digits: in every match of the patterns of a written year (a test of
    # the line's characters, where a search costs a call of the pattern for each)
    century = "20" in text or "19" in text
    for match in _NUMERIC.finditer(text) if century and _YEAR_SEP.search(text) else ():
        add(
            match,
            int(match.group("y")),
            int(match.group("m")),
            int(match.group("d")),
            match["m2"],
            match["d2"],
        )
    year_last = century and holds_any(text, _YEAR_LAST_PARTS) and _YEAR_LAST_QUICK.search(text)
    for match in _year_last().finditer(text) if year_last else ():
        first, second = int(match.group("a")), int(match.group("b"))
        if match.group("sep") == "." or first > 12:  # "09.10.2024", "17/04/2024": day first
            add(match, int(match.group("y")), second, first, None, None)
        elif second > 12:  # "04/17/2024": month first
            add(match, int(match.group("y")), first, second, None, None)
        elif reading := _by_weekday(text, match, first, second):
            # "04/05/2024" could be either: the weekday beside it tells ("Sat 04/05/2024")
            add(match, int(match.group("y")), *reading, None, None)
    if "." in text and ("(" in text or "（" in text):
        # "10.9(수)", "10. 9. (수)": tried only around each parenthesis (a search of the
        # whole line costs far more)
        for at in (*_positions(text, "("), *_positions(text, "（")):
            hit = _month_dot_day().search(text, max(0, at - 9), at + 12)
            if hit is not None:
                add(hit, None, int(hit.group("m")), int(hit.group("d")), None, None)
    for match in _SHORT.finditer(text) if _SHORT_QUICK.search(text) else ():
        add(match, 2000 + int(match.group("y")), int(match.group("m")), int(match.group("d")), 0, 0)
    for at in _positions(text, "/") if "/" in text else ():
        # "martedì 29/10", "Mardi 5/11": a day, then its month, after a weekday in a language
        # that writes dates so
        hit = _DAY_MONTH_SLASH.search(text, max(0, at - 2), at + 3)
        if hit is not None and (
            _european_before().search(text[max(0, hit.start() - 16) : hit.start()])
            or _PORTUGUESE_SHORT_DAY.match(text[: hit.start()])
        ):
            add(hit, None, int(hit.group("m")), int(hit.group("d")), None, None)
    if "/" in text:
        for match in _SLASH.finditer(text):
            before = text[max(0, match.start() - 14) : match.start()]
            if (
                match.group("after") is not None
                or not text[: match.start()].strip(" -*+>#|")
                or _BEFORE_SLASH.search(before)
            ):
                add(match, None, int(match.group("m")), int(match.group("d")), None, None)
        for match in _DAY_FIRST_SLASH.finditer(text):
            start, end = match.start(), match.end()
            if (
                (text[start - 1 : start] in ("(", "（") and text[end : end + 1] in (")", "）"))
                or not text[:start].strip(" -*+>#|")
                or _DAY_FIRST_BEFORE.search(text, max(0, start - 9), start)
            ):
                add(match, None, int(match.group("m")), int(match.group("d")), None, None)
    if _european_month_mark(text):
        for match in _european_dm().finditer(text):
            month = _month_named(_ALL_MONTHS, match.group("mname") or match.group("mword"))
            if month is None:
                continue
            if month == _LISTOPAD and _croatian_october(text, match):
                month = _LISTOPAD - 1
            year = int(match.group("y")) if match.group("y") else None
            d2 = match.group("d2")
            add(match, year, month, int(match.group("d")), month if d2 else None, d2)
    year_name = century and _YEAR_NAME_QUICK.search(text)
    for match in _YEAR_NAME_DAY.finditer(text) if year_name else ():
        name = match.group("mname").lower()
        if name in _EUROPEAN_MONTHS:
            add(match, int(match["y"]), _EUROPEAN_MONTHS[name], int(match["d"]), None, None)
    low = text.lower()
    for match in _NAME_THEN_DAY.finditer(text) if _may_name_month_first(text, low) else ():
        name = match.group("mname").lower()
        if name in _MONTH_FIRST_NAMES:
            add(match, None, _EUROPEAN_MONTHS[name], int(match.group("d")), None, None)
    if _may_name_english_month(text, low):
        for match in _WEEKDAY_DM_YY.finditer(text) if holds_any(low, _WEEKDAYS_EN) else ():
            month = _month_named(_MONTHS, match.group("mname"))
            year = 2000 + int(match.group("yy"))
            day = int(match.group("d"))
            if month is None or not _valid(month, day):
                continue
            try:
                written = dt.date(year, month, day)
            except ValueError:
                continue
            if written.weekday() == _WEEKDAYS_EN.index(match.group("wd").lower()):
                add(match, year, month, day, None, None)
        for pattern in (_ENGLISH_MD, _ENGLISH_DM):
            for match in pattern.finditer(text):
                month = _month_named(_MONTHS, match.group("mname"))
                if month is None:
                    continue
                year = int(match.group("y")) if match.group("y") else None
                d2 = match.group("d2")
                add(match, year, month, int(match.group("d")), month if d2 else None, d2)
    if other_script and ("13" in text or "14" in text):
        # "۱۴۰۳/۰۲/۰۳": a Solar Hijri date in numbers, as Persian posts write them
        for start, end, year, month, day in solar_numeric_dates(text):
            if free(start, end):
                taken.append((start, end))
                found.append(DateMention(year, month, day, start, None, None, end - start))
    if other_script:
        # Levantine, Hebrew, Solar Hijri and Thai months: "15 تشرين الأول", "۲۲ آبان ۱۴۰۳"
        for start, end, year, month, day, end_month, end_day in other_dates(text):
            if _valid(month, day) and free(start, end):
                taken.append((start, end))
                found.append(DateMention(year, month, day, start, end_month, end_day, end - start))
    found.sort(key=lambda mention: mention.offset)
    return tuple(found)


# "listopad" is November in Polish and Czech and October in Croatian: a Croatian date writes
# a dot after the day ("3. listopada", Polish "3 listopada") or a Croatian weekday beside it
_LISTOPAD = 11
_LISTOPAD_FORMS = frozenset(("listopad", "listopada"))
_POLISH_MARKS = ("ą", "ę", "ł", "ń", "ś", "ź", "ż", "wtorek", "czwartek", "sobota", "niedziela")
_CROATIAN_WEEKDAYS = (
    "ponedjeljak", "utorak", "srijeda", "srijedu", "četvrtak", "petak", "subota", "nedjelja",
    "nedjelju", "cetvrtak",
)  # fmt: skip


def _croatian_october(text: str, match: re.Match[str]) -> bool:
    """Whether a date's "listopad(a)" is Croatian's October, not Polish November."""
    if (match.group("mname") or "").lower() not in _LISTOPAD_FORMS:
        return False
    low = text.lower()
    if holds_any(low, _CROATIAN_WEEKDAYS):
        return True
    return "." in text[match.start() : match.start("mname")] and not holds_any(low, _POLISH_MARKS)


def _month_named(months: Mapping[str, int], name: str) -> int | None:
    """The month a case-blind pattern matched: "Sep", or "ſep" (a long s, which the pattern
    takes for an s and ``lower`` leaves as it is)."""
    low = name.lower()
    return months.get(low) or months.get(low.casefold())


_WORD = lazy(r"[^\W\d_]+")


def only_a_date(line: str) -> bool:
    """A line that says nothing but a date: "June 29, 2024", "Sat, 7 Sep 2024"."""
    if not find_dates(line):
        return False
    for word in _WORD.findall(line):
        low = word.lower().rstrip(".")
        if low in _ALL_MONTHS or low in _EUROPEAN_WEEKDAY_NUMBER or low in _DATE_WORDS:
            continue
        if not (low[:3] in _WEEKDAYS_EN and len(low) <= 9):
            return False
    return True


# The words around a date's numbers and names: "am 9. April", "el 17 de abril", "ngày 10 tháng
# 7 năm 2024", "dnia 10 lipca", and the words of a weekday's name written in two ("Thứ Tư")
_DATE_WORDS = frozenset(
    {
        *("de", "er", "am", "le", "el", "del", "feira", "ngày", "tháng", "năm", "dnia"),
        *(word for name in _EUROPEAN_WEEKDAY_NUMBER for word in name.split()),
    }
)


# Russian, Ukrainian and Hungarian: "День первый", "Второй день", "День 2", "Перший день",
# "Első nap", "2. nap", "Последний день", "Utolsó nap"
_ORDINALS_RU_UK_HU = {
    **dict.fromkeys(("первый", "перший", "első"), 1),
    **dict.fromkeys(("второй", "другий", "második"), 2),
    **dict.fromkeys(("третий", "третій", "harmadik"), 3),
    **dict.fromkeys(("четвертый", "четвёртый", "четвертий", "negyedik"), 4),
    **dict.fromkeys(("последний", "останній", "utolsó"), LAST_DAY),
}
_DAY_WORD = r"(?:день|nap)"
_ORDINAL_WORD = "|".join(sorted(_ORDINALS_RU_UK_HU, key=len, reverse=True))
_DAY_RU_UK_HU = lazy(
    rf"(?i)(?<![^\W\d_])(?:день\s+(?P<after>{_ORDINAL_WORD}|\d{{1,2}}(?!\d))"
    rf"|(?P<before>{_ORDINAL_WORD})\s+{_DAY_WORD}|(?P<dot>\d{{1,2}})\.\s*nap)(?![^\W\d_])"
)


def _day_ru_uk_hu(folded: str) -> int | None:
    match = _DAY_RU_UK_HU.search(folded)
    if match is None:
        return None
    word = match.group("after") or match.group("before")
    if word is None or word.isdigit():
        number = int(word or match.group("dot"))
        return number if 1 <= number <= 14 else None
    return _ORDINALS_RU_UK_HU[word]


@functools.lru_cache(maxsize=65536)
def day_number(text: str) -> int | None:
    """The conference day a text names: "Day 2", "day1", "2일차", "둘째 날", "2日目", "第二天",
    "День второй", "Második nap" → 2; "마지막날", "last day", "最終日" → LAST_DAY."""
    folded = text.lower()
    if "день" in folded or "nap" in folded:
        found = _day_ru_uk_hu(folded)
        if found is not None:
            return found
    if "วัน" in folded and (found := _day_thai(folded)) is not None:
        return found  # "วันแรก", "วันที่สอง": Thai "the first day", "the second day"
    if "\u0648" in folded or "\u05d5" in folded:
        # the waw of Arabic "يوم" and Persian "روز", the vav of Hebrew "יום"
        found = _day_rtl(text)
        if found is not None:
            return found
    if " din" in folded and (found := _day_hinglish(folded)) is not None:
        return found  # romanised Hindi: "Kal Rootconf ke doosre din ka keynote"
    if (
        not text.isascii()
        and _INDIC_LETTER_QUICK.search(text)
        and holds_any(text, _INDIC_DAY_WORDS)
        and (found := _day_indic(text)) is not None
    ):
        return found  # "पहला दिन", "দ্বিতীয় দিন", "दिन 2", "দিন ২", "दुसरा दिवस"
    if ("dzie" in folded or "gün" in folded) and (found := _day_pl_tr(folded)) is not None:
        return found  # "Dzień 1 (środa 19.06)", "1. Gün", "Gün 2"
    if may_name_an_ordinal_day(folded) and (found := _day_ordinal_word(folded)) is not None:
        return found  # "ikinci gün", "drugi dzień", "andra dagen", "toinen päivä", "hari kedua"
    if ("ziua" in folded or "prima zi" in folded) and (found := _day_ro(folded)) is not None:
        return found  # "Ziua 1", "Ziua a doua", "Prima zi"
    if ("μέρα" in folded or "μερα" in folded) and (found := _day_el(folded)) is not None:
        return found  # "Ημέρα 1", "Πρώτη μέρα", "ΔΕΥΤΕΡΗ ΗΜΕΡΑ"
    if _DAY_MARK.search(folded) is None or _DAY_MARK_AS_MATCHED.search(folded) is None:
        return None  # no word ``_DAY_NUMBER`` needs: the regex would try every position
    match = _DAY_NUMBER.search(text)
    if match is None:
        return None
    if match.group("last"):
        return LAST_DAY
    if match.group("n"):
        number = int(match.group("n"))
    elif match.group("k"):
        number = int(match.group("k"))
    elif match.group("c"):
        number = _CHINESE_NUMBERS.get(match.group("c")) or int(match.group("c"))
    elif match.group("w"):
        number = _KOREAN_ORDINALS[match.group("w")]
    elif match.group("j"):
        number = _CHINESE_NUMBERS[match.group("j")]
    elif match.group("first"):
        number = 1
    elif match.group("eu") or match.group("dot"):
        number = int(match.group("eu") or match.group("dot"))
    elif match.group("o"):
        number = _ENGLISH_ORDINALS[match.group("o").lower()]
    elif match.group("nl"):
        number = int(match.group("nl"))
    elif match.group("eo"):
        word = match.group("eo").lower()
        number = _EUROPEAN_ORDINALS.get(word) or _EUROPEAN_ORDINALS[word.rstrip("enr")]
    else:
        number = _ENGLISH_ORDINALS[match.group("e").lower()]
    return number if 1 <= number <= 14 else None


# "اليوم الثاني", "يوم 2", "روز دوم", "روز ۲", "היום השני", "יום 2": the conference's day in
# Arabic, Persian and Hebrew (Hebrew "יום שני" alone is a weekday, Monday)
_RTL_ORDINALS = {
    **dict.fromkeys(("الأول", "الاول", "اول", "نخست", "یکم", "הראשון"), 1),
    **dict.fromkeys(("الثاني", "الثانى", "دوم", "השני"), 2),
    **dict.fromkeys(("الثالث", "سوم", "השלישי"), 3),
    **dict.fromkeys(("الرابع", "چهارم", "הרביעי"), 4),
    **dict.fromkeys(("الخامس", "پنجم", "החמישי"), 5),
    **dict.fromkeys(("الأخير", "الاخير", "آخر", "האחרון"), 0),
}
_RTL_DAY = lazy(r"(?:(?:ال)?يوم|روز|היום|יום)\s+(?:(?P<n>\d{1,2})(?!\d)|(?P<w>[\u0590-\u06ff]+))")


# Thai "the first day" … "the last day" ("วันที่ 14" with digits is a date, not a day's number)
_THAI_DAY_NUMBER = lazy(r"วัน(?:แรก|ที่(?:หนึ่ง|สอง|สาม|สี่)|สุดท้าย)")
_THAI_DAY_WORDS = {"แรก": 1, "ที่หนึ่ง": 1, "ที่สอง": 2, "ที่สาม": 3, "ที่สี่": 4, "สุดท้าย": LAST_DAY}


# The conference's day in the languages of India: Hindi and Bengali "दिन" / "দিন", Marathi and
# Gujarati "दिवस" / "દિવસ", Tamil "நாள்", Telugu "రోజు", after an ordinal ("पहला दिन", "दूसरे
# दिन", "প্রথম দিন", "২য় দিন") or before a number ("दिन 2", "দিন ১")
_INDIC_DAY_WORDS = ("दिन", "দিন", "दिवस", "दिवशी", "દિવસ", "நாள்", "రోజు")
_INDIC_ORDINALS = {
    **dict.fromkeys(("पहला", "पहले", "पहली", "प्रथम", "पहिला", "पहिल्या", "প্রথম"), 1),
    **dict.fromkeys(("પહેલો", "પહેલા", "પહેલે", "முதல்", "முதலாம்", "మొదటి", "১ম"), 1),
    **dict.fromkeys(("दूसरा", "दूसरे", "दूसरी", "द्वितीय", "दुसरा", "दुसऱ्या", "দ্বিতীয়"), 2),
    **dict.fromkeys(("બીજો", "બીજા", "બીજે", "இரண்டாம்", "రెండవ", "రెండో", "২য়"), 2),
    **dict.fromkeys(("तीसरा", "तीसरे", "तृतीय", "तिसरा", "तिसऱ्या", "তৃতীয়", "ત્રીજો"), 3),
    **dict.fromkeys(("ત્રીજા", "மூன்றாம்", "మూడవ", "మూడో", "৩য়"), 3),
    **dict.fromkeys(("चौथा", "चौथे", "चतुर्थ", "चौथ्या", "চতুর্থ", "ચોથો", "நான்காம்", "నాలుగో"), 4),
    **dict.fromkeys(("आखिरी", "आख़िरी", "अंतिम", "शेवटचा", "शेवटच्या", "শেষ", "છેલ્લો", "છેલ્લા"), LAST_DAY),
}
_INDIC_ORDINALS = {
    **_INDIC_ORDINALS,
    **{unicodedata.normalize("NFC", k): v for k, v in _INDIC_ORDINALS.items()},
    **{unicodedata.normalize("NFD", k): v for k, v in _INDIC_ORDINALS.items()},
}
_INDIC_LETTER = r"\w\u0900-\u0dff"
_INDIC_LETTER_QUICK = lazy(r"[\u0900-\u0dff]")
_INDIC_DAY = lazy(
    rf"(?<![{_INDIC_LETTER}])(?:(?P<w>"
    + "|".join(sorted(_INDIC_ORDINALS, key=len, reverse=True))
    + r")\s+(?:दिन|দিন|दिवस|दिवशी|દિવસ|நாள்|రోజు)(?![\u0900-\u0dff])"
    + r"|(?:दिन|দিন|दिवस|દિવસ)\s*(?P<n>\d{1,2})(?!\d))"
)


# The weekdays of Hindi and Marathi, Bengali, Gujarati, Tamil and Telugu, Monday first
_INDIC_WEEKDAYS = (
    "सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार",
    "সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার",
    "સોમવાર મંગળવાર બુધવાર ગુરુવાર શુક્રવાર શનિવાર રવિવાર",
    "திங்கள் செவ்வாய் புதன் வியாழன் வெள்ளி சனி ஞாயிறு",
    "సోమవారం మంగళవారం బుధవారం గురువారం శుక్రవారం శనివారం ఆదివారం",
)
INDIC_WEEKDAY = {
    **{day: number for days in _INDIC_WEEKDAYS for number, day in enumerate(days.split())},
    "बृहस्पतिवार": 3,
    "বিষ্যুদবার": 3,
}
# The words a day heading of those languages is made of besides its numbers: "प्रथम दिन —
# शनिवार, २१ सितंबर", "দ্বিতীয় দিন — রবিবার, ২২ সেপ্টেম্বর"
_INDIC_DATE_WORDS = frozenset(
    (*_INDIC_DAY_WORDS, "दिवशी", "को", *_INDIC_ORDINALS, *INDIC_WEEKDAY, *indic_months())
)


def indic_date_word(word: str) -> bool:
    """A word of a day heading in a language of India: a day word, an ordinal, a weekday, a
    month, a number (in any script's digits)."""
    return word in _INDIC_DATE_WORDS or word.isdigit()


# Hindi's day ordinals in Latin letters, as posts in romanised Hindi write them: "pehle din",
# "doosra din", "teesre din", "aakhri din" (lowered)
_DAY_HINGLISH = lazy(
    r"(?<![a-z])(?:(?P<one>pehl[aei])|(?P<two>doosr[aei]|dusr[aei])|(?P<three>teesr[aei]|tisr[aei])"
    r"|(?P<last>aakhri|akhri|antim))\s+din(?![a-z])"
)


def _day_hinglish(folded: str) -> int | None:
    match = _DAY_HINGLISH.search(folded)
    if match is None:
        return None
    if match["last"]:
        return LAST_DAY
    return 1 if match["one"] else 2 if match["two"] else 3


def _day_indic(text: str) -> int | None:
    match = _INDIC_DAY.search(text)
    if match is None:
        return None
    if match["n"]:
        number = int(match["n"])
        return number if 1 <= number <= 14 else None
    return _INDIC_ORDINALS[match["w"]]


# Polish and Turkish day numbers: "Dzień 1", "1. Gün", "Gün 2" (lowered)
_DAY_PL_TR = lazy(
    r"(?<![a-zà-ž])(?:dzie[ńn]|gün)\s*(?P<n>\d{1,2})(?!\d)"
    r"|(?<![\d.])(?P<d>\d)\.\s*gün(?![a-zçğıöşü])"
)


# Romanian day numbers, with or without diacritics: "Ziua 1", "Ziua a doua", "Ziua întâi",
# "Prima zi" (lowered)
_DAY_RO = lazy(
    r"(?<![^\W\d_])(?:ziua\s*(?:(?P<n>\d{1,2})(?!\d)|a\s+(?P<w>doua|două|treia|patra)"
    r"|(?P<one>întâi|intai|întîi))|(?P<first>prima)\s+zi)(?![^\W\d_])"
)
_RO_ORDINALS = {"doua": 2, "două": 2, "treia": 3, "patra": 4}


def _day_ro(text: str) -> int | None:
    match = _DAY_RO.search(text)
    if match is None:
        return None
    if match["n"]:
        number = int(match["n"])
        return number if 1 <= number <= 14 else None
    return _RO_ORDINALS[match["w"]] if match["w"] else 1


# Greek day numbers, with accents or in capitals without them (lowered): "Ημέρα 1", "Μέρα 2",
# "1η μέρα", "Πρώτη μέρα", "Δεύτερη ημέρα", "Τελευταία μέρα"
_DAY_EL = lazy(
    r"(?<![^\W\d_])(?:η?μ[έε]ρα\s*(?P<n>\d{1,2})(?!\d)"
    r"|(?:(?P<k>\d)η|(?P<w>πρώτη|πρωτη|δεύτερη|δευτερη|τρίτη|τριτη|τέταρτη|τεταρτη"
    r"|τελευταία|τελευταια))\s+η?μ[έε]ρα)(?![^\W\d_])"
)
_EL_ORDINALS = {"πρώτη": 1, "δεύτερη": 2, "τρίτη": 3, "τέταρτη": 4, "τελευταία": LAST_DAY}
_EL_ORDINALS |= {word.replace("ώ", "ω").replace("ύ", "υ").replace("ί", "ι").replace("έ", "ε")
                 .replace("ία", "ια"): n for word, n in _EL_ORDINALS.items()}  # fmt: skip


def _day_el(text: str) -> int | None:
    match = _DAY_EL.search(text)
    if match is None:
        return None
    number = int(match["n"] or match["k"] or 0)
    if number:
        return number if 1 <= number <= 14 else None
    return _EL_ORDINALS.get(match["w"])


def _day_pl_tr(text: str) -> int | None:
    match = _DAY_PL_TR.search(text)
    return None if match is None else int(match["n"] or match["d"])


# A day named by an ordinal word beside the word for "day", in languages the patterns above do
# not read (lowered): Turkish "ikinci gün", Polish "drugi dzień" / "dzień drugi", Swedish
# "andra dagen", Norwegian and Danish "andre dag" / "anden dag", Dutch "tweede dag", Finnish
# "toinen päivä" / "päivä 2", Czech and Slovak "druhý den" / "druhý deň", Croatian and Serbian
# "drugi dan", Indonesian and Malay "hari kedua", Estonian "teine päev", Latvian "otrā diena",
# Lithuanian "antra diena", Catalan "segon dia"; and "dag 2" opening a title's part
# (Scandinavian; "Dag 2" capitalised is read above).
_ORDINAL_DAY_WORDS: dict[str, int] = {
    # Estonian, Latvian, Lithuanian, Catalan
    **dict.fromkeys(("esimene", "pirmā", "pirma", "pirmoji"), 1),
    **dict.fromkeys(("teine", "otrā", "otra", "antra", "antroji", "segon"), 2),
    **dict.fromkeys(("trešā", "tresa", "trečia", "trecia", "trečioji", "tercer"), 3),
    **dict.fromkeys(("viimane", "pēdējā", "pedeja", "paskutinė", "paskutine", "darrer"), LAST_DAY),
    **dict.fromkeys(("birinci", "ilk"), 1),
    **dict.fromkeys(("ikinci",), 2),
    **dict.fromkeys(("üçüncü", "ucuncu"), 3),
    **dict.fromkeys(("dördüncü", "dorduncu"), 4),
    **dict.fromkeys(("pierwszy", "pierwszego"), 1),
    **dict.fromkeys(("drugi", "drugiego"), 2),
    **dict.fromkeys(("trzeci", "trzeciego"), 3),
    **dict.fromkeys(("czwarty", "czwartego"), 4),
    **dict.fromkeys(("första", "forsta", "første", "forste", "eerste"), 1),
    **dict.fromkeys(("andra", "andre", "anden", "tweede"), 2),
    **dict.fromkeys(("tredje", "derde"), 3),
    **dict.fromkeys(("fjärde", "fjarde", "fjerde", "vierde"), 4),
    **dict.fromkeys(("ensimmäinen", "ensimmainen"), 1),
    **dict.fromkeys(("toinen",), 2),
    **dict.fromkeys(("kolmas",), 3),
    **dict.fromkeys(("neljäs", "neljas"), 4),
    **dict.fromkeys(("první", "prvni", "prvý", "prvy", "prvi"), 1),
    **dict.fromkeys(("druhý", "druhy"), 2),
    **dict.fromkeys(("třetí", "treti", "tretí", "treći", "treci"), 3),
    **dict.fromkeys(("čtvrtý", "ctvrty", "štvrtý", "stvrty", "četvrti", "cetvrti"), 4),
    **dict.fromkeys(("pertama",), 1),
    **dict.fromkeys(("kedua",), 2),
    **dict.fromkeys(("ketiga",), 3),
    **dict.fromkeys(("keempat",), 4),
    # Swahili, after "siku ya" (the day of): "Siku ya Kwanza", "siku ya pili"
    **dict.fromkeys(("kwanza",), 1),
    **dict.fromkeys(("pili",), 2),
    **dict.fromkeys(("tatu",), 3),
    **dict.fromkeys(("nne",), 4),
    **dict.fromkeys(("tano",), 5),
    **dict.fromkeys(
        (
            "son",
            "ostatni",
            "ostatniego",
            "sista",
            "siste",
            "sidste",
            "laatste",
            "viimeinen",
            "poslední",
            "posledni",
            "posledný",
            "posledny",
            "zadnji",
            "posljednji",
            "poslednji",
            "terakhir",
            "mwisho",
        ),
        LAST_DAY,
    ),
}


def _ordinals(*words: str) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_TR = _ordinals("birinci", "ilk", "ikinci", "üçüncü", "ucuncu", "dördüncü", "dorduncu", "son")
_PL = _ordinals("pierwszy", "drugi", "trzeci", "czwarty", "ostatni")
_PL_OF = _ordinals("pierwszego", "drugiego", "trzeciego", "czwartego", "ostatniego")
_NORDIC_NL = _ordinals(
    *("första", "forsta", "andra", "tredje", "fjärde", "fjarde", "sista"),
    *("første", "forste", "andre", "anden", "fjerde", "siste", "sidste"),
    *("eerste", "tweede", "derde", "vierde", "laatste"),
)
_FI = _ordinals("ensimmäinen", "ensimmainen", "toinen", "kolmas", "neljäs", "neljas", "viimeinen")
_CS_SK = _ordinals(
    *("první", "prvni", "druhý", "druhy", "třetí", "treti", "čtvrtý", "ctvrty"),
    *("poslední", "posledni", "prvý", "prvy", "tretí", "štvrtý", "stvrty", "posledný"),
)
_HR_SR = _ordinals(
    "prvi", "drugi", "treći", "treci", "četvrti", "cetvrti", "zadnji", "posljednji", "poslednji"
)
_ID = _ordinals("pertama", "kedua", "ketiga", "keempat", "terakhir")
_ET = _ordinals("esimene", "teine", "kolmas", "viimane")
_LV_LT = _ordinals(
    *("pirmā", "pirma", "otrā", "otra", "trešā", "tresa", "pēdējā", "pedeja"),
    *("pirmoji", "antra", "antroji", "trečia", "trecia", "trečioji", "paskutinė", "paskutine"),
)
_CA = _ordinals("segon", "tercer", "darrer")
_SW = _ordinals("kwanza", "pili", "tatu", "nne", "tano", "mwisho")
ORDINAL_DAY = lazy(
    r"(?i)(?<![^\W\d_])(?:"
    rf"(?P<tr>{_TR})\s+gün(?:ü|u)?|(?P<tra>{_TR})\s+gunu?"
    rf"|(?P<pl>{_PL})\s+dzie[ńn]|(?P<plof>{_PL_OF})\s+dnia|dzie[ńn]\s+(?P<pla>{_PL})"
    rf"|(?P<nordic>{_NORDIC_NL})\s+dag(?:en)?"
    rf"|(?P<fi>{_FI})\s+p[äa]iv[äa]"
    rf"|(?P<cs>{_CS_SK})\s+(?:den|deň)"
    rf"|(?P<hr>{_HR_SR})\s+dan"
    rf"|hari\s+(?P<id>{_ID})"
    rf"|siku\s+ya\s+(?P<sw>{_SW})|siku\s+ya\s+(?P<swn>\d{{1,2}})(?!\d)"
    rf"|(?P<et>{_ET})\s+päev|(?P<lvlt>{_LV_LT})\s+diena|(?P<ca>{_CA})\s+dia"
    r"|päev\s*(?P<etn>\d{1,2})(?!\d)|(?P<lvdot>\d)\.\s*(?:diena|päev)"
    r"|p[äa]iv[äa]\s*(?P<fin>\d{1,2})(?!\d)|(?P<fidot>\d)\.\s*p[äa]iv[äa]"
    r"|(?:^|(?<=[-–—,:|(]\s)|(?<=[-–—,:|(]))\s*dag\s*(?P<dag>\d{1,2})(?!\d)"
    r")(?![^\W\d_])"
)
# what every match holds (lowered): a quick test before the pattern
_ORDINAL_DAY_MARKS = (
    "gün",
    " gun",
    "dzie",
    " dnia",
    "dag",
    "päiv",
    "paiv",
    " den",
    " deň",
    " dan",
    "hari ",
    "siku ya",
    "päev",
    "diena",
    " dia",
)


# the marks in one scan of a text beyond ASCII, where a test per mark would first copy each to
# the text's wider letters (a Korean or Japanese heading)
_ORDINAL_DAY_QUICK = lazy(one_of(_ORDINAL_DAY_MARKS))


def may_name_an_ordinal_day(folded: str) -> bool:
    if folded.isascii():
        return holds_any(folded, _ORDINAL_DAY_MARKS)
    return _ORDINAL_DAY_QUICK.search(folded) is not None


def _day_ordinal_word(folded: str) -> int | None:
    match = ORDINAL_DAY.search(folded.replace("i\u0307", "i"))  # "İkinci", lowered
    if match is None:
        return None
    digits = match["fin"] or match["fidot"] or match["dag"] or match["etn"] or match["lvdot"]
    digits = digits or match["swn"]
    if digits:
        number = int(digits)
        return number if 1 <= number <= 14 else None
    word = next(w for w in match.groups() if w)
    return _ORDINAL_DAY_WORDS[word.lower()]


def _day_thai(text: str) -> int | None:
    match = _THAI_DAY_NUMBER.search(text)
    return None if match is None else _THAI_DAY_WORDS[match.group(0)[3:]]


def _day_rtl(text: str) -> int | None:
    match = _RTL_DAY.search(text)
    if match is None:
        return None
    if match["n"]:
        return int(match["n"]) if 1 <= int(match["n"]) <= 14 else None
    number = _RTL_ORDINALS.get(match["w"])
    if number is None or (match.group(0).startswith("יום") and number):
        return None  # "יום שני": Monday
    return LAST_DAY if number == 0 else number


# A day named by its number at the start of a line, 0 included (a workshop "Day 0"): "Day 0 -
# Platform Engineering Day", "Day 1 오프닝 키노트", "2일차", "0日目"
_LEADING_DAY = lazy(
    r"^[\s#>*_|-]*(?:(?i:day)\s*(?P<n>\d{1,2})(?![\d:.])|(?P<k>\d{1,2})\s*(?:일\s*차|日\s*目))"
)
# A heading or a table row holding a day word: the only lines that may name "Day N" beside a date
_NAMED_DAY_LINE = lazy(r"^[ \t]*[#|][^\n]*?(?:[Dd]ay|DAY|일\s*차|日\s*目)[^\n]*", re.MULTILINE)
_NAMED_DAY_CHARS = 40_000  # of a note's text looked at for days it names beside their dates
# the same on a line after the first, found by its line break (a search for a line's start,
# "^" in a multiline pattern, tries every character of the body)
_NEXT_NAMED_DAY_LINE = lazy(r"\n([ \t]*[#|][^\n]*?(?:[Dd]ay|DAY|일\s*차|日\s*目)[^\n]*)")


def _named_day_lines(body: str) -> list[str]:
    """``_NAMED_DAY_LINE.findall(body, 0, _NAMED_DAY_CHARS)``: a match never ends with a line
    break, so each of the other lines' is found after the one before it ends."""
    first = _NAMED_DAY_LINE.match(body, 0, _NAMED_DAY_CHARS)
    after = first.end() if first is not None else 0
    rest = _NEXT_NAMED_DAY_LINE.findall(body, after, _NAMED_DAY_CHARS)
    return [first.group(0), *rest] if first is not None else rest


def leading_day(text: str) -> int | None:
    """The day number a text opens with, 0 included: "Day 0 - Platform Engineering Day" → 0,
    "Day 1 오프닝 키노트: …" → 1, "| 11/13 (수) | Day 1 키노트 |" → None (not at the start)."""
    match = _LEADING_DAY.match(text)
    if match is None:
        return None
    number = int(match.group("n") or match.group("k"))
    return number if number <= 14 else None


def named_days(body: str) -> tuple[tuple[int, str], ...]:
    """(N, date) for each heading or table row of a note that names a conference day beside its
    date: "## Day 1（9/12 木）", "| 11/13 (수) | Day 1 키노트 + 세션 |", "### 2일차 (11월 5일)";
    the date as ``Mention.partial`` gives it. Where the notes say Day 1 is."""
    if not (
        "ay" in body
        or "AY" in body
        or ("일" in body and "차" in body)
        or ("日" in body and "目" in body)
    ):
        return ()  # none of the pattern's words for a day: most notes
    found: list[tuple[int, str]] = []
    for line in _named_day_lines(body):
        stripped = line.lstrip()
        cells = [c for c in stripped.strip("|").split("|")] if stripped.startswith("|") else [line]
        number = next(
            (n for c in cells if (n := leading_day(c.lstrip("# "))) is not None),
            None,
        )
        if number is None:
            number = day_number(line)
            if number is None or number == LAST_DAY:
                continue
        dates = [m for m in find_dates(line) if not m.is_range]
        if len(dates) == 1:
            found.append((number, dates[0].partial()))
    return tuple(dict.fromkeys(found))


# A day counted among the days with talks, not from the event's first day (tutorials or
# workshops before them): "Day 1 of talks", "the first day of the main conference", "talk day
# 2", "Konferenztag 1", "día 1 de charlas", "jour 2 des conférences", "본행사 1일차",
# "세션 1일차", "本編1日目", "会议第一天".
_OF_TALKS = lazy(
    r"(?i)(?:day\s*\d{1,2}|(?:first|second|third|last)\s+day)\s+of\s+(?:the\s+)?(?:talks|sessions"
    r"|main\s+(?:conference|event|program(?:me)?))(?![a-z])"
    r"|(?<![a-z])(?:talk|session|main[\s-]conference)\s+day\s*\d"
    r"|konferenztag\s*\d|(?:d[ií]a|giorno|dia)\s*\d{1,2}\s+(?:de|di)\s+(?:charlas|talk|palestras)"
    r"|jour\s*\d{1,2}\s+des\s+conf[ée]rences"
    r"|(?:본\s*행사|본\s*컨퍼런스|세션|컨퍼런스\s*본행사)\s*(?:\d{1,2}\s*일\s*차|(?:첫|둘|셋)\s*째\s*날)"
    r"|本編\s*\d{1,2}\s*日目|本会議\s*\d{1,2}\s*日目|会议\s*第\s*[一二三四五\d]\s*天"
)
_TALK_MARKS = (
    "talk",
    "session",
    "main",
    "konferenz",
    "charla",
    "palestra",
    "conf",
    "본",
    "세션",
    "본편",
    "本編",
    "本会議",
    "会议",
)


def counts_talk_days(text: str) -> bool:
    """Whether a text counts its "Day N" among the days with talks ("Day 1 of talks at …"),
    not from the event's first day (a tutorial day before them)."""
    folded = text.lower()
    if not any(mark in folded for mark in _TALK_MARKS):
        return False
    return _OF_TALKS.search(text) is not None


# A day and month with a slash ("29/10"), read so only after a European weekday.
_DAY_MONTH_SLASH = lazy(r"(?<![\d/])(?P<d>3[01]|[12]\d|0?[1-9])/(?P<m>1[0-2]|0?[1-9])(?![\d/])")
# The words of the names in ``_EUROPEAN_WEEKDAY_NUMBER`` ("středa", "thứ", "segunda",
# "feira"): a text none of whose words is one names no such day. Words are looked up, not
# matched against every name at every position.
# \w+ spelt \w\w*: a pattern that opens with a class skips in C to the next word character
_WEEKDAY_TOKEN = lazy(r"\w\w*(?:'\w+)?")
_WEEKDAY_WORDS = frozenset(
    word for name in _EUROPEAN_WEEKDAY_NUMBER for word in re.split(r"[ -]", name)
)


# A word of each name that a text naming it holds: a one-word name itself, and of a name in
# two words the one that is no everyday word ("feira", not "segunda"; Maltese "tnejn", not
# "it"): a text holding none of them names none (English text holds "it" and "is").
_WEEKDAY_MARKS = frozenset(
    {name for name in _EUROPEAN_WEEKDAY_NUMBER if " " not in name and "-" not in name}
    | {"feira", "thứ", "chủ", "יום"}
    | {
        name.split("-")[1]
        for name in _EUROPEAN_WEEKDAY_NUMBER
        if name.split("-")[0] in ("it", "is", "il", "l")
    }
)


# Of each name its longest run of letters ("tnejn" of "it-tnejn", "thứ" of "thứ 2"): a name
# matched as a whole word leaves that run as a word of letters of its own, and a text none of
# whose words is one names none, so the big alternation is not compiled for "it is 2".
_WEEKDAY_LETTERS = lazy(r"[^\W\d_]+")
_WEEKDAY_KEYS = frozenset(
    max(re.findall(r"[^\W\d_]+", name), key=len) for name in _EUROPEAN_WEEKDAY_NUMBER
)


def may_name_a_weekday(text: str) -> bool:
    """A quick test: the text may name a day of the week in a language other than English,
    Korean, Japanese and Chinese (never False when it does)."""
    return not _WEEKDAY_KEYS.isdisjoint(_WEEKDAY_LETTERS.findall(text.lower()))


# kept per text: a note's title and opening lines are asked about again and again
@functools.lru_cache(maxsize=4096)
def _european_weekdays(text: str) -> tuple[int, ...]:
    """The days of the week ``_EUROPEAN_WEEKDAY_NUMBER`` names in the text, in order; a name
    in two words ("Thứ Tư", "terça-feira") read as one."""
    words = _WEEKDAY_TOKEN.findall(text.lower())
    if _WEEKDAY_MARKS.isdisjoint(words):
        return ()
    found: list[int] = []
    paired = -1  # the second word of a name in two words: no name of its own
    for at, word in enumerate(words):
        if at == paired:
            continue
        number = _EUROPEAN_WEEKDAY_NUMBER.get(word)
        if at + 1 < len(words) and (word in _WEEKDAY_WORDS):
            pair = _EUROPEAN_WEEKDAY_NUMBER.get(f"{word} {words[at + 1]}")
            if pair is None:
                pair = _EUROPEAN_WEEKDAY_NUMBER.get(f"{word}-{words[at + 1]}")
            if pair is not None:
                number, paired = pair, at + 1
        if number is not None and number not in found:
            found.append(number)
    return tuple(found)


def weekdays(text: str) -> list[int]:
    """The days of the week a text names (0 = Monday), in order: "Thursday afternoon's
    panel", "화요일 오후 2시"."""
    european = _european_weekdays(text)
    if (
        ("day" not in text or not holds_any(text, _WEEKDAY_ABBREVIATIONS))
        and "요일" not in text
        and "Mon" not in text
        and not _cjk_weekday_mark(text)
        and not european
    ):
        return []
    found = list(european)
    for match in _WEEKDAY.finditer(text):
        if match.group("en"):
            number = _WEEKDAYS_EN.index(match.group("en")[:3].lower())
        elif match.group("ko"):
            number = _WEEKDAYS_KO.index(match.group("ko"))
        elif match.group("zh"):
            number = _WEEKDAYS_ZH.index(match.group("zh").replace("天", "日"))
        else:
            number = _WEEKDAYS_JA.index(match.group("ja"))
        if number not in found:
            found.append(number)
    return found


def weekdays_in(texts: Sequence[str]) -> list[int]:
    """``weekdays`` of each text, one after another. The texts are first looked at as one
    (no word of ``_european_weekdays`` nor mark of ``weekdays`` spans two lines): most name
    no day of the week, and each is then passed over."""
    joined = "\n".join(texts)
    if (
        "day" not in joined
        and "요일" not in joined
        and "Mon" not in joined
        and not _cjk_weekday_mark(joined)
        and _no_weekday_mark(joined.lower())
    ):
        return []
    return [day for text in texts for day in weekdays(text)]


def _no_weekday_mark(low: str) -> bool:
    """No word ``_WEEKDAY_TOKEN`` finds in the lowered text is one of ``_WEEKDAY_MARKS``. A
    word between spaces of letters and digits only is a word of the pattern's as it is: where
    no word between spaces is a mark, only the others are read by the pattern (a scan of the
    whole text costs three times as much)."""
    words = low.split()
    if not _WEEKDAY_MARKS.isdisjoint(words):
        return _WEEKDAY_MARKS.isdisjoint(_WEEKDAY_TOKEN.findall(low))
    others = " ".join([word for word in words if not word.isalnum()])
    return _WEEKDAY_MARKS.isdisjoint(_WEEKDAY_TOKEN.findall(others))


def complete_year(partial: str, reference: str | None) -> str | None:
    """ "--11-04" with the year of ``reference`` (an ISO date): that year if the day is not
    after the reference day, else the year before (notes are written after the event)."""
    if not partial.startswith("--"):
        return partial
    if reference is None or len(reference) < 10:
        return None
    month, day = int(partial[2:4]), int(partial[5:7])
    year = int(reference[:4])
    if (month, day) > (int(reference[5:7]), int(reference[8:10])):
        year -= 1
    return _iso(year, month, day)


def with_year(partial: str, year: int | None) -> str | None:
    """ "--11-04" in ``year``; a full date as it is."""
    if not partial.startswith("--"):
        return partial
    if year is None:
        return None
    return _iso(year, int(partial[2:4]), int(partial[5:7]))


# A day of the week in parentheses inside a date as CJK notes write it: "2024. 9. 12. (목)",
# "9月27日（金）".
@functools.cache
def _paren_weekday() -> re.Pattern[str]:
    return re.compile(
        r"[(（]\s*(?:星期|週|周)?[" + _CJK_WEEKDAY_CHARS + r"](?:요일|曜日?)?\s*[)）]"
    )


_NEAR = 3  # characters between a date and its day of the week: ", " or " (" or "("


def weekday_beside(text: str, mention: DateMention) -> bool:
    """Whether the text writes a day of the week right beside the date, before or after it,
    in any language: "Tue 9 April", "Dienstag, 9. April 2024", "Mercredi 17 avril",
    "29 de outubro de 2024 (terça-feira)", "2024. 9. 12. (목)". A date written with its weekday
    is the day the writer means, not a date mentioned in passing."""
    end = mention.offset + mention.length
    if _paren_weekday().search(text, mention.offset, end) or weekdays(text[mention.offset : end]):
        return True  # "2024. 9. 12. (목)", "10월 9일 수요일": read with the date
    before = text[max(0, mention.offset - 16) : mention.offset]
    after = text[end : end + 20]
    if _paren_weekday().match(after.lstrip()):  # "24.10.09 (수)"
        return True
    for window, at_end in ((before, True), (after, False)):
        if not window.strip():
            continue
        for match in (*_WEEKDAY.finditer(window), *european_weekday().finditer(window)):
            gap = window[match.end() :] if at_end else window[: match.start()]
            if len(gap) <= _NEAR and not gap.strip(" ,.(（日"):  # "水曜日 10月9日"
                return True
    return False


# Words that only say when: months and days of the week in the languages above, and the word
# for "day" ("QCon Tuesday", "JavaLand 2024 Tag 1", "8–10 April 2024" name no event by them).
_DATE_ONLY_WORDS = frozenset(
    {
        *(name for name in _MONTHS if name != "may"),
        *(name for name in _EUROPEAN_MONTHS if len(name) >= 4),
        *_EUROPEAN_WEEKDAY_NUMBER,
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "day",
        "days",
        "tag",
        "tage",
        "jour",
        "journée",
        "día",
        "dia",
        "giorno",
        "giornata",
        # "Dag 2", "Dzień 1", "Deň 2", "1. gün", "Hari 2", "ngày 10 tháng 7"
        *("dag", "dzień", "deň", "gün", "hari", "ngày", "tháng", "ziua"),
        *(word for name in _EUROPEAN_WEEKDAY_NUMBER for word in name.split()),
    }
)


def is_date_word(word: str) -> bool:
    """A month, a day of the week or "day" in a language notes are written in: "April",
    "Tuesday", "Tag", "mercredi"."""
    return word.lower().rstrip(".,") in _DATE_ONLY_WORDS


def day_before(iso: str) -> str:
    """The ISO date of the day before ``iso``."""
    return (dt.date.fromisoformat(iso[:10]) - dt.timedelta(days=1)).isoformat()


@functools.cache
def month_and_weekday_names() -> frozenset[str]:
    """Every name of a month or a day of the week this module reads, lower case, in every
    language above, abbreviations included; not the ones that are also common words
    ("out", "set", "mag"): for other readers of dates (compare's facts about a talk)."""
    english_days = (
        f"{stem}day" for stem in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
    )
    names = {*_ALL_MONTHS, *_EUROPEAN_WEEKDAY_NUMBER, *_WEEKDAYS_EN, *english_days}
    names.update(("tues", "thur", "thurs"))
    return frozenset(names - set(_WORDLIKE_MONTHS))


# A Zettelkasten note's id before its title: "202409171410 Rust in production" (the minute it
# was written, year to minute or second), as Obsidian's and The Archive's templates make it.
_TIMESTAMP_ID = lazy(
    r"^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?"
    r"[ _-]+(?=\S)"
)


def without_timestamp_id(text: str) -> str:
    """``text`` without a Zettelkasten timestamp id before it ("202409171410 Title" → "Title")."""
    if not text[:1].isdigit() or (match := _TIMESTAMP_ID.match(text)) is None:
        return text
    return text[match.end() :]
