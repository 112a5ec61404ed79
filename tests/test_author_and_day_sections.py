"""Shared pages where each colleague writes a section under their own name, and day sections
inside a page of several days (issue 14): "## 민지" over "### K8S201 | Title" is the section one
person wrote, so the talks under it are entries and the name is no talk; "## 금요일 (11/14)" or
"## Freitag, 14.11." inside a page is a day, not a talk whose speaker is "금요일"; a party, the
sprints, a closing and a packing list are about no talk."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import days_by_title, item_of_line, line_of, list_items, list_json
from summit_tui.corpus.heading_kinds import (
    day_heading,
    generic_heading,
    names_people,
    section_author,
)

KO_DAY_ONE = """\
# KubeCon NA 2025 1일차 — 11월 11일 (화)

## 민지

### K8S201 | Gateway API in anger

- 연사: Rosa Delgado (Principal Engineer)
- HTTPRoute로 옮기는 데 석 달

### 오프닝 키노트

- 참석자 수 역대 최대

## 태현 + 유나

### OBS310 | eBPF profiling at fleet scale

- 연사: Ken Ito
- 오버헤드 1% 미만

### 오프닝 키노트

- 민지 정리 참고, 추가로 CNCF 졸업 프로젝트 발표
"""

KO_DAY_TWO = """\
# KubeCon NA 2025 2일차 — 11월 12일 (수)

## 민지

### SEC120 | Signing every image

- 연사: Hana Park
- cosign + 정책 엔진

## 태현 + 유나

오전엔 부스만 돌았음

### NET330 | Cilium mesh without sidecars

- 연사: Omar Haddad
"""


def test_a_colleagues_name_section_holds_talks_and_is_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"day1.md": KO_DAY_ONE, "day2.md": KO_DAY_TWO})
    items = {
        item["title"]: item
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }
    assert set(items) == {
        "K8S201 | Gateway API in anger",
        "오프닝 키노트",
        "OBS310 | eBPF profiling at fleet scale",
        "SEC120 | Signing every image",
        "NET330 | Cilium mesh without sidecars",
    }
    # the keynote both wrote up is one talk with two entries, each by the colleague whose
    # section holds it (side by side they are two authors), on the first day
    assert [e["author"] for e in items["오프닝 키노트"]["entries"]] == ["민지", "태현 + 유나"]
    assert [e["author"] for e in items["SEC120 | Signing every image"]["entries"]] == ["민지"]
    dates = days_by_title(data)
    assert dates["SEC120 | Signing every image"] == "2025-11-12"
    assert dates["오프닝 키노트"] == "2025-11-11"
    # a name section's own line is no talk, and the same name on two days merges nothing
    unsorted = {(e["note"], e["line"]) for e in data["unsorted"]}
    assert ("day2.md", line_of(KO_DAY_TWO, "## 태현")) in unsorted


EN_TEAM_DOC = """\
# PyCon US 2025 — Day 1 (May 16)

## Priya

### Keynote: Python in the browser, for real — Ana Costa

Packed hall.

### Rust extensions without tears

Speaker: Lukas Meyer

## Tom & Jess

### Typing at scale

Speaker: Wei Zhang

### Rust extensions without tears

Same as Priya's, we sat together.
"""


def test_an_english_team_doc_with_sections_by_person(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"pycon-day1.md": EN_TEAM_DOC})
    titles = item_of_line(data)
    text = EN_TEAM_DOC
    assert titles[line_of(text, "### Rust extensions")] == "Rust extensions without tears"
    assert titles[line_of(text, "### Typing")] == "Typing at scale"
    assert titles[line_of(text, "### Keynote")] is not None
    # Tom & Jess's copy of the Rust talk is the same item as Priya's
    second = [n for n, line in enumerate(text.split("\n"), 1) if line.startswith("### Rust")][1]
    assert titles[second] == "Rust extensions without tears"
    rust = next(
        item
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
        if item["title"] == "Rust extensions without tears"
    )
    assert [e["author"] for e in rust["entries"]] == ["Priya", "Tom & Jess"]
    assert "Priya" not in {t for t in titles.values() if t}
    assert "Tom & Jess" not in {t for t in titles.values() if t}


ONE_TOPIC = """\
---
title: "DevDays 2025 — Kubernetes"
date: 2025-03-04
---

## Kubernetes

### Architecture

Control plane, nodes.

### Demo

kind cluster on a laptop.
"""


def test_a_one_word_topic_heading_with_parts_is_not_a_persons_section(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"k8s.md": ONE_TOPIC})
    titles = item_of_line(data)
    # one talk: its "Architecture" and "Demo" parts are not talks of their own
    assert line_of(ONE_TOPIC, "### Architecture") not in titles
    assert line_of(ONE_TOPIC, "### Demo") not in titles


@pytest.mark.parametrize(
    ("heading", "people"),
    [
        ("민지", True),
        ("태현 + 유나", True),
        ("Priya", True),
        ("Tom & Jess", True),
        ("王磊", True),
        ("上午", False),  # the morning's talks, in Chinese
        ("总结", False),
        ("공통 — CEO 키노트 (KEY001)", False),
        ("Keynotes", False),
        ("Q&A", False),
        ("Day 2", False),
        ("목요일", False),
        ("Morning", False),
        ("Sprints", False),
        ("부스", False),
        ("Notes by Ana", True),
        ("Ana's notes", True),
        ("도윤의 메모", True),
        ("@kvz", True),
        ("@kvz.42 + Ana", True),  # a handle may hold digits and dots; a name holds neither
        ("**Ana** + Bo 👤", True),
        ("3. Ana", False),
        ("Ana (panel)", False),
        ("Dr. Ana Lima", False),
        ("Keynote notes", False),
        ("세션 정리", False),
        ("Frontend", False),  # a track over its talks, not a colleague
        ("백엔드", False),
    ],
)
def test_a_heading_that_only_names_people(heading: str, people: bool) -> None:
    assert names_people(heading) is people


FOUR_DAYS = """\
# DevSummit 2025 Day 4 — 11월 13일 (목) ~ 14일 (금)

## 목요일

### API10 | Versioning public APIs

- 연사: Sara Kim

## 금요일 (11/14)

### API20 | Rate limits that users like (민지)

- 연사: Ben Wu
"""


def test_a_weekday_with_its_date_inside_a_page_of_two_days_is_a_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path,
        capsys,
        {
            "day3.md": "# DevSummit 2025 Day 3 — 11월 12일 (수)\n\n## 민지\n\n### X | Y\n",
            "day4.md": FOUR_DAYS,
        },
    )
    dates = {item["title"]: item["date"] for item in items}
    assert "금요일" not in " ".join(dates)
    assert dates["API10 | Versioning public APIs"] == "2025-11-13"
    assert dates["API20 | Rate limits that users like (민지)"] == "2025-11-14"
    friday = next(i for i in items if i["title"].startswith("API20"))
    assert "금요일" not in friday.get("speakers", [])


@pytest.mark.parametrize(
    ("heading", "weekday"),
    [
        ("금요일 (12/6)", 4),
        ("Freitag, 6.12.", 4),
        ("周六", 5),
        ("土曜日 (9/28)", 5),
        ("Friday", 4),
    ],
)
def test_a_weekday_heading_with_numbers_is_that_day(heading: str, weekday: int) -> None:
    assert day_heading(heading) == f"weekday:{weekday}"


@pytest.mark.parametrize("heading", ["금요일 세션 정리", "Friday keynote", "Freitag ist Feiertag"])
def test_a_weekday_in_a_longer_heading_is_not_only_a_day(heading: str) -> None:
    assert day_heading(heading) is None


@pytest.mark.parametrize(
    "heading",
    ["re:Play 🎉", "Drinkup 🍻", "Sprints", "Conclusiones", "Party", "Fiesta de clausura"],
)
def test_parties_sprints_and_closings_are_no_talk(heading: str) -> None:
    assert generic_heading(heading) is not None


@pytest.mark.parametrize(
    "heading",
    ["🎉 Closing keynote", "Launch party tooling — Ann Lee 🎉", "Sprint planning at scale"],
)
def test_a_talk_with_a_party_emoji_or_word_stays_a_talk(heading: str) -> None:
    assert generic_heading(heading) is None


PACKING = """\
# 출장 준비물 & 체크리스트

## 출국 전

- [x] 호텔 예약
- [ ] 세션 예약

## 챙길 것

- 보조배터리
"""


def test_a_packing_list_is_about_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "KubeCon NA 2025/출장 준비물 & 체크리스트.md": PACKING,
            "KubeCon NA 2025/day1.md": KO_DAY_ONE,
        },
    )
    assert all(e["note"] != "KubeCon NA 2025/출장 준비물 & 체크리스트.md" for e in _linked(data))


def _linked(data: dict) -> list[dict]:
    return [
        entry
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
        for entry in item["entries"]
    ]


def test_a_page_of_colleagues_sections_has_no_guessed_author_to_tell(tmp_path: Path) -> None:
    from summit_tui.corpus.build import build_corpus

    (tmp_path / "day1.md").write_text(KO_DAY_ONE, encoding="utf-8")
    (tmp_path / "retro.md").write_text("# KubeCon NA 2025 1일차\n\n## 키노트 — Ann Lee\n\n- 좋음\n")
    problems = build_corpus(tmp_path).problems
    guessed = {p.path for p in problems if "no author given" in p.message}
    # every talk of day1.md is in a colleague's section; retro.md's is the guessed file name's
    assert guessed == {"retro.md"}


@pytest.mark.parametrize(
    ("heading", "author"),
    [
        ("👤 도윤", "도윤"),
        ("Notes by Ana Souza", "Ana Souza"),
        ("Jess’s notes", "Jess"),
        ("@kvz", "@kvz"),
    ],
)
def test_the_author_a_section_heading_gives(heading: str, author: str) -> None:
    assert section_author(heading) == author


def test_a_section_naming_the_speaker_or_a_note_naming_its_writer_gives_no_author(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    by_speaker = (
        "# GTC 2025 Day 1 — March 18\n\n## Jensen Huang\n\n### Accelerated computing\n\n"
        "- Speaker: Jensen Huang\n- Blackwell\n\n## Lisa Su\n\n### The AI era\n\n"
        "- Speaker: Lisa Su\n- MI350\n"
    )
    written = "---\nauthor: Kim Minji\n---\n" + KO_DAY_TWO
    data = list_json(tmp_path, capsys, {"gtc-day1.md": by_speaker, "day2.md": written})
    authors = {
        item["title"]: [e["author"] for e in item["entries"]]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }
    assert authors["Accelerated computing"] == [""]  # nothing names its writer
    assert authors["SEC120 | Signing every image"] == ["Kim Minji"]


def test_a_sections_author_survives_the_parse_cache(tmp_path: Path) -> None:
    from summit_tui.corpus.build import build_corpus

    notes, cache = tmp_path / "notes", tmp_path / "cache"
    notes.mkdir()
    (notes / "day1.md").write_text(KO_DAY_ONE, encoding="utf-8")
    cold = build_corpus(notes, cache_dir=cache)
    warm = build_corpus(notes, cache_dir=cache)
    assert [e.author for e in warm.entries] == [e.author for e in cold.entries]
    assert {"민지", "태현 + 유나"} <= {e.author for e in warm.entries}
