"""Dates as notes write them: Korean, English, numeric, ranges, days of a conference."""

from __future__ import annotations

import pytest

from summit_tui.corpus.dates import complete_year, day_number, find_dates, weekdays, with_year


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(m.partial(), m.partial_end()) for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024년 11월 4일 (월)", [("2024-11-04", None)]),
        ("11월 4일 SK AI SUMMIT 참석 후", [("--11-04", None)]),
        ("2024.11.04", [("2024-11-04", None)]),
        ("2024. 11. 4. 화요일", [("2024-11-04", None)]),
        ("2024-11-04 16:00:00", [("2024-11-04", None)]),
        ("Seminar Date/Time : 2023/03/29, 13:00 ~ 13:50", [("2023-03-29", None)]),
        ("[23.03.29] Generative AI의 기술적 기반과 미래", [("2023-03-29", None)]),
        ("April 11, 2019", [("2019-04-11", None)]),
        ("11 April 2019", [("2019-04-11", None)]),
        ("on the 4th of May", [("--05-04", None)]),
        ("Sat Aug 24", [("--08-24", None)]),
        ("10/26 오전 키노트 정리", [("--10-26", None)]),
        ("I/O Extended Seoul 2024, 7/6(토)", [("--07-06", None)]),
    ],
)
def test_one_date_in_the_forms_people_write(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024년 11월 4일부터 5일까지 서울 코엑스에서", [("2024-11-04", "2024-11-05")]),
        ("2024년 10월 26일(토) ~ 27일(일)", [("2024-10-26", "2024-10-27")]),
        ("Nov 4–5, 2024", [("2024-11-04", "2024-11-05")]),
        ("2024.11.04 ~ 11.05", [("2024-11-04", "2024-11-05")]),
    ],
)
def test_ranges_give_the_first_and_last_day(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Python 3.12.1 came out",
        "2050년까지 전력 수요가 2.5배",
        "about 3/4 of the room left",
        "2024년 12월 출시 예정",
        "2013년 실리콘밸리에서 창업",
        "사진 2장, 2024 로드맵",
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("[정리] SK AI SUMMIT 키노트 정리 - Day1 오후", 1),
        ("2024 DevFest Seoul day 2", 2),
        ("DAY-3", 3),
        ("2일차 세션", 2),
        ("둘째 날", 2),
        ("첫날 키노트", 1),
        ("Day One", 1),
        ("PyCon JP 2024 1日目 参加レポート", 1),
        ("二日目のメモ", 2),
        ("第2天", 2),
        ("第三天的議程", 3),
        ("初日", 1),
        ("最終日", -1),
        ("9月27日", None),
        ("Sunday brunch", None),
        ("today", None),
    ],
)
def test_day_of_the_conference(text: str, number: int | None) -> None:
    assert day_number(text) == number


def test_days_of_the_week_in_running_text() -> None:
    assert weekdays("Quick bullets from Thursday afternoon's OER panel") == [3]
    assert weekdays("before the Friday sessions start; Thursday's panel") == [4, 3]
    assert weekdays("Monday 10:30am, Hall A") == [0]
    assert weekdays("화요일 오후 2시") == [1]
    assert weekdays("we had a good day") == []


def test_a_date_without_a_year_takes_the_year_of_a_later_day() -> None:
    assert complete_year("--11-04", "2024-11-09") == "2024-11-04"
    assert complete_year("--12-28", "2025-01-03") == "2024-12-28"  # written after new year
    assert complete_year("--11-04", None) is None
    assert with_year("--02-29", 2023) is None  # no such day
    assert with_year("2024-11-04", None) == "2024-11-04"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023年11月3日、幕張メッセで開かれた", [("2023-11-03", None)]),
        ("（2023年11月4日）", [("2023-11-04", None)]),
        ("11月3日(金)のセッション", [("--11-03", None)]),
        ("日期：10月21號（六）上午", [("--10-21", None)]),
        ("10月21号 星期六", [("--10-21", None)]),
        ("11/3(金)に参加", [("--11-03", None)]),
        ("11/3（金）", [("--11-03", None)]),
        ("先週（11/4）の続き", [("--11-04", None)]),
        ("昨日 11/4 のメモ", [("--11-04", None)]),
        ("## Day 2 (Sat 11/4)", [("--11-04", None)]),
        ("Thursday 6/13, room 2", [("--06-13", None)]),
        ("2023年11月3日～4日", [("2023-11-03", "2023-11-04")]),
        ("11月3〜4日", [("--11-03", "--11-04")]),
    ],
)
def test_japanese_and_chinese_dates(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "第3章 (1/3)",
        "スライド 2/5 枚目",
        "会場の 1/2 が手を挙げた",
        "約3月ぶり",
        "Monster 3/4 size",
    ],
)
def test_cjk_numbers_that_are_not_dates(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("ScalaMatsuri 2023 2日目 参加レポート", 2),
        ("1日目のまとめ", 1),
        ("第二天的议程", 2),
        ("第1日", 1),
        ("日曜日", None),
    ],
)
def test_day_of_the_conference_in_japanese_and_chinese(text: str, number: int | None) -> None:
    assert day_number(text) == number


def test_days_of_the_week_in_japanese_and_chinese() -> None:
    assert weekdays("金曜日の午後") == [4]
    assert weekdays("金曜 11/3") == [4]
    assert weekdays("時間：星期六下午") == [5]
    assert weekdays("週日的 workshop") == [6]
    assert weekdays("(注)") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Second day recap", 2),
        ("On the 3rd day of KubeCon", 3),
        ("My first day at DevFest", 1),
        ("Dag 2 — Devoxx", 2),  # Dutch
        ("dagboek 2", None),
    ],
)
def test_english_ordinal_days_and_dutch_day_words(text: str, number: int | None) -> None:
    assert day_number(text) == number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 februari 2025", [("2025-02-01", None)]),
        ("zaterdag 3 mei 2025", [("2025-05-03", None)]),
        ("15 maart", [("--03-15", None)]),
        ("20 augustus 2024", [("2024-08-20", None)]),
    ],
)
def test_dutch_months(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


def test_weekdays_of_a_line_asked_again_are_a_fresh_list() -> None:
    # the days are kept per line; a caller extending its answer must not change the next one
    first = weekdays("Lundi matin, keynote")
    first.append(4)
    assert weekdays("Lundi matin, keynote") == [0]
    assert weekdays("Dienstag, 9. April und Thursday") == [1, 3]


@pytest.mark.parametrize("text", ["ſep 5", "5 ſeptember 2024", "ſeptember 5–6", "OCT 5 İstanbul"])
def test_letters_a_case_blind_month_takes_for_others_never_break_the_reading(text: str) -> None:
    """A long s (ſ) is an s to a case-blind pattern but not to ``lower``: the month is read
    (or not), never a crash."""
    for mention in find_dates(text):
        assert 1 <= mention.month <= 12
