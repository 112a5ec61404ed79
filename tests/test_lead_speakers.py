"""Newsletter and essay headings that open with their talk's speaker (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_json
from summit_tui.corpus.lead_speakers import lead_speaker


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        ("김하늘님의 SwiftData 마이그레이션 이야기", "김하늘"),
        ("Marta Jiménez e os dez anos de event sourcing", "Marta Jiménez"),
        ("Mai Takahashi on accessibility in SwiftUI", "Mai Takahashi"),
        ("Yuki Mori and the 64 KB Swift binary", "Yuki Mori"),
        ("Lucía Gómez y los límites del tipado", "Lucía Gómez"),
        # three words of a name, words spaced by tabs or more than one space
        ("Jean-Paul Sartre Dupont et les types linéaires", "Jean-Paul Sartre Dupont"),
        ("Camille\tFontaine sur  la musique générative", "Camille\tFontaine"),
        # no person: a topic on a platform, a word with its possessive, a plain title
        ("Spring Boot on Kubernetes", ""),
        ("오늘의 세션 정리", ""),
        ("Notes on the keynote", ""),
        ("Building Rust on Android", ""),
    ],
)
def test_a_heading_that_opens_with_its_speaker(heading: str, speaker: str) -> None:
    assert lead_speaker(heading) == speaker


def test_a_newsletters_speaker_headings_are_its_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = (
        "# Let'Swift 2024 다녀왔어요 (11/26)\n\n11월 26일에 다녀왔어요.\n\n"
        "## 김하늘님의 SwiftData 마이그레이션 이야기\n\n화면 단위로 옮기기.\n\n"
        "## 박준영님의 Strict Concurrency 적용기\n\n경고가 800개.\n"
    )
    data = list_json(tmp_path, capsys, {"naver/review.md": post})
    (event,) = data["events"]
    assert event["title"] == "Let'Swift 2024"
    speakers = sorted(
        tuple(item["speakers"])
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    )
    assert speakers == [("김하늘",), ("박준영",)]


def test_a_title_with_a_colon_takes_its_speaker_from_the_line_under_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "## Accessibility First: what SwiftUI gives you" is a title and its subtitle; the
    # speaker is the one the sentence under it names, in any of the ways posts say it
    post = (
        "# try! Swift Tokyo 2024 notes\n\nMarch 22.\n\n"
        "## Accessibility First: what SwiftUI gives you\n\n"
        "Dr. Mai Takahashi's keynote on Friday. Rotors and Dynamic Type.\n\n"
        "## Rust in the data path: zero copies\n\n"
        "Lucas Pereira, who works on a storage engine, moved the hot path to Rust.\n"
    )
    data = list_json(tmp_path, capsys, {"blog/tokyo.md": post})
    speakers = sorted(
        tuple(item["speakers"])
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    )
    assert speakers == [("Lucas Pereira",), ("Mai Takahashi",)]
