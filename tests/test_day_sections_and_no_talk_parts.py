"""How a note splits into talks, booths and parts about no talk (issue 14, the seventh batch's
shapes, in notes of our own):

- a personal note whose day headings (`## Saturday`, `## 土曜日`) sit over `### Title — Speaker`
  talk headings is a day section per day and a talk per heading, with a booth per bullet
  under `### Community booths` (`- **Name** — …`);
- an index page's rules, a day heading over a schedule table and a `###### tags:` line; a
  room note's cancelled slot and the time after its last talk; a job fair, a to-do list, a
  newsletter's "Also in this issue" and a hub's "Want to watch later"; a travel note and a
  volunteer's diary are about no talk;
- a note about one talk whose speaker is named only in its first sentence ("Name, Saturday
  13:45.") is that talk; a journal's `## Keynote - Name, "Title"` is a talk by that speaker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factories import item_of_line, line_of, list_items, list_json
from summit_tui.corpus.heading_kinds import (
    generic_heading,
    only_a_day,
    quoted_after_name,
    speaker_in_heading,
    talk_title,
)


def _kinds(data: dict[str, Any]) -> dict[str, str]:
    return {
        item["title"]: item["kind"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }


VISITOR = """\
---
title: "Mira @ HarborConf 2025"
tags: conferences
---

# My first HarborConf (Lisbon, Sep 12–13 2025)

Notes from two long days; written up on the plane.

## Saturday

### Opening keynote — Ines Duarte, "Maintainers are infrastructure"

- projects die of admin work, not of missing code
- fund the boring parts first

### Streaming joins without tears — Tomas Berg

- watermarks per partition, never global
- late data goes to a side table

### Community booths

The hall had communities rather than vendors. I stopped at:

- **OpenStreetMap PT** — mapping party sign-up, stickers
- **Python Lisboa** — next meetup in October
- **Rust Iberia** — a quiz for a T-shirt

### Evening

Dinner by the river.

## Sunday

### Schema migrations at 3 a.m. — Joana Reis

- expand, migrate, contract; never rename in place

### Lunch

Grilled sardines.

## Takeaways

- next year: bring a second battery
"""


def test_day_headings_over_talk_headings_are_days_with_a_talk_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"mira-harborconf.md": VISITOR})
    at = item_of_line(data)
    assert at[line_of(VISITOR, "### Opening keynote")] == "Maintainers are infrastructure"
    assert at[line_of(VISITOR, "### Streaming joins")] == "Streaming joins without tears"
    assert at[line_of(VISITOR, "### Schema migrations")] == "Schema migrations at 3 a.m."
    # a booth per bullet, named by its bold name; the heading and its intro are no booth
    assert at[line_of(VISITOR, "- **OpenStreetMap PT**")] == "OpenStreetMap PT"
    assert at[line_of(VISITOR, "- **Python Lisboa**")] == "Python Lisboa"
    assert at[line_of(VISITOR, "- **Rust Iberia**")] == "Rust Iberia"
    assert at[line_of(VISITOR, "### Community booths")] is None
    for aside in ("### Evening", "### Lunch", "## Takeaways"):
        assert at[line_of(VISITOR, aside)] is None, aside
    items = {i["title"]: i for i in list_items(tmp_path, capsys, {"mira-harborconf.md": VISITOR})}
    assert items["Maintainers are infrastructure"]["speakers"] == ["Ines Duarte"]
    assert items["OpenStreetMap PT"]["kind"] == "booth"
    # Saturday's talks and booths on one day, Sunday's on the next
    saturday = items["Streaming joins without tears"]["date"]
    assert items["Rust Iberia"]["date"] == saturday
    assert items["Schema migrations at 3 a.m."]["date"] != saturday


TAGESNOTIZ = """\
---
title: Meine Notizen zur Hafenkonferenz 2025
---

# Hafenkonferenz 2025

## Freitag, 12.9.

### Verteilte Caches richtig invalidieren — Lena Vogt

- TTL allein reicht nicht, Versionsnummern pro Schlüssel

### Observability ohne Budget — Karl Brandt

- Sampling am Rand, nicht im Collector

## Samstag, 13.9.

### Rust im Embedded-Alltag — Mia Schulz

- no_std zuerst, dann Allokator
"""


def test_german_weekday_sections_over_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    at = item_of_line(list_json(tmp_path, capsys, {"hafen.md": TAGESNOTIZ}))
    assert (
        at[line_of(TAGESNOTIZ, "### Verteilte Caches")] == "Verteilte Caches richtig invalidieren"
    )
    assert at[line_of(TAGESNOTIZ, "### Observability")] == "Observability ohne Budget"
    assert at[line_of(TAGESNOTIZ, "### Rust im")] == "Rust im Embedded-Alltag"


INDEX_PAGE = """\
---
title: HarborConf 2025 共筆
tags: HarborConf2025, 共筆
---

# HarborConf 2025 共筆

> **時間**：2025/9/12（五）~ 9/13（六）

## 共筆規則 / Rules

1. 請尊重講者
2. 投影片連結貼在最上方

## 9/12（五）Day 1

| 時間 | R1 | R2 |
| --- | --- | --- |
| 10:00 | [開幕：維護者就是基礎建設](/@harbor/k1) | |
| 11:00 | | [串流 join 不再痛苦](/@harbor/r2a) |

## 9/13（六）Day 2

| 時間 | R1 | R2 |
| --- | --- | --- |
| 10:00 | [凌晨三點的資料庫遷移](/@harbor/r1b) | |

###### tags: `HarborConf2025` `共筆`
"""


def test_an_index_page_of_rules_and_schedule_tables_holds_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"HarborConf 2025 共筆.md": INDEX_PAGE})
    assert _kinds(data) == {}
    assert {e["line"] for e in data["unsorted"]} >= {
        line_of(INDEX_PAGE, "## 共筆規則"),
        line_of(INDEX_PAGE, "## 9/12"),
        line_of(INDEX_PAGE, "## 9/13"),
        line_of(INDEX_PAGE, "###### tags"),
    }


ROOM_NOTE = """\
---
title: HarborConf 2025 Day 2 R2 共筆
---

# HarborConf 2025 Day 2 @ R2 共筆

> 9/13（六）R2 一整天共用這份共筆

## 11:00 串流 join 不再痛苦 / 貝湯瑪

- watermark 要每個 partition 各自算

## 12:00 午餐 🍱

午休

## 14:00 凌晨三點的資料庫遷移 / 雷喬安娜

- expand、migrate、contract

## 15:00（講者臨時取消）

原本是另一場，講者生病取消，改成自由交流

## 16:00 結束後

大家都去看閃電秀了
"""


def test_a_room_notes_cancelled_slot_and_the_time_after_its_talks_are_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"rooms/R2-Day2.md": ROOM_NOTE})
    # the two talks (how " / 講者" is read is the speakers' business, not this test's)
    assert sorted(title[:4] for title in _kinds(data)) == ["串流 j", "凌晨三點"]
    at = item_of_line(data)
    assert at[line_of(ROOM_NOTE, "## 15:00")] is None
    assert at[line_of(ROOM_NOTE, "## 16:00")] is None


DAY_PAGE = """\
---
title: Sunday + sprints
tags:
  - conferences
---

Last day of talks at HarborConf 2025.

## Schema migrations at 3 a.m. (Joana Reis)

- expand, migrate, contract

## Expo hall

- **Grafana booth** - adaptive metrics demo
- **Sentry** - stickers and a profiling demo
- **Fly.io** — free credits

## Job fair

Walked around for twenty minutes.

## Sprints (Monday)

- fixed two strings in a docs translation

## Things to try at work

- [ ] expand/contract for the billing tables
- [x] sampling at the edge
"""


def test_booth_bullets_under_an_expo_heading_and_asides_after_the_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"HarborConf 2025/Sunday + sprints.md": DAY_PAGE})
    kinds = _kinds(data)
    assert kinds == {
        "Schema migrations at 3 a.m.": "session",
        "Grafana": "booth",
        "Sentry": "booth",
        "Fly.io": "booth",
    }
    at = item_of_line(data)
    for aside in ("## Job fair", "## Sprints", "## Things to try"):
        assert at[line_of(DAY_PAGE, aside)] is None, aside


NEWSLETTER = """\
---
title: "#12: Three talks from HarborConf 2025"
post_date: 2025-09-20T08:00:00Z
---

Hi all, back from Lisbon. HarborConf 2025 ran September 12–13.

### 1. Maintainers are infrastructure

*Ines Duarte — Saturday keynote*

Projects die of admin work.

### 2. Streaming joins without tears

*Tomas Berg — Saturday afternoon*

Watermarks per partition.

### Also in this issue

- my tooling rewrite
- next issue: the usual roundup
"""

HUB = """\
---
title: HarborConf 2025
---

## Logistics

- Centro de Congressos, Lisbon

## Talks I took notes on

- [[conf.harborconf-2025.streaming-joins]] (Sat)
- Sunday keynote + migrations: see [[daily.journal.2025.09.13]]

## Want to watch later

- Rust on microcontrollers (missed it)
"""


def test_a_newsletters_closing_and_a_hubs_lists_are_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path, capsys, {"posts/12.three-talks.md": NEWSLETTER, "conf.harborconf-2025.md": HUB}
    )
    assert set(_kinds(data)) == {"Maintainers are infrastructure", "Streaming joins without tears"}


TRAVEL = """\
---
title: Hotel and travel
tags:
  - travel
---

Flight: LHR -> LIS Thu Sep 11, 07:05, back Sun Sep 14
Hotel: Rua Augusta, 4 nights
"""

VOLUNTEER = """\
---
title: "第一次當 HarborConf 志工：議程組的一天"
date: 2025-09-28
tags: ["HarborConf", "志工"]
---

這篇補記一下第一天早上在議程組幫忙的經驗。

## 報到

早上七點半到會場，領了工作人員 T 恤。

## 學到的事

- 水要多喝
"""

TALK = """\
---
title: Streaming joins without tears
date: 2025-09-12
---

## Streaming joins without tears — Tomas Berg

- watermarks per partition
"""


def test_a_travel_note_and_a_volunteers_diary_are_no_sessions_and_shift_no_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path,
        capsys,
        {
            "HarborConf 2025/Hotel and travel.md": TRAVEL,
            "HarborConf 2025/volunteer/index.md": VOLUNTEER,
            "HarborConf 2025/streaming.md": TALK,
        },
    )
    assert [i["title"] for i in items] == ["Streaming joins without tears"]
    assert items[0]["date"] == "2025-09-12"


ONE_TALK = """\
---
title: Property tests in the Real World
updated: 1757766300000
---

Yuki Sato, Saturday 13:45. [[conf.harborconf-2025]]

- round-trip and "never raises" first
- the example database is checked in
"""

JOURNAL = """\
---
title: '2025-09-13'
---

HarborConf day 2. Two coffees before nine.

## Keynote - Alan Brightwater, "Teaching Python, ten years on"

- autograders, then LLM assistants

## 기조연설 - 김도윤, "검색의 미래"

- 하이브리드 검색

## Other

- called home
"""


def test_a_speaker_named_in_the_first_sentence_and_a_quoted_title_after_the_speaker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path,
        capsys,
        {
            "HarborConf 2025/property-tests.md": ONE_TALK,
            "journal/daily.journal.2025.09.13.md": JOURNAL,
        },
    )
    by_title = {i["title"]: i for i in items}
    assert by_title["Property tests in the Real World"]["speakers"] == ["Yuki Sato"]
    assert by_title["Teaching Python, ten years on"]["speakers"] == ["Alan Brightwater"]
    assert by_title["검색의 미래"]["speakers"] == ["김도윤"]
    assert "Other" not in by_title


@pytest.mark.parametrize(
    "heading",
    [
        "8/3（六）Day 1",
        "9/13（土）",
        "11월 5일（화）",
        "星期六 Day 2",
        "Saturday",
        "土曜日",
        "8月3日（土）",
        "Samedi 12 octobre",
        "Sábado 12 de octubre",
        "Tag 2",
        "第一天",
    ],
)
def test_headings_that_are_only_a_day_in_several_languages(heading: str) -> None:
    assert only_a_day(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Saturday keynote",
        "Sun Microsystems",
        "8月3日 基調講演",
        "Friday deploys considered harmful",
    ],
)
def test_headings_that_name_more_than_a_day(heading: str) -> None:
    assert not only_a_day(heading)


BLOG_BOOTHS = """---
title: HarborConf 2025 心得
date: 2025-09-20
---

# HarborConf 2025 心得

## 9/12（五）

### 攤位

- **g0v 零時政府**：公民科技
- **SITCON**：學生社群
"""

VISITOR_BOOTHS = """---
title: My HarborConf 2025
---

## Friday, 12 September 2025

### Booths

- **g0v** — civic tech stickers
- **OSGeo** — map workshops
"""


def test_a_short_booth_name_and_the_same_name_with_its_translation_are_one_booth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path, capsys, {"blog/harborcon.md": BLOG_BOOTHS, "people/ana.md": VISITOR_BOOTHS}
    )
    booths = {i["title"]: len(i["entries"]) for i in items if i["kind"] == "booth"}
    assert sorted(booths.values()) == [1, 1, 2]
    assert booths.get("g0v 零時政府", booths.get("g0v")) == 2


@pytest.mark.parametrize(
    "heading",
    [
        "共筆規則 / Rules",
        "tags: `x` `y`",
        "15:00（講者臨時取消）",
        "14:00 — cancelled",
        "16:00 結束後",
        "Job fair",
        "Sprints (Monday)",
        "Things to try at work",
        "Also in this issue",
        "Want to watch later",
        "Hotel and travel",
    ],
)
def test_headings_about_no_talk(heading: str) -> None:
    assert generic_heading(heading) is not None


@pytest.mark.parametrize(
    "heading",
    [
        "Cancel culture in open source",
        "Job queues at scale",
        "How we work with Rust",
        "Travel booking on Kafka — Ana Lima",
    ],
)
def test_talk_headings_stay_talks(heading: str) -> None:
    assert generic_heading(heading) is None


def test_a_quoted_title_after_a_speaker_and_not_any_quote() -> None:
    assert quoted_after_name('Keynote — Ines Duarte, "Maintainers are infrastructure"') == (
        "Maintainers are infrastructure",
        "Ines Duarte",
    )
    assert talk_title("김도윤, 「검색의 미래」") == "검색의 미래"
    assert not speaker_in_heading('Why "fast" matters, "really"')
    assert quoted_after_name('Notes, "quoted"') is None


NEWSLETTER_DAYS = """\
---
title: "#13: Two talks from HarborConf 2025"
post_date: 2025-09-20T08:00:00Z
---

HarborConf 2025 ran Friday to Saturday, September 12–13.

### 1. Streaming joins without tears

*Tomas Berg — Friday afternoon*

Watermarks per partition.

### 2. Enseñar Python sin internet

*Valeria Rojas — Saturday afternoon, Charlas track (in Spanish)*

Everything runs offline.
"""

JOURNAL_SATURDAY = """\
---
title: '2025-09-13'
---

HarborConf day 2.

## Charlas: Valeria Rojas

- Raspberry Pi in the classroom
"""


def test_the_day_in_the_italic_line_under_a_talk_keeps_one_talk_on_one_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path,
        capsys,
        {
            "posts/13.two-talks.md": NEWSLETTER_DAYS,
            "journal/daily.journal.2025.09.13.md": JOURNAL_SATURDAY,
        },
    )
    by_speaker = {tuple(i["speakers"]): i for i in items}
    rojas = by_speaker[("Valeria Rojas",)]
    assert rojas["date"] == "2025-09-13"
    assert len(rojas["entries"]) == 2  # the post's and the journal's: one talk
    assert by_speaker[("Tomas Berg",)]["date"] == "2025-09-12"


TEAM_DAY = """\
# Day 3 — 2024년 12월 4일 (수)

## Keynote

### 도윤

- Bedrock 에이전트 협업

### 준호

- Nova 모델 데모

## 공통 — CTO 키노트 (KEY003)

- 분산 시스템 얘기

## 도윤

### SVS401 | Serverless at scale

- 콜드 스타트

## 준호

### CON402 | Karpenter at scale

- consolidation
"""

TEAM_DAY_TWO = """\
# Day 2 — 2024년 12월 3일 (화)

## 공통 — CEO 키노트 (KEY001)

- Aurora DSQL

## 도윤

### ARC401 | Cells at scale

- 셀 아키텍처

## 준호

### CON301 | EKS Auto Mode

- 노드 관리
"""

TALK_PARTS = """\
# Day 1 — 2024년 12월 2일 (월)

## Kubernetes at the edge (Ana Lima)

### Architecture

- one control plane per site

### Migration

- two clusters a week
"""


def test_a_keynote_written_up_by_two_colleagues_is_one_talk_with_an_entry_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path,
        capsys,
        {
            "reInvent 2024/Day 3.md": TEAM_DAY,
            "reInvent 2024/Day 2.md": TEAM_DAY_TWO,
            "reInvent 2024/Day 1.md": TALK_PARTS,
        },
    )
    by_title = {i["title"]: i for i in items}
    keynote = by_title["Keynote"]
    assert sorted(e["author"] for e in keynote["entries"]) == ["도윤", "준호"]
    # everyone's section: its title without "공통 —"; the two keynotes' codes keep them apart
    assert "CTO 키노트 (KEY003)" in by_title
    assert "CEO 키노트 (KEY001)" in by_title
    assert by_title["CTO 키노트 (KEY003)"]["date"] != by_title["CEO 키노트 (KEY001)"]["date"]
    # parts of a talk that look like names are not colleagues
    edge = by_title["Kubernetes at the edge"]
    # a day is no writer, nor is the event's folder ("reInvent 2024/")
    assert [e["author"] for e in edge["entries"]] == [""]
    assert "도윤" not in by_title and "Architecture" not in by_title


DASHED_BOOTHS = """\
---
title: DevConf 2025 day 1
date: 2025-06-12
---

## Keynote — Ann Lee

- things

## Booths

- JetBrains — free licences for students
- Red Hat - OpenShift demo, long queue
- Grafana: adaptive metrics
"""


def test_booth_bullets_named_before_a_dash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(tmp_path, capsys, {"devconf.md": DASHED_BOOTHS})
    assert sorted(i["title"] for i in items if i["kind"] == "booth") == [
        "Grafana",
        "JetBrains",
        "Red Hat",
    ]
