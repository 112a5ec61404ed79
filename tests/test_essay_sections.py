"""Essay posts whose talks are "---"-separated sections opened by a sentence naming the speaker
and the talk (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_json
from summit_tui.corpus.essay_sections import essay_parts

_ESSAY_KO = """스위프트 개발자들의 하루
Let'Swift 2024에서 들은 세 개의 이야기
by 한소희 · Nov 28. 2024

11월 26일, Let'Swift 2024에 다녀왔다.

---

오전의 첫 발표는 김하늘 님의 'SwiftData로 옮겨 간 1년'이었다. 화면 단위로 옮겼다.

---

점심을 먹고 들어간 두 번째 세션은 박준영의 Strict Concurrency 이야기. 경고가 800개.

---

돌아오는 지하철에서 노트를 정리했다.
"""

_ESSAY_EN = """Notes from Tokyo

The conference ran on March 22 and 23.

---

The morning opened with Mai Takahashi's "Accessibility is a SwiftUI feature". Rotors.

---

On the second day, Yuki Mori's "Embedded Swift in 64 KB" was the one everyone liked.
"""


def test_each_section_that_names_a_talk_is_that_talk() -> None:
    parts = essay_parts(_ESSAY_KO)
    assert parts is not None
    assert [(p.title, p.speakers) for p in parts] == [
        ("SwiftData로 옮겨 간 1년", ("김하늘",)),
        ("Strict Concurrency", ("박준영",)),
    ]
    english = essay_parts(_ESSAY_EN)
    assert english is not None
    assert [(p.title, p.speakers, p.day) for p in english] == [
        ("Accessibility is a SwiftUI feature", ("Mai Takahashi",), None),
        ("Embedded Swift in 64 KB", ("Yuki Mori",), "day:2"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # one named talk only: an essay about one talk, not sections of talks
        'Title\n\nintro\n\n---\n\nThe day opened with Ana Lima\'s "Hello".\n\n---\n\nbye\n',
        # sections that name no talk: "오늘의 이야기" is no person's
        "제목\n\n---\n\n오늘의 점심 이야기.\n\n---\n\n회사의 발표 준비.\n\n---\n\n끝.\n",
    ],
)
def test_an_essay_that_names_fewer_than_two_talks_has_no_sections(body: str) -> None:
    assert essay_parts(body) is None


def test_an_essays_talks_join_the_same_talks_in_another_post(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = (
        "# [후기] Let'Swift 2024 다녀왔어요 (11/26)\n\n정리해 볼게요.\n\n"
        "## 김하늘님의 SwiftData 마이그레이션 이야기\n\n화면 단위로 옮기기.\n\n"
        "## 박준영님의 Strict Concurrency 적용기\n\n모듈별로 하나씩.\n"
    )
    data = list_json(tmp_path, capsys, {"brunch/essay.md": _ESSAY_KO, "naver/review.md": other})
    (event,) = data["events"]
    items = [item for day in event["days"] for track in day["tracks"] for item in track["items"]]
    assert sorted((tuple(i["speakers"]), len(i["entries"])) for i in items) == [
        (("김하늘",), 2),
        (("박준영",), 2),
    ]
    assert not [u for u in data["unsorted"] if "님의" in u["heading"]]
