"""Conference notes kept as a table, a row per talk, as Notion and Obsidian pages write them:
the talk, its speaker, often its time, and what the writer noted on it in a column of its own.
A note's text in, what ``summit-tui list --json`` says out."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import days_by_title, items_of, list_json


def _talks(data: dict) -> dict[str, tuple[list[str], str | None]]:
    """Each talk's title → (its speakers, its day's date)."""
    days = days_by_title(data)
    return {item["title"]: (item["speakers"], days[item["title"]]) for item in items_of(data)}


def test_a_korean_notion_table_with_a_memo_column_is_a_talk_per_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a row with an empty memo is still a talk the writer listed among the ones they saw
    data = list_json(
        tmp_path,
        capsys,
        {
            "devday.md": "# DevDay Seoul 2025 메모\n\n2025년 11월 14일, 코엑스. 오전만 들음.\n\n"
            "| 시간 | 세션 | 발표자 | 메모 |\n|------|------|--------|------|\n"
            "| 10:00 | 캐시 설계 다시 보기 | 김민수 | 확률적 조기 만료로 스탬피드 막음 |\n"
            "| 11:00 | Rust로 다시 쓴 결제 서버 | 이지은 | p99 40% 감소 |\n"
            "| 13:30 | 사내 LLM 플랫폼 운영기 | 박준호 | |\n\n점심은 별로였음.\n",
        },
    )
    assert _talks(data) == {
        "캐시 설계 다시 보기": (["김민수"], "2025-11-14"),
        "Rust로 다시 쓴 결제 서버": (["이지은"], "2025-11-14"),
        "사내 LLM 플랫폼 운영기": (["박준호"], "2025-11-14"),
    }


def test_a_table_whose_speaker_column_is_who_and_notes_are_takeaways_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "jsconf.md": "# JSConf EU 2025 notes\n\n| Session | Who | Takeaways |\n|---|---|---|\n"
            "| Signals everywhere | Ryan Park | signals ~ observables w/ auto tracking |\n"
            "| The state of bundlers | Maria Gomez | rolldown is fast, vite moves to it |\n"
            "| **Testing without mocks** | **Jo Kim** | fakes + in-memory adapters |\n",
        },
    )
    talks = _talks(data)
    assert {title: speakers for title, (speakers, _) in talks.items()} == {
        "Signals everywhere": ["Ryan Park"],
        "The state of bundlers": ["Maria Gomez"],
        "Testing without mocks": ["Jo Kim"],
    }


def test_japanese_and_german_headers_name_the_talk_speaker_and_notes_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a Japanese memo needs no spaces between its words to be the writer's notes
    data = list_json(
        tmp_path,
        capsys,
        {
            "tokyo.md": "# TechConf Tokyo 2025 参加メモ\n\n2025-10-18\n\n"
            "| 時間 | タイトル | 登壇者 | メモ |\n|---|---|---|---|\n"
            "| 10:00 | 大規模Goサービスの監視 | 佐藤 健 | OTelに全面移行 |\n"
            "| 11:00 | デザインシステムの育て方 | 鈴木 花子 | 棚卸しから始めるのが大事 |\n"
            "| 13:00 | 型安全なSQL | 高橋 誠 | sqlc良さそう |\n",
            "berlin.md": "# WebConf Berlin 2025\n\nNotizen vom ersten Tag (12.09.2025).\n\n"
            "| Uhrzeit | Thema | Sprecher | Notizen |\n|---|---|---|---|\n"
            "| 10:00 | Web Components heute | Anna Schulz | SSR über declarative shadow DOM |\n"
            "| 11:15 | Barrierefreiheit von Anfang an | Max Weber | axe in CI |\n",
        },
    )
    talks = _talks(data)
    assert talks["大規模Goサービスの監視"] == (["佐藤 健"], "2025-10-18")
    assert talks["型安全なSQL"] == (["高橋 誠"], "2025-10-18")
    assert talks["Web Components heute"] == (["Anna Schulz"], "2025-09-12")
    assert talks["Barrierefreiheit von Anfang an"] == (["Max Weber"], "2025-09-12")


def test_a_table_without_a_speaker_column_reads_the_speaker_from_the_title_cell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the lunch row is a break, no talk
    data = list_json(
        tmp_path,
        capsys,
        {
            "rustconf-day1.md": "# RustConf 2025 day 1\n\n| Time | Talk | Notes |\n|---|---|---|\n"
            "| 09:00 | Keynote: the next ten years | async traits stabilised, edition talk |\n"
            "| 10:30 | Embedded Rust on RISC-V — Ana Lima | ESP32-C3 demo, embassy |\n"
            "| 12:00 | Lunch | tacos |\n"
            "| 13:00 | Fearless refactoring (Tom Grey) | let the types guide it |\n",
        },
    )
    talks = {title: speakers for title, (speakers, _) in _talks(data).items()}
    assert talks == {
        "Keynote: the next ten years": [],
        "Embedded Rust on RISC-V": ["Ana Lima"],
        "Fearless refactoring": ["Tom Grey"],
    }


def test_an_index_table_linking_each_talk_to_its_own_note_is_no_talk_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a repo's front page: the notes column links to the talk's own file, written by "By"
    data = list_json(
        tmp_path,
        capsys,
        {
            "README.md": "# devconf-2025-notes\n\n| Day | Talk | Notes | By |\n|---|---|---|---|\n"
            "| Sat | Zero-copy parsing | [notes](sat/zero-copy.md) | @kvz |\n"
            "| Sun | Logical replication | [notes](sun/replication.md) | @lotte |\n",
            "sat/zero-copy.md": "# Zero-copy parsing\n\nDevConf 2025.\n\n- nom 8 is nice\n",
        },
    )
    entries = {
        (entry["note"], entry["heading"]) for item in items_of(data) for entry in item["entries"]
    }
    assert all(note != "README.md" for note, _ in entries)


def test_an_agenda_table_over_a_section_per_talk_keeps_the_sections_as_the_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the table's time cell is no second title: its speaker cell names each section's speaker
    data = list_json(
        tmp_path,
        capsys,
        {
            "pycon-kr.md": "# PyCon KR 2025 day 1\n\n| Time | Talk | Speaker | Notes |\n"
            "|---|---|---|---|\n| 10:00 | Async IO deep dive | Kim Doyun | see below |\n"
            "| 11:00 | Typing in practice | Lee Hana | see below |\n\n"
            "## Async IO deep dive\n\n- taskgroups are the way now\n\n"
            "## Typing in practice\n\n- Protocols over ABCs\n",
            "ifkakao.md": "# if(kakao) 2025 둘째 날\n\n| 시간 | 세션 | 발표자 |\n|---|---|---|\n"
            "| 10:00~10:40 | 메시지 저장소 이야기 | 김민수 |\n"
            "| 11:00~11:40 | 추천 모델 서빙 최적화 | 박지은 |\n\n"
            "## 메시지 저장소 이야기\n\n- 샤딩 키를 사용자 기준으로\n\n"
            "## 추천 모델 서빙 최적화\n\n- 배치 추론 + 캐시\n",
        },
    )
    found = {
        item["title"]: (item["speakers"], item["entries"][0]["line"]) for item in items_of(data)
    }
    assert found == {
        "Async IO deep dive": (["Kim Doyun"], 8),
        "Typing in practice": (["Lee Hana"], 12),
        "메시지 저장소 이야기": (["김민수"], 8),
        "추천 모델 서빙 최적화": (["박지은"], 12),
    }


@pytest.mark.parametrize("dash", ["—", "-"])
def test_a_daily_notes_linked_sessions_are_its_talks_whatever_dash_names_the_speaker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], dash: str
) -> None:
    # an Obsidian day page: "- [[Talk]] - Speaker" under "## Sessions", the notes nested under
    data = list_json(
        tmp_path,
        capsys,
        {
            "2025-11-14.md": "#daily #conference\n\nDay 1 of KubeCon NA 2025. Long queues.\n\n"
            f"## Sessions\n\n- [[Scaling etcd past 10k nodes]] {dash} Priya Raman\n"
            "  - compaction tuning matters more than disk\n"
            f"- [[Gateway API in production]] {dash} Tom Becker\n"
            "  - migrated from ingress-nginx in two quarters\n\n## Todo\n\n- send notes\n",
        },
    )
    assert _talks(data) == {
        "Scaling etcd past 10k nodes": (["Priya Raman"], "2025-11-14"),
        "Gateway API in production": (["Tom Becker"], "2025-11-14"),
    }


def test_a_korean_daily_notes_linked_sessions_with_tab_nested_notes_are_its_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "2025-11-14.md": "DevDay Seoul 2025 첫째 날.\n\n## 세션\n\n"
            "- [[대규모 트래픽을 견디는 캐시 설계]] - 김민수\n\t- 확률적 조기 만료\n"
            "\t- 우리 팀도 적용해볼만함\n- [[Rust로 다시 쓴 결제 서버]] - 이지은\n"
            "\t- p99 40% 감소\n\n## 할 일\n- 팀 공유\n",
        },
    )
    assert _talks(data) == {
        "대규모 트래픽을 견디는 캐시 설계": (["김민수"], "2025-11-14"),
        "Rust로 다시 쓴 결제 서버": (["이지은"], "2025-11-14"),
    }


def _deck(*slides: str) -> str:
    return "\n\n---\n\n".join(slides) + "\n"


@pytest.mark.parametrize("closing", [(), ("# Questions?",)])
def test_a_short_decks_title_slide_is_no_talk_as_a_longer_decks_is_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], closing: tuple[str, ...]
) -> None:
    # a recap deck of three slides (two breaks) reads as one of four does: its talks are the
    # dated slides, its title slide is the deck's title
    deck = _deck(
        "# DevOpsDays Oslo 2025 in five minutes\n\n#### Kari Nordmann · team demo day",
        "# Wednesday: Terraform at scale\n\n*Siri Lund*\n\n- one state per team",
        "# Thursday: Paging less\n\n*Maja Holm*\n\n- alerts on symptoms only",
        *closing,
    )
    data = list_json(tmp_path, capsys, {"slides-devopsdays.md": deck})
    talks = {title: speakers for title, (speakers, _) in _talks(data).items()}
    assert talks == {"Terraform at scale": ["Siri Lund"], "Paging less": ["Maja Holm"]}
    assert "DevOpsDays Oslo 2025 in five minutes" in {e["heading"] for e in data["unsorted"]}
