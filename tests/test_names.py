"""Names and titles: the one slug of the project."""

from __future__ import annotations

import random

import pytest

from summit_tui.corpus.names import (
    clean_person,
    heading_title,
    normalize,
    slug,
    split_title,
    title_similarity,
    titles_alike,
)


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


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        # a label in CJK brackets opens the heading; a devroom in full-width parentheses
        # follows the speaker
        (
            "【演讲】Zero-copy parsing with nom 8 — Kasper Vinther（Rust devroom）",
            "Zero-copy parsing with nom 8",
            "Kasper Vinther",
        ),
        ("【主题演讲】开源的下一个十年 — Mirjam Vos", "开源的下一个十年", "Mirjam Vos"),
        ("〔基調講演〕Rubyの未来", "Rubyの未来", None),
        ("［セッション］型のある生活 — Yuki Tanaka（Ruby部屋）", "型のある生活", "Yuki Tanaka"),
        # an Org-mode export's tags and state keyword are not part of the title
        ("Go: PGO in production     :go:perf:", "Go: PGO in production", None),
        ("Keynote: The CRA, one year on :policy:", "The CRA, one year on", None),
        ("Ratio 3:2:", "Ratio 3:2:", None),  # no tags: a colon the title ends with
        # "오프닝 키노트 - " / "클로징 키노트: " say the kind, as "Opening keynote: " does
        ("오프닝 키노트 - 토스가 일하는 방식", "토스가 일하는 방식", None),
        ("클로징 키노트: 다음 10년", "다음 10년", None),
    ],
)
def test_labels_brackets_and_org_tags_around_a_heading_are_not_its_title(
    heading: str, title: str, speaker: str | None
) -> None:
    assert heading_title(heading)[:2] == (title, speaker)


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        # two speakers after the dash: the first is named, the title is what comes before
        ("Scaling Postgres — Jane Doe and Tom Lee", "Scaling Postgres", "Jane Doe"),
        ("Scaling Postgres - Jane Doe & Tom Lee", "Scaling Postgres", "Jane Doe"),
        ("Cats and Dogs — Jane Doe, Tom Lee", "Cats and Dogs", "Jane Doe"),
        ("Rust and Go — Tom Lee", "Rust and Go", "Tom Lee"),
    ],
)
def test_two_speakers_after_a_dash(heading: str, title: str, speaker: str) -> None:
    assert heading_title(heading)[:2] == (title, speaker)


def test_people_in_parentheses_after_a_title_are_its_speakers() -> None:
    # not the "Kai-Fu Lee (Sinovation Ventures)" shape: a person, then an affiliation
    assert split_title("Scaling Postgres (Jane Doe, Tom Lee)") == (
        "Scaling Postgres",
        None,
        "Jane Doe",
    )
    assert split_title("Kai-Fu Lee (Sinovation Ventures)") == ("Kai-Fu Lee", None, "Kai-Fu Lee")


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        ('"Scaling Postgres" by Jane Doe', "Scaling Postgres", "Jane Doe"),
        ("“Rust in 2030” by Tom Lee", "Rust in 2030", "Tom Lee"),
        ("Opening keynote by Amara Nwosu", "Opening keynote", "Amara Nwosu"),
        ("Inspired by Grace Hopper", "Inspired by Grace Hopper", None),  # a title, not a byline
    ],
)
def test_a_quoted_title_or_a_talks_kind_then_by_its_speaker(
    heading: str, title: str, speaker: str | None
) -> None:
    assert heading_title(heading)[:2] == (title, speaker)


def test_a_japanese_honorific_written_onto_a_name_is_not_part_of_it() -> None:
    title = "Swift Testingをレガシーコードに導入する（Daniel Ortizさん）"
    assert split_title(title) == ("Swift Testingをレガシーコードに導入する", None, "Daniel Ortiz")
    assert clean_person("佐藤 健氏") == "佐藤 健"
    assert clean_person("佐藤 健生さん") == "佐藤 健生"  # only the honorific comes off


def test_titles_alike_agrees_with_the_similarity_it_stands_for() -> None:
    # the heading-is-the-note's-title test skips the scorers where shared letters rule a
    # match out; it must never answer otherwise than the score would
    rng = random.Random(7)
    letters = "ab c가d1"
    pairs = [("day 1", "day 2"), ("kubernetes 운영기", "kubernetes 운영기 후기"), ("", "x")]
    for _ in range(3000):
        a, b = (
            normalize("".join(rng.choice(letters) for _ in range(rng.randint(0, 10))))
            for _ in range(2)
        )
        pairs.append((a, b))
    for a, b in pairs:
        for bar in (80, 90):
            assert titles_alike(a, b, bar) == (title_similarity(a, b) >= bar), (a, b, bar)
