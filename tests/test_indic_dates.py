"""Dates, days and talk kinds as Hindi, Bengali, Marathi and other Indic notes write them."""

from __future__ import annotations

import pytest

from summit_tui.corpus.dates import day_number, find_dates
from summit_tui.corpus.heading_kinds import day_heading, only_a_day, talk_marked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("आज रविवार, २२ सितंबर २०२४ यानी दूसरे दिन", (2024, 9, 22)),
        ("शनिवार, 21 सितम्बर", (None, 9, 21)),
        ("প্রথম দিন — শনিবার, ২১ সেপ্টেম্বর", (None, 9, 21)),
        ("৩ ডিসেম্বর ২০২৪", (2024, 12, 3)),
        ("पहिल्या दिवशी (शनिवार, १० मे)", (None, 5, 10)),
        ("૧૫ ઑગસ્ટ ૨૦૨૪", (2024, 8, 15)),
    ],
)
def test_indic_months_and_digits_are_dates(text: str, expected: tuple) -> None:
    found = find_dates(text)
    assert [(d.year, d.month, d.day) for d in found] == [expected]


def test_a_month_word_inside_another_word_is_no_date() -> None:
    assert find_dates("10 में से 3 टॉक अच्छे थे") == []  # "3 of the 10 talks": no 10 May


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("PyCon India 2024 — पहला दिन: कीनोट", 1),
        ("दूसरे दिन के नोट्स", 2),
        ("দ্বিতীয় দিন — রবিবার", 2),
        ("দিন ১", 1),
        ("दिन 3", 3),
        ("दुसरा दिवस", 2),
        ("हर दिन नई बातें", None),
        ("শেষ কথা", None),
    ],
)
def test_indic_day_ordinals(text: str, number: int | None) -> None:
    assert day_number(text) == number


def test_an_indic_day_heading_with_its_date_is_a_day() -> None:
    assert day_heading("প্রথম দিন — শনিবার, ২১ সেপ্টেম্বর") == "--09-21"
    assert only_a_day("पहला दिन — शनिवार, 21 सितंबर")
    assert not only_a_day("पहला दिन: कीनोट और FastAPI")


def test_hindi_and_bengali_kinds_mark_a_talk() -> None:
    assert talk_marked("कीनोट: भारत का डिजिटल पब्लिक इंफ्रास्ट्रक्चर")
    assert talk_marked("कीनोट — Free-threaded CPython")
    assert talk_marked("কিনোট: GIL ছাড়া পাইথন — প্রিয়া রাঘবন")
    assert not talk_marked("लंच ब्रेक")


def test_hindi_and_bengali_booth_words_name_a_booth() -> None:
    from summit_tui.corpus.heading_kinds import context_kind
    from summit_tui.corpus.model import EntryKind

    assert context_kind("JetBrains बूथ") is EntryKind.BOOTH
    assert context_kind("PSF-এর স্টল") is EntryKind.BOOTH
    assert context_kind("लंच ब्रेक") is not EntryKind.BOOTH


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Kal PyCon India 2024 ke pehle din ka keynote", 1),
        ("Rootconf ke doosre din ka keynote", 2),
        ("the din of the hall", None),
        ("पहिल्या दिवशी (शनिवार, १० मे)", 1),
    ],
)
def test_romanised_hindi_and_marathi_day_words(text: str, number: int | None) -> None:
    assert day_number(text) == number
