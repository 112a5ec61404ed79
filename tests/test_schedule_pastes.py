"""A conference schedule pasted into a note, one line per slot, with the writer's notes under
the talks they went to; and a newsletter issue's talk blurbs. A slot with notes is a talk of
the day by the writer, a slot without notes (the rest of the program) and a break are not; a
blurb is a talk, the issue's intro, sponsors, jobs and upcoming events are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import item_of_line, items_by_title, line_of, list_json
from summit_tui.corpus.schedule_paste import schedule_parts

PIPES = """\
# AWS Summit Seoul 2024 1일차 (5/16 목)

09:00 | 코엑스 로비 | 등록 및 입장
10:00 | 그랜드볼룸 | 키노트: 생성형 AI로 다시 쓰는 클라우드 - 정세린
  - 올해 키워드는 에이전트
  - 보험 청구 심사 3일 → 4시간
11:00 | 트랙 A | Amazon Bedrock으로 사내 검색 만들기 - 김하준
11:00 | 트랙 B | EKS 비용 40% 줄인 이야기 - 이수아
  - 스팟 비중 70%까지
12:00 | - | 점심
  - 도시락 줄 엄청 김
17:00 | 그랜드볼룸 | 경품 추첨 및 폐회
"""

DOTS = """\
# Summit day 2 — Friday, May 17

09:30 · Hall A · Builders' Keynote: 10 years of serverless (Emma Clarke)
    Lambda turned 10 this year.

    - cold starts down ~90% since 2019
11:00 · Track 1 · Building a data mesh on AWS (Tom Becker)
11:00 · Track 2 · Observability on a budget (Ravi Menon)
    - keep 100% of errors and 5% of the rest
12:00 · Lunch
"""

LIST = """\
# 둘째 날 메모

- 09:30 [메인홀] 빌더스 키노트: 서버리스 10년 / Emma Clarke
  - 람다 10주년 회고
- 11:00 [트랙 1] 데이터 메시 구축기 / Tom Becker
- 12:00 점심
- 13:00 [트랙 3] S3 데이터 레이크 거버넌스 / 최지안
  - 컬럼 단위 태그
엑스포에서는 스티커만 받아옴
"""

ISSUE = """\
---
subject: "Cloud Digest #17: AWS Summit Seoul 2024"
publish_date: 2024-05-24T09:00:00Z
---

Hi everyone, two of us went to AWS Summit Seoul 2024 (May 16–17).

## Talks we liked

**[Rewriting the cloud with generative AI](https://x.io/k)** — *Jung Serin*, Thursday keynote.
Agents are the word of the year.

**Observability on a budget** — *Ravi Menon*, Friday.
Keep every error, sample the rest.

## Jobs

- **Platform engineer**, remote. [Apply](https://example.com/jobs/9)

## Upcoming events

- re:Invent 2024, December
"""


def _talks(body: str) -> list[tuple[str, tuple[str, ...], int, int]]:
    parts = schedule_parts(body)
    assert parts is not None
    return [(p.title, p.speakers, p.start + 1, p.end) for p in parts]


def test_a_pasted_schedules_slots_with_notes_are_talks() -> None:
    assert _talks(PIPES) == [
        ("생성형 AI로 다시 쓰는 클라우드", ("정세린",), 4, 6),
        ("EKS 비용 40% 줄인 이야기", ("이수아",), 8, 9),
    ]  # the slot without notes, lunch with a note, registration and the closing are not


def test_slots_written_with_dots_or_as_a_list() -> None:
    assert [t[:3] for t in _talks(DOTS)] == [
        ("Builders' Keynote: 10 years of serverless (Emma Clarke)", ("Emma Clarke",), 3),
        ("Observability on a budget (Ravi Menon)", ("Ravi Menon",), 8),
    ]
    assert _talks(DOTS)[0][3] == 6  # the blank line between two notes of one slot
    assert _talks(LIST) == [
        ("빌더스 키노트: 서버리스 10년", ("Emma Clarke",), 3, 4),
        ("S3 데이터 레이크 거버넌스", ("최지안",), 7, 8),
    ]


def test_list_gives_each_noted_slot_the_notes_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"AWS Summit Seoul 2024/day1.md": PIPES})
    items = items_by_title(data)
    assert set(items) == {"생성형 AI로 다시 쓰는 클라우드", "EKS 비용 40% 줄인 이야기"}
    assert {item["date"] for item in items.values()} == {"2024-05-16"}
    lines = item_of_line(data)
    assert lines[line_of(PIPES, "11:00 | 트랙 A")] is None  # the program's slot: context


def test_a_newsletters_blurbs_are_talks_on_the_days_they_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert [t[:2] for t in _talks(ISSUE.split("---\n", 2)[2])] == [
        ("Rewriting the cloud with generative AI", ("Jung Serin",)),
        ("Observability on a budget", ("Ravi Menon",)),
    ]
    data = list_json(tmp_path, capsys, {"digest/17.md": ISSUE})
    items = items_by_title(data)
    assert items["Rewriting the cloud with generative AI"]["date"] == "2024-05-16"
    assert items["Observability on a budget"]["date"] == "2024-05-17"
    lines = item_of_line(data)
    assert lines[line_of(ISSUE, "## Jobs")] is None
    assert lines[line_of(ISSUE, "Hi everyone")] is None


@pytest.mark.parametrize(
    "body",
    [
        # a schedule nobody wrote notes under: read as any other note
        "09:00 | Hall | Registration\n10:00 | Hall | Keynote - Ann Lee\n11:00 | A | Talk - Bo\n",
        # time-led lines of a plain-text note, their text not indented
        "10:30 - Opening keynote\ntext\n\n11:30 - Second talk\ntext\n\n13:00 - Third\ntext\n",
        # one blurb is no newsletter
        "**Title** — *Ann Lee*, Saturday.\nText.\n\n## Jobs\n\n- one\n",
    ],
)
def test_notes_that_are_no_pasted_schedule_or_newsletter(body: str) -> None:
    assert not schedule_parts(body)


WEB_COPY = """\
# AWS Summit Seoul — Thursday (copied the agenda from the site)

09:00
Registration

10:00
KEYNOTE
Rewriting the cloud with generative AI
Jung Serin
Grand Ballroom
  - agents everywhere

11:00
Building internal search with Amazon Bedrock
Kim Hajun · Track A
Serverless event patterns
Oh Taemin · Track B
  >> went to this one
  - idempotency key on every consumer
Multi-account security automation
Yoon Gaeun · Track C

13:30
EKS 비용 40% 줄인 이야기 — 이수아 — Track B
SageMaker로 추천 모델 서빙하기 — 한지우 — Track A

>> Went to the EKS one
- spot up to 70%

17:00
Closing & prize draw
Grand Ballroom
  → won a T-shirt

TODO:
- [ ] watch the Bedrock video
"""


def test_a_schedule_copied_from_a_web_page_with_notes_under_the_talks_attended() -> None:
    assert _talks(WEB_COPY) == [
        # a slot of one talk: its time is the talk's too
        ("Rewriting the cloud with generative AI", ("Jung Serin",), 6, 11),
        # several tracks: the one with notes under it, from its title
        ("Serverless event patterns", ("Oh Taemin",), 16, 19),
        # notes after ">> Went to the EKS one": the listing line and the notes, apart
        ("EKS 비용 40% 줄인 이야기", ("이수아",), 24, 24),
        ("EKS 비용 40% 줄인 이야기", ("이수아",), 27, 28),
    ]  # the closing with a note under it is no talk; the TODO list is no slot's


def test_a_went_to_line_names_a_talk_of_its_slot_by_a_word_of_its_title() -> None:
    slot = (
        "10:00\nAlpha talk — Ann Lee — Room 1\nBeta talk — Bo Kim — Room 2\n\n"
        ">> fui a la de beta\n- x\n"
    )
    body = slot + "\n11:00\nGamma — Cy Dee\n\n12:00\nLunch\n"
    assert [t[0::2] for t in _talks(body)] == [("Beta talk", 3)]  # to the end of its notes
    unsure = body.replace(">> fui a la de beta", ">> went to one of them")
    assert not schedule_parts(unsure)  # which one is not said: no talk is guessed


def test_check_does_not_call_the_program_around_the_noted_talks_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from summit_tui import cli

    notes = tmp_path / "notes" / "AWS Summit Seoul 2024"
    notes.mkdir(parents=True)
    (notes / "thursday.md").write_text("Author: Mina\n\n" + WEB_COPY, encoding="utf-8")
    capsys.readouterr()
    cli.main(["check", "--notes", str(tmp_path / "notes")])
    said = capsys.readouterr().out
    assert "reads like a talk" not in said and "are unsorted" not in said
