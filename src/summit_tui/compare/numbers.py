"""Numbers with their units, written the same way whatever the language.

`4-5x` and `4~5배`, `1.3 years` and `1.3년`, `64-bit` and `64비트`, `2030` and `2030년`,
`300 billion` and `3천억`, `five hours` and `5시간` all become the same key (``n:4~5x``,
``n:1.3y`` …). A number is strong evidence that two passages report the same fact, in
any language; a bare small number (`3 eras`) is weak evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A decimal comma as German, French, Spanish, Portuguese and Italian write it (1,5 Mrd.,
# 2,3 %): one or two digits after the comma, not one of a list (1,2,3) and not glued to a
# Korean or Japanese unit (3,4월 is March and April, 1,2차 the first and second rounds).
DECIMAL_COMMA = r"(?<![\d,.])\d+,\d{1,2}(?![\d,\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff])"
# Thousands set apart by a space, as Russian, French, Polish or Hungarian write them (NFKC
# has made a no-break space a space): "10 000 узлов", "1 500 000 €".
SPACED_THOUSANDS = r"(?<![\d,.])\d{1,3}(?: \d{3})+(?![\d]|[,.]\d)"
# Thousands set apart by dots, as German, Spanish, Portuguese and Italian write them: two
# dots or more are never a decimal (1.200.000); one (1.200, 400.000) is read so only in a
# passage in one of those languages (``dotted_thousands``).
DOTTED_THOUSANDS = r"(?<![\d,.])[1-9]\d{0,2}(?:\.\d{3}){2,}(?![\d]|[,.]\d)"
_ONE_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_DIGITS = re.compile(
    rf"{SPACED_THOUSANDS}|{DOTTED_THOUSANDS}|\d+(?:,\d{{3}})+(?:\.\d+)?|{DECIMAL_COMMA}"
    r"|\d+(?:\.\d+)?"
)
_DOTTED = re.compile(DOTTED_THOUSANDS)
_DECIMAL_COMMA = re.compile(DECIMAL_COMMA)

# Korean multipliers after digits (3천억 = 3 × 1000 × 10⁸), longest first.
_KO_MULTIPLIERS = (
    ("천억", 1e11), ("백억", 1e10), ("십억", 1e9), ("천만", 1e7), ("백만", 1e6),
    ("십만", 1e5), ("억", 1e8), ("조", 1e12), ("만", 1e4), ("천", 1e3), ("백", 1e2),
)  # fmt: skip
# Korean units after a number (the particles after them do not matter), longest first.
_KO_UNITS = (
    ("기가와트", "gw"), ("메가와트", "mw"), ("킬로와트", "kw"), ("테라바이트", "tb"),
    ("기가바이트", "gb"), ("나노미터", "nm"), ("퍼센트", "%"), ("와트", "w"), ("비트", "bit"),
    ("밀리초", "ms"), ("개월", "mo"), ("시간", "h"), ("나노", "nm"), ("달러", "usd"), ("프로", "%"),
    ("배", "x"),
    ("년", "y"), ("해", "y"), ("월", "moy"), ("분", "min"), ("초", "sec"), ("일", "day"),
    ("주", "wk"), ("원", "krw"), ("유로", "eur"), ("개", ""), ("명", ""), ("대", ""), ("가지", ""),
    ("번", ""),
    ("곳", ""), ("종", ""), ("세대", "gen"),
)  # fmt: skip
_LATIN_UNITS = {
    "x": "x", "times": "x", "fold": "x", "bit": "bit", "bits": "bit", "percent": "%",
    "w": "w", "watt": "w", "watts": "w", "kw": "kw", "mw": "mw", "mwe": "mw", "gw": "gw",
    "gigawatt": "gw", "gigawatts": "gw", "megawatt": "mw", "megawatts": "mw", "tw": "tw",
    "year": "y", "years": "y", "yr": "y", "yrs": "y", "month": "mo", "months": "mo",
    "hour": "h", "hours": "h", "hrs": "h", "h": "h", "day": "day", "days": "day",
    "week": "wk", "weeks": "wk", "minute": "min", "minutes": "min", "min": "min",
    "second": "sec", "seconds": "sec", "sec": "sec", "secs": "sec", "s": "sec",
    "ms": "ms", "msec": "ms", "millisecond": "ms", "milliseconds": "ms", "mb": "mb", "kb": "kb",
    "nm": "nm", "gb": "gb", "tb": "tb", "pb": "pb",
    "jahr": "y", "jahre": "y", "jahren": "y", "ans": "y", "annees": "y", "ano": "y",
    "anos": "y", "anni": "y", "monate": "mo", "monaten": "mo", "mois": "mo", "meses": "mo",
    "mesi": "mo", "stunden": "h", "heures": "h", "horas": "h", "ore": "h", "tage": "day",
    "tagen": "day", "jours": "day", "dias": "day", "giorni": "day", "wochen": "wk",
    "semaines": "wk", "semanas": "wk", "minuten": "min", "minutos": "min", "minuti": "min",
    "sekunden": "sec", "segundos": "sec", "secondi": "sec", "prozent": "%", "mal": "x",
    "fach": "x", "fois": "x", "veces": "x", "volte": "x", "vezes": "x",
    "usd": "usd", "dollar": "usd", "dollars": "usd", "won": "krw", "k": "k", "d": "d",
    "eur": "eur", "euro": "eur", "euros": "eur", "eura": "eur", "gbp": "gbp", "pounds": "gbp",
    "hora": "h", "dia": "day", "semana": "wk", "mes": "mo", "minuto": "min", "stunde": "h",
    "woche": "wk", "monat": "mo", "tyden": "wk", "tydny": "wk", "tydne": "wk", "dny": "day",
    "dnu": "day", "hodinu": "h", "mesicu": "mo", "mesice": "mo", "roku": "y", "roky": "y",
    "generation": "gen", "generations": "gen",
    # Dutch, Polish, Czech, Slovak, Swedish, Danish, Norwegian, Turkish, Indonesian (as read:
    # without their marks)
    "minuut": "min", "minut": "min", "minuty": "min", "minuter": "min",
    "minutter": "min", "dakika": "min", "menit": "min", "perc": "min", "uur": "h", "uren": "h",
    "godzin": "h", "godziny": "h", "godzina": "h", "hodin": "h", "hodiny": "h", "timmar": "h",
    "saat": "h", "dagen": "day", "dagar": "day", "dage": "day", "dager": "day", "dni": "day",
    "hari": "day", "jaar": "y", "jaren": "y", "lat": "y", "rokov": "y", "tahun": "y",
    "weken": "wk", "tygodni": "wk", "tydnu": "wk", "veckor": "wk", "uger": "wk", "uker": "wk",
    "minggu": "wk", "seconden": "sec", "sekund": "sec", "sekunder": "sec", "saniye": "sec",
    "detik": "sec", "procent": "%", "persen": "%", "keer": "x", "razy": "x", "krat": "x",
    "kali": "x",
}  # fmt: skip
_LATIN_MULTIPLIERS = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6,
    "millions": 1e6, "billions": 1e9,
    # German, French, Spanish, Italian, Portuguese (a European billion is a thousand millions)
    "tausend": 1e3, "tsd": 1e3, "mio": 1e6, "millionen": 1e6, "mrd": 1e9, "milliarde": 1e9,
    "milliarden": 1e9, "mille": 1e3, "milliard": 1e9, "milliards": 1e9, "mil": 1e3,
    "millon": 1e6, "millones": 1e6, "milione": 1e6, "milioni": 1e6, "miliardo": 1e9,
    "miliardi": 1e9, "milhao": 1e6, "milhoes": 1e6, "bilhao": 1e9, "bilhoes": 1e9,
}  # fmt: skip
_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "dozen": 12,
    # German, French, Spanish (not the words for one, which are also articles; not sept or
    # cent, an English month and coin)
    "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "zwolf": 12, "zwanzig": 20, "hundert": 100,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "neuf": 9, "dix": 10,
    "vingt": 20,
    # Portuguese, Italian, Czech (not pet, five in Czech, an English word; not nove, nine
    # in Portuguese, new in Czech)
    "dois": 2, "duas": 2, "quatro": 4, "sete": 7, "oito": 8, "dez": 10,
    "vinte": 20, "tre": 3, "cinque": 5, "dieci": 10, "dva": 2, "dve": 2, "dvou": 2,
    "tri": 3, "ctyri": 4, "sest": 6, "sedm": 7, "osm": 8, "devet": 9, "deset": 10,
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "veinte": 20, "cien": 100,
}  # fmt: skip
# Words that are a number and a unit at once.
_WORD_AMOUNTS = {
    "double": (2, "x"), "doubles": (2, "x"), "doubled": (2, "x"), "doubling": (2, "x"),
    "twice": (2, "x"), "triple": (3, "x"), "tripled": (3, "x"), "triples": (3, "x"),
    "threefold": (3, "x"), "tenfold": (10, "x"), "hundredfold": (100, "x"),
    "january": (1, "moy"), "february": (2, "moy"), "march": (3, "moy"), "april": (4, "moy"),
    "june": (6, "moy"), "july": (7, "moy"), "august": (8, "moy"), "september": (9, "moy"),
    "october": (10, "moy"), "november": (11, "moy"), "december": (12, "moy"),
}  # fmt: skip
_KO_NATIVE = {
    "한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4, "다섯": 5,
    "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "스무": 20, "스물": 20,
}  # fmt: skip

# Korean words for a number of days (이틀 two days, 사흘 three), particles after them or not.
_KO_DAYS = {"이틀": 2.0, "사흘": 3.0, "나흘": 4.0, "닷새": 5.0, "엿새": 6.0, "열흘": 10.0}

# Every word that reads as a number (or a number with its unit) on its own.
NUMBER_WORDS = frozenset(_WORDS) | frozenset(_WORD_AMOUNTS) | frozenset(_KO_NATIVE)


def parse_digits(text: str) -> float | None:
    """`1,000` → 1000.0, `2.5` → 2.5, `1,5` → 1.5; None when it is not a number."""
    if not _DIGITS.fullmatch(text):
        return None
    if _DECIMAL_COMMA.fullmatch(text):
        return float(text.replace(",", "."))
    if " " in text:
        return float(text.replace(" ", ""))  # "10 000"
    if _DOTTED.fullmatch(text):
        return float(text.replace(".", ""))  # "1.200.000"
    return float(text.replace(",", ""))


def dotted_thousands(text: str) -> float | None:
    """A number with one dot before three digits read as thousands (1.200 → 1200), as a
    passage in German, Spanish or Portuguese means it; None when it is not written so."""
    return float(text.replace(".", "")) if _ONE_DOT_THOUSANDS.fullmatch(text) else None


def word_value(word: str) -> float | None:
    """An English number word (`five`, `twenty`) or a Korean native numeral (`두`, `다섯`)."""
    value = _WORDS.get(word, _KO_NATIVE.get(word))
    return None if value is None else float(value)


def word_amount(word: str) -> tuple[float, str] | None:
    """A word that is a number with its unit: `double` → (2, x), `December` → (12, moy)."""
    amount = _WORD_AMOUNTS.get(word)
    return None if amount is None else (float(amount[0]), amount[1])


def korean_days(token: str) -> float | None:
    """How many days a Hangul word counts (이틀이 → 2), or None."""
    return _KO_DAYS.get(token[:2])  # each is two syllables


# Unit words with a case ending glued on, as Turkish and Finnish write them after a number
# (4 saniyeden: from 4 seconds; 5 minuuttia): the stem says the unit.
_UNIT_STEMS = (
    ("saniye", "sec"), ("dakika", "min"), ("sekunti", "sec"), ("sekuntia", "sec"),
    ("minuutti", "min"), ("tuntia", "h"),
)  # fmt: skip
# Units written as a smaller one (90 ms is 0.09 s): the unit they are counted in, and how many.
_SCALED = {"ms": ("sec", 1e-3)}


def latin_unit(word: str) -> str | None:
    """The unit a Latin word after a number names: `minutes` → min, `ms'ye` → ms (Turkish
    writes a case ending after an apostrophe), `saniyeden` → sec."""
    if "'" in word:
        word = word.partition("'")[0]
    unit = _LATIN_UNITS.get(word)
    if unit is None and len(word) > 6:
        unit = next((unit for stem, unit in _UNIT_STEMS if word.startswith(stem)), None)
    return unit


def latin_multiplier(word: str) -> float | None:
    return _LATIN_MULTIPLIERS.get(word)


# Multipliers written right after the digits: 180k, 45k (a thousand; `m` and `bn` are above).
_GLUED_MULTIPLIERS = {"k": 1e3}


def glued_multiplier(word: str) -> float | None:
    return _GLUED_MULTIPLIERS.get(word)


@dataclass(frozen=True, slots=True)
class KoreanUnit:
    multiplier: float
    unit: str | None  # None: no unit word, only a multiplier


def korean_unit(token: str) -> KoreanUnit | None:
    """What a Hangul word right after a number says about it: 천억개 → ×10¹¹ (a count),
    배로 → times, 년까지 → years. None when it starts with neither."""
    multiplier = 1.0
    for prefix, factor in _KO_MULTIPLIERS:
        if token.startswith(prefix):
            multiplier, token = factor, token[len(prefix) :]
            break
    for prefix, unit in _KO_UNITS:
        if token.startswith(prefix):
            return KoreanUnit(multiplier, unit)
    return KoreanUnit(multiplier, None) if multiplier != 1.0 else None


# Japanese and Chinese multipliers and units after digits (300万行, 12分鐘, 2年間), longest first.
_CJK_MULTIPLIERS = (("億", 1e8), ("亿", 1e8), ("萬", 1e4), ("万", 1e4), ("千", 1e3), ("百", 1e2))
_CJK_UNITS = (
    ("パーセント", "%"), ("ビット", "bit"), ("ヶ月", "mo"), ("か月", "mo"), ("カ月", "mo"),
    ("个月", "mo"), ("個月", "mo"), ("年間", "y"), ("時間", "h"), ("小時", "h"), ("小时", "h"),
    ("ミリ秒", "ms"), ("毫秒", "ms"), ("分鐘", "min"), ("分钟", "min"), ("分間", "min"),
    ("日間", "day"), ("週間", "wk"),
    ("世代", "gen"), ("年", "y"), ("月", "moy"), ("分", "min"), ("秒", "sec"), ("日", "day"),
    ("天", "day"), ("週", "wk"), ("周", "wk"), ("倍", "x"), ("円", "jpy"), ("ドル", "usd"),
    ("美元", "usd"), ("美金", "usd"), ("元", "cny"),
    ("人", ""), ("名", ""), ("件", ""), ("個", ""), ("个", ""), ("行", ""), ("台", ""),
    ("回", ""), ("次", ""),
)  # fmt: skip


def cjk_unit(token: str) -> tuple[KoreanUnit, int] | None:
    """What Japanese or Chinese right after a number says about it, and how many of the
    token's characters that took: 万行の → (×10⁴ count, 2), 分鐘縮短 → (minutes, 2)."""
    multiplier, used = 1.0, 0
    for prefix, factor in _CJK_MULTIPLIERS:
        if token.startswith(prefix):
            multiplier, used = factor, len(prefix)
            break
    for prefix, unit in _CJK_UNITS:
        if token.startswith(prefix, used):
            return KoreanUnit(multiplier, unit), used + len(prefix)
    return (KoreanUnit(multiplier, None), used) if used else None


def _fmt(value: float) -> str:
    return f"{value:.6g}" if value < 1e6 else f"{value:.4e}"


def is_year(value: float) -> bool:
    return float(value).is_integer() and 1900 <= value <= 2100


def number_keys(low: float, high: float | None, unit: str) -> tuple[str, ...]:
    """Keys for a number or a range with its unit, the whole first, then the ends.

    A four-digit year keeps no unit (`2030년` is `2030`); a duration in years does (`1.3y`).
    """
    if unit == "y" and is_year(low) and (high is None or is_year(high)):
        unit = ""
    if unit in _SCALED:
        unit, factor = _SCALED[unit]
        low, high = low * factor, None if high is None else high * factor
    if high is None or high == low:
        return (f"n:{_fmt(low)}{unit}",)
    return (f"n:{_fmt(low)}~{_fmt(high)}{unit}", f"n:{_fmt(low)}{unit}", f"n:{_fmt(high)}{unit}")


def strength(low: float, unit: str) -> float:
    """How much a number says on its own: with a unit or a year, a lot; a bare 3, little."""
    if unit or is_year(low):
        return 1.0
    return 0.3 if low < 10 else 0.6
