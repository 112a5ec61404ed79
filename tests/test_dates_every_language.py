"""Month and weekday names of every language notes are written in, from the CLDR data
(corpus/calendar_names.py, made by tools/calendar_names.py): Russian, Ukrainian, Hungarian,
Greek, Lithuanian… with their genitives and abbreviations, and the year-first order."""

from __future__ import annotations

import pytest

from summit_tui.corpus import dates
from summit_tui.corpus.dates import day_number, find_dates, weekdays


def _dates(text: str) -> list[str]:
    return [m.partial() for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 декабря 2024", ["2024-12-02"]),  # Russian genitive
        ("День первый, 2 декабря", ["--12-02"]),
        ("9 дек 2024", ["2024-12-09"]),  # abbreviated
        ("kvs_dev · 9 дек. 2024 в 10:15", ["2024-12-09"]),
        ("Четвер, 30 травня", ["--05-30"]),  # Ukrainian
        ("30 Μαΐου 2024", ["2024-05-30"]),  # Greek
        ("2024. május 30., csütörtök", ["2024-05-30"]),  # Hungarian: year, month, day
        ("Időpont: 2024. május 31.", ["2024-05-31"]),
        ("május 30-án", ["--05-30"]),
        ("2024 m. gegužės 30 d.", ["2024-05-30"]),  # Lithuanian
        ("12 grudnia 2024", ["2024-12-12"]),
        ("3 octombrie 2024", ["2024-10-03"]),  # Romanian, not in the hand-written rows
    ],
)
def test_dates_with_month_names_of_more_languages(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Python 3 and Kafka 2",
        "Version 2024 Kafka 3",
        "Node 20 released",
        "minggu lalu 3 sesi",  # Indonesian "last week", not Sunday
    ],
)
def test_words_before_numbers_are_not_months(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [("Четвер, 30 травня", 3), ("csütörtök", 3), ("Πέμπτη", 3), ("Среда, 2 октября", 2)],
)
def test_weekdays_of_more_languages(text: str, day: int) -> None:
    assert weekdays(text) == [day]


@pytest.mark.parametrize(
    ("text", "end"),
    [("Была она 2 и 3 декабря.", 3), ("30 і 31 травня 2024", 31), ("2 i 3 grudnia", 3)],
)
def test_ranges_joined_by_the_word_for_and(text: str, end: int) -> None:
    (mention,) = find_dates(text)
    assert mention.end_day == end


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("День первый, 2 декабря", 1),
        ("Второй день", 2),
        ("День 2", 2),
        ("Перший день", 1),
        ("Első nap", 1),
        ("2. nap", 2),
        ("Последний день", dates.LAST_DAY),
        ("День рождения", None),
        ("napló 2", None),
    ],
)
def test_day_numbers_in_russian_ukrainian_and_hungarian(text: str, number: int | None) -> None:
    assert day_number(text) == number
