"""A team chat's channel exported to Markdown (issue 14): a thread about a talk is that talk,
on the day of its divider, each person's messages in it theirs; a thread about a booth is the
booth; the rest of the channel is chatter, left unsorted."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import item_of_line, items_by_title, line_of, list_json
from summit_tui.corpus.chat_export import chat_parts
from summit_tui.corpus.model import EntryKind

SLACK_EN = """\
# #kubecon-eu-2024

> Channel export, 2024-03-25

---

## Tuesday, March 19, 2024

**Priya** 6:12 PM
Who's landing in Paris tonight?

**Marco** 6:20 PM
Me, around 9

---

## Wednesday, March 20, 2024

**Priya** 9:40 AM
🧵 Keynote: Platform engineering at scale — Kelsey Nakamura
> **Priya** 9:45 AM
> golden paths beat mandates
> **Marco** 9:52 AM
> they showed the Backstage adoption curve, flat for a year then steep

**Marco** 11:05 AM
Coffee line is brutal

**Marco** 11:30 AM
🧵 eBPF without the pain (Sofia Lindqvist)
> **Marco** 11:31 AM
> CO-RE means one binary for every kernel
> **Marco** 11:40 AM
> verifier errors are still the worst part

**Priya** 1:15 PM
Anyone been to the Grafana booth yet? They have a load testing demo
> **Marco** 1:20 PM
> yes, k6 browser tests, pretty good
"""

SLACK_KO = """\
# #conf-데브페스트

## 2024년 11월 23일 토요일

**김하늘** 오전 9:58
다들 도착하셨나요?

**이도윤** 오전 10:00
네 2층에 있어요

**김하늘** 오전 10:05
🧵 [키노트] 안드로이드의 다음 10년 - 정서연
> **김하늘** 오전 10:10
> Compose가 기본이 된다고
> **이도윤** 오전 10:12
> KMP 얘기도 많이 나왔어요

**이도윤** 오후 1:30
🧵 [세션] 모바일 CI/CD 파이프라인 구축기 / 최민준님
> **이도윤** 오후 1:35
> 빌드 시간 40분 → 12분
"""


def test_a_slack_channel_gives_a_talk_per_thread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"slack/kubecon.md": SLACK_EN})
    items = items_by_title(data)
    keynote = items["Platform engineering at scale"]
    assert keynote["speakers"] == ["Kelsey Nakamura"]
    assert keynote["date"] == "2024-03-20"  # the divider above the thread, not the export's
    # the thread's lines are each writer's: Priya's and Marco's
    assert [e["author"] for e in keynote["entries"]] == ["Priya", "Marco"]
    assert items["eBPF without the pain"]["speakers"] == ["Sofia Lindqvist"]
    assert items["Grafana"]["kind"] == "booth"
    found = item_of_line(data)
    assert found[line_of(SLACK_EN, "**Priya** 9:40 AM")] == "Platform engineering at scale"
    assert found[line_of(SLACK_EN, "**Marco** 11:30 AM")] == "eBPF without the pain"
    # the chatter is in no item
    assert found[1] is None
    assert found[line_of(SLACK_EN, "**Marco** 11:05 AM")] is None
    assert len(items) == 3


def test_a_korean_channel_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items = items_by_title(list_json(tmp_path, capsys, {"conf-devfest.md": SLACK_KO}))
    assert set(items) == {"안드로이드의 다음 10년", "모바일 CI/CD 파이프라인 구축기"}
    assert items["안드로이드의 다음 10년"]["speakers"] == ["정서연"]
    assert items["모바일 CI/CD 파이프라인 구축기"]["speakers"] == ["최민준"]
    assert {item["date"] for item in items.values()} == {"2024-11-23"}


def test_thread_parts_and_their_lines() -> None:
    parts = chat_parts(SLACK_KO)
    assert parts is not None
    talks = [(p.title, p.author, p.start + 1, p.end) for p in parts]
    start = line_of(SLACK_KO, "**김하늘** 오전 10:05")
    assert talks[0] == ("[키노트] 안드로이드의 다음 10년", "김하늘", start, start + 3)
    assert talks[1] == ("[키노트] 안드로이드의 다음 10년", "이도윤", start + 4, start + 5)
    assert all(p.kind is EntryKind.SESSION for p in parts)


@pytest.mark.parametrize(
    "body",
    [
        # bold lines that are no messages: a note written with bold titles
        "**Keynote** 9:00\n\ntext\n\n**Lunch** 12:00\n\n**Talk** 13:00\n",
        # two messages only
        "**Dana** 10:04 AM\nhi\n\n**Lee** 10:05 AM\nhello\n",
        "# Talk\n\n- point\n",
    ],
)
def test_notes_that_are_not_chat_exports(body: str) -> None:
    parts = chat_parts(body)
    assert not parts


def test_a_labelled_message_without_replies_and_bracketed_times() -> None:
    body = (
        "## 2024-06-01\n\n"
        "**Ana** [9:58 AM]\nmorning all\n\n"
        "**Ben** [10:30 AM]\n"
        "[Talk] Zero-downtime migrations / Priya Nair\n"
        "- expand, migrate, contract\n\n"
        "**Ana** [11:00 AM]\nlunch at noon?\n"
    )
    parts = chat_parts(body)
    assert parts is not None
    (part,) = parts
    assert (part.title, part.speakers, part.author) == (
        "[Talk] Zero-downtime migrations",
        ("Priya Nair",),
        "Ben",
    )
    assert (part.start, part.end, part.day) == (5, 8, "2024-06-01")  # 0-based, end excluded


DISCORD = """\
==============================================================
Guild: RustFest
Channel: #talks
==============================================================

--- 2025-09-26 ---

[26/09/2025 09:58] mina
anyone near room B?

[26/09/2025 10:02] jon
🧵 Async drop, finally (Marie Dubois)

[26/09/2025 10:40] mina
lunch?
"""


def test_a_discord_export_with_bracketed_stamps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = items_by_title(list_json(tmp_path, capsys, {"discord/talks.md": DISCORD}))
    assert set(items) == {"Async drop, finally"}
    talk = items["Async drop, finally"]
    assert talk["speakers"] == ["Marie Dubois"] and talk["date"] == "2025-09-26"
    assert [e["author"] for e in talk["entries"]] == ["jon"]
