"""The substring checks that spare a cold load its regexes decline only what the regex
would not match: reading a text with them gives what reading it without them gives."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from summit_tui.corpus import dates, legacy_text

REPO = Path(__file__).resolve().parent.parent

# Pieces of what day_number reads, the words it needs among them, in every case.
DAY_PIECES = [
    "Day", "DAY", "day", "dAy", "2", "12", "  ", " ", "-", ".", "_", "one", "Two", "FIVE",
    "일차", "일 차", "日目", "日 目", "第", "二", "天", "日", "첫", "둘째", "다섯", "번째", "날",
    "마지막", "last", "Final", "closing", "最終日", "初日", "Tag", "TAG", "tag", "letzter",
    "Jour", "JOUR", "dernier", "Día", "DÍA", "dia", "DIA", "giorno", "GIORNO", "último",
    "ultimo", "erste", "Zweiter", "deuxième", "TROISIEME", "segundo", "primo", "terceiro",
    "dİa", "dıa", "gİorno", "gıorno", "Dİa", "ßday", "K", "x", "Talk", "세션", "2024.11.04",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(DAY_PIECES), max_size=6))
def test_day_number_declines_only_texts_without_a_day(pieces: list[str]) -> None:
    text = "".join(pieces)
    folded = text.lower()
    if not any(mark in folded for mark in dates._DAY_MARKS):
        assert dates._DAY_NUMBER.search(text) is None, text


def test_day_number_reads_the_days_it_read_before() -> None:
    assert dates.day_number("2024 DevFest Seoul day 1") == 1
    assert dates.day_number("[정리] SK AI SUMMIT 키노트 정리 - Day1 오후") == 1
    assert dates.day_number("둘째 날 들은 세션") == 2
    assert dates.day_number("第二天") == 2
    assert dates.day_number("Zweiter Tag") == 2
    assert dates.day_number("DİA 3") == 3  # İ matches the regex's case-blind i
    assert dates.day_number("마지막날") == dates.LAST_DAY
    assert dates.day_number("A long first line about inference and memory " * 20) is None


def _text_of(path: Path) -> str:
    """A note's text as the loader reads it (a few corpus notes are in old code pages)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        decoded = legacy_text.decode(data)
        assert decoded is not None, path
        return decoded[0]


def test_day_number_declines_no_line_of_the_test_corpora_that_names_a_day() -> None:
    checked = 0
    for path in sorted((REPO / "tests" / "data" / "corpora").rglob("*.md")):
        for line in _text_of(path).splitlines():
            folded = line.lower()
            if not any(mark in folded for mark in dates._DAY_MARKS):
                checked += 1
                assert dates._DAY_NUMBER.search(line) is None, (path.name, line)
    assert checked > 1000
