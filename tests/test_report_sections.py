"""Sections of trip reports, team docs and diaries: which heading is a talk, which is context."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factories import items_of, list_json, run_cli
from summit_tui.corpus.dates import find_dates
from summit_tui.corpus.diary_bullets import diary_bullets
from summit_tui.corpus.heading_kinds import day_heading, generic_heading, speaker_in_heading
from summit_tui.corpus.names import heading_title, split_title
from summit_tui.corpus.section_days import closing_day, schedule_day, schedule_rows
from summit_tui.corpus.speakers import label_names
from summit_tui.corpus.walk_booths import paragraph_booth, walk_heading


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("Workshop day (Fri 14 June)", "--06-14"),
        ("Tutorial days — Mon 8 July", "--07-08"),
        ("Sprint day: Sat 13 July", "--07-13"),
        ("Day 1 — Wed 10 July", "--07-10"),
        # a workshop's own title is a talk, whatever it says about days
        ("Workshop day planning for teams", None),
        ("Workshop: PyTorch for Thai OCR", None),
    ],
)
def test_a_day_named_after_what_it_holds_is_a_day(heading: str, day: str | None) -> None:
    assert day_heading(heading) == day


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        (
            "Keynote — Dr. Ines Carvalho: Python in the hospital lab",
            "Python in the hospital lab",
            "Dr. Ines Carvalho",
        ),
        ("Opening keynote: Jane Doe: Owning your data", "Owning your data", "Jane Doe"),
        # a colon inside the title is no speaker
        ("Keynote: Kotlin 2.0: what is new", "Kotlin 2.0: what is new", None),
    ],
)
def test_a_keynote_names_its_speaker_before_a_colon(
    heading: str, title: str, speaker: str | None
) -> None:
    assert heading_title(heading)[:2] == (title, speaker)
    assert speaker_in_heading(heading) == (speaker or "")


@pytest.mark.parametrize(
    "heading",
    [
        "Hallway track",
        "Watching the CTF finals",
        "La fiesta de la GSMA",
        "GSMA 파티",
        "🚩 CTF 결승 관전",
        "決勝観戦",
    ],
)
def test_time_between_talks_is_no_talk(heading: str) -> None:
    assert generic_heading(heading) == "break"


@pytest.mark.parametrize(
    "heading",
    ["Party tricks with Python", "Watching the watchers: observability at scale"],
)
def test_talk_titles_with_the_same_words_stay_talks(heading: str) -> None:
    assert generic_heading(heading) is None


def test_a_date_and_weekday_in_one_parenthesis_is_a_date() -> None:
    assert [d.partial() for d in find_dates("Raising in 2025 (10.16 수)")] == ["--10-16"]
    assert find_dates("v1.2 (3.5 수정)") == []


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("4. 한국관 부스 운영 (10.14 월)", "--10-14"),
        ("Booth tour (Tue 15 Oct)", "--10-15"),
        ("Python 3.13 (3.13t)", None),
        ("What's new in Kotlin (Jane Doe)", None),
    ],
)
def test_a_heading_closing_on_its_date_gives_its_day(heading: str, day: str | None) -> None:
    assert closing_day(heading) == day


_SCHEDULE = [
    "| 일자 | 내용 |",
    "|---|---|",
    "| 10.14(월) | 개막 키노트 청취, 한국관 부스 운영 |",
    "| 10.15(화) | 사이버보안 세션 청취, 바이어 미팅 3건 |",
    "| Wed 16 Oct | Open RAN session, two partner meetings |",
]


@pytest.mark.parametrize(
    ("title", "lead", "day"),
    [
        ("가. 개막 키노트: Sovereign AI (Dr. Layla Al-Mansouri)", "", "--10-14"),
        ("2) Open RAN in production — Tomasz Nowak", "Ministage 2.", "--10-16"),
        # a word shared with one row is not enough
        ("Keynote: the future of payments", "", None),
        ("Quantum-safe cryptography for banks", "", None),
    ],
)
def test_a_trip_reports_schedule_row_gives_its_sessions_day(
    title: str, lead: str, day: str | None
) -> None:
    assert schedule_day(schedule_rows(_SCHEDULE), title, lead) == day


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("가. 개막 키노트: Sovereign AI", "개막 키노트: Sovereign AI"),
        ("다. 스타트업 투자 패널", "스타트업 투자 패널"),
        ("(2) 통합 시험 자동화", "통합 시험 자동화"),
        ("③ 절전 모드 데모", "절전 모드 데모"),
        ("가나다 순서로 본 발표", "가나다 순서로 본 발표"),
    ],
)
def test_a_reports_enumeration_is_no_part_of_the_title(heading: str, title: str) -> None:
    assert split_title(heading)[0] == title


def test_a_name_and_its_stage_in_parentheses_after_a_korean_title_is_the_speaker() -> None:
    assert split_title("가. 개막 키노트: AI-native networks (Elena Ruiz, Hall 4 Auditorium)") == (
        "개막 키노트: AI-native networks",
        1,
        "Elena Ruiz",
    )


def test_a_titled_name_in_parentheses_after_a_korean_title_is_the_speaker() -> None:
    assert split_title("가. 개막 키노트: Sovereign AI (Dr. Layla Al-Mansouri)") == (
        "개막 키노트: Sovereign AI",
        1,
        "Layla Al-Mansouri",
    )


def test_a_panel_line_naming_cities_names_no_speaker() -> None:
    assert label_names("두바이·리야드 소재 VC 3명") == []
    assert label_names("서울·런던 소재 통신사 임원 3명") == []
    assert label_names("김민지, Priya Raman") == ["김민지", "Priya Raman"]


_DIARY = """# MWC 2025 diary
#expo2025 #work

Writing these on the train back every evening.

## Mon 3 Mar

- **Hall 4 Auditorium 10:00 — Opening keynote, Dr. Ana Silva, "Networks that run themselves"**: \
sites sleep at night, a quarter of the power saved.
- **Ministage 4 14:30 — Kenji Mori, satellite-to-phone messaging**: texts from orbit, 20 s delay.
- Hall 6, stand 6E30 — **Lumencell** (small cells). Live power readout on a screen.
- Hall 3 — queued for the robot demo, gave up.

## Tue 4 Mar

- **Ministage 2 09:30 — Piotr Zielinski, Open RAN in production**: tests took twice as long.
- Evening: team dinner.
"""


def test_an_expo_diarys_bullets_are_its_talks_and_booths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"expo diary.md": _DIARY})
    found = {
        (item["title"], tuple(item.get("speakers", ())), day["date"])
        for item, day in (
            (item, day)
            for event in data["events"]
            for day in event["days"]
            for track in day["tracks"]
            for item in track["items"]
        )
    }
    assert found == {
        ("Networks that run themselves", ("Ana Silva",), "2025-03-03"),
        ("satellite-to-phone messaging", ("Kenji Mori",), "2025-03-03"),
        ("Lumencell", (), "2025-03-03"),
        ("Open RAN in production", ("Piotr Zielinski",), "2025-03-04"),
    }
    unsorted = {(entry["line"], entry["heading"]) for entry in data["unsorted"]}
    assert (11, "Mon 3 Mar") in unsorted  # the robot demo queue
    assert (16, "Tue 4 Mar") in unsorted  # the dinner


def test_bullets_without_slots_or_booths_are_no_diary() -> None:
    lines = ["- **Tip**: bring a charger", "- **Food**: queues at noon", "- wifi was fine"]
    assert diary_bullets(lines, 0, 3) == []


_WALK = """---
title: Expo 2025 — booth walk
author: Dana Cole
date: 2025-03-04
---

My Tuesday afternoon walk through Halls 5 and 6. No talks today, just stands.

## Walking the halls (Tue 4 Mar)

NordRadio had the most practical thing I saw: a factory small cell, four bands in one box.

Lumencell from Finland was packed. Their staff had printed spec sheets.

Skylink Orbital showed a phone receiving a text from a satellite.

## Afterwards

Coffee at the press centre, then back to the hotel.
"""


def test_a_booth_walk_gives_a_booth_per_paragraph(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"walk.md": _WALK})
    booths = {item["title"] for item in items_of(data) if item["kind"] == "booth"}
    assert booths == {"NordRadio", "Lumencell", "Skylink Orbital"}


@pytest.mark.parametrize(
    ("heading", "walk"),
    [
        ("Walking the halls (Tue 4 Mar)", True),
        ("Expo hall tour", True),
        ("4. เดินดูบูธ", True),
        ("Walking through Kubernetes internals", False),
        ("Tour of the new API", False),
    ],
)
def test_a_walk_past_the_booths_is_told_by_its_heading(heading: str, walk: bool) -> None:
    assert walk_heading(heading) is walk


@pytest.mark.parametrize(
    ("paragraph", "booth"),
    [
        ("Skylink Orbital showed a phone receiving a text", "Skylink Orbital"),
        ("The queue went round the stand.", None),
        ("I went back to the hotel after that.", None),
        ("บูธ Thai Python Community แจกสติกเกอร์", "Thai Python Community"),
        ("อีกบูธที่แวะคือบูธรับสมัครงานของบริษัท fintech", "รับสมัครงานของบริษัท"),
    ],
)
def test_a_walks_paragraph_opens_with_its_booth(paragraph: str, booth: str | None) -> None:
    assert paragraph_booth(paragraph) == booth


def test_a_japanese_reports_parts_are_no_talks() -> None:
    assert generic_heading("1. 日程") == "intro"
    assert generic_heading("2. 聴講セッション") == "intro"
    assert generic_heading("4. 今後の対応") == "closing"
    assert split_title("(2) Open RAN in production（Tomasz Nowak、Ministage 2）") == (
        "Open RAN in production",
        2,
        "Tomasz Nowak",
    )


@pytest.mark.parametrize("heading", ["Follow-ups", "Action items", "할 일", "Afterwards"])
def test_what_to_do_after_is_no_talk(heading: str) -> None:
    assert generic_heading(heading) == "closing"


_SHARED_DOC = """Team notes — DevConf 2025

Shared doc for everyone who went. Put your name under what you wrote!

# Day 1 — Thu 12 June

## Free-threaded Python in practice — Jakub Novák

*Sofia (writing in English for the others)*

Pure-Python work scaled to six cores.

## Typing pandas code — Amir Haddad

*Marek*

Typed dataclasses at module borders.

## Rust in the kernel — Ana Lee

*Ana Lee*

The speaker's own name in italics is no signature.
"""


def test_a_shared_docs_section_is_by_the_colleague_who_signs_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"team/DevConf 2025 - team notes.md": _SHARED_DOC})
    authors = {
        item["title"]: {entry["author"] for entry in item["entries"]} for item in items_of(data)
    }
    assert authors == {
        "Free-threaded Python in practice": {"Sofia"},
        "Typing pandas code": {"Marek"},
        "Rust in the kernel": {""},  # unsigned: nobody's ("team/" is no person)
    }


def _events(data: dict) -> dict[str, set[str]]:
    return {
        event["title"]: {
            item["title"]
            for day in event["days"]
            for track in day["tracks"]
            for item in track["items"]
        }
        for event in data["events"]
    }


def test_a_conference_named_once_with_its_city_is_one_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "a.md": "# MWC 2025 notes\n\n## Open RAN in production — Tomasz Nowak\n\n"
        "Tuesday 4 March 2025, Ministage 2.\n\n- tests took twice as long\n",
        "b.md": "# Trip report: MWC Barcelona 2025\n\n## AI-native networks — Elena Ruiz\n\n"
        "Monday 3 March 2025, Hall 4.\n\n- sites sleep at night\n",
    }
    assert len(_events(list_json(tmp_path, capsys, files))) == 1


def test_another_citys_edition_months_apart_stays_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "a.md": "# MWC 2025 notes\n\n## Open RAN in production — Tomasz Nowak\n\n"
        "Tuesday 4 March 2025, Ministage 2.\n\n- tests took twice as long\n",
        "b.md": "# MWC Shanghai 2025\n\n## 5G-A in factories — Li Wei\n\n"
        "Wednesday 18 June 2025, Hall N1.\n\n- private networks\n",
    }
    assert len(_events(list_json(tmp_path, capsys, files))) == 2


def test_a_sections_signature_is_no_point_of_the_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blog = (
        "---\nauthor: Jun\n---\n\n# DevConf 2025, day 1 (12 June)\n\n"
        "## Typing pandas code — Amir Haddad\n\nDataclasses at the borders, frames inside.\n"
    )
    files = {"team/DevConf 2025 - team notes.md": _SHARED_DOC, "blog/day1.md": blog}
    data = list_json(tmp_path, capsys, files)
    (item,) = [item for item in items_of(data) if item["title"] == "Typing pandas code"]
    code, out, _ = run_cli(
        capsys, "compare", "--notes", str(tmp_path / "notes"), item["id"], "--json"
    )
    assert code == 0
    (column,) = [c for c in json.loads(out)["columns"] if c["author"] == "Marek"]
    kinds = {passage["text"]: passage["kind"] for passage in column["passages"]}
    assert kinds["Marek"] == "fact"
    assert kinds["Typed dataclasses at module borders."] != "fact"


@pytest.mark.parametrize(
    ("bullet", "read"),
    [
        ('**10:00 Opening keynote, Elena Ruiz, "AI-native networks"**: notes',
         ("talk", "AI-native networks", "Elena Ruiz")),
        ("**Main Stage 09:30: Opening keynote (Dr. Ana Silva)** — notes",
         ("talk", "Opening keynote", "Ana Silva")),
        ('**메인 스테이지 10:00 — 개막 키노트, 김민지, "에이전트의 시대"**: 메모',
         ("talk", "에이전트의 시대", "김민지")),
        ("Hall 9, stand H9-A30 — **SkyDrop** (drone delivery). Demo drone.",
         ("booth", "SkyDrop", "")),
        # a lunch at its time, an amount, a tip: no talk
        ("**12:30 Lunch**: paella by the stand", ("", "", "")),
        ("**Budget: 12.50 EUR lunch**: fine", ("", "", "")),
        ("**Tip 1: bring water**: the halls are hot", ("", "", "")),
    ],
)  # fmt: skip
def test_an_expo_diarys_bullet_is_read_as_a_talk_a_booth_or_neither(
    bullet: str, read: tuple[str, str, str]
) -> None:
    found = diary_bullets([f"- {bullet}"], 0, 1)
    got = (found[0].kind, found[0].title, found[0].speaker) if found else ("", "", "")
    assert got == read


_WORKSHOP_README = """# duckdb-ext-workshop

Materials for the **Building a DuckDB extension in Python** workshop, EuroPython 2024
(Tuesday 9 July 2024, 09:30–12:30).

## Setup

```bash
pip install -r requirements.txt
```

## Outline

1. The template repository
2. Type mapping through Arrow

---

## My notes (Marek)

- Strings are copied, numbers are not
- Prebuilt wheels saved the Windows users
"""


def test_a_workshops_repository_readme_is_that_workshop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"duckdb-ext-workshop/README.md": _WORKSHOP_README})
    items = [
        (item["title"], day["date"])
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    ]
    assert items == [("Building a DuckDB extension in Python", "2024-07-09")]
    assert data["unsorted"] == []


def test_a_meetup_titled_by_its_month_holds_its_one_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meetup = (
        "---\ntitle: Seoul Rust Meetup — March 2025\ndate: 2025-03-20\n---\n\n"
        "# Seoul Rust Meetup, March 2025\n\nThursday 20 March 2025, 19:30. About 30 people.\n\n"
        "Only one talk this month.\n\n## Async closures in practice — Mina Park\n\n"
        "- closures that borrow across awaits\n- the compiler errors got better\n\n"
        "Next meetup: April.\n"
    )
    data = list_json(tmp_path, capsys, {"meetup/march.md": meetup})
    titles = [item["title"] for item in items_of(data)]
    assert titles == ["Async closures in practice"]


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("| 출장자 | 네트워크사업부 박지훈 차장, 오하늘 주임 |", "박지훈"),
        ("| Traveller | Sam Whitfield (Partnerships) |", "Sam Whitfield"),
        ("| 出張者 | 海外営業部 佐藤 健 |", "佐藤 健"),
    ],
)
def test_a_trip_reports_summary_table_names_its_writer(
    row: str, author: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = (
        "# MWC 2025 trip report\n\n| | |\n|---|---|\n" + row + "\n| Dates | 3–6 March 2025 |\n\n"
        "## AI-native networks — Elena Ruiz\n\nMonday 3 March 2025.\n\n- sites sleep at night\n"
    )
    data = list_json(tmp_path, capsys, {"reports/report.md": report})
    authors = {entry["author"] for item in items_of(data) for entry in item["entries"]}
    assert authors == {author}
