"""Names and titles: the one slug of the project."""

from __future__ import annotations

import pytest

from summit_tui.corpus.names import heading_title, slug


def test_one_slug_for_ids_of_every_kind() -> None:
    assert slug("SK AI 서밋 2024") == "sk-ai-서밋-2024"  # inferred items and events keep Hangul
    assert slug("  ") == "x"
    # imported schedules' ids: [a-z0-9-] only, as program.yaml requires
    assert slug("SK AI 서밋 2024", ascii_only=True) == "sk-ai-2024"
    assert slug("서밋", ascii_only=True, fallback="event") == "event"
    assert slug("Talk #42: Rust!", ascii_only=True) == "talk-42-rust"


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        ("키노트 - 웹 플랫폼의 다음 10년", "웹 플랫폼의 다음 10년", None),
        ('Morning: "Writing a Type Profiler"', "Writing a Type Profiler", None),
        ("After lunch: Ractors", "Ractors", None),
        ("Keynote: Copilots at work — Helen Ashford", "Copilots at work", "Helen Ashford"),
        ("Keynote - Jensen Huang", "Keynote", "Jensen Huang"),  # a kind and a person: no title
        ("Keynote", "Keynote", None),
        ("Closing panel: GDG communities in 2025", "GDG communities in 2025", None),
    ],
)
def test_a_kind_or_a_time_of_day_before_a_title_is_not_part_of_it(
    heading: str, title: str, speaker: str | None
) -> None:
    assert heading_title(heading)[:2] == (title, speaker)
