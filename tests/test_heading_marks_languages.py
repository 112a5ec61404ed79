"""What a heading or a title says about itself, in scripts beyond ASCII: a talk's mark, the
talks its writer means to see, the day it names."""

from __future__ import annotations

from summit_tui.corpus.event_names import strip_event
from summit_tui.corpus.heading_kinds import talk_marked
from summit_tui.corpus.no_talk import plans_to_see


def test_a_talk_mark_is_read_with_wide_digits_and_colons_and_korean_kinds() -> None:
    for heading in (
        "세션 ３ — 김민지",
        "키노트：AI의 미래",
        "오프닝 키노트: 클라우드의 내일",
        "발표 2 - 이수진",
        "Día 2 KEYNOTE",
        "セッション１ — 山田太郎",
    ):
        assert talk_marked(heading), heading
    for heading in ("쥬검 혀쌈 즈룰홀의 대역폭", "Überblick über den Tag", "부스 투어"):
        assert not talk_marked(heading), heading


def test_talks_one_means_to_see_are_told_in_korean_and_russian() -> None:
    for heading in (
        "들을 세션 미리 골라봄",
        "미리 보는 DEVIEW 2024",
        "Хочу послушать",
        "ХОЧУ ПОСЛУШАТЬ",
    ):
        assert plans_to_see(heading), heading
    for heading in ("세션 정리", "Послушал доклад о Kafka", "데브옵스 세션 후기"):
        assert not plans_to_see(heading), heading


def test_a_day_named_in_a_title_is_no_part_of_what_is_left_of_it() -> None:
    assert strip_event("PyConES 2024 — DÍA 2", ["PyConES 2024"]) == ""
    assert strip_event("DEVIEW 2024 2일차", ["DEVIEW 2024"]) == ""
    assert strip_event("KubeCon 2024 (Fri 9/27)", ["KubeCon 2024"]) == ""
