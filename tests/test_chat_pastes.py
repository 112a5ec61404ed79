"""Chats pasted into a note as text (issue 14): KakaoTalk rooms, Discord and Slack copy-paste.
A message announces a talk ("지금 키노트 시작 - 제목", "Next up: Title (Name)"); the messages
after it are about that talk until the next announcement, a break, another day or an hour
later, each person's run of messages theirs; a room with no talk in it is chatter."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import item_of_line, items_by_title, list_json
from summit_tui.corpus.chat_export import announced_talk, chat_parts, hinted_talk

KAKAO = """\
NDC 같이가요 님과 카카오톡 대화
저장한 날짜 : 2024-05-30 21:14:05

--------------- 2024년 5월 28일 화요일 ---------------
[김도윤] [오전 9:48] 다들 어디세요?
[이서연] [오전 9:51] 키노트 홀 앞이에요
[김도윤] [오전 10:01] 지금 키노트 시작 - 라이브 서비스 10년, 무엇이 남았나
[김도윤] [오전 10:09] 동접 그래프 10년치 보여줌
첫해 피크가 지금의 1/20
[이서연] [오전 10:14] 핫픽스를 하루 40번 배포한 날도 있었대요
[박준호] [오전 11:02] 언리얼 5 셰이더 컴파일 지옥 탈출기 (최현우님) 시작
[박준호] [오전 11:18] 첫 실행 때 끊김 90% 줄였다고 함
[김도윤] [오후 12:05] 점심 어디서 먹어요?
[이서연] [오후 12:06] 푸드코트 ㄱㄱ

--------------- 2024년 5월 29일 수요일 ---------------
[이서연] [오전 11:00] 세션 시작: 매치메이킹 대기열을 다시 짠 이야기 - 한승민님
[이서연] [오전 11:15] 평균 대기 94초 → 31초
[이서연] [오후 3:40] 오늘 끝! 다들 수고
"""

DISCORD = """\
# #kotlinconf (team Discord)

Anna Berg — 05/23/2024 9:31 AM
Talk starting: Migrating 2 million lines to K2 — Lena Vogt
they did it module by module

Ravi Shah — 05/23/2024 9:40 AM
kapt was the blocker

Ravi Shah — 05/23/2024 10:05 AM
going to lunch early

Anna Berg — Today at 1:30 PM
Next up: Compose Multiplatform on iOS in production (Priya Nair)
one screen at a time
"""

SLACK = """\
Friday, May 24th

Olu Adeyemi  11:00 AM
Session: Declarative Gradle, hands-on (Sam Okoro)

Olu Adeyemi  11:12 AM
the new blocks read like a manifest

Maja Lindqvist  11:20 AM
still experimental
"""


def test_a_kakaotalk_room_gives_a_talk_per_announcement_by_each_writer() -> None:
    parts = chat_parts(KAKAO)
    assert parts is not None
    lines = KAKAO.split("\n")
    got = [(p.title, p.day, p.author, lines[p.start].split("] ", 2)[1]) for p in parts]
    assert got == [
        ("라이브 서비스 10년, 무엇이 남았나", "2024-05-28", "김도윤", "[오전 10:01"),
        ("라이브 서비스 10년, 무엇이 남았나", "2024-05-28", "이서연", "[오전 10:14"),
        ("언리얼 5 셰이더 컴파일 지옥 탈출기", "2024-05-28", "박준호", "[오전 11:02"),
        ("매치메이킹 대기열을 다시 짠 이야기", "2024-05-29", "이서연", "[오전 11:00"),
    ]
    keynote = parts[0]
    assert lines[keynote.end - 1] == "첫해 피크가 지금의 1/20"  # a message's next line is its own
    assert parts[2].speakers == ("최현우",)
    # lunch ends the talk, and so does an hour and more without a new one ("오늘 끝!")
    assert all("점심" not in line and "오늘 끝" not in line
               for p in parts for line in lines[p.start : p.end])  # fmt: skip


def test_discord_and_slack_pastes_by_their_headers() -> None:
    parts = chat_parts(DISCORD)
    assert parts is not None
    assert [(p.title, p.speakers, p.author, p.day) for p in parts] == [
        ("Migrating 2 million lines to K2", ("Lena Vogt",), "Anna Berg", "2024-05-23"),
        ("Migrating 2 million lines to K2", ("Lena Vogt",), "Ravi Shah", "2024-05-23"),
        ("Compose Multiplatform on iOS in production (Priya Nair)", ("Priya Nair",), "Anna Berg",
         "2024-05-23"),
    ]  # fmt: skip
    slack = chat_parts(SLACK)
    assert slack is not None
    assert [(p.author, p.day) for p in slack] == [
        ("Olu Adeyemi", "--05-24"),
        ("Maja Lindqvist", "--05-24"),
    ]


@pytest.mark.parametrize(
    ("message", "talk"),
    [
        ("지금 키노트 시작 - 라이브 서비스 10년", ("라이브 서비스 10년", ())),
        ("오후 첫 세션: 게임 QA 자동화 (오지은님)", ("게임 QA 자동화 (오지은님)", ("오지은",))),
        ("Debugging coroutines without tears by Tomasz Nowak starting now",
         ("Debugging coroutines without tears", ("Tomasz Nowak",))),
        ("**Baseline Profile 적용기** — 서지호님 (토스), 트랙1 11:00 시작",
         ("Baseline Profile 적용기", ("서지호",))),
        ("저는 다음 세션 B홀 갑니다", None),  # going to one, not announcing it
        ("세션 시작: 점심 뷔페", None),  # a break is no talk
        ("Talk starting: the good one", None),  # no speaker and no keynote: unsure
        ("see you at the iOS talk", None),
    ],
)  # fmt: skip
def test_what_announces_a_talk(message: str, talk: tuple[str, tuple[str, ...]] | None) -> None:
    assert announced_talk([message]) == talk


def test_list_puts_each_writer_on_the_talk_and_its_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"NDC 2024/ndc-room.md": KAKAO})
    items = items_by_title(data)
    keynote = items["라이브 서비스 10년, 무엇이 남았나"]
    assert keynote["date"] == "2024-05-28"
    assert {e["author"] for e in keynote["entries"]} == {"김도윤", "이서연"}
    assert items["매치메이킹 대기열을 다시 짠 이야기"]["date"] == "2024-05-29"
    lines = item_of_line(data)
    assert lines[KAKAO.split("\n").index("[김도윤] [오후 12:05] 점심 어디서 먹어요?") + 1] is None


def test_a_room_about_dinner_is_no_talk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    room = (
        "NDC 뒤풀이 님과 카카오톡 대화\n\n--------------- 2024년 5월 28일 화요일 ---------------\n"
        "[김도윤] [오후 5:40] 오늘 끝나고 저녁 가능하신 분?\n[박준호] [오후 5:41] 저요\n"
        "[이서연] [오후 5:45] 7시 이후 가능해요\n"
    )
    data = list_json(tmp_path, capsys, {"NDC 2024/저녁 약속.md": room, "NDC 2024/ndc.md": KAKAO})
    assert all(e["note"] != "NDC 2024/저녁 약속.md" for i in items_by_title(data).values()
               for e in i["entries"])  # fmt: skip
    assert any(u["note"] == "NDC 2024/저녁 약속.md" for u in data["unsorted"])


@pytest.mark.parametrize(
    "body",
    [
        "## Keynote 9:00 AM\n\n## Lunch 12:00 PM\n\n## Closing 5:00 PM\n",
        "# Day 1\n\n- Title — Ann Lee\n- Other — Bob Ray\n- Third — Cy Dee: 10:00\n",
    ],
)
def test_notes_that_are_no_pasted_chat(body: str) -> None:
    assert not chat_parts(body)


@pytest.mark.parametrize(
    ("message", "talk"),
    [
        ("Anyone at the K2 migration talk? I'm at the back", "K2 migration"),
        ("I'm in the Rust keynote, row 3", "Rust"),
        ("Swift 동시성 세션 들으시는 분?", "Swift 동시성"),
        ("see you at the iOS talk", None),  # going to one later
        ("anyone at the lunch talk?", None),  # a break
        ("Anyone at the next talk?", None),
        ("how was the K2 talk", None),
    ],
)  # fmt: skip
def test_a_talk_only_asked_about(message: str, talk: str | None) -> None:
    found = hinted_talk([message])
    assert (found[0] if found else None) == talk


SLACK_HINTED = """\
Thursday, May 23rd

Maja Lindqvist  9:35 AM
Anyone at the K2 migration talk? I'm at the back

Maja Lindqvist  9:47 AM
Lena Vogt says they kept a K1 CI job running in parallel

Olu Adeyemi  9:49 AM
yes, 3rd row. 4 of 11 compiler plugins had no K2 version

Olu Adeyemi  9:58 AM
heading to Room 8 for the next one

Maja Lindqvist  10:30 AM
coffee?
"""


def test_a_talk_asked_about_holds_the_messages_after_it_until_someone_moves_on() -> None:
    parts = chat_parts(SLACK_HINTED)
    assert parts is not None
    lines = SLACK_HINTED.split("\n")
    assert [(p.title, p.author, p.day) for p in parts] == [
        ("K2 migration", "Maja Lindqvist", "--05-23"),
        ("K2 migration", "Olu Adeyemi", "--05-23"),
    ]
    assert all("heading to" not in line and "coffee" not in line
               for p in parts for line in lines[p.start : p.end])  # fmt: skip


def test_leaving_for_the_next_session_ends_the_talk() -> None:
    leaving = "[박준호] [오전 10:58] 저는 다음 세션 B홀 갑니다\n"
    room = KAKAO.replace("[박준호] [오전 11:02]", leaving + "[박준호] [오전 11:02]")
    parts = chat_parts(room)
    assert parts is not None
    lines = room.split("\n")
    assert all("다음 세션" not in line for p in parts for line in lines[p.start : p.end])
    assert [p.title for p in parts][:3] == ["라이브 서비스 10년, 무엇이 남았나"] * 2 + [
        "언리얼 5 셰이더 컴파일 지옥 탈출기"
    ]
