"""`check` on notes whose talks were not found (issue 14): a note wholly or mostly unsorted that
holds talks in lines not read as talks (bold lines in a report with headings of its own, HTML
headings, chat messages naming a talk) is a warning naming those lines, with the file, the line
and advice that fits the shape; a note that holds no talk (an index, a parent page of links, a
trip's arrangements, a how-to post) is not a warning."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from factories import entry, note
from summit_tui import cli
from summit_tui.corpus.checks import note_warnings
from summit_tui.corpus.model import EntryKind, Problem


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> str:
    notes = tmp_path / "notes"
    for name, text in files.items():
        (notes / name).parent.mkdir(parents=True, exist_ok=True)
        (notes / name).write_text(text, encoding="utf-8")
    capsys.readouterr()
    cli.main(["check", "--notes", str(notes)])
    return capsys.readouterr().out


def lost(path: str, body: str) -> list[Problem]:
    """What check says of a note whose one entry, all of it, was left unsorted (whatever the
    readers of such notes make of it today: this is what check says when they miss)."""
    whole = replace(entry(body, note=path, title=path), kind=EntryKind.OTHER)
    found = note_warnings([note(path, "Ann", body)], [whole], lambda _: None)
    return [p for p in found if "read like talks" in p.message]


def warnings_of(out: str, path: str) -> list[str]:
    """The problem lines of ``out`` about the notes whose path starts with ``path``."""
    return [line.strip() for line in out.splitlines() if line.strip().startswith(path)]


REPORT = """\
**하버콘 2025 참석 결과 보고**

| 구분 | 내용 |
|------|------|
| 행사명 | 하버콘 2025 |
| 일시 | 2025. 9. 12.(금) |

# 1. 개요

- 팀 과제와 관련된 세션 위주로 참석함

# 2. 주요 세션 내용

**가. 스트리밍 조인 다시 보기 (베르그, 데이터플랫폼팀)**

- 파티션마다 워터마크

**나. 새벽 세 시의 스키마 마이그레이션 (이조안, 결제팀)**

- expand, migrate, contract

# 3. 시사점

- 정산 배치에 적용 검토
"""


def test_bold_talk_lines_in_a_report_with_headings_are_named() -> None:
    (warning,) = lost("보고서/하버콘_참석결과보고.md", REPORT)
    line = REPORT.split("\n").index("**가. 스트리밍 조인 다시 보기 (베르그, 데이터플랫폼팀)**") + 1
    assert (warning.path, warning.line) == ("보고서/하버콘_참석결과보고.md", line)
    assert warning.message.startswith("2 bold line(s) inside unsorted parts of this note")
    assert "'가. 스트리밍 조인 다시 보기 (베르그, 데이터플랫폼팀)'" in warning.message
    assert "a heading per talk (`### Title (Speaker)`) makes each a talk" in warning.action


HTML_POST = """\
---
title: "[컨퍼런스] 하버콘 2025 참석 후기"
date: 2025-09-14
---

<p>올해도 하버콘 2025에 다녀왔다.</p>
<h3 data-ke-size="size23">1. 스트리밍 조인 다시 보기</h3>
<p data-ke-size="size16">발표: 베르그 (데이터플랫폼팀)</p>
<ul><li>파티션마다 워터마크</li></ul>
<h3 data-ke-size="size23">2. 기조연설 - 유지보수자는 인프라다</h3>
<p data-ke-size="size16">발표: Ines Duarte</p>
<ul><li>행정 일이 프로젝트를 죽인다</li></ul>
<h3 data-ke-size="size23">마치며</h3>
<p>내년에도 가야지</p>
"""

HOW_TO = """\
---
title: 새 노트북 초기 세팅 정리
date: 2025-09-20
---

<h3>1. 기본 설정</h3>
<p>트랙패드 속도부터</p>
<h3>2. 설치한 것들</h3>
<ul><li>터미널, 에디터</li></ul>
"""


def test_html_headings_of_talks_are_named_and_a_how_to_posts_are_not() -> None:
    (warning,) = lost("posts/harborcon.md", HTML_POST)
    assert warning.line == 7  # the first <h3>
    assert warning.message.startswith("2 HTML heading(s)")
    assert "'1. 스트리밍 조인 다시 보기', '2. 기조연설 - 유지보수자는 인프라다'" in warning.message
    assert "a Markdown heading per talk" in warning.action
    assert lost("posts/setup.md", HOW_TO) == []


CHAT = """\
# #conf-harborcon

## 2025년 9월 12일 금요일

**Ana** 오전 10:04
🧵 [키노트] 유지보수자는 인프라다 - Ines Duarte
> **Ana** 오전 10:11
> 행정 일이 프로젝트를 죽인다

**Bo** 오후 2:02
[세션] 스트리밍 조인 다시 보기 / 베르그
> 파티션마다 워터마크

**Ana** 오후 6:30
다들 수고하셨어요
"""


def test_chat_messages_naming_talks_are_named() -> None:
    (warning,) = lost("slack/conf-harborcon.md", CHAT)
    assert warning.line == 6
    assert warning.message.startswith("2 chat line(s)")
    assert "'[키노트] 유지보수자는 인프라다 - Ines Duarte'" in warning.message
    assert "a heading per talk (`## Title - Speaker`) makes each a talk" in warning.action


PARENT_PAGE = """\
# HarborConf 2025 참관기

## 참석자

| 이름 | 관심 트랙 |
| --- | --- |
| 김도윤 | Data |

## 페이지

[Day 1 — 9월 12일 (금)](HarborConf%202025/Day%201.md)

[Day 2 — 9월 13일 (토)](HarborConf%202025/Day%202.md)

## 팀에 공유할 것

- [ ] 워터마크 정리 — 도윤
"""

DAY_ONE = """\
# Day 1 — 9월 12일 (금)

## 스트리밍 조인 다시 보기 (베르그)

- 파티션마다 워터마크

## 유지보수자는 인프라다 (Ines Duarte)

- 행정 일
"""

ROOM = """\
---
title: HarborConf 2025 Day 2 R2 共筆
---

# HarborConf 2025 Day 2 @ R2 共筆

## 11:00 串流 join 不再痛苦 / 貝湯瑪

- watermark

## 12:00 午餐

## 15:00（講者臨時取消）

改成自由交流

## 16:00 結束後

大家都去看閃電秀了
"""


def test_pages_that_hold_no_talk_are_no_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = check(
        tmp_path,
        capsys,
        {
            "HarborConf 2025 참관기.md": PARENT_PAGE,
            "HarborConf 2025/Day 1.md": DAY_ONE,
            "rooms/R2-Day2.md": ROOM,
        },
    )
    parent = warnings_of(out, "HarborConf 2025 참관기.md")
    assert [w for w in parent if "nothing in this note is in an item" in w] == [
        next(w for w in parent if "nothing in this note" in w)
    ]
    assert all(": info: " in w for w in parent if "nothing in this note" in w)
    assert not [w for w in warnings_of(out, "rooms/R2-Day2.md") if "unsorted" in w]


ONE_TALK_WITH_ANOTHER = """\
---
title: Typing at scale
speakers: [Arjun Mehta]
event: PyCon US 2024
date: 2024-05-17
---

# Typing at scale

- mypy strict

## Free-threaded Python — Sofia Lindqvist

- no GIL
"""


def test_a_talk_folded_into_a_note_that_names_one_speaker_gets_advice_that_fits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = check(tmp_path, capsys, {"typing.md": ONE_TALK_WITH_ANOTHER})
    (folded,) = [w for w in warnings_of(out, "typing.md:12") if "folded" in w]
    assert "'Free-threaded Python — Sofia Lindqvist'" in folded
    # a title naming the event would not help: `speakers:` makes the note one talk
    assert "`speakers:`" in folded and "a note of its own per talk" in folded
    assert "# EVENT Day 2" not in folded


def test_check_does_not_advise_a_title_naming_the_event_when_the_title_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = (
        "# KubeCon NA 2024: Karpenter at scale\n\n- consolidation budgets\n\n"
        "## Session 2 — Bob Stone\n\n- Gateway API\n"
    )
    out = check(tmp_path, capsys, {"kubecon.md": body})
    (folded,) = [w for w in warnings_of(out, "kubecon.md:") if "folded" in w]
    assert "'Session 2 — Bob Stone'" in folded
    assert "# EVENT Day 2" not in folded
    assert "the title names the event already" in folded
    untitled = "# Karpenter at scale\n\n- budgets\n\n## Session 2 — Bob Stone\n\n- x\n"
    out = check(tmp_path / "b", capsys, {"karpenter.md": untitled})
    assert all("names the event already" not in w for w in warnings_of(out, "karpenter.md:"))
