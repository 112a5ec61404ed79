"""Dates written with month names the CLDR tables in calendar_names do not give, and in
calendars other than the Gregorian one: Levantine Arabic months ("15 تشرين الأول 2024"),
Hebrew months after the preposition ב ("12 בנובמבר 2024"), the Persian Solar Hijri
calendar ("۲۲ آبان ۱۴۰۳"), Thai months with Buddhist-era years ("15 มิ.ย. 67",
"15 มิถุนายน 2567", "16/06/2567"). Digits may be Arabic-Indic or Persian: Python reads
them as digits.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator

from summit_tui.lazy_re import lazy

_LEVANTINE = {
    "كانون الثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "اذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "اب": 8,
    "أيلول": 9,
    "ايلول": 9,
    "تشرين الأول": 10,
    "تشرين الاول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
    "كانون الاول": 12,
}
_HEBREW = {
    "ינואר": 1,
    "פברואר": 2,
    "מרץ": 3,
    "מרס": 3,
    "אפריל": 4,
    "מאי": 5,
    "יוני": 6,
    "יולי": 7,
    "אוגוסט": 8,
    "ספטמבר": 9,
    "אוקטובר": 10,
    "נובמבר": 11,
    "דצמבר": 12,
}
_SOLAR = {
    "فروردین": 1,
    "اردیبهشت": 2,
    "خرداد": 3,
    "تیر": 4,
    "مرداد": 5,
    "امرداد": 5,
    "شهریور": 6,
    "مهر": 7,
    "آبان": 8,
    "آذر": 9,
    "دی": 10,
    "بهمن": 11,
    "اسفند": 12,
}
_THAI = {
    "มกราคม": 1,
    "ม.ค.": 1,
    "กุมภาพันธ์": 2,
    "ก.พ.": 2,
    "มีนาคม": 3,
    "มี.ค.": 3,
    "เมษายน": 4,
    "เม.ย.": 4,
    "พฤษภาคม": 5,
    "พ.ค.": 5,
    "มิถุนายน": 6,
    "มิ.ย.": 6,
    "กรกฎาคม": 7,
    "ก.ค.": 7,
    "สิงหาคม": 8,
    "ส.ค.": 8,
    "กันยายน": 9,
    "ก.ย.": 9,
    "ตุลาคม": 10,
    "ต.ค.": 10,
    "พฤศจิกายน": 11,
    "พ.ย.": 11,
    "ธันวาคม": 12,
    "ธ.ค.": 12,
}
# Gregorian months as Persian posts write them besides the forms CLDR gives: "مه" (May),
# "جولای" (July), "آگوست" (August)
_PERSIAN_SPOKEN = {"مه": 5, "جولای": 7, "آگوست": 8}
# Gregorian months in the scripts of India: Hindi and Marathi (Devanagari, with and without
# the half-nasal spellings: "सितंबर", "सितम्बर"), Bengali, Gujarati, Tamil, Telugu
_INDIC = {
    **dict.fromkeys(("जनवरी", "जानेवारी", "জানুয়ারি", "জানুয়ারী", "જાન્યુઆરી", "ஜனவரி", "జనవరి"), 1),
    **dict.fromkeys(
        ("फ़रवरी", "फरवरी", "फेब्रुवारी", "ফেব্রুয়ারি", "ফেব্রুয়ারী", "ફેબ્રુઆરી", "பிப்ரவரி", "ఫిబ్రవరి"), 2
    ),
    **dict.fromkeys(("मार्च", "মার্চ", "માર્ચ", "மார்ச்", "మార్చి"), 3),
    **dict.fromkeys(("अप्रैल", "अप्रेल", "एप्रिल", "এপ্রিল", "એપ્રિલ", "ஏப்ரல்", "ఏప్రిల్"), 4),
    **dict.fromkeys(("मई", "मे", "মে", "મે", "மே", "మే"), 5),
    **dict.fromkeys(("जून", "জুন", "જૂન", "ஜூன்", "జూన్"), 6),
    **dict.fromkeys(("जुलाई", "जुलै", "জুলাই", "જુલાઈ", "ஜூலை", "జూలై"), 7),
    **dict.fromkeys(("अगस्त", "ऑगस्ट", "আগস্ট", "অগাস্ট", "ઑગસ્ટ", "ஆகஸ்ட்", "ఆగస్టు"), 8),
    **dict.fromkeys(("सितंबर", "सितम्बर", "सप्टेंबर", "সেপ্টেম্বর", "સપ્ટેમ્બર", "செப்டம்பர்", "సెప్టెంబర్"), 9),
    **dict.fromkeys(("अक्टूबर", "अक्तूबर", "ऑक्टोबर", "অক্টোবর", "ઑક્ટોબર", "அக்டோபர்", "అక్టోబర్"), 10),
    **dict.fromkeys(("नवंबर", "नवम्बर", "नोव्हेंबर", "নভেম্বর", "નવેમ્બર", "நவம்பர்", "నవంబర్"), 11),
    **dict.fromkeys(("दिसंबर", "दिसम्बर", "डिसेंबर", "ডিসেম্বর", "ડિસેમ્બર", "டிசம்பர்", "డిసెంబర్"), 12),
}
# a nukta letter is written precomposed or as its letter and the nukta: both spellings
_INDIC = {
    **_INDIC,
    **{unicodedata.normalize("NFD", k): v for k, v in _INDIC.items()},
    **{unicodedata.normalize("NFC", k): v for k, v in _INDIC.items()},
}


def indic_months() -> tuple[str, ...]:
    """The month names of the languages of India this module reads."""
    return tuple(_INDIC)


_MONTHS = {
    **_LEVANTINE,
    **_PERSIAN_SPOKEN,
    **{"ב" + k: v for k, v in _HEBREW.items()},
    **_SOLAR,
    **_THAI,
}


def _alternation(names: dict[str, int]) -> str:
    return "|".join(sorted((n.replace(".", r"\.") for n in names), key=len, reverse=True))


_NAMED = lazy(
    # a range's first day: "22-24 באפריל", "۳ تا ۵ اردیبهشت", "מ-22 עד 24 באפריל"
    r"(?<![\d:])(?:(?P<d0>\d{1,2})\s*(?:[-–—]|\s(?:تا|עד|إلى|الى|حتى)\s)\s*)?"
    rf"(?P<d>\d{{1,2}})\s*(?P<m>{_alternation(_MONTHS)})(?!\w|\u200c(?!ماه))"
    # "اردیبهشت‌ماه ۱۴۰۳": the month with the word for month after it
    r"(?:[\u200c ]?ماه(?![\w]))?"
    r"(?:[\s,،]+(?:พ\.ศ\.\s*)?(?P<y>\d{4}|\d{2})(?!\d))?"
)
# The same of the Indic months, in a pattern of its own: built only for a text in one of
# those scripts ("२२ सितंबर २०२४", "১০ মে"; an Indic month is no prefix of a longer word: "10
# में" is "in 10", not "10 May")
_INDIC_NAMED = lazy(
    r"(?<![\d:])(?:(?P<d0>\d{1,2})\s*[-–—]\s*)?"
    rf"(?P<d>\d{{1,2}})\s*(?P<m>{_alternation(_INDIC)})(?![\w\u0900-\u0dff])"
    r"(?:[\s,]+(?P<y>\d{4})(?!\d))?"
)
_INDIC_QUICK = lazy(r"[\u0900-\u0dff]")
# "16/06/2567", "15/6/67" beside Thai text: a Buddhist-era year
_THAI_NUMERIC = lazy(r"(?<!\d)(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>25\d\d|[6-9]\d)(?![\d/])")
# A letter of the scripts these months are written in: Hebrew, Arabic, Persian, the scripts of
# India, Thai
QUICK = lazy(r"[\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f]")


def _gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian date of a Solar Hijri one (the arithmetic of the Iranian calendar)."""
    year += 1595
    days = -355668 + 365 * year + (year // 33) * 8 + ((year % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    out = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        out += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    out += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        out += (days - 1) // 365
        days = (days - 1) % 365
    day_of_year = days + 1
    leap = out % 4 == 0 and (out % 100 != 0 or out % 400 == 0)
    for number, length in enumerate(
        (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    ):
        if day_of_year <= length:
            return out, number + 1, day_of_year
        day_of_year -= length
    return out, 12, 31


# Persian weekdays, Monday 0 as datetime counts: "دوشنبه ۳ اردیبهشت" tells which Solar year a
# date written without one is in (a day and month fall on another weekday each year)
_WEEKDAY = lazy(
    r"(?P<w>[یي]ک[\u200c ]?شنبه|دو[\u200c ]?شنبه|سه[\u200c ]?شنبه|چهار[\u200c ]?شنبه"
    r"|پنج[\u200c ]?شنبه|شنبه|جمعه)[\s,،\u200f]*$"
)
# by its first two letters
_WEEKDAY_NUMBER = {"یک": 6, "يک": 6, "دو": 0, "سه": 1, "چه": 2, "پن": 3, "شن": 5, "جم": 4}
# The years looked at for a weekday, each one's days on other weekdays than the next's; with
# no weekday, 1403 (2024-25)
_SOLAR_YEARS = (1403, 1404, 1402, 1405, 1401)


def _solar_without_year(text: str, start: int, month: int, day: int) -> tuple[int, int, int]:
    said = _WEEKDAY.search(text, max(0, start - 16), start)
    if said is not None:
        weekday = _WEEKDAY_NUMBER[said["w"][:2]]
        for year in _SOLAR_YEARS:
            found = _gregorian(year, month, day)
            if dt.date(*found).weekday() == weekday:
                return found
    return _gregorian(1403, month, day)


def _thai_year(written: str) -> int:
    year = int(written)
    if year < 100:
        year += 2500  # "67": 2567, written with its century left out
    return year - 543 if year > 2400 else year


# "۱۴۰۳/۰۲/۰۳", "1403-2-3": a year of the Solar Hijri calendar first (13xx and 14xx are no
# Gregorian years a note names; from 1430 on a year is the lunar Hijri one, not read)
_SOLAR_NUMERIC = lazy(
    r"(?<![\d/.\-])(?P<y>1[34]\d\d)(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?![\d/.\-])"
)


def solar_numeric_dates(text: str) -> Iterator[tuple[int, int, int, int, int]]:
    """(start, end, year, month, day) of every Solar Hijri date written in numbers."""
    for match in _SOLAR_NUMERIC.finditer(text):
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        if year < 1430 and 1 <= month <= 12 and 1 <= day <= (31 if month < 7 else 30):
            yield (match.start(), match.end(), *_gregorian(year, month, day))


# (start, end, year or None, month, day, a range's last month and day or None)
OtherDate = tuple[int, int, int | None, int, int, int | None, int | None]


def other_dates(text: str) -> Iterator[OtherDate]:
    """Every such date in ``text``, a range ("22-24 באפריל") with its last day."""
    if _INDIC_QUICK.search(text) is not None:
        for match in _INDIC_NAMED.finditer(text):
            day, month, written = int(match["d"]), _INDIC[match["m"]], match["y"]
            first = int(match["d0"]) if match["d0"] else None
            year = int(written) if written else None
            end = match.end() if written else match.end("m")
            if first is None or first >= day:
                yield match.start("d"), end, year, month, day, None, None
            else:
                yield match.start(), end, year, month, first, month, day
    for match in _NAMED.finditer(text):
        name, day = match["m"], int(match["d"])
        first = int(match["d0"]) if match["d0"] else None
        if first is not None and first >= day:
            first = None  # "2-1 April" is no range: the day alone
        written = match["y"]
        start = match.start("d0") if first is not None else match.start()
        if name in _SOLAR:
            month = _SOLAR[name]
            if written and len(written) == 4:
                year, *last = _gregorian(int(written), month, day)
                if first is None:
                    yield start, match.end(), year, *last, None, None
                else:
                    _, *opening = _gregorian(int(written), month, first)
                    yield start, match.end(), year, *opening, *last
            else:
                _, *last = _solar_without_year(text, match.start(), month, day)
                if first is None:
                    yield start, match.end(), None, *last, None, None
                else:
                    # the range's first day on the same year's calendar as its last
                    gap = day - first
                    opening = dt.date(2024, *last) - dt.timedelta(days=gap)
                    yield start, match.end(), None, opening.month, opening.day, *last
            continue
        if name in _THAI:
            year = _thai_year(written) if written else None
            month, end = _THAI[name], match.end()
        elif written and len(written) == 4:
            year, month, end = int(written), _MONTHS[name], match.end()
        else:
            year, month, end = None, _MONTHS[name], match.end("m")
        if first is None:
            yield start, end, year, month, day, None, None
        else:
            yield start, end, year, month, first, month, day

    if "/" in text and max(text) >= "\u0e00":
        for match in _THAI_NUMERIC.finditer(text):
            yield (
                match.start(),
                match.end(),
                _thai_year(match["y"]),
                int(match["m"]),
                int(match["d"]),
                None,
                None,
            )
