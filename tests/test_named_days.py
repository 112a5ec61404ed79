"""The days notes name for themselves: "Day 1（9/12 木）" is Day 1 even when a workshop day came
before it, and a note that says only "2일차" is the day after the notes' Day 1, not the day after
the event's first (workshop) day."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_json
from summit_tui.corpus.dates import named_days
from summit_tui.corpus.heading_kinds import day_heading, day_prefix, only_a_day

OVERVIEW = (
    "---\ntitle: Kestrel Conf 2024 まとめ\n---\n\n# Kestrel Conf 2024\n\n"
    "- 日程：2024年11月12日（火）〜14日（木）\n- 12日はワークショップ、セッションは 13日・14日\n"
)
DAY_ONE = (
    "---\ntitle: Day 1（11/13 水）\ntags: [kestrel-conf-2024]\n---\n\n"
    "# Kestrel Conf 2024 Day 1（11/13 水）\n\n"
    "## 基調講演：モバイル開発の次の10年\n\n登壇者：岡田 玲奈\n\n- オフラインファースト\n\n"
    "## Compose で作るアクセシブルな UI\n\n登壇者：キム・ソヨン\n\n- semantics を先に\n"
)
DAY_TWO_UNDATED = (
    "---\ntitle: Kestrel Conf 2024 2일차 후기\n---\n\n# Kestrel Conf 2024 2일차 후기\n\n"
    "## Gradle 빌드 캐시로 CI 절반 줄이기 (이도현님)\n\n- 적중률 40% → 85%\n\n"
    "## 앱 시작 시간 프로파일링 실전 (다나카 켄님)\n\n- 콜드 스타트 30% 개선\n"
)
WORKSHOP = (
    "---\ntitle: ワークショップ（11/12 火）\ntags: [kestrel-conf-2024]\n---\n\n"
    "# Kestrel Conf 2024 ワークショップの日（11/12 火）\n\n"
    "## ハンズオン：Kotlin Multiplatform で共通ロジック\n\n講師：森 大地\n\n- 共通モジュール\n\n"
    "## ワークショップ：Compose のパフォーマンス計測\n\n講師：ユン・ハナ\n\n- 実機で計測\n"
)


def days_of(data: dict) -> dict[str, str]:
    return {day["date"]: day["label"] for event in data["events"] for day in event["days"]}


def titles_on(data: dict, date: str) -> set[str]:
    return {
        item["title"]
        for event in data["events"]
        for day in event["days"]
        if day["date"] == date
        for track in day["tracks"]
        for item in track["items"]
    }


def test_a_workshop_day_before_the_notes_day_1_does_not_push_it_to_day_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {"index.md": OVERVIEW, "day1.md": DAY_ONE, "day2.md": DAY_TWO_UNDATED, "ws.md": WORKSHOP},
    )
    labels = days_of(data)
    assert labels["2024-11-13"] == "Day 1 · 2024-11-13"
    assert labels["2024-11-14"] == "Day 2 · 2024-11-14"
    assert labels["2024-11-12"] == "Day 0 · 2024-11-12"
    # "2일차" alone is the day after the notes' Day 1
    assert "Gradle 빌드 캐시로 CI 절반 줄이기" in titles_on(data, "2024-11-14")


def test_without_a_named_day_the_event_s_first_day_is_day_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"index.md": OVERVIEW, "ws.md": WORKSHOP})
    assert days_of(data)["2024-11-12"] == "Day 1 · 2024-11-12"


def test_notes_that_disagree_on_day_1_fall_back_to_the_first_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = DAY_ONE.replace("Day 1（11/13 水）", "Day 1（11/12 火）")
    data = list_json(
        tmp_path,
        capsys,
        {"index.md": OVERVIEW, "a/day1.md": DAY_ONE, "b/day1.md": other},
    )
    labels = days_of(data)
    assert labels
    for date, label in labels.items():
        assert label == f"Day {int(date[-2:]) - 11} · {date}"


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("5일 (토)", "mday:5:5"),
        ("5日（土）", "mday:5:5"),
        ("토요일 5일", "mday:5:5"),
        ("Sat 5", "mday:5:5"),
        ("Saturday the 5th", "mday:5:5"),
        ("Sábado 5", "mday:5:5"),
        ("Samstag, 5.", "mday:5:5"),
        ("6일 (일)", "mday:6:6"),
    ],
)
def test_a_heading_naming_a_day_of_the_month_and_its_weekday(heading: str, expected: str) -> None:
    assert day_heading(heading) == expected
    assert only_a_day(heading)


@pytest.mark.parametrize("heading", ["Track 5", "Top 5 talks", "Room 5 (Sat)", "5일", "Sat 5 6"])
def test_a_number_without_a_weekday_is_no_day(heading: str) -> None:
    assert not (day_heading(heading) or "").startswith("mday:")


RANGE_NOTES = {
    "en.md": (
        "---\ntitle: Harbor DevSummit 2024 notes\n---\n\n"
        "Harbor DevSummit 2024, Oct 4–6, 2024, in Busan.\n\n"
        "## Sat 5 Oct\n\n### Observability budgets — Hye-jin Kwon\n\n- budgets per service\n\n"
        "## Sun 6 Oct\n\n### Rust in the ferry control room — Tomás Reyes\n\n- gates in Rust\n"
    ),
    "es.md": (
        "---\ntitle: Mis notas del Harbor DevSummit 2024\n---\n\n"
        "Harbor DevSummit 2024 en Busan, del 4–6 de octubre.\n\n"
        "## Sábado 5\n\n### Observability budgets (Hye-jin Kwon)\n\n- presupuesto de logs\n\n"
        "## Domingo 6\n\n### Rust in the ferry control room (Tomás Reyes)\n\n- torniquetes\n"
    ),
    "ko.md": (
        "---\ntitle: Harbor DevSummit 2024 후기\n---\n\n"
        "Harbor DevSummit 2024 (10월 4~6일, 부산) 다녀왔습니다.\n\n"
        "## 5일 (토)\n\n### Observability budgets (Hye-jin Kwon님)\n\n- 서비스별 로그 예산\n\n"
        "## 6일 (일)\n\n### Rust in the ferry control room (Tomás Reyes님)\n\n- 개찰구 펌웨어\n"
    ),
}


def test_day_headings_under_a_range_take_its_month_and_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, RANGE_NOTES)
    assert titles_on(data, "2024-10-05") == {"Observability budgets"}
    assert titles_on(data, "2024-10-06") == {"Rust in the ferry control room"}
    on_the_fifth = next(
        item
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
        if day["date"] == "2024-10-05"
    )
    assert {entry["note"] for entry in on_the_fifth["entries"]} == {"en.md", "es.md", "ko.md"}
    assert not data["unsorted"] or all(u["line"] < 8 for u in data["unsorted"])


DOCS_DAY_PAGE = (
    "---\ntitle: Day 1（9/12 木）\nlast_update:\n  author: 田中 遥\n---\n\n"
    "# DroidKaigi 2024 Day 1（9/12 木）\n\n朝イチのオープニングのあと Room J へ。\n\n"
    "## Jetpack Compose のリコンポジションを10倍減らした話\n\n- まず計測\n- ImmutableList\n\n"
    "## Android 15 の edge-to-edge 強制、どこでハマるか\n\n- targetSdk 35\n\n"
    "## Kotlin Multiplatform で iOS チームと仲良くなる方法\n\n- ドメイン層だけ共通化\n"
)
DOCS_INDEX = (
    "---\ntitle: DroidKaigi 2024 まとめ\n---\n\n# DroidKaigi 2024\n\n"
    "- 日程：2024年9月11日（水）〜13日（金）　※セッションは 12日・13日\n"
)


def test_a_page_heading_that_is_its_title_with_the_event_s_name_is_the_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A docs site's day page (`title: Day 1（9/12 木）` over `# DroidKaigi 2024 Day 1（9/12
    木）`) has a talk per `##`, each on that day, labelled Day 1 though a day came before."""
    data = list_json(tmp_path, capsys, {"index.md": DOCS_INDEX, "day1.md": DOCS_DAY_PAGE})
    assert titles_on(data, "2024-09-12") == {
        "Jetpack Compose のリコンポジションを10倍減らした話",
        "Android 15 の edge-to-edge 強制、どこでハマるか",
        "Kotlin Multiplatform で iOS チームと仲良くなる方法",
    }
    assert days_of(data)["2024-09-12"] == "Day 1 · 2024-09-12"


@pytest.mark.parametrize(
    ("heading", "hint"),
    [
        ("Fri 4 Oct — workshop: FastAPI de cero a producción (Rocío Navarro)", "--10-04"),
        ("Day 2 – Keynote: Cloud Native at 10", "day:2"),
        ("[Day1] 검색 랭킹에 LLM 붙이기", "day:1"),
        ("Keynote — Jensen Huang", None),
        ("Rust in production - lessons", None),
    ],
)
def test_a_day_written_before_a_talk_s_title(heading: str, hint: str | None) -> None:
    assert day_prefix(heading) == hint


VISITOR = (
    "---\ntags: [conference, python]\ncreated: 2024-10-07\n---\n# PyConES 2024 — Vigo\n\n"
    "First time at PyConES! Oct 4–6.\n\n"
    "## Fri 4 Oct — workshop: FastAPI de cero a producción (Rocío Navarro)\n\n"
    "3-hour hands-on, pydantic-settings and Alembic.\n\n"
    "## Sat 5 Oct\n\nSkipped the afternoon, took the ferry instead.\n\n"
    "## Sun\n\nFlew home early.\n"
)


def test_a_note_with_a_section_per_day_is_no_single_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"visitor.md": VISITOR})
    assert titles_on(data, "2024-10-04") == {"FastAPI de cero a producción"}


HEADED_DAYS = (
    "---\ntitle: Kestrel Conf 2024 メモ\nauthor: 佐々木 優\n---\n\n"
    "## Day 1（11/13 水）\n\n### 基調講演：モバイル開発の次の10年（岡田 玲奈）\n\n- オフライン\n\n"
    "## Day 2（11/14 木）\n\n### Gradle ビルドキャッシュで CI を半分に（イ・ドヒョン）\n\n- 85%\n"
)


def test_day_headings_naming_their_day_and_date_number_the_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`## Day 1（11/13 水）` is Day 1, though the event's range opens on a workshop day."""
    data = list_json(tmp_path, capsys, {"index.md": OVERVIEW, "notes.md": HEADED_DAYS})
    labels = days_of(data)
    assert labels["2024-11-13"] == "Day 1 · 2024-11-13"
    assert labels["2024-11-14"] == "Day 2 · 2024-11-14"


@pytest.mark.parametrize(
    ("heading", "hint"),
    [
        ('Day 0 - Platform Engineering Day: "Golden Paths Without the Gilded Cage"', "day:0"),
        ("Day 1 오프닝 키노트: Cloud Native at 10", "day:1"),
        ('Wednesday keynote: "Cloud Native at 10"', "weekday:2"),
        ("목요일 키노트: 에이전트의 시대", "weekday:3"),
        ("Monday morning blues", None),
    ],
)
def test_a_day_or_weekday_opening_a_talk_heading(heading: str, hint: str | None) -> None:
    assert day_prefix(heading) == hint


def test_the_days_a_note_names_beside_their_dates() -> None:
    body = (
        "| 날짜 | 일정 |\n|---|---|\n| 11/12 (화) | Co-located events |\n"
        "| 11/13 (수) | Day 1 키노트 + 세션 |\n| 11/14 (목) | Day 2 세션 |\n\n"
        "## Day 0 - Platform Engineering Day: Golden Paths\n\n- 11월 12일 화요일 오후\n"
    )
    assert named_days(body) == ((1, "--11-13"), (2, "--11-14"))


SERIES_POST = (
    "---\ntitle: KubeCon NA 2024 참관기 (1)\ndate: 2024-11-20T09:00:00+09:00\n"
    "author: 박서연\n---\n\n## 출장 개요\n\n| 날짜 | 일정 |\n|---|---|\n"
    "| 11/12 (화) | Co-located events (Platform Engineering Day) |\n"
    "| 11/13 (수) | Day 1 키노트 + 세션 |\n| 11/14 (목) | Day 2 세션 |\n\n"
    '## Day 0 - Platform Engineering Day: "Golden Paths Without the Gilded Cage"\n\n'
    "- 발표자: Priya Raman\n- 내부 플랫폼은 제품이다\n\n"
    "## Day 1 오프닝 키노트: Cloud Native at 10 — What We Got Wrong\n\n"
    "- 발표자: Marcus Bell\n- YAML에 대한 사과\n"
)


def test_a_post_s_day_0_and_day_1_headings_land_on_the_days_its_table_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A post written a week later: `## Day 0 - …` is the workshop day before the Day 1 its
    trip table names, `## Day 1 …` that Day 1; labelled so."""
    data = list_json(tmp_path, capsys, {"post.md": SERIES_POST})
    (workshop,) = titles_on(data, "2024-11-12")
    assert "Golden Paths Without the Gilded Cage" in workshop
    assert len(titles_on(data, "2024-11-13")) == 1
    labels = days_of(data)
    assert labels["2024-11-12"] == "Day 0 · 2024-11-12"
    assert labels["2024-11-13"] == "Day 1 · 2024-11-13"
