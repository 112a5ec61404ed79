"""Event names, titles and speakers in the headings attendees write (the names lane)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items
from summit_tui.corpus.blocks import parse_blocks
from summit_tui.corpus.event_names import event_phrases
from summit_tui.corpus.heading_kinds import booth_subject
from summit_tui.corpus.names import heading_title, paren_people, paren_tag, split_title


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("State of the Map 2024 — my notes", "State of the Map 2024"),
        ("Festival of Code 2025", "Festival of Code 2025"),
        ("Nuit de l'Info 2024", "Nuit de l'Info 2024"),
        ("Write the Docs Portland 2024", "Write the Docs Portland 2024"),
        ("State of the Map 2024: заметки", "State of the Map 2024"),
        ("if(kakao) 2024 Day 1", "if(kakao) 2024"),
    ],
)
def test_an_event_name_keeps_its_lower_case_joining_words(title: str, name: str) -> None:
    assert event_phrases(title)[0] == name


@pytest.mark.parametrize(
    "title",
    [
        "Why len(list) 2024 matters",  # code a sentence quotes, not a brand
        "Auf der JavaLand 2024 gehört",  # a sentence's preposition opens no name
    ],
)
def test_no_event_grows_over_a_sentence(title: str) -> None:
    phrases = event_phrases(title)
    assert not any(p.startswith(("Why", "Auf")) for p in phrases)


def test_every_person_a_parenthesis_names_is_a_speaker() -> None:
    assert paren_people("Vector tiles for everyone (Daniel Okafor & Mei Tanaka)") == (
        "Daniel Okafor",
        "Mei Tanaka",
    )
    assert paren_people("한국 OSM 커뮤니티 이야기 (김민지, 박지우)") == ("김민지", "박지우")
    assert split_title("Vector tiles for everyone (Daniel Okafor & Mei Tanaka)")[0] == (
        "Vector tiles for everyone"
    )
    assert paren_people("Clients (Kotlin & Swift)") == ()


@pytest.mark.parametrize(
    ("heading", "tag"),
    [
        ("Golden paths (Live)", True),
        ("Q&A (English)", True),
        ("Slides (Korean)", True),
        ("Hands-on (Workshop)", True),
        ("세션 소개 (한국어)", True),
        ("Gateway API in anger (Weiss)", False),
        ("Karpenter at 10k nodes (Okafor & Tanaka)", False),
    ],
)
def test_a_parenthesis_that_tags_a_part_is_told_from_surnames(heading: str, tag: bool) -> None:
    assert paren_tag(heading) is tag


@pytest.mark.parametrize(
    ("heading", "booth"),
    [("Стенд JetBrains", "JetBrains"), ("Booth: Datadog", "Datadog"), ("부스 후기", None)],
)
def test_a_booth_named_after_the_booth_word(heading: str, booth: str | None) -> None:
    assert booth_subject(heading) == booth


def test_a_bold_talk_line_may_end_with_the_talks_kind() -> None:
    text = "Notes.\n\n**The long game of careers** — David Okoro (closing keynote)\n- a ladder\n"
    bold = parse_blocks(text).bold
    assert [b.text for b in bold][:1] == [
        "The long game of careers — David Okoro (closing keynote)"
    ]


_SURNAMES = """# KubeCon NA 2024 field notes

Wednesday Nov 13, Salt Lake City.

## Karpenter at 10k nodes (Okafor & Tanaka)

- consolidation budgets per NodePool

## Gateway API in anger (Weiss)

- migrated 300 Ingress objects
"""

_TAGS = """# Compose Multiplatform at scale

KotlinConf 2025, Copenhagen, 22 May 2025. Notes from the train.

## Architecture (Overview)

- one shared UI module

## Demo (Live)

- hot reload on iOS worked

## Q&A (English)

- accessibility on iOS: partial
"""


def test_surnames_in_a_heading_are_its_speakers_not_its_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = {i["title"]: i for i in list_items(tmp_path, capsys, {"alex.md": _SURNAMES})}
    assert set(items) == {"Karpenter at 10k nodes", "Gateway API in anger"}
    assert items["Karpenter at 10k nodes"]["speakers"] == ["Okafor", "Tanaka"]
    assert items["Gateway API in anger"]["speakers"] == ["Weiss"]


def test_headings_tagged_live_or_by_language_are_parts_of_one_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(tmp_path, capsys, {"lena.md": _TAGS})
    assert [(i["title"], i["speakers"]) for i in items] == [("Compose Multiplatform at scale", [])]


def test_an_event_named_with_joining_words_is_one_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = {
        "a.md": "# State of the Map 2024 — my notes\n\n## Routing for everyone — Jo Lee\n\n- x\n",
        "b.md": "# State of the Map 2024: заметки\n\n## «Routing for everyone» — Jo Lee\n\n- y\n"
        "\n## Mapping schools (Workshop)\n\n- z\n",
    }
    items = list_items(tmp_path, capsys, notes)
    assert {i["event"] for i in items} == {"State of the Map 2024"}
    assert sorted(i["title"] for i in items) == [
        "Mapping schools (Workshop)",
        "Routing for everyone",
    ]


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        ("「型で守る」 山田太郎", "型で守る", "山田太郎"),
        (
            "«Kafka exactly-once: где нас обманули» — Мария Петрова",
            "Kafka exactly-once: где нас обманули",
            "Мария Петрова",
        ),
        ('"Async all the way" – Jo Lee', "Async all the way", "Jo Lee"),
        ('"Async all the way" Jo Lee', "Async all the way", "Jo Lee"),
        ("「型で守る」 入門編", "「型で守る」 入門編", None),  # a part of the title, no name
        ('"Fast" and "Safe" Rust', '"Fast" and "Safe" Rust', None),
    ],
)
def test_a_quoted_title_then_its_speaker(heading: str, title: str, speaker: str | None) -> None:
    assert heading_title(heading)[:2] == (title, speaker)


def test_every_person_after_a_headings_dash_is_a_speaker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = (
        "# DevFest 2024 notes\n\n## What's new in Kotlin — Jane Doe and Tom Lee\n\n- K2\n\n"
        "## Compose tips — 김민지, 박지우\n\n- tips\n"
    )
    items = {i["title"]: i["speakers"] for i in list_items(tmp_path, capsys, {"d.md": note})}
    assert items == {
        "What's new in Kotlin": ["Jane Doe", "Tom Lee"],
        "Compose tips": ["김민지", "박지우"],
    }


def test_bold_lines_with_quoted_titles_are_the_notes_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = (
        "# JSConf JP 2024 notes\n\n23 Nov 2024\n\n**Async all the way — Jo Lee**\n\n- viral\n\n"
        '**「型で守る」 山田太郎**\n\n- types\n\n**"Fast builds" – Ann Kim**\n\n- builds\n'
    )
    items = {i["title"]: i["speakers"] for i in list_items(tmp_path, capsys, {"b.md": note})}
    assert items == {
        "Async all the way": ["Jo Lee"],
        "型で守る": ["山田太郎"],
        "Fast builds": ["Ann Kim"],
    }


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        ("型で守る — 山田太郎", "山田太郎"),
        ("Zod をやめた話 (佐藤花子)", "佐藤花子"),
        ("型で守る — 松本城", None),  # a castle, not a person
        ("型で守る — 入門", None),
    ],
)
def test_a_japanese_name_written_without_its_space(heading: str, speaker: str | None) -> None:
    assert (split_title(heading)[2] or heading_title(heading)[1]) == speaker


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        ("Доклад «Observability без боли», Олег Иванов", "Observability без боли", "Олег Иванов"),
        ("Talk “Fast builds” — Ann Kim", "Fast builds", "Ann Kim"),
        ('Talk: "Scaling Postgres" by Jane Doe', "Scaling Postgres", "Jane Doe"),
        ("Charla «Rust en producción» de Ana García", "Rust en producción", "Ana García"),
        ("«Title» de nuevo", "«Title» de nuevo", None),
    ],
)
def test_a_talks_kind_before_its_quoted_title_and_speaker(
    heading: str, title: str, speaker: str | None
) -> None:
    assert heading_title(heading)[:2] == (title, speaker)


def test_a_remark_among_the_booths_is_no_booth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = (
        "# Craft 2024 – 1. nap\n\n2024. május 30.\n\n## Keynote — Hannah Lindqvist\n\n- a\n\n"
        "## Standok\n\n- **JetBrains stand**: Fleet demo, stickers\n"
        "- a többi standnál csak kávé volt\n"
    )
    items = list_items(tmp_path, capsys, {"nap.md": note})
    assert [i["title"] for i in items if i["kind"] == "booth"] == ["JetBrains"]
