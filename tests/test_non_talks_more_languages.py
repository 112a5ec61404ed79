"""Lunch, coffee breaks, summaries and to-dos after the conference in Hungarian, Russian,
Ukrainian and the other languages notes are written in are no talk (heading_kinds.py), and a
booths heading in them heads an exhibition."""

from __future__ import annotations

import pytest

from summit_tui.corpus.heading_kinds import generic_heading, names_no_booth


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Ebéd", "break"),
        ("Kávészünet", "break"),
        ("Обед", "break"),
        ("Обід", "break"),
        ("Кофе-брейк", "break"),
        ("Összegzés", "closing"),
        ("Teendők a konferencia után", "closing"),
        ("Итоги", "closing"),
        ("Итоги конференции", "closing"),
        ("Вместо заключения", "closing"),
        ("Підсумки", "closing"),
    ],
)
def test_breaks_and_summaries_in_more_languages(heading: str, kind: str) -> None:
    assert generic_heading(heading) == kind


@pytest.mark.parametrize(
    "heading",
    ["A jövő csapatai", "Масштабирование Kubernetes", "Konferencia", "Очереди без боли"],
)
def test_talk_titles_stay_talks(heading: str) -> None:
    assert generic_heading(heading) is None


@pytest.mark.parametrize("heading", ["Standok", "Стенды", "Стенди"])
def test_a_booths_heading_in_more_languages(heading: str) -> None:
    assert names_no_booth(heading)
