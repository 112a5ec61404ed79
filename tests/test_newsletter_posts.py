"""Newsletter and essay posts as people publish them (issue 14): the writer in a byline or a
first-person introduction, a subtitle under the title, booths a generic section names."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items, list_json
from summit_tui.corpus.bylines import byline_author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("**Rafael Costa** · 14 de mai. de 2024 · 7 min de leitura", "Rafael Costa"),
        ("Lucía Fernández · 6 min de lectura · 13 may 2024", "Lucía Fernández"),
        ("안녕하세요! 저는 3년 차 iOS 개발자 정유진입니다.", "정유진"),
        ("I'm Hyejin, an iOS developer in Seoul, and this was my second try! Swift.", "Hyejin"),
        ("My name is Ana Lima and I write about Python.", "Ana Lima"),
        # what the writer is, not who
        ("저는 기획자입니다.", None),
        ("Hi! I'm Korean, a bit tired after the flight.", None),
        ("저는 오늘 정말 행복합니다.", None),
    ],
)
def test_the_writer_a_posts_opening_names(line: str, author: str | None) -> None:
    assert byline_author(line) == author


def test_a_subtitle_and_a_sign_off_are_no_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = (
        "# Três dias de J On The Beach\n\n### O que eu trouxe de Málaga\n\n"
        "**Rafael Costa** · 14 de mai. de 2024 · 7 min de leitura\n\n"
        "Estive no J On The Beach 2024, 9 e 10 de maio.\n\n"
        "## Marta Jiménez e os dez anos de event sourcing\n\nQuinta-feira, 9 de maio.\n\n"
        "## Lucas Pereira e o Rust no caminho dos dados\n\nAinda na quinta.\n\n"
        "## Wrapping up\n\nAté a próxima.\n"
    )
    items = list_items(tmp_path, capsys, {"substack/edicao-42.md": post})
    assert sorted(i["title"] for i in items) == [
        "Lucas Pereira e o Rust no caminho dos dados",
        "Marta Jiménez e os dez anos de event sourcing",
    ]
    assert {a for i in items for a in i["authors"]} == {"Rafael Costa"}


def test_each_booth_a_generic_booth_section_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = (
        "# Let'Swift 2024 후기 (2024년 11월 26일)\n\n## 김하늘님의 SwiftData 이야기\n\n좋았다.\n\n"
        "## 박준영님의 Concurrency 이야기\n\n경고 800개.\n\n## 부스 구경\n\n"
        "토스 부스에서는 디자인 시스템 데모를 봤다.\n\n당근 부스가 제일 붐볐다.\n"
    )
    items = list_items(tmp_path, capsys, {"naver/review.md": post})
    booths = sorted(i["title"] for i in items if i["kind"] == "booth")
    assert booths == ["당근", "토스"]


def test_a_talk_on_the_day_its_first_sentence_opens_with(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = (
        "# What I learned at try! Swift Tokyo 2024\n\n"
        "try! Swift Tokyo 2024 ran on Friday and Saturday, March 22–23, 2024.\n\n"
        "## Mai Takahashi on accessibility in SwiftUI\n\nThe first talk of the conference.\n\n"
        "## Yuki Mori and the 64 KB Swift binary\n\nOn Saturday, Yuki blinked an LED.\n"
    )
    data = list_json(tmp_path, capsys, {"medium/tokyo.md": post})
    days = {
        item["speakers"][0]: day["date"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }
    assert days == {"Mai Takahashi": "2024-03-22", "Yuki Mori": "2024-03-23"}


def test_the_parts_of_a_series_share_one_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # dev.to posts of one series, unsigned: one writer, not one per file name
    def part(number: int, talk: str) -> str:
        return (
            f'---\ntitle: "PyCon US 2024, part {number}"\npublished: true\n'
            f"series: PyCon US 2024 notes\n---\n\n## {talk}\n\nGood.\n\n"
            f"## Other {number} (Li Wu)\n\nOk.\n"
        )

    files = {
        "devto/pycon-part-1-abc1.md": part(1, "Keynote (Ana Lima)"),
        "devto/pycon-part-2-xyz9.md": part(2, "Packaging (Sam Ko)"),
    }
    items = list_items(tmp_path, capsys, files)
    assert {a for i in items for a in i["authors"]} == {"PyCon US 2024 notes"}


def test_a_booth_a_line_says_the_writer_also_stopped_by(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = (
        "# KubeCon EU 2024 day 1 (March 20, 2024)\n\n## Keynote (Ana Lima)\n\nGood.\n\n"
        "## Platform teams (Tom Lee)\n\nOk.\n\n## Expo floor\n\n"
        "At the Datadog booth they showed a new profiler.\n\n"
        "I also stopped by the JetBrains booth for coffee.\n"
    )
    items = list_items(tmp_path, capsys, {"kubecon.md": post})
    booths = sorted(i["title"] for i in items if i["kind"] == "booth")
    assert booths == ["Datadog", "JetBrains"]


@pytest.mark.parametrize(
    "first",
    ["### Keynote — Roman Elizarov", "### Building the K2 compiler (Roman Elizarov)"],
)
def test_the_first_of_a_run_of_talk_sections_over_a_lunch_section_is_a_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str
) -> None:
    """A `##` lunch among `###` talks does not make the first talk the post's subtitle."""
    post = (
        "---\nauthor: Dana\ndate: 2025-05-22\n---\n\n# KotlinConf 2025 — Day 1\n\n"
        f"{first}\n\n- K2 is the default compiler\n\n"
        "### Compose Multiplatform for iOS (Sebastian Aigner)\n\n- stable for iOS\n\n"
        "## Lunch\n\nGreat food, long queue.\n\n"
        "### Coroutines deep dive (Marcin Moskała)\n\n- structured concurrency\n"
    )
    items = list_items(tmp_path, capsys, {"day1.md": post})
    assert len(items) == 3
    first_item = next(i for i in items if "Roman Elizarov" in i["speakers"])
    assert first_item["title"] in ("Keynote", "Building the K2 compiler")
