"""Dates in Persian and Arabic posts (corpus/other_calendars.py, corpus/dates.py): every form
read with ASCII digits is read with Arabic-Indic and Persian ones, a Solar Hijri date written in
numbers, and a Solar date without its year on the day its weekday says."""

from __future__ import annotations

import pytest

from summit_tui.corpus.dates import find_dates


def _read(text: str) -> list[tuple[int | None, int, int]]:
    return [(m.year, m.month, m.day) for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("(۲۰۲۴/۰۴/۲۲)", (2024, 4, 22)),  # Persian digits, year first
        ("٢٠٢٤/٤/٢٢", (2024, 4, 22)),  # Arabic-Indic digits
        ("الاثنين ٢٢/٤/٢٠٢٤", (2024, 4, 22)),  # day first after a weekday
        ("۱۴۰۳/۰۲/۰۳", (2024, 4, 22)),  # the Solar Hijri calendar in numbers
        ("تاریخ: 1404/3/20", (2025, 6, 10)),
        ("۱۴۰۳-۱۲-۰۶", (2025, 2, 24)),  # Esfand 1403 is in 2025
    ],
)
def test_dates_written_in_eastern_digits_or_solar_numbers(
    text: str, found: tuple[int, int, int]
) -> None:
    assert _read(text) == [found]


@pytest.mark.parametrize("text", ["1446/10/15 هـ", "14:00 Coffee", "version 1.14.3", "1403"])
def test_a_lunar_hijri_year_a_time_or_a_version_is_no_solar_date(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("heading", "month_day"),
    [
        ("## روز اول — دوشنبه ۳ اردیبهشت", (4, 22)),  # Monday: 1403, 22 April 2024
        ("## سه‌شنبه ۲۰ خرداد", (6, 10)),  # Tuesday: 1404, 10 June 2025 (1403's was 9 June)
        ("## چهارشنبه ۲۱ خرداد", (6, 11)),
        ("## سه شنبه ۲۰ خرداد", (6, 10)),  # written with a space for the half space
        ("## دوشنبه ۶ اسفند", (2, 24)),  # Monday: Esfand 1403, 24 February 2025
    ],
)
def test_a_solar_date_without_its_year_falls_on_its_weekday(
    heading: str, month_day: tuple[int, int]
) -> None:
    assert _read(heading) == [(None, *month_day)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("22-24 באפריל 2024", (2024, 4, 22, 4, 24)),
        ("מ-22 עד 24 באפריל", (None, 4, 22, 4, 24)),  # "from 22 to 24 April"
        ("(دوشنبه تا چهارشنبه، ۳ تا ۵ اردیبهشت)", (None, 4, 22, 4, 24)),
        ("۱۰ تا ۱۲ فروردین ۱۴۰۳", (2024, 3, 29, 3, 31)),
        ("٢٤-٢٦ فبراير ٢٠٢٥", (2025, 2, 24, 2, 26)),
        ("۳ اردیبهشت‌ماه ۱۴۰۳", (2024, 4, 22, None, None)),  # the month with "month" after it
        ("10:30-11 באפריל", (None, 4, 11, None, None)),  # a time before a date: no range
    ],
)
def test_ranges_of_days_and_a_month_word_in_those_calendars(
    text: str, found: tuple[int | None, int, int, int | None, int | None]
) -> None:
    assert [(m.year, m.month, m.day, m.end_month, m.end_day) for m in find_dates(text)] == [found]


@pytest.mark.parametrize(
    ("text", "found"),
    [("۵ مه ۲۰۲۵", [(2025, 5, 5)]), ("۱۰ جولای ۲۰۲۴", [(2024, 7, 10)]), ("۳ مه‌آلود", [])],
)
def test_persian_spoken_gregorian_months(text: str, found: list[tuple[int, int, int]]) -> None:
    # "مه‌آلود" is "foggy", not May
    assert _read(text) == found
