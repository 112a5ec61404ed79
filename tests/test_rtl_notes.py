"""Notes in Arabic, Persian and Hebrew, talks numbered with ordinal words, and dates in other
numerals and calendars (Levantine months, Solar Hijri, Hebrew months, Thai Buddhist era)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items
from summit_tui.corpus.dates import day_number, find_dates, weekdays
from summit_tui.corpus.heading_kinds import (
    booth_subject,
    day_heading,
    generic_heading,
    speaker_in_heading,
)
from summit_tui.corpus.names import split_title
from summit_tui.corpus.rtl_names import sounds_alike


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        ("الكلمة الافتتاحية: الذكاء الاصطناعي السيادي — د. ليلى المنصوري", "ليلى المنصوري"),
        ("التعرف على الكلام باللهجات الخليجية — يوسف حداد", "يوسف حداد"),
        ("قواعد أمان Firebase (سلمى عادل)", "سلمى عادل"),
        ("اعتمادسازی در عامل‌های هوش مصنوعی (نوآ فریدمن)", "نوآ فریدمن"),
        ("בניית אמון בסוכני AI — נועה פרידמן", "נועה פרידמן"),
    ],
)
def test_a_name_in_arabic_persian_or_hebrew_script_is_the_speaker(
    heading: str, speaker: str
) -> None:
    assert speaker_in_heading(heading) == speaker


@pytest.mark.parametrize(
    "heading",
    [
        "جيتكس 2024 — اليوم الثاني",  # "the second day": an article, no given name
        "الجناح الكوري (Korea Pavilion) — القاعة ٨",  # a hall and its number
        "جولة في الأجنحة",
        "Flutter (تجربة شخصية)",  # "a personal experience"
    ],
)
def test_heading_words_in_those_scripts_are_no_speaker(heading: str) -> None:
    assert speaker_in_heading(heading) == ""


@pytest.mark.parametrize(
    ("title", "rest", "number"),
    [
        ("أولاً: التشفير المقاوم للحوسبة الكمية", "التشفير المقاوم للحوسبة الكمية", 1),
        ("ثانياً: التوائم الرقمية", "التوائم الرقمية", 2),
        ("دوم: فناوری اقلیمی", "فناوری اقلیمی", 2),
        ("Second: Flutter performance", "Flutter performance", 2),
        ("First, Firebase rules the hard way", "Firebase rules the hard way", 1),
        ("둘째, Flutter 성능 최적화", "Flutter 성능 최적화", 2),
        ("Primero: Rust en producción", "Rust en producción", 1),
    ],
)
def test_a_talk_numbered_with_an_ordinal_word_keeps_only_its_title(
    title: str, rest: str, number: int
) -> None:
    assert split_title(title)[:2] == (rest, number)


def test_an_ordinal_word_without_its_punctuation_is_part_of_the_title() -> None:
    assert split_title("First Steps with Rust") == ("First Steps with Rust", None, None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("الثلاثاء 15 تشرين الأول 2024", (2024, 10, 15)),  # Levantine month names
        ("السبت ٩ تشرين الثاني ٢٠٢٤", (2024, 11, 9)),  # and Arabic-Indic digits
        ("سه‌شنبه ۲۲ آبان ۱۴۰۳", (2024, 11, 12)),  # the Solar Hijri calendar
        ("۱۴ مهر ۱۴۰۳", (2024, 10, 5)),
        ("יום שלישי, 12 בנובמבר 2024", (2024, 11, 12)),  # "in November"
        ("15 มิ.ย. 67", (2024, 6, 15)),  # a Thai month and a two-digit Buddhist-era year
        ("วันเสาร์ที่ 15 มิถุนายน 2567", (2024, 6, 15)),
        ("อัปเดต 16/06/2567", (2024, 6, 16)),
    ],
)
def test_dates_in_other_calendars_and_numerals(text: str, found: tuple[int, int, int]) -> None:
    (date,) = find_dates(text)
    assert (date.year, date.month, date.day) == found


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("اليوم الثاني", 2),
        ("روز دوم — چهارشنبه ۲۳ آبان ۱۴۰۳", 2),
        ("היום השני", 2),
        ("יום שני", None),  # Monday, not the second day
        ("يومي الأول في دبي", None),  # "my first day": no conference day named
    ],
)
def test_a_conference_day_named_in_arabic_persian_or_hebrew(text: str, number: int | None) -> None:
    assert day_number(text) == number


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("مقدمة", "intro"),
        ("الخلاصة", "closing"),
        ("جمع‌بندی", "closing"),
        ("סיכום", "closing"),
        ("استراحة الغداء", "break"),
    ],
)
def test_intro_closing_and_break_headings(heading: str, kind: str) -> None:
    assert generic_heading(heading) == kind


@pytest.mark.parametrize(
    ("heading", "booth"),
    [("جناح SkyDrop", "SkyDrop"), ("דוכן Wix", "Wix"), ("جولة في الأجنحة", None)],
)
def test_a_booth_heading_in_arabic_or_hebrew(heading: str, booth: str | None) -> None:
    assert booth_subject(heading) == booth


MEDIUM_POST = """---
title: "DevFest 2024 — اليوم الثاني"
author: ريم
---

\u200fمرحباً، هذا ملخصي لليوم الثاني، السبت 9 تشرين الثاني 2024.

\u200f**أولاً: قواعد أمان Firebase** (سلمى عادل)

- لا تعتمد على التحقق في التطبيق فقط

\u200f**ثانياً: تعلم الآلة على الجهاز** (كريم نبيل)

- النموذج حجمه ٨ ميجابايت فقط

\u200f**ثالثاً: استراحة الغداء**

الطابور كان طويلاً.

## الخلاصة

شكراً للمنظمين.
"""


def test_bold_lines_numbered_with_ordinal_words_are_the_posts_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(tmp_path, capsys, {"devfest/day-2.md": MEDIUM_POST})
    assert sorted((item["title"], item["date"]) for item in items) == [
        ("تعلم الآلة على الجهاز", "2024-11-09"),
        ("قواعد أمان Firebase", "2024-11-09"),
    ]


@pytest.mark.parametrize(
    ("rtl", "latin"),
    [
        ("ليلى المنصوري", "Layla Al-Mansouri"),
        ("يوسف حداد", "Youssef Haddad"),
        ("نورة القحطاني", "Noura Al-Qahtani"),
        ("امیر رحیمی", "Amir Rahimi"),
        ("נועה פרידמן", "Noa Friedman"),
        ("יוסי כהן", "Yossi Cohen"),
    ],
)
def test_a_name_in_arabic_persian_or_hebrew_script_sounds_like_its_latin_spelling(
    rtl: str, latin: str
) -> None:
    assert sounds_alike(rtl, latin)
    assert sounds_alike(latin, rtl)


@pytest.mark.parametrize(
    ("rtl", "latin"),
    [("يوسف حداد", "Yousef Hamdan"), ("منى حسن", "Mona Lisa"), ("امیر رحیمی", "Amir Karimi")],
)
def test_other_names_do_not_sound_alike(rtl: str, latin: str) -> None:
    assert not sounds_alike(rtl, latin)


def test_a_talk_written_up_in_arabic_and_in_english_is_one_item(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "devfest/ar.md": "# DevFest Cairo 2024 — اليوم الأول\n\n"
        "## أداء Flutter في الإنتاج — عمر خالد\n\n- قياس كل شيء قبل التحسين\n\n"
        "## Gemini في التطبيقات العربية — منى حسن\n\n- يفهم العامية المصرية\n",
        "devfest/en.md": "# DevFest Cairo 2024 — day 1\n\n"
        "## Flutter performance in production — Omar Khaled\n\n- measure first\n\n"
        "## Firebase rules the hard way — Salma Adel\n\n- test your rules\n",
    }
    items = list_items(tmp_path, capsys, files)
    assert len(items) == 3
    (flutter,) = [item for item in items if "Flutter" in item["title"]]
    assert len(flutter["entries"]) == 2


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        (
            "ตัดคำภาษาไทยในยุค LLM ยังจำเป็นไหม? โดย คุณธนกร แก้วมณี",
            "ตัดคำภาษาไทยในยุค LLM ยังจำเป็นไหม?",
            "คุณธนกร แก้วมณี",
        ),
        (
            "Keynote: Python กับข้อมูลสาธารณสุข โดย ดร.พิมพ์ชนก",
            "Keynote: Python กับข้อมูลสาธารณสุข",
            "ดร.พิมพ์ชนก",
        ),
        ("FastAPI บน production (ณัฐพงศ์ ชัยพร)", "FastAPI บน production", "ณัฐพงศ์ ชัยพร"),
    ],
)
def test_a_thai_speaker_after_by_or_in_parentheses(heading: str, title: str, speaker: str) -> None:
    assert split_title(heading)[::2] == (title, speaker)


@pytest.mark.parametrize(
    "heading",
    [
        "งาน search ยังต้องตัดคำ (โดยเฉพาะ keyword search)",  # "especially", no "by"
        "สรุป workshop (ภาษาไทย ล้วน)",  # "(in Thai only)"
    ],
)
def test_thai_words_are_no_speaker(heading: str) -> None:
    assert split_title(heading)[2] is None


@pytest.mark.parametrize(
    ("thai", "latin"),
    [
        ("คุณธนกร แก้วมณี", "Thanakorn Kaewmanee"),
        ("ดร.พิมพ์ชนก ศรีวงศ์", "Pimchanok Sriwong"),
        ("คุณกนกวรรณ ทองดี", "Kanokwan Thongdee"),
        ("กฤต บุญมี", "Krit Boonmee"),
    ],
)
def test_a_thai_name_sounds_like_its_romanised_spelling(thai: str, latin: str) -> None:
    assert sounds_alike(thai, latin)
    assert not sounds_alike(thai, "Somchai Jaidee")


@pytest.mark.parametrize(
    ("heading", "kind"),
    [("พักเที่ยง 🍜", "break"), ("ส่งท้าย", "closing"), ("บทนำ", "intro"), ("สรุป Genkit", None)],
)
def test_thai_break_intro_and_closing_headings(heading: str, kind: str | None) -> None:
    assert generic_heading(heading) == kind


def test_a_thai_weekday_and_buddhist_era_date_make_a_day_heading() -> None:
    assert day_heading("วันเสาร์ที่ 23 พ.ย. 67") == "2024-11-23"


THAI_SHORT_NOTE = """# DevFest 2024 (จดสั้น ๆ)

## Gemini Nano (สุภาวดี)

- on-device

## Flutter ในธนาคาร (วีระพงษ์)

- migration 1 ปี
"""
TEAM_NOTE = """# DevFest 2024 — team notes

## Gemini Nano on Android — Supawadee Wongyai

- runs fully on device

## Flutter for banking apps — Weerapong Srisuk

- whole app moved to Flutter in a year
"""


def test_a_thai_given_name_alone_meets_the_full_romanised_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {"devfest/short.md": THAI_SHORT_NOTE, "devfest/team.md": TEAM_NOTE}
    items = list_items(tmp_path, capsys, files)
    assert sorted(len(item["entries"]) for item in items) == [2, 2]


@pytest.mark.parametrize(
    "heading",
    [
        "Flutter — أفضل الممارسات",  # "best practices"
        "Kotlin — دروس مستفادة",  # "lessons learned"
        "Compose — تجربة عملية",  # "a hands-on try"
        "Rust — راهنمای جامع",  # Persian: "a complete guide"
        "Kubernetes — סקירה כללית",  # Hebrew: "an overview"
    ],
)
def test_a_title_after_a_dash_in_those_scripts_is_no_speaker(heading: str) -> None:
    assert speaker_in_heading(heading) == ""


def test_a_year_in_arabic_indic_or_persian_digits_is_read() -> None:
    (arabic,) = find_dates("الاثنين ١٤ أكتوبر ٢٠٢٤")
    (persian,) = find_dates("۲۲ نوامبر ۲۰۲۴")
    assert (arabic.year, arabic.month, arabic.day) == (2024, 10, 14)
    assert (persian.year, persian.month, persian.day) == (2024, 11, 22)


def test_a_hebrew_weekday_beside_its_date_makes_a_day_heading() -> None:
    assert day_heading("יום שלישי, 12 בנובמבר 2024") == "2024-11-12"
    assert weekdays("יום שלישי, 12 בנובמבר 2024") == [1]
    assert weekdays("יום 2") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [("สรุป PyCon TH 2024 วันแรก", 1), ("วันที่สองของงาน", 2), ("วันสุดท้าย", -1), ("วันที่ 14", None)],
)
def test_a_conference_day_named_in_thai(text: str, number: int | None) -> None:
    assert day_number(text) == number


def test_a_heading_copied_from_a_right_to_left_editor_is_a_heading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = (
        '---\ntitle: "DevFest Cairo 2024"\nauthor: سارة\n---\n\n'
        "\u200f## أداء Flutter في الإنتاج — عمر خالد\n\n- قياس كل شيء\n\n"
        "\u200f## Gemini في التطبيقات العربية — منى حسن\n\n- يفهم العامية\n"
    )
    items = list_items(tmp_path, capsys, {"devfest/ar.md": note})
    assert sorted(item["title"] for item in items) == [
        "Gemini في التطبيقات العربية",
        "أداء Flutter في الإنتاج",
    ]
