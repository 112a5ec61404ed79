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


_ESSAY_ABROAD = """도쿄에서 다시
by 한결 · Mar 30. 2024

3월 22일과 23일, try! Swift Tokyo 2024에 다녀왔다.

---

첫째 날 아침, 사토 미사키의 Swift Concurrency 이야기.

모듈 하나씩 strict concurrency를 켜라고 했다.

---

둘째 날의 Elena Kovač는 4달러짜리 마이크로컨트롤러 위에서 Swift를 돌렸다.

LED가 깜빡였다.

---

같은 날 오후의 Jenna Park은 KMP 1년을 돌아봤다. 발표 제목은 'KMP, 1년 써 보니'.

---

점심을 먹고 나서는 부스를 한 바퀴 돌았다.

토스 부스에서는 코드 리뷰 문화를 들었다.

우아한형제들 부스 앞에는 줄이 제일 길었다.

---

처음 입사했을 때 사수였던 민재 선배의 말이 기억난다.
"""

_ESSAY_JA = """iOSDC Japan 2024に参加してきました

2024年8月22日から24日まで参加しました。

---

2日目の朝は、佐藤健さんの「SwiftUIで作る大規模アプリの設計」から。

---

午後はAnna Schmidtさんの「VoiceOverだけで一日過ごしてみた」。

---

休憩時間にはスポンサーブースを巡りました。

LINEヤフーのブースでは、モジュール構成図が貼られていた。
"""


def test_a_section_opening_on_a_foreign_speaker_is_that_talk_on_the_day_before_it() -> None:
    parts = essay_parts(_ESSAY_ABROAD)
    assert parts is not None
    assert [(p.kind.name, p.title, p.speakers, p.day) for p in parts] == [
        ("SESSION", "Swift Concurrency", ("사토 미사키",), "day:1"),
        # no title in the sentence: the speaker's name until another note names the talk
        ("SESSION", "Elena Kovač", ("Elena Kovač",), "day:2"),
        ("SESSION", "KMP, 1년 써 보니", ("Jenna Park",), "day:2"),
        ("BOOTH", "토스", (), None),
        ("BOOTH", "우아한형제들", (), None),
    ]  # "민재 선배의 말": a senior colleague, no talk


def test_a_japanese_essays_talks_and_booth_walk() -> None:
    parts = essay_parts(_ESSAY_JA)
    assert parts is not None
    assert [(p.title, p.speakers, p.day) for p in parts] == [
        ("SwiftUIで作る大規模アプリの設計", ("佐藤健",), "day:2"),
        ("VoiceOverだけで一日過ごしてみた", ("Anna Schmidt",), "day:2"),
        ("LINEヤフー", (), None),
    ]


def test_a_bold_booth_line_over_one_paragraph_is_the_booth_it_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    naver = (
        "try! Swift Tokyo 2024 2일차 후기\n스위프트하는 곰 · 2024. 3. 25. 22:47\n"
        "<p>2일차는 3월 23일 토요일!</p>\n<p><br></p>\n"
        '<p><span style="font-size:19px"><b>1. Embedded Swift - Elena Kovač</b></span></p>\n'
        "<p>- 런타임 없이 동작</p>\n<p><br></p>\n"
        '<p><span style="font-size:19px"><b>부스 구경</b></span></p>\n'
        "<p>쉬는 시간에 스폰서 부스를 돌았는데 <b>LINEヤフー 부스</b>가 제일 북적였어요.</p>\n"
        "<p><br></p>\n"
    )
    data = list_json(tmp_path, capsys, {"naver/day2.md": naver})
    (event,) = data["events"]
    booths = [
        item["title"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
        if item["kind"] == "booth"
    ]
    assert booths == ["LINEヤフー"]
    assert not [u for u in data["unsorted"] if u["heading"] == "부스 구경"]


def test_an_english_section_naming_a_talk_by_its_topic_and_a_speakers_title_wins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = (
        "Three days in Waseda\nPriya Nair · Sep 2, 2024\n\n"
        "I spent August 22–24 at iOSDC Japan 2024 in Tokyo.\n\n***\n\n"
        "On the second day, Ken Sato's talk on designing very large SwiftUI apps was the best.\n"
        "\n***\n\n"
        "That afternoon, Anna Schmidt's session about living a day with only VoiceOver.\n"
        "\n***\n\nThanks for reading!\n"
    )
    parts = essay_parts(letter)
    assert parts is not None
    assert [(p.title, p.speakers, p.day) for p in parts] == [
        ("Designing very large SwiftUI apps", ("Ken Sato",), "day:2"),
        ("Living a day with only VoiceOver", ("Anna Schmidt",), "day:2"),
    ]
    # a Korean essay names the second talk by its speaker only: the item keeps the title
    korean = (
        "와세다에서\nby 이든 · Aug 30. 2024\n\n8월 22일부터 iOSDC Japan 2024에 다녀왔다.\n\n---\n\n"
        "둘째 날 아침, 사토 켄의 SwiftUI 설계 이야기.\n\n---\n\n"
        "같은 날 오후의 Anna Schmidt는 VoiceOver만 켜고 데모를 했다.\n\n---\n\n끝.\n"
    )
    data = list_json(tmp_path, capsys, {"substack/letter.md": letter, "brunch/essay.md": korean})
    titles = {
        item["title"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }
    assert "Living a day with only VoiceOver" in titles
    assert "Anna Schmidt" not in titles
